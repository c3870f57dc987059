// The eval loop: runs a frame's 3.11 bytecode until it returns, yields or raises.
//
// One switch over opcodes, as CPython's ceval.c. The value stack and the fast locals
// are JS arrays owned by the frame; `sp` and `ip` live in locals while the frame runs
// and are saved to the frame when it suspends. CACHE entries are skipped by the
// instruction that owns them. An exception is a thrown PyBaseException; the catch at the
// bottom of the loop adds the traceback entry and jumps to the handler the exception
// table names, or leaves the frame.
import { Op } from '../bytecode/opcodes';
import { CodeFlag } from '../bytecode/code';
import type { Py } from '../objects/object';
import { PyDict } from '../objects/dict';
import { iteratesAsDict } from '../objects/dictUpdate';
import { dictType, newDict } from '../objects/dictType';
import { PyList, listType } from '../objects/list';
import { PyTuple, newTuple, tupleType } from '../objects/tuple';
import { PySet, newSet, updateSet } from '../objects/set';
import { PySlice } from '../objects/slice';
import { PyCell, PyFunction, PyMethod, setFunctionCaller } from '../objects/function';
import { PyCode } from '../objects/code';
import { PyTraceback } from '../objects/traceback';
import { PyFloat } from '../objects/float';
import { PyType } from '../objects/type';
import { floatType, typeOf } from '../objects/typeOf';
import {
  AssertionError, BaseException, BaseExceptionGroup, KeyError, NameError, newException, PyBaseException,
  RuntimeError, setExceptionField, StopAsyncIteration, SystemError, TypeError, typeError, UnboundLocalError, ValueError,
} from '../objects/exceptions';
import {
  bindDescriptor, call, callUnbound, type CompareOp, contains, delItem, getAttr, getItem, getIter, isInstance, isTrue, iterableToArray, iterNext, pyLen, pyRepr, pyStr, enterRecursiveCall, leaveRecursiveCall, richCompare, setAttr, setItem,
} from '../objects/protocols';
import { PyNativeIterator } from '../objects/nativeIterator';
import { binaryOp, unaryInvert, unaryNegative, unaryPositive } from '../objects/operators';
import { toPyException } from '../objects/pyErrorConversion';
import { pyFormat } from '../objects/format';
import { strItem } from '../objects/strIndexing';
import { strValue } from '../objects/str';
import { Frame, FrameState } from './frame';
import { AttributeSite, loadAttribute, loadMethod, storeAttribute } from './attributeSites';
import { codeInfo, findHandler, type CodeInfo } from './codeInfo';
import { functionStr } from '../objects/functionMethods';
import { frameForCall, frameForPositionalCall } from './call';
import { threadState } from './threadState';
import { generatorDelegateSend, PyGenerator, SendResult, sendOutcome } from './generator';
import { exceptionGroupSplit, prepareReraiseStar } from './exceptionGroups';
import { matchClass, matchKeys, isMapping, isSequenceForMatch } from './patternMatching';
import { runtimeHooks } from './hooks';
import { setChainedContext } from './exceptionContext';
import { checkEvalBreaker, evalBreaker } from './evalBreaker';

const CALL_CACHES = 4;

/** Runs `func` with the given arguments (the function caller of objects/function.ts). */
export function callPythonFunction(func: PyFunction, args: Py[], kwnames: readonly string[] | null): Py {
  const frame = frameForCall(func, args, kwnames);
  return runFrame(frame);
}

setFunctionCaller(callPythonFunction);

/**
 * Runs (or resumes) `frame`. Returns the value it returned or, for a generator's frame,
 * the value it yielded (frame.state tells which). `thrown` is raised at the resumption
 * point, as generator.throw() does.
 */
export function runFrame(frame: Frame, thrown?: PyBaseException): Py {
  const ts = threadState;
  enterRecursiveCall('');
  frame.back = ts.frame;
  ts.frame = frame;
  frame.state = FrameState.RUNNING;
  try {
    return execute(frame, thrown);
  } finally {
    ts.frame = frame.back;
    leaveRecursiveCall();
  }
}

function execute(frame: Frame, thrown: PyBaseException | undefined): Py {
  const info: CodeInfo = frame.info;
  const units = info.units;
  const consts = info.consts;
  const names = info.names;
  const sites = info.attributeSites;
  const locals = frame.localsplus;
  const stack = frame.stack;
  const ts = threadState;
  let sp = frame.sp;
  let ip = frame.ip;
  let kwnames: string[] | null = null;
  let reraising = false;
  /** Where a RERAISE that restored an earlier lasti was: the exception table is searched from there. */
  let reraisedAt = -1;
  let pending: PyBaseException | undefined = thrown;

  for (;;) {
    try {
      if (pending !== undefined) {
        const exc = pending;
        pending = undefined;
        throw exc;
      }
      for (;;) {
        frame.lasti = ip;
        let word = units[ip++];
        let op = word & 0xff;
        let oparg = word >> 8;
        while (op === Op.EXTENDED_ARG) {
          word = units[ip++];
          op = word & 0xff;
          oparg = (oparg << 8) | (word >> 8);
        }
        switch (op) {
          case Op.NOP:
          case Op.CACHE:
            break;
          case Op.RESUME:
            if (evalBreaker.pending) checkEvalBreaker();
            break;
          case Op.LOAD_FAST: {
            const value = locals[oparg];
            if (value === undefined) throw unboundLocal(info, oparg);
            stack[sp++] = value;
            break;
          }
          case Op.LOAD_CONST:
            stack[sp++] = consts[oparg];
            break;
          case Op.STORE_FAST:
            locals[oparg] = stack[--sp];
            break;
          case Op.DELETE_FAST:
            if (locals[oparg] === undefined) throw unboundLocal(info, oparg);
            locals[oparg] = undefined;
            break;
          case Op.POP_TOP:
            sp--;
            break;
          case Op.PUSH_NULL:
            stack[sp++] = undefined;
            break;
          case Op.COPY:
            stack[sp] = stack[sp - oparg];
            sp++;
            break;
          case Op.SWAP: {
            const top = stack[sp - 1];
            stack[sp - 1] = stack[sp - oparg];
            stack[sp - oparg] = top;
            break;
          }

          // ------------------------------------------------ operators
          case Op.UNARY_POSITIVE:
            stack[sp - 1] = unaryPositive(stack[sp - 1]!);
            break;
          case Op.UNARY_NEGATIVE:
            stack[sp - 1] = unaryNegative(stack[sp - 1]!);
            break;
          case Op.UNARY_NOT:
            stack[sp - 1] = !isTrue(stack[sp - 1]!);
            break;
          case Op.UNARY_INVERT:
            stack[sp - 1] = unaryInvert(stack[sp - 1]!);
            break;
          case Op.BINARY_OP: {
            const right = stack[--sp]!;
            const left = stack[sp - 1]!;
            if (typeof left === 'number' && typeof right === 'number' && (oparg === 0 || oparg === 13)) {
              const sum = left + right;
              stack[sp - 1] = Number.isSafeInteger(sum) ? sum : binaryOp(left, right, oparg);
            } else if (left instanceof PyFloat && right instanceof PyFloat && left.cls === floatType && right.cls === floatType && (oparg === 0 || oparg === 13)) {
              stack[sp - 1] = new PyFloat(left.value + right.value);
            } else if (typeof left === 'string' && typeof right === 'string' && (oparg === 0 || oparg === 13)) {
              stack[sp - 1] = left + right;
            } else {
              stack[sp - 1] = binaryOp(left, right, oparg);
            }
            ip += 1;
            break;
          }
          case Op.COMPARE_OP: {
            const right = stack[--sp]!;
            const left = stack[sp - 1]!;
            stack[sp - 1] = richCompare(left, right, oparg as CompareOp);
            ip += 2;
            break;
          }
          case Op.IS_OP: {
            const right = stack[--sp]!;
            const left = stack[sp - 1]!;
            stack[sp - 1] = isSame(left, right) !== (oparg === 1);
            break;
          }
          case Op.CONTAINS_OP: {
            const container = stack[--sp]!;
            const item = stack[sp - 1]!;
            stack[sp - 1] = contains(container, item) !== (oparg === 1);
            break;
          }
          case Op.BINARY_SUBSCR: {
            const key = stack[--sp]!;
            const container = stack[sp - 1]!;
            if (container instanceof PyList && typeof key === 'number' && container.cls === listType) {
              const items = container.items;
              const index = key < 0 ? key + items.length : key;
              stack[sp - 1] = index >= 0 && index < items.length ? items[index] : getItem(container, key);
            } else if (typeof container === 'string' && typeof key === 'number') {
              stack[sp - 1] = strItem(container, key);
            } else {
              stack[sp - 1] = getItem(container, key);
            }
            ip += 4;
            break;
          }
          case Op.STORE_SUBSCR: {
            const key = stack[--sp]!;
            const container = stack[--sp]!;
            const value = stack[--sp]!;
            setItem(container, key, value);
            ip += 1;
            break;
          }
          case Op.DELETE_SUBSCR: {
            const key = stack[--sp]!;
            const container = stack[--sp]!;
            delItem(container, key);
            break;
          }
          case Op.BUILD_SLICE: {
            const step = oparg === 3 ? stack[--sp]! : null;
            const stop = stack[--sp]!;
            const start = stack[sp - 1]!;
            stack[sp - 1] = new PySlice(start, stop, step);
            break;
          }

          // ------------------------------------------------ names
          case Op.LOAD_GLOBAL: {
            if (oparg & 1) stack[sp++] = undefined;
            const name = names[oparg >> 1];
            let value = frame.globals.getStr(name);
            if (value === undefined) value = loadBuiltin(frame, name);
            stack[sp++] = value;
            ip += 5;
            break;
          }
          case Op.STORE_GLOBAL:
            frame.globals.setStr(names[oparg], stack[--sp]!);
            break;
          case Op.DELETE_GLOBAL:
            if (frame.globals.delete(names[oparg]) === undefined) throw nameError(names[oparg]);
            break;
          case Op.LOAD_NAME:
            stack[sp++] = loadName(frame, names[oparg]);
            break;
          case Op.STORE_NAME:
            storeName(frame, names[oparg], stack[--sp]!);
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
          case Op.LOAD_CLOSURE:
            stack[sp++] = locals[oparg];
            break;
          case Op.LOAD_DEREF: {
            const value = (locals[oparg] as PyCell).contents;
            if (value === undefined) throw unboundFree(info, oparg);
            stack[sp++] = value;
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
          case Op.STORE_DEREF:
            (locals[oparg] as PyCell).contents = stack[--sp];
            break;
          case Op.DELETE_DEREF: {
            const cell = locals[oparg] as PyCell;
            if (cell.contents === undefined) throw unboundFree(info, oparg);
            cell.contents = undefined;
            break;
          }

          // ------------------------------------------------ attributes
          case Op.LOAD_ATTR:
            stack[sp - 1] = loadAttribute(stack[sp - 1]!, names[oparg], (sites[frame.lasti] ??= new AttributeSite()));
            ip += 4;
            break;
          case Op.STORE_ATTR: {
            const owner = stack[--sp]!;
            const value = stack[--sp]!;
            storeAttribute(owner, names[oparg], value, (sites[frame.lasti] ??= new AttributeSite()));
            ip += 4;
            break;
          }
          case Op.DELETE_ATTR:
            setAttr(stack[--sp]!, names[oparg], undefined);
            break;
          case Op.LOAD_METHOD: {
            const owner = stack[sp - 1]!;
            const method = loadMethod(owner, names[oparg], (sites[frame.lasti] ??= new AttributeSite()));
            if (method !== undefined) {
              stack[sp - 1] = method;
              stack[sp++] = owner;
            } else {
              stack[sp - 1] = undefined;
              stack[sp++] = getAttr(owner, names[oparg]);
            }
            ip += 10;
            break;
          }

          // ------------------------------------------------ calls
          case Op.KW_NAMES:
            kwnames = (consts[oparg] as PyTuple).items as string[];
            break;
          case Op.PRECALL:
            ip += 1;
            break;
          case Op.CALL: {
            // The call occupies oparg + 2 slots: [NULL, callable, args...] or [method, self, args...].
            const base = sp - oparg - 2;
            let callable = stack[base];
            let first = base + 1;
            if (callable === undefined) {
              callable = stack[first++]!;
              if (callable instanceof PyMethod) {
                stack[base + 1] = callable.self;
                callable = callable.func;
                first = base + 1;
              }
            }
            const names = kwnames;
            kwnames = null;
            if (evalBreaker.pending) checkEvalBreaker();
            let result: Py;
            const fast = callable instanceof PyFunction && names === null ? frameForPositionalCall(callable, stack, first, sp - first) : undefined;
            if (fast !== undefined) {
              result = runFrame(fast);
            } else {
              const args = stack.slice(first, sp) as Py[];
              result = callable instanceof PyFunction ? runFrame(frameForCall(callable, args, names)) : call(callable!, args, names);
            }
            for (let i = base + 1; i < sp; i++) stack[i] = undefined;
            sp = base + 1;
            stack[base] = result;
            ip += CALL_CACHES;
            break;
          }
          case Op.CALL_FUNCTION_EX: {
            const kwargs = oparg & 1 ? stack[--sp]! : null;
            const positional = stack[--sp]!;
            const callable = stack[--sp]!;
            if (!(positional instanceof PyTuple) && !isIterable(positional)) {
              throw typeError(`${functionStr(callable)} argument after * must be an iterable, not ${typeOf(positional).name}`);
            }
            const args = positional instanceof PyTuple ? positional.items.slice() : iterableToArray(positional);
            let names: string[] | null = null;
            if (kwargs !== null) {
              const entries = (kwargs as PyDict).entries();
              if (entries.length > 0) {
                names = [];
                for (const [key, value] of entries) {
                  const name = strValue(key);
                  if (name === undefined) throw typeError('keywords must be strings');
                  names.push(name);
                  args.push(value);
                }
              }
            }
            stack[sp - 1] = call(callable, args, names);
            break;
          }
          case Op.MAKE_FUNCTION: {
            const code = (stack[--sp] as PyCode).code;
            const func = new PyFunction(code, frame.globals, frame.builtins);
            if (oparg & 0x08) func.closure = (stack[--sp] as PyTuple).items as PyCell[];
            if (oparg & 0x04) func.annotations = annotationsDict(stack[--sp]!);
            if (oparg & 0x02) func.kwdefaults = stack[--sp] as PyDict;
            if (oparg & 0x01) func.defaults = (stack[--sp] as PyTuple).items;
            // As in 3.11, the doc is the first constant when that is a str: the compiler puts a function's docstring (or None) first.
            const firstConst = codeInfo(code).consts[0];
            func.doc = typeof firstConst === 'string' ? firstConst : null;
            stack[sp++] = func;
            break;
          }
          case Op.RETURN_VALUE: {
            const value = stack[--sp]!;
            frame.state = FrameState.COMPLETED;
            frame.sp = sp;
            return value;
          }

          // ------------------------------------------------ building containers
          case Op.BUILD_TUPLE: {
            sp -= oparg;
            // (The slice is taken before `stack[sp++]` moves sp: JS evaluates an assignment's target first.)
            const items = stack.slice(sp, sp + oparg) as Py[];
            stack[sp++] = newTuple(items);
            break;
          }
          case Op.BUILD_LIST: {
            sp -= oparg;
            const items = stack.slice(sp, sp + oparg) as Py[];
            stack[sp++] = new PyList(items);
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
          case Op.BUILD_STRING: {
            sp -= oparg;
            let text = '';
            for (let i = 0; i < oparg; i++) text += stack[sp + i] as string;
            stack[sp++] = text;
            break;
          }
          case Op.LIST_APPEND: {
            const item = stack[--sp]!;
            (stack[sp - oparg] as PyList).items.push(item);
            break;
          }
          case Op.SET_ADD: {
            const item = stack[--sp]!;
            (stack[sp - oparg] as PySet).add(item);
            break;
          }
          case Op.MAP_ADD: {
            const value = stack[--sp]!;
            const key = stack[--sp]!;
            (stack[sp - oparg] as PyDict).set(key, value);
            break;
          }
          case Op.LIST_EXTEND: {
            const iterable = stack[--sp]!;
            const list = stack[sp - oparg] as PyList;
            try {
              for (const item of iterableToArray(iterable)) list.items.push(item);
            } catch (error) {
              if (error instanceof PyBaseException && error.cls === TypeError && !isIterable(iterable)) {
                throw typeError(`Value after * must be an iterable, not ${typeOf(iterable).name}`);
              }
              throw error;
            }
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
            dictMergeInto(stack[sp - oparg] as PyDict, update, null);
            break;
          }
          case Op.DICT_MERGE: {
            const update = stack[--sp]!;
            const callable = stack[sp - oparg - 2]!;
            dictMergeInto(stack[sp - oparg] as PyDict, update, callable);
            break;
          }
          case Op.LIST_TO_TUPLE:
            stack[sp - 1] = newTuple((stack[sp - 1] as PyList).items);
            break;
          case Op.FORMAT_VALUE: {
            const spec = (oparg & 0x04) === 0x04 ? (stack[--sp] as string) : '';
            let value = stack[sp - 1]!;
            switch (oparg & 0x03) {
              case 1: value = pyStr(value); break;
              case 2: value = pyRepr(value); break;
              case 3: value = asciiOf(value); break;
            }
            stack[sp - 1] = typeof value === 'string' && spec === '' ? value : pyFormat(value, spec);
            break;
          }

          // ------------------------------------------------ unpacking
          case Op.UNPACK_SEQUENCE: {
            const sequence = stack[--sp]!;
            const items = unpackItems(sequence, oparg, -1);
            for (let i = oparg - 1; i >= 0; i--) stack[sp++] = items[i];
            ip += 1;
            break;
          }
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

          // ------------------------------------------------ jumps and loops
          case Op.JUMP_FORWARD:
            ip += oparg;
            break;
          case Op.JUMP_BACKWARD:
            ip -= oparg;
            if (evalBreaker.pending) checkEvalBreaker();
            break;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            ip -= oparg;
            break;
          case Op.POP_JUMP_FORWARD_IF_FALSE: {
            const value = stack[--sp]!;
            if (value === false || (value !== true && !isTrue(value))) ip += oparg;
            break;
          }
          case Op.POP_JUMP_FORWARD_IF_TRUE: {
            const value = stack[--sp]!;
            if (value === true || (value !== false && isTrue(value))) ip += oparg;
            break;
          }
          case Op.POP_JUMP_BACKWARD_IF_FALSE: {
            const value = stack[--sp]!;
            if (value === false || (value !== true && !isTrue(value))) {
              ip -= oparg;
              if (evalBreaker.pending) checkEvalBreaker();
            }
            break;
          }
          case Op.POP_JUMP_BACKWARD_IF_TRUE: {
            const value = stack[--sp]!;
            if (value === true || (value !== false && isTrue(value))) {
              ip -= oparg;
              if (evalBreaker.pending) checkEvalBreaker();
            }
            break;
          }
          case Op.POP_JUMP_FORWARD_IF_NONE:
            if (stack[--sp] === null) ip += oparg;
            break;
          case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
            if (stack[--sp] !== null) ip += oparg;
            break;
          case Op.POP_JUMP_BACKWARD_IF_NONE:
            if (stack[--sp] === null) ip -= oparg;
            break;
          case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
            if (stack[--sp] !== null) ip -= oparg;
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
            if (!isTrue(stack[sp - 1]!)) ip += oparg;
            else sp--;
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
            if (isTrue(stack[sp - 1]!)) ip += oparg;
            else sp--;
            break;
          case Op.GET_ITER: {
            const iterable = stack[sp - 1]!;
            stack[sp - 1] = getIter(iterable);
            break;
          }
          case Op.FOR_ITER: {
            const iterator = stack[sp - 1]!;
            const next = iterator instanceof PyNativeIterator ? iterator.next() : iterNext(iterator);
            if (next === undefined) {
              sp--;
              ip += oparg;
            } else {
              stack[sp++] = next;
            }
            break;
          }

          // ------------------------------------------------ exceptions
          case Op.RAISE_VARARGS: {
            const cause = oparg === 2 ? stack[--sp]! : undefined;
            if (oparg === 0) {
              const handled = ts.handled;
              if (handled === null) throw newException(RuntimeError, 'No active exception to reraise');
              reraising = true;
              throw handled;
            }
            const exc = exceptionToRaise(stack[--sp]!);
            if (cause !== undefined) setCause(exc, cause);
            setChainedContext(exc, ts.handled);
            exc.contextPending = false;
            throw exc;
          }
          case Op.RERAISE: {
            const exc = stack[--sp] as PyBaseException;
            // The handler is still looked up from here; the restored lasti is what the frame reports (and pushes again).
            reraisedAt = frame.lasti;
            if (oparg) frame.lasti = stack[sp - oparg] as number;
            reraising = true;
            throw exc;
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
          case Op.CHECK_EXC_MATCH: {
            const type = stack[sp - 1]!;
            checkExceptType(type);
            stack[sp - 1] = exceptionMatches(stack[sp - 2]!, type);
            break;
          }
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
          case Op.BEFORE_WITH: {
            const manager = stack[sp - 1]!;
            const type = typeOf(manager);
            const enter = type.lookup('__enter__');
            const exit = type.lookup('__exit__');
            if (enter === undefined || exit === undefined) {
              throw typeError(`'${type.name}' object does not support the context manager protocol`);
            }
            stack[sp - 1] = bindDescriptor(exit, manager, type);
            stack[sp++] = callUnbound(enter, manager, []);
            break;
          }
          case Op.BEFORE_ASYNC_WITH: {
            const manager = stack[sp - 1]!;
            const type = typeOf(manager);
            const enter = type.lookup('__aenter__');
            const exit = type.lookup('__aexit__');
            if (enter === undefined || exit === undefined) {
              throw typeError(`'${type.name}' object does not support the asynchronous context manager protocol`);
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

          // ------------------------------------------------ generators and coroutines
          case Op.RETURN_GENERATOR: {
            const generator = new PyGenerator(frame, info.code.co_flags);
            frame.owner = generator;
            frame.state = FrameState.CREATED;
            frame.sp = sp;
            frame.ip = ip;
            return generator;
          }
          case Op.YIELD_VALUE: {
            const value = stack[--sp]!;
            frame.state = FrameState.SUSPENDED;
            frame.sp = sp;
            frame.ip = ip;
            return value;
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
          case Op.SEND: {
            const value = stack[--sp]!;
            const receiver = stack[sp - 1]!;
            const result = generatorDelegateSend(receiver, value);
            if (result === SendResult.RETURNED) {
              stack[sp - 1] = sendOutcome.value;
              ip += oparg;
            } else {
              stack[sp++] = sendOutcome.value;
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
          case Op.END_ASYNC_FOR: {
            const exc = stack[--sp]!;
            if (exc instanceof PyBaseException && exc.cls.isSubtypeOf(StopAsyncIteration)) {
              sp--;
            } else {
              reraising = true;
              throw exc;
            }
            break;
          }

          // ------------------------------------------------ classes, imports, annotations
          case Op.LOAD_BUILD_CLASS: {
            const buildClass = frame.builtins.getStr('__build_class__');
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

          // ------------------------------------------------ pattern matching
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
      }
    } catch (caught) {
      const exc = toPyException(caught);
      if (!reraising) {
        if (exc.contextPending) {
          setChainedContext(exc, ts.handled);
          exc.contextPending = false;
        }
        exc.traceback = new PyTraceback(exc.traceback, frame, frame.lasti, frame.lineno);
      }
      reraising = false;
      kwnames = null;
      const handler = findHandler(info, reraisedAt >= 0 ? reraisedAt : frame.lasti);
      reraisedAt = -1;
      if (handler === undefined) {
        frame.state = FrameState.COMPLETED;
        throw exc;
      }
      sp = handler.depth;
      if (handler.lasti) stack[sp++] = frame.lasti;
      stack[sp++] = exc;
      ip = handler.target >> 1;
      for (let i = sp; i < stack.length; i++) stack[i] = undefined;
    }
  }
}

// ---------------------------------------------------------------- helpers of the loop

function isSame(a: Py, b: Py): boolean {
  return a === b;
}

function unboundLocal(info: CodeInfo, index: number): PyBaseException {
  const name = info.code.co_localsplusnames[index];
  return newException(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

function unboundFree(info: CodeInfo, index: number): PyBaseException {
  const name = info.code.co_localsplusnames[index];
  const error = newException(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  setExceptionField(error, 'name', name);
  return error;
}

function nameError(name: string): PyBaseException {
  const error = newException(NameError, `name '${name}' is not defined`);
  setExceptionField(error, 'name', name);
  return error;
}

function loadBuiltin(frame: Frame, name: string): Py {
  const value = frame.builtins.getStr(name);
  if (value === undefined) throw nameError(name);
  return value;
}

function loadName(frame: Frame, name: string): Py {
  const namespace = frame.locals;
  if (namespace instanceof PyDict && namespace.cls === dictType) {
    const value = namespace.getStr(name);
    if (value !== undefined) return value;
  } else if (namespace !== null) {
    try {
      return getItem(namespace, name);
    } catch (error) {
      if (!(error instanceof PyBaseException && error.cls.isSubtypeOf(KeyError))) throw error;
    }
  }
  const global = frame.globals.getStr(name);
  if (global !== undefined) return global;
  return loadBuiltin(frame, name);
}

function storeName(frame: Frame, name: string, value: Py): void {
  const namespace = frame.locals;
  if (namespace instanceof PyDict && namespace.cls === dictType) namespace.setStr(name, value);
  else if (namespace !== null) setItem(namespace, name, value);
  else throw newException(SystemError, `no locals found when storing '${name}'`);
}

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

function asciiOf(value: Py): string {
  return runtimeHooks.ascii(value);
}

/** The items of an unpacked sequence, checked against the counts the target wants (after = -1: exactly `before`). */
function unpackItems(sequence: Py, before: number, after: number): Py[] {
  let items: Py[];
  if ((sequence instanceof PyTuple && sequence.cls === tupleType) || (sequence instanceof PyList && sequence.cls === listType)) {
    items = sequence.items;
  } else {
    const type = typeOf(sequence);
    if (type.lookup('__iter__') === undefined && type.lookup('__getitem__') === undefined) {
      throw typeError(`cannot unpack non-iterable ${type.name} object`);
    }
    if (after < 0) {
      const iterator = getIter(sequence);
      items = [];
      for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
        items.push(item);
        if (items.length > before) throw newException(ValueError, `too many values to unpack (expected ${before})`);
      }
    } else {
      items = iterableToArray(sequence);
    }
  }
  if (after < 0) {
    if (items.length < before) throw newException(ValueError, `not enough values to unpack (expected ${before}, got ${items.length})`);
    if (items.length > before) throw newException(ValueError, `too many values to unpack (expected ${before})`);
    return items;
  }
  if (items.length < before + after) {
    throw newException(ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  return items;
}

function dictMergeInto(target: PyDict, update: Py, callable: Py | null): void {
  // A dict subclass that overrides __iter__ is read through keys() and [] as other mappings are.
  if (iteratesAsDict(update)) {
    if (callable === null) {
      // {**d}: dict.update's merge, which copies the table of a dict into an empty one.
      target.mergeFrom(update);
      return;
    }
    for (const [key, value] of update.entries()) {
      if (callable !== null && target.has(key)) {
        throw typeError(`${functionStr(callable)} got multiple values for keyword argument '${pyStr(key)}'`);
      }
      target.set(key, value);
    }
    return;
  }
  const keysMethod = typeOf(update).lookup('keys');
  if (keysMethod === undefined) {
    if (callable !== null) throw typeError(`${functionStr(callable)} argument after ** must be a mapping, not ${typeOf(update).name}`);
    throw typeError(`'${typeOf(update).name}' object is not a mapping`);
  }
  for (const key of iterableToArray(callUnbound(keysMethod, update, []))) {
    if (callable !== null && target.has(key)) {
      throw typeError(`${functionStr(callable)} got multiple values for keyword argument '${pyStr(key)}'`);
    }
    target.set(key, getItem(update, key));
  }
}

/** Whether iter() would accept the value: it has __iter__ or __getitem__ (the checks behind "must be an iterable"). */
function isIterable(value: Py): boolean {
  const type = typeOf(value);
  return type.lookup('__iter__') !== undefined || type.lookup('__getitem__') !== undefined;
}

/** What `raise X` raises: an exception instance as is, an exception class instantiated. */
function exceptionToRaise(value: Py): PyBaseException {
  if (value instanceof PyType && value.isSubtypeOf(BaseException)) {
    const instance = call(value, []);
    if (!(instance instanceof PyBaseException)) {
      throw typeError(`calling ${pyRepr(value)} should have returned an instance of BaseException, not ${typeOf(instance).name}`);
    }
    return instance;
  }
  if (value instanceof PyBaseException) return value;
  throw typeError('exceptions must derive from BaseException');
}

function setCause(exc: PyBaseException, cause: Py): void {
  if (cause === null) {
    exc.cause = null;
  } else if (cause instanceof PyType && cause.isSubtypeOf(BaseException)) {
    exc.cause = call(cause, []);
  } else if (cause instanceof PyBaseException) {
    exc.cause = cause;
  } else {
    throw typeError('exception causes must derive from BaseException');
  }
  exc.suppressContext = true;
}

function checkExceptType(type: Py, star = false): void {
  const ok = (t: Py): boolean => t instanceof PyType && t.isSubtypeOf(BaseException);
  const valid = type instanceof PyTuple ? type.items.every(ok) : ok(type);
  if (!valid) throw typeError('catching classes that do not inherit from BaseException is not allowed');
  if (star) {
    const group = (t: Py): boolean => t instanceof PyType && t.isSubtypeOf(BaseExceptionGroup);
    if (type instanceof PyTuple ? type.items.some(group) : group(type)) {
      throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
}

function exceptionMatches(exc: Py, type: Py): boolean {
  if (type instanceof PyTuple) return type.items.some((t) => exceptionMatches(exc, t));
  return isInstance(exc, type);
}
