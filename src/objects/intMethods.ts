// The methods of Python's int and the built-ins that work on ints (divmod, pow with a
// modulus, round), as pure functions. Ints arrive as JS numbers, bigints or booleans
// (bool is an int) and leave normalised by pyInt; Python's exceptions are PyErrors.
import { pyInt } from '../ast/constant';
import { binaryOperation, bigIntOf, intBitLength, type IntValue } from '../compiler/constantFolding';
import { PyError } from './pyError';

export type Int = number | bigint;

/** The range of a C Py_ssize_t, which lengths and counts must fit. */
const SSIZE_MIN = -(2n ** 63n);
const SSIZE_MAX = 2n ** 63n - 1n;

/** A length argument as a JS number; OverflowError where CPython cannot hold it in a Py_ssize_t. */
export function ssizeOf(value: IntValue): number {
  const big = bigIntOf(value);
  if (big < SSIZE_MIN || big > SSIZE_MAX) throw new PyError('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(big);
}

// ---------------------------------------------------------------------------------
// Arithmetic that can divide by zero: constant folding computes it, and reports a
// zero divisor as undefined, for which the VM must raise.

function isZero(value: IntValue): boolean {
  return bigIntOf(value) === 0n;
}

/** a // b. */
export function intFloorDivide(a: IntValue, b: IntValue): Int {
  if (isZero(b)) throw new PyError('ZeroDivisionError', 'integer division or modulo by zero');
  return binaryOperation('FloorDiv', a, b) as Int;
}

/** a % b: the remainder takes the divisor's sign. */
export function intModulo(a: IntValue, b: IntValue): Int {
  if (isZero(b)) throw new PyError('ZeroDivisionError', 'integer modulo by zero');
  return binaryOperation('Mod', a, b) as Int;
}

/** divmod(a, b). */
export function intDivmod(a: IntValue, b: IntValue): [Int, Int] {
  if (isZero(b)) throw new PyError('ZeroDivisionError', 'integer division or modulo by zero');
  return [binaryOperation('FloorDiv', a, b) as Int, binaryOperation('Mod', a, b) as Int];
}

/** a / b: the correctly rounded float quotient. */
export function intTrueDivide(a: IntValue, b: IntValue): number {
  if (isZero(b)) throw new PyError('ZeroDivisionError', 'division by zero');
  const quotient = binaryOperation('Div', a, b);
  // Folding gives up (undefined) only when the quotient overflows a double.
  if (quotient === undefined) throw new PyError('OverflowError', 'integer division result too large for a float');
  return (quotient as { value: number }).value;
}

/**
 * pow(base, exponent, modulus). The result takes the modulus's sign; a negative
 * exponent raises base's inverse modulo the modulus.
 */
export function intPowMod(base: IntValue, exponent: IntValue, modulus: IntValue): Int {
  if (typeof base === 'number' && typeof exponent === 'number' && typeof modulus === 'number' && exponent >= 0 && modulus !== 0 && Math.abs(modulus) <= SQUARE_ROOT_OF_SAFE) {
    return smallPowMod(base, exponent, modulus);
  }
  let m = bigIntOf(modulus);
  if (m === 0n) throw new PyError('ValueError', 'pow() 3rd argument cannot be 0');
  const negativeModulus = m < 0n;
  if (negativeModulus) m = -m;
  // Everything is 0 modulo 1, even an inverse that does not exist.
  if (m === 1n) return 0;
  let b = floorModulo(bigIntOf(base), m);
  let e = bigIntOf(exponent);
  if (e < 0n) {
    b = modularInverse(b, m);
    e = -e;
  }
  let result = 1n;
  for (; e > 0n; e >>= 1n) {
    if ((e & 1n) === 1n) result = (result * b) % m;
    b = (b * b) % m;
  }
  return pyInt(negativeModulus && result !== 0n ? result - m : result);
}

/** Below this, the product of two residues is a safe integer: pow(x, n, m) needs no bigint. */
const SQUARE_ROOT_OF_SAFE = 94906265;

/** intPowMod for numbers, the modulus's magnitude at most SQUARE_ROOT_OF_SAFE, the exponent not negative. */
function smallPowMod(base: number, exponent: number, modulus: number): number {
  const m = Math.abs(modulus);
  if (m === 1) return 0;
  let b = ((base % m) + m) % m;
  let result = 1;
  for (let e = exponent; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = (result * b) % m;
    b = (b * b) % m;
  }
  return modulus < 0 && result !== 0 ? result - m : result;
}

function floorModulo(a: bigint, m: bigint): bigint {
  const remainder = a % m;
  return remainder < 0n ? remainder + m : remainder;
}

/** x with x * value % m == 1, for 0 <= value < m (extended Euclid). */
function modularInverse(value: bigint, m: bigint): bigint {
  let [oldRemainder, remainder] = [value, m];
  let [oldCoefficient, coefficient] = [1n, 0n];
  while (remainder !== 0n) {
    const quotient = oldRemainder / remainder;
    [oldRemainder, remainder] = [remainder, oldRemainder - quotient * remainder];
    [oldCoefficient, coefficient] = [coefficient, oldCoefficient - quotient * coefficient];
  }
  if (oldRemainder !== 1n) throw new PyError('ValueError', 'base is not invertible for the given modulus');
  return floorModulo(oldCoefficient, m);
}

// ---------------------------------------------------------------------------------
// round()

/**
 * round(value, ndigits) for an int: itself for ndigits absent or non-negative,
 * otherwise the nearest multiple of 10**-ndigits, ties to the even multiple.
 */
export function intRound(value: IntValue, ndigits?: IntValue | null): Int {
  const x = bigIntOf(value);
  if (ndigits === undefined || ndigits === null || bigIntOf(ndigits) >= 0n) return pyInt(x);
  const places = -bigIntOf(ndigits);
  // 10**places above twice |x| rounds everything to 0 (and would be too big to compute for a huge places).
  if (places > BigInt(Math.ceil(intBitLength(x) * Math.log10(2))) + 1n) return 0;
  const unit = 10n ** places;
  return pyInt(roundToMultiple(x, unit));
}

/** The multiple of unit (> 0) nearest to x, ties to the even multiple. */
function roundToMultiple(x: bigint, unit: bigint): bigint {
  let quotient = x / unit;
  let remainder = x % unit;
  if (remainder < 0n) {
    quotient -= 1n;
    remainder += unit;
  }
  const twiceRemainder = 2n * remainder;
  if (twiceRemainder > unit || (twiceRemainder === unit && (quotient & 1n) === 1n)) quotient += 1n;
  return quotient * unit;
}

// ---------------------------------------------------------------------------------
// Methods.

/** int.as_integer_ratio(). */
export function intAsIntegerRatio(value: IntValue): [Int, Int] {
  return [pyInt(bigIntOf(value)), 1];
}

/** int.bit_length(): the bits of |value|. */
export { intBitLength };

/** int.bit_count(): the one bits of |value|. */
export function intBitCount(value: IntValue): number {
  const magnitude = bigIntOf(value);
  let ones = 0;
  for (const bit of (magnitude < 0n ? -magnitude : magnitude).toString(2)) if (bit === '1') ones++;
  return ones;
}

export type ByteOrder = 'big' | 'little';

function checkByteOrder(byteorder: string): asserts byteorder is ByteOrder {
  if (byteorder !== 'big' && byteorder !== 'little') throw new PyError('ValueError', "byteorder must be either 'little' or 'big'");
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False), with 3.11's defaults. */
export function intToBytes(value: IntValue, length: IntValue = 1, byteorder: string = 'big', signed = false): Uint8Array {
  const size = ssizeOf(length);
  checkByteOrder(byteorder);
  if (size < 0) throw new PyError('ValueError', 'length argument must be non-negative');
  const x = bigIntOf(value);
  if (x < 0n && !signed) throw new PyError('OverflowError', "can't convert negative int to unsigned");
  const bits = size * 8;
  // Two's complement needs a sign bit: -2**(bits-1) <= x < 2**(bits-1) when signed
  // (and 0 fits even no bytes).
  const magnitudeBits = intBitLength(x < 0n ? -x - 1n : x);
  if (x !== 0n && magnitudeBits > (signed ? bits - 1 : bits)) throw new PyError('OverflowError', 'int too big to convert');
  let remaining = BigInt.asUintN(bits, x);
  const bytes = new Uint8Array(size);
  for (let i = size - 1; i >= 0 && remaining !== 0n; i--) {
    bytes[i] = Number(remaining & 0xffn);
    remaining >>= 8n;
  }
  return byteorder === 'little' ? bytes.reverse() : bytes;
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False), with 3.11's defaults. */
export function intFromBytes(bytes: Uint8Array, byteorder: string = 'big', signed = false): Int {
  checkByteOrder(byteorder);
  // Read in place, most significant byte first (bytes may be a Buffer, whose slice() is a view).
  const last = bytes.length - 1;
  let hex = '0x0';
  for (let i = 0; i <= last; i++) hex += bytes[byteorder === 'big' ? i : last - i].toString(16).padStart(2, '0');
  const unsigned = BigInt(hex);
  return pyInt(signed ? BigInt.asIntN(bytes.length * 8, unsigned) : unsigned);
}
