/**
 * The media worker: takes pictures in (picture-intake.ts) in a worker thread,
 * so hashing and writing a 10 MB photo never stalls main's event loop (and so
 * the window's other calls). One picture at a time, 60 seconds each at most.
 */
import { DeskError } from '../../shared/errors';
import { TaskWorker } from '../workers/task-worker';
import type { WorkerStarter } from '../workers/worker-script';
import { type PictureIntakeRequest, takeInPicture, type TakenPicture } from './picture-intake';

const PICTURE_TIME_LIMIT_MS = 60_000;

export class PictureIntakeWorker {
  readonly #worker: TaskWorker<PictureIntakeRequest, TakenPicture>;

  constructor(start?: WorkerStarter | null) {
    this.#worker = new TaskWorker({
      script: 'media-worker',
      inProcess: takeInPicture,
      timeLimitMs: PICTURE_TIME_LIMIT_MS,
      start,
      onTimeout: ({ fileName }) =>
        new DeskError('storage-failed', `${fileName ? `"${fileName}"` : 'The picture'} took too long to store and was stopped. Try again.`),
    });
  }

  get mode(): 'thread' | 'in-process' {
    return this.#worker.mode;
  }

  take(request: PictureIntakeRequest): Promise<TakenPicture> {
    return this.#worker.run(request);
  }

  close(): Promise<void> {
    return this.#worker.close();
  }
}
