// The program corpus as its two test files run it (test/differential/programs.test.ts,
// as pyvm runs by default, and programsCompiled.test.ts, with every code object compiled):
// the programs, the pending list, and how long a program may run under pyvm.
//
// For a pending program only whether it differs matters, so it is given less: its pyvm
// run stops as soon as its stdout strays from python3's, and it gets PENDING_TIMEOUT_MS
// instead of the 10 s everything else gets. A half-built VM hangs on some programs,
// spinning a core, and at 10 s each a few dozen hangs alone would take minutes. A pending
// program that needs longer merely stays pending until update_pending.mjs (which allows
// every program 10 s) sees it pass.
import { CLI_TIMEOUT_MS } from './commandLine';
import { PROGRAM_TIMEOUT_MS, listPrograms, readPending } from './programRuns';

export const PENDING_LIST = 'test/differential/programs.pending.txt';
const PENDING_TIMEOUT_MS = 3_000;
// A multiprocessing program's children (and the spare ones booted for it) are pyvm
// interpreters on worker threads of its own process, whose CPU time it is charged: with
// every code object compiled, duplex_pipes.py takes 9-10 s of CPU on a quiet machine.
const MULTI_INTERPRETER_PROGRAMS = 'multiprocessing_procs/';
const MULTI_INTERPRETER_TIMEOUT_MS = 3 * PROGRAM_TIMEOUT_MS;

/** A pass over the whole corpus runs in one hook. Its cost is pyvm's: ~0.3 s of CPU a program, half of it start-up, against python3's 0.04 s; the bound is generous for loaded machines. */
export const ALL_PROGRAMS_TIMEOUT_MS = 10 * CLI_TIMEOUT_MS;

export const programs = listPrograms();
export const pending = readPending();
export const pendingSet = new Set(pending);
export const passingPrograms = programs.filter((program) => !pendingSet.has(program));

export function pyvmTimeoutMs(program: string): number {
  if (pendingSet.has(program)) return PENDING_TIMEOUT_MS;
  return program.startsWith(MULTI_INTERPRETER_PROGRAMS) ? MULTI_INTERPRETER_TIMEOUT_MS : PROGRAM_TIMEOUT_MS;
}
