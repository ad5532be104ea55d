/**
 * An article as IPTC ninjs 3.1 (News in JSON; shared/standards/ninjs-schema_3.1.json):
 * headlines, located (the dateline), by (the byline), bodies (HTML with word
 * and character counts), the speakers as `people` (`rel: "quoted"` for those
 * with a direct quote, `"mentioned"` otherwise) with their organisations,
 * the related stories and the body's pictures (ninjs-pictures.ts) as
 * `associations`, and the newsroom metadata (metadata-ninjs.ts: headline
 * variants, slugline, urgency, embargo, subjects, genre, bylines as authors, corrections).
 *
 * Ids are URNs: `urn:newsdesk:article:<id>`, `urn:newsdesk:speaker:<id>`; an
 * unresolved related headline is `urn:newsdesk:headline:<slug>`.
 */
import type { Article } from '../article';
import { bodyToPlainText } from '../body-text';
import { slugify } from '../slug';
import { bodyToHtml } from './body-html';
import { articleSpeakers, type ExportContext, relatedTarget } from './export-context';
import { ninjsAuthors, ninjsMetadata } from './metadata-ninjs';
import { pictureAssociations } from './ninjs-pictures';
import { collectQuotations } from './quotations';

export const NINJS_VERSION = '3.1';
const NINJS_PROFILE = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

const PUB_STATUS = { draft: 'withheld', editing: 'withheld', ready: 'withheld', published: 'usable' } as const;

export type NinjsDocument = Record<string, unknown>;

export function articleToNinjs(article: Article, context: ExportContext): NinjsDocument {
  const html = bodyToHtml(article.body, context.speakers);
  const plain = bodyToPlainText(article.body);
  const quoted = new Set(collectQuotations(article.body).map((quotation) => quotation.speakerId));
  const speakers = articleSpeakers(article, context);
  const document: NinjsDocument = {
    uri: `urn:newsdesk:article:${article.id}`,
    standard: { name: 'ninjs', version: NINJS_VERSION, schema: NINJS_PROFILE },
    type: 'text',
    representationType: 'full',
    version: article.updatedAt,
    firstCreated: article.createdAt,
    versionCreated: article.updatedAt,
    pubStatus: PUB_STATUS[article.status],
    language: 'en',
    slugline: article.slug,
    headlines: [{ role: 'main', contentType: 'text/plain', value: article.headline }],
    bodies: [{ role: 'main', contentType: 'text/html', value: html, wordCount: article.wordCount, charCount: plain.length }],
    ...ninjsMetadata(article),
  };
  if (article.dateline) document.located = article.dateline;
  if (article.byline) document.by = article.byline;
  const people = speakers.map((speaker) => ({
    name: speaker.name,
    rel: quoted.has(speaker.id) ? 'quoted' : 'mentioned',
    uri: `urn:newsdesk:speaker:${speaker.id}`,
    ...(speaker.role ? { literal: speaker.role } : {}),
  }));
  const authors = ninjsAuthors(article);
  if (authors.length > 0 || people.length > 0) document.people = [...authors, ...people];
  if (speakers.length > 0) {
    const organisations = [...new Set(speakers.map((speaker) => speaker.organization).filter(Boolean))];
    if (organisations.length > 0) document.organisations = organisations.map((name) => ({ name, rel: 'affiliation-of-quoted' }));
  }
  const pictures = pictureAssociations(article.body);
  if (article.related.length > 0 || pictures.length > 0) {
    document.associations = article.related.map((link, index) => {
      const target = relatedTarget(link, context, 'json');
      const uri =
        link.url ?? (link.articleId ? `urn:newsdesk:article:${link.articleId}` : `urn:newsdesk:headline:${slugify(link.headline)}`);
      const association: Record<string, unknown> = {
        name: `related-${index + 1}`,
        rel: link.relation,
        uri,
        type: 'text',
        headlines: [{ role: 'main', value: link.headline }],
      };
      if (target && !link.url) association.altIds = [{ role: 'exported-file', value: target }];
      return association;
    });
    document.associations = [...(document.associations as object[]), ...pictures];
  }
  return document;
}
