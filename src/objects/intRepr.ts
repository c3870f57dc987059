// repr() of a Python int, held as a JS number while it is a safe integer and as a bigint beyond.
import { MAX_STR_DIGITS } from './numberParsing';
import { PyError } from './pyError';

/** The smallest int with more decimal digits than Python 3.11 converts to str; made when first needed. */
let firstTooLong: bigint | undefined;

/** str(value) in decimal; ValueError past Python 3.11's int/str conversion limit, as CPython. */
export function intRepr(value: number | bigint): string {
  if (typeof value === 'number') return value.toString();
  firstTooLong ??= 10n ** BigInt(MAX_STR_DIGITS);
  if ((value < 0n ? -value : value) >= firstTooLong) {
    throw new PyError(
      'ValueError',
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return value.toString();
}
