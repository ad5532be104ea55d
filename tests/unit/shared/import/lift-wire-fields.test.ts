import { describe, expect, it } from 'vitest';

import type { ImportedArticle } from '../../../../src/shared/import/imported-article';
import { liftWireFields } from '../../../../src/shared/import/lift-wire-fields';
import { bold, doc, p } from '../../../support/document-builders';

const imported = (body: ImportedArticle['body'], fields: Partial<ImportedArticle> = {}): ImportedArticle => ({
  headline: 'Harbour board delays levy vote',
  dateline: '',
  byline: '',
  status: 'draft',
  body,
  related: [],
  speakers: [],
  warnings: [],
  ...fields,
});

describe('lifting wire fields out of a Markdown or HTML body', () => {
  it('moves a byline paragraph and an agency dateline into their fields, keeping the rest of the text and its marks', () => {
    const { article, recognised } = liftWireFields(
      imported(
        doc(
          p('By Mara Lindgren'),
          p('KALDER (Reuters) - The board ', bold('delayed'), ' the vote.'),
          p('Reporting by Mara Lindgren; Editing by Ruth Ambler'),
        ),
      ),
    );
    expect(article.byline).toBe('By Mara Lindgren');
    expect(article.dateline).toBe('KALDER (Reuters)');
    expect(article.body).toEqual(
      doc(p('The board ', bold('delayed'), ' the vote.'), p('Reporting by Mara Lindgren; Editing by Ruth Ambler')),
    );
    expect(recognised).toEqual([
      'Byline: By Mara Lindgren',
      'Dateline: KALDER (Reuters), with the agency (Reuters)',
      'Credit line, kept as the last paragraph',
    ]);
  });

  it('leaves a document that already has its fields, or has no wire parts, as it was', () => {
    const own = imported(doc(p('BEIJING - China refuted the claims.')), { dateline: 'BEIJING', byline: 'By the desk' });
    expect(liftWireFields(own).article).toEqual(own);
    const plain = imported(doc(p('By then the vote was lost.'), p('Nothing else happened.')));
    expect(liftWireFields(plain)).toEqual({ article: plain, recognised: [] });
  });

  it('lifts a dateline only from within one text run, so no mark is ever cut in two', () => {
    const split = imported(doc(p(bold('KALDER'), ' (Reuters) - The board met.')));
    expect(liftWireFields(split).article).toEqual(split);
    const whole = imported(doc(p(bold('KALDER (Reuters) - The board'), ' met.')));
    expect(liftWireFields(whole).article.body).toEqual(doc(p(bold('The board'), ' met.')));
  });
});
