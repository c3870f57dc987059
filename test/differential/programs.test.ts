// The VM against python3 on whole programs: every test/differential/programs/**/*.py
// runs as `bin/pyvm NAME.py` and as `python3 NAME.py` (in the program's directory,
// PYTHONHASHSEED=0 on both sides), and stdout, the last line of stderr and the exit
// status must agree. Both sides run in this test run, in one pool of child processes,
// so the expectation is always today's python3, never a stored golden. Time limits
// count CPU time, not wall time, so that a loaded machine does not fail slow programs.
//
// programs.pending.txt lists the programs pyvm does not pass yet. Those must still
// differ: one that starts passing fails here until it is taken off the list, so the
// list only shrinks. `node test/differential/update_pending.mjs` rewrites the list to
// exactly the programs that differ now.
//
// The corpus runs twice: as pyvm runs by default (the compiled tier takes over code that
// has run 200 times), and with every code object compiled the first time it runs
// (PYVM_JIT_WARMUP=0), where the programs pyvm passes must pass too.
//
// For a pending program only whether it differs matters, so it is given less: its pyvm
// run stops as soon as its stdout strays from python3's, and it gets PENDING_TIMEOUT_MS
// instead of the 10 s everything else gets. A half-built VM hangs on some programs,
// spinning a core, and at 10 s each a few dozen hangs alone would take minutes. A pending
// program that needs longer merely stays pending until update_pending.mjs (which allows
// every program 10 s) sees it pass.
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, PYVM_BIN, requireBundle } from '../support/commandLine';
import {
  type Comparison,
  PROGRAM_TIMEOUT_MS,
  comparePrograms,
  listPrograms,
  pythonProblem,
  readPending,
} from '../support/programRuns';
import { pythonExecutable } from '../support/python';

const PENDING_LIST = 'test/differential/programs.pending.txt';
const PENDING_TIMEOUT_MS = 3_000;
// A multiprocessing program's children (and the spare ones booted for it) are pyvm
// interpreters on worker threads of its own process, whose CPU time it is charged: with
// every code object compiled, duplex_pipes.py takes 9-10 s of CPU on a quiet machine.
const MULTI_INTERPRETER_PROGRAMS = 'multiprocessing_procs/';
const MULTI_INTERPRETER_TIMEOUT_MS = 3 * PROGRAM_TIMEOUT_MS;

// The whole corpus runs in the hook. Its cost is pyvm's: ~0.3 s of CPU a program today,
// half of it start-up, against python3's 0.04 s; the bound is generous for loaded machines.
const ALL_PROGRAMS_TIMEOUT_MS = 10 * CLI_TIMEOUT_MS;

const programs = listPrograms();
const pending = readPending();
const pendingSet = new Set(pending);

function pyvmTimeoutMs(program: string): number {
  if (pendingSet.has(program)) return PENDING_TIMEOUT_MS;
  return program.startsWith(MULTI_INTERPRETER_PROGRAMS) ? MULTI_INTERPRETER_TIMEOUT_MS : PROGRAM_TIMEOUT_MS;
}

describe('the program corpus', () => {
  it('has programs', () => {
    expect(programs.length).toBeGreaterThanOrEqual(420);
  });

  it(`lists in ${PENDING_LIST} only programs that exist, once each`, () => {
    const known = new Set(programs);
    expect(pending.filter((program) => !known.has(program)), 'pending entries naming no program').toEqual([]);
    expect(pending.filter((program, i) => pending.indexOf(program) !== i), 'pending entries listed twice').toEqual([]);
  });
});

describe('programs print, fail and exit as under python3', () => {
  const results = new Map<string, Comparison>();

  beforeAll(async () => {
    requireBundle();
    const comparisons = await comparePrograms(programs, {
      pyvm: PYVM_BIN,
      python: pythonExecutable(),
      pyvmTimeoutMs,
      onlyWhetherDiffers: (program) => pendingSet.has(program),
    });
    for (const comparison of comparisons) {
      results.set(comparison.program, comparison);
    }
  }, ALL_PROGRAMS_TIMEOUT_MS);

  for (const program of programs) {
    it(program, () => {
      const comparison = results.get(program);
      if (!comparison) throw new Error(`${program} was not run`);
      const problem = pythonProblem(program, comparison.python);
      if (problem) throw new Error(`the program itself is broken: ${problem}`);
      if (pendingSet.has(program)) {
        if (comparison.difference === undefined) {
          throw new Error(
            `${program} now runs as under python3: take it off ${PENDING_LIST} ` +
              '(or run `node test/differential/update_pending.mjs`)',
          );
        }
      } else if (comparison.difference !== undefined) {
        throw new Error(`${program} differs from python3:\n${comparison.difference}`);
      }
    });
  }
});

describe('programs run with every code object compiled (PYVM_JIT_WARMUP=0) as under python3', () => {
  const passing = programs.filter((program) => !pendingSet.has(program));
  const results = new Map<string, Comparison>();

  beforeAll(async () => {
    requireBundle();
    const comparisons = await comparePrograms(passing, {
      pyvm: PYVM_BIN,
      python: pythonExecutable(),
      pyvmEnv: { PYVM_JIT_WARMUP: '0' },
      pyvmTimeoutMs,
    });
    for (const comparison of comparisons) results.set(comparison.program, comparison);
  }, ALL_PROGRAMS_TIMEOUT_MS);

  for (const program of passing) {
    it(program, () => {
      const comparison = results.get(program);
      if (!comparison) throw new Error(`${program} was not run`);
      if (comparison.difference !== undefined) throw new Error(`${program} differs from python3 when compiled:\n${comparison.difference}`);
    });
  }
});
