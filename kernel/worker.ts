// The kernel's worker thread, where Python runs: one CellSession, the jobs the main
// thread sends run one at a time, and everything the cell shows sent back as events.
// While a cell runs, this thread is busy with it; the main thread reaches it through
// the shared flags (an interrupt, the answer to input(), a job waiting while tasks run).
import { join } from 'node:path';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { CellSession } from '../src/runtime/cellSession';
import { checkCompleteness } from '../src/runtime/inputCompleteness';
import { checkEvalBreaker, evalBreaker, lookAtNextCheck } from '../src/vm/evalBreaker';
import { stderr, stdout } from '../src/modules/consoleStream';
import { toPyException } from '../src/objects/pyErrorConversion';
import { formatException } from '../src/runtime/tracebackPrinter';
import type { JsonObject } from '../src/runtime/kernelBridge';
import { currentOrigin, enterOrigin } from '../src/runtime/outputOrigin';
import { setDirectoryChanger } from '../src/modules/posix/files';
import { sendChildOutputTo } from '../src/modules/multiprocessing/childInterpreters';
import { CHILD_OUTPUT_CHANNEL, type DirectoryChange, type NumberedJob, type QueryJob, SharedFlag, type WorkerEvent, type WorkerSetup } from './workerMessages';

const { sharedFlags, inputPort } = workerData as WorkerSetup;
const flags = new Int32Array(sharedFlags);
const port = parentPort!;

function post(event: WorkerEvent): void {
  port.postMessage(event);
}

// The eval breaker polls the interrupt word whenever it is present.
evalBreaker.sharedFlags = flags;
lookAtNextCheck();

// Streams are line-buffered here, so a line is sent while the code that wrote it runs: its origin is that code's.
stdout.redirect((text) => post({ kind: 'stream', name: 'stdout', text, origin: currentOrigin() }));
stderr.redirect((text) => post({ kind: 'stream', name: 'stderr', text, origin: currentOrigin() }));
// multiprocessing's children print to the cell that started them.
sendChildOutputTo(() => ({ channel: CHILD_OUTPUT_CHANNEL, tag: currentOrigin() }));

/** pyvm's Python for notebooks (IPython.display, comm, ...): pylib/ in the repository, beside dist/ where this bundle runs. */
const NOTEBOOK_LIBRARY = join(__dirname, '..', 'pylib');

/** How often a wait for input looks at the interrupt word. */
const INPUT_POLL_MS = 50;

/** Asks the main thread a question and blocks until the answer comes (or the cell is interrupted). */
function ask(question: WorkerEvent): unknown {
  // An answer to an earlier, interrupted question must not be taken for this one's.
  while (receiveMessageOnPort(inputPort) !== undefined);
  Atomics.store(flags, SharedFlag.INPUT_READY, 0);
  post(question);
  for (;;) {
    checkEvalBreaker();
    Atomics.wait(flags, SharedFlag.INPUT_READY, 0, INPUT_POLL_MS);
    if (Atomics.exchange(flags, SharedFlag.INPUT_READY, 0) === 1) return receiveMessageOnPort(inputPort)!.message;
  }
}

/** Asks the front end for a line. */
function readInput(prompt: string, password: boolean): string {
  return ask({ kind: 'inputRequest', prompt, password }) as string;
}

// Node has no process.chdir on a worker thread: the main thread changes the directory, and process.cwd() here follows.
setDirectoryChanger((path) => {
  const failure = ask({ kind: 'chdir', path }) as DirectoryChange;
  if (failure !== null) throw Object.assign(new Error(failure.message), failure);
});

/** The session, or an Error the main thread can log: a Python exception does not survive the trip between threads. */
function startSession(): CellSession {
  try {
    return new CellSession({
      publishResult: (bundle, executionCount) => post({ kind: 'executeResult', bundle, executionCount }),
      readInput,
      publish: (msgType, content, metadata, buffers) => post({ kind: 'publish', msgType, content, metadata, buffers, origin: currentOrigin() }),
    }, NOTEBOOK_LIBRARY);
  } catch (caught) {
    throw new Error(`Python did not start:\n${formatException(toPyException(caught))}`);
  }
}

const session = startSession();

function runJob({ id, job }: NumberedJob): void {
  enterOrigin(id);
  switch (job.kind) {
    case 'execute': {
      if (!job.silent) post({ kind: 'executeInput', executionCount: session.executionCount });
      const outcome = session.runCell(job);
      const userExpressions = outcome.status === 'ok' ? session.evaluate(job.userExpressions) : {};
      post({
        kind: 'executeDone',
        // As ipykernel reports it: the number of the last counted cell.
        executionCount: session.executionCount - 1,
        error: outcome.status === 'error' ? outcome.error : null,
        userExpressions,
        payload: outcome.status === 'ok' ? outcome.payload : [],
      });
      break;
    }
    case 'comm':
      session.handleComm(job.msgType, job.message);
      post({ kind: 'commDone' });
      break;
    default:
      post({ kind: 'replied', content: answerOrFailure(job) });
  }
}

/** A failure answering a request is reported in its reply, as ipykernel reports one, and the kernel carries on. */
function answerOrFailure(job: QueryJob): JsonObject {
  try {
    return answer(job);
  } catch (caught) {
    return { status: 'error', ...session.failure(caught) };
  }
}

function answer(job: QueryJob): JsonObject {
  switch (job.kind) {
    case 'isComplete':
      return { ...checkCompleteness(job.code) };
    case 'complete':
      return { ...session.complete(job.code, job.cursorPos) };
    case 'inspect':
      return { ...session.inspect(job.code, job.cursorPos, job.detailLevel) };
    case 'commInfo':
      return { status: 'ok', comms: session.commInfo(job.targetName) };
  }
}

/**
 * Runs a job, then the tasks cells left on the event loop until the next job comes; this
 * thread does not return to Node's event loop meanwhile, so it takes that job from the
 * port itself. With no tasks left, the next job comes as a message event.
 */
function serve(job: NumberedJob): void {
  for (let next: NumberedJob | undefined = job; next !== undefined; next = nextJobAfterBackgroundWork()) runJob(next);
}

function nextJobAfterBackgroundWork(): NumberedJob | undefined {
  for (;;) {
    // Cleared before looking, so that a job posted after the look ends the background run.
    Atomics.store(flags, SharedFlag.JOB_READY, 0);
    const waiting = receiveMessageOnPort(port);
    if (waiting !== undefined) return waiting.message as NumberedJob;
    if (!session.hasBackgroundWork()) return undefined;
    session.runInBackground(() => Atomics.load(flags, SharedFlag.JOB_READY) !== 0);
  }
}

port.on('message', serve);
post({ kind: 'ready' });
