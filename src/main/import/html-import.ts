/**
 * HTML → article: our own HTML export (read back exactly: metadata, speakers,
 * quotes, related links), and HTML from elsewhere — a file, or a paste from
 * Word, Google Docs or a web page — keeping its structure and text.
 *
 * Order matters: sanitize first (html-sanitize.ts), then parse the clean
 * markup with happy-dom (JavaScript evaluation, file loading and navigation
 * off), rewrite our export's figures and `<q>`s, pictures, and the pastes' inline styles
 * into the elements the editor's schema parses, and let ProseMirror's
 * DOMParser, driven by the same Tiptap extensions as the editor, build the body.
 */
import { DOMParser as ProseMirrorDomParser } from '@tiptap/pm/model';
import { Window } from 'happy-dom';

import type { NodeJson } from '../../shared/article';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/article';
import { HTML_GENERATOR } from '../../shared/export/article-html';
import { deskSchema, docToJson } from '../../shared/import/desk-schema';
import type { ImportedArticle, ImportedSpeaker } from '../../shared/import/imported-article';
import { type RelatedLink, type Relation, RELATIONS } from '../../shared/related-link';
import { sanitizeArticleHtml } from './html-sanitize';

const OWN_EXPORT = new RegExp(`<meta\\s+name="generator"\\s+content="${HTML_GENERATOR}"`, 'i');
const JSON_LD_OPEN = /<script\s+type="application\/ld\+json">/i;
const SCRIPT_CLOSE = /<\/script>/gi;

/**
 * The text of the first JSON-LD script block, found by two forward searches:
 * the lazy `<script …>([\s\S]*?)</script>` it replaces rescanned to the end of
 * the file from every unterminated opener (quadratic).
 */
function jsonLdText(html: string): string | null {
  const open = JSON_LD_OPEN.exec(html);
  if (!open) return null;
  const from = open.index + open[0].length;
  SCRIPT_CLOSE.lastIndex = from;
  const close = SCRIPT_CLOSE.exec(html);
  return close ? html.slice(from, close.index) : null;
}

/** What lies inside `<html …>` and before `</html>` (the whole text when they are missing), in linear time. */
function insideHtmlElement(html: string): string {
  let inner = html;
  const open = /<html/i.exec(inner);
  const openEnd = open ? inner.indexOf('>', open.index) : -1;
  if (openEnd !== -1) inner = inner.slice(openEnd + 1);
  const close = /<\/html>/i.exec(inner);
  return close ? inner.slice(0, close.index) : inner;
}

function parseDocument(html: string): Document {
  const document = quietDocument();
  document.documentElement.innerHTML = insideHtmlElement(html);
  return document;
}

/**
 * Markup of another vocabulary (NITF) read as elements, without sanitizing and without running anything:
 * the element that holds it. Callers read text from it and sanitize any markup they keep (htmlToBody).
 */
export function parseForeignMarkup(markup: string): Element {
  const document = quietDocument();
  const withoutProlog = markup.replace(/^\uFEFF?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!DOCTYPE[^>]{0,500}>\s*)?/i, '');
  document.body.innerHTML = withoutProlog;
  return document.body;
}

/** A document in which no script runs, nothing loads and nothing navigates. */
function quietDocument(): Document {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableComputedStyleRendering: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  return window.document as unknown as Document;
}

function rename(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  for (const attribute of Array.from(element.attributes)) replacement.setAttribute(attribute.name, attribute.value);
  while (element.firstChild) replacement.appendChild(element.firstChild);
  element.replaceWith(replacement);
  return replacement;
}

function wrapChildren(element: Element, wrapper: Element): void {
  while (element.firstChild) wrapper.appendChild(element.firstChild);
  element.appendChild(wrapper);
}

/** Inline styles that mean bold, italic, strike or underline become those elements; every style attribute goes. */
function stylesToElements(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('[style]'))) {
    const style = (element.getAttribute('style') ?? '').toLowerCase();
    element.removeAttribute('style');
    const wrap = (tag: string) => wrapChildren(element, element.ownerDocument.createElement(tag));
    if (/font-weight:\s*(bold|bolder|[6-9]00)/.test(style)) wrap('strong');
    if (/font-style:\s*italic/.test(style)) wrap('em');
    if (/line-through/.test(style)) wrap('s');
    if (/underline/.test(style)) wrap('u');
    // Google Docs wraps a whole paste in <b style="font-weight:normal">: not bold at all.
    if (element.tagName === 'B' && /font-weight:\s*(normal|400)/.test(style)) rename(element, 'span');
  }
}

/** Our export's quote figures and `<q>`s become the attribution spans the schema parses. */
function quotesToSpans(root: Element): void {
  for (const figure of Array.from(root.querySelectorAll('figure[data-attribution]'))) {
    const speakerId = figure.getAttribute('data-speaker-id') ?? '';
    figure.querySelector('figcaption')?.remove();
    const quote = figure.querySelector('blockquote');
    if (!quote) continue;
    for (const paragraph of Array.from(quote.querySelectorAll('p'))) {
      const span = paragraph.ownerDocument.createElement('span');
      span.setAttribute('data-attribution', 'direct');
      span.setAttribute('data-speaker-id', speakerId);
      wrapChildren(paragraph, span);
    }
    figure.replaceWith(quote);
  }
  for (const quote of Array.from(root.querySelectorAll('q[data-attribution]'))) rename(quote, 'span');
}

/**
 * A `<figure>` holding one picture (html-sanitize.ts made each `<img>` a
 * `figure[data-picture]`) and a caption becomes that one figure, with the
 * caption — and, from our own export, the credit and rights (`data-field`s)
 * — on it. The picture's src stays as written: main brings the file in
 * (media/imported-pictures.ts).
 */
function captionedPictures(root: Element): void {
  for (const holder of Array.from(root.querySelectorAll('figure'))) {
    const pictures = holder.querySelectorAll('figure[data-picture]');
    if (pictures.length !== 1) continue;
    const picture = pictures[0];
    const caption = holder.querySelector('figcaption');
    if (caption) {
      const part = (name: string) => caption.querySelector(`[data-field="picture-${name}"]`)?.textContent?.trim() ?? '';
      const ours = caption.querySelector('[data-field^="picture-"]') !== null;
      picture.setAttribute('data-caption', ours ? part('caption') : (caption.textContent ?? '').trim().replace(/\s+/g, ' '));
      if (ours) {
        picture.setAttribute('data-credit', part('credit'));
        picture.setAttribute('data-rights', part('rights'));
      }
    }
    holder.replaceWith(picture);
  }
}

function readSpeakers(html: string): ImportedSpeaker[] {
  const json = jsonLdText(html);
  if (json === null) return [];
  try {
    const data = JSON.parse(json) as { mentions?: unknown };
    if (!Array.isArray(data.mentions)) return [];
    return data.mentions.flatMap((person: Record<string, unknown>) => {
      const id = typeof person['@id'] === 'string' ? person['@id'].replace(/^#speaker-/, '') : '';
      const name = typeof person.name === 'string' ? person.name : '';
      if (!id || !name) return [];
      const worksFor = person.worksFor as { name?: unknown } | undefined;
      return [
        {
          id,
          name,
          aliases: Array.isArray(person.alternateName)
            ? person.alternateName.filter((alias): alias is string => typeof alias === 'string')
            : [],
          role: typeof person.jobTitle === 'string' ? person.jobTitle : '',
          organization: typeof worksFor?.name === 'string' ? worksFor.name : '',
        },
      ];
    });
  } catch {
    return [];
  }
}

function readRelated(aside: Element | null): RelatedLink[] {
  if (!aside) return [];
  return Array.from(aside.querySelectorAll('li')).flatMap((item) => {
    const headline = (item.textContent ?? '').trim();
    if (!headline) return [];
    const relationValue = item.getAttribute('data-relation') ?? '';
    const relation = (RELATIONS as readonly string[]).includes(relationValue) ? (relationValue as Relation) : 'see-also';
    const articleId = item.getAttribute('data-article-id');
    const href = item.querySelector('a')?.getAttribute('href') ?? '';
    const url = !articleId && /^https?:\/\//i.test(href) ? href : null;
    return [{ headline, articleId: articleId || null, url, relation }];
  });
}

/** The body of an HTML fragment or document (no metadata): what a paste becomes. */
export function htmlToBody(html: string, options: { preserveWhitespace?: boolean } = {}): NodeJson {
  const document = parseDocument(sanitizeArticleHtml(html));
  return parseBody(document.body, options.preserveWhitespace ?? false);
}

function parseBody(root: Element, preserveWhitespace: boolean): NodeJson {
  stylesToElements(root);
  quotesToSpans(root);
  captionedPictures(root);
  const doc = ProseMirrorDomParser.fromSchema(deskSchema()).parse(root, { preserveWhitespace: preserveWhitespace ? 'full' : false });
  return docToJson(doc);
}

/** An HTML file (ours or anyone's) as an imported article; `fileName` only names it in errors. */
export function importHtmlArticle(html: string, fileName?: string): ImportedArticle {
  const document = parseDocument(sanitizeArticleHtml(html, fileName));
  const own = OWN_EXPORT.test(html);
  const speakers = own ? readSpeakers(html) : [];
  const title = document.querySelector('title');
  const titleText = title?.textContent?.trim() ?? '';
  title?.remove();
  const article = document.querySelector('article') as Element | null;
  const field = (name: string) => article?.querySelector(`[data-field="${name}"]`)?.textContent ?? '';
  const header = article?.querySelector('header') ?? null;
  const heading = (header ?? document.body).querySelector('h1');
  const headline = heading ? (heading.textContent ?? '') : titleText;
  const dateline = field('dateline');
  const byline = field('byline');
  const related = readRelated(article?.querySelector('aside.related') ?? null);
  header?.remove();
  if (!header) heading?.remove();
  article?.querySelector('aside.related')?.remove();
  const root = (document.querySelector('.article-body') ?? article ?? document.body) as Element;
  const statusValue = article?.getAttribute('data-status') ?? '';
  const imported: ImportedArticle = {
    headline: own ? headline : headline.trim().replace(/\s+/g, ' '),
    dateline,
    byline,
    status: (ARTICLE_STATUSES as readonly string[]).includes(statusValue) ? (statusValue as ArticleStatus) : 'draft',
    body: parseBody(root, own),
    related,
    speakers,
    warnings: [],
  };
  const id = article?.getAttribute('data-article-id');
  if (own && id) imported.id = id;
  if (own && article?.getAttribute('data-created')) imported.createdAt = article.getAttribute('data-created') ?? undefined;
  if (own && article?.getAttribute('data-updated')) imported.updatedAt = article.getAttribute('data-updated') ?? undefined;
  if (!imported.headline.trim()) imported.warnings.push('The page has no <h1> or <title>: the headline was left empty.');
  return imported;
}
