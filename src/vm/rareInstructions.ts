// The instructions the eval loop seldom runs (imports, class and function definitions,
// pattern matching, async machinery, container displays with unpacking, exception-group
// handling...), kept out of execute(): V8 compiles the loop whole, again after each
// deoptimization (and an instruction first run after it was compiled deoptimizes it), so
// a smaller loop compiles sooner and costs less to recompile. None of these moves the
// instruction pointer or ends the frame; each takes and returns the stack pointer.
import { Op } from '../bytecode/opcodes';
import { CodeFlag } from '../bytecode/code';
import type { Py } from '../objects/object';
import { PyDict } from '../objects/dict';
import { iteratesAsDict } from '../objects/dictUpdate';
import { newDict } from '../objects/dictType';
import { PyList } from '../objects/list';
import { PyTuple, newTuple } from '../objects/tuple';
import { PySet, newSet, updateSet } from '../objects/set';
import { PyCell, PyFunction } from '../objects/function';
import { PyCode } from '../objects/code';
import { PyType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import {
  AssertionError, BaseException, BaseExceptionGroup, KeyError, NameError, newException, PyBaseException, SystemError, TypeError, typeError,
} from '../objects/exceptions';
import {
  bindDescriptor, call, callUnbound, delItem, getItem, getIter, isInstance, iterableToArray, pyLen, pyStr, setAttr, setItem,
} from '../objects/protocols';
import { unaryInvert, unaryPositive } from '../objects/operators';
import { strValue } from '../objects/str';
import { functionStr } from '../objects/functionMethods';
import type { Frame } from './frame';
import { codeInfo } from './codeInfo';
import { threadState } from './threadState';
import { PyGenerator } from './generator';
import { exceptionGroupSplit, prepareReraiseStar } from './exceptionGroups';
import { matchClass, matchKeys, isMapping, isSequenceForMatch } from './patternMatching';
import { runtimeHooks } from './hooks';
import { nameError, unboundFree, unboundLocal } from './nameErrors';
import { unpackItems } from './unpacking';
import { readBuiltin } from './globalSites';

/** What CALL_FUNCTION_EX calls: the callable, the arguments (keyword values after positional ones) and the keywords. */
export interface SpreadCall {
  callable: Py;
  args: Py[];
  names: string[] | null;
}

/**
 * The call of CALL_FUNCTION_EX, read from the stack ([NULL, callable, positional,
 * kwargs?] up to `sp`): `f(*positional, **kwargs)`. (The eval loop makes the call.)
 */
export function spreadCall(stack: (Py | undefined)[], sp: number, oparg: number): SpreadCall {
  const kwargs = oparg & 1 ? stack[--sp]! : null;
  const positional = stack[--sp]!;
  const callable = stack[--sp]!;
  if (!(positional instanceof PyTuple) && !isIterable(positional)) {
    throw typeError(`${functionStr(callable)} argument after * must be an iterable, not ${typeOf(positional).name}`);
  }
  const args = positional instanceof PyTuple ? positional.items.slice() : iterableToArray(positional);
  let names: string[] | null = null;
  if (kwargs !== null && (kwargs as PyDict).size > 0) {
    names = [];
    const keywords = kwargs as PyDict;
    for (let position = 0; position < keywords.entrySpan; position++) {
      const key = keywords.entryKey(position);
      if (key === undefined) continue;
      const name = strValue(key);
      if (name === undefined) throw typeError('keywords must be strings');
      names.push(name);
      args.push(keywords.entryValue(position));
    }
  }
  return { callable, args, names };
}

/**
 * BEFORE_WITH's lookups: the context manager's __exit__, bound, replaces it on the
 * stack; its __enter__ (unbound, from its type) is returned for the eval loop to call.
 */
export function contextManagerEnter(stack: (Py | undefined)[], sp: number): Py {
  const manager = stack[sp - 1]!;
  const type = typeOf(manager);
  const enter = type.lookup('__enter__');
  const exit = type.lookup('__exit__');
  if (enter === undefined || exit === undefined) {
    throw typeError(`'${type.name}' object does not support the context manager protocol${enter === undefined ? '' : ' (missed __exit__ method)'}`);
  }
  stack[sp - 1] = bindDescriptor(exit, manager, type);
  return enter;
}

/** Runs one of the seldom-run instructions of `frame` (execute's default case); returns the new stack pointer. */
export function executeRareInstruction(frame: Frame, op: number, oparg: number, sp: number): number {
  const info = frame.info;
  const stack = frame.stack;
  const locals = frame.localsplus;
  const names = info.names;
  const ts = threadState;
  switch (op) {
    case Op.DELETE_FAST:
      if (locals[oparg] === undefined) throw unboundLocal(info, oparg);
      locals[oparg] = undefined;
      break;
    case Op.UNARY_POSITIVE:
      stack[sp - 1] = unaryPositive(stack[sp - 1]!);
      break;
    case Op.UNARY_INVERT:
      stack[sp - 1] = unaryInvert(stack[sp - 1]!);
      break;
    case Op.DELETE_SUBSCR: {
      const key = stack[--sp]!;
      const container = stack[--sp]!;
      delItem(container, key);
      break;
    }
    case Op.STORE_GLOBAL:
      frame.globals.setStr(names[oparg], stack[--sp]!);
      break;
    case Op.DELETE_GLOBAL:
      if (frame.globals.delete(names[oparg]) === undefined) throw nameError(names[oparg]);
      break;
    case Op.DELETE_NAME:
      deleteName(frame, names[oparg]);
      break;
    case Op.MAKE_CELL: {
      const initial = locals[oparg];
      locals[oparg] = new PyCell(initial);
      break;
    }
    case Op.COPY_FREE_VARS: {
      const closure = frame.func!.closure!;
      const offset = info.localsplusCount - oparg;
      for (let i = 0; i < oparg; i++) locals[offset + i] = closure[i];
      break;
    }
    case Op.LOAD_CLASSDEREF: {
      const name = info.code.co_localsplusnames[oparg];
      let value = frame.locals instanceof PyDict ? frame.locals.getStr(name) : undefined;
      if (value === undefined) value = (locals[oparg] as PyCell).contents;
      if (value === undefined) throw unboundFree(info, oparg);
      stack[sp++] = value;
      break;
    }
    case Op.DELETE_DEREF: {
      const cell = locals[oparg] as PyCell;
      if (cell.contents === undefined) throw unboundFree(info, oparg);
      cell.contents = undefined;
      break;
    }

    case Op.DELETE_ATTR:
      setAttr(stack[--sp]!, names[oparg], undefined);
      break;
    case Op.MAKE_FUNCTION: {
      const code = stack[--sp]!;
      const closure = oparg & 0x08 ? stack[--sp] : undefined;
      const annotations = oparg & 0x04 ? stack[--sp] : undefined;
      const kwdefaults = oparg & 0x02 ? stack[--sp] : undefined;
      const defaults = oparg & 0x01 ? stack[--sp] : undefined;
      stack[sp++] = makeFunction(frame, code, closure, annotations, kwdefaults, defaults);
      break;
    }
    case Op.BUILD_SET: {
      sp -= oparg;
      const items = stack.slice(sp, sp + oparg) as Py[];
      stack[sp++] = newSet(items);
      break;
    }
    case Op.BUILD_MAP: {
      const dict = newDict();
      sp -= 2 * oparg;
      for (let i = 0; i < oparg; i++) dict.set(stack[sp + 2 * i]!, stack[sp + 2 * i + 1]!);
      stack[sp++] = dict;
      break;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = (stack[--sp] as PyTuple).items;
      const dict = newDict();
      sp -= oparg;
      for (let i = 0; i < oparg; i++) dict.set(keys[i], stack[sp + i]!);
      stack[sp++] = dict;
      break;
    }
    case Op.LIST_EXTEND: {
      const iterable = stack[--sp]!;
      listExtend(stack[sp - oparg] as PyList, iterable);
      break;
    }
    case Op.SET_UPDATE: {
      const iterable = stack[--sp]!;
      // As set.update: a set's members go in with their hashes, in its slot order.
      updateSet(stack[sp - oparg] as PySet, iterable);
      break;
    }
    case Op.DICT_UPDATE: {
      const update = stack[--sp]!;
      dictMergeInto(stack[sp - oparg] as PyDict, update, undefined);
      break;
    }
    case Op.DICT_MERGE: {
      const update = stack[--sp]!;
      const callable = stack[sp - oparg - 2];
      dictMergeInto(stack[sp - oparg] as PyDict, update, callable);
      break;
    }
    case Op.LIST_TO_TUPLE:
      stack[sp - 1] = newTuple((stack[sp - 1] as PyList).items);
      break;
    case Op.UNPACK_EX: {
      const before = oparg & 0xff;
      const after = oparg >> 8;
      const sequence = stack[--sp]!;
      const items = unpackItems(sequence, before, after);
      const restEnd = items.length - after;
      for (let i = items.length - 1; i >= restEnd; i--) stack[sp++] = items[i];
      stack[sp++] = new PyList(items.slice(before, restEnd));
      for (let i = before - 1; i >= 0; i--) stack[sp++] = items[i];
      break;
    }

    case Op.PUSH_EXC_INFO: {
      const exc = stack[sp - 1]!;
      stack[sp - 1] = ts.handled;
      stack[sp++] = exc;
      ts.handled = exc;
      break;
    }
    case Op.POP_EXCEPT:
      ts.handled = stack[--sp]!;
      break;
    case Op.CHECK_EXC_MATCH:
      stack[sp - 1] = exceptClauseMatches(stack[sp - 2]!, stack[sp - 1]!);
      break;
    case Op.CHECK_EG_MATCH: {
      const type = stack[--sp]!;
      checkExceptType(type, true);
      const exc = stack[--sp]!;
      const [match, rest] = exceptionGroupSplit(exc, type);
      if (match === null) {
        stack[sp++] = exc;
        stack[sp++] = null;
      } else {
        stack[sp++] = rest;
        stack[sp++] = match;
        ts.handled = match;
      }
      break;
    }
    case Op.PREP_RERAISE_STAR: {
      const raised = stack[--sp] as PyList;
      const original = stack[sp - 1]!;
      stack[sp - 1] = prepareReraiseStar(original, raised.items);
      break;
    }
    case Op.LOAD_ASSERTION_ERROR:
      stack[sp++] = AssertionError;
      break;
    case Op.BEFORE_ASYNC_WITH: {
      const manager = stack[sp - 1]!;
      const type = typeOf(manager);
      const enter = type.lookup('__aenter__');
      const exit = type.lookup('__aexit__');
      if (enter === undefined || exit === undefined) {
        const missed = enter === undefined ? '' : ' (missed __aexit__ method)';
        throw typeError(`'${type.name}' object does not support the asynchronous context manager protocol${missed}`);
      }
      stack[sp - 1] = bindDescriptor(exit, manager, type);
      stack[sp++] = callUnbound(enter, manager, []);
      break;
    }
    case Op.WITH_EXCEPT_START: {
      const exc = stack[sp - 1] as PyBaseException;
      const exit = stack[sp - 4]!;
      stack[sp++] = call(exit, [exc.cls, exc, exc.traceback]);
      break;
    }

    case Op.ASYNC_GEN_WRAP:
      stack[sp - 1] = runtimeHooks.wrapAsyncGenValue(stack[sp - 1]!);
      break;
    case Op.GET_YIELD_FROM_ITER: {
      const iterable = stack[sp - 1]!;
      if (iterable instanceof PyGenerator) {
        if (iterable.isCoroutine() && !(info.code.co_flags & (CodeFlag.COROUTINE | CodeFlag.ITERABLE_COROUTINE))) {
          throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
      } else {
        stack[sp - 1] = getIter(iterable);
      }
      break;
    }
    case Op.GET_AWAITABLE:
      stack[sp - 1] = runtimeHooks.getAwaitable(stack[sp - 1]!, oparg);
      break;
    case Op.GET_AITER:
      stack[sp - 1] = runtimeHooks.getAsyncIterator(stack[sp - 1]!);
      break;
    case Op.GET_ANEXT:
      stack[sp] = runtimeHooks.getAsyncNext(stack[sp - 1]!);
      sp++;
      break;
    case Op.LOAD_BUILD_CLASS: {
      const buildClass = readBuiltin(frame.builtins, '__build_class__');
      if (buildClass === undefined) throw newException(NameError, '__build_class__ not found');
      stack[sp++] = buildClass;
      break;
    }
    case Op.SETUP_ANNOTATIONS:
      setupAnnotations(frame);
      break;
    case Op.IMPORT_NAME: {
      const fromlist = stack[--sp]!;
      const level = stack[sp - 1] as number;
      stack[sp - 1] = runtimeHooks.importName(names[oparg], frame.globals, frame.locals, fromlist, level);
      break;
    }
    case Op.IMPORT_FROM:
      stack[sp] = runtimeHooks.importFrom(stack[sp - 1]!, names[oparg]);
      sp++;
      break;
    case Op.IMPORT_STAR: {
      const module = stack[--sp]!;
      runtimeHooks.importStar(module, frame);
      break;
    }
    case Op.PRINT_EXPR:
      runtimeHooks.displayHook(stack[--sp]!);
      break;

    case Op.GET_LEN:
      stack[sp] = pyLen(stack[sp - 1]!);
      sp++;
      break;
    case Op.MATCH_MAPPING:
      stack[sp] = isMapping(stack[sp - 1]!);
      sp++;
      break;
    case Op.MATCH_SEQUENCE:
      stack[sp] = isSequenceForMatch(stack[sp - 1]!);
      sp++;
      break;
    case Op.MATCH_KEYS:
      stack[sp] = matchKeys(stack[sp - 2]!, stack[sp - 1] as PyTuple);
      sp++;
      break;
    case Op.MATCH_CLASS: {
      const keywords = stack[--sp] as PyTuple;
      const cls = stack[--sp]!;
      const subject = stack[sp - 1]!;
      stack[sp - 1] = matchClass(subject, cls, oparg, keywords);
      break;
    }
    default:
      throw newException(SystemError, `unknown opcode ${op}`);
  }
  return sp;
}

// ---------------------------------------------------------------- helpers

function deleteName(frame: Frame, name: string): void {
  const namespace = frame.locals;
  if (namespace instanceof PyDict) {
    if (namespace.delete(name) === undefined) throw nameError(name);
    return;
  }
  try {
    delItem(namespace, name);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(KeyError)) throw nameError(name);
    throw error;
  }
}

function setupAnnotations(frame: Frame): void {
  const namespace = frame.locals;
  if (namespace instanceof PyDict) {
    if (namespace.getStr('__annotations__') === undefined) namespace.setStr('__annotations__', newDict());
    return;
  }
  try {
    getItem(namespace, '__annotations__');
  } catch (error) {
    if (!(error instanceof PyBaseException && error.cls.isSubtypeOf(KeyError))) throw error;
    setItem(namespace, '__annotations__', newDict());
  }
}

function annotationsDict(value: Py): Py {
  if (!(value instanceof PyTuple)) return value;
  const dict = newDict();
  const items = value.items;
  for (let i = 0; i + 1 < items.length; i += 2) dict.set(items[i], items[i + 1]);
  return dict;
}

/**
 * DICT_UPDATE (`callable` undefined) and DICT_MERGE, whose `callable` is the function
 * called (None, a JS null, is one too: `None(**h)` is reported as CPython reports it).
 */
export function dictMergeInto(target: PyDict, update: Py, callable: Py | undefined): void {
  // A dict subclass that overrides __iter__ is read through keys() and [] as other mappings are.
  if (iteratesAsDict(update)) {
    if (callable === undefined || target.size === 0) {
      // {**d}, or f(**d) with no keyword argument before (no key can then come twice):
      // dict.update's merge, which copies the table of a dict into an empty one.
      target.mergeFrom(update);
      return;
    }
    for (const [key, value] of update.entries()) {
      if (target.has(key)) throw typeError(`${functionStr(callable)} got multiple values for keyword argument '${pyStr(key)}'`);
      target.set(key, value);
    }
    return;
  }
  const keysMethod = typeOf(update).lookup('keys');
  if (keysMethod === undefined) {
    if (callable !== undefined) throw typeError(`${functionStr(callable)} argument after ** must be a mapping, not ${typeOf(update).name}`);
    throw typeError(`'${typeOf(update).name}' object is not a mapping`);
  }
  for (const key of iterableToArray(callUnbound(keysMethod, update, []))) {
    if (callable !== undefined && target.has(key)) {
      throw typeError(`${functionStr(callable)} got multiple values for keyword argument '${pyStr(key)}'`);
    }
    target.set(key, getItem(update, key));
  }
}

/** MAKE_FUNCTION: a function of `code`'s code in the frame's globals, with what the instruction's flags put below it (undefined when absent). */
export function makeFunction(frame: Frame, code: Py, closure: Py | undefined, annotations: Py | undefined, kwdefaults: Py | undefined, defaults: Py | undefined): PyFunction {
  const codeObject = (code as PyCode).code;
  const func = new PyFunction(codeObject, frame.globals, frame.builtins);
  if (closure !== undefined) func.closure = (closure as PyTuple).items as PyCell[];
  if (annotations !== undefined) func.annotations = annotationsDict(annotations);
  if (kwdefaults !== undefined) func.kwdefaults = kwdefaults as PyDict;
  if (defaults !== undefined) func.defaults = (defaults as PyTuple).items;
  // As in 3.11, the doc is the first constant when that is a str: the compiler puts a function's docstring (or None) first.
  const firstConst = codeInfo(codeObject).consts[0];
  func.doc = typeof firstConst === 'string' ? firstConst : null;
  return func;
}

/** LIST_EXTEND: `[*a, *b]`, and the positional arguments of `f(*a, *b)`. */
export function listExtend(list: PyList, iterable: Py): void {
  try {
    for (const item of iterableToArray(iterable)) list.items.push(item);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls === TypeError && !isIterable(iterable)) {
      throw typeError(`Value after * must be an iterable, not ${typeOf(iterable).name}`);
    }
    throw error;
  }
}

/** CHECK_EXC_MATCH: whether the `except type:` clause takes `exc` (a TypeError when `type` cannot be caught). */
export function exceptClauseMatches(exc: Py, type: Py): boolean {
  checkExceptType(type);
  return exceptionMatches(exc, type);
}

/** Whether iter() would accept the value: it has __iter__ or __getitem__ (the checks behind "must be an iterable"). */
function isIterable(value: Py): boolean {
  const type = typeOf(value);
  return type.lookup('__iter__') !== undefined || type.lookup('__getitem__') !== undefined;
}

function checkExceptType(type: Py, star = false): void {
  const valid = type instanceof PyTuple ? type.items.every(isExceptionClass) : isExceptionClass(type);
  if (!valid) throw typeError('catching classes that do not inherit from BaseException is not allowed');
  if (star) {
    const group = (t: Py): boolean => t instanceof PyType && t.isSubtypeOf(BaseExceptionGroup);
    if (type instanceof PyTuple ? type.items.some(group) : group(type)) {
      throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
}

function isExceptionClass(type: Py): boolean {
  return type instanceof PyType && type.isSubtypeOf(BaseException);
}

function exceptionMatches(exc: Py, type: Py): boolean {
  if (!(type instanceof PyTuple)) return isInstance(exc, type);
  for (const item of type.items) if (exceptionMatches(exc, item)) return true;
  return false;
}
