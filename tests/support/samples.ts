/**
 * The shared sample briefings and their gold annotations: `../shared/samples`
 * beside the checkout (or NEWSDESK_SAMPLES). Every test reads them through
 * here, so a checkout without them fails with one clear message, not ENOENT.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Gold annotations of one sample, as in gold.json. */
export interface GoldSample {
  headline: string;
  dateline: string;
  paragraphs: number;
  related: string[];
  speakers: { name: string; aliases: string[]; role: string; organization: string }[];
  acceptable_sources?: string[];
  quotes: { text: string; speaker: string | null }[];
}

/** The samples folder; throws a message saying what to do when it is missing. */
export function samplesDir(): string {
  const folder = resolve(process.env.NEWSDESK_SAMPLES ?? join(REPOSITORY_ROOT, '..', 'shared', 'samples'));
  if (!existsSync(join(folder, 'gold.json'))) {
    throw new Error(
      `The shared sample briefings are missing: no gold.json in ${folder}. The tests read them from ../shared/samples ` +
        'beside the checkout (the steering folder shared/); put it there, or point NEWSDESK_SAMPLES at a copy.',
    );
  }
  return folder;
}

export function samplePath(name: string): string {
  return join(samplesDir(), name);
}

export function readSample(name: string): string {
  return readFileSync(samplePath(name), 'utf8');
}

/** gold.json: file name → gold annotations. */
export function readGold(): Record<string, GoldSample> {
  return JSON.parse(readFileSync(samplePath('gold.json'), 'utf8')) as Record<string, GoldSample>;
}
