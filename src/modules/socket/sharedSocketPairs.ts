// Socket pairs in memory that every interpreter of the OS process shares: what an
// in-process pair (./inProcessSockets) becomes once a descriptor of it is duplicated,
// which is how multiprocessing hands a Pipe() end to a child (an interpreter on another
// worker thread, with a JS heap of its own). One SharedArrayBuffer holds the pair: for
// each end, a ring of the bytes sent to it, its shutdown flags, and how many descriptors
// are open on it in all interpreters; the peer reads end-of-file once that count is 0.
// A lock word guards the rings (several interpreters may read or write one end).
//
// Nothing signals a waiter in another interpreter: a wait for a shared end polls it,
// soon at first, then less often the longer the pair has stayed as it was (as
// ../io/pipeWaits does for pipes).
import { pollAgainWithin } from '../../vm/blockingWait';

/** What a socket's receive queue holds at most before a send would block (Linux's default wmem for a unix stream pair). */
export const BUFFER_LIMIT = 212992;

/** One end of a connected pair, as a descriptor of it sees it. */
export interface StreamEnd {
  /** Whether recv() would return at once: bytes queued, or end-of-file. */
  readonly readable: boolean;
  /** Whether send() would return at once: room in the peer's queue, or an error to report. */
  readonly writable: boolean;
  /** Whether sending fails with EPIPE: the peer gone, or sending shut down. */
  readonly broken: boolean;
  /** Whether the peer is closed (poll's POLLHUP). */
  readonly hungUp: boolean;
  /** Moves what fits of `data` into the peer's queue: the count moved. */
  send(data: Uint8Array): number;
  /** Takes up to `size` queued bytes (none at end-of-file). */
  receive(size: number): Uint8Array;
  shutDown(receiving: boolean, sending: boolean): void;
  /** One descriptor of the end is closed: whether this closed it (an interpreter may race a parent killing it: see SharedEnd's). */
  release(): boolean;
}

/** What an end of an in-process pair holds when the pair moves to shared memory. */
export interface EndState {
  readonly queued: readonly Uint8Array[];
  readonly open: boolean;
  readonly sendingShutDown: boolean;
  readonly receivingShutDown: boolean;
}

// Header words; those per end at their base + the end (0 or 1).
const LOCK = 0;
/** Bumped by every change, so that a poll can tell the pair has moved. */
const CHANGES = 1;
const OPEN = 2;
const SENDING_SHUT_DOWN = 4;
const RECEIVING_SHUT_DOWN = 6;
/** Where the next byte the end receives is in its ring. */
const HEAD = 8;
/** How many bytes wait in the end's ring. */
const SIZE = 10;
const HEADER_BYTES = 16 * Int32Array.BYTES_PER_ELEMENT;

const FIRST_POLL_MS = 0.05;
const LONGEST_POLL_MS = 10;

function ringStart(end: number): number {
  return HEADER_BYTES + end * BUFFER_LIMIT;
}

/** A pair in shared memory whose ends start as `ends` say. */
export function newSharedPair(ends: readonly [EndState, EndState]): SharedArrayBuffer {
  const memory = new SharedArrayBuffer(HEADER_BYTES + 2 * BUFFER_LIMIT);
  const words = new Int32Array(memory, 0, HEADER_BYTES / Int32Array.BYTES_PER_ELEMENT);
  const bytes = new Uint8Array(memory);
  ends.forEach((state, end) => {
    words[OPEN + end] = state.open ? 1 : 0;
    words[SENDING_SHUT_DOWN + end] = state.sendingShutDown ? 1 : 0;
    words[RECEIVING_SHUT_DOWN + end] = state.receivingShutDown ? 1 : 0;
    let size = 0;
    for (const chunk of state.queued) {
      bytes.set(chunk, ringStart(end) + size);
      size += chunk.length;
    }
    words[SIZE + end] = size;
  });
  return memory;
}

/** A word that is 1 while one descriptor of a shared end is open: released once, by whoever closes it first. */
export function newHeldWord(): Int32Array {
  const held = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  held[0] = 1;
  return held;
}

/** One descriptor's view of an end of a shared pair. */
export class SharedEnd implements StreamEnd {
  private readonly words: Int32Array;
  private readonly bytes: Uint8Array;
  private readonly peer: number;
  /** The CHANGES count last seen, and when it was seen to change (for the polls' pace). */
  private seenChanges = -1;
  private changedAt = 0;

  constructor(readonly memory: SharedArrayBuffer, readonly end: number, readonly held: Int32Array) {
    this.words = new Int32Array(memory, 0, HEADER_BYTES / Int32Array.BYTES_PER_ELEMENT);
    this.bytes = new Uint8Array(memory);
    this.peer = 1 - end;
  }

  /** Whether this descriptor is closed: a blocked call on it returns at once (reading the end, failing to send). */
  private get released(): boolean {
    return Atomics.load(this.held, 0) === 0;
  }

  get readable(): boolean {
    const words = this.words;
    return this.released || Atomics.load(words, SIZE + this.end) > 0 || Atomics.load(words, RECEIVING_SHUT_DOWN + this.end) !== 0
      || this.hungUp || Atomics.load(words, SENDING_SHUT_DOWN + this.peer) !== 0 || this.pollSoon();
  }

  get writable(): boolean {
    return this.broken || Atomics.load(this.words, SIZE + this.peer) < BUFFER_LIMIT || this.pollSoon();
  }

  get broken(): boolean {
    const words = this.words;
    return this.released || this.hungUp || Atomics.load(words, SENDING_SHUT_DOWN + this.end) !== 0
      || Atomics.load(words, RECEIVING_SHUT_DOWN + this.peer) !== 0;
  }

  get hungUp(): boolean {
    return Atomics.load(this.words, OPEN + this.peer) === 0;
  }

  send(data: Uint8Array): number {
    const count = this.locked(() => {
      const size = this.words[SIZE + this.peer];
      const count = Math.min(data.length, BUFFER_LIMIT - size);
      const tail = (this.words[HEAD + this.peer] + size) % BUFFER_LIMIT;
      const first = Math.min(count, BUFFER_LIMIT - tail);
      this.bytes.set(data.subarray(0, first), ringStart(this.peer) + tail);
      this.bytes.set(data.subarray(first, count), ringStart(this.peer));
      this.words[SIZE + this.peer] = size + count;
      return count;
    });
    if (count > 0) this.changed();
    return count;
  }

  receive(size: number): Uint8Array {
    const taken = this.locked(() => {
      const head = this.words[HEAD + this.end];
      const taken = new Uint8Array(Math.min(size, this.words[SIZE + this.end]));
      const first = Math.min(taken.length, BUFFER_LIMIT - head);
      const start = ringStart(this.end);
      taken.set(this.bytes.subarray(start + head, start + head + first));
      taken.set(this.bytes.subarray(start, start + taken.length - first), first);
      this.words[HEAD + this.end] = (head + taken.length) % BUFFER_LIMIT;
      this.words[SIZE + this.end] -= taken.length;
      return taken;
    });
    if (taken.length > 0) this.changed();
    return taken;
  }

  shutDown(receiving: boolean, sending: boolean): void {
    if (receiving) Atomics.store(this.words, RECEIVING_SHUT_DOWN + this.end, 1);
    if (sending) Atomics.store(this.words, SENDING_SHUT_DOWN + this.end, 1);
    this.changed();
  }

  release(): boolean {
    if (Atomics.exchange(this.held, 0, 0) !== 1) return false;
    Atomics.sub(this.words, OPEN + this.end, 1);
    this.changed();
    return true;
  }

  /** A view for a new descriptor of this end (os.dup's). */
  duplicate(): SharedEnd {
    Atomics.add(this.words, OPEN + this.end, 1);
    return new SharedEnd(this.memory, this.end, newHeldWord());
  }

  /** Runs `action` holding the pair's lock (held for a copy of bytes at most, so waited for without giving up the GIL). */
  private locked<T>(action: () => T): T {
    while (Atomics.compareExchange(this.words, LOCK, 0, 1) !== 0) Atomics.wait(this.words, LOCK, 1, 1);
    try {
      return action();
    } finally {
      Atomics.store(this.words, LOCK, 0);
      Atomics.notify(this.words, LOCK, 1);
    }
  }

  private changed(): void {
    Atomics.add(this.words, CHANGES, 1);
  }

  /** For a condition found unmet: asks a wait on it to look again soon (see the top of this file). */
  private pollSoon(): false {
    const changes = Atomics.load(this.words, CHANGES);
    const now = performance.now();
    if (changes !== this.seenChanges) {
      this.seenChanges = changes;
      this.changedAt = now;
    }
    pollAgainWithin(Math.min(Math.max((now - this.changedAt) / 2, FIRST_POLL_MS), LONGEST_POLL_MS));
    return false;
  }
}
