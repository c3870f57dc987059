// The bytes of a table the assembler writes (locations, exception handlers), appended one
// at a time. A Uint8Array doubled as it fills: a number[] took four bytes an element as it
// grew, and Uint8Array.from copied it out element by element (together 3% of compile()).

const INITIAL_CAPACITY = 64;

export class ByteBuffer {
  private bytes = new Uint8Array(INITIAL_CAPACITY);
  private length = 0;

  push(byte: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = byte;
  }

  /** The bytes pushed, in a copy of their own size. */
  toArray(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}
