// Read-only data attributes of built-in types that CPython declares as READONLY members
// (slice.start, range.stop, ...): setting or deleting one says "readonly attribute".
import type { Py } from './object';
import type { PyType } from './type';
import { AttributeError, newException } from './exceptions';
import { defineGetSets } from './native';

export function defineReadonlyMembers<T>(type: PyType, members: Record<string, (self: T) => Py>): void {
  const refuse = (): never => {
    throw newException(AttributeError, 'readonly attribute');
  };
  defineGetSets(type, Object.fromEntries(Object.entries(members).map(([name, get]) => [name, { get, set: refuse }])));
}
