/**
 * Importing Markdown and HTML files (ours or anyone's) as articles. Like
 * briefings, the renderer sends the file's text, never a path; the CLI reads
 * files and calls the same function.
 *
 * The file's speakers join the registry: a speaker whose name (or alias) and
 * organization match a registry speaker reuses it, otherwise one is created,
 * and the body's marks are re-pointed at the registry ids. A related link to an
 * article this desk does not hold becomes an unresolved headline.
 */
import * as v from 'valibot';
import { ArticleFieldsSchema, type ArticleFields, type NodeJson } from '../../shared/article';
import { DeskError } from '../../shared/errors';
import type { ImportResult } from '../../shared/ipc/api';
import type { ImportedArticle, ImportedSpeaker } from '../../shared/import/imported-article';
import { importMarkdownArticle } from '../../shared/import/article-markdown-import';
import { normalizeName, speakerAnswersTo } from '../../shared/speaker';
import { SPEAKER_MARK_TYPES } from '../../shared/speaker-spans';
import type { ArticleStore } from '../store/article-store';
import { describeIssues } from '../../shared/validation-issues';
import { htmlToBody, importHtmlArticle } from '../import/html-import';
import type { ArticleService } from './articles';
import type { SpeakerService } from './speakers';

export type DocumentFormat = 'md' | 'html';

export interface DocumentImportRequest {
  text: string;
  fileName?: string;
  /** Defaults to the file name's extension (.md/.markdown, .html/.htm). */
  format?: DocumentFormat;
}

/** The format a file name says, or null. */
export function documentFormatOf(fileName: string): DocumentFormat | null {
  if (/\.(md|markdown)$/i.test(fileName)) return 'md';
  if (/\.html?$/i.test(fileName)) return 'html';
  return null;
}

/** Parses a Markdown or HTML document without storing anything. Throws DeskError for input it cannot read. */
export function parseDocument({ text, fileName, format }: DocumentImportRequest): ImportedArticle {
  const chosen = format ?? (fileName ? documentFormatOf(fileName) : null);
  if (chosen === null) throw new DeskError('invalid-request', `Cannot tell the format of "${fileName ?? 'this file'}". Name it .md or .html.`);
  if (text.includes('\u0000')) throw new DeskError('not-a-briefing', `"${fileName ?? 'This file'}" looks like a binary file, not ${chosen === 'md' ? 'Markdown' : 'HTML'}.`);
  return chosen === 'md' ? importMarkdownArticle(text, fileName, { htmlBlock: (html) => htmlToBody(html).content ?? [] }) : importHtmlArticle(text, fileName);
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
  for (const mark of body.marks ?? []) if ((SPEAKER_MARK_TYPES as readonly string[]).includes(mark.type)) into.add(String(mark.attrs?.speakerId ?? ''));
  for (const child of body.content ?? []) collectMarkSpeakerIds(child, into);
}

export type DocumentImportService = ReturnType<typeof createDocumentImportService>;

export function createDocumentImportService(store: ArticleStore, articles: ArticleService, speakers: SpeakerService) {
  async function registrySpeaker(speaker: ImportedSpeaker): Promise<string> {
    const known = store.speaker(speaker.id);
    if (known && normalizeName(known.name) === normalizeName(speaker.name)) return known.id;
    const registry = store.speakers();
    const match =
      registry.find((candidate) => speakerAnswersTo(candidate, speaker.name) && normalizeName(candidate.organization) === normalizeName(speaker.organization)) ??
      registry.find((candidate) => speakerAnswersTo(candidate, speaker.name));
    if (match) return match.id;
    const created = await speakers.create({ name: speaker.name, aliases: speaker.aliases, role: speaker.role, organization: speaker.organization });
    return created.id;
  }

  return {
    /** Parses and stores a Markdown or HTML document; registers its speakers. Bad input stores nothing. */
    async importDocument(request: DocumentImportRequest): Promise<ImportResult> {
      const imported = parseDocument(request);
      // Check the fields before registering any speaker: bad input stores nothing, not even a speaker.
      const { headline, dateline, byline, status, related } = imported;
      const precheck = v.safeParse(ArticleFieldsSchema, { headline, dateline, byline, status, related });
      if (!precheck.success) {
        const name = request.fileName ? `"${request.fileName}"` : 'The document';
        throw new DeskError('invalid-request', `${name} was not imported: ${describeIssues(precheck.issues)}. Fix that in the file and import it again.`);
      }
      const ids = new Map<string, string | null>();
      for (const speaker of imported.speakers) ids.set(speaker.id, await registrySpeaker(speaker));
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
        headline: imported.headline,
        dateline: imported.dateline,
        byline: imported.byline,
        status: imported.status,
        body: mapSpeakerIds(imported.body, ids),
        related: imported.related.map((link) => (link.articleId && !store.summary(link.articleId) ? { ...link, articleId: null } : link)),
      };
      return { article: await articles.create(fields), warnings };
    },
  };
}
