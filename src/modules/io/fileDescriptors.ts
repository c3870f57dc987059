// File descriptors and their file positions. node:fs has no lseek(): a read or write
// at the kernel's file position moves it forward, but nothing can move it back. So the
// position of each descriptor of a regular file opened here is kept in this table, and
// every read and write names it (pread/pwrite); seeking sets the number. Descriptors of
// pipes, terminals and sockets, and descriptors this process did not open here (0, 1
// and 2 among them), are read and written at the kernel's position and cannot seek
// (ESPIPE). Anything that reads, writes or seeks a descriptor (os.read, os.lseek...)
// must go through here to see the same positions, and what ./pipeEnds read ahead of a
// watched pipe. Reads and writes of pipes in blocking mode wait without blocking the VM
// (./pipeWaits); those of in-process sockets go to their queues (./socketDescriptors).
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import type { Py } from '../../objects/object';
import { pythonError, systemCall, systemError } from './osErrors';
import { takeReadAhead, unwatchPipeEnd, writeThroughTwin } from './pipeEnds';
import { forgetPipeEnd, readBlockingPipe, writeBlockingPipe } from './pipeWaits';
import { closeSocketDescriptor, readSocketDescriptor, writeSocketDescriptor } from './socketDescriptors';

const EINVAL = 22;
const ESPIPE = 29;

interface Descriptor {
  /** The file position this table keeps. */
  position: number;
  /** O_APPEND: every write goes to the end, wherever the position is. */
  append: boolean;
}

const positioned = new Map<number, Descriptor>();

const O_APPEND = 0o2000;

/** open(2): the new descriptor, positioned at the start (or, appending, at the end). */
export function openDescriptor(path: string | Buffer, flags: number, mode: number, filename: Py): number {
  const fd = systemCall(() => openSync(path, flags, mode), filename);
  trackDescriptor(fd, (flags & O_APPEND) !== 0);
  return fd;
}

/**
 * Starts keeping the position of `fd`, just opened (by openSync, with O_APPEND or not),
 * if it is a regular file or a block device: at its start, or its end when appending.
 */
export function trackDescriptor(fd: number, append: boolean): void {
  forgetPipeEnd(fd);
  const stats = systemCall(() => fstatSync(fd));
  if (stats.isFile() || stats.isBlockDevice()) positioned.set(fd, { position: append ? stats.size : 0, append });
  else positioned.delete(fd);
}

/** Whether `fd`'s position is kept here (so it can seek). */
export function isSeekableDescriptor(fd: number): boolean {
  systemCall(() => fstatSync(fd));
  return positioned.has(fd);
}

/** read(2) into `target`: the count read (0 at the end), or null when a non-blocking descriptor has nothing yet. */
export function readDescriptor(fd: number, target: Uint8Array): number | null {
  return readDescriptorThen(fd, target, false, (count) => count) as number | null;
}

/**
 * read(2) into `target`, then `then(count)`: the call's value. A read of an empty pipe
 * waits giving up the GIL (./pipeWaits); when `direct` (CALL called the native itself)
 * the thread may park there: THREAD_PARKED, and `then` runs when it is resumed.
 */
export function readDescriptorThen(fd: number, target: Uint8Array, direct: boolean, then: (count: number | null) => Py): Py {
  const readAhead = takeReadAhead(fd, target);
  if (readAhead !== undefined) return then(readAhead);
  const entry = positioned.get(fd);
  if (entry === undefined) {
    const waited = readSocketDescriptor(fd, target, direct, then) ?? readBlockingPipe(fd, target, direct, then);
    if (waited !== undefined) return waited;
  }
  let count: number | null;
  try {
    count = readSync(fd, target, 0, target.length, entry === undefined ? null : entry.position);
    if (entry !== undefined) entry.position += count;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN') count = null;
    else if (code === 'EOF') count = 0;
    else throw pythonError(error);
  }
  return then(count);
}

/** write(2) of `data`: the count written, or null when a non-blocking descriptor cannot take any now. */
export function writeDescriptor(fd: number, data: Uint8Array): number | null {
  return writeDescriptorThen(fd, data, false, (count) => count) as number | null;
}

/**
 * write(2) of `data`, then `then(count)`: the call's value. A write into a full pipe
 * waits giving up the GIL (./pipeWaits); when `direct` the thread may park there, as
 * for readDescriptorThen.
 */
export function writeDescriptorThen(fd: number, data: Uint8Array, direct: boolean, then: (count: number | null) => Py): Py {
  const throughTwin = writeThroughTwin(fd, data);
  if (throughTwin !== undefined) return then(throughTwin);
  const entry = positioned.get(fd);
  if (entry === undefined) {
    const waited = writeSocketDescriptor(fd, data, direct, then) ?? writeBlockingPipe(fd, data, direct, then);
    if (waited !== undefined) return waited;
  }
  let count: number | null;
  try {
    if (entry === undefined || entry.append) {
      count = writeSync(fd, data, 0, data.length, null);
      if (entry !== undefined) entry.position = fstatSync(fd).size;
    } else {
      count = writeSync(fd, data, 0, data.length, entry.position);
      entry.position += count;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw pythonError(error);
    count = null;
  }
  return then(count);
}

/** lseek(2): whence 0 (from the start), 1 (from the position) or 2 (from the end). */
export function seekDescriptor(fd: number, offset: number, whence: number): number {
  const size = systemCall(() => fstatSync(fd)).size;
  const entry = positioned.get(fd);
  if (entry === undefined) throw systemError(ESPIPE);
  let target: number;
  switch (whence) {
    case 0:
      target = offset;
      break;
    case 1:
      target = entry.position + offset;
      break;
    case 2:
      target = size + offset;
      break;
    default:
      throw systemError(EINVAL);
  }
  if (target < 0) throw systemError(EINVAL);
  entry.position = target;
  return target;
}

/** ftruncate(2). */
export function truncateDescriptor(fd: number, size: number): void {
  systemCall(() => ftruncateSync(fd, size));
}

/** close(2). */
/** Told of every descriptor this interpreter closes (a multiprocessing child, of those its parent handed it). */
let closeWatcher: ((fd: number) => void) | null = null;

export function watchDescriptorCloses(watcher: (fd: number) => void): void {
  closeWatcher = watcher;
}

export function closeDescriptor(fd: number): void {
  closeWatcher?.(fd);
  positioned.delete(fd);
  forgetPipeEnd(fd);
  unwatchPipeEnd(fd);
  if (!closeSocketDescriptor(fd)) systemCall(() => closeSync(fd));
}

/** fstat(2)'s size and block size, and whether the descriptor is a directory. */
export function describeDescriptor(fd: number): { size: number; blockSize: number; isDirectory: boolean } {
  const stats = systemCall(() => fstatSync(fd));
  return { size: stats.size, blockSize: stats.blksize, isDirectory: stats.isDirectory() };
}
