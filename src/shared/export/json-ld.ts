/**
 * schema.org metadata for an exported article: a `NewsArticle` with the
 * speakers as `mentions` (each a `Person` with `jobTitle` and `worksFor`), the
 * related stories as `relatedLink`, and every direct quotation as a
 * `Quotation` (in `hasPart`) whose `creator` is the speaking Person; and the
 * newsroom metadata (metadata-json-ld.ts).
 */
import type { Article } from '../article';
import type { Speaker } from '../speaker';
import { articleSpeakers, type ExportContext, relatedTarget } from './export-context';
import { metadataJsonLd } from './metadata-json-ld';
import { collectQuotations } from './quotations';

type JsonObject = Record<string, unknown>;

/** A stable, document-local id for a speaker's Person node. */
export function personId(speakerId: string): string {
  return `#speaker-${speakerId}`;
}

function person(speaker: Speaker): JsonObject {
  const node: JsonObject = { '@type': 'Person', '@id': personId(speaker.id), name: speaker.name };
  if (speaker.aliases.length > 0) node.alternateName = speaker.aliases;
  if (speaker.role) node.jobTitle = speaker.role;
  if (speaker.organization) node.worksFor = { '@type': 'Organization', name: speaker.organization };
  return node;
}

/** "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]. */
export function bylineAuthors(byline: string): string[] {
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** The JSON-LD object for `article` (serialize it with `jsonForScript`). */
export function articleJsonLd(article: Article, context: ExportContext, extension = 'html'): JsonObject {
  const speakers = articleSpeakers(article, context);
  const data: JsonObject = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    identifier: article.id,
    headline: article.headline,
    dateCreated: article.createdAt,
    // A story is published only once its status says so; the desk keeps no separate publication time,
    // so a published story was published as last saved. A draft has no datePublished at all.
    ...(article.status === 'published' ? { datePublished: article.updatedAt } : {}),
    dateModified: article.updatedAt,
    wordCount: article.wordCount,
    creativeWorkStatus: article.status,
  };
  if (article.dateline) data.dateline = article.dateline;
  const authors = bylineAuthors(article.byline);
  if (authors.length > 0) data.author = authors.map((name) => ({ '@type': 'Person', name }));
  if (speakers.length > 0) data.mentions = speakers.map(person);
  const links = article.related
    .map((link) => relatedTarget(link, context, extension))
    .filter((target): target is string => target !== null);
  if (links.length > 0) data.relatedLink = links;
  const quotations = collectQuotations(article.body);
  if (quotations.length > 0) {
    data.hasPart = quotations.map(({ speakerId, text }) => {
      const speaker = context.speakers.get(speakerId);
      return { '@type': 'Quotation', text, creator: speaker ? person(speaker) : { '@type': 'Person', '@id': personId(speakerId) } };
    });
  }
  return { ...data, ...metadataJsonLd(article) };
}
