// The abstract bases of the io hierarchy (CPython's Modules/_io/iobase.c and the base
// classes of bufferedio.c and textio.c): _IOBase, _RawIOBase, _BufferedIOBase and
// _TextIOBase, with UnsupportedOperation. Their methods are written over the Python-level
// methods of self (readline over self.read and self.peek, tell over self.seek, close over
// self.flush, iteration over self.readline), so that classes written in Python on top of
// them (io.RawIOBase subclasses, for instance) work as under CPython.
import { PyObject, type Py } from '../../objects/object';
import { nativeType, objectType, PyType, typeType } from '../../objects/type';
import { typeName, typeOf } from '../../objects/typeOf';
import { checkArgCount, defineGetSets, defineMethods } from '../../objects/native';
import {
  NotImplementedError, OSError, newException, PyBaseException, RuntimeError, StopIteration, TypeError, typeError, ValueError,
} from '../../objects/exceptions';
import { call, getAttr, getAttrOrUndefined, getIter, indexAsNumber, isTrue, iterNext, pyLen } from '../../objects/protocols';
import { PyBytes, PyByteArray } from '../../objects/bytes';
import { PyMemoryView, writableMemory } from '../../objects/memoryview';
import { PyList } from '../../objects/list';
import { newTuple } from '../../objects/tuple';
import { newDict } from '../../objects/dictType';
import { intValue } from '../../objects/int';

/** Every object of the io hierarchy: the flag _IOBase.close sets (CPython's __IOBase_closed). */
export class PyIOBase extends PyObject {
  iobaseClosed = false;
}

const ioBaseFactory = (cls: PyType): PyObject => new PyIOBase(cls);

/** A type of the _io module, reporting its module as _io; the instances of most have a __dict__. */
export function ioType(name: string, base: PyType, factory: (cls: PyType) => PyObject = ioBaseFactory, instanceDict = true): PyType {
  const type = nativeType(name, base, { factory, instanceDict });
  type.attrs.set('__module__', '_io');
  return type;
}

export const ioBaseType = ioType('_IOBase', objectType);
export const rawIOBaseType = ioType('_RawIOBase', ioBaseType);
export const bufferedIOBaseType = ioType('_BufferedIOBase', ioBaseType);
export const textIOBaseType = ioType('_TextIOBase', ioBaseType);

/** The name reprs give an io object's type: the qualified name for _io's own types (tp_name), the bare name for classes. */
export function ioTypeName(value: Py): string {
  const type = (value as PyObject).cls;
  return type.isHeapType ? type.name : `_io.${type.name}`;
}

// ---------------------------------------------------------------- UnsupportedOperation

/** io.UnsupportedOperation: an OSError and a ValueError, made by type() as _io makes it. */
export const UnsupportedOperation = call(typeType, ['UnsupportedOperation', newTuple([OSError, ValueError]), newDict()]) as PyType;
UnsupportedOperation.attrs.set('__module__', 'io');
UnsupportedOperation.attributesChanged();

export function unsupported(message: string): PyBaseException {
  return newException(UnsupportedOperation, message);
}

// ---------------------------------------------------------------- helpers for the io types

/** self.name(*args), looked up as an attribute (so overrides and instance attributes count). */
export function callMethod(target: Py, name: string, args: Py[] = []): Py {
  return call(getAttr(target, name), args);
}

export function closedFileError(): PyBaseException {
  return newException(ValueError, 'I/O operation on closed file.');
}

/** _PyIOBase_check_closed: ValueError when self.closed (the attribute, whatever defines it) is true. */
export function checkClosed(self: Py): void {
  const closed = getAttrOrUndefined(self, 'closed');
  if (closed !== undefined && isTrue(closed)) throw closedFileError();
}

/** _PyIOBase_check_readable / writable / seekable: the object's own answer must be True. */
export function checkCapability(self: Py, capability: 'readable' | 'writable' | 'seekable'): void {
  if (callMethod(self, capability) !== true) throw unsupported(`File or stream is not ${capability}.`);
}

/** A size argument as clinic's Py_ssize_t(accept={int, NoneType}) reads it (_Py_convert_optional_to_ssize_t): None is -1. */
export function sizeArgument(value: Py | undefined): number {
  if (value === undefined || value === null) return -1;
  if (intValue(value) === undefined && typeOf(value).lookup('__index__') === undefined) {
    throw typeError(`argument should be integer or None, not '${typeName(value)}'`);
  }
  return indexAsNumber(value);
}

/** The bytes a bytes-like argument exports, with the message clinic's Py_buffer gives for others. */
export function readableBuffer(value: Py): Uint8Array {
  if (value instanceof PyBytes || value instanceof PyByteArray || value instanceof PyMemoryView) return value.bytes;
  throw typeError(`a bytes-like object is required, not '${typeName(value)}'`);
}

/**
 * The memory a readinto() argument lets us write (a Py_buffer(accept={rwbuffer})): that
 * of a writable exporter or contiguous view, else CPython's complaint naming `method`.
 */
export function writableBuffer(value: Py, method: string): Uint8Array {
  const memory = writableMemory(value);
  if (memory === undefined) throw typeError(`${method}() argument must be read-write bytes-like object, not ${typeName(value)}`);
  return memory;
}

/** _PyErr_ChainExceptions: an error raised while another was pending gets that one as its __context__. */
export function chainContext(error: unknown, pending: unknown): void {
  if (pending instanceof PyBaseException && error instanceof PyBaseException && error !== pending && error.context === null) error.context = pending;
}

const inRepr = new Set<Py>();

/** Py_ReprEnter for the io reprs that show attributes: a repr reaching itself is a RuntimeError. */
export function reprOnce(self: Py, typeDisplay: string, build: () => string): string {
  if (inRepr.has(self)) throw newException(RuntimeError, `reentrant call inside ${typeDisplay}.__repr__`);
  inRepr.add(self);
  try {
    return build();
  } finally {
    inRepr.delete(self);
  }
}

/** A copy of the instance __dict__ for __getstate__, or None when it has none. */
export function dictCopy(self: PyObject): Py {
  if (self.dict === undefined || self.dict.size === 0) return null;
  const copy = newDict();
  self.dict.copyInto(copy);
  return copy;
}

export function noArguments(name: string, args: Py[], kwnames: readonly string[] | null): void {
  checkArgCount(name, args, kwnames, 0);
}

/** The iterator protocol's end, as CPython's tp_iternext signals it by returning NULL. */
export function stopIteration(): PyBaseException {
  return newException(StopIteration);
}

// ---------------------------------------------------------------- _IOBase

/** iobase_is_closed: the flag close() sets, not the closed attribute. */
function isClosedFlag(self: Py): boolean {
  return self instanceof PyIOBase && self.iobaseClosed;
}

/** _IOBase.close: flush, then mark closed even when the flush failed. */
export function iobaseClose(self: Py): Py {
  if (isClosedFlag(self)) return null;
  try {
    callMethod(self, 'flush');
  } finally {
    if (self instanceof PyIOBase) self.iobaseClosed = true;
  }
  return null;
}

/** _IOBase.readline: byte by byte over self.read, or a peeked line at a time when self has peek. */
function iobaseReadline(self: Py, limit: number): PyBytes {
  const peek = getAttrOrUndefined(self, 'peek');
  const chunks: Uint8Array[] = [];
  let length = 0;
  let last = -1;
  while (limit < 0 || length < limit) {
    let readahead = 1;
    if (peek !== undefined) {
      const peeked = call(peek, [1]);
      if (!(peeked instanceof PyBytes)) throw newException(OSError, `peek() should have returned a bytes object, not '${typeName(peeked)}'`);
      const bytes = peeked.bytes;
      if (bytes.length > 0) {
        let n = 0;
        while (n < bytes.length && (limit < 0 || n < limit)) {
          if (bytes[n++] === 0x0a) break;
        }
        readahead = n;
      }
    }
    const data = callMethod(self, 'read', [readahead]);
    if (!(data instanceof PyBytes)) throw newException(OSError, `read() should have returned a bytes object, not '${typeName(data)}'`);
    if (data.bytes.length === 0) break;
    chunks.push(data.bytes);
    length += data.bytes.length;
    last = data.bytes[data.bytes.length - 1];
    if (last === 0x0a) break;
  }
  return new PyBytes(concatBytes(chunks, length));
}

export function concatBytes(chunks: Uint8Array[], length = chunks.reduce((sum, chunk) => sum + chunk.length, 0)): Uint8Array {
  if (chunks.length === 1) return chunks[0].slice();
  const joined = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}

/** _IOBase.readlines: every line, or lines until their total length passes the hint. */
function iobaseReadlines(self: Py, hint: number): PyList {
  const lines: Py[] = [];
  const iterator = getIter(self);
  let length = 0;
  for (let line = iterNext(iterator); line !== undefined; line = iterNext(iterator)) {
    lines.push(line);
    if (hint <= 0) continue;
    const lineLength = pyLen(line);
    if (lineLength > hint - length) break;
    length += lineLength;
  }
  return new PyList(lines);
}

defineMethods(ioBaseType, {
  seek() {
    throw unsupported('seek');
  },
  tell(self, args, kwnames) {
    noArguments('_IOBase.tell', args, kwnames);
    return callMethod(self, 'seek', [0, 1]);
  },
  truncate() {
    throw unsupported('truncate');
  },
  flush(self, args, kwnames) {
    noArguments('_IOBase.flush', args, kwnames);
    if (isClosedFlag(self)) throw closedFileError();
    return null;
  },
  close(self, args, kwnames) {
    noArguments('_IOBase.close', args, kwnames);
    return iobaseClose(self);
  },
  seekable: (_self, args, kwnames) => (noArguments('_IOBase.seekable', args, kwnames), false),
  readable: (_self, args, kwnames) => (noArguments('_IOBase.readable', args, kwnames), false),
  writable: (_self, args, kwnames) => (noArguments('_IOBase.writable', args, kwnames), false),
  _checkClosed(self, args, kwnames) {
    noArguments('_IOBase._checkClosed', args, kwnames);
    checkClosed(self);
    return null;
  },
  _checkSeekable(self, args, kwnames) {
    noArguments('_IOBase._checkSeekable', args, kwnames);
    checkCapability(self, 'seekable');
    return true;
  },
  _checkReadable(self, args, kwnames) {
    noArguments('_IOBase._checkReadable', args, kwnames);
    checkCapability(self, 'readable');
    return true;
  },
  _checkWritable(self, args, kwnames) {
    noArguments('_IOBase._checkWritable', args, kwnames);
    checkCapability(self, 'writable');
    return true;
  },
  fileno(_self, args, kwnames) {
    noArguments('_IOBase.fileno', args, kwnames);
    throw unsupported('fileno');
  },
  isatty(self, args, kwnames) {
    noArguments('_IOBase.isatty', args, kwnames);
    checkClosed(self);
    return false;
  },
  __enter__(self, args, kwnames) {
    noArguments('_IOBase.__enter__', args, kwnames);
    checkClosed(self);
    return self;
  },
  __exit__: (self) => callMethod(self, 'close'),
  __iter__(self) {
    checkClosed(self);
    return self;
  },
  __next__(self) {
    const line = callMethod(self, 'readline');
    if (pyLen(line) <= 0) throw stopIteration();
    return line;
  },
  readline(self, args, kwnames) {
    checkArgCount('readline', args, kwnames, 0, 1);
    return iobaseReadline(self, sizeArgument(args[0]));
  },
  readlines(self, args, kwnames) {
    checkArgCount('readlines', args, kwnames, 0, 1);
    return iobaseReadlines(self, sizeArgument(args[0]));
  },
  writelines(self, args, kwnames) {
    checkArgCount('_IOBase.writelines', args, kwnames, 1);
    checkClosed(self);
    const iterator = getIter(args[0]);
    for (let line = iterNext(iterator); line !== undefined; line = iterNext(iterator)) callMethod(self, 'write', [line]);
    return null;
  },
});

defineGetSets(ioBaseType, {
  closed: { get: (self: Py): Py => isClosedFlag(self) },
});

// ---------------------------------------------------------------- _RawIOBase

const DEFAULT_BUFFER_SIZE = 8192;

defineMethods(rawIOBaseType, {
  /** read(n) over self.readinto: a bytearray of n bytes, cut to what it filled. */
  read(self, args, kwnames) {
    checkArgCount('read', args, kwnames, 0, 1);
    const size = args.length === 0 ? -1 : indexAsNumber(args[0]);
    if (size < 0) return callMethod(self, 'readall');
    const target = new PyByteArray(new Uint8Array(size));
    const result = callMethod(self, 'readinto', [target]);
    if (result === null) return null;
    const count = indexAsNumber(result);
    return new PyBytes(target.bytes.slice(0, count));
  },
  readall(self, args, kwnames) {
    noArguments('_RawIOBase.readall', args, kwnames);
    const chunks: Uint8Array[] = [];
    for (;;) {
      const data = callMethod(self, 'read', [DEFAULT_BUFFER_SIZE]);
      if (data === null) {
        if (chunks.length === 0) return null;
        break;
      }
      if (!(data instanceof PyBytes)) throw newException(TypeError, 'read() should return bytes');
      if (data.bytes.length === 0) break;
      chunks.push(data.bytes);
    }
    return new PyBytes(concatBytes(chunks));
  },
  readinto() {
    throw newException(NotImplementedError);
  },
  write() {
    throw newException(NotImplementedError);
  },
});

// ---------------------------------------------------------------- _BufferedIOBase

/** _BufferedIOBase.readinto(1): self.read(1)(len(b)) copied into b. */
function bufferedIOBaseReadinto(self: Py, args: Py[], kwnames: readonly string[] | null, method: 'readinto' | 'readinto1'): Py {
  checkArgCount(`_BufferedIOBase.${method}`, args, kwnames, 1);
  const target = writableBuffer(args[0], method);
  const data = callMethod(self, method === 'readinto' ? 'read' : 'read1', [target.length]);
  if (!(data instanceof PyBytes)) throw typeError('read() should return bytes');
  if (data.bytes.length > target.length) {
    throw newException(ValueError, `read() returned too much data: ${target.length} bytes requested, ${data.bytes.length} returned`);
  }
  target.set(data.bytes);
  return data.bytes.length;
}

defineMethods(bufferedIOBaseType, {
  detach(_self, args, kwnames) {
    noArguments('_BufferedIOBase.detach', args, kwnames);
    throw unsupported('detach');
  },
  read() {
    throw unsupported('read');
  },
  read1() {
    throw unsupported('read1');
  },
  readinto: (self, args, kwnames) => bufferedIOBaseReadinto(self, args, kwnames, 'readinto'),
  readinto1: (self, args, kwnames) => bufferedIOBaseReadinto(self, args, kwnames, 'readinto1'),
  write() {
    throw unsupported('write');
  },
});

// ---------------------------------------------------------------- _TextIOBase

defineMethods(textIOBaseType, {
  detach(_self, args, kwnames) {
    noArguments('_TextIOBase.detach', args, kwnames);
    throw unsupported('detach');
  },
  read() {
    throw unsupported('read');
  },
  readline() {
    throw unsupported('readline');
  },
  write() {
    throw unsupported('write');
  },
});

defineGetSets(textIOBaseType, {
  encoding: { get: (): Py => null },
  newlines: { get: (): Py => null },
  errors: { get: (): Py => null },
});
