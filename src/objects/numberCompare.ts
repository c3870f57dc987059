// How numbers of different types compare: exactly, as CPython's float_richcompare does.
// An int is never converted to float to be compared (2**53 + 1 > 2.0**53 is True), and
// a NaN is unordered: every comparison with it is False but !=.
import { CompareOp } from './protocols';
import type { Int } from './int';

/** The sign of x - i for a double and an int, exactly; NaN when x is a NaN. */
export function compareFloatToInt(x: number, i: Int): number {
  // A safe integer is exactly a double.
  if (typeof i === 'number') return x < i ? -1 : x > i ? 1 : x === i ? 0 : NaN;
  if (!Number.isFinite(x)) return Number.isNaN(x) ? NaN : x > 0 ? 1 : -1;
  // floor(x) <= x < floor(x) + 1, and both are integers, comparable with i exactly.
  const floor = Math.floor(x);
  const integral = BigInt(floor);
  if (integral !== i) return integral < i ? -1 : 1;
  return x === floor ? 0 : 1;
}

/** Whether `a op b` holds, given the sign of a - b (NaN for unordered operands). */
export function signSatisfies(sign: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT: return sign < 0;
    case CompareOp.LE: return sign <= 0;
    case CompareOp.EQ: return sign === 0;
    case CompareOp.NE: return sign !== 0;
    case CompareOp.GT: return sign > 0;
    default: return sign >= 0;
  }
}

/** The sign of x - y for two doubles; NaN when either is a NaN. */
export function compareDoubles(x: number, y: number): number {
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
}
