// Character properties of code points as CPython 3.11 sees them, from the table
// generated out of python3's own behaviour (scripts/gen_unicode_ctype.py).
import { runFlags, runStarts } from './unicodeCtypeTable';

// Bit values fixed by the generator's FLAGS list.
export const ALPHA = 1;
export const DECIMAL = 2;
export const DIGIT = 4;
export const NUMERIC = 8;
export const SPACE = 16;
export const LOWER = 32;
export const UPPER = 64;
export const TITLE = 128;
export const CASED = 256;
export const CASE_IGNORABLE = 512;
export const XID_START = 1024;
export const XID_CONTINUE = 2048;
export const LINEBREAK = 4096;

const BMP_SIZE = 0x10000;

// The BMP is looked up directly, as nearly all text lives there; the rare astral
// code point takes a binary search over the runs.
const bmpFlags = new Uint16Array(BMP_SIZE);
for (let run = 0; run < runStarts.length && runStarts[run] < BMP_SIZE; run++) {
  const end = Math.min(runStarts[run + 1] ?? BMP_SIZE, BMP_SIZE);
  bmpFlags.fill(runFlags[run], runStarts[run], end);
}

/** The property flags of one code point. */
export function codePointFlags(codePoint: number): number {
  if (codePoint < BMP_SIZE) return bmpFlags[codePoint];
  let low = 0;
  let high = runStarts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (runStarts[middle] <= codePoint) low = middle + 1;
    else high = middle;
  }
  return runFlags[low - 1];
}

/** Whether a UTF-16 unit is whitespace per str.isspace (all such characters are in the BMP). */
export function isSpaceUnit(unit: number): boolean {
  return (bmpFlags[unit] & SPACE) !== 0;
}

/** Whether a UTF-16 unit ends a line per str.splitlines (all such characters are in the BMP). */
export function isLineBreakUnit(unit: number): boolean {
  return (bmpFlags[unit] & LINEBREAK) !== 0;
}
