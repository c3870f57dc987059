// The methods of bytes and bytearray as pure functions over Uint8Array, as CPython's
// bytes_methods.c and stringlib compute them: character classes and case are ASCII's
// only, whitespace is the six C isspace() bytes, and lines end at \n, \r or \r\n.
// Indices come in already resolved to JS numbers; results are new arrays (never views
// of the input, which a bytearray may later change). Errors are thrown as PyError.
import { PyError } from './pyError';

// ---------------------------------------------------------------- character classes

export function isSpaceByte(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

function isUpperByte(byte: number): boolean {
  return byte >= 0x41 && byte <= 0x5a;
}

function isLowerByte(byte: number): boolean {
  return byte >= 0x61 && byte <= 0x7a;
}

function isDigitByte(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

function isAlphaByte(byte: number): boolean {
  return isUpperByte(byte) || isLowerByte(byte);
}

function toLowerByte(byte: number): number {
  return isUpperByte(byte) ? byte + 0x20 : byte;
}

function toUpperByte(byte: number): number {
  return isLowerByte(byte) ? byte - 0x20 : byte;
}

/** Whether `bytes` is non-empty and every byte passes `test`. */
function allBytes(bytes: Uint8Array, test: (byte: number) => boolean): boolean {
  if (bytes.length === 0) return false;
  for (const byte of bytes) if (!test(byte)) return false;
  return true;
}

export const isAlnum = (bytes: Uint8Array): boolean => allBytes(bytes, (b) => isAlphaByte(b) || isDigitByte(b));
export const isAlpha = (bytes: Uint8Array): boolean => allBytes(bytes, isAlphaByte);
export const isDigit = (bytes: Uint8Array): boolean => allBytes(bytes, isDigitByte);
export const isSpace = (bytes: Uint8Array): boolean => allBytes(bytes, isSpaceByte);

export function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return false;
  return true;
}

/** islower(): some cased byte, and no uppercase one. */
export function isLower(bytes: Uint8Array): boolean {
  let cased = false;
  for (const byte of bytes) {
    if (isUpperByte(byte)) return false;
    if (isLowerByte(byte)) cased = true;
  }
  return cased;
}

export function isUpper(bytes: Uint8Array): boolean {
  let cased = false;
  for (const byte of bytes) {
    if (isLowerByte(byte)) return false;
    if (isUpperByte(byte)) cased = true;
  }
  return cased;
}

/** istitle(): uppercase bytes only after uncased ones, lowercase only after cased ones, and some cased byte. */
export function isTitle(bytes: Uint8Array): boolean {
  let cased = false;
  let previousCased = false;
  for (const byte of bytes) {
    if (isUpperByte(byte)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isLowerByte(byte)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}

// ---------------------------------------------------------------- case

export const lower = (bytes: Uint8Array): Uint8Array => bytes.map(toLowerByte);
export const upper = (bytes: Uint8Array): Uint8Array => bytes.map(toUpperByte);
export const swapcase = (bytes: Uint8Array): Uint8Array => bytes.map((b) => (isUpperByte(b) ? b + 0x20 : toUpperByte(b)));
export const capitalize = (bytes: Uint8Array): Uint8Array => bytes.map((b, i) => (i === 0 ? toUpperByte(b) : toLowerByte(b)));

/** title(): a cased byte is uppercased after an uncased one and lowercased after a cased one. */
export function title(bytes: Uint8Array): Uint8Array {
  let previousCased = false;
  return bytes.map((byte) => {
    const result = previousCased ? toLowerByte(byte) : toUpperByte(byte);
    previousCased = isAlphaByte(byte);
    return result;
  });
}

// ---------------------------------------------------------------- searching

/**
 * start and end as find/count/startswith take them (ADJUST_INDICES): negative ones count
 * from the end and stop at 0, end stops at the length; start may stay past the end.
 */
export function searchRange(length: number, start: number | undefined, end: number | undefined): [number, number] {
  let first = start ?? 0;
  let last = end ?? length;
  if (last > length) last = length;
  else if (last < 0) last = Math.max(last + length, 0);
  if (first < 0) first = Math.max(first + length, 0);
  return [first, last];
}

/** The first index in [from, to) where `needle` occurs wholly inside, or -1. */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0, to = haystack.length): number {
  const lastStart = to - needle.length;
  if (from > lastStart) return -1;
  if (needle.length === 0) return from;
  const first = needle[0];
  for (let at = haystack.indexOf(first, from); at !== -1 && at <= lastStart; at = haystack.indexOf(first, at + 1)) {
    if (matchesAt(haystack, needle, at)) return at;
  }
  return -1;
}

/** The last index in [from, to) where `needle` occurs wholly inside, or -1. */
export function lastIndexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0, to = haystack.length): number {
  const lastStart = to - needle.length;
  if (from > lastStart) return -1;
  if (needle.length === 0) return lastStart;
  const first = needle[0];
  for (let at = haystack.lastIndexOf(first, lastStart); at >= from; at = at === 0 ? -1 : haystack.lastIndexOf(first, at - 1)) {
    if (matchesAt(haystack, needle, at)) return at;
  }
  return -1;
}

function matchesAt(haystack: Uint8Array, needle: Uint8Array, at: number): boolean {
  for (let i = 1; i < needle.length; i++) if (haystack[at + i] !== needle[i]) return false;
  return true;
}

/** How many non-overlapping times `needle` occurs in [from, to). */
export function countBytes(haystack: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  if (to - from < 0) return 0;
  if (needle.length === 0) return to - from + 1;
  let count = 0;
  for (let at = indexOfBytes(haystack, needle, from, to); at !== -1; at = indexOfBytes(haystack, needle, at + needle.length, to)) count++;
  return count;
}

/** startswith/endswith for one candidate over [start, end) resolved by searchRange (tailmatch). */
export function tailMatches(bytes: Uint8Array, candidate: Uint8Array, start: number, end: number, atEnd: boolean): boolean {
  const length = bytes.length;
  if (atEnd) {
    if (end - start < candidate.length || start > length) return false;
    if (end - candidate.length > start) start = end - candidate.length;
  } else if (start > length - candidate.length) {
    return false;
  }
  if (end - start < candidate.length) return false;
  for (let i = 0; i < candidate.length; i++) if (bytes[start + i] !== candidate[i]) return false;
  return true;
}

// ---------------------------------------------------------------- splitting and joining

function checkSeparator(separator: Uint8Array): void {
  if (separator.length === 0) throw new PyError('ValueError', 'empty separator');
}

/** split(sep, maxsplit) with a limit already made Infinity for "no limit"; a null separator splits on whitespace runs. */
export function split(bytes: Uint8Array, separator: Uint8Array | null, limit: number): Uint8Array[] {
  if (separator === null) return splitWhitespace(bytes, limit);
  checkSeparator(separator);
  const parts: Uint8Array[] = [];
  let partStart = 0;
  for (let remaining = limit; remaining > 0; remaining--) {
    const at = indexOfBytes(bytes, separator, partStart);
    if (at < 0) break;
    parts.push(bytes.slice(partStart, at));
    partStart = at + separator.length;
  }
  parts.push(bytes.slice(partStart));
  return parts;
}

export function rsplit(bytes: Uint8Array, separator: Uint8Array | null, limit: number): Uint8Array[] {
  if (separator === null) return rsplitWhitespace(bytes, limit);
  checkSeparator(separator);
  const parts: Uint8Array[] = [];
  let partEnd = bytes.length;
  for (let remaining = limit; remaining > 0; remaining--) {
    const at = lastIndexOfBytes(bytes, separator, 0, partEnd);
    if (at < 0) break;
    parts.push(bytes.slice(at + separator.length, partEnd));
    partEnd = at;
  }
  parts.push(bytes.slice(0, partEnd));
  return parts.reverse();
}

function splitWhitespace(bytes: Uint8Array, limit: number): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let at = 0;
  for (let remaining = limit; remaining > 0; remaining--) {
    while (at < bytes.length && isSpaceByte(bytes[at])) at++;
    if (at === bytes.length) break;
    const wordStart = at;
    while (at < bytes.length && !isSpaceByte(bytes[at])) at++;
    parts.push(bytes.slice(wordStart, at));
  }
  // Out of splits: the rest, after its leading whitespace, is the last part.
  while (at < bytes.length && isSpaceByte(bytes[at])) at++;
  if (at < bytes.length) parts.push(bytes.slice(at));
  return parts;
}

function rsplitWhitespace(bytes: Uint8Array, limit: number): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let at = bytes.length;
  for (let remaining = limit; remaining > 0; remaining--) {
    while (at > 0 && isSpaceByte(bytes[at - 1])) at--;
    if (at === 0) break;
    const wordEnd = at;
    while (at > 0 && !isSpaceByte(bytes[at - 1])) at--;
    parts.push(bytes.slice(at, wordEnd));
  }
  while (at > 0 && isSpaceByte(bytes[at - 1])) at--;
  if (at > 0) parts.push(bytes.slice(0, at));
  return parts.reverse();
}

const CR = 0x0d;
const LF = 0x0a;

/** splitlines(keepends): lines end at \n, \r or \r\n. */
export function splitlines(bytes: Uint8Array, keepends: boolean): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    const lineStart = at;
    while (at < bytes.length && bytes[at] !== LF && bytes[at] !== CR) at++;
    const contentEnd = at;
    if (at < bytes.length) at += bytes[at] === CR && bytes[at + 1] === LF ? 2 : 1;
    lines.push(bytes.slice(lineStart, keepends ? at : contentEnd));
  }
  return lines;
}

export function partition(bytes: Uint8Array, separator: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  checkSeparator(separator);
  const at = indexOfBytes(bytes, separator);
  if (at < 0) return [bytes.slice(), new Uint8Array(0), new Uint8Array(0)];
  return [bytes.slice(0, at), separator.slice(), bytes.slice(at + separator.length)];
}

export function rpartition(bytes: Uint8Array, separator: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  checkSeparator(separator);
  const at = lastIndexOfBytes(bytes, separator);
  if (at < 0) return [new Uint8Array(0), new Uint8Array(0), bytes.slice()];
  return [bytes.slice(0, at), separator.slice(), bytes.slice(at + separator.length)];
}

export function concatBytes(parts: readonly Uint8Array[], separator: Uint8Array = new Uint8Array(0)): Uint8Array {
  let total = separator.length * Math.max(parts.length - 1, 0);
  for (const part of parts) total += part.length;
  const result = new Uint8Array(total);
  let at = 0;
  parts.forEach((part, i) => {
    if (i > 0) {
      result.set(separator, at);
      at += separator.length;
    }
    result.set(part, at);
    at += part.length;
  });
  return result;
}

/** `count` copies of `bytes` one after another. */
export function repeatBytes(bytes: Uint8Array, count: number): Uint8Array {
  if (count <= 0 || bytes.length === 0) return new Uint8Array(0);
  const result = new Uint8Array(bytes.length * count);
  result.set(bytes);
  // Doubling the filled prefix copies in O(log count) steps.
  for (let filled = bytes.length; filled < result.length; filled *= 2) result.copyWithin(filled, 0, Math.min(filled, result.length - filled));
  return result;
}

// ---------------------------------------------------------------- stripping, padding

/** The bytes a strip removes: the given ones, or whitespace for null. */
function stripTest(chars: Uint8Array | null): (byte: number) => boolean {
  return chars === null ? isSpaceByte : (byte) => chars.includes(byte);
}

export function strip(bytes: Uint8Array, chars: Uint8Array | null, left: boolean, right: boolean): Uint8Array {
  const removable = stripTest(chars);
  let start = 0;
  let end = bytes.length;
  if (left) while (start < end && removable(bytes[start])) start++;
  if (right) while (end > start && removable(bytes[end - 1])) end--;
  return bytes.slice(start, end);
}

/** `bytes` placed in a field of `width` with `left` fill bytes before it. */
function pad(bytes: Uint8Array, width: number, left: number, fill: number): Uint8Array {
  if (width <= bytes.length) return bytes.slice();
  const result = new Uint8Array(width).fill(fill);
  result.set(bytes, left);
  return result;
}

export const ljust = (bytes: Uint8Array, width: number, fill: number): Uint8Array => pad(bytes, width, 0, fill);
export const rjust = (bytes: Uint8Array, width: number, fill: number): Uint8Array => pad(bytes, width, width - bytes.length, fill);

export function center(bytes: Uint8Array, width: number, fill: number): Uint8Array {
  const margin = width - bytes.length;
  // CPython's rounding: the odd byte of margin goes left when the width is odd.
  return pad(bytes, width, Math.floor(margin / 2) + (margin & width & 1), fill);
}

export function zfill(bytes: Uint8Array, width: number): Uint8Array {
  const result = pad(bytes, width, width - bytes.length, 0x30);
  if (width > bytes.length && (bytes[0] === 0x2b || bytes[0] === 0x2d)) {
    result[0] = bytes[0];
    result[width - bytes.length] = 0x30;
  }
  return result;
}

export function expandtabs(bytes: Uint8Array, tabsize: number): Uint8Array {
  const out: number[] = [];
  let column = 0;
  for (const byte of bytes) {
    if (byte === 0x09) {
      if (tabsize > 0) {
        const spaces = tabsize - (column % tabsize);
        for (let i = 0; i < spaces; i++) out.push(0x20);
        column += spaces;
      }
    } else {
      out.push(byte);
      column = byte === LF || byte === CR ? 0 : column + 1;
    }
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- replacing, translating

/** replace(old, new, count): a negative count replaces all; an empty `old` matches before every byte and at the end. */
export function replace(bytes: Uint8Array, old: Uint8Array, replacement: Uint8Array, count: number): Uint8Array {
  const limit = count < 0 ? Infinity : count;
  const parts: Uint8Array[] = [];
  if (old.length === 0) {
    let done = 0;
    for (let at = 0; at <= bytes.length; at++) {
      if (done < limit) {
        parts.push(replacement);
        done++;
      } else {
        parts.push(bytes.subarray(at));
        break;
      }
      if (at < bytes.length) parts.push(bytes.subarray(at, at + 1));
    }
    return concatBytes(parts);
  }
  let start = 0;
  for (let done = 0; done < limit; done++) {
    const at = indexOfBytes(bytes, old, start);
    if (at < 0) break;
    parts.push(bytes.subarray(start, at), replacement);
    start = at + old.length;
  }
  parts.push(bytes.subarray(start));
  return concatBytes(parts);
}

/** A translate() table: none, or 256 bytes (checked before the bytes to delete are read, as CPython does). */
export function translationTable(table: Uint8Array | null): Uint8Array | null {
  if (table !== null && table.length !== 256) throw new PyError('ValueError', 'translation table must be 256 characters long');
  return table;
}

/** translate(table, delete): `table` maps every byte (null keeps them), bytes in `deletions` go. */
export function translate(bytes: Uint8Array, table: Uint8Array | null, deletions: Uint8Array): Uint8Array {
  translationTable(table);
  const deleted = new Uint8Array(256);
  for (let i = 0; i < deletions.length; i++) deleted[deletions[i]] = 1;
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (deleted[byte] === 0) out[length++] = table === null ? byte : table[byte];
  }
  return length === out.length ? out : out.slice(0, length);
}

/** bytes.maketrans(frm, to): the identity table with each byte of `from` mapped to the byte of `to` at its place. */
export function maketrans(from: Uint8Array, to: Uint8Array): Uint8Array {
  if (from.length !== to.length) throw new PyError('ValueError', 'maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < from.length; i++) table[from[i]] = to[i];
  return table;
}

// ---------------------------------------------------------------- hex

/** The two hex digits of each byte value. */
const HEX_PAIRS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * hex(sep, bytes_per_sep): two digits a byte, with `separator` between groups of
 * |groupSize| bytes counted from the right (positive) or the left (negative); 0: none.
 */
export function toHex(bytes: Uint8Array, separator: string, groupSize: number): string {
  const pieces = new Array<string>(bytes.length);
  const size = Math.abs(groupSize);
  // With groups counted from the right, the first group holds what is left over.
  const offset = groupSize > 0 ? bytes.length % size : 0;
  for (let i = 0; i < bytes.length; i++) {
    const startsGroup = i > 0 && groupSize !== 0 && (i - offset) % size === 0;
    pieces[i] = startsGroup ? separator + HEX_PAIRS[bytes[i]] : HEX_PAIRS[bytes[i]];
  }
  return pieces.join('');
}

/** bytes.fromhex(string): pairs of hex digits, with whitespace allowed before each pair. */
export function fromHex(text: string): Uint8Array {
  const out: number[] = [];
  let at = 0;
  const invalidAt = (position: number): PyError =>
    new PyError('ValueError', `non-hexadecimal number found in fromhex() arg at position ${position}`);
  // CPython rejects a non-ASCII string up front, at its first non-ASCII code point.
  const nonAscii = text.search(/[^\x00-\x7f]/);
  if (nonAscii >= 0) throw invalidAt([...text.slice(0, nonAscii)].length);
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code < 0x80 && isSpaceByte(code)) {
      at++;
      continue;
    }
    const high = hexValue(text, at);
    if (high < 0) throw invalidAt(at);
    const low = hexValue(text, at + 1);
    if (low < 0) throw invalidAt(at + 1);
    out.push(high * 16 + low);
    at += 2;
  }
  return Uint8Array.from(out);
}

/** The value of the hex digit at `at` of `text`, or -1 (past the end too). */
function hexValue(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const folded = code | 0x20;
  if (folded >= 0x61 && folded <= 0x66) return folded - 0x61 + 10;
  return -1;
}

// ---------------------------------------------------------------- comparison

/** -1, 0 or 1 as `a` sorts before, equal to or after `b` (lexicographic by byte). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
