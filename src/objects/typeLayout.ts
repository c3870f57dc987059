// What CPython reads off a type's C structure and pyvm derives: its tp_name (the name
// its error messages give), its tp_base (the base whose layout it extends), and the
// check that keeps a slot wrapper such as object.__setattr__ from skipping the
// __setattr__ of a built-in type in between ("Carlo Verre's hack", hackcheck).
import type { Py } from './object';
import type { PyType } from './type';
import { typeOf } from './typeOf';
import { PyMethodDescriptor } from './native';
import { typeError } from './exceptions';

/** A class's tp_name: a built-in type of a module other than builtins is named with it (re.Match). */
export function typeSlotName(cls: PyType): string {
  const module = cls.attrs.get('__module__');
  return !cls.isHeapType && typeof module === 'string' && module !== 'builtins' ? `${module}.${cls.name}` : cls.name;
}

/** A class's tp_base: the base with the most derived layout (a built-in type's first base). */
export function layoutBase(cls: PyType): PyType | undefined {
  const bases = cls.bases;
  if (!cls.isHeapType) return bases[0];
  return bases.find((base) => bases.every((other) => base.solidBase.isSubtypeOf(other.solidBase))) ?? bases[0];
}

/**
 * Refuses `wrapper` (object.__setattr__, type.__delattr__, ...) on `self` when a built-in
 * type between self's class and the wrapper's own type overrides the method: that
 * type's method must run instead (`object.__setattr__(str, 'x', 1)` would skip type's).
 */
export function checkSetattrWrapper(self: Py, method: '__setattr__' | '__delattr__', wrapper: Py): void {
  const type = typeOf(self);
  if (type.lookup(method) === wrapper) return;
  for (let base: PyType | undefined = type; base !== undefined; base = layoutBase(base)) {
    const own = base.lookup(method);
    if (own === wrapper) return;
    // Python classes never stand in the way: only built-in overrides do.
    if (own instanceof PyMethodDescriptor) throw typeError(`can't apply this ${method} to ${typeSlotName(type)} object`);
  }
}
