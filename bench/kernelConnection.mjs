// A client's side of a kernel's connection, for the benches that drive a kernel: a
// connection file on free ports, and the shell channel (signed requests, and the reply
// to each).
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Dealer } from 'zeromq';

const TIMEOUT_MS = 60_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A shell connection: signs requests, and waits for the reply to each. */
export class Shell {
  constructor(port, key) {
    this.key = key;
    this.session = randomUUID();
    this.socket = new Dealer({ routingId: randomUUID(), reconnectInterval: 5 });
    this.socket.connect(`tcp://127.0.0.1:${port}`);
  }

  async send(type, content) {
    const header = { msg_id: randomUUID(), session: this.session, username: 'bench', date: new Date().toISOString(), msg_type: type, version: '5.3' };
    const parts = [header, {}, {}, content].map((part) => Buffer.from(JSON.stringify(part)));
    const hmac = createHmac('sha256', this.key);
    for (const part of parts) hmac.update(part);
    await this.socket.send([Buffer.from('<IDS|MSG>'), Buffer.from(hmac.digest('hex')), ...parts]);
    return header.msg_id;
  }

  async replyTo(id) {
    const deadline = Date.now() + TIMEOUT_MS;
    this.socket.receiveTimeout = TIMEOUT_MS;
    while (Date.now() < deadline) {
      const frames = await this.socket.receive();
      const delimiter = frames.findIndex((frame) => frame.toString() === '<IDS|MSG>');
      const parent = JSON.parse(frames[delimiter + 3].toString());
      // The reply's header, with its content beside msg_type and the rest.
      if (parent.msg_id === id) return { ...JSON.parse(frames[delimiter + 2].toString()), content: JSON.parse(frames[delimiter + 5].toString()) };
    }
    throw new Error(`no reply to ${id}`);
  }

  close() {
    this.socket.close();
  }
}

/** A connection file for kernel `name` on free ports, and a shell connected to it (the kernel is started by the caller). */
export async function connectionFile(name) {
  const ports = {};
  for (const channel of ['shell', 'iopub', 'stdin', 'control', 'hb']) ports[`${channel}_port`] = await freePort();
  const key = randomBytes(16).toString('hex');
  const file = join(mkdtempSync(join(tmpdir(), 'pyvm-bench-')), 'connection.json');
  writeFileSync(file, JSON.stringify({ transport: 'tcp', ip: '127.0.0.1', key, signature_scheme: 'hmac-sha256', kernel_name: name, ...ports }));
  return { file, shell: new Shell(ports.shell_port, key) };
}
