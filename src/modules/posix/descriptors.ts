// The posix calls on file descriptors: open, read, write, seek, close, and what the
// kernel keeps per descriptor. Reads, writes and seeks go through _io's descriptor table
// (../io/fileDescriptors), which keeps the file positions node:fs cannot seek.
//
// node:fs has no dup(), fcntl() or pipe(). Linux makes up for the first two: the file a
// descriptor is open on can be opened again through /proc/PID/fd/N (a new descriptor
// on the same file, which is what dup2, set_blocking and set_inheritable need, given
// that the kernel always hands out the lowest free number), and /proc/self/fdinfo/N
// shows its flags. A descriptor made so starts at its original's file position but
// does not share it afterwards, as a true duplicate would. (pipe() is in ./pipes.) A
// socket of socketpair()'s is duplicated as ../socket/inProcessSockets says.
import { fstatSync, readdirSync, fsyncSync, fdatasyncSync } from 'node:fs';
import { isatty } from 'node:tty';
import type { Py } from '../../objects/object';
import { PyBytes } from '../../objects/bytes';
import { newException, typeError, ValueError } from '../../objects/exceptions';
import { call, getAttrOrUndefined, isTrue, pyIndex } from '../../objects/protocols';
import { intValue } from '../../objects/int';
import { bytesLikeArgument, cIntArgument } from '../../objects/bytesArguments';
import { checkArgCount } from '../../objects/native';
import { newStructSeq, structSeqType } from '../../objects/structSeq';
import {
  closeDescriptor, isSeekableDescriptor, openDescriptor, readDescriptorThen, seekDescriptor, truncateDescriptor,
  writeDescriptorThen,
} from '../io/fileDescriptors';
import { descriptorStatusFlags } from '../io/pipeEnds';
import { duplicateEndpoint } from '../socket/inProcessSockets';
import { takeDirectCall } from '../../vm/threadState';
import { checkPosixArgCount, definePosix, errnoError, posixArguments, posixCall, posixModule } from './posixModule';
import { descriptorArgument, descriptorPath, pathArgument, pathAt } from './pathArguments';
import { O_ACCMODE, O_APPEND, O_CLOEXEC, O_NONBLOCK } from './constants';

const EBADF = 9;
const EINVAL = 22;
const EAGAIN = 11;
const ENOTTY = 25;

definePosix('open', (args, kwnames) => {
  const [pathValue, flags, mode, dirFd] = posixArguments('open', ['path', 'flags', 'mode', 'dir_fd'], args, kwnames, 2, 3);
  const path = pathArgument('open', 'path', pathValue!);
  return openDescriptor(pathAt(path, dirFd), cIntArgument(flags!), mode === undefined ? 0o777 : cIntArgument(mode), path.filename);
});

// A read of an empty pipe, or a write into a full one, waits giving up the GIL; called by CALL itself, the thread parks.
const readFunction = definePosix('read', (args, kwnames) => {
  const direct = takeDirectCall() === readFunction;
  checkArgCount('read', args, kwnames, 2);
  const fd = cIntArgument(args[0]);
  const length = Number(pyIndex(args[1]));
  if (length < 0) throw errnoError(EINVAL);
  const buffer = new Uint8Array(length);
  return readDescriptorThen(fd, buffer, direct, (count) => {
    if (count === null) throw errnoError(EAGAIN);
    return new PyBytes(buffer.slice(0, count));
  });
});

const writeFunction = definePosix('write', (args, kwnames) => {
  const direct = takeDirectCall() === writeFunction;
  checkArgCount('write', args, kwnames, 2);
  const fd = cIntArgument(args[0]);
  return writeDescriptorThen(fd, bytesLikeArgument(args[1]), direct, (count) => {
    if (count === null) throw errnoError(EAGAIN);
    return count;
  });
});

definePosix('lseek', (args, kwnames) => {
  checkArgCount('lseek', args, kwnames, 3);
  return seekDescriptor(cIntArgument(args[0]), Number(pyIndex(args[1])), cIntArgument(args[2]));
});

definePosix('close', (args, kwnames) => {
  const [fd] = posixArguments('close', ['fd'], args, kwnames);
  closeFile(cIntArgument(fd!));
  return null;
});

function closeFile(fd: number): void {
  inheritableDescriptors.delete(fd);
  closeDescriptor(fd);
}

definePosix('closerange', (args, kwnames) => {
  checkArgCount('closerange', args, kwnames, 2);
  const [low, high] = [cIntArgument(args[0]), cIntArgument(args[1])];
  for (const fd of openDescriptors()) {
    if (fd < low || fd >= high) continue;
    try {
      closeFile(fd);
    } catch {
      // closerange ignores descriptors that will not close, as CPython's does.
    }
  }
  return null;
});

/** The descriptors open in this process (and, while it lists them, the one /proc/self/fd is read through). */
function openDescriptors(): number[] {
  return readdirSync('/proc/self/fd').map(Number);
}

/** The descriptor an argument stands for (PyObject_AsFileDescriptor): an int, or what its fileno() returns. */
export function fileDescriptorOf(value: Py): number {
  let fd = value;
  if (intValue(value) === undefined) {
    const fileno = getAttrOrUndefined(value, 'fileno');
    if (fileno === undefined) throw typeError('argument must be an int, or have a fileno() method.');
    fd = call(fileno, []);
    if (intValue(fd) === undefined) throw typeError('fileno() returned a non-integer');
  }
  const number = cIntArgument(fd);
  if (number < 0) throw newException(ValueError, `file descriptor cannot be a negative integer (${number})`);
  return number;
}

definePosix('fsync', (args, kwnames) => {
  const [fd] = posixArguments('fsync', ['fd'], args, kwnames);
  const descriptor = fileDescriptorOf(fd!);
  posixCall(() => fsyncSync(descriptor));
  return null;
});

definePosix('fdatasync', (args, kwnames) => {
  const [fd] = posixArguments('fdatasync', ['fd'], args, kwnames);
  const descriptor = fileDescriptorOf(fd!);
  posixCall(() => fdatasyncSync(descriptor));
  return null;
});

definePosix('ftruncate', (args, kwnames) => {
  checkArgCount('ftruncate', args, kwnames, 2);
  truncateDescriptor(cIntArgument(args[0]), Number(pyIndex(args[1])));
  return null;
});

definePosix('isatty', (args, kwnames) => {
  checkPosixArgCount('isatty', args, kwnames, 1);
  return isatty(cIntArgument(args[0]));
});

// ---------------------------------------------------------------- flags, duplicates

/** The flags a descriptor keeps that a reopening must give again. */
const KEPT_FLAGS = O_ACCMODE | O_APPEND | O_NONBLOCK;

/** Opens the file `fd` is open on again, with `flags`: a new descriptor, entered in _io's table. */
function reopen(fd: number, flags: number): number {
  return openDescriptor(descriptorPath(fd), flags, 0, null);
}

/**
 * Opens the file `fd` is open on again, with `flags`, as descriptor number `target`
 * (closing what `target` was), at the same file position: the kernel gives the lowest
 * free number, so numbers below `target` handed out meanwhile are held, then let go.
 */
export function reopenAs(fd: number, flags: number, target: number): void {
  const source = fd === target ? reopen(fd, flags) : fd;
  const position = isSeekableDescriptor(fd) ? seekDescriptor(fd, 0, 1) : undefined;
  if (isOpen(target)) closeDescriptor(target);
  const held: number[] = [];
  try {
    for (;;) {
      const opened = reopen(source, flags);
      if (opened === target) break;
      held.push(opened);
      if (opened > target) throw errnoError(EBADF);
    }
  } finally {
    for (const spare of held) closeDescriptor(spare);
    if (source !== fd) closeDescriptor(source);
  }
  if (position !== undefined) seekDescriptor(target, position, 0);
}

/** Whether descriptor `fd` is open. */
function isOpen(fd: number): boolean {
  try {
    fstatSync(fd);
    return true;
  } catch {
    return false;
  }
}

definePosix('dup', (args, kwnames) => {
  checkPosixArgCount('dup', args, kwnames, 1);
  const fd = cIntArgument(args[0]);
  const socketCopy = duplicateEndpoint(fd);
  if (socketCopy !== undefined) return socketCopy;
  // The kernel hands out the lowest free number, as dup(2) does: asked for at once, so
  // that no other interpreter of this process (a multiprocessing child) can take it first.
  const copy = reopen(fd, descriptorStatusFlags(fd) & KEPT_FLAGS);
  if (isSeekableDescriptor(fd)) seekDescriptor(copy, seekDescriptor(fd, 0, 1), 0);
  return copy;
});

definePosix('dup2', (args, kwnames) => {
  const [fd, fd2, inheritable] = posixArguments('dup2', ['fd', 'fd2', 'inheritable'], args, kwnames, 2);
  const [source, target] = [cIntArgument(fd!), cIntArgument(fd2!)];
  const flags = descriptorStatusFlags(source) & KEPT_FLAGS;
  if (source !== target) reopenAs(source, flags, target);
  if (inheritable === undefined || isTrue(inheritable)) inheritableDescriptors.add(target);
  else inheritableDescriptors.delete(target);
  return target;
});

/**
 * Descriptors made inheritable by set_inheritable or dup2: node:fs opens every file with
 * O_CLOEXEC and nothing here can clear it, so the flag Python sees is kept here, and
 * child processes started with close_fds=False are handed these (../posixSubprocess).
 */
const inheritableDescriptors = new Set<number>();

export function inheritableDescriptorNumbers(): number[] {
  return [...inheritableDescriptors];
}

/** Marks `fd`, just opened (so O_CLOEXEC), inheritable: what pipe2() without O_CLOEXEC gives. */
export function markInheritable(fd: number): void {
  inheritableDescriptors.add(fd);
}

definePosix('get_inheritable', (args, kwnames) => {
  checkPosixArgCount('get_inheritable', args, kwnames, 1);
  const fd = cIntArgument(args[0]);
  return (descriptorStatusFlags(fd) & O_CLOEXEC) === 0 || inheritableDescriptors.has(fd);
});

definePosix('set_inheritable', (args, kwnames) => {
  checkArgCount('set_inheritable', args, kwnames, 2);
  const fd = cIntArgument(args[0]);
  const flags = descriptorStatusFlags(fd);
  if (isTrue(args[1])) {
    if ((flags & O_CLOEXEC) !== 0) inheritableDescriptors.add(fd);
    return null;
  }
  inheritableDescriptors.delete(fd);
  if ((flags & O_CLOEXEC) === 0) reopenAs(fd, flags & KEPT_FLAGS, fd);
  return null;
});

definePosix('get_blocking', (args, kwnames) => {
  checkPosixArgCount('get_blocking', args, kwnames, 1);
  return (descriptorStatusFlags(cIntArgument(args[0])) & O_NONBLOCK) === 0;
});

definePosix('set_blocking', (args, kwnames) => {
  checkArgCount('set_blocking', args, kwnames, 2);
  const fd = cIntArgument(args[0]);
  const flags = descriptorStatusFlags(fd) & KEPT_FLAGS;
  const wanted = isTrue(args[1]) ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
  if (wanted !== flags) reopenAs(fd, wanted, fd);
  return null;
});

definePosix('device_encoding', (args, kwnames) => {
  const [fd] = posixArguments('device_encoding', ['fd'], args, kwnames);
  return isatty(cIntArgument(fd!)) ? 'UTF-8' : null;
});

// ---------------------------------------------------------------- terminal size

export const terminalSizeType = structSeqType('os', 'terminal_size', ['columns', 'lines']);
posixModule.dict.setStr('terminal_size', terminalSizeType);

definePosix('get_terminal_size', (args, kwnames) => {
  checkArgCount('get_terminal_size', args, kwnames, 0, 1);
  const fd = args.length === 0 ? 1 : descriptorArgument(args[0]);
  if (!isatty(fd)) throw errnoError(ENOTTY);
  // node:tty measures the terminals of stdout and stderr; a process's terminals are one.
  const stream = [process.stdout, process.stderr].find((candidate) => candidate.isTTY);
  if (stream === undefined) throw errnoError(ENOTTY);
  const [columns, lines] = stream.getWindowSize();
  return newStructSeq(terminalSizeType, [columns, lines]);
});

