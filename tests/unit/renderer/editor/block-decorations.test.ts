// @vitest-environment happy-dom
/**
 * A long story opens undecorated and is filled in chunks: whatever the person
 * does between chunks (typing, splitting, joining, deleting whole paragraphs
 * before or after the fill's place), the finished fill draws exactly what
 * decorating the whole body at once draws.
 */
import { EditorState, type Transaction } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';

import { DECORATE_AT_ONCE_BLOCKS, FILL_CHUNK_BLOCKS } from '../../../../src/renderer/editor/block-decorations';
import { spellcheckPlugin } from '../../../../src/renderer/revising/spellcheck';
import { SpellingChecker } from '../../../../src/renderer/revising/spelling-checker';
import { speakerHuesPlugin } from '../../../../src/renderer/speakers/speaker-hues';
import type { NodeJson } from '../../../../src/shared/article';
import { doc, h2, mention, p, quote, toDoc } from '../../../support/document-builders';

const MISSPELLED = new Set(['teh', 'recieve', 'goverment']);
const checker = new SpellingChecker({
  check: async (words) => words.filter((word) => MISSPELLED.has(word)),
  suggest: async () => [],
  addToDictionary: async () => undefined,
});

/** A story of `count` paragraphs, each with a misspelling and a tagged speaker (of `speakers`: their colours go by first appearance). */
function longStory(count: number, speakers = 1): NodeJson {
  return doc(
    ...Array.from({ length: count }, (_, index) =>
      index % 10 === 0
        ? h2(`Part ${index / 10} of teh story`)
        : p(
            `Paragraph ${index}: the talks will `,
            mention(`speaker-${index % speakers}`, 'Hong Lei'),
            ' said. ',
            quote(`speaker-${index % speakers}`, 'We recieve them.'),
          ),
    ),
  );
}

function drawn(set: DecorationSet | undefined): string[] {
  return (set?.find() ?? [])
    .map(
      (decoration) =>
        `${decoration.from}-${decoration.to} ${JSON.stringify((decoration as unknown as { type: { attrs: object } }).type.attrs)}`,
    )
    .sort();
}

/** What a person does while the fill is under way, one edit per chunk. */
const EDITS: ((state: EditorState) => Transaction)[] = [
  (state) => state.tr.insertText('teh ', 5),
  (state) =>
    state.tr.delete(state.doc.child(0).nodeSize, state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + state.doc.child(2).nodeSize),
  (state) => state.tr.split(Math.floor(state.doc.content.size / 2)),
  (state) => state.tr.join(state.doc.child(0).nodeSize + state.doc.child(1).nodeSize),
  (state) => state.tr.insertText(' goverment', state.doc.content.size - 3),
  (state) => state.tr.delete(Math.floor(state.doc.content.size * 0.4), Math.floor(state.doc.content.size * 0.6)),
];

function sizeOf(node: EditorState['doc'], start: number, count: number): number {
  let size = 0;
  for (let index = start; index < Math.min(node.childCount, start + count); index += 1) size += node.child(index).nodeSize;
  return size;
}

function shift(line: string, by: number): string {
  const [range, ...rest] = line.split(' ');
  const [from, to] = range.split('-').map(Number);
  return [`${from + by}-${to + by}`, ...rest].join(' ');
}

type Fill = { pending: number | null; decorations: DecorationSet };

function fillsLikeAtOnce(plugin: ReturnType<typeof spellcheckPlugin> | ReturnType<typeof speakerHuesPlugin>, fillMeta: unknown) {
  const blocks = DECORATE_AT_ONCE_BLOCKS * 4;
  let state = EditorState.create({ doc: toDoc(longStory(blocks)), plugins: [plugin] });
  const fillOf = (current: EditorState) => plugin.getState(current) as unknown as Fill;
  expect(fillOf(state).pending).toBe(0); // long: nothing drawn yet
  let chunks = 0;
  while (fillOf(state).pending !== null) {
    const edit = EDITS[chunks % EDITS.length];
    state = state.apply(edit(state));
    state = state.apply(state.tr.setMeta(plugin, fillMeta));
    chunks += 1;
    expect(chunks).toBeLessThan(100);
  }
  expect(chunks).toBeGreaterThanOrEqual(Math.floor(blocks / FILL_CHUNK_BLOCKS) - 2);
  // The same document opened afresh and filled with nobody editing.
  let fresh = EditorState.create({ doc: state.doc, plugins: [plugin] });
  while (fillOf(fresh).pending !== null) fresh = fresh.apply(fresh.tr.setMeta(plugin, fillMeta));
  expect(drawn(fillOf(fresh).decorations).length).toBeGreaterThan(blocks / 2);
  expect(drawn(fillOf(state).decorations)).toEqual(drawn(fillOf(fresh).decorations));
}

describe('decorations of a long story filled in chunks', () => {
  it('spellcheck underlines end as drawing every block at once draws, whatever is edited between chunks', async () => {
    await checker.check(['teh', 'recieve', 'goverment', 'talks', 'Paragraph', 'Part', 'of', 'story', 'the', 'will', 'said', 'We', 'them']);
    const plugin = spellcheckPlugin({ checker, onMenuRequest: () => undefined });
    fillsLikeAtOnce(plugin, 'fill');
  });

  it('speaker colours end as drawing every block at once draws, whatever is edited between chunks', () => {
    const plugin = speakerHuesPlugin((id) => `Name of ${id}`);
    fillsLikeAtOnce(plugin, { fill: true });
  });

  it('filling block by block draws what drawing every block at once draws', async () => {
    await checker.check(['teh', 'recieve']);
    const plugin = spellcheckPlugin({ checker, onMenuRequest: () => undefined });
    const long = toDoc(longStory(DECORATE_AT_ONCE_BLOCKS * 2, 3));
    let state = EditorState.create({ doc: long, plugins: [plugin] });
    while ((plugin.getState(state) as unknown as Fill).pending !== null) state = state.apply(state.tr.setMeta(plugin, 'fill'));
    const [first, second] = [
      long.content.cut(0, sizeOf(long, 0, DECORATE_AT_ONCE_BLOCKS)),
      long.content.cut(sizeOf(long, 0, DECORATE_AT_ONCE_BLOCKS)),
    ];
    const halves = [first, second].map((content) => EditorState.create({ doc: long.copy(content), plugins: [plugin] }));
    const atOnce = [
      ...drawn((plugin.getState(halves[0]) as unknown as Fill).decorations),
      ...drawn((plugin.getState(halves[1]) as unknown as Fill).decorations).map((line) => shift(line, first.size)),
    ];
    expect(drawn((plugin.getState(state) as unknown as Fill).decorations)).toEqual(atOnce.sort());
  });

  it('a short story is drawn at once', async () => {
    await checker.check(['teh']);
    const plugin = spellcheckPlugin({ checker, onMenuRequest: () => undefined });
    const state = EditorState.create({ doc: toDoc(longStory(12)), plugins: [plugin] });
    const fill = plugin.getState(state) as unknown as Fill;
    expect(fill.pending).toBeNull();
    expect(fill.decorations.find().length).toBeGreaterThan(0);
  });
});
