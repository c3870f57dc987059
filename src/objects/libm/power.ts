// Correctly rounded x**y for positive x: e**(y log x). The quick path (Ziv's) takes the
// quick log and exp, good enough for exponents of moderate size; otherwise log x and
// the product are in double-double, so that the exponent is good to about 2**-95 even
// at its largest.
import { logDoubleDouble, logQuick, QUICK_ABSOLUTE_ERROR } from './log';
import { expOfDoubleDouble, expOfDoubleDoubleQuickly, QUICK_RELATIVE_ERROR } from './exp';
import { low, multiplyNumber, quickTwoSum, twoProduct } from './doubleDouble';

/** Beyond this |y| the quick log's error, times y, leaves the quick path too little room (it fails one time in 8 here). */
const QUICK_EXPONENT_LIMIT = 16;

/** x**y for finite x > 0, x != 1, finite y != 0; undefined when the rounding is uncertain or the result subnormal. */
/** Past this |y log x| the power overflows or underflows to zero, whatever the rounding. */
const CERTAIN_OVERFLOW = 746;

export function positivePower(x: number, y: number): number | undefined {
  // Also keeps the products below from overflowing.
  const estimate = y * Math.log(x);
  if (Math.abs(estimate) > CERTAIN_OVERFLOW) return estimate > 0 ? Infinity : 0;
  if (Math.abs(y) <= QUICK_EXPONENT_LIMIT) {
    const logHigh = logQuick(x);
    const logLow = low();
    const productHigh = twoProduct(logHigh, y);
    const exponentHigh = quickTwoSum(productHigh, low() + logLow * y);
    // y log x is off by |y| times the log's absolute error: as much relative error in the power.
    const quick = expOfDoubleDoubleQuickly(exponentHigh, low(), QUICK_RELATIVE_ERROR + Math.abs(y) * QUICK_ABSOLUTE_ERROR);
    if (quick !== undefined) return quick;
  }
  const logHigh = logDoubleDouble(x);
  const exponentHigh = multiplyNumber(logHigh, low(), y);
  return expOfDoubleDouble(exponentHigh, low(), 2 ** -90);
}
