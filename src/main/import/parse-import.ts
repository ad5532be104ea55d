/**
 * Parsing one imported file, whatever its format: a pure function of the
 * file's text, so it can run in the import worker (see import-parser.ts) or,
 * where no worker can start, in the calling process.
 */
import { parseBriefing, type ParsedBriefing } from '../../shared/briefing-parser';
import { DeskError } from '../../shared/errors';
import { importMarkdownArticle } from '../../shared/import/article-markdown-import';
import { importTooLargeMessage, MAX_IMPORT_CHARACTERS } from '../../shared/import/import-limits';
import type { ImportedArticle } from '../../shared/import/imported-article';
import { htmlToBody, importHtmlArticle } from './html-import';
import { importNinjsArticle } from './ninjs-import';
import { importNitfArticle } from './nitf-import';

export type ImportFormat = 'briefing' | DocumentFormat;

/** The formats that import as documents: Markdown, HTML, ninjs JSON and NITF XML. */
export type DocumentFormat = 'md' | 'html' | 'ninjs' | 'nitf';

const DOCUMENT_KINDS: Record<DocumentFormat, string> = { md: 'Markdown', html: 'HTML', ninjs: 'ninjs JSON', nitf: 'NITF XML' };

export interface ParseImportRequest {
  text: string;
  format: ImportFormat;
  /** Names the file in messages only. */
  fileName?: string;
}

export type ParsedImport = { format: 'briefing'; briefing: ParsedBriefing } | { format: DocumentFormat; article: ImportedArticle };

/** The document format a file name says (.md/.markdown, .html/.htm, .json, .xml), or null (a briefing, when imported). */
export function documentFormatOf(fileName: string): DocumentFormat | null {
  if (/\.(md|markdown)$/i.test(fileName)) return 'md';
  if (/\.html?$/i.test(fileName)) return 'html';
  if (/\.json$/i.test(fileName)) return 'ninjs';
  if (/\.xml$/i.test(fileName)) return 'nitf';
  return null;
}

function parseDocumentText(text: string, format: DocumentFormat, fileName: string | undefined): ImportedArticle {
  switch (format) {
    case 'md':
      return importMarkdownArticle(text, fileName, { htmlBlock: (html) => htmlToBody(html).content ?? [] });
    case 'html':
      return importHtmlArticle(text, fileName);
    case 'ninjs':
      return importNinjsArticle(text, fileName);
    case 'nitf':
      return importNitfArticle(text, fileName);
  }
}

/** Parses one file. Throws DeskError for input that is too large, empty, binary or not in its format. */
export function parseImportFile({ text, format, fileName }: ParseImportRequest): ParsedImport {
  if (text.length > MAX_IMPORT_CHARACTERS) throw new DeskError('invalid-request', importTooLargeMessage(fileName));
  if (format === 'briefing') return { format, briefing: parseBriefing(text, fileName) };
  const kind = DOCUMENT_KINDS[format];
  const name = fileName ? `"${fileName}"` : 'This file';
  if (text.includes('\u0000')) throw new DeskError('not-a-briefing', `${name} looks like a binary file, not ${kind}.`);
  if (text.trim() === '')
    throw new DeskError('not-a-briefing', `${name} is empty, so there is nothing to import. Choose the ${kind} file that holds the story.`);
  return { format, article: parseDocumentText(text, format, fileName) };
}
