// _io.FileIO (CPython's Modules/_io/fileio.c): raw, unbuffered binary I/O over a file
// descriptor, opened from a path (open(2) with the flags the mode asks for, or by an
// opener) or given one. Reads and writes go to the descriptor at once; the position is
// the descriptor's (see fileDescriptors.ts).
import type { Py } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { typeName } from '../../objects/typeOf';
import { bindArguments, checkArgCount, defineGetSets, defineMethods } from '../../objects/native';
import { newException, TypeError, typeError, ValueError } from '../../objects/exceptions';
import { call, getAttrOrUndefined, indexAsNumber, isTrue, pyRepr, setAttr } from '../../objects/protocols';
import { PyBytes } from '../../objects/bytes';
import { strValue } from '../../objects/str';
import { intValue } from '../../objects/int';
import { isatty } from 'node:tty';
import {
  concatBytes, ioType, iobaseClose, PyIOBase, rawIOBaseType, readableBuffer, reprOnce, sizeArgument, unsupported,
  writableBuffer,
} from './ioBase';
import {
  closeDescriptor, describeDescriptor, isSeekableDescriptor, openDescriptor, readDescriptor, readDescriptorThen,
  seekDescriptor, truncateDescriptor, writeDescriptor, writeDescriptorThen,
} from './fileDescriptors';
import { takeDirectMethodCall } from '../../vm/threadState';
import { systemError } from './osErrors';
import { fsPath } from './paths';
import { flushUnflushedFiles } from './unflushedFiles';

export const DEFAULT_BUFFER_SIZE = 8192;

export class PyFileIO extends PyIOBase {
  /** -1 when closed (or never opened). */
  fd = -1;
  created = false;
  readable = false;
  writable = false;
  appending = false;
  /** Whether seeking works, found out on first asking. */
  seekable: boolean | undefined = undefined;
  closefd = true;
  blksize = DEFAULT_BUFFER_SIZE;
  finalizing = false;
}

export const fileIOType = ioType('FileIO', rawIOBaseType, (cls: PyType) => new PyFileIO(cls));

// Linux's open(2) flags.
const O_RDONLY = 0;
const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 0o100;
const O_EXCL = 0o200;
const O_TRUNC = 0o1000;
const O_APPEND = 0o2000;
const O_CLOEXEC = 0o2000000;
const EISDIR = 21;

interface ParsedMode {
  created: boolean;
  readable: boolean;
  writable: boolean;
  appending: boolean;
  flags: number;
}

const BAD_MODE = 'Must have exactly one of create/read/write/append mode and at most one plus';

/** FileIO's mode: exactly one of r, w, x, a, at most one +, and b (which changes nothing). */
function parseMode(mode: string): ParsedMode {
  const parsed: ParsedMode = { created: false, readable: false, writable: false, appending: false, flags: 0 };
  let kind = false;
  let plus = false;
  for (const char of mode) {
    switch (char) {
      case 'x':
      case 'r':
      case 'w':
      case 'a':
        if (kind) throw newException(ValueError, BAD_MODE);
        kind = true;
        if (char === 'x') {
          parsed.created = parsed.writable = true;
          parsed.flags |= O_EXCL | O_CREAT;
        } else if (char === 'r') {
          parsed.readable = true;
        } else if (char === 'w') {
          parsed.writable = true;
          parsed.flags |= O_CREAT | O_TRUNC;
        } else {
          parsed.writable = parsed.appending = true;
          parsed.flags |= O_APPEND | O_CREAT;
        }
        break;
      case '+':
        if (plus) throw newException(ValueError, BAD_MODE);
        parsed.readable = parsed.writable = plus = true;
        break;
      case 'b':
        break;
      default:
        throw newException(ValueError, `invalid mode: ${mode}`);
    }
  }
  if (!kind) throw newException(ValueError, BAD_MODE);
  parsed.flags |= parsed.readable && parsed.writable ? O_RDWR : parsed.readable ? O_RDONLY : O_WRONLY;
  return parsed;
}

/** The mode attribute: what the flags amount to ('w+' reports itself as 'rb+', as in CPython). */
function modeString(self: PyFileIO): string {
  if (self.created) return self.readable ? 'xb+' : 'xb';
  if (self.appending) return self.readable ? 'ab+' : 'ab';
  if (self.readable) return self.writable ? 'rb+' : 'rb';
  return 'wb';
}

const INIT_SIGNATURE = { name: 'FileIO', names: ['file', 'mode', 'closefd', 'opener'], required: 1, positionalOnly: 0 };

/** FileIO.__init__(file, mode='r', closefd=True, opener=None). */
function initialize(self: PyFileIO, args: Py[], kwnames: readonly string[] | null): void {
  const [file, modeArgument, closefdArgument, opener] = bindArguments(INIT_SIGNATURE, args, kwnames);
  if (self.fd >= 0) {
    if (self.closefd) closeFile(self);
    else self.fd = -1;
  }
  let fd = -1;
  const given = intValue(file!);
  let path: string | Buffer | undefined;
  if (given !== undefined) {
    fd = Number(given);
    if (fd < 0) throw newException(ValueError, 'negative file descriptor');
  } else {
    path = fsPath(file!);
  }
  let mode = 'r';
  if (modeArgument !== undefined) {
    const text = strValue(modeArgument);
    if (text === undefined) throw typeError(`FileIO() argument 'mode' must be str, not ${typeName(modeArgument)}`);
    mode = text;
  }
  const closefd = closefdArgument === undefined ? true : isTrue(closefdArgument);
  const parsed = parseMode(mode);
  self.created = parsed.created;
  self.readable = parsed.readable;
  self.writable = parsed.writable;
  self.appending = parsed.appending;
  self.seekable = undefined;
  if (path === undefined) {
    self.fd = fd;
    self.closefd = closefd;
  } else {
    self.closefd = true;
    if (!closefd) throw newException(ValueError, 'Cannot use closefd=False with file name');
    const flags = parsed.flags | O_CLOEXEC;
    // What other file objects have buffered may be what this one is about to read.
    flushUnflushedFiles();
    if (opener === undefined || opener === null) {
      self.fd = openDescriptor(path, flags, 0o666, file!);
    } else {
      const opened = call(opener, [file!, flags]);
      const openedFd = intValue(opened);
      if (openedFd === undefined) throw newException(TypeError, 'expected integer from opener');
      if (openedFd < 0) throw newException(ValueError, `opener returned ${openedFd}`);
      self.fd = Number(openedFd);
    }
  }
  const described = describeDescriptor(self.fd);
  if (described.isDirectory) {
    const error = systemError(EISDIR, file!);
    if (path !== undefined) closeFile(self);
    throw error;
  }
  if (described.blockSize > 1) self.blksize = described.blockSize;
  setAttr(self, 'name', file!);
  if (parsed.appending && isSeekableDescriptor(self.fd)) seekDescriptor(self.fd, 0, 2);
}

/** Closes the descriptor (when the object owns it), marking the object closed either way. */
function closeFile(self: PyFileIO): void {
  const fd = self.fd;
  self.fd = -1;
  if (fd >= 0) closeDescriptor(fd);
}

/** FileIO's own closed-file error: CPython words it without the full stop the other types give. */
function checkOpen(self: PyFileIO): void {
  if (self.fd < 0) throw newException(ValueError, 'I/O operation on closed file');
}

function checkReadable(self: PyFileIO): void {
  checkOpen(self);
  if (!self.readable) throw unsupported('File not open for reading');
}

function checkWritable(self: PyFileIO): void {
  checkOpen(self);
  if (!self.writable) throw unsupported('File not open for writing');
}

/** readall(): until the end of the file; the bytes, or null when a non-blocking descriptor had none. */
export function readAll(self: PyFileIO): PyBytes | null {
  checkOpen(self);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let chunkSize = DEFAULT_BUFFER_SIZE;
  try {
    const { size } = describeDescriptor(self.fd);
    const position = isSeekableDescriptor(self.fd) ? seekDescriptor(self.fd, 0, 1) : -1;
    if (position >= 0 && size >= position) chunkSize = size - position + 1;
  } catch {
    // Sizing is only a hint: read in blocks instead.
  }
  for (;;) {
    const chunk = new Uint8Array(chunkSize);
    const count = readDescriptor(self.fd, chunk);
    if (count === null) {
      if (total > 0) break;
      return null;
    }
    if (count === 0) break;
    chunks.push(chunk.subarray(0, count));
    total += count;
    chunkSize = Math.max(DEFAULT_BUFFER_SIZE, total);
  }
  return new PyBytes(chunks.length === 0 ? new Uint8Array(0) : concatBytes(chunks, total));
}

/** readinto for the buffered layer: reads into `target`, giving the count (null when it would block). */
export function readInto(self: PyFileIO, target: Uint8Array): number | null {
  checkReadable(self);
  return readDescriptor(self.fd, target);
}

/** write for the buffered layer. */
export function writeFrom(self: PyFileIO, data: Uint8Array): number | null {
  checkWritable(self);
  return writeDescriptor(self.fd, data);
}

function seekArgument(value: Py): number {
  return indexAsNumber(value);
}

export function fileIOSeekable(self: PyFileIO): boolean {
  checkOpen(self);
  self.seekable ??= isSeekableDescriptor(self.fd);
  return self.seekable;
}

defineMethods(fileIOType, {
  __init__(self: PyFileIO, args, kwnames) {
    initialize(self, args, kwnames);
    return null;
  },
  /** CPython 3.11 names the type _io.FileIO here even for subclasses. */
  __repr__(self: PyFileIO) {
    const typeDisplay = '_io.FileIO';
    if (self.fd < 0) return `<${typeDisplay} [closed]>`;
    const name = getAttrOrUndefined(self, 'name');
    const closefd = self.closefd ? 'True' : 'False';
    if (name === undefined) return `<${typeDisplay} fd=${self.fd} mode='${modeString(self)}' closefd=${closefd}>`;
    return reprOnce(self, typeDisplay, () => `<${typeDisplay} name=${pyRepr(name)} mode='${modeString(self)}' closefd=${closefd}>`);
  },
  // A read of an empty pipe, or a write into a full one, waits giving up the GIL; called by CALL itself, the thread parks.
  read(self: PyFileIO, args, kwnames) {
    const direct = takeDirectMethodCall(fileIOType, self, 'read');
    checkArgCount('read', args, kwnames, 0, 1);
    const size = sizeArgument(args[0]);
    checkReadable(self);
    if (size < 0) return readAll(self);
    const target = new Uint8Array(size);
    return readDescriptorThen(self.fd, target, direct, (count) => (count === null ? null : new PyBytes(target.slice(0, count))));
  },
  readall(self: PyFileIO, args, kwnames) {
    checkArgCount('FileIO.readall', args, kwnames, 0);
    return readAll(self);
  },
  readinto(self: PyFileIO, args, kwnames) {
    const direct = takeDirectMethodCall(fileIOType, self, 'readinto');
    checkArgCount('FileIO.readinto', args, kwnames, 1);
    const target = writableBuffer(args[0], 'readinto');
    checkReadable(self);
    return readDescriptorThen(self.fd, target, direct, (count) => count);
  },
  write(self: PyFileIO, args, kwnames) {
    const direct = takeDirectMethodCall(fileIOType, self, 'write');
    checkArgCount('FileIO.write', args, kwnames, 1);
    const data = readableBuffer(args[0]);
    checkWritable(self);
    return writeDescriptorThen(self.fd, data, direct, (count) => count);
  },
  seek(self: PyFileIO, args, kwnames) {
    checkArgCount('seek', args, kwnames, 1, 2);
    checkOpen(self);
    const offset = seekArgument(args[0]);
    const whence = args.length > 1 ? indexAsNumber(args[1]) : 0;
    return seekDescriptor(self.fd, offset, whence);
  },
  tell(self: PyFileIO, args, kwnames) {
    checkArgCount('FileIO.tell', args, kwnames, 0);
    checkOpen(self);
    return seekDescriptor(self.fd, 0, 1);
  },
  truncate(self: PyFileIO, args, kwnames) {
    checkArgCount('truncate', args, kwnames, 0, 1);
    checkWritable(self);
    const size = args.length === 0 || args[0] === null ? seekDescriptor(self.fd, 0, 1) : indexAsNumber(args[0]);
    truncateDescriptor(self.fd, size);
    return size;
  },
  seekable(self: PyFileIO, args, kwnames) {
    checkArgCount('FileIO.seekable', args, kwnames, 0);
    return fileIOSeekable(self);
  },
  readable(self: PyFileIO, args, kwnames) {
    checkArgCount('FileIO.readable', args, kwnames, 0);
    checkOpen(self);
    return self.readable;
  },
  writable(self: PyFileIO, args, kwnames) {
    checkArgCount('FileIO.writable', args, kwnames, 0);
    checkOpen(self);
    return self.writable;
  },
  fileno(self: PyFileIO, args, kwnames) {
    checkArgCount('FileIO.fileno', args, kwnames, 0);
    checkOpen(self);
    return self.fd;
  },
  isatty(self: PyFileIO, args, kwnames) {
    checkArgCount('FileIO.isatty', args, kwnames, 0);
    checkOpen(self);
    return isatty(self.fd);
  },
  /** close(): the base class's (which flushes), then the descriptor if the object owns it. */
  close(self: PyFileIO, args, kwnames) {
    checkArgCount('FileIO.close', args, kwnames, 0);
    let failure: unknown;
    try {
      iobaseClose(self);
    } catch (error) {
      failure = error;
    }
    if (!self.closefd) self.fd = -1;
    else closeFile(self);
    if (failure !== undefined) throw failure;
    return null;
  },
  _dealloc_warn: () => null,
});

defineGetSets(fileIOType, {
  closed: { get: (self: PyFileIO): Py => self.fd < 0 },
  closefd: { get: (self: PyFileIO): Py => self.closefd },
  mode: { get: (self: PyFileIO): Py => modeString(self) },
  _blksize: { get: (self: PyFileIO): Py => self.blksize },
  _finalizing: {
    get: (self: PyFileIO): Py => self.finalizing,
    set(self: PyFileIO, value: Py | undefined) {
      self.finalizing = value !== undefined && isTrue(value);
    },
  },
});

/** Whether reading and writing through `value` may skip the method calls: an exact FileIO. */
export function isExactFileIO(value: Py): value is PyFileIO {
  return value instanceof PyFileIO && value.cls === fileIOType;
}
