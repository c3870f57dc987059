// __new__ of a built-in type, as the callable stored in the type's __dict__: the first
// argument is the class to instantiate, checked as CPython's tp_new_wrapper checks it.
import type { Py } from './object';
import type { PyType } from './type';
import { newTargetOf, PyBuiltinFunction } from './native';

export type NewFunction = (cls: PyType, args: Py[], kwnames: readonly string[] | null) => Py;

export function defineNew(type: PyType, create: NewFunction): void {
  type.ownNativeNew = create;
  type.setAttr('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => create(newTargetOf(type, args), args.slice(1), kwnames), undefined, null));
}

/**
 * What a class that inherits a built-in __new__ can be instantiated with directly: the
 * function that __new__ runs once its first argument is checked, by that __new__. Only
 * for __new__s whose check a class that finds them by inheritance always passes (the
 * exceptions': exceptionMethods.ts, which also reads it for its "is not safe" check), so
 * that type.__call__ may skip the call's packing and checking (raise SomeError(...)
 * makes one each time).
 */
const inheritableNews = new Map<Py, NewFunction>();

export function registerInheritableNew(newMethod: Py, create: NewFunction): void {
  inheritableNews.set(newMethod, create);
}

/** The function an inherited `newMethod` runs, when registered. */
export function inheritedNew(newMethod: Py): NewFunction | undefined {
  return inheritableNews.get(newMethod);
}
