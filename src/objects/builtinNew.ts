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
