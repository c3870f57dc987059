// BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair (CPython's
// Modules/_io/bufferedio.c): buffering over any raw stream, calling its readinto, write,
// seek and tell (directly when it is an exact FileIO). As in CPython one buffer serves
// reads and writes, with these positions in it:
//   pos        the logical position;
//   rawPos     where the raw stream is (-1 when unknown);
//   readEnd    the end of the bytes read ahead (-1 when the buffer holds no read data);
//   writePos   the start of the bytes waiting to be written;
//   writeEnd   their end (-1 when none wait).
// absPos caches the raw stream's absolute position (-1 when unknown).
import type { Py } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { typeName } from '../../objects/typeOf';
import { bindArguments, checkArgCount, defineGetSets, defineMethods } from '../../objects/native';
import {
  AttributeError, isInstanceOfException, newException, OSError, PyBaseException, RuntimeError, TypeError, typeError, ValueError,
} from '../../objects/exceptions';
import { call, getAttr, getAttrOrUndefined, indexAsNumber, isTrue, pyRepr } from '../../objects/protocols';
import { PyBytes, PyByteArray } from '../../objects/bytes';
import { byteView } from '../../objects/memoryview';
import { osError } from '../../objects/osError';
import {
  bufferedIOBaseType, callMethod, chainContext, checkCapability, concatBytes, ioType, ioTypeName, PyIOBase, readableBuffer,
  reprOnce, sizeArgument, stopIteration, unsupported, writableBuffer,
} from './ioBase';
import { DEFAULT_BUFFER_SIZE, fileIOSeekable, isExactFileIO, PyFileIO, readAll, readInto, writeFrom } from './fileIO';
import { seekDescriptor } from './fileDescriptors';
import { markFlushed, markUnflushed, type UnflushedStream } from './unflushedFiles';

export class PyBuffered extends PyIOBase implements UnflushedStream {
  raw: Py = null;
  ok = false;
  detached = false;
  readable = false;
  writable = false;
  finalizing = false;
  /** An exact buffered type over an exact FileIO: the raw stream's state can be read directly. */
  fastClosedChecks = false;
  absPos = -1;
  /** Null once closed. */
  buffer: Uint8Array | null = null;
  pos = 0;
  rawPos = 0;
  readEnd = -1;
  writePos = 0;
  writeEnd = -1;
  bufferSize = 0;
  bufferMask = 0;

  flushPending(): void {
    if (this.ok && this.buffer !== null) flushAndRewind(this);
  }
}

const bufferedFactory = (cls: PyType): PyBuffered => new PyBuffered(cls);
export const bufferedReaderType = ioType('BufferedReader', bufferedIOBaseType, bufferedFactory);
export const bufferedWriterType = ioType('BufferedWriter', bufferedIOBaseType, bufferedFactory);
export const bufferedRandomType = ioType('BufferedRandom', bufferedIOBaseType, bufferedFactory);

// ---------------------------------------------------------------- state checks

function checkInitialized(self: PyBuffered): void {
  if (!self.ok) throw newException(ValueError, self.detached ? 'raw stream has been detached' : 'I/O operation on uninitialized object');
}

function rawClosed(self: PyBuffered): boolean {
  checkInitialized(self);
  return isTrue(getAttr(self.raw, 'closed'));
}

function isClosed(self: PyBuffered): boolean {
  if (self.buffer === null) return true;
  return self.fastClosedChecks ? (self.raw as PyFileIO).fd < 0 : rawClosed(self);
}

/** CHECK_CLOSED: closed and nothing left to read. */
function checkClosed(self: PyBuffered, message: string): void {
  if (isClosed(self) && readahead(self) === 0) throw newException(ValueError, message);
}

const validReadBuffer = (self: PyBuffered): boolean => self.readable && self.readEnd !== -1;
const validWriteBuffer = (self: PyBuffered): boolean => self.writable && self.writeEnd !== -1;

function readahead(self: PyBuffered): number {
  return validReadBuffer(self) ? self.readEnd - self.pos : 0;
}

/** How far the raw stream is ahead of the logical position. */
function rawOffset(self: PyBuffered): number {
  return (validReadBuffer(self) || validWriteBuffer(self)) && self.rawPos >= 0 ? self.rawPos - self.pos : 0;
}

function adjustPosition(self: PyBuffered, position: number): void {
  self.pos = position;
  if (validReadBuffer(self) && self.readEnd < self.pos) self.readEnd = self.pos;
}

function minusLastBlock(self: PyBuffered, size: number): number {
  return self.bufferMask !== 0 ? size & ~self.bufferMask : self.bufferSize * Math.floor(size / self.bufferSize);
}

function resetReadBuffer(self: PyBuffered): void {
  self.readEnd = -1;
}

function resetWriteBuffer(self: PyBuffered): void {
  self.writePos = 0;
  self.writeEnd = -1;
  markFlushed(self);
}

// ---------------------------------------------------------------- the raw stream

/** A position the raw stream gave: an int from 0 up. */
function rawPosition(value: Py): number {
  const position = indexAsNumber(value);
  if (position < 0) throw newException(OSError, `Raw stream returned invalid position ${position}`);
  return position;
}

function rawTell(self: PyBuffered): number {
  const position = isExactFileIO(self.raw) ? fileIOTell(self.raw) : rawPosition(callMethod(self.raw, 'tell'));
  self.absPos = position;
  return position;
}

function fileIOTell(raw: PyFileIO): number {
  if (raw.fd < 0) throw newException(ValueError, 'I/O operation on closed file');
  return seekDescriptor(raw.fd, 0, 1);
}

function rawSeek(self: PyBuffered, target: number, whence: number): number {
  let position: number;
  if (isExactFileIO(self.raw)) {
    if (self.raw.fd < 0) throw newException(ValueError, 'I/O operation on closed file');
    position = seekDescriptor(self.raw.fd, target, whence);
  } else {
    position = rawPosition(callMethod(self.raw, 'seek', [target, whence]));
  }
  self.absPos = position;
  return position;
}

/** RAW_TELL: the cached absolute position, or the raw stream's. */
function rawTellCached(self: PyBuffered): number {
  return self.absPos !== -1 ? self.absPos : rawTell(self);
}

/** raw.readinto over `target`: the count, or -2 when the raw stream would block. */
function rawRead(self: PyBuffered, target: Uint8Array): number {
  let count: number;
  if (isExactFileIO(self.raw)) {
    const read = readInto(self.raw, target);
    if (read === null) return -2;
    count = read;
  } else {
    const scratch = new PyByteArray(new Uint8Array(target.length));
    const result = callMethod(self.raw, 'readinto', [byteView(scratch, false, target.length)]);
    if (result === null) return -2;
    try {
      count = indexAsNumber(result);
    } catch (error) {
      if (!(error instanceof PyBaseException)) throw error;
      const failure = newException(OSError, 'raw readinto() failed');
      failure.cause = error;
      failure.context = error;
      throw failure;
    }
    if (count < 0 || count > target.length) {
      throw newException(OSError, `raw readinto() returned invalid length ${count} (should have been between 0 and ${target.length})`);
    }
    target.set(scratch.bytes.subarray(0, count));
  }
  if (count > 0 && self.absPos !== -1) self.absPos += count;
  return count;
}

/** raw.write of `data`: the count written, or -2 when the raw stream would block. */
function rawWrite(self: PyBuffered, data: Uint8Array): number {
  let count: number;
  if (isExactFileIO(self.raw)) {
    const written = writeFrom(self.raw, data);
    if (written === null) return -2;
    count = written;
  } else {
    const view = byteView(new PyBytes(data.slice()), true);
    const result = callMethod(self.raw, 'write', [view]);
    if (result === null) return -2;
    try {
      count = indexAsNumber(result);
    } catch (error) {
      // CPython 3.11 reports a count that is no int as the invalid length -1.
      if (!(error instanceof PyBaseException)) throw error;
      count = -1;
    }
    if (count < 0 || count > data.length) {
      throw newException(OSError, `raw write() returned invalid length ${count} (should have been between 0 and ${data.length})`);
    }
  }
  if (count > 0 && self.absPos !== -1) self.absPos += count;
  return count;
}

const EAGAIN = 11;

/** The BlockingIOError a write that could not complete raises, with how much went into the buffer. */
function blockingError(written: number): PyBaseException {
  return osError(EAGAIN, 'write could not complete without blocking', written);
}

// ---------------------------------------------------------------- reading

function fillBuffer(self: PyBuffered): number {
  const start = validReadBuffer(self) ? self.readEnd : 0;
  const count = rawRead(self, self.buffer!.subarray(start, self.bufferSize));
  if (count <= 0) return count;
  self.readEnd = start + count;
  self.rawPos = start + count;
  return count;
}

/** The next n bytes if the buffer holds them all. */
function readFast(self: PyBuffered, n: number): PyBytes | undefined {
  if (n > readahead(self)) return undefined;
  const bytes = self.buffer!.slice(self.pos, self.pos + n);
  self.pos += n;
  return new PyBytes(bytes);
}

function readAllBuffered(self: PyBuffered): Py {
  let current = readahead(self);
  const chunks: Uint8Array[] = [];
  if (current > 0) {
    chunks.push(self.buffer!.slice(self.pos, self.pos + current));
    self.pos += current;
  }
  if (self.writable) flushAndRewind(self);
  resetReadBuffer(self);
  if (isExactFileIO(self.raw)) {
    const rest = readAll(self.raw);
    if (rest === null) return current === 0 ? null : new PyBytes(chunks[0]);
    return current === 0 ? rest : new PyBytes(concatBytes([chunks[0], rest.bytes]));
  }
  const readall = getAttrOrUndefined(self.raw, 'readall');
  if (readall !== undefined) {
    const rest = call(readall, []);
    if (rest !== null && !(rest instanceof PyBytes)) throw newException(TypeError, 'readall() should return bytes');
    if (current === 0) return rest;
    return rest === null ? new PyBytes(chunks[0]) : new PyBytes(concatBytes([chunks[0], rest.bytes]));
  }
  for (;;) {
    const data = callMethod(self.raw, 'read');
    if (data !== null && !(data instanceof PyBytes)) throw newException(TypeError, 'read() should return bytes');
    if (data === null || data.bytes.length === 0) {
      if (current === 0) return data;
      return new PyBytes(concatBytes(chunks, current));
    }
    chunks.push(data.bytes);
    current += data.bytes.length;
    if (self.absPos !== -1) self.absPos += data.bytes.length;
  }
}

function readGeneric(self: PyBuffered, n: number): Py {
  const current = readahead(self);
  if (n <= current) return readFast(self, n)!;
  const out = new Uint8Array(n);
  let remaining = n;
  let written = 0;
  if (current > 0) {
    out.set(self.buffer!.subarray(self.pos, self.pos + current));
    remaining -= current;
    written += current;
    self.pos += current;
  }
  if (self.writable) flushAndRewind(self);
  resetReadBuffer(self);
  const ended = (count: number): Py => (count === 0 || written > 0 ? new PyBytes(out.slice(0, written)) : null);
  while (remaining > 0) {
    // Whole blocks go straight into the result; the last part through the buffer.
    const blocks = minusLastBlock(self, remaining);
    if (blocks === 0) break;
    const count = rawRead(self, out.subarray(written, written + blocks));
    if (count === 0 || count === -2) return ended(count);
    remaining -= count;
    written += count;
  }
  self.pos = 0;
  self.rawPos = 0;
  self.readEnd = 0;
  while (remaining > 0 && self.readEnd < self.bufferSize) {
    const count = fillBuffer(self);
    if (count === 0 || count === -2) return ended(count);
    const taken = Math.min(remaining, count);
    out.set(self.buffer!.subarray(self.pos, self.pos + taken), written);
    written += taken;
    self.pos += taken;
    remaining -= taken;
  }
  return new PyBytes(out);
}

function peekUnlocked(self: PyBuffered): PyBytes {
  const have = readahead(self);
  if (have > 0) return new PyBytes(self.buffer!.slice(self.pos, self.pos + have));
  resetReadBuffer(self);
  let count = fillBuffer(self);
  if (count === -2) count = 0;
  self.pos = 0;
  return new PyBytes(self.buffer!.slice(0, count));
}

/** Reads a line of at most `limit` bytes (all of it when negative). */
function bufferedReadline(self: PyBuffered, limit: number): PyBytes {
  checkClosed(self, 'readline of closed file');
  let n = readahead(self);
  if (limit >= 0 && n > limit) n = limit;
  const buffer = self.buffer!;
  const newline = buffer.indexOf(0x0a, self.pos);
  if (newline >= 0 && newline < self.pos + n) {
    const line = buffer.slice(self.pos, newline + 1);
    self.pos = newline + 1;
    return new PyBytes(line);
  }
  if (n === limit) {
    const line = buffer.slice(self.pos, self.pos + n);
    self.pos += n;
    return new PyBytes(line);
  }
  const chunks: Uint8Array[] = [];
  if (n > 0) {
    chunks.push(buffer.slice(self.pos, self.pos + n));
    self.pos += n;
    if (limit >= 0) limit -= n;
  }
  if (self.writable) flushAndRewind(self);
  for (;;) {
    resetReadBuffer(self);
    let count = fillBuffer(self);
    if (count <= 0) break;
    if (limit >= 0 && count > limit) count = limit;
    const found = self.buffer!.subarray(0, count).indexOf(0x0a);
    if (found >= 0) {
      chunks.push(self.buffer!.slice(0, found + 1));
      self.pos = found + 1;
      break;
    }
    chunks.push(self.buffer!.slice(0, count));
    if (count === limit) {
      self.pos = count;
      break;
    }
    if (limit >= 0) limit -= count;
  }
  return new PyBytes(chunks.length === 0 ? new Uint8Array(0) : concatBytes(chunks));
}

function readintoGeneric(self: PyBuffered, target: Uint8Array, once: boolean): Py {
  checkInitialized(self);
  checkClosed(self, 'readinto of closed file');
  let written = 0;
  const have = readahead(self);
  if (have > 0) {
    if (have >= target.length) {
      target.set(self.buffer!.subarray(self.pos, self.pos + target.length));
      self.pos += target.length;
      return target.length;
    }
    target.set(self.buffer!.subarray(self.pos, self.pos + have));
    self.pos += have;
    written = have;
  }
  if (self.writable) flushAndRewind(self);
  resetReadBuffer(self);
  self.pos = 0;
  for (let remaining = target.length - written; remaining > 0; ) {
    let count: number;
    if (remaining > self.bufferSize) {
      count = rawRead(self, target.subarray(written, written + remaining));
    } else if (!(once && written > 0)) {
      count = fillBuffer(self);
      if (count > 0) {
        const taken = Math.min(count, remaining);
        target.set(self.buffer!.subarray(self.pos, self.pos + taken), written);
        self.pos += taken;
        written += taken;
        remaining -= taken;
        continue;
      }
    } else {
      count = 0;
    }
    if (count === 0 || (count === -2 && written > 0)) break;
    if (count === -2) return null;
    written += count;
    remaining -= count;
    if (once) break;
  }
  return written;
}

// ---------------------------------------------------------------- writing

/** Writes out the bytes waiting in the buffer. */
function flushUnlocked(self: PyBuffered): void {
  if (validWriteBuffer(self) && self.writePos !== self.writeEnd) {
    const rewind = rawOffset(self) + (self.pos - self.writePos);
    if (rewind !== 0) {
      rawSeek(self, -rewind, 1);
      self.rawPos -= rewind;
    }
    while (self.writePos < self.writeEnd) {
      const count = rawWrite(self, self.buffer!.subarray(self.writePos, self.writeEnd));
      if (count === -2) throw blockingError(0);
      self.writePos += count;
      self.rawPos = self.writePos;
    }
  }
  resetWriteBuffer(self);
}

/** Flushes, then puts the raw stream back at the logical position (dropping the read-ahead). */
function flushAndRewind(self: PyBuffered): void {
  flushUnlocked(self);
  if (self.readable) {
    const offset = rawOffset(self);
    try {
      rawSeek(self, -offset, 1);
    } finally {
      resetReadBuffer(self);
    }
  }
}

function write(self: PyBuffered, data: Uint8Array): number {
  checkInitialized(self);
  if (isClosed(self)) throw newException(ValueError, 'write to closed file');
  const buffer = self.buffer!;
  if (!validReadBuffer(self) && !validWriteBuffer(self)) {
    self.pos = 0;
    self.rawPos = 0;
  }
  const available = self.bufferSize - self.pos;
  if (data.length <= available) {
    buffer.set(data, self.pos);
    if (!validWriteBuffer(self) || self.writePos > self.pos) self.writePos = self.pos;
    adjustPosition(self, self.pos + data.length);
    if (self.pos > self.writeEnd) self.writeEnd = self.pos;
    if (data.length > 0 && self.raw instanceof PyFileIO) markUnflushed(self);
    return data.length;
  }
  flushUnlocked(self);
  const offset = rawOffset(self);
  if (offset !== 0) {
    rawSeek(self, -offset, 1);
    self.rawPos -= offset;
  }
  let remaining = data.length;
  let written = 0;
  while (remaining > self.bufferSize) {
    const count = rawWrite(self, data.subarray(written));
    if (count === -2) {
      buffer.set(data.subarray(written, written + self.bufferSize));
      self.rawPos = 0;
      adjustPosition(self, self.bufferSize);
      self.writeEnd = self.bufferSize;
      throw blockingError(written + self.bufferSize);
    }
    written += count;
    remaining -= count;
  }
  if (self.readable) resetReadBuffer(self);
  if (remaining > 0) {
    buffer.set(data.subarray(written, written + remaining));
    written += remaining;
    if (self.raw instanceof PyFileIO) markUnflushed(self);
  }
  self.writePos = 0;
  self.writeEnd = remaining;
  adjustPosition(self, remaining);
  self.rawPos = 0;
  return written;
}

// ---------------------------------------------------------------- seeking

function seek(self: PyBuffered, targetObject: Py, whence: number): number {
  checkInitialized(self);
  if (whence < 0 || whence > 4) throw newException(ValueError, `whence value ${whence} unsupported`);
  checkClosed(self, 'seek of closed file');
  if (isExactFileIO(self.raw) ? !fileIOSeekable(self.raw) : callMethod(self.raw, 'seekable') !== true) {
    throw unsupported('File or stream is not seekable.');
  }
  let target = indexAsNumber(targetObject);
  if ((whence === 0 || whence === 1) && self.readable) {
    // Seeking within the read-ahead moves only the logical position.
    const current = rawTellCached(self);
    const available = readahead(self);
    if (available > 0) {
      const offset = whence === 0 ? target - (current - rawOffset(self)) : target;
      if (offset >= -self.pos && offset <= available) {
        self.pos += offset;
        return current - available + offset;
      }
    }
  }
  if (self.writable) flushUnlocked(self);
  if (whence === 1) target -= rawOffset(self);
  const position = rawSeek(self, target, whence);
  self.rawPos = -1;
  if (self.readable) resetReadBuffer(self);
  return position;
}

function tell(self: PyBuffered): number {
  checkInitialized(self);
  return rawTell(self) - rawOffset(self);
}

// ---------------------------------------------------------------- construction and closing

const INIT_NAMES = ['raw', 'buffer_size'];

function initialize(self: PyBuffered, name: string, args: Py[], kwnames: readonly string[] | null, readable: boolean, writable: boolean): void {
  self.ok = false;
  self.detached = false;
  const [raw, size] = bindArguments({ name, names: INIT_NAMES, required: 1, positionalOnly: 0 }, args, kwnames);
  if (writable && readable) checkCapability(raw!, 'seekable');
  if (readable) checkCapability(raw!, 'readable');
  if (writable) checkCapability(raw!, 'writable');
  self.raw = raw!;
  self.bufferSize = size === undefined ? DEFAULT_BUFFER_SIZE : indexAsNumber(size);
  self.readable = readable;
  self.writable = writable;
  if (self.bufferSize <= 0) throw newException(ValueError, 'buffer size must be strictly positive');
  self.buffer = new Uint8Array(self.bufferSize);
  self.bufferMask = (self.bufferSize & (self.bufferSize - 1)) === 0 ? self.bufferSize - 1 : 0;
  try {
    rawTell(self);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
  }
  resetReadBuffer(self);
  self.writePos = 0;
  self.writeEnd = -1;
  self.pos = 0;
  const exactType = readable && writable ? bufferedRandomType : readable ? bufferedReaderType : bufferedWriterType;
  self.fastClosedChecks = self.cls === exactType && isExactFileIO(raw!);
  self.ok = true;
}

function close(self: PyBuffered): Py {
  checkInitialized(self);
  if (rawClosed(self)) return null;
  let failure: unknown;
  try {
    callMethod(self, 'flush');
  } catch (error) {
    failure = error;
  }
  let result: Py = null;
  try {
    result = callMethod(self.raw, 'close');
  } catch (error) {
    chainContext(error, failure);
    failure = error;
  }
  self.buffer = null;
  markFlushed(self);
  self.readEnd = 0;
  self.pos = 0;
  if (failure !== undefined) throw failure;
  return result;
}

function detach(self: PyBuffered): Py {
  checkInitialized(self);
  callMethod(self, 'flush');
  const raw = self.raw;
  self.raw = null;
  self.detached = true;
  self.ok = false;
  markFlushed(self);
  return raw;
}

function bufferedRepr(self: PyBuffered): string {
  const typeDisplay = ioTypeName(self);
  let name: Py | undefined;
  try {
    name = getAttrOrUndefined(self, 'name');
  } catch (error) {
    if (!isInstanceOfException(error, ValueError)) throw error;
  }
  if (name === undefined) return `<${typeDisplay}>`;
  return reprOnce(self, typeDisplay, () => `<${typeDisplay} name=${pyRepr(name!)}>`);
}

/** A method that passes straight to the raw stream's. */
function forwardToRaw(method: string) {
  return (self: PyBuffered, args: Py[], kwnames: readonly string[] | null): Py => {
    checkArgCount(`${self.cls.name}.${method}`, args, kwnames, 0);
    checkInitialized(self);
    return callMethod(self.raw, method);
  };
}

// ---------------------------------------------------------------- the methods

const common = {
  detach(self: PyBuffered, args: Py[], kwnames: readonly string[] | null) {
    checkArgCount(`${self.cls.name}.detach`, args, kwnames, 0);
    return detach(self);
  },
  close(self: PyBuffered, args: Py[], kwnames: readonly string[] | null) {
    checkArgCount(`${self.cls.name}.close`, args, kwnames, 0);
    return close(self);
  },
  seekable: forwardToRaw('seekable'),
  fileno: forwardToRaw('fileno'),
  isatty: forwardToRaw('isatty'),
  seek(self: PyBuffered, args: Py[], kwnames: readonly string[] | null) {
    checkArgCount('seek', args, kwnames, 1, 2);
    return seek(self, args[0], args.length > 1 ? indexAsNumber(args[1]) : 0);
  },
  tell(self: PyBuffered, args: Py[], kwnames: readonly string[] | null) {
    checkArgCount(`${self.cls.name}.tell`, args, kwnames, 0);
    return tell(self);
  },
  truncate(self: PyBuffered, args: Py[], kwnames: readonly string[] | null) {
    checkArgCount('truncate', args, kwnames, 0, 1);
    checkInitialized(self);
    checkClosed(self, 'truncate of closed file');
    if (!self.writable) throw unsupported('truncate');
    flushAndRewind(self);
    const result = callMethod(self.raw, 'truncate', [args.length > 0 ? args[0] : null]);
    try {
      rawTell(self);
    } catch (error) {
      if (!(error instanceof PyBaseException)) throw error;
    }
    return result;
  },
  __repr__: (self: PyBuffered) => bufferedRepr(self),
  __sizeof__: (self: PyBuffered) => 112 + (self.buffer === null ? 0 : self.bufferSize),
  _dealloc_warn: () => null,
};

const reading = {
  readable: forwardToRaw('readable'),
  read(self: PyBuffered, args: Py[], kwnames: readonly string[] | null) {
    checkArgCount('read', args, kwnames, 0, 1);
    checkInitialized(self);
    const n = sizeArgument(args[0]);
    if (n < -1) throw newException(ValueError, 'read length must be non-negative or -1');
    checkClosed(self, 'read of closed file');
    if (n === -1) return readAllBuffered(self);
    return readFast(self, n) ?? readGeneric(self, n);
  },
  read1(self: PyBuffered, args: Py[], kwnames: readonly string[] | null) {
    checkArgCount('read1', args, kwnames, 0, 1);
    checkInitialized(self);
    let n = args.length === 0 ? -1 : indexAsNumber(args[0]);
    if (n < 0) n = self.bufferSize;
    checkClosed(self, 'read of closed file');
    if (n === 0) return new PyBytes(new Uint8Array(0));
    const have = readahead(self);
    if (have > 0) return readFast(self, Math.min(have, n))!;
    const out = new Uint8Array(n);
    resetReadBuffer(self);
    let count = rawRead(self, out);
    if (count === -2) count = 0;
    return new PyBytes(count === n ? out : out.slice(0, count));
  },
  peek(self: PyBuffered, args: Py[], kwnames: readonly string[] | null) {
    checkArgCount('peek', args, kwnames, 0, 1);
    if (args.length > 0) indexAsNumber(args[0]);
    checkInitialized(self);
    checkClosed(self, 'peek of closed file');
    if (self.writable) flushAndRewind(self);
    return peekUnlocked(self);
  },
  readinto(self: PyBuffered, args: Py[], kwnames: readonly string[] | null) {
    checkArgCount(`${self.cls.name}.readinto`, args, kwnames, 1);
    const target = writableBuffer(args[0], 'readinto');
    return readintoGeneric(self, target, false);
  },
  readinto1(self: PyBuffered, args: Py[], kwnames: readonly string[] | null) {
    checkArgCount(`${self.cls.name}.readinto1`, args, kwnames, 1);
    const target = writableBuffer(args[0], 'readinto1');
    return readintoGeneric(self, target, true);
  },
  readline(self: PyBuffered, args: Py[], kwnames: readonly string[] | null) {
    checkArgCount('readline', args, kwnames, 0, 1);
    checkInitialized(self);
    return bufferedReadline(self, sizeArgument(args[0]));
  },
  __next__(self: PyBuffered) {
    checkInitialized(self);
    let line: Py;
    if (self.cls === bufferedReaderType || self.cls === bufferedRandomType) {
      line = bufferedReadline(self, -1);
    } else {
      line = callMethod(self, 'readline');
      if (!(line instanceof PyBytes)) throw newException(OSError, `readline() should have returned a bytes object, not '${typeName(line)}'`);
    }
    if ((line as PyBytes).bytes.length === 0) throw stopIteration();
    return line;
  },
};

const writing = {
  writable: forwardToRaw('writable'),
  write(self: PyBuffered, args: Py[], kwnames: readonly string[] | null) {
    checkArgCount(`${self.cls.name}.write`, args, kwnames, 1);
    return write(self, readableBuffer(args[0]));
  },
  flush(self: PyBuffered, args: Py[], kwnames: readonly string[] | null) {
    checkArgCount(`${self.cls.name}.flush`, args, kwnames, 0);
    checkInitialized(self);
    checkClosed(self, 'flush of closed file');
    flushAndRewind(self);
    return null;
  },
};

const getsets = {
  raw: { get: (self: PyBuffered): Py => self.raw },
  closed: {
    get(self: PyBuffered): Py {
      checkInitialized(self);
      return getAttr(self.raw, 'closed');
    },
  },
  name: {
    get(self: PyBuffered): Py {
      checkInitialized(self);
      return getAttr(self.raw, 'name');
    },
  },
  mode: {
    get(self: PyBuffered): Py {
      checkInitialized(self);
      return getAttr(self.raw, 'mode');
    },
  },
  _finalizing: {
    get: (self: PyBuffered): Py => self.finalizing,
    set(self: PyBuffered, value: Py | undefined) {
      self.finalizing = value !== undefined && isTrue(value);
    },
  },
};

defineMethods(bufferedReaderType, {
  __init__(self: PyBuffered, args, kwnames) {
    initialize(self, 'BufferedReader', args, kwnames, true, false);
    return null;
  },
  ...common,
  ...reading,
  flush(self: PyBuffered, args, kwnames) {
    checkArgCount('BufferedReader.flush', args, kwnames, 0);
    checkInitialized(self);
    return callMethod(self.raw, 'flush');
  },
});
defineGetSets(bufferedReaderType, getsets);

defineMethods(bufferedWriterType, {
  __init__(self: PyBuffered, args, kwnames) {
    initialize(self, 'BufferedWriter', args, kwnames, false, true);
    return null;
  },
  ...common,
  ...writing,
});
defineGetSets(bufferedWriterType, getsets);

defineMethods(bufferedRandomType, {
  __init__(self: PyBuffered, args, kwnames) {
    initialize(self, 'BufferedRandom', args, kwnames, true, true);
    return null;
  },
  ...common,
  ...reading,
  ...writing,
});
defineGetSets(bufferedRandomType, getsets);

/** Whether `value` is one of the three buffered types exactly (whose methods TextIOWrapper may call directly). */
export function isExactBuffered(value: Py): value is PyBuffered {
  return value instanceof PyBuffered && (value.cls === bufferedReaderType || value.cls === bufferedWriterType || value.cls === bufferedRandomType);
}


// ---------------------------------------------------------------- BufferedRWPair

class PyRWPair extends PyIOBase {
  reader: Py | undefined = undefined;
  writer: Py | undefined = undefined;
}

export const bufferedRWPairType = ioType('BufferedRWPair', bufferedIOBaseType, (cls) => new PyRWPair(cls));

function forward(self: PyRWPair, side: 'reader' | 'writer', method: string, args: Py[]): Py {
  const target = self[side];
  if (target === undefined) throw newException(ValueError, 'I/O operation on uninitialized object');
  const bound = getAttrOrUndefined(target, method);
  if (bound === undefined) throw newException(AttributeError, method);
  return call(bound, args);
}

function forwarding(side: 'reader' | 'writer', method: string) {
  return (self: PyRWPair, args: Py[], kwnames: readonly string[] | null): Py => {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`${method}() takes no keyword arguments`);
    return forward(self, side, method, args);
  };
}

defineMethods(bufferedRWPairType, {
  __init__(self: PyRWPair, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) throw typeError('BufferedRWPair() takes no keyword arguments');
    const [reader, writer, size] = bindArguments({ name: 'BufferedRWPair', names: ['reader', 'writer', 'buffer_size'], required: 2 }, args, null);
    checkCapability(reader!, 'readable');
    checkCapability(writer!, 'writable');
    const bufferSize = size ?? DEFAULT_BUFFER_SIZE;
    self.reader = call(bufferedReaderType, [reader!, bufferSize]);
    self.writer = call(bufferedWriterType, [writer!, bufferSize]);
    return null;
  },
  read: forwarding('reader', 'read'),
  peek: forwarding('reader', 'peek'),
  read1: forwarding('reader', 'read1'),
  readinto: forwarding('reader', 'readinto'),
  readinto1: forwarding('reader', 'readinto1'),
  write: forwarding('writer', 'write'),
  flush: forwarding('writer', 'flush'),
  readable: forwarding('reader', 'readable'),
  writable: forwarding('writer', 'writable'),
  /** Closes the writer, then the reader; a failure of both raises the reader's, chained to the writer's. */
  close(self: PyRWPair) {
    let failure: unknown;
    try {
      forward(self, 'writer', 'close', []);
    } catch (error) {
      failure = error;
    }
    let result: Py;
    try {
      result = forward(self, 'reader', 'close', []);
    } catch (error) {
      chainContext(error, failure);
      throw error;
    }
    if (failure !== undefined) throw failure;
    return result;
  },
  isatty(self: PyRWPair) {
    const writerAnswer = forward(self, 'writer', 'isatty', []);
    if (writerAnswer !== false) return writerAnswer;
    return forward(self, 'reader', 'isatty', []);
  },
});

defineGetSets(bufferedRWPairType, {
  closed: {
    get(self: PyRWPair): Py {
      if (self.writer === undefined) throw newException(RuntimeError, 'the BufferedRWPair object is being garbage-collected');
      return getAttr(self.writer, 'closed');
    },
  },
});
