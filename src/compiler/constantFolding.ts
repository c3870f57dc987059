// What Python 3.11 computes for the operations the AST optimizer folds, applied to
// constant values: the arithmetic of int, bool, float and complex (floats are IEEE
// doubles; floor division, modulo, powers and mixed types follow CPython's number
// objects), str/bytes/tuple concatenation, repetition and indexing, and truth values.
//
// Every operation returns `undefined` where Python raises (TypeError,
// ZeroDivisionError, OverflowError, ValueError, IndexError): the optimizer then leaves
// the expression alone, to raise when it runs. The optimizer's own refusals (results
// too big to be worth a constant) are its business, not this module's.
//
// The C library functions CPython calls for powers (pow, and for complex powers hypot,
// atan2, exp, log, cos and sin) are computed here correctly rounded. glibc's results
// are nearly always the correctly rounded ones (on random arguments glibc 2.36 is a
// unit in the last place off for about 1 pow in 1,500 and 1 hypot in 250), while
// JavaScript's Math functions are off for about 1 pow in 10, so this is as close to
// CPython as pyvm can get without glibc's own algorithms.
import { CodePointStr, Ellipsis, PyBytes, PyComplex, PyFloat, pyInt, type ConstantValue } from '../ast/constant';
import { CodeObject } from '../bytecode/code';
import { ConstFrozenSet, ConstTuple, type CodeConstant } from '../bytecode/constants';
import type * as ast from '../ast/nodes';
import { positivePower as fastPositivePower } from '../objects/libm/power';

/** What a Constant node holds once folded: an AST constant, or a tuple or frozenset of constants. */
export type ConstValue = ConstantValue | ConstTuple | ConstFrozenSet;

export type BinaryOperator = ast.operator['_kind'];
export type UnaryOperator = ast.unaryop['_kind'];

/** A Python int, bools included (a bool is an int whose operations mostly return ints). */
export type IntValue = boolean | number | bigint;

export function isInt(value: ConstValue): value is IntValue {
  const type = typeof value;
  return type === 'boolean' || type === 'number' || type === 'bigint';
}

export function bigIntOf(value: IntValue): bigint {
  return typeof value === 'bigint' ? value : BigInt(value);
}

/** The number of bits of |value| (CPython's _PyLong_NumBits): 0 for 0. */
export function intBitLength(value: IntValue): number {
  const magnitude = abs(bigIntOf(value));
  return magnitude === 0n ? 0 : magnitude.toString(2).length;
}

/** A str, bytes or tuple: the constants that concatenate, repeat and index. */
export type SequenceValue = string | PyBytes | ConstTuple;

export function isSequence(value: ConstValue): value is SequenceValue {
  return typeof value === 'string' || value instanceof PyBytes || value instanceof ConstTuple;
}

/** len(): code points for a str, bytes for bytes, items for a tuple. */
export function sequenceLength(sequence: SequenceValue): number {
  if (typeof sequence === 'string') return codePointsOf(sequence).length;
  return sequence instanceof PyBytes ? sequence.bytes.length : sequence.items.length;
}

// ---------------------------------------------------------------------------------
// The operations.

export function unaryOperation(op: UnaryOperator, operand: ConstValue): ConstValue | undefined {
  if (op === 'Not') return !isTrue(operand);
  if (isInt(operand)) {
    const value = bigIntOf(operand);
    switch (op) {
      case 'UAdd': return pyInt(value);
      case 'USub': return pyInt(-value);
      case 'Invert': return pyInt(-value - 1n);
    }
  }
  if (op === 'Invert') return undefined;
  const negate = op === 'USub';
  if (operand instanceof PyFloat) return negate ? new PyFloat(-operand.value) : operand;
  if (operand instanceof PyComplex) return negate ? new PyComplex(-operand.real, -operand.imag) : operand;
  return undefined;
}

/**
 * `left op right`. Printf-style `str % x` and `bytes % x` are not implemented (and
 * give undefined): CPython's optimizer never folds them.
 */
export function binaryOperation(op: BinaryOperator, left: ConstValue, right: ConstValue): ConstValue | undefined {
  switch (op) {
    case 'Add':
      return isSequence(left) ? concatenate(left, right) : numeric(left, right, ADD);
    case 'Mult':
      if (isSequence(left) && isInt(right)) return repeat(left, right);
      if (isInt(left) && isSequence(right)) return repeat(right, left);
      return numeric(left, right, MULTIPLY);
    case 'Sub': return numeric(left, right, SUBTRACT);
    case 'Div': return numeric(left, right, TRUE_DIVIDE);
    case 'FloorDiv': return numeric(left, right, FLOOR_DIVIDE);
    case 'Mod': return numeric(left, right, REMAINDER);
    case 'Pow': return numeric(left, right, POWER);
    case 'LShift': return integers(left, right, shiftLeft);
    case 'RShift': return integers(left, right, (a, b) => (b < 0n ? undefined : pyInt(a >> b)));
    case 'BitAnd': return bitwise(left, right, (a, b) => a & b);
    case 'BitOr': return bitwise(left, right, (a, b) => a | b);
    case 'BitXor': return bitwise(left, right, (a, b) => a ^ b);
    // No constant type implements @.
    case 'MatMult': return undefined;
  }
}

/** `container[index]` for a str, bytes or tuple and an int index. */
export function subscript(container: ConstValue, index: ConstValue): ConstValue | undefined {
  if (!isSequence(container) || !isInt(index)) return undefined;
  const items = typeof container === 'string' ? codePointsOf(container) : container instanceof PyBytes ? container.bytes : container.items;
  let position = bigIntOf(index);
  if (position < 0n) position += BigInt(items.length);
  if (position < 0n || position >= BigInt(items.length)) return undefined;
  // A tuple built by folding holds folded constants, never code objects.
  return items[Number(position)] as ConstValue;
}

/** bool(value), for any constant a code object can hold. */
export function isTrue(value: CodeConstant): boolean {
  if (value === null) return false;
  if (value === Ellipsis || value instanceof CodeObject) return true;
  switch (typeof value) {
    case 'boolean': return value;
    case 'number': return value !== 0;
    case 'bigint': return value !== 0n;
    case 'string': return value.length > 0;
  }
  if (value instanceof CodePointStr) return value.codePoints.length > 0;
  if (value instanceof PyFloat) return value.value !== 0;
  if (value instanceof PyComplex) return value.real !== 0 || value.imag !== 0;
  if (value instanceof PyBytes) return value.bytes.length > 0;
  return value.items.length > 0;
}

// ---------------------------------------------------------------------------------
// Sequences.

function codePointsOf(text: string): string[] {
  return Array.from(text);
}

function concatenate(left: SequenceValue, right: ConstValue): ConstValue | undefined {
  if (typeof left === 'string') return typeof right === 'string' ? left + right : undefined;
  if (left instanceof PyBytes) {
    if (!(right instanceof PyBytes)) return undefined;
    const joined = new Uint8Array(left.bytes.length + right.bytes.length);
    joined.set(left.bytes);
    joined.set(right.bytes, left.bytes.length);
    return new PyBytes(joined);
  }
  return right instanceof ConstTuple ? new ConstTuple([...left.items, ...right.items]) : undefined;
}

/** The repeat count must fit a C Py_ssize_t, or Python raises OverflowError. */
const SSIZE_MIN = -(2n ** 63n);
const SSIZE_MAX = 2n ** 63n - 1n;

/** `sequence * count`; a huge count for a non-empty sequence is the caller's to refuse. */
function repeat(sequence: SequenceValue, count: IntValue): ConstValue | undefined {
  const times = bigIntOf(count);
  if (times < SSIZE_MIN || times > SSIZE_MAX) return undefined;
  if (sequenceLength(sequence) === 0) return sequence;
  const n = times > 0n ? Number(times) : 0;
  if (typeof sequence === 'string') return sequence.repeat(n);
  if (sequence instanceof PyBytes) {
    const repeated = new Uint8Array(sequence.bytes.length * n);
    for (let i = 0; i < n; i++) repeated.set(sequence.bytes, i * sequence.bytes.length);
    return new PyBytes(repeated);
  }
  const items = [];
  for (let i = 0; i < n; i++) items.push(...sequence.items);
  return new ConstTuple(items);
}

// ---------------------------------------------------------------------------------
// Integers.

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function integers(left: ConstValue, right: ConstValue, operation: (a: bigint, b: bigint) => ConstValue | undefined): ConstValue | undefined {
  return isInt(left) && isInt(right) ? operation(bigIntOf(left), bigIntOf(right)) : undefined;
}

/** &, | and ^ give a bool when both operands are bools. */
function bitwise(left: ConstValue, right: ConstValue, operation: (a: bigint, b: bigint) => bigint): ConstValue | undefined {
  if (typeof left === 'boolean' && typeof right === 'boolean') return operation(BigInt(left), BigInt(right)) !== 0n;
  return integers(left, right, (a, b) => pyInt(operation(a, b)));
}

/** A huge count with a non-zero value is the caller's to refuse (CPython would need the memory). */
function shiftLeft(value: bigint, count: bigint): ConstValue | undefined {
  if (count < 0n) return undefined;
  return value === 0n ? 0 : pyInt(value << count);
}

function floorDivide(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? quotient - 1n : quotient;
}

/** int ** int with a non-negative exponent; a huge result is the caller's to refuse. */
function integerPower(base: bigint, exponent: bigint): bigint {
  // 0, 1 and -1 take any exponent (CPython folds 0 ** (10 ** 30)).
  if (base === 0n || base === 1n) return exponent === 0n ? 1n : base;
  if (base === -1n) return exponent % 2n === 0n ? 1n : -1n;
  return base ** exponent;
}

/** float(value): correctly rounded; undefined (OverflowError) past the largest double. */
function intToFloat(value: bigint): number | undefined {
  const converted = Number(value);
  return Number.isFinite(converted) ? converted : undefined;
}

/** int / int: the correctly rounded quotient, as CPython's long_true_divide computes it. */
function trueDivideIntegers(a: bigint, b: bigint): number | undefined {
  if (b === 0n) return undefined;
  const negative = a < 0n !== b < 0n;
  const magnitude = a === 0n ? 0 : roundQuotientToDouble(abs(a), abs(b), 0);
  if (!Number.isFinite(magnitude)) return undefined;
  return negative ? -magnitude : magnitude;
}

// ---------------------------------------------------------------------------------
// Numbers of mixed kinds: an operation on an int and a float converts the int to
// float, and either with a complex converts to complex.

interface NumericOperation {
  int(a: bigint, b: bigint): ConstValue | undefined;
  float(a: number, b: number): ConstValue | undefined;
  /** Absent where complex numbers do not support the operation. */
  complex?(a: PyComplex, b: PyComplex): ConstValue | undefined;
}

const enum NumberKind { Int, Float, Complex }

function numberKind(value: ConstValue): NumberKind | undefined {
  if (isInt(value)) return NumberKind.Int;
  if (value instanceof PyFloat) return NumberKind.Float;
  if (value instanceof PyComplex) return NumberKind.Complex;
  return undefined;
}

function asFloat(value: ConstValue): number | undefined {
  return value instanceof PyFloat ? value.value : intToFloat(bigIntOf(value as IntValue));
}

function asComplex(value: ConstValue): PyComplex | undefined {
  if (value instanceof PyComplex) return value;
  const real = asFloat(value);
  return real === undefined ? undefined : new PyComplex(real, 0);
}

function numeric(left: ConstValue, right: ConstValue, operation: NumericOperation): ConstValue | undefined {
  const leftKind = numberKind(left);
  const rightKind = numberKind(right);
  if (leftKind === undefined || rightKind === undefined) return undefined;
  switch (Math.max(leftKind, rightKind)) {
    case NumberKind.Int:
      return operation.int(bigIntOf(left as IntValue), bigIntOf(right as IntValue));
    case NumberKind.Float: {
      const a = asFloat(left);
      const b = asFloat(right);
      return a === undefined || b === undefined ? undefined : operation.float(a, b);
    }
    default: {
      const a = asComplex(left);
      const b = asComplex(right);
      return a === undefined || b === undefined || !operation.complex ? undefined : operation.complex(a, b);
    }
  }
}

const float = (value: number): PyFloat => new PyFloat(value);

const ADD: NumericOperation = {
  int: (a, b) => pyInt(a + b),
  float: (a, b) => float(a + b),
  complex: (a, b) => new PyComplex(a.real + b.real, a.imag + b.imag),
};

const SUBTRACT: NumericOperation = {
  int: (a, b) => pyInt(a - b),
  float: (a, b) => float(a - b),
  complex: (a, b) => new PyComplex(a.real - b.real, a.imag - b.imag),
};

const MULTIPLY: NumericOperation = {
  int: (a, b) => pyInt(a * b),
  float: (a, b) => float(a * b),
  complex: complexProduct,
};

const TRUE_DIVIDE: NumericOperation = {
  int: (a, b) => {
    const quotient = trueDivideIntegers(a, b);
    return quotient === undefined ? undefined : float(quotient);
  },
  float: (a, b) => (b === 0 ? undefined : float(a / b)),
  complex: complexQuotient,
};

const FLOOR_DIVIDE: NumericOperation = {
  int: (a, b) => (b === 0n ? undefined : pyInt(floorDivide(a, b))),
  float: (a, b) => (b === 0 ? undefined : float(floatFloorDivide(a, b))),
};

const REMAINDER: NumericOperation = {
  int: (a, b) => (b === 0n ? undefined : pyInt(a - b * floorDivide(a, b))),
  float: (a, b) => (b === 0 ? undefined : float(floatRemainder(a, b))),
};

const POWER: NumericOperation = {
  // A negative exponent makes it a float power (2 ** -1 == 0.5).
  int: (a, b) => {
    if (b >= 0n) return pyInt(integerPower(a, b));
    const base = intToFloat(a);
    const exponent = intToFloat(b);
    return base === undefined || exponent === undefined ? undefined : floatPower(base, exponent);
  },
  float: floatPower,
  complex: complexPower,
};

// ---------------------------------------------------------------------------------
// Floats.

function copySign(magnitude: number, sign: number): number {
  return sign < 0 || Object.is(sign, -0) ? -Math.abs(magnitude) : Math.abs(magnitude);
}

/** float % float (b != 0): the remainder takes the divisor's sign. JS % is C's fmod. */
function floatRemainder(a: number, b: number): number {
  const remainder = a % b;
  if (remainder === 0) return copySign(0, b);
  return b < 0 !== remainder < 0 ? remainder + b : remainder;
}

/** float // float (b != 0), as CPython derives it from fmod so that it agrees with %. */
function floatFloorDivide(a: number, b: number): number {
  const remainder = a % b;
  let quotient = (a - remainder) / b;
  if (remainder !== 0 && b < 0 !== remainder < 0) quotient -= 1;
  if (quotient === 0) return copySign(0, a / b);
  let floored = Math.floor(quotient);
  // The division can land just below the integer it should have reached.
  if (quotient - floored > 0.5) floored += 1;
  return floored;
}

function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1;
}

/** float ** float, with CPython's special cases; a negative base to a fractional power is complex. */
function floatPower(base: number, exponent: number): ConstValue | undefined {
  if (exponent === 0) return float(1);
  if (Number.isNaN(base)) return float(base);
  if (Number.isNaN(exponent)) return float(base === 1 ? 1 : exponent);
  if (!Number.isFinite(exponent)) {
    const magnitude = Math.abs(base);
    if (magnitude === 1) return float(1);
    return float(exponent > 0 === magnitude > 1 ? Math.abs(exponent) : 0);
  }
  if (!Number.isFinite(base)) {
    if (exponent > 0) return float(isOddInteger(exponent) ? base : Math.abs(base));
    return float(isOddInteger(exponent) ? copySign(0, base) : 0);
  }
  if (base === 0) {
    if (exponent < 0) return undefined;
    return float(isOddInteger(exponent) ? base : 0);
  }
  let negateResult = false;
  if (base < 0) {
    if (exponent !== Math.floor(exponent)) return complexPower(new PyComplex(base, 0), new PyComplex(exponent, 0));
    base = -base;
    negateResult = isOddInteger(exponent);
  }
  const result = base === 1 ? 1 : positivePower(base, exponent);
  if (!Number.isFinite(result)) return undefined;
  return float(negateResult ? -result : result);
}

// ---------------------------------------------------------------------------------
// Complex numbers, with the formulas of CPython's complexobject.c (the exact
// sequence of double operations matters for signed zeros, infinities and NaNs).

function complexProduct(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
}

/** a / b scaled by b's larger part (Smith's method); undefined for a zero divisor. */
export function complexQuotient(a: PyComplex, b: PyComplex): PyComplex | undefined {
  const absReal = Math.abs(b.real);
  const absImag = Math.abs(b.imag);
  if (absReal >= absImag) {
    if (absReal === 0) return undefined;
    const ratio = b.imag / b.real;
    const denominator = b.real + b.imag * ratio;
    return new PyComplex((a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator);
  }
  if (absImag >= absReal) {
    const ratio = b.real / b.imag;
    const denominator = b.real * ratio + b.imag;
    return new PyComplex((a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator);
  }
  // A NaN in the divisor.
  return new PyComplex(NaN, NaN);
}

const COMPLEX_ONE = new PyComplex(1, 0);

/** Powers whose exponent is an integer of at most this size are computed by repeated multiplication. */
const SMALL_COMPLEX_EXPONENT = 100;

/** a ** b; undefined for 0 to a negative or complex power, and when a part overflows. */
function complexPower(a: PyComplex, b: PyComplex): ConstValue | undefined {
  let result: PyComplex | undefined;
  if (b.imag === 0 && Number.isInteger(b.real) && Math.abs(b.real) <= SMALL_COMPLEX_EXPONENT) {
    const n = b.real;
    result = n >= 0 ? complexPowerBySquaring(a, n) : complexQuotient(COMPLEX_ONE, complexPowerBySquaring(a, -n));
  } else {
    result = complexPowerByPolarForm(a, b);
  }
  if (result === undefined) return undefined;
  const overflowed = Math.abs(result.real) === Infinity || Math.abs(result.imag) === Infinity;
  return overflowed ? undefined : result;
}

function complexPowerBySquaring(base: PyComplex, n: number): PyComplex {
  let result = COMPLEX_ONE;
  let power = base;
  for (let mask = 1; mask <= n; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) result = complexProduct(result, power);
    power = complexProduct(power, power);
  }
  return result;
}

function complexPowerByPolarForm(a: PyComplex, b: PyComplex): PyComplex | undefined {
  if (b.real === 0 && b.imag === 0) return COMPLEX_ONE;
  if (a.real === 0 && a.imag === 0) return b.imag !== 0 || b.real < 0 ? undefined : new PyComplex(0, 0);
  const modulus = hypot(a.real, a.imag);
  let length = libmPower(modulus, b.real);
  const angle = libmAtan2(a.imag, a.real);
  let phase = angle * b.real;
  if (b.imag !== 0) {
    length /= libmExp(angle * b.imag);
    phase += b.imag * libmLog(modulus);
  }
  // cos and sin of an infinity set errno to EDOM, which CPython reports as ZeroDivisionError.
  if (Math.abs(phase) === Infinity) return undefined;
  return new PyComplex(length * libmCos(phase), length * libmSin(phase));
}

// ---------------------------------------------------------------------------------
// Correctly rounded pow, exp, log, hypot, atan2, cos and sin. Each result is computed in fixed point
// (bigints scaled by 2**precision) with a bound on its error; when both ends of the
// error interval round to the same double, that double is the correctly rounded
// result, otherwise the precision doubles (Ziv's strategy).

/** C's pow for a non-negative base (the modulus of a complex number). */
export function libmPower(base: number, exponent: number): number {
  if (exponent === 0 || base === 1) return 1;
  if (Number.isNaN(base) || Number.isNaN(exponent)) return NaN;
  if (base === Infinity) return exponent > 0 ? Infinity : 0;
  if (base === 0) return exponent > 0 ? 0 : Infinity;
  if (!Number.isFinite(exponent)) return exponent > 0 === base > 1 ? Infinity : 0;
  return positivePower(base, exponent);
}

export function libmExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const { mantissa: xMantissa, exponent: xExponent } = decompose(Math.abs(x));
  return roundCorrectly((precision) => {
    let scaled = shiftBy(BigInt(xMantissa), xExponent + precision);
    if (x < 0) scaled = -scaled;
    return expFixed(scaled, precision, 1n);
  });
}

export function libmLog(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  // The one exact result, which no error interval could settle.
  if (x === 1) return 0;
  return roundCorrectly((precision) => ({ value: lnFixed(x, precision), scale: -precision, error: lnError(precision) }));
}

export function libmAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const negativeX = x < 0 || Object.is(x, -0);
  let angle: number;
  if (y === 0) {
    angle = negativeX ? Math.PI : 0;
  } else if (x === 0 || Math.abs(y) === Infinity) {
    // Math.PI / 2 and the quarter turns below are the correctly rounded doubles.
    angle = Math.abs(x) === Infinity ? (negativeX ? 3 * Math.PI / 4 : Math.PI / 4) : Math.PI / 2;
  } else if (Math.abs(x) === Infinity) {
    angle = negativeX ? Math.PI : 0;
  } else {
    angle = roundCorrectly((precision) => atan2Fixed(Math.abs(y), x, precision));
  }
  return y < 0 || Object.is(y, -0) ? -angle : angle;
}

export function libmSin(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return Number.isFinite(x) ? x : NaN;
  return roundCorrectly((precision) => sinCosFixed(x, precision, false));
}

export function libmCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  return roundCorrectly((precision) => sinCosFixed(x, precision, true));
}

/** tan x, correctly rounded: sin x / cos x in fixed point, with the error bound of the quotient. */
export function libmTan(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return Number.isFinite(x) ? x : NaN;
  return roundCorrectly((precision) => {
    const sine = sinCosFixed(x, precision, false);
    const cosine = sinCosFixed(x, precision, true);
    const working = BigInt(-sine.scale);
    const c = abs(cosine.value);
    // Too coarse to bound the quotient: an interval no rounding fits in, so precision doubles.
    if (c <= cosine.error) return { value: 1n, scale: 0, error: 1n << 1100n };
    const value = (sine.value << working) / cosine.value;
    // |S/C - s/c| <= (es |C| + |S| ec) / (|C| (|C| - ec)), in units of the last place, plus the truncation.
    const error = (((sine.error * c + abs(sine.value) * cosine.error) << working) / (c * (c - cosine.error))) + 2n;
    return { value, scale: sine.scale, error };
  });
}

/** sqrt(x*x + y*y), correctly rounded: the sum of squares is exact in integers. (abs() of a complex is this too.) */
export function hypot(x: number, y: number): number {
  if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 || y === 0) return Math.abs(x) + Math.abs(y);
  const a = decompose(Math.abs(x));
  const b = decompose(Math.abs(y));
  // x*x + y*y == sumOfSquares * 2**(2*low), in integers.
  const low = Math.min(a.exponent, b.exponent);
  const sumOfSquares = (BigInt(a.mantissa) ** 2n << BigInt(2 * (a.exponent - low)))
    + (BigInt(b.mantissa) ** 2n << BigInt(2 * (b.exponent - low)));
  // Scale so that the integer square root has at least 64 bits, then round with a sticky bit.
  const extra = Math.max(0, 130 - bitLength(sumOfSquares)) >> 1;
  const scaled = sumOfSquares << BigInt(2 * extra);
  const root = integerSquareRoot(scaled);
  const inexact = root * root !== scaled ? 1n : 0n;
  return roundQuotientToDouble((root << 1n) | inexact, 2n, low - extra);
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

function integerSquareRoot(value: bigint): bigint {
  let root = 1n << BigInt((bitLength(value) + 1) >> 1);
  for (;;) {
    const next = (root + value / root) >> 1n;
    if (next >= root) return root;
    root = next;
  }
}

/** A finite positive double as mantissa * 2**exponent, with an integer mantissa below 2**53. */
function decompose(x: number): { mantissa: number; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biasedExponent = (high >>> 20) & 0x7ff;
  const fraction = (high & 0xfffff) * 2 ** 32 + low;
  if (biasedExponent === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction + 2 ** 52, exponent: biasedExponent - 1075 };
}

/** x as an odd integer times a power of two. */
function oddMantissa(x: number): { mantissa: bigint; exponent: number } {
  const parts = decompose(x);
  let odd = BigInt(parts.mantissa);
  let exponent = parts.exponent;
  while ((odd & 1n) === 0n) {
    odd >>= 1n;
    exponent += 1;
  }
  return { mantissa: odd, exponent };
}

/** value * 2**shift, rounded towards minus infinity when shift is negative. */
function shiftBy(value: bigint, shift: number): bigint {
  return shift >= 0 ? value << BigInt(shift) : value >> BigInt(-shift);
}

/**
 * numerator / denominator * 2**scale (both positive) rounded to the nearest double,
 * ties to even; Infinity past the largest double.
 */
function roundQuotientToDouble(numerator: bigint, denominator: bigint, scale: number): number {
  // 2**e <= numerator / denominator * 2**scale < 2**(e + 1)
  let e = bitLength(numerator) - bitLength(denominator);
  if (shiftBy(numerator, Math.max(0, -e)) < shiftBy(denominator, Math.max(0, e))) e -= 1;
  e += scale;
  if (e >= 1024) return Infinity;
  if (e < -1076) return 0;
  // The result's last place: 2**(e - 52) for normal doubles, 2**-1074 for subnormal ones.
  const unit = Math.max(e - 52, -1074);
  const numeratorShift = scale - unit;
  const scaledNumerator = shiftBy(numerator, Math.max(0, numeratorShift));
  const scaledDenominator = shiftBy(denominator, Math.max(0, -numeratorShift));
  let quotient = scaledNumerator / scaledDenominator;
  const twiceRemainder = (scaledNumerator - quotient * scaledDenominator) * 2n;
  if (twiceRemainder > scaledDenominator || (twiceRemainder === scaledDenominator && (quotient & 1n) === 1n)) quotient += 1n;
  // Exact: quotient has at most 53 bits, and 2**unit is a double.
  return Number(quotient) * 2 ** unit;
}

/** An approximation value * 2**scale of a real number, off by at most error * 2**scale. */
interface Approximation {
  value: bigint;
  scale: number;
  error: bigint;
}

const FIRST_PRECISION = 128;
/** Past this the result is taken as exact or a true tie, which the error bound cannot settle. */
const LAST_PRECISION = 4096;

function roundCorrectly(approximate: (precision: number) => Approximation): number {
  for (let precision = FIRST_PRECISION; ; precision *= 2) {
    const { value, scale, error } = approximate(precision);
    const magnitude = abs(value);
    const round = (m: bigint): number => (m <= 0n ? 0 : roundQuotientToDouble(m, 1n, scale));
    const low = round(magnitude - error);
    if (low === round(magnitude + error) || precision >= LAST_PRECISION) {
      const result = precision >= LAST_PRECISION ? round(magnitude) : low;
      return value < 0n ? -result : result;
    }
  }
}

/** a * b * 2**-precision, truncated towards zero (so that series of either sign end). */
function multiplyFixed(a: bigint, b: bigint, precision: number): bigint {
  return (a * b) / (1n << BigInt(precision));
}

/**
 * atanh(numerator / denominator) * 2**precision for a ratio of at most 1/3, off by
 * at most `precision` units (each of the fewer than precision / 3 terms adds two).
 */
function atanhFixed(numerator: bigint, denominator: bigint, precision: number): bigint {
  const u = (numerator << BigInt(precision)) / denominator;
  const uSquared = multiplyFixed(u, u, precision);
  let sum = 0n;
  let power = u;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power = multiplyFixed(power, uSquared, precision);
  }
  return sum;
}

const ln2Cache = new Map<number, bigint>();

function ln2Fixed(precision: number): bigint {
  let value = ln2Cache.get(precision);
  if (value === undefined) {
    value = 2n * atanhFixed(1n, 3n, precision);
    ln2Cache.set(precision, value);
  }
  return value;
}

/**
 * Bound on lnFixed's error in units of 2**-precision: ln 2's error (two atanh's) times
 * the binary exponent (below 1130), plus the atanh of the mantissa's.
 */
function lnError(precision: number): bigint {
  return BigInt(precision) << 12n;
}

/** ln(x) * 2**precision for a finite positive double. */
function lnFixed(x: number, precision: number): bigint {
  const { mantissa, exponent } = decompose(x);
  // x = m * 2**k with 2**52 <= m < 2**53 (subnormals normalised), then
  // ln x = ln(m / 2**j) + (k + j) ln 2, with j chosen so that m / 2**j is in [1/sqrt 2, sqrt 2].
  const shift = 53 - bitLength(BigInt(mantissa));
  const m = BigInt(mantissa) << BigInt(shift);
  const k = exponent - shift;
  const j = m * m > 2n ** 105n ? 53 : 52;
  const two = 1n << BigInt(j);
  // ln z = 2 atanh((z - 1) / (z + 1)).
  return 2n * atanhFixed(m - two, m + two, precision) + BigInt(k + j) * ln2Fixed(precision);
}

/** exp(t * 2**-precision) as an approximation; `tError` bounds t's own error. */
function expFixed(t: bigint, precision: number, tError: bigint): Approximation {
  const p = BigInt(precision);
  const ln2 = ln2Fixed(precision);
  // t = k ln 2 + r with |r| <= ln 2 / 2.
  const k = (2n * t + ln2) / (2n * ln2) - ((2n * t + ln2) % (2n * ln2) < 0n ? 1n : 0n);
  const r = t - k * ln2;
  let sum = 1n << p;
  let term = 1n << p;
  for (let n = 1n; term !== 0n; n++) {
    term = multiplyFixed(term, r, precision) / n;
    sum += term;
  }
  // exp(r) < 1.5, so an error in r costs at most 1.5 times as much in the result: r's
  // error is t's plus k times ln 2's; each term of the series adds two units more.
  const error = 2n * (tError + (abs(k) + 1n) * 2n * p) + 2n * p;
  return { value: sum, scale: Number(k) - precision, error };
}

const piCache = new Map<number, bigint>();

/** pi * 2**precision, off by a few units: 16 atan(1/5) - 4 atan(1/239) (Machin). */
function piFixed(precision: number): bigint {
  let value = piCache.get(precision);
  if (value === undefined) {
    const atanOfInverse = (n: bigint): bigint => {
      const nSquared = n * n;
      let sum = 0n;
      let power = (1n << BigInt(precision + 4)) / n;
      for (let k = 1n, sign = 1n; power !== 0n; k += 2n, sign = -sign) {
        sum += (sign * power) / k;
        power /= nSquared;
      }
      return sum;
    };
    value = (16n * atanOfInverse(5n) - 4n * atanOfInverse(239n)) >> 4n;
    piCache.set(precision, value);
  }
  return value;
}

/** atan(z) * 2**precision for 0 <= z <= 1 given as z * 2**precision. */
function atanFixed(z: bigint, precision: number): bigint {
  const one = 1n << BigInt(precision);
  // atan z = 2 atan(z / (1 + sqrt(1 + z*z))): three halvings bring z below 0.1.
  let reduced = z;
  for (let i = 0; i < 3; i++) {
    const root = integerSquareRoot((one + multiplyFixed(reduced, reduced, precision)) << BigInt(precision));
    reduced = (reduced << BigInt(precision)) / (one + root);
  }
  const zSquared = multiplyFixed(reduced, reduced, precision);
  let sum = 0n;
  let power = reduced;
  for (let k = 1n, sign = 1n; power !== 0n; k += 2n, sign = -sign) {
    sum += (sign * power) / k;
    power = multiplyFixed(power, zSquared, precision);
  }
  return sum << 3n;
}

/** atan2(y, x) for finite y > 0 and finite non-zero x. */
function atan2Fixed(y: number, x: number, precision: number): Approximation {
  const yParts = decompose(y);
  const xParts = decompose(Math.abs(x));
  // A tiny ratio needs as many more bits, for atan(z) ~ z to keep `precision` significant ones.
  const working = precision + Math.max(0, xParts.exponent - yParts.exponent);
  const ratio = (a: typeof yParts, b: typeof yParts): bigint =>
    shiftBy(BigInt(a.mantissa), working + a.exponent - b.exponent) / BigInt(b.mantissa);
  const pi = piFixed(working);
  let angle = y <= Math.abs(x) ? atanFixed(ratio(yParts, xParts), working) : pi / 2n - atanFixed(ratio(xParts, yParts), working);
  if (x < 0) angle = pi - angle;
  return { value: angle, scale: -working, error: BigInt(working) << 4n };
}

/**
 * cos(x) or sin(x) for finite non-zero x: x = k pi/2 + r with |r| <= pi/4, then a
 * series for r. pi needs as many more bits as x has integer bits, for r to keep
 * `precision` bits; a tiny x needs as many more for sin x ~ x to keep them significant.
 */
function sinCosFixed(x: number, precision: number, cosine: boolean): Approximation {
  const parts = decompose(Math.abs(x));
  const working = precision + Math.max(0, parts.exponent + 53) + Math.max(0, -(parts.exponent + 53));
  const p = BigInt(working);
  const halfPi = piFixed(working) / 2n;
  let scaled = shiftBy(BigInt(parts.mantissa), working + parts.exponent);
  if (x < 0) scaled = -scaled;
  const k = (2n * scaled + halfPi) / (2n * halfPi) - ((2n * scaled + halfPi) % (2n * halfPi) < 0n ? 1n : 0n);
  const r = scaled - k * halfPi;
  const rSquared = multiplyFixed(r, r, working);
  // The series of sin r (from r) and of cos r (from 1), term by term.
  const series = (first: bigint, firstIndex: bigint): bigint => {
    let sum = 0n;
    let term = first;
    for (let n = firstIndex; term !== 0n; n += 2n) {
      sum += term;
      term = -multiplyFixed(term, rSquared, working) / ((n + 1n) * (n + 2n));
    }
    return sum;
  };
  const quadrant = Number(((k % 4n) + 4n) % 4n) + (cosine ? 1 : 0);
  // sin(r + k pi/2) cycles through sin r, cos r, -sin r, -cos r; cos is one step ahead.
  const value = quadrant % 2 === 0 ? series(r, 1n) : series(1n << p, 0n);
  return { value: quadrant % 4 >= 2 ? -value : value, scale: -working, error: (abs(k) + 4n) * 4n * p };
}

/** exp(x) is finite only below this, and positive only above that. */
const EXP_OVERFLOW = 709.8;
const EXP_UNDERFLOW = -745.2;

/** x ** y for positive finite x != 1 and finite non-zero y, correctly rounded; Infinity on overflow. */
function positivePower(x: number, y: number): number {
  // The double-double computation settles all but about one argument in 2**40.
  const fast = fastPositivePower(x, y);
  if (fast !== undefined) return fast;
  const estimate = y * Math.log(x);
  if (estimate > EXP_OVERFLOW + 1) return Infinity;
  if (estimate < EXP_UNDERFLOW - 1) return 0;
  const base = oddMantissa(x);
  if (Number.isInteger(y) && bitLength(base.mantissa) * Math.abs(y) <= EXACT_POWER_BITS) {
    return exactPower(base.mantissa, base.exponent, y);
  }
  const yParts = decompose(Math.abs(y));
  const yMagnitudeBits = Math.max(0, Math.ceil(Math.log2(Math.abs(y))));
  return roundCorrectly((precision) => {
    const working = precision + yMagnitudeBits;
    // t = y ln x, exact up to lnFixed's error times |y|.
    let t = shiftBy(BigInt(yParts.mantissa) * lnFixed(x, working), yParts.exponent);
    if (y < 0) t = -t;
    const tError = (lnError(working) << BigInt(yMagnitudeBits + 1)) + 1n;
    return expFixed(t, working, tError);
  });
}

/**
 * Integral powers up to this many bits are computed exactly. Only these can be ties
 * (an odd mantissa's power needs at most 54 bits to be one), which no error bound can
 * round.
 */
const EXACT_POWER_BITS = 4096;

/** (mantissa * 2**exponent) ** n exactly, then rounded. */
function exactPower(mantissa: bigint, exponent: number, n: number): number {
  const power = mantissa ** BigInt(Math.abs(n));
  return n > 0 ? roundQuotientToDouble(power, 1n, exponent * n) : roundQuotientToDouble(1n, power, exponent * n);
}
