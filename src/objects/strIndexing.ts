// Indexing a str by code point in constant time. A str without surrogate pairs (nearly
// every str) is indexed by UTF-16 unit directly; one with pairs gets a table of the
// unit offset where each code point starts. Finding out which kind a string is takes a
// scan, so the answers for the last text asked about and the last few long ones are
// kept: a loop over s[i] or len(s) scans s once, not once a step.
import { IndexError, newException, type PyBaseException } from './exceptions';
import { codePointLength, hasSurrogatePair } from './strCodePoints';
import { flat } from './str';
import { type PySlice, resolvedSlice } from './slice';

/** Below this many units a scan costs about what a cache probe does. */
const UNCACHED_LENGTH = 64;
const CACHE_SIZE = 8;
const NO_PAIRS = new Uint32Array(0);

const cachedTexts: string[] = new Array<string>(CACHE_SIZE).fill('');
const cachedOffsets: Uint32Array[] = new Array<Uint32Array>(CACHE_SIZE).fill(NO_PAIRS);
let nextSlot = 0;
/** The text last asked about and its answer: a loop over s[i] asks about one text each step. */
let lastText = '';
let lastOffsets: Uint32Array | null = null;

/**
 * Where each code point of text starts, in units, with text.length appended; or null
 * when text has no surrogate pairs, so that code point i is unit i.
 */
export function codePointOffsets(text: string): Uint32Array | null {
  if (text === lastText) return lastOffsets;
  const offsets = text.length < UNCACHED_LENGTH ? pairOffsets(text) : longTextOffsets(text);
  lastText = text;
  lastOffsets = offsets;
  return offsets;
}

function pairOffsets(text: string): Uint32Array | null {
  return hasSurrogatePair(text) ? offsetTable(text) : null;
}

function longTextOffsets(text: string): Uint32Array | null {
  const kept = keptOffsets(text);
  if (kept !== undefined) return kept;
  const offsets = pairOffsets(text);
  cachedTexts[nextSlot] = text;
  cachedOffsets[nextSlot] = offsets ?? NO_PAIRS;
  nextSlot = (nextSlot + 1) % CACHE_SIZE;
  return offsets;
}

/** What codePointOffsets keeps for a long text: its offsets, null (no pairs), or undefined when it keeps nothing for it. */
function keptOffsets(text: string): Uint32Array | null | undefined {
  const slot = cachedTexts.indexOf(text);
  if (slot < 0) return undefined;
  const offsets = cachedOffsets[slot];
  return offsets === NO_PAIRS ? null : offsets;
}

function offsetTable(text: string): Uint32Array {
  const starts = new Uint32Array(text.length + 1);
  let count = 0;
  for (let at = 0; at < text.length; at++, count++) {
    starts[count] = at;
    if (isPairAt(text, at)) at++;
  }
  starts[count] = text.length;
  return starts.slice(0, count + 1);
}

function isPairAt(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff || at + 1 >= text.length) return false;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/**
 * len(text). A long text's offsets are not made for its length alone (len() of a
 * document built in a loop would make a table the size of the document each time).
 */
export function strLength(text: string): number {
  if (text.length < UNCACHED_LENGTH) return codePointLength(text);
  const kept = keptOffsets(text);
  if (kept !== undefined) return kept === null ? text.length : kept.length - 1;
  if (!hasSurrogatePair(text)) return text.length;
  let length = 0;
  for (let at = 0; at < text.length; at++, length++) if (isPairAt(text, at)) at++;
  return length;
}

/** Code point `index` of text (0 <= index < its length), given its offsets. */
export function codePointStringAt(text: string, offsets: Uint32Array | null, index: number): string {
  return offsets === null ? text[index] : text.slice(offsets[index], offsets[index + 1]);
}

/** text[index] for an int index: negative counts from the end. */
export function strItem(text: string, index: number | bigint): string {
  const item = strItemInRange(text, typeof index === 'number' ? index : indexFromBigInt(index));
  if (item === undefined) throw strIndexOutOfRange();
  return item;
}

/** text[index], or undefined where that raises the IndexError of strIndexOutOfRange. */
export function strItemInRange(text: string, index: number): string | undefined {
  const offsets = codePointOffsets(text);
  const length = offsets === null ? text.length : offsets.length - 1;
  const position = index < 0 ? index + length : index;
  return position >= 0 && position < length ? codePointStringAt(text, offsets, position) : undefined;
}

export function strIndexOutOfRange(): PyBaseException {
  return newException(IndexError, 'string index out of range');
}

const SSIZE_MAX = 2n ** 63n - 1n;

/** A bigint subscript: out of range for any str, but first it must fit CPython's Py_ssize_t. */
function indexFromBigInt(index: bigint): number {
  if (index > SSIZE_MAX || index < -SSIZE_MAX - 1n) throw newException(IndexError, "cannot fit 'int' into an index-sized integer");
  return index > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** text[start:stop:step] for bounds already resolved against its length (PySlice.indices), selecting `count` code points. */
/** text[slice] (no array of the slice's bounds made: BINARY_SUBSCR takes it too). */
export function strSlice(text: string, slice: PySlice): string {
  // (Its offsets are then the last asked about, which strSliceResolved asks about again.)
  const offsets = codePointOffsets(text);
  slice.resolve(offsets === null ? text.length : offsets.length - 1);
  return strSliceResolved(text, resolvedSlice.start, resolvedSlice.step, resolvedSlice.count);
}

export function strSliceResolved(text: string, start: number, step: number, count: number): string {
  if (count <= 0) return '';
  const offsets = codePointOffsets(text);
  if (step === 1) return offsets === null ? text.slice(start, start + count) : text.slice(offsets[start], offsets[start + count]);
  if (offsets === null && count > SHORT_SLICE) return unitsAtStride(text, start, step, count);
  // (Concatenated and flattened once: V8's join of an array costs more for the few characters most such slices take.)
  let sliced = '';
  for (let i = 0, index = start; i < count; i++, index += step) sliced += codePointStringAt(text, offsets, index);
  return flat(sliced);
}

/** Past this many characters a slice with a step is made from its code units, not by concatenation. */
const SHORT_SLICE = 64;
/** How many units go to String.fromCharCode at a time (it takes them as arguments). */
const UNITS_PER_CALL = 8192;

/** The `count` units of `text` (which has no surrogate pairs) from `start`, `step` apart. */
function unitsAtStride(text: string, start: number, step: number, count: number): string {
  const units = new Uint16Array(count);
  for (let i = 0, index = start; i < count; i++, index += step) units[i] = text.charCodeAt(index);
  let sliced = '';
  for (let at = 0; at < count; at += UNITS_PER_CALL) sliced += String.fromCharCode.apply(null, units.subarray(at, at + UNITS_PER_CALL) as unknown as number[]);
  return flat(sliced);
}
