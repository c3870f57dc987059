// The 3.11 location table (co_linetable; CPython's Objects/locations.md): one entry
// per instruction, or per 8 code units of a longer one. The first byte of an entry
// holds a 1 high bit, a 4-bit form code and the entry's length in code units less
// one; the form decides what follows. Lines are stored relative to the line of the
// previous entry that gave one, so most entries take one or two bytes.
import { ByteBuffer } from './byteBuffer';
import type { Location } from './instructions';

/** The entry forms, by their code in the first byte. */
const enum LocationForm {
  /** Codes 0-9: same line, the start column's high bits are the code (columns < 80). */
  SHORT_0 = 0,
  /** Codes 10-12: a line 0-2 below the previous, one byte per column. */
  ONE_LINE_0 = 10,
  NO_COLUMNS = 13,
  LONG = 14,
  NONE = 15,
}

/** The most code units one entry covers. */
const MAX_ENTRY_LENGTH = 8;

export class LocationTableWriter {
  private readonly bytes = new ByteBuffer();
  /** The line that line deltas are relative to. */
  private previousLine: number;

  constructor(firstLineno: number) {
    this.previousLine = firstLineno;
  }

  /** Records `location` for an instruction of `size` code units (EXTENDED_ARGs and caches included). */
  add(location: Location, size: number): void {
    let remaining = size;
    while (remaining > MAX_ENTRY_LENGTH) {
      this.addEntry(location, MAX_ENTRY_LENGTH);
      remaining -= MAX_ENTRY_LENGTH;
    }
    this.addEntry(location, remaining);
  }

  finish(): Uint8Array {
    return this.bytes.toArray();
  }

  private addEntry(location: Location, length: number): void {
    const { lineno, end_lineno, col_offset: column, end_col_offset: endColumn } = location;
    if (lineno < 0) {
      this.writeFirstByte(LocationForm.NONE, length);
      return;
    }
    const lineDelta = lineno - this.previousLine;
    if (column < 0 || endColumn < 0) {
      if (end_lineno === lineno || end_lineno === -1) {
        this.writeFirstByte(LocationForm.NO_COLUMNS, length);
        this.writeSignedVarint(lineDelta);
        this.previousLine = lineno;
        return;
      }
    } else if (end_lineno === lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        this.writeFirstByte(LocationForm.SHORT_0 + (column >> 3), length);
        this.bytes.push(((column & 7) << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        this.writeFirstByte(LocationForm.ONE_LINE_0 + lineDelta, length);
        this.bytes.push(column);
        this.bytes.push(endColumn);
        this.previousLine = lineno;
        return;
      }
    }
    // Columns are stored plus one so that a missing column (-1) is 0.
    this.writeFirstByte(LocationForm.LONG, length);
    this.writeSignedVarint(lineDelta);
    this.writeVarint(end_lineno - lineno);
    this.writeVarint(column + 1);
    this.writeVarint(endColumn + 1);
    this.previousLine = lineno;
  }

  private writeFirstByte(form: number, length: number): void {
    this.bytes.push(0x80 | (form << 3) | (length - 1));
  }

  /** Six bits a byte, least significant first; bit 6 says another byte follows. */
  private writeVarint(value: number): void {
    let rest = value >>> 0;
    while (rest >= 64) {
      this.bytes.push(0x40 | (rest & 0x3f));
      rest >>>= 6;
    }
    this.bytes.push(rest);
  }

  /** The magnitude shifted left once, with the sign in the low bit. */
  private writeSignedVarint(value: number): void {
    this.writeVarint(value < 0 ? (-value << 1) | 1 : value << 1);
  }
}
