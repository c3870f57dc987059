// The 3.11 exception table (co_exceptiontable; CPython's
// Objects/exception_handling_notes.txt): for each run of instructions sharing a
// handler, four numbers — start, length, handler offset (all in code units) and the
// stack depth to unwind to, shifted left once with the "push f_lasti" flag in the
// low bit. Numbers are written six bits a byte, most significant first, bit 6 marking
// that more follow; bit 7 marks the first byte of an entry, so a reader can
// binary-search the table.

import { ByteBuffer } from './byteBuffer';

const CONTINUES = 0x40;
const ENTRY_START = 0x80;

export interface ExceptionTableEntry {
  start: number;
  end: number;
  handler: number;
  /** Stack depth at the handler, not counting what the unwinding pushes. */
  depth: number;
  /** The handler expects f_lasti pushed under the exception. */
  lasti: boolean;
}

export class ExceptionTableWriter {
  private readonly bytes = new ByteBuffer();

  add(entry: ExceptionTableEntry): void {
    this.writeNumber(entry.start, ENTRY_START);
    this.writeNumber(entry.end - entry.start, 0);
    this.writeNumber(entry.handler, 0);
    this.writeNumber((entry.depth << 1) | (entry.lasti ? 1 : 0), 0);
  }

  finish(): Uint8Array {
    return this.bytes.toArray();
  }

  /** Writes `value` (< 2**30) in as few six-bit groups as it needs; `firstByteMark` goes on the first. */
  private writeNumber(value: number, firstByteMark: number): void {
    let mark = firstByteMark;
    for (let shift = 24; shift > 0; shift -= 6) {
      if (value >= 1 << shift) {
        this.bytes.push(((value >> shift) & 0x3f) | CONTINUES | mark);
        mark = 0;
      }
    }
    this.bytes.push((value & 0x3f) | mark);
  }
}
