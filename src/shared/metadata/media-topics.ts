/**
 * The IPTC Media Topics vocabulary (data/media-topics.json): look a code up,
 * and find topics by label as a person types. Search is over a precomputed,
 * accent- and case-folded copy of every label, so a query costs one pass over
 * about 1,200 short strings (well under a millisecond; `npm run bench`).
 */
import topics from './data/media-topics.json' with { type: 'json' };

export interface MediaTopic {
  code: string;
  label: string;
  /** The broader topic's code; null at the top level. */
  parent: string | null;
}

const VOCABULARY: readonly MediaTopic[] = topics as MediaTopic[];
const BY_CODE = new Map(VOCABULARY.map((topic) => [topic.code, topic]));

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

interface Indexed {
  topic: MediaTopic;
  folded: string;
  /** Where each word of the label starts, in `folded`. */
  wordStarts: number[];
  depth: number;
}

let index: Indexed[] | undefined;

function depthOf(topic: MediaTopic): number {
  let depth = 1;
  for (let parent = topic.parent; parent; parent = BY_CODE.get(parent)?.parent ?? null) depth++;
  return depth;
}

function buildIndex(): Indexed[] {
  return VOCABULARY.map((topic) => {
    const folded = fold(topic.label);
    const wordStarts = [...folded.matchAll(/[a-z0-9]+/g)].map((match) => match.index ?? 0);
    return { topic, folded, wordStarts, depth: depthOf(topic) };
  });
}

/** Every topic in the vocabulary, broader ones before narrower ones within each branch. */
export function mediaTopics(): readonly MediaTopic[] {
  return VOCABULARY;
}

/** The topic with this code, if the vocabulary has it. */
export function mediaTopic(code: string): MediaTopic | undefined {
  return BY_CODE.get(code);
}

/** "Economy, business and finance › Economy › Economic indicator": a topic with its broader ones. */
export function topicPath(code: string): string {
  const names: string[] = [];
  for (let topic = BY_CODE.get(code); topic; topic = topic.parent ? BY_CODE.get(topic.parent) : undefined) names.unshift(topic.label);
  return names.join(' › ');
}

/** A topic's label, or the bare code when the vocabulary lacks it. */
export function topicLabel(code: string): string {
  return BY_CODE.get(code)?.label ?? code;
}

/**
 * Topics whose label contains every word of `query` (each at the start of a
 * word in the label, ignoring case and accents), best first: a label that is
 * the query, then one starting with it, then broader topics before narrower
 * ones, then alphabetical. At most `limit` results; an empty query finds none.
 */
export function searchMediaTopics(query: string, limit = 20): MediaTopic[] {
  const words = fold(query).match(/[a-z0-9]+/g);
  if (!words) return [];
  index ??= buildIndex();
  const phrase = words.join(' ');
  const scored: { entry: Indexed; score: number }[] = [];
  for (const entry of index) {
    const matches = words.every((word) => entry.wordStarts.some((start) => entry.folded.startsWith(word, start)));
    if (!matches) continue;
    const score = entry.folded === phrase ? 0 : entry.folded.startsWith(phrase) ? 1 : 2;
    scored.push({ entry, score: score * 10 + entry.depth });
  }
  scored.sort((a, b) => a.score - b.score || a.entry.folded.localeCompare(b.entry.folded));
  return scored.slice(0, limit).map(({ entry }) => entry.topic);
}
