// bytes and bytearray: sequences of bytes over a Uint8Array, and the buffer protocol
// they share with memoryview (objects whose bytes other objects can read directly).
import { PyObject, type Py } from './object';
import { nativeType, type PyType } from './type';
import { BufferError, newException, type PyBaseException } from './exceptions';

export const bytesType = nativeType('bytes', undefined, { factory: (cls) => new PyBytes(new Uint8Array(0), cls) });
export const bytearrayType = nativeType('bytearray', undefined, { factory: (cls) => new PyByteArray(new Uint8Array(0), cls) });

/** An object exporting its bytes (CPython's buffer protocol): bytes, bytearray, memoryview. */
export abstract class PyBuffer extends PyObject {
  /** The exported bytes: for a mutable exporter, a view valid until it next changes. */
  abstract readonly bytes: Uint8Array;

  /** How many bytes are exported, without making a view (iteration asks each step). */
  get byteLength(): number {
    return this.bytes.length;
  }

  /** The exported byte at `index` (0 <= index < byteLength), without making a view. */
  byteAt(index: number): number {
    return this.bytes[index];
  }

  /** The struct code of the exported items, and their size: what a memoryview of this shows. */
  get exportFormat(): string {
    return 'B';
  }

  get exportItemsize(): number {
    return 1;
  }

  /** Whether a view of this may write to it. */
  get exportsWritable(): boolean {
    return false;
  }
}

export class PyBytes extends PyBuffer {
  constructor(
    /** Never changed once the bytes object is made (and may be shared with a code object's constant). */
    public bytes: Uint8Array,
    cls: PyType = bytesType,
  ) {
    super(cls);
  }
}

const EMPTY = new Uint8Array(0);

/**
 * A bytearray. Its contents are the first `length` bytes of `storage`, which keeps spare
 * room at the end so that appending is amortised O(1), as with CPython's ob_alloc.
 *
 * While its buffer is exported its size may not change (CPython's ob_exports). pyvm
 * counts the exports whose end it can tell: one an operation holds while it runs
 * (withExport), and one an object holds while it lives (a regular-expression scanner),
 * released when gc finds the object unreachable. With no reference counts to release
 * the latter the moment CPython would, a resize they would refuse first asks the
 * collector whether their holders are still reachable.
 */
export class PyByteArray extends PyBuffer {
  private storage: Uint8Array;
  private used: number;
  /** The view `bytes` gives, kept until the contents next move or change length. */
  private view: Uint8Array | null = null;
  exports = 0;

  /** Takes `contents` as its storage: the caller must not keep using it. */
  constructor(contents: Uint8Array = EMPTY, cls: PyType = bytearrayType) {
    super(cls);
    this.storage = contents;
    this.used = contents.length;
  }

  get length(): number {
    return this.used;
  }

  override get byteLength(): number {
    return this.used;
  }

  override byteAt(index: number): number {
    return this.storage[index];
  }

  override get exportsWritable(): boolean {
    return true;
  }

  get bytes(): Uint8Array {
    // (A storage without spare room is its own view: no view made for a bytearray sliced or built whole.)
    return this.used === this.storage.length ? this.storage : (this.view ??= this.storage.subarray(0, this.used));
  }

  /** self[index] = byte where index is in range (negative counts from the end) and byte fits in one; false, nothing done, otherwise. */
  setByteInRange(index: number, byte: number): boolean {
    const position = index < 0 ? index + this.used : index;
    if (position < 0 || position >= this.used || byte < 0 || byte > 255) return false;
    this.storage[position] = byte;
    return true;
  }

  /** Makes room for `capacity` bytes in all, over-allocating by an eighth as CPython does. */
  private reserve(capacity: number): void {
    if (capacity <= this.storage.length) return;
    const grown = new Uint8Array(Math.max(capacity + (capacity >> 3) + 8, 16));
    grown.set(this.bytes);
    this.storage = grown;
  }

  append(byte: number): void {
    this.checkResizable(this.used + 1);
    this.reserve(this.used + 1);
    this.storage[this.used++] = byte;
    this.view = null;
  }

  /** Replaces bytes [start, stop) by `insert` (which may be a view of this bytearray's own storage). */
  splice(start: number, stop: number, insert: Uint8Array): void {
    const source = insert.buffer === this.storage.buffer ? insert.slice() : insert;
    const newLength = this.used - (stop - start) + source.length;
    this.checkResizable(newLength);
    this.reserve(newLength);
    this.storage.copyWithin(start + source.length, stop, this.used);
    this.storage.set(source, start);
    this.used = newLength;
    if (this.storage.length > 64 && newLength < this.storage.length >> 2) this.storage = this.storage.slice(0, newLength);
    this.view = null;
  }

  /** Replaces the whole contents, taking `contents` as the storage. */
  setContents(contents: Uint8Array): void {
    this.checkResizable(contents.length);
    this.storage = contents;
    this.used = contents.length;
    this.view = null;
  }

  private checkResizable(newLength: number): void {
    if (newLength === this.used || this.exports === 0) return;
    releaseExportsOfUnreachable();
    if (this.exports > 0) throw resizeRefused();
  }
}

/** The BufferError of resizing an exported bytearray. */
export function resizeRefused(): PyBaseException {
  return newException(BufferError, 'Existing exports of data: object cannot be re-sized');
}

/** Runs `operation` with an export of `array`'s buffer held, as a C function holding a Py_buffer of it does. */
export function withExport<T>(array: PyByteArray, operation: () => T): T {
  array.exports++;
  try {
    return operation();
  } finally {
    array.exports--;
  }
}

let releaseExportsOfUnreachable: () => void = () => {};

/** How the exports of objects the program can no longer reach are released: gc's reachability, which the runtime registers. */
export function setUnreachableExportsReleaser(release: () => void): void {
  releaseExportsOfUnreachable = release;
}

/** The bytes `value` exports through the buffer protocol, or undefined when it has none. */
export function bufferOf(value: Py): Uint8Array | undefined {
  return value instanceof PyBuffer ? value.bytes : undefined;
}
