// Jupyter's own clients (Debian's packages, on /usr/bin/python3) on the pyvm kernel,
// found through a kernelspec `bin/pyvm install` wrote: jupyter_kernel_test's suite,
// and nbconvert executing the tour notebook as `npm run tour` does.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentWithKernelspec, JUPYTER_PYTHON } from './kernelspec';

const root = join(__dirname, '../..');

/** .ci/run installs Debian's Jupyter; elsewhere these tests need it installed (scripts/install_jupyter.sh). */
const hasJupyter = existsSync(JUPYTER_PYTHON)
  && spawnSync(JUPYTER_PYTHON, ['-c', 'import jupyter_kernel_test, nbclient, nbconvert']).status === 0;

describe.skipIf(!hasJupyter)('Jupyter clients on the pyvm kernel', () => {
  it("passes jupyter_kernel_test's suite", () => {
    const run = spawnSync(JUPYTER_PYTHON, [join(__dirname, 'pyvm_kernel_test.py'), '-v'], { env: environmentWithKernelspec(), encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toMatch(/\nOK\n$/);
    expect(run.status).toBe(0);
    // The suite skips a test whose attributes are missing: none may be skipped.
    for (const test of [
      'test_execute_stdout', 'test_execute_stderr', 'test_error', 'test_execute_result', 'test_is_complete', 'test_kernel_info',
      'test_completion', 'test_inspect', 'test_pager', 'test_display_data', 'test_clear_output', 'test_history',
    ]) {
      expect(run.stderr).toContain(`${test} (`);
      expect(run.stderr).not.toMatch(new RegExp(`${test} \\(.*\\) \\.\\.\\. skipped`));
    }
  });

  it('executes the tour notebook with nbconvert (npm run tour)', () => {
    const outputDir = mkdtempSync(join(tmpdir(), 'pyvm-tour-'));
    const log = execFileSync('node', [join(root, 'scripts/tour.mjs'), '--output-dir', outputDir], { encoding: 'utf8' });
    const executed = join(outputDir, 'tour.ipynb');
    expect(log).toContain(`Jupyter executed the tour on the pyvm kernel: ${executed}`);
    const cells = (JSON.parse(readFileSync(executed, 'utf8')).cells as { cell_type: string; source: string[]; outputs: Record<string, unknown>[] }[])
      .filter((cell) => cell.cell_type === 'code');
    const text = (value: unknown) => ([] as string[]).concat(value as string[]).join('');
    const outputs = cells.map((cell) => cell.outputs.map((output) =>
      output.output_type === 'stream' ? text(output.text) : text((output.data as Record<string, unknown>)['text/plain'])));
    /** What python3 prints for a cell's source with its magic line left out and `tail` added. */
    const python3 = (cell: { source: string[] }, tail = '') =>
      execFileSync('python3', ['-c', `${text(cell.source).replace(/^%.*$/m, '')}\n${tail}`], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
    const [disCell, traceCell, poolCell] = cells.slice(-3);
    expect(outputs.slice(0, -3)).toEqual([
      ['Hello from pyvm!\n0 0\n1 1\n2 4\n'],
      ['285'],
      ['(Point(3.0, 4.0), 5.0)'],
      ["caught KeyError('missing')\n"],
      [python3(cells[4])],
      ["(['slow took 0.03s', 'fast took 0.01s'], ['fast', 'slow'])"],
      ['hello from the shell, pyvm\n', "['a.txt', 'b.txt']"],
    ]);
    // %dis: a rich listing whose plain text is dis.dis's.
    expect(disCell.outputs[0].output_type).toBe('display_data');
    expect(Object.keys(disCell.outputs[0].data as object)).toContain('text/html');
    expect(outputs.at(-3)).toEqual([python3(disCell, 'import dis; dis.dis(first_negative)')]);
    // %%trace_tasks: the cell's own output as python3 prints it, and a trace of main and its three tasks.
    const [trace, ...streams] = outputs.at(-2)!;
    expect(streams.join('')).toBe(python3(traceCell));
    expect(trace).toMatch(/^asyncio task trace: 4 tasks over [\d.]+ ms\n/);
    expect(trace.match(/fetch_data\(\) .* done: 'data from api-\d'/g)).toHaveLength(3);
    // A Pool runs the cell's function in its worker processes, as under python3.
    expect(outputs.at(-1)!.join('')).toBe(python3(poolCell));
  });
});
