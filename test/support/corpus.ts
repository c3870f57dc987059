// The program corpus as its two test files run it (test/differential/programs.test.ts,
// as pyvm runs by default, and programsCompiled.test.ts, with every code object compiled):
// the programs, the pending list, how long a program may run under pyvm, and the hook
// that compares a pass.
//
// For a pending program only whether it differs matters, so it is given less: its pyvm
// run stops as soon as its stdout strays from python3's, and it gets PENDING_TIMEOUT_MS
// instead of the 10 s everything else gets. A half-built VM hangs on some programs,
// spinning a core, and at 10 s each a few dozen hangs alone would take minutes. A pending
// program that needs longer merely stays pending until update_pending.mjs (which allows
// every program 10 s) sees it pass.
import { availableParallelism } from 'node:os';
import { beforeAll, inject } from 'vitest';
import { PYVM_BIN, requireBundle } from './commandLine';
import { type Comparison, PROGRAM_TIMEOUT_MS, comparePrograms, listPrograms, readPending } from './programRuns';
import { pythonExecutable } from './python';

export const PENDING_LIST = 'test/differential/programs.pending.txt';
const PENDING_TIMEOUT_MS = 3_000;
// A multiprocessing program's children (and the spare ones booted for it) are pyvm
// interpreters on worker threads of its own process, whose CPU time it is charged: with
// every code object compiled, duplex_pipes.py takes 9-10 s of CPU on a quiet machine.
const MULTI_INTERPRETER_PROGRAMS = 'multiprocessing_procs/';
const MULTI_INTERPRETER_TIMEOUT_MS = 3 * PROGRAM_TIMEOUT_MS;

/**
 * A pass over the whole corpus runs in one hook. Its cost is pyvm's: ~0.3 s of CPU a
 * program, half of it start-up, against python3's 0.04 s: on two cores, with the other
 * pass and the rest of the suite beside it, a pass takes 10-15 minutes; the bound is
 * generous for slower machines.
 */
const ALL_PROGRAMS_TIMEOUT_MS = 40 * 60_000;

export const programs = listPrograms();
export const pending = readPending();
export const pendingSet = new Set(pending);
export const passingPrograms = programs.filter((program) => !pendingSet.has(program));

function pyvmTimeoutMs(program: string): number {
  if (pendingSet.has(program)) return PENDING_TIMEOUT_MS;
  return program.startsWith(MULTI_INTERPRETER_PROGRAMS) ? MULTI_INTERPRETER_TIMEOUT_MS : PROGRAM_TIMEOUT_MS;
}

/**
 * How many programs a pass runs at once. The two passes run side by side, so together
 * they keep a few more processes than cores (short, and often waiting): 8 on two cores
 * took 8% more CPU time than 4 for the same programs.
 */
const PASS_CONCURRENCY = Math.max(2, Math.floor(availableParallelism() / 2) + 1);

/**
 * Compares `subset` of the corpus under pyvm (with `pyvmEnv`) and python3 in a hook of the
 * calling describe block; the map it returns holds each program's comparison once run.
 */
export function compareInHook(subset: readonly string[], options: { pyvmEnv?: NodeJS.ProcessEnv; onlyWhetherDiffers?: (program: string) => boolean } = {}): Map<string, Comparison> {
  const results = new Map<string, Comparison>();
  beforeAll(async () => {
    requireBundle();
    const comparisons = await comparePrograms(subset, {
      pyvm: PYVM_BIN, python: pythonExecutable(), pyvmTimeoutMs, concurrency: PASS_CONCURRENCY, pythonRunsDirectory: inject('pythonRunsDirectory'), ...options,
    });
    for (const comparison of comparisons) results.set(comparison.program, comparison);
  }, ALL_PROGRAMS_TIMEOUT_MS);
  return results;
}
