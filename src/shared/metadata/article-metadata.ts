/**
 * The newsroom metadata an article carries besides its text: slugline,
 * keywords, IPTC Media Topic subjects, urgency, language, genre, the editor's
 * note, an embargo, corrections, headline variants and bylines as people.
 *
 * Every field is optional on a stored article, so articles saved before these
 * existed still load; `ArticleMetadataEntries` is spread into the article
 * schema and `ArticleMetadataPatchEntries` into the editable-fields schema
 * (null or '' clears a field in a patch).
 */
import * as v from 'valibot';

import { LanguageTagSchema } from '../settings';
import { TimestampSchema } from '../timestamp';
import { BylineSchema } from './bylines';
import { EmbargoSchema } from './embargo';
import { HEADLINE_ROLES } from './headline-variants';

/** A slugline: one short word-like tag the desk routes the story by ("HARBOUR-STRIKE"). */
export const MAX_SLUGLINE_LENGTH = 40;
export const SluglineSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(MAX_SLUGLINE_LENGTH, `A slugline is at most ${MAX_SLUGLINE_LENGTH} characters.`),
  v.regex(/^(?:[\p{L}\p{N}][\p{L}\p{N}_-]*)?$/u, 'A slugline is letters, digits and hyphens, without spaces (HARBOUR-STRIKE).'),
);

export const MAX_KEYWORDS = 50;
export const KeywordsSchema = v.pipe(
  v.array(
    v.pipe(v.string(), v.trim(), v.minLength(1, 'A keyword cannot be empty.'), v.maxLength(100, 'A keyword is at most 100 characters.')),
  ),
  v.maxLength(MAX_KEYWORDS, `At most ${MAX_KEYWORDS} keywords.`),
);

/** A Media Topic code: "medtop:" and eight digits. */
export const SUBJECT_CODE = /^medtop:\d{8}$/;

export const MAX_SUBJECTS = 30;
export const SubjectsSchema = v.pipe(
  v.array(v.pipe(v.string(), v.regex(SUBJECT_CODE, 'A subject is an IPTC Media Topic code such as medtop:20000523.'))),
  v.maxLength(MAX_SUBJECTS, `At most ${MAX_SUBJECTS} subjects.`),
);

/** ninjs urgency: 1 is the most urgent, 9 the least. */
export const UrgencySchema = v.pipe(
  v.number(),
  v.integer('Urgency is a whole number.'),
  v.minValue(1, 'Urgency runs from 1 (most urgent) to 9.'),
  v.maxValue(9, 'Urgency runs from 1 (most urgent) to 9.'),
);

/** The genres the desk offers (ninjs `genres`; labels in GENRE_LABELS). */
export const GENRES = [
  'news',
  'analysis',
  'opinion',
  'editorial',
  'feature',
  'interview',
  'profile',
  'review',
  'explainer',
  'obituary',
  'live',
] as const;
export const GenreSchema = v.picklist(GENRES, `A genre is one of ${GENRES.join(', ')}.`);
export type Genre = v.InferOutput<typeof GenreSchema>;
export const GENRE_LABELS: Record<Genre, string> = {
  news: 'News',
  analysis: 'Analysis',
  opinion: 'Opinion',
  editorial: 'Editorial',
  feature: 'Feature',
  interview: 'Interview',
  profile: 'Profile',
  review: 'Review',
  explainer: 'Explainer',
  obituary: 'Obituary',
  live: 'Live coverage',
};

/** The note to the desk: travels with the story (ninjs edNote, Markdown front matter), never printed on a page. */
export const EdNoteSchema = v.pipe(v.string(), v.maxLength(2000, "An editor's note is at most 2,000 characters."));

export const CORRECTION_KINDS = ['correction', 'clarification'] as const;
export const CorrectionKindSchema = v.picklist(CORRECTION_KINDS, 'A correction is a "correction" or a "clarification".');
export type CorrectionKind = v.InferOutput<typeof CorrectionKindSchema>;

/** A dated note on a published story saying what was wrong or unclear. */
export const CorrectionSchema = v.object({
  date: TimestampSchema,
  kind: CorrectionKindSchema,
  text: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'A correction needs its text.'),
    v.maxLength(2000, 'A correction is at most 2,000 characters.'),
  ),
});
export type Correction = v.InferOutput<typeof CorrectionSchema>;
export const CorrectionsSchema = v.pipe(v.array(CorrectionSchema), v.maxLength(100, 'At most 100 corrections.'));

const HeadlineVariantSchema = v.pipe(v.string(), v.maxLength(500, 'A headline is at most 500 characters.'));
/** Headline variants by role; a role left out uses the main headline. */
export const HeadlineVariantsSchema = v.object(
  Object.fromEntries(HEADLINE_ROLES.map((role) => [role, v.optional(HeadlineVariantSchema)])) as Record<
    (typeof HEADLINE_ROLES)[number],
    v.OptionalSchema<typeof HeadlineVariantSchema, undefined>
  >,
);
export type HeadlineVariants = v.InferOutput<typeof HeadlineVariantsSchema>;

export const BylinesSchema = v.pipe(v.array(BylineSchema), v.maxLength(20, 'At most 20 bylines.'));

/** The metadata entries of a stored article. */
export const ArticleMetadataEntries = {
  slugline: v.optional(SluglineSchema),
  keywords: v.optional(KeywordsSchema),
  subjects: v.optional(SubjectsSchema),
  urgency: v.optional(v.nullable(UrgencySchema)),
  language: v.optional(v.nullable(LanguageTagSchema)),
  genre: v.optional(v.nullable(GenreSchema)),
  ednote: v.optional(EdNoteSchema),
  embargo: v.optional(v.nullable(EmbargoSchema)),
  corrections: v.optional(CorrectionsSchema),
  headlines: v.optional(HeadlineVariantsSchema),
  /** The people the story is by; `byline` is their one-line form. Migrated from `byline` when absent. */
  bylines: v.optional(BylinesSchema),
  /** When the story was first set to published (corrections are for published stories). */
  firstPublishedAt: v.optional(TimestampSchema),
};

/** The same entries as an editable patch (firstPublishedAt is the desk's to set). */
export const ArticleMetadataPatchEntries = {
  slugline: ArticleMetadataEntries.slugline,
  keywords: ArticleMetadataEntries.keywords,
  subjects: ArticleMetadataEntries.subjects,
  urgency: ArticleMetadataEntries.urgency,
  language: ArticleMetadataEntries.language,
  genre: ArticleMetadataEntries.genre,
  ednote: ArticleMetadataEntries.ednote,
  embargo: ArticleMetadataEntries.embargo,
  corrections: ArticleMetadataEntries.corrections,
  headlines: ArticleMetadataEntries.headlines,
  bylines: ArticleMetadataEntries.bylines,
};

/** The metadata part of an article patch (what an importer fills from a file). */
export const ArticleMetadataFieldsSchema = v.object(ArticleMetadataPatchEntries);
export type ArticleMetadataFields = v.InferOutput<typeof ArticleMetadataFieldsSchema>;
