/**
 * One entry point for every export format: an article in, a file's text out.
 *
 * Publishing exports never carry suggestions or notes: an article with open
 * suggestions is refused (DeskError 'invalid-request', naming the count: accept
 * or reject them first, or ask for a review copy), and notes' anchors are
 * dropped (notes are the desk's, not the story's). A review copy
 * (`context.review`, HTML and Markdown) writes both instead.
 */
import type { Article } from '../article';
import { DeskError } from '../errors';
import { withoutNoteAnchors } from '../notes/note-anchors';
import { countOpenSuggestions } from '../suggestions';
import { articleToHtml } from './article-html';
import { articleToMarkdown, articleToReviewMarkdown } from './article-markdown';
import { type ExportContext, type ExportFormat, FORMAT_EXTENSIONS } from './export-context';
import { articleToNinjs } from './ninjs';

export interface ExportedFile {
  format: ExportFormat;
  extension: string;
  text: string;
}

/** Why the article cannot be exported for publishing (its open suggestions), or null when it can. */
export function publishingRefusal(article: Article): string | null {
  const open = countOpenSuggestions(article.body);
  if (open === 0) return null;
  return `It has ${open} open suggestion${open === 1 ? '' : 's'}. Accept or reject ${open === 1 ? 'it' : 'them'} before exporting it for publishing, or export a review copy.`;
}

export function exportArticle(article: Article, format: ExportFormat, context: ExportContext): ExportedFile {
  const extension = FORMAT_EXTENSIONS[format];
  if (context.review) {
    if (format === 'html') return { format, extension, text: articleToHtml(article, context) };
    if (format === 'md') return { format, extension, text: articleToReviewMarkdown(article, context) };
    throw new DeskError('invalid-request', 'A review copy is written as HTML or Markdown; ninjs is for publishing only.');
  }
  const refusal = publishingRefusal(article);
  if (refusal) throw new DeskError('invalid-request', refusal);
  const published: Article = { ...article, body: withoutNoteAnchors(article.body) };
  switch (format) {
    case 'html':
      return { format, extension, text: articleToHtml(published, context) };
    case 'md':
      return { format, extension, text: articleToMarkdown(published, context) };
    case 'ninjs':
      return { format, extension, text: `${JSON.stringify(articleToNinjs(published, context), null, 2)}\n` };
  }
}
