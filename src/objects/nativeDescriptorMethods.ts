// The methods of the callables and descriptors written in TypeScript (native.ts and
// memberDescriptor.ts): builtin_function_or_method, method-wrapper, method_descriptor,
// wrapper_descriptor, classmethod_descriptor, getset_descriptor and member_descriptor.
// Their reprs, names, __get__/__set__/__call__, with CPython's messages.
import type { Py } from './object';
import { PyType } from './type';
import { typeOf } from './typeOf';
import {
  builtinFunctionType, checkArgCount, classMethodDescriptorType, defineGetSets, defineMethods, getSetDescriptorType, methodDescriptorType,
  methodWrapperType, PyBuiltinFunction, PyClassMethodDescriptor, PyGetSetDescriptor, PyMethodDescriptor, type PyMethodWrapper, wrapperDescriptorType,
} from './native';
import { memberDescriptorType, PyMemberDescriptor } from './memberDescriptor';
import { AttributeError, newException, typeError } from './exceptions';
import { bindDescriptor, getAttr } from './protocols';
import { newTuple } from './tuple';
import { addressOf, identityHashOfValue, xorHashes } from './identity';
import { hashStr } from './hash';
import { NotImplemented } from './singletons';
import { typeSlotName } from './typeLayout';
import { importModule } from './moduleImporter';
import { descriptorDoc, descriptorTextSignature, functionDoc, functionTextSignature, type NativeDescriptor } from './builtinDocs';

// ---------------------------------------------------------------- builtin_function_or_method, method-wrapper

/** The type a bound method's name is qualified with: its __self__ when that is a class, else __self__'s type. */
function ownerOf(fn: PyBuiltinFunction): PyType | null {
  if (fn.self === undefined) return null;
  return fn.self instanceof PyType ? fn.self : typeOf(fn.self);
}

for (const type of [builtinFunctionType, methodWrapperType]) {
  defineMethods(type, {
    __repr__(self: PyBuiltinFunction) {
      if (self.self === undefined) return `<built-in function ${self.name}>`;
      const kind = self.cls === methodWrapperType ? `method-wrapper '${self.name}'` : `built-in method ${self.name}`;
      return `<${kind} of ${typeOf(self.self).name} object at ${addressOf(self.self)}>`;
    },
    __call__(self: PyBuiltinFunction, args, kwnames) {
      return self.fn(args, kwnames);
    },
    __eq__(self: PyBuiltinFunction, args) {
      const other = args[0];
      if (!(other instanceof PyBuiltinFunction)) return NotImplemented;
      return self === other || (self.self !== undefined && self.self === other.self && self.name === other.name);
    },
    __hash__(self: PyBuiltinFunction) {
      if (self.self === undefined) return identityHashOfValue(self);
      return xorHashes(identityHashOfValue(self.self), hashStr(self.name));
    },
    // Pickled by name: a module's function as a global, a method as getattr(self, name).
    __reduce__(self: PyBuiltinFunction, args, kwnames) {
      checkArgCount('__reduce__', args, kwnames, 0);
      return self.self === undefined ? self.name : reducedToGetattr(self.self, self.name);
    },
  });
  defineGetSets(type, {
    __name__: { get: (self: PyBuiltinFunction) => self.name },
    __qualname__: {
      get(self: PyBuiltinFunction) {
        const owner = ownerOf(self);
        return owner === null ? self.name : `${owner.qualname}.${self.name}`;
      },
    },
    // A module's function is bound to its module.
    __self__: { get: (self: PyBuiltinFunction) => self.self ?? (self.module === null ? null : importModule(self.module)) },
    __module__: { get: (self: PyBuiltinFunction) => self.module },
    __doc__: { get: functionDoc },
    __text_signature__: { get: functionTextSignature },
  });
}

defineGetSets(methodWrapperType, { __objclass__: { get: (self: PyMethodWrapper) => self.objclass } });

// ---------------------------------------------------------------- descriptors of built-in types

const REPR_KINDS: [PyType, string][] = [
  [methodDescriptorType, 'method'],
  [wrapperDescriptorType, 'slot wrapper'],
  [classMethodDescriptorType, 'method'],
  [getSetDescriptorType, 'attribute'],
  [memberDescriptorType, 'member'],
];

for (const [type, kind] of REPR_KINDS) {
  defineMethods(type, {
    __repr__: (self: NativeDescriptor) => `<${kind} '${self.name}' of '${typeSlotName(self.owner)}' objects>`,
  });
  defineGetSets(type, {
    __name__: { get: (self: NativeDescriptor) => self.name },
    __qualname__: { get: (self: NativeDescriptor) => `${self.owner.qualname}.${self.name}` },
    __objclass__: { get: (self: NativeDescriptor) => self.owner },
    __doc__: { get: descriptorDoc },
  });
}

// Methods have signatures; attributes (getset and member descriptors) have none.
for (const type of [methodDescriptorType, wrapperDescriptorType, classMethodDescriptorType]) {
  defineGetSets(type, { __text_signature__: { get: descriptorTextSignature } });
}

// An instance method of a built-in type pickles as getattr(its type, name).
for (const type of [methodDescriptorType, wrapperDescriptorType]) {
  defineMethods(type, {
    __reduce__(self: NativeDescriptor, args, kwnames) {
      checkArgCount('__reduce__', args, kwnames, 0);
      return reducedToGetattr(self.owner, self.name);
    },
  });
}

/** The __reduce__ value (getattr, (owner, name)). */
function reducedToGetattr(owner: Py, name: string): Py {
  return newTuple([getAttr(importModule('builtins'), 'getattr'), newTuple([owner, name])]);
}

/** The setter of a read-only member (fget, __func__, __globals__): assigning raises CPython's AttributeError. */
export function readonlyMember(): never {
  throw newException(AttributeError, 'readonly attribute');
}

/** The arguments of a slot wrapper's __get__(instance, owner=None): undefined stands for None (no instance). */
export function descriptorGetArguments(args: Py[], kwnames: readonly string[] | null): { instance: Py | undefined; owner: PyType | undefined } {
  checkArgCount('', args, kwnames, 1, 2);
  const instance = args[0];
  const owner = args[1] ?? null;
  if (instance === null && owner === null) throw typeError('__get__(None, None) is invalid');
  return { instance: instance === null ? undefined : instance, owner: owner instanceof PyType ? owner : undefined };
}

/** The TypeError for a descriptor of `owner` used on an object of another type. */
function doesNotApply(descriptor: NativeDescriptor, value: Py): never {
  throw typeError(`descriptor '${descriptor.name}' for '${descriptor.owner.name}' objects doesn't apply to a '${typeOf(value).name}' object`);
}

/** __get__ of the instance-level descriptors: themselves on the class, bound or read on an instance of their type. */
function instanceDescriptorGet(self: NativeDescriptor, args: Py[], kwnames: readonly string[] | null): Py {
  const { instance, owner } = descriptorGetArguments(args, kwnames);
  if (instance === undefined) return self;
  if (!typeOf(instance).isSubtypeOf(self.owner)) doesNotApply(self, instance);
  return bindDescriptor(self, instance, owner ?? typeOf(instance));
}

defineMethods(methodDescriptorType, {
  __get__: instanceDescriptorGet,
  __call__(self: PyMethodDescriptor, args, kwnames) {
    if (args.length - (kwnames?.length ?? 0) < 1) throw typeError(`unbound method ${self.owner.qualname}.${self.name}() needs an argument`);
    if (!typeOf(args[0]).isSubtypeOf(self.owner)) doesNotApply(self, args[0]);
    return self.fn(args[0], args.slice(1), kwnames);
  },
});

defineMethods(wrapperDescriptorType, {
  __get__: instanceDescriptorGet,
  __call__(self: PyMethodDescriptor, args, kwnames) {
    if (args.length - (kwnames?.length ?? 0) < 1) throw typeError(`descriptor '${self.name}' of '${self.owner.name}' object needs an argument`);
    if (!typeOf(args[0]).isSubtypeOf(self.owner)) {
      throw typeError(`descriptor '${self.name}' requires a '${self.owner.name}' object but received a '${typeOf(args[0]).name}'`);
    }
    return self.fn(args[0], args.slice(1), kwnames);
  },
});

/** A class method of a built-in type accepts its type and subtypes only. */
function checkClassArgument(self: PyClassMethodDescriptor, cls: Py): PyType {
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(self.owner)) {
    const received = cls instanceof PyType ? cls.name : typeOf(cls).name;
    throw typeError(`descriptor '${self.name}' requires a subtype of '${self.owner.name}' but received '${received}'`);
  }
  return cls;
}

defineMethods(classMethodDescriptorType, {
  __get__(self: PyClassMethodDescriptor, args, kwnames) {
    const { instance, owner } = descriptorGetArguments(args, kwnames);
    const cls = owner ?? typeOf(instance!);
    return bindDescriptor(self, undefined, checkClassArgument(self, cls));
  },
  __call__(self: PyClassMethodDescriptor, args, kwnames) {
    if (args.length - (kwnames?.length ?? 0) < 1) throw typeError(`descriptor '${self.name}' of '${self.owner.name}' object needs an argument`);
    const cls = args[0];
    if (!(cls instanceof PyType)) {
      throw typeError(`descriptor '${self.name}' for type '${self.owner.name}' needs a type, not a '${typeOf(cls).name}' as arg 2`);
    }
    return self.fn(checkClassArgument(self, cls), args.slice(1), kwnames);
  },
});

/** __set__ and __delete__ of getset and member descriptors, checking the instance's type first. */
function defineSetters<D extends PyGetSetDescriptor | PyMemberDescriptor>(type: PyType, store: (self: D, instance: Py, value: Py | undefined) => void): void {
  defineMethods(type, {
    __get__: instanceDescriptorGet,
    __set__(self: D, args, kwnames) {
      checkArgCount('', args, kwnames, 2);
      if (!typeOf(args[0]).isSubtypeOf(self.owner)) doesNotApply(self, args[0]);
      store(self, args[0], args[1]);
      return null;
    },
    __delete__(self: D, args, kwnames) {
      checkArgCount('', args, kwnames, 1);
      if (!typeOf(args[0]).isSubtypeOf(self.owner)) doesNotApply(self, args[0]);
      store(self, args[0], undefined);
      return null;
    },
  });
}

defineSetters<PyGetSetDescriptor>(getSetDescriptorType, (self, instance, value) => {
  if (self.set === null) throw newException(AttributeError, `attribute '${self.name}' of '${self.owner.name}' objects is not writable`);
  self.set(instance, value);
});
defineSetters<PyMemberDescriptor>(memberDescriptorType, (self, instance, value) => self.set(instance, value));
