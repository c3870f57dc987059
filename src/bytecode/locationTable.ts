// Reading co_linetable, CPython 3.11's location table (Objects/locations.md): which
// source span each code unit of the bytecode comes from. This is the decoding side
// only; the assembler writes the table.
//
// The table is a run of entries. An entry's first byte has its top bit set, a 4-bit
// kind in bits 3-6 and, in bits 0-2, the number of code units it covers minus one.
// Start lines are deltas from the previous entry's start line (co_firstlineno for the
// first); entries without a location leave that running line where it was.

/** A source span; null where the table records none. As co_positions() and dis.Positions give it. */
export interface Positions {
  lineno: number | null;
  end_lineno: number | null;
  col_offset: number | null;
  end_col_offset: number | null;
}

/** A run of bytecode (byte offsets, end excluded) and the line it belongs to: one item of co_lines(). */
export interface LineRange {
  start: number;
  end: number;
  line: number | null;
}

/** One entry of the table: the code units it covers, in byte offsets, and their span. */
export interface LocationEntry extends Positions {
  start: number;
  end: number;
}

export const NO_POSITIONS: Readonly<Positions> = { lineno: null, end_lineno: null, col_offset: null, end_col_offset: null };

const CODE_UNIT_BYTES = 2;

/** The entry kinds (bits 3-6 of an entry's first byte), as _PyCodeLocationInfoKind numbers them. */
const enum EntryKind {
  /** Kinds 0-9: start column / 8 is the kind, one more byte holds the rest; same line as before. */
  LAST_SHORT = 9,
  /** Kinds 10-12: the line moves down by kind - 10; two bytes hold the columns. */
  ONE_LINE_0 = 10,
  ONE_LINE_2 = 12,
  NO_COLUMNS = 13,
  LONG = 14,
  NO_LOCATION = 15,
}

/** The entries of `linetable`, in order, for code whose first line is `firstLineNumber`. */
export function* locationEntries(linetable: Uint8Array, firstLineNumber: number): Generator<LocationEntry> {
  const reader = new TableReader(linetable);
  let line = firstLineNumber;
  let start = 0;
  while (!reader.atEnd()) {
    const header = reader.byte();
    const kind = (header >> 3) & 15;
    const end = start + ((header & 7) + 1) * CODE_UNIT_BYTES;
    if (kind === EntryKind.NO_LOCATION) {
      yield { start, end, ...NO_POSITIONS };
    } else if (kind === EntryKind.LONG) {
      line += reader.signedVarint();
      const endLine = line + reader.varint();
      // Columns are stored one higher, so that 0 can mean "unknown".
      const column = reader.varint() - 1;
      const endColumn = reader.varint() - 1;
      yield { start, end, lineno: line, end_lineno: endLine, col_offset: orNull(column), end_col_offset: orNull(endColumn) };
    } else if (kind === EntryKind.NO_COLUMNS) {
      line += reader.signedVarint();
      yield { start, end, lineno: line, end_lineno: line, col_offset: null, end_col_offset: null };
    } else if (kind >= EntryKind.ONE_LINE_0 && kind <= EntryKind.ONE_LINE_2) {
      line += kind - EntryKind.ONE_LINE_0;
      const column = reader.byte();
      const endColumn = reader.byte();
      yield { start, end, lineno: line, end_lineno: line, col_offset: column, end_col_offset: endColumn };
    } else {
      const columns = reader.byte();
      const column = kind * 8 + ((columns >> 4) & 7);
      yield { start, end, lineno: line, end_lineno: line, col_offset: column, end_col_offset: column + (columns & 15) };
    }
    start = end;
  }
}

/** co_positions(): the span of every code unit the table covers, in order. */
export function codeUnitPositions(linetable: Uint8Array, firstLineNumber: number): Positions[] {
  const positions: Positions[] = [];
  for (const { start, end, ...span } of locationEntries(linetable, firstLineNumber)) {
    for (let offset = start; offset < end; offset += CODE_UNIT_BYTES) positions.push(span);
  }
  return positions;
}

/** co_lines(): one range per entry (3.11 does not merge neighbours on the same line). */
export function lineRanges(linetable: Uint8Array, firstLineNumber: number): LineRange[] {
  return Array.from(locationEntries(linetable, firstLineNumber), ({ start, end, lineno }) => ({ start, end, line: lineno }));
}

/** CPython keeps -1 for a missing column, which Python code sees as None. */
function orNull(column: number): number | null {
  return column === -1 ? null : column;
}

class TableReader {
  private position = 0;

  constructor(private readonly table: Uint8Array) {}

  atEnd(): boolean {
    return this.position >= this.table.length;
  }

  byte(): number {
    return this.table[this.position++];
  }

  /** An unsigned varint: 6-bit chunks, least significant first, bit 6 set on all but the last. */
  varint(): number {
    let chunk = this.byte();
    let value = chunk & 63;
    for (let shift = 6; chunk & 64; shift += 6) {
      chunk = this.byte();
      value += (chunk & 63) * 2 ** shift;
    }
    return value;
  }

  /** A signed varint: the magnitude shifted left once, with the sign in bit 0. */
  signedVarint(): number {
    const unsigned = this.varint();
    const magnitude = Math.floor(unsigned / 2);
    return unsigned & 1 ? -magnitude : magnitude;
  }
}
