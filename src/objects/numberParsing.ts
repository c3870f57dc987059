// int(text, base), float(text), complex(text) and float.fromhex(text), as CPython 3.11
// reads them.
//
// int(), float() and complex() first respell the text in ASCII: every non-ASCII
// whitespace character becomes a space, every decimal digit of any script its ASCII
// digit, and any other non-ASCII character a byte no grammar accepts, which ends the
// text (as in CPython, which matters for complex's messages). The grammars then only
// see ASCII, and surrounding whitespace is ASCII whitespace (not \x1c-\x1f, which
// str.isspace() accepts but the parsers do not skip). float.fromhex() reads the raw
// text, so a non-ASCII character is always an error there.
import { pyInt } from '../ast/constant';
import { PyError } from './pyError';
import { strRepr } from './strRepr';
import { isPrintableCodePoint } from './unicodePrintable';

/** sys.int_info.default_max_str_digits: the most digits int() reads in a base that is not a power of two. */
export const DEFAULT_MAX_STR_DIGITS = 4300;
/** sys.int_info.str_digits_check_threshold: the smallest limit sys.set_int_max_str_digits() accepts. */
export const MAX_STR_DIGITS_THRESHOLD = 640;

/** The limit in force, as sys.set_int_max_str_digits() sets it: 0 for none. */
export const intStrConversion = { maxDigits: DEFAULT_MAX_STR_DIGITS };

/** Whether converting an int of `digits` decimal digits to or from str is refused. */
export function exceedsDigitLimit(digits: number): boolean {
  const limit = intStrConversion.maxDigits;
  return limit > 0 && digits > limit;
}

/** The ValueError's text: int() names the digits it found, str() does not. */
export function digitLimitMessage(found?: number): string {
  const value = found === undefined ? '' : `: value has ${found} digits`;
  return `Exceeds the limit (${intStrConversion.maxDigits} digits) for integer string conversion${value}; use sys.set_int_max_str_digits() to increase the limit`;
}

/** The error messages quote at most this many characters of the text's repr (CPython's %.200R). */
const QUOTED_REPR_LENGTH = 200;

// Non-ASCII characters str.isspace() accepts, as of Python 3.11's Unicode 14.
const NON_ASCII_SPACE = /[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
const DECIMAL_DIGIT = /\p{Nd}/u;
/** What a non-ASCII character that is neither a space nor a digit becomes: no grammar accepts it. */
const UNREADABLE = '?';

const isAsciiSpace = (character: string | undefined): boolean =>
  character === ' ' || (character !== undefined && character >= '\t' && character <= '\r');

const isAsciiDigit = (character: string | undefined): boolean => character !== undefined && character >= '0' && character <= '9';

// ---------------------------------------------------------------------------------
// int(text, base)

/**
 * int(text, base) for a str. Base 0 reads the base from a 0x, 0o or 0b prefix, as
 * Python source does (so a non-zero number may not start with 0).
 */
export function intFromText(text: string, base: number = 10, quote: () => string = () => quotedRepr(text)): number | bigint {
  const value = readIntText(text, base);
  // (The text is quoted only for the error: its repr costs as much as reading a long one.)
  if (value === undefined) throw new PyError('ValueError', invalidIntLiteral(base, quote()));
  return value;
}

/** The message of int()'s ValueError for a text (`quoted`: its repr) that spells no int in `base`. */
export function invalidIntLiteral(base: number, quoted: string): string {
  return `invalid literal for int() with base ${base}: ${quoted}`;
}

/** intFromText, but undefined where the text spells no int (the ValueError left to the caller). */
export function readIntText(text: string, base: number): number | bigint | undefined {
  if (base >= 2 && base <= 36 && text.length <= SAFE_DIGIT_COUNTS[base]) {
    const value = plainDigits(text, base);
    if (value !== undefined) return value;
  }
  if ((base !== 0 && base < 2) || base > 36) throw new PyError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const ascii = asciiDigitsAndSpaces(text);
  let position = 0;
  while (isAsciiSpace(ascii[position])) position++;
  let negative = false;
  if (ascii[position] === '+' || ascii[position] === '-') negative = ascii[position++] === '-';

  let radix = base;
  // Base 0 reads a leading 0 without a prefix as decimal, but then only zeros may follow.
  let onlyZeroAllowed = false;
  const prefixBase = ascii[position] === '0' ? PREFIX_BASES[ascii[position + 1]?.toLowerCase() ?? ''] : undefined;
  if (base === 0) {
    radix = prefixBase ?? 10;
    onlyZeroAllowed = ascii[position] === '0' && prefixBase === undefined;
  }
  if (prefixBase !== undefined && prefixBase === radix) {
    position += 2;
    // One underscore may separate the prefix from the digits.
    if (ascii[position] === '_') position++;
  }
  if (ascii[position] === '_') return undefined;

  const digitsStart = position;
  // Digits with single underscores between them; an underscore after them is an error.
  const run = digitRun(radix);
  run.lastIndex = position;
  const digitsWithUnderscores = run.exec(ascii)?.[0] ?? '';
  position += digitsWithUnderscores.length;
  if (ascii[position] === '_') return undefined;
  const digits = digitsWithUnderscores.replaceAll('_', '');
  if (!isPowerOfTwo(radix) && exceedsDigitLimit(digits.length)) throw new PyError('ValueError', digitLimitMessage(digits.length));
  if (position === digitsStart) return undefined;
  const magnitude = digitsValue(digits, radix);
  if (onlyZeroAllowed && magnitude !== 0n) return undefined;
  while (isAsciiSpace(ascii[position])) position++;
  if (position !== ascii.length) return undefined;
  return pyInt(negative ? -magnitude : magnitude);
}

/**
 * For each base, the most digits (and a sign) that always make a safe integer:
 * 53 bits' worth, 15 decimal digits.
 */
const SAFE_DIGIT_COUNTS = Array.from({ length: 37 }, (_, radix) => (radix < 2 ? 0 : Math.floor(53 / Math.log2(radix))));

/**
 * The value of a text of ASCII digits in `radix`, a sign before them or not, and
 * nothing else (what int() is given most often: `int(s)`, `int(s, 16)`, `int(bits, 2)`),
 * read without the general grammar; undefined for any other text.
 */
function plainDigits(text: string, radix: number): number | undefined {
  const first = text.charCodeAt(0);
  let position = first === 0x2d || first === 0x2b ? 1 : 0;
  if (position === text.length) return undefined;
  let value = 0;
  for (; position < text.length; position++) {
    const digit = digitValue(text.charCodeAt(position));
    if (digit >= radix) return undefined;
    value = value * radix + digit;
  }
  // (0 - 0 is +0: a JS -0 must not stand for the int 0.)
  return first === 0x2d ? 0 - value : value;
}

const PREFIX_BASES: Record<string, number> = { x: 16, o: 8, b: 2 };

const digitRuns: RegExp[] = [];

/**
 * A sticky regex for a run of digits in `radix`, single underscores between them: a
 * long text is read by the regex engine, in a fraction of the time its conversion
 * takes, so a text over the digit limit is refused quickly.
 */
function digitRun(radix: number): RegExp {
  let run = digitRuns[radix];
  if (run === undefined) {
    const digit = radix <= 10
      ? `[0-${radix - 1}]`
      : `[0-9a-${String.fromCharCode(0x61 + radix - 11)}A-${String.fromCharCode(0x41 + radix - 11)}]`;
    run = digitRuns[radix] = new RegExp(`${digit}+(?:_${digit}+)*`, 'y');
  }
  return run;
}

/** 0-35 for the UTF-16 code of 0-9 and a-z in either case; 36 (above every base) for anything else. */
function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x7a) return lower - 0x61 + 10;
  return 36;
}

function isPowerOfTwo(n: number): boolean {
  return (n & (n - 1)) === 0;
}

/** The value of a run of digits in `radix`, already known valid. */
function digitsValue(digits: string, radix: number): bigint {
  const literalPrefix = { 2: '0b', 8: '0o', 10: '', 16: '0x' }[radix];
  if (literalPrefix !== undefined) return BigInt(literalPrefix + digits);
  if (isPowerOfTwo(radix)) {
    const bitsPerDigit = Math.log2(radix);
    let binary = '0b0';
    for (let i = 0; i < digits.length; i++) binary += digitValue(digits.charCodeAt(i)).toString(2).padStart(bitsPerDigit, '0');
    return BigInt(binary);
  }
  // Other bases: chunks that fit a double's integers.
  const chunkLength = Math.floor(53 / Math.log2(radix));
  let value = 0n;
  for (let start = 0; start < digits.length; start += chunkLength) {
    const chunk = digits.slice(start, start + chunkLength);
    value = value * BigInt(radix) ** BigInt(chunk.length) + BigInt(parseInt(chunk, radix));
  }
  return value;
}

// ---------------------------------------------------------------------------------
// float(text)

/** A decimal float after underscores are gone: what the C library's strtod reads, minus hex. */
const DECIMAL_FLOAT = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const INFINITY_OR_NAN = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * float(text) for a str: decimal notation, inf, infinity or nan in any case, each signed.
 * (`quoted` is how the error message shows the argument: bytes show as bytes.)
 */
export function floatFromText(text: string, quoted: string = strRepr(text)): number {
  const value = readFloatText(text);
  if (value === undefined) throw new PyError('ValueError', invalidFloatLiteral(quoted));
  return value;
}

/** float(text), undefined when the text is no float. */
export function readFloatText(text: string): number | undefined {
  const ascii = asciiDigitsAndSpaces(text);
  if (!hasValidUnderscores(ascii)) return undefined;
  const number = trimAsciiSpace(ascii).replaceAll('_', '');
  const special = INFINITY_OR_NAN.exec(number);
  if (special !== null) {
    const magnitude = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -magnitude : magnitude;
  }
  if (!DECIMAL_FLOAT.test(number)) return undefined;
  // JavaScript's Number() reads decimal notation correctly rounded, as CPython's strtod does.
  return Number(number);
}

/** The ValueError's message for a text float() cannot read, shown as `quoted`. */
export function invalidFloatLiteral(quoted: string): string {
  return `could not convert string to float: ${quoted}`;
}

/** Underscores only between two ASCII digits, anywhere (1_0.5, 1e1_0). */
function hasValidUnderscores(ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) {
    if (ascii[i] === '_' && !(isAsciiDigit(ascii[i - 1]) && isAsciiDigit(ascii[i + 1]))) return false;
  }
  return true;
}

function trimAsciiSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiSpace(text[start])) start++;
  while (end > start && isAsciiSpace(text[end - 1])) end--;
  return text.slice(start, end);
}

// ---------------------------------------------------------------------------------
// complex(text)

/** What strtod reads of a float at the start of the text: decimal notation, inf, infinity or nan, signed. */
const FLOAT_PREFIX = /[+-]?(?:inf(?:inity)?|nan|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)/iy;

/**
 * complex(text) for a str: '<float>', '<float>j' or '<float><signed float>j', where a
 * float may also be absent before a bare 'j' ('1+j', '-j', 'j'); whitespace around the
 * whole and inside optional parentheses. Floats too large give infinities, as strtod does.
 */
export function complexFromText(text: string): { real: number; imag: number } {
  const malformed = (): PyError => new PyError('ValueError', 'complex() arg is a malformed string');
  let s = asciiDigitsAndSpaces(text);
  if (s.includes('_')) {
    if (!hasValidUnderscores(s)) throw new PyError('ValueError', `could not convert string to complex: ${strRepr(text)}`);
    s = s.replaceAll('_', '');
  }
  let position = 0;
  const skipSpaces = (): void => {
    while (isAsciiSpace(s[position])) position++;
  };
  const readFloat = (): number | undefined => {
    FLOAT_PREFIX.lastIndex = position;
    const match = FLOAT_PREFIX.exec(s);
    if (match === null) return undefined;
    position += match[0].length;
    return parseFloatPrefix(match[0]);
  };
  const isJ = (): boolean => s[position] === 'j' || s[position] === 'J';
  /** The imaginary part of '+j' or '-j': 1 or -1, the sign consumed. */
  const readUnitSign = (): number => (s[position++] === '-' ? -1 : 1);

  skipSpaces();
  const bracketed = s[position] === '(';
  if (bracketed) {
    position++;
    skipSpaces();
  }
  let real = 0;
  let imag = 0;
  const first = readFloat();
  if (first !== undefined) {
    if (s[position] === '+' || s[position] === '-') {
      real = first;
      imag = readFloat() ?? readUnitSign();
      if (!isJ()) throw malformed();
      position++;
    } else if (isJ()) {
      imag = first;
      position++;
    } else {
      real = first;
    }
  } else {
    imag = s[position] === '+' || s[position] === '-' ? readUnitSign() : 1;
    if (!isJ()) throw malformed();
    position++;
  }
  skipSpaces();
  if (bracketed) {
    if (s[position] !== ')') throw malformed();
    position++;
    skipSpaces();
  }
  if (position !== s.length) throw malformed();
  return { real, imag };
}

/** The value of a FLOAT_PREFIX match. */
function parseFloatPrefix(text: string): number {
  const special = INFINITY_OR_NAN.exec(text);
  if (special === null) return Number(text);
  const magnitude = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
  return special[1] === '-' ? -magnitude : magnitude;
}

// ---------------------------------------------------------------------------------
// float.fromhex(text)

const HEX_FLOAT = /^[ \t\n\v\f\r]*([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?[ \t\n\v\f\r]*$/;
const HEX_INFINITY_OR_NAN = /^[ \t\n\v\f\r]*([+-]?)(inf|infinity|nan)[ \t\n\v\f\r]*$/i;

/** float.fromhex(text): [sign] [0x] hex digits [. hex digits] [p exponent], correctly rounded. */
export function floatFromHex(text: string): number {
  const special = HEX_INFINITY_OR_NAN.exec(text);
  if (special !== null) {
    const magnitude = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -magnitude : magnitude;
  }
  const match = HEX_FLOAT.exec(text);
  const integerDigits = match?.[2] ?? '';
  const fractionDigits = match?.[3] ?? '';
  if (match === null || integerDigits.length + fractionDigits.length === 0) {
    throw new PyError('ValueError', 'invalid hexadecimal floating-point string');
  }
  const coefficient = BigInt(`0x0${integerDigits}${fractionDigits}`);
  const exponent = BigInt(match[4] ?? '0') - 4n * BigInt(fractionDigits.length);
  const magnitude = binaryToDouble(coefficient, exponent);
  if (magnitude === Infinity) throw new PyError('OverflowError', 'hexadecimal value too large to represent as a float');
  return match[1] === '-' ? -magnitude : magnitude;
}

const bitLength = (value: bigint): number => (value === 0n ? 0 : value.toString(2).length);

/** coefficient * 2**exponent (coefficient >= 0) rounded to the nearest double, ties to even; Infinity past the largest. */
function binaryToDouble(coefficient: bigint, exponent: bigint): number {
  if (coefficient === 0n) return 0;
  const top = BigInt(bitLength(coefficient)) + exponent;
  // Exponents this far out only decide between 0 and overflow, and would not fit a double.
  if (top > 1025n) return Infinity;
  if (top < -1076n) return 0;
  const scale = Number(exponent);
  // The exponent of the result's last place: 53 significant bits, fewer for subnormals.
  const unit = Math.max(Number(top) - 53, -1074);
  let mantissa = coefficient;
  if (unit > scale) {
    const dropped = BigInt(unit - scale);
    mantissa = coefficient >> dropped;
    const remainder = coefficient - (mantissa << dropped);
    const half = 1n << (dropped - 1n);
    if (remainder > half || (remainder === half && (mantissa & 1n) === 1n)) mantissa += 1n;
    return Number(mantissa) * 2 ** unit;
  }
  // Exact: at most 53 bits times a power of two in range.
  return Number(mantissa) * 2 ** scale;
}

// ---------------------------------------------------------------------------------

/**
 * bytes as int() and float() read them: as a C string, each byte a character, where a
 * byte beyond ASCII (or a NUL) is one no grammar accepts.
 */
export function bytesAsNumberText(bytes: Uint8Array): string {
  let text = '';
  // (A chunk's bytes are the arguments of one call.)
  for (let start = 0; start < bytes.length; start += TEXT_CHUNK) {
    text += String.fromCharCode.apply(null, bytes.subarray(start, start + TEXT_CHUNK) as unknown as number[]);
  }
  return text.replace(NON_ASCII_BYTES, '\0');
}

const TEXT_CHUNK = 1024;
const NON_ASCII_BYTES = /[\x80-\xff]/g;

/** The text with non-ASCII spaces as ' ', non-ASCII decimal digits as ASCII ones, and cut at any other non-ASCII character, which becomes unreadable. */
function asciiDigitsAndSpaces(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  let ascii = '';
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint < 0x80) ascii += character;
    else if (NON_ASCII_SPACE.test(character)) ascii += ' ';
    else {
      const digit = decimalDigitValue(character, codePoint);
      // CPython's respelling stops there: nothing after such a character is read.
      if (digit === null) return ascii + UNREADABLE;
      ascii += digit.toString();
    }
  }
  return ascii;
}

/**
 * The value of a decimal digit character, or null. Unicode encodes decimal digits in
 * runs of ten, 0 to 9, so the value is the distance from the start of the run, modulo
 * ten (adjacent runs, like the mathematical digits, are whole tens). Digits Unicode
 * added after Python 3.11's version 14 are unassigned there, which the printable
 * table (generated from CPython) tells.
 */
function decimalDigitValue(character: string, codePoint: number): number | null {
  if (!DECIMAL_DIGIT.test(character) || !isPrintableCodePoint(codePoint)) return null;
  let runStart = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(runStart - 1))) runStart--;
  return (codePoint - runStart) % 10;
}

/** repr(text) cut to the length CPython's int() error message quotes. */
export function quotedRepr(text: string): string {
  const repr = strRepr(text);
  return repr.length <= QUOTED_REPR_LENGTH ? repr : Array.from(repr).slice(0, QUOTED_REPR_LENGTH).join('');
}
