// The four chapter notebooks in notebooks/ (one per part of the seed document), executed
// by Jupyter's nbconvert on the pyvm kernel as `npm run tour` executes the tour: no cell
// may fail, cells whose output is deterministic print what python3 prints for the same
// code (magic lines left out, timings blanked), and the rich displays (%dis, %%dis,
// %%trace_gil, %%trace_tasks) show what they draw.
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

type Output = { output_type: string; name?: string; text?: string | string[]; data?: Record<string, string | string[]>; ename?: string; evalue?: string };
type Cell = { cell_type: string; source: string | string[]; outputs: Output[] };

const text = (value: unknown) => ([] as string[]).concat((value ?? []) as string[]).join('');
/** Timings differ run to run: blanked on both sides. */
const untimed = (value: string) => value.replace(/\d+\.\d+s\b/g, '?s');

class Executed {
  constructor(readonly cells: Cell[]) {}
  source(index: number) {
    return text(this.cells[index].source);
  }
  stdout(index: number) {
    return this.cells[index].outputs.filter((output) => output.output_type === 'stream' && output.name === 'stdout').map((output) => text(output.text)).join('');
  }
  /** The MIME bundles a cell displayed or returned. */
  bundles(index: number, type: 'display_data' | 'execute_result') {
    return this.cells[index].outputs.filter((output) => output.output_type === type).map((output) => Object.fromEntries(Object.entries(output.data!).map(([key, value]) => [key, text(value)])));
  }
  result(index: number) {
    return this.bundles(index, 'execute_result').map((data) => data['text/plain']);
  }
}

const environment = hasJupyter ? environmentWithKernelspec() : {};

/** Has nbconvert execute notebooks/NAME.ipynb on the pyvm kernel; returns its code cells, outputs and all. */
function execute(name: string): Executed {
  const outputDir = mkdtempSync(join(tmpdir(), 'pyvm-chapter-'));
  execFileSync(JUPYTER_PYTHON, ['-m', 'nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.kernel_name=pyvm',
    '--ExecutePreprocessor.timeout=60', join(root, 'notebooks', `${name}.ipynb`), '--output-dir', outputDir],
  { env: environment, stdio: ['ignore', 'ignore', 'pipe'], timeout: 90_000 });
  const cells = (JSON.parse(readFileSync(join(outputDir, `${name}.ipynb`), 'utf8')).cells as Cell[]).filter((cell) => cell.cell_type === 'code');
  return new Executed(cells);
}

/**
 * What python3 prints for each code cell, the cells run in order as one program, magic
 * lines left out; `rewrite` turns what only a notebook accepts (top-level await) into Python.
 */
function python3(notebook: Executed, rewrite = (source: string) => source): string[] {
  const marker = '----- cell -----';
  const program = notebook.cells.map((cell) => rewrite(text(cell.source).replace(/^%.*$/gm, ''))).join(`\nprint(${JSON.stringify(marker)})\n`);
  const output = execFileSync('python3', ['-c', program], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
  return output.split(`${marker}\n`);
}

/** No cell ended in an error, and none wrote to stderr. */
function expectNoErrors(notebook: Executed) {
  for (const [index, cell] of notebook.cells.entries()) {
    const errors = cell.outputs.filter((output) => output.output_type === 'error' || output.name === 'stderr');
    expect(errors, `cell ${index}: ${text(cell.source)}\n${errors.map((error) => `${error.ename}: ${error.evalue}${text(error.text)}`).join('\n')}`).toEqual([]);
  }
}

describe.skipIf(!hasJupyter)('the chapter notebooks on the pyvm kernel (nbconvert --execute)', () => {
  it('01: bytecode and the eval loop', () => {
    const notebook = execute('01-bytecode-and-the-eval-loop');
    expectNoErrors(notebook);
    const expected = python3(notebook);
    const [disCell, richDisCell, codeObjectCell, compileCell, cellDisCell, dispatchCell, timeCell, timeitCell] = notebook.cells.keys();
    expect(notebook.cells).toHaveLength(8);
    // The seed's example: dis.dis(add) as CPython 3.11 prints it.
    const listing = notebook.stdout(disCell);
    expect(listing).toBe(expected[disCell]);
    for (const name of ['RESUME', 'LOAD_FAST', 'BINARY_OP', 'RETURN_VALUE']) expect(listing).toContain(name);
    // %dis add: a rich listing whose plain text is dis.dis's, and whose HTML names the instructions.
    const [rich] = notebook.bundles(richDisCell, 'display_data');
    expect(rich['text/plain'].trimEnd()).toBe(listing.trimEnd());
    for (const name of ['LOAD_FAST', 'BINARY_OP', 'RETURN_VALUE']) expect(rich['text/html']).toContain(name);
    for (const index of [codeObjectCell, compileCell, dispatchCell]) expect(notebook.stdout(index), notebook.source(index)).toBe(expected[index]);
    expect(notebook.result(compileCell)).toEqual(['42']);
    // %%dis: the cell's code and the nested function's, not run.
    const [cellListing] = notebook.bundles(cellDisCell, 'display_data');
    expect(cellListing['text/plain']).toMatch(/Disassembly of <code object cpu_bound at 0x[0-9a-f]+, file "<cell \d+>", line 2>:/);
    for (const name of ['FOR_ITER', 'JUMP_BACKWARD', 'BINARY_OP               13 (+=)']) expect(cellListing['text/plain']).toContain(name);
    for (const name of ['FOR_ITER', 'JUMP_BACKWARD']) expect(cellListing['text/html']).toContain(name);
    expect(notebook.stdout(timeCell)).toMatch(/^499999500000\nCPU times: .*\nWall time: .*\n499999500000\nCPU times: .*\nWall time: .*\n$/);
    expect(notebook.stdout(timeitCell)).toMatch(/^(The slowest run took .*\n)?\S+ \S+ ± \S+ \S+ per loop \(mean ± std\. dev\. of 3 runs, 1,000 loops each\)\n$/);
  }, 90_000);

  it('02: the GIL, threads against processes', () => {
    const notebook = execute('02-the-gil');
    expectNoErrors(notebook);
    const expected = python3(notebook);
    expect(notebook.cells).toHaveLength(6);
    const [intervalCell, singleCell, threadsCell, ioCell, poolCell, subprocessCell] = notebook.cells.keys();
    expect(notebook.result(intervalCell)).toEqual(['0.005']);
    for (const index of [singleCell, threadsCell, ioCell]) expect(untimed(notebook.stdout(index))).toBe(untimed(expected[index]));
    // %%trace_gil on the seed's CPU-bound threads: both workers hold the GIL in turn, letting go at the check interval.
    const [cpu] = notebook.bundles(threadsCell, 'display_data');
    expect(cpu['text/plain']).toMatch(/^GIL trace: 3 threads, \d+ acquires and \d+ releases over /);
    const rows = (trace: string) => trace.split('\n').slice(2).map((row) => row.split(/\s{2,}/));
    const workers = rows(cpu['text/plain']);
    expect(workers.map((row) => row[0])).toEqual(['MainThread', 'Thread-1 (cpu_bound)', 'Thread-2 (cpu_bound)']);
    for (const row of workers.slice(1)) expect(Number(row[5])).toBeGreaterThanOrEqual(1);
    expect(cpu['text/html'].match(/<svg xmlns/g)).toHaveLength(2);
    expect(cpu['text/html']).toMatch(/<g class="message release switch_interval" data-thread="Thread-1 \(cpu_bound\)"/);
    expect(cpu['text/html']).toMatch(/<g class="message release switch_interval" data-thread="Thread-2 \(cpu_bound\)"/);
    // The I/O-bound threads each let go of the GIL to sleep, once.
    const [io] = notebook.bundles(ioCell, 'display_data');
    expect(rows(io['text/plain']).map((row) => [row[0], row[6]])).toEqual([['MainThread', '0'], ['io-0', '1'], ['io-1', '1'], ['io-2', '1']]);
    for (const name of ['io-0', 'io-1', 'io-2']) expect(io['text/html']).toContain(`<g class="message release sleep" data-thread="${name}"`);
    // The pool computes what threads do, as under python3.
    const [results, timings] = notebook.stdout(poolCell).split('\n');
    expect(results).toBe(expected[poolCell].split('\n')[0]);
    expect(results).toMatch(/^\[\d+, \d+\] True$/);
    expect(timings).toMatch(/^2 threads: \d+\.\d\ds {3}Pool\(2\): \d+\.\d\ds {3}on \d+ CPUs$/);
    expect(notebook.result(subprocessCell)).toEqual(["(0, '45\\n')"]);
  }, 90_000);

  it('03: asyncio', () => {
    const notebook = execute('03-asyncio');
    expectNoErrors(notebook);
    // python3 runs a top-level `await f()` as asyncio.run(f()).
    const expected = python3(notebook, (source) => source.replace(/^(\S.*?|)\bawait (\w+\(\))/gm, '$1asyncio.run($2)'));
    expect(notebook.cells).toHaveLength(6);
    const [gatherCell, traceCell, , contextCell, executorCell, tickerCell] = notebook.cells.keys();
    // gather's results in the order of its arguments, whichever finished first.
    expect(notebook.stdout(gatherCell)).toContain("['data from api-1', 'data from api-2', 'data from api-3']\n");
    for (const index of [gatherCell, contextCell, executorCell, tickerCell]) expect(untimed(notebook.stdout(index)), notebook.source(index)).toBe(untimed(expected[index]));
    // %%trace_tasks: main and the three tasks gather made, each done with its result.
    expect(notebook.stdout(traceCell)).toBe(expected[traceCell]);
    const [trace] = notebook.bundles(traceCell, 'display_data');
    expect(trace['text/plain']).toMatch(/^asyncio task trace: 4 tasks over /);
    expect(trace['text/plain']).toMatch(/\n\S+ +main\(\) .* done: None\n/);
    expect(trace['text/plain'].match(/fetch_data\(\) .* done: 'data from api-\d'/g)).toEqual([1, 2, 3].map((n) => expect.stringMatching(new RegExp(`done: 'data from api-${n}'$`))));
    expect(trace['text/html']).toContain('fetch_data');
    expect(trace['text/html']).toContain('<svg');
    // The ticker task ran while main awaited the executor.
    const [ticker] = notebook.bundles(tickerCell, 'display_data');
    expect(ticker['text/plain']).toMatch(/\n\S+ +ticker\(\) .* 4 +done: None/);
  }, 90_000);

  it('04: the type system at run time', () => {
    const notebook = execute('04-types-at-run-time');
    expectNoErrors(notebook);
    const expected = python3(notebook);
    expect(notebook.cells).toHaveLength(9);
    for (const index of notebook.cells.keys()) expect(notebook.stdout(index), notebook.source(index)).toBe(expected[index]);
    expect(notebook.stdout(5)).toContain('TypeError: Instance and class checks can only be used with @runtime_checkable protocols\n');
    expect(notebook.stdout(6)).toMatch(/^True True False\n/);
  }, 60_000);
});
