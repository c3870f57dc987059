// The attributes of functions, bound methods and cells: what Python sees of PyFunction,
// PyMethod and PyCell (function.ts), with CPython's reprs and messages.
import type { Py } from './object';
import { typeOf } from './typeOf';
import { attributeName } from './str';
import { bindArguments, checkArgCount, defineGetSets, defineMethods, PyBuiltinFunction } from './native';
import { newException, typeError, ValueError } from './exceptions';
import { attributeError, bindDescriptor, call, getAttrOrUndefined, isCallable, pyEquals, pyHash, pyRepr, pyStr } from './protocols';
import { cellType, functionType, methodType, PyCell, PyFunction, PyMethod } from './function';
import { PyDict } from './dict';
import { newDict } from './dictType';
import { newTuple, PyTuple } from './tuple';
import { PyCode, pyCode } from './code';
import { readCodeConstants } from './codeMethods';
import { PyModule } from './module';
import { descriptorGetArguments } from './nativeDescriptorMethods';
import { defineReadonlyMembers } from './readonlyMembers';
import { addressOf, identityHashOfValue, xorHashes } from './identity';
import { NotImplemented } from './singletons';

// ---------------------------------------------------------------- functions

let readCurrentBuiltins: () => Py = () => {
  throw new Error('the VM has not registered its builtins reader');
};

/** The builtins of the running code, for a function made from globals without __builtins__ (the VM registers the reader). */
export function setCurrentBuiltinsReader(reader: () => Py): void {
  readCurrentBuiltins = reader;
}

const FUNCTION_SIGNATURE = { name: 'function', names: ['code', 'globals', 'name', 'argdefs', 'closure'], required: 2, positionalOnly: 0 };

/** types.FunctionType(code, globals, name=None, argdefs=None, closure=None), checked as func_new checks. */
functionType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  for (const keyword of kwnames ?? []) {
    if (!FUNCTION_SIGNATURE.names.includes(keyword)) throw typeError(`'${keyword}' is an invalid keyword argument for function()`);
  }
  const [code, globals, name, argdefs, closure] = bindArguments(FUNCTION_SIGNATURE, args.slice(1), kwnames);
  if (!(code instanceof PyCode)) throw typeError(`function() argument 'code' must be code, not ${typeOf(code!).name}`);
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${typeOf(globals!).name}`);
  if (name !== undefined && name !== null && typeof name !== 'string') throw typeError('arg 3 (name) must be None or string');
  if (argdefs !== undefined && argdefs !== null && !(argdefs instanceof PyTuple)) throw typeError('arg 4 (defaults) must be None or tuple');
  const freeCount = code.code.co_freevars.length;
  const cells = closure === undefined || closure === null ? null : closure;
  if (cells !== null && !(cells instanceof PyTuple)) throw typeError('arg 5 (closure) must be None or tuple');
  if (freeCount > 0 && cells === null) throw typeError('arg 5 (closure) must be tuple');
  const given = cells === null ? 0 : cells.items.length;
  if (given !== freeCount) throw newException(ValueError, `${name ?? code.code.co_name} requires closure of length ${freeCount}, not ${given}`);
  for (const cell of cells?.items ?? []) {
    if (!(cell instanceof PyCell)) throw typeError(`arg 5 (closure) expected cell, found ${typeOf(cell).name}`);
  }
  const func = new PyFunction(code.code, globals, builtinsFor(globals));
  const firstConst = readCodeConstants(code.code)[0];
  func.doc = typeof firstConst === 'string' ? firstConst : null;
  if (typeof name === 'string') func.name = name;
  if (argdefs instanceof PyTuple) func.defaults = argdefs.items;
  if (cells !== null && cells.items.length > 0) func.closure = cells.items as PyCell[];
  return func;
}, undefined, null));

/**
 * The builtins namespace of code run with `globals`: their __builtins__ (a module standing
 * for its dict; any other object as it is, which its names are then read from by
 * subscription), else the running code's.
 */
export function builtinsFor(globals: PyDict): Py {
  const value = globals.getStr('__builtins__');
  if (value instanceof PyModule) return value.dict;
  return value === undefined ? readCurrentBuiltins() : value;
}

defineMethods(functionType, {
  __repr__: (self: PyFunction) => `<function ${self.qualname} at ${addressOf(self)}>`,
  __call__: (self: PyFunction, args, kwnames) => call(self, args, kwnames),
  __get__(self: PyFunction, args, kwnames) {
    const { instance } = descriptorGetArguments(args, kwnames);
    return instance === undefined ? self : new PyMethod(self, instance);
  },
});

defineGetSets(functionType, {
  __name__: {
    get: (self: PyFunction) => self.name,
    set(self: PyFunction, value) {
      if (typeof value !== 'string') throw typeError('__name__ must be set to a string object');
      self.name = value;
    },
  },
  __qualname__: {
    get: (self: PyFunction) => self.qualname,
    set(self: PyFunction, value) {
      if (typeof value !== 'string') throw typeError('__qualname__ must be set to a string object');
      self.qualname = value;
    },
  },
  __doc__: {
    get: (self: PyFunction) => self.doc,
    set(self: PyFunction, value) {
      self.doc = value ?? null;
    },
  },
  __module__: {
    get: (self: PyFunction) => self.module,
    set(self: PyFunction, value) {
      self.module = value ?? null;
    },
  },
  __defaults__: {
    get: (self: PyFunction) => (self.defaults === null ? null : newTuple(self.defaults)),
    set(self: PyFunction, value) {
      if (value !== undefined && value !== null && !(value instanceof PyTuple)) throw typeError('__defaults__ must be set to a tuple object');
      self.defaults = value instanceof PyTuple && value.items.length > 0 ? value.items : null;
    },
  },
  __kwdefaults__: {
    get: (self: PyFunction) => self.kwdefaults,
    set(self: PyFunction, value) {
      if (value !== undefined && value !== null && !(value instanceof PyDict)) throw typeError('__kwdefaults__ must be set to a dict object');
      self.kwdefaults = value instanceof PyDict ? value : null;
    },
  },
  __annotations__: {
    get(self: PyFunction) {
      if (self.annotations === null) self.annotations = newDict();
      return self.annotations;
    },
    set(self: PyFunction, value) {
      if (value !== undefined && value !== null && !(value instanceof PyDict)) throw typeError('__annotations__ must be set to a dict object');
      self.annotations = value ?? null;
    },
  },
  __code__: {
    get: (self: PyFunction) => pyCode(self.code),
    set(self: PyFunction, value) {
      if (!(value instanceof PyCode)) throw typeError('__code__ must be set to a code object');
      const needed = value.code.co_freevars.length;
      const has = self.closure?.length ?? 0;
      if (needed !== has) throw newException(ValueError, `${self.name}() requires a code object with ${has} free vars, not ${needed}`);
      self.code = value.code;
    },
  },
  __dict__: {
    get: (self: PyFunction) => (self.dict ??= newDict()),
    set(self: PyFunction, value) {
      if (value === undefined) throw typeError('cannot delete __dict__');
      if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
      self.dict = value;
    },
  },
});
// Members in CPython (T_OBJECT, READONLY): their type is types.MemberDescriptorType.
defineReadonlyMembers(functionType, {
  __globals__: (self: PyFunction) => self.globals,
  __builtins__: (self: PyFunction) => self.builtins,
  __closure__: (self: PyFunction) => (self.closure === null ? null : newTuple(self.closure)),
});

/** How error messages name a callable (_PyObject_FunctionStr): 'module.qualname()', or 'qualname()' for builtins. */
export function functionStr(callable: Py): string {
  const qualname = getAttrOrUndefined(callable, '__qualname__');
  if (qualname === undefined) return pyStr(callable);
  const module = getAttrOrUndefined(callable, '__module__') ?? null;
  if (module !== null && module !== 'builtins') return `${pyStr(module)}.${pyStr(qualname)}()`;
  return `${pyStr(qualname)}()`;
}

// ---------------------------------------------------------------- bound methods

methodType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  checkArgCount('method', args.slice(1), kwnames, 2);
  const [, func, self] = args;
  if (!isCallable(func)) throw typeError('first argument must be callable');
  if (self === null) throw typeError('instance must not be None');
  return new PyMethod(func, self);
}, undefined, null));

defineMethods(methodType, {
  __repr__(self: PyMethod) {
    const name = getAttrOrUndefined(self.func, '__qualname__') ?? getAttrOrUndefined(self.func, '__name__');
    return `<bound method ${typeof name === 'string' ? name : '?'} of ${pyRepr(self.self)}>`;
  },
  __call__: (self: PyMethod, args, kwnames) => call(self.func, [self.self, ...args], kwnames),
  __eq__(self: PyMethod, args) {
    const other = args[0];
    if (!(other instanceof PyMethod)) return NotImplemented;
    return self.self === other.self && pyEquals(self.func, other.func);
  },
  __hash__: (self: PyMethod) => xorHashes(identityHashOfValue(self.self), pyHash(self.func)),
  // Attributes the method type lacks come from the function (method_getattro).
  __getattribute__(self: PyMethod, args) {
    const name = attributeName(args[0]);
    const descriptor = methodType.lookup(name);
    if (descriptor !== undefined) return bindDescriptor(descriptor, self, methodType);
    const found = getAttrOrUndefined(self.func, name, true);
    if (found === undefined) throw attributeError(self.func, name);
    return found;
  },
});

defineGetSets(methodType, {
  __func__: { get: (self: PyMethod) => self.func },
  __self__: { get: (self: PyMethod) => self.self },
  __doc__: { get: (self: PyMethod) => getAttrOrUndefined(self.func, '__doc__') ?? null },
});

// ---------------------------------------------------------------- cells

cellType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  checkArgCount('cell', args.slice(1), kwnames, 0, 1);
  return new PyCell(args[1]);
}, undefined, null));

defineMethods(cellType, {
  __repr__(self: PyCell) {
    const contents = self.contents;
    if (contents === undefined) return `<cell at ${addressOf(self)}: empty>`;
    return `<cell at ${addressOf(self)}: ${typeOf(contents).name} object at ${addressOf(contents)}>`;
  },
  __eq__(self: PyCell, args) {
    const other = args[0];
    if (!(other instanceof PyCell)) return NotImplemented;
    if (self.contents === undefined || other.contents === undefined) return self.contents === other.contents;
    return pyEquals(self.contents, other.contents);
  },
});
cellType.attrs.set('__hash__', null);

defineGetSets(cellType, {
  cell_contents: {
    get(self: PyCell) {
      if (self.contents === undefined) throw newException(ValueError, 'Cell is empty');
      return self.contents;
    },
    set(self: PyCell, value) {
      self.contents = value;
    },
  },
});
