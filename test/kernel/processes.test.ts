// multiprocessing in a notebook: a Pool's workers are interpreters on worker threads of
// the kernel's process, forked in spirit from the cell's __main__, so a function a cell
// defines runs in them (as on Linux with CPython, where the fork start method copies
// the kernel), and what they print shows in the cell that started them (as ipykernel
// passes on a forked child's output).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KernelClient, ofType } from './kernelClient';
import type { JupyterMessage } from '../../kernel/wireMessage';

const POOL_CELL = `from multiprocessing import Pool
def square(n):
    print(f"worker squares {n}", flush=True)
    return n * n
with Pool(2) as pool:
    print(pool.map(square, range(4)))
`;

const streamLines = (messages: JupyterMessage[]) => ofType(messages, 'stream').map((m) => m.content.text as string).join('').split('\n').filter((line) => line !== '');

describe('multiprocessing in the kernel', () => {
  let kernel: KernelClient;
  beforeAll(async () => {
    kernel = await KernelClient.start();
  });
  afterAll(async () => {
    await kernel.close();
  });

  it("runs a cell's function in a Pool, and shows what the workers print in that cell", async () => {
    const { reply, iopub } = await kernel.execute(POOL_CELL, {}, 60_000);
    expect(reply.content, `${reply.content.ename}: ${reply.content.evalue}`).toMatchObject({ status: 'ok' });
    const cell = reply.parent_header.msg_id;
    const lines = streamLines(iopub);
    // The workers' lines come over another channel than the cell's own: the last may come just after the cell's end.
    while (lines.filter((line) => line.startsWith('worker')).length < 4) {
      lines.push(...streamLines([await kernel.iopubMessage((m) => m.parent_header.msg_id === cell && m.header.msg_type === 'stream', 5_000)]));
    }
    expect(lines).toContain('[0, 1, 4, 9]');
    expect(lines.filter((line) => line.startsWith('worker')).sort()).toEqual([0, 1, 2, 3].map((n) => `worker squares ${n}`));
  }, 90_000);

  it('keeps the kernel alive and its children gone after a Process is terminated', async () => {
    const { reply, iopub } = await kernel.execute('import multiprocessing, time\np = multiprocessing.Process(target=time.sleep, args=(60,))\np.start(); p.terminate(); p.join()\nprint(p.exitcode, multiprocessing.active_children())', {}, 60_000);
    expect(reply.content).toMatchObject({ status: 'ok' });
    expect(streamLines(iopub)).toEqual(['-15 []']);
  }, 90_000);
});
