// bytes and bytearray: sequences of bytes over a Uint8Array, and the buffer protocol
// they share with memoryview (objects whose bytes other objects can read directly).
import { PyObject, type Py } from './object';
import { nativeType, type PyType } from './type';

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
 */
export class PyByteArray extends PyBuffer {
  private storage: Uint8Array;
  private used: number;
  /** The view `bytes` gives, kept until the contents next move or change length. */
  private view: Uint8Array | null = null;

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
    return (this.view ??= this.storage.subarray(0, this.used));
  }

  /** Makes room for `capacity` bytes in all, over-allocating by an eighth as CPython does. */
  private reserve(capacity: number): void {
    if (capacity <= this.storage.length) return;
    const grown = new Uint8Array(Math.max(capacity + (capacity >> 3) + 8, 16));
    grown.set(this.bytes);
    this.storage = grown;
  }

  append(byte: number): void {
    this.reserve(this.used + 1);
    this.storage[this.used++] = byte;
    this.view = null;
  }

  /** Replaces bytes [start, stop) by `insert` (which may be a view of this bytearray's own storage). */
  splice(start: number, stop: number, insert: Uint8Array): void {
    const source = insert.buffer === this.storage.buffer ? insert.slice() : insert;
    const newLength = this.used - (stop - start) + source.length;
    this.reserve(newLength);
    this.storage.copyWithin(start + source.length, stop, this.used);
    this.storage.set(source, start);
    this.used = newLength;
    if (this.storage.length > 64 && newLength < this.storage.length >> 2) this.storage = this.storage.slice(0, newLength);
    this.view = null;
  }

  /** Replaces the whole contents, taking `contents` as the storage. */
  setContents(contents: Uint8Array): void {
    this.storage = contents;
    this.used = contents.length;
    this.view = null;
  }
}

/** The bytes `value` exports through the buffer protocol, or undefined when it has none. */
export function bufferOf(value: Py): Uint8Array | undefined {
  return value instanceof PyBuffer ? value.bytes : undefined;
}
