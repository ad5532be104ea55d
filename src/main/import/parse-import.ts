/**
 * Parsing one imported file, whatever its format: a pure function of the
 * file's text, so it can run in the import worker (see import-parser.ts) or,
 * where no worker can start, in the calling process.
 */
import { parseBriefing, type ParsedBriefing } from '../../shared/briefing-parser';
import { DeskError } from '../../shared/errors';
import { importMarkdownArticle } from '../../shared/import/article-markdown-import';
import type { ImportedArticle } from '../../shared/import/imported-article';
import { importTooLargeMessage, MAX_IMPORT_CHARACTERS } from '../../shared/import/import-limits';
import { htmlToBody, importHtmlArticle } from './html-import';

export type ImportFormat = 'briefing' | 'md' | 'html';

export interface ParseImportRequest {
  text: string;
  format: ImportFormat;
  /** Names the file in messages only. */
  fileName?: string;
}

export type ParsedImport = { format: 'briefing'; briefing: ParsedBriefing } | { format: 'md' | 'html'; article: ImportedArticle };

/** The document format a file name says (.md/.markdown, .html/.htm), or null (a briefing, when imported). */
export function documentFormatOf(fileName: string): 'md' | 'html' | null {
  if (/\.(md|markdown)$/i.test(fileName)) return 'md';
  if (/\.html?$/i.test(fileName)) return 'html';
  return null;
}

/** Parses one file. Throws DeskError for input that is too large, empty, binary or not in its format. */
export function parseImportFile({ text, format, fileName }: ParseImportRequest): ParsedImport {
  if (text.length > MAX_IMPORT_CHARACTERS) throw new DeskError('invalid-request', importTooLargeMessage(fileName));
  if (format === 'briefing') return { format, briefing: parseBriefing(text, fileName) };
  const kind = format === 'md' ? 'Markdown' : 'HTML';
  const name = fileName ? `"${fileName}"` : 'This file';
  if (text.includes('\u0000')) throw new DeskError('not-a-briefing', `${name} looks like a binary file, not ${kind}.`);
  if (text.trim() === '') throw new DeskError('not-a-briefing', `${name} is empty, so there is nothing to import. Choose the ${kind} file that holds the story.`);
  const article = format === 'md' ? importMarkdownArticle(text, fileName, { htmlBlock: (html) => htmlToBody(html).content ?? [] }) : importHtmlArticle(text, fileName);
  return { format, article };
}
