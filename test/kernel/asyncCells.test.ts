// Cells that await, on the real kernel: top-level await, async for and async with; tasks
// a cell starts go on running between cells (their output goes to that cell);
// asyncio.run() in a synchronous cell; an interrupt cancels a pending await at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KernelClient, ofType } from './kernelClient';
import type { JupyterMessage } from '../../kernel/wireMessage';

const resultText = (iopub: JupyterMessage[]) => ofType(iopub, 'execute_result').map((m) => (m.content.data as Record<string, string>)['text/plain']);
const plain = (traceback: string[]) => traceback.join('\n').replace(/\x1b\[[\d;]*m/g, '');
const streamText = (iopub: JupyterMessage[]) => ofType(iopub, 'stream').map((m) => m.content.text).join('');

describe('cells that await', () => {
  let kernel: KernelClient;
  beforeAll(async () => {
    kernel = await KernelClient.start();
  });
  afterAll(async () => {
    await kernel.close();
  });

  it('awaits at top level and shows the last expression', async () => {
    const { reply, iopub } = await kernel.execute('import asyncio\nawait asyncio.sleep(0.1)\n42');
    expect(reply.content.status).toBe('ok');
    expect(resultText(iopub)).toEqual(['42']);
    expect(resultText((await kernel.execute('await asyncio.sleep(0, "awaited last")')).iopub)).toEqual(["'awaited last'"]);
  });

  it('runs async for and async with', async () => {
    const code = [
      'class Resource:',
      '    async def __aenter__(self):',
      '        print("enter")',
      '        return self',
      '    async def __aexit__(self, *exc):',
      '        print("exit")',
      'async def ticks(n):',
      '    for i in range(n):',
      '        await asyncio.sleep(0.01)',
      '        yield i',
      'async with Resource() as r:',
      '    async for i in ticks(3):',
      '        print(i)',
      '[i async for i in ticks(2)]',
    ].join('\n');
    const { reply, iopub } = await kernel.execute(code);
    expect(reply.content.status).toBe('ok');
    expect(streamText(iopub)).toBe('enter\n0\n1\n2\nexit\n');
    expect(resultText(iopub)).toEqual(['[0, 1]']);
  });

  it('keeps tasks running between cells; their output goes to the cell that started them', async () => {
    const started = await kernel.execute('async def later(delay, text):\n    await asyncio.sleep(delay)\n    print(text)\ntask = asyncio.ensure_future(later(0.5, "task done"))');
    expect(started.reply.content.status).toBe('ok');
    const startedId = started.reply.parent_header.msg_id;
    // The next request is answered at once, though the worker runs the loop meanwhile.
    expect(resultText((await kernel.execute('task.done()')).iopub)).toEqual(['False']);
    const output = await kernel.iopubMessage((m) => m.header.msg_type === 'stream' && m.content.text === 'task done\n', 3000);
    expect(output.parent_header.msg_id).toBe(startedId);
    expect(resultText((await kernel.execute('task.done()')).iopub)).toEqual(['True']);
    // While another cell runs, too.
    const starter = await kernel.execute('asyncio.get_event_loop().create_task(later(0.1, "from the task"));');
    const running = await kernel.execute('await asyncio.sleep(0.3)\nprint("from the cell")');
    expect(streamText(running.iopub)).toBe('from the cell\n');
    const fromTask = await kernel.iopubMessage((m) => m.header.msg_type === 'stream' && m.content.text === 'from the task\n', 1000);
    expect(fromTask.parent_header.msg_id).toBe(starter.reply.parent_header.msg_id);
  });

  it('answers requests promptly while a task waits forever', async () => {
    await kernel.execute('forever = asyncio.ensure_future(asyncio.Event().wait())');
    const start = Date.now();
    expect(resultText((await kernel.execute('1 + 1')).iopub)).toEqual(['2']);
    expect(Date.now() - start).toBeLessThan(1000);
    await kernel.execute('forever.cancel()');
  });

  it('reports an error in an awaiting cell from the cell down, not from the loop', async () => {
    const { reply } = await kernel.execute('await asyncio.sleep(0)\n1 / 0');
    expect(reply.content).toMatchObject({ status: 'error', ename: 'ZeroDivisionError' });
    const traceback = plain(reply.content.traceback as string[]);
    expect(traceback).toMatch(/Cell In \[\d+\], line 2\n/);
    expect(traceback).not.toMatch(/base_events/);
  });

  it('runs asyncio.run() in a synchronous cell', async () => {
    const { reply, iopub } = await kernel.execute('async def answer():\n    await asyncio.sleep(0.01)\n    return 6 * 7\nasyncio.run(answer())');
    expect(reply.content.status).toBe('ok');
    expect(resultText(iopub)).toEqual(['42']);
  });

  it('gathers', async () => {
    const code = 'async def job(name, delay):\n    await asyncio.sleep(delay)\n    return name\nawait asyncio.gather(job("a", 0.03), job("b", 0.01))';
    expect(resultText((await kernel.execute(code)).iopub)).toEqual(["['a', 'b']"]);
  });

  it('cancels a pending await on interrupt, with KeyboardInterrupt at the cell', async () => {
    const id = await kernel.request('shell', 'execute_request', {
      code: 'try:\n    await asyncio.sleep(60)\nfinally:\n    print("cleaned up")', silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const start = Date.now();
    await kernel.request('control', 'interrupt_request', {});
    const reply = await kernel.reply('shell', id, 1000);
    expect(Date.now() - start).toBeLessThan(1000);
    expect(reply.content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    const traceback = plain(reply.content.traceback as string[]);
    expect(traceback).toMatch(/Cell In \[\d+\], line 2\n.*\n----> 2 +await asyncio\.sleep\(60\)/);
    const iopub = await kernel.iopubUntilIdle(id);
    expect(streamText(iopub)).toBe('cleaned up\n');
    expect(resultText((await kernel.execute('await asyncio.sleep(0, "still alive")')).iopub)).toEqual(["'still alive'"]);
  });

  it('interrupts an awaiting cell that keeps the loop busy, wherever in the loop the interrupt lands', async () => {
    // Several times, at different moments: an interrupt inside asyncio's own code could
    // drop the cell's wake-up and leave it hanging.
    for (const delayMs of [300, 50, 120, 210, 80]) {
      const id = await kernel.request('shell', 'execute_request', {
        code: 'while True:\n    await asyncio.sleep(0)', silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true,
      });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await kernel.request('control', 'interrupt_request', {});
      expect((await kernel.reply('shell', id, 1000)).content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    }
    expect(resultText((await kernel.execute('"still alive"')).iopub)).toEqual(["'still alive'"]);
  });

  it('keeps an interrupt that comes while a background task holds the loop for the cell waiting to run', async () => {
    await kernel.execute('async def spin():\n    print("spinning", flush=True)\n    while True:\n        pass\nspinner = asyncio.ensure_future(spin())');
    // Once it spins (on a loaded machine the next cell may come before the background run
    // starts it, and then runs first), the task never lets the worker take the next cell;
    // the interrupt must reach that cell.
    await kernel.iopubMessage((m) => m.header.msg_type === 'stream' && m.content.text === 'spinning\n', 10_000);
    const id = await kernel.request('shell', 'execute_request', {
      code: '"never shown"', silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: false,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await kernel.request('control', 'interrupt_request', {});
    expect((await kernel.reply('shell', id, 5000)).content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    expect(resultText((await kernel.execute('spinner.done(), "still alive"')).iopub)).toEqual(["(True, 'still alive')"]);
  });

  it('shuts down while a task waits forever', async () => {
    await kernel.execute('forever = asyncio.ensure_future(asyncio.Event().wait())');
    const id = await kernel.request('control', 'shutdown_request', { restart: false });
    expect((await kernel.reply('control', id, 2000)).content).toEqual({ status: 'ok', restart: false });
    expect(await kernel.exited()).toBe(0);
  });
});
