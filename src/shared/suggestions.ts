/**
 * The open suggestions of a body, read from stored JSON (no Tiptap needed):
 * what the suggestions panel, the publish guard, the attribution checks and
 * the exporters count and list.
 *
 * One suggestion is every piece of text whose suggestion mark carries the same
 * `id`: deleted text makes its `before`, inserted text its `after`; both
 * together are a replacement. A formatting suggestion keeps its text on both
 * sides and names the marks it adds and removes. Text of one suggestion that
 * runs over several blocks reads "\n" between them, as does a hard break.
 */
import type { NodeJson } from './article';
import type { SuggestionMarkType } from './marks/suggestion-attributes';
import { SUGGESTION_MARK_TYPES } from './marks/suggestion-attributes';
import { type InlinePiece, textBlocksOfJson } from './speaker-spans';

export type SuggestionKind = 'insert' | 'delete' | 'replace' | 'format';

/** A direct quote or paraphrase a suggestion changes. */
export interface TouchedAttribution {
  speakerId: string;
  kind: 'direct' | 'paraphrase';
}

export interface SuggestionSummary {
  id: string;
  author: string;
  /** ISO 8601, when the suggestion was first made. */
  at: string;
  kind: SuggestionKind;
  /** The text as it reads without the suggestion (deleted text; for a format suggestion, the text). */
  before: string;
  /** The text as it would read with the suggestion accepted. */
  after: string;
  /** Speakers whose direct quote or paraphrase the suggestion touches, in order of appearance. */
  quoteSpeakerIds: string[];
  /** The same, with the kind of attribution touched. */
  attributions: TouchedAttribution[];
  /** Formatting marks a format suggestion adds and removes (empty for text suggestions). */
  add: string[];
  remove: string[];
  /** Document positions (ProseMirror's) of the suggestion's first and after-last character. */
  from: number;
  to: number;
}

const SUGGESTION_TYPES = new Set<string>(SUGGESTION_MARK_TYPES);

interface Gathering {
  summary: SuggestionSummary;
  hasInsertion: boolean;
  hasDeletion: boolean;
  blockOf: { before: number; after: number };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function names(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [];
}

function appendText(gathering: Gathering, side: 'before' | 'after', block: number, piece: string): void {
  const previousBlock = gathering.blockOf[side];
  const joiner = previousBlock >= 0 && previousBlock !== block && gathering.summary[side] !== '' ? '\n' : '';
  gathering.summary[side] += joiner + piece;
  gathering.blockOf[side] = block;
}

function addUnique(list: string[], values: readonly string[]): void {
  for (const value of values) if (!list.includes(value)) list.push(value);
}

/** Every open suggestion of the body, in document order (where each first appears). */
export function listSuggestions(body: NodeJson): SuggestionSummary[] {
  return suggestionsOfBlocks(textBlocksOfJson(body));
}

/**
 * Every suggestion in the given text blocks (stored JSON through
 * `textBlocksOfJson`, or a live document's blocks), in document order. Blocks
 * without a suggestion may be left out: text only joins across the blocks given.
 */
export function suggestionsOfBlocks(blocks: Iterable<Iterable<InlinePiece>>): SuggestionSummary[] {
  const found = new Map<string, Gathering>();
  let block = 0;
  for (const pieces of blocks) {
    for (const piece of pieces) {
      const pieceText = piece.kind === 'break' ? '\n' : piece.text;
      const attributions: TouchedAttribution[] = [];
      for (const mark of piece.marks) {
        const speakerId = text(mark.attrs?.speakerId);
        if (mark.type === 'speakerAttribution' && speakerId) {
          attributions.push({ speakerId, kind: mark.attrs?.kind === 'paraphrase' ? 'paraphrase' : 'direct' });
        }
      }
      for (const mark of piece.marks) {
        if (!SUGGESTION_TYPES.has(mark.type)) continue;
        const type = mark.type as SuggestionMarkType;
        // A mark without an id (hand-written JSON) is a suggestion of its own.
        const id = text(mark.attrs?.id) || `${type}@${piece.from}`;
        let gathering = found.get(id);
        if (!gathering) {
          gathering = {
            summary: {
              id,
              author: text(mark.attrs?.author),
              at: text(mark.attrs?.at),
              kind: 'format',
              before: '',
              after: '',
              quoteSpeakerIds: [],
              attributions: [],
              add: [],
              remove: [],
              from: piece.from,
              to: piece.to,
            },
            hasInsertion: false,
            hasDeletion: false,
            blockOf: { before: -1, after: -1 },
          };
          found.set(id, gathering);
        }
        const { summary } = gathering;
        summary.from = Math.min(summary.from, piece.from);
        summary.to = Math.max(summary.to, piece.to);
        if (type === 'suggestedDeletion') {
          gathering.hasDeletion = true;
          appendText(gathering, 'before', block, pieceText);
        } else if (type === 'suggestedInsertion') {
          gathering.hasInsertion = true;
          appendText(gathering, 'after', block, pieceText);
        } else {
          appendText(gathering, 'before', block, pieceText);
          appendText(gathering, 'after', block, pieceText);
          addUnique(summary.add, names(mark.attrs?.add));
          addUnique(summary.remove, names(mark.attrs?.remove));
        }
        for (const touched of attributions) {
          if (!summary.attributions.some((known) => known.speakerId === touched.speakerId && known.kind === touched.kind)) {
            summary.attributions.push(touched);
          }
          addUnique(summary.quoteSpeakerIds, [touched.speakerId]);
        }
      }
    }
    block += 1;
  }
  return [...found.values()].map(({ summary, hasInsertion, hasDeletion }) => ({
    ...summary,
    kind: hasInsertion && hasDeletion ? 'replace' : hasInsertion ? 'insert' : hasDeletion ? 'delete' : 'format',
  }));
}

/** How many open suggestions the body holds. */
export function countOpenSuggestions(body: NodeJson): number {
  return listSuggestions(body).length;
}
