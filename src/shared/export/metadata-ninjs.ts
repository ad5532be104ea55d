/**
 * The newsroom metadata in ninjs 3.1: headline variants as `headlines` with
 * their roles, `slugline`, `language`, `urgency`, `embargoedUntil`, `edNote`
 * (for the receiving desk, never printed), Media Topics and keywords as
 * `subjects`, the genre as `genres`, bylines as `people` with `rel: "author"`
 * (the role as `literal`), and corrections as `descriptions` with the role
 * "correction" or "clarification".
 */
import type { Article } from '../article';
import { GENRE_LABELS } from '../metadata/article-metadata';
import { HEADLINE_ROLES } from '../metadata/headline-variants';
import { topicLabel } from '../metadata/media-topics';

type NinjsFields = Record<string, unknown>;

const MEDIA_TOPIC_URI = 'http://cv.iptc.org/newscodes/mediatopic/';

/** "Correction (2026-11-27): …" */
export function correctionLine(correction: { date: string; kind: string; text: string }): string {
  const kind = correction.kind === 'clarification' ? 'Clarification' : 'Correction';
  return `${kind} (${correction.date.slice(0, 10)}): ${correction.text}`;
}

/** Bylines as ninjs people. */
export function ninjsAuthors(article: Article): NinjsFields[] {
  return (article.bylines ?? []).map(({ name, role }) => ({ name, rel: 'author', ...(role ? { literal: role } : {}) }));
}

/** The ninjs fields the metadata sets; `headlines` and `slugline` replace the plain ones. */
export function ninjsMetadata(article: Article): NinjsFields {
  const fields: NinjsFields = {
    headlines: [
      { role: 'main', contentType: 'text/plain', value: article.headline },
      ...HEADLINE_ROLES.flatMap((role) => {
        const value = article.headlines?.[role]?.trim();
        return value ? [{ role, contentType: 'text/plain', value }] : [];
      }),
    ],
    slugline: article.slugline || article.slug,
  };
  if (article.language) fields.language = article.language;
  if (article.urgency) fields.urgency = article.urgency;
  if (article.embargo) fields.embargoedUntil = article.embargo.until;
  if (article.ednote?.trim()) fields.edNote = article.ednote;
  const subjects = [
    ...(article.subjects ?? []).map((code) => ({
      name: topicLabel(code),
      rel: 'about',
      uri: `${MEDIA_TOPIC_URI}${code.slice('medtop:'.length)}`,
      literal: code,
    })),
    ...(article.keywords ?? []).map((keyword) => ({ name: keyword, rel: 'keyword' })),
  ];
  if (subjects.length > 0) fields.subjects = subjects;
  if (article.genre) fields.genres = [{ name: GENRE_LABELS[article.genre], literal: article.genre }];
  if (article.corrections?.length) {
    fields.descriptions = article.corrections.map((correction) => ({
      role: correction.kind,
      contentType: 'text/plain',
      value: correctionLine(correction),
    }));
  }
  return fields;
}
