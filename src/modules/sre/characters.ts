// What sre asks of a character: its case mappings and its categories (\d \s \w, line
// breaks) in the three modes. ASCII mode is the C macros of sre.c; LOCALE mode is the C
// library's <ctype.h> under the locale CPython runs in (C.UTF-8 here, where only ASCII
// letters and digits count, so it coincides with ASCII); UNICODE mode is the Unicode
// database CPython 3.11 carries.
import { ALPHA, codePointFlags, DECIMAL, DIGIT, LINEBREAK, NUMERIC, SPACE } from '../../objects/unicodeCtype';
import { lowerCodePoint, upperCodePoint } from '../../objects/strCase';
import { Category } from './constants';

const UNDERSCORE = 0x5f;
const NEWLINE = 0x0a;

// ---------------------------------------------------------------- ASCII

function isAsciiDigit(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}

function isAsciiSpace(ch: number): boolean {
  return ch === 0x20 || (ch >= 0x09 && ch <= 0x0d);
}

function isAsciiAlnum(ch: number): boolean {
  return (ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
}

function isAsciiWord(ch: number): boolean {
  return isAsciiAlnum(ch) || ch === UNDERSCORE;
}

export function isAsciiAlpha(ch: number): boolean {
  return (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
}

/** sre_lower_ascii: only A-Z change. It is also sre_lower_locale under the C.UTF-8 locale. */
export function lowerAscii(ch: number): number {
  return ch >= 0x41 && ch <= 0x5a ? ch + 32 : ch;
}

/** sre_upper_locale under the C.UTF-8 locale: only a-z change. */
export function upperAscii(ch: number): number {
  return ch >= 0x61 && ch <= 0x7a ? ch - 32 : ch;
}

/** char_loc_ignore: whether ch matches the pattern's character ignoring case by the locale. */
export function equalsIgnoringLocaleCase(patternChar: number, ch: number): boolean {
  return ch === patternChar || lowerAscii(ch) === patternChar || upperAscii(ch) === patternChar;
}

// ---------------------------------------------------------------- Unicode

// Case-insensitive matching lowercases every character it looks at: the BMP's mappings
// are tabled on first use, the rare astral character is looked up.
let bmpLower: Uint16Array | null = null;
let bmpUpper: Uint16Array | null = null;

function caseTable(map: (codePoint: number) => number): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let codePoint = 0; codePoint < 0x10000; codePoint++) {
    const mapped = map(codePoint);
    // A BMP character whose case is astral (none in Unicode 14) keeps its own code point here.
    table[codePoint] = mapped < 0x10000 ? mapped : codePoint;
  }
  return table;
}

/** sre_lower_unicode (Py_UNICODE_TOLOWER). */
export function lowerUnicode(ch: number): number {
  if (ch < 0x10000) return (bmpLower ??= caseTable(lowerCodePoint))[ch];
  return lowerCodePoint(ch);
}

/** sre_upper_unicode (Py_UNICODE_TOUPPER). */
export function upperUnicode(ch: number): number {
  if (ch < 0x10000) return (bmpUpper ??= caseTable(upperCodePoint))[ch];
  return upperCodePoint(ch);
}

function isUnicodeWord(ch: number): boolean {
  return (codePointFlags(ch) & (ALPHA | DECIMAL | DIGIT | NUMERIC)) !== 0 || ch === UNDERSCORE;
}

/** The category test of \b and \B in each mode. */
export function isWordForBoundary(ch: number, unicode: boolean): boolean {
  return unicode ? isUnicodeWord(ch) : isAsciiWord(ch);
}

// ---------------------------------------------------------------- categories

/** sre_category: whether ch belongs to the category. */
export function inCategory(category: number, ch: number): boolean {
  switch (category) {
    case Category.DIGIT: return isAsciiDigit(ch);
    case Category.NOT_DIGIT: return !isAsciiDigit(ch);
    case Category.SPACE: return isAsciiSpace(ch);
    case Category.NOT_SPACE: return !isAsciiSpace(ch);
    case Category.WORD: return isAsciiWord(ch);
    case Category.NOT_WORD: return !isAsciiWord(ch);
    case Category.LINEBREAK: return ch === NEWLINE;
    case Category.NOT_LINEBREAK: return ch !== NEWLINE;
    case Category.LOC_WORD: return isAsciiWord(ch);
    case Category.LOC_NOT_WORD: return !isAsciiWord(ch);
    case Category.UNI_DIGIT: return (codePointFlags(ch) & DECIMAL) !== 0;
    case Category.UNI_NOT_DIGIT: return (codePointFlags(ch) & DECIMAL) === 0;
    case Category.UNI_SPACE: return (codePointFlags(ch) & SPACE) !== 0;
    case Category.UNI_NOT_SPACE: return (codePointFlags(ch) & SPACE) === 0;
    case Category.UNI_WORD: return isUnicodeWord(ch);
    case Category.UNI_NOT_WORD: return !isUnicodeWord(ch);
    case Category.UNI_LINEBREAK: return (codePointFlags(ch) & LINEBREAK) !== 0;
    case Category.UNI_NOT_LINEBREAK: return (codePointFlags(ch) & LINEBREAK) === 0;
    default: return false;
  }
}
