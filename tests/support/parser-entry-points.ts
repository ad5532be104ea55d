/**
 * The parsers the linear-time test drives, each as `(text) => unknown`, so a
 * worker thread can call them by name (see timed-parser-worker.ts).
 */
import { parseDocument } from '../../src/main/services/document-import';
import { paragraphsToBody } from '../../src/shared/body-text';
import { parseBriefing } from '../../src/shared/briefing-parser';
import { bodyToMarkdown } from '../../src/shared/export/body-markdown';

export const parsers = {
  briefing: (text: string) => parseBriefing(text),
  markdownImport: (text: string) => parseDocument({ text, format: 'md' }),
  htmlImport: (text: string) => parseDocument({ text, format: 'html' }),
  markdownExport: (text: string) => bodyToMarkdown(paragraphsToBody(text.split('\n'))),
} satisfies Record<string, (text: string) => unknown>;

export type ParserName = keyof typeof parsers;
