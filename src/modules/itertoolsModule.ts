// The itertools module object and what its iterator types share: how a type is made
// (instances of a Python subclass get their __dict__), the iterator protocol and
// pickling (CPython 3.11's itertools objects all pickle but pairwise), and the checks
// of the state tuples __setstate__ takes, worded as PyArg_ParseTuple words them.
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType, type PyType } from '../objects/type';
import { typeName } from '../objects/typeOf';
import { newTargetOf, noKeywords, PyBuiltinFunction, type NativeFunction } from '../objects/native';
import { typeError } from '../objects/exceptions';
import { PyTuple } from '../objects/tuple';
import { defineIteratorMethods, defineIteratorPickling } from '../objects/iterators';
import type { PyNativeIterator } from '../objects/nativeIterator';
import { newInstance, objectInit } from '../objects/objectMethods';
import { registerBuiltinModule } from './registry';

export const itertoolsModule = newModule('itertools', 'Functional tools for creating and using iterators.');
registerBuiltinModule('itertools', () => itertoolsModule);

/** What an itertools type's instances do on pickling: nothing (pairwise), __reduce__ only, or __reduce__ and __setstate__. */
export type Pickling = 'none' | 'reduce' | 'state';

export type IteratorConstructor = (cls: PyType, args: Py[], kwnames: readonly string[] | null) => PyNativeIterator;

/**
 * An iterator type of the module, named itertools.<name>. With `construct`, Python code
 * can call it (and, when `subclassable`, derive from it); the module exports it.
 */
export function iteratorType(name: string, pickling: Pickling, construct: IteratorConstructor | null, subclassable = true): PyType {
  const type = nativeType(name, undefined, { baseType: subclassable, instantiable: construct !== null });
  type.attrs.set('__module__', 'itertools');
  defineIteratorMethods(type);
  if (pickling !== 'none') defineIteratorPickling(type, pickling === 'state');
  if (construct !== null) {
    const create = (args: Py[], kwnames: readonly string[] | null): Py => {
      const cls = newTargetOf(type, args);
      return instanceOf(cls, type, construct(cls, args.slice(1), kwnames));
    };
    type.attrs.set('__new__', new PyBuiltinFunction('__new__', create, undefined, null));
  }
  itertoolsModule.dict.setStr(name, type);
  return type;
}

/** Keywords are refused by `type` itself, and by a subclass that keeps its __init__ (CPython's tp_init test). */
export function refuseKeywords(name: string, type: PyType, cls: PyType, kwnames: readonly string[] | null): void {
  if (cls === type || cls.lookup('__init__') === objectInit) noKeywords(name, kwnames);
}

/** An iterator made for `cls`, a subclass of `type` or `type` itself: a subclass's instance gets its __dict__. */
export function instanceOf<T extends PyNativeIterator>(cls: PyType, type: PyType, iterator: T): T {
  return cls === type ? iterator : newInstance(cls, iterator);
}

export function defineModuleFunction(name: string, fn: NativeFunction): void {
  itertoolsModule.dict.setStr(name, new PyBuiltinFunction(name, fn, undefined, 'itertools'));
}

/** The positional arguments of a call: `args` ends with the keyword arguments' values. */
export function positionalOf(args: Py[], kwnames: readonly string[] | null): Py[] {
  return kwnames === null || kwnames.length === 0 ? args : args.slice(0, args.length - kwnames.length);
}

/** The items of a __setstate__ state that must be a tuple of `min`..`max` items. */
export function stateTuple(state: Py, min: number, max = min): Py[] {
  if (!(state instanceof PyTuple)) throw typeError('state is not a tuple');
  const count = state.items.length;
  if (count < min || count > max) {
    const [bound, limit] = count < min ? [min === max ? 'exactly' : 'at least', min] : [min === max ? 'exactly' : 'at most', max];
    throw typeError(`function takes ${bound} ${limit} argument${limit === 1 ? '' : 's'} (${count} given)`);
  }
  return state.items;
}

/** A state item that must be an instance of `type` (the O! format), named `expected` in the error. */
export function requireStateItem<T>(value: Py, cls: abstract new (...args: never[]) => T, position: number, expected: string): T {
  if (!(value instanceof cls)) throw typeError(`argument ${position} must be ${expected}, not ${typeName(value)}`);
  return value;
}
