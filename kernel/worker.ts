// The kernel's worker thread, where Python runs: one CellSession, the jobs the main
// thread sends run one at a time, and everything the cell shows sent back as events.
// While a cell runs, this thread is busy with it; the main thread reaches it through
// the shared flags (an interrupt, the answer to input()).
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { CellSession } from '../src/runtime/cellSession';
import { checkCompleteness } from '../src/runtime/inputCompleteness';
import { checkEvalBreaker, evalBreaker } from '../src/vm/evalBreaker';
import { stderr, stdout } from '../src/modules/consoleStream';
import { toPyException } from '../src/objects/pyErrorConversion';
import { formatException } from '../src/runtime/tracebackPrinter';
import { SharedFlag, type WorkerEvent, type WorkerJob, type WorkerSetup } from './workerMessages';

const { sharedFlags, inputPort } = workerData as WorkerSetup;
const flags = new Int32Array(sharedFlags);
const port = parentPort!;

function post(event: WorkerEvent): void {
  port.postMessage(event);
}

// The eval breaker polls the interrupt word whenever it is present.
evalBreaker.sharedFlags = flags;
evalBreaker.pending = true;

stdout.redirect((text) => post({ kind: 'stream', name: 'stdout', text }));
stderr.redirect((text) => post({ kind: 'stream', name: 'stderr', text }));

/** How often a wait for input looks at the interrupt word. */
const INPUT_POLL_MS = 50;

/** Asks the front end for a line and blocks until it comes (or the cell is interrupted). */
function readInput(prompt: string, password: boolean): string {
  // An answer to an earlier, interrupted request must not be taken for this one's.
  while (receiveMessageOnPort(inputPort) !== undefined);
  Atomics.store(flags, SharedFlag.INPUT_READY, 0);
  post({ kind: 'inputRequest', prompt, password });
  for (;;) {
    checkEvalBreaker();
    Atomics.wait(flags, SharedFlag.INPUT_READY, 0, INPUT_POLL_MS);
    if (Atomics.exchange(flags, SharedFlag.INPUT_READY, 0) === 1) return receiveMessageOnPort(inputPort)!.message as string;
  }
}

/** The session, or an Error the main thread can log: a Python exception does not survive the trip between threads. */
function startSession(): CellSession {
  try {
    return new CellSession({
      publishResult: (bundle, executionCount) => post({ kind: 'executeResult', bundle, executionCount }),
      readInput,
    });
  } catch (caught) {
    throw new Error(`Python did not start:\n${formatException(toPyException(caught))}`);
  }
}

const session = startSession();

function runJob(job: WorkerJob): void {
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
      });
      break;
    }
    case 'isComplete':
      post({ kind: 'isCompleteDone', completeness: checkCompleteness(job.code) });
      break;
  }
}

port.on('message', runJob);
post({ kind: 'ready' });
