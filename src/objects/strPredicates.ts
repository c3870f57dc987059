// The is...() predicates of Python strs, over the character properties CPython 3.11
// gives each code point (see unicodeCtype.ts).
import { codePointAt, isAsciiText, unitWidth } from './strCodePoints';
import {
  ALPHA, codePointFlags, DECIMAL, DIGIT, LOWER, NUMERIC, SPACE, TITLE, UPPER, XID_CONTINUE, XID_START,
} from './unicodeCtype';
import { isPrintableCodePoint } from './unicodePrintable';

/** Whether text is non-empty and each code point has one of the `wanted` flags. */
function everyCodePointHas(text: string, wanted: number): boolean {
  if (text.length === 0) return false;
  for (let at = 0; at < text.length; ) {
    const codePoint = codePointAt(text, at);
    if ((codePointFlags(codePoint) & wanted) === 0) return false;
    at += unitWidth(codePoint);
  }
  return true;
}

export function strIsAlpha(text: string): boolean {
  return everyCodePointHas(text, ALPHA);
}

export function strIsDecimal(text: string): boolean {
  return everyCodePointHas(text, DECIMAL);
}

export function strIsDigit(text: string): boolean {
  return everyCodePointHas(text, DIGIT);
}

export function strIsNumeric(text: string): boolean {
  return everyCodePointHas(text, NUMERIC);
}

export function strIsAlnum(text: string): boolean {
  return everyCodePointHas(text, ALPHA | DECIMAL | DIGIT | NUMERIC);
}

export function strIsSpace(text: string): boolean {
  return everyCodePointHas(text, SPACE);
}

export function strIsAscii(text: string): boolean {
  return isAsciiText(text);
}

export function strIsPrintable(text: string): boolean {
  for (let at = 0; at < text.length; ) {
    const codePoint = codePointAt(text, at);
    if (!isPrintableCodePoint(codePoint)) return false;
    at += unitWidth(codePoint);
  }
  return true;
}

/** Whether text has a character with the `cased` flag and none with a `forbidden` one. */
function casedAndNone(text: string, cased: number, forbidden: number): boolean {
  let sawCased = false;
  for (let at = 0; at < text.length; ) {
    const codePoint = codePointAt(text, at);
    const flags = codePointFlags(codePoint);
    if (flags & forbidden) return false;
    if (flags & cased) sawCased = true;
    at += unitWidth(codePoint);
  }
  return sawCased;
}

export function strIsUpper(text: string): boolean {
  return casedAndNone(text, UPPER, LOWER | TITLE);
}

export function strIsLower(text: string): boolean {
  return casedAndNone(text, LOWER, UPPER | TITLE);
}

/** Whether every word starts with an upper- or titlecase character and continues in lowercase. */
export function strIsTitle(text: string): boolean {
  let sawCased = false;
  let previousIsCased = false;
  for (let at = 0; at < text.length; ) {
    const codePoint = codePointAt(text, at);
    const flags = codePointFlags(codePoint);
    if (flags & (UPPER | TITLE)) {
      if (previousIsCased) return false;
      previousIsCased = sawCased = true;
    } else if (flags & LOWER) {
      if (!previousIsCased) return false;
      previousIsCased = sawCased = true;
    } else {
      previousIsCased = false;
    }
    at += unitWidth(codePoint);
  }
  return sawCased;
}

export function strIsIdentifier(text: string): boolean {
  if (text.length === 0) return false;
  const first = codePointAt(text, 0);
  if ((codePointFlags(first) & XID_START) === 0) return false;
  for (let at = unitWidth(first); at < text.length; ) {
    const codePoint = codePointAt(text, at);
    if ((codePointFlags(codePoint) & XID_CONTINUE) === 0) return false;
    at += unitWidth(codePoint);
  }
  return true;
}
