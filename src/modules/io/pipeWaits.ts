// Blocking pipes, read and written without blocking the VM. A read of an empty pipe, or
// a write into a full one, would block the one JS thread all Python threads run on, and
// could not be interrupted. So a pipe end in blocking mode is read and written through a
// non-blocking twin (the pipe opened again through /proc/self/fd/N, as ./pipeEnds does
// for select), opened for each attempt and closed right after: between calls it holds
// no descriptor number (the numbers os.pipe() hands out stay CPython's) and keeps no end
// of a pipe open once its descriptor is closed (a reader still sees the end of file).
// An attempt that finds no data (or no room) waits, giving up the GIL (../../vm/threads),
// interruptibly, looking again soon, since nothing can signal a pipe's change: after a
// twentieth of a millisecond at first, then half as long as the pipe has stayed as it
// was, up to LONGEST_POLL_MS.
//
// A lone thread of the process's first interpreter, with no one to interrupt it (bin/pyvm
// acts on no SIGINT while Python code runs), blocks in the kernel as before: nothing could
// run meanwhile, and the kernel wakes it the moment data comes, for no poll's cost. The
// kernel's Python (which interrupts) and multiprocessing's children (interpreters on
// worker threads, which terminate() ends between two slices of a wait but not in a
// system call) always wait in slices.
//
// A read asks the pipe for no more than it was asked for: what it does not take stays in
// the kernel's pipe for whoever reads next (another thread, or another interpreter of the
// process sharing the descriptor: multiprocessing's workers share one task pipe).
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import type { Py } from '../../objects/object';
import { pollAgainWithin, waitsAreWatched } from '../../vm/blockingWait';
import { blockThread, otherThreadCount } from '../../vm/threads';
import { pythonError, systemError } from './osErrors';
import { descriptorStatusFlags, O_ACCMODE, O_NONBLOCK, O_RDONLY, O_WRONLY, takeReadAhead } from './pipeEnds';

const EPIPE = 32;
const FIRST_POLL_MS = 0.05;
const LONGEST_POLL_MS = 10;

/** The status flags of the pipe ends seen, by descriptor, with the pipe's identity (to tell a reused number). */
const knownEnds = new Map<number, { dev: number; ino: number; flags: number }>();

/** The status flags of `fd` if it is a pipe (or FIFO) end; undefined for any other descriptor, or none. */
function pipeEndFlags(fd: number): number | undefined {
  let stats;
  try {
    stats = fstatSync(fd);
  } catch {
    // (The caller's own read or write reports the bad descriptor.)
    return undefined;
  }
  if (!stats.isFIFO()) return undefined;
  const known = knownEnds.get(fd);
  if (known !== undefined && known.dev === stats.dev && known.ino === stats.ino) return known.flags;
  const flags = descriptorStatusFlags(fd);
  knownEnds.set(fd, { dev: stats.dev, ino: stats.ino, flags });
  return flags;
}

/** Forgets what was seen of `fd`, being closed or opened anew (its flags may differ). */
export function forgetPipeEnd(fd: number): void {
  knownEnds.delete(fd);
}

/** Whether this interpreter runs on the process's main thread, asked on first need (node:worker_threads must not be loaded while pyvm's start-up snapshot is built). */
let onMainThread: boolean | undefined;

function isOnMainThread(): boolean {
  return (onMainThread ??= (require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread);
}

/**
 * Whether `fd` is a pipe end in blocking mode open for `access` (O_RDONLY or O_WRONLY)
 * that a wait must not block the VM for (see the top of this file for when it may).
 */
function isBlockingPipeEnd(fd: number, access: number): boolean {
  if (otherThreadCount() === 0 && !waitsAreWatched() && isOnMainThread()) return false;
  const flags = pipeEndFlags(fd);
  return flags !== undefined && (flags & O_NONBLOCK) === 0 && (flags & O_ACCMODE) === access;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** One read of at most target.length bytes through a twin: the count (0 at the end of file), or null when the pipe is empty. */
function tryRead(fd: number, target: Uint8Array): number | null {
  let twin: number;
  try {
    twin = openSync(`/proc/self/fd/${fd}`, O_RDONLY | O_NONBLOCK);
  } catch (error) {
    throw pythonError(error);
  }
  try {
    return readSync(twin, target, 0, target.length, null);
  } catch (error) {
    if (errorCode(error) === 'EAGAIN') return null;
    throw pythonError(error);
  } finally {
    closeSync(twin);
  }
}

/** One write of what fits of data[from:] through a twin: the count (0 when the pipe is full), or null when it has no reader left. */
function tryWrite(fd: number, data: Uint8Array, from: number): number | null {
  let twin: number;
  try {
    twin = openSync(`/proc/self/fd/${fd}`, O_WRONLY | O_NONBLOCK);
  } catch (error) {
    // A FIFO opened for writing without blocking fails with ENXIO when no one reads it.
    if (errorCode(error) === 'ENXIO') return null;
    throw pythonError(error);
  }
  try {
    return writeSync(twin, data, from, data.length - from, null);
  } catch (error) {
    if (errorCode(error) === 'EAGAIN') return 0;
    if (errorCode(error) === 'EPIPE') return null;
    throw pythonError(error);
  } finally {
    closeSync(twin);
  }
}

/**
 * Waits, giving up the GIL, until `attempt()` holds: then `finish()`, the blocking call's
 * value (THREAD_PARKED when `direct` and the thread parks: see blockThread). `attempt`
 * tells when it changed something (it sets `pipe.changedAt`), to look again sooner.
 */
function waitForPipe(pipe: { changedAt: number }, direct: boolean, attempt: () => boolean, finish: () => Py): Py {
  return blockThread({
    reason: 'io',
    deadline: Infinity,
    ready() {
      if (attempt()) return true;
      pollAgainWithin(Math.min(Math.max((performance.now() - pipe.changedAt) / 2, FIRST_POLL_MS), LONGEST_POLL_MS));
      return false;
    },
    finish,
  }, direct);
}

/**
 * read(2) into `target` of `fd` if it is a pipe end in blocking mode: `then(count)` once
 * data or the end of file came (0), waiting meanwhile; undefined when `fd` is no such
 * end (read it as any descriptor: it will not block, or does not hold a pipe).
 */
export function readBlockingPipe(fd: number, target: Uint8Array, direct: boolean, then: (count: number) => Py): Py | undefined {
  if (target.length === 0 || !isBlockingPipeEnd(fd, O_RDONLY)) return undefined;
  let count = tryRead(fd, target);
  if (count !== null) return then(count);
  // (A select() of another thread may read the pipe ahead meanwhile: those bytes come first.
  // The scheduler may ask again once it has been told yes: the count stays.)
  const attempt = () => (count ??= takeReadAhead(fd, target) ?? tryRead(fd, target)) !== null;
  return waitForPipe({ changedAt: performance.now() }, direct, attempt, () => then(count!));
}

/**
 * write(2) of all of `data` to `fd` if it is a pipe end in blocking mode: `then(count)`
 * once all is written (or, the reader gone, what was), waiting while the pipe is full;
 * undefined when `fd` is no such end (write it as any descriptor).
 */
export function writeBlockingPipe(fd: number, data: Uint8Array, direct: boolean, then: (count: number) => Py): Py | undefined {
  if (data.length === 0 || !isBlockingPipeEnd(fd, O_WRONLY)) return undefined;
  const pipe = { changedAt: performance.now() };
  let written = 0;
  let readerless = false;
  const attempt = (): boolean => {
    if (readerless || written === data.length) return true;
    const count = tryWrite(fd, data, written);
    if (count === null) {
      readerless = true;
      return true;
    }
    if (count > 0) {
      written += count;
      pipe.changedAt = performance.now();
    }
    return written === data.length;
  };
  // As write(2), a write the reader left before any of it went fails (EPIPE); one partly done counts what went.
  const finish = (): Py => {
    if (readerless && written === 0) throw systemError(EPIPE);
    return then(written);
  };
  return attempt() ? finish() : waitForPipe(pipe, direct, attempt, finish);
}
