// Correctly rounded sin, cos and tan in double-double. Cody and Waite's reduction
// x = k pi/2 + r, with pi/2 in five parts (185 bits: enough for the closest a double
// below 2**19 comes to a multiple of pi/2), then r = j/64 + t with sin and cos of j/64
// from tables and of t (|t| <= 1/128) from Taylor polynomials: first quickly in plain
// doubles, then (when the quick result is too close to a rounding boundary) in
// double-double. Larger arguments (and the rare results still too close) are left to
// the exact computation.
import { add, addNumber, divide, low, multiply, multiplyNumber, quickTwoSum, roundIfCertain, twoProduct, twoSum } from './doubleDouble';

const TWO_OVER_PI = 0.6366197723675814;
// pi/2 in parts of 33 bits, so that k times each of the first four is exact for k < 2**20.
const HALF_PI_1 = 1.5707963267341256;
const HALF_PI_2 = 6.077100506303966e-11;
const HALF_PI_3 = 2.0222662487111665e-21;
const HALF_PI_4 = 8.478427660348229e-32;
const HALF_PI_5 = 2.0670321098263988e-43;
/** Beyond this the reduction would need more bits of pi: the exact computation takes over. */
const REDUCTION_LIMIT = 2 ** 19;

const ONE_SIXTH_HIGH = 0.16666666666666666;
const ONE_SIXTH_LOW = 9.25185853854297e-18;
const ONE_120TH_HIGH = 0.008333333333333333;
const ONE_120TH_LOW = 1.1564823173178714e-19;
const ONE_24TH_HIGH = 0.041666666666666664;
const ONE_24TH_LOW = 2.3129646346357427e-18;
const ONE_720TH_HIGH = 0.001388888888888889;
const ONE_720TH_LOW = -5.300543954373577e-20;

/** sin r and cos r as [sin high, sin low, cos high, cos low]: the results of sinCos. */
export const sinCosResult = new Float64Array(4);

/** sin t and cos t for |t| <= 1/128 into sinCosResult; the terms past the double-double ones are below 2**-50 of the result. */
function sinCosOfSmall(th: number, tl: number): void {
  const zh = multiply(th, tl, th, tl);
  const zl = low();
  // sin t = t (1 - z/6 + z**2/120 - ...).
  let sh = addNumber(ONE_120TH_HIGH, ONE_120TH_LOW, zh * (-1 / 5040 + zh * (1 / 362880 + zh * (-1 / 39916800 + zh / 6227020800))));
  sh = multiply(zh, zl, sh, low());
  sh = add(sh, low(), -ONE_SIXTH_HIGH, -ONE_SIXTH_LOW);
  sh = multiply(zh, zl, sh, low());
  sh = addNumber(sh, low(), 1);
  sinCosResult[0] = multiply(th, tl, sh, low());
  sinCosResult[1] = low();
  // cos t = 1 - z/2 + z**2/24 - z**3/720 + ...
  let ch = addNumber(-ONE_720TH_HIGH, -ONE_720TH_LOW, zh * (1 / 40320 + zh * (-1 / 3628800 + zh * (1 / 479001600 - zh / 87178291200))));
  ch = multiply(zh, zl, ch, low());
  ch = add(ONE_24TH_HIGH, ONE_24TH_LOW, ch, low());
  ch = multiply(zh, zl, ch, low());
  ch = addNumber(ch, low(), -0.5);
  ch = multiply(zh, zl, ch, low());
  sinCosResult[2] = addNumber(ch, low(), 1);
  sinCosResult[3] = low();
}

/** sin a and cos a for |a| <= pi/4 by their Taylor series: only to build the tables. */
function sinCosBySeries(a: number): [number, number, number, number] {
  const squareHigh = multiply(a, 0, a, 0);
  const squareLow = low();
  let sineHigh = a;
  let sineLow = 0;
  let cosineHigh = 1;
  let cosineLow = 0;
  let termHigh = a;
  let termLow = 0;
  for (let n = 2; Math.abs(termHigh) > 2 ** -110; n += 2) {
    // term holds +-a**(n-1)/(n-1)!; the next two terms are -term a/n (of cos) and -term a**2/(n (n+1)) (of sin).
    const evenHigh = divide(multiplyNumber(termHigh, termLow, -a), low(), n, 0);
    cosineHigh = add(cosineHigh, cosineLow, evenHigh, low());
    cosineLow = low();
    termHigh = multiply(-termHigh, -termLow, squareHigh, squareLow);
    termHigh = divide(termHigh, low(), n * (n + 1), 0);
    termLow = low();
    sineHigh = add(sineHigh, sineLow, termHigh, termLow);
    sineLow = low();
  }
  return [sineHigh, sineLow, cosineHigh, cosineLow];
}

const TABLE_STEPS = 64;
const TABLE_SIZE = 52; // j/64 up to just past pi/4
/** sin(j/64) and cos(j/64), four doubles for each j. */
const SIN_COS_TABLE = new Float64Array(4 * TABLE_SIZE);
for (let j = 0; j < TABLE_SIZE; j++) SIN_COS_TABLE.set(sinCosBySeries(j / TABLE_STEPS), 4 * j);

/** sin r and cos r for |r| <= pi/4 + a little, into sinCosResult. */
export function sinCosOfReduced(rh: number, rl: number): void {
  const j = Math.round(Math.abs(rh) * TABLE_STEPS);
  const c = rh < 0 ? -j / TABLE_STEPS : j / TABLE_STEPS;
  const th = addNumber(rh, rl, -c);
  sinCosOfSmall(th, low());
  if (j === 0) return;
  const sinTHigh = sinCosResult[0];
  const sinTLow = sinCosResult[1];
  const cosTHigh = sinCosResult[2];
  const cosTLow = sinCosResult[3];
  const sign = rh < 0 ? -1 : 1;
  const sinCHigh = sign * SIN_COS_TABLE[4 * j];
  const sinCLow = sign * SIN_COS_TABLE[4 * j + 1];
  const cosCHigh = SIN_COS_TABLE[4 * j + 2];
  const cosCLow = SIN_COS_TABLE[4 * j + 3];
  // sin(c + t) = sin c cos t + cos c sin t; cos(c + t) = cos c cos t - sin c sin t.
  let ph = multiply(sinCHigh, sinCLow, cosTHigh, cosTLow);
  let pl = low();
  sinCosResult[0] = add(ph, pl, multiply(cosCHigh, cosCLow, sinTHigh, sinTLow), low());
  sinCosResult[1] = low();
  ph = multiply(cosCHigh, cosCLow, cosTHigh, cosTLow);
  pl = low();
  sinCosResult[2] = add(ph, pl, -multiply(sinCHigh, sinCLow, sinTHigh, sinTLow), -low());
  sinCosResult[3] = low();
}

/** sin and cos of x - k pi/2 into sinCosResult, for |x| below REDUCTION_LIMIT and k = round(x 2/pi). */
function sinCosOfRemainder(x: number, k: number): void {
  // x - k HALF_PI_1 is exact; each further part is an exact product, summed in double-double.
  let rh = twoSum(x - k * HALF_PI_1, -k * HALF_PI_2);
  rh = addNumber(rh, low(), -k * HALF_PI_3);
  rh = addNumber(rh, low(), -k * HALF_PI_4);
  rh = addNumber(rh, low(), -k * HALF_PI_5);
  sinCosOfReduced(rh, low());
}

const RELATIVE_ERROR = 2 ** -95;
/** The quick path's error bound, with a margin; tan's adds the sine's and the cosine's. */
const QUICK_RELATIVE_ERROR = 2 ** -58;
const TAN_QUICK_RELATIVE_ERROR = 2 ** -57;

/**
 * The quick first try (Ziv's fast path) at sin r (cosine false) or cos r (cosine true)
 * for r = x - k pi/2: the same reduction and tables, with the polynomials in plain
 * doubles, good to about 2**-60. Returns the high part and (in `low()`) the low part.
 */
function sinOrCosQuick(x: number, k: number, cosine: boolean): number {
  const partial = twoSum(x - k * HALF_PI_1, -k * HALF_PI_2);
  const rh = twoSum(partial, low() - k * HALF_PI_3 - k * HALF_PI_4);
  const rl = low();
  const j = Math.round(Math.abs(rh) * TABLE_STEPS);
  // t = r - j/64 as th + tl; r - j/64 is exact, and the low part is smaller than it.
  const th = quickTwoSum(rh - (rh < 0 ? -j : j) / TABLE_STEPS, rl);
  const tl = low();
  const z = th * th;
  // sin t = th + sinRest, cos t = 1 + cosRest.
  const sinRest = tl + th * z * (-1 / 6 + z * (1 / 120 + z * (-1 / 5040 + z / 362880)));
  const cosRest = z * (-0.5 + z * (1 / 24 + z * (-1 / 720 + z / 40320))) - th * tl;
  if (j === 0) return cosine ? quickTwoSum(1, cosRest) : quickTwoSum(th, sinRest);
  const sign = rh < 0 ? -1 : 1;
  const sinCHigh = sign * SIN_COS_TABLE[4 * j];
  const sinCLow = sign * SIN_COS_TABLE[4 * j + 1];
  const cosCHigh = SIN_COS_TABLE[4 * j + 2];
  const cosCLow = SIN_COS_TABLE[4 * j + 3];
  if (cosine) {
    // cos(c + t) = cos c - sin c th + (cos c cosRest - sin c sinRest ...).
    const product = twoProduct(sinCHigh, th);
    const productLow = low();
    const sum = twoSum(cosCHigh, -product);
    return quickTwoSum(sum, low() - productLow + cosCLow + cosCHigh * cosRest - sinCHigh * sinRest - sinCLow * th);
  }
  // sin(c + t) = sin c + cos c th + (sin c cosRest + cos c sinRest ...).
  const product = twoProduct(cosCHigh, th);
  const productLow = low();
  const sum = twoSum(sinCHigh, product);
  return quickTwoSum(sum, low() + productLow + sinCLow + sinCHigh * cosRest + cosCHigh * sinRest + cosCLow * th);
}

/** sin x (cosine false) or cos x (cosine true) from the quadrant's sine or cosine of the remainder. */
function sinOrCos(x: number, cosine: boolean): number | undefined {
  const k = Math.round(x * TWO_OVER_PI);
  // sin(r + k pi/2) cycles through sin r, cos r, -sin r, -cos r; cos is one quadrant ahead.
  const quadrant = (k + (cosine ? 1 : 0)) & 3;
  const sign = quadrant & 2 ? -1 : 1;
  const quick = sinOrCosQuick(x, k, (quadrant & 1) === 1);
  const rounded = roundIfCertain(sign * quick, sign * low(), QUICK_RELATIVE_ERROR);
  if (rounded !== undefined) return rounded;
  sinCosOfRemainder(x, k);
  const index = quadrant & 1 ? 2 : 0;
  return roundIfCertain(sign * sinCosResult[index], sign * sinCosResult[index + 1], RELATIVE_ERROR);
}

export function sin(x: number): number | undefined {
  if (x === 0 || !Number.isFinite(x)) return Number.isFinite(x) ? x : NaN;
  return Math.abs(x) < REDUCTION_LIMIT ? sinOrCos(x, false) : undefined;
}

export function cos(x: number): number | undefined {
  if (!Number.isFinite(x)) return NaN;
  return Math.abs(x) < REDUCTION_LIMIT ? sinOrCos(x, true) : undefined;
}

export function tan(x: number): number | undefined {
  if (x === 0 || !Number.isFinite(x)) return Number.isFinite(x) ? x : NaN;
  if (Math.abs(x) >= REDUCTION_LIMIT) return undefined;
  const k = Math.round(x * TWO_OVER_PI);
  // tan(r + k pi/2) is tan r for even k and -cot r for odd k.
  const odd = (k & 1) === 1;
  // Quick: the quotient of the quick sine and cosine, corrected by its exact remainder.
  const sineHigh = sinOrCosQuick(x, k, false);
  const sineLow = low();
  const cosineHigh = sinOrCosQuick(x, k, true);
  const cosineLow = low();
  const numeratorHigh = odd ? cosineHigh : sineHigh;
  const numeratorLow = odd ? cosineLow : sineLow;
  const denominatorHigh = odd ? -sineHigh : cosineHigh;
  const denominatorLow = odd ? -sineLow : cosineLow;
  const q = numeratorHigh / denominatorHigh;
  const remainder = numeratorHigh - twoProduct(q, denominatorHigh) - low() + numeratorLow - q * denominatorLow;
  const quick = roundIfCertain(q, remainder / denominatorHigh, TAN_QUICK_RELATIVE_ERROR);
  if (quick !== undefined) return quick;
  sinCosOfRemainder(x, k);
  const sh = sinCosResult[0];
  const sl = sinCosResult[1];
  const ch = sinCosResult[2];
  const cl = sinCosResult[3];
  const quotient = odd ? -divide(ch, cl, sh, sl) : divide(sh, sl, ch, cl);
  return roundIfCertain(quotient, odd ? -low() : low(), RELATIVE_ERROR);
}
