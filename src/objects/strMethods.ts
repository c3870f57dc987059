// The methods of Python strs as pure functions over JS strings (see strCodePoints.ts
// for how code points map to UTF-16 units). Positions passed in and returned are
// code point indices, as in Python. Case mapping lives in strCase.ts and the is...()
// predicates in strPredicates.ts.
//
// Searches work on units, and a match counts only if both its ends fall between code
// points: otherwise a needle holding a lone surrogate would match half of a pair.
import { PyError } from './pyError';
import {
  codePointAt, codePointIndexOf, codePointLength, codePointStrings, fromCodePoint, hasSurrogatePair,
  isCodePointBoundary, isHighSurrogate, isLowSurrogate, unitOffsetOf, unitWidth,
} from './strCodePoints';
import { codePointFlags, isLineBreakUnit, isSpaceUnit, SPACE } from './unicodeCtype';

/** A Python int argument: a JS number (safe integer) or a bigint. */
export type PyInt = number | bigint;
/** An optional index argument, None (null) or omitted meaning the default. */
export type OptionalIndex = PyInt | null | undefined;

/** Python clips out-of-range indices to the size of a C ssize_t; no string gets near this either way. */
function clampToSafe(value: PyInt): number {
  if (typeof value === 'number') return value;
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  if (value < BigInt(-Number.MAX_SAFE_INTEGER)) return -Number.MAX_SAFE_INTEGER;
  return Number(value);
}

const SSIZE_MAX = 2n ** 63n - 1n;
const INT_MAX = 2 ** 31 - 1;

/** A count or width argument, which CPython takes as a C ssize_t: a bigint beyond that overflows. */
function toSsize(value: PyInt): number {
  if (typeof value === 'number') return value;
  if (value > SSIZE_MAX || value < -SSIZE_MAX - 1n) throw new PyError('OverflowError', 'Python int too large to convert to C ssize_t');
  return clampToSafe(value);
}

// ---------------------------------------------------------------- length, indexing, slicing

export function strLength(text: string): number {
  return hasSurrogatePair(text) ? codePointLength(text) : text.length;
}

/** text[index]. */
export function strGetItem(text: string, index: PyInt): string {
  // Unlike slice bounds, a subscript must fit CPython's index type.
  if (typeof index === 'bigint' && (index > SSIZE_MAX || index < -SSIZE_MAX - 1n)) {
    throw new PyError('IndexError', "cannot fit 'int' into an index-sized integer");
  }
  const astral = hasSurrogatePair(text);
  const length = astral ? codePointLength(text) : text.length;
  let position = clampToSafe(index);
  if (position < 0) position += length;
  if (position < 0 || position >= length) throw new PyError('IndexError', 'string index out of range');
  if (!astral) return text[position];
  return fromCodePoint(codePointAt(text, unitOffsetOf(text, position)));
}

/** text[start:stop:step]. */
export function strSlice(text: string, start: OptionalIndex, stop: OptionalIndex, step: OptionalIndex = null): string {
  const stride = step == null ? 1 : clampToSafe(step);
  if (stride === 0) throw new PyError('ValueError', 'slice step cannot be zero');
  const astral = hasSurrogatePair(text);
  const length = astral ? codePointLength(text) : text.length;
  const first = sliceBound(start, stride < 0 ? length - 1 : 0, length, stride);
  const end = sliceBound(stop, stride < 0 ? -1 : length, length, stride);
  if (stride === 1) {
    if (first >= end) return '';
    return astral ? text.slice(unitOffsetOf(text, first), unitOffsetOf(text, end)) : text.slice(first, end);
  }
  const characters = astral ? codePointStrings(text) : text;
  const pieces: string[] = [];
  if (stride > 0) for (let index = first; index < end; index += stride) pieces.push(characters[index]);
  else for (let index = first; index > end; index += stride) pieces.push(characters[index]);
  return pieces.join('');
}

/** One end of a slice, resolved against the length as Python does (negative counts from the end, then clamps). */
function sliceBound(bound: OptionalIndex, fallback: number, length: number, stride: number): number {
  if (bound == null) return fallback;
  let position = clampToSafe(bound);
  if (position < 0) {
    position += length;
    if (position < 0) position = stride < 0 ? -1 : 0;
  } else if (position >= length) {
    position = stride < 0 ? length - 1 : length;
  }
  return position;
}

// ---------------------------------------------------------------- searching

/** The part of text a search with start/end covers, in units, and how to report a unit offset as an index. */
interface SearchWindow {
  readonly from: number;
  readonly to: number;
  /** end - start in code points: negative when the window is empty because start lies past end. */
  readonly span: number;
  readonly indexAt: (unitOffset: number) => number;
}

const sameIndex = (unitOffset: number) => unitOffset;

/** The window start/end select. Past the end, end clamps to the length but start does not, leaving the window empty. */
function searchWindow(text: string, start: OptionalIndex, end: OptionalIndex): SearchWindow {
  const astral = hasSurrogatePair(text);
  const length = astral ? codePointLength(text) : text.length;
  const first = start == null ? 0 : clampSearchIndex(clampToSafe(start), length);
  const last = end == null ? length : Math.min(clampSearchIndex(clampToSafe(end), length), length);
  const span = last - first;
  if (span < 0) return { from: text.length + 1, to: text.length, span, indexAt: sameIndex };
  if (!astral) return { from: first, to: last, span, indexAt: sameIndex };
  const from = unitOffsetOf(text, first);
  const to = unitOffsetOf(text, span, from);
  return { from, to, span, indexAt: (unitOffset) => codePointIndexOf(text, unitOffset) };
}

/** A negative start or end counts from the end, stopping at 0. */
function clampSearchIndex(index: number, length: number): number {
  return index < 0 ? Math.max(index + length, 0) : index;
}

/** The unit offset of the first match of needle wholly inside [from, to), or -1. */
function findUnits(text: string, needle: string, from: number, to: number): number {
  const lastStart = to - needle.length;
  if (from > lastStart) return -1;
  for (let at = text.indexOf(needle, from); at !== -1 && at <= lastStart; at = text.indexOf(needle, at + 1)) {
    if (isCodePointBoundary(text, at) && isCodePointBoundary(text, at + needle.length)) return at;
  }
  return -1;
}

/** The unit offset of the last match of needle wholly inside [from, to), or -1. */
function rfindUnits(text: string, needle: string, from: number, to: number): number {
  const lastStart = to - needle.length;
  if (from > lastStart) return -1;
  for (let at = text.lastIndexOf(needle, lastStart); at >= from; at = at === 0 ? -1 : text.lastIndexOf(needle, at - 1)) {
    if (isCodePointBoundary(text, at) && isCodePointBoundary(text, at + needle.length)) return at;
  }
  return -1;
}

export function strFind(text: string, needle: string, start?: OptionalIndex, end?: OptionalIndex): number {
  const window = searchWindow(text, start, end);
  const at = findUnits(text, needle, window.from, window.to);
  return at < 0 ? -1 : window.indexAt(at);
}

export function strRfind(text: string, needle: string, start?: OptionalIndex, end?: OptionalIndex): number {
  const window = searchWindow(text, start, end);
  const at = rfindUnits(text, needle, window.from, window.to);
  return at < 0 ? -1 : window.indexAt(at);
}

export function strIndex(text: string, needle: string, start?: OptionalIndex, end?: OptionalIndex): number {
  return foundOrThrow(strFind(text, needle, start, end));
}

export function strRindex(text: string, needle: string, start?: OptionalIndex, end?: OptionalIndex): number {
  return foundOrThrow(strRfind(text, needle, start, end));
}

function foundOrThrow(index: number): number {
  if (index < 0) throw new PyError('ValueError', 'substring not found');
  return index;
}

/** How many non-overlapping times needle occurs in text[start:end]. */
export function strCount(text: string, needle: string, start?: OptionalIndex, end?: OptionalIndex): number {
  const window = searchWindow(text, start, end);
  if (window.span < 0) return 0;
  // The empty string occurs before each code point and at the end.
  if (needle.length === 0) return window.span + 1;
  let count = 0;
  for (let at = findUnits(text, needle, window.from, window.to); at !== -1; at = findUnits(text, needle, at + needle.length, window.to)) {
    count++;
  }
  return count;
}

export function strStartswith(text: string, prefix: string | readonly string[], start?: OptionalIndex, end?: OptionalIndex): boolean {
  const window = searchWindow(text, start, end);
  if (window.span < 0) return false;
  const matches = (candidate: string) => {
    const stop = window.from + candidate.length;
    return stop <= window.to && text.startsWith(candidate, window.from) && isCodePointBoundary(text, stop);
  };
  return typeof prefix === 'string' ? matches(prefix) : prefix.some(matches);
}

export function strEndswith(text: string, suffix: string | readonly string[], start?: OptionalIndex, end?: OptionalIndex): boolean {
  const window = searchWindow(text, start, end);
  if (window.span < 0) return false;
  const matches = (candidate: string) => {
    const begin = window.to - candidate.length;
    return begin >= window.from && text.endsWith(candidate, window.to) && isCodePointBoundary(text, begin);
  };
  return typeof suffix === 'string' ? matches(suffix) : suffix.some(matches);
}

/** Whether JS's own unit-wise search finds only Python's matches: no half of a pair can be matched. */
function matchesWholeCodePoints(needle: string): boolean {
  return !isLowSurrogate(needle.charCodeAt(0)) && !isHighSurrogate(needle.charCodeAt(needle.length - 1));
}

// ---------------------------------------------------------------- splitting

/** From this length on JS's split is the faster; below it, a search per part (split's call costs more than a short text's scan). */
const NATIVE_SPLIT_LENGTH = 256;

/** The split limit: a negative maxsplit means no limit. */
function splitLimit(maxsplit: PyInt): number {
  const limit = toSsize(maxsplit);
  return limit < 0 ? Infinity : limit;
}

function checkSeparator(separator: string): void {
  if (separator.length === 0) throw new PyError('ValueError', 'empty separator');
}

/** text.split(sep, maxsplit); a null separator splits on runs of whitespace. */
export function strSplit(text: string, separator: string | null = null, maxsplit: PyInt = -1): string[] {
  let remaining = splitLimit(maxsplit);
  if (separator === null) return splitWhitespace(text, remaining);
  checkSeparator(separator);
  if (remaining === Infinity && text.length >= NATIVE_SPLIT_LENGTH && matchesWholeCodePoints(separator)) return text.split(separator);
  const parts: string[] = [];
  let partStart = 0;
  for (; remaining > 0; remaining--) {
    const at = findUnits(text, separator, partStart, text.length);
    if (at < 0) break;
    parts.push(text.slice(partStart, at));
    partStart = at + separator.length;
  }
  parts.push(text.slice(partStart));
  return parts;
}

/** text.rsplit(sep, maxsplit): like split, but the splits counted by maxsplit are the rightmost. */
export function strRsplit(text: string, separator: string | null = null, maxsplit: PyInt = -1): string[] {
  let remaining = splitLimit(maxsplit);
  if (separator === null) return rsplitWhitespace(text, remaining);
  checkSeparator(separator);
  const parts: string[] = [];
  let partEnd = text.length;
  for (; remaining > 0; remaining--) {
    const at = rfindUnits(text, separator, 0, partEnd);
    if (at < 0) break;
    parts.push(text.slice(at + separator.length, partEnd));
    partEnd = at;
  }
  parts.push(text.slice(0, partEnd));
  return parts.reverse();
}

// Whitespace is all in the BMP, so whitespace scans may step by unit.
function splitWhitespace(text: string, limit: number): string[] {
  const parts: string[] = [];
  let at = 0;
  for (let remaining = limit; remaining > 0; remaining--) {
    while (at < text.length && isSpaceUnit(text.charCodeAt(at))) at++;
    if (at === text.length) break;
    const wordStart = at;
    while (at < text.length && !isSpaceUnit(text.charCodeAt(at))) at++;
    parts.push(text.slice(wordStart, at));
  }
  // Out of splits: the rest, after its leading whitespace, is the last part.
  while (at < text.length && isSpaceUnit(text.charCodeAt(at))) at++;
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

function rsplitWhitespace(text: string, limit: number): string[] {
  const parts: string[] = [];
  let at = text.length;
  for (let remaining = limit; remaining > 0; remaining--) {
    while (at > 0 && isSpaceUnit(text.charCodeAt(at - 1))) at--;
    if (at === 0) break;
    const wordEnd = at;
    while (at > 0 && !isSpaceUnit(text.charCodeAt(at - 1))) at--;
    parts.push(text.slice(at, wordEnd));
  }
  while (at > 0 && isSpaceUnit(text.charCodeAt(at - 1))) at--;
  if (at > 0) parts.push(text.slice(0, at));
  return parts.reverse();
}

/** text.splitlines(keepends): lines end at any of Python's line boundaries, '\r\n' counting as one. */
export function strSplitlines(text: string, keepends = false): string[] {
  const lines: string[] = [];
  let at = 0;
  while (at < text.length) {
    const lineStart = at;
    while (at < text.length && !isLineBreakUnit(text.charCodeAt(at))) at++;
    const contentEnd = at;
    if (at < text.length) at += text.startsWith('\r\n', at) ? 2 : 1;
    lines.push(text.slice(lineStart, keepends ? at : contentEnd));
  }
  return lines;
}

export function strPartition(text: string, separator: string): [string, string, string] {
  checkSeparator(separator);
  const at = findUnits(text, separator, 0, text.length);
  if (at < 0) return [text, '', ''];
  return [text.slice(0, at), separator, text.slice(at + separator.length)];
}

export function strRpartition(text: string, separator: string): [string, string, string] {
  checkSeparator(separator);
  const at = rfindUnits(text, separator, 0, text.length);
  if (at < 0) return ['', '', text];
  return [text.slice(0, at), separator, text.slice(at + separator.length)];
}

// ---------------------------------------------------------------- stripping

/** Which code points a strip removes: whitespace when chars is None, else the code points of chars. */
function strippedBy(chars: string | null): (codePoint: number) => boolean {
  if (chars === null) return (codePoint) => (codePointFlags(codePoint) & SPACE) !== 0;
  const set = new Set<number>();
  for (const character of codePointStrings(chars)) set.add(codePointAt(character, 0));
  return (codePoint) => set.has(codePoint);
}

function stripEnds(text: string, chars: string | null, left: boolean, right: boolean): string {
  const isStripped = strippedBy(chars);
  let from = 0;
  if (left) {
    while (from < text.length) {
      const codePoint = codePointAt(text, from);
      if (!isStripped(codePoint)) break;
      from += unitWidth(codePoint);
    }
  }
  let to = text.length;
  if (right) {
    while (to > from) {
      const pairStart = to - 2;
      const isPair = pairStart >= from && isLowSurrogate(text.charCodeAt(to - 1)) && isHighSurrogate(text.charCodeAt(pairStart));
      const codePointStart = isPair ? pairStart : to - 1;
      if (!isStripped(codePointAt(text, codePointStart))) break;
      to = codePointStart;
    }
  }
  return text.slice(from, to);
}

export function strStrip(text: string, chars: string | null = null): string {
  return stripEnds(text, chars, true, true);
}

export function strLstrip(text: string, chars: string | null = null): string {
  return stripEnds(text, chars, true, false);
}

export function strRstrip(text: string, chars: string | null = null): string {
  return stripEnds(text, chars, false, true);
}

export function strRemoveprefix(text: string, prefix: string): string {
  return text.startsWith(prefix) && isCodePointBoundary(text, prefix.length) ? text.slice(prefix.length) : text;
}

export function strRemovesuffix(text: string, suffix: string): string {
  const begin = text.length - suffix.length;
  return suffix.length > 0 && text.endsWith(suffix) && isCodePointBoundary(text, begin) ? text.slice(0, begin) : text;
}

// ---------------------------------------------------------------- building

export function strJoin(separator: string, items: readonly string[]): string {
  return items.join(separator);
}

/** text.replace(old, new, count): a negative count replaces every occurrence. */
export function strReplace(text: string, old: string, replacement: string, count: PyInt = -1): string {
  const limit = splitLimit(count);
  if (limit === 0) return text;
  if (old.length === 0) return insertBetweenCodePoints(text, replacement, limit);
  if (limit === Infinity && matchesWholeCodePoints(old)) return text.replaceAll(old, () => replacement);
  const pieces: string[] = [];
  let copied = 0;
  for (let done = 0; done < limit; done++) {
    const at = findUnits(text, old, copied, text.length);
    if (at < 0) break;
    pieces.push(text.slice(copied, at), replacement);
    copied = at + old.length;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** Replacing '' inserts before each code point, then at the end, up to `limit` times. */
function insertBetweenCodePoints(text: string, insertion: string, limit: number): string {
  const characters = codePointStrings(text);
  const pieces: string[] = [];
  let inserted = 0;
  for (const character of characters) {
    if (inserted < limit) {
      pieces.push(insertion);
      inserted++;
    }
    pieces.push(character);
  }
  if (inserted < limit) pieces.push(insertion);
  return pieces.join('');
}

/** The fill character as given to center/ljust/rjust: exactly one code point. */
function fillCharacter(fillchar: string): string {
  if (strLength(fillchar) !== 1) throw new PyError('TypeError', 'The fill character must be exactly one character long');
  return fillchar;
}

/** text with `left` and `right` fill characters around it. */
function pad(text: string, left: number, right: number, fill: string): string {
  return fill.repeat(left) + text + fill.repeat(right);
}

export function strLjust(text: string, width: PyInt, fillchar = ' '): string {
  const fill = fillCharacter(fillchar);
  const margin = toSsize(width) - strLength(text);
  return margin > 0 ? pad(text, 0, margin, fill) : text;
}

export function strRjust(text: string, width: PyInt, fillchar = ' '): string {
  const fill = fillCharacter(fillchar);
  const margin = toSsize(width) - strLength(text);
  return margin > 0 ? pad(text, margin, 0, fill) : text;
}

export function strCenter(text: string, width: PyInt, fillchar = ' '): string {
  const fill = fillCharacter(fillchar);
  const target = toSsize(width);
  const margin = target - strLength(text);
  if (margin <= 0) return text;
  // Python puts the odd fill character on the left exactly when both margin and width are odd.
  const left = Math.floor(margin / 2) + (margin & target & 1);
  return pad(text, left, margin - left, fill);
}

/** text padded with zeros on the left to `width`, after any leading sign. */
export function strZfill(text: string, width: PyInt): string {
  const fill = toSsize(width) - strLength(text);
  if (fill <= 0) return text;
  const zeros = '0'.repeat(fill);
  const sign = text[0];
  return sign === '+' || sign === '-' ? sign + zeros + text.slice(1) : zeros + text;
}

/** text with each tab widened by spaces to the next multiple of tabsize; columns restart after '\n' and '\r'. */
export function strExpandtabs(text: string, tabsize: PyInt = 8): string {
  // CPython takes the tab size as a C int.
  if (tabsize > INT_MAX || tabsize < -INT_MAX - 1) throw new PyError('OverflowError', 'Python int too large to convert to C int');
  const size = Number(tabsize);
  if (!text.includes('\t')) return text;
  const pieces: string[] = [];
  let column = 0;
  for (const character of codePointStrings(text)) {
    if (character === '\t') {
      if (size > 0) {
        const spaces = size - (column % size);
        column += spaces;
        pieces.push(' '.repeat(spaces));
      }
      continue;
    }
    pieces.push(character);
    column = character === '\n' || character === '\r' ? 0 : column + 1;
  }
  return pieces.join('');
}

/**
 * What a translate table says about one code point: undefined when it has no entry
 * (the character stays), null to delete it, or a code point or string to put instead.
 */
export type TranslateLookup = (codePoint: number) => string | PyInt | null | undefined;

const MAX_CODE_POINT = 0x10ffff;

export function strTranslate(text: string, lookup: TranslateLookup): string {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; ) {
    const codePoint = codePointAt(text, at);
    const width = unitWidth(codePoint);
    const entry = lookup(codePoint);
    if (entry === undefined) pieces.push(text.slice(at, at + width));
    else if (typeof entry === 'string') pieces.push(entry);
    else if (entry !== null) {
      if (entry < 0 || entry > MAX_CODE_POINT) throw new PyError('ValueError', 'character mapping must be in range(0x110000)');
      pieces.push(fromCodePoint(Number(entry)));
    }
    at += width;
  }
  return pieces.join('');
}
