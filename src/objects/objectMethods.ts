// The methods of `object`, the root every class inherits: creation and initialisation,
// the default repr/str/hash/equality, attribute access, and the class-level hooks.
import type { Py, PyObject } from './object';
import { objectType, PyType } from './type';
import { typeOf } from './typeOf';
import { checkArgCount, defineClassMethods, defineGetSets, defineMethods, PyBuiltinFunction, PyGetSetDescriptor, PyMethodDescriptor } from './native';
import { attributeError, bindDescriptor, callComparison, callUnbound, genericGetAttr, genericSetAttr, getAttrOrUndefined, isTrue, reprObject, strObject } from './protocols';
import { typeError } from './exceptions';
import { identityHash } from './hash';
import { NotImplemented } from './singletons';
import { newInstanceDict } from './dictType';
import { DictShape } from './dictShape';
import { PyDict } from './dict';
import { PyList } from './list';
import { addressOf } from './identity';
import { moduleType } from './module';
import { attributeName } from './str';
import { checkSetattrWrapper, layoutBase } from './typeLayout';

/** object.__new__ as the callable stored in __new__: the first argument is the class. */
export const objectNew = new PyBuiltinFunction('__new__', (args, kwnames) => {
  if (args.length === 0) throw typeError('object.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeOf(cls).name})`);
  const hasExcess = args.length > 1 || (kwnames !== null && kwnames.length > 0);
  if (hasExcess) {
    const overridesNew = !makesInstancesWithObjectNew(cls);
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
 * Whether calling `cls` makes its instances with object.__new__ itself (CPython's
 * `type->tp_new == object_new`), which decides whether object.__new__ and __init__ may
 * ignore extra arguments. A class whose __new__ is a built-in type's (`__new__ =
 * object.__new__`) keeps the maker its first base has: CPython copies that base's slot
 * instead of calling through the attribute, so below a class with a __new__ written in
 * Python, naming object.__new__ again does not make it the maker. (CPython's slot also
 * remembers the order __new__ attributes were assigned and deleted in; this reads the
 * classes as they are.)
 */
export function makesInstancesWithObjectNew(cls: PyType): boolean {
  let type = cls;
  for (;;) {
    const found = type.lookup('__new__');
    if (!type.isHeapType || type.bases.length === 0) return found === objectNew;
    // The __new__ of a built-in type is the one built-in function of that name.
    if (!(found instanceof PyBuiltinFunction && found.name === '__new__')) return false;
    type = type.bases[0];
  }
}

/**
 * A bare instance of `cls`, laid out as its solid base wants, with a __dict__ when the
 * class has one. A built-in type's __new__ that made its instance with the value already
 * in (a float subclass's) passes it as `instance`, to be given the same.
 */
export function newInstance<T extends PyObject = PyObject>(cls: PyType, instance: T = cls.factory(cls) as T): T {
  if (cls.hasInstanceDict && cls.isHeapType) instance.dict = newInstanceDict(cls.instanceShapes ??= DictShape.root());
  if (cls.slotNames.length > 0) instance.slots = new Array(cls.slotNames.length);
  if (cls.isHeapType && hasPythonFinalizer(cls)) deferDelMethod(instance);
  return instance;
}

/** Whether instances of `cls` have a __del__ written in Python (a built-in type's own finalizer, as a future's, sees to itself). */
function hasPythonFinalizer(cls: PyType): boolean {
  const finalizer = cls.lookup('__del__');
  return finalizer !== undefined && !(finalizer instanceof PyMethodDescriptor);
}

let deferDelMethod: (instance: PyObject) => void = () => {};

/**
 * How an instance whose class has a __del__ comes to have it called: pyvm has no reference
 * counts to tell when the instance dies, so the VM calls it when gc.collect() finds the
 * instance unreachable, or at exit.
 */
export function setDelMethodDeferrer(defer: (instance: PyObject) => void): void {
  deferDelMethod = defer;
}

function objectInitImpl(self: Py, args: Py[], kwnames: readonly string[] | null): Py {
  const hasExcess = args.length > 0 || (kwnames !== null && kwnames.length > 0);
  if (hasExcess) {
    const type = typeOf(self);
    const overridesInit = type.lookup('__init__') !== objectInit;
    const overridesNew = !makesInstancesWithObjectNew(type);
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
    return reprObject(self);
  },
  __hash__(self) {
    return identityHash(self as object);
  },
  __eq__(self, args) {
    return self === args[0] ? true : NotImplemented;
  },
  __ne__(self, args) {
    const eq = typeOf(self).lookup('__eq__');
    const result = eq === undefined ? NotImplemented : callComparison(eq, self, args[0]);
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
    checkSetattrWrapper(self, '__setattr__', objectSetattr);
    genericSetAttr(self, attributeName(args[0]), args[1]);
    return null;
  },
  __delattr__(self, args) {
    checkArgCount('__delattr__', args, null, 1);
    checkSetattrWrapper(self, '__delattr__', objectDelattr);
    genericSetAttr(self, attributeName(args[0]), undefined);
    return null;
  },
  __format__(self, args) {
    checkArgCount('__format__', args, null, 1);
    const spec = args[0];
    if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
    if (spec !== '') throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
    return strObject(self);
  },
  // As CPython's: the keys of getattr(self, '__dict__'), then the names of getattr(self, '__class__')
  // and its bases; either attribute may be missing (a __slots__ entry left unset hides __class__).
  __dir__(self) {
    const names = new Set<Py>();
    const instanceDict = getAttrOrUndefined(self, '__dict__');
    if (instanceDict instanceof PyDict) for (const key of instanceDict.keys()) names.add(key);
    const cls = getAttrOrUndefined(self, '__class__');
    if (cls instanceof PyType) addClassNames(names, cls);
    return new PyList([...names]);
  },
  __sizeof__() {
    return 16;
  },
});
/** merge_class_dict: a class's names, then its bases'. */
function addClassNames(names: Set<Py>, cls: PyType): void {
  for (const key of cls.attrs.keys()) names.add(key);
  for (const base of cls.bases) addClassNames(names, base);
}
const objectSetattr = objectType.attrs.get('__setattr__')!;
const objectDelattr = objectType.attrs.get('__delattr__')!;

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

/**
 * Whether instances of the two classes are laid out alike, so an object can change from
 * one to the other (compatible_for_assignment): the same layout base, or two classes
 * adding the same slots to one base; and the same __dict__ and __weakref__.
 */
function sameInstanceLayout(a: PyType, b: PyType): boolean {
  const solidA = a.solidBase;
  const solidB = b.solidBase;
  if (solidA !== solidB && !(solidA.isHeapType && solidB.isHeapType && layoutBase(solidA) === layoutBase(solidB))) return false;
  return a.hasInstanceDict === b.hasInstanceDict && (a.lookup('__weakref__') === undefined) === (b.lookup('__weakref__') === undefined)
    && a.slotNames.length === b.slotNames.length && a.slotNames.every((name, i) => name === b.slotNames[i]);
}

/**
 * The __dict__ attribute of a class whose instances have one (subtype_dict): an instance
 * of a built-in type with a __dict__ of its own (a class, a module) has that type's;
 * another may have its dict replaced or deleted (to start again empty).
 */
export function defineInstanceDictAttribute(cls: PyType): void {
  const get = (self: PyObject): Py => {
    const builtinDict = builtinDictDescriptor(self);
    if (builtinDict !== undefined) return bindDescriptor(builtinDict, self, typeOf(self));
    return (self.dict ??= newInstanceDict());
  };
  const set = (self: PyObject, value: Py | undefined): void => {
    const builtinDict = builtinDictDescriptor(self);
    if (builtinDict !== undefined) return setThroughDescriptor(builtinDict, self, value);
    if (value !== undefined && !(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
    self.dict = value ?? newInstanceDict();
  };
  cls.attrs.set('__dict__', new PyGetSetDescriptor(cls, '__dict__', get, set));
}

/** The __dict__ descriptor of the built-in type with instance dicts `self`'s class derives from (get_builtin_base_with_dict), if any. */
function builtinDictDescriptor(self: PyObject): Py | undefined {
  for (let base: PyType | undefined = typeOf(self); base !== undefined; base = layoutBase(base)) {
    if (base.isHeapType || !base.hasInstanceDict || base === objectType) continue;
    // (Some built-in types keep their instances' dict where this descriptor finds it, without a descriptor of their own: exceptions.)
    return base.lookup('__dict__');
  }
  return undefined;
}

/** descriptor.__set__(self, value), or __delete__(self) for undefined. */
function setThroughDescriptor(descriptor: Py, self: Py, value: Py | undefined): void {
  const method = typeOf(descriptor).lookup(value === undefined ? '__delete__' : '__set__');
  if (method === undefined) throw typeError(`this __dict__ descriptor does not support '${typeOf(self).name}' objects`);
  callUnbound(method, descriptor, value === undefined ? [self] : [self, value]);
}

