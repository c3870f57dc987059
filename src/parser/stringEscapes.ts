// Backslash escapes in the body of a str or bytes literal (the text between its quotes),
// decoded as CPython 3.11's parser does, with its error messages.
import { codePoints } from '../objects/strCodePoints';
import { lookupCharacterName } from './unicodeNames';

/** Raises the SyntaxError for a body that does not decode. */
export type DecodeFailure = (msg: string) => never;

/**
 * Told of the first invalid escape of a body (an unknown one, or an octal one above
 * \377), which CPython 3.11 decodes as it is but warns of (a DeprecationWarning).
 */
export type InvalidEscapeReport = (msg: string) => void;

const BACKSLASH = 0x5c;

/** The escapes that stand for one fixed character (or, for backslash-newline, for none). */
const SINGLE_CHARACTER_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\n', ''],
  ['\\', '\\'],
  ["'", "'"],
  ['"', '"'],
  ['a', '\x07'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
  ['v', '\v'],
]);

/** A decoded escape sequence and the index just past it; for an invalid one, the warning's text. */
interface Escape<T> {
  value: T;
  end: number;
  invalid?: string;
}

export function decodeStrEscapes(body: string, fail: DecodeFailure, invalid?: InvalidEscapeReport): string {
  let decoded = '';
  decodeStrPieces(body, fail, (piece) => (decoded += piece), invalid);
  return decoded;
}

/**
 * The code points of a str body, each escape decoded on its own: two escaped surrogates
 * in a row stay two code points, where the JS string of decodeStrEscapes would pair them.
 */
export function decodeStrEscapesToCodePoints(body: string, fail: DecodeFailure): number[] {
  const points: number[] = [];
  decodeStrPieces(body, fail, (piece) => points.push(...codePoints(piece)));
  return points;
}

/** Hands `emit` the body's text between escapes and each escape's value, in order. */
function decodeStrPieces(body: string, fail: DecodeFailure, emit: (piece: string) => void, invalid?: InvalidEscapeReport): void {
  let copiedUpTo = 0;
  let firstInvalid: string | undefined;
  for (let i = body.indexOf('\\'); i >= 0; i = body.indexOf('\\', copiedUpTo)) {
    const escape = strEscapeAt(body, i, fail);
    emit(body.slice(copiedUpTo, i));
    emit(escape.value);
    firstInvalid ??= escape.invalid;
    copiedUpTo = escape.end;
  }
  emit(body.slice(copiedUpTo));
  if (firstInvalid !== undefined) invalid?.(firstInvalid);
}

function strEscapeAt(body: string, backslash: number, fail: DecodeFailure): Escape<string> {
  const kind = body[backslash + 1];
  const single = SINGLE_CHARACTER_ESCAPES.get(kind);
  if (single !== undefined) return { value: single, end: backslash + 2 };
  if (isOctalDigit(kind)) {
    const octal = octalEscapeAt(body, backslash);
    return { value: String.fromCodePoint(octal.value), end: octal.end, invalid: invalidOctal(body, backslash, octal.value) };
  }
  switch (kind) {
    case 'x':
      return hexEscapeAt(body, backslash, 2, fail);
    case 'u':
      return hexEscapeAt(body, backslash, 4, fail);
    case 'U':
      return hexEscapeAt(body, backslash, 8, fail);
    case 'N':
      return namedEscapeAt(body, backslash, fail);
    default:
      // Not an escape (a lone backslash ends the literal text before an f-string field):
      // the backslash stays and the next character is read as ordinary text. CPython
      // escapes a backslash before a non-ASCII character, which makes it no invalid escape.
      return { value: '\\', end: backslash + 1, invalid: kind !== undefined && kind < '\x80' ? invalidEscape(kind) : undefined };
  }
}

function invalidEscape(kind: string): string {
  return `invalid escape sequence '\\${kind}'`;
}

/** The warning for an octal escape above \377 (three digits, the first 4 to 7). */
function invalidOctal(body: string, backslash: number, value: number): string | undefined {
  return value > 0o377 ? `invalid octal escape sequence '\\${body.slice(backslash + 1, backslash + 4)}'` : undefined;
}

function hexEscapeAt(body: string, backslash: number, digits: number, fail: DecodeFailure): Escape<string> {
  const first = backslash + 2;
  let code = 0;
  for (let i = first; i < first + digits; i++) {
    const digit = hexDigitValue(body.charCodeAt(i));
    if (digit < 0) {
      const form = `${body[backslash + 1]}${'X'.repeat(digits)}`;
      fail(unicodeEscapeError(body, backslash, i, `truncated \\${form} escape`));
    }
    code = code * 16 + digit;
  }
  if (code > 0x10ffff) fail(unicodeEscapeError(body, backslash, first + digits, 'illegal Unicode character'));
  return { value: String.fromCodePoint(code), end: first + digits };
}

function namedEscapeAt(body: string, backslash: number, fail: DecodeFailure): Escape<string> {
  const open = backslash + 2;
  const malformed = 'malformed \\N character escape';
  if (body[open] !== '{') fail(unicodeEscapeError(body, backslash, open, malformed));
  const close = body.indexOf('}', open + 1);
  if (close < 0) fail(unicodeEscapeError(body, backslash, body.length, malformed));
  if (close === open + 1) fail(unicodeEscapeError(body, backslash, close, malformed));
  const code = lookupCharacterName(body.slice(open + 1, close));
  if (code === undefined) fail(unicodeEscapeError(body, backslash, close + 1, 'unknown Unicode character name'));
  return { value: String.fromCodePoint(code), end: close + 1 };
}

/**
 * CPython's message for an escape error spanning body[start, stop). CPython decodes a
 * rewritten copy of the body in which every non-ASCII character became a \UXXXXXXXX escape
 * (and a backslash before one, or at the very end, became \u005c), and its positions count
 * bytes of that copy.
 */
function unicodeEscapeError(body: string, start: number, stop: number, reason: string): string {
  const from = rewrittenOffset(body, start);
  const to = rewrittenOffset(body, stop) - 1;
  return `(unicode error) 'unicodeescape' codec can't decode bytes in position ${from}-${to}: ${reason}`;
}

function rewrittenOffset(body: string, index: number): number {
  let offset = 0;
  let afterBackslash = false;
  for (let i = 0; i < index; ) {
    const code = body.codePointAt(i)!;
    if (code < 0x80) {
      offset += 1;
      afterBackslash = !afterBackslash && code === BACKSLASH;
      i += 1;
    } else {
      offset += (afterBackslash ? 'u005c'.length : 0) + '\\UXXXXXXXX'.length;
      afterBackslash = false;
      i += code > 0xffff ? 2 : 1;
    }
  }
  return offset;
}

/** `body` holds ASCII only: the caller has refused anything else. */
export function decodeBytesEscapes(body: string, fail: DecodeFailure, invalid?: InvalidEscapeReport): Uint8Array {
  const decoded = new Uint8Array(body.length);
  let length = 0;
  let firstInvalid: string | undefined;
  for (let i = 0; i < body.length; ) {
    if (body.charCodeAt(i) !== BACKSLASH) {
      decoded[length++] = body.charCodeAt(i++);
      continue;
    }
    const escape = bytesEscapeAt(body, i, fail);
    if (escape.value >= 0) decoded[length++] = escape.value;
    firstInvalid ??= escape.invalid;
    i = escape.end;
  }
  if (firstInvalid !== undefined) invalid?.(firstInvalid);
  return decoded.slice(0, length);
}

/** The escaped byte, or -1 for a backslash-newline, which stands for nothing. */
function bytesEscapeAt(body: string, backslash: number, fail: DecodeFailure): Escape<number> {
  const kind = body[backslash + 1];
  const single = SINGLE_CHARACTER_ESCAPES.get(kind);
  if (single !== undefined) return { value: single === '' ? -1 : single.charCodeAt(0), end: backslash + 2 };
  if (isOctalDigit(kind)) {
    const octal = octalEscapeAt(body, backslash);
    // \400 to \777 keep their low eight bits, as in CPython 3.11.
    return { value: octal.value & 0xff, end: octal.end, invalid: invalidOctal(body, backslash, octal.value) };
  }
  if (kind === 'x') {
    const high = hexDigitValue(body.charCodeAt(backslash + 2));
    const low = hexDigitValue(body.charCodeAt(backslash + 3));
    if (high < 0 || low < 0) fail(`(value error) invalid \\x escape at position ${backslash}`);
    return { value: high * 16 + low, end: backslash + 4 };
  }
  return { value: BACKSLASH, end: backslash + 1, invalid: invalidEscape(kind) };
}

function isOctalDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '7';
}

/** One to three octal digits after the backslash. */
function octalEscapeAt(body: string, backslash: number): Escape<number> {
  let value = 0;
  let end = backslash + 1;
  while (end < backslash + 4 && isOctalDigit(body[end])) value = value * 8 + Number(body[end++]);
  return { value, end };
}

function hexDigitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  return -1;
}
