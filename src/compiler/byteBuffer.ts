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
    const result = this.bytes.slice(0, this.length);
    if (this.bytes.length <= LARGEST_KEPT_CAPACITY && (spareStorage === null || spareStorage.length < this.bytes.length)) {
      spareStorage = this.bytes;
    }
    return result;
  }
}
