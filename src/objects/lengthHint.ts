// PyObject_LengthHint: how many items an iterable will probably give, from __len__ or
// else __length_hint__. CPython asks it before collecting an iterable into a list or
// tuple (to size the array); pyvm asks too, since a __len__ or __length_hint__ written in
// Python may print or raise, and a program sees that.
import type { Py } from './object';
import { typeName, typeOf } from './typeOf';
import { isInstanceOfException, newException, TypeError, typeError, ValueError } from './exceptions';
import { callUnbound, pyLen } from './protocols';
import { NotImplemented } from './singletons';
import { intValue } from './int';

export function lengthHint(value: Py, fallback: number): number {
  const type = typeOf(value);
  if (type.lookup('__len__') !== undefined) {
    try {
      return pyLen(value);
    } catch (error) {
      if (!isInstanceOfException(error, TypeError)) throw error;
    }
  }
  const hint = type.lookup('__length_hint__');
  if (hint === undefined) return fallback;
  let result: Py;
  try {
    result = callUnbound(hint, value, []);
  } catch (error) {
    if (isInstanceOfException(error, TypeError)) return fallback;
    throw error;
  }
  if (result === NotImplemented) return fallback;
  const length = intValue(result);
  if (length === undefined) throw typeError(`__length_hint__ must be an integer, not ${typeName(result)}`);
  if (length < 0) throw newException(ValueError, '__length_hint__() should return >= 0');
  return Number(length);
}
