// Connected stream sockets that live inside this process: what socketpair() makes.
// node:fs has no socketpair(2), and asyncio needs one for its event loop's self-pipe
// (a byte written to it wakes the loop's select()). Each end is a byte queue its peer
// writes into. Each descriptor of an end is a real descriptor too (on /dev/null), so
// that its number is one the kernel will not hand out to a file while the socket is
// open; the bytes never go through it. Readiness (for select and poll) is known here
// exactly.
//
// A pair stays in this interpreter's heap until a descriptor of it is duplicated (os.dup,
// as multiprocessing does to hand an end to a child, an interpreter of its own): then
// the pair moves, queued bytes and all, to memory every interpreter shares
// (./sharedSocketPairs), and its ends count their descriptors there.
import { closeSync, openSync } from 'node:fs';
import { BUFFER_LIMIT, newHeldWord, newSharedPair, SharedEnd, type EndState, type StreamEnd } from './sharedSocketPairs';

/** An end of a pair that has never left this interpreter: one descriptor, `owner`, holds it. */
class LocalEnd implements StreamEnd {
  /** The bytes the peer sent that have not been received, in order. */
  readonly incoming: Uint8Array[] = [];
  incomingSize = 0;
  peer: LocalEnd | null = null;
  /** shutdown(SHUT_WR) or close: the peer reads end-of-file once its queue is empty. */
  sendingShutDown = false;
  /** shutdown(SHUT_RD) or close. */
  receivingShutDown = false;

  constructor(readonly owner: StreamEndpoint) {}

  get readable(): boolean {
    return this.incomingSize > 0 || this.receivingShutDown || this.peer === null || this.peer.sendingShutDown;
  }

  get writable(): boolean {
    const peer = this.peer;
    return peer === null || this.sendingShutDown || peer.receivingShutDown || peer.incomingSize < BUFFER_LIMIT;
  }

  get broken(): boolean {
    return this.peer === null || this.sendingShutDown || this.peer.receivingShutDown;
  }

  get hungUp(): boolean {
    return this.peer === null;
  }

  send(data: Uint8Array): number {
    const peer = this.peer!;
    const count = Math.min(data.length, BUFFER_LIMIT - peer.incomingSize);
    if (count > 0) {
      peer.incoming.push(data.slice(0, count));
      peer.incomingSize += count;
    }
    return count;
  }

  receive(size: number): Uint8Array {
    const taken = new Uint8Array(Math.min(size, this.incomingSize));
    let filled = 0;
    while (filled < taken.length) {
      const chunk = this.incoming[0];
      const count = Math.min(chunk.length, taken.length - filled);
      taken.set(chunk.subarray(0, count), filled);
      filled += count;
      if (count === chunk.length) this.incoming.shift();
      else this.incoming[0] = chunk.subarray(count);
    }
    this.incomingSize -= filled;
    return taken;
  }

  shutDown(receiving: boolean, sending: boolean): void {
    if (receiving) this.receivingShutDown = true;
    if (sending) this.sendingShutDown = true;
  }

  release(): boolean {
    this.sendingShutDown = this.receivingShutDown = true;
    if (this.peer !== null) this.peer.peer = null;
    this.peer = null;
    return true;
  }

  /** What the end holds, for the pair's move to shared memory. */
  get state(): EndState {
    return { queued: this.incoming, open: true, sendingShutDown: this.sendingShutDown, receivingShutDown: this.receivingShutDown };
  }
}

/** What an end closed before its pair moved to shared memory holds: nothing, and no descriptor. */
const CLOSED_END: EndState = { queued: [], open: false, sendingShutDown: true, receivingShutDown: true };

/** A descriptor of a socket end (the end changes from local to shared when the pair moves). */
export class StreamEndpoint {
  closed = false;
  end!: StreamEnd;

  constructor(readonly fd: number) {}

  get readable(): boolean {
    return this.end.readable;
  }

  get writable(): boolean {
    return this.end.writable;
  }

  get broken(): boolean {
    return this.end.broken;
  }

  get hungUp(): boolean {
    return this.end.hungUp;
  }

  send(data: Uint8Array): number {
    return this.end.send(data);
  }

  receive(size: number): Uint8Array {
    return this.end.receive(size);
  }

  shutDown(receiving: boolean, sending: boolean): void {
    this.end.shutDown(receiving, sending);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    endpoints.delete(this.fd);
    // (Whoever releases the end's descriptor closes its number: once, lest a number reused meanwhile be closed.)
    if (this.end.release()) closeSync(this.fd);
  }
}

const endpoints = new Map<number, StreamEndpoint>();

/** A new connected pair of endpoints. */
export function streamPair(): [StreamEndpoint, StreamEndpoint] {
  const [first, second] = [openLocalEnd(), openLocalEnd()];
  first.peer = second;
  second.peer = first;
  return [first.owner, second.owner];
}

function openLocalEnd(): LocalEnd {
  return register(openPlaceholder(), (endpoint) => new LocalEnd(endpoint)).end as LocalEnd;
}

function openPlaceholder(): number {
  return openSync('/dev/null', 'r+');
}

function register(fd: number, end: (endpoint: StreamEndpoint) => StreamEnd): StreamEndpoint {
  const endpoint = new StreamEndpoint(fd);
  endpoint.end = end(endpoint);
  endpoints.set(fd, endpoint);
  return endpoint;
}

/** The open in-process endpoint descriptor `fd` belongs to, if it is one. */
export function endpointOf(fd: number): StreamEndpoint | undefined {
  return endpoints.get(fd);
}

/** The shared end `endpoint` is a descriptor of, moving its pair to shared memory first if it has not yet. */
function sharedEndOf(endpoint: StreamEndpoint): SharedEnd {
  if (endpoint.end instanceof SharedEnd) return endpoint.end;
  const local = endpoint.end as LocalEnd;
  const ends = [local, local.peer] as const;
  const memory = newSharedPair([local.state, local.peer?.state ?? CLOSED_END]);
  ends.forEach((end, index) => {
    if (end !== null) end.owner.end = new SharedEnd(memory, index, newHeldWord());
  });
  return endpoint.end as SharedEnd;
}

/** dup(2) of socket descriptor `fd`: the new descriptor, a socket on the same end; undefined when `fd` is no in-process socket. */
export function duplicateEndpoint(fd: number): number | undefined {
  const endpoint = endpoints.get(fd);
  if (endpoint === undefined) return undefined;
  const shared = sharedEndOf(endpoint);
  return register(openPlaceholder(), () => shared.duplicate()).fd;
}

/** A descriptor of a shared socket end as it goes from one interpreter to another. */
export interface HandedOverSocket {
  readonly fd: number;
  readonly memory: SharedArrayBuffer;
  readonly end: number;
  /** The descriptor's held word (see newHeldWord). */
  readonly held: SharedArrayBuffer;
}

/**
 * Gives socket descriptor `fd` up to another interpreter (a child that owns it): this
 * one forgets it, leaving it open; undefined when `fd` is no in-process socket.
 */
export function handOverEndpoint(fd: number): HandedOverSocket | undefined {
  const endpoint = endpoints.get(fd);
  if (endpoint === undefined) return undefined;
  const shared = sharedEndOf(endpoint);
  endpoints.delete(fd);
  endpoint.closed = true;
  return { fd, memory: shared.memory, end: shared.end, held: shared.held.buffer as SharedArrayBuffer };
}

/** Takes on a descriptor another interpreter handed over. */
export function adoptEndpoint(socket: HandedOverSocket): void {
  register(socket.fd, () => new SharedEnd(socket.memory, socket.end, new Int32Array(socket.held)));
}

/** Closes a handed-over descriptor unless the interpreter it went to closed it already (for one that was killed). */
export function releaseHandedOver(socket: HandedOverSocket): void {
  if (new SharedEnd(socket.memory, socket.end, new Int32Array(socket.held)).release()) closeSync(socket.fd);
}

/** Closes every socket descriptor of this interpreter: what the end of a process does. */
export function closeAllEndpoints(): void {
  for (const endpoint of [...endpoints.values()]) endpoint.close();
}
