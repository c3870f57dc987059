// CPython's own regression tests, the modules pyvm fully passes: each runs under python3
// and under bin/pyvm in this test run (scripts/cpython_tests.mjs), and every test python3
// passes must pass on pyvm too, as pyvm runs by default, with every code object compiled
// from its first run (-X jit-warmup=0) and with the compiled tier off (-X jit=off). The
// list only grows: passing-modules.txt.
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

const MODES: { name: string; options: string[] }[] = [
  { name: 'pyvm', options: [] },
  { name: 'pyvm -X jit-warmup=0', options: ['-X', 'jit-warmup=0'] },
  { name: 'pyvm -X jit=off', options: ['-X', 'jit=off'] },
];

describe("CPython's regression tests", () => {
  const rows = new Map<string, ModuleRow>();
  const runs = MODES.flatMap((mode) => modules.map((module) => ({ mode, module })));

  // The modules run side by side (each run is one process per interpreter).
  beforeAll(async () => {
    requireBundle();
    process.env.PYVM_ORACLE ??= pythonExecutable();
    const queue = [...runs];
    const worker = async () => {
      for (let run = queue.shift(); run !== undefined; run = queue.shift()) {
        rows.set(`${run.mode.name} ${run.module}`, (await compareModule(run.module, MODULE_TIMEOUT_S, run.mode.options)) as ModuleRow);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  }, (MODULE_TIMEOUT_S + 60) * 1000 * 4 * MODES.length);

  it.each(runs.map((run) => [run.module, run.mode.name]))('%s: %s passes what python3 passes', (module, mode) => {
    const row = rows.get(`${mode} ${module}`)!;
    expect(row.pythonPassed, `python3 ran ${module}`).toBeGreaterThan(0);
    expect(row.missing, `${module} under ${mode} (${row.pyvm.ending}):\n${row.pyvm.stderrTail}`).toEqual([]);
  });
});
