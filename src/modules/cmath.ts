// The cmath module (CPython's Modules/cmathmodule.c): functions of complex numbers
// computed by CPython's formulas, with C99 Annex G's values at infinities and NaNs
// (the 7×7 tables below, indexed by the kinds of the real and imaginary parts), and
// its errors: "math domain error" where Annex G signals divide-by-zero or invalid,
// "math range error" where it signals overflow. exp, log, atan2, sin, cos and hypot are
// the correctly rounded ones, as the C library's give, and so is tan.
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { typeOf } from '../objects/typeOf';
import { bindClinicArguments, checkArgCount, type NativeFunction } from '../objects/native';
import { newException, OverflowError, typeError, ValueError } from '../objects/exceptions';
import { callUnbound } from '../objects/protocols';
import { newTuple } from '../objects/tuple';
import { PyComplex as ConstComplex } from '../ast/constant';
import { complexQuotient, hypot } from '../compiler/constantFolding';
import { atan2 as libmAtan2, cos as libmCos, exp as libmExp, log as libmLog, sin as libmSin, tan as libmTan } from '../objects/libm/correctlyRounded';
import { log1p as libmLog1p } from '../objects/libm/expm1Log1p';
import { asinh as libmAsinh, cosh as libmCosh, sinh as libmSinh, tanh as libmTanh } from '../objects/libm/hyperbolic';
import { asDouble } from './math';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

export const cmathModule = newModule('cmath', 'This module provides access to mathematical functions for complex\nnumbers.');
registerBuiltinModule('cmath', () => cmathModule);

/** What a computation signals, as the C code sets errno. */
const enum Errno {
  NONE,
  /** Divide-by-zero or invalid: ValueError. */
  EDOM,
  /** Overflow: OverflowError. */
  ERANGE,
}

interface Complex {
  real: number;
  imag: number;
}

interface Result extends Complex {
  errno: Errno;
}

const result = (real: number, imag: number, errno: Errno = Errno.NONE): Result => ({ real, imag, errno });

// ---------------------------------------------------------------- C's floating-point helpers

const DBL_MIN = 2.2250738585072014e-308;
const DBL_MANT_DIG = 53;
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;
/** Past this the sqrt, log and inverse functions rescale to avoid spurious overflow. */
const LARGE_DOUBLE = Number.MAX_VALUE / 4;
const SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
const LOG_LARGE_DOUBLE = libmLog(LARGE_DOUBLE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
/** 2**SCALE_UP makes a subnormal normal; SCALE_DOWN is -(SCALE_UP + 1) / 2. */
const SCALE_UP = 2 * Math.floor(DBL_MANT_DIG / 2) + 1;
const SCALE_DOWN = -(SCALE_UP + 1) / 2;

const signBits = new DataView(new ArrayBuffer(8));

/** Whether the sign bit is set (of a NaN too). */
function signBit(x: number): boolean {
  signBits.setFloat64(0, x);
  return (signBits.getUint8(0) & 0x80) !== 0;
}

function copysign(x: number, y: number): number {
  return signBit(y) ? -Math.abs(x) : Math.abs(x);
}

const ldexp = (x: number, exponent: number): number => x * 2 ** exponent;
const isInfinite = (x: number): boolean => x === Infinity || x === -Infinity;

/** _Py_log1p: log1p that keeps the sign of a zero. */
function log1p(x: number): number {
  return x === 0 ? x : libmLog1p(x);
}

/** _Py_c_abs: hypot, with an infinite part winning over a NaN; ERANGE when it overflows. */
function complexAbs(z: Complex): { value: number; errno: Errno } {
  if (!Number.isFinite(z.real) || !Number.isFinite(z.imag)) {
    if (isInfinite(z.real)) return { value: Math.abs(z.real), errno: Errno.NONE };
    if (isInfinite(z.imag)) return { value: Math.abs(z.imag), errno: Errno.NONE };
    return { value: NaN, errno: Errno.NONE };
  }
  const value = hypot(z.real, z.imag);
  return { value, errno: Number.isFinite(value) ? Errno.NONE : Errno.ERANGE };
}

// ---------------------------------------------------------------- special values

/** The kinds of a double the tables are indexed by. */
const enum Kind {
  NEGATIVE_INFINITY,
  NEGATIVE,
  NEGATIVE_ZERO,
  POSITIVE_ZERO,
  POSITIVE,
  POSITIVE_INFINITY,
  NAN,
}

function kindOf(d: number): Kind {
  if (Number.isFinite(d)) {
    if (d !== 0) return signBit(d) ? Kind.NEGATIVE : Kind.POSITIVE;
    return signBit(d) ? Kind.NEGATIVE_ZERO : Kind.POSITIVE_ZERO;
  }
  if (Number.isNaN(d)) return Kind.NAN;
  return signBit(d) ? Kind.NEGATIVE_INFINITY : Kind.POSITIVE_INFINITY;
}

const P = Math.PI;
const P14 = 0.25 * Math.PI;
const P12 = 0.5 * Math.PI;
const P34 = 0.75 * Math.PI;
const INF = Infinity;
const N = NaN;
/** A placeholder for entries that are never used (finite parts are computed). */
const U = -9.5426319407711027e33;

type Table = (readonly [number, number])[][];

/** A table from 49 (real, imag) pairs, row by row: rows by the real part's kind, columns by the imaginary part's. */
function table(pairs: number[]): Table {
  const rows: Table = [];
  for (let row = 0; row < 7; row++) {
    rows.push([]);
    for (let column = 0; column < 7; column++) {
      const at = (row * 7 + column) * 2;
      rows[row].push([pairs[at], pairs[at + 1]]);
    }
  }
  return rows;
}

function specialValue(z: Complex, values: Table): Result {
  const [real, imag] = values[kindOf(z.real)][kindOf(z.imag)];
  return result(real, imag);
}

const isSpecial = (z: Complex): boolean => !Number.isFinite(z.real) || !Number.isFinite(z.imag);

/* eslint-disable no-multi-spaces */
const ACOS = table([
  P34, INF,  P, INF,   P, INF,    P, -INF,   P, -INF,  P34, -INF, N, INF,
  P12, INF,  U, U,     U, U,      U, U,      U, U,     P12, -INF, N, N,
  P12, INF,  U, U,     P12, 0,    P12, -0,   U, U,     P12, -INF, P12, N,
  P12, INF,  U, U,     P12, 0,    P12, -0,   U, U,     P12, -INF, P12, N,
  P12, INF,  U, U,     U, U,      U, U,      U, U,     P12, -INF, N, N,
  P14, INF,  0, INF,   0, INF,    0, -INF,   0, -INF,  P14, -INF, N, INF,
  N, INF,    N, N,     N, N,      N, N,      N, N,     N, -INF,   N, N,
]);

const ACOSH = table([
  INF, -P34, INF, -P,  INF, -P,   INF, P,   INF, P,   INF, P34, INF, N,
  INF, -P12, U, U,     U, U,      U, U,     U, U,     INF, P12, N, N,
  INF, -P12, U, U,     0, -P12,   0, P12,   U, U,     INF, P12, N, N,
  INF, -P12, U, U,     0, -P12,   0, P12,   U, U,     INF, P12, N, N,
  INF, -P12, U, U,     U, U,      U, U,     U, U,     INF, P12, N, N,
  INF, -P14, INF, -0,  INF, -0,   INF, 0,   INF, 0,   INF, P14, INF, N,
  INF, N,    N, N,     N, N,      N, N,     N, N,     INF, N,   N, N,
]);

const ASINH = table([
  -INF, -P14, -INF, -0, -INF, -0, -INF, 0, -INF, 0, -INF, P14, -INF, N,
  -INF, -P12, U, U,     U, U,     U, U,    U, U,    -INF, P12, N, N,
  -INF, -P12, U, U,     -0, -0,   -0, 0,   U, U,    -INF, P12, N, N,
  INF, -P12,  U, U,     0, -0,    0, 0,    U, U,    INF, P12,  N, N,
  INF, -P12,  U, U,     U, U,     U, U,    U, U,    INF, P12,  N, N,
  INF, -P14,  INF, -0,  INF, -0,  INF, 0,  INF, 0,  INF, P14,  INF, N,
  INF, N,     N, N,     N, -0,    N, 0,    N, N,    INF, N,    N, N,
]);

const ATANH = table([
  -0, -P12, -0, -P12, -0, -P12, -0, P12, -0, P12, -0, P12, -0, N,
  -0, -P12, U, U,     U, U,     U, U,    U, U,    -0, P12, N, N,
  -0, -P12, U, U,     -0, -0,   -0, 0,   U, U,    -0, P12, -0, N,
  0, -P12,  U, U,     0, -0,    0, 0,    U, U,    0, P12,  0, N,
  0, -P12,  U, U,     U, U,     U, U,    U, U,    0, P12,  N, N,
  0, -P12,  0, -P12,  0, -P12,  0, P12,  0, P12,  0, P12,  0, N,
  0, -P12,  N, N,     N, N,     N, N,    N, N,    0, P12,  N, N,
]);

const COSH = table([
  INF, N, U, U, INF, 0,   INF, -0, U, U, INF, N, INF, N,
  N, N,   U, U, U, U,     U, U,    U, U, N, N,   N, N,
  N, 0,   U, U, 1, 0,     1, -0,   U, U, N, 0,   N, 0,
  N, 0,   U, U, 1, -0,    1, 0,    U, U, N, 0,   N, 0,
  N, N,   U, U, U, U,     U, U,    U, U, N, N,   N, N,
  INF, N, U, U, INF, -0,  INF, 0,  U, U, INF, N, INF, N,
  N, N,   N, N, N, 0,     N, 0,    N, N, N, N,   N, N,
]);

const EXP = table([
  0, 0,   U, U, 0, -0,    0, 0,    U, U, 0, 0,   0, 0,
  N, N,   U, U, U, U,     U, U,    U, U, N, N,   N, N,
  N, N,   U, U, 1, -0,    1, 0,    U, U, N, N,   N, N,
  N, N,   U, U, 1, -0,    1, 0,    U, U, N, N,   N, N,
  N, N,   U, U, U, U,     U, U,    U, U, N, N,   N, N,
  INF, N, U, U, INF, -0,  INF, 0,  U, U, INF, N, INF, N,
  N, N,   N, N, N, -0,    N, 0,    N, N, N, N,   N, N,
]);

const LOG = table([
  INF, -P34, INF, -P,  INF, -P,   INF, P,   INF, P,  INF, P34, INF, N,
  INF, -P12, U, U,     U, U,      U, U,     U, U,    INF, P12, N, N,
  INF, -P12, U, U,     -INF, -P,  -INF, P,  U, U,    INF, P12, N, N,
  INF, -P12, U, U,     -INF, -0,  -INF, 0,  U, U,    INF, P12, N, N,
  INF, -P12, U, U,     U, U,      U, U,     U, U,    INF, P12, N, N,
  INF, -P14, INF, -0,  INF, -0,   INF, 0,   INF, 0,  INF, P14, INF, N,
  INF, N,    N, N,     N, N,      N, N,     N, N,    INF, N,   N, N,
]);

const SINH = table([
  INF, N, U, U, -INF, -0, -INF, 0, U, U, INF, N, INF, N,
  N, N,   U, U, U, U,     U, U,    U, U, N, N,   N, N,
  0, N,   U, U, -0, -0,   -0, 0,   U, U, 0, N,   0, N,
  0, N,   U, U, 0, -0,    0, 0,    U, U, 0, N,   0, N,
  N, N,   U, U, U, U,     U, U,    U, U, N, N,   N, N,
  INF, N, U, U, INF, -0,  INF, 0,  U, U, INF, N, INF, N,
  N, N,   N, N, N, -0,    N, 0,    N, N, N, N,   N, N,
]);

const SQRT = table([
  INF, -INF, 0, -INF,   0, -INF,  0, INF,  0, INF,  INF, INF, N, INF,
  INF, -INF, U, U,      U, U,     U, U,    U, U,    INF, INF, N, N,
  INF, -INF, U, U,      0, -0,    0, 0,    U, U,    INF, INF, N, N,
  INF, -INF, U, U,      0, -0,    0, 0,    U, U,    INF, INF, N, N,
  INF, -INF, U, U,      U, U,     U, U,    U, U,    INF, INF, N, N,
  INF, -INF, INF, -0,   INF, -0,  INF, 0,  INF, 0,  INF, INF, INF, N,
  INF, -INF, N, N,      N, N,     N, N,    N, N,    INF, INF, N, N,
]);

const TANH = table([
  -1, 0, U, U, -1, -0,  -1, 0,  U, U, -1, 0, -1, 0,
  N, N,  U, U, U, U,    U, U,   U, U, N, N,  N, N,
  N, N,  U, U, -0, -0,  -0, 0,  U, U, N, N,  N, N,
  N, N,  U, U, 0, -0,   0, 0,   U, U, N, N,  N, N,
  N, N,  U, U, U, U,    U, U,   U, U, N, N,  N, N,
  1, 0,  U, U, 1, -0,   1, 0,   U, U, 1, 0,  1, 0,
  N, N,  N, N, N, -0,   N, 0,   N, N, N, N,  N, N,
]);

const RECT = table([
  INF, N, U, U, -INF, 0,  -INF, -0, U, U, INF, N, INF, N,
  N, N,   U, U, U, U,     U, U,     U, U, N, N,   N, N,
  0, 0,   U, U, -0, 0,    -0, -0,   U, U, 0, 0,   0, 0,
  0, 0,   U, U, 0, -0,    0, 0,     U, U, 0, 0,   0, 0,
  N, N,   U, U, U, U,     U, U,     U, U, N, N,   N, N,
  INF, N, U, U, INF, -0,  INF, 0,   U, U, INF, N, INF, N,
  N, N,   N, N, N, 0,     N, 0,     N, N, N, N,   N, N,
]);
/* eslint-enable no-multi-spaces */

// ---------------------------------------------------------------- the functions

/** f(z) = -i g(iz): asin from asinh, atan from atanh, sin from sinh, tan from tanh. */
function rotated(g: (z: Complex) => Result): (z: Complex) => Result {
  return (z) => {
    const s = g({ real: -z.imag, imag: z.real });
    return result(s.imag, -s.real, s.errno);
  };
}

function sqrt(z: Complex): Result {
  if (isSpecial(z)) return specialValue(z, SQRT);
  if (z.real === 0 && z.imag === 0) return result(0, z.imag);
  let ax = Math.abs(z.real);
  const ay = Math.abs(z.imag);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) may be subnormal: scale up first.
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return z.real >= 0 ? result(s, copysign(d, z.imag)) : result(d, copysign(s, z.imag));
}

function acos(z: Complex): Result {
  if (isSpecial(z)) return specialValue(z, ACOS);
  if (Math.abs(z.real) > LARGE_DOUBLE || Math.abs(z.imag) > LARGE_DOUBLE) {
    return result(libmAtan2(Math.abs(z.imag), z.real), -copysign(libmLog(hypot(z.real / 2, z.imag / 2)) + LN2 * 2, z.imag));
  }
  const s1 = sqrt({ real: 1 - z.real, imag: -z.imag });
  const s2 = sqrt({ real: 1 + z.real, imag: z.imag });
  return result(2 * libmAtan2(s1.real, s2.real), libmAsinh(s2.real * s1.imag - s2.imag * s1.real));
}

function acosh(z: Complex): Result {
  if (isSpecial(z)) return specialValue(z, ACOSH);
  if (Math.abs(z.real) > LARGE_DOUBLE || Math.abs(z.imag) > LARGE_DOUBLE) {
    return result(libmLog(hypot(z.real / 2, z.imag / 2)) + LN2 * 2, libmAtan2(z.imag, z.real));
  }
  const s1 = sqrt({ real: z.real - 1, imag: z.imag });
  const s2 = sqrt({ real: z.real + 1, imag: z.imag });
  return result(libmAsinh(s1.real * s2.real + s1.imag * s2.imag), 2 * libmAtan2(s1.imag, s2.real));
}

function asinh(z: Complex): Result {
  if (isSpecial(z)) return specialValue(z, ASINH);
  if (Math.abs(z.real) > LARGE_DOUBLE || Math.abs(z.imag) > LARGE_DOUBLE) {
    const magnitude = libmLog(hypot(z.real / 2, z.imag / 2)) + LN2 * 2;
    const real = z.imag >= 0 ? copysign(magnitude, z.real) : -copysign(magnitude, -z.real);
    return result(real, libmAtan2(z.imag, Math.abs(z.real)));
  }
  const s1 = sqrt({ real: 1 + z.imag, imag: -z.real });
  const s2 = sqrt({ real: 1 - z.imag, imag: z.real });
  return result(libmAsinh(s1.real * s2.imag - s2.real * s1.imag), libmAtan2(z.imag, s1.real * s2.real - s1.imag * s2.imag));
}

function atanh(z: Complex): Result {
  if (isSpecial(z)) return specialValue(z, ATANH);
  // atanh(z) = -atanh(-z): reduce to a non-negative real part.
  if (z.real < 0) {
    const r = atanh({ real: -z.real, imag: -z.imag });
    return result(-r.real, -r.imag, r.errno);
  }
  const ay = Math.abs(z.imag);
  if (z.real > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
    // For large z, atanh(z) ~ 1/z ± iπ/2.
    const h = hypot(z.real / 2, z.imag / 2);
    return result(z.real / 4 / h / h, copysign(Math.PI / 2, z.imag));
  }
  if (z.real === 1 && ay < SQRT_DBL_MIN) {
    // Annex G: atanh(1 ± 0i) is inf ± 0i.
    if (ay === 0) return result(INF, z.imag, Errno.EDOM);
    return result(-libmLog(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(libmAtan2(2, -ay) / 2, z.imag));
  }
  const oneMinus = 1 - z.real;
  return result(
    log1p(4 * z.real / (oneMinus * oneMinus + ay * ay)) / 4,
    -libmAtan2(-2 * z.imag, oneMinus * (1 + z.real) - ay * ay) / 2,
  );
}

/**
 * The shared special cases of cosh, sinh and exp at an infinite real part and a finite
 * nonzero imaginary one: infinities (or zeros) signed as cos and sin of the imaginary part.
 */
function infiniteRealPart(z: Complex): boolean {
  return isInfinite(z.real) && Number.isFinite(z.imag) && z.imag !== 0;
}

/**
 * cosh(z) = cos(y) cosh(x) + i sin(y) sinh(x) and sinh(z) = cos(y) sinh(x) + i sin(y)
 * cosh(x), for z = x + iy: the same computation with the even and odd functions of x in
 * swapped places. `sinhFirst` tells which; at an infinite x only the odd one's part
 * takes x's sign.
 */
function hyperbolic(z: Complex, special: Table, sinhFirst: boolean): Result {
  const first = sinhFirst ? libmSinh : libmCosh;
  const second = sinhFirst ? libmCosh : libmSinh;
  if (isSpecial(z)) {
    let r: Result;
    if (infiniteRealPart(z)) {
      const sign = z.real > 0 ? 1 : -1;
      const real = copysign(INF, libmCos(z.imag));
      const imag = copysign(INF, libmSin(z.imag));
      r = sinhFirst ? result(sign * real, imag) : result(real, sign * imag);
    } else {
      r = specialValue(z, special);
    }
    r.errno = isInfinite(z.imag) && !Number.isNaN(z.real) ? Errno.EDOM : Errno.NONE;
    return r;
  }
  let r: Result;
  if (Math.abs(z.real) > LOG_LARGE_DOUBLE) {
    // cosh(z.real) alone may overflow where the result does not.
    const xMinusOne = z.real - copysign(1, z.real);
    r = result(libmCos(z.imag) * first(xMinusOne) * Math.E, libmSin(z.imag) * second(xMinusOne) * Math.E);
  } else {
    r = result(libmCos(z.imag) * first(z.real), libmSin(z.imag) * second(z.real));
  }
  return overflowChecked(r);
}

const cosh = (z: Complex): Result => hyperbolic(z, COSH, false);
const sinh = (z: Complex): Result => hyperbolic(z, SINH, true);

function exp(z: Complex): Result {
  if (isSpecial(z)) {
    let r: Result;
    if (infiniteRealPart(z)) {
      const magnitude = z.real > 0 ? INF : 0;
      r = result(copysign(magnitude, libmCos(z.imag)), copysign(magnitude, libmSin(z.imag)));
    } else {
      r = specialValue(z, EXP);
    }
    const domainError = isInfinite(z.imag) && (Number.isFinite(z.real) || z.real === INF);
    r.errno = domainError ? Errno.EDOM : Errno.NONE;
    return r;
  }
  let r: Result;
  if (z.real > LOG_LARGE_DOUBLE) {
    const l = libmExp(z.real - 1);
    r = result(l * libmCos(z.imag) * Math.E, l * libmSin(z.imag) * Math.E);
  } else {
    const l = libmExp(z.real);
    r = result(l * libmCos(z.imag), l * libmSin(z.imag));
  }
  return overflowChecked(r);
}

function tanh(z: Complex): Result {
  if (isSpecial(z)) {
    let r: Result;
    if (infiniteRealPart(z)) {
      r = result(z.real > 0 ? 1 : -1, copysign(0, 2 * libmSin(z.imag) * libmCos(z.imag)));
    } else {
      r = specialValue(z, TANH);
    }
    r.errno = isInfinite(z.imag) && Number.isFinite(z.real) ? Errno.EDOM : Errno.NONE;
    return r;
  }
  if (Math.abs(z.real) > LOG_LARGE_DOUBLE) {
    // 2 * z.imag might overflow: 1 - tanh(x)**2 is about 4 exp(-2|x|) here.
    return result(copysign(1, z.real), 4 * libmSin(z.imag) * libmCos(z.imag) * libmExp(-2 * Math.abs(z.real)));
  }
  const tx = libmTanh(z.real);
  const ty = libmTan(z.imag);
  const cx = 1 / libmCosh(z.real);
  const txty = tx * ty;
  const denominator = 1 + txty * txty;
  return result(tx * (1 + ty * ty) / denominator, ((ty / denominator) * cx) * cx);
}

function overflowChecked(r: Result): Result {
  if (isInfinite(r.real) || isInfinite(r.imag)) r.errno = Errno.ERANGE;
  return r;
}

/**
 * c_log. The real part log|z| is computed so as to stay accurate where |z| is subnormal
 * (rescaled), beyond the largest double (halved), or near 1 (with log1p).
 */
function log(z: Complex): Result {
  if (isSpecial(z)) return specialValue(z, LOG);
  const ax = Math.abs(z.real);
  const ay = Math.abs(z.imag);
  let real: number;
  if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
    real = libmLog(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax === 0 && ay === 0) return result(-INF, libmAtan2(z.imag, z.real), Errno.EDOM);
    real = libmLog(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const larger = Math.max(ax, ay);
      const smaller = Math.min(ax, ay);
      real = log1p((larger - 1) * (larger + 1) + smaller * smaller) / 2;
    } else {
      real = libmLog(h);
    }
  }
  return result(real, libmAtan2(z.imag, z.real));
}

function log10(z: Complex): Result {
  const r = log(z);
  return result(r.real / LN10, r.imag / LN10, r.errno);
}

const asin = rotated(asinh);
const atan = rotated(atanh);
const sin = rotated(sinh);
const tan = rotated(tanh);

function cos(z: Complex): Result {
  return cosh({ real: -z.imag, imag: z.real });
}

// ---------------------------------------------------------------- arguments and errors

/** PyComplex_AsCComplex: a complex, anything with __complex__, or a real number. */
function asComplex(value: Py): Complex {
  if (value instanceof PyComplex) return value;
  const toComplex = typeOf(value).lookup('__complex__');
  if (toComplex !== undefined) {
    const converted = callUnbound(toComplex, value, []);
    if (!(converted instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeOf(converted).name})`);
    return converted;
  }
  return { real: asDouble(value), imag: 0 };
}

function checked(r: Result): PyComplex {
  if (r.errno === Errno.EDOM) throw newException(ValueError, 'math domain error');
  if (r.errno === Errno.ERANGE) throw newException(OverflowError, 'math range error');
  return new PyComplex(r.real, r.imag);
}

function define(name: string, fn: NativeFunction): void {
  defineFunction(cmathModule, name, fn);
}

/** A function of one complex argument, positional only (METH_O). */
function defineUnary(name: string, fn: (z: Complex) => Py): void {
  define(name, (args, kwnames) => {
    checkArgCount(`cmath.${name}`, args, kwnames, 1);
    return fn(asComplex(args[0]));
  });
}

const FUNCTIONS: [string, (z: Complex) => Result][] = [
  ['acos', acos], ['acosh', acosh], ['asin', asin], ['asinh', asinh], ['atan', atan], ['atanh', atanh],
  ['cos', cos], ['cosh', cosh], ['exp', exp], ['log10', log10], ['sin', sin], ['sinh', sinh],
  ['sqrt', sqrt], ['tan', tan], ['tanh', tanh],
];
for (const [name, fn] of FUNCTIONS) defineUnary(name, (z) => checked(fn(z)));

define('log', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('cmath.log() takes no keyword arguments');
  checkArgCount('log', args, null, 1, 2);
  const x = log(asComplex(args[0]));
  if (args.length === 1) return checked(x);
  // As in C, the base's logarithm decides errno, and then a division by zero.
  const y = log(asComplex(args[1]));
  const quotient = complexQuotient(new ConstComplex(x.real, x.imag), new ConstComplex(y.real, y.imag));
  if (quotient === undefined) return checked(result(0, 0, Errno.EDOM));
  return checked(result(quotient.real, quotient.imag, y.errno));
});

// The C library's atan2 reports an underflow to zero as a range error, and phase passes it on.
defineUnary('phase', (z) => {
  const phi = libmAtan2(z.imag, z.real);
  if (phi === 0 && z.imag !== 0 && Number.isFinite(z.real)) throw newException(OverflowError, 'math range error');
  return new PyFloat(phi);
});

defineUnary('polar', (z) => {
  const phi = libmAtan2(z.imag, z.real);
  const r = complexAbs(z);
  if (r.errno === Errno.ERANGE) throw newException(OverflowError, 'math range error');
  return newTuple([new PyFloat(r.value), new PyFloat(phi)]);
});

define('rect', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('cmath.rect() takes no keyword arguments');
  checkArgCount('rect', args, null, 2);
  return checked(rect(asDouble(args[0]), asDouble(args[1])));
});

/**
 * rect(r, phi) behaves as exp(log(r) + i phi) for r of positive sign, as -exp(log(-r) + i phi)
 * for negative sign, and as exp(nan + i phi) for a NaN.
 */
function rect(r: number, phi: number): Result {
  if (!Number.isFinite(r) || !Number.isFinite(phi)) {
    let z: Result;
    if (isInfinite(r) && Number.isFinite(phi) && phi !== 0) {
      const sign = r > 0 ? 1 : -1;
      z = result(sign * copysign(INF, libmCos(phi)), sign * copysign(INF, libmSin(phi)));
    } else {
      z = specialValue({ real: r, imag: phi }, RECT);
    }
    z.errno = r !== 0 && !Number.isNaN(r) && isInfinite(phi) ? Errno.EDOM : Errno.NONE;
    return z;
  }
  // (phi == 0 is computed apart: some C libraries got the sign wrong for -0.0.)
  if (phi === 0) return result(r, r * phi);
  return result(r * libmCos(phi), r * libmSin(phi));
}

defineUnary('isfinite', (z) => Number.isFinite(z.real) && Number.isFinite(z.imag));
defineUnary('isnan', (z) => Number.isNaN(z.real) || Number.isNaN(z.imag));
defineUnary('isinf', (z) => isInfinite(z.real) || isInfinite(z.imag));

const ISCLOSE = { name: 'isclose', names: ['a', 'b', 'rel_tol', 'abs_tol'], required: 2, positionalOnly: 0, keywordOnlyFrom: 2 };
define('isclose', (args, kwnames) => {
  const [aArgument, bArgument, relTolArgument, absTolArgument] = bindClinicArguments(ISCLOSE, args, kwnames);
  const a = asComplex(aArgument!);
  const b = asComplex(bArgument!);
  const relTol = relTolArgument === undefined ? 1e-9 : asDouble(relTolArgument);
  const absTol = absTolArgument === undefined ? 0 : asDouble(absTolArgument);
  if (relTol < 0 || absTol < 0) throw newException(ValueError, 'tolerances must be non-negative');
  // Exact equality catches two infinities of the same sign; any other infinity is not close.
  if (a.real === b.real && a.imag === b.imag) return true;
  if (isInfinite(a.real) || isInfinite(a.imag) || isInfinite(b.real) || isInfinite(b.imag)) return false;
  const difference = complexAbs({ real: a.real - b.real, imag: a.imag - b.imag }).value;
  return difference <= relTol * complexAbs(b).value || difference <= relTol * complexAbs(a).value || difference <= absTol;
});

cmathModule.dict.setStr('pi', new PyFloat(Math.PI));
cmathModule.dict.setStr('e', new PyFloat(Math.E));
cmathModule.dict.setStr('tau', new PyFloat(2 * Math.PI));
cmathModule.dict.setStr('inf', new PyFloat(INF));
cmathModule.dict.setStr('infj', new PyComplex(0, INF));
cmathModule.dict.setStr('nan', new PyFloat(NaN));
cmathModule.dict.setStr('nanj', new PyComplex(0, NaN));
