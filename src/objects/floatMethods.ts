// The methods of Python's float and the built-ins that work on floats (divmod,
// round, int()), as pure functions on JS numbers; Python's exceptions are PyErrors.
import { PyFloat, pyInt } from '../ast/constant';
import { binaryOperation, bigIntOf, type IntValue } from '../compiler/constantFolding';
import type { Int } from './intMethods';
import { PyError } from './pyError';
import { fixedByJs } from './formatNumber';

/** float(value) for an int, correctly rounded. */
export function floatFromInt(value: IntValue): number {
  const converted = Number(bigIntOf(value));
  if (!Number.isFinite(converted)) throw new PyError('OverflowError', 'int too large to convert to float');
  return converted;
}

/** int(x) for a float: truncated towards zero. */
export function floatToInt(x: number): Int {
  if (Number.isNaN(x)) throw new PyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'cannot convert float infinity to integer');
  return pyInt(BigInt(Math.trunc(x)));
}

// ---------------------------------------------------------------------------------
// Arithmetic that can divide by zero: constant folding computes it (floor division
// and modulo derived from fmod, as CPython does), and reports a zero divisor as
// undefined, for which the VM must raise.

function folded(op: 'FloorDiv' | 'Mod' | 'Div', a: number, b: number): number {
  return (binaryOperation(op, new PyFloat(a), new PyFloat(b)) as PyFloat).value;
}

/** a // b. */
export function floatFloorDivide(a: number, b: number): number {
  if (b === 0) throw new PyError('ZeroDivisionError', 'float floor division by zero');
  return folded('FloorDiv', a, b);
}

/** a % b: the remainder takes the divisor's sign. */
export function floatModulo(a: number, b: number): number {
  if (b === 0) throw new PyError('ZeroDivisionError', 'float modulo');
  return folded('Mod', a, b);
}

/** divmod(a, b). */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw new PyError('ZeroDivisionError', 'float divmod()');
  return [folded('FloorDiv', a, b), folded('Mod', a, b)];
}

/** a / b. */
export function floatTrueDivide(a: number, b: number): number {
  if (b === 0) throw new PyError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

// ---------------------------------------------------------------------------------
// Methods.

/** float.is_integer(). */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.trunc(x) === x;
}

/** float.as_integer_ratio(): the exact value as a fraction in lowest terms, with a positive denominator. */
export function floatAsIntegerRatio(x: number): [Int, Int] {
  if (Number.isNaN(x)) throw new PyError('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'cannot convert Infinity to integer ratio');
  const { numerator, denominator } = exactRatio(x);
  return [pyInt(numerator), pyInt(denominator)];
}

/**
 * A finite x as numerator / 2**k with k as small as possible, so that the fraction is
 * in lowest terms. Doubling is exact, and at most 1074 doublings make any double integral.
 */
function exactRatio(x: number): { numerator: bigint; denominator: bigint } {
  let scaled = x;
  let exponent = 0n;
  while (Math.trunc(scaled) !== scaled) {
    scaled *= 2;
    exponent++;
  }
  return { numerator: BigInt(scaled), denominator: 1n << exponent };
}

/** The 13 hex digits a float's 52 fraction bits make. */
const FRACTION_HEX_DIGITS = 13;
const MIN_NORMAL_EXPONENT = -1022;

/** float.hex(): '0x1.8000000000000p+1'; subnormals as '0x0.…p-1022'. */
export function floatHex(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biasedExponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = (bits & ((1n << 52n) - 1n)).toString(16).padStart(FRACTION_HEX_DIGITS, '0');
  const leading = biasedExponent === 0 ? '0' : '1';
  const exponent = biasedExponent === 0 ? MIN_NORMAL_EXPONENT : biasedExponent - 1023;
  return `${sign}0x${leading}.${fraction}p${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
}

// ---------------------------------------------------------------------------------
// round()

/** round(x): the nearest int, ties to even. */
export function floatRoundToInt(x: number): Int {
  if (!Number.isFinite(x)) return floatToInt(x);
  const floor = Math.floor(x);
  // Exact: x and its floor are within one unit of the same binade.
  const fraction = x - floor;
  const roundUp = fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0);
  return pyInt(BigInt(roundUp ? floor + 1 : floor));
}

/**
 * Past this many decimal places every double is already exact (the smallest
 * subnormal has 1074 binary places), and before the negative of this one every
 * double rounds to 0; CPython short-cuts both.
 */
const MAX_USEFUL_NDIGITS = 323n;
const MIN_USEFUL_NDIGITS = -308n;

/**
 * round(x, ndigits): the exact value of x rounded to a multiple of 10**-ndigits
 * (ties to even), then correctly rounded back to a double; the sign of x survives a
 * zero result.
 */
export function floatRound(x: number, ndigits: IntValue): number {
  const places = bigIntOf(ndigits);
  if (!Number.isFinite(x) || places > MAX_USEFUL_NDIGITS) return x;
  if (places < MIN_USEFUL_NDIGITS) return 0 * x;
  const n = Number(places);
  // (JS writes the decimal as CPython's dtoa does but for exact halves; Number() reads it back correctly rounded, as strtod.)
  const fixed = n >= 0 ? fixedByJs(Math.abs(x), n) : undefined;
  const magnitude = fixed !== undefined ? Number(fixed) : exactlyRounded(Math.abs(x), n);
  if (magnitude === Infinity) throw new PyError('OverflowError', 'rounded value too large to represent');
  return x < 0 || Object.is(x, -0) ? -magnitude : magnitude;
}

/** |x| rounded to a multiple of 10**-n, ties to even, in exact arithmetic, read back correctly rounded. */
function exactlyRounded(magnitudeOfX: number, n: number): number {
  const { numerator, denominator } = exactRatio(magnitudeOfX);
  // |x| * 10**n = scaledNumerator / scaledDenominator.
  const scaledNumerator = n >= 0 ? numerator * 10n ** BigInt(n) : numerator;
  const scaledDenominator = n >= 0 ? denominator : denominator * 10n ** BigInt(-n);
  let quotient = scaledNumerator / scaledDenominator;
  const twiceRemainder = 2n * (scaledNumerator - quotient * scaledDenominator);
  if (twiceRemainder > scaledDenominator || (twiceRemainder === scaledDenominator && (quotient & 1n) === 1n)) quotient += 1n;
  // Number() reads decimal notation correctly rounded.
  return Number(`${quotient}e${-n}`);
}
