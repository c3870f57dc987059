// CPython's own regression tests, the modules pyvm fully passes: each runs under python3
// and under bin/pyvm in this test run (scripts/cpython_tests.mjs), and every test python3
// passes must pass on pyvm too. The list only grows: passing-modules.txt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requireBundle } from '../support/commandLine';
import { pythonExecutable } from '../support/python';
// @ts-expect-error: a plain ES module script, without type declarations.
import { compareModule } from '../../scripts/cpython_tests.mjs';

const MODULE_TIMEOUT_S = 600;

const modules = readFileSync('test/cpython/passing-modules.txt', 'utf-8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

describe("CPython's regression tests", () => {
  requireBundle();
  process.env.PYVM_ORACLE ??= pythonExecutable();

  it.each(modules)('%s: pyvm passes what python3 passes', async (module) => {
    const row = await compareModule(module, MODULE_TIMEOUT_S);
    expect(row.pythonPassed, `python3 ran ${module}`).toBeGreaterThan(0);
    expect(row.missing, `${module} under pyvm (${row.pyvm.ending}):\n${row.pyvm.stderrTail}`).toEqual([]);
  }, (MODULE_TIMEOUT_S + 30) * 1000);
});
