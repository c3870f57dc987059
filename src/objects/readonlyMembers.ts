// Read-only data attributes of built-in types that CPython declares as READONLY members
// (slice.start, range.stop, ...): member descriptors; setting or deleting one says "readonly attribute".
import type { Py } from './object';
import type { PyType } from './type';
import { PyReadonlyMember } from './memberDescriptor';

export function defineReadonlyMembers<T>(type: PyType, members: Record<string, (self: T) => Py>): void {
  for (const [name, read] of Object.entries(members)) type.attrs.set(name, new PyReadonlyMember(type, name, read));
  type.attributesChanged();
}
