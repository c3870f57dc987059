// The math module (CPython's Modules/mathmodule.c): functions of floats with
// CPython's error rules (a NaN from non-NaN arguments is a ValueError "math domain
// error", an infinity from finite ones an OverflowError "math range error"), and the
// exact integer functions (gcd, isqrt, factorial, comb, perm) on ints of any size.
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { PyFloat, signBit } from '../objects/float';
import { floatType, typeOf } from '../objects/typeOf';
import { bindArguments, checkArgCount, type NativeFunction } from '../objects/native';
import { newException, OverflowError, type PyBaseException, typeError, ValueError, ZeroDivisionError } from '../objects/exceptions';
import { callUnbound, getIter, iterNext, pyIndex } from '../objects/protocols';
import { pyInt } from '../ast/constant';
import { bitLength, intToFloat, intValue, type Int } from '../objects/int';
import { binaryOp } from '../objects/operators';
import { newTuple } from '../objects/tuple';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';
import * as libm from '../objects/libm/correctlyRounded';
import { expm1, log1p } from '../objects/libm/expm1Log1p';
import { acosh, asinh, atanh, cosh, sinh, tanh } from '../objects/libm/hyperbolic';
import { log10 } from '../objects/libm/log10';
import { cbrt } from '../objects/libm/cbrt';
import { erf, erfc } from '../objects/libm/erf';
import { gamma, lgamma } from '../objects/libm/gamma';
import { vectorNorm } from '../objects/libm/vectorNorm';

const float = (x: number): PyFloat => new PyFloat(x);

/** PyFloat_AsDouble: a float, an int, or anything with __float__ or __index__. */
export function asDouble(value: Py): number {
  if (value instanceof PyFloat) return value.value;
  const i = intValue(value);
  if (i !== undefined) return intToFloat(i);
  const type = typeOf(value);
  const toFloat = type.lookup('__float__');
  if (toFloat !== undefined) {
    const result = callUnbound(toFloat, value, []);
    if (result instanceof PyFloat) return result.value;
    throw typeError(`${type.name}.__float__ returned non-float (type ${typeOf(result).name})`);
  }
  if (type.lookup('__index__') !== undefined) return intToFloat(pyIndex(value));
  throw typeError(`must be real number, not ${type.name}`);
}

function domainError(): PyBaseException {
  return newException(ValueError, 'math domain error');
}

function rangeError(): PyBaseException {
  return newException(OverflowError, 'math range error');
}

/** A function of one float, checked as CPython's math_1 checks libm's result. */
function unary(name: string, fn: (x: number) => number, canOverflow: boolean): NativeFunction {
  return (args, kwnames) => {
    checkArgCount(name, args, kwnames, 1);
    const x = asDouble(args[0]);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
      if (canOverflow) throw rangeError();
      throw domainError();
    }
    return float(r);
  };
}

export const mathModule = newModule('math', 'This module provides access to the mathematical functions\ndefined by the C standard.');
registerBuiltinModule('math', () => mathModule);

function define(name: string, fn: NativeFunction): void {
  defineFunction(mathModule, name, fn);
}

mathModule.dict.setStr('pi', float(Math.PI));
mathModule.dict.setStr('e', float(Math.E));
mathModule.dict.setStr('tau', float(2 * Math.PI));
mathModule.dict.setStr('inf', float(Infinity));
mathModule.dict.setStr('nan', float(NaN));

const UNARY: [string, (x: number) => number, boolean][] = [
  ['acos', libm.acos, false], ['acosh', acosh, false], ['asin', libm.asin, false], ['asinh', asinh, false],
  ['atan', libm.atan, false], ['atanh', atanh, false], ['cbrt', cbrt, false], ['cos', libm.cos, false],
  ['cosh', cosh, true], ['exp', libm.exp, true], ['exp2', libm.exp2, true], ['expm1', expm1, true], ['fabs', Math.abs, false],
  ['sin', libm.sin, false], ['sinh', sinh, true], ['sqrt', Math.sqrt, false], ['tan', libm.tan, false], ['tanh', tanh, false],
  ['erf', erf, false], ['erfc', erfc, false],
];
for (const [name, fn, canOverflow] of UNARY) define(name, unary(name, fn, canOverflow));

/** gamma and lgamma: a pole (zero or a negative integer) is a ValueError, whatever the value there. */
function gammaFunction(name: string, fn: (x: number) => number): NativeFunction {
  const checked = unary(name, fn, true);
  return (args, kwnames) => {
    checkArgCount(name, args, kwnames, 1);
    const x = asDouble(args[0]);
    if (x <= 0 && Number.isInteger(x)) throw domainError();
    return checked([float(x)], null);
  };
}
define('gamma', gammaFunction('gamma', gamma));
define('lgamma', gammaFunction('lgamma', lgamma));

define('degrees', unary('degrees', (x) => (x * 180) / Math.PI, true));
define('radians', unary('radians', (x) => (x * Math.PI) / 180, false));

// log, log2 and log10 take ints of any size (CPython's loghelper): an int too large for
// a float is m * 2**e with m in [0.5, 1), and log(n) = log(m) + e * log(2).
const FLOAT_EXPONENT_LIMIT = 1024;

function logOf(value: Py, log: (x: number) => number): number {
  const i = intValue(value);
  if (i !== undefined && typeof i === 'bigint') {
    if (i <= 0n) throw domainError();
    const bits = i.toString(2).length;
    if (bits < FLOAT_EXPONENT_LIMIT) return log(intToFloat(i));
    const mantissa = intToFloat(i >> BigInt(bits - 64)) / 2 ** 64;
    return log(mantissa) + log(2) * bits;
  }
  const x = asDouble(value);
  if (x <= 0 || Number.isNaN(x)) {
    if (Number.isNaN(x)) return x;
    throw domainError();
  }
  return log(x);
}

define('log', (args, kwnames) => {
  checkArgCount('log', args, kwnames, 1, 2);
  const numerator = logOf(args[0], libm.log);
  if (args.length === 1) return float(numerator);
  const denominator = logOf(args[1], libm.log);
  if (denominator === 0) throw newException(ZeroDivisionError, 'float division by zero');
  return float(numerator / denominator);
});
define('log2', (args, kwnames) => {
  checkArgCount('log2', args, kwnames, 1);
  return float(logOf(args[0], libm.log2));
});
define('log10', (args, kwnames) => {
  checkArgCount('log10', args, kwnames, 1);
  return float(logOf(args[0], log10));
});
define('log1p', unary('log1p', log1p, false));

define('pow', (args, kwnames) => {
  checkArgCount('pow', args, kwnames, 2);
  const x = asDouble(args[0]);
  const y = asDouble(args[1]);
  // Infinities and NaNs give what float's ** gives, without errors.
  if (!Number.isFinite(x) || !Number.isFinite(y)) return binaryOp(float(x), float(y), 8);
  if (x === 0 && y < 0) throw domainError();
  if (x < 0 && !Number.isInteger(y)) throw domainError();
  const magnitude = libm.pow(Math.abs(x), y);
  const negative = (x < 0 || Object.is(x, -0)) && Math.abs(y) % 2 === 1;
  if (magnitude === Infinity) throw rangeError();
  return float(negative ? -magnitude : magnitude);
});

define('atan2', (args, kwnames) => {
  checkArgCount('atan2', args, kwnames, 2);
  return float(libm.atan2(asDouble(args[0]), asDouble(args[1])));
});
define('copysign', (args, kwnames) => {
  checkArgCount('copysign', args, kwnames, 2);
  const x = Math.abs(asDouble(args[0]));
  return float(signBit(asDouble(args[1])) ? -x : x);
});
define('fmod', (args, kwnames) => {
  checkArgCount('fmod', args, kwnames, 2);
  const x = asDouble(args[0]);
  const y = asDouble(args[1]);
  if (!Number.isFinite(x) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
  if (y === 0 && !Number.isNaN(x)) throw domainError();
  if (!Number.isFinite(y) && !Number.isNaN(y)) return float(x);
  return float(x % y);
});
define('remainder', (args, kwnames) => {
  checkArgCount('remainder', args, kwnames, 2);
  const x = asDouble(args[0]);
  const y = asDouble(args[1]);
  if (Number.isNaN(x) || Number.isNaN(y)) return float(NaN);
  if (!Number.isFinite(x) || y === 0) throw domainError();
  if (!Number.isFinite(y)) return float(x);
  return float(remainderOfFinite(x, y));
});

/**
 * IEEE 754 remainder, x - n*y for the integer n nearest x/y (the even one at a tie), by
 * CPython's m_remainder: fmod (JS's %, exact) of the magnitudes, then the complement
 * when it is nearer. Comparing m with c = |y| - m avoids halving |y|, which may round.
 */
function remainderOfFinite(x: number, y: number): number {
  const absX = Math.abs(x);
  const absY = Math.abs(y);
  const m = absX % absY;
  const c = absY - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  // Halfway: m if absX = n*absY + m has an even n, else -m; each step here is exact.
  else r = m - 2 * ((0.5 * (absX - m)) % absY);
  return signBit(x) ? -r : r;
}
define('hypot', (args, kwnames) => {
  checkArgCount('hypot', args, kwnames, 0, Infinity);
  return float(norm(args.map((arg) => Math.abs(asDouble(arg)))));
});
define('dist', (args, kwnames) => {
  checkArgCount('dist', args, kwnames, 2);
  const p = iterableNumbers(args[0]);
  const q = iterableNumbers(args[1]);
  if (p.length !== q.length) throw newException(ValueError, 'both points must have the same number of dimensions');
  return float(norm(p.map((x, i) => Math.abs(x - q[i]))));
});

/** CPython's vector_norm of absolute values, with the largest and whether a NaN is among them. */
function norm(values: number[]): number {
  let max = 0;
  let foundNaN = false;
  for (const x of values) {
    foundNaN ||= Number.isNaN(x);
    if (x > max) max = x;
  }
  return vectorNorm(values, max, foundNaN);
}

function iterableNumbers(value: Py): number[] {
  const iterator = getIter(value);
  const numbers: number[] = [];
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) numbers.push(asDouble(item));
  return numbers;
}

define('ldexp', (args, kwnames) => {
  checkArgCount('ldexp', args, kwnames, 2);
  const x = asDouble(args[0]);
  const exponent = intValue(args[1]);
  if (exponent === undefined) throw typeError('Expected an int as second argument to ldexp.');
  if (x === 0 || !Number.isFinite(x)) return float(x);
  const e = typeof exponent === 'bigint' ? (exponent > 0n ? 10000 : -10000) : exponent;
  let r = x;
  let remaining = e;
  while (remaining > 1000) {
    r *= 2 ** 1000;
    remaining -= 1000;
  }
  while (remaining < -1000) {
    r *= 2 ** -1000;
    remaining += 1000;
  }
  r *= 2 ** remaining;
  if (!Number.isFinite(r)) throw rangeError();
  return float(r);
});
define('frexp', (args, kwnames) => {
  checkArgCount('frexp', args, kwnames, 1);
  const x = asDouble(args[0]);
  if (x === 0 || !Number.isFinite(x)) return newTuple([float(x), 0]);
  let exponent = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let mantissa = x * 2 ** -exponent;
  while (Math.abs(mantissa) < 0.5) {
    mantissa *= 2;
    exponent--;
  }
  while (Math.abs(mantissa) >= 1) {
    mantissa /= 2;
    exponent++;
  }
  return newTuple([float(mantissa), exponent]);
});
define('modf', (args, kwnames) => {
  checkArgCount('modf', args, kwnames, 1);
  const x = asDouble(args[0]);
  if (!Number.isFinite(x)) return newTuple([float(Number.isNaN(x) ? x : Object.is(x, -Infinity) ? -0 : 0), float(x)]);
  const whole = Math.trunc(x);
  const fraction = x - whole;
  return newTuple([float(fraction === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fraction), float(whole)]);
});
define('isfinite', (args, kwnames) => {
  checkArgCount('isfinite', args, kwnames, 1);
  return Number.isFinite(asDouble(args[0]));
});
define('isinf', (args, kwnames) => {
  checkArgCount('isinf', args, kwnames, 1);
  const x = asDouble(args[0]);
  return !Number.isFinite(x) && !Number.isNaN(x);
});
define('isnan', (args, kwnames) => {
  checkArgCount('isnan', args, kwnames, 1);
  return Number.isNaN(asDouble(args[0]));
});
const ISCLOSE = { name: 'isclose', names: ['a', 'b', 'rel_tol', 'abs_tol'], required: 2, positionalOnly: 0, keywordOnlyFrom: 2 };
define('isclose', (args, kwnames) => {
  const [a, b, relTol, absTol] = bindArguments(ISCLOSE, args, kwnames);
  const x = asDouble(a!);
  const y = asDouble(b!);
  const rel = relTol === undefined ? 1e-9 : asDouble(relTol);
  const abs = absTol === undefined ? 0 : asDouble(absTol);
  if (rel < 0 || abs < 0) throw newException(ValueError, 'tolerances must be non-negative');
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
});
define('nextafter', (args, kwnames) => {
  checkArgCount('nextafter', args, kwnames, 2);
  return float(nextAfter(asDouble(args[0]), asDouble(args[1])));
});
define('ulp', (args, kwnames) => {
  checkArgCount('ulp', args, kwnames, 1);
  const x = Math.abs(asDouble(args[0]));
  if (!Number.isFinite(x)) return float(x);
  const next = nextAfter(x, Infinity);
  return float(Number.isFinite(next) ? next - x : x - nextAfter(x, -Infinity));
});

function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buffer = new DataView(new ArrayBuffer(8));
  buffer.setFloat64(0, x);
  let bits = buffer.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  buffer.setBigUint64(0, bits);
  return buffer.getFloat64(0);
}

// ---------------------------------------------------------------- rounding to ints

function integralOf(name: string, dunder: string, value: Py, onFloat: (x: number) => number): Py {
  if (value instanceof PyFloat && value.cls === floatType) return floatToIntegral(onFloat(value.value));
  const i = intValue(value);
  if (i !== undefined && typeof value !== 'object') return i;
  const method = typeOf(value).lookup(dunder);
  if (method !== undefined) return callUnbound(method, value, []);
  if (name === 'trunc') throw typeError(`type ${typeOf(value).name} doesn't define __trunc__ method`);
  return floatToIntegral(onFloat(asDouble(value)));
}

function floatToIntegral(x: number): Int {
  if (Number.isNaN(x)) throw newException(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw newException(OverflowError, 'cannot convert float infinity to integer');
  return Number.isSafeInteger(x) ? x : pyInt(BigInt(x));
}

define('floor', (args, kwnames) => {
  checkArgCount('floor', args, kwnames, 1);
  return integralOf('floor', '__floor__', args[0], Math.floor);
});
define('ceil', (args, kwnames) => {
  checkArgCount('ceil', args, kwnames, 1);
  return integralOf('ceil', '__ceil__', args[0], Math.ceil);
});
define('trunc', (args, kwnames) => {
  checkArgCount('trunc', args, kwnames, 1);
  return integralOf('trunc', '__trunc__', args[0], Math.trunc);
});

// ---------------------------------------------------------------- exact integer functions

function bigArg(value: Py): bigint {
  return BigInt(pyIndex(value));
}

function bigAbs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

function gcd2(a: bigint, b: bigint): bigint {
  a = bigAbs(a);
  b = bigAbs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

define('gcd', (args, kwnames) => {
  checkArgCount('gcd', args, kwnames, 0, Infinity);
  let result = 0n;
  for (const arg of args) result = gcd2(result, bigArg(arg));
  return pyInt(result);
});
define('lcm', (args, kwnames) => {
  checkArgCount('lcm', args, kwnames, 0, Infinity);
  let result = 1n;
  for (const arg of args) {
    const value = bigArg(arg);
    if (value === 0n || result === 0n) {
      result = 0n;
      continue;
    }
    result = bigAbs((result / gcd2(result, value)) * value);
  }
  return pyInt(result);
});

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's method in integers from above: 2**ceil(bits/2) exceeds sqrt(n) by less than
  // twice, and the iterates fall to floor(sqrt(n)), where they stop falling.
  let x = 1n << BigInt((bitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

define('isqrt', (args, kwnames) => {
  checkArgCount('isqrt', args, kwnames, 1);
  const n = bigArg(args[0]);
  if (n < 0n) throw newException(ValueError, 'isqrt() argument must be nonnegative');
  return pyInt(isqrtBig(n));
});

function productRange(low: bigint, high: bigint): bigint {
  // The product of the integers in [low, high), split in halves so the multiplications stay balanced.
  if (high - low < 16n) {
    let product = 1n;
    for (let i = low; i < high; i++) product *= i;
    return product;
  }
  const middle = (low + high) >> 1n;
  return productRange(low, middle) * productRange(middle, high);
}

define('factorial', (args, kwnames) => {
  checkArgCount('factorial', args, kwnames, 1);
  if (args[0] instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const n = bigArg(args[0]);
  if (n < 0n) throw newException(ValueError, 'factorial() not defined for negative values');
  if (n > 100_000_000n) throw newException(OverflowError, 'factorial() argument should not exceed 9223372036854775807');
  return pyInt(productRange(1n, n + 1n));
});
define('comb', (args, kwnames) => {
  checkArgCount('comb', args, kwnames, 2);
  const n = bigArg(args[0]);
  let k = bigArg(args[1]);
  if (n < 0n) throw newException(ValueError, 'n must be a non-negative integer');
  if (k < 0n) throw newException(ValueError, 'k must be a non-negative integer');
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  let result = 1n;
  for (let i = 1n; i <= k; i++) result = (result * (n - k + i)) / i;
  return pyInt(result);
});
define('perm', (args, kwnames) => {
  checkArgCount('perm', args, kwnames, 1, 2);
  const n = bigArg(args[0]);
  if (n < 0n) throw newException(ValueError, 'n must be a non-negative integer');
  const k = args.length === 1 || args[1] === null ? n : bigArg(args[1]);
  if (k < 0n) throw newException(ValueError, 'k must be a non-negative integer');
  if (k > n) return 0;
  return pyInt(productRange(n - k + 1n, n + 1n));
});

const PROD = { name: 'prod', names: ['iterable', 'start'], required: 1, positionalOnly: 1, keywordOnlyFrom: 1 };
define('prod', (args, kwnames) => {
  const [iterable, start] = bindArguments(PROD, args, kwnames);
  let result: Py = start ?? 1;
  const iterator = getIter(iterable!);
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) result = binaryOp(result, item, 5);
  return result;
});

define('fsum', (args, kwnames) => {
  checkArgCount('fsum', args, kwnames, 1);
  return float(exactSum(iterableNumbers(args[0])));
});

/** Shewchuk's exactly rounded sum of floats (the algorithm CPython's fsum uses), with its special values. */
function exactSum(values: number[]): number {
  const partials: number[] = [];
  let special = 0;
  let infinity = 0;
  for (let x of values) {
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) special = NaN;
      else infinity += x;
      special = Number.isNaN(special) ? special : infinity;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const high = x + y;
      const low = y - (high - x);
      if (low !== 0) partials[i++] = low;
      x = high;
    }
    partials.length = i;
    if (!Number.isFinite(x)) throw newException(OverflowError, 'intermediate overflow in fsum');
    partials.push(x);
  }
  if (special !== 0 || infinity !== 0) {
    if (Number.isNaN(infinity)) throw newException(ValueError, '-inf + inf in fsum');
    return Number.isNaN(special) ? NaN : infinity;
  }
  let n = partials.length;
  let high = 0;
  if (n > 0) {
    high = partials[--n];
    let low = 0;
    while (n > 0) {
      const x = high;
      const y = partials[--n];
      high = x + y;
      const yr = high - x;
      low = y - yr;
      if (low !== 0) break;
    }
    // Round half to even across the remaining partials, as CPython does.
    if (n > 0 && ((low < 0 && partials[n - 1] < 0) || (low > 0 && partials[n - 1] > 0))) {
      const y = low * 2;
      const x = high + y;
      if (y === x - high) high = x;
    }
  }
  return high;
}
