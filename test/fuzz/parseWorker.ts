// The fuzz tests' parsing and compiling run here, in a worker thread, so that a parse
// or compile which never returns can be stopped (Worker.terminate) and reported
// instead of hanging the run. parseWorkerHost.ts bundles this file with esbuild and
// starts it.
import { parentPort } from 'node:worker_threads';
import { pyvmParse, pyvmParseOutcome } from '../support/parseOutcome';
import type { ParseOutcome, ParseRequest } from '../support/parseOutcome';
import { pyvmCompileOutcome } from './compileOutcome';
import type { CompileOutcome, CompileRequest } from './compileOutcome';

/**
 * parse: only parse; dump: parse and dump the tree (for comparing with python3; costs
 * more than parsing alone); compile: compile to a code object.
 */
export type WorkerRequest = { task: 'parse' | 'dump'; request: ParseRequest } | { task: 'compile'; request: CompileRequest };

/** Posted once, when the bundle has loaded, so load time is not counted as work time. */
export interface WorkerReady {
  ready: true;
}

export interface WorkerReply {
  /** Milliseconds spent on the task. */
  ms: number;
  /** The stack of an exception other than PySyntaxError or PyFrontEndError: a pyvm bug. */
  crash?: string;
  /** The dump task's result. */
  parseOutcome?: ParseOutcome;
  /** The compile task's result. */
  compileOutcome?: CompileOutcome;
}

const port = parentPort;
if (port === null) throw new Error('parseWorker runs as a worker thread');

port.on('message', (message: WorkerRequest) => {
  const started = performance.now();
  const reply: WorkerReply = { ms: 0 };
  try {
    if (message.task === 'compile') reply.compileOutcome = pyvmCompileOutcome(message.request);
    else if (message.task === 'dump') reply.parseOutcome = pyvmParseOutcome(message.request);
    else pyvmParse(message.request);
  } catch (error) {
    reply.crash = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  }
  reply.ms = performance.now() - started;
  port.postMessage(reply);
});
const ready: WorkerReady = { ready: true };
port.postMessage(ready);
