// Correctly rounded atan, atan2, asin and acos in double-double, all through
// atan(n/d) for n, d >= 0: n/d or d/n (whichever is at most 1) is u = j/64 + ...,
// atan u = atan(j/64) + atan((u - j/64) / (1 + u j/64)) with the second argument
// below 1/128 for a short Taylor polynomial, and atan(j/64) from a table (one Newton
// step on tan y = j/64 from Math.atan, with the double-double sin and cos). atan and
// atan2 try a quick version in plain doubles first.
import {
  add, addNumber, divide, low, multiply, multiplyNumber, ONE_FIFTH_HIGH, ONE_FIFTH_LOW, ONE_SEVENTH_HIGH, ONE_SEVENTH_LOW, ONE_THIRD_HIGH, ONE_THIRD_LOW,
  quickTwoSum, roundIfCertain, sqrt, twoProduct, twoSum,
} from './doubleDouble';
import { sinCosOfReduced, sinCosResult } from './trig';

const PI_HIGH = 3.141592653589793;
const PI_LOW = 1.2246467991473532e-16;
const HALF_PI_HIGH = 1.5707963267948966;
const HALF_PI_LOW = 6.123233995736766e-17;

const TABLE_STEPS = 64;
/** atan(j/64) as high and low parts. */
const ATAN_TABLE = new Float64Array(2 * (TABLE_STEPS + 1));
for (let j = 0; j <= TABLE_STEPS; j++) {
  const c = j / TABLE_STEPS;
  const y0 = Math.atan(c);
  sinCosOfReduced(y0, 0);
  const sinHigh = sinCosResult[0];
  const sinLow = sinCosResult[1];
  const cosHigh = sinCosResult[2];
  const cosLow = sinCosResult[3];
  // Newton on tan y = c: y1 = y0 + (c cos y0 - sin y0) cos y0, for cos**2 = 1 / (1 + tan**2).
  const scaledCos = multiplyNumber(cosHigh, cosLow, c);
  const residual = add(scaledCos, low(), -sinHigh, -sinLow);
  const step = multiply(residual, low(), cosHigh, cosLow);
  ATAN_TABLE[2 * j] = twoSum(y0, step);
  ATAN_TABLE[2 * j + 1] = low();
}

/** atan t for |t| <= 1/128: t (1 - z/3 + z**2/5 - ...), z = t**2 <= 2**-14, the double part from z**4/9 on. */
function atanOfSmall(th: number, tl: number): number {
  const zh = multiply(th, tl, th, tl);
  const zl = low();
  let qh = addNumber(-ONE_SEVENTH_HIGH, -ONE_SEVENTH_LOW, zh * (1 / 9 + zh * (-1 / 11 + zh * (1 / 13 + zh * (-1 / 15 + zh / 17)))));
  qh = multiply(zh, zl, qh, low());
  qh = add(ONE_FIFTH_HIGH, ONE_FIFTH_LOW, qh, low());
  qh = multiply(zh, zl, qh, low());
  qh = add(qh, low(), -ONE_THIRD_HIGH, -ONE_THIRD_LOW);
  qh = multiply(zh, zl, qh, low());
  qh = addNumber(qh, low(), 1);
  return multiply(th, tl, qh, low());
}

/** atan u for 0 <= u <= 1. */
function atanOfUnit(uh: number, ul: number): number {
  const j = Math.round(uh * TABLE_STEPS);
  if (j === 0) return atanOfSmall(uh, ul);
  const c = j / TABLE_STEPS;
  const numeratorHigh = addNumber(uh, ul, -c);
  const numeratorLow = low();
  const denominatorHigh = addNumber(multiplyNumber(uh, ul, c), low(), 1);
  const th = divide(numeratorHigh, numeratorLow, denominatorHigh, low());
  const atanT = atanOfSmall(th, low());
  return add(ATAN_TABLE[2 * j], ATAN_TABLE[2 * j + 1], atanT, low());
}

/** Ratios below this lose bits to underflow in the double-double division: left to the exact computation. */
const SMALLEST_RATIO = 2 ** -960;

/** atan(n / d) in [0, pi/2] for n, d >= 0, not both zero; NaN when the ratio is too extreme. */
function atanOfRatio(nh: number, nl: number, dh: number, dl: number): number {
  const inverted = nh > dh;
  const uh = inverted ? divide(dh, dl, nh, nl) : divide(nh, nl, dh, dl);
  if (uh < SMALLEST_RATIO && uh !== 0) return NaN;
  const angle = atanOfUnit(uh, low());
  return inverted ? add(HALF_PI_HIGH, HALF_PI_LOW, -angle, -low()) : angle;
}

const RELATIVE_ERROR = 2 ** -95;
/** The quick path's error bound, with a margin. */
const QUICK_RELATIVE_ERROR = 2 ** -64;

/**
 * The quick first try (Ziv's fast path) at atan(n/d) in [0, pi/2] for doubles n, d >= 0:
 * the same table, with the quotients corrected by their exact remainders (TwoProduct)
 * and the polynomial in plain doubles, good to about 2**-70. Returns the high part and
 * (in `low()`) the low part; NaN when the ratio is too extreme.
 */
function atanOfRatioQuick(n: number, d: number): number {
  const inverted = n > d;
  const numerator = inverted ? d : n;
  const denominator = inverted ? n : d;
  const uh = numerator / denominator;
  if (uh < SMALLEST_RATIO && uh !== 0) return NaN;
  const ul = (numerator - twoProduct(uh, denominator) - low()) / denominator;
  const j = Math.round(uh * TABLE_STEPS);
  const c = j / TABLE_STEPS;
  // t = (u - c) / (1 + u c): u - c is exact, 1 + u c exact in double-double.
  const nh = uh - c;
  const productHigh = twoProduct(uh, c);
  const productLow = low() + ul * c;
  const dh = twoSum(1, productHigh);
  const dl = low() + productLow;
  const th = nh / dh;
  const tl = (nh - twoProduct(th, dh) - low() + ul - th * dl) / dh;
  const z = th * th;
  const tail = tl + th * z * (-1 / 3 + z * (1 / 5 + z * (-1 / 7 + z * (1 / 9 - z / 11))));
  const sum = twoSum(ATAN_TABLE[2 * j], th);
  const angle = quickTwoSum(sum, low() + ATAN_TABLE[2 * j + 1] + tail);
  return inverted ? add(HALF_PI_HIGH, HALF_PI_LOW, -angle, -low()) : angle;
}

/** The angle (high part returned, low part in `low()`), negated when `negative`, rounded if certain. */
function rounded(angle: number, negative: boolean, relativeError = RELATIVE_ERROR): number | undefined {
  if (Number.isNaN(angle)) return undefined;
  return negative ? roundIfCertain(-angle, -low(), relativeError) : roundIfCertain(angle, low(), relativeError);
}

export function atan(x: number): number | undefined {
  if (Number.isNaN(x) || x === 0) return x;
  if (!Number.isFinite(x)) return x > 0 ? HALF_PI_HIGH : -HALF_PI_HIGH;
  return rounded(atanOfRatioQuick(Math.abs(x), 1), x < 0, QUICK_RELATIVE_ERROR) ?? rounded(atanOfRatio(Math.abs(x), 0, 1, 0), x < 0);
}

/** pi minus an angle (high part given, low part in `low()`). */
function supplement(angle: number): number {
  return add(PI_HIGH, PI_LOW, -angle, -low());
}

/** atan2 for finite non-zero y and x (the callers handle zeros, infinities and NaNs). */
export function atan2OfFinite(y: number, x: number): number | undefined {
  const quick = atanOfRatioQuick(Math.abs(y), Math.abs(x));
  const quickResult = Number.isNaN(quick) ? undefined : rounded(x < 0 ? supplement(quick) : quick, y < 0, QUICK_RELATIVE_ERROR);
  if (quickResult !== undefined) return quickResult;
  const angle = atanOfRatio(Math.abs(y), 0, Math.abs(x), 0);
  if (Number.isNaN(angle)) return undefined;
  return rounded(x < 0 ? supplement(angle) : angle, y < 0);
}

/** sqrt(1 - x*x) for |x| <= 1, from the exact square (high part returned, low part in `low()`). */
function cosineOfArcsine(x: number): number {
  const square = twoProduct(x, x);
  const squareLow = low();
  const difference = addNumber(twoSum(1, -square), low(), -squareLow);
  return difference === 0 ? 0 : sqrt(difference, low());
}

/** Below this asin x rounds to x, and acos x to pi/2 (and the ratios stay in the division's range). */
const TINY = 2 ** -60;

/**
 * asin and acos have no exact fallback: they round the double-double to nearest, wrong
 * only when the true value lies within 2**-95 of a rounding boundary.
 */
export function asin(x: number): number {
  if (Number.isNaN(x) || Math.abs(x) < TINY) return x;
  if (Math.abs(x) > 1) return NaN;
  const cosineHigh = cosineOfArcsine(x);
  const angle = atanOfRatio(Math.abs(x), 0, cosineHigh, low());
  return x < 0 ? -(angle + low()) : angle + low();
}

export function acos(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) > 1) return NaN;
  if (Math.abs(x) < TINY) return HALF_PI_HIGH;
  const sineHigh = cosineOfArcsine(x);
  const angle = atanOfRatio(sineHigh, low(), Math.abs(x), 0);
  const result = x < 0 ? supplement(angle) : angle;
  return result + low();
}
