// %%trace_tasks and task_trace.trace() on the real kernel. On the seed document's gather
// example (delays cut to 0.1/0.2/0.3 s) the cell prints what python3 prints and displays
// a trace with text/html (an inline SVG timeline, one lane per task: main and the three
// fetches, and the await tree) and text/plain (the summary), updated while it runs. A cell
// that awaits at top level gets its display updated while it runs; so does `await trace(coro)`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KernelClient, ofType } from './kernelClient';
import type { JupyterMessage } from '../../kernel/wireMessage';
import { runInStdlib } from '../support/commandLine';
import { pythonExecutable } from '../support/python';

const SEED = `import asyncio
async def fetch_data(url, delay):
    print(f"Starting request {url}")
    await asyncio.sleep(delay)
    print(f"Completed request {url}")
    return f"data from {url}"
async def main():
    results = await asyncio.gather(fetch_data("api-1", 0.1), fetch_data("api-2", 0.2), fetch_data("api-3", 0.3))
    print(results)
asyncio.run(main())
`;

type Bundle = Record<string, string>;
const bundles = (messages: JupyterMessage[], type: string) => ofType(messages, type).map((m) => (m.content as { data: Bundle }).data);
const streamText = (iopub: JupyterMessage[]) => ofType(iopub, 'stream').map((m) => m.content.text).join('');
const lanes = (html: string) => [...html.matchAll(/<g class="lane" data-task="([^"]*)"/g)].map((match) => match[1]);

describe('asyncio task traces in the kernel', () => {
  let kernel: KernelClient;
  beforeAll(async () => {
    kernel = await KernelClient.start();
  });
  afterAll(async () => {
    await kernel.close();
  });

  it('%%trace_tasks runs the seed example as python3 does and draws main and its three tasks', async () => {
    const { reply, iopub } = await kernel.execute(`%%trace_tasks\n${SEED}`);
    expect(reply.content, `${reply.content.ename}: ${reply.content.evalue}`).toMatchObject({ status: 'ok' });
    expect(streamText(iopub)).toBe(runInStdlib(pythonExecutable(), ['-c', SEED]).stdout);
    const shown = [...bundles(iopub, 'display_data'), ...bundles(iopub, 'update_display_data')];
    const final = shown.at(-1)!;
    // asyncio.run's loop is not the kernel's: the display is refreshed after steps, once 0.2 s passed.
    expect(shown.slice(1, -1).some((bundle) => /^asyncio task trace: [1-4] tasks? over .* \(running\)$/m.test(bundle['text/plain']))).toBe(true);
    expect(Object.keys(final).sort()).toEqual(['text/html', 'text/plain']);
    const html = final['text/html'];
    const timeline = html.slice(0, html.indexOf('<div class="legend">'));
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link|@import|url\(/);
    expect(lanes(html)).toHaveLength(4);
    for (const coroutine of ['main()', 'fetch_data()']) expect(html).toContain(coroutine);
    // Each fetch sleeps, the main task awaits gather, each ends done; the tree puts the fetches under main.
    expect(timeline.match(/<rect class="sleeping"/g)).toHaveLength(3);
    expect(html).toMatch(/<rect class="awaiting"[^>]*><title>Task-\d+: awaiting on gather\(Task-\d+, Task-\d+, Task-\d+\) at &lt;cell \d+&gt;:9/);
    expect(timeline.match(/<rect class="done"/g)).toHaveLength(4);
    expect(html).toMatch(/└── \(T\) Task-\d+\n {4}└── {2}main &lt;cell \d+&gt;:9 {2}awaits gather/);
    const summary = final['text/plain'].split('\n');
    expect(summary[0]).toMatch(/^asyncio task trace: 4 tasks over ([3-9]\d\d\.\d ms|\d\.\d{3} s)$/);
    expect(summary.slice(2).map((line) => line.split(/\s{2,}/).slice(1, 4))).toEqual([
      ['main()', '<cell 1>:11', '-'],
      ['fetch_data()', '<cell 1>:9', expect.stringMatching(/^Task-\d+$/)],
      ['fetch_data()', '<cell 1>:9', expect.stringMatching(/^Task-\d+$/)],
      ['fetch_data()', '<cell 1>:9', expect.stringMatching(/^Task-\d+$/)],
    ]);
    for (const line of summary.slice(2)) expect(line).toMatch(/ 2 +done: |main\(\).* done: None/);
  });

  it('updates the display while a cell that awaits runs, and returns its last value', async () => {
    const code = '%%trace_tasks\nt = asyncio.create_task(asyncio.sleep(0.7, "late"), name="late")\nawait asyncio.sleep(0.1)\nawait t';
    const { reply, iopub } = await kernel.execute(code);
    expect(reply.content).toMatchObject({ status: 'ok' });
    expect(bundles(iopub, 'display_data')).toHaveLength(1);
    const updates = bundles(iopub, 'update_display_data');
    expect(updates.length).toBeGreaterThanOrEqual(3);
    expect(updates[0]['text/plain']).toContain('(running)');
    expect(updates.at(-1)!['text/plain']).not.toContain('(running)');
    expect(lanes(updates.at(-1)!['text/html'])).toEqual([expect.stringMatching(/^Task-\d+$/), 'late']);
    expect(bundles(iopub, 'execute_result').map((data) => data['text/plain'])).toEqual(["'late'"]);
  });

  it('await trace(coro) returns its result and displays its trace', async () => {
    const code = [
      'from pyvm_kernel.task_trace import trace',
      'async def fail():',
      '    await asyncio.sleep(0.01)',
      '    raise ValueError("no")',
      'async def work():',
      '    t = asyncio.create_task(fail(), name="fails")',
      '    try:',
      '        await t',
      '    except ValueError:',
      '        return "handled"',
      'await trace(work())',
    ].join('\n');
    const { reply, iopub } = await kernel.execute(code);
    expect(reply.content).toMatchObject({ status: 'ok' });
    expect(bundles(iopub, 'execute_result').map((data) => data['text/plain'])).toEqual(["'handled'"]);
    const final = bundles(iopub, 'update_display_data').at(-1)!;
    expect(final['text/plain']).toMatch(/fails +fail\(\) .* failed: ValueError: no/);
    expect(final['text/html']).toContain('<rect class="failed"');
  });
});
