// int's arithmetic and methods. An int is a JS number while it is a safe integer and a
// bigint beyond; every result is normalised so that the same value always has the same
// form (the VM's fast paths test `typeof x === 'number'`). bool is an int too, held as a
// JS boolean; instances of int subclasses are boxed (PyIntSubclassInstance).
import { pyInt } from '../ast/constant';
import { PyObject, type Py } from './object';
import type { PyType } from './type';
import { MemoryError, newException, OverflowError, type PyBaseException, ValueError, ZeroDivisionError } from './exceptions';

export type Int = number | bigint;

export class PyIntSubclassInstance extends PyObject {
  constructor(cls: PyType, public value: Int) {
    super(cls);
  }
}

/** The int value of an int, bool or int-subclass instance; undefined for anything else. */
export function intValue(value: Py): Int | undefined {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return value;
    case 'boolean':
      return value ? 1 : 0;
  }
  return value instanceof PyIntSubclassInstance ? value.value : undefined;
}

export function isIntLike(value: Py): boolean {
  return intValue(value) !== undefined;
}

/** A bigint as a JS number when it is safe; undefined when it is not. */
export function bigIntToSafe(value: bigint): number | undefined {
  return value >= -9007199254740991n && value <= 9007199254740991n ? Number(value) : undefined;
}

const big = (value: Int): bigint => (typeof value === 'bigint' ? value : BigInt(value));

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    if (Number.isSafeInteger(sum)) return sum;
  }
  return pyInt(big(a) + big(b));
}

export function intSubtract(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const difference = a - b;
    if (Number.isSafeInteger(difference)) return difference;
  }
  return pyInt(big(a) - big(b));
}

export function intMultiply(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const product = a * b;
    if (Number.isSafeInteger(product)) return product === 0 ? 0 : product;
  }
  return pyInt(big(a) * big(b));
}

/** The ZeroDivisionErrors of an int divided by int zero: by `//` (and divmod), by `%`, by `/`. */
export const integerDivisionByZero = (): PyBaseException => newException(ZeroDivisionError, 'integer division or modulo by zero');
export const integerModuloByZero = (): PyBaseException => newException(ZeroDivisionError, 'integer modulo by zero');
export const divisionByZero = (): PyBaseException => newException(ZeroDivisionError, 'division by zero');

export function intFloorDivide(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw integerDivisionByZero();
    // Two safe integers are closer than one part in 2**53 only when their quotient is an integer, so the floor of the rounded quotient is exact.
    const quotient = Math.floor(a / b);
    if (Number.isSafeInteger(quotient)) return quotient === 0 ? 0 : quotient;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw integerDivisionByZero();
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return pyInt(q);
}

export function intModulo(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw integerModuloByZero();
    const remainder = a % b;
    if (remainder === 0) return 0;
    return (remainder < 0) !== (b < 0) ? remainder + b : remainder;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw integerModuloByZero();
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return pyInt(r);
}

export function intNegate(a: Int): Int {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return pyInt(-a);
}

export function intInvert(a: Int): Int {
  // ~(2**53 - 1) is the one safe integer whose inversion is not.
  if (typeof a === 'number' && a !== Number.MAX_SAFE_INTEGER) return -a - 1;
  return pyInt(-big(a) - 1n);
}

export function intPower(a: Int, b: Int): Int | number | 'float' {
  // A negative exponent gives a float; the caller computes it.
  if (b < 0) return 'float';
  if (typeof a === 'number' && typeof b === 'number') {
    const result = a ** b;
    if (Number.isSafeInteger(result)) return result;
  }
  const exponent = big(b);
  const base = big(a);
  if (base === 0n || base === 1n) return Number(base);
  if (base === -1n) return exponent % 2n === 0n ? 1 : -1;
  if (exponent > 1_000_000_000n) throw newException(MemoryError, '');
  return pyInt(base ** exponent);
}

export function intLeftShift(a: Int, b: Int): Int {
  if (b < 0) throw newException(ValueError, 'negative shift count');
  if (typeof a === 'number' && typeof b === 'number' && b < 53) {
    // Scaling by a power of two is exact in a double, so a safe result is the exact one.
    const shifted = a * 2 ** b;
    if (Number.isSafeInteger(shifted)) return shifted;
  }
  if (big(b) > 2n ** 31n) {
    if (big(a) === 0n) return 0;
    throw newException(OverflowError, 'too many digits in integer');
  }
  return pyInt(big(a) << big(b));
}

export function intRightShift(a: Int, b: Int): Int {
  if (b < 0) throw newException(ValueError, 'negative shift count');
  if (typeof a === 'number' && typeof b === 'number') {
    if (b >= 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b);
  }
  if (big(b) > 2n ** 62n) return big(a) < 0n ? -1 : 0;
  return pyInt(big(a) >> big(b));
}

export function intAnd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') return (a | 0) === a && (b | 0) === b ? a & b : safeBitwise(a, b, Bitwise.AND);
  return pyInt(big(a) & big(b));
}

export function intOr(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') return (a | 0) === a && (b | 0) === b ? a | b : safeBitwise(a, b, Bitwise.OR);
  return pyInt(big(a) | big(b));
}

export function intXor(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') return (a | 0) === a && (b | 0) === b ? a ^ b : safeBitwise(a, b, Bitwise.XOR);
  return pyInt(big(a) ^ big(b));
}

const enum Bitwise {
  AND,
  OR,
  XOR,
}

const TWO_TO_32 = 4294967296;

/**
 * A bitwise operation on two safe integers past 32 bits (hashes masked with 0xFFFFFFFF),
 * without bigints: JS's operators take 32 bits, so the operands go as a high half (their
 * floor divided by 2**32: at most 22 bits and a sign, which the 32-bit operators take
 * whole) and a low half (the remaining 32 bits, unsigned). Two's complement works bit by
 * bit, so the halves of the result are the operations on the halves, and the result is
 * a safe integer again.
 */
function safeBitwise(a: number, b: number, op: Bitwise): number {
  const highA = Math.floor(a / TWO_TO_32);
  const highB = Math.floor(b / TWO_TO_32);
  const lowA = a - highA * TWO_TO_32;
  const lowB = b - highB * TWO_TO_32;
  switch (op) {
    case Bitwise.AND: return (highA & highB) * TWO_TO_32 + ((lowA & lowB) >>> 0);
    case Bitwise.OR: return (highA | highB) * TWO_TO_32 + ((lowA | lowB) >>> 0);
    case Bitwise.XOR: return (highA ^ highB) * TWO_TO_32 + ((lowA ^ lowB) >>> 0);
  }
}

export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** float(value) for an int: correctly rounded, OverflowError past the float range. */
export function intToFloat(value: Int): number {
  const converted = Number(value);
  if (!Number.isFinite(converted)) throw newException(OverflowError, 'int too large to convert to float');
  return converted;
}

/** A true-division quotient a / b, correctly rounded. */
export function intTrueDivide(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw divisionByZero();
    return a / b;
  }
  if (big(b) === 0n) throw divisionByZero();
  return trueDivideBig(big(a), big(b));
}

/**
 * The correctly rounded quotient of two bigints: at least 55 quotient bits plus a sticky
 * bit, rounded half-even by hand at the result's last place (2**-1074 for a subnormal,
 * which a double's own rounding of the quotient would round twice).
 */
function trueDivideBig(a: bigint, b: bigint): number {
  const negative = (a < 0n) !== (b < 0n);
  let n = a < 0n ? -a : a;
  let d = b < 0n ? -b : b;
  const shift = bitLength(n) - bitLength(d) - 55;
  if (shift > 0) d <<= BigInt(shift);
  else n <<= BigInt(-shift);
  let q = n / d;
  if (n % d !== 0n) q |= 1n;
  // q * 2**shift is the quotient; its last place in a double is 53 bits below its top bit.
  const lastPlace = Math.max(shift + bitLength(q) - 53, MIN_SUBNORMAL_EXPONENT);
  const dropped = BigInt(lastPlace - shift);
  let significand = q >> dropped;
  const remainder = q & ((1n << dropped) - 1n);
  const half = 1n << (dropped - 1n);
  if (remainder > half || (remainder === half && (significand & 1n) === 1n)) significand += 1n;
  const result = Number(significand) * 2 ** lastPlace;
  if (!Number.isFinite(result)) throw newException(OverflowError, 'integer division result too large for a float');
  return negative ? -result : result;
}

/** The exponent of the smallest subnormal double, 2**-1074. */
const MIN_SUBNORMAL_EXPONENT = -1074;

export function bitLength(value: bigint): number {
  if (value < 0n) value = -value;
  return value === 0n ? 0 : value.toString(2).length;
}

export function isBool(value: Py): value is boolean {
  return typeof value === 'boolean';
}
