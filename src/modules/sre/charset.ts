// Character sets (the operand of IN and its variants) and position tests (AT): the
// parts of the engine that look at one character, or two neighbours, at a time.
import { At, Op } from './constants';
import { inCategory, isWordForBoundary, lowerAscii, upperAscii, upperUnicode } from './characters';
import type { Characters } from './subject';

const NEWLINE = 0x0a;

/**
 * The sets of a pattern, by where their items start in its code: which of the first 256
 * characters each holds, tabled when a search first asks (a set of categories or ranges
 * is then one array read per character, not a walk of its items).
 */
export type SetTables = (Uint8Array | undefined)[];

/** Whether ch is in the set at code[pc] (see inCharset), read from the set's table for the first 256 characters. */
export function inSet(tables: SetTables, code: Uint32Array, pc: number, ch: number): boolean {
  if (ch >= 256) return inCharset(code, pc, ch);
  const table = tables[pc] ?? (tables[pc] = latin1Table(code, pc));
  return table[ch] === 1;
}

function latin1Table(code: Uint32Array, pc: number): Uint8Array {
  const table = new Uint8Array(256);
  for (let ch = 0; ch < 256; ch++) table[ch] = inCharset(code, pc, ch) ? 1 : 0;
  return table;
}

/**
 * Whether ch is in the set whose items start at code[pc] (SRE(charset)): LITERAL,
 * RANGE, CATEGORY, CHARSET bitmaps and BIGCHARSET blocks, NEGATE flipping the answer,
 * up to FAILURE.
 */
export function inCharset(code: Uint32Array, pc: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[pc++]) {
      case Op.FAILURE:
        return !ok;
      case Op.LITERAL:
        if (ch === code[pc]) return ok;
        pc++;
        break;
      case Op.CATEGORY:
        if (inCategory(code[pc], ch)) return ok;
        pc++;
        break;
      case Op.CHARSET:
        // A 256-bit bitmap in eight words.
        if (ch < 256 && (code[pc + (ch >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        pc += 8;
        break;
      case Op.RANGE:
        if (code[pc] <= ch && ch <= code[pc + 1]) return ok;
        pc += 2;
        break;
      case Op.RANGE_UNI_IGNORE: {
        // ch is lowercased already; its uppercase may be in the range instead.
        if (code[pc] <= ch && ch <= code[pc + 1]) return ok;
        const upper = upperUnicode(ch);
        if (code[pc] <= upper && upper <= code[pc + 1]) return ok;
        pc += 2;
        break;
      }
      case Op.NEGATE:
        ok = !ok;
        break;
      case Op.BIGCHARSET: {
        // <count> <256 block numbers, a byte each, packed little-endian in 64 words> <count 256-bit blocks>
        const count = code[pc++];
        if (ch < 0x10000) {
          const high = ch >> 8;
          const block = (code[pc + (high >> 2)] >>> ((high & 3) * 8)) & 0xff;
          const bit = block * 256 + (ch & 255);
          if ((code[pc + 64 + (bit >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        }
        pc += 64 + count * 8;
        break;
      }
      default:
        // An invalid set (the validator keeps them out): sre pretends it did not match.
        return false;
    }
  }
}

/** SRE(charset_loc_ignore): ch in the set as it is, or as the locale lower- or uppercases it. */
export function inCharsetIgnoringLocaleCase(code: Uint32Array, pc: number, ch: number): boolean {
  const lower = lowerAscii(ch);
  if (inCharset(code, pc, lower)) return true;
  const upper = upperAscii(ch);
  return upper !== lower && inCharset(code, pc, upper);
}

/** SRE(at): whether position ptr satisfies the AT code, `end` being where the string ends for this search. */
export function atPosition(characters: Characters, end: number, ptr: number, at: number): boolean {
  switch (at) {
    case At.BEGINNING:
    case At.BEGINNING_STRING:
      return ptr === 0;
    case At.BEGINNING_LINE:
      return ptr === 0 || characters[ptr - 1] === NEWLINE;
    case At.END:
      return (end - ptr === 1 && characters[ptr] === NEWLINE) || ptr === end;
    case At.END_LINE:
      return ptr === end || characters[ptr] === NEWLINE;
    case At.END_STRING:
      return ptr === end;
    case At.BOUNDARY:
    case At.LOC_BOUNDARY:
      return end !== 0 && wordBefore(characters, ptr, false) !== wordAt(characters, end, ptr, false);
    case At.NON_BOUNDARY:
    case At.LOC_NON_BOUNDARY:
      return end !== 0 && wordBefore(characters, ptr, false) === wordAt(characters, end, ptr, false);
    case At.UNI_BOUNDARY:
      return end !== 0 && wordBefore(characters, ptr, true) !== wordAt(characters, end, ptr, true);
    case At.UNI_NON_BOUNDARY:
      return end !== 0 && wordBefore(characters, ptr, true) === wordAt(characters, end, ptr, true);
    default:
      return false;
  }
}

function wordBefore(characters: Characters, ptr: number, unicode: boolean): boolean {
  return ptr > 0 && isWordForBoundary(characters[ptr - 1], unicode);
}

function wordAt(characters: Characters, end: number, ptr: number, unicode: boolean): boolean {
  return ptr < end && isWordForBoundary(characters[ptr], unicode);
}
