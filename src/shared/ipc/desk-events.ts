/**
 * Events main sends to the window on its own (as opposed to answers to
 * DeskApi calls). The preload validates each payload before page code sees
 * it, and exposes only named subscriptions as `window.deskEvents`.
 */
import * as v from 'valibot';

import { type BatchExportProgress, EXPORT_PROGRESS_EVENT } from '../export/batch-export-contract';

export { EXPORT_PROGRESS_EVENT };

export const BatchExportProgressSchema = v.object({
  done: v.pipe(v.number(), v.integer(), v.minValue(0)),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  file: v.string(),
});

/** What the preload exposes as `window.deskEvents`. */
export interface DeskEvents {
  /** Calls `listener` after every file a batch export writes, until the returned function is called. */
  onExportProgress(listener: (progress: BatchExportProgress) => void): () => void;
}
