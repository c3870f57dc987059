// The program corpus (programs.test.ts) run with every code object compiled the first time
// it runs (PYVM_JIT_WARMUP=0): the programs pyvm passes must pass this way too.
import { describe, it } from 'vitest';
import { compareInHook, passingPrograms } from '../support/corpus';

describe('programs run with every code object compiled (PYVM_JIT_WARMUP=0) as under python3', () => {
  // (Last to first: the other pass goes first to last, and each finds python3's runs of
  // the programs the other has done, until they meet.)
  const results = compareInHook([...passingPrograms].reverse(), { pyvmEnv: { PYVM_JIT_WARMUP: '0' } });

  for (const program of passingPrograms) {
    it(program, () => {
      const comparison = results.get(program);
      if (!comparison) throw new Error(`${program} was not run`);
      if (comparison.difference !== undefined) throw new Error(`${program} differs from python3 when compiled:\n${comparison.difference}`);
    });
  }
});
