import { describe, expect, it } from 'vitest';

import { normalizeBody } from '../../../src/shared/import/desk-schema';
import { countOpenSuggestions, listSuggestions } from '../../../src/shared/suggestions';
import { del, doc, h2, ins, italic, p, paraphrase, quote, suggestedFormat, toDoc } from '../../support/document-builders';

const mira = (id: string) => ({ id, author: 'Mira Okafor', at: '2026-11-29T10:15:00.000Z' });
const tom = (id: string) => ({ id, author: 'Tom Reyes' });

describe('listSuggestions', () => {
  it('lists insertions, deletions, replacements and format changes in document order', () => {
    const body = doc(
      h2('Harbour ', ins(tom('s1'), 'budget '), 'vote'),
      p(
        'The council ',
        del(mira('s2'), 'finally '),
        'approved the plan ',
        del(mira('s3'), 'on Monday'),
        ins(mira('s3'), 'on Tuesday'),
        '.',
      ),
      p('It was ', suggestedFormat({ ...tom('s4'), add: ['italic'] }, italic('close')), '.'),
    );
    const listed = listSuggestions(body);
    expect(listed.map(({ id, kind, before, after, author }) => ({ id, kind, before, after, author }))).toEqual([
      { id: 's1', kind: 'insert', before: '', after: 'budget ', author: 'Tom Reyes' },
      { id: 's2', kind: 'delete', before: 'finally ', after: '', author: 'Mira Okafor' },
      { id: 's3', kind: 'replace', before: 'on Monday', after: 'on Tuesday', author: 'Mira Okafor' },
      { id: 's4', kind: 'format', before: 'close', after: 'close', author: 'Tom Reyes' },
    ]);
    expect(listed[1]?.at).toBe('2026-11-29T10:15:00.000Z');
    expect(listed[3]).toMatchObject({ add: ['italic'], remove: [] });
    expect(countOpenSuggestions(body)).toBe(4);
  });

  it('gives the positions ProseMirror gives the suggested text', () => {
    const body = doc(p('Rates ', del(mira('r'), 'rose'), ins(mira('r'), 'fell'), ' again.'));
    const [only] = listSuggestions(body);
    expect(toDoc(body).textBetween(only!.from, only!.to)).toBe('rosefell');
  });

  it('names the speakers whose quote or paraphrase a suggestion touches', () => {
    const body = doc(
      p('“', quote('hong', 'We will ', del(mira('q1'), 'respond'), ins(mira('q1'), 'reply'), ' firmly'), ',” he said.'),
      p(paraphrase('berg', 'Talks would go on ', ins(tom('q2'), 'next week')), '.', ins(tom('q3'), ' More soon.')),
    );
    const listed = listSuggestions(body);
    expect(listed.map((s) => [s.id, s.quoteSpeakerIds, s.attributions.map((a) => a.kind)])).toEqual([
      ['q1', ['hong'], ['direct']],
      ['q2', ['berg'], ['paraphrase']],
      ['q3', [], []],
    ]);
  });

  it('joins the text of one suggestion over two paragraphs with a line break', () => {
    const body = doc(p('First ', del(mira('x'), 'ends here.')), p(del(mira('x'), 'Second starts'), ' here.'));
    expect(listSuggestions(body)).toMatchObject([{ id: 'x', kind: 'delete', before: 'ends here.\nSecond starts' }]);
  });

  it('finds none in a body without suggestions', () => {
    expect(countOpenSuggestions(doc(p('Nothing to settle.')))).toBe(0);
  });
});

describe('the suggestion marks in the desk schema', () => {
  it('validate as a stored body and keep their attributes', () => {
    const body = doc(p('A ', del(mira('a'), 'red'), ins(mira('a'), 'blue'), ' door.'));
    const normalized = normalizeBody(body);
    expect(listSuggestions(normalized)).toEqual(listSuggestions(body));
    const marks = normalized.content?.[0]?.content?.[1]?.marks;
    expect(marks).toEqual([{ type: 'suggestedDeletion', attrs: { id: 'a', author: 'Mira Okafor', at: '2026-11-29T10:15:00.000Z' } }]);
  });

  it('let an insertion and someone else’s deletion lie on the same text', () => {
    const body = doc(p(del(tom('d'), ins(mira('i'), 'perhaps '))));
    expect(listSuggestions(normalizeBody(body)).map((s) => [s.id, s.kind])).toEqual([
      ['d', 'delete'],
      ['i', 'insert'],
    ]);
  });
});
