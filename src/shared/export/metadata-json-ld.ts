/**
 * The newsroom metadata in the schema.org `NewsArticle`: the web headline as
 * `headline` (the other variants as `alternativeHeadline`), bylines as
 * `author` Persons with their role as `jobTitle`, `keywords`, Media Topics as
 * `about` (DefinedTerm), `genre`, `inLanguage`, and each correction or
 * clarification as a `CorrectionComment` in `correction`.
 */
import type { Article } from '../article';
import { GENRE_LABELS } from '../metadata/article-metadata';
import { HEADLINE_ROLES, headlineFor } from '../metadata/headline-variants';
import { topicLabel } from '../metadata/media-topics';

type JsonObject = Record<string, unknown>;

/** The properties to set on the NewsArticle (they replace `headline` and `author`). */
export function metadataJsonLd(article: Article): JsonObject {
  const data: JsonObject = {};
  const headline = headlineFor('web', article);
  data.headline = headline;
  const alternatives = [...new Set([article.headline, ...HEADLINE_ROLES.map((role) => article.headlines?.[role]?.trim() ?? '')])].filter(
    (text) => text && text !== headline,
  );
  if (alternatives.length > 0) data.alternativeHeadline = alternatives;
  if (article.bylines?.length) {
    data.author = article.bylines.map(({ name, role }) => ({ '@type': 'Person', name, ...(role ? { jobTitle: role } : {}) }));
  }
  if (article.keywords?.length) data.keywords = article.keywords;
  if (article.subjects?.length) {
    data.about = article.subjects.map((code) => ({
      '@type': 'DefinedTerm',
      termCode: code,
      name: topicLabel(code),
      inDefinedTermSet: 'http://cv.iptc.org/newscodes/mediatopic/',
    }));
  }
  if (article.genre) data.genre = GENRE_LABELS[article.genre];
  if (article.language) data.inLanguage = article.language;
  if (article.corrections?.length) {
    data.correction = article.corrections.map(({ date, kind, text }) => ({
      '@type': 'CorrectionComment',
      name: kind === 'clarification' ? 'Clarification' : 'Correction',
      text,
      datePublished: date,
    }));
  }
  return data;
}
