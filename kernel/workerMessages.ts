// What the kernel's main thread and the Python worker say to each other. Jobs go to the
// worker one at a time; events come back in the order they happen, so a cell's output
// always arrives before its end; output of tasks running between cells may come at any
// time. Words of shared memory carry what cannot wait for a message: an interrupt (which
// the VM's eval breaker polls), "input is ready" and "a job is ready".
import type { CellError, CommMessage, ExpressionResult, Payload } from '../src/runtime/cellSession';
import type { MimeBundle } from '../src/runtime/mimeBundle';
import type { JsonObject } from '../src/runtime/kernelBridge';

/** Indices into the shared Int32Array. */
export const enum SharedFlag {
  /** Set to ask for a KeyboardInterrupt (the eval breaker's `sharedFlags[0]`). */
  INTERRUPT = 0,
  /** Set when the answer to a question (an input request, a chdir) waits on the input port. */
  INPUT_READY = 1,
  /** Set when a job waits on the worker's port: it ends the running of background tasks between cells. */
  JOB_READY = 2,
}

export const SHARED_FLAG_COUNT = 3;

/**
 * The BroadcastChannel on which multiprocessing's children (interpreters on worker
 * threads of their own) post what they print, as `stream` events tagged with the job
 * that started them: the worker that runs cells cannot pass it on while it waits for them.
 */
export const CHILD_OUTPUT_CHANNEL = 'pyvm-kernel-child-output';

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

/** A request answered from the session without running a cell; its reply comes back as `replied`. */
export type QueryJob =
  | { kind: 'isComplete'; code: string }
  | { kind: 'complete'; code: string; cursorPos: number }
  | { kind: 'inspect'; code: string; cursorPos: number; detailLevel: number }
  | { kind: 'commInfo'; targetName: string | null };

/** A front end's message to a comm: it has no reply. */
export interface CommJob {
  kind: 'comm';
  msgType: 'comm_open' | 'comm_msg' | 'comm_close';
  message: CommMessage;
}

export type WorkerJob = ExecuteJob | QueryJob | CommJob;

/** A job as the worker receives it: numbered, so that output can name the job it comes from. */
export interface NumberedJob {
  id: number;
  job: WorkerJob;
}

/** The number of the job whose code wrote some output (a task's is the job that started it); null before any. */
type Origin = number | null;

export type WorkerEvent =
  | { kind: 'ready' }
  | { kind: 'executeInput'; executionCount: number }
  | { kind: 'stream'; name: 'stdout' | 'stderr'; text: string; origin: Origin }
  | { kind: 'executeResult'; executionCount: number; bundle: MimeBundle }
  | { kind: 'inputRequest'; prompt: string; password: boolean }
  /** os.chdir(): Node changes the working directory only on the main thread; the answer is a DirectoryChange. */
  | { kind: 'chdir'; path: string }
  | { kind: 'publish'; msgType: string; content: JsonObject; metadata: JsonObject; buffers: Uint8Array[]; origin: Origin }
  | { kind: 'executeDone'; executionCount: number; error: CellError | null; userExpressions: Record<string, ExpressionResult>; payload: Payload[] }
  | { kind: 'replied'; content: JsonObject }
  | { kind: 'commDone' };

/** How the main thread's process.chdir went: null, or the failure's errno and code (an OSError in Python). */
export type DirectoryChange = { errno: number; code: string; message: string } | null;

/** What the worker is started with. */
export interface WorkerSetup {
  sharedFlags: SharedArrayBuffer;
  /** The port the answers to input requests come through, read synchronously. */
  inputPort: MessagePort;
}
