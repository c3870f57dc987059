// The _weakref module: weak references to objects, over JS WeakRef. Callbacks are
// registered with a FinalizationRegistry, so they run when the JS collector frees the
// object — later than CPython, whose reference counting frees it at the last `del`.
import type { Py } from '../objects/object';
import { PyObject } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType, type PyType } from '../objects/type';
import { floatType, typeOf } from '../objects/typeOf';
import { tupleType } from '../objects/tuple';
import { listType } from '../objects/list';
import { dictType } from '../objects/dictType';
import { complexType } from '../objects/complex';
import { bytearrayType, bytesType } from '../objects/bytes';
import { checkArgCount, defineGetSets, defineMethods, newTargetOf, PyBuiltinFunction } from '../objects/native';
import { newException, ReferenceError, typeError } from '../objects/exceptions';
import { call, getAttr, pyEquals, pyHash, pyRepr, setAttr } from '../objects/protocols';
import { NotImplemented } from '../objects/singletons';
import { addressOf } from '../objects/identity';
import { PyList } from '../objects/list';
import { PyDict } from '../objects/dict';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

export const weakrefModule = newModule('_weakref', 'Weak-reference support module.');
registerBuiltinModule('_weakref', () => weakrefModule);

export class PyWeakRef extends PyObject {
  private readonly target: WeakRef<PyObject>;
  hashValue: Py | undefined;

  constructor(cls: PyType, referent: PyObject, readonly callback: Py) {
    super(cls);
    this.target = new WeakRef(referent);
  }

  referent(): PyObject | null {
    return this.target.deref() ?? null;
  }
}

/** Every live weak reference of an object, for getweakrefcount/getweakrefs and for reusing a callback-less ref. */
const referencesOf = new WeakMap<PyObject, PyWeakRef[]>();

const finalizers = new FinalizationRegistry<PyWeakRef[]>((references) => {
  for (const reference of references.slice().reverse()) {
    if (reference.callback !== null) call(reference.callback, [reference]);
  }
});

/** The built-in types whose instances have no weak reference slot (subclasses made by class statements do). */
const WITHOUT_WEAK_REFERENCES: ReadonlySet<PyType> = new Set([tupleType, listType, dictType, floatType, complexType, bytesType, bytearrayType]);

function weakReferenceable(value: Py): PyObject {
  if (typeof value !== 'object' || value === null || WITHOUT_WEAK_REFERENCES.has(value.cls)) {
    throw typeError(`cannot create weak reference to '${typeOf(value).name}' object`);
  }
  return value;
}

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
    finalizers.register(referent, references);
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
