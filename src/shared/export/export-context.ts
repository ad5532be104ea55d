/**
 * What an exporter needs besides the article itself: the registry speakers its
 * marks name, and the stored articles its related links point at (so a link to
 * a stored article becomes a relative link to that article's exported file).
 */
import type { Article } from '../article';
import type { RelatedLink } from '../related-link';
import type { Speaker } from '../speaker';
import { speakerIdsInBody } from '../speaker-spans';
import type { HtmlStyle } from './html-page-style';

/** The formats the desk exports to. */
export const EXPORT_FORMATS = ['html', 'md', 'ninjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file-name extension of each format (without the dot). */
export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = { html: 'html', md: 'md', ninjs: 'json' };

/** The formats a review copy (suggestions and notes written out) comes in. */
export const REVIEW_FORMATS: readonly ExportFormat[] = ['html', 'md'];

export interface ExportContext {
  /** Registry speakers by id; a mark naming an id that is missing here exports without a name. */
  speakers: ReadonlyMap<string, Speaker>;
  /**
   * The exported file name (without extension) of a stored article, by id;
   * undefined when that article is not in the store any more (the link then
   * exports as an unresolved headline).
   */
  fileNameOf(articleId: string): string | undefined;
  /** HTML only: a styled page for readers (the default) or bare semantic HTML for a CMS. */
  htmlStyle?: HtmlStyle;
  /**
   * A review copy (HTML and Markdown only): open suggestions and notes are
   * written, not refused or dropped. Never for publishing.
   */
  review?: boolean;
}

/** A context with no other articles: stored-article links export as their slug. */
export function contextFor(speakers: readonly Speaker[], fileNames: ReadonlyMap<string, string> = new Map()): ExportContext {
  return { speakers: new Map(speakers.map((speaker) => [speaker.id, speaker])), fileNameOf: (id) => fileNames.get(id) };
}

/** The speakers an article's marks refer to, in first-use order, that the context knows. */
export function articleSpeakers(article: Article, context: ExportContext): Speaker[] {
  return speakerIdsInBody(article.body).flatMap((id) => {
    const speaker = context.speakers.get(id);
    return speaker ? [speaker] : [];
  });
}

/** Where a related link points once exported: a sibling file, a URL, or nowhere (plain text). */
export function relatedTarget(link: RelatedLink, context: ExportContext, extension: string): string | null {
  if (link.url) return link.url;
  if (link.articleId) {
    const name = context.fileNameOf(link.articleId);
    return name === undefined ? null : `${name}.${extension}`;
  }
  return null;
}
