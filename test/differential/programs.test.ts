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
// The corpus runs twice: here as pyvm runs by default (the compiled tier takes over code
// that has run 200 times), and in programsCompiled.test.ts with every code object compiled
// the first time it runs (PYVM_JIT_WARMUP=0), where the programs pyvm passes must pass
// too: two files, so that the test runner's two workers can take one each. What the two
// share, pending programs' shorter runs included, is in ../support/corpus.ts.
import { describe, expect, it } from 'vitest';
import { pythonProblem } from '../support/programRuns';
import { PENDING_LIST, compareInHook, pending, pendingSet, programs } from '../support/corpus';

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
  const results = compareInHook(programs, { onlyWhetherDiffers: (program) => pendingSet.has(program) });

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
