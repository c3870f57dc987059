// CPython's own regression tests, the modules pyvm fully passes: each runs under python3
// and under bin/pyvm in this test run (scripts/cpython_tests.mjs), and every test python3
// passes must pass on pyvm too. The list only grows: passing-modules.txt.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBundle } from '../support/commandLine';
import { pythonExecutable } from '../support/python';
// @ts-expect-error: a plain ES module script, without type declarations.
import { compareModule } from '../../scripts/cpython_tests.mjs';

const MODULE_TIMEOUT_S = 600;

interface ModuleRow {
  pythonPassed: number;
  missing: string[];
  pyvm: { ending: string; stderrTail: string };
}

const modules = readFileSync('test/cpython/passing-modules.txt', 'utf-8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

describe("CPython's regression tests", () => {
  const rows = new Map<string, ModuleRow>();

  // The modules run side by side (each run is one process per interpreter).
  beforeAll(async () => {
    requireBundle();
    process.env.PYVM_ORACLE ??= pythonExecutable();
    const queue = [...modules];
    const worker = async () => {
      for (let module = queue.shift(); module !== undefined; module = queue.shift()) {
        rows.set(module, (await compareModule(module, MODULE_TIMEOUT_S)) as ModuleRow);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  }, (MODULE_TIMEOUT_S + 60) * 1000 * 4);

  it.each(modules)('%s: pyvm passes what python3 passes', (module) => {
    const row = rows.get(module)!;
    expect(row.pythonPassed, `python3 ran ${module}`).toBeGreaterThan(0);
    expect(row.missing, `${module} under pyvm (${row.pyvm.ending}):\n${row.pyvm.stderrTail}`).toEqual([]);
  });
});
