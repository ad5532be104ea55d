// @vitest-environment happy-dom
/**
 * Underlines and speaker colours after an edit: the plugins redo only the text
 * blocks an edit touched and map the rest, which must draw exactly what drawing
 * the whole body again draws.
 */
import { EditorState, type Plugin, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';

import { touchedTextBlocks } from '../../../../src/renderer/editor/touched-blocks';
import { spellcheckPlugin } from '../../../../src/renderer/revising/spellcheck';
import { SpellingChecker } from '../../../../src/renderer/revising/spelling-checker';
import { speakerHuesPlugin } from '../../../../src/renderer/speakers/speaker-hues';
import { doc, h2, mention, p, quote, toDoc } from '../../../support/document-builders';

const MISSPELLED = new Set(['teh', 'recieve', 'goverment', 'tehm']);
const checker = new SpellingChecker({
  check: async (words) => words.filter((word) => MISSPELLED.has(word)),
  suggest: async () => [],
  addToDictionary: async () => undefined,
});

const body = doc(
  p('Teh ministry said teh talks would resume.'),
  h2('Reaction from teh goverment'),
  p('“We will recieve them,” ', mention('hong-lei-1', 'Hong Lei'), ' said. ', quote('hong-lei-1', 'Talks resume soon.')),
  p('Nothing else to recieve today.'),
);

/** Every decoration as "from-to class", in document order. */
function drawn(set: DecorationSet | undefined): string[] {
  return (set?.find() ?? [])
    .map(
      (decoration) =>
        `${decoration.from}-${decoration.to} ${JSON.stringify((decoration as unknown as { type: { attrs: object } }).type.attrs)}`,
    )
    .sort();
}

/** Edits a person makes: typing inside a word, splitting and joining paragraphs, deleting across blocks, tagging. */
const EDITS: [string, (state: EditorState) => Transaction][] = [
  ['typing inside a misspelled word', (state) => state.tr.insertText('x', 3)],
  ['typing a misspelled word', (state) => state.tr.insertText(' teh', 10)],
  ['splitting a paragraph', (state) => state.tr.split(20)],
  ['joining two paragraphs', (state) => state.tr.join(state.doc.child(0).nodeSize)],
  ['deleting across blocks', (state) => state.tr.delete(30, 60)],
  ['typing inside a quote', (state) => state.tr.insertText('very ', state.doc.content.size - 10)],
  [
    'tagging a word as a mention',
    (state) => state.tr.addMark(5, 13, state.schema.marks.speakerMention.create({ speakerId: 'hong-lei-1' })),
  ],
  [
    'replacing the selection',
    (state) => state.tr.setSelection(TextSelection.create(state.doc, 4, 40)).replaceSelectionWith(state.schema.text('goverment')),
  ],
];

function sameAsRedrawn(plugin: Plugin, decorationsOf: (state: EditorState) => DecorationSet | undefined): void {
  let state = EditorState.create({ doc: toDoc(body), plugins: [plugin] });
  for (const [, edit] of EDITS) {
    state = state.apply(edit(state));
    const fresh = EditorState.create({ doc: state.doc, plugins: [plugin] });
    expect(drawn(decorationsOf(state))).toEqual(drawn(decorationsOf(fresh)));
  }
}

describe('decorations kept per text block', () => {
  it('spellcheck underlines after each edit are the ones drawing the whole body again gives', async () => {
    await checker.check(['teh', 'Teh', 'recieve', 'goverment', 'ministry', 'tehm']);
    const plugin = spellcheckPlugin({ checker, onMenuRequest: () => undefined });
    sameAsRedrawn(plugin, (state) => plugin.getState(state)?.decorations);
  });

  it('speaker colours after each edit are the ones drawing the whole body again gives', () => {
    const plugin = speakerHuesPlugin(() => 'Hong Lei');
    sameAsRedrawn(plugin, (state) => plugin.getState(state)?.decorations);
  });

  it('an edit inside one paragraph touches that paragraph only', () => {
    const state = EditorState.create({ doc: toDoc(body) });
    const touched = touchedTextBlocks(state.tr.insertText('x', 3));
    expect(touched.map((block) => block.node.textContent)).toEqual(['Texh ministry said teh talks would resume.']);
  });
});
