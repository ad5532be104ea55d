// @vitest-environment happy-dom
import { generateHTML, generateJSON } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { deskExtensions } from '../../../../src/shared/editor-schema';
import { normalizeBody } from '../../../../src/shared/import/desk-schema';
import { listSuggestions } from '../../../../src/shared/suggestions';
import { readArticleContent, seedOnce, writeArticleContent } from '../../../../src/shared/sync/article-doc';
import { bold, del, doc, ins, italic, p, quote, strike, suggestedFormat } from '../../../support/document-builders';
import { articleContent } from '../../../support/sync-articles';

const ana = (id: string) => ({ id, author: 'Ana Lindqvist', at: '2026-11-29T11:02:03.000Z' });
const ben = (id: string) => ({ id, author: 'Ben Adeyemi', at: '2026-11-29T11:05:00.000Z' });

const body = normalizeBody(
  doc(
    p('“', quote('hong', 'We ', del(ana('r1'), 'will'), ins(ana('r1'), 'shall'), ' respond'), ',” said the spokesman.'),
    p(
      'The ferry ',
      del(ben('d1'), 'now '),
      'leaves at ',
      ins(ben('i1'), bold('nine')),
      ' and ',
      suggestedFormat({ ...ana('f1'), add: ['italic'], remove: ['bold'] }, italic('returns')),
      '.',
    ),
    p(strike('Struck by the reporter'), ' stays plain strike.'),
  ),
);

describe('the suggestion marks', () => {
  it('render as <ins>, <del> and a format span and parse back to the same body', () => {
    const html = generateHTML(body, deskExtensions());
    expect(html).toContain(
      '<del class="nd-suggested-deletion" data-suggestion-id="r1" data-author="Ana Lindqvist" data-at="2026-11-29T11:02:03.000Z">will</del>',
    );
    expect(html).toContain('<ins class="nd-suggested-insertion" data-suggestion-id="r1"');
    expect(html).toContain('data-suggested-format="" class="nd-suggested-format" data-suggestion-id="f1"');
    expect(html).toContain('data-add="italic" data-remove="bold"');
    expect(generateJSON(html, deskExtensions())).toEqual(body);
  });

  it('survive a Yjs round trip with their attributes (y-tiptap, Y.XmlText formatting)', () => {
    const ydoc = new Y.Doc();
    seedOnce(ydoc, { ...articleContent([]), body });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    const read = readArticleContent(copy)?.body;
    expect(read).toEqual(body);
    expect(listSuggestions(read!)).toEqual(listSuggestions(body));
  });

  it('travel as an incremental Yjs edit: a suggestion made on one side reaches the other', () => {
    const [here, there] = [new Y.Doc(), new Y.Doc()];
    const plain = normalizeBody(doc(p('The ferry leaves at nine.')));
    seedOnce(here, { ...articleContent([]), body: plain });
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
    const suggested = normalizeBody(doc(p('The ferry leaves at ', del(ana('t'), 'nine'), ins(ana('t'), 'ten'), '.')));
    writeArticleContent(here, { ...articleContent([]), body: suggested });
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
    expect(readArticleContent(there)?.body).toEqual(suggested);
    expect(listSuggestions(readArticleContent(there)!.body)).toMatchObject([
      { id: 't', kind: 'replace', before: 'nine', after: 'ten', author: 'Ana Lindqvist' },
    ]);
  });
});
