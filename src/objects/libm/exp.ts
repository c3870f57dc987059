// Correctly rounded e**x and 2**x: Tang's table-driven method carried out in
// double-double. x = n ln2/1024 + r with |r| <= ln2/2048 (Cody and Waite's reduction
// with ln2/1024 in three parts), then e**x = 2**(n/1024) * e**r, the power of two from
// two 32-entry tables and e**r from a short Taylor polynomial. Ziv's strategy: a quick
// evaluation in plain doubles (good to about 2**-62) is rounded when its error bound
// allows, about 99 times in 100; otherwise the double-double one (about 2**-100) is,
// which leaves about one argument in 2**40 undefined, for the caller's exact (bigint)
// computation.
import { powerOfTwo, scaleByPowerOfTwo } from './bits';
import { add, addNumber, divide, low, multiply, multiplyNumber, quickTwoSum, roundIfCertain, twoProduct, twoSum } from './doubleDouble';

/** ln 2 in three parts. */
export const LN2_HIGH = 0.6931471805599453;
export const LN2_LOW = 2.3190468138462996e-17;
export const LN2_REST = 5.707708438416212e-34;

const STEPS_PER_LN2 = 1024;
const INVERSE_STEP = 1477.3197218702985; // 1024 / ln 2
// ln2/1024 split so that n * STEP_1 and n * STEP_2 are exact for |n| < 2**21.
const STEP_1 = 0.0006769015433292225;
const STEP_2 = 1.8634911414483108e-13;
const STEP_3 = 4.1749761618629385e-23;

const ONE_SIXTH_HIGH = 0.16666666666666666;
const ONE_SIXTH_LOW = 9.25185853854297e-18;
const ONE_24TH_HIGH = 0.041666666666666664;
const ONE_24TH_LOW = 2.3129646346357427e-18;

/** e**a for |a| <= ln 2 by its Taylor series: only to build the tables. */
function expBySeries(ah: number, al: number): [number, number] {
  let sumHigh = 1;
  let sumLow = 0;
  let termHigh = 1;
  let termLow = 0;
  for (let n = 1; Math.abs(termHigh) > 2 ** -110; n++) {
    termHigh = multiply(termHigh, termLow, ah, al);
    termHigh = divide(termHigh, low(), n, 0);
    termLow = low();
    sumHigh = add(sumHigh, sumLow, termHigh, termLow);
    sumLow = low();
  }
  return [sumHigh, sumLow];
}

/** 2**(i * spacing) for i < 32, as high and low parts. */
function powersOfTwoTable(spacing: number): [Float64Array, Float64Array] {
  const highParts = new Float64Array(32);
  const lowParts = new Float64Array(32);
  for (let i = 0; i < 32; i++) {
    [highParts[i], lowParts[i]] = expBySeries(multiplyNumber(LN2_HIGH, LN2_LOW, i * spacing), low());
  }
  return [highParts, lowParts];
}

// 2**(j/1024) = 2**((j >> 5)/32) * 2**((j & 31)/1024).
const [COARSE_HIGH, COARSE_LOW] = powersOfTwoTable(1 / 32);
const [FINE_HIGH, FINE_LOW] = powersOfTwoTable(1 / 1024);

/** The power of two expScaled leaves out of e**xh. */
export function expExponent(xh: number): number {
  return Math.floor(Math.round(xh * INVERSE_STEP) / STEPS_PER_LN2);
}

/**
 * e**(xh + xl) / 2**expExponent(xh), in [0.7, 1.5], for |xh| below about 745: returns
 * the high part and leaves the low part in `low()`.
 */
export function expScaled(xh: number, xl: number): number {
  const n = Math.round(xh * INVERSE_STEP);
  // xh - n * STEP_1 is exact: the two are close and n * STEP_1 has few bits.
  const partial = twoSum(xh - n * STEP_1, -n * STEP_2);
  const rh = twoSum(partial, low() + (xl - n * STEP_3));
  const rl = low();
  // e**r - 1 = r (1 + r (1/2 + r (1/6 + r (1/24 + ...)))); the tail past r**4/24 is below 2**-60 of it.
  let qh = addNumber(ONE_24TH_HIGH, ONE_24TH_LOW, rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh * (1 / 40320)))));
  qh = multiply(rh, rl, qh, low());
  qh = add(ONE_SIXTH_HIGH, ONE_SIXTH_LOW, qh, low());
  qh = multiply(rh, rl, qh, low());
  qh = addNumber(qh, low(), 0.5);
  qh = multiply(rh, rl, qh, low());
  qh = addNumber(qh, low(), 1);
  const expm1High = multiply(rh, rl, qh, low());
  const expm1Low = low();
  const j = n - Math.floor(n / STEPS_PER_LN2) * STEPS_PER_LN2;
  const th = multiply(COARSE_HIGH[j >> 5], COARSE_LOW[j >> 5], FINE_HIGH[j & 31], FINE_LOW[j & 31]);
  const tl = low();
  // 2**(j/1024) (1 + (e**r - 1)).
  const productHigh = multiply(th, tl, expm1High, expm1Low);
  return add(th, tl, productHigh, low());
}

/** Below this e**x is subnormal (or zero): left to the exact computation. */
const EXP_NORMAL_LIMIT = -708.3;
/** Below this e**x rounds to zero. */
const EXP_ZERO_LIMIT = -746;
/** Above this e**x overflows; just below it the rounding of the scaled result decides. */
const EXP_OVERFLOW_LIMIT = 709.79;

/** e**(xh + xl) rounded, the special ranges included; undefined when uncertain. */
export function expOfDoubleDouble(xh: number, xl: number, relativeError: number): number | undefined {
  if (Number.isNaN(xh)) return xh;
  if (xh > EXP_OVERFLOW_LIMIT) return Infinity;
  if (xh < EXP_NORMAL_LIMIT) return xh < EXP_ZERO_LIMIT ? 0 : undefined;
  const high = expScaled(xh, xl);
  const rounded = roundIfCertain(high, low(), relativeError);
  return rounded === undefined ? undefined : scaleByPowerOfTwo(rounded, expExponent(xh));
}

/**
 * The quick first try (Ziv's fast path): the same reduction and tables, but e**r - 1
 * in plain doubles, for a result good to about 2**-62. Returns e**(x + xl) / 2**expExponent(x)
 * as a high part and (in `low()`) a low part.
 */
export function expQuick(x: number, xl = 0): number {
  const n = Math.round(x * INVERSE_STEP);
  const r = x - n * STEP_1 - n * STEP_2 - n * STEP_3 + xl;
  const expm1OfR = r + r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r / 720))));
  const j = n - Math.floor(n / STEPS_PER_LN2) * STEPS_PER_LN2;
  const coarseHigh = COARSE_HIGH[j >> 5];
  const fineHigh = FINE_HIGH[j & 31];
  const tableHigh = twoProduct(coarseHigh, fineHigh);
  const tableLow = low() + coarseHigh * FINE_LOW[j & 31] + COARSE_LOW[j >> 5] * fineHigh;
  return quickTwoSum(tableHigh, tableLow + tableHigh * expm1OfR);
}

/** The quick path's error bound, with a margin. */
export const QUICK_RELATIVE_ERROR = 2 ** -60;

/** e**(xh + xl) by the quick path, when it is certain; undefined otherwise (for expOfDoubleDouble). */
export function expOfDoubleDoubleQuickly(xh: number, xl: number, relativeError: number): number | undefined {
  if (!(xh > EXP_NORMAL_LIMIT && xh < EXP_OVERFLOW_LIMIT)) return undefined;
  const high = expQuick(xh, xl);
  const rounded = roundIfCertain(high, low(), relativeError);
  return rounded === undefined ? undefined : scaleByPowerOfTwo(rounded, expExponent(xh));
}

export function exp(x: number): number | undefined {
  return expOfDoubleDoubleQuickly(x, 0, QUICK_RELATIVE_ERROR) ?? expOfDoubleDouble(x, 0, 2 ** -96);
}

/** 2**x is infinite from here on, and zero below EXP2_ZERO_LIMIT (2**-1075 is a tie, rounded to even: zero). */
const EXP2_OVERFLOW_LIMIT = 1024;
const EXP2_ZERO_LIMIT = -1075;

export function exp2(x: number): number | undefined {
  if (Number.isNaN(x)) return x;
  if (x >= EXP2_OVERFLOW_LIMIT) return Infinity;
  if (x <= EXP2_ZERO_LIMIT) return 0;
  if (Number.isInteger(x) && x >= -1022) return powerOfTwo(x);
  // e**(x ln 2), with x ln 2 in double-double (good to 2**-104 of itself: at most 2**-94 absolute).
  const product = twoProduct(x, LN2_HIGH);
  const exponentHigh = quickTwoSum(product, low() + x * LN2_LOW);
  const exponentLow = low();
  return expOfDoubleDoubleQuickly(exponentHigh, exponentLow, QUICK_RELATIVE_ERROR) ?? expOfDoubleDouble(exponentHigh, exponentLow, 2 ** -93);
}
