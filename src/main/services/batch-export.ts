/**
 * Batch export: selected articles (or the whole desk, trash left out) to a
 * folder, in one or more formats. Files are named from slugs (`slug.html`,
 * `slug-2.html` on a collision, checked case-insensitively). A file already in
 * the folder is replaced only when it is this same article's earlier export
 * (recognised by the article id inside it, see export-markers.ts); any other
 * file keeps its name and the article gets the next free one, so nothing of
 * anyone else's is lost. Each file is written to a temp file, fsynced and
 * renamed into place, so a killed export never leaves an empty or half file
 * (only a hidden temp file, removed by the next export to that folder).
 * A related link to another exported article points at that article's file.
 * An article with open suggestions is refused for publishing (listed, nothing
 * written for it); review copies (`review: true`, HTML and Markdown) carry
 * suggestions and notes and are named `slug.review.html` / `slug.review.md`,
 * so they never take a published file's place.
 * The articles' pictures are copied beside them, to `media/<sha256>.<ext>`
 * (the path their HTML, Markdown and ninjs name), each once per export.
 * One article that fails is listed and the rest still export; an AbortSignal
 * stops the run between files; `onProgress` hears after every file.
 *
 * Files are written through an `ExportTarget` port, so tests write to a temp
 * folder, the CLI to `--out`, and the app to the folder `dialogs.chooseFolder()` returns.
 */
import { access, mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';

import type { Article, NodeJson } from '../../shared/article';
import { DeskError } from '../../shared/errors';
import type { BatchExportProgress, BatchExportReport, BatchExportRequest } from '../../shared/export/batch-export-contract';
import { exportArticle, publishingRefusal } from '../../shared/export/export-article';
import { type ExportContext, type ExportFormat, FORMAT_EXTENSIONS, REVIEW_FORMATS } from '../../shared/export/export-context';
import { isMediaReference } from '../../shared/media/picture-file';
import type { DialogsPort } from '../ports';
import type { ArticleStore } from '../store/article-store';
import { writeFileDurably } from '../store/atomic-json-file';
import { mediaPath } from '../store/media-folder';
import { exportedArticleId } from './export-markers';

export type { BatchExportProgress, BatchExportReport, BatchExportRequest };

/** Where exported files go: one write per file, by a relative name. */
export interface ExportTarget {
  /** A human-readable place, for messages ("/home/ed/export"). */
  readonly location: string;
  /** File names already there (the export replaces only its own earlier files). */
  existingNames(): Promise<string[]>;
  /** The start of an existing file (enough to find its marker), or null when it cannot be read. */
  readStart(relativeName: string): Promise<string | null>;
  /** Writes a whole file so that it is either the old file or the new one, never a part. */
  write(relativeName: string, text: string | Uint8Array): Promise<void>;
  /** True when a file of that (relative) name is there. */
  has(relativeName: string): Promise<boolean>;
}

export interface BatchExportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: BatchExportProgress) => void;
}

/** How much of an existing file is read to find the article id in it. */
const MARKER_BYTES = 16_384;
/** Temp files a killed export left (writeFileDurably's `.<name>.<pid>.<n>.tmp`). */
const LEFTOVER_EXPORT = /^\..+\.(html|md|json)\.\d+\.\d+\.tmp$/;

/** A target writing into a folder on disk (created when missing). Listing it removes temp files a killed export left. */
export function folderTarget(folder: string): ExportTarget {
  return {
    location: folder,
    async existingNames() {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      await Promise.all(names.filter((name) => LEFTOVER_EXPORT.test(name)).map((name) => rm(join(folder, name), { force: true })));
      return names.filter((name) => !LEFTOVER_EXPORT.test(name));
    },
    async readStart(relativeName) {
      try {
        const handle = await open(join(folder, relativeName), 'r');
        try {
          const { buffer, bytesRead } = await handle.read(Buffer.alloc(MARKER_BYTES), 0, MARKER_BYTES, 0);
          return buffer.subarray(0, bytesRead).toString('utf8');
        } finally {
          await handle.close();
        }
      } catch {
        return null;
      }
    },
    async write(relativeName, text) {
      const path = join(folder, relativeName);
      await mkdir(dirname(path), { recursive: true });
      await writeFileDurably(path, text);
    },
    async has(relativeName) {
      try {
        await access(join(folder, relativeName));
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * Assigns each article a file name (without extension) from its slug, unique
 * ignoring case and never one in `alreadyTaken` — except the names in
 * `reuse`, which articles keep (their own earlier export).
 */
export function fileNamesFor(
  articles: readonly Pick<Article, 'id' | 'slug'>[],
  alreadyTaken: Iterable<string> = [],
  reuse: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const taken = new Set([...alreadyTaken].map((name) => name.toLowerCase()));
  const names = new Map<string, string>();
  for (const [id, name] of reuse) names.set(id, name);
  for (const article of articles) {
    if (names.has(article.id)) continue;
    const base = article.slug || 'untitled';
    let name = base;
    for (let counter = 2; taken.has(name.toLowerCase()); counter++) name = `${base}-${counter}`;
    taken.add(name.toLowerCase());
    names.set(article.id, name);
  }
  return names;
}

/**
 * For each article, the base name of its own earlier export in the folder, if
 * there is one: a base named after its slug (`slug`, `slug-2`…) whose every
 * existing file in the formats being written carries this article's id.
 */
async function ownEarlierExports(
  target: ExportTarget,
  articles: readonly Article[],
  existing: readonly string[],
  suffixOf: (name: string) => string,
): Promise<Map<string, string>> {
  const filesByBase = new Map<string, string[]>();
  const basesBySlug = new Map<string, Set<string>>();
  for (const name of existing) {
    const base = name.slice(0, -suffixOf(name).length).toLowerCase();
    filesByBase.set(base, [...(filesByBase.get(base) ?? []), name]);
    for (const slug of [base, base.replace(/-\d+$/, '')]) basesBySlug.set(slug, (basesBySlug.get(slug) ?? new Set()).add(base));
  }
  const reuse = new Map<string, string>();
  const claimed = new Set<string>();
  for (const article of articles) {
    const slug = (article.slug || 'untitled').toLowerCase();
    const candidates = [...(basesBySlug.get(slug) ?? [])]
      .filter((base) => !claimed.has(base) && (base === slug || /^-\d+$/.test(base.slice(slug.length))))
      .sort();
    for (const base of candidates) {
      const files = filesByBase.get(base) ?? [];
      const owners = await Promise.all(files.map(async (file) => exportedArticleId((await target.readStart(file)) ?? '', extname(file))));
      if (files.length > 0 && owners.every((owner) => owner === article.id)) {
        reuse.set(article.id, files[0].slice(0, -suffixOf(files[0]).length));
        claimed.add(base);
        break;
      }
    }
  }
  return reuse;
}

/** The stored pictures a body shows, each once. */
function pictureReferences(body: NodeJson): Set<string> {
  const found = new Set<string>();
  const visit = (node: NodeJson) => {
    if (node.type === 'figure' && isMediaReference(node.attrs?.src)) found.add(node.attrs.src);
    node.content?.forEach(visit);
  };
  visit(body);
  return found;
}

export type BatchExportService = ReturnType<typeof createBatchExportService>;

/**
 * `dialogs` picks the app's folder; `onProgress` receives the progress of
 * exports started from the window (main forwards it to the renderer as an event).
 */
export function createBatchExportService(store: ArticleStore, dialogs: DialogsPort, onProgress?: (progress: BatchExportProgress) => void) {
  let running: AbortController | null = null;

  async function exportTo(target: ExportTarget, request: BatchExportRequest, options: BatchExportOptions = {}): Promise<BatchExportReport> {
    if (request.formats.length === 0)
      throw new DeskError('invalid-request', 'Choose at least one export format (HTML, Markdown or ninjs).');
    if (request.review && request.formats.some((format) => !REVIEW_FORMATS.includes(format)))
      throw new DeskError(
        'invalid-request',
        'A review copy is written as HTML or Markdown; ninjs is for publishing only. Leave ninjs out.',
      );
    const live = store.summaries().filter((summary) => !summary.deletedAt);
    const ids = request.all || !request.ids ? live.map((summary) => summary.id) : [...new Set(request.ids)];
    const report: BatchExportReport = { folder: target.location, files: [], failures: [], cancelled: false };
    const articles: Article[] = [];
    for (const id of ids) {
      const summary = store.summary(id);
      try {
        if (!summary) throw new DeskError('not-found', `No article with id ${id} is in the desk.`);
        if (summary.deletedAt) throw new DeskError('invalid-request', 'It is in the trash. Restore it to export it.');
        articles.push(await store.read(id));
      } catch (error) {
        report.failures.push({ id, headline: summary?.headline ?? '', message: (error as Error).message });
      }
    }
    const suffix = (format: ExportFormat) => `.${request.review ? 'review.' : ''}${FORMAT_EXTENSIONS[format]}`;
    const suffixes = request.formats.map(suffix);
    const suffixOf = (name: string) => suffixes.find((candidate) => name.toLowerCase().endsWith(candidate)) ?? extname(name);
    const existing = (await target.existingNames()).filter((name) => suffixes.some((candidate) => name.toLowerCase().endsWith(candidate)));
    const reuse = await ownEarlierExports(target, articles, existing, suffixOf);
    const names = fileNamesFor(
      articles,
      existing.map((name) => name.slice(0, -suffixOf(name).length)),
      reuse,
    );
    // A link to an article outside this export has no file to point at: it exports as its headline.
    const context: ExportContext = {
      speakers: new Map(store.speakers().map((speaker) => [speaker.id, speaker])),
      fileNameOf: (id) => names.get(id),
      htmlStyle: request.htmlStyle ?? 'page',
      review: request.review ?? false,
    };
    const total = articles.length * request.formats.length;
    let done = 0;
    const copied = new Set<string>();
    for (const article of articles) {
      const refusal = request.review ? null : publishingRefusal(article);
      if (refusal) {
        report.failures.push({ id: article.id, headline: article.headline, message: refusal });
        done += request.formats.length;
        continue;
      }
      if (options.signal?.aborted) {
        report.cancelled = true;
        return report;
      }
      const missing = await copyPictures(target, article, copied, report.files);
      if (missing.length > 0)
        report.failures.push({
          id: article.id,
          headline: article.headline,
          message: `Exported without ${missing.length === 1 ? 'a picture' : `${missing.length} pictures`} missing from the desk's media folder (${missing.join(', ')}). Insert ${missing.length === 1 ? 'it' : 'them'} again and export once more.`,
        });
      for (const format of request.formats) {
        if (options.signal?.aborted) {
          report.cancelled = true;
          return report;
        }
        const file = `${names.get(article.id)}${suffix(format)}`;
        try {
          await target.write(file, exportArticle(article, format, context).text);
          report.files.push(file);
        } catch (error) {
          report.failures.push({ id: article.id, headline: article.headline, message: `${file}: ${(error as Error).message}` });
        }
        done++;
        options.onProgress?.({ done, total, file });
      }
    }
    return report;
  }

  /**
   * Copies the article's pictures to `media/<sha256>.<ext>` in the target, each
   * once per export (`copied`) and never over a file already there (its name is
   * its content's hash, so it is the same picture). Returns the missing ones.
   */
  async function copyPictures(target: ExportTarget, article: Article, copied: Set<string>, files: string[]): Promise<string[]> {
    const missing: string[] = [];
    for (const src of pictureReferences(article.body)) {
      if (copied.has(src)) continue;
      copied.add(src);
      if (await target.has(src)) continue;
      let bytes: Uint8Array;
      try {
        bytes = await readFile(mediaPath(store.dataDir, src));
      } catch {
        missing.push(src);
        continue;
      }
      try {
        await target.write(src, bytes);
        files.push(src);
      } catch (error) {
        missing.push(`${src}: ${(error as Error).message}`);
      }
    }
    return missing;
  }

  return {
    /** Exports to `target`; see the module doc for naming, failures and cancellation. */
    exportTo,

    /** Asks for a folder (dialogs port), then exports there; `folder: null` in the report when the person cancelled. */
    async exportToChosenFolder(request: BatchExportRequest, options: BatchExportOptions = {}): Promise<BatchExportReport> {
      const folder = await dialogs.chooseFolder();
      if (folder === null) return { folder: null, files: [], failures: [], cancelled: true };
      return exportTo(folderTarget(folder), request, options);
    },

    /** The window's export (DeskApi `export:batch`): one at a time, progress to `onProgress`, stopped by `cancel`. */
    async exportFromWindow(request: BatchExportRequest): Promise<BatchExportReport> {
      if (running) throw new DeskError('invalid-request', 'An export is already running. Wait for it to finish or cancel it first.');
      const controller = new AbortController();
      running = controller;
      try {
        return await this.exportToChosenFolder(request, { signal: controller.signal, onProgress });
      } finally {
        running = null;
      }
    },

    /** Stops the window's running export after the file being written; false when none runs. */
    cancel(): boolean {
      if (!running) return false;
      running.abort();
      return true;
    },
  };
}
