/**
 * NITF XML → article: the News Industry Text Format agencies still deliver.
 * `hedline/hl1` is the headline, `byline` the byline (its `byttl` title after
 * a comma), `dateline` the dateline, and `body.content` the story (its
 * paragraphs, `hl2` subheads, lists and block quotes, sanitized like any
 * imported HTML). The markup is read with the same sanitizing HTML parser as
 * HTML imports: NITF's element names need no XML namespaces or entities.
 */
import { DeskError } from '../../shared/errors';
import type { ImportedArticle } from '../../shared/import/imported-article';
import { htmlToBody, parseForeignMarkup } from './html-import';

/** The first element named `name` ("body.content" has a dot, which CSS selectors would need escaped). */
function firstNamed(root: Element, name: string): Element | undefined {
  return Array.from(root.getElementsByTagName('*')).find((element) => element.localName === name);
}

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function importNitfArticle(xml: string, fileName?: string): ImportedArticle {
  const name = fileName ? `"${fileName}"` : 'This file';
  if (!/<nitf[\s>]/i.test(xml.slice(0, 5_000)))
    throw new DeskError('not-a-briefing', `${name} is XML but not NITF: it has no <nitf> element near its start.`);
  const root = parseForeignMarkup(xml);
  const headline = text(firstNamed(root, 'hl1')) || text(firstNamed(root, 'title'));
  const bylineElement = firstNamed(root, 'byline');
  const titleElement = bylineElement && firstNamed(bylineElement, 'byttl');
  const title = text(titleElement);
  titleElement?.remove();
  const byline = [text(bylineElement), title].filter(Boolean).join(', ');
  const dateline = text(firstNamed(root, 'dateline'));
  const content = firstNamed(root, 'body.content');
  if (!headline && !content) throw new DeskError('not-a-briefing', `${name} has no headline (hl1) and no story (body.content).`);
  // NITF's subheads are hl2; the editor's are h2.
  const html = (content?.innerHTML ?? '').replace(/<(\/?)hl2\b/gi, '<$1h2');
  return { headline, dateline, byline, status: 'draft', body: htmlToBody(html), related: [], speakers: [], warnings: [] };
}
