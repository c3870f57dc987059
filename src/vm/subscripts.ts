// BINARY_SUBSCR and STORE_SUBSCR, with the exact built-in containers taken first: a list or
// a tuple by an int, a str by an int, a dict, bytes or a bytearray by an int in range, and
// a str, list or tuple by a slice.
// (Shared by the eval loop and compiled code.)
import type { Py } from '../objects/object';
import { PyDict } from '../objects/dict';
import { dictType } from '../objects/dictType';
import { PyList, listType } from '../objects/list';
import { PyTuple, tupleType } from '../objects/tuple';
import { PySlice } from '../objects/slice';
import { listSlice } from '../objects/listType';
import { tupleSlice } from '../objects/tupleType';
import { PyByteArray, PyBytes, bytearrayType, bytesType } from '../objects/bytes';
import { getItem, setItem } from '../objects/protocols';
import { strIndexOutOfRange, strItemInRange, strSlice } from '../objects/strIndexing';
import { IndexError, keyError, newException } from '../objects/exceptions';
import { RAISED, raised } from '../objects/raised';

/**
 * container[key]; RAISED (objects/raised.ts) for the KeyError of an exact dict or the IndexError
 * of an exact list, tuple or str, the commonest raises of programs that use them for control flow.
 */
export function subscript(container: Py, key: Py): Py | typeof RAISED {
  if (typeof key === 'number' && isExactListOrTuple(container)) {
    const items = container.items;
    const index = key < 0 ? key + items.length : key;
    if (index >= 0 && index < items.length) return items[index];
    return raised(newException(IndexError, `${container.cls.name} index out of range`));
  }
  if (typeof container === 'string' && typeof key === 'number') {
    const item = strItemInRange(container, key);
    return item !== undefined ? item : raised(strIndexOutOfRange());
  }
  if (container instanceof PyDict && container.cls === dictType) {
    const value = container.get(key);
    return value !== undefined ? value : raised(keyError(key));
  }
  if (key instanceof PySlice) {
    const sliced = slicedSequence(container, key);
    if (sliced !== undefined) return sliced;
  }
  if (typeof key === 'number' && isExactBytesOrByteArray(container)) {
    const bytes = container.bytes;
    const index = key < 0 ? key + bytes.length : key;
    if (index >= 0 && index < bytes.length) return bytes[index];
  }
  return getItem(container, key);
}

/** An exact str, list or tuple's slice (as their __getitem__ makes it); undefined for other containers. */
function slicedSequence(container: Py, slice: PySlice): Py | undefined {
  if (typeof container === 'string') return strSlice(container, slice);
  if (!isExactListOrTuple(container)) return undefined;
  return container instanceof PyList ? listSlice(container, slice) : tupleSlice(container, slice);
}

/** container[key] = value. */
export function storeSubscript(container: Py, key: Py, value: Py): void {
  if (container instanceof PyList && typeof key === 'number' && container.cls === listType && key >= 0 && key < container.items.length) {
    container.items[key] = value;
    return;
  }
  if (container instanceof PyDict && container.cls === dictType) {
    container.set(key, value);
    return;
  }
  if (container instanceof PyByteArray && container.cls === bytearrayType && typeof key === 'number' && typeof value === 'number' && container.setByteInRange(key, value)) return;
  setItem(container, key, value);
}

function isExactBytesOrByteArray(value: Py): value is PyBytes | PyByteArray {
  return value instanceof PyBytes ? value.cls === bytesType : value instanceof PyByteArray && value.cls === bytearrayType;
}

function isExactListOrTuple(value: Py): value is PyList | PyTuple {
  return value instanceof PyList ? value.cls === listType : value instanceof PyTuple && value.cls === tupleType;
}
