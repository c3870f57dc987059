// Filling a dict from another object, as dict(), dict.update(), |, |= and copy() do
// (dictobject.c's dict_update_arg, dict_merge, PyDict_MergeFromSeq2, PyDict_Copy).
// The values go straight into the dict's storage: a subclass's __setitem__ is not called.
import type { Py } from './object';
import { PyDict } from './dict';
import { dictType } from './dictType';
import { typeOf } from './typeOf';
import { listType, PyList } from './list';
import { call, getAttr, getAttrOrUndefined, getItem, getIter, iterableToArray, iterNext } from './protocols';
import { isInstanceOfException, newException, TypeError, typeError, ValueError } from './exceptions';

/** Whether `value` is a dict that iterates as dict does (its keys, in order): then its storage can be read directly. */
export function iteratesAsDict(value: Py): value is PyDict {
  return value instanceof PyDict && (value.cls === dictType || typeOf(value).lookup('__iter__') === dictType.attrs.get('__iter__'));
}

/** dict.update(arg): a mapping (anything with keys()) is merged, anything else read as key/value pairs. */
export function updateFromArgument(target: PyDict, arg: Py): void {
  if ((arg instanceof PyDict && arg.cls === dictType) || getAttrOrUndefined(arg, 'keys') !== undefined) mergeMapping(target, arg);
  else mergeFromPairs(target, arg);
}

/** Adds a mapping's items, later values winning: a dict's storage directly, else `keys()` and `source[key]`. */
export function mergeMapping(target: PyDict, source: Py): void {
  if (iteratesAsDict(source)) {
    target.mergeFrom(source);
    return;
  }
  for (const key of mappingKeys(source)) target.set(key, getItem(source, key));
}

/** PyMapping_Keys: the keys as a list, from an exact dict's storage or from its keys() method. */
function mappingKeys(mapping: Py): Py[] {
  if (mapping instanceof PyDict && mapping.cls === dictType) return mapping.keys();
  const keys = call(getAttr(mapping, 'keys'), []);
  if (keys instanceof PyList && keys.cls === listType) return keys.items.slice();
  let iterator: Py;
  try {
    iterator = getIter(keys);
  } catch (error) {
    if (isInstanceOfException(error, TypeError)) throw typeError(`${typeOf(mapping).name}.keys() returned a non-iterable (type ${typeOf(keys).name})`);
    throw error;
  }
  return iterableToArray(iterator);
}

/** Adds the pairs an iterable gives (PyDict_MergeFromSeq2); each must be a sequence of two. */
export function mergeFromPairs(target: PyDict, pairs: Py): void {
  const iterator = getIter(pairs);
  for (let index = 0; ; index++) {
    const item = iterNext(iterator);
    if (item === undefined) return;
    let pair: Py[];
    try {
      pair = iterableToArray(item);
    } catch (error) {
      if (isInstanceOfException(error, TypeError)) throw typeError(`cannot convert dictionary update sequence element #${index} to a sequence`);
      throw error;
    }
    if (pair.length !== 2) {
      throw newException(ValueError, `dictionary update sequence element #${index} has length ${pair.length}; 2 is required`);
    }
    target.set(pair[0], pair[1]);
  }
}

/** A new dict (always of class dict) with the items of `source` (PyDict_Copy). */
export function copyDict(source: PyDict): PyDict {
  const copy = new PyDict(dictType);
  if (iteratesAsDict(source)) source.copyInto(copy);
  else mergeMapping(copy, source);
  return copy;
}
