/**
 * CommonMark stability: of the CommonMark spec's examples that our schema can
 * represent (no raw HTML, images or h1/h4–h6, which the body cannot hold), the
 * share whose parse → serialize → parse gives the same body.
 */
import { createRequire } from 'node:module';

import { bodyToMarkdown } from '../src/shared/export/body-markdown';
import { type MarkdownParseReport, markdownToBody } from '../src/shared/import/markdown-body';

interface SpecExample {
  markdown: string;
  section: string;
  number: number;
}

export interface StabilityResult {
  examples: number;
  representable: number;
  stable: number;
  /** stable / representable, in percent, two decimals. */
  percent: number;
  /** Spec example numbers that were representable but not stable. */
  unstable: number[];
}

export function measureCommonMarkStability(): StabilityResult {
  const { tests } = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] };
  let representable = 0;
  let stable = 0;
  const unstable: number[] = [];
  for (const example of tests) {
    const report: MarkdownParseReport = { unrepresentable: [] };
    const first = markdownToBody(example.markdown, {}, report);
    if (report.unrepresentable.length > 0) continue;
    representable++;
    const second = markdownToBody(bodyToMarkdown(first));
    if (JSON.stringify(first) === JSON.stringify(second)) stable++;
    else unstable.push(example.number);
  }
  return { examples: tests.length, representable, stable, percent: Math.round((stable / representable) * 10_000) / 100, unstable };
}
