/**
 * The article model: what the desk stores, sends over IPC and exports.
 *
 * Every schema here is the single source of truth for its type: main validates
 * every IPC payload and every file read from disk against it, and the types are
 * inferred from it, so the two can never drift apart.
 */
import * as v from 'valibot';

import { bodyLimitProblem } from './body-limits';
import { ArticleMetadataEntries, ArticleMetadataPatchEntries } from './metadata/article-metadata';
import { bylinesFromText } from './metadata/bylines';
import { countOpenNotes, NotesSchema } from './notes/note-thread';
import { idSchema } from './record-key';
import { isUnresolved, normalizeHeadline, RelatedLinkSchema } from './related-link';
import { SpeakerIdSchema } from './speaker';
import { TimestampSchema } from './timestamp';

export const ARTICLE_STATUSES = ['draft', 'editing', 'ready', 'published'] as const;
export const ArticleStatusSchema = v.picklist(ARTICLE_STATUSES);
export type ArticleStatus = v.InferOutput<typeof ArticleStatusSchema>;

/** Ids are opaque, URL- and file-name-safe strings made by main. */
export const ArticleIdSchema = idSchema('An article');

/** A ProseMirror/Tiptap mark as JSON: `{ type, attrs? }`. */
export const MarkJsonSchema = v.object({
  type: v.string(),
  attrs: v.optional(v.record(v.string(), v.unknown())),
});

/** A ProseMirror/Tiptap node as JSON. Recursive: content holds child nodes. */
export interface NodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NodeJson[];
  marks?: v.InferOutput<typeof MarkJsonSchema>[];
  text?: string;
}
export const NodeJsonSchema: v.GenericSchema<NodeJson> = v.object({
  type: v.string(),
  attrs: v.optional(v.record(v.string(), v.unknown())),
  content: v.optional(v.array(v.lazy(() => NodeJsonSchema))),
  marks: v.optional(v.array(MarkJsonSchema)),
  text: v.optional(v.string()),
});

/**
 * An article body is always a `doc` node, within the size and depth limits
 * (checked first, without recursion). Main also checks it against the editor's
 * own schema before storing it (main/body-policy.ts): this package stays free of Tiptap.
 */
export const BodySchema = v.pipe(
  v.unknown(),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed ? bodyLimitProblem(dataset.value) : null;
    if (problem) addIssue({ message: problem });
  }),
  NodeJsonSchema,
  v.check((node) => node.type === 'doc', 'An article body must be a "doc" node.'),
  v.check(
    (node) => speakerIdsAreValid(node),
    'A speaker tag in the body names an invalid speaker id. Untag that span and tag it again from the speakers panel.',
  ),
);

const SPEAKER_MARKS = new Set(['speakerMention', 'speakerAttribution']);

/** Every speaker mark carries a well-formed speaker id (a bad one would make every later save fail). */
function speakerIdsAreValid(node: NodeJson): boolean {
  const marksValid = (node.marks ?? []).every((mark) => !SPEAKER_MARKS.has(mark.type) || v.is(SpeakerIdSchema, mark.attrs?.speakerId));
  return marksValid && (node.content ?? []).every(speakerIdsAreValid);
}

const TargetWordsSchema = v.pipe(v.number(), v.integer('A target length is a whole number of words.'), v.minValue(1), v.maxValue(100_000));

const HeadlineSchema = v.pipe(v.string(), v.maxLength(500, 'A headline is at most 500 characters.'));
const ShortTextSchema = v.pipe(v.string(), v.maxLength(200, 'At most 200 characters.'));

/** The English dictionaries the desk spells with. */
export const SPELLING_LANGUAGES = ['en-GB', 'en-US'] as const;
export const SpellingLanguageSchema = v.picklist(SPELLING_LANGUAGES);
export type SpellingLanguage = v.InferOutput<typeof SpellingLanguageSchema>;

const ArticleObjectSchema = v.object({
  id: ArticleIdSchema,
  slug: v.string(),
  headline: HeadlineSchema,
  dateline: ShortTextSchema,
  byline: ShortTextSchema,
  status: ArticleStatusSchema,
  body: BodySchema,
  related: v.array(RelatedLinkSchema),
  /** Ids of the registry speakers the body's marks refer to; derived from the body on every save. */
  speakers: v.optional(v.array(SpeakerIdSchema), []),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The planned length in words, when the desk set one. */
  targetWords: v.optional(v.nullable(TargetWordsSchema)),
  /** The story's spelling language when it differs from the desk's ("en-US" on a British desk); null or absent: the desk's. */
  spellingLanguage: v.optional(v.nullable(SpellingLanguageSchema)),
  /** Editorial notes (threads) on the body; absent in articles that never had one. */
  notes: v.optional(NotesSchema),
  /** Set while the article is in the trash; absent otherwise. */
  deletedAt: v.optional(TimestampSchema),
  ...ArticleMetadataEntries,
});

/** A stored article; one saved before bylines were people gets them from its byline string. */
export const ArticleSchema = v.pipe(
  ArticleObjectSchema,
  v.transform((article) =>
    article.bylines === undefined && article.byline.trim() ? { ...article, bylines: bylinesFromText(article.byline) } : article,
  ),
);
export type Article = v.InferOutput<typeof ArticleSchema>;

/** What the index (desk.json) keeps of each article: enough to list, sort and link without opening it — and no more, so a 10,000-article desk opens fast. */
export const ArticleSummarySchema = v.object({
  id: ArticleIdSchema,
  headline: v.string(),
  dateline: v.string(),
  status: ArticleStatusSchema,
  speakers: v.optional(v.array(v.string()), []),
  /** Ids of the stored articles this one links to (for backlinks). */
  linksTo: v.optional(v.array(v.string()), []),
  /** Normalized headlines of its unresolved related links (so importing that story can resolve them). */
  unresolved: v.optional(v.array(v.string()), []),
  updatedAt: TimestampSchema,
  wordCount: v.number(),
  /** Notes not yet resolved; absent when there are none (rows written before notes existed have none). */
  openNotes: v.optional(v.number()),
  deletedAt: v.optional(TimestampSchema),
  /** Present only when the article has them (metadata/). */
  slugline: v.optional(v.string()),
  urgency: v.optional(v.number()),
  /** The embargo's end (ISO 8601 with offset) and zone, while the article has one. */
  embargo: v.optional(v.object({ until: v.string(), timeZone: v.string() })),
});
export type ArticleSummary = v.InferOutput<typeof ArticleSummarySchema>;

/** The editable fields of an article; every one optional in a patch. */
export const ArticleFieldsSchema = v.object({
  headline: v.optional(HeadlineSchema),
  dateline: v.optional(ShortTextSchema),
  byline: v.optional(ShortTextSchema),
  status: v.optional(ArticleStatusSchema),
  body: v.optional(BodySchema),
  related: v.optional(v.array(RelatedLinkSchema)),
  targetWords: v.optional(v.nullable(TargetWordsSchema)),
  spellingLanguage: v.optional(v.nullable(SpellingLanguageSchema)),
  ...ArticleMetadataPatchEntries,
  notes: v.optional(NotesSchema),
});
export type ArticleFields = v.InferOutput<typeof ArticleFieldsSchema>;

/** Picks the summary fields of an article (the index row). */
export function summarize(article: Article): ArticleSummary {
  const { id, headline, dateline, status, speakers, related, updatedAt, wordCount, deletedAt } = article;
  const linksTo = related.flatMap((link) => (link.articleId ? [link.articleId] : []));
  const unresolved = related.filter(isUnresolved).map((link) => normalizeHeadline(link.headline));
  const summary: ArticleSummary = { id, headline, dateline, status, speakers, linksTo, unresolved, updatedAt, wordCount };
  const openNotes = countOpenNotes(article.notes);
  if (openNotes > 0) summary.openNotes = openNotes;
  if (deletedAt) summary.deletedAt = deletedAt;
  if (article.slugline) summary.slugline = article.slugline;
  if (article.urgency) summary.urgency = article.urgency;
  if (article.embargo) summary.embargo = { until: article.embargo.until, timeZone: article.embargo.timeZone };
  return summary;
}

/** An empty document: one empty paragraph, as Tiptap makes it. */
export function emptyBody(): NodeJson {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
