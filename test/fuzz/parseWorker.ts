// The fuzz test's parsing runs here, in a worker thread, so that a parse which never
// returns can be stopped (Worker.terminate) and reported instead of hanging the run.
// parserFuzz.test.ts bundles this file with esbuild and starts it.
import { parentPort } from 'node:worker_threads';
import { pyvmParse, pyvmParseOutcome } from '../support/parseOutcome';
import type { ParseOutcome, ParseRequest } from '../support/parseOutcome';

export interface WorkerRequest {
  request: ParseRequest;
  /** Also dump the tree (for comparing with python3); costs more than parsing alone. */
  wantOutcome: boolean;
}

/** Posted once, when the bundle has loaded, so load time is not counted as parse time. */
export interface WorkerReady {
  ready: true;
}

export interface WorkerReply {
  /** Milliseconds spent decoding and parsing (and dumping, when asked). */
  ms: number;
  /** The stack of an exception other than PySyntaxError: a parser bug. */
  crash?: string;
  outcome?: ParseOutcome;
}

const port = parentPort;
if (port === null) throw new Error('parseWorker runs as a worker thread');

port.on('message', ({ request, wantOutcome }: WorkerRequest) => {
  const started = performance.now();
  const reply: WorkerReply = { ms: 0 };
  try {
    if (wantOutcome) reply.outcome = pyvmParseOutcome(request);
    else pyvmParse(request);
  } catch (error) {
    reply.crash = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  }
  reply.ms = performance.now() - started;
  port.postMessage(reply);
});
const ready: WorkerReady = { ready: true };
port.postMessage(ready);
