// Python's notion of a printable character (str.isprintable), per code point.
// Lookup is a binary search in the table generated from CPython 3.11, so it follows
// Python's Unicode version rather than the one built into Node.js.
import { printabilityFlips } from './printableTable';

/** Whether str.isprintable() is true for the one-character string chr(codePoint). */
export function isPrintableCodePoint(codePoint: number): boolean {
  // Count the flips at or below the code point: an odd count means a printable run.
  let low = 0;
  let high = printabilityFlips.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (printabilityFlips[middle] <= codePoint) low = middle + 1;
    else high = middle;
  }
  return (low & 1) === 1;
}
