/**
 * The look of an exported story page: a self-contained stylesheet (no fonts
 * or files fetched) with a readable measure, the dateline and byline set as
 * such, quotes and related stories styled quietly, and print rules. The bare
 * export for a CMS carries none of it.
 */

/** 'page': a styled, self-contained page for a reader; 'bare': semantic HTML only, for a CMS to ingest. */
export const HTML_STYLES = ['page', 'bare'] as const;
export type HtmlStyle = (typeof HTML_STYLES)[number];

/** Rules every export needs to read right: quoted text carries its own marks, the hidden heading stays hidden. */
export const ESSENTIAL_CSS =
  'q { quotes: none; } .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }';

export const PAGE_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #fbfaf7; color: #1f2328; font: 1.125rem/1.6 Georgia, "Times New Roman", serif; }
article { max-width: 38rem; margin: 0 auto; padding: 3rem 1.25rem 4rem; }
h1 { margin: 0 0 .75rem; font-size: 2.25rem; line-height: 1.15; letter-spacing: -.01em; }
.dateline, .byline, .dates { margin: 0; font: .8125rem/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #57606a; }
.dateline { font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: #1f2328; }
.dates { margin-top: .25rem; }
header { margin-bottom: 2rem; padding-bottom: 1.25rem; border-bottom: 1px solid #d8dee4; }
.article-body h2, .article-body h3 { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.3; }
.article-body blockquote, .article-body figure { margin: 1.5rem 0; padding-left: 1.25rem; border-left: 3px solid #d8dee4; }
.article-body figure.picture { padding-left: 0; border-left: 0; }
figure.picture img { display: block; max-width: 100%; height: auto; }
figure.picture figcaption { margin-top: .5rem; }
figure.picture .credit { text-transform: uppercase; letter-spacing: .04em; font-size: .75rem; }
figcaption { font: .875rem/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #57606a; }
a { color: #0b5cad; }
.related { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid #d8dee4; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; font-size: 1rem; }
.related h2 { font-size: .8125rem; letter-spacing: .06em; text-transform: uppercase; color: #57606a; }
.related ul { padding-left: 1.2em; }
@media print { body { background: none; } article { max-width: none; padding: 0; } a { color: inherit; } }
`.trim();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "4 March 2026, 10:15 UTC": the same in every process and locale. */
export function displayDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${time} UTC`;
}
