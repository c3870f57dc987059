// sqrt(sum of squares) as CPython 3.11 computes math.hypot and math.dist itself
// (mathmodule.c's vector_norm): lossless scaling by a power of two, squares split by
// Veltkamp-Dekker, Neumaier's compensated summation into three accumulators, and a
// differential correction of the square root. Nearly always correctly rounded, but not
// always, so the steps are followed to the operation.
import { frexp, powerOfTwo } from './bits';

const SPLITTER = 134217729; // 2**27 + 1

/** The norm of non-negative values whose largest is `max`; NaN if `foundNaN` (an infinity wins). */
export function vectorNorm(values: number[], max: number, foundNaN: boolean): number {
  if (max === Infinity) return max;
  if (foundNaN) return NaN;
  if (max === 0 || values.length <= 1) return max;
  const [, maxExponent] = frexp(max);
  // csum starts at 1, above every scaled square, so that each Neumaier step needs no comparison.
  let csum = 1;
  const addToSum = (x: number): number => {
    const old = csum;
    csum += x;
    return old - csum + x;
  };
  let frac1 = 0;
  if (maxExponent < -1023) {
    // 2**-maxExponent would overflow: divide by max instead.
    for (const value of values) {
      const x = value / max;
      frac1 += addToSum(x * x);
    }
    return max * Math.sqrt(csum - 1 + frac1);
  }
  const scale = powerOfTwo(-maxExponent);
  let frac2 = 0;
  let frac3 = 0;
  for (const value of values) {
    const x = value * scale;
    const t = x * SPLITTER;
    const high = t - (t - x);
    const low = x - high;
    frac1 += addToSum(high * high);
    frac2 += addToSum(2 * high * low);
    frac3 += low * low;
  }
  const h = Math.sqrt(csum - 1 + (frac1 + frac2 + frac3));
  // Subtract h**2 exactly, for the correction h + (sum - h**2) / (2h).
  const t = h * SPLITTER;
  const high = t - (t - h);
  const low = h - high;
  frac1 += addToSum(-high * high);
  frac2 += addToSum(-2 * high * low);
  frac3 += addToSum(-low * low);
  const x = csum - 1 + (frac1 + frac2 + frac3);
  return (h + x / (2 * h)) / scale;
}
