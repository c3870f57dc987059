// sinh, cosh, tanh, asinh, acosh and atanh exactly as glibc computes them (Sun's
// fdlibm algorithms in glibc's e_sinh.c, e_cosh.c, s_tanh.c, s_asinh.c, e_acosh.c and
// Drepper's e_atanh.c), over glibc's expm1 and log1p and the (correctly rounded) exp
// and log glibc's own are nearly always equal to.
import { highWord, lowWord } from './bits';
import { exp, log } from './correctlyRounded';
import { expm1, log1p } from './expm1Log1p';

const LN2 = 6.93147180559945286227e-01;

/** Whether |x| (its high word ix) is at most the largest argument whose sinh or cosh is finite. */
function belowOverflowThreshold(ix: number, x: number): boolean {
  return ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d);
}

export function sinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    // |x| < 22: (E + E/(E + 1)) / 2 with E = expm1|x|.
    if (ix < 0x3e300000) return x;
    const t = expm1(ax);
    if (ix < 0x3ff00000) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(ax);
  if (belowOverflowThreshold(ix, x)) {
    // exp|x| alone would overflow: e**(|x|/2) / 2 * e**(|x|/2).
    const w = exp(0.5 * ax);
    return h * w * w;
  }
  return x * Infinity;
}

export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      // |x| < ln2/2: 1 + expm1(|x|)**2 / (2 e**|x|).
      const t = expm1(ax);
      const w = 1 + t;
      if (ix < 0x3c800000) return w;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(ax);
  if (belowOverflowThreshold(ix, x)) {
    const w = exp(0.5 * ax);
    return 0.5 * w * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

export function tanh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1 / x + 1 : 1 / x - 1;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else {
    z = 1;
  }
  return jx >= 0 ? z : -z;
}

export function asinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    // |x| > 2**28: log(2|x|).
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = log(2 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
    } else {
      const t = xa * xa;
      w = log1p(xa + t / (1 + Math.sqrt(1 + t)));
    }
  }
  return x < 0 || Object.is(x, -0) ? -w : w;
}

export function acosh(x: number): number {
  const hx = highWord(x);
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return log(x) + LN2;
  }
  if (x === 1) return 0;
  if (hx > 0x40000000) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return log1p(t + Math.sqrt(2 * t + t * t));
}

export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1 - xa));
  } else if (xa < 1) {
    t = 0.5 * log1p((xa + xa) / (1 - xa));
  } else {
    if (xa > 1 || Number.isNaN(x)) return NaN;
    return x / 0;
  }
  return x < 0 ? -t : t;
}
