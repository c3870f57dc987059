// gamma and lgamma as CPython computes them itself (Modules/mathmodule.c's m_tgamma
// and m_lgamma): the Lanczos approximation with N = 13 and g = 6.024680040776729583740234375
// as a rational function (in x below 5, in 1/x above, for accuracy), a correction for
// the rounding error of x + g - 0.5, and the reflection formula for negative x, over
// the correctly rounded exp, pow, log, sin and cos glibc's nearly always equal.
import { cos, exp, log, pow, sin } from './correctlyRounded';

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUMERATOR = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** The denominator is x (x + 1) ... (x + 11). */
const LANCZOS_DENOMINATOR = [0, 39916800, 120543840, 150917976, 105258076, 45995730, 13339535, 2637558, 357423, 32670, 1925, 66, 1];
/** gamma(n) = (n - 1)! for n up to 23, exact in doubles. */
const GAMMA_INTEGRAL: number[] = [1];
for (let n = 1; n < 23; n++) GAMMA_INTEGRAL.push(GAMMA_INTEGRAL[n - 1] * n);
const LOG_PI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let numerator = 0;
  let denominator = 0;
  if (x < 5) {
    for (let i = LANCZOS_NUMERATOR.length - 1; i >= 0; i--) {
      numerator = numerator * x + LANCZOS_NUMERATOR[i];
      denominator = denominator * x + LANCZOS_DENOMINATOR[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_NUMERATOR.length; i++) {
      numerator = numerator / x + LANCZOS_NUMERATOR[i];
      denominator = denominator / x + LANCZOS_DENOMINATOR[i];
    }
  }
  return numerator / denominator;
}

/** sin(pi x) for finite x, reduced to a quarter period first so that pi * y loses nothing. */
function sinPi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = sin(Math.PI * y); break;
    case 1: r = cos(Math.PI * (y - 0.5)); break;
    case 2: r = sin(Math.PI * (1 - y)); break;
    case 3: r = -cos(Math.PI * (y - 1.5)); break;
    default: r = sin(Math.PI * (y - 2)); break;
  }
  return x < 0 ? -r : r;
}

/** Gamma(x); NaN for the poles and -inf (a ValueError), +-inf for +-0. */
export function gamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? x : NaN;
  if (x === 0) return 1 / x;
  if (x === Math.floor(x)) {
    if (x < 0) return NaN;
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return 1 / x;
  // Past 200 the result overflows, or (for negative x) underflows to a signed zero.
  if (absx > 200) return x < 0 ? 0 / sinPi(x) : Infinity;
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The rounding error of y, scaled for the correction factor 1 + e g / y.
  let z = absx > LANCZOS_G_MINUS_HALF ? y - absx - LANCZOS_G_MINUS_HALF : y - LANCZOS_G_MINUS_HALF - absx;
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (((-Math.PI / sinPi(absx)) / absx) * exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) {
      r /= pow(y, absx - 0.5);
    } else {
      // y**(absx - 0.5) itself would overflow.
      const sqrtPower = pow(y, absx / 2 - 0.25);
      r /= sqrtPower;
      r /= sqrtPower;
    }
  } else {
    r = lanczosSum(absx) / exp(y);
    r += z * r;
    if (absx < 140) {
      r *= pow(y, absx - 0.5);
    } else {
      const sqrtPower = pow(y, absx / 2 - 0.25);
      r *= sqrtPower;
      r *= sqrtPower;
    }
  }
  return r;
}

/** log|Gamma(x)|; +inf for the poles (a ValueError) and for +-inf. */
export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) return x <= 0 ? Infinity : 0;
  const absx = Math.abs(x);
  if (absx < 1e-20) return -log(absx);
  let r = log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
  // The reflection formula for negative x.
  if (x < 0) r = LOG_PI - log(Math.abs(sinPi(absx))) - log(absx) - r;
  return r;
}
