// list: a mutable sequence over a JS array.
import { PyObject, type Py } from './object';
import { MatchKind, nativeType, type PyType } from './type';

export const listType = nativeType('list', undefined, { factory: (cls) => new PyList([], cls), matchKind: MatchKind.SEQUENCE });

export class PyList extends PyObject {
  constructor(
    public items: Py[],
    cls: PyType = listType,
  ) {
    super(cls);
  }
}
