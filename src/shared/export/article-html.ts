/**
 * An article as a standalone, well-formed HTML5 document (it passes the Nu
 * HTML Checker): `<article>` with the headline as `<h1>`, the dateline, byline
 * and dates marked up, the body (see body-html.ts), the related stories as a
 * list of links, and a JSON-LD `NewsArticle` block (see json-ld.ts). As a
 * page (the default) it carries its own stylesheet (html-page-style.ts); bare,
 * it is semantic HTML only, for a CMS.
 *
 * The `<article>` element carries the desk's own metadata as data attributes
 * (id, status, created, updated) and the related links carry theirs
 * (`data-article-id`, `data-relation`), so importing the file gives back the same article.
 * The page uses the web headline (`<h1>`, `<title>`: the SEO one when set) and
 * carries the newsroom metadata in its head and the corrections at its foot (metadata-html.ts).
 *
 * A review copy (`context.review`) says so at the top, shows suggestions as
 * `<ins>`/`<del>` and notes' words as `<mark>`, and lists every note's thread
 * in a footnote-style `<aside>` after the story.
 */
import type { Article } from '../article';
import { headlineFor } from '../metadata/headline-variants';
import { countOpenNotes } from '../notes/note-thread';
import { notesAsides, REVIEW_CSS } from '../review/review-html';
import { countOpenSuggestions } from '../suggestions';
import { isSafeHref } from '../url-policy';
import { bodyToHtml, bodyToReviewHtml } from './body-html';
import { type ExportContext, relatedTarget } from './export-context';
import { displayDate, ESSENTIAL_CSS, PAGE_CSS } from './html-page-style';
import { encodeHref, escapeHtml, jsonForScript } from './html-text';
import { articleJsonLd } from './json-ld';
import { correctionsSection, metadataHeadTags } from './metadata-html';

/** The `generator` meta value that tells our importer a file is our own export. */
export const HTML_GENERATOR = 'Newsdesk';

/** The heading of the related-stories list. */
export const RELATED_HEADING = 'Related stories';

export function articleToHtml(article: Article, context: ExportContext): string {
  const out: string[] = [];
  const headline = headlineFor('web', article);
  const title =
    (headlineFor('seo', { headline, headlines: article.headlines }).trim() || 'Untitled') + (context.review ? ' (review copy)' : '');
  const review = context.review ? bodyToReviewHtml(article.body, context.speakers, article.notes ?? []) : null;
  out.push(
    `<!DOCTYPE html>\n<html lang="${escapeHtml(article.language ?? 'en')}">\n<head>\n<meta charset="utf-8">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<meta name="generator" content="${HTML_GENERATOR}">\n`,
    `<title>${escapeHtml(title)}</title>\n`,
    metadataHeadTags(article),
    `<style>${ESSENTIAL_CSS}${context.htmlStyle === 'bare' ? '' : `\n${PAGE_CSS}\n`}${review ? `\n${REVIEW_CSS}\n` : ''}</style>\n`,
    `<script type="application/ld+json">${jsonForScript(articleJsonLd(article, context))}</script>\n`,
    '</head>\n<body>\n<main>\n',
    `<article data-article-id="${escapeHtml(article.id)}" data-status="${escapeHtml(article.status)}" data-created="${escapeHtml(article.createdAt)}" data-updated="${escapeHtml(article.updatedAt)}">\n`,
    '<header>\n',
  );
  if (review) out.push(reviewBanner(article));
  out.push(`<h1>${escapeHtml(headline)}</h1>\n`);
  if (article.dateline) out.push(`<p class="dateline"><span data-field="dateline">${escapeHtml(article.dateline)}</span></p>\n`);
  if (article.byline) out.push(`<p class="byline"><span data-field="byline">${escapeHtml(article.byline)}</span></p>\n`);
  const dateLabel = article.status === 'published' ? 'Published' : 'Last updated';
  out.push(
    `<p class="dates">${dateLabel} <time datetime="${escapeHtml(article.updatedAt)}">${escapeHtml(displayDate(article.updatedAt))}</time></p>\n`,
  );
  // The body's headings are h2/h3; this hidden h2 keeps an h3 at the top from skipping a level.
  out.push(
    '</header>\n<h2 class="visually-hidden">Story</h2>\n<div class="article-body">',
    review ? review.html : bodyToHtml(article.body, context.speakers),
    '</div>\n',
  );
  if (review) out.push(notesAsides(article.notes ?? [], review.state));
  if (article.related.length > 0) {
    out.push(`<aside class="related" aria-labelledby="related-heading">\n<h2 id="related-heading">${RELATED_HEADING}</h2>\n<ul>\n`);
    for (const link of article.related) {
      const target = relatedTarget(link, context, 'html');
      const attributes =
        ` data-relation="${escapeHtml(link.relation)}"` + (link.articleId ? ` data-article-id="${escapeHtml(link.articleId)}"` : '');
      const headline = escapeHtml(link.headline);
      if (target !== null && isSafeHref(target))
        out.push(`<li${attributes}><a href="${escapeHtml(encodeHref(target))}"${link.url ? ' rel="external"' : ''}>${headline}</a></li>\n`);
      else out.push(`<li${attributes}>${headline}</li>\n`);
    }
    out.push('</ul>\n</aside>\n');
  }
  out.push(correctionsSection(article));
  out.push('</article>\n</main>\n</body>\n</html>\n');
  return out.join('');
}

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`;
}

function reviewBanner(article: Article): string {
  const suggestions = countOpenSuggestions(article.body);
  const notes = countOpenNotes(article.notes);
  return `<p class="review-banner"><strong>Review copy</strong>, not for publication: ${plural(suggestions, 'open suggestion')}, ${plural(notes, 'open note')}.</p>\n`;
}
