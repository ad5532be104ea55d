/**
 * The metadata's Markdown front-matter keys, written and read back so that an
 * export imports as the same article:
 *
 *   slugline, keywords (list), subjects (list of medtop: codes), urgency,
 *   language, genre, embargo (ISO 8601 with offset) and embargoZone (its IANA
 *   zone), ednote, headlines (map of web/print/social/seo to text),
 *   corrections (list of date, kind, text), bylines (list of name, role)
 *
 * Reading is forgiving, one field at a time: a value the model refuses is
 * left out with a warning that names it, and the rest of the file imports.
 */
import * as v from 'valibot';

import type { Article } from '../article';
import { describeIssues } from '../validation-issues';
import { type ArticleMetadataFields, ArticleMetadataPatchEntries, type Correction, type HeadlineVariants } from './article-metadata';
import type { Byline } from './bylines';
import { zoneForOffset } from './embargo';
import { HEADLINE_ROLES } from './headline-variants';

/** The front-matter keys this module owns, as written. */
export interface MetadataFrontMatter {
  slugline?: string;
  keywords?: string[];
  subjects?: string[];
  urgency?: number;
  language?: string;
  genre?: string;
  embargo?: string;
  embargoZone?: string;
  ednote?: string;
  headlines?: Partial<Record<(typeof HEADLINE_ROLES)[number], string>>;
  corrections?: { date: string; kind: string; text: string }[];
  bylines?: { name: string; role?: string }[];
}

/** The keys for `article`, only those it has. */
export function metadataToFrontMatter(article: Article): MetadataFrontMatter {
  const front: MetadataFrontMatter = {};
  if (article.slugline) front.slugline = article.slugline;
  if (article.keywords?.length) front.keywords = [...article.keywords];
  if (article.subjects?.length) front.subjects = [...article.subjects];
  if (article.urgency) front.urgency = article.urgency;
  if (article.language) front.language = article.language;
  if (article.genre) front.genre = article.genre;
  if (article.embargo) {
    front.embargo = article.embargo.until;
    front.embargoZone = article.embargo.timeZone;
  }
  if (article.ednote) front.ednote = article.ednote;
  const headlines = Object.fromEntries(
    HEADLINE_ROLES.flatMap((role) => (article.headlines?.[role] ? [[role, article.headlines[role]]] : [])),
  );
  if (Object.keys(headlines).length > 0) front.headlines = headlines;
  if (article.corrections?.length) front.corrections = article.corrections.map(({ date, kind, text }) => ({ date, kind, text }));
  if (article.bylines?.length) front.bylines = article.bylines.map(({ name, role }) => (role ? { name, role } : { name }));
  return front;
}

function asString(value: unknown): unknown {
  return typeof value === 'number' || value instanceof Date ? (value instanceof Date ? value.toISOString() : String(value)) : value;
}

/** A correction's date as the desk stores it (UTC with milliseconds), from any ISO 8601 date or date-time. */
function correctionDate(value: unknown): unknown {
  const text = asString(value);
  if (typeof text !== 'string') return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

/** The metadata fields a file's front matter gives; `warnings` hears about each value left out. */
export function metadataFromFrontMatter(front: Record<string, unknown>, warnings: string[]): ArticleMetadataFields {
  const raw: Record<string, unknown> = {};
  if (front.slugline !== undefined) raw.slugline = asString(front.slugline);
  if (front.keywords !== undefined)
    raw.keywords = Array.isArray(front.keywords) ? front.keywords.map(asString) : [asString(front.keywords)];
  if (front.subjects !== undefined)
    raw.subjects = Array.isArray(front.subjects) ? front.subjects.map(asString) : [asString(front.subjects)];
  if (front.urgency !== undefined) raw.urgency = typeof front.urgency === 'string' ? Number(front.urgency) : front.urgency;
  if (front.language !== undefined) raw.language = asString(front.language);
  if (front.genre !== undefined) raw.genre = typeof front.genre === 'string' ? front.genre.trim().toLowerCase() : front.genre;
  if (front.embargo !== undefined && front.embargo !== null) {
    const until = asString(front.embargo);
    const zone = asString(front.embargoZone);
    raw.embargo = { until, timeZone: typeof zone === 'string' && zone ? zone : typeof until === 'string' ? zoneForOffset(until) : 'UTC' };
  }
  if (front.ednote !== undefined) raw.ednote = asString(front.ednote);
  if (front.headlines !== undefined) {
    const map = typeof front.headlines === 'object' && front.headlines !== null ? (front.headlines as Record<string, unknown>) : {};
    const unknown = Object.keys(map).filter((role) => !(HEADLINE_ROLES as readonly string[]).includes(role));
    if (unknown.length > 0)
      warnings.push(`Front matter: headlines for ${unknown.join(', ')} were left out (the desk keeps ${HEADLINE_ROLES.join(', ')}).`);
    raw.headlines = Object.fromEntries(
      HEADLINE_ROLES.flatMap((role) => (map[role] !== undefined ? [[role, asString(map[role])]] : [])),
    ) as HeadlineVariants;
  }
  if (front.corrections !== undefined) {
    raw.corrections = (Array.isArray(front.corrections) ? front.corrections : []).map((entry: unknown) => {
      const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
      return { date: correctionDate(item.date), kind: asString(item.kind), text: asString(item.text) } as Correction;
    });
  }
  if (front.bylines !== undefined) {
    raw.bylines = (Array.isArray(front.bylines) ? front.bylines : []).map((entry: unknown) => {
      const item = (typeof entry === 'object' && entry !== null ? entry : { name: entry }) as Record<string, unknown>;
      return { name: asString(item.name), role: asString(item.role ?? '') } as Byline;
    });
  }

  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const schema = ArticleMetadataPatchEntries[key as keyof typeof ArticleMetadataPatchEntries];
    const result = v.safeParse(schema, value);
    if (result.success) fields[key] = result.output;
    else warnings.push(`Front matter: "${key}" was left out (${describeIssues(result.issues)}).`);
  }
  return fields as ArticleMetadataFields;
}
