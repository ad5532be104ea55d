/**
 * How two revisions' bodies read for the revision diff when suggestions were
 * settled between them. A suggestion open in the earlier body and gone from the
 * later one was accepted or rejected; the earlier body reads it as it stood
 * against that outcome (accepted: the original words; rejected: the suggested
 * words), so the diff shows each settled suggestion as the change it made —
 * "four" → "five" for an accepted replacement, the suggested words going for a
 * rejected insertion, the words coming back for a rejected deletion. Suggestions
 * open on both sides, and any whose outcome cannot be told, read inline (both
 * sides of the suggestion, as the body holds them).
 *
 * The outcome is told from the later text: read the earlier body with every
 * settled suggestion accepted, and with every one rejected, word-diff each
 * against the later body, and see which reading keeps the suggestion's words.
 */
import { diffWordsWithSpace } from 'diff';

import type { NodeJson } from './article';
import { bodyToPlainText } from './body-text';

type Outcome = 'accepted' | 'rejected' | 'inline';
type Side = 'inserted' | 'deleted';

const OPEN = '\uE000';
const CLOSE = '\uE001';

function suggestionOf(node: NodeJson): { id: string; side: Side } | null {
  for (const mark of node.marks ?? []) {
    const id = typeof mark.attrs?.id === 'string' ? mark.attrs.id : '';
    if (mark.type === 'suggestedInsertion') return { id, side: 'inserted' };
    if (mark.type === 'suggestedDeletion') return { id, side: 'deleted' };
  }
  return null;
}

/** Every suggestion id of a text suggestion (insertion or deletion) in the body. */
function textSuggestionIds(body: NodeJson, into = new Set<string>()): Set<string> {
  if (body.type === 'text') {
    const suggestion = suggestionOf(body);
    if (suggestion) into.add(suggestion.id);
  }
  for (const child of body.content ?? []) textSuggestionIds(child, into);
  return into;
}

/** The body with the suggestions `outcomeOf` decides applied: accepted keeps inserted words, rejected keeps deleted ones. */
function resolved(body: NodeJson, outcomeOf: (id: string) => Outcome, wrap?: (id: string, side: Side) => boolean): NodeJson {
  if (!body.content) return body;
  const content: NodeJson[] = [];
  for (const child of body.content) {
    const suggestion = child.type === 'text' ? suggestionOf(child) : null;
    if (!suggestion) {
      content.push(resolved(child, outcomeOf, wrap));
      continue;
    }
    const outcome = outcomeOf(suggestion.id);
    const kept = outcome === 'inline' || (outcome === 'accepted') === (suggestion.side === 'inserted');
    if (!kept) continue;
    content.push(wrap?.(suggestion.id, suggestion.side) ? { ...child, text: `${OPEN}${child.text ?? ''}${CLOSE}` } : child);
  }
  return { ...body, content };
}

interface Segment {
  id: string;
  side: Side;
  from: number;
  to: number;
}

/** The plain text of `body` read with every settled suggestion `outcome`, and where each settled suggestion's words are in it. */
function readingWithSegments(body: NodeJson, settled: Set<string>, outcome: 'accepted' | 'rejected') {
  const order: { id: string; side: Side }[] = [];
  const marked = resolved(
    body,
    (id) => (settled.has(id) ? outcome : 'inline'),
    (id, side) => settled.has(id) && order.push({ id, side }) > 0,
  );
  const raw = bodyToPlainText(marked);
  const segments: Segment[] = [];
  let text = '';
  let index = 0;
  for (const character of raw) {
    if (character === OPEN) segments.push({ ...order[index++], from: text.length, to: text.length });
    else if (character === CLOSE) segments[segments.length - 1].to = text.length;
    else text += character;
  }
  return { text, segments };
}

/** For each character of `text`, whether the word diff against `later` keeps it. */
function keptCharacters(text: string, later: string): boolean[] {
  const kept: boolean[] = [];
  for (const part of diffWordsWithSpace(text, later, { maxEditLength: 4000 }) ?? []) {
    if (part.added) continue;
    for (let i = 0; i < part.value.length; i++) kept.push(!part.removed);
  }
  return kept;
}

/** For each suggestion id, whether all its words on `side` are kept (true), all gone (false), or mixed / absent (null). */
function fateOf(reading: { text: string; segments: Segment[] }, later: string, side: Side): Map<string, boolean | null> {
  const kept = keptCharacters(reading.text, later);
  const fates = new Map<string, boolean | null>();
  for (const segment of reading.segments) {
    if (segment.side !== side || segment.to === segment.from) continue;
    // Spaces may pair with either side of a word diff: only the suggestion's visible characters count.
    const flags = kept.slice(segment.from, segment.to).filter((_, i) => reading.text[segment.from + i].trim() !== '');
    const fate = flags.length === 0 ? null : flags.every(Boolean) ? true : flags.every((flag) => !flag) ? false : null;
    const before = fates.get(segment.id);
    fates.set(segment.id, before === undefined ? fate : before === fate ? fate : null);
  }
  return fates;
}

/** The two bodies as the revision diff reads them (plain text, one line per block). */
export function diffReadings(before: NodeJson, after: NodeJson): { before: string; after: string } {
  const later = bodyToPlainText(after);
  const openLater = textSuggestionIds(after);
  const settled = new Set([...textSuggestionIds(before)].filter((id) => !openLater.has(id)));
  if (settled.size === 0) return { before: bodyToPlainText(before), after: later };
  // Accepted, the inserted words stay; rejected, the deleted words stay.
  const insertedKept = fateOf(readingWithSegments(before, settled, 'accepted'), later, 'inserted');
  const deletedKept = fateOf(readingWithSegments(before, settled, 'rejected'), later, 'deleted');
  const outcomes = new Map<string, Outcome>();
  for (const id of settled) {
    const inserted = insertedKept.get(id);
    const deleted = deletedKept.get(id);
    const accepted = inserted !== false && deleted !== true && (inserted === true || deleted === false);
    const rejected = inserted !== true && deleted !== false && (inserted === false || deleted === true);
    outcomes.set(id, accepted && !rejected ? 'accepted' : rejected && !accepted ? 'rejected' : 'inline');
  }
  // The earlier body reads each settled suggestion as it stood against its outcome: the diff then shows the change.
  const against = (id: string): Outcome => {
    const outcome = outcomes.get(id) ?? 'inline';
    return outcome === 'accepted' ? 'rejected' : outcome === 'rejected' ? 'accepted' : 'inline';
  };
  return { before: bodyToPlainText(resolved(before, against)), after: later };
}
