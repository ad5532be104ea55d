/**
 * A textblock's inline content cut into review runs: the longest stretches
 * that carry the same suggestion marks and the same note anchors. Review
 * copies write each run once, its other marks (bold, links, speaker spans)
 * written as usual inside. Linear in the inline nodes times their marks.
 */
import type { NodeJson } from '../article';
import { NOTE_MARK } from '../marks/note-anchor';
import { SUGGESTION_MARK_TYPES } from '../marks/suggestion-attributes';

export type SuggestionKind = 'insertion' | 'deletion' | 'format';

export interface RunSuggestion {
  kind: SuggestionKind;
  id: string;
  author: string;
  at: string;
  add: string[];
  remove: string[];
}

export interface ReviewRun {
  /** The nodes, without their suggestion and note marks. */
  nodes: NodeJson[];
  /** Outermost first: a deletion, then an insertion, then a format change. */
  suggestions: RunSuggestion[];
  /** Ids of the notes whose anchors cover the run, in mark order. */
  noteIds: string[];
}

const REVIEW_MARKS = new Set<string>([...SUGGESTION_MARK_TYPES, NOTE_MARK]);
const KIND_OF: Record<string, SuggestionKind> = {
  suggestedDeletion: 'deletion',
  suggestedInsertion: 'insertion',
  suggestedFormat: 'format',
};
const ORDER: SuggestionKind[] = ['deletion', 'insertion', 'format'];

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const names = (value: unknown) => (Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : []);

/** True when any node carries a suggestion or note mark. */
export function hasReviewMarks(nodes: readonly NodeJson[]): boolean {
  return nodes.some((node) => node.marks?.some((mark) => REVIEW_MARKS.has(mark.type)));
}

export function reviewRuns(nodes: readonly NodeJson[]): ReviewRun[] {
  const runs: ReviewRun[] = [];
  let lastKey = '';
  for (const node of nodes) {
    const suggestions: RunSuggestion[] = [];
    const noteIds: string[] = [];
    const kept: NonNullable<NodeJson['marks']> = [];
    for (const mark of node.marks ?? []) {
      const kind = KIND_OF[mark.type];
      if (kind) {
        const attrs = mark.attrs ?? {};
        suggestions.push({
          kind,
          id: text(attrs.id),
          author: text(attrs.author),
          at: text(attrs.at),
          add: names(attrs.add),
          remove: names(attrs.remove),
        });
      } else if (mark.type === NOTE_MARK) noteIds.push(text(mark.attrs?.id));
      else kept.push(mark);
    }
    suggestions.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
    const stripped: NodeJson = { ...node };
    if (kept.length > 0) stripped.marks = kept;
    else delete stripped.marks;
    const key = JSON.stringify([suggestions, noteIds]);
    const last = runs[runs.length - 1];
    if (last && key === lastKey) last.nodes.push(stripped);
    else runs.push({ nodes: [stripped], suggestions, noteIds });
    lastKey = key;
  }
  return runs;
}

/** True when `run` is the deletion half and `next` the insertion half of one replacement, with the same notes. */
export function isReplacement(run: ReviewRun, next: ReviewRun | undefined): boolean {
  if (!next || run.suggestions.length !== 1 || next.suggestions.length !== 1) return false;
  const [removed] = run.suggestions;
  const [added] = next.suggestions;
  return (
    removed.kind === 'deletion' &&
    added.kind === 'insertion' &&
    removed.id === added.id &&
    removed.author === added.author &&
    removed.at === added.at &&
    JSON.stringify(run.noteIds) === JSON.stringify(next.noteIds)
  );
}
