// Code-point view of a Python str held in a JS string. Python counts code points;
// JS counts UTF-16 units, and the two differ only where a surrogate pair stands for
// an astral character (a lone surrogate is a Python code point of its own). So
// strings without pairs — nearly all of them — are handled in units directly.

const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Below this many units a loop tests a text faster than a regular expression. */
const SHORT_TEXT = 64;

export function hasSurrogatePair(text: string): boolean {
  if (text.length >= SHORT_TEXT) return SURROGATE_PAIR.test(text);
  // (A loop over a short text costs less than starting a regular expression.)
  for (let at = 0; at < text.length - 1; at++) {
    if (isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1))) return true;
  }
  return false;
}

export function isAsciiText(text: string): boolean {
  if (text.length >= SHORT_TEXT) return ASCII_ONLY.test(text);
  for (let at = 0; at < text.length; at++) if (text.charCodeAt(at) > 0x7f) return false;
  return true;
}

export function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

export function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** The code point starting at unit offset `at` (which must not split a pair). */
export function codePointAt(text: string, at: number): number {
  return text.codePointAt(at)!;
}

/** The units one code point takes. */
export function unitWidth(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

export function fromCodePoint(codePoint: number): string {
  // fromCharCode keeps a surrogate code point a lone unit.
  return codePoint > 0xffff ? String.fromCodePoint(codePoint) : String.fromCharCode(codePoint);
}

/** Whether unit offset `at` falls between code points, not inside a surrogate pair. */
export function isCodePointBoundary(text: string, at: number): boolean {
  return !(at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1)));
}

/** len(text): its number of code points. */
export function codePointLength(text: string): number {
  let length = text.length;
  for (let at = 0; at < text.length - 1; at++) {
    if (isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1))) {
      length--;
      at++;
    }
  }
  return length;
}

/** The code points of text, as numbers. */
export function codePoints(text: string): number[] {
  const points: number[] = [];
  for (let at = 0; at < text.length; ) {
    const codePoint = codePointAt(text, at);
    points.push(codePoint);
    at += unitWidth(codePoint);
  }
  return points;
}

/** The code points of text, each as its own JS string. */
export function codePointStrings(text: string): string[] {
  // The string iterator steps by code point and yields lone surrogates alone.
  return Array.from(text);
}

/** The unit offset of the code point `index` code points after unit offset `from` (which must be a boundary). */
export function unitOffsetOf(text: string, index: number, from = 0): number {
  let at = from;
  for (let seen = 0; seen < index; seen++) at += unitWidth(codePointAt(text, at));
  return at;
}

/** The code point index at unit offset `at`, which must be a code point boundary. */
export function codePointIndexOf(text: string, at: number): number {
  return codePointLength(text.slice(0, at));
}
