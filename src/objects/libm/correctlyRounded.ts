// The correctly rounded functions as the math module uses them: the fast computations
// (plain doubles, then double-double), and for the rare argument whose result they
// cannot round with certainty (or whose range they leave out), the exact bigint
// computations of constant folding. glibc's exp, log, pow, sin, cos, tan, atan and
// atan2 are correctly rounded in all but a few cases in 10**3, so these agree with
// CPython on glibc that often.
import { libmAtan2, libmCos, libmExp, libmLog, libmPower, libmSin, libmTan } from '../../compiler/constantFolding';
import * as fastExp from './exp';
import * as fastLog from './log';
import * as fastTrig from './trig';
import * as fastInverseTrig from './inverseTrig';

export const exp = (x: number): number => fastExp.exp(x) ?? libmExp(x);
export const exp2 = (x: number): number => fastExp.exp2(x) ?? libmPower(2, x);
export const log = (x: number): number => fastLog.log(x) ?? libmLog(x);
export const log2 = fastLog.log2;
export const pow = libmPower;
export const sin = (x: number): number => fastTrig.sin(x) ?? libmSin(x);
export const cos = (x: number): number => fastTrig.cos(x) ?? libmCos(x);
export const tan = (x: number): number => fastTrig.tan(x) ?? libmTan(x);
export const atan = (x: number): number => fastInverseTrig.atan(x) ?? libmAtan2(x, 1);
export const asin = fastInverseTrig.asin;
export const acos = fastInverseTrig.acos;

/** C's atan2, with its special values for zeros and infinities. */
export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y) || y === 0 || x === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return libmAtan2(y, x);
  return fastInverseTrig.atan2OfFinite(y, x) ?? libmAtan2(y, x);
}
