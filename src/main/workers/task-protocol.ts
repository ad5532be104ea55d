/**
 * The messages between a TaskWorker (main side) and a worker thread serving it:
 * a task goes in with an id, one answer comes back with the same id. Errors
 * cross as DeskError data, so the person still reads what happened and what to do.
 */
import { parentPort } from 'node:worker_threads';

import { DeskError, type DeskErrorData, isDeskErrorData } from '../../shared/errors';

export interface TaskMessage<Request> {
  id: number;
  request: Request;
}

export type AnswerMessage<Response> = { id: number; ok: true; value: Response } | { id: number; ok: false; error: DeskErrorData };

/** Posted once by a worker whose entry loaded: from then on a failure is the task's, not the thread's start-up. */
export interface ReadyMessage {
  ready: true;
}

/** Turns any thrown value into DeskError data (unexpected ones as 'internal', keeping their message). */
export function errorData(error: unknown): DeskErrorData {
  if (error instanceof DeskError) return error.toData();
  if (isDeskErrorData(error)) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message };
}

/** Run inside a worker thread: answers each task with `handle` (sync or async). */
export function serveTasks<Request, Response>(handle: (request: Request) => Response | Promise<Response>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs only inside a worker thread.');
  const answer = async ({ id, request }: TaskMessage<Request>): Promise<AnswerMessage<Response>> => {
    try {
      return { id, ok: true, value: await handle(request) };
    } catch (error) {
      return { id, ok: false, error: errorData(error) };
    }
  };
  // Every task is answered, a failure included: `answer` never rejects.
  port.on('message', (message: TaskMessage<Request>) => void answer(message).then((reply) => port.postMessage(reply)));
  const ready: ReadyMessage = { ready: true };
  port.postMessage(ready);
}
