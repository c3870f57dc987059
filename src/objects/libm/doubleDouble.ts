// Double-double arithmetic: a value hi + lo with |lo| <= ulp(hi)/2 carries about 106
// bits. The error-free transformations are Knuth's TwoSum and Dekker's TwoProduct
// (with Veltkamp's split, as JavaScript has no fused multiply-add); the compound
// operations follow the QD library's accurate variants (Hida, Li and Bailey).
//
// The operations take their operands as separate doubles and return the high part of
// the result, leaving the low part for `low()` until the next operation: objects for
// the pairs would cost an allocation each (these functions are too many to inline
// all), and so would a module variable holding a double; a typed array slot does not.
const lowPart = new Float64Array(1);

/** The low part of the last operation's result. */
export const low = (): number => lowPart[0];

/** a + b exactly, when |a| >= |b| or a == 0. */
export function quickTwoSum(a: number, b: number): number {
  const s = a + b;
  lowPart[0] = b - (s - a);
  return s;
}

/** a + b exactly, for any order of magnitude. */
export function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  lowPart[0] = a - (s - bb) + (b - bb);
  return s;
}

const SPLITTER = 134217729; // 2**27 + 1

/** a * b exactly (for |a|, |b| below 2**996, so that the split cannot overflow). */
export function twoProduct(a: number, b: number): number {
  const p = a * b;
  let t = SPLITTER * a;
  const aHigh = t - (t - a);
  const aLow = a - aHigh;
  t = SPLITTER * b;
  const bHigh = t - (t - b);
  const bLow = b - bHigh;
  lowPart[0] = aHigh * bHigh - p + aHigh * bLow + aLow * bHigh + aLow * bLow;
  return p;
}

export function add(ah: number, al: number, bh: number, bl: number): number {
  const sh = twoSum(ah, bh);
  const sl = lowPart[0];
  const th = twoSum(al, bl);
  const tl = lowPart[0];
  const uh = quickTwoSum(sh, sl + th);
  return quickTwoSum(uh, lowPart[0] + tl);
}

export function addNumber(ah: number, al: number, b: number): number {
  const sh = twoSum(ah, b);
  return quickTwoSum(sh, lowPart[0] + al);
}

export function multiply(ah: number, al: number, bh: number, bl: number): number {
  const ph = twoProduct(ah, bh);
  return quickTwoSum(ph, lowPart[0] + (ah * bl + al * bh));
}

export function multiplyNumber(ah: number, al: number, b: number): number {
  const ph = twoProduct(ah, b);
  return quickTwoSum(ph, lowPart[0] + al * b);
}

/** a / b: three quotient digits, each from the remainder of the ones before. */
export function divide(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  let ph = multiplyNumber(bh, bl, q1);
  let rh = add(ah, al, -ph, -lowPart[0]);
  let rl = lowPart[0];
  const q2 = rh / bh;
  ph = multiplyNumber(bh, bl, q2);
  rh = add(rh, rl, -ph, -lowPart[0]);
  rl = lowPart[0];
  const q3 = rh / bh;
  const qh = quickTwoSum(q1, q2);
  return addNumber(qh, lowPart[0], q3);
}

/** sqrt(a) for a > 0: one Newton step from the double square root, whose square is exact. */
export function sqrt(ah: number, al: number): number {
  const x = Math.sqrt(ah);
  const square = twoProduct(x, x);
  const residual = ah - square - lowPart[0] + al;
  return quickTwoSum(x, residual / (2 * x));
}

/**
 * The double nearest to a value known to lie within relativeError * |hi| of hi + lo,
 * when every value in that interval rounds to it (Ziv's rounding test); undefined
 * when the interval straddles a rounding boundary and more precision is needed.
 */
export function roundIfCertain(hi: number, lo: number, relativeError: number): number | undefined {
  const margin = Math.abs(hi) * relativeError;
  const below = hi + (lo - margin);
  return below === hi + (lo + margin) ? below : undefined;
}

// 1/3, 1/5 and 1/7 as double-doubles: the leading terms of the atanh-like series that
// log and atan share, where a double's rounding of them would show in the last bit.
export const ONE_THIRD_HIGH = 0.3333333333333333;
export const ONE_THIRD_LOW = 1.850371707708594e-17;
export const ONE_FIFTH_HIGH = 0.2;
export const ONE_FIFTH_LOW = -1.1102230246251566e-17;
export const ONE_SEVENTH_HIGH = 0.14285714285714285;
export const ONE_SEVENTH_LOW = 7.93016446160826e-18;
