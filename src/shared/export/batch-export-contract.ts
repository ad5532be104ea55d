/**
 * The batch export's contract with the window: what `export:batch` takes and
 * answers, and the `export:progress` event main sends while it runs.
 */
import * as v from 'valibot';

import { ArticleIdSchema } from '../article';
import { EXPORT_FORMATS } from './export-context';
import { HTML_STYLES } from './html-page-style';

export const BatchExportRequestSchema = v.object({
  /** Article ids; omit (or pass `all: true`) to export every article not in the trash. */
  ids: v.optional(v.pipe(v.array(ArticleIdSchema), v.maxLength(100_000))),
  all: v.optional(v.boolean()),
  formats: v.pipe(v.array(v.picklist(EXPORT_FORMATS)), v.minLength(1, 'Choose at least one export format (HTML, Markdown or ninjs).')),
  /** HTML as a styled page (default) or bare semantic HTML for a CMS. */
  htmlStyle: v.optional(v.picklist(HTML_STYLES)),
  /** Review copies (`slug.review.html`, `slug.review.md`): suggestions and notes written out, for the desk, not for publishing. */
  review: v.optional(v.boolean()),
});
export type BatchExportRequest = v.InferOutput<typeof BatchExportRequestSchema>;

/** Sent after every file written (event channel `export:progress`). */
export interface BatchExportProgress {
  done: number;
  total: number;
  /** The file just written, relative to the folder. */
  file: string;
}

export interface BatchExportFailure {
  id: string;
  headline: string;
  message: string;
}

export interface BatchExportReport {
  /** Where the files went; null when the person cancelled the folder dialog. */
  folder: string | null;
  files: string[];
  failures: BatchExportFailure[];
  /** True when the run was cancelled (the dialog, or `export:cancel`) before every file was written. */
  cancelled: boolean;
}

/** The event channel main sends BatchExportProgress on. */
export const EXPORT_PROGRESS_EVENT = 'export:progress';
