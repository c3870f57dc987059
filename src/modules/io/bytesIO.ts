// _io.BytesIO (CPython's Modules/_io/bytesio.c): a binary stream over bytes in memory,
// growing as it is written (writing past the end pads with zero bytes).
//
// getbuffer() gives a memoryview sharing the stream's bytes (writes through the view
// change the stream). CPython also refuses to resize the stream while such a view is
// alive; without reference counts a view's end cannot be seen here, so that BufferError
// is not raised.
import type { Py } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { typeName } from '../../objects/typeOf';
import { bindClinicArguments, checkArgCount, defineGetSets, defineMethods } from '../../objects/native';
import { newException, typeError, ValueError } from '../../objects/exceptions';
import { getIter, indexAsNumber, iterNext } from '../../objects/protocols';
import { PyBytes, PyByteArray } from '../../objects/bytes';
import { byteView } from '../../objects/memoryview';
import { PyList } from '../../objects/list';
import { newTuple, PyTuple } from '../../objects/tuple';
import { PyDict } from '../../objects/dict';
import { newDict } from '../../objects/dictType';
import { intValue } from '../../objects/int';
import {
  bufferedIOBaseType, closedFileError, dictCopy, ioType, PyIOBase, readableBuffer, sizeArgument, stopIteration, writableBuffer,
} from './ioBase';

export class PyBytesIO extends PyIOBase {
  /** The contents are buffer[0:size]; null once closed. */
  buffer: Uint8Array | null = new Uint8Array(0);
  size = 0;
  pos = 0;
}

export const bytesIOType = ioType('BytesIO', bufferedIOBaseType, (cls: PyType) => new PyBytesIO(cls));

function checkOpen(self: PyBytesIO): Uint8Array {
  if (self.buffer === null) throw closedFileError();
  return self.buffer;
}

/** Makes room for `capacity` bytes, over-allocating as CPython's resize_buffer does. */
function reserve(self: PyBytesIO, capacity: number): Uint8Array {
  const buffer = self.buffer!;
  if (capacity <= buffer.length) return buffer;
  const grown = new Uint8Array(Math.max(capacity, capacity + (capacity >> 3) + (capacity < 9 ? 3 : 6)));
  grown.set(buffer.subarray(0, self.size));
  self.buffer = grown;
  return grown;
}

function writeBytes(self: PyBytesIO, data: Uint8Array): number {
  checkOpen(self);
  if (data.length === 0) return 0;
  const end = self.pos + data.length;
  const buffer = reserve(self, end);
  // Writing past the end leaves zeros between (reserve's fresh space is zeroed).
  if (self.pos > self.size) buffer.fill(0, self.size, self.pos);
  buffer.set(data, self.pos);
  self.pos = end;
  if (end > self.size) self.size = end;
  return data.length;
}

/** The next n bytes (all the rest for n < 0). */
function readBytes(self: PyBytesIO, n: number): PyBytes {
  const buffer = checkOpen(self);
  const available = Math.max(0, self.size - self.pos);
  const count = n < 0 || n > available ? available : n;
  const bytes = buffer.slice(self.pos, self.pos + count);
  self.pos += count;
  return new PyBytes(bytes);
}

/** The length of the line at the position, up to `limit` bytes (unlimited when negative). */
function lineLength(self: PyBytesIO, limit: number): number {
  const buffer = checkOpen(self);
  if (self.pos >= self.size) return 0;
  const end = limit < 0 ? self.size : Math.min(self.size, self.pos + limit);
  const newline = buffer.subarray(self.pos, end).indexOf(0x0a);
  return newline < 0 ? end - self.pos : newline + 1;
}

function readLine(self: PyBytesIO, limit: number): PyBytes {
  return readBytes(self, lineLength(self, limit));
}

function setState(self: PyBytesIO, state: Py): void {
  if (!(state instanceof PyTuple) || state.items.length < 3) {
    throw typeError(`_io.BytesIO.__setstate__ argument should be 3-tuple, got ${typeName(state)}`);
  }
  const [value, position, dict] = state.items;
  checkOpen(self);
  const bytes = readableBuffer(value);
  self.buffer = bytes.slice();
  self.size = bytes.length;
  self.pos = 0;
  const pos = intValue(position);
  if (pos === undefined) throw typeError(`second item of state must be an integer, not ${typeName(position)}`);
  if (pos < 0) throw newException(ValueError, 'position value cannot be negative');
  self.pos = Number(pos);
  if (dict !== null) {
    if (!(dict instanceof PyDict)) throw typeError(`third item of state should be a dict, got a ${typeName(dict)}`);
    (self.dict ??= newDict()).mergeFrom(dict);
  }
}

defineMethods(bytesIOType, {
  __init__(self: PyBytesIO, args, kwnames) {
    const [initial] = bindClinicArguments({ name: 'BytesIO', names: ['initial_bytes'], required: 0, positionalOnly: 0 }, args, kwnames);
    self.buffer = new Uint8Array(0);
    self.size = 0;
    self.pos = 0;
    if (initial !== undefined && initial !== null) {
      writeBytes(self, readableBuffer(initial));
      self.pos = 0;
    }
    return null;
  },
  getvalue(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.getvalue', args, kwnames, 0);
    return new PyBytes(checkOpen(self).slice(0, self.size));
  },
  getbuffer(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.getbuffer', args, kwnames, 0);
    const buffer = checkOpen(self);
    return byteView(new PyByteArray(buffer.subarray(0, self.size)), false);
  },
  isatty(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.isatty', args, kwnames, 0);
    checkOpen(self);
    return false;
  },
  readable(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.readable', args, kwnames, 0);
    checkOpen(self);
    return true;
  },
  writable(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.writable', args, kwnames, 0);
    checkOpen(self);
    return true;
  },
  seekable(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.seekable', args, kwnames, 0);
    checkOpen(self);
    return true;
  },
  flush(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.flush', args, kwnames, 0);
    checkOpen(self);
    return null;
  },
  read(self: PyBytesIO, args, kwnames) {
    checkArgCount('read', args, kwnames, 0, 1);
    return readBytes(self, sizeArgument(args[0]));
  },
  read1(self: PyBytesIO, args, kwnames) {
    checkArgCount('read1', args, kwnames, 0, 1);
    return readBytes(self, sizeArgument(args[0]));
  },
  readline(self: PyBytesIO, args, kwnames) {
    checkArgCount('readline', args, kwnames, 0, 1);
    return readLine(self, sizeArgument(args[0]));
  },
  readlines(self: PyBytesIO, args, kwnames) {
    checkArgCount('readlines', args, kwnames, 0, 1);
    const hint = args.length === 0 || args[0] === null ? -1 : intValue(args[0]);
    if (hint === undefined) throw typeError(`integer argument expected, got '${typeName(args[0])}'`);
    checkOpen(self);
    const lines: Py[] = [];
    let total = 0;
    for (let n = lineLength(self, -1); n !== 0; n = lineLength(self, -1)) {
      lines.push(readBytes(self, n));
      total += n;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(lines);
  },
  readinto(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.readinto', args, kwnames, 1);
    const target = writableBuffer(args[0], 'readinto');
    const buffer = checkOpen(self);
    const count = Math.min(target.length, Math.max(0, self.size - self.pos));
    target.set(buffer.subarray(self.pos, self.pos + count));
    self.pos += count;
    return count;
  },
  truncate(self: PyBytesIO, args, kwnames) {
    checkArgCount('truncate', args, kwnames, 0, 1);
    checkOpen(self);
    const size = args.length === 0 || args[0] === null ? self.pos : indexAsNumber(args[0]);
    if (size < 0) throw newException(ValueError, `negative size value ${size}`);
    if (size < self.size) self.size = size;
    return size;
  },
  tell(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.tell', args, kwnames, 0);
    checkOpen(self);
    return self.pos;
  },
  seek(self: PyBytesIO, args, kwnames) {
    checkArgCount('seek', args, kwnames, 1, 2);
    let position = indexAsNumber(args[0]);
    const whence = args.length > 1 ? indexAsNumber(args[1]) : 0;
    checkOpen(self);
    if (whence < 0 || whence > 2) throw newException(ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
    if (whence === 0 && position < 0) throw newException(ValueError, `negative seek value ${position}`);
    if (whence === 1) position += self.pos;
    else if (whence === 2) position += self.size;
    self.pos = Math.max(0, position);
    return self.pos;
  },
  write(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.write', args, kwnames, 1);
    checkOpen(self);
    return writeBytes(self, readableBuffer(args[0]));
  },
  writelines(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.writelines', args, kwnames, 1);
    checkOpen(self);
    const iterator = getIter(args[0]);
    for (let line = iterNext(iterator); line !== undefined; line = iterNext(iterator)) writeBytes(self, readableBuffer(line));
    return null;
  },
  close(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.close', args, kwnames, 0);
    self.buffer = null;
    return null;
  },
  // PyObject_SelfIter: unlike _IOBase's, no check that the stream is open.
  __iter__: (self: PyBytesIO) => self,
  __next__(self: PyBytesIO) {
    const line = readLine(self, -1);
    if (line.bytes.length === 0) throw stopIteration();
    return line;
  },
  __getstate__(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.__getstate__', args, kwnames, 0);
    const value = new PyBytes(checkOpen(self).slice(0, self.size));
    return newTuple([value, self.pos, dictCopy(self)]);
  },
  __setstate__(self: PyBytesIO, args, kwnames) {
    checkArgCount('BytesIO.__setstate__', args, kwnames, 1);
    setState(self, args[0]);
    return null;
  },
  __sizeof__: (self: PyBytesIO) => 88 + (self.buffer === null ? 0 : self.buffer.length + 1),
});

defineGetSets(bytesIOType, {
  closed: { get: (self: PyBytesIO): Py => self.buffer === null },
});
