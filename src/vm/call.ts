// Calling a Python function: binding the arguments to the parameters of its code, as
// CPython's _PyEval_MakeFrameVector does, with its error messages, then running the frame.
import { CodeFlag } from '../bytecode/code';
import type { Py } from '../objects/object';
import { functionType, methodType, PyFunction, PyMethod } from '../objects/function';
import { PyType, typeType } from '../objects/type';
import type { RAISED } from '../objects/raised';
import { makesInstancesWithObjectNew, newInstance, objectNew } from '../objects/objectMethods';
import { type PyBaseException, typeError } from '../objects/exceptions';
import { newDict } from '../objects/dictType';
import { newTuple } from '../objects/tuple';
import { type Frame, frameForFunction } from './frame';
import { builtinFunctionType, methodDescriptorType, PyBuiltinFunction, PyMethodDescriptor, wrapperDescriptorType } from '../objects/native';
import { typeOf } from '../objects/typeOf';
import { call } from '../objects/protocols';
import { threadState } from './threadState';

const SIMPLE_SIGNATURE_MASK = CodeFlag.VARARGS | CodeFlag.VARKEYWORDS;
/** The flags of functions whose call makes a generator, coroutine or async generator (and runs nothing yet). */
export const MAKES_GENERATOR = CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR | CodeFlag.ITERABLE_COROUTINE;

/**
 * The Python type of a callable that is an object, undefined for the others. Compared
 * with a type, it tells the common callables apart (functions, methods, built-in
 * functions, method descriptors) by one load, where instanceof walks the whole
 * prototype chain to say no: a call of a builtin asked four times.
 */
export function callableClass(callable: Py): PyType | undefined {
  return typeof callable === 'object' && callable !== null ? callable.cls : undefined;
}

/** Whether a callable of class `cls` may be a class to instantiate (not a function or a method of a built-in). */
export function mayBeClass(cls: PyType | undefined): boolean {
  return cls !== functionType && cls !== builtinFunctionType && cls !== methodDescriptorType;
}

/** The values stack[from] to stack[to - 1] as an array (for the few arguments of most calls, a literal V8 allocates inline). */
export function argumentsOnStack(stack: (Py | undefined)[], from: number, to: number): Py[] {
  switch (to - from) {
    case 0: return [];
    case 1: return [stack[from]!];
    case 2: return [stack[from]!, stack[from + 1]!];
    case 3: return [stack[from]!, stack[from + 1]!, stack[from + 2]!];
    default: return stack.slice(from, to) as Py[];
  }
}

/**
 * The common call, made fast: positional arguments only, moved straight from the
 * caller's value stack (no array made; their slots are left empty), to a function
 * without *args, **kwargs or keyword-only parameters. Undefined when the call is not of
 * that kind.
 */
export function frameForPositionalCall(func: PyFunction, stack: (Py | undefined)[], first: number, count: number): Frame | undefined {
  return takesPositional(func, count) ? bindPositional(func, undefined, stack, first, count) : undefined;
}

/**
 * Calling a class, run by the loop in the usual case: its metaclass is type, its __new__
 * is object's and its __init__ a Python function. Then type.__call__ comes down to a new
 * instance and the frame of __init__ with the instance as self (object.__new__ accepts
 * the arguments, since __init__ is overridden, unless a base's __new__ is still the
 * class's maker), which this returns; the arguments in stack[first] to
 * stack[first + count - 1] (keyword values last) are moved to it when they bind one to
 * one, else copied. The instance is the frame's first local, where the callers find it:
 * so an __init__ that takes it in *args is left to type.__call__. Undefined when the call
 * is not of that kind.
 */
export function frameForInstantiation(cls: PyType, stack: (Py | undefined)[], first: number, count: number, kwnames: readonly string[] | null): Frame | undefined {
  if (!cls.isHeapType || cls.cls !== typeType || (cls.abstractMethods !== null && cls.abstractMethods.length > 0) || cls.lookup('__new__') !== objectNew) return undefined;
  if (count > 0 && !makesInstancesWithObjectNew(cls)) return undefined;
  const init = cls.lookup('__init__');
  if (!(init instanceof PyFunction) || init.code.co_argcount === 0) return undefined;
  if (kwnames === null && takesPositional(init, count + 1)) return bindPositional(init, newInstance(cls), stack, first, count);
  return frameForCall(init, [newInstance(cls), ...argumentsOnStack(stack, first, first + count)], kwnames);
}

/**
 * What CALL calls, its slots from `stack[base]` on laid out as [NULL, callable, args...]
 * or [method, self, args...] (unpackCall writes it here: one object for every call, no
 * allocation). After a NULL, a bound method is split, its self written over it as the
 * first argument; so is an instance whose class has a Python __call__, which is called
 * with the instance, in its slot, as self (`callsObject`: a call through tp_call).
 */
export const theCall = { callable: null as Py, first: 0, callsObject: false };

export function unpackCall(stack: (Py | undefined)[], base: number): void {
  let callable = stack[base];
  theCall.callsObject = false;
  if (callable !== undefined) {
    theCall.callable = callable;
    theCall.first = base + 1;
    return;
  }
  callable = stack[base + 1]!;
  theCall.first = base + 2;
  const cls = callableClass(callable);
  if (cls === methodType) {
    stack[base + 1] = (callable as PyMethod).self;
    callable = (callable as PyMethod).func;
    theCall.first = base + 1;
  } else if (cls !== functionType) {
    const callMethod = pythonCallMethodOf(callable);
    if (callMethod !== undefined) {
      callable = callMethod;
      theCall.first = base + 1;
      theCall.callsObject = true;
    }
  }
  theCall.callable = callable;
}

/**
 * The __call__ that calling `callable` runs, when the loop can run it as it runs a
 * function: a Python function (not a generator's) that a class written in Python
 * defines (CPython's slot_tp_call). Undefined otherwise.
 */
export function pythonCallMethodOf(callable: Py): PyFunction | undefined {
  const cls = callableClass(callable);
  if (cls === undefined || !cls.isHeapType) return undefined;
  const method = cls.lookup('__call__');
  return method instanceof PyFunction && (method.code.co_flags & MAKES_GENERATOR) === 0 ? method : undefined;
}

/** Whether `given` positional arguments bind to the parameters of `func` one to one, defaults filling the rest. */
function takesPositional(func: PyFunction, given: number): boolean {
  const code = func.code;
  const argcount = code.co_argcount;
  if (given > argcount || (code.co_flags & SIMPLE_SIGNATURE_MASK) !== 0 || code.co_kwonlyargcount !== 0) return false;
  const missing = argcount - given;
  return missing <= 0 || (func.defaults !== null && func.defaults.length >= missing);
}

/**
 * The LOAD_NAME/STORE_NAME namespace of a call: none for a function's code; a function
 * made of a module's code (FunctionType(compile(...), globals)) runs in its globals, as in CPython.
 */
function namespaceOf(func: PyFunction): Py | null {
  return func.code.co_flags & CodeFlag.OPTIMIZED ? null : func.globals;
}

/** The frame of a call takesPositional accepts; `self`, when given, goes before the arguments. */
function bindPositional(func: PyFunction, self: Py | undefined, stack: (Py | undefined)[], first: number, count: number): Frame {
  const code = func.code;
  const frame = frameForFunction(func, namespaceOf(func));
  const locals = frame.localsplus;
  let given = count;
  // (The arguments are moved: their slots in the caller's stack are left empty, holding nothing alive.)
  const parameters = self === undefined ? 0 : 1;
  if (self !== undefined) locals[0] = self;
  for (let i = 0; i < count; i++) {
    locals[parameters + i] = stack[first + i];
    stack[first + i] = undefined;
  }
  given += parameters;
  const argcount = code.co_argcount;
  if (given < argcount) {
    const defaults = func.defaults!;
    const offset = defaults.length - argcount;
    for (let i = given; i < argcount; i++) locals[i] = defaults[offset + i];
  }
  return frame;
}

/** A new frame for `func` with the arguments bound (keyword values follow the positional ones in `args`). */
export function frameForCall(func: PyFunction, args: readonly Py[], kwnames: readonly string[] | null): Frame {
  return frameForArguments(func, args, 0, args.length, kwnames);
}

/**
 * A new frame for `func` with `source[first]` to `source[first + count - 1]` bound: the
 * arguments (keyword values last, `kwnames` naming them), in an arguments array or
 * straight from the caller's value stack (no array made; the caller empties the slots).
 */
export function frameForArguments(func: PyFunction, source: readonly (Py | undefined)[], first: number, count: number, kwnames: readonly string[] | null): Frame {
  const code = func.code;
  const frame = frameForFunction(func, namespaceOf(func));
  const locals = frame.localsplus;
  const argcount = code.co_argcount;
  const kwonly = code.co_kwonlyargcount;
  const flags = code.co_flags;
  const kwCount = kwnames === null ? 0 : kwnames.length;
  const positional = count - kwCount;
  const bound = Math.min(positional, argcount);
  for (let i = 0; i < bound; i++) locals[i] = source[first + i];
  let slot = argcount + kwonly;
  if (flags & CodeFlag.VARARGS) {
    locals[slot++] = newTuple(positional > argcount ? (source.slice(first + argcount, first + positional) as Py[]) : []);
  } else if (positional > argcount) {
    throw tooManyPositional(func, positional, kwnames);
  }
  const kwargs = flags & CodeFlag.VARKEYWORDS ? newDict() : null;
  if (kwargs !== null) locals[slot] = kwargs;
  if (kwCount > 0) {
    const names = code.co_localsplusnames;
    for (let k = 0; k < kwCount; k++) {
      const keyword = kwnames![k];
      const value = source[first + positional + k]!;
      let index = -1;
      for (let i = code.co_posonlyargcount; i < argcount + kwonly; i++) {
        if (names[i] === keyword) {
          index = i;
          break;
        }
      }
      if (index < 0) {
        if (kwargs !== null) {
          kwargs.setStr(keyword, value);
          continue;
        }
        const positionalOnly = names.slice(0, code.co_posonlyargcount).filter((name) => kwnames!.includes(name));
        if (positionalOnly.length > 0) {
          throw typeError(`${func.qualname}() got some positional-only arguments passed as keyword arguments: '${positionalOnly.join(', ')}'`);
        }
        throw typeError(`${func.qualname}() got an unexpected keyword argument '${keyword}'`);
      }
      if (locals[index] !== undefined) throw typeError(`${func.qualname}() got multiple values for argument '${keyword}'`);
      locals[index] = value;
    }
  }
  if (positional < argcount || kwonly > 0) fillDefaults(func, locals, positional);
  return frame;
}

function fillDefaults(func: PyFunction, locals: (Py | undefined)[], positional: number): void {
  const code = func.code;
  const argcount = code.co_argcount;
  const defaults = func.defaults ?? [];
  const firstDefault = argcount - defaults.length;
  const missing: string[] = [];
  for (let i = positional; i < argcount; i++) {
    if (locals[i] !== undefined) continue;
    if (i >= firstDefault) locals[i] = defaults[i - firstDefault];
    else missing.push(code.co_localsplusnames[i]);
  }
  if (missing.length > 0) throw missingArguments(func, missing, 'positional');
  const kwonly = code.co_kwonlyargcount;
  for (let i = argcount; i < argcount + kwonly; i++) {
    if (locals[i] !== undefined) continue;
    const name = code.co_localsplusnames[i];
    const fallback = func.kwdefaults?.getStr(name);
    if (fallback !== undefined) locals[i] = fallback;
    else missing.push(name);
  }
  if (missing.length > 0) throw missingArguments(func, missing, 'keyword-only');
}

function missingArguments(func: PyFunction, names: string[], kind: string): PyBaseException {
  const quoted = names.map((n) => `'${n}'`);
  const list = quoted.length === 1 ? quoted[0] : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return typeError(`${func.qualname}() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${list}`);
}

function tooManyPositional(func: PyFunction, given: number, kwnames: readonly string[] | null): PyBaseException {
  const code = func.code;
  const argcount = code.co_argcount;
  const defaults = func.defaults?.length ?? 0;
  const takes = defaults > 0 ? `from ${argcount - defaults} to ${argcount}` : `${argcount}`;
  const kwonlyNames = code.co_localsplusnames.slice(argcount, argcount + code.co_kwonlyargcount);
  const kwonlyGiven = kwnames === null ? 0 : kwnames.filter((k) => kwonlyNames.includes(k)).length;
  const keywordPart = kwonlyGiven > 0 ? ` positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'})` : '';
  const plural = defaults > 0 || argcount !== 1 ? 's' : '';
  return typeError(`${func.qualname}() takes ${takes} positional argument${plural} but ${given}${keywordPart} ${given === 1 && keywordPart === '' ? 'was' : 'were'} given`);
}

/**
 * The frame of `callable(*args)` when the loop runs the call inlined (a Python function,
 * or a method of one, that makes no generator); undefined when the call is made by call().
 */
export function inlinedCallFrame(callable: Py, args: Py[], kwnames: readonly string[] | null): Frame | undefined {
  if (callable instanceof PyMethod && callable.func instanceof PyFunction) return inlinedCallFrame(callable.func, [callable.self, ...args], kwnames);
  if (callable instanceof PyFunction && (callable.code.co_flags & MAKES_GENERATOR) === 0) return frameForCall(callable, args, kwnames);
  return undefined;
}

/**
 * CALL of a callable the loop does not run inlined, its arguments (self first, for a
 * method LOAD_METHOD found) in stack[first] to stack[top - 1]: a builtin of one or two
 * arguments, or a method of one, called without an arguments array (as CPython
 * specializes len, isinstance and list.append), and so are int(x) and str(x); a built-in
 * type's method called with self directly, as CPython's vectorcall does, not through the
 * descriptor's __call__. May return THREAD_PARKED (a blocking call, told apart by
 * threadState.directCall), or RAISED (objects/raised.ts).
 */
export function callOnStack(callable: Py, stack: (Py | undefined)[], first: number, top: number, kwnames: readonly string[] | null): Py | typeof RAISED {
  threadState.directCall = callable;
  const cls = callableClass(callable);
  if (kwnames === null && cls === builtinFunctionType) {
    const builtin = callable as PyBuiltinFunction;
    if (first === top - 1 && builtin.unary !== undefined) return builtin.unary(stack[first]!);
    if (first === top - 2 && builtin.binary !== undefined) return builtin.binary(stack[first]!, stack[first + 1]!);
  }
  if ((cls === methodDescriptorType || cls === wrapperDescriptorType) && callable instanceof PyMethodDescriptor && first < top && typeOf(stack[first]!).isSubtypeOf(callable.owner)) {
    if (kwnames === null && first === top - 2 && callable.unary !== undefined) return callable.unary(stack[first], stack[first + 1]!);
    return callable.fn(stack[first], argumentsOnStack(stack, first + 1, top), kwnames);
  }
  if (kwnames === null && first === top - 1 && callable instanceof PyType && callable.callWithOne !== undefined) return callable.callWithOne(stack[first]!);
  if (kwnames === null && first === top - 2 && callable instanceof PyType && callable.callWithTwo !== undefined) return callable.callWithTwo(stack[first]!, stack[first + 1]!);
  return call(callable, argumentsOnStack(stack, first, top), kwnames);
}
