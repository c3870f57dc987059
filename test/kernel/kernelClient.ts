// A small Jupyter client for the protocol tests: it starts the real kernel process
// (`bin/pyvm kernel -f CONNECTION_FILE`) on free ports, connects the five channels
// with ZeroMQ as jupyter_client does (DEALERs sharing one identity for shell, control
// and stdin, a SUB for iopub, a REQ for the heartbeat), signs what it sends, and lets a
// test wait for the messages it expects.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { Dealer, Request, Subscriber } from 'zeromq';
import {
  decodeMessage, encodeMessage, type JsonObject, type JupyterMessage, MessageSigner, PROTOCOL_VERSION,
} from '../../kernel/wireMessage';

export const PYVM = join(__dirname, '../../bin/pyvm');

type Channel = 'shell' | 'control' | 'stdin';

/** Messages received on one socket, waited for by predicate. */
class Inbox {
  private readonly messages: JupyterMessage[] = [];
  private waiters: (() => void)[] = [];

  push(message: JupyterMessage): void {
    this.messages.push(message);
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** The first message (removed) that matches, waiting up to `timeoutMs` for it. */
  async take(matches: (message: JupyterMessage) => boolean, timeoutMs: number, what: string): Promise<JupyterMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.messages.findIndex(matches);
      if (index >= 0) return this.messages.splice(index, 1)[0];
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${what} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

/** A cell's whole effect: its reply and the iopub messages from busy to idle. */
export interface Execution {
  reply: JupyterMessage;
  iopub: JupyterMessage[];
}

export interface ExecuteOptions {
  silent?: boolean;
  store_history?: boolean;
  allow_stdin?: boolean;
  stop_on_error?: boolean;
  user_expressions?: Record<string, string>;
}

export class KernelClient {
  readonly session = randomUUID();
  readonly signer: MessageSigner;
  private readonly identity = Buffer.from(randomUUID());
  private readonly dealers: Record<Channel, Dealer>;
  private readonly iopubSocket = new Subscriber();
  private readonly inboxes = { shell: new Inbox(), control: new Inbox(), stdin: new Inbox(), iopub: new Inbox() };
  /** The kernel's log (stderr), to see that bad messages are reported. */
  stderr = '';

  private constructor(
    readonly process: ChildProcess,
    readonly connection: { ports: Record<string, number>; key: string },
  ) {
    this.signer = new MessageSigner(connection.key, 'hmac-sha256');
    process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.dealers = { shell: new Dealer(), control: new Dealer(), stdin: new Dealer() };
  }

  /**
   * Starts a kernel and connects to it; resolves once kernel_info has been answered. Its
   * history goes to `dataDirectory` (JUPYTER_DATA_DIR): a fresh temporary one unless a
   * test that restarts kernels hands the same one to each.
   */
  static async start(dataDirectory = mkdtempSync(join(tmpdir(), 'pyvm-data-'))): Promise<KernelClient> {
    for (let attempt = 1; ; attempt++) {
      const client = KernelClient.spawn(dataDirectory, await freePorts(['shell', 'iopub', 'stdin', 'control', 'hb']));
      await client.connect();
      const ended = client.exited().then((code) => {
        throw new Error(`the kernel exited (${code}) before it was ready`);
      });
      const ready = client.waitForReady();
      ended.catch(() => {});
      ready.catch(() => {});
      try {
        await Promise.race([ready, ended]);
        return client;
      } catch (error) {
        await client.close();
        await finished(client.process.stderr!).catch(() => {});
        // A port is free when chosen but another process may take it before the kernel binds it.
        if (attempt < 3 && client.stderr.includes('cannot bind')) continue;
        throw new Error(`${(error as Error).message}; the kernel's stderr:\n${client.stderr}`);
      }
    }
  }

  private static spawn(dataDirectory: string, ports: Record<string, number>): KernelClient {
    const key = randomBytes(16).toString('hex');
    const file = join(mkdtempSync(join(tmpdir(), 'pyvm-kernel-')), 'connection.json');
    writeFileSync(file, JSON.stringify({
      transport: 'tcp', ip: '127.0.0.1', key, signature_scheme: 'hmac-sha256', kernel_name: 'pyvm',
      ...Object.fromEntries(Object.entries(ports).map(([channel, port]) => [`${channel}_port`, port])),
    }));
    const child = spawn(PYVM, ['kernel', '-f', file], { stdio: ['ignore', 'inherit', 'pipe'], env: { ...process.env, JUPYTER_DATA_DIR: dataDirectory } });
    return new KernelClient(child, { ports, key });
  }

  private async connect(): Promise<void> {
    const address = (channel: string) => `tcp://127.0.0.1:${this.connection.ports[channel]}`;
    for (const [channel, dealer] of Object.entries(this.dealers) as [Channel, Dealer][]) {
      dealer.routingId = this.identity.toString();
      dealer.linger = 0;
      dealer.connect(address(channel));
      void this.receive(dealer, this.inboxes[channel]);
    }
    this.iopubSocket.linger = 0;
    this.iopubSocket.connect(address('iopub'));
    this.iopubSocket.subscribe();
    void this.receive(this.iopubSocket, this.inboxes.iopub);
  }

  private async receive(socket: Dealer | Subscriber, inbox: Inbox): Promise<void> {
    try {
      for await (const frames of socket) inbox.push(decodeMessage(frames, this.signer));
    } catch (error) {
      if (!socket.closed) throw error;
    }
  }

  /** As jupyter_client's wait_for_ready: kernel_info until iopub carries its status (the SUB socket joins late). */
  private async waitForReady(): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const id = await this.request('shell', 'kernel_info_request', {});
      await this.reply('shell', id, 20_000);
      try {
        await this.inboxes.iopub.take((m) => m.parent_header.msg_id === id, 200, 'iopub status');
        return;
      } catch {
        // Not subscribed yet: ask again.
      }
    }
    throw new Error('the kernel never published on iopub');
  }

  message(type: string, content: JsonObject): JupyterMessage {
    return {
      identities: [],
      header: { msg_id: randomUUID(), session: this.session, username: 'test', date: new Date().toISOString(), msg_type: type, version: PROTOCOL_VERSION },
      parent_header: {},
      metadata: {},
      content,
      buffers: [],
    };
  }

  /** Sends a request; returns its msg_id. */
  async request(channel: Channel, type: string, content: JsonObject): Promise<string> {
    const message = this.message(type, content);
    await this.sendFrames(channel, encodeMessage(message, this.signer));
    return message.header.msg_id;
  }

  async sendFrames(channel: Channel, frames: Buffer[]): Promise<void> {
    await this.dealers[channel].send(frames);
  }

  reply(channel: Channel, parentId: string, timeoutMs = 10_000): Promise<JupyterMessage> {
    return this.inboxes[channel].take((m) => m.parent_header.msg_id === parentId, timeoutMs, `reply on ${channel}`);
  }

  stdinRequest(timeoutMs = 10_000): Promise<JupyterMessage> {
    return this.inboxes.stdin.take(() => true, timeoutMs, 'stdin request');
  }

  /** The iopub messages of a request, from its busy status to its idle status. */
  async iopubUntilIdle(parentId: string, timeoutMs = 10_000): Promise<JupyterMessage[]> {
    const messages: JupyterMessage[] = [];
    for (;;) {
      const message = await this.inboxes.iopub.take((m) => m.parent_header.msg_id === parentId, timeoutMs, 'iopub message');
      messages.push(message);
      if (message.header.msg_type === 'status' && message.content.execution_state === 'idle') return messages;
    }
  }

  /** The next iopub message that matches, whenever it comes (output of a task running between cells, say). */
  iopubMessage(matches: (message: JupyterMessage) => boolean, timeoutMs = 10_000): Promise<JupyterMessage> {
    return this.inboxes.iopub.take(matches, timeoutMs, 'iopub message');
  }

  /** A shell request's reply content (its iopub busy/idle left unread). */
  async ask(type: string, content: JsonObject, timeoutMs = 20_000): Promise<JsonObject> {
    return (await this.reply('shell', await this.request('shell', type, content), timeoutMs)).content;
  }

  async execute(code: string, options: ExecuteOptions = {}, timeoutMs = 20_000): Promise<Execution> {
    const id = await this.request('shell', 'execute_request', {
      code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true, ...options,
    });
    const reply = await this.reply('shell', id, timeoutMs);
    return { reply, iopub: await this.iopubUntilIdle(id, timeoutMs) };
  }

  /** One heartbeat round trip: resolves with the echo, rejects if none comes in time. */
  async heartbeat(timeoutMs: number): Promise<void> {
    const socket = new Request({ linger: 0, receiveTimeout: timeoutMs });
    socket.connect(`tcp://127.0.0.1:${this.connection.ports.hb}`);
    try {
      await socket.send('ping');
      const [echo] = await socket.receive();
      if (echo.toString() !== 'ping') throw new Error(`heartbeat echoed ${echo.toString()}`);
    } finally {
      socket.close();
    }
  }

  /** Resolves with the exit code once the kernel process has ended. */
  exited(): Promise<number | null> {
    if (this.process.exitCode !== null) return Promise.resolve(this.process.exitCode);
    return new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
  }

  async close(): Promise<void> {
    for (const socket of [...Object.values(this.dealers), this.iopubSocket]) socket.close();
    if (this.process.exitCode === null && this.process.signalCode === null) {
      this.process.kill('SIGKILL');
      await this.exited();
    }
  }
}

/** The messages of one type among `messages`. */
export function ofType(messages: JupyterMessage[], type: string): JupyterMessage[] {
  return messages.filter((message) => message.header.msg_type === type);
}

/** A free port for each channel, all held open together while chosen so no two are the same. */
async function freePorts(channels: string[]): Promise<Record<string, number>> {
  const servers = await Promise.all(channels.map(() => new Promise<Server>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  })));
  const ports = Object.fromEntries(channels.map((channel, index) => [channel, (servers[index].address() as AddressInfo).port]));
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
