// expm1 and log1p exactly as glibc computes them (its s_expm1.c and s_log1p.c: Sun's
// fdlibm algorithms with Shimizu's reordering of the polynomial evaluation), so that
// the results agree bit for bit: neither is correctly rounded, and the order of every
// operation matters.
import { fromWords, highWord, withHighWord } from './bits';

const LN2_HIGH = 6.93147180369123816490e-01; // 0x3fe62e42 fee00000
const LN2_LOW = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const INVERSE_LN2 = 1.44269504088896338700e+00;
const EXPM1_OVERFLOW = 7.09782712893383973096e+02;
// Scaled coefficients of the rational approximation of r (e**r + 1)/(e**r - 1) on [0, 0.347].
const Q1 = -3.33333333333331316428e-02;
const Q2 = 1.58730158725481460165e-03;
const Q3 = -7.93650757867487942473e-05;
const Q4 = 4.00821782732936239552e-06;
const Q5 = -2.01099218183624371326e-07;

/** x * 2**k by adding k to the exponent bits, as fdlibm does (y is normal here). */
function addToExponent(y: number, k: number): number {
  return withHighWord(y, highWord(y) + (k << 20));
}

export function expm1(x: number): number {
  const negative = x < 0 || (x === 0 && Object.is(x, -0));
  const hx = highWord(x) & 0x7fffffff;
  let k: number;
  let c = 0;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln 2
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (Number.isNaN(x)) return x;
        return negative ? -1 : x;
      }
      if (x > EXPM1_OVERFLOW) return Infinity;
    }
    if (negative) return -1;
  }
  if (hx > 0x3fd62e42) {
    // |x| > ln2 / 2: x = k ln2 + hi - lo.
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      hi = negative ? x + LN2_HIGH : x - LN2_HIGH;
      lo = negative ? -LN2_LOW : LN2_LOW;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(INVERSE_LN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HIGH;
      lo = k * LN2_LOW;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * Q1;
  const h2 = hxs * hxs;
  const r2 = Q2 + hxs * Q3;
  const h4 = h2 * h2;
  const r3 = Q4 + hxs * Q5;
  const rr = r1 + h2 * r2 + h4 * r3;
  let t = 3 - rr * hfx;
  let e = hxs * ((rr - t) / (6 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e);
  if (k <= -2 || k > 56) return addToExponent(1 - (e - x), k) - 1;
  if (k < 20) {
    t = fromWords(0x3ff00000 - (0x200000 >> k), 0); // 1 - 2**-k
    return addToExponent(t - (e - x), k);
  }
  t = fromWords((0x3ff - k) << 20, 0); // 2**-k
  return addToExponent(x - (e + t) + 1, k);
}

// Coefficients of R(z) ~ 2/3 s**2 + 2/5 s**4 + ... on [0, 0.1716] for log(1+f) = 2s + s R.
const LP1 = 6.666666666666735130e-01;
const LP2 = 3.999999999940941908e-01;
const LP3 = 2.857142874366239149e-01;
const LP4 = 2.222219843214978396e-01;
const LP5 = 1.818357216161805012e-01;
const LP6 = 1.531383769920937332e-01;
const LP7 = 1.479819860511658591e-01;

export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) {
      // x <= -1
      return x === -1 ? -Infinity : NaN;
    }
    if (ax < 0x3e200000) {
      // |x| < 2**-29
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422: f = x exactly.
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      // The rounding error of 1 + x, divided by u.
      c = k > 0 ? 1 - (u - x) : x - (u - 1);
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000);
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2**-20
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LOW;
      return k * LN2_HIGH + c;
    }
    const r = hfsq * (1 - 0.66666666666666666 * f);
    if (k === 0) return f - r;
    return k * LN2_HIGH - (r - (k * LN2_LOW + c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const r1 = z * LP1;
  const z2 = z * z;
  const r2 = LP2 + z * LP3;
  const z4 = z2 * z2;
  const r3 = LP4 + z * LP5;
  const z6 = z4 * z2;
  const r4 = LP6 + z * LP7;
  const r = r1 + z2 * r2 + z4 * r3 + z6 * r4;
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return k * LN2_HIGH - (hfsq - (s * (hfsq + r) + (k * LN2_LOW + c)) - f);
}
