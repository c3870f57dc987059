// mmap.mmap objects (CPython's Modules/mmapmodule.c): a region of memory with a file
// position, read and written as bytes, by index and slice, and through the buffer
// protocol (memoryview, ctypes' from_buffer). The memory is a SharedArrayBuffer, so that
// the maps of a file shared with multiprocessing children (worker threads) are one memory
// (./sharedFileMaps); an anonymous map is memory of its own, which children get through
// pickling the map's owner (multiprocessing's heap maps a file, not anonymous memory).
// How a map is made is in ./mmapNew.
import { writeSync, fstatSync, ftruncateSync } from 'node:fs';
import type { Py } from '../../objects/object';
import { nativeType } from '../../objects/type';
import { PyBuffer, PyBytes } from '../../objects/bytes';
import { checkArgCount, defineGetSets, defineMethods } from '../../objects/native';
import { IndexError, newException, OverflowError, typeError, ValueError } from '../../objects/exceptions';
import { bytesLikeArgument, hasIndex, indexSized, ssizeArgument } from '../../objects/bytesArguments';
import { indexOfBytes, lastIndexOfBytes } from '../../objects/bytesMethods';
import { intValue } from '../../objects/int';
import { PySlice } from '../../objects/slice';
import { pyIndex } from '../../objects/protocols';
import { systemCall } from '../io/osErrors';
import { closeDescriptor } from '../io/fileDescriptors';
import { releaseFileMemory, type FileIdentity } from './sharedFileMaps';

export const ACCESS_DEFAULT = 0;
export const ACCESS_READ = 1;
export const ACCESS_WRITE = 2;
export const ACCESS_COPY = 3;
const ACCESS_NAMES = ['ACCESS_DEFAULT', 'ACCESS_READ', 'ACCESS_WRITE', 'ACCESS_COPY'];

export const mmapType = nativeType('mmap');

/** The file a map is of: its own descriptor (a duplicate, as CPython keeps), and the shared memory's identity. */
export interface MappedFile {
  fd: number;
  readonly identity: FileIdentity | null;
}

export class PyMmap extends PyBuffer {
  position = 0;
  closed = false;

  constructor(
    /** The mapped bytes: a view of the (shared) memory of the file from `offset` on, or of the anonymous memory. */
    public memory: Uint8Array,
    readonly access: number,
    /** Where in the file the map starts. */
    readonly offset: number,
    /** For a map of a file: the file; null for an anonymous map. */
    readonly file: MappedFile | null,
    /** Whether writes reach the file (MAP_SHARED): not for a private (copy-on-write) map. */
    readonly shared: boolean,
  ) {
    super(mmapType);
  }

  /** The bytes, once the map is checked to be open (CHECK_VALID). */
  get bytes(): Uint8Array {
    return this.valid();
  }

  valid(): Uint8Array {
    if (this.closed) throw newException(ValueError, 'mmap closed or invalid');
    return this.memory;
  }

  override get exportsWritable(): boolean {
    return this.access !== ACCESS_READ;
  }

  checkWritable(): void {
    if (this.access === ACCESS_READ) throw typeError("mmap can't modify a readonly memory map.");
  }

  /** Writes the map's bytes back to its file, as msync does (nothing for an anonymous, read-only or private map). */
  flush(start: number, length: number): void {
    if (this.file === null || !this.shared || this.access === ACCESS_READ) return;
    // (A copy: node:fs does not write from shared memory.)
    const bytes = this.memory.slice(start, start + length);
    systemCall(() => writeSync(this.file!.fd, bytes, 0, bytes.length, this.offset + start));
  }

  close(): void {
    if (this.closed) return;
    if (this.file !== null) {
      this.flush(0, this.memory.length);
      closeDescriptor(this.file.fd);
      if (this.file.identity !== null) releaseFileMemory(this.file.identity);
    }
    this.closed = true;
  }
}

function mmapOf(self: Py): PyMmap {
  return self as PyMmap;
}

/** An optional Py_ssize_t argument: undefined when not given (or None, where CPython takes it as not given). */
function optionalSize(value: Py | undefined): number | undefined {
  return value === undefined || value === null ? undefined : ssizeArgument(value);
}

/** A search bound as mmap_gfind clamps it: negative from the end, then into [0, size]. */
function searchBound(value: number, size: number): number {
  const bound = value < 0 ? value + size : value;
  return Math.min(Math.max(bound, 0), size);
}

function find(self: PyMmap, args: Py[], kwnames: readonly string[] | null, name: string, last: boolean): number {
  checkArgCount(name, args, kwnames, 1, 3);
  const memory = self.valid();
  const needle = bytesLikeArgument(args[0]);
  const start = searchBound(args.length > 1 ? ssizeArgument(args[1]) : self.position, memory.length);
  const end = searchBound(args.length > 2 ? ssizeArgument(args[2]) : memory.length, memory.length);
  if (end - start < needle.length) return -1;
  return last ? lastIndexOfBytes(memory, needle, start, end) : indexOfBytes(memory, needle, start, end);
}

/** The bytes from the position on, `count` of them at most (all for undefined), advancing past them. */
function readFromPosition(self: PyMmap, count: number | undefined): PyBytes {
  const memory = self.valid();
  const available = Math.max(memory.length - self.position, 0);
  const length = count === undefined || count < 0 || count > available ? available : count;
  const bytes = memory.slice(self.position, self.position + length);
  self.position += length;
  return new PyBytes(bytes);
}

defineMethods(mmapType, {
  close(self, args, kwnames) {
    checkArgCount('close', args, kwnames, 0);
    mmapOf(self).close();
    return null;
  },
  read(self, args, kwnames) {
    checkArgCount('read', args, kwnames, 0, 1);
    return readFromPosition(mmapOf(self), optionalSize(args[0]));
  },
  read_byte(self, args, kwnames) {
    checkArgCount('read_byte', args, kwnames, 0);
    const map = mmapOf(self);
    const memory = map.valid();
    if (map.position >= memory.length) throw newException(ValueError, 'read byte out of range');
    return memory[map.position++];
  },
  readline(self, args, kwnames) {
    checkArgCount('readline', args, kwnames, 0);
    const map = mmapOf(self);
    const memory = map.valid();
    const newline = memory.indexOf(0x0a, map.position);
    return readFromPosition(map, newline < 0 ? undefined : newline + 1 - map.position);
  },
  write(self, args, kwnames) {
    checkArgCount('write', args, kwnames, 1);
    const map = mmapOf(self);
    const data = bytesLikeArgument(args[0]);
    const memory = map.valid();
    map.checkWritable();
    if (map.position > memory.length || memory.length - map.position < data.length) throw newException(ValueError, 'data out of range');
    memory.set(data, map.position);
    map.position += data.length;
    return data.length;
  },
  write_byte(self, args, kwnames) {
    checkArgCount('write_byte', args, kwnames, 1);
    const map = mmapOf(self);
    const byte = unsignedCharArgument(args[0]);
    const memory = map.valid();
    map.checkWritable();
    if (map.position >= memory.length) throw newException(ValueError, 'write byte out of range');
    memory[map.position++] = byte;
    return null;
  },
  seek(self, args, kwnames) {
    checkArgCount('seek', args, kwnames, 1, 2);
    const map = mmapOf(self);
    const distance = ssizeArgument(args[0]);
    const whence = args.length > 1 ? Number(pyIndex(args[1])) : 0;
    const memory = map.valid();
    const origins = [0, map.position, memory.length];
    if (!(whence >= 0 && whence <= 2)) throw newException(ValueError, 'unknown seek type');
    const target = origins[whence] + distance;
    if (target < 0 || target > memory.length) throw newException(ValueError, 'seek out of range');
    map.position = target;
    return null;
  },
  tell(self, args, kwnames) {
    checkArgCount('tell', args, kwnames, 0);
    const map = mmapOf(self);
    map.valid();
    return map.position;
  },
  size(self, args, kwnames) {
    checkArgCount('size', args, kwnames, 0);
    const map = mmapOf(self);
    const memory = map.valid();
    return map.file === null ? memory.length : systemCall(() => fstatSync(map.file!.fd).size);
  },
  find: (self, args, kwnames) => find(mmapOf(self), args, kwnames, 'find', false),
  rfind: (self, args, kwnames) => find(mmapOf(self), args, kwnames, 'rfind', true),
  flush(self, args, kwnames) {
    checkArgCount('flush', args, kwnames, 0, 2);
    const map = mmapOf(self);
    const memory = map.valid();
    const offset = args.length > 0 ? ssizeArgument(args[0]) : 0;
    const size = args.length > 1 ? ssizeArgument(args[1]) : memory.length;
    if (size < 0 || offset < 0 || memory.length - offset < size) throw newException(ValueError, 'flush values out of range');
    if (map.access !== ACCESS_READ && map.access !== ACCESS_COPY) map.flush(offset, size);
    return null;
  },
  move(self, args, kwnames) {
    checkArgCount('move', args, kwnames, 3);
    const map = mmapOf(self);
    const [dest, src, count] = args.map(ssizeArgument);
    const memory = map.valid();
    map.checkWritable();
    if (dest < 0 || src < 0 || count < 0 || memory.length - dest < count || memory.length - src < count) {
      throw newException(ValueError, 'source, destination, or count out of range');
    }
    memory.copyWithin(dest, src, src + count);
    return null;
  },
  resize(self, args, kwnames) {
    checkArgCount('resize', args, kwnames, 1);
    const map = mmapOf(self);
    const size = ssizeArgument(args[0]);
    const memory = map.valid();
    if (map.access === ACCESS_READ || map.access === ACCESS_COPY) throw typeError("mmap can't resize a readonly or copy-on-write memory map.");
    if (size < 0) throw newException(ValueError, 'new size out of range');
    resize(map, memory, size);
    return null;
  },
  madvise(self, args, kwnames) {
    checkArgCount('madvise', args, kwnames, 1, 3);
    mmapOf(self).valid();
    return null;
  },
  __len__(self) {
    return mmapOf(self).valid().length;
  },
  __getitem__(self, args) {
    return getItem(mmapOf(self), args[0]);
  },
  __setitem__(self, args) {
    setItem(mmapOf(self), args[0], args[1]);
    return null;
  },
  __delitem__(self, args) {
    const map = mmapOf(self);
    map.valid();
    throw typeError(args[0] instanceof PySlice ? "mmap object doesn't support slice deletion" : "mmap doesn't support item deletion");
  },
  __enter__(self) {
    mmapOf(self).valid();
    return self;
  },
  __exit__(self) {
    mmapOf(self).close();
    return null;
  },
  __repr__(self) {
    const map = mmapOf(self);
    if (map.closed) return '<mmap.mmap closed=True>';
    return `<mmap.mmap closed=False, access=${ACCESS_NAMES[map.access]}, length=${map.memory.length}, pos=${map.position}, offset=${map.offset}>`;
  },
});

defineGetSets(mmapType, {
  closed: { get: (self: PyMmap) => self.closed },
});

/** A write_byte argument, as the 'b' converter (an unsigned char) takes it. */
function unsignedCharArgument(value: Py): number {
  const byte = Number(pyIndex(value));
  if (byte < 0) throw newException(OverflowError, 'unsigned byte integer is less than minimum');
  if (byte > 255) throw newException(OverflowError, 'unsigned byte integer is greater than maximum');
  return byte;
}

function getItem(map: PyMmap, key: Py): Py {
  const memory = map.valid();
  if (key instanceof PySlice) {
    const [start, , step, count] = key.indices(memory.length);
    if (step === 1) return new PyBytes(memory.slice(start, start + count));
    return new PyBytes(Uint8Array.from({ length: count }, (_, i) => memory[start + i * step]));
  }
  if (!hasIndex(key)) throw typeError('mmap indices must be integers');
  return memory[itemIndex(key, memory.length)];
}

function itemIndex(key: Py, length: number): number {
  let index = indexSized(key);
  if (index < 0) index += length;
  if (index < 0 || index >= length) throw newException(IndexError, 'mmap index out of range');
  return index;
}

function setItem(map: PyMmap, key: Py, value: Py): void {
  const memory = map.valid();
  map.checkWritable();
  if (key instanceof PySlice) {
    const [start, , step, count] = key.indices(memory.length);
    const data = bytesLikeArgument(value);
    if (data.length !== count) throw newException(IndexError, 'mmap slice assignment is wrong size');
    for (let i = 0; i < count; i++) memory[start + i * step] = data[i];
    return;
  }
  if (!hasIndex(key)) throw typeError('mmap indices must be integers');
  const index = itemIndex(key, memory.length);
  if (intValue(value) === undefined && !hasIndex(value)) throw typeError('mmap item value must be an int');
  const byte = pyIndex(value);
  if (typeof byte !== 'number' || byte < 0 || byte > 255) throw newException(ValueError, 'mmap item value must be in range(0, 256)');
  memory[index] = byte;
}

/**
 * Resizes the map (mremap): an anonymous map gets new memory with its bytes; a map of a
 * file resizes the file first (ftruncate), and maps its new extent anew — memory of its
 * own, which other maps of the file no longer share.
 */
function resize(map: PyMmap, memory: Uint8Array, size: number): void {
  const resized = new Uint8Array(new SharedArrayBuffer(size));
  if (map.file !== null) {
    map.flush(0, memory.length);
    systemCall(() => ftruncateSync(map.file!.fd, map.offset + size));
  }
  resized.set(memory.subarray(0, Math.min(size, memory.length)));
  map.memory = resized;
  if (map.position > size) map.position = size;
}
