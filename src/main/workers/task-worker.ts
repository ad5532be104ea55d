/**
 * TaskWorker: runs tasks one at a time in a worker thread, off the main
 * process's event loop, with a time limit and cancellation.
 *
 * The thread starts on the first task and is reused. A task that runs past its
 * time limit, or whose AbortSignal fires, ends the thread (the only way to stop
 * synchronous code) and rejects with a DeskError; the next task starts a fresh
 * thread. The thread never keeps the process alive (the CLI exits when done).
 *
 * Where no worker script can be found (see worker-script.ts), or a thread
 * fails before its entry has loaded (a packaged app whose archive a worker
 * cannot read), tasks run in-process through `inProcess`: still correct, but
 * then they do block the event loop and cannot be stopped midway — `mode` says
 * which one is in use.
 */
import type { Worker } from 'node:worker_threads';

import { DeskError } from '../../shared/errors';
import type { AnswerMessage, ReadyMessage, TaskMessage } from './task-protocol';
import { locateWorkerScript, type WorkerStarter } from './worker-script';

export interface TaskWorkerOptions<Request, Response> {
  /** The worker entry's name (`import-worker` for src/main/workers/import-worker.ts). */
  script: string;
  /** The same work in this thread, for when no worker script exists. */
  inProcess: (request: Request) => Response | Promise<Response>;
  /** Milliseconds a task may run; past it the thread is stopped and `onTimeout`'s error is thrown. */
  timeLimitMs: number;
  onTimeout: (request: Request) => DeskError;
  /** What a cancelled task's caller is told. */
  cancelledMessage?: string;
  /** Overrides how the thread starts (tests); by default locateWorkerScript(script). */
  start?: WorkerStarter | null;
}

export interface TaskOptions {
  signal?: AbortSignal;
  /** This task's time limit, instead of the worker's. */
  timeLimitMs?: number;
}

interface Running<Response> {
  id: number;
  worker: Worker;
  /** Runs the task in this thread instead (its worker could not start). */
  fallBack: () => void;
  settle: (answer: AnswerMessage<Response>) => void;
  fail: (error: Error) => void;
}

export class TaskWorker<Request, Response> {
  readonly #options: TaskWorkerOptions<Request, Response>;
  #start: WorkerStarter | null;
  #worker: Worker | undefined;
  #running: Running<Response> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #nextId = 1;
  #closed = false;
  #warm = false;
  #stopping: Worker | undefined;
  /** Aborted by cancel(): tasks queued before it see it and do not start. */
  #cancellation = new AbortController();
  #inFlight = 0;

  constructor(options: TaskWorkerOptions<Request, Response>) {
    this.#options = options;
    this.#start = options.start === undefined ? locateWorkerScript(options.script) : options.start;
  }

  /** 'thread' when tasks run in a worker thread, 'in-process' when no worker could start. */
  get mode(): 'thread' | 'in-process' {
    return this.#start ? 'thread' : 'in-process';
  }

  /** Runs one task after those queued before it. Rejects with DeskError on timeout, cancellation or a failed task. */
  run(request: Request, options: TaskOptions = {}): Promise<Response> {
    const cancellation = this.#cancellation.signal;
    this.#inFlight++;
    const result = this.#queue.then(() => {
      if (cancellation.aborted) throw this.#cancelled();
      return this.#runNow(request, options);
    });
    this.#queue = result.catch(() => undefined);
    void this.#queue.then(() => this.#inFlight--);
    return result;
  }

  /** Stops the task running now and those queued behind it (each rejects as cancelled). True when there was any. */
  cancel(): boolean {
    if (this.#inFlight === 0) return false;
    this.#cancellation.abort();
    this.#cancellation = new AbortController();
    if (this.#running) {
      this.#running.fail(this.#cancelled());
      void this.#stopThread();
    }
    return true;
  }

  /** Ends the thread; tasks after this are refused. */
  async close(): Promise<void> {
    this.#closed = true;
    this.cancel();
    await this.#stopThread();
  }

  /** True once a thread is running that has answered a task (its start-up work is done). */
  get warm(): boolean {
    return this.#warm;
  }

  async #runNow(request: Request, { signal, timeLimitMs }: TaskOptions): Promise<Response> {
    if (this.#closed) throw new DeskError('internal', 'The desk is closing; the task was not run. Reopen Newsdesk and try again.');
    if (signal?.aborted) throw this.#cancelled();
    if (!this.#start) return this.#options.inProcess(request);
    const worker = this.#thread();
    const id = this.#nextId++;
    return new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => {
        running.fail(this.#options.onTimeout(request));
        void this.#stopThread();
      }, timeLimitMs ?? this.#options.timeLimitMs);
      const onAbort = () => this.cancel();
      signal?.addEventListener('abort', onAbort, { once: true });
      const finish = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (this.#running === running) this.#running = undefined;
      };
      const running: Running<Response> = {
        id,
        worker,
        fallBack: () => {
          finish();
          Promise.resolve()
            .then(() => this.#options.inProcess(request))
            .then(resolve, reject);
        },
        settle: (answer) => {
          finish();
          if (answer.ok) resolve(answer.value);
          else reject(new DeskError(answer.error.code, answer.error.message));
        },
        fail: (error) => {
          finish();
          reject(error);
        },
      };
      this.#running = running;
      const message: TaskMessage<Request> = { id, request };
      worker.postMessage(message);
    });
  }

  #cancelled(): DeskError {
    return new DeskError('cancelled', this.#options.cancelledMessage ?? 'The task was cancelled.');
  }

  #thread(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.#start!();
    worker.unref();
    let ready = false;
    worker.on('message', (answer: AnswerMessage<Response> | ReadyMessage) => {
      if ('ready' in answer) {
        ready = true;
        return;
      }
      if (this.#worker === worker) this.#warm = true;
      if (this.#running?.id === answer.id) this.#running.settle(answer);
    });
    const lost = (reason: string) => {
      if (this.#worker === worker) {
        this.#worker = undefined;
        this.#warm = false;
      }
      // It died before its entry loaded: threads cannot run here, so work in-process from now on.
      if (!ready && this.#stopping !== worker) {
        this.#start = null;
        if (this.#running?.worker === worker) this.#running.fallBack();
        return;
      }
      if (this.#running?.worker === worker)
        this.#running.fail(
          new DeskError(
            'internal',
            `The worker thread stopped unexpectedly (${reason}). Try again; restart Newsdesk if it keeps happening.`,
          ),
        );
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    this.#worker = worker;
    return worker;
  }

  async #stopThread(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#warm = false;
    // A thread stopped on purpose (cancel, time limit) before it was ready is no reason to give up on threads.
    this.#stopping = worker;
    await worker?.terminate();
  }
}
