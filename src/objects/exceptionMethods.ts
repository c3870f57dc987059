// The methods and attributes of BaseException and of the built-in exceptions that add
// fields to it (CPython's Objects/exceptions.c): args and its str/repr, the chaining
// attributes, notes, pickling, and StopIteration.value, SystemExit.code, KeyError's
// str, ImportError/AttributeError/NameError's keyword fields, SyntaxError's location.
// OSError lives in osError.ts, the exception groups in exceptionGroup.ts.
import type { Py } from './object';
import {
  AttributeError, BaseException, exceptionField, exceptionTypes, ImportError, KeyError, NameError, nativeInitializers,
  PyBaseException, setExceptionField, StopIteration, SyntaxError, SystemExit, typeError,
} from './exceptions';
import { exceptionDocs } from './exceptionDocs';
import { inheritedNew, registerInheritableNew } from './builtinNew';
import { checkArgCount, defineGetSets, defineMethods, PyBuiltinFunction } from './native';
import { genericSetAttr, getAttrOrUndefined, isInstance, iterableToArray, pyRepr, pyStr, setAttr } from './protocols';
import { newTuple, PyTuple } from './tuple';
import { PyType, typeType } from './type';
import { strType, typeOf } from './typeOf';
import { newInstance } from './objectMethods';
import { PyDict } from './dict';
import { newDict } from './dictType';
import { PyList } from './list';
import { PyTraceback } from './traceback';
import { PyFunction } from './function';
import { PyStaticMethod } from './descriptors';
import { strValue } from './str';

// ---------------------------------------------------------------- __new__

/** How a family of exception types makes its instances from the class and the call's arguments. */
export type ExceptionNew = (cls: PyType, args: Py[], kwnames: readonly string[] | null) => PyBaseException;

/**
 * Gives `type` its own __new__ running `implementation`, as each built-in exception type
 * whose C struct names a tp_new has one: `ValueError.__new__(X)` checks X against ValueError.
 */
export function defineExceptionNew(type: PyType, implementation: ExceptionNew): void {
  const fn = new PyBuiltinFunction('__new__', (args, kwnames) => {
    const cls = newTarget(type, args, implementation);
    return implementation(cls, args.slice(1), kwnames);
  }, undefined, null);
  registerInheritableNew(fn, implementation);
  type.attrs.set('__new__', fn);
  type.attributesChanged();
}

/** tp_new_wrapper's checks of `T.__new__(cls, ...)`. */
function newTarget(owner: PyType, args: Py[], implementation: ExceptionNew): PyType {
  if (args.length === 0) throw typeError(`${owner.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType && cls.cls.isSubtypeOf(typeType))) throw typeError(`${owner.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtypeOf(owner)) throw typeError(`${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
  // The nearest class that does not define __new__ in Python must make its instances the same way.
  let staticBase = cls;
  while (staticBase.isHeapType && definesPythonNew(staticBase) && staticBase.bases.length > 0) staticBase = staticBase.bases[0];
  if (exceptionNewImplementation(staticBase) !== implementation) {
    throw typeError(`${owner.name}.__new__(${cls.name}) is not safe, use ${staticBase.name}.__new__()`);
  }
  return cls;
}

/** The ExceptionNew that makes instances of `type`: its own __new__'s or the one it inherits; undefined for a __new__ written in Python. */
export function exceptionNewImplementation(type: PyType): ExceptionNew | undefined {
  // (Only the exceptions' __new__s are registered there.)
  return inheritedNew(type.lookup('__new__')!) as ExceptionNew | undefined;
}

function definesPythonNew(type: PyType): boolean {
  const own = type.attrs.get('__new__');
  return own instanceof PyFunction || own instanceof PyStaticMethod;
}

/** BaseException_new: an instance of `cls` whose args are the positional arguments (keywords are left to __init__). */
export const baseExceptionNew: ExceptionNew = (cls, args, kwnames) => {
  const exc = newInstance(cls) as PyBaseException;
  exc.args = kwnames === null ? args : args.slice(0, args.length - kwnames.length);
  return exc;
};

/**
 * Types given no BaseException_new here: those whose C struct leaves tp_new to the base
 * (so they have no __new__ of their own), and OSError and BaseExceptionGroup, whose own
 * __new__ come from osError.ts and exceptionGroup.ts.
 */
const INHERITING_NEW = new Set([
  'AttributeError', 'ImportError', 'ModuleNotFoundError', 'KeyError', 'NameError', 'UnboundLocalError', 'StopIteration',
  'SyntaxError', 'IndentationError', 'TabError', 'SystemExit', 'OSError', 'BaseExceptionGroup', 'ExceptionGroup',
]);

for (const [name, type] of exceptionTypes) {
  const doc = exceptionDocs[name];
  if (doc !== undefined) type.attrs.set('__doc__', doc);
  if (!INHERITING_NEW.has(name) && !type.isSubtypeOf(exceptionTypes.get('OSError')!)) defineExceptionNew(type, baseExceptionNew);
}

// ---------------------------------------------------------------- BaseException

/** BaseException_init: args become the positional arguments; keywords are refused. */
export function initArgs(self: PyBaseException, args: Py[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${typeOf(self).name}() takes no keyword arguments`);
  self.args = args.slice();
}

/** BaseException_str: '' for no args, str of the one arg, else str of the args tuple. */
export function argsStr(self: PyBaseException): string {
  const args = self.args;
  if (args.length === 0) return '';
  if (args.length === 1) return pyStr(args[0]);
  return pyStr(newTuple(args));
}

/** The instance __dict__, made on first use as CPython makes it. */
export function exceptionDict(self: PyBaseException): PyDict {
  return (self.dict ??= newDict());
}

/** The tuple __reduce__ returns: (type, args) with the __dict__ (or other state) when there is one. */
export function reduceValue(self: PyBaseException, args: Py, state: Py | undefined): PyTuple {
  return newTuple(state === undefined ? [typeOf(self), args] : [typeOf(self), args, state]);
}

/**
 * The __dict__ as pickled state, once it exists. (An instance of a class statement's
 * class is given its __dict__ at once, where CPython makes it on first use: for those an
 * empty one counts as not made.)
 */
export function dictState(self: PyBaseException): PyDict | undefined {
  const dict = self.dict;
  if (dict === undefined || (dict.size === 0 && typeOf(self).isHeapType)) return undefined;
  return dict;
}

defineMethods(BaseException, {
  __init__(self: PyBaseException, args, kwnames) {
    initArgs(self, args, kwnames);
    return null;
  },
  __str__: argsStr,
  __repr__(self: PyBaseException) {
    const name = typeOf(self).name;
    const args = self.args;
    if (args.length === 1) return `${name}(${pyRepr(args[0])})`;
    return `${name}${pyRepr(newTuple(args))}`;
  },
  __reduce__(self: PyBaseException) {
    return reduceValue(self, newTuple(self.args), dictState(self));
  },
  __setstate__(self: PyBaseException, args, kwnames) {
    checkArgCount('BaseException.__setstate__', args, kwnames, 1);
    const state = args[0];
    if (state === null) return null;
    if (!(state instanceof PyDict)) throw typeError('state is not a dictionary');
    for (const [key, value] of state.entries()) setAttr(self, attributeName(key), value);
    return null;
  },
  // As object's, except that a built-in exception's __dict__ is made on first use.
  __setattr__(self: PyBaseException, args, kwnames) {
    checkArgCount('__setattr__', args, kwnames, 2);
    exceptionDict(self);
    genericSetAttr(self, attributeName(args[0]), args[1]);
    return null;
  },
  __delattr__(self: PyBaseException, args, kwnames) {
    checkArgCount('__delattr__', args, kwnames, 1);
    exceptionDict(self);
    genericSetAttr(self, attributeName(args[0]), undefined);
    return null;
  },
  with_traceback(self: PyBaseException, args, kwnames) {
    checkArgCount('BaseException.with_traceback', args, kwnames, 1);
    self.traceback = tracebackArgument(args[0]);
    return self;
  },
  add_note(self: PyBaseException, args, kwnames) {
    checkArgCount('BaseException.add_note', args, kwnames, 1);
    const note = args[0];
    if (!isStr(note)) throw typeError(`note must be a str, not '${typeOf(note).name}'`);
    const existing = getAttrOrUndefined(self, '__notes__');
    if (existing !== undefined && !(existing instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
    const notes = existing ?? new PyList([]);
    if (existing === undefined) setAttr(self, '__notes__', notes);
    notes.items.push(note);
    return null;
  },
});

function isStr(value: Py): boolean {
  return strValue(value) !== undefined || isInstance(value, strType);
}

function attributeName(key: Py): string {
  const name = strValue(key);
  if (name === undefined) throw typeError(`attribute name must be string, not '${typeOf(key).name}'`);
  return name;
}

function tracebackArgument(value: Py): PyTraceback | null {
  if (value === null || value instanceof PyTraceback) return value;
  throw typeError('__traceback__ must be a traceback or None');
}

/** An exception attribute that must be None or an exception (__cause__, __context__). */
function exceptionOrNone(value: Py, message: string): Py {
  if (value === null || value instanceof PyBaseException) return value;
  throw typeError(message);
}

function notDeletable(name: string) {
  return (value: Py | undefined): Py => {
    if (value === undefined) throw typeError(`${name} may not be deleted`);
    return value;
  };
}

const argsValue = notDeletable('args');
const tracebackValue = notDeletable('__traceback__');
const contextValue = notDeletable('__context__');
const causeValue = notDeletable('__cause__');

defineGetSets(BaseException, {
  args: {
    get: (self: PyBaseException): Py => newTuple(self.args),
    set(self: PyBaseException, value) {
      self.args = iterableToArray(argsValue(value));
    },
  },
  __traceback__: {
    get: (self: PyBaseException): Py => self.traceback,
    set(self: PyBaseException, value) {
      self.traceback = tracebackArgument(tracebackValue(value));
    },
  },
  __context__: {
    get: (self: PyBaseException): Py => self.context,
    set(self: PyBaseException, value) {
      self.context = exceptionOrNone(contextValue(value), 'exception context must be None or derive from BaseException');
    },
  },
  __cause__: {
    get: (self: PyBaseException): Py => self.cause,
    set(self: PyBaseException, value) {
      self.cause = exceptionOrNone(causeValue(value), 'exception cause must be None or derive from BaseException');
      self.suppressContext = true;
    },
  },
  __suppress_context__: {
    get: (self: PyBaseException): Py => self.suppressContext,
    set(self: PyBaseException, value) {
      if (typeof value !== 'boolean') throw typeError(value === undefined ? "can't delete numeric/char attribute" : 'attribute value type must be bool');
      self.suppressContext = value;
    },
  },
  __dict__: {
    get: exceptionDict,
    set(self: PyBaseException, value) {
      if (value === undefined) throw typeError('cannot delete __dict__');
      if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
      self.dict = value;
    },
  },
});

// ---------------------------------------------------------------- fields of the subclasses

/** Attributes read and written as C struct members of type T_OBJECT: None until set. */
export function defineExceptionFields(type: PyType, names: readonly string[]): void {
  defineGetSets(type, Object.fromEntries(names.map((name) => [name, {
    get: (self: PyBaseException): Py => exceptionField(self, name) ?? null,
    set(self: PyBaseException, value: Py | undefined) {
      if (value === undefined) self.fields?.delete(name);
      else setExceptionField(self, name, value);
    },
  }])));
}

/**
 * The keyword-only arguments of ImportError, AttributeError and NameError, parsed as
 * PyArg_ParseTupleAndKeywords does with the format "|$OO:<function>" (the function's
 * name is the base class's, even for subclasses).
 */
function keywordFields(self: PyBaseException, args: Py[], kwnames: readonly string[], allowed: readonly string[], functionName: string): void {
  const positional = args.length - kwnames.length;
  for (const keyword of kwnames) {
    if (!allowed.includes(keyword)) throw typeError(`'${keyword}' is an invalid keyword argument for ${functionName}()`);
  }
  allowed.forEach((name) => {
    const index = kwnames.indexOf(name);
    if (index >= 0) setExceptionField(self, name, args[positional + index]);
    else self.fields?.delete(name);
  });
}

/** __init__ for a type with keyword-only fields: positional arguments become args. */
function keywordInit(allowed: readonly string[], functionName: string, after?: (self: PyBaseException) => void) {
  return (self: PyBaseException, args: Py[], kwnames: readonly string[] | null): Py => {
    const keywords = kwnames ?? [];
    self.args = args.slice(0, args.length - keywords.length);
    keywordFields(self, args, keywords, allowed, functionName);
    after?.(self);
    return null;
  };
}

/**
 * Gives `type` an __init__ that sets args, then does `fieldsFromArgs`; exceptions that
 * newException makes of it, or of a built-in subclass inheriting that __init__, get the
 * same fields.
 */
export function defineArgsInit(type: PyType, fieldsFromArgs: (self: PyBaseException) => void): void {
  defineMethods(type, {
    __init__(self: PyBaseException, args, kwnames) {
      initArgs(self, args, kwnames);
      fieldsFromArgs(self);
      return null;
    },
  });
  defineNativeInitializer(type, fieldsFromArgs);
}

/** Makes `fieldsFromArgs` the native initializer of `type` and of the built-in types that inherit its __init__. */
export function defineNativeInitializer(type: PyType, fieldsFromArgs: (self: PyBaseException) => void): void {
  const init = type.attrs.get('__init__');
  for (const candidate of exceptionTypes.values()) {
    if (candidate.isSubtypeOf(type) && candidate.lookup('__init__') === init) nativeInitializers.set(candidate, fieldsFromArgs);
  }
}

defineArgsInit(StopIteration, (self) => setExceptionField(self, 'value', self.args.length > 0 ? self.args[0] : null));
defineExceptionFields(StopIteration, ['value']);

// With no arguments the code is left as it was (None at first).
defineArgsInit(SystemExit, (self) => {
  const args = self.args;
  if (args.length > 0) setExceptionField(self, 'code', args.length === 1 ? args[0] : newTuple(args.slice()));
});
defineExceptionFields(SystemExit, ['code']);

defineMethods(KeyError, {
  // A missing key shows as its repr: KeyError('') must not print as an empty message.
  __str__(self: PyBaseException) {
    return self.args.length === 1 ? pyRepr(self.args[0]) : argsStr(self);
  },
});

/** ImportError's msg: its one argument, if it has exactly one. */
function importErrorMessage(self: PyBaseException): void {
  if (self.args.length === 1) setExceptionField(self, 'msg', self.args[0]);
  else self.fields?.delete('msg');
}

defineMethods(ImportError, {
  __init__: keywordInit(['name', 'path'], 'ImportError', importErrorMessage),
  __str__(self: PyBaseException) {
    const msg = exceptionField(self, 'msg');
    return typeof msg === 'string' ? msg : argsStr(self);
  },
  __reduce__(self: PyBaseException) {
    return reduceValue(self, newTuple(self.args), importErrorState(self));
  },
});
defineExceptionFields(ImportError, ['msg', 'name', 'path']);
defineNativeInitializer(ImportError, importErrorMessage);

/** ImportError_getstate: the __dict__ with name and path added, when any of them is set. */
function importErrorState(self: PyBaseException): Py | undefined {
  const name = exceptionField(self, 'name');
  const path = exceptionField(self, 'path');
  if (name === undefined && path === undefined) return self.dict;
  const state = newDict();
  if (self.dict !== undefined) for (const [key, value] of self.dict.entries()) state.set(key, value);
  if (name !== undefined) state.setStr('name', name);
  if (path !== undefined) state.setStr('path', path);
  return state;
}

defineMethods(AttributeError, { __init__: keywordInit(['name', 'obj'], 'AttributeError') });
defineExceptionFields(AttributeError, ['name', 'obj']);

defineMethods(NameError, { __init__: keywordInit(['name'], 'NameError') });
defineExceptionFields(NameError, ['name']);

// ---------------------------------------------------------------- SyntaxError

const SYNTAX_ERROR_LOCATION = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'] as const;

defineArgsInit(SyntaxError, (self) => {
  const args = self.args;
  if (args.length >= 1) setExceptionField(self, 'msg', args[0]);
  if (args.length === 2) setSyntaxErrorLocation(self, iterableToArray(args[1]));
});

defineMethods(SyntaxError, {
  __str__(self: PyBaseException) {
    const msg = pyStr(exceptionField(self, 'msg') ?? null);
    const filename = exceptionField(self, 'filename');
    const lineno = exceptionField(self, 'lineno');
    const file = typeof filename === 'string' ? filename.slice(filename.lastIndexOf('/') + 1) : undefined;
    // Only an exact int counts as a line number.
    const line = typeof lineno === 'number' || typeof lineno === 'bigint' ? String(lineno) : undefined;
    if (file !== undefined && line !== undefined) return `${msg} (${file}, line ${line})`;
    if (file !== undefined) return `${msg} (${file})`;
    if (line !== undefined) return `${msg} (line ${line})`;
    return msg;
  },
});

/** The second argument of SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])). */
function setSyntaxErrorLocation(self: PyBaseException, location: Py[]): void {
  if (location.length < 4) throw typeError(`function takes at least 4 arguments (${location.length} given)`);
  if (location.length > 6) throw typeError(`function takes at most 6 arguments (${location.length} given)`);
  SYNTAX_ERROR_LOCATION.forEach((name, i) => {
    if (i < location.length) setExceptionField(self, name, location[i]);
    else self.fields?.delete(name);
  });
  if (location.length === 5) throw typeError('end_offset must be provided when end_lineno is provided');
}

defineExceptionFields(SyntaxError, ['msg', ...SYNTAX_ERROR_LOCATION, 'print_file_and_line']);
