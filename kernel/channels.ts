// The kernel's five ZeroMQ sockets: shell, control and stdin (ROUTER: requests from
// any number of clients, each reply routed back), iopub (PUB: broadcasts) and the
// heartbeat (REP: echoes whatever arrives). ZeroMQ's I/O runs on its own threads and
// Python on a worker, so the heartbeat and control are answered whatever a cell does.
import { Publisher, Reply, Router, type Socket } from 'zeromq';
import { type ChannelName, type ConnectionInfo, channelAddress } from './connectionFile';
import { log } from './log';

export type RequestChannel = 'shell' | 'control' | 'stdin';

/** A channel's address could not be bound (most often: another process holds the port). */
export class ChannelBindError extends Error {}

/** One socket's outgoing messages: zeromq allows one send at a time, so sends wait their turn. */
class Outbox {
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly socket: Router | Publisher,
    private readonly name: ChannelName,
  ) {}

  send(frames: Buffer[]): Promise<void> {
    this.tail = this.tail.then(
      () => this.socket.send(frames),
    ).catch((error: Error) => log(`cannot send on ${this.name}: ${error.message}`));
    return this.tail;
  }
}

export class KernelChannels {
  private readonly routers: Record<RequestChannel, Router> = { shell: new Router(), control: new Router(), stdin: new Router() };
  private readonly iopub = new Publisher();
  private readonly heartbeat = new Reply();
  private readonly outboxes: Record<RequestChannel | 'iopub', Outbox>;

  private constructor() {
    this.outboxes = {
      shell: new Outbox(this.routers.shell, 'shell'),
      control: new Outbox(this.routers.control, 'control'),
      stdin: new Outbox(this.routers.stdin, 'stdin'),
      iopub: new Outbox(this.iopub, 'iopub'),
    };
  }

  /** Binds every socket to the addresses of the connection file. */
  static async open(info: ConnectionInfo): Promise<KernelChannels> {
    const channels = new KernelChannels();
    const sockets: [ChannelName, Socket][] = [
      ['shell', channels.routers.shell],
      ['control', channels.routers.control],
      ['stdin', channels.routers.stdin],
      ['iopub', channels.iopub],
      ['hb', channels.heartbeat],
    ];
    for (const socket of [channels.iopub, ...Object.values(channels.routers)]) socket.linger = 1000;
    channels.heartbeat.linger = 0;
    const bound = await Promise.allSettled(sockets.map(([name, socket]) => socket.bind(channelAddress(info, name))));
    const failures = bound.flatMap((outcome, index) => outcome.status === 'rejected'
      ? [`cannot bind ${sockets[index][0]} to ${channelAddress(info, sockets[index][0])}: ${(outcome.reason as Error).message}`]
      : []);
    if (failures.length > 0) {
      channels.close();
      throw new ChannelBindError(failures.join('; '));
    }
    void channels.echoHeartbeats();
    return channels;
  }

  /** Hands each message arriving on a request channel to `handle`, in order of arrival per channel. */
  listen(handle: (channel: RequestChannel, frames: Buffer[]) => void): void {
    for (const [channel, router] of Object.entries(this.routers) as [RequestChannel, Router][]) {
      void (async () => {
        try {
          for await (const frames of router) handle(channel, frames);
        } catch (error) {
          if (!router.closed) log(`${channel} stopped receiving: ${(error as Error).message}`);
        }
      })();
    }
  }

  send(channel: RequestChannel | 'iopub', frames: Buffer[]): Promise<void> {
    return this.outboxes[channel].send(frames);
  }

  close(): void {
    for (const socket of [this.iopub, this.heartbeat, ...Object.values(this.routers)]) socket.close();
  }

  private async echoHeartbeats(): Promise<void> {
    try {
      for await (const frames of this.heartbeat) await this.heartbeat.send(frames);
    } catch (error) {
      if (!this.heartbeat.closed) log(`heartbeat stopped: ${(error as Error).message}`);
    }
  }
}
