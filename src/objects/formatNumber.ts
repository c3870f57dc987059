// format(value, spec) for Python's int (and bool), float and complex, as CPython 3.11's
// __format__ methods write them. Floats round correctly and half to even on the exact
// binary value, as the dtoa CPython uses does: JS's toFixed/toExponential are exact
// too but round halves up, so exact halves (and digit counts JS refuses) take a
// BigInt path.
import { complexRepr } from './complexRepr';
import { floatRepr } from './floatRepr';
import {
  type FormatSpec,
  alignText,
  checkStringLength,
  parseFormatSpec,
  repeatText,
  unknownFormatCode,
} from './formatSpec';
import { PyError } from './pyError';
import { codePointLength } from './strCodePoints';

/** CPython holds a float's precision in a C int. */
const MAX_FLOAT_PRECISION = 2 ** 31 - 1;
/** The most digits toFixed and toExponential give after the point. */
const MAX_JS_FRACTION_DIGITS = 100;
/** From here on toFixed answers in exponent notation. */
const JS_FIXED_LIMIT = 1e21;
/** 'c' takes its argument as a C long (64 bits here) before checking it is a code point. */
const C_LONG_MIN = -(2n ** 63n);
const C_LONG_MAX = 2n ** 63n - 1n;
const MAX_CODE_POINT = 0x10ffff;

const INTEGER_BASES: Readonly<Record<string, number>> = { b: 2, o: 8, x: 16, X: 16 };
const FLOAT_TYPES = new Set(['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']);
const COMPLEX_TYPES = new Set(['', 'e', 'E', 'f', 'F', 'g', 'G', 'n']);

/** A number ready for padding: [sign][prefix][digits][.][remainder], where only `digits` is grouped. */
interface NumberParts {
  negative: boolean;
  prefix: string;
  digits: string;
  hasDecimalPoint: boolean;
  remainder: string;
}

// (`typeName` is the type the error messages name: a subclass's own.)

export function formatInt(value: number | bigint | boolean, spec: string, typeName = typeof value === 'boolean' ? 'bool' : 'int'): string {
  // bool inherits int's __format__, whose empty spec means str(): 'True', not '1'.
  if (spec === '') return typeof value === 'boolean' ? (value ? 'True' : 'False') : value.toString();
  const format = parseFormatSpec(spec, typeName, 'd', '>');
  const integer = typeof value === 'boolean' ? Number(value) : value;
  switch (format.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return layOutNumber(integerParts(integer, format), format);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatAs(intToFloat(integer), format);
    default:
      throw unknownFormatCode(format.type, typeName);
  }
}

export function formatFloat(value: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(value);
  const format = parseFormatSpec(spec, typeName, '', '>');
  if (!FLOAT_TYPES.has(format.type)) throw unknownFormatCode(format.type, typeName);
  return formatFloatAs(value, format);
}

export function formatComplex(real: number, imag: number, spec: string, typeName = 'complex'): string {
  if (spec === '') return complexRepr(real, imag);
  const format = parseFormatSpec(spec, typeName, '', '>');
  if (!COMPLEX_TYPES.has(format.type)) throw unknownFormatCode(format.type, typeName);
  checkFloatPrecision(format);
  if (format.fill === '0') throw new PyError('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (format.align === '=') {
    throw new PyError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  }
  // Without a type the result reads like str(): a real part of +0.0 is left out, otherwise the pair is parenthesized.
  const untyped = format.type === '';
  const omitReal = untyped && real === 0 && !Object.is(real, -0);
  const parenthesize = untyped && !omitReal;
  // Each part is laid out unpadded; the whole is padded at the end.
  const partFormat: FormatSpec = { ...format, fill: ' ', align: '<', width: -1 };
  const realText = omitReal ? '' : layOutNumber(floatParts(real, partFormat, false), partFormat);
  const imagFormat: FormatSpec = omitReal ? partFormat : { ...partFormat, sign: '+' };
  const body = `${realText}${layOutNumber(floatParts(imag, imagFormat, false), imagFormat)}j`;
  const text = parenthesize ? `(${body})` : body;
  return alignText(text, text.length, format);
}

function intToFloat(value: number | bigint): number {
  const float = Number(value);
  if (!Number.isFinite(float)) throw new PyError('OverflowError', 'int too large to convert to float');
  return float;
}

function integerParts(value: number | bigint, format: FormatSpec): NumberParts {
  if (format.precision !== -1) throw new PyError('ValueError', 'Precision not allowed in integer format specifier');
  if (format.coerceNegativeZero) {
    throw new PyError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  if (format.type === 'c') {
    return { negative: false, prefix: '', digits: '', hasDecimalPoint: false, remainder: character(value, format) };
  }
  const base = INTEGER_BASES[format.type] ?? 10;
  const negative = value < 0;
  const digits = (negative ? -value : value).toString(base);
  return {
    negative,
    prefix: format.alternate && base !== 10 ? `0${format.type}` : '',
    digits: format.type === 'X' ? digits.toUpperCase() : digits,
    hasDecimalPoint: false,
    remainder: '',
  };
}

function character(value: number | bigint, format: FormatSpec): string {
  if (format.sign !== '') throw new PyError('ValueError', "Sign not allowed with integer format specifier 'c'");
  if (format.alternate) throw new PyError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
  if (value < C_LONG_MIN || value > C_LONG_MAX) throw new PyError('OverflowError', 'Python int too large to convert to C long');
  if (value < 0 || value > MAX_CODE_POINT) throw new PyError('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(value));
}

function checkFloatPrecision(format: FormatSpec): void {
  if (format.precision > MAX_FLOAT_PRECISION) throw new PyError('ValueError', 'precision too big');
}

function formatFloatAs(value: number, format: FormatSpec): string {
  checkFloatPrecision(format);
  const parts = floatParts(format.type === '%' ? value * 100 : value, format, true);
  if (format.type === '%') parts.remainder += '%';
  return layOutNumber(parts, format);
}

/** Pads and groups `parts` as the spec asks. */
function layOutNumber(parts: NumberParts, format: FormatSpec): string {
  const sign = parts.negative ? '-' : format.sign === '+' || format.sign === ' ' ? format.sign : '';
  const tail = parts.hasDecimalPoint ? `.${parts.remainder}` : parts.remainder;
  const fixedLength = sign.length + parts.prefix.length + codePointLength(tail);
  // Zero padding belongs to the digits, so that separators fall among the zeros as well.
  const zeroPadded = format.fill === '0' && format.align === '=';
  if (zeroPadded) checkStringLength(format.width);
  const digits = parts.digits === '' ? '' : groupDigits(parts.digits, zeroPadded ? format.width - fixedLength : 0, format);
  const length = fixedLength + digits.length;
  if (format.align === '=') {
    return sign + parts.prefix + repeatText(format.fill, Math.max(0, format.width - length)) + digits + tail;
  }
  return alignText(sign + parts.prefix + digits + tail, length, format);
}

/**
 * `digits` with the spec's separator between groups, left-padded with '0's to at least
 * `minWidth` characters. A separator never comes first: where one would, a group
 * grows by a zero instead, so the result can be one longer than asked.
 */
function groupDigits(digits: string, minWidth: number, { separator, groupSize }: FormatSpec): string {
  if (separator === '') return digits.length >= minWidth ? digits : repeatText('0', minWidth - digits.length) + digits;
  const groups: string[] = [];
  let remaining = digits.length;
  let widthLeft = Math.max(0, minWidth);
  for (;;) {
    const size = Math.min(groupSize, Math.max(remaining, widthLeft, 1));
    const taken = Math.min(remaining, size);
    groups.push(digits.slice(remaining - taken, remaining).padStart(size, '0'));
    remaining -= taken;
    widthLeft -= size;
    if (remaining <= 0 && widthLeft <= 0) break;
    widthLeft -= separator.length;
  }
  return groups.reverse().join(separator);
}

// ---- Floats as text (CPython's PyOS_double_to_string) ----

/** 'e' exponent, 'f' fixed, 'g' general, 'r' repr (shortest round-trip digits). */
type FloatStyle = 'e' | 'f' | 'g' | 'r';

/** The style of each float presentation type but the omitted one. */
const FLOAT_STYLES: Readonly<Record<string, FloatStyle>> = {
  e: 'e',
  E: 'e',
  f: 'f',
  F: 'f',
  '%': 'f',
  g: 'g',
  G: 'g',
  n: 'g',
};

/**
 * The decimal 0.DIGITS × 10^point. Digits carry no trailing zeros; they are '' when
 * rounding to a number of decimal places leaves nothing (point is then minus that number).
 */
interface Decimal {
  digits: string;
  point: number;
}

/** Zero, as dtoa writes it: one digit before the point. */
const ZERO: Decimal = { digits: '0', point: 1 };

/**
 * `x` written as the spec's type asks, for float or complex parts: an omitted type is
 * repr-like, or 'g'-like given a precision; `addDotZero` (float, not complex) then keeps
 * at least one digit after the point unless there is an exponent.
 */
function floatParts(x: number, format: FormatSpec, addDotZero: boolean): NumberParts {
  const { type, alternate } = format;
  const upper = type === 'E' || type === 'F' || type === 'G';
  // A NaN's sign bit is never shown.
  if (Number.isNaN(x)) return { negative: false, prefix: '', digits: '', hasDecimalPoint: false, remainder: upper ? 'NAN' : 'nan' };
  if (!Number.isFinite(x)) {
    return { negative: x < 0, prefix: '', digits: '', hasDecimalPoint: false, remainder: upper ? 'INF' : 'inf' };
  }

  const untyped = type === '';
  const style: FloatStyle = untyped ? (format.precision < 0 ? 'r' : 'g') : FLOAT_STYLES[type];
  const precision = format.precision >= 0 ? format.precision : untyped ? 0 : 6;
  if (style === 'f') {
    const fixed = fixedByJs(Math.abs(x), precision);
    if (fixed !== undefined) return fixedParts(x, fixed, format);
  }
  const dotZero = untyped && addDotZero;
  // 'g' takes a precision of 0 as 1: no number has fewer significant digits.
  const significant = style === 'e' ? precision + 1 : Math.max(precision, 1);
  const magnitude = Math.abs(x);
  const decimal =
    magnitude === 0 ? ZERO
    : style === 'r' ? shortestDigits(magnitude)
    : style === 'f' ? fractionDigits(magnitude, precision)
    : significantDigits(magnitude, significant);
  const roundsToZero = decimal.digits === '' || decimal.digits === '0';
  const negative = (x < 0 || Object.is(x, -0)) && !(format.coerceNegativeZero && roundsToZero);

  const { digits } = decimal;
  let { point } = decimal;
  // How many digits (from the first) are written at least: shorter digit strings are padded with zeros.
  let shownDigits = digits.length;
  let useExponent = false;
  switch (style) {
    case 'e':
      useExponent = true;
      shownDigits = significant;
      break;
    case 'f':
      shownDigits = point + precision;
      break;
    case 'g':
      useExponent = point <= -4 || point > (dotZero ? significant - 1 : significant);
      if (alternate) shownDigits = significant;
      break;
    case 'r':
      useExponent = point <= -4 || point > 16;
      break;
  }
  const exponent = point - 1;
  if (useExponent) point = 1;
  const end = Math.max(shownDigits, dotZero && !useExponent ? point + 1 : point);
  const padded = digits + repeatText('0', end - digits.length);
  const integerDigits = point <= 0 ? '0' : padded.slice(0, point);
  const fraction = point <= 0 ? repeatText('0', -point) + padded : padded.slice(point);
  const exponentText = useExponent
    ? `${upper ? 'E' : 'e'}${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`
    : '';
  return {
    negative,
    prefix: '',
    digits: integerDigits,
    // The alternate form keeps the point even with no digits after it.
    hasDecimalPoint: fraction !== '' || alternate,
    remainder: fraction + exponentText,
  };
}

/** The parts of `x` in 'f' style from `fixed`, its magnitude as JS's toFixed wrote it. */
function fixedParts(x: number, fixed: string, format: FormatSpec): NumberParts {
  const dot = fixed.indexOf('.');
  const fraction = dot === -1 ? '' : fixed.slice(dot + 1);
  const roundsToZero = format.coerceNegativeZero && /^[0.]*$/.test(fixed);
  return {
    negative: (x < 0 || Object.is(x, -0)) && !roundsToZero,
    prefix: '',
    digits: dot === -1 ? fixed : fixed.slice(0, dot),
    hasDecimalPoint: fraction !== '' || format.alternate,
    remainder: fraction,
  };
}

/** The shortest digits that read back as `x` (positive, finite). */
function shortestDigits(x: number): Decimal {
  // toExponential() without an argument gives those digits.
  return parseExponential(x.toExponential());
}

/** `x` (positive, finite, nonzero) rounded to `count` significant digits. */
function significantDigits(x: number, count: number): Decimal {
  if (count - 1 <= MAX_JS_FRACTION_DIGITS && !Number.isInteger(x) && !mayBeHalfwayAtDigit(x, count)) {
    return parseExponential(x.toExponential(count - 1));
  }
  return roundDecimal(exactDecimal(x), count);
}

/** The decimal JS writes in exponent notation: d.ddde±n, or de±n. */
function parseExponential(text: string): Decimal {
  const exponentAt = text.indexOf('e');
  const digits = exponentAt > 1 ? text[0] + text.slice(2, exponentAt) : text[0];
  return { digits: withoutTrailingZeros(digits), point: Number(text.slice(exponentAt + 1)) + 1 };
}

/** `x` (positive, finite, nonzero) rounded to `count` digits after the point. */
function fractionDigits(x: number, count: number): Decimal {
  const fixed = fixedByJs(x, count);
  if (fixed !== undefined) return parseFixed(fixed);
  const exact = exactDecimal(x);
  const rounded = roundDecimal(exact, exact.point + count);
  return rounded.digits === '' ? { digits: '', point: -count } : rounded;
}

/** x.toFixed(count) for `x` (positive, finite) when JS writes it as CPython would, else undefined. */
export function fixedByJs(x: number, count: number): string | undefined {
  if (count > MAX_JS_FRACTION_DIGITS || x >= JS_FIXED_LIMIT) return undefined;
  // x has at most n binary places exactly when x × 2^n (a product without rounding) is an
  // integer. x lies halfway between two results only when it has count + 1 binary places,
  // as its decimal expansion has as many places as its binary one and ends in 5.
  const halfway = Number.isInteger(x * 2 ** (count + 1)) && !Number.isInteger(x * 2 ** count);
  return halfway ? undefined : x.toFixed(count);
}

/**
 * Whether a non-integer `x` could lie exactly halfway between two `count`-digit decimals.
 * Its decimal expansion has as many places as its binary one (k) and ends in 5, so that
 * happens when it has count + 1 significant digits: when point + k = count + 1. The
 * decimal point is estimated with a logarithm, so its neighbours count too.
 */
function mayBeHalfwayAtDigit(x: number, count: number): boolean {
  const places = -oddTimesPowerOfTwo(x).exponent;
  const point = Math.floor(Math.log10(x)) + 1;
  return Math.abs(point + places - (count + 1)) <= 1;
}

function parseFixed(text: string): Decimal {
  const dot = text.indexOf('.');
  const integerDigits = dot === -1 ? text : text.slice(0, dot);
  const allDigits = dot === -1 ? text : integerDigits + text.slice(dot + 1);
  let firstNonzero = 0;
  while (firstNonzero < allDigits.length && allDigits[firstNonzero] === '0') firstNonzero++;
  return { digits: withoutTrailingZeros(allDigits.slice(firstNonzero)), point: integerDigits.length - firstNonzero };
}

function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 0x30) end--;
  return digits.slice(0, end);
}

/** The exact decimal value of `x` (positive, finite, nonzero). */
function exactDecimal(x: number): Decimal {
  if (Number.isInteger(x)) {
    // Up to 2^53, String() writes an integral double exactly.
    const text = x <= Number.MAX_SAFE_INTEGER ? String(x) : BigInt(x).toString();
    return { digits: withoutTrailingZeros(text), point: text.length };
  }
  // odd / 2^k = odd × 5^k / 10^k.
  const { odd, exponent } = oddTimesPowerOfTwo(x);
  const text = (BigInt(odd) * 5n ** BigInt(-exponent)).toString();
  return { digits: text, point: text.length + exponent };
}

/** The exact `decimal` rounded to its first `keep` digits, half to even. */
function roundDecimal({ digits, point }: Decimal, keep: number): Decimal {
  if (keep >= digits.length) return { digits, point };
  if (keep < 0) return { digits: '', point };
  const next = digits.charCodeAt(keep) - 0x30;
  const moreAfterNext = digits.length > keep + 1;
  const lastKeptIsOdd = keep > 0 && (digits.charCodeAt(keep - 1) - 0x30) % 2 === 1;
  const roundUp = next > 5 || (next === 5 && (moreAfterNext || lastKeptIsOdd));
  if (!roundUp) return { digits: withoutTrailingZeros(digits.slice(0, keep)), point };
  let last = keep - 1;
  while (last >= 0 && digits[last] === '9') last--;
  if (last < 0) return { digits: '1', point: point + 1 };
  return { digits: digits.slice(0, last) + String.fromCharCode(digits.charCodeAt(last) + 1), point };
}

const doubleBits = new DataView(new ArrayBuffer(8));

/** `x` (positive, finite, nonzero) as odd × 2^exponent, read from its IEEE 754 bits. */
function oddTimesPowerOfTwo(x: number): { odd: number; exponent: number } {
  doubleBits.setFloat64(0, x);
  const high = doubleBits.getUint32(0);
  const low = doubleBits.getUint32(4);
  const biasedExponent = high >>> 20;
  // Normal numbers have an implicit leading 1 bit; subnormals (biased exponent 0) do not.
  const highMantissa = (high & 0xfffff) | (biasedExponent === 0 ? 0 : 0x100000);
  const trailingZeros = low !== 0 ? countTrailingZeros(low) : 32 + countTrailingZeros(highMantissa);
  return {
    odd: (highMantissa * 2 ** 32 + low) / 2 ** trailingZeros,
    exponent: Math.max(biasedExponent, 1) - 1075 + trailingZeros,
  };
}

function countTrailingZeros(word: number): number {
  return 31 - Math.clz32(word & -word);
}
