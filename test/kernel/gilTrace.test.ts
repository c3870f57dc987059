// %%trace_gil and gil_trace.trace() on the real kernel. The seed document's CPU-bound
// threading example (its loop cut to range(2_000_000): about a tenth of a second, on pyvm
// as on CPython, long enough for a few dozen switch intervals) runs
// under %%trace_gil: its output is what the cell prints untraced, and the display has
// text/html (the sequence diagram and the timeline as inline SVG, the totals) and
// text/plain (the totals): both workers hold the GIL in turn, letting go at the check
// interval, and the threads' time holding the GIL adds up to at most the run's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KernelClient, ofType } from './kernelClient';
import type { JupyterMessage } from '../../kernel/wireMessage';

const SEED = `import threading
import time
totals = []
def cpu_bound():
    total = 0
    for i in range(2_000_000):
        total += i
    totals.append(total)
start = time.time()
t1 = threading.Thread(target=cpu_bound)
t2 = threading.Thread(target=cpu_bound)
t1.start(); t2.start()
t1.join(); t2.join()
print(f"Multithreaded: {time.time() - start:.2f}s")
print(totals)
`;
const WORKERS = ['Thread-1 (cpu_bound)', 'Thread-2 (cpu_bound)'];

type Bundle = Record<string, string>;
const bundles = (messages: JupyterMessage[], type: string) => ofType(messages, type).map((m) => (m.content as { data: Bundle }).data);
const streamText = (iopub: JupyterMessage[]) => ofType(iopub, 'stream').map((m) => m.content.text).join('');
/** The printed output with the seed's timing (which differs run to run) blanked. */
const untimed = (text: string) => text.replace(/^Multithreaded: \d+\.\d\ds$/m, 'Multithreaded: ?s');
/** A duration as the summary writes it, in seconds. */
const seconds = (text: string) => {
  const [, value, unit] = /^([\d.]+) (s|ms|µs)$/.exec(text)!;
  return Number(value) / { s: 1, ms: 1e3, µs: 1e6 }[unit as 's' | 'ms' | 'µs'];
};

describe('GIL traces in the kernel', () => {
  let kernel: KernelClient;
  beforeAll(async () => {
    kernel = await KernelClient.start();
  });
  afterAll(async () => {
    await kernel.close();
  });

  it('%%trace_gil draws the seed example: the workers take turns at the check interval', async () => {
    const { reply, iopub } = await kernel.execute(`%%trace_gil\n${SEED}`, {}, 60_000);
    const plain = await kernel.execute(SEED, {}, 60_000);
    expect(reply.content, `${reply.content.ename}: ${reply.content.evalue}`).toMatchObject({ status: 'ok' });
    expect(untimed(streamText(iopub))).toBe(untimed(streamText(plain.iopub)));
    expect(untimed(streamText(iopub))).toBe('Multithreaded: ?s\n[1999999000000, 1999999000000]\n');

    const shown = bundles(iopub, 'display_data');
    expect(shown).toHaveLength(1);
    expect(Object.keys(shown[0]).sort()).toEqual(['text/html', 'text/plain']);
    const html = shown[0]['text/html'];
    expect(html).not.toMatch(/<script|<link|@import|url\(/);
    expect(html.match(/<svg xmlns/g)).toHaveLength(2);
    // The sequence diagram: the threads' lifelines and the GIL's in the middle; the timeline: a lane per thread.
    const participants = [...html.matchAll(/<g class="participant(?: gil)?" data-thread="([^"]*)"/g)].map((match) => match[1]);
    expect(participants).toEqual(['MainThread', WORKERS[0], 'GIL', WORKERS[1]]);
    const lanes = [...html.matchAll(/<g class="lane" data-thread="([^"]*)"/g)].map((match) => match[1]);
    expect(lanes).toEqual(['MainThread', ...WORKERS]);
    // Once the main thread waits in join(), the workers' check-interval releases alternate.
    const messages = [...html.matchAll(/<g class="message (acquire|release) (\w+)" data-thread="([^"]*)"/g)].map(([, event, reason, thread]) => ({ event, reason, thread }));
    expect(messages[0]).toEqual({ event: 'release', reason: 'lock', thread: 'MainThread' });
    const joined = messages.findIndex((message) => message.event === 'release' && message.reason === 'join');
    expect(joined).toBeGreaterThan(0);
    const switches = messages.slice(joined).filter((message) => message.event === 'release' && message.reason === 'switch_interval').map((message) => message.thread);
    expect(switches.length).toBeGreaterThanOrEqual(4);
    for (let index = 1; index < switches.length; index++) expect(switches[index]).not.toBe(switches[index - 1]);
    expect(new Set(switches)).toEqual(new Set(WORKERS));
    expect(html).toMatch(/>Release GIL \(check interval\)</);
    expect(html).toMatch(/>Release GIL \(join\)</);

    // The totals: a row per thread; each worker acquired the GIL, let go at the check interval and ended.
    const [head, columns, ...rows] = shown[0]['text/plain'].split('\n');
    const [, wall] = /^GIL trace: 3 threads, \d+ acquires and \d+ releases over (.*)$/.exec(head)!;
    expect(columns.split(/\s{2,}/)).toEqual(['thread', 'holding', 'share', 'acquired', 'released', 'check interval', 'sleep', 'lock', 'join', 'I/O', 'exit']);
    const table = rows.map((row) => row.split(/\s{2,}/));
    expect(table.map((row) => row[0])).toEqual(['MainThread', ...WORKERS]);
    for (const row of table.slice(1)) {
      expect(Number(row[3])).toBeGreaterThan(1);
      expect(Number(row[5])).toBeGreaterThan(1);
      expect(row[10]).toBe('1');
    }
    expect(Number(table[0][8])).toBeGreaterThanOrEqual(1);
    const holding = table.reduce((sum, row) => sum + seconds(row[1]), 0);
    // (Each figure is rounded to 0.1 ms.)
    expect(holding).toBeLessThanOrEqual(seconds(wall) + 3 * 0.0001);
    expect(holding).toBeGreaterThan(0.8 * seconds(wall));
  });

  it('trace(fn, *args) displays the trace and returns fn\'s result; %lsmagic lists %%trace_gil', async () => {
    const code = [
      'from pyvm_kernel.gil_trace import trace',
      'import threading, time',
      'def nap(seconds):',
      '    worker = threading.Thread(target=time.sleep, args=(seconds,), name="napper")',
      '    worker.start()',
      '    worker.join()',
      '    return "rested"',
      'trace(nap, 0.05)',
    ].join('\n');
    const { reply, iopub } = await kernel.execute(code);
    expect(reply.content).toMatchObject({ status: 'ok' });
    expect(bundles(iopub, 'execute_result').map((data) => data['text/plain'])).toEqual(["'rested'"]);
    const [shown] = bundles(iopub, 'display_data');
    expect(shown['text/plain']).toMatch(/^GIL trace: 2 threads/);
    expect(shown['text/plain']).toMatch(/\nnapper +[\d.]+ µs|\nnapper +[\d.]+ ms/);
    expect(shown['text/html']).toMatch(/<g class="message release sleep" data-thread="napper"/);
    expect(shown['text/html']).toMatch(/<g class="message release join" data-thread="MainThread"/);
    const listing = bundles((await kernel.execute('%lsmagic')).iopub, 'execute_result')[0]['text/plain'];
    expect(listing).toMatch(/\nAvailable cell magics:\n.*%%trace_gil {2}%%trace_tasks/);
  });
});
