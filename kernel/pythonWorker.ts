// The main thread's handle on the worker thread that runs Python: it hands the worker
// jobs, passes its events on, and reaches into it through shared memory when the
// worker is too busy to read messages (an interrupt; the answer to input()).
import { BroadcastChannel, MessageChannel, Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { CHILD_OUTPUT_CHANNEL, type NumberedJob, SHARED_FLAG_COUNT, SharedFlag, type WorkerEvent, type WorkerJob, type WorkerSetup } from './workerMessages';

/** What starts the worker: the bundle dist/kernel-worker.cjs (beside this one), through the launcher that gives it V8's code cache. */
const WORKER_LAUNCHER = join(__dirname, '..', 'bin', 'kernel-worker-launch.cjs');

/**
 * As bin/pyvm gives the main thread about 1 GB of stack for deep Python recursion, the
 * worker asks for as much (reserved, not used, until recursion goes that deep).
 */
const STACK_MB = 1024;

export class PythonWorker {
  private readonly worker: Worker;
  private readonly flags = new Int32Array(new SharedArrayBuffer(SHARED_FLAG_COUNT * Int32Array.BYTES_PER_ELEMENT));
  private readonly input = new MessageChannel();
  private jobsSent = 0;

  constructor(onEvent: (event: WorkerEvent) => void, onFailure: (reason: string) => void) {
    const setup: WorkerSetup = { sharedFlags: this.flags.buffer as SharedArrayBuffer, inputPort: this.input.port2 };
    this.worker = new Worker(WORKER_LAUNCHER, {
      workerData: setup,
      transferList: [this.input.port2],
      resourceLimits: { stackSizeMb: STACK_MB },
      stdout: false,
      stderr: false,
    });
    this.worker.on('message', onEvent);
    const childOutput = new BroadcastChannel(CHILD_OUTPUT_CHANNEL);
    childOutput.onmessage = (message) => onEvent((message as { data: WorkerEvent }).data);
    childOutput.unref();
    this.worker.on('error', (error: unknown) => onFailure(`the Python worker failed: ${error instanceof Error ? error.stack : String(error)}`));
    this.worker.on('exit', (code) => onFailure(`the Python worker exited with status ${code}`));
  }

  /** Hands the worker a job: its number, which the output it causes carries. */
  run(job: WorkerJob): number {
    const numbered: NumberedJob = { id: ++this.jobsSent, job };
    this.worker.postMessage(numbered);
    Atomics.store(this.flags, SharedFlag.JOB_READY, 1);
    // A worker running background tasks waits on the interrupt word: this wakes it to look.
    Atomics.notify(this.flags, SharedFlag.INTERRUPT);
    return numbered.id;
  }

  /** Raises KeyboardInterrupt in the running cell at its next instruction boundary (or wait). */
  interrupt(): void {
    Atomics.store(this.flags, SharedFlag.INTERRUPT, 1);
    Atomics.notify(this.flags, SharedFlag.INTERRUPT);
  }

  /** Forgets an interrupt that came too late for the job it was meant for. */
  clearInterrupt(): void {
    Atomics.store(this.flags, SharedFlag.INTERRUPT, 0);
  }

  /** Hands the worker, blocked on a question (input(), a chdir), its answer. */
  answer(value: unknown): void {
    this.input.port1.postMessage(value);
    Atomics.store(this.flags, SharedFlag.INPUT_READY, 1);
    Atomics.notify(this.flags, SharedFlag.INPUT_READY);
  }

  terminate(): Promise<number> {
    this.worker.removeAllListeners('exit');
    return this.worker.terminate();
  }
}
