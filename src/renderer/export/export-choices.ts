/**
 * What the export dialog offers, in words a desk uses: the formats and the
 * two kinds of HTML, each with what it is for.
 */
import type { ExportFormat } from '../../shared/export/export-context';
import type { HtmlStyle } from '../../shared/export/html-page-style';

/** The two kinds of HTML, as the dialog offers them. */
export const HTML_STYLE_CHOICES: { style: HtmlStyle; label: string; hint: string }[] = [
  { style: 'page', label: 'A page to read', hint: 'Styled and self-contained, for people' },
  { style: 'bare', label: 'Bare HTML', hint: 'Structure only, for a CMS to ingest' },
];

/** What the files are for: publishing (no suggestions or notes), or a review copy for the desk. */
export const PURPOSE_CHOICES: { review: boolean; label: string; hint: string }[] = [
  { review: false, label: 'For publishing', hint: 'A story with open suggestions is refused; notes are left out' },
  { review: true, label: 'Review copy', hint: 'Suggestions and notes included (.review.html, .review.md); HTML and Markdown only' },
];

/** Each format's name and what it is for. */
export const FORMAT_CHOICES: Record<ExportFormat, { label: string; hint: string }> = {
  html: { label: 'HTML', hint: 'A web page: headline, byline, dateline and body' },
  md: { label: 'Markdown', hint: 'Plain text with light formatting, for the web desk' },
  ninjs: { label: 'ninjs', hint: 'IPTC ninjs JSON for the publishing system' },
};

/** "1 file", "3 files". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
