// repr() of a Python int, held as a JS number while it is a safe integer and as a bigint beyond.
import { digitLimitMessage, intStrConversion } from './numberParsing';
import { PyError } from './pyError';

/** The smallest int with more decimal digits than the limit allows, and the limit it was made for. */
let firstTooLong: { limit: number; value: bigint } | undefined;

/** str(value) in decimal; ValueError past Python 3.11's int/str conversion limit, as CPython. */
export function intRepr(value: number | bigint): string {
  if (typeof value === 'number') return value.toString();
  const limit = intStrConversion.maxDigits;
  if (limit > 0) {
    if (firstTooLong?.limit !== limit) firstTooLong = { limit, value: 10n ** BigInt(limit) };
    if ((value < 0n ? -value : value) >= firstTooLong.value) throw new PyError('ValueError', digitLimitMessage());
  }
  return value.toString();
}
