// What UNPACK_SEQUENCE and UNPACK_EX take from the value being unpacked, with CPython's
// errors for too few or too many values.
import type { Py } from '../objects/object';
import { PyList, listType } from '../objects/list';
import { PyTuple, tupleType } from '../objects/tuple';
import { typeOf } from '../objects/typeOf';
import { newException, typeError, ValueError } from '../objects/exceptions';
import { getIter, iterableToArray, iterNext } from '../objects/protocols';

/** The items of an unpacked sequence, checked against the counts the target wants (after = -1: exactly `before`). */
export function unpackItems(sequence: Py, before: number, after: number): Py[] {
  let items: Py[];
  if ((sequence instanceof PyTuple && sequence.cls === tupleType) || (sequence instanceof PyList && sequence.cls === listType)) {
    items = sequence.items;
  } else {
    const type = typeOf(sequence);
    if (type.lookup('__iter__') === undefined && type.lookup('__getitem__') === undefined) {
      throw typeError(`cannot unpack non-iterable ${type.name} object`);
    }
    if (after < 0) {
      const iterator = getIter(sequence);
      items = [];
      for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
        items.push(item);
        if (items.length > before) throw newException(ValueError, `too many values to unpack (expected ${before})`);
      }
    } else {
      items = iterableToArray(sequence);
    }
  }
  if (after < 0) {
    if (items.length < before) throw newException(ValueError, `not enough values to unpack (expected ${before}, got ${items.length})`);
    if (items.length > before) throw newException(ValueError, `too many values to unpack (expected ${before})`);
    return items;
  }
  if (items.length < before + after) {
    throw newException(ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  return items;
}
