/**
 * Importing Markdown and HTML files (ours or anyone's) as articles. Like
 * briefings, the renderer sends the file's text, never a path; the CLI reads
 * files and calls the same functions. Parsing runs in the import worker (see
 * import/import-parser.ts).
 *
 * The file's speakers join the registry: a speaker whose name (or alias) and
 * organization match a registry speaker reuses it, otherwise one is drafted,
 * and the body's marks are re-pointed at the registry ids. A related link to an
 * article this desk does not hold becomes an unresolved headline. Planning
 * writes nothing: the article and its new speakers are written together
 * (ArticleService.createBatch), so bad input or a crash leaves no stray speaker.
 * The document's pictures are brought in first (media/imported-pictures.ts): from
 * those the window sent along with it, never from beside a file main cannot see.
 */
import * as v from 'valibot';

import { type ArticleFields, ArticleFieldsSchema, type NodeJson } from '../../shared/article';
import { DeskError } from '../../shared/errors';
import type { ImportedArticle, ImportedSpeaker } from '../../shared/import/imported-article';
import { liftWireFields } from '../../shared/import/lift-wire-fields';
import type { ImportResult } from '../../shared/ipc/api';
import { normalizeName, type Speaker, speakerAnswersTo } from '../../shared/speaker';
import { SPEAKER_MARK_TYPES } from '../../shared/speaker-spans';
import { describeIssues } from '../../shared/validation-issues';
import type { ImportParser } from '../import/import-parser';
import { type DocumentFormat, documentFormatOf, parseImportFile } from '../import/parse-import';
import { bringInPictures, hasPictures } from '../media/imported-pictures';
import { type ProvidedPicture, providedPictureSource } from '../media/provided-picture-source';
import type { ArticleStore } from '../store/article-store';
import type { ArticleService } from './articles';
import { duplicateWarning } from './duplicate-check';
import type { MediaService } from './media';
import type { SpeakerService } from './speakers';

export { documentFormatOf };
export type { DocumentFormat };

export interface DocumentImportRequest {
  text: string;
  fileName?: string;
  /** Defaults to the file name's extension (.md/.markdown, .html/.htm, .json for ninjs, .xml for NITF). */
  format?: DocumentFormat;
  /** Pictures that came with the document, already stored, by file name (provided-picture-source.ts). */
  pictures?: ProvidedPicture[];
}

/** An imported document ready to write: its fields, the registry speakers it adds, and notes for the person. */
export interface DocumentPlan {
  fields: ArticleFields;
  newSpeakers: Speaker[];
  warnings: string[];
  /** What of agency copy was recognised and moved into fields. */
  recognised: string[];
}

function formatOf({ fileName, format }: DocumentImportRequest): DocumentFormat {
  const chosen = format ?? (fileName ? documentFormatOf(fileName) : null);
  if (chosen === null)
    throw new DeskError(
      'invalid-request',
      `Cannot tell the format of "${fileName ?? 'this file'}". Name it .md, .html, .json (ninjs) or .xml (NITF).`,
    );
  return chosen;
}

/** Parses a Markdown or HTML document in this thread, storing nothing (tests and tools; the services use the worker). */
export function parseDocument(request: DocumentImportRequest): ImportedArticle {
  const parsed = parseImportFile({ text: request.text, fileName: request.fileName, format: formatOf(request) });
  if (parsed.format === 'briefing') throw new DeskError('internal', 'A document parsed as a briefing.');
  return parsed.article;
}

function mapSpeakerIds(body: NodeJson, ids: ReadonlyMap<string, string | null>): NodeJson {
  const visit = (node: NodeJson): NodeJson => {
    const next: NodeJson = { ...node };
    if (node.marks) {
      next.marks = node.marks.flatMap((mark) => {
        if (!(SPEAKER_MARK_TYPES as readonly string[]).includes(mark.type)) return [mark];
        const id = ids.get(String(mark.attrs?.speakerId ?? ''));
        return id ? [{ ...mark, attrs: { ...mark.attrs, speakerId: id } }] : [];
      });
      if (next.marks.length === 0) delete next.marks;
    }
    if (node.content) next.content = node.content.map(visit);
    return next;
  };
  return visit(body);
}

function collectMarkSpeakerIds(body: NodeJson, into: Set<string>): void {
  for (const mark of body.marks ?? [])
    if ((SPEAKER_MARK_TYPES as readonly string[]).includes(mark.type)) into.add(String(mark.attrs?.speakerId ?? ''));
  for (const child of body.content ?? []) collectMarkSpeakerIds(child, into);
}

export type DocumentImportService = ReturnType<typeof createDocumentImportService>;

export function createDocumentImportService(
  store: ArticleStore,
  articles: ArticleService,
  speakers: SpeakerService,
  parser: ImportParser,
  media: MediaService,
) {
  /** The registry id for a file's speaker: a registry or already drafted match, else a new draft added to `drafted`. */
  function registrySpeaker(speaker: ImportedSpeaker, drafted: Speaker[]): string {
    const known = store.speaker(speaker.id);
    if (known && normalizeName(known.name) === normalizeName(speaker.name)) return known.id;
    const registry = [...store.speakers(), ...drafted];
    const match =
      registry.find(
        (candidate) =>
          speakerAnswersTo(candidate, speaker.name) && normalizeName(candidate.organization) === normalizeName(speaker.organization),
      ) ?? registry.find((candidate) => speakerAnswersTo(candidate, speaker.name));
    if (match) return match.id;
    const draft = speakers.draft({ name: speaker.name, aliases: speaker.aliases, role: speaker.role, organization: speaker.organization });
    drafted.push(draft);
    return draft.id;
  }

  /**
   * Turns a parsed document into a plan, writing nothing. `drafted` holds the
   * speakers earlier plans of the same batch drafted (reused by name). Throws
   * DeskError naming the file and field when the article model would refuse it.
   */
  function plan(file: ImportedArticle, fileName: string | undefined, drafted: Speaker[] = []): DocumentPlan {
    // Wire copy keeps its byline and dateline in the body; they belong in the article's fields.
    const { article: imported, recognised } = liftWireFields(file);
    const { headline, dateline, byline, status, related, metadata } = imported;
    const precheck = v.safeParse(ArticleFieldsSchema, { headline, dateline, byline, status, related, ...metadata });
    if (!precheck.success) {
      const name = fileName ? `"${fileName}"` : 'The document';
      throw new DeskError(
        'invalid-request',
        `${name} was not imported: ${describeIssues(precheck.issues)}. Fix that in the file and import it again.`,
      );
    }
    const before = drafted.length;
    const ids = new Map<string, string | null>();
    for (const speaker of imported.speakers) ids.set(speaker.id, registrySpeaker(speaker, drafted));
    const used = new Set<string>();
    collectMarkSpeakerIds(imported.body, used);
    const warnings = [...imported.warnings];
    for (const id of used) {
      if (ids.has(id)) continue;
      // A mark naming a speaker the file does not describe: keep it if this desk knows the id, else keep only the text.
      ids.set(id, store.speaker(id) ? id : null);
      if (!store.speaker(id)) warnings.push(`A quote or mention named an unknown speaker (${id}); its text was kept without the tag.`);
    }
    const fields: ArticleFields = {
      headline,
      dateline,
      byline,
      status,
      body: mapSpeakerIds(imported.body, ids),
      related: related.map((link) => (link.articleId && !store.summary(link.articleId) ? { ...link, articleId: null } : link)),
      ...metadata,
    };
    if (imported.notes?.length) fields.notes = imported.notes;
    return { fields, newSpeakers: drafted.slice(before), warnings, recognised };
  }

  return {
    plan,

    /** Parses (in the import worker) and stores a Markdown or HTML document with its new speakers. Bad input stores nothing. */
    async importDocument(request: DocumentImportRequest): Promise<ImportResult> {
      const parsed = await parser.parse({ text: request.text, fileName: request.fileName, format: formatOf(request) });
      if (parsed.format === 'briefing') throw new DeskError('internal', 'A document parsed as a briefing.');
      const pictureWarnings: string[] = [];
      if (hasPictures(parsed.article.body)) {
        const source = providedPictureSource(request.pictures ?? [], (src) => media.pathOf(src));
        parsed.article.body = await bringInPictures(parsed.article.body, source, media, pictureWarnings);
      }
      const { fields, newSpeakers, warnings, recognised } = plan(parsed.article, request.fileName);
      warnings.push(...pictureWarnings);
      const duplicate = await duplicateWarning(store, fields);
      if (duplicate) warnings.push(duplicate);
      const [article] = await articles.createBatch([fields], newSpeakers);
      return { article, warnings, recognised };
    },
  };
}
