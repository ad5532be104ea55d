/**
 * Export speed: a 20,000-word and an 80,000-word article (paragraphs with
 * bold, links and speaker marks) to Markdown and HTML; best of nine runs each after a warm-up,
 * and the 80k/20k ratio (linear is ≈ 4).
 */
import type { NodeJson } from '../src/shared/article';
import { bodyToHtml } from '../src/shared/export/body-html';
import { bodyToMarkdown } from '../src/shared/export/body-markdown';
import { percentile, timeIt } from './measure';

const WORDS = 'the ministry said on wednesday that talks with regional partners would resume next week after a pause'.split(' ');

/** A body of about `words` words: 50-word paragraphs, each with a mention, a quote, a bold run and a link. */
export function markedBody(words: number): NodeJson {
  const paragraphs: NodeJson[] = [];
  for (let index = 0; index * 50 < words; index++) {
    const text = (from: number, count: number) =>
      Array.from({ length: count }, (_, w) => WORDS[(index + from + w) % WORDS.length]).join(' ');
    paragraphs.push({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Hong Lei', marks: [{ type: 'speakerMention', attrs: { speakerId: 'speaker-hong' } }] },
        { type: 'text', text: ` ${text(0, 10)} “` },
        { type: 'text', text: text(10, 15), marks: [{ type: 'speakerAttribution', attrs: { speakerId: 'speaker-hong', kind: 'direct' } }] },
        { type: 'text', text: `” ${text(25, 8)} ` },
        { type: 'text', text: text(33, 5), marks: [{ type: 'bold' }] },
        { type: 'text', text: ` ${text(38, 5)} ` },
        {
          type: 'text',
          text: text(43, 5),
          marks: [{ type: 'link', attrs: { href: 'https://example.com/story', target: '_blank', rel: null, class: null, title: null } }],
        },
        { type: 'text', text: '.' },
      ],
    });
  }
  return { type: 'doc', content: paragraphs };
}

export interface ExportSpeed {
  markdown20kMs: number;
  markdown80kMs: number;
  markdownRatio: number;
  html20kMs: number;
  html80kMs: number;
  htmlRatio: number;
}

/**
 * Medians of `rounds` timings of two tasks, run turn about so both meet the
 * same garbage-collector and machine conditions (the 80k/20k ratio compares them).
 */
async function medianTimes(first: () => unknown, second: () => unknown, rounds = 21): Promise<[number, number]> {
  const firstSamples: number[] = [];
  const secondSamples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    firstSamples.push(await timeIt(first));
    secondSamples.push(await timeIt(second));
  }
  return [percentile(firstSamples, 50), percentile(secondSamples, 50)];
}

export async function runExportBench(): Promise<ExportSpeed> {
  const small = markedBody(20_000);
  const large = markedBody(80_000);
  const speakers = new Map();
  // Warm the JIT on both sizes first, so the first measurement is not the compiler's.
  for (const body of [small, large, small]) {
    bodyToMarkdown(body);
    bodyToHtml(body, speakers);
  }
  const [markdown20kMs, markdown80kMs] = await medianTimes(
    () => bodyToMarkdown(small),
    () => bodyToMarkdown(large),
  );
  const [html20kMs, html80kMs] = await medianTimes(
    () => bodyToHtml(small, speakers),
    () => bodyToHtml(large, speakers),
  );
  const ratio = (a: number, b: number) => Math.round((b / a) * 100) / 100;
  return {
    markdown20kMs,
    markdown80kMs,
    markdownRatio: ratio(markdown20kMs, markdown80kMs),
    html20kMs,
    html80kMs,
    htmlRatio: ratio(html20kMs, html80kMs),
  };
}
