// tuple: an immutable sequence over a JS array.
import { PyObject, type Py } from './object';
import { MatchKind, nativeType, type PyType } from './type';

export const tupleType = nativeType('tuple', undefined, { factory: (cls) => new PyTuple([], cls), matchKind: MatchKind.SEQUENCE });

export class PyTuple extends PyObject {
  constructor(
    readonly items: Py[],
    cls: PyType = tupleType,
  ) {
    super(cls);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: Py[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
