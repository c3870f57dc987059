// Reading co_exceptiontable: where an exception raised in a range of bytecode goes.
// Each entry is four varints: start and length of the protected range and the handler's
// offset, all in code units, then the stack depth to unwind to, shifted left once with
// "push the offset of the raising instruction (lasti)" in bit 0.
// These varints are written most significant chunk first: 6 bits per byte, bit 6 set
// when another byte follows (bit 7 marks an entry's first byte, and is ignored here).

export interface ExceptionTableEntry {
  /** Byte offsets of the protected range; `end` is excluded. */
  start: number;
  end: number;
  /** Byte offset of the handler. */
  target: number;
  depth: number;
  lasti: boolean;
}

const CODE_UNIT_BYTES = 2;

/** The entries of `table`, in order; a final entry cut short is dropped, as dis drops it. */
export function parseExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  let position = 0;
  const varint = (): number | null => {
    if (position >= table.length) return null;
    let chunk = table[position++];
    let value = chunk & 63;
    while (chunk & 64) {
      if (position >= table.length) return null;
      chunk = table[position++];
      value = value * 64 + (chunk & 63);
    }
    return value;
  };
  for (;;) {
    const start = varint();
    const length = varint();
    const target = varint();
    const depthAndLasti = varint();
    if (start === null || length === null || target === null || depthAndLasti === null) return entries;
    entries.push({
      start: start * CODE_UNIT_BYTES,
      end: (start + length) * CODE_UNIT_BYTES,
      target: target * CODE_UNIT_BYTES,
      depth: Math.floor(depthAndLasti / 2),
      lasti: (depthAndLasti & 1) === 1,
    });
  }
}
