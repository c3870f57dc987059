// The abstract object protocols (CPython's Objects/abstract.c and object.c): attribute
// access, calls, repr/str, hashing, comparison, truth, length and item access, written
// once over all values. Each has fast paths for the values held as JS primitives and for
// exact built-in types; everything else goes through the special method found on the
// type, so a class that defines __len__ or __eq__ is honoured everywhere.
import type { Py, PyObject } from './object';
import { PyDict } from './dict';
import { dictType, newDict } from './dictType';
import { PyNativeIterator } from './nativeIterator';
import { objectType, PyType, typeType } from './type';
import { floatType, typeOf } from './typeOf';
import { PyFloat } from './float';
import {
  AttributeError, DeprecationWarning, exceptionField, IndexError, setExceptionField, OverflowError, PyBaseException, RecursionError, StopIteration, typeError, newException, ValueError,
} from './exceptions';
import { PyList, listType } from './list';
import { newTuple, PyTuple, tupleType } from './tuple';
import { ArrayIterator, builtinNamed, sequenceIteratorType, ssizeState, StrIterator } from './iterators';
import { PyBuiltinFunction, PyClassMethodDescriptor, PyGetSetDescriptor, PyMethodDescriptor } from './native';
import { callFunction, callFunctionOrRaised, PyFunction, PyMethod } from './function';
import { RAISED, raised, takePendingRaise, thrownIfRaised } from './raised';
import { hashInt, hashStr, hashTupleOf, NONE_HASH, type PyHash } from './hash';
import { intRepr } from './intRepr';
import { strRepr } from './strRepr';
import { classMethodType, PyClassMethod, PyProperty, PyStaticMethod, propertyType, staticMethodType } from './descriptors';
import { PyMemberDescriptor } from './memberDescriptor';
import { PyModule } from './module';
import { NotImplemented } from './singletons';
import { strLength } from './strIndexing';
import { compareStrs } from './strOrder';
import { PyStrSubclassInstance } from './str';
import { bigIntToSafe, intValue } from './int';
import { warnFromBuiltin } from './builtinWarning';
import { inheritedNew } from './builtinNew';

// ---------------------------------------------------------------- calls

export function call(callable: Py, args: Py[], kwnames: readonly string[] | null = null): Py {
  if (callable instanceof PyFunction) return callFunction(callable, args, kwnames);
  if (callable instanceof PyBuiltinFunction) return callable.fn(args, kwnames);
  if (callable instanceof PyMethod) return call(callable.func, [callable.self, ...args], kwnames);
  if (callable instanceof PyType && callable.cls === typeType && !callable.isHeapType) return callType(callable, args, kwnames);
  // Calls CPython makes through tp_call rather than vectorcall count as a level.
  enterRecursiveCall(CALLING_AN_OBJECT);
  try {
    if (callable instanceof PyType && callable.cls === typeType) return callType(callable, args, kwnames);
    const callMethod = typeOf(callable).lookup('__call__');
    if (callMethod === undefined) throw typeError(`'${typeOf(callable).name}' object is not callable`);
    return callUnbound(callMethod, callable, args, kwnames);
  } finally {
    leaveRecursiveCall();
  }
}

/** Calls a function found on a type (unbound) with `self` as its first argument, without making a bound method. */
export function callUnbound(method: Py, self: Py, args: Py[], kwnames: readonly string[] | null = null): Py {
  if (method instanceof PyFunction) return callFunction(method, [self, ...args], kwnames);
  if (method instanceof PyMethodDescriptor) return method.callOn(self, args, kwnames);
  return call(bindDescriptor(method, self, typeOf(self)), args, kwnames);
}

/** Calls the special method `name` of `self`'s type; undefined when the type has none. */
export function callSpecial(self: Py, name: string, args: Py[]): Py | undefined {
  const method = typeOf(self).lookup(name);
  if (method === undefined) return undefined;
  return callUnbound(method, self, args);
}

/** Whether `value` can be called. */
export function isCallable(value: Py): boolean {
  if (value instanceof PyFunction || value instanceof PyBuiltinFunction || value instanceof PyMethod || value instanceof PyType) return true;
  return typeOf(value).lookup('__call__') !== undefined;
}

let objectInit: Py | undefined;

/** type.__call__: make an instance with __new__, then initialise it with __init__. */
export function callType(cls: PyType, args: Py[], kwnames: readonly string[] | null): Py {
  if (cls === typeType && args.length === 1 && kwnames === null) return typeOf(args[0]);
  if (!cls.isInstantiable) throw typeError(`cannot create '${cls.name}' instances`);
  // (A built-in type's __new__ cannot be replaced: its own, when it has one, is the one
  // found. One it inherits, such as ValueError's, is called as a class's is.)
  const newMethod = cls.isHeapType || cls.ownNativeNew === undefined ? cls.lookup('__new__')! : undefined;
  const create = newMethod === undefined ? cls.ownNativeNew : inheritedNew(newMethod);
  const instance = create !== undefined ? create(cls, args, kwnames) : callNew(newMethod!, cls, args, kwnames);
  if (!typeOf(instance).isSubtypeOf(cls)) return instance;
  const init = typeOf(instance).lookup('__init__');
  // object.__init__ would only check the arguments, and object.__new__ has done that already.
  objectInit ??= objectType.attrs.get('__init__');
  if (init !== undefined && init !== objectInit) {
    const error = initReturnError(callUnbound(init, instance, args, kwnames));
    if (error !== undefined) throw error;
  }
  return instance;
}

/** The TypeError of a class call whose __init__ returned `value`, when that is not None. */
export function initReturnError(value: Py): PyBaseException | undefined {
  return value === null ? undefined : typeError(`__init__() should return None, not '${typeOf(value).name}'`);
}

function callNew(newMethod: Py, cls: PyType, args: Py[], kwnames: readonly string[] | null): Py {
  // cls.__new__ as getattr gives it (slot_tp_new): usually a staticmethod's function, but any descriptor binds (a classmethod to cls).
  const fn = newMethod instanceof PyStaticMethod ? newMethod.func : bindDescriptor(newMethod, undefined, cls);
  return call(fn, [cls, ...args], kwnames);
}

// ---------------------------------------------------------------- attributes

/** The descriptor protocol's __get__: what `descriptor` found on a type gives for `instance` (null instance: on the class). */
export function bindDescriptor(descriptor: Py, instance: Py | undefined, owner: PyType): Py {
  if (typeof descriptor !== 'object' || descriptor === null) return descriptor;
  if (descriptor instanceof PyFunction) return instance === undefined ? descriptor : new PyMethod(descriptor, instance);
  if (descriptor instanceof PyMethodDescriptor) return instance === undefined ? descriptor : descriptor.bind(instance);
  if (descriptor instanceof PyGetSetDescriptor) return instance === undefined ? descriptor : descriptor.get(instance);
  if (descriptor instanceof PyMemberDescriptor) return instance === undefined ? descriptor : descriptor.get(instance);
  if (descriptor instanceof PyProperty && descriptor.cls === propertyType) return instance === undefined ? descriptor : descriptor.getFrom(instance);
  if (descriptor instanceof PyClassMethod && descriptor.cls === classMethodType) return descriptor.bindTo(owner);
  if (descriptor instanceof PyStaticMethod && descriptor.cls === staticMethodType) return descriptor.func;
  if (descriptor instanceof PyClassMethodDescriptor) {
    const fn = descriptor.fn;
    return new PyBuiltinFunction(descriptor.name, (args, kwnames) => fn(owner, args, kwnames), owner, null);
  }
  if (descriptor instanceof PyType) return descriptor;
  const get = descriptor.cls.lookup('__get__');
  if (get === undefined) return descriptor;
  if (get instanceof PyMethodDescriptor) return get.fn(descriptor, [instance === undefined ? null : instance, owner], null);
  return callUnbound(get, descriptor, [instance === undefined ? null : instance, owner]);
}

/** Whether a descriptor found on a type takes precedence over the instance __dict__ (it defines __set__ or __delete__). */
export function isDataDescriptor(descriptor: Py): boolean {
  if (typeof descriptor !== 'object' || descriptor === null || descriptor instanceof PyFunction) return false;
  if (descriptor instanceof PyGetSetDescriptor || descriptor instanceof PyMemberDescriptor || descriptor instanceof PyProperty) return true;
  const type = descriptor.cls;
  return type.lookup('__set__') !== undefined || type.lookup('__delete__') !== undefined;
}

/** A data descriptor with a __get__: it comes before an instance's __dict__ (one with only __set__ does not). */
function isReadingDataDescriptor(descriptor: Py): boolean {
  if (!isDataDescriptor(descriptor)) return false;
  if (descriptor instanceof PyGetSetDescriptor || descriptor instanceof PyMemberDescriptor || descriptor instanceof PyProperty) return true;
  return (descriptor as PyObject).cls.lookup('__get__') !== undefined;
}

export function attributeError(value: Py, name: string): PyBaseException {
  const error = value instanceof PyType
    ? newException(AttributeError, `type object '${value.name}' has no attribute '${name}'`)
    : value instanceof PyModule
      ? newException(AttributeError, `module '${value.name}' has no attribute '${name}'`)
      : newException(AttributeError, `'${typeOf(value).name}' object has no attribute '${name}'`);
  setAttributeErrorContext(error, name, value);
  return error;
}

/**
 * Gives an AttributeError raised by looking up `name` on `value` its name and obj (for
 * the "Did you mean" hint), unless it already has them, as CPython's getattr does.
 */
export function setAttributeErrorContext(error: PyBaseException, name: string, value: Py): void {
  if (exceptionField(error, 'name') !== undefined || exceptionField(error, 'obj') !== undefined) return;
  setExceptionField(error, 'name', name);
  setExceptionField(error, 'obj', value);
}

/** `error`, given the attribute's name and object (setAttributeErrorContext) if it is an AttributeError: what a failed getattr throws. */
export function inAttributeContext(error: unknown, name: string, value: Py): unknown {
  if (error instanceof PyBaseException && error.cls.isSubtypeOf(AttributeError)) setAttributeErrorContext(error, name, value);
  return error;
}

let objectGetAttribute: Py | undefined;
let typeGetAttribute: Py | undefined;

/** getattr(value, name): raises AttributeError when missing. */
export function getAttr(value: Py, name: string): Py {
  return thrownIfRaised(getAttrOrRaised(value, name));
}

/**
 * getAttr, but RAISED (raised.ts) for the AttributeError of an attribute not found, as
 * LOAD_ATTR and LOAD_METHOD take it: `try: obj.name except AttributeError:` then costs no
 * JS throw when the name is missing. (What a __getattr__ or a descriptor raises is thrown.)
 */
export function getAttrOrRaised(value: Py, name: string): Py | typeof RAISED {
  let found: Py | undefined;
  try {
    found = getAttrOrUndefined(value, name, true);
  } catch (error) {
    throw inAttributeContext(error, name, value);
  }
  return found !== undefined ? found : raised(attributeError(value, name));
}

/**
 * getattr(value, name, <missing>): undefined when there is no such attribute. With
 * `raising`, a class's own __getattribute__/__getattr__ may raise its AttributeError.
 */
export function getAttrOrUndefined(value: Py, name: string, raising = false): Py | undefined {
  const type = typeOf(value);
  const getattribute = type.lookup('__getattribute__');
  objectGetAttribute ??= objectType.attrs.get('__getattribute__');
  typeGetAttribute ??= typeType.attrs.get('__getattribute__');
  // An AttributeError from a descriptor or a __getattribute__ counts as "missing": __getattr__ is tried next.
  let found: Py | undefined;
  try {
    if (getattribute === objectGetAttribute) {
      found = genericGetAttr(value, name, type);
      if (found === undefined && value instanceof PyModule) {
        const moduleGetattr = value.dict.getStr('__getattr__');
        if (moduleGetattr !== undefined) return callCatchingAttributeError(moduleGetattr, [name], raising);
      }
    } else if (getattribute === typeGetAttribute) {
      found = typeGetAttr(value as PyType, name);
    } else {
      found = callUnbound(getattribute!, value, [name]);
    }
  } catch (error) {
    if (!(error instanceof PyBaseException && error.cls.isSubtypeOf(AttributeError))) throw error;
    if (type.lookup('__getattr__') === undefined) {
      if (raising) throw error;
      return undefined;
    }
  }
  if (found !== undefined || type.lookup('__getattr__') === undefined) return found;
  const getattr = type.lookup('__getattr__')!;
  if (getattr instanceof PyFunction) return callCatchingAttributeError(getattr, [value, name], raising);
  try {
    return callUnbound(getattr, value, [name]);
  } catch (error) {
    return missingUnlessRaising(error, raising);
  }
}

/**
 * Calls a __getattr__: undefined for the AttributeError it raises, unless `raising`. One
 * written in Python gives its exception back unthrown (RAISED): getattr() with a default
 * and hasattr() then cost no JS throw when the attribute is missing.
 */
function callCatchingAttributeError(fn: Py, args: Py[], raising: boolean): Py | undefined {
  if (fn instanceof PyFunction) {
    const result = callFunctionOrRaised(fn, args);
    return result !== RAISED ? result : missingUnlessRaising(takePendingRaise(), raising);
  }
  try {
    return call(fn, args);
  } catch (error) {
    return missingUnlessRaising(error, raising);
  }
}

function missingUnlessRaising(error: unknown, raising: boolean): undefined {
  if (!raising && error instanceof PyBaseException && error.cls.isSubtypeOf(AttributeError)) return undefined;
  throw error;
}

/** object.__getattribute__ without the raising: data descriptors, then the instance __dict__, then other class attributes. */
export function genericGetAttr(value: Py, name: string, type: PyType = typeOf(value)): Py | undefined {
  const descriptor = type.lookup(name);
  if (descriptor !== undefined && isReadingDataDescriptor(descriptor)) return bindDescriptor(descriptor, value, type);
  if (typeof value === 'object' && value !== null) {
    const dict = value.dict;
    if (dict !== undefined) {
      const found = dict.getStr(name);
      if (found !== undefined) return found;
    }
  }
  if (descriptor !== undefined) return bindDescriptor(descriptor, value, type);
  return undefined;
}

/** type.__getattribute__: the metatype's data descriptors, then the MRO (binding with no instance), then the metatype's other attributes. */
export function typeGetAttr(cls: PyType, name: string): Py | undefined {
  const metatype = cls.cls;
  const metaAttribute = metatype.lookup(name);
  if (metaAttribute !== undefined && isReadingDataDescriptor(metaAttribute)) return bindDescriptor(metaAttribute, cls, metatype);
  const attribute = cls.lookup(name);
  if (attribute !== undefined) {
    if (attribute instanceof PyFunction || typeof attribute !== 'object' || attribute === null) return attribute;
    return bindDescriptor(attribute, undefined, cls);
  }
  if (metaAttribute !== undefined) return bindDescriptor(metaAttribute, cls, metatype);
  return undefined;
}

let objectSetAttr: Py | undefined;

export function setAttr(target: Py, name: string, value: Py | undefined): void {
  const type = typeOf(target);
  objectSetAttr ??= objectType.attrs.get('__setattr__');
  const setattr = type.lookup(value === undefined ? '__delattr__' : '__setattr__');
  if (setattr instanceof PyMethodDescriptor) {
    setattr.fn(target, value === undefined ? [name] : [name, value], null);
    return;
  }
  callUnbound(setattr!, target, value === undefined ? [name] : [name, value]);
}

/** object.__setattr__ / __delattr__: a data descriptor's __set__, else the instance __dict__. */
export function genericSetAttr(target: Py, name: string, value: Py | undefined): void {
  const type = typeOf(target);
  const descriptor = type.lookup(name);
  if (descriptor !== undefined && typeof descriptor === 'object' && descriptor !== null) {
    if (descriptor instanceof PyGetSetDescriptor) {
      if (descriptor.set === null) throw newException(AttributeError, `attribute '${name}' of '${descriptor.owner.name}' objects is not writable`);
      descriptor.set(target, value);
      return;
    }
    if (descriptor instanceof PyMemberDescriptor) {
      descriptor.set(target, value);
      return;
    }
    if (descriptor instanceof PyProperty && descriptor.cls === propertyType) {
      descriptor.setOn(target, value);
      return;
    }
    if (!(descriptor instanceof PyFunction)) {
      const setter = descriptor.cls.lookup(value === undefined ? '__delete__' : '__set__');
      if (setter !== undefined) {
        callUnbound(setter, descriptor, value === undefined ? [target] : [target, value]);
        return;
      }
    }
  }
  const dict = typeof target === 'object' && target !== null ? instanceDict(target, type) : undefined;
  if (dict === undefined) {
    if (descriptor === undefined && type.lookup(name) === undefined && !(target instanceof PyType)) {
      throw newException(AttributeError, `'${type.name}' object has no attribute '${name}'`);
    }
    throw newException(AttributeError, `'${type.name}' object attribute '${name}' is read-only`);
  }
  if (value !== undefined) dict.setStr(name, value);
  else if (dict.delete(name) === undefined) throw attributeError(target, name);
}

/** The __dict__ of an object whose type gives its instances one, made on first use for built-in types (functions, modules, exceptions). */
function instanceDict(target: PyObject, type: PyType): PyDict | undefined {
  if (target.dict !== undefined || !type.hasInstanceDict || target instanceof PyType) return target.dict;
  return (target.dict = newDict());
}

// ---------------------------------------------------------------- repr, str

export function pyRepr(value: Py): string {
  if (typeof value === 'string') {
    checkRecursion(GETTING_REPR);
    return strRepr(value);
  }
  if (typeof value !== 'object' || value === null) return primitiveText(value, GETTING_REPR);
  return textOf(callTextMethod(value, '__repr__', GETTING_REPR));
}

export function pyStr(value: Py): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return primitiveText(value, GETTING_STR);
  return textOf(callTextMethod(value, '__str__', GETTING_STR));
}

/** repr(value) as the built-in gives it (PyObject_Repr): a str subclass's instance that __repr__ returned is kept. */
export function reprObject(value: Py): Py {
  return typeof value === 'object' && value !== null ? callTextMethod(value, '__repr__', GETTING_REPR) : pyRepr(value);
}

/** str(value) as the built-in gives it (PyObject_Str): a str subclass's instance that __str__ returned is kept. */
export function strObject(value: Py): Py {
  return typeof value === 'object' && value !== null ? callTextMethod(value, '__str__', GETTING_STR) : pyStr(value);
}

/** str() and repr() of an int, bool or None, which are the same text. */
function primitiveText(value: number | bigint | boolean | null, where: string): string {
  checkRecursion(where);
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return intRepr(value);
}

function textOf(result: string | PyStrSubclassInstance): string {
  return typeof result === 'string' ? result : result.value;
}

/** Calls an object's __repr__ or __str__ one recursion level down, and checks that it gave a str. */
function callTextMethod(value: PyObject, dunder: '__repr__' | '__str__', where: string): string | PyStrSubclassInstance {
  const method = value.cls.lookup(dunder)!;
  enterRecursiveCall(where);
  let result: Py;
  try {
    result = method instanceof PyMethodDescriptor ? method.callOn(value, [], null) : callUnbound(method, value, []);
  } finally {
    leaveRecursiveCall();
  }
  if (typeof result === 'string' || result instanceof PyStrSubclassInstance) return result;
  throw typeError(`${dunder} returned non-string (type ${typeOf(result).name})`);
}

// ---------------------------------------------------------------- hashing and equality

export function pyHash(value: Py): PyHash {
  switch (typeof value) {
    case 'string':
      return hashStr(value);
    case 'number':
    case 'bigint':
      return hashInt(value);
    case 'boolean':
      return value ? 1 : 0;
  }
  // None hashes by its address, as in CPython: the one the reference CPython gives it.
  if (value === null) return NONE_HASH;
  if (value instanceof PyTuple && value.cls === tupleType) return tupleHash(value);
  const { exactHash } = value.cls;
  if (exactHash !== undefined) return exactHash(value);
  const method = value.cls.lookup('__hash__');
  if (method === null || method === undefined) throw typeError(`unhashable type: '${value.cls.name}'`);
  const result = method instanceof PyMethodDescriptor ? method.callOn(value, [], null) : callUnbound(method, value, []);
  // A hash in the range of C's Py_hash_t is taken as it is (but -1, which means an error in C); a larger int is hashed.
  // (A bool or an int subclass's instance counts as its int value.)
  const hash = intValue(result);
  if (typeof hash === 'number') return hash === -1 ? -2 : hash;
  if (typeof hash === 'bigint') return hash >= -(2n ** 63n) && hash < 2n ** 63n ? hash : hashInt(hash);
  throw typeError('__hash__ method should return an integer');
}

/** A tuple's hash, from its items' (tuple.__hash__). */
export function tupleHash(tuple: PyTuple): PyHash {
  return hashTupleOf(tuple.items, pyHash);
}

let objectEq: Py | undefined;
let objectHash: Py | undefined;

/** Whether instances of `cls` are equal only to themselves, with the identity hash: then a dict can key them by identity. */
export function classUsesIdentityEquality(cls: PyType): boolean {
  return usesObjectEquality(cls) && cls.lookup('__hash__') === (objectHash ??= objectType.attrs.get('__hash__'));
}

function usesObjectEquality(cls: PyType): boolean {
  return cls.lookup('__eq__') === (objectEq ??= objectType.attrs.get('__eq__'));
}

/** a == b as a boolean (PyObject_RichCompareBool: identity implies equality). */
export function pyEquals(a: Py, b: Py): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta !== 'object' && ta === typeof b) return false;
  // None against an object whose class keeps object.__eq__ (iter(callable, None)'s test
  // of every value): both sides' __eq__ decline, and the two are not the same object.
  if (a === null && typeof b === 'object' && usesObjectEquality((b as PyObject).cls)) return false;
  return isTrue(richCompare(a, b, CompareOp.EQ));
}

export const enum CompareOp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

/** The rich-comparison methods, indexed by CompareOp. */
export const COMPARE_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const COMPARE_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];
const REFLECTED: readonly CompareOp[] = [CompareOp.GT, CompareOp.GE, CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE];

/** a <op> b with the reflected-operand rules (do_richcompare). */
export function richCompare(a: Py, b: Py, op: CompareOp): Py {
  if (typeof a === 'number' && typeof b === 'number') return compareNumbers(a, b, op);
  // Exact floats and small ints compare as doubles (a safe integer is exactly one; NaN compares false).
  const x = exactDouble(a);
  if (x !== undefined) {
    const y = exactDouble(b);
    if (y !== undefined) return compareNumbers(x, y, op);
  }
  if (typeof a === 'string' && typeof b === 'string') return op === CompareOp.EQ ? a === b : op === CompareOp.NE ? a !== b : compareNumbers(compareStrs(a, b), 0, op);
  enterRecursiveCall(' in comparison');
  try {
    const ta = typeOf(a);
    const tb = typeOf(b);
    if (ta === tb && ta.exactEquality !== undefined && (op === CompareOp.EQ || op === CompareOp.NE)) return ta.exactEquality(a, b) === (op === CompareOp.EQ);
    let checkedReflected = false;
    if (ta !== tb && tb.isSubtypeOf(ta)) {
      const reflected = tb.lookup(COMPARE_DUNDERS[REFLECTED[op]]);
      if (reflected !== undefined && reflected !== ta.lookup(COMPARE_DUNDERS[REFLECTED[op]])) {
        checkedReflected = true;
        const result = callComparison(reflected, b, a);
        if (result !== NotImplemented) return result;
      }
    }
    const method = ta.lookup(COMPARE_DUNDERS[op]);
    if (method !== undefined) {
      const result = callComparison(method, a, b);
      if (result !== NotImplemented) return result;
    }
    if (!checkedReflected) {
      const reflected = tb.lookup(COMPARE_DUNDERS[REFLECTED[op]]);
      if (reflected !== undefined) {
        const result = callComparison(reflected, b, a);
        if (result !== NotImplemented) return result;
      }
    }
    if (op === CompareOp.EQ) return a === b;
    if (op === CompareOp.NE) return a !== b;
    throw typeError(`'${COMPARE_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
  } finally {
    leaveRecursiveCall();
  }
}

/**
 * A comparison dunder called on `self` (slot_tp_richcompare): one that cannot even be bound
 * (a property whose getter raises) gives NotImplemented, its error dropped, as in CPython.
 */
export function callComparison(method: Py, self: Py, other: Py): Py {
  if (method instanceof PyMethodDescriptor) return method.callOn(self, [other], null);
  if (method instanceof PyFunction) return callFunction(method, [self, other], null);
  let bound: Py;
  try {
    bound = bindDescriptor(method, self, typeOf(self));
  } catch (error) {
    if (error instanceof PyBaseException) return NotImplemented;
    throw error;
  }
  return call(bound, [other]);
}

/** The double of an exact float or a JS-number int; undefined for anything else. */
function exactDouble(value: Py): number | undefined {
  if (typeof value === 'number') return value;
  return value instanceof PyFloat && value.cls === floatType ? value.value : undefined;
}

function compareNumbers(a: number, b: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT: return a < b;
    case CompareOp.LE: return a <= b;
    case CompareOp.EQ: return a === b;
    case CompareOp.NE: return a !== b;
    case CompareOp.GT: return a > b;
    default: return a >= b;
  }
}

// The recursion depth, counted as CPython counts it with Py_EnterRecursiveCall: Python
// frames (the eval loop enters one per frame), calls of classes written in Python and of
// objects with __call__, repr() and str(), comparisons, and the TypeScript recursions
// CPython bounds likewise. Past sys.getrecursionlimit() levels, RecursionError.
let depth = 0;
export let recursionLimit = 1000;
export function setRecursionLimit(limit: number): void {
  recursionLimit = limit;
}

/** How many levels are entered now. */
export function recursionDepth(): number {
  return depth;
}

/** Sets the depth: the thread scheduler's, when another Python thread (with a depth of its own) takes the GIL. */
export function setRecursionDepth(levels: number): void {
  depth = levels;
}

/**
 * Enters one level; `where` ends the RecursionError's message ('' for a Python frame,
 * ' in comparison', ...). Pair each successful call with leaveRecursiveCall.
 */
export function enterRecursiveCall(where: string): void {
  if (depth >= recursionLimit) throw recursionError(where);
  depth++;
}
export function leaveRecursiveCall(): void {
  depth--;
}

/** For a level entered and left with nothing in between that could recurse (the repr of an int). */
function checkRecursion(where: string): void {
  if (depth >= recursionLimit) throw recursionError(where);
}

function recursionError(where: string): PyBaseException {
  return newException(RecursionError, `maximum recursion depth exceeded${where}`);
}

/** Where a RecursionError raised on entering a call made through tp_call says it was. */
export const CALLING_AN_OBJECT = ' while calling a Python object';
const GETTING_REPR = ' while getting the repr of an object';
const GETTING_STR = ' while getting the str of an object';

// ---------------------------------------------------------------- truth, length, index

export function isTrue(value: Py): boolean {
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'number':
      return value !== 0;
    case 'string':
      return value.length !== 0;
    case 'bigint':
      return value !== 0n;
  }
  if (value === null) return false;
  const type = value.cls;
  const bool = type.lookup('__bool__');
  if (bool !== undefined) {
    const result = bool instanceof PyMethodDescriptor ? bool.callOn(value, [], null) : callUnbound(bool, value, []);
    if (typeof result !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeOf(result).name}`);
    return result;
  }
  const len = type.lookup('__len__');
  if (len !== undefined) return pyLen(value) !== 0;
  return true;
}

export function pyLen(value: Py): number {
  const length = pyLenInt(value);
  if (typeof length === 'bigint') throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
  return length;
}

/** len(value) as the len() built-in gives it: any int up to sys.maxsize (beyond JS numbers: a range's). */
export function pyLenInt(value: Py): number | bigint {
  if (typeof value === 'string') return strLength(value);
  // The exact built-in containers, whose __len__ cannot be replaced.
  if (value instanceof PyList && value.cls === listType) return value.items.length;
  if (value instanceof PyTuple && value.cls === tupleType) return value.items.length;
  if (value instanceof PyDict && value.cls === dictType) return value.size;
  const method = typeOf(value).lookup('__len__');
  if (method === undefined) throw typeError(`object of type '${typeOf(value).name}' has no len()`);
  const result = method instanceof PyMethodDescriptor ? method.callOn(value, [], null) : callUnbound(method, value, []);
  if (typeof result === 'number') {
    if (result < 0) throw newException(ValueError, '__len__() should return >= 0');
    return result;
  }
  if (typeof result === 'boolean') return result ? 1 : 0;
  if (typeof result === 'bigint') {
    if (result < 0n) throw newException(ValueError, '__len__() should return >= 0');
    if (result > 2n ** 63n - 1n) throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
    return result;
  }
  throw typeError(`'${typeOf(result).name}' object cannot be interpreted as an integer`);
}

/** operator.index(value): an int for anything with __index__. */
export function pyIndex(value: Py): number | bigint {
  // Any int, an int subclass's instance included, is its own index: its __index__ is not asked.
  const int = intValue(value);
  if (int !== undefined) return int;
  const method = typeOf(value).lookup('__index__');
  if (method === undefined) throw typeError(`'${typeOf(value).name}' object cannot be interpreted as an integer`);
  return intReturnedBy(callUnbound(method, value, []), '__index__');
}

/**
 * What __index__ or __int__ returned, which must be an int; an instance of a strict
 * subclass of int (a bool included) gives its value, with CPython's DeprecationWarning.
 */
export function intReturnedBy(result: Py, method: string): number | bigint {
  if (typeof result === 'number' || typeof result === 'bigint') return result;
  const int = intValue(result);
  if (int === undefined) throw typeError(`${method} returned non-int (type ${typeOf(result).name})`);
  warnFromBuiltin(
    DeprecationWarning,
    `${method} returned non-int (type ${typeOf(result).name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`,
  );
  return int;
}

/** An index as a JS number, clamped the way PyNumber_AsSsize_t would overflow into IndexError. */
export function indexAsNumber(value: Py, errorMessage?: (typeName: string) => string): number {
  if (typeof value === 'number') return value;
  if (errorMessage && typeof value !== 'bigint' && typeof value !== 'boolean' && typeOf(value).lookup('__index__') === undefined) {
    throw typeError(errorMessage(typeOf(value).name));
  }
  const index = pyIndex(value);
  if (typeof index === 'number') return index;
  const safe = bigIntToSafe(index);
  if (safe === undefined) throw newException(OverflowError, `cannot fit 'int' into an index-sized integer`);
  return safe;
}

// ---------------------------------------------------------------- items

export function getItem(container: Py, key: Py): Py {
  const type = typeOf(container);
  const method = type.lookup('__getitem__');
  if (method !== undefined) return method instanceof PyMethodDescriptor ? method.callOn(container, [key], null) : callUnbound(method, container, [key]);
  if (container instanceof PyType) {
    if (container === typeType) return container;
    const classGetItem = typeGetAttr(container, '__class_getitem__');
    if (classGetItem !== undefined) return call(classGetItem, [key]);
    throw typeError(`type '${container.name}' is not subscriptable`);
  }
  throw typeError(`'${type.name}' object is not subscriptable`);
}

export function setItem(container: Py, key: Py, value: Py): void {
  const method = typeOf(container).lookup('__setitem__');
  if (method === undefined) throw typeError(`'${typeOf(container).name}' object does not support item assignment`);
  if (method instanceof PyMethodDescriptor) method.callOn(container, [key, value], null);
  else callUnbound(method, container, [key, value]);
}

export function delItem(container: Py, key: Py): void {
  const method = typeOf(container).lookup('__delitem__');
  if (method === undefined) {
    // CPython words it by the path taken: "doesn't" where a sequence (any class, and built-in
    // containers) is given an index (PySequence_DelItem), "does not" otherwise.
    const type = typeOf(container);
    const isSequence = type.isHeapType || type.lookup('__len__') !== undefined || type.lookup('__getitem__') !== undefined || type.lookup('__contains__') !== undefined;
    const isIndex = typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean' || typeOf(key).lookup('__index__') !== undefined;
    throw typeError(`'${type.name}' object ${isSequence && isIndex ? "doesn't" : 'does not'} support item deletion`);
  }
  callUnbound(method, container, [key]);
}

/** `item in container`. */
export function contains(container: Py, item: Py): boolean {
  const type = typeOf(container);
  const method = type.lookup('__contains__');
  if (method !== undefined) {
    return isTrue(method instanceof PyMethodDescriptor ? method.callOn(container, [item], null) : callUnbound(method, container, [item]));
  }
  if (type.lookup('__iter__') === undefined && type.lookup('__getitem__') === undefined) {
    throw typeError(`argument of type '${type.name}' is not iterable`);
  }
  const iterator = getIter(container);
  for (let value = iterNext(iterator); value !== undefined; value = iterNext(iterator)) {
    if (pyEquals(value, item)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- iteration

export function getIter(value: Py): Py {
  // (The commonest iterables, exact strs and lists, are iterated without a lookup of their __iter__.)
  if (typeof value === 'string') return new StrIterator(value);
  if (value instanceof PyList && value.cls === listType) return new ArrayIterator(value);
  const type = typeOf(value);
  if (type.iteratesItself) return value;
  const method = type.lookup('__iter__');
  if (method === null) throw typeError(`'${type.name}' object is not iterable`);
  if (method !== undefined) {
    const iterator = method instanceof PyMethodDescriptor ? method.callOn(value, [], null) : callUnbound(method, value, []);
    if (typeOf(iterator).lookup('__next__') === undefined) throw typeError(`iter() returned non-iterator of type '${typeOf(iterator).name}'`);
    return iterator;
  }
  if (type.lookup('__getitem__') !== undefined && type !== typeType) return new SequenceIterator(value);
  throw typeError(`'${type.name}' object is not iterable`);
}

/** The next item of an iterator, or undefined when it is exhausted. */
export function iterNext(iterator: Py): Py | undefined {
  if (iterator instanceof PyNativeIterator) return iterator.next();
  const method = typeOf(iterator).lookup('__next__');
  if (method === undefined) throw typeError(`'${typeOf(iterator).name}' object is not an iterator`);
  if (method instanceof PyFunction) {
    // (The StopIteration that ends an iterator class comes back unthrown.)
    const item = callFunctionOrRaised(method, [iterator]);
    return item !== RAISED ? item : endOfIteration(takePendingRaise());
  }
  try {
    return callUnbound(method, iterator, []);
  } catch (error) {
    return endOfIteration(error);
  }
}

/** Undefined for a StopIteration (the end of an iteration); any other exception is thrown on. */
function endOfIteration(error: unknown): undefined {
  if (error instanceof PyBaseException && error.cls.isSubtypeOf(StopIteration)) return undefined;
  throw error;
}

/** Collects an iterable into a JS array (the fast path for lists and tuples is the caller's). */
export function iterableToArray(value: Py): Py[] {
  if (typeof value === 'object' && value !== null) {
    const items = (value as { items?: Py[] }).items;
    if (items !== undefined && (value.cls === listType || value.cls === tupleType)) return items.slice();
  }
  const iterator = getIter(value);
  const result: Py[] = [];
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) result.push(item);
  return result;
}

/** The iterator over an object with only __getitem__: item 0, 1, ... until IndexError. */
export class SequenceIterator extends PyNativeIterator {
  private index = 0;
  constructor(private sequence: Py | undefined) {
    super(sequenceIteratorType);
  }
  /** __reduce__: iter(the sequence) at the position; an exhausted one as iter(()). */
  reduce(): Py {
    const iter = builtinNamed('iter');
    return this.sequence === undefined ? newTuple([iter, newTuple([newTuple([])])]) : newTuple([iter, newTuple([this.sequence]), this.index]);
  }
  /** __setstate__: continue at `state` (at least 0). */
  setState(state: Py): void {
    const index = ssizeState(state);
    if (this.sequence !== undefined) this.index = Math.max(index, 0);
  }
  next(): Py | undefined {
    if (this.sequence === undefined) return undefined;
    try {
      return getItem(this.sequence, this.index++);
    } catch (error) {
      if (error instanceof PyBaseException && (error.cls.isSubtypeOf(IndexError) || error.cls.isSubtypeOf(StopIteration))) {
        this.sequence = undefined;
        return undefined;
      }
      throw error;
    }
  }
}

let objectClass: Py | undefined;

/**
 * Whether instances of `type` answer __class__ with their type without looking: the
 * attribute is object's descriptor (a data descriptor, so no instance __dict__ hides it)
 * and reached through object's __getattribute__. isinstance() then need not ask.
 */
function claimsOwnType(type: PyType): boolean {
  // (Known until an attribute of the type or a base changes: a negative isinstance() asks each time.)
  if (type.claimsOwnTypeAt === type.versionTag) return true;
  objectClass ??= objectType.attrs.get('__class__');
  objectGetAttribute ??= objectType.attrs.get('__getattribute__');
  const claims = type.lookup('__class__') === objectClass && type.lookup('__getattribute__') === objectGetAttribute;
  if (claims) type.claimsOwnTypeAt = type.versionTag;
  return claims;
}

/** isinstance(value, cls) for a single class, honouring __instancecheck__ on metaclasses. */
export function isInstance(value: Py, cls: Py): boolean {
  const type = typeOf(value);
  if (type === cls) return true;
  if (cls instanceof PyType && cls.cls === typeType) {
    if (type.isSubtypeOf(cls)) return true;
    if (claimsOwnType(type)) return false;
    const claimed = typeof value === 'object' && value !== null ? getAttrOrUndefined(value, '__class__') : undefined;
    return claimed instanceof PyType && claimed !== type && claimed.isSubtypeOf(cls);
  }
  const check = typeOf(cls).lookup('__instancecheck__');
  if (check !== undefined) return isTrue(callUnbound(check, cls, [value]));
  throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
}
