// set and frozenset. Members are kept in a PyDict (keys only), which gives membership
// through the same fast identity keys dicts use.
import { PyObject, type Py } from './object';
import { nativeType, type PyType } from './type';
import { PyDict } from './dict';
import { dictType } from './dictType';

export const setType = nativeType('set', undefined, { factory: (cls) => new PySet(cls) });
export const frozensetType = nativeType('frozenset', undefined, { factory: (cls) => new PySet(cls) });

export class PySet extends PyObject {
  readonly members = new PyDict(dictType);

  constructor(cls: PyType = setType) {
    super(cls);
  }

  add(member: Py): void {
    this.members.set(member, true);
  }

  has(member: Py): boolean {
    return this.members.has(member);
  }
}

export function newSet(members: Iterable<Py>, cls: PyType = setType): PySet {
  const set = new PySet(cls);
  for (const member of members) set.add(member);
  return set;
}
