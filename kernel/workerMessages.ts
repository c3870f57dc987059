// What the kernel's main thread and the Python worker say to each other. Jobs go to the
// worker one at a time; events come back in the order they happen, so a cell's output
// always arrives before its end. Two words of shared memory carry what cannot wait for
// a message: an interrupt (which the VM's eval breaker polls) and "input is ready".
import type { CellError, ExpressionResult } from '../src/runtime/cellSession';
import type { Completeness } from '../src/runtime/inputCompleteness';
import type { MimeBundle } from '../src/runtime/mimeBundle';

/** Indices into the shared Int32Array. */
export const enum SharedFlag {
  /** Set to ask for a KeyboardInterrupt (the eval breaker's `sharedFlags[0]`). */
  INTERRUPT = 0,
  /** Set when the answer to an input request waits on the input port. */
  INPUT_READY = 1,
}

export const SHARED_FLAG_COUNT = 2;

export interface ExecuteJob {
  kind: 'execute';
  code: string;
  silent: boolean;
  storeHistory: boolean;
  allowStdin: boolean;
  /** Whether a failure aborts the cells queued behind this one (the main thread's business). */
  stopOnError: boolean;
  userExpressions: Record<string, string>;
}

export interface IsCompleteJob {
  kind: 'isComplete';
  code: string;
}

export type WorkerJob = ExecuteJob | IsCompleteJob;

export type WorkerEvent =
  | { kind: 'ready' }
  | { kind: 'executeInput'; executionCount: number }
  | { kind: 'stream'; name: 'stdout' | 'stderr'; text: string }
  | { kind: 'executeResult'; executionCount: number; bundle: MimeBundle }
  | { kind: 'inputRequest'; prompt: string; password: boolean }
  | { kind: 'executeDone'; executionCount: number; error: CellError | null; userExpressions: Record<string, ExpressionResult> }
  | { kind: 'isCompleteDone'; completeness: Completeness };

/** What the worker is started with. */
export interface WorkerSetup {
  sharedFlags: SharedArrayBuffer;
  /** The port the answers to input requests come through, read synchronously. */
  inputPort: MessagePort;
}
