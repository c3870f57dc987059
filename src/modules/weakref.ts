// The _weakref module: weak references to objects, over JS WeakRef. Callbacks are
// registered with a FinalizationRegistry, so they run when the JS collector frees the
// object — later than CPython, whose reference counting frees it at the last `del`.
// gc.collect() clears, as CPython's collection does, the references to the objects it
// finds the program can no longer reach (clearReferencesToUnreachable).
import type { Py } from '../objects/object';
import { PyObject } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType, objectType, type PyType } from '../objects/type';
import { setWeakrefListHead } from '../objects/weakrefList';
import { floatType, intType, strType, typeOf } from '../objects/typeOf';
import { tupleType } from '../objects/tuple';
import { listType } from '../objects/list';
import { dictType } from '../objects/dictType';
import { complexType } from '../objects/complex';
import { bytearrayType, bytesType } from '../objects/bytes';
import { checkArgCount, defineGetSets, defineMethods, newTargetOf, PyBuiltinFunction } from '../objects/native';
import { newException, ReferenceError, StopIteration, typeError } from '../objects/exceptions';
import {
  call, contains, delItem, getAttr, getItem, getIter, isTrue, iterNext, pyEquals, pyHash, pyLen, pyRepr, setAttr, setItem,
} from '../objects/protocols';
import { NotImplemented } from '../objects/singletons';
import { addressOf } from '../objects/identity';
import { PyList } from '../objects/list';
import { PyDict } from '../objects/dict';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';
import { reportFinalizerFailure } from '../vm/deferredFinalization';

export const weakrefModule = newModule('_weakref', 'Weak-reference support module.');
registerBuiltinModule('_weakref', () => weakrefModule);

export class PyWeakRef extends PyObject {
  /** Null once cleared. */
  private target: WeakRef<PyObject> | null;
  hashValue: Py | undefined;

  constructor(cls: PyType, referent: PyObject, public callback: Py) {
    super(cls);
    this.target = new WeakRef(referent);
    everyReference.add(new WeakRef(this));
  }

  referent(): PyObject | null {
    return this.target?.deref() ?? null;
  }

  /** Kills the reference, its callback too (as CPython's clear_weakref); returns the callback. */
  clear(): Py {
    const callback = this.callback;
    this.target = null;
    this.callback = null;
    return callback;
  }
}

/** Every live weak reference of an object, for getweakrefcount/getweakrefs and for reusing a callback-less ref. */
const referencesOf = new WeakMap<PyObject, PyWeakRef[]>();

/** Every weak reference made (proxies' too), for gc.collect() to clear those to unreachable objects. */
const everyReference = new Set<WeakRef<PyWeakRef>>();

// The references of an object that went away call back the newest first.
const finalizers = new FinalizationRegistry<PyWeakRef[]>((references) => clearAndCallBack(references.slice().reverse()));

/**
 * Clears the references, then calls their callbacks in order; what a callback raises is
 * reported as unraisable, as CPython's handle_callback does.
 */
function clearAndCallBack(references: PyWeakRef[]): void {
  const callbacks = references.map((reference) => reference.clear());
  references.forEach((reference, i) => {
    const callback = callbacks[i];
    if (callback === null) return;
    try {
      call(callback, [reference]);
    } catch (error) {
      reportFinalizerFailure(callback as object, error);
    }
  });
}

/**
 * gc.collect(): clears the weak references to the objects `isReachable` says the program
 * can no longer reach, then, as CPython's handle_weakrefs, calls the callbacks of those of
 * the references that are not garbage themselves.
 */
export function clearReferencesToUnreachable(isReachable: (object: object) => boolean): void {
  const live: PyWeakRef[] = [];
  for (const handle of everyReference) {
    const reference = handle.deref();
    const referent = reference?.referent() ?? null;
    if (reference === undefined || referent === null) {
      everyReference.delete(handle);
    } else if (!isReachable(referent)) {
      everyReference.delete(handle);
      const references = referencesOf.get(referent);
      if (references !== undefined) {
        referencesOf.delete(referent);
        finalizers.unregister(references);
      }
      if (isReachable(reference)) live.push(reference);
      else reference.clear();
    }
  }
  clearAndCallBack(live);
}

/** The built-in types whose instances have no weak reference slot (subclasses made by class statements may have one). */
const WITHOUT_WEAK_REFERENCES: ReadonlySet<PyType> = new Set([
  objectType, intType, strType, tupleType, listType, dictType, floatType, complexType, bytesType, bytearrayType,
]);

function weakReferenceable(value: Py): PyObject {
  if (typeof value !== 'object' || value === null || !takesWeakReferences(value.cls)) {
    throw typeError(`cannot create weak reference to '${typeOf(value).name}' object`);
  }
  return value;
}

/** CPython's non-zero tp_weaklistoffset: a class with a __weakref__ slot, or deriving from a built-in type whose instances keep weak references. */
function takesWeakReferences(type: PyType): boolean {
  if (type.isHeapType && type.lookup('__weakref__') !== undefined) return true;
  const builtin = type.mro.find((base) => !base.isHeapType)!;
  return !WITHOUT_WEAK_REFERENCES.has(builtin);
}

// obj.__weakref__: the callback-less weakref.ref if there is one, else the oldest reference.
setWeakrefListHead((referent) => {
  const references = referent instanceof PyObject ? referencesOf.get(referent) : undefined;
  if (references === undefined || references.length === 0) return null;
  return references.find((r) => r.callback === null && r.cls === referenceType) ?? references[0];
});

export const referenceType = nativeType('ReferenceType', undefined, {});
referenceType.name = 'weakref';
referenceType.qualname = 'weakref.ReferenceType';
referenceType.attrs.set('__module__', 'builtins');
referenceType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args) => {
  const cls = newTargetOf(referenceType, args);
  if (args.length < 2 || args.length > 3) throw typeError(`__new__ expected at most 2 arguments, got ${args.length - 1}`);
  const referent = weakReferenceable(args[1]);
  const callback = args[2] ?? null;
  let references = referencesOf.get(referent);
  if (references === undefined) {
    references = [];
    referencesOf.set(referent, references);
    finalizers.register(referent, references, references);
  }
  if (callback === null && cls === referenceType) {
    const shared = references.find((r) => r.callback === null && r.cls === referenceType);
    if (shared) return shared;
  }
  const reference = new PyWeakRef(cls, referent, callback);
  references.push(reference);
  return reference;
}, undefined, null));

defineMethods(referenceType, {
  __init__: () => null,
  __call__(self: PyWeakRef, args) {
    checkArgCount('weakref', args, null, 0);
    return self.referent();
  },
  __hash__(self: PyWeakRef) {
    if (self.hashValue === undefined) {
      const referent = self.referent();
      if (referent === null) throw typeError('weak object has gone away');
      self.hashValue = pyHash(referent) as Py;
    }
    return self.hashValue;
  },
  __eq__(self: PyWeakRef, args) {
    const other = args[0];
    if (!(other instanceof PyWeakRef)) return NotImplemented;
    const a = self.referent();
    const b = other.referent();
    if (a === null || b === null) return self === other;
    return pyEquals(a, b);
  },
  __repr__(self: PyWeakRef) {
    const referent = self.referent();
    if (referent === null) return `<weakref at ${addressOf(self)}; dead>`;
    return `<weakref at ${addressOf(self)}; to '${typeOf(referent).name}' at ${addressOf(referent)}>`;
  },
  __class_getitem__: (self) => self,
});
defineGetSets(referenceType, {
  __callback__: { get: (self: PyWeakRef) => self.callback },
});

/** weakref.proxy: forwards attribute access to the referent while it lives. */
export const proxyType = nativeType('ProxyType', undefined, { baseType: false });
proxyType.name = 'weakproxy';
class PyWeakProxy extends PyObject {
  constructor(readonly reference: PyWeakRef) {
    super(proxyType);
  }
  live(): PyObject {
    const referent = this.reference.referent();
    if (referent === null) throw newException(ReferenceError, 'weakly-referenced object no longer exists');
    return referent;
  }
}
defineMethods(proxyType, {
  __getattribute__: (self: PyWeakProxy, args) => getAttr(self.live(), args[0] as string),
  __setattr__(self: PyWeakProxy, args) {
    setAttr(self.live(), args[0] as string, args[1]);
    return null;
  },
  __repr__: (self: PyWeakProxy) => `<weakproxy at ${addressOf(self)}; to '${typeOf(self.live()).name}' at ${addressOf(self.live())}>`,
  __str__: (self: PyWeakProxy) => pyRepr(self.live()),
  // The container and iterator protocols go to the referent.
  __iter__: (self: PyWeakProxy) => getIter(self.live()),
  __next__(self: PyWeakProxy) {
    const referent = self.live();
    if (typeOf(referent).lookup('__next__') === undefined) {
      throw typeError(`Weakref proxy referenced a non-iterator '${typeOf(referent).name}' object`);
    }
    const item = iterNext(referent);
    if (item === undefined) throw newException(StopIteration);
    return item;
  },
  __len__: (self: PyWeakProxy) => pyLen(self.live()),
  __bool__: (self: PyWeakProxy) => isTrue(self.live()),
  __contains__: (self: PyWeakProxy, args) => contains(self.live(), args[0]),
  __getitem__: (self: PyWeakProxy, args) => getItem(self.live(), args[0]),
  __setitem__(self: PyWeakProxy, args) {
    setItem(self.live(), args[0], args[1]);
    return null;
  },
  __delitem__(self: PyWeakProxy, args) {
    delItem(self.live(), args[0]);
    return null;
  },
});

defineFunction(weakrefModule, 'proxy', (args, kwnames) => {
  checkArgCount('proxy', args, kwnames, 1, 2);
  const reference = new PyWeakRef(referenceType, weakReferenceable(args[0]), args[1] ?? null);
  return new PyWeakProxy(reference);
});
defineFunction(weakrefModule, 'getweakrefcount', (args, kwnames) => {
  checkArgCount('getweakrefcount', args, kwnames, 1);
  const value = args[0];
  return typeof value === 'object' && value !== null ? referencesOf.get(value)?.length ?? 0 : 0;
});
defineFunction(weakrefModule, 'getweakrefs', (args, kwnames) => {
  checkArgCount('getweakrefs', args, kwnames, 1);
  const value = args[0];
  return new PyList(typeof value === 'object' && value !== null ? [...(referencesOf.get(value) ?? [])] : []);
});
defineFunction(weakrefModule, '_remove_dead_weakref', (args, kwnames) => {
  checkArgCount('_remove_dead_weakref', args, kwnames, 2);
  const [dict, key] = args;
  if (dict instanceof PyDict) {
    const value = dict.get(key);
    if (value instanceof PyWeakRef && value.referent() === null) dict.delete(key);
  }
  return null;
});

weakrefModule.dict.setStr('ref', referenceType);
weakrefModule.dict.setStr('ReferenceType', referenceType);
weakrefModule.dict.setStr('ProxyType', proxyType);
weakrefModule.dict.setStr('CallableProxyType', proxyType);
