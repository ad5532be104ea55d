/**
 * DeskApi: every call the renderer can make of main, in one place.
 *
 * Each channel has a request schema (validated in main before any handler
 * runs) and a response type. `createDeskHandlers` (main) and `createDeskClient`
 * (preload, e2e harness) are both derived from this list, so a channel cannot
 * exist on one side only.
 */
import * as v from 'valibot';

import {
  type Article,
  type ArticleFields,
  ArticleFieldsSchema,
  ArticleIdSchema,
  type ArticleStatus,
  ArticleStatusSchema,
  type ArticleSummary,
  type SpellingLanguage,
  SpellingLanguageSchema,
} from '../article';
import { type BatchExportReport, BatchExportRequestSchema } from '../export/batch-export-contract';
import { importTooLargeMessage, MAX_IMPORT_CHARACTERS } from '../import/import-limits';
import { isMediaReference, MAX_PICTURE_BASE64_LENGTH, MAX_PICTURE_BYTES, pictureTooLargeMessage } from '../media/picture-file';
import { MAX_URL_LENGTH } from '../related-link';
import { RevisionIdSchema, type RevisionSummary } from '../revision';
import type { RevisionDiff } from '../revision-diff';
import { type DeskSettings, DeskSettingsPatchSchema } from '../settings';
import { type Speaker, SpeakerFieldsSchema, SpeakerIdSchema } from '../speaker';
import { type ArticlePage, ArticlePageRequestSchema, ArticleRowsRequestSchema } from './article-page';

/** An imported file's contents, sent by the renderer (never a path for main to read), at most MAX_IMPORT_CHARACTERS. */
const ImportTextSchema = v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARACTERS, importTooLargeMessage()));

export const deskRequestSchemas = {
  'articles:list': v.object({
    query: v.optional(v.pipe(v.string(), v.maxLength(500))),
    status: v.optional(v.union([ArticleStatusSchema, v.literal('all')])),
    /** List the trash instead of the desk. */
    trash: v.optional(v.boolean()),
  }),
  /** The list as the window pages through it (article-page.ts). */
  'articles:page': ArticlePageRequestSchema,
  'articles:rows': ArticleRowsRequestSchema,
  'articles:get': v.object({ id: ArticleIdSchema }),
  'articles:create': ArticleFieldsSchema,
  'articles:update': v.object({ id: ArticleIdSchema, fields: ArticleFieldsSchema }),
  'articles:delete': v.object({ id: ArticleIdSchema }),
  'articles:restore': v.object({ id: ArticleIdSchema }),
  'articles:import-briefing': v.object({
    text: ImportTextSchema,
    fileName: v.optional(v.pipe(v.string(), v.maxLength(255))),
    /** Import into this (empty) article instead of creating a new one. */
    intoId: v.optional(ArticleIdSchema),
  }),
  /** A Markdown (.md) or HTML (.html) file's contents: sanitized, parsed, stored as a new article. */
  'articles:import-document': v.object({
    text: ImportTextSchema,
    fileName: v.pipe(
      v.string(),
      v.minLength(1),
      v.maxLength(255),
      v.regex(/\.(md|markdown|html?|json|xml)$/i, 'Only .md, .html, ninjs .json and NITF .xml files import as documents.'),
    ),
    /** Pictures that came with the document, already stored (`media:add`), by their file name: they stand in for the files it names. */
    pictures: v.optional(
      v.pipe(
        v.array(
          v.object({
            name: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
            src: v.pipe(
              v.string(),
              v.check((src: string) => isMediaReference(src), 'Only pictures kept in the desk can come with a document.'),
            ),
          }),
        ),
        v.maxLength(200, 'At most 200 pictures can come with one document.'),
      ),
    ),
  }),
  /** Stops the import being parsed now (it fails as 'cancelled' and stores nothing). */
  'articles:cancel-import': v.object({}),
  'speakers:list': v.object({}),
  'speakers:create': v.object({
    name: v.pipe(v.string(), v.trim(), v.minLength(1, 'A speaker needs a name.'), v.maxLength(200)),
    aliases: v.optional(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)))),
    role: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
    organization: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
  }),
  'speakers:update': v.object({ id: SpeakerIdSchema, fields: SpeakerFieldsSchema }),
  'speakers:merge': v.object({ fromId: SpeakerIdSchema, intoId: SpeakerIdSchema }),
  'related:search': v.object({ query: v.pipe(v.string(), v.maxLength(500)), excludeId: v.optional(ArticleIdSchema) }),
  'related:linked-from': v.object({ id: ArticleIdSchema }),
  'revisions:list': v.object({ articleId: ArticleIdSchema }),
  'revisions:save': v.object({ articleId: ArticleIdSchema, label: v.optional(v.pipe(v.string(), v.maxLength(200))) }),
  'revisions:diff': v.object({
    articleId: ArticleIdSchema,
    fromId: v.union([RevisionIdSchema, v.literal('current')]),
    toId: v.union([RevisionIdSchema, v.literal('current')]),
  }),
  'revisions:restore': v.object({ articleId: ArticleIdSchema, revisionId: RevisionIdSchema }),
  'spelling:check': v.object({
    words: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(20_000, 'Check at most 20,000 words at a time.')),
    /** The story's own language; absent: the desk's. */
    language: v.optional(SpellingLanguageSchema),
  }),
  'spelling:suggest': v.object({
    word: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    language: v.optional(SpellingLanguageSchema),
  }),
  /** The desk's spelling language (every story that does not choose its own). */
  'spelling:settings': v.object({}),
  'spelling:set-desk-language': v.object({ language: SpellingLanguageSchema }),
  'spelling:add': v.object({
    word: v.pipe(v.string(), v.trim(), v.regex(/^[\p{L}\p{M}'’-]{1,100}$/u, 'Only a single word can go in the desk dictionary.')),
  }),
  'desk:info': v.object({}),
  /** Who is editing, the language of new stories and the desk's time zone (shared/settings.ts). */
  'settings:get': v.object({}),
  /** Changes some settings; answers all of them as stored. */
  'settings:update': DeskSettingsPatchSchema,
  /** Asks for a folder (native dialog in main), then exports there; progress arrives as `export:progress` events. */
  'export:batch': BatchExportRequestSchema,
  /** Stops the running batch export after the file being written. */
  'export:cancel': v.object({}),
  /** Shows the folder the last export from the window wrote to. */
  'export:show-folder': v.object({}),
  /** Opens a related story's web page in the person's browser (the window asks first). */
  'links:open': v.object({
    url: v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH), v.regex(/^https?:\/\//i, 'Only http and https pages open in the browser.')),
  }),
  /** Deletes every story in the trash for good. */
  'articles:empty-trash': v.object({}),
  /** Edits of an article that no save could store (the disk refused them), kept in the recovery journal. */
  'recovery:get': v.object({ articleId: ArticleIdSchema }),
  'recovery:discard': v.object({ articleId: ArticleIdSchema }),
  /** A picture's bytes, base64, from a drop, a paste or the file dialog (never a path): checked, stored once by content hash. */
  'media:add': v.object({
    data: v.pipe(
      v.string(),
      v.minLength(1, 'The picture is empty.'),
      v.maxLength(MAX_PICTURE_BASE64_LENGTH, pictureTooLargeMessage(MAX_PICTURE_BYTES + 1)),
    ),
    fileName: v.optional(v.pipe(v.string(), v.maxLength(255))),
  }),
  /** A stored picture's bytes, for the window to show. */
  'media:read': v.object({
    src: v.pipe(
      v.string(),
      v.maxLength(100),
      v.check((src: string) => isMediaReference(src), 'Only pictures kept in the desk (media/<sha256>.<ext>) can be read.'),
    ),
  }),
} as const;

export type DeskChannel = keyof typeof deskRequestSchemas;
export const DESK_CHANNELS = Object.keys(deskRequestSchemas) as DeskChannel[];

export type DeskRequest<C extends DeskChannel> = v.InferInput<(typeof deskRequestSchemas)[C]>;

export interface DeskInfo {
  dataDir: string;
  version: string;
  /** Messages about files moved to corrupt/ when the store opened. */
  storeWarnings: string[];
}

export interface ImportResult {
  article: Article;
  warnings: string[];
  /** What of agency copy the import recognised and filed (dateline, agency, byline, credit line), as sentences. */
  recognised?: string[];
}

/** A picture just stored: its reference and what the file says about itself (each '' when it says nothing). */
export interface PictureAdded {
  src: string;
  bytes: number;
  /** Pixels, when the picture's header says. */
  width: number | null;
  height: number | null;
  caption: string;
  credit: string;
  rights: string;
  alt: string;
}

/** A stored picture as it crosses to the window: base64 bytes and their MIME type. */
export interface StoredPicture {
  src: string;
  mimeType: string;
  data: string;
}

/** Edits kept because the disk refused a save: what they were and when. */
export interface RecoveredEdit {
  articleId: string;
  keptAt: string;
  fields: ArticleFields;
}

export interface DeskResponses {
  'articles:list': ArticleSummary[];
  'articles:page': ArticlePage;
  'articles:rows': ArticleSummary[];
  'articles:get': Article;
  'articles:create': Article;
  'articles:update': Article;
  'articles:delete': ArticleSummary;
  'articles:restore': Article;
  'articles:import-briefing': ImportResult;
  'articles:import-document': ImportResult;
  /** False when no import was being parsed. */
  'articles:cancel-import': boolean;
  'speakers:list': Speaker[];
  'speakers:create': Speaker;
  'speakers:update': Speaker;
  'speakers:merge': { speaker: Speaker; articlesChanged: number };
  'related:search': HeadlineMatch[];
  'related:linked-from': { id: string; headline: string }[];
  'revisions:list': RevisionSummary[];
  'revisions:save': RevisionSummary;
  'revisions:diff': RevisionDiff;
  'revisions:restore': Article;
  'spelling:check': string[];
  'spelling:suggest': string[];
  'spelling:add': null;
  'spelling:settings': { deskLanguage: SpellingLanguage };
  'spelling:set-desk-language': { deskLanguage: SpellingLanguage };
  'desk:info': DeskInfo;
  'settings:get': DeskSettings;
  'settings:update': DeskSettings;
  'export:batch': BatchExportReport;
  /** False when no export was running. */
  'export:cancel': boolean;
  'export:show-folder': null;
  'articles:empty-trash': { removed: number };
  'links:open': null;
  'recovery:get': RecoveredEdit | null;
  'recovery:discard': null;
  'media:add': PictureAdded;
  'media:read': StoredPicture;
}

/** A stored article offered by the related-story picker. */
export interface HeadlineMatch {
  id: string;
  headline: string;
  dateline: string;
  status: ArticleStatus;
}

export type DeskResponse<C extends DeskChannel> = DeskResponses[C];

/** What crosses the wire back: a value, or an error a person can read. */
export type DeskResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** The method names of `window.desk`, one per channel: "articles:import-briefing" → "importBriefing". */
export const deskMethodNames = {
  'articles:list': 'listArticles',
  'articles:page': 'listPage',
  'articles:rows': 'listRows',
  'articles:get': 'getArticle',
  'articles:create': 'createArticle',
  'articles:update': 'updateArticle',
  'articles:delete': 'deleteArticle',
  'articles:restore': 'restoreArticle',
  'articles:import-briefing': 'importBriefing',
  'articles:import-document': 'importDocument',
  'articles:cancel-import': 'cancelImport',
  'speakers:list': 'listSpeakers',
  'speakers:create': 'createSpeaker',
  'speakers:update': 'updateSpeaker',
  'speakers:merge': 'mergeSpeakers',
  'related:search': 'searchHeadlines',
  'related:linked-from': 'linkedFrom',
  'revisions:list': 'listRevisions',
  'revisions:save': 'saveVersion',
  'revisions:diff': 'diffRevisions',
  'revisions:restore': 'restoreRevision',
  'spelling:check': 'checkSpelling',
  'spelling:suggest': 'suggestSpelling',
  'spelling:add': 'addToDictionary',
  'spelling:settings': 'getSpellingSettings',
  'spelling:set-desk-language': 'setDeskSpellingLanguage',
  'desk:info': 'info',
  'settings:get': 'getSettings',
  'settings:update': 'updateSettings',
  'export:batch': 'exportBatch',
  'export:cancel': 'cancelExport',
  'export:show-folder': 'showExportFolder',
  'articles:empty-trash': 'emptyTrash',
  'links:open': 'openWebPage',
  'recovery:get': 'getRecoveredEdit',
  'recovery:discard': 'discardRecoveredEdit',
  'media:add': 'addPicture',
  'media:read': 'readPicture',
} as const satisfies Record<DeskChannel, string>;

type MethodOf<C extends DeskChannel> = (typeof deskMethodNames)[C];

/** The typed `window.desk` object. */
export type DeskApi = {
  [C in DeskChannel as MethodOf<C>]: (request: DeskRequest<C>) => Promise<DeskResponse<C>>;
};
