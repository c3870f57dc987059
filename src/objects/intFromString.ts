// int(text) for a str, in base 10, as CPython reads it: surrounding whitespace, a
// sign, decimal digits from any script ('٣', '３') with single underscores between
// them. Python 3.11 refuses more than 4300 digits (its int/str conversion limit).
import { isPrintableCodePoint } from './unicodePrintable';
import { exceedsDigitLimit } from './numberParsing';


// Non-ASCII characters str.isspace() accepts; int() reads them as spaces.
const NON_ASCII_SPACE = /[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
// The ASCII whitespace int() skips around the number (not \x1c-\x1f, which str.isspace() accepts).
const SURROUNDING_SPACE = /^[ \t\n\v\f\r]*([+-]?)([0-9]+(?:_[0-9]+)*)[ \t\n\v\f\r]*$/;
const DECIMAL_DIGIT = /\p{Nd}/u;

/** int(text), or null where Python raises ValueError. */
export function intFromString(text: string): bigint | null {
  const match = SURROUNDING_SPACE.exec(asciiDigitsAndSpaces(text));
  if (match === null) return null;
  const digits = match[2].replaceAll('_', '');
  if (exceedsDigitLimit(digits.length)) return null;
  const magnitude = BigInt(digits);
  return match[1] === '-' ? -magnitude : magnitude;
}

/** The text with non-ASCII digits and spaces spelled in ASCII, other non-ASCII characters as '?'. */
function asciiDigitsAndSpaces(text: string): string {
  let ascii = '';
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint < 0x80) ascii += character;
    else if (NON_ASCII_SPACE.test(character)) ascii += ' ';
    else ascii += decimalDigitValue(character, codePoint)?.toString() ?? '?';
  }
  return ascii;
}

/**
 * The value of a decimal digit character, or null. Unicode encodes decimal digits in
 * runs of ten, 0 to 9, so the value is the distance from the start of the run, modulo
 * ten (adjacent runs, like the mathematical digits, are whole tens). Digits Unicode
 * added after Python 3.11's version are not digits to Python: they are unassigned,
 * which the printable table tells.
 */
function decimalDigitValue(character: string, codePoint: number): number | null {
  if (!DECIMAL_DIGIT.test(character) || !isPrintableCodePoint(codePoint)) return null;
  let runStart = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(runStart - 1))) runStart--;
  return (codePoint - runStart) % 10;
}
