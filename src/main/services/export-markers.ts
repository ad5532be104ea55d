/**
 * Recognising the desk's own earlier export of an article in a folder: every
 * exported file names its article — HTML in `<article data-article-id>` under
 * our generator meta, Markdown as `id:` opening the front matter, ninjs as the
 * `urn:newsdesk:article:` uri — so a re-export replaces its own file and never
 * a file with the same name that came from anywhere else.
 */
import { HTML_GENERATOR } from '../../shared/export/article-html';

const HTML_MARKER = new RegExp(
  `<meta name="generator" content="${HTML_GENERATOR}">[^]{0,16000}?<article data-article-id="([A-Za-z0-9_-]+)"`,
);
const MARKDOWN_MARKER = /^---\nid: (?:"([A-Za-z0-9_-]+)"|'([A-Za-z0-9_-]+)'|([A-Za-z0-9_-]+))\n/;
const NINJS_URI = 'urn:newsdesk:article:';

/** The id of the article a file of ours was exported from, or null when it is not (recognisably) ours. */
export function exportedArticleId(text: string, extension: string): string | null {
  switch (extension.toLowerCase()) {
    case '.html':
      return HTML_MARKER.exec(text)?.[1] ?? null;
    case '.md': {
      const match = MARKDOWN_MARKER.exec(text);
      return match ? (match[1] ?? match[2] ?? match[3]) : null;
    }
    case '.json': {
      try {
        const uri = (JSON.parse(text) as { uri?: unknown }).uri;
        return typeof uri === 'string' && uri.startsWith(NINJS_URI) ? uri.slice(NINJS_URI.length) : null;
      } catch {
        return null;
      }
    }
    default:
      return null;
  }
}
