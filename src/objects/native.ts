// Functions and descriptors written in TypeScript: builtin functions
// (builtin_function_or_method), methods of built-in types (method_descriptor, and their
// bound forms), computed attributes (getset_descriptor), and the argument binding
// that gives them CPython's signatures and error messages.
import { PyObject, type Py } from './object';
import { typeError } from './exceptions';
import { nativeType, PyType } from './type';
import { typeOf } from './typeOf';
import type { RAISED } from './raised';

/** Positional arguments, then the values of the keyword arguments named by `kwnames`. */
export type NativeFunction = (args: Py[], kwnames: readonly string[] | null) => Py;
export type NativeMethod = (self: any, args: Py[], kwnames: readonly string[] | null) => Py;

export const builtinFunctionType = nativeType('builtin_function_or_method', undefined, { baseType: false });
export const methodDescriptorType = nativeType('method_descriptor', undefined, { baseType: false });
export const classMethodDescriptorType = nativeType('classmethod_descriptor', undefined, { baseType: false });
export const wrapperDescriptorType = nativeType('wrapper_descriptor', undefined, { baseType: false });
export const getSetDescriptorType = nativeType('getset_descriptor', undefined, { baseType: false });
/** A slot wrapper bound to an instance: `(1).__add__`. */
export const methodWrapperType = nativeType('method-wrapper', undefined, { baseType: false });

export class PyBuiltinFunction extends PyObject {
  /** For a call with one positional argument: the function, called with it (no array); it may return RAISED (raised.ts). */
  unary: ((arg: Py) => Py | typeof RAISED) | undefined = undefined;
  /** For a call with two positional arguments: the function, called with them (no array); it may return RAISED. */
  binary: ((first: Py, second: Py) => Py | typeof RAISED) | undefined = undefined;

  constructor(
    readonly name: string,
    readonly fn: NativeFunction,
    /** The object a bound method of a built-in type was taken from; undefined for a plain function. */
    readonly self: Py | undefined = undefined,
    readonly module: string | null = 'builtins',
    readonly doc: string | null = null,
  ) {
    super(builtinFunctionType);
  }
}

/** A method of a built-in type, found in the type's __dict__. Dunder methods are slot wrappers. */
export class PyMethodDescriptor extends PyObject {
  /** For a method of exactly one argument: it, called with self and that argument (no array). */
  unary: ((self: any, arg: Py) => Py) | undefined = undefined;

  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly fn: NativeMethod,
    readonly doc: string | null = null,
  ) {
    super(isSlotName(name) ? wrapperDescriptorType : methodDescriptorType);
  }

  /**
   * Calls the method on a `self` it was found for through `self`'s class, which may have
   * taken it from an unrelated class (`__eq__ = str.__eq__`): refused then, as the
   * descriptor's __call__ refuses it.
   */
  callOn(self: Py, args: Py[], kwnames: readonly string[] | null): Py {
    const owner = this.owner;
    if (owner.bases.length > 0) {
      const type = typeOf(self);
      if (type !== owner && !type.isSubtypeOf(owner)) {
        throw typeError(this.cls === wrapperDescriptorType
          ? `descriptor '${this.name}' requires a '${owner.name}' object but received a '${type.name}'`
          : `descriptor '${this.name}' for '${owner.name}' objects doesn't apply to a '${type.name}' object`);
      }
    }
    return this.fn(self, args, kwnames);
  }

  bind(self: Py): PyBuiltinFunction {
    const fn = this.fn;
    const bound = (args: Py[], kwnames: readonly string[] | null): Py => fn(self, args, kwnames);
    if (this.cls === wrapperDescriptorType) return new PyMethodWrapper(this.name, bound, self, this.doc, this.owner);
    return new PyBuiltinFunction(this.name, bound, self, null, this.doc);
  }
}

/** A slot wrapper bound to an object (`[].__add__`, a method-wrapper): it knows the type defining it (__objclass__). */
export class PyMethodWrapper extends PyBuiltinFunction {
  constructor(name: string, fn: NativeFunction, self: Py, doc: string | null, readonly objclass: PyType) {
    super(name, fn, self, null, doc);
    this.cls = methodWrapperType;
  }
}

/** A class method of a built-in type (dict.fromkeys, int.from_bytes): receives the class. */
export class PyClassMethodDescriptor extends PyObject {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly fn: NativeMethod,
  ) {
    super(classMethodDescriptorType);
  }
}

/** A computed attribute of a built-in type's instances (`__class__`, `__dict__`, `real`, ...). */
export class PyGetSetDescriptor extends PyObject {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly get: (self: any) => Py,
    readonly set: ((self: any, value: Py | undefined) => void) | null = null,
  ) {
    super(getSetDescriptorType);
  }
}

/** Dunder methods that built-in types define as plain methods, not as slots (type-specific exceptions aside). */
const NON_SLOT_DUNDERS = new Set([
  '__dir__', '__format__', '__sizeof__', '__reduce__', '__reduce_ex__', '__getstate__', '__setstate__', '__getnewargs__',
  '__getnewargs_ex__', '__reversed__', '__round__', '__trunc__', '__floor__', '__ceil__', '__length_hint__', '__copy__',
  '__deepcopy__', '__enter__', '__exit__', '__aenter__', '__aexit__', '__fspath__', '__bytes__', '__complex__',
  '__instancecheck__', '__subclasscheck__', '__subclasses__', '__prepare__', '__class_getitem__', '__init_subclass__', '__subclasshook__',
]);

function isSlotName(name: string): boolean {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__') && !NON_SLOT_DUNDERS.has(name);
}

// ---------------------------------------------------------------- defining natives

/** Puts TypeScript methods on a built-in type. */
export function defineMethods(type: PyType, methods: Record<string, NativeMethod>): void {
  for (const [name, fn] of Object.entries(methods)) type.attrs.set(name, new PyMethodDescriptor(type, name, fn));
  type.attributesChanged();
}

/**
 * Methods of exactly one argument, which the compiled tier calls directly (as CPython
 * specializes list.append); called as other methods are, they check their arguments.
 */
export function defineUnaryMethods(type: PyType, methods: Record<string, (self: any, arg: Py) => Py>): void {
  for (const [name, unary] of Object.entries(methods)) {
    const qualifiedName = `${type.name}.${name}`;
    const descriptor = new PyMethodDescriptor(type, name, (self, args, kwnames) => {
      checkArgCount(qualifiedName, args, kwnames, 1);
      return unary(self, args[0]);
    });
    descriptor.unary = unary;
    type.attrs.set(name, descriptor);
  }
  type.attributesChanged();
}

/**
 * The one-argument forms of methods defined with defineMethods that take other counts
 * too: the compiled tier calls a method with one argument through its form directly.
 */
export function defineOneArgumentForms(type: PyType, forms: Record<string, (self: any, arg: Py) => Py>): void {
  for (const [name, unary] of Object.entries(forms)) (type.attrs.get(name) as PyMethodDescriptor).unary = unary;
}

export function defineClassMethods(type: PyType, methods: Record<string, NativeMethod>): void {
  for (const [name, fn] of Object.entries(methods)) type.attrs.set(name, new PyClassMethodDescriptor(type, name, fn));
  type.attributesChanged();
}

export function defineGetSets(type: PyType, getsets: Record<string, { get: (self: any) => Py; set?: (self: any, value: Py | undefined) => void }>): void {
  for (const [name, { get, set }] of Object.entries(getsets)) type.attrs.set(name, new PyGetSetDescriptor(type, name, get, set ?? null));
  type.attributesChanged();
}

// ---------------------------------------------------------------- argument binding

/**
 * The signature of a native callable: `names` are its parameters in order, the first
 * `required` of which must be given; the first `positionalOnly` cannot be passed by
 * keyword (all of them unless said), and parameters from `keywordOnlyFrom` on can only.
 */
export interface NativeSignature {
  name: string;
  names: readonly string[];
  required?: number;
  positionalOnly?: number;
  keywordOnlyFrom?: number;
}

/**
 * Binds arguments to a native signature: one slot per parameter, undefined where the
 * caller gave none. Errors are worded as CPython's argument clinic words them.
 */
export function bindArguments(sig: NativeSignature, args: Py[], kwnames: readonly string[] | null): (Py | undefined)[] {
  const names = sig.names;
  const required = sig.required ?? names.length;
  const positionalOnly = sig.positionalOnly ?? names.length;
  const maxPositional = sig.keywordOnlyFrom ?? names.length;
  const kwCount = kwnames === null ? 0 : kwnames.length;
  const positionalCount = args.length - kwCount;
  if (positionalCount > maxPositional) {
    if (maxPositional === 0) throw typeError(`${sig.name}() takes no positional arguments`);
    const expectation = required === maxPositional ? (maxPositional === 1 ? 'exactly one argument' : `exactly ${maxPositional} arguments`) : `at most ${maxPositional} argument${maxPositional === 1 ? '' : 's'}`;
    throw typeError(`${sig.name}() takes ${expectation} (${positionalCount} given)`);
  }
  const bound: (Py | undefined)[] = new Array(names.length);
  for (let i = 0; i < positionalCount; i++) bound[i] = args[i];
  if (kwCount > 0) {
    if (positionalOnly >= names.length && sig.keywordOnlyFrom === undefined) throw typeError(`${sig.name}() takes no keyword arguments`);
    for (let k = 0; k < kwCount; k++) {
      const keyword = kwnames![k];
      const index = names.indexOf(keyword);
      if (index < 0 || index < positionalOnly) {
        throw typeError(index < 0 ? `${sig.name}() got an unexpected keyword argument '${keyword}'` : `${sig.name}() got some positional-only arguments passed as keyword arguments: '${keyword}'`);
      }
      if (bound[index] !== undefined) throw typeError(`argument for ${sig.name}() given by name ('${keyword}') and position (${index + 1})`);
      bound[index] = args[positionalCount + k];
    }
  }
  for (let i = 0; i < required; i++) {
    if (bound[i] === undefined) {
      if (i < positionalOnly) {
        throw typeError(required === maxPositional && kwCount === 0
          ? `${sig.name}() takes ${required === 1 ? 'exactly one argument' : `exactly ${required} arguments`} (${positionalCount} given)`
          : `${sig.name}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
      throw typeError(`${sig.name}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return bound;
}

/** For natives that take no keyword arguments: complains if there are any. */
export function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/**
 * For natives with a fixed count of positional arguments, worded as CPython's METH_O /
 * METH_NOARGS / "expected" messages. `name` may be qualified ("sys.exit") as CPython
 * names a function of a module or a method of a type in the first two and in "takes no
 * keyword arguments"; the "expected" messages (_PyArg_CheckPositional) use the bare name.
 */
export function checkArgCount(name: string, args: Py[], kwnames: readonly string[] | null, min: number, max: number = min): void {
  noKeywords(name, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (max === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
  if (min === 1 && max === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
  const bareName = name.slice(name.lastIndexOf('.') + 1);
  if (n < min) throw typeError(`${bareName} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw typeError(`${bareName} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * For the special methods of built-in types called directly (`(1).__add__(2)`): CPython's
 * slot wrappers take exactly `count` positional arguments (`ternary` for __pow__: one or
 * two; `index` for a sequence's __mul__, one, worded as its PyArg_UnpackTuple words it).
 */
export function checkWrapperArgs(name: string, args: Py[], kwnames: readonly string[] | null, count: number | 'ternary' | 'index'): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  const n = args.length;
  if (count === 'ternary') {
    if (n < 1) throw typeError(` expected at least 1 argument, got ${n}`);
    if (n > 2) throw typeError(` expected at most 2 arguments, got ${n}`);
  } else if (count === 'index') {
    if (n !== 1) throw typeError(` expected 1 argument, got ${n}`);
  } else if (n !== count) {
    throw typeError(`expected ${count} argument${count === 1 ? '' : 's'}, got ${n}`);
  }
}

/**
 * bindArguments with the complaints of CPython's argument clinic, which most built-ins
 * of 3.11 use: a missing or doubly given argument first, then a keyword that names no
 * keyword parameter, worded "'k' is an invalid keyword argument for f()".
 */
export function bindClinicArguments(sig: NativeSignature, args: Py[], kwnames: readonly string[] | null): (Py | undefined)[] {
  const count = sig.names.length;
  const positionalCount = args.length - (kwnames?.length ?? 0);
  if (args.length > count) {
    throw typeError(`${sig.name}() takes at most ${count} ${positionalCount === 0 ? 'keyword ' : ''}argument${count === 1 ? '' : 's'} (${args.length} given)`);
  }
  const maxPositional = sig.keywordOnlyFrom ?? count;
  if (positionalCount > maxPositional) {
    if (maxPositional === 0) throw typeError(`${sig.name}() takes no positional arguments`);
    const bound = (sig.required ?? count) < maxPositional ? 'at most' : 'exactly';
    throw typeError(`${sig.name}() takes ${bound} ${maxPositional} positional argument${maxPositional === 1 ? '' : 's'} (${positionalCount} given)`);
  }
  const positionalOnly = sig.positionalOnly ?? sig.names.length;
  // A missing positional-only argument, where others can be passed by keyword (_PyArg_UnpackKeywords).
  const requiredPositionalOnly = Math.min(sig.required ?? count, positionalOnly);
  if (positionalCount < requiredPositionalOnly && positionalOnly < count) {
    const bound = requiredPositionalOnly < maxPositional ? 'at least' : 'exactly';
    throw typeError(`${sig.name}() takes ${bound} ${requiredPositionalOnly} positional argument${requiredPositionalOnly === 1 ? '' : 's'} (${positionalCount} given)`);
  }
  if (kwnames === null) return bindArguments(sig, args, kwnames);
  const isInvalid = (keyword: string): boolean => {
    const index = sig.names.indexOf(keyword);
    return index < 0 || index < positionalOnly;
  };
  const invalid = kwnames.find(isInvalid);
  if (invalid === undefined) return bindArguments(sig, args, kwnames);
  const validArgs = args.slice(0, positionalCount);
  const validNames: string[] = [];
  kwnames.forEach((keyword, k) => {
    if (isInvalid(keyword)) return;
    validNames.push(keyword);
    validArgs.push(args[positionalCount + k]);
  });
  bindArguments(sig, validArgs, validNames.length > 0 ? validNames : null);
  throw typeError(`'${invalid}' is an invalid keyword argument for ${sig.name}()`);
}

/**
 * The class a built-in type's __new__ is asked for (`T.__new__(cls, ...)`), with
 * CPython's checks: cls must be a subtype of T whose nearest built-in base makes its
 * instances with T.__new__ too (int.__new__(bool) would make an int, not a bool).
 */
export function newTargetOf(owner: PyType, args: Py[]): PyType {
  if (args.length === 0) throw typeError(`${owner.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`${owner.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtypeOf(owner)) throw typeError(`${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
  const builtinBase = cls.mro.find((type) => !type.isHeapType)!;
  if (builtinBase.lookup('__new__') !== owner.attrs.get('__new__')) {
    throw typeError(`${owner.name}.__new__(${cls.name}) is not safe, use ${builtinBase.name}.__new__()`);
  }
  return cls;
}
