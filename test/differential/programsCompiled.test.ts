// The program corpus (programs.test.ts) run with every code object compiled the first time
// it runs (PYVM_JIT_WARMUP=0): the programs pyvm passes must pass this way too.
import { beforeAll, describe, it } from 'vitest';
import { PYVM_BIN, requireBundle } from '../support/commandLine';
import { type Comparison, comparePrograms } from '../support/programRuns';
import { ALL_PROGRAMS_TIMEOUT_MS, passingPrograms, pyvmTimeoutMs } from '../support/corpus';
import { pythonExecutable } from '../support/python';

describe('programs run with every code object compiled (PYVM_JIT_WARMUP=0) as under python3', () => {
  const results = new Map<string, Comparison>();

  beforeAll(async () => {
    requireBundle();
    const comparisons = await comparePrograms(passingPrograms, {
      pyvm: PYVM_BIN,
      python: pythonExecutable(),
      pyvmEnv: { PYVM_JIT_WARMUP: '0' },
      pyvmTimeoutMs,
    });
    for (const comparison of comparisons) results.set(comparison.program, comparison);
  }, ALL_PROGRAMS_TIMEOUT_MS);

  for (const program of passingPrograms) {
    it(program, () => {
      const comparison = results.get(program);
      if (!comparison) throw new Error(`${program} was not run`);
      if (comparison.difference !== undefined) throw new Error(`${program} differs from python3 when compiled:\n${comparison.difference}`);
    });
  }
});
