// The kernel over the wire: the real process (bin/pyvm kernel), spoken to with ZeroMQ
// through a client of our own (kernelClient.ts). Messages as the Jupyter messaging
// protocol 5.3 and ipykernel shape them; signatures; bad messages dropped; interrupts,
// stdin, stop_on_error, is_complete, shutdown.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeMessage } from '../../kernel/wireMessage';
import { KernelClient, ofType, PYVM } from './kernelClient';

describe('pyvm kernel', () => {
  let kernel: KernelClient;
  beforeAll(async () => {
    kernel = await KernelClient.start();
  });
  afterAll(async () => {
    await kernel.close();
  });

  it('answers kernel_info with the language info and status busy/idle', async () => {
    const id = await kernel.request('shell', 'kernel_info_request', {});
    const reply = await kernel.reply('shell', id);
    expect(reply.header.msg_type).toBe('kernel_info_reply');
    expect(Object.keys(reply.header).sort()).toEqual(['date', 'msg_id', 'msg_type', 'session', 'username', 'version']);
    expect(reply.content).toMatchObject({
      status: 'ok',
      protocol_version: '5.3',
      implementation: 'pyvm',
      language_info: {
        name: 'python', version: '3.11.7', mimetype: 'text/x-python', file_extension: '.py',
        pygments_lexer: 'ipython3', codemirror_mode: { name: 'ipython', version: 3 }, nbconvert_exporter: 'python',
      },
    });
    expect(reply.content.help_links).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Python Reference' })]));
    const statuses = (await kernel.iopubUntilIdle(id)).map((m) => m.content.execution_state);
    expect(statuses).toEqual(['busy', 'idle']);
  });

  it('runs a cell: execute_input, streams, the last expression as execute_result', async () => {
    const { reply, iopub } = await kernel.execute('import sys\nprint("hello")\nprint("oops", file=sys.stderr)\n6 * 7');
    expect(reply.content).toMatchObject({ status: 'ok', user_expressions: {}, payload: [] });
    const count = reply.content.execution_count;
    expect(iopub.map((m) => m.header.msg_type)).toEqual(['status', 'execute_input', 'stream', 'stream', 'execute_result', 'status']);
    expect(ofType(iopub, 'execute_input')[0].content).toEqual({ code: 'import sys\nprint("hello")\nprint("oops", file=sys.stderr)\n6 * 7', execution_count: count });
    expect(ofType(iopub, 'stream').map((m) => m.content)).toEqual([{ name: 'stdout', text: 'hello\n' }, { name: 'stderr', text: 'oops\n' }]);
    expect(ofType(iopub, 'execute_result')[0].content).toEqual({ execution_count: count, data: { 'text/plain': '42' }, metadata: {} });
  });

  it('publishes output while the cell runs, not only at its end', async () => {
    const id = await kernel.request('shell', 'execute_request', {
      code: 'import time\nprint("first")\ntime.sleep(1.5)\nprint("second")', silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true,
    });
    const iopub = await kernel.iopubUntilIdle(id, 5000);
    expect(ofType(iopub, 'stream').map((m) => m.content.text)).toEqual(['first\n', 'second\n']);
    const [first, second] = ofType(iopub, 'stream').map((m) => Date.parse(m.header.date));
    expect(second - first).toBeGreaterThan(1000);
    expect((await kernel.reply('shell', id)).content.status).toBe('ok');
  });

  it('counts cells, keeps _ and Out, and a trailing ; shows nothing', async () => {
    const first = await kernel.execute('"abc" * 2');
    const n = first.reply.content.execution_count as number;
    const quiet = await kernel.execute('_ + "!";');
    expect(quiet.reply.content.execution_count).toBe(n + 1);
    expect(ofType(quiet.iopub, 'execute_result')).toEqual([]);
    const history = await kernel.execute(`(_, Out[${n}], _${n}, In[${n}])`);
    expect(ofType(history.iopub, 'execute_result')[0].content.data).toEqual({ 'text/plain': `('abcabc', 'abcabc', 'abcabc', '"abc" * 2')` });
  });

  it('shows _repr_html_ beside the repr', async () => {
    const { iopub } = await kernel.execute('class Bold:\n    def _repr_html_(self):\n        return "<b>hi</b>"\n    def __repr__(self):\n        return "Bold()"\nBold()');
    expect(ofType(iopub, 'execute_result')[0].content.data).toEqual({ 'text/plain': 'Bold()', 'text/html': '<b>hi</b>' });
  });

  it('reports an error with a coloured traceback as ipykernel shows it', async () => {
    const { reply, iopub } = await kernel.execute('def f(x):\n    return 1 / x\nf(0)');
    const count = reply.content.execution_count;
    const [red, green, lineNumber, cyan, blue, normal, highlight, endHighlight] = ['\x1b[0;31m', '\x1b[0;32m', '\x1b[1;32m', '\x1b[0;36m', '\x1b[0;34m', '\x1b[0m', '\x1b[43m', '\x1b[49m'];
    const error = {
      ename: 'ZeroDivisionError',
      evalue: 'division by zero',
      traceback: [
        `${red}${'-'.repeat(75)}${normal}`,
        `${red}ZeroDivisionError${normal}                         Traceback (most recent call last)`,
        `Cell ${green}In [${count}], line 3${normal}\n${lineNumber}      1${normal} def f(x):\n${lineNumber}      2${normal}     return 1 / x\n`
          + `${green}----> 3${normal} ${highlight}f(0)${endHighlight}\n`,
        `Cell ${green}In [${count}], line 2${normal}, in ${cyan}f${blue}(x)${normal}\n${lineNumber}      1${normal} def f(x):\n`
          + `${green}----> 2${normal}     return ${highlight}1 / x${endHighlight}\n`,
        `${red}ZeroDivisionError${normal}: division by zero`,
      ],
    };
    expect(reply.content).toMatchObject({ status: 'error', ...error });
    expect(ofType(iopub, 'error')[0].content).toEqual(error);
    // A chained exception comes first, with Python's sentence after it.
    const chained = await kernel.execute('try:\n    {}["k"]\nexcept KeyError as e:\n    raise ValueError("v") from e');
    const lines = chained.reply.content.traceback as string[];
    expect(lines.filter((line) => !line.startsWith('Cell '))).toEqual([
      `${red}${'-'.repeat(75)}${normal}`,
      `${red}KeyError${normal}                                  Traceback (most recent call last)`,
      `${red}KeyError${normal}: 'k'`,
      '\nThe above exception was the direct cause of the following exception:\n',
      `${red}ValueError${normal}                                Traceback (most recent call last)`,
      `${red}ValueError${normal}: v`,
    ]);
  });

  it('reports a syntax error as IPython does', async () => {
    const { reply } = await kernel.execute('1 +');
    expect(reply.content).toMatchObject({ status: 'error', ename: 'SyntaxError', evalue: expect.stringContaining('invalid syntax') });
    // Identical to ipykernel's (IPython 8.5) for the same cell.
    expect(reply.content.traceback).toEqual([
      `\x1b[0;36m  Cell \x1b[0;32mIn [${reply.content.execution_count}], line 1\x1b[0;36m\x1b[0m\n\x1b[0;31m    1 +\x1b[0m\n\x1b[0m       ^\x1b[0m\n`
        + '\x1b[0;31mSyntaxError\x1b[0m\x1b[0;31m:\x1b[0m invalid syntax\n',
    ]);
  });

  it('evaluates user_expressions, and silent cells show nothing', async () => {
    const { reply, iopub } = await kernel.execute('y = 10', { silent: true, user_expressions: { double: 'y * 2', bad: 'nope' } });
    expect(iopub.map((m) => m.header.msg_type)).toEqual(['status', 'status']);
    expect(reply.content.user_expressions).toEqual({
      double: { status: 'ok', data: { 'text/plain': '20' }, metadata: {} },
      bad: expect.objectContaining({ status: 'error', ename: 'NameError', evalue: "name 'nope' is not defined" }),
    });
  });

  it('asks for input on stdin and hands the answer to input() and getpass()', async () => {
    const id = await kernel.request('shell', 'execute_request', {
      code: 'import getpass\nname = input("name? ")\nsecret = getpass.getpass()\nprint(name, len(secret))',
      silent: false, store_history: true, user_expressions: {}, allow_stdin: true, stop_on_error: true,
    });
    const ask = await kernel.stdinRequest();
    expect(ask.header.msg_type).toBe('input_request');
    expect(ask.content).toEqual({ prompt: 'name? ', password: false });
    expect(ask.parent_header.msg_id).toBe(id);
    await kernel.sendFrames('stdin', encodeMessage({ ...kernel.message('input_reply', { value: 'Ada' }), parent_header: ask.header }, kernel.signer));
    const askPassword = await kernel.stdinRequest();
    expect(askPassword.content).toEqual({ prompt: 'Password: ', password: true });
    await kernel.sendFrames('stdin', encodeMessage({ ...kernel.message('input_reply', { value: 'hunter2' }), parent_header: askPassword.header }, kernel.signer));
    expect((await kernel.reply('shell', id)).content.status).toBe('ok');
    expect(ofType(await kernel.iopubUntilIdle(id), 'stream')[0].content).toEqual({ name: 'stdout', text: 'Ada 7\n' });
  });

  it('interrupts a cell waiting for input', async () => {
    const id = await kernel.request('shell', 'execute_request', { code: 'input("? ")', silent: false, store_history: true, user_expressions: {}, allow_stdin: true, stop_on_error: true });
    await kernel.stdinRequest();
    await kernel.request('control', 'interrupt_request', {});
    expect((await kernel.reply('shell', id, 2000)).content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
  });

  it('refuses input() when the front end takes none', async () => {
    const { reply } = await kernel.execute('input()', { allow_stdin: false });
    expect(reply.content).toMatchObject({ ename: 'StdinNotImplementedError', evalue: 'raw_input was called, but this frontend does not support input requests.' });
  });

  it('interrupts `while True: pass` from control; the heartbeat answers meanwhile', async () => {
    const id = await kernel.request('shell', 'execute_request', { code: 'while True: pass', silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await kernel.heartbeat(1000);
    const infoId = await kernel.request('control', 'kernel_info_request', {});
    expect((await kernel.reply('control', infoId, 1000)).content.status).toBe('ok');
    const interruptId = await kernel.request('control', 'interrupt_request', {});
    expect((await kernel.reply('control', interruptId, 1000)).content).toEqual({ status: 'ok' });
    const reply = await kernel.reply('shell', id, 2000);
    expect(reply.content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    expect((await kernel.execute('"still alive"')).reply.content.status).toBe('ok');
  });

  it('interrupts on SIGINT too', async () => {
    const id = await kernel.request('shell', 'execute_request', { code: 'import time\ntime.sleep(30)', silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    kernel.process.kill('SIGINT');
    expect((await kernel.reply('shell', id, 2000)).content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
  });

  it('interrupts a cell blocked reading an empty pipe; what is written later is read whole', async () => {
    const id = await kernel.request('shell', 'execute_request', { code: 'import os\nr, w = os.pipe()\nos.read(r, 1)', silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const interruptId = await kernel.request('control', 'interrupt_request', {});
    expect((await kernel.reply('control', interruptId, 1000)).content).toEqual({ status: 'ok' });
    expect((await kernel.reply('shell', id, 2000)).content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    const { iopub } = await kernel.execute('os.write(w, b"abc")\nprint(os.read(r, 10))');
    expect(ofType(iopub, 'stream').map((m) => m.content)).toEqual([{ name: 'stdout', text: "b'abc'\n" }]);
  });

  it('aborts the cells queued behind a failure when stop_on_error', async () => {
    const send = (code: string, stopOnError: boolean) =>
      kernel.request('shell', 'execute_request', { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: stopOnError });
    const failing = await send('import time\ntime.sleep(0.2)\n1/0', true);
    const queued = [await send('print("never")', true), await send('print("never either")', false)];
    expect((await kernel.reply('shell', failing)).content.status).toBe('error');
    for (const id of queued) {
      expect((await kernel.reply('shell', id)).content).toEqual({ status: 'aborted' });
      expect((await kernel.iopubUntilIdle(id)).map((m) => m.content.execution_state)).toEqual(['busy', 'idle']);
    }
    const tolerant = await send('1/0', false);
    const after = await send('"runs"', true);
    expect((await kernel.reply('shell', tolerant)).content.status).toBe('error');
    expect((await kernel.reply('shell', after)).content.status).toBe('ok');
  });

  it('answers is_complete from its own parser', async () => {
    const ask = async (code: string) => (await kernel.reply('shell', await kernel.request('shell', 'is_complete_request', { code }))).content;
    expect(await ask('x = 1')).toEqual({ status: 'complete' });
    expect(await ask('for i in range(3):')).toEqual({ status: 'incomplete', indent: '    ' });
    expect(await ask('x = (1,')).toEqual({ status: 'incomplete', indent: '' });
    expect(await ask('1 +)')).toEqual({ status: 'invalid' });
  });

  it('drops messages with a bad signature, missing frames or bad JSON, and carries on', async () => {
    const forged = encodeMessage(kernel.message('execute_request', { code: 'print("forged")', silent: false }), kernel.signer);
    const delimiter = forged.findIndex((frame) => frame.toString() === '<IDS|MSG>');
    forged[delimiter + 1] = Buffer.from('0'.repeat(64));
    await kernel.sendFrames('shell', forged);
    await kernel.sendFrames('shell', [Buffer.from('<IDS|MSG>'), Buffer.from('')]);
    // Correctly signed, but its content is not JSON.
    const parts = [JSON.stringify(kernel.message('kernel_info_request', {}).header), '{}', '{}', '{not json'].map((part) => Buffer.from(part));
    await kernel.sendFrames('shell', [Buffer.from('<IDS|MSG>'), Buffer.from(kernel.signer.sign(parts)), ...parts]);
    const { reply } = await kernel.execute('"after the bad ones"');
    expect(reply.content.status).toBe('ok');
    expect(kernel.stderr).toMatch(/dropped a message on shell: invalid signature/);
    expect(kernel.stderr).toMatch(/dropped a message on shell: .*frames after the delimiter/);
    expect(kernel.stderr).toMatch(/dropped a message on shell: bad JSON/);
  });
});

describe('pyvm kernel shutdown', () => {
  it('replies to shutdown_request (restart or not) and exits', async () => {
    for (const restart of [true, false]) {
      const kernel = await KernelClient.start();
      try {
        const id = await kernel.request('control', 'shutdown_request', { restart });
        expect((await kernel.reply('control', id)).content).toEqual({ status: 'ok', restart });
        expect(await kernel.exited()).toBe(0);
      } finally {
        await kernel.close();
      }
    }
  });
});

describe('pyvm kernel start', () => {
  it('names the port it cannot bind and exits 1, without a stack trace', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    try {
      const taken = (holder.address() as AddressInfo).port;
      const file = join(mkdtempSync(join(tmpdir(), 'pyvm-kernel-')), 'connection.json');
      writeFileSync(file, JSON.stringify({
        transport: 'tcp', ip: '127.0.0.1', key: 'k', signature_scheme: 'hmac-sha256', kernel_name: 'pyvm',
        shell_port: taken, iopub_port: 0, stdin_port: 0, control_port: 0, hb_port: 0,
      }));
      const run = spawnSync(PYVM, ['kernel', '-f', file], { encoding: 'utf8', timeout: 20_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`[pyvm kernel] cannot bind shell to tcp://127.0.0.1:${taken}: Address already in use\n`);
    } finally {
      holder.close();
    }
  });
});

describe('exit() and quit() in a cell', () => {
  it('end the kernel after the reply, with ipykernel\'s ask_exit payload; keep_kernel=True keeps it', async () => {
    const kernel = await KernelClient.start();
    try {
      const shown = await kernel.execute('print(type(exit).__module__, type(exit).__name__, exit is quit, "exit" in dir(__builtins__))');
      expect(ofType(shown.iopub, 'stream')[0].content.text).toBe('IPython.core.autocall ZMQExitAutocall True True\n');
      const kept = await kernel.execute('quit(keep_kernel=True)');
      expect(kept.reply.content).toMatchObject({ status: 'ok', payload: [{ source: 'ask_exit', keepkernel: true }] });
      expect((await kernel.execute('print("still here")')).reply.content.status).toBe('ok');
      const ended = await kernel.execute('x = 1\nexit()');
      expect(ended.reply.content).toMatchObject({ status: 'ok', payload: [{ source: 'ask_exit', keepkernel: false }] });
      expect(ofType(ended.iopub, 'status').at(-1)!.content.execution_state).toBe('idle');
      expect(await kernel.exited()).toBe(0);
    } finally {
      await kernel.close();
    }
  });

  it("are autocalled as IPython's IPyAutocall objects are: a one-line cell's first name, the rest of the line its arguments", async () => {
    const kernel = await KernelClient.start();
    try {
      const textOf = (run: Awaited<ReturnType<typeof kernel.execute>>) => ofType(run.iopub, 'stream').map((m) => m.content.text).join('');
      const kept = await kernel.execute('quit True');
      expect(kept.reply.content).toMatchObject({ status: 'ok', payload: [{ source: 'ask_exit', keepkernel: true }] });
      // (As in IPython, whatever the rest is: here `exit(= 5)`.)
      const assigned = await kernel.execute('exit = 5');
      expect(assigned.reply.content).toMatchObject({ status: 'error', ename: 'SyntaxError' });
      // Only a one-line cell, and only its first name.
      const shown = await kernel.execute('x = 1; exit');
      expect(shown.reply.content).toMatchObject({ status: 'ok', payload: [] });
      expect(ofType(shown.iopub, 'execute_result')).toHaveLength(1);
      expect((await kernel.execute('exit\nx = 2')).reply.content).toMatchObject({ status: 'ok', payload: [] });
      await kernel.execute([
        'from IPython.core.autocall import IPyAutocall',
        'class Hello(IPyAutocall):',
        '    def __call__(self, *args): print("hello", args, type(self._ip).__name__)',
        'hello = Hello()',
      ].join('\n'));
      // An autocall IPython shows as it makes it (exit's is not shown); one already a call is left as it is.
      expect(textOf(await kernel.execute('hello 1, 2'))).toBe('------> hello(1, 2)\nhello (1, 2) ZMQInteractiveShell\n');
      expect(textOf(await kernel.execute('hello(3)'))).toBe('hello (3,) ZMQInteractiveShell\n');
      const ended = await kernel.execute('  exit;');
      expect(ended.reply.content).toMatchObject({ status: 'ok', payload: [{ source: 'ask_exit', keepkernel: false }] });
      expect(await kernel.exited()).toBe(0);
    } finally {
      await kernel.close();
    }
  });
});
