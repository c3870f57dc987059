// Connected stream sockets that live inside this process: what socketpair() makes.
// node:fs has no socketpair(2), and asyncio needs one for its event loop's self-pipe
// (a byte written to it wakes the loop's select()). Each end is a byte queue its peer
// writes into. Each end holds a real descriptor too (on /dev/null), so that its number
// is one the kernel will not hand out to a file while the socket is open; the bytes
// never go through it. Readiness (for select and poll) is known here exactly.
import { closeSync, openSync } from 'node:fs';

/** What a socket's send buffer holds at most before a send would block (Linux's default wmem for a unix stream pair). */
const BUFFER_LIMIT = 212992;

export class StreamEndpoint {
  /** The bytes the peer sent that have not been received, in order. */
  readonly incoming: Uint8Array[] = [];
  incomingSize = 0;
  peer: StreamEndpoint | null = null;
  /** shutdown(SHUT_WR) or close: the peer reads end-of-file once its queue is empty. */
  sendingShutDown = false;
  /** shutdown(SHUT_RD) or close. */
  receivingShutDown = false;
  closed = false;

  constructor(readonly fd: number) {}

  /** Whether recv() would return at once: bytes queued, or end-of-file. */
  get readable(): boolean {
    return this.incomingSize > 0 || this.receivingShutDown || this.peer === null || this.peer.sendingShutDown;
  }

  /** Whether send() would return at once: room in the peer's queue, or an error to report. */
  get writable(): boolean {
    const peer = this.peer;
    return peer === null || this.sendingShutDown || peer.receivingShutDown || peer.incomingSize < BUFFER_LIMIT;
  }

  /** Whether the peer is gone, so that sending fails with EPIPE. */
  get broken(): boolean {
    return this.peer === null || this.sendingShutDown || this.peer.receivingShutDown;
  }

  /** Moves up to `room` bytes of `data` into the peer's queue: the count moved. */
  send(data: Uint8Array): number {
    const peer = this.peer!;
    const count = Math.min(data.length, BUFFER_LIMIT - peer.incomingSize);
    if (count > 0) {
      peer.incoming.push(data.slice(0, count));
      peer.incomingSize += count;
    }
    return count;
  }

  /** Takes up to `size` queued bytes (none at end-of-file). */
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

  close(): void {
    if (this.closed) return;
    this.closed = this.sendingShutDown = this.receivingShutDown = true;
    endpoints.delete(this.fd);
    closeSync(this.fd);
    if (this.peer !== null) this.peer.peer = null;
    this.peer = null;
  }
}

const endpoints = new Map<number, StreamEndpoint>();

/** A new connected pair of endpoints. */
export function streamPair(): [StreamEndpoint, StreamEndpoint] {
  const first = openEndpoint();
  const second = openEndpoint();
  first.peer = second;
  second.peer = first;
  return [first, second];
}

function openEndpoint(): StreamEndpoint {
  const endpoint = new StreamEndpoint(openSync('/dev/null', 'r+'));
  endpoints.set(endpoint.fd, endpoint);
  return endpoint;
}

/** The open in-process endpoint descriptor `fd` belongs to, if it is one. */
export function endpointOf(fd: number): StreamEndpoint | undefined {
  return endpoints.get(fd);
}
