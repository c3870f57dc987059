// erf and erfc exactly as glibc computes them (Sun's fdlibm s_erf.c): rational
// approximations on [0, 0.84375], [0.84375, 1.25], [1.25, 1/0.35] and [1/0.35, 28],
// the last two as exp(-z*z - 0.5625) exp((z - x)(z + x) + R/S) / x with z = x rounded
// to 32 bits. About one result in ten is not the nearest double, so the steps are
// followed to the operation, over the (correctly rounded) exp glibc's equals.
import { highWord, withLowWord } from './bits';
import { exp } from './correctlyRounded';

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
// erf on [0, 0.84375]: x + x R(x**2)/S(x**2).
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
// erf on [0.84375, 1.25]: erx + P(s)/Q(s), s = |x| - 1.
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
// erfc on [1.25, 1/0.35].
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
// erfc on [1/0.35, 28].
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

/** y = R/S on [0, 0.84375], as x + x*y gives erf. */
function smallRatio(x: number): number {
  const z = x * x;
  const r1 = PP[0] + z * PP[1];
  const z2 = z * z;
  const r2 = PP[2] + z * PP[3];
  const z4 = z2 * z2;
  const s1 = 1 + z * QQ[1];
  const s2 = QQ[2] + z * QQ[3];
  const s3 = QQ[4] + z * QQ[5];
  const r = r1 + z2 * r2 + z4 * PP[4];
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q on [0.84375, 1.25]. */
function middleRatio(ax: number): number {
  const s = ax - 1;
  const p1 = PA[0] + s * PA[1];
  const s2 = s * s;
  const q1 = 1 + s * QA[1];
  const s4 = s2 * s2;
  const p2 = PA[2] + s * PA[3];
  const s6 = s4 * s2;
  const q2 = QA[2] + s * QA[3];
  const p3 = PA[4] + s * PA[5];
  const q3 = QA[4] + s * QA[5];
  const p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
  const q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
  return p / q;
}

/** erfc(ax) * ax for ax in [1.25, 28]; `ix` is ax's high word, `nearThreshold` the bound between the two approximations. */
function tail(ax: number, ix: number, nearThreshold: number): number {
  const s = 1 / (ax * ax);
  let r: number;
  let q: number;
  if (ix < nearThreshold) {
    const r1 = RA[0] + s * RA[1];
    const s2 = s * s;
    const q1 = 1 + s * SA[1];
    const s4 = s2 * s2;
    const r2 = RA[2] + s * RA[3];
    const s6 = s4 * s2;
    const q2 = SA[2] + s * SA[3];
    const s8 = s4 * s4;
    const r3 = RA[4] + s * RA[5];
    const q3 = SA[4] + s * SA[5];
    const r4 = RA[6] + s * RA[7];
    const q4 = SA[6] + s * SA[7];
    r = r1 + s2 * r2 + s4 * r3 + s6 * r4;
    q = q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA[8];
  } else {
    const r1 = RB[0] + s * RB[1];
    const s2 = s * s;
    const q1 = 1 + s * SB[1];
    const s4 = s2 * s2;
    const r2 = RB[2] + s * RB[3];
    const s6 = s4 * s2;
    const q2 = SB[2] + s * SB[3];
    const r3 = RB[4] + s * RB[5];
    const q3 = SB[4] + s * SB[5];
    const q4 = SB[6] + s * SB[7];
    r = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
    q = q1 + s2 * q2 + s4 * q3 + s6 * q4;
  }
  const z = withLowWord(ax, 0);
  return exp(-z * z - 0.5625) * exp((z - ax) * (z + ax) + r / q);
}

export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : hx < 0 ? -1 : 1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16 * x + 16 * EFX * x);
      return x + EFX * x;
    }
    return x + x * smallRatio(x);
  }
  if (ix < 0x3ff40000) return hx >= 0 ? ERX + middleRatio(Math.abs(x)) : -ERX - middleRatio(Math.abs(x));
  if (ix >= 0x40180000) return hx >= 0 ? 1 : -1;
  const ax = Math.abs(x);
  const r = tail(ax, ix, 0x4006db6e);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : hx < 0 ? 2 : 0;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = smallRatio(x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) {
    const ratio = middleRatio(Math.abs(x));
    return hx >= 0 ? 1 - ERX - ratio : 1 + (ERX + ratio);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2;
    const ax = Math.abs(x);
    const r = tail(ax, ix, 0x4006db6d);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? 0 : 2;
}
