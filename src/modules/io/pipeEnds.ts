// Watched pipes, seen from the side. node:fs cannot poll(2) a descriptor nor ask how many
// bytes a pipe holds (no FIONREAD), and reading a blocking pipe to find out would block
// the whole VM. But Linux opens the pipe a descriptor is on again through
// /proc/self/fd/N: a new open file of the same pipe, with flags of its own, here
// O_NONBLOCK. So a pipe end that select/poll watches gets such a non-blocking twin:
// - a read end's twin reads ahead. What it finds waits in a buffer that reads of the
//   descriptor take first (fileDescriptors.readDescriptor), so the bytes keep their
//   order; finding nothing because no writer is left is end of file (POLLHUP).
// - a write end's twin takes its writes. poll cannot tell whether a pipe has room, so a
//   write end always reads as writable; a write that finds the pipe full waits, reading
//   the watched read ends ahead meanwhile, so a parent feeding a child's stdin while the
//   child fills its stdout (subprocess.communicate) cannot deadlock.
// A twin lives as long as its descriptor: closing the descriptor closes it.
import { closeSync, fstatSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { pollAgainWithin } from '../../vm/blockingWait';
import { blockUntilReady } from '../../vm/threads';
import { pythonError, systemError } from './osErrors';

const EBADF = 9;
/** open(2)'s flags, as Linux numbers them, that pipe ends are opened and told apart by. */
export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_ACCMODE = 3;
export const O_NONBLOCK = 0o4000;
const READ_AHEAD_CHUNK = 65536;
/** How often a write into a full pipe tries again, in ms. */
const FULL_PIPE_RETRY_MS = 1;
/** The longest a wait goes without looking at a watched pipe again, in ms. */
const LONGEST_POLL_MS = 20;

/** A descriptor's file status flags (fcntl F_GETFL), as /proc/self/fdinfo shows them. */
export function descriptorStatusFlags(fd: number): number {
  let info: string;
  try {
    info = readFileSync(`/proc/self/fdinfo/${fd}`, 'latin1');
  } catch {
    throw systemError(EBADF);
  }
  const flags = /^flags:\s*([0-7]+)$/m.exec(info);
  return flags === null ? 0 : parseInt(flags[1], 8);
}

interface ReadEnd {
  readonly kind: 'read';
  readonly twin: number;
  /** Bytes read ahead, oldest first, not yet read by the descriptor's reader. */
  readonly ahead: Uint8Array[];
  /** Whether the twin last found the pipe empty with no writer left. */
  ended: boolean;
  /** How many looks in a row found nothing. */
  idleLooks: number;
}

interface WriteEnd {
  readonly kind: 'write';
  /** The non-blocking twin, or null when none could be opened (no reader: ENXIO) or the descriptor is non-blocking itself. */
  readonly twin: number | null;
  readonly readerless: boolean;
}

const watched = new Map<number, ReadEnd | WriteEnd>();

/** What poll(2) would say of pipe end `fd` (a FIFO descriptor), watching it from now on. */
export function pipeReadiness(fd: number): { readable: boolean; writable: boolean; hangup: boolean; error: boolean } {
  const end = watchedEnd(fd);
  if (end.kind === 'write') return { readable: false, writable: true, hangup: false, error: end.readerless };
  if (end.ahead.length === 0) readAhead(end, READ_AHEAD_CHUNK);
  // Nothing can wake a wait when data comes: it looks again soon, less often the longer it waits.
  if (end.ahead.length === 0 && !end.ended) pollAgainWithin(Math.min(0.25 * 2 ** end.idleLooks++, LONGEST_POLL_MS));
  else end.idleLooks = 0;
  return { readable: end.ahead.length > 0, writable: false, hangup: end.ended, error: false };
}

function watchedEnd(fd: number): ReadEnd | WriteEnd {
  let end = watched.get(fd);
  if (end !== undefined) return end;
  const flags = descriptorStatusFlags(fd);
  const path = `/proc/self/fd/${fd}`;
  if ((flags & O_ACCMODE) === O_WRONLY) {
    let twin: number | null = null;
    let readerless = false;
    if ((flags & O_NONBLOCK) === 0) {
      try {
        twin = openSync(path, O_WRONLY | O_NONBLOCK);
      } catch {
        readerless = true;
      }
    }
    end = { kind: 'write', twin, readerless };
  } else {
    end = { kind: 'read', twin: openSync(path, O_NONBLOCK), ahead: [], ended: false, idleLooks: 0 };
  }
  watched.set(fd, end);
  return end;
}

/** Reads what the pipe holds now (up to `limit` bytes) into the end's buffer. */
function readAhead(end: ReadEnd, limit: number): void {
  let total = 0;
  while (total < limit) {
    const chunk = new Uint8Array(READ_AHEAD_CHUNK);
    let count: number;
    try {
      count = readSync(end.twin, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        end.ended = false;
        return;
      }
      throw pythonError(error);
    }
    if (count === 0) {
      end.ended = true;
      return;
    }
    end.ahead.push(chunk.subarray(0, count));
    total += count;
  }
}

/** A read of `fd` served from what was read ahead: the count, or undefined when nothing waits (the descriptor is to be read). */
export function takeReadAhead(fd: number, target: Uint8Array): number | undefined {
  const end = watched.get(fd);
  if (end === undefined || end.kind === 'write' || end.ahead.length === 0) return undefined;
  let count = 0;
  while (count < target.length && end.ahead.length > 0) {
    const first = end.ahead[0];
    const taken = Math.min(first.length, target.length - count);
    target.set(first.subarray(0, taken), count);
    count += taken;
    if (taken === first.length) end.ahead.shift();
    else end.ahead[0] = first.subarray(taken);
  }
  return count;
}

/**
 * A blocking write of all of `data` to watched write end `fd` through its twin, or
 * undefined when `fd` is no such end (the descriptor is to be written).
 */
export function writeThroughTwin(fd: number, data: Uint8Array): number | undefined {
  const end = watched.get(fd);
  if (end === undefined || end.kind === 'read' || end.twin === null) return undefined;
  const twin = end.twin;
  let written = 0;
  const tryWrite = (): boolean => {
    try {
      written += writeSync(twin, data, written, data.length - written, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw pythonError(error);
    }
    if (written === data.length) return true;
    for (const other of watched.values()) if (other.kind === 'read') readAhead(other, Infinity);
    pollAgainWithin(FULL_PIPE_RETRY_MS);
    return false;
  };
  // (Giving up the GIL: a thread of this process may be the one to drain the pipe.)
  blockUntilReady('io', Infinity, tryWrite);
  return written;
}

/** Forgets `fd`, being closed: its twin is closed too. */
export function unwatchPipeEnd(fd: number): void {
  const end = watched.get(fd);
  if (end === undefined) return;
  watched.delete(fd);
  if (end.twin !== null) closeSync(end.twin);
}

/** Whether `fd` is a pipe (or FIFO) end: what pipeReadiness can watch. */
export function isPipeEnd(fd: number): boolean {
  return fstatSync(fd).isFIFO();
}
