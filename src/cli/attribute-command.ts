/**
 * `desk attribute FILE... [--json]`
 *
 * Reads briefings and prints who speaks in each and who said each direct
 * quote. Reads nothing from the data folder and writes nothing.
 */
import { basename } from 'node:path';

import { detectAttributions } from '../shared/attribution';
import { parseBriefing } from '../shared/briefing-parser';
import { DeskError } from '../shared/errors';
import type { CommandContext } from './command-context';
import { readInputFile } from './read-input-file';

export interface AttributionJson {
  speakers: { name: string; aliases: string[]; role: string; organization: string }[];
  /** `reason` says why the speaker was chosen; `confidence` is 0..1. */
  quotes: { text: string; speaker: string | null; reason: string; confidence: number }[];
}

async function attributeFile(file: string): Promise<AttributionJson> {
  const { text } = await readInputFile(file);
  const result = detectAttributions(parseBriefing(text, basename(file)).paragraphs);
  return {
    speakers: result.speakers.map(({ name, aliases, role, organization }) => ({ name, aliases, role, organization })),
    quotes: result.quotes.map(({ text: quote, speaker, reason, confidence }) => ({ text: quote, speaker, reason, confidence })),
  };
}

export async function attributeCommand(files: string[], context: CommandContext): Promise<number> {
  if (files.length === 0) return context.usageError('desk attribute needs a FILE.');
  const results: { file: string; attribution: AttributionJson }[] = [];
  for (const file of files) {
    try {
      results.push({ file, attribution: await attributeFile(file) });
    } catch (error) {
      if (!(error instanceof DeskError)) throw error;
      context.error(error.message);
      return 1;
    }
  }

  if (context.options.json) {
    // One file prints one object; several print an array in the order given.
    const output = results.length === 1 ? results[0].attribution : results.map(({ file, attribution }) => ({ file, ...attribution }));
    context.print(JSON.stringify(output, null, 2));
    return 0;
  }
  for (const { file, attribution } of results) {
    if (results.length > 1) context.print(`${file}`);
    context.print(`Speakers (${attribution.speakers.length}):`);
    for (const speaker of attribution.speakers) {
      const about = [speaker.role, speaker.organization].filter(Boolean).join(', ');
      const aliases = speaker.aliases.length > 0 ? ` — also “${speaker.aliases.join('”, “')}”` : '';
      context.print(`  ${speaker.name}${about ? ` (${about})` : ''}${aliases}`);
    }
    context.print(`Quotes (${attribution.quotes.length}):`);
    for (const quote of attribution.quotes) context.print(`  ${quote.speaker ?? 'unattributed'}: “${quote.text}”`);
  }
  return 0;
}
