// Correctly rounded natural and binary logarithms (and the logarithm pow needs) in
// double-double. Near 1, log(1 + f) = 2 atanh(f / (2 + f)) by its series; elsewhere
// x = m 2**e with m in [sqrt(1/2), sqrt 2], and one Newton step on e**y = m from
// y0 = Math.log(m): log m = y0 + log(m e**-y0), whose argument is 1 + d with d tiny.
// As for exp, a quick version in plain doubles (with the quick exp) comes first.
import { highWord, powerOfTwo } from './bits';
import {
  add, addNumber, divide, low, multiply, multiplyNumber, ONE_FIFTH_HIGH, ONE_FIFTH_LOW, ONE_SEVENTH_HIGH, ONE_SEVENTH_LOW, ONE_THIRD_HIGH, ONE_THIRD_LOW,
  quickTwoSum, roundIfCertain, twoProduct, twoSum,
} from './doubleDouble';
import { expExponent, expQuick, expScaled, LN2_HIGH, LN2_LOW, LN2_REST } from './exp';

const INVERSE_LN2_HIGH = 1.4426950408889634;
const INVERSE_LN2_LOW = 2.0355273740931033e-17;

/** Within this of 1 the series is used: the Newton step's absolute error would be too large a part of a small result. */
const NEAR_ONE = 2 ** -6;

/** log(1 + f) for |f| < 2**-6. */
function log1pBySeries(f: number): number {
  const denominatorHigh = twoSum(2, f);
  const sh = divide(f, 0, denominatorHigh, low());
  const sl = low();
  const zh = multiply(sh, sl, sh, sl);
  const zl = low();
  // 2 atanh s = 2s (1 + z/3 + z**2/5 + ...), z = s**2 <= 2**-14; the double part starts at z**4/9.
  let qh = addNumber(ONE_SEVENTH_HIGH, ONE_SEVENTH_LOW, zh * (1 / 9 + zh * (1 / 11 + zh * (1 / 13 + zh * (1 / 15 + zh / 17)))));
  qh = multiply(zh, zl, qh, low());
  qh = add(ONE_FIFTH_HIGH, ONE_FIFTH_LOW, qh, low());
  qh = multiply(zh, zl, qh, low());
  qh = add(ONE_THIRD_HIGH, ONE_THIRD_LOW, qh, low());
  qh = multiply(zh, zl, qh, low());
  qh = addNumber(qh, low(), 1);
  return multiply(2 * sh, 2 * sl, qh, low());
}

/** The exponent splitMantissa found (a small integer: no allocation to hold it). */
let splitExponent = 0;

/** x = m 2**splitExponent with m in [sqrt(1/2), sqrt 2], for finite x > 0. */
function splitMantissa(x: number): number {
  let exponent = 0;
  let high = highWord(x);
  if (high < 0x00100000) {
    // Subnormal: make it normal first.
    x *= 2 ** 54;
    exponent = -54;
    high = highWord(x);
  }
  exponent += (high >> 20) - 1023;
  let m = x * powerOfTwo(1023 - (high >> 20));
  if (m > Math.SQRT2) {
    m /= 2;
    exponent += 1;
  }
  splitExponent = exponent;
  return m;
}

/** log x for finite x > 0, to about 2**-104 relative: returns the high part and leaves the low part in `low()`. */
export function logDoubleDouble(x: number): number {
  if (Math.abs(x - 1) < NEAR_ONE) return log1pBySeries(x - 1);
  const m = splitMantissa(x);
  const exponent = splitExponent;
  const y0 = Math.log(m);
  const scale = powerOfTwo(expExponent(-y0));
  const inverseHigh = expScaled(-y0, 0) * scale;
  const inverseLow = low() * scale;
  // d = m e**-y0 - 1, exact in double-double: m e**-y0 is within a few ulps of 1.
  const productHigh = twoProduct(m, inverseHigh);
  const dh = quickTwoSum(productHigh - 1, low() + m * inverseLow);
  const dl = low();
  // log(1 + d) = d - d**2/2 + ..., d about 2**-52.
  const sum = twoSum(y0, dh);
  const logM = quickTwoSum(sum, low() + (dl - (dh * dh) / 2));
  if (exponent === 0) return logM;
  const logMLow = low();
  const multipleHigh = multiplyNumber(LN2_HIGH, LN2_LOW, exponent);
  const multipleLow = low() + exponent * LN2_REST;
  return add(multipleHigh, multipleLow, logM, logMLow);
}

/** The special values of C's log and log2: undefined for finite positive x other than 1. */
function logSpecialValue(x: number): number | undefined {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  if (x === 1) return 0;
  return undefined;
}

// fdlibm's split of ln 2: k LN2_SHORT is exact for |k| < 2**21.
const LN2_SHORT = 6.93147180369123816490e-01;
const LN2_SHORT_REST = 1.90821492927058770002e-10;
/** The quick path's error bound, absolute (the Newton step's error does not scale with the result). */
export const QUICK_ABSOLUTE_ERROR = 2 ** -60;

/**
 * The quick first try (Ziv's fast path) of log x for finite x > 0: the same Newton step
 * with e**-y0 from the quick exp, good to about 2**-62 absolute everywhere (near 1 that
 * is too little relative accuracy for log itself, which takes the series there, but
 * enough for pow). Returns the high part and (in `low()`) the low part.
 */
export function logQuick(x: number): number {
  const m = splitMantissa(x);
  const exponent = splitExponent;
  const y0 = Math.log(m);
  const scale = powerOfTwo(expExponent(-y0));
  const inverseHigh = expQuick(-y0) * scale;
  const inverseLow = low() * scale;
  const productHigh = twoProduct(m, inverseHigh);
  const d = productHigh - 1 + (low() + m * inverseLow);
  const logMHigh = twoSum(y0, d - (d * d) / 2);
  const logMLow = low();
  const sum = twoSum(exponent * LN2_SHORT, logMHigh);
  return quickTwoSum(sum, low() + logMLow + exponent * LN2_SHORT_REST);
}

export function log(x: number): number | undefined {
  const special = logSpecialValue(x);
  if (special !== undefined) return special;
  if (Math.abs(x - 1) >= NEAR_ONE) {
    const quick = logQuick(x);
    const rounded = roundIfCertain(quick, low(), QUICK_ABSOLUTE_ERROR / Math.abs(quick));
    if (rounded !== undefined) return rounded;
  }
  const high = logDoubleDouble(x);
  return roundIfCertain(high, low(), 2 ** -96);
}

/**
 * log2 x = log x / ln 2: quickly when certain; otherwise rounded to nearest from the
 * double-double, the rare uncertain case included (there is no exact fallback for it).
 * Powers of two come out exact: their double-double logarithm is within 2**-100 of k.
 */
export function log2(x: number): number {
  const special = logSpecialValue(x);
  if (special !== undefined) return special;
  if (Math.abs(x - 1) >= NEAR_ONE) {
    const quick = multiply(logQuick(x), low(), INVERSE_LN2_HIGH, INVERSE_LN2_LOW);
    const rounded = roundIfCertain(quick, low(), (INVERSE_LN2_HIGH * QUICK_ABSOLUTE_ERROR) / Math.abs(quick));
    if (rounded !== undefined) return rounded;
  }
  const high = logDoubleDouble(x);
  const product = multiply(high, low(), INVERSE_LN2_HIGH, INVERSE_LN2_LOW);
  return product + low();
}
