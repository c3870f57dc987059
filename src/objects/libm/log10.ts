// log10 exactly as glibc computes it (Sun's fdlibm e_log10.c): log10 x =
// n log10(2) + log(x / 2**n) / ln 10, with log10(2) in two parts. It is not correctly
// rounded (about one result in 7 near 1 differs from the nearest), so the steps are
// followed to the operation, over the correctly rounded log glibc's equals.
import { highWord, withHighWord } from './bits';
import { log } from './correctlyRounded';

const TWO54 = 1.80143985094819840000e+16;
const INVERSE_LN10 = 4.34294481903251816668e-01;
const LOG10_2_HIGH = 3.01029995663611771306e-01;
const LOG10_2_LOW = 3.69423907715893078616e-13;

export function log10(x: number): number {
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2**-1022: zero, negative or subnormal.
    if (x === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  // n = k, or k + 1 for negative k (so that x / 2**n is in [1, 2) or [0.5, 1)).
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  x = withHighWord(x, hx);
  const z = y * LOG10_2_LOW + INVERSE_LN10 * log(x);
  return z + y * LOG10_2_HIGH;
}
