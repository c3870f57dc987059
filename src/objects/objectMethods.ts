// The methods of `object`, the root every class inherits: creation and initialisation,
// the default repr/str/hash/equality, attribute access, and the class-level hooks.
import type { Py, PyObject } from './object';
import { objectType, PyType } from './type';
import { typeOf } from './typeOf';
import { checkArgCount, defineClassMethods, defineGetSets, defineMethods, PyBuiltinFunction, PyGetSetDescriptor } from './native';
import { attributeError, callUnbound, genericGetAttr, genericSetAttr, isTrue, pyRepr, pyStr } from './protocols';
import { typeError } from './exceptions';
import { identityHash } from './hash';
import { NotImplemented } from './singletons';
import { newInstanceDict } from './dictType';
import { PyDict } from './dict';
import { PyList } from './list';
import { addressOf } from './identity';
import { moduleType } from './module';
import { attributeName } from './str';

/** object.__new__ as the callable stored in __new__: the first argument is the class. */
export const objectNew = new PyBuiltinFunction('__new__', (args, kwnames) => {
  if (args.length === 0) throw typeError('object.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeOf(cls).name})`);
  const hasExcess = args.length > 1 || (kwnames !== null && kwnames.length > 0);
  if (hasExcess) {
    const overridesNew = cls.lookup('__new__') !== objectNew;
    const overridesInit = cls.lookup('__init__') !== objectInit;
    if (overridesNew || !overridesInit) throw typeError(overridesNew ? 'object.__new__() takes exactly one argument (the type to instantiate)' : `${cls.name}() takes no arguments`);
  }
  if (cls.abstractMethods !== null && cls.abstractMethods.length > 0) {
    const names = [...cls.abstractMethods].sort();
    throw typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length === 1 ? '' : 's'} ${names.join(', ')}`);
  }
  return newInstance(cls);
}, undefined, null);

/**
 * A bare instance of `cls`, laid out as its solid base wants, with a __dict__ when the
 * class has one. A built-in type's __new__ that made its instance with the value already
 * in (a float subclass's) passes it as `instance`, to be given the same.
 */
export function newInstance<T extends PyObject = PyObject>(cls: PyType, instance: T = cls.factory(cls) as T): T {
  if (cls.hasInstanceDict && cls.isHeapType) instance.dict = newInstanceDict();
  if (cls.slotNames.length > 0) instance.slots = new Array(cls.slotNames.length);
  return instance;
}

function objectInitImpl(self: Py, args: Py[], kwnames: readonly string[] | null): Py {
  const hasExcess = args.length > 0 || (kwnames !== null && kwnames.length > 0);
  if (hasExcess) {
    const type = typeOf(self);
    const overridesInit = type.lookup('__init__') !== objectInit;
    const overridesNew = type.lookup('__new__') !== objectNew;
    if (overridesInit || !overridesNew) {
      throw typeError(overridesInit ? 'object.__init__() takes exactly one argument (the instance to initialize)' : `${type.name}.__init__() takes exactly one argument (the instance to initialize)`);
    }
  }
  return null;
}

defineMethods(objectType, {
  __init__: objectInitImpl,
  __repr__(self) {
    const type = typeOf(self);
    const module = type.attrs.get('__module__');
    const prefix = typeof module === 'string' && module !== 'builtins' ? `${module}.` : '';
    return `<${prefix}${type.qualname} object at ${addressOf(self)}>`;
  },
  __str__(self) {
    return pyRepr(self);
  },
  __hash__(self) {
    return identityHash(self as object);
  },
  __eq__(self, args) {
    return self === args[0] ? true : NotImplemented;
  },
  __ne__(self, args) {
    const eq = typeOf(self).lookup('__eq__');
    const result = eq === undefined ? NotImplemented : callUnbound(eq, self, [args[0]]);
    if (result === NotImplemented) return result;
    return !isTrue(result);
  },
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __getattribute__(self, args) {
    checkArgCount('__getattribute__', args, null, 1);
    const name = attributeName(args[0]);
    const found = genericGetAttr(self, name);
    if (found === undefined) throw attributeError(self, name);
    return found;
  },
  __setattr__(self, args) {
    checkArgCount('__setattr__', args, null, 2);
    genericSetAttr(self, attributeName(args[0]), args[1]);
    return null;
  },
  __delattr__(self, args) {
    checkArgCount('__delattr__', args, null, 1);
    genericSetAttr(self, attributeName(args[0]), undefined);
    return null;
  },
  __format__(self, args) {
    checkArgCount('__format__', args, null, 1);
    const spec = args[0];
    if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
    if (spec !== '') throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
    return pyStr(self);
  },
  __dir__(self) {
    const names = new Set<string>();
    if (typeof self === 'object' && self !== null && self.dict !== undefined) {
      for (const key of self.dict.keys()) if (typeof key === 'string') names.add(key);
    }
    for (const type of typeOf(self).mro) for (const key of type.attrs.keys()) names.add(key);
    return new PyList([...names]);
  },
  __sizeof__() {
    return 16;
  },
});

export const objectInit = objectType.attrs.get('__init__')!;
objectType.attrs.set('__new__', objectNew);

defineClassMethods(objectType, {
  // Called with the new class's keyword arguments by type.__new__; object's accepts none.
  __init_subclass__(cls: PyType, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`${cls.qualname}.__init_subclass__() takes no keyword arguments`);
    if (args.length > 0) throw typeError(`${cls.qualname}.__init_subclass__() takes no arguments (${args.length} given)`);
    return null;
  },
  __subclasshook__: () => NotImplemented,
});
objectType.attrs.set('__doc__', 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n');

defineGetSets(objectType, {
  __class__: {
    get: (self: Py) => typeOf(self),
    set(self: Py, value: Py | undefined) {
      if (value === undefined) throw typeError("can't delete __class__ attribute");
      if (!(value instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeOf(value).name}' object`);
      const current = typeOf(self);
      const bothModules = current.isSubtypeOf(moduleType) && value.isSubtypeOf(moduleType);
      if (typeof self !== 'object' || self === null || (!bothModules && (!current.isHeapType || !value.isHeapType))) {
        throw typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
      }
      if (!sameInstanceLayout(current, value)) throw typeError(`__class__ assignment: '${value.name}' object layout differs from '${current.name}'`);
      self.cls = value;
    },
  },
});

/** Whether instances of the two classes are laid out alike, so an object can change from one to the other (compatible_for_assignment). */
function sameInstanceLayout(a: PyType, b: PyType): boolean {
  return a.solidBase === b.solidBase && a.hasInstanceDict === b.hasInstanceDict
    && a.slotNames.length === b.slotNames.length && a.slotNames.every((name, i) => name === b.slotNames[i]);
}

/** The __dict__ attribute of a class whose instances have one. */
export function defineInstanceDictAttribute(cls: PyType): void {
  const get = (self: { dict?: PyDict }): Py => self.dict ?? null;
  const set = (self: { dict?: PyDict }, value: Py | undefined): void => {
    if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value ?? null).name}'`);
    self.dict = value;
  };
  cls.attrs.set('__dict__', new PyGetSetDescriptor(cls, '__dict__', get, set));
}

