// cbrt exactly as glibc computes it (s_cbrt.c, by Alboth and Drepper): a polynomial
// first guess for the cube root of the mantissa in [0.5, 1), one Halley step, and the
// exponent's remainder mod 3 as a factor 2**(r/3). Half of its results are not the
// nearest double, so the steps are followed to the operation.
import { frexp, scaleByPowerOfTwo } from './bits';

const CBRT2 = 1.2599210498948731648;
const SQUARE_CBRT2 = 1.5874010519681994748;
const FACTOR = [1 / SQUARE_CBRT2, 1 / CBRT2, 1, CBRT2, SQUARE_CBRT2];

export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = 0.354895765043919860
    + (1.50819193781584896
      + (-2.11499494167371287
        + (2.44693122563534430
          + (-1.83469277483613086
            + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  // C's % and / truncate towards zero.
  const ym = ((u * (t2 + 2 * xm)) / (2 * t2 + xm)) * FACTOR[2 + (xe % 3)];
  return scaleByPowerOfTwo(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}
