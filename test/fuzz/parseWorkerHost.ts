// The fuzz tests' side of parseWorker.ts: starts it in a worker thread, hands it one
// source at a time, and stops and replaces it when an answer is late or it dies.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerReady, WorkerReply, WorkerRequest } from './parseWorker';

/** As bin/pyvm, which runs node with --stack-size=3000 (KB). */
const WORKER_STACK_MB = 3;

/** Runs parseWorker.ts; replaces the worker when it stops answering or dies. */
export class ParseWorker {
  private worker!: Worker;
  private ready!: Promise<void>;

  private constructor(
    private readonly bundlePath: string,
    private readonly timeLimitMs: number,
  ) {
    this.spawn();
  }

  /**
   * A worker whose answers count as lost after `timeLimitMs`. `name` names its bundle,
   * so that test files running at the same time do not write one bundle together.
   */
  static async start(name: string, timeLimitMs: number): Promise<ParseWorker> {
    return new ParseWorker(await bundleParseWorker(name), timeLimitMs);
  }

  private spawn(): void {
    // The bundle's inline source map makes crash stacks name the TypeScript sources.
    this.worker = new Worker(this.bundlePath, {
      resourceLimits: { stackSizeMb: WORKER_STACK_MB },
      execArgv: ['--enable-source-maps'],
    });
    const worker = this.worker;
    this.ready = new Promise((resolve, reject) => {
      worker.once('message', (message: WorkerReady | WorkerReply) =>
        'ready' in message ? resolve() : reject(new Error(`the worker answered before it was ready`)),
      );
      worker.once('error', reject);
    });
  }

  /** The reply, or null when none came within the time limit. */
  async run(message: WorkerRequest): Promise<WorkerReply | null> {
    await this.ready;
    const worker = this.worker;
    return new Promise((resolve) => {
      const settle = (reply: WorkerReply | null, replaceWorker: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        if (replaceWorker) {
          void worker.terminate();
          this.spawn();
        }
        resolve(reply);
      };
      const onMessage = (reply: WorkerReply): void => settle(reply, false);
      const onError = (error: Error): void => settle({ ms: Number.NaN, crash: `the worker died: ${error.stack ?? error}` }, true);
      const timer = setTimeout(() => settle(null, true), this.timeLimitMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(message);
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Bundles parseWorker.ts for the worker thread. The bundle stays where vitest can still
 * read it when it maps crash stacks after the run (a build cache, rewritten each run).
 */
async function bundleParseWorker(name: string): Promise<string> {
  const outfile = fileURLToPath(new URL(`../../node_modules/.cache/pyvm/parseWorker-${name}.mjs`, import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('./parseWorker.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}
