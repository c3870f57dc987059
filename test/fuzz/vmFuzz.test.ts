// Seeded fuzzing of the VM: programs of the differential corpus, mutated (lines
// deleted, duplicated and swapped, statements that raise, return, rebind or break
// inserted, tokens edited), run as processes under bin/pyvm. Whatever a mutant does,
// pyvm must end it as Python would: normally, or with a Python exception (exit 1) or a
// SyntaxError. A JavaScript error escaping, an internal error reported as SystemError,
// a crash by signal, or running out of time when python3 does not, fails the test,
// naming the seed (and saving the input).
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PYVM_BIN, requireBundle } from '../support/commandLine';
import { listPrograms, mapConcurrently, defaultConcurrency, PROGRAMS_DIR, runProgram, type ProgramRun } from '../support/programRuns';
import { mutate, saveFailingMutant, type Mutant } from './mutation';

const MUTANT_COUNT = 240;
const TIME_LIMIT_MS = 5_000;
/** Categories left out: those whose programs need more than the VM itself. */
const EXCLUDED_CATEGORIES = ['stdlib/', 'uncaught/'];
/**
 * Programs left out too: those that start other processes, each a pyvm start (a
 * mutant that duplicates a line starting several, a pool or a command line run a dozen
 * times, passed the time limit on a loaded machine where python3's quicker starts did not).
 */
const STARTS_PROCESSES = /sys\.executable|subprocess|multiprocessing|ProcessPoolExecutor|os\.fork/;

const STATEMENTS = [
  'x = None', 'del x', 'raise ValueError("fuzz")', 'return', 'return 1', 'break', 'continue', 'yield 1', 'pass',
  'print(locals())', 'x = x + 1', 'assert False', 'global x', 'nonlocal x', 'import sys', 'sys.exit(3)',
  'try:\n    pass\nexcept Exception:\n    raise', 'with open(__file__) as f:\n    pass', 'lambda: (yield)',
  '1 / 0', '[][0]', '{}["k"]', 'None.x', 'object.__setattr__(1, "a", 2)', 'int("z")', 'x = [x]', 'x = x[0]',
];
const FRAGMENTS = ['(', ')', '[', ']', ':', ',', '=', '*', '**', '.', 'not ', 'None', '0', '-1', '""', 'self', 'lambda: 0', 'yield ', 'await '];

/** Signs of a failure that is pyvm's, not the program's. */
function internalFailure(run: ProgramRun): string | undefined {
  if (/pyvm internal error/.test(run.stderr)) return 'internal error reported as SystemError';
  if (/^\s+at .*(dist\/pyvm\.mjs|node:internal)/m.test(run.stderr)) return 'a JavaScript stack trace escaped';
  if (typeof run.exit === 'string' && run.exit.startsWith('signal')) return `crashed (${run.exit})`;
  if (typeof run.exit === 'number' && ![0, 1, 2, 3, 120].includes(run.exit)) return `unexpected exit status ${run.exit}`;
  return undefined;
}

describe('VM fuzz', () => {
  const failures: string[] = [];
  let ran = 0;

  beforeAll(async () => {
    requireBundle();
    const programs = listPrograms()
      .filter((p) => !EXCLUDED_CATEGORIES.some((c) => p.startsWith(c)))
      .filter((p) => !STARTS_PROCESSES.test(readFileSync(join(PROGRAMS_DIR, p), 'utf8')));
    const sources = programs.map((p) => readFileSync(join(PROGRAMS_DIR, p)));
    const workDir = mkdtempSync(join(tmpdir(), 'pyvm-vm-fuzz-'));
    const mutants: { mutant: Mutant; program: string; path: string }[] = [];
    for (let seed = 1; seed <= MUTANT_COUNT; seed++) {
      const index = (seed * 7919) % programs.length;
      const mutant = mutate(sources[index], seed, { fragments: FRAGMENTS, statements: STATEMENTS });
      const path = join(workDir, `mutant_${seed}.py`);
      writeFileSync(path, mutant.bytes);
      mutants.push({ mutant, program: programs[index], path });
    }
    await mapConcurrently(mutants, defaultConcurrency(), async ({ mutant, program, path }) => {
      const run = await runProgram(PYVM_BIN, [path], { cwd: workDir, timeoutMs: TIME_LIMIT_MS, env: { PYTHONHASHSEED: '0' } });
      ran++;
      let problem = internalFailure(run);
      if (problem === undefined && typeof run.exit === 'string' && run.exit.startsWith('timeout')) {
        // A mutant may loop forever: that is only pyvm's fault if python3 finishes it.
        const python = await runProgram('python3', [path], { cwd: workDir, timeoutMs: TIME_LIMIT_MS, env: { PYTHONHASHSEED: '0' } });
        if (!(typeof python.exit === 'string' && python.exit.startsWith('timeout'))) problem = `timed out where python3 ended (${python.exit})`;
      }
      if (problem !== undefined) {
        failures.push(saveFailingMutant('vm', program, mutant, `${problem}\n${run.stderr.split('\n').slice(-6).join('\n')}`));
      }
    });
  }, 900_000);

  it(`ends every one of ${MUTANT_COUNT} mutants as Python would`, () => {
    expect(ran).toBe(MUTANT_COUNT);
    expect(failures, failures.join('\n\n')).toEqual([]);
  });
});
