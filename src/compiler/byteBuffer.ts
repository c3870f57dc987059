// The bytes of a table the assembler writes (locations, exception handlers), appended one
// at a time. A Uint8Array doubled as it fills: a number[] took four bytes an element as it
// grew, and Uint8Array.from copied it out element by element (together 3% of compile()).
// Typed arrays past 64 bytes are allocated outside the heap, slowly, so the storage a
// finished buffer leaves is kept for the next (two tables are never written by one
// buffer's storage at once: a buffer made while another writes gets storage of its own).

const INITIAL_CAPACITY = 64;
/** Storage bigger than this is dropped when its buffer finishes, not kept. */
const LARGEST_KEPT_CAPACITY = 1 << 16;
let spareStorage: Uint8Array | null = null;

export class ByteBuffer {
  private bytes: Uint8Array;
  private length = 0;

  constructor() {
    this.bytes = spareStorage ?? new Uint8Array(INITIAL_CAPACITY);
    spareStorage = null;
  }

  push(byte: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = byte;
  }

  /** The bytes pushed, in a copy of their own size. The buffer is spent after. */
  toArray(): Uint8Array {
    const result = newBytes(this.length);
    result.set(this.bytes.subarray(0, this.length));
    if (this.bytes.length <= LARGEST_KEPT_CAPACITY && (spareStorage === null || spareStorage.length < this.bytes.length)) {
      spareStorage = this.bytes;
    }
    return result;
  }
}

// The arrays a code object keeps (its bytecode and tables) are cut from shared slabs:
// a typed array of more than 64 bytes gets storage outside V8's heap, allocated and freed
// one by one, and counted against the external memory that brings on garbage
// collections; such an array took ~3 us to make, a view into a slab ~0.2. A slab lives
// as long as any code object cut from it.

const SLAB_BYTES = 1 << 16;
/** V8 keeps a typed array of up to this many bytes in its heap: no slab needed. */
const ON_HEAP_BYTES = 64;
/** Longer arrays get storage of their own, so that one does not use up a slab. */
const LARGEST_CUT_BYTES = SLAB_BYTES >> 3;
let slab = new Uint8Array(0);
let slabUsed = 0;

/** A zero-filled array of `length` bytes. */
export function newBytes(length: number): Uint8Array {
  if (length <= ON_HEAP_BYTES || length > LARGEST_CUT_BYTES) return new Uint8Array(length);
  if (slabUsed + length > slab.length) {
    slab = new Uint8Array(SLAB_BYTES);
    slabUsed = 0;
  }
  const bytes = slab.subarray(slabUsed, slabUsed + length);
  // Each cut starts on an 8-byte boundary: the VM reads co_code as 16-bit units in place
  // only where it starts on an even byte (codeInfo.ts), and copies it elsewhere.
  slabUsed += (length + 7) & ~7;
  return bytes;
}
