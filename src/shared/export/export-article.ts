/** One entry point for every export format: an article in, a file's text out. */
import type { Article } from '../article';
import { articleToHtml } from './article-html';
import { articleToMarkdown } from './article-markdown';
import { type ExportContext, type ExportFormat, FORMAT_EXTENSIONS } from './export-context';
import { articleToNinjs } from './ninjs';

export interface ExportedFile {
  format: ExportFormat;
  extension: string;
  text: string;
}

export function exportArticle(article: Article, format: ExportFormat, context: ExportContext): ExportedFile {
  const extension = FORMAT_EXTENSIONS[format];
  switch (format) {
    case 'html':
      return { format, extension, text: articleToHtml(article, context) };
    case 'md':
      return { format, extension, text: articleToMarkdown(article, context) };
    case 'ninjs':
      return { format, extension, text: `${JSON.stringify(articleToNinjs(article, context), null, 2)}\n` };
  }
}
