/**
 * Reading desk.json on open: parse, validate the frame, and set aside (in
 * corrupt/) what cannot be read — the whole file when it is not an index, or
 * single speakers that fail validation — so the rest of the desk still opens.
 * Article rows are checked one by one by the store's reconcile step.
 */
import type { Low } from 'lowdb';
import * as v from 'valibot';

import { SpeakerSchema } from '../../shared/speaker';
import { describeIssues } from '../../shared/validation-issues';
import type { Clock } from '../ports';
import type { AtomicJsonFile } from './atomic-json-file';
import { type DeskIndex, DeskIndexSchema } from './desk-index';
import { quarantineFile, saveAside } from './quarantine';

/** Loads desk.json into `index`. Returns false when there was none (or it was quarantined). */
export async function loadIndex(dataDir: string, index: Low<DeskIndex>, clock: Clock, warnings: string[]): Promise<boolean> {
  const adapter = index.adapter as AtomicJsonFile<DeskIndex>;
  let raw: unknown;
  try {
    raw = await adapter.read();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    warnings.push(await quarantineFile(dataDir, adapter.path, 'it is not valid JSON', clock.now()));
    return false;
  }
  if (raw === null) return false;
  const result = v.safeParse(DeskIndexSchema, raw);
  if (!result.success) {
    warnings.push(await quarantineFile(dataDir, adapter.path, `it is not a desk index: ${describeIssues(result.issues)}`, clock.now()));
    return false;
  }
  const data = result.output as DeskIndex;
  const unreadable: Record<string, unknown> = {};
  for (const [id, speaker] of Object.entries(data.speakers)) {
    const checked = v.safeParse(SpeakerSchema, speaker);
    if (checked.success && checked.output.id === id) continue;
    unreadable[id] = speaker;
    delete data.speakers[id];
  }
  if (Object.keys(unreadable).length > 0) {
    const saved = await saveAside(dataDir, 'speakers', unreadable, clock.now());
    warnings.push(
      `${Object.keys(unreadable).length} speaker(s) in the registry could not be read and were left out; they were saved to ${saved}. Re-create them from there if you need them.`,
    );
  }
  index.data = data;
  return true;
}
