// The methods of `type`: calling a class, class creation (type.__new__ and the
// __build_class__ builtin's help), the type attributes (__name__, __mro__, ...), and
// isinstance/issubclass hooks.
import type { Py } from './object';
import { c3Linearization, MroConflict, objectType, PyType, typeType } from './type';
import { intType, typeOf } from './typeOf';
import { bindArguments, checkArgCount, defineClassMethods, defineGetSets, defineMethods, PyBuiltinFunction, PyGetSetDescriptor } from './native';
import { AttributeError, newException, RuntimeError, typeError, ValueError } from './exceptions';
import { toPyException } from './pyErrorConversion';
import { attributeError, bindDescriptor, call, callType, callUnbound, getAttrOrUndefined, typeGetAttr } from './protocols';
import { PyDict } from './dict';
import { newMappingProxy } from './mappingProxy';
import { frozensetType, PySet, setType } from './set';
import { bytesType } from './bytes';
import { moduleType } from './module';
import { newDict } from './dictType';
import { PyTuple, newTuple, tupleType } from './tuple';
import { PyList } from './list';
import { PyFunction, PyCell } from './function';
import { PyClassMethod, PyStaticMethod, classMethodType, staticMethodType } from './descriptors';
import { defineInstanceDictAttribute } from './objectMethods';
import { PyMemberDescriptor } from './memberDescriptor';
import { typeDoc, typeTextSignature } from './builtinDocs';

defineMethods(typeType, {
  __call__(self, args, kwnames) {
    return callType(self as PyType, args, kwnames);
  },
  __repr__(self) {
    const cls = self as PyType;
    const module = cls.attrs.get('__module__');
    return typeof module === 'string' && module !== 'builtins' ? `<class '${module}.${cls.qualname}'>` : `<class '${cls.qualname}'>`;
  },
  __getattribute__(self, args) {
    const name = args[0];
    if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    const found = typeGetAttr(self as PyType, name);
    if (found === undefined) throw attributeError(self, name);
    return found;
  },
  __setattr__(self, args) {
    checkArgCount('__setattr__', args, null, 2);
    setTypeAttribute(self as PyType, args[0], args[1]);
    return null;
  },
  __delattr__(self, args) {
    checkArgCount('__delattr__', args, null, 1);
    setTypeAttribute(self as PyType, args[0], undefined);
    return null;
  },
  __init__(_self, args, kwnames) {
    // Keyword arguments are the metaclass's business (type_init ignores them), except with type(x).
    const positional = args.length - (kwnames?.length ?? 0);
    if (positional === 1 && kwnames !== null && kwnames.length > 0) throw typeError('type.__init__() takes no keyword arguments');
    if (positional !== 1 && positional !== 3) throw typeError('type.__init__() takes 1 or 3 arguments');
    return null;
  },
  mro(self) {
    const cls = self as PyType;
    return new PyList(cls.bases.length === 0 ? [cls] : linearize(cls, cls.bases));
  },
  __subclasses__(self) {
    return new PyList([...(self as PyType).subclasses]);
  },
  __instancecheck__(self, args) {
    const type = typeOf(args[0]);
    if (type.isSubtypeOf(self as PyType)) return true;
    const claimed = getAttrOrUndefined(args[0], '__class__');
    return claimed instanceof PyType && claimed !== type && claimed.isSubtypeOf(self as PyType);
  },
  __subclasscheck__(self, args) {
    const sub = args[0];
    if (!(sub instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    return sub.isSubtypeOf(self as PyType);
  },
  __dir__(self) {
    const names = new Set<string>();
    for (const type of (self as PyType).mro) for (const key of type.attrs.keys()) names.add(key);
    return new PyList([...names]);
  },
  __sizeof__() {
    return 0;
  },
});

typeType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => typeNew(args, kwnames), undefined, null));
// The namespace a class body runs in; any arguments are accepted (and ignored).
defineClassMethods(typeType, { __prepare__: () => newDict() });

defineGetSets(typeType, {
  __name__: {
    get: (cls: PyType) => cls.name,
    set(cls: PyType, value) {
      if (typeof value !== 'string') throw typeError(`can only assign string to ${cls.name}.__name__, not '${typeOf(value ?? null).name}'`);
      requireHeapType(cls, '__name__');
      cls.name = value;
    },
  },
  __qualname__: {
    get: (cls: PyType) => cls.qualname,
    set(cls: PyType, value) {
      if (typeof value !== 'string') throw typeError(`can only assign string to ${cls.name}.__qualname__, not '${typeOf(value ?? null).name}'`);
      requireHeapType(cls, '__qualname__');
      cls.qualname = value;
    },
  },
  __text_signature__: { get: typeTextSignature },
  __module__: {
    get(cls: PyType) {
      const module = cls.attrs.get('__module__');
      // A built-in type's __dict__ may hold the __module__ of its instances (function, type).
      if (!cls.isHeapType && typeof module !== 'string') return 'builtins';
      return module ?? 'builtins';
    },
    set(cls: PyType, value) {
      requireHeapType(cls, '__module__');
      cls.setAttr('__module__', value);
    },
  },
  __bases__: { get: (cls: PyType) => newTuple([...cls.bases]), set: assignBases },
  __base__: { get: (cls: PyType) => cls.bases[0] ?? null },
  __mro__: { get: (cls: PyType) => newTuple([...cls.mro]) },
  __dict__: { get: (cls: PyType) => newMappingProxy(mappingOf(cls)) },
  __doc__: {
    get: (cls: PyType) => {
      if (!cls.isHeapType) {
        // A built-in type's own doc (CPython's tp_doc) comes before the __doc__ of its dict (its instances').
        const builtinDoc = builtinTypeDocs.get(cls) ?? typeDoc(cls);
        if (builtinDoc !== null) return builtinDoc;
      }
      const doc = cls.attrs.get('__doc__');
      if (doc === undefined) return null;
      // A class's __doc__ may be a descriptor (type_get_doc binds it to the class).
      return cls.isHeapType ? bindDescriptor(doc, undefined, cls) : doc;
    },
    set(cls: PyType, value) {
      requireHeapType(cls, '__doc__');
      cls.setAttr('__doc__', value ?? null);
    },
  },
  __abstractmethods__: {
    get(cls: PyType) {
      const value = cls.attrs.get('__abstractmethods__');
      if (value === undefined || cls === typeType) throw newException(AttributeError, '__abstractmethods__');
      return value;
    },
    set(cls: PyType, value) {
      cls.setAttr('__abstractmethods__', value);
      cls.abstractMethods = value === undefined ? null : iterableNames(value);
    },
  },
  __annotations__: {
    get(cls: PyType) {
      const value = cls.attrs.get('__annotations__');
      if (value !== undefined) return value;
      if (!cls.isHeapType) throw newException(AttributeError, `type object '${cls.name}' has no attribute '__annotations__'`);
      const fresh = newDict();
      cls.setAttr('__annotations__', fresh);
      return fresh;
    },
    set(cls: PyType, value) {
      requireHeapType(cls, '__annotations__');
      cls.setAttr('__annotations__', value);
    },
  },
});

/**
 * The docs of built-in types whose __dict__ '__doc__' is their instances' attribute
 * (property, function): CPython keeps a type's own doc apart from its dict (tp_doc).
 */
const builtinTypeDocs = new Map<PyType, string>();

export function setBuiltinTypeDoc(type: PyType, doc: string): void {
  builtinTypeDocs.set(type, doc);
}

function iterableNames(value: Py): string[] {
  const names: string[] = [];
  const items = value instanceof PyTuple || value instanceof PyList ? value.items : null;
  if (items) for (const item of items) if (typeof item === 'string') names.push(item);
  if (value instanceof PySet) for (const member of value.members()) if (typeof member === 'string') names.push(member);
  return names;
}

/** A snapshot dict of the type's attributes, for the read-only mappingproxy __dict__ gives (CPython's reads through to the type). */
function mappingOf(cls: PyType): PyDict {
  const dict = newDict();
  for (const [key, value] of cls.attrs) dict.setStr(key, value);
  return dict;
}

function requireHeapType(cls: PyType, name: string): void {
  if (!cls.isHeapType) throw typeError(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
}

function setTypeAttribute(cls: PyType, name: Py, value: Py | undefined): void {
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  const metaAttribute = cls.cls.lookup(name);
  if (metaAttribute instanceof PyGetSetDescriptor) {
    if (metaAttribute.set === null) throw newException(AttributeError, `attribute '${name}' of '${metaAttribute.owner.name}' objects is not writable`);
    metaAttribute.set(cls, value);
    return;
  }
  if (metaAttribute !== undefined && typeof metaAttribute === 'object' && metaAttribute !== null && !(metaAttribute instanceof PyFunction)) {
    const setter = metaAttribute.cls.lookup(value === undefined ? '__delete__' : '__set__');
    if (setter !== undefined) {
      callUnbound(setter, metaAttribute, value === undefined ? [cls] : [cls, value]);
      return;
    }
  }
  if (!cls.isHeapType) throw typeError(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
  if (value === undefined && !cls.attrs.has(name)) throw newException(AttributeError, `type object '${cls.name}' has no attribute '${name}'`);
  cls.setAttr(name, value);
}

// ---------------------------------------------------------------- class creation

function linearize(cls: PyType, bases: PyType[]): PyType[] {
  return withMroTypeError(() => c3Linearization(cls, bases));
}

/**
 * `cls.__bases__ = bases` (type_set_bases): a heap type may take new bases that keep its
 * instances' layout; the MROs of the class and of its subclasses are computed again.
 */
function assignBases(cls: PyType, value: Py | undefined): void {
  if (value === undefined) throw typeError(`cannot delete '__bases__' attribute of immutable type '${cls.name}'`);
  requireHeapType(cls, '__bases__');
  if (!(value instanceof PyTuple)) throw typeError(`can only assign tuple to ${cls.name}.__bases__, not ${typeOf(value).name}`);
  if (value.items.length === 0) throw typeError(`can only assign non-empty tuple to ${cls.name}.__bases__, not ()`);
  for (const base of value.items) {
    if (!(base instanceof PyType)) throw typeError(`${cls.name}.__bases__ must be tuple of classes, not '${typeOf(base).name}'`);
    if (base.isSubtypeOf(cls)) throw typeError('a __bases__ item causes an inheritance cycle');
  }
  const bases = value.items as PyType[];
  const duplicate = bases.find((base, index) => bases.indexOf(base) !== index);
  if (duplicate !== undefined) throw typeError(`duplicate base class ${duplicate.name}`);
  const oldBest = bestBaseOf(cls.bases);
  const newBest = bestBaseOf(bases);
  if (newBest.solidBase !== oldBest.solidBase || newBest.hasInstanceDict !== oldBest.hasInstanceDict) {
    const difference = newBest.solidBase.isHeapType || oldBest.solidBase.isHeapType ? 'object layout' : 'deallocator';
    throw typeError(`__bases__ assignment: '${newBest.name}' ${difference} differs from '${oldBest.name}'`);
  }
  const oldBases = cls.bases;
  const oldMros = new Map([cls, ...subclassesOf(cls)].map((type) => [type, type.mro]));
  cls.bases = bases;
  try {
    recomputeMro(cls);
  } catch (error) {
    cls.bases = oldBases;
    for (const [type, mro] of oldMros) type.setMro(mro);
    throw error;
  }
  for (const base of oldBases) base.subclasses.splice(base.subclasses.indexOf(cls), 1);
  for (const base of bases) base.subclasses.push(cls);
}

/** Every class deriving from `cls`, directly or not. */
function subclassesOf(cls: PyType): PyType[] {
  return cls.subclasses.flatMap((sub) => [sub, ...subclassesOf(sub)]);
}

/** The MRO of a class whose bases changed, by its metaclass's mro() if overridden, and then its subclasses'. */
function recomputeMro(cls: PyType): void {
  const mro = typeOf(cls).lookup('mro');
  cls.setMro(mro !== typeType.attrs.get('mro') ? iterableTypes(callUnbound(mro!, cls, [])) : withMroTypeError(() => c3Linearization(cls, cls.bases)));
  for (const sub of cls.subclasses) recomputeMro(sub);
}

/** Runs `compute` (which linearizes an MRO), turning an MroConflict into CPython's TypeError. */
function withMroTypeError<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof MroConflict) {
      const names = [...new Set(error.candidates)].map((t) => t.name).join(', ');
      throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    throw error;
  }
}

/** The most derived of the metaclasses of `bases` and `metatype` (a "metaclass conflict" if they disagree). */
export function calculateMetaclass(metatype: PyType, bases: Py[]): PyType {
  let winner = metatype;
  for (const base of bases) {
    const baseMeta = typeOf(base);
    if (winner.isSubtypeOf(baseMeta)) continue;
    if (baseMeta.isSubtypeOf(winner)) {
      winner = baseMeta;
      continue;
    }
    throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

const TYPE_NEW_SIGNATURE = { name: 'type.__new__', names: ['metatype', 'name', 'bases', 'dict'], required: 4 };

function typeNew(args: Py[], kwnames: readonly string[] | null): Py {
  const positionalCount = args.length - (kwnames?.length ?? 0);
  const metatype = args[0];
  if (!(metatype instanceof PyType)) throw typeError(`type.__new__(X): X is not a type object (${typeOf(metatype).name})`);
  if (positionalCount === 2 && metatype === typeType) return typeOf(args[1]);
  if (positionalCount !== 4) throw typeError(positionalCount === 2 ? 'type.__new__() takes exactly 3 arguments (1 given)' : 'type() takes 1 or 3 arguments');
  const [, name, bases, namespace] = bindArguments(TYPE_NEW_SIGNATURE, args.slice(0, 4), null);
  if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeOf(name ?? null).name}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases ?? null).name}`);
  if (!(namespace instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeOf(namespace ?? null).name}`);
  const winner = calculateMetaclass(metatype, bases.items);
  if (winner !== metatype) {
    const winnerNew = winner.lookup('__new__');
    if (winnerNew !== typeType.attrs.get('__new__')) return call(winnerNew!, [winner, ...args.slice(1)], kwnames);
  }
  const kwargs = newDict();
  if (kwnames !== null) kwnames.forEach((k, i) => kwargs.setStr(k, args[positionalCount + i]));
  return createClass(winner, name, bases.items, namespace, kwargs);
}

function createClass(metatype: PyType, name: string, baseValues: Py[], namespace: PyDict, kwargs: PyDict): PyType {
  for (const base of baseValues) {
    if (!(base instanceof PyType)) throw typeError(`bases must be types`);
    if (!base.isBaseType) throw typeError(`type '${base.name}' is not an acceptable base type`);
  }
  const bases = baseValues.length === 0 ? [objectType] : (baseValues as PyType[]);
  const best = bestBaseOf(bases);
  const solid = best.solidBase;
  const slots = namespace.getStr('__slots__');
  const slotNames = slots === undefined ? null : slotNamesOf(slots);
  const { addDict, addWeakref } = instanceAttributesToAdd(best, slotNames);
  const wantsDict = slotNames === null || slotNames.includes('__dict__');
  const instanceDict = wantsDict || bases.some((b) => b.hasInstanceDict);
  const cls = withMroTypeError(() => new PyType(metatype, name, bases, { heap: true, instanceDict, factory: solid.factory }));
  cls.solidBase = slotNames !== null && slotNames.some((n) => n !== '__dict__' && n !== '__weakref__') ? cls : solid;
  if (metatype !== typeType && metatype.lookup('mro') !== typeType.attrs.get('mro')) {
    const custom = callUnbound(metatype.lookup('mro')!, cls, []);
    cls.setMro(iterableTypes(custom));
  }
  for (const [key, value] of namespace.entries()) {
    if (typeof key !== 'string') continue;
    cls.attrs.set(key, value);
  }
  // A class that defines __eq__ but not __hash__ is unhashable (its inherited hash would break the eq/hash contract).
  if (cls.attrs.has('__eq__') && !cls.attrs.has('__hash__')) cls.attrs.set('__hash__', null);
  const qualname = namespace.getStr('__qualname__');
  if (qualname !== undefined) {
    if (typeof qualname !== 'string') throw typeError(`type __qualname__ must be a str, not ${typeOf(qualname).name}`);
    cls.qualname = qualname;
    cls.attrs.delete('__qualname__');
  }
  if (!cls.attrs.has('__module__')) {
    const callerModule = currentGlobalsName();
    if (callerModule !== undefined) cls.attrs.set('__module__', callerModule);
  }
  for (const special of ['__new__'] as const) {
    const value = cls.attrs.get(special);
    if (value instanceof PyFunction) cls.attrs.set(special, new PyStaticMethod(staticMethodType, value));
  }
  for (const special of ['__init_subclass__', '__class_getitem__'] as const) {
    const value = cls.attrs.get(special);
    if (value instanceof PyFunction) cls.attrs.set(special, new PyClassMethod(classMethodType, value));
  }
  if (slotNames !== null) {
    for (const slot of slotNames) {
      if (slot === '__dict__' || slot === '__weakref__') continue;
      const mangled = slot.startsWith('__') && !slot.endsWith('__') ? `_${name.replace(/^_+/, '')}${slot}` : slot;
      if (namespace.getStr(mangled) !== undefined) throw newException(ValueError, `'${mangled}' in __slots__ conflicts with class variable`);
      cls.attrs.set(mangled, new PyMemberDescriptor(cls, mangled, cls.slotNames.length));
      cls.slotNames.push(mangled);
    }
  }
  // After the namespace and the slots, as PyType_Ready adds them: __dict__, __weakref__, then __doc__.
  if (addDict) defineInstanceDictAttribute(cls);
  if (addWeakref) cls.attrs.set('__weakref__', weakrefAttribute(cls));
  if (!cls.attrs.has('__doc__')) cls.attrs.set('__doc__', null);
  const cell = namespace.getStr('__classcell__');
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${typeOf(cell).name}`);
    cell.contents = cls;
    cls.attrs.delete('__classcell__');
  }
  cls.attributesChanged();
  for (const [key, value] of namespace.entries()) {
    if (typeof key !== 'string' || typeof value !== 'object' || value === null) continue;
    const setName = typeOf(value).lookup('__set_name__');
    if (setName !== undefined) {
      try {
        callUnbound(setName, value, [cls, key]);
      } catch (error) {
        // 3.11 wraps the error (3.12 adds a note instead).
        const wrapped = newException(RuntimeError, `Error calling __set_name__ on '${typeOf(value).name}' instance '${key}' in '${cls.name}'`);
        wrapped.cause = toPyException(error);
        wrapped.suppressContext = true;
        throw wrapped;
      }
    }
  }
  initSubclass(cls, kwargs);
  return cls;
}

/** super(cls, cls).__init_subclass__(**kwargs): the hook of the nearest base, bound to the new class. */
function initSubclass(cls: PyType, kwargs: PyDict): void {
  const mro = cls.mro;
  for (let i = 1; i < mro.length; i++) {
    const hook = mro[i].attrs.get('__init_subclass__');
    if (hook === undefined) continue;
    const names = kwargs.keys() as string[];
    call(bindDescriptor(hook, undefined, cls), kwargs.values(), names.length > 0 ? names : null);
    return;
  }
}

/** The base whose instance layout the new class extends: the one with the most derived solid base (best_base). */
function bestBaseOf(bases: PyType[]): PyType {
  let best = bases[0];
  for (const base of bases.slice(1)) {
    const candidate = base.solidBase;
    if (best.solidBase.isSubtypeOf(candidate)) continue;
    if (candidate.isSubtypeOf(best.solidBase)) {
      best = base;
      continue;
    }
    throw typeError('multiple bases have instance lay-out conflict');
  }
  return best;
}

/** Whether instances of a built-in solid base take weak references (subclasses of the others get a __weakref__ slot). */
function isNativeWeakrefType(type: PyType): boolean {
  return type === typeType || type === setType || type === frozensetType || type === moduleType;
}

/** Whether instances of a built-in solid base vary in size (int, bytes, tuple): their subclasses cannot add slots or a __weakref__. */
function isVariableSizeType(type: PyType): boolean {
  return type === intType || type === bytesType || type === tupleType;
}

/**
 * Whether a new class adds the __dict__ and __weakref__ attributes (type_new_slots):
 * without __slots__ when `best` lacks them, with __slots__ when they are named there.
 */
function instanceAttributesToAdd(best: PyType, slotNames: string[] | null): { addDict: boolean; addWeakref: boolean } {
  const variableSize = isVariableSizeType(best.solidBase);
  const mayAddDict = !best.hasInstanceDict;
  const mayAddWeakref = best.lookup('__weakref__') === undefined && !isNativeWeakrefType(best.solidBase) && !variableSize;
  if (slotNames === null) return { addDict: mayAddDict, addWeakref: mayAddWeakref };
  if (variableSize && slotNames.length > 0) {
    throw typeError(`nonempty __slots__ not supported for subtype of '${best.solidBase.name}'`);
  }
  const count = (name: string): number => slotNames.filter((n) => n === name).length;
  if (count('__dict__') > (mayAddDict ? 1 : 0)) throw typeError('__dict__ slot disallowed: we already got one');
  if (count('__weakref__') > (mayAddWeakref ? 1 : 0)) throw typeError('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
  return { addDict: count('__dict__') > 0, addWeakref: count('__weakref__') > 0 };
}

/** The __weakref__ attribute: pyvm keeps no weak reference lists, so it reads None, as with no weak references made. */
function weakrefAttribute(cls: PyType): PyGetSetDescriptor {
  return new PyGetSetDescriptor(cls, '__weakref__', () => null);
}

function slotNamesOf(slots: Py): string[] {
  const items = typeof slots === 'string' ? [slots] : iterableItems(slots);
  return items.map((item) => {
    if (typeof item !== 'string') throw typeError(`__slots__ items must be strings, not '${typeOf(item).name}'`);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/u.test(item)) throw typeError('__slots__ must be identifiers');
    return item;
  });
}

function iterableItems(value: Py): Py[] {
  if (value instanceof PyTuple || value instanceof PyList) return value.items;
  if (value instanceof PyDict) return value.keys();
  throw typeError(`'${typeOf(value).name}' object is not iterable`);
}

function iterableTypes(value: Py): PyType[] {
  return iterableItems(value).map((item) => {
    if (!(item instanceof PyType)) throw typeError(`mro() returned a non-class ('${typeOf(item).name}')`);
    return item;
  });
}

/** Supplies the __name__ of the globals of the running frame, for __module__ (set by the VM). */
export let currentGlobalsName: () => Py | undefined = () => undefined;
export function setCurrentGlobalsName(provider: () => Py | undefined): void {
  currentGlobalsName = provider;
}
