// The client library JupyterLab itself uses (@jupyterlab/services) against a real
// `jupyter server` (Debian's), which starts pyvm from the kernelspec `bin/pyvm install`
// wrote: a session on pyvm, then execute, streams, display data, input, interrupt and
// restart, all through the server's REST API and kernel websocket.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { KernelManager, KernelMessage, KernelSpecManager, ServerConnection, SessionManager, type Kernel, type Session } from '@jupyterlab/services';
import { environmentWithKernelspec, JUPYTER_PYTHON } from './kernelspec';
import { freePort, waitForServer } from './jupyterServerProcess';

const SERVER_START_TIMEOUT_MS = 60_000;
const CELL_TIMEOUT_MS = 60_000;

const hasJupyterServer = existsSync(JUPYTER_PYTHON) && spawnSync(JUPYTER_PYTHON, ['-c', 'import jupyter_server']).status === 0;

/** What a cell sent on iopub, by message type, and its reply. */
interface CellRun {
  reply: KernelMessage.IExecuteReplyMsg;
  iopub: KernelMessage.IIOPubMessage[];
}

async function run(kernel: Kernel.IKernelConnection, code: string, onStdin?: (prompt: string) => string): Promise<CellRun> {
  const future = kernel.requestExecute({ code, allow_stdin: onStdin !== undefined });
  const iopub: KernelMessage.IIOPubMessage[] = [];
  future.onIOPub = (message) => void iopub.push(message);
  if (onStdin !== undefined) {
    future.onStdin = (message) => {
      if (KernelMessage.isInputRequestMsg(message)) kernel.sendInputReply({ status: 'ok', value: onStdin(message.content.prompt) }, message.header as never);
    };
  }
  const reply = (await future.done) as KernelMessage.IExecuteReplyMsg;
  return { reply, iopub };
}

function streamText(cell: CellRun, name: 'stdout' | 'stderr'): string {
  return cell.iopub
    .filter((message) => message.header.msg_type === 'stream' && (message.content as KernelMessage.IStreamMsg['content']).name === name)
    .map((message) => (message.content as KernelMessage.IStreamMsg['content']).text)
    .join('');
}

function ofType<T extends KernelMessage.IIOPubMessage>(cell: CellRun, type: string): T[] {
  return cell.iopub.filter((message) => message.header.msg_type === type) as T[];
}

describe.skipIf(!hasJupyterServer)('@jupyterlab/services through jupyter server', () => {
  let server: ChildProcess;
  let sessions: SessionManager;
  let session: Session.ISessionConnection;
  let kernel: Kernel.IKernelConnection;
  let serverSettings: ServerConnection.ISettings;

  beforeAll(async () => {
    const port = await freePort();
    const token = randomUUID();
    const rootDir = mkdtempSync(join(tmpdir(), 'pyvm-server-'));
    server = spawn(
      JUPYTER_PYTHON,
      ['-m', 'jupyter_server', '--allow-root', '--no-browser', `--ServerApp.token=${token}`, '--ServerApp.ip=127.0.0.1',
        `--ServerApp.port=${port}`, '--ServerApp.port_retries=0', ...(process.env.PYVM_SERVER_LOG ? ['--debug'] : []), `--ServerApp.root_dir=${rootDir}`],
      { env: environmentWithKernelspec(), stdio: ['ignore', 'ignore', process.env.PYVM_SERVER_LOG ? 'inherit' : 'ignore'] },
    );
    const baseUrl = `http://127.0.0.1:${port}/`;
    await waitForServer(`${baseUrl}api/status?token=${token}`, server, SERVER_START_TIMEOUT_MS);
    serverSettings = ServerConnection.makeSettings({
      baseUrl,
      wsUrl: `ws://127.0.0.1:${port}/`,
      token,
      appendToken: true,
      WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
      fetch,
    });
    const kernelManager = new KernelManager({ serverSettings });
    sessions = new SessionManager({ serverSettings, kernelManager });
    await sessions.ready;
    session = await sessions.startNew({ path: 'tour.ipynb', type: 'notebook', name: 'tour.ipynb', kernel: { name: 'pyvm' } });
    kernel = session.kernel!;
    await kernel.info;
  }, SERVER_START_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await session?.shutdown().catch(() => undefined);
    sessions?.dispose();
    server?.kill('SIGTERM');
  });

  it('lists pyvm among the server\'s kernel specs and starts a session on it', async () => {
    const specs = new KernelSpecManager({ serverSettings });
    await specs.ready;
    expect(specs.specs?.kernelspecs.pyvm?.display_name).toBe('pyvm (Python 3.11)');
    expect(session.kernel?.name).toBe('pyvm');
    const info = await kernel.info;
    expect(info.language_info.name).toBe('python');
    expect(info.language_info.version).toMatch(/^3\.11\./);
  }, CELL_TIMEOUT_MS);

  it('executes cells: streams, the result, display data and errors', async () => {
    const printed = await run(kernel, 'import sys\nprint("to stdout")\nprint("to stderr", file=sys.stderr)\n6 * 7');
    expect(printed.reply.content.status).toBe('ok');
    expect(streamText(printed, 'stdout')).toBe('to stdout\n');
    expect(streamText(printed, 'stderr')).toBe('to stderr\n');
    const [result] = ofType<KernelMessage.IExecuteResultMsg>(printed, 'execute_result');
    expect(result.content.data['text/plain']).toBe('42');

    const shown = await run(kernel, 'from IPython.display import HTML, display\ndisplay(HTML("<b>bold</b>"))');
    const [display] = ofType<KernelMessage.IDisplayDataMsg>(shown, 'display_data');
    expect(display.content.data['text/html']).toBe('<b>bold</b>');

    const failed = await run(kernel, '{}["missing"]');
    expect(failed.reply.content.status).toBe('error');
    const [error] = ofType<KernelMessage.IErrorMsg>(failed, 'error');
    expect(error.content.ename).toBe('KeyError');
    expect(error.content.evalue).toBe("'missing'");
  }, CELL_TIMEOUT_MS);

  it('answers input() through the stdin channel', async () => {
    const asked: string[] = [];
    const cell = await run(kernel, 'name = input("Your name? ")\nprint("Hello,", name)', (prompt) => {
      asked.push(prompt);
      return 'Ada';
    });
    expect(asked).toEqual(['Your name? ']);
    expect(streamText(cell, 'stdout')).toBe('Hello, Ada\n');
  }, CELL_TIMEOUT_MS);

  it('interrupts a runaway cell, and the kernel carries on', async () => {
    const running = run(kernel, 'while True:\n    pass');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await kernel.interrupt();
    const interrupted = await running;
    expect(interrupted.reply.content.status).toBe('error');
    expect(ofType<KernelMessage.IErrorMsg>(interrupted, 'error')[0].content.ename).toBe('KeyboardInterrupt');
    const after = await run(kernel, 'print("still here")');
    expect(streamText(after, 'stdout')).toBe('still here\n');
  }, CELL_TIMEOUT_MS);

  it('restarts the kernel with a fresh namespace', async () => {
    await run(kernel, 'kept = 1');
    await kernel.restart();
    const cell = await run(kernel, 'kept');
    expect(cell.reply.content.status).toBe('error');
    expect(ofType<KernelMessage.IErrorMsg>(cell, 'error')[0].content.ename).toBe('NameError');
  }, CELL_TIMEOUT_MS);
});
