// mmap.mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ,
// access=ACCESS_DEFAULT, offset=0): new_mmap_object's checks, in its order and with its
// messages. fileno -1 maps anonymous memory; any other maps that file: its bytes from
// `offset` on, loaded when the map is made (or the memory other MAP_SHARED maps of the
// file already use: ./sharedFileMaps) and written back on flush() and close().
import { fstatSync, readSync } from 'node:fs';
import type { Py } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { bindClinicArguments } from '../../objects/native';
import { newException, OverflowError, ValueError } from '../../objects/exceptions';
import { cIntArgument, ssizeArgument } from '../../objects/bytesArguments';
import { pyIndex } from '../../objects/protocols';
import { defineNew } from '../../objects/builtinNew';
import { openDescriptor } from '../io/fileDescriptors';
import { systemCall } from '../io/osErrors';
import { errnoError } from '../posix/posixModule';
import { descriptorPath } from '../posix/pathArguments';
import { ACCESS_COPY, ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE, mmapType, PyMmap, type MappedFile } from './mmapObject';
import { acquireFileMemory } from './sharedFileMaps';

export const MAP_SHARED = 1;
export const MAP_PRIVATE = 2;
export const MAP_ANONYMOUS = 0x20;
export const PROT_READ = 1;
export const PROT_WRITE = 2;
export const PAGESIZE = 4096;
const EINVAL = 22;
const O_RDONLY = 0;
const O_RDWR = 2;

interface MapRequest {
  fd: number;
  length: number;
  flags: number;
  prot: number;
  access: number;
  offset: number;
}

defineNew(mmapType, (_cls: PyType, args, kwnames) => {
  const [fileno, length, flags, prot, access, offset] = bindClinicArguments(
    { name: 'mmap', names: ['fileno', 'length', 'flags', 'prot', 'access', 'offset'], required: 2, positionalOnly: 0 },
    args,
    kwnames,
  );
  return newMap({
    fd: cIntArgument(fileno!),
    length: ssizeArgument(length!),
    flags: flags === undefined ? MAP_SHARED : cIntArgument(flags),
    prot: prot === undefined ? PROT_READ | PROT_WRITE : cIntArgument(prot),
    access: access === undefined ? ACCESS_DEFAULT : cIntArgument(access),
    offset: offset === undefined ? 0 : offsetArgument(offset),
  });
});

/** The 'L' (long long) converter. */
function offsetArgument(value: Py): number {
  const offset = pyIndex(value);
  if (typeof offset === 'bigint') throw newException(OverflowError, 'Python int too large to convert to C long');
  return offset;
}

function newMap(request: MapRequest): PyMmap {
  if (request.length < 0) throw newException(OverflowError, 'memory mapped length must be positive');
  if (request.offset < 0) throw newException(OverflowError, 'memory mapped offset must be positive');
  if ((request.prot !== (PROT_READ | PROT_WRITE) || request.flags !== MAP_SHARED) && request.access !== ACCESS_DEFAULT) {
    throw newException(ValueError, "mmap can't specify both access and flags, prot.");
  }
  const { access, shared } = accessOf(request);
  if (request.fd === -1) {
    if (request.length === 0 || request.offset % PAGESIZE !== 0) throw errnoError(EINVAL);
    return new PyMmap(new Uint8Array(new SharedArrayBuffer(request.length)), access, request.offset, null, shared);
  }
  return mapFile(request, access, shared);
}

/** The access mode and whether writes are shared, from access, or from flags and prot (ACCESS_DEFAULT). */
function accessOf({ access, flags, prot }: MapRequest): { access: number; shared: boolean } {
  switch (access) {
    case ACCESS_READ:
    case ACCESS_WRITE:
      return { access, shared: true };
    case ACCESS_COPY:
      return { access, shared: false };
    case ACCESS_DEFAULT: {
      const shared = (flags & MAP_PRIVATE) === 0;
      if ((prot & PROT_READ) !== 0 && (prot & PROT_WRITE) !== 0) return { access, shared };
      return { access: (prot & PROT_WRITE) !== 0 ? ACCESS_WRITE : ACCESS_READ, shared };
    }
    default:
      throw newException(ValueError, 'mmap invalid access parameter.');
  }
}

function mapFile(request: MapRequest, access: number, shared: boolean): PyMmap {
  const stats = systemCall(() => fstatSync(request.fd, { bigint: true }));
  const fileSize = Number(stats.size);
  let length = request.length;
  if (stats.isFile()) {
    if (length === 0) {
      if (fileSize === 0) throw newException(ValueError, 'cannot mmap an empty file');
      if (request.offset >= fileSize) throw newException(ValueError, 'mmap offset is greater than file size');
      length = fileSize - request.offset;
    } else if (request.offset > fileSize || fileSize - request.offset < length) {
      throw newException(ValueError, 'mmap length is greater than file size');
    }
  }
  if (length === 0 || request.offset % PAGESIZE !== 0) throw errnoError(EINVAL);
  const end = request.offset + length;
  // Its own descriptor (CPython dup()s the one given), so that the map outlives the caller's.
  const fd = openDescriptor(descriptorPath(request.fd), access === ACCESS_READ ? O_RDONLY : O_RDWR, 0, null);
  const load = (memory: Uint8Array) => readFile(fd, memory, fileSize);
  if (!shared) {
    const memory = new Uint8Array(new ArrayBuffer(end));
    load(memory);
    return new PyMmap(memory.subarray(request.offset), access, request.offset, { fd, identity: null }, false);
  }
  const identity = `${stats.dev}:${stats.ino}`;
  const file: MappedFile = { fd, identity };
  const memory = new Uint8Array(acquireFileMemory(identity, end, load), request.offset, length);
  return new PyMmap(memory, access, request.offset, file, true);
}

/** Fills `memory` with the file's bytes from its start (what lies beyond its end stays zero, as a map shows it). */
function readFile(fd: number, memory: Uint8Array, fileSize: number): void {
  const target = Buffer.alloc(Math.min(memory.length, fileSize));
  let done = 0;
  while (done < target.length) {
    const count = systemCall(() => readSync(fd, target, done, target.length - done, done));
    if (count === 0) break;
    done += count;
  }
  memory.set(target.subarray(0, done));
}
