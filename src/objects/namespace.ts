// types.SimpleNamespace: an object whose attributes are its keyword arguments.
import type { Py } from './object';
import { PyInstance, nativeType, type PyType } from './type';
import { checkArgCount, defineMethods } from './native';
import { defineReadonlyMembers } from './readonlyMembers';
import { newTuple } from './tuple';
import { newDict } from './dictType';
import { pyEquals, pyRepr } from './protocols';
import { typeError } from './exceptions';
import { NotImplemented } from './singletons';

export const simpleNamespaceType = nativeType('SimpleNamespace', undefined, {
  factory: (cls: PyType) => {
    const instance = new PyInstance(cls);
    instance.dict = newDict();
    return instance;
  },
  instanceDict: true,
});
simpleNamespaceType.attrs.set('__module__', 'types');

export function newNamespace(entries: Record<string, Py>): PyInstance {
  const instance = simpleNamespaceType.factory(simpleNamespaceType) as PyInstance;
  for (const [key, value] of Object.entries(entries)) instance.dict!.setStr(key, value);
  return instance;
}

const reprInProgress = new Set<PyInstance>();

defineMethods(simpleNamespaceType, {
  __init__(self: PyInstance, args, kwnames) {
    const kwCount = kwnames?.length ?? 0;
    if (args.length - kwCount > 0) throw typeError(`no positional arguments expected`);
    kwnames?.forEach((key, i) => self.dict!.setStr(key, args[i]));
    return null;
  },
  __reduce__(self: PyInstance, args, kwnames) {
    checkArgCount('__reduce__', args, kwnames, 0);
    return newTuple([self.cls, newTuple([]), self.dict!]);
  },
  __repr__(self: PyInstance) {
    const name = self.cls === simpleNamespaceType ? 'namespace' : self.cls.name;
    if (reprInProgress.has(self)) return `${name}(...)`;
    reprInProgress.add(self);
    try {
      // Only the attributes proper: keys that are non-empty strings.
      const attributes = self.dict!.entries().filter(([key]) => typeof key === 'string' && key !== '');
      const parts = attributes.map(([key, value]) => `${key as string}=${pyRepr(value)}`);
      return `${name}(${parts.join(', ')})`;
    } finally {
      reprInProgress.delete(self);
    }
  },
  __eq__(self: PyInstance, args) {
    const other = args[0];
    if (!(other instanceof PyInstance) || !other.cls.isSubtypeOf(simpleNamespaceType)) return NotImplemented;
    return pyEquals(self.dict!, other.dict!);
  },
  __ne__(self: PyInstance, args) {
    const other = args[0];
    if (!(other instanceof PyInstance) || !other.cls.isSubtypeOf(simpleNamespaceType)) return NotImplemented;
    return !pyEquals(self.dict!, other.dict!);
  },
});
// Equality without a hash: namespaces are unhashable.
simpleNamespaceType.attrs.set('__hash__', null);
defineReadonlyMembers(simpleNamespaceType, { __dict__: (self: PyInstance) => self.dict! });
