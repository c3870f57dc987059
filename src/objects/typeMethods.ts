// The methods of `type`: calling a class, class creation (type.__new__ and the
// __build_class__ builtin's help), the type attributes (__name__, __mro__, ...), and
// isinstance/issubclass hooks.
import type { Py } from './object';
import { c3Linearization, MatchKind, MroConflict, objectType, PyType, typeType } from './type';
import { boolType, floatType, intType, strType, typeOf } from './typeOf';
import { bindArguments, checkArgCount, defineClassMethods, defineGetSets, defineMethods, PyBuiltinFunction, PyGetSetDescriptor } from './native';
import { AttributeError, BaseException, newException, RuntimeError, typeError, ValueError } from './exceptions';
import { toPyException } from './pyErrorConversion';
import { attributeError, bindDescriptor, call, callType, callUnbound, getAttrOrUndefined, iterableToArray, typeGetAttr } from './protocols';
import { PyDict } from './dict';
import { newMappingProxy } from './mappingProxy';
import { frozensetType, PySet, setType } from './set';
import { complexType } from './complex';
import { bytearrayType, bytesType } from './bytes';
import { moduleType } from './module';
import { codeType } from './code';
import { attributeName, strValue } from './str';
import { strIsIdentifier } from './strPredicates';
import { weakrefListHead } from './weakrefList';
import { checkSetattrWrapper, layoutBase, typeSlotName } from './typeLayout';
import { dictType, newDict } from './dictType';
import { copyDict } from './dictUpdate';
import { checkEncodableAsUtf8 } from './strCodecs';
import { PyTuple, newTuple, tupleType } from './tuple';
import { listType, PyList } from './list';
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
    checkSetattrWrapper(self, '__setattr__', typeSetattr);
    setTypeAttribute(self as PyType, args[0], args[1]);
    return null;
  },
  __delattr__(self, args) {
    checkArgCount('__delattr__', args, null, 1);
    checkSetattrWrapper(self, '__delattr__', typeDelattr);
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
const typeSetattr = typeType.attrs.get('__setattr__')!;
const typeDelattr = typeType.attrs.get('__delattr__')!;

typeType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => typeNew(args, kwnames), undefined, null));
// The namespace a class body runs in; any arguments are accepted (and ignored).
defineClassMethods(typeType, { __prepare__: () => newDict() });

/**
 * The size of an item of the variable-sized objects CPython stores inline (tp_itemsize,
 * inherited from the base): a tuple's item pointers, an int's 30-bit digits, a bytes'
 * bytes, a type's slot member definitions. 0 for every other type.
 */
const ITEM_SIZES = new Map<PyType, number>([[tupleType, 8], [intType, 4], [bytesType, 1], [typeType, 40], [codeType, 2]]);

/**
 * The fixed part of an instance of the common built-in types on a 64-bit CPython 3.11
 * (tp_basicsize); another built-in type counts as its base's.
 */
const BASIC_SIZES = new Map<PyType, number>([
  [objectType, 16], [intType, 24], [boolType, 32], [floatType, 24], [complexType, 32], [tupleType, 24], [listType, 40],
  [dictType, 48], [setType, 200], [frozensetType, 200], [strType, 80], [bytesType, 33], [bytearrayType, 56], [typeType, 904],
  [BaseException, 72],
]);

/** tp_basicsize: a class adds a pointer for each of its slots and for a __weakref__ its bases lack. */
function basicSize(cls: PyType): number {
  const known = BASIC_SIZES.get(cls);
  if (known !== undefined) return known;
  if (cls.bases.length === 0) return 16;
  const base = layoutBase(cls)!;
  if (!cls.isHeapType) return basicSize(base);
  const addsWeakref = cls.attrs.has('__weakref__') && base.lookup('__weakref__') === undefined;
  return basicSize(base) + 8 * (cls.slotNames.length - base.slotNames.length + (addsWeakref ? 1 : 0));
}

/** CPython's tp_itemsize: the size of each item of a variable-sized instance (0 for a fixed size). */
export function itemSize(cls: PyType): number {
  for (let base: PyType | undefined = cls; base !== undefined; base = base.bases[0]) {
    const size = ITEM_SIZES.get(base);
    if (size !== undefined) return size;
  }
  return 0;
}

/**
 * The Py_TPFLAGS_* bits of a class that Python code reads (copyreg's HEAPTYPE, inspect's
 * IS_ABSTRACT, the fast subclass bits); pyvm keeps no C-level flags beyond those.
 */
function typeFlags(cls: PyType): number {
  let flags = (1 << 12); // READY
  flags |= cls.isHeapType ? (1 << 9) | (1 << 14) : (1 << 8); // HEAPTYPE and HAVE_GC, or IMMUTABLETYPE
  if (cls.isBaseType) flags |= 1 << 10;
  if (cls.abstractMethods !== null && cls.abstractMethods.length > 0) flags |= 1 << 20;
  if (cls.matchKind === MatchKind.SEQUENCE) flags |= 1 << 5;
  else if (cls.matchKind === MatchKind.MAPPING) flags |= 1 << 6;
  const subclassBits: [PyType, number][] = [
    [intType, 24], [listType, 25], [tupleType, 26], [bytesType, 27], [strType, 28], [dictType, 29], [BaseException, 30], [typeType, 31],
  ];
  for (const [base, bit] of subclassBits) if (cls.isSubtypeOf(base)) flags += 2 ** bit;
  return flags;
}

defineGetSets(typeType, {
  __name__: {
    get: (cls: PyType) => cls.name,
    set(cls: PyType, value) {
      requireSettableSpecial(cls, '__name__', value);
      const name = strValue(value);
      if (name === undefined) throw typeError(`can only assign string to ${cls.name}.__name__, not '${typeOf(value).name}'`);
      cls.name = checkedTypeName(name);
    },
  },
  __qualname__: {
    get: (cls: PyType) => cls.qualname,
    set(cls: PyType, value) {
      requireSettableSpecial(cls, '__qualname__', value);
      const qualname = strValue(value);
      if (qualname === undefined) throw typeError(`can only assign string to ${cls.name}.__qualname__, not '${typeOf(value).name}'`);
      cls.qualname = qualname;
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
      requireSettableSpecial(cls, '__module__', value);
      cls.setAttr('__module__', value);
    },
  },
  __bases__: { get: (cls: PyType) => newTuple([...cls.bases]), set: assignBases },
  // A class's base is the one whose instance layout it extends (best_base), not always the first.
  __base__: { get: (cls: PyType) => (cls.bases.length === 0 ? null : cls.isHeapType ? bestBaseOf(cls.bases) : cls.bases[0]) },
  __mro__: { get: (cls: PyType) => (classesWithoutMro.has(cls) ? null : newTuple([...cls.mro])) },
  __flags__: { get: typeFlags },
  __itemsize__: { get: itemSize },
  __basicsize__: { get: basicSize },
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
      requireSettableSpecial(cls, '__doc__', value);
      cls.setAttr('__doc__', value);
    },
  },
  __abstractmethods__: {
    get(cls: PyType) {
      const value = cls.attrs.get('__abstractmethods__');
      if (value === undefined || cls === typeType) throw newException(AttributeError, '__abstractmethods__');
      return value;
    },
    set(cls: PyType, value) {
      if (value === undefined && !cls.attrs.has('__abstractmethods__')) throw newException(AttributeError, '__abstractmethods__');
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
      if (value === undefined && !cls.attrs.has('__annotations__')) throw newException(AttributeError, '__annotations__');
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
  if (cls.otherKeys !== null) for (const [key, value] of cls.otherKeys.entries()) dict.set(key, value);
  return dict;
}

function requireHeapType(cls: PyType, name: string): void {
  if (!cls.isHeapType) throw typeError(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
}

/** check_set_special_type_attr: a built-in type's special attributes are fixed, and no class's can be deleted. */
function requireSettableSpecial(cls: PyType, name: string, value: Py | undefined): asserts value is Py {
  requireHeapType(cls, name);
  if (value === undefined) throw typeError(`cannot delete '${name}' attribute of immutable type '${cls.name}'`);
}

function setTypeAttribute(cls: PyType, nameObject: Py, value: Py | undefined): void {
  // A str subclass's name is stored as the str it holds, as type_setattro does.
  const name = attributeName(nameObject);
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
  requireSettableSpecial(cls, '__bases__', value);
  if (!(value instanceof PyTuple)) throw typeError(`can only assign tuple to ${cls.name}.__bases__, not ${typeOf(value).name}`);
  if (value.items.length === 0) throw typeError(`can only assign non-empty tuple to ${cls.name}.__bases__, not ()`);
  for (const base of value.items) {
    if (!(base instanceof PyType)) throw typeError(`${cls.name}.__bases__ must be tuple of classes, not '${typeOf(base).name}'`);
    if (!base.isBaseType) throw typeError(`type '${typeSlotName(base)}' is not an acceptable base type`);
    // A metaclass's mro() reentering here may have changed bases whose MRO is not computed yet: their base chain tells.
    if (base.isSubtypeOf(cls) || (!classesWithoutMro.has(base) && inLayoutChain(base, cls))) {
      throw typeError('a __bases__ item causes an inheritance cycle');
    }
  }
  const bases = value.items as PyType[];
  const oldBest = bestBaseOf(cls.bases);
  const newBest = bestBaseOf(bases);
  if (newBest.solidBase !== oldBest.solidBase || newBest.hasInstanceDict !== oldBest.hasInstanceDict) {
    const difference = newBest.solidBase.isHeapType || oldBest.solidBase.isHeapType ? 'object layout' : 'deallocator';
    throw typeError(`__bases__ assignment: '${newBest.name}' ${difference} differs from '${oldBest.name}'`);
  }
  const oldBases = cls.bases;
  cls.bases = bases;
  const changed: MroChange[] = [];
  try {
    updateMroHierarchy(cls, changed);
  } catch (error) {
    // Undo, except where a reentrant assignment has put a newer MRO or other bases.
    for (const { type, newMro, oldMro } of changed.reverse()) if (type.mro === newMro) type.setMro(oldMro);
    if (cls.bases === bases) cls.bases = oldBases;
    throw error;
  }
  // Unless a reentrant assignment replaced the bases meanwhile.
  if (cls.bases !== bases) return;
  for (const base of oldBases) {
    const index = base.subclasses.indexOf(cls);
    if (index >= 0) base.subclasses.splice(index, 1);
  }
  for (const base of bases) base.subclasses.push(cls);
}

/** Whether `target` is `cls` or along its chain of layout bases (type_is_subtype_base_chain). */
function inLayoutChain(cls: PyType, target: PyType): boolean {
  for (let base: PyType | undefined = cls; base !== undefined; base = layoutBase(base)) if (base === target) return true;
  return false;
}

interface MroChange {
  type: PyType;
  newMro: PyType[];
  oldMro: PyType[];
}

/**
 * The MROs of a class whose bases changed and of its subclasses (mro_hierarchy), by the
 * metaclass's mro() if overridden. A class whose MRO changed meanwhile, through an
 * mro() that reentered, keeps that one, and its subclasses are left to that change.
 */
function updateMroHierarchy(cls: PyType, changed: MroChange[]): void {
  const oldMro = cls.mro;
  const mro = typeOf(cls).lookup('mro');
  const newMro = mro !== typeType.attrs.get('mro') ? checkedCustomMro(cls, callUnbound(mro!, cls, [])) : withMroTypeError(() => c3Linearization(cls, cls.bases));
  if (cls.mro !== oldMro) return;
  cls.setMro(newMro);
  classesWithoutMro.delete(cls);
  changed.push({ type: cls, newMro, oldMro });
  for (const sub of [...cls.subclasses]) updateMroHierarchy(sub, changed);
}

/** Runs `compute` (which linearizes an MRO), turning an MroConflict into CPython's TypeError. */
function withMroTypeError<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof MroConflict && error.duplicate !== undefined) throw typeError(`duplicate base class ${error.duplicate.name}`);
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
  checkedTypeName(name);
  // The type's __doc__ is kept as UTF-8 too (tp_doc).
  const doc = namespace.getStr('__doc__');
  if (typeof doc === 'string') checkEncodableAsUtf8(doc);
  const winner = calculateMetaclass(metatype, bases.items);
  if (winner !== metatype) {
    const winnerNew = winner.lookup('__new__');
    if (winnerNew !== typeType.attrs.get('__new__')) return call(winnerNew!, [winner, ...args.slice(1)], kwnames);
  }
  const kwargs = newDict();
  if (kwnames !== null) kwnames.forEach((k, i) => kwargs.setStr(k, args[positionalCount + i]));
  // A copy, read as PyDict_Copy reads it: in the order a dict subclass (OrderedDict) iterates.
  return createClass(winner, name, bases.items, copyDict(namespace), kwargs);
}

/** A type's name, which CPython keeps as UTF-8 (tp_name): no lone surrogates, no null characters. */
function checkedTypeName(name: string): string {
  checkEncodableAsUtf8(name);
  if (name.includes('\0')) throw newException(ValueError, 'type name must not contain null characters');
  return name;
}

/** Classes whose metaclass's mro() is running for the first time. */
const classesWithoutMro = new WeakSet<PyType>();

function createClass(metatype: PyType, name: string, baseValues: Py[], namespace: PyDict, kwargs: PyDict): PyType {
  for (const base of baseValues) {
    if (!(base instanceof PyType)) throw typeError(`bases must be types`);
    if (!base.isBaseType) throw typeError(`type '${typeSlotName(base)}' is not an acceptable base type`);
    if (classesWithoutMro.has(base)) throw typeError(`Cannot extend an incomplete type '${base.name}'`);
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
  for (const [key, value] of namespace.entries()) {
    const name = strValue(key);
    if (name !== undefined) cls.attrs.set(name, value);
    else (cls.otherKeys ??= newDict()).set(key, value);
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
    const mangledNames = slotNames
      .filter((slot) => slot !== '__dict__' && slot !== '__weakref__')
      .map((slot) => (slot.startsWith('__') && !slot.endsWith('__') ? `_${name.replace(/^_+/, '')}${slot}` : slot));
    // Sorted, as type_new stores them: instances of classes with the same slots in any order are laid out alike.
    mangledNames.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const mangled of mangledNames) {
      // (The compiler puts __qualname__ and __classcell__ in every namespace; they leave the class's dict.)
      const compilerSet = mangled === '__qualname__' || mangled === '__classcell__';
      if (!compilerSet && namespace.getStr(mangled) !== undefined) throw newException(ValueError, `'${mangled}' in __slots__ conflicts with class variable`);
      cls.attrs.set(mangled, new PyMemberDescriptor(cls, mangled, cls.slotNames.length));
      cls.slotNames.push(mangled);
    }
  }
  // After the namespace and the slots, as PyType_Ready adds them: __dict__, __weakref__, then __doc__;
  // each only where the class body did not define the name (PyDict_SetDefault).
  if (addDict && !cls.attrs.has('__dict__')) defineInstanceDictAttribute(cls);
  if (addWeakref && !cls.attrs.has('__weakref__')) cls.attrs.set('__weakref__', weakrefAttribute(cls));
  if (!cls.attrs.has('__doc__')) cls.attrs.set('__doc__', null);
  const cell = namespace.getStr('__classcell__');
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${typeOf(cell).name}`);
    cell.contents = cls;
    if (cls.attrs.get('__classcell__') === cell) cls.attrs.delete('__classcell__');
  }
  cls.attributesChanged();
  // As PyType_Ready: a metaclass's mro() sees the finished namespace and the __class__ cell set.
  if (metatype !== typeType && metatype.lookup('mro') !== typeType.attrs.get('mro')) {
    // Until mro() returns, the class has no __mro__ (CPython's NULL tp_mro).
    classesWithoutMro.add(cls);
    try {
      cls.setMro(checkedCustomMro(cls, callUnbound(metatype.lookup('mro')!, cls, [])));
    } finally {
      classesWithoutMro.delete(cls);
    }
  }
  for (const [key, value] of namespace.entries()) {
    if (typeof key !== 'string' || typeof value !== 'object' || value === null) continue;
    const setName = typeOf(value).lookup('__set_name__');
    if (setName !== undefined) {
      try {
        callUnbound(setName, value, [cls, key]);
      } catch (error) {
        // 3.11 wraps the error (3.12 adds a note instead).
        const wrapped = newException(RuntimeError, `Error calling __set_name__ on '${typeOf(value).name}' instance '${key}' in '${cls.name}'`);
        // As _PyErr_FormatFromCause: the error is both the cause and the context.
        wrapped.cause = wrapped.context = toPyException(error);
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
  // (A custom mro() may have left the class out of its own MRO.)
  if (!mro.includes(cls)) throw typeError('super(type, obj): obj must be an instance or subtype of type');
  for (let i = mro.indexOf(cls) + 1; i < mro.length; i++) {
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
/** Built-in types of modules whose instances keep their weak references themselves (see isNativeWeakrefType). */
const moduleWeakrefTypes = new Set<PyType>();

/** Declares that `type`'s instances keep their weak references themselves (CPython's tp_weaklistoffset: _thread._local's). */
export function keepsOwnWeakrefs(type: PyType): void {
  moduleWeakrefTypes.add(type);
}

/** Whether instances of the built-in `type` keep their weak references themselves: its subclasses then add no __weakref__. */
function isNativeWeakrefType(type: PyType): boolean {
  return type === typeType || type === setType || type === frozensetType || type === moduleType || moduleWeakrefTypes.has(type);
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

/** The __weakref__ attribute: the instance's first weak reference, or None. */
function weakrefAttribute(cls: PyType): PyGetSetDescriptor {
  return new PyGetSetDescriptor(cls, '__weakref__', weakrefListHead);
}

/** The names __slots__ gives (a str subclass's instances count as their strings). */
function slotNamesOf(slots: Py): string[] {
  const items = strValue(slots) !== undefined ? [slots] : iterableItems(slots);
  return items.map((item) => {
    const name = strValue(item);
    if (name === undefined) throw typeError(`__slots__ items must be strings, not '${typeOf(item).name}'`);
    if (!strIsIdentifier(name)) throw typeError('__slots__ must be identifiers');
    return name;
  });
}

function iterableItems(value: Py): Py[] {
  if (value instanceof PyTuple || value instanceof PyList) return value.items;
  return iterableToArray(value);
}

/** What a metaclass's mro() returned, checked as mro_check does: classes whose layout the class's instances have. */
function checkedCustomMro(cls: PyType, value: Py): PyType[] {
  return iterableItems(value).map((item) => {
    if (!(item instanceof PyType)) throw typeError(`mro() returned a non-class ('${typeOf(item).name}')`);
    if (!cls.solidBase.isSubtypeOf(item.solidBase)) throw typeError(`mro() returned base with unsuitable layout ('${typeSlotName(item)}')`);
    return item;
  });
}

/** Supplies the __name__ of the globals of the running frame, for __module__ (set by the VM). */
export let currentGlobalsName: () => Py | undefined = () => undefined;
export function setCurrentGlobalsName(provider: () => Py | undefined): void {
  currentGlobalsName = provider;
}
