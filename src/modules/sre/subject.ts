// The string a pattern is matched against, as the engine reads it: one array element a
// character. A str is read by code point (a JS string counts UTF-16 units, which differ
// only where a surrogate pair stands for an astral character); bytes-like objects by
// byte, straight from their buffer.
//
// Turning a str into an array costs a pass over it, so the last strs seen are kept:
// tokenizers call pattern.match(text, pos) over one long text again and again, and
// each call must cost what the match costs, not what the text's length does.
import type { Py } from '../../objects/object';
import { typeOf } from '../../objects/typeOf';
import { bufferOf, bytesType, PyBytes } from '../../objects/bytes';
import { strValue } from '../../objects/str';
import { typeError } from '../../objects/exceptions';
import { isHighSurrogate, isLowSurrogate } from '../../objects/strCodePoints';

/** Characters: bytes, BMP code points, or any code points. */
export type Characters = Uint8Array | Uint16Array | Int32Array;

export interface Subject {
  /** The object given: match.string. */
  readonly original: Py;
  readonly characters: Characters;
  readonly isBytes: boolean;
  /** For a str: its text, and where each code point starts in it when some take two units (null when none do). */
  readonly text: string | null;
  readonly unitOffsets: Int32Array | null;
}

/** A str's code points, with their unit offsets when they differ from their indices. */
interface DecodedText {
  readonly characters: Uint16Array | Int32Array;
  readonly unitOffsets: Int32Array | null;
}

const RECENT_TEXTS = 4;
const recentTexts: string[] = [];
const recentDecodings: DecodedText[] = [];

function decodeText(text: string): DecodedText {
  const units = utf16Units(text);
  return SURROGATE.test(text) ? decodePairs(text, units) : { characters: units, unitOffsets: null };
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** The text's UTF-16 units, copied by Node's encoder (a JS loop over a long text costs ten times as much). */
function utf16Units(text: string): Uint16Array {
  const bytes = Buffer.from(text, 'utf16le');
  if (bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, text.length);
  const units = new Uint16Array(text.length);
  for (let at = 0; at < units.length; at++) units[at] = text.charCodeAt(at);
  return units;
}

/** A text with surrogates: a high one followed by a low one is one code point. */
function decodePairs(text: string, units: Uint16Array): DecodedText {
  let pairs = 0;
  for (let at = 1; at < units.length; at++) {
    if (isLowSurrogate(units[at]) && isHighSurrogate(units[at - 1])) {
      pairs++;
      at++;
    }
  }
  if (pairs === 0) return { characters: units, unitOffsets: null };
  const count = units.length - pairs;
  const characters = new Int32Array(count);
  const unitOffsets = new Int32Array(count + 1);
  let at = 0;
  for (let index = 0; index < count; index++) {
    unitOffsets[index] = at;
    const codePoint = text.codePointAt(at)!;
    characters[index] = codePoint;
    at += codePoint > 0xffff ? 2 : 1;
  }
  unitOffsets[count] = units.length;
  return { characters, unitOffsets };
}

/** Texts shorter than this are decoded afresh: that costs less than remembering them. */
const SHORT_TEXT = 256;

/**
 * Short texts' units are copied into slices of a shared slab, as Node's Buffer pool
 * does: a typed array of more than 64 bytes made on its own gets a backing store of its
 * own, which costs several times the copy (each slab lives while a subject using it does).
 */
const SLAB_BYTES = 16 * 1024;
let slab: ArrayBuffer | null = null;
let slabUsed = 0;

function slabUnits(length: number): Uint16Array {
  const bytes = length * 2;
  if (slab === null || slabUsed + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const units = new Uint16Array(slab, slabUsed, length);
  slabUsed += (bytes + 7) & ~7;
  return units;
}

/** decodeText for a short text: a JS loop costs less than a call into Node's encoder there. */
function decodeShortText(text: string): DecodedText {
  const units = slabUnits(text.length);
  // (Only a high surrogate can start a pair.)
  let highSurrogate = false;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    units[at] = unit;
    if (isHighSurrogate(unit)) highSurrogate = true;
  }
  return highSurrogate ? decodePairs(text, units) : { characters: units, unitOffsets: null };
}

function decodedText(text: string): DecodedText {
  if (text.length < SHORT_TEXT) return decodeShortText(text);
  for (let i = 0; i < recentTexts.length; i++) {
    if (recentTexts[i] === text) return recentDecodings[i];
  }
  const decoded = decodeText(text);
  if (recentTexts.length === RECENT_TEXTS) {
    recentTexts.pop();
    recentDecodings.pop();
  }
  recentTexts.unshift(text);
  recentDecodings.unshift(decoded);
  return decoded;
}

/** What a str or bytes-like object is matched as; a TypeError for anything else (sre's getstring). */
export function subjectOf(value: Py): Subject {
  const text = strValue(value);
  if (text !== undefined) {
    const { characters, unitOffsets } = decodedText(text);
    return { original: value, characters, isBytes: false, text, unitOffsets };
  }
  const bytes = bufferOf(value);
  if (bytes === undefined) throw typeError(`expected string or bytes-like object, got '${typeOf(value).name}'`);
  return { original: value, characters: bytes, isBytes: true, text: null, unitOffsets: null };
}

/** The code points of a str's text [start, end) as a str. */
export function textSlice(text: string, unitOffsets: Int32Array | null, start: number, end: number): string {
  return unitOffsets === null ? text.slice(start, end) : text.slice(unitOffsets[start], unitOffsets[end]);
}

/** sre's getslice for bytes: the bytes object itself when it is all of it, else a new bytes. */
export function bytesSlice(original: Py, bytes: Uint8Array, start: number, end: number): PyBytes {
  if (original instanceof PyBytes && original.cls === bytesType && start === 0 && end === bytes.length) return original;
  return new PyBytes(bytes.slice(start, end));
}

/** The characters [start, end) of a subject, as a str or bytes (sre's getslice). */
export function subjectSlice(subject: Subject, start: number, end: number): Py {
  if (subject.text !== null) return textSlice(subject.text, subject.unitOffsets, start, end);
  return bytesSlice(subject.original, subject.characters as Uint8Array, start, end);
}
