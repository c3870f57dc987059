// How uncaught exceptions are printed, compared whole: programs.test.ts compares only the
// last line of stderr, so for the corpus programs written to exercise the traceback
// printer (uncaught/exc_*.py: position markers, collapsed recursion, chaining, exception
// group boxes, notes, "Did you mean" hints) the whole of stderr must be python3's too.
// Both run `COMMAND NAME.py` in the program's directory, so both name the script by the
// same absolute path in their tracebacks.
import { beforeAll, describe, expect, it } from 'vitest';
import { dirname, join } from 'node:path';
import { CLI_TIMEOUT_MS, PYVM_BIN, requireBundle } from '../support/commandLine';
import { listPrograms, mapConcurrently, defaultConcurrency, PROGRAMS_DIR, type ProgramRun, runProgram } from '../support/programRuns';
import { pythonExecutable } from '../support/python';

const programs = listPrograms().filter((program) => /^uncaught\/exc_[^/]*\.py$/.test(program));

function run(command: string, program: string): Promise<ProgramRun> {
  const path = join(PROGRAMS_DIR, program);
  return runProgram(command, [path.slice(dirname(path).length + 1)], { cwd: dirname(path), env: { PYTHONHASHSEED: '0' } });
}

describe('uncaught exceptions print as under python3, all of stderr', () => {
  const runs = new Map<string, { python: ProgramRun; pyvm: ProgramRun }>();

  beforeAll(async () => {
    requireBundle();
    const results = await mapConcurrently(programs, defaultConcurrency(), async (program) => ({
      program,
      python: await run(pythonExecutable(), program),
      pyvm: await run(PYVM_BIN, program),
    }));
    for (const { program, python, pyvm } of results) runs.set(program, { python, pyvm });
  }, 4 * CLI_TIMEOUT_MS);

  it('has programs', () => {
    expect(programs.length).toBeGreaterThanOrEqual(10);
  });

  for (const program of programs) {
    it(program, () => {
      const { python, pyvm } = runs.get(program)!;
      expect(pyvm.stderr).toBe(python.stderr);
      expect(pyvm.stdout).toBe(python.stdout);
      expect(pyvm.exit).toBe(python.exit);
    });
  }
});
