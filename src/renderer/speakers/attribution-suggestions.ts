/**
 * Attribution suggestions: the detector's findings for the open body, as a
 * list a person accepts or rejects one by one, and applying the accepted ones
 * (find or create the registry speaker, then tag the range).
 *
 * Cleaning the detector's output for review: duplicate mentions are dropped,
 * a paraphrase that overlaps a direct quote or an earlier paraphrase is dropped
 * (the quote says it better), and each suggestion remembers the text it covers,
 * so one whose text was edited since is refused instead of tagging the wrong words.
 */
import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

import { detectAttributions, type DetectedSpeaker } from '../../shared/attribution';
import type { Speaker } from '../../shared/speaker';
import { rangeOfOffsets, textBlocks } from '../editor/text-blocks';
import type { SpeakerSpanKind } from './doc-speaker-spans';
import type { SpeakerRegistry } from './speaker-registry';

export interface AttributionSuggestion {
  /** Stable within one run: kind, paragraph and offsets. */
  key: string;
  kind: SpeakerSpanKind;
  /** The detected speaker; null for an anonymous source (shown, never applied). */
  speaker: DetectedSpeaker | null;
  /** The registry speaker it will use, when one already answers to the name. */
  existingId: string | null;
  paragraph: number;
  start: number;
  end: number;
  /** The words that get tagged. */
  text: string;
  /** The words that show who speaks ("Hong said"). */
  evidence: string;
  /** Why the detector chose this speaker, for the editor ("cue 'said' after the quote, …"). */
  reason: string;
  /** How sure the detector is, 0..1; a mention of a name is sure. */
  confidence: number;
}

function overlaps(
  left: { paragraph: number; start: number; end: number },
  right: { paragraph: number; start: number; end: number },
): boolean {
  return left.paragraph === right.paragraph && left.start < right.end && right.start < left.end;
}

/** Runs the detector on the body and returns the suggestions in document order. */
export function suggestAttributions(doc: ProseMirrorNode, registry: Pick<SpeakerRegistry, 'speakers' | 'find'>): AttributionSuggestion[] {
  const paragraphs = textBlocks(doc).map((block) => block.text);
  const knownSpeakers = registry.speakers.map(({ name, aliases, role, organization }) => ({ name, aliases, role, organization }));
  const result = detectAttributions(paragraphs, { knownSpeakers });
  const speakerNamed = (name: string | null) =>
    name === null ? null : (result.speakers.find((speaker) => speaker.name === name) ?? { name, aliases: [], role: '', organization: '' });
  const textAt = (paragraph: number, start: number, end: number) => paragraphs[paragraph]?.slice(start, end) ?? '';
  const suggestion = (
    kind: SpeakerSpanKind,
    name: string | null,
    { paragraph, start, end }: { paragraph: number; start: number; end: number },
    evidence: string,
    why: { reason: string; confidence: number },
  ): AttributionSuggestion => ({
    key: `${kind}:${paragraph}:${start}:${end}`,
    kind,
    speaker: speakerNamed(name),
    existingId: name === null ? null : (registry.find(name)?.id ?? null),
    paragraph,
    start,
    end,
    text: textAt(paragraph, start, end),
    evidence,
    reason: why.reason,
    confidence: why.confidence,
  });

  const quotes = result.quotes.map((quote) => suggestion('direct', quote.speaker, quote, quote.evidence.text, quote));
  const paraphrases: AttributionSuggestion[] = [];
  for (const paraphrase of result.paraphrases) {
    const candidate = suggestion('paraphrase', paraphrase.speaker, paraphrase, paraphrase.evidence.text, paraphrase);
    if (quotes.some((quote) => overlaps(quote, candidate)) || paraphrases.some((kept) => overlaps(kept, candidate))) continue;
    paraphrases.push(candidate);
  }
  const mentions = new Map<string, AttributionSuggestion>();
  for (const mention of result.mentions) {
    const candidate = suggestion('mention', mention.speaker, mention, '', { reason: `the name of ${mention.speaker}`, confidence: 1 });
    if (!mentions.has(candidate.key)) mentions.set(candidate.key, candidate);
  }
  return [...quotes, ...paraphrases, ...mentions.values()].sort(
    (left, right) => left.paragraph - right.paragraph || left.start - right.start,
  );
}

/** The registry speaker for a suggestion: the one answering to its name or an alias, else a new one. */
async function speakerFor(detected: DetectedSpeaker, registry: SpeakerRegistry): Promise<Speaker> {
  const known = registry.find(detected.name) ?? detected.aliases.map((alias) => registry.find(alias)).find(Boolean);
  if (known) return known;
  return registry.create({ name: detected.name, aliases: detected.aliases, role: detected.role, organization: detected.organization });
}

/**
 * Tags the accepted suggestions in one undoable step. Returns the keys applied;
 * a suggestion whose text changed since it was made, or with no speaker, is skipped.
 */
export async function applySuggestions(
  editor: Editor,
  registry: SpeakerRegistry,
  accepted: readonly AttributionSuggestion[],
): Promise<string[]> {
  const ids = new Map<string, string>();
  for (const item of accepted) {
    if (item.speaker && !ids.has(item.speaker.name)) ids.set(item.speaker.name, (await speakerFor(item.speaker, registry)).id);
  }
  if (editor.isDestroyed) return [];
  const blocks = textBlocks(editor.state.doc);
  const applied: string[] = [];
  // Paraphrases first, so a quote inside one keeps its own mark; mentions are another mark type and nest.
  const order: SpeakerSpanKind[] = ['paraphrase', 'direct', 'mention'];
  let chain = editor.chain();
  for (const kind of order) {
    for (const item of accepted.filter((candidate) => candidate.kind === kind)) {
      const range = rangeOfOffsets(blocks, item.paragraph, item.start, item.end);
      const speakerId = item.speaker ? ids.get(item.speaker.name) : undefined;
      if (!range || !speakerId || blocks[item.paragraph].text.slice(item.start, item.end) !== item.text) continue;
      chain = chain.tagSpeaker(speakerId, kind, range);
      applied.push(item.key);
    }
  }
  chain.run();
  return applied;
}
