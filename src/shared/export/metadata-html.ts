/**
 * The newsroom metadata in an exported HTML page. In the head, as `<meta>`:
 * the embargo (`name="embargo"`, ISO 8601 with offset, and its zone), the
 * slugline, urgency, genre and keywords, and the social headline as
 * `og:title` / `twitter:title` (the web headline when there is none) — never
 * in the body. At the foot of the story, its corrections and clarifications,
 * each dated. The editor's note is never exported to HTML.
 */
import type { Article } from '../article';
import { headlineFor } from '../metadata/headline-variants';
import { displayDate } from './html-page-style';
import { escapeHtml } from './html-text';

/** The heading of the corrections list at the foot of a story. */
export const CORRECTIONS_HEADING = 'Corrections';

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}">\n`;
}

/** The `<meta>` tags of the head. */
export function metadataHeadTags(article: Article): string {
  const out: string[] = [];
  if (article.embargo) {
    out.push(meta('name', 'embargo', article.embargo.until), meta('name', 'embargo-time-zone', article.embargo.timeZone));
  }
  if (article.slugline) out.push(meta('name', 'slugline', article.slugline));
  if (article.urgency) out.push(meta('name', 'urgency', String(article.urgency)));
  if (article.genre) out.push(meta('name', 'genre', article.genre));
  if (article.keywords?.length) out.push(meta('name', 'keywords', article.keywords.join(', ')));
  const social = article.headlines?.social?.trim() || headlineFor('web', article).trim();
  if (social) out.push(meta('property', 'og:title', social), meta('name', 'twitter:title', social));
  return out.join('');
}

/** The corrections section at the foot of the story; '' when there are none. */
export function correctionsSection(article: Article): string {
  const corrections = article.corrections ?? [];
  if (corrections.length === 0) return '';
  const items = corrections.map((correction) => {
    const kind = correction.kind === 'clarification' ? 'Clarification' : 'Correction';
    return (
      `<li data-kind="${escapeHtml(correction.kind)}"><strong>${kind}</strong>, ` +
      `<time datetime="${escapeHtml(correction.date)}">${escapeHtml(displayDate(correction.date))}</time>: ${escapeHtml(correction.text)}</li>\n`
    );
  });
  return `<section class="corrections" aria-labelledby="corrections-heading">\n<h2 id="corrections-heading">${CORRECTIONS_HEADING}</h2>\n<ul>\n${items.join('')}</ul>\n</section>\n`;
}
