/**
 * Times parser calls in a worker thread, so a parse that backtracks for
 * minutes can be stopped at a deadline instead of freezing the test run.
 * The worker runs the TypeScript sources through tsx, as vitest would.
 */
import { Worker } from 'node:worker_threads';

import type { ParserName } from './parser-entry-points';

const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
import('tsx/esm/api').then(async ({ register }) => {
  register();
  const { parsers } = await import(workerData.entryPoints);
  parentPort.on('message', ({ parser, text }) => {
    const start = performance.now();
    try { parsers[parser](text); } catch {}
    parentPort.postMessage(performance.now() - start);
  });
  parentPort.postMessage('ready');
});`;

export class TimedParserWorker {
  #worker: Worker | undefined;
  #ready: Promise<void> | undefined;

  /** Milliseconds one parse of `text` took, or `null` when it did not finish within `deadlineMs` (the worker is then replaced). */
  async time(parser: ParserName, text: string, deadlineMs: number): Promise<number | null> {
    const worker = await this.#start();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        void this.stop();
        resolve(null);
      }, deadlineMs);
      const onMessage = (value: number) => {
        cleanup();
        resolve(value);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ parser, text });
    });
  }

  async stop(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#ready = undefined;
    await worker?.terminate();
  }

  async #start(): Promise<Worker> {
    if (!this.#worker) {
      const worker = new Worker(WORKER_CODE, {
        eval: true,
        workerData: { entryPoints: new URL('./parser-entry-points.ts', import.meta.url).href },
      });
      this.#worker = worker;
      this.#ready = new Promise((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
      });
    }
    await this.#ready;
    return this.#worker;
  }
}
