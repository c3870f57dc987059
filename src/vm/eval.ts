// The eval loop: runs a frame's 3.11 bytecode until it returns, yields or raises.
//
// A call of a Python function (not a generator or coroutine function) does not recurse:
// CALL pushes the callee's frame and the loop goes on with it in the same execute(), as
// CPython 3.11 does; its return (or an exception it does not handle) goes back to the
// caller frame, which FrameExit tells. So a thread whose Python calls are all inlined is
// one execute() deep in the JS stack, which lets the thread scheduler (threads.ts)
// suspend it there: the loop returns THREAD_PARKED, its frames keep ip and sp. (Compiled
// code runs the calls of compiled functions nested on the JS stack, a bounded depth;
// wherever one stops, the frames between keep their places and the loop goes on with
// the innermost: jit/compiledCalls.ts.)
//
// One switch over opcodes, as CPython's ceval.c (the seldom-run ones are in
// rareInstructions.ts, to keep this function small for V8). The value stack and the fast locals
// are JS arrays owned by the frame; `sp` and `ip` live in locals while the frame runs
// and are saved to the frame when it suspends. CACHE entries are skipped by the
// instruction that owns them. An exception is a PyBaseException thrown, or returned as
// RAISED (objects/raised.ts); execute(), apart from the loop, adds the traceback entry
// and resumes the frame at the handler the exception table names, or leaves the frame.
import { Op } from '../bytecode/opcodes';
import type { Py } from '../objects/object';
import { PyDict } from '../objects/dict';
import { dictType } from '../objects/dictType';
import { PyList } from '../objects/list';
import { PyTuple, newTuple } from '../objects/tuple';
import { PySet } from '../objects/set';
import { PySlice } from '../objects/slice';
import { functionType, PyCell, PyFunction, setFunctionCaller } from '../objects/function';
import { PyTraceback } from '../objects/traceback';
import { PyType } from '../objects/type';
import { flat } from '../objects/str';
import { PyBaseException, StopAsyncIteration } from '../objects/exceptions';
import {
  call, callUnbound, type CompareOp, contains, getAttrOrRaised, getIter, initReturnError, isTrue, iterNext, pyRepr, pyStr, enterRecursiveCall, leaveRecursiveCall, CALLING_AN_OBJECT, richCompare,
} from '../objects/protocols';
import { PyNativeIterator } from '../objects/nativeIterator';
import { CallableIterator } from '../objects/iteratorTypes';
import { binaryOp, binaryOpInstruction, unaryNegative } from '../objects/operators';
import { toPyException } from '../objects/pyErrorConversion';
import { pyFormat } from '../objects/format';
import { Frame, FrameExit, FrameState, markEscaped, releaseFrame } from './frame';
import { AttributeSite, loadAttribute, loadMethod, storeAttribute } from './attributeSites';
import { GlobalSite, loadGlobal } from './globalSites';
import { findHandler, type CodeInfo } from './codeInfo';
import { noteNativeCall } from './nativeCallSites';
// (Functions that make generators or coroutines are run by runFrame, never inlined: MAKES_GENERATOR.)
import { argumentsOnStack, callableClass, callOnStack, frameForArguments, frameForCall, frameForInstantiation, frameForPositionalCall, inlinedCallFrame, MAKES_GENERATOR, mayBeClass, theCall, unpackCall } from './call';
import { THREAD_PARKED, threadState, type ThreadState } from './threadState';
import { generatorDelegateSend, PyGenerator, SendResult, sendOutcome, topmostHandled } from './generator';
import { runtimeHooks } from './hooks';
import { contextManagerEnter, executeRareInstruction, spreadCall } from './rareInstructions';
import { nameError, unboundFree, unboundLocal } from './nameErrors';
import { unpackItems } from './unpacking';
import { storeSubscript, subscript } from './subscripts';
import { loadName, storeName } from './nameAccess';
import { setChainedContext } from './exceptionContext';
import { raiseVarargs, raising, reraise } from './raiseInstructions';
import { checkEvalBreakerInLoop, evalBreaker } from './evalBreaker';
import { deliverParkedValueTo } from './threads';
import { tierUp } from './jit/compiledTier';
import { type CompiledCode, leave, RAISING, RETURNS, SWITCH_FRAME, SWITCH_FRAME_PARKED, YIELDS } from './jit/compiledExits';
import { RAISED, raised, takePendingRaise, thrownIfRaised } from '../objects/raised';
import { enterObjectCallLevels, enterInlinedFrame, leaveInlinedFrame } from './inlinedFrames';
import { PyCodeRunningBuiltin } from './codeRunningBuiltin';
import { builtinFunctionType } from '../objects/native';
import { MAX_NESTED_RUNS, nestedRuns } from './jit/compiledCalls';
import { frameRunner, traceException, tracesFrames, traceThrowEntry, traceUnwind } from './tracing';

const CALL_CACHES = 4;

/** Runs `func` with the given arguments (the function caller of objects/function.ts). */
export function callPythonFunction(func: PyFunction, args: Py[], kwnames: readonly string[] | null): Py {
  return thrownIfRaised(callPythonFunctionOrRaised(func, args, kwnames));
}

/** callPythonFunction, but RAISED (objects/raised.ts) when the function raises. */
function callPythonFunctionOrRaised(func: PyFunction, args: Py[], kwnames: readonly string[] | null): Py | typeof RAISED {
  const frame = frameForCall(func, args, kwnames);
  if ((func.code.co_flags & MAKES_GENERATOR) !== 0) {
    const generator = startGenerator(frame);
    if (generator !== undefined) return generator;
  }
  const value = runFrameOrRaised(frame);
  // (A frame that raised is not reused: its exception's traceback holds it.)
  if (frame.state === FrameState.COMPLETED) releaseFrame(frame);
  return value;
}

/**
 * The generator (coroutine, async generator) a call of a generator function makes, made
 * without a trip through the loop: the cells and free variables the code sets up first
 * and its RETURN_GENERATOR, run as the loop runs them. Undefined, for the loop to run the
 * frame, while a tracer or profiler watches, or when the code starts otherwise.
 */
function startGenerator(frame: Frame): PyGenerator | undefined {
  const ts = threadState;
  if (tracesFrames(ts)) return undefined;
  const units = frame.info.units;
  let ip = 0;
  while ((units[ip] & 0xff) === Op.MAKE_CELL || (units[ip] & 0xff) === Op.COPY_FREE_VARS) ip++;
  if ((units[ip] & 0xff) !== Op.RETURN_GENERATOR) return undefined;
  // (The recursion limit holds as for any call that enters the loop.)
  enterRecursiveCall('');
  leaveRecursiveCall();
  for (let at = 0; at < ip; at++) executeRareInstruction(frame, units[at] & 0xff, units[at] >> 8, frame.sp);
  // (A coroutine notes where it was made: its caller.)
  frame.back = ts.frame;
  frame.lasti = ip;
  return generatorOf(frame, frame.sp, ip + 1);
}

/** RETURN_GENERATOR: the frame, stopped at `ip` with `sp`, becomes a new generator's (coroutine's, async generator's). */
function generatorOf(frame: Frame, sp: number, ip: number): PyGenerator {
  const generator = new PyGenerator(frame, frame.info.code.co_flags);
  frame.owner = generator;
  frame.state = FrameState.CREATED;
  frame.sp = sp;
  frame.ip = ip;
  return generator;
}

setFunctionCaller(callPythonFunction, callPythonFunctionOrRaised);

/**
 * Runs (or resumes) `frame`. Returns the value it returned or, for a generator's frame,
 * the value it yielded (frame.state tells which). `thrown` is raised at the resumption
 * point, as generator.throw() does.
 */
export function runFrame(frame: Frame, thrown?: PyBaseException): Py {
  return thrownIfRaised(runFrameOrRaised(frame, thrown));
}

/**
 * runFrame, but RAISED (objects/raised.ts) when the frame raises: the exception is thrown
 * once, by whichever caller cannot return it, after this function's clean-up (a throw
 * from inside its `finally` costs V8 a second unwinding, as much as a third of a raise
 * through a native call).
 */
export function runFrameOrRaised(frame: Frame, thrown?: PyBaseException): Py | typeof RAISED {
  const ts = threadState;
  enterRecursiveCall('');
  frame.back = ts.frame;
  ts.frame = frame;
  frame.state = FrameState.RUNNING;
  ts.nested++;
  try {
    const compiled = frame.info.compiled;
    if (tracesFrames(ts)) {
      if (thrown !== undefined) thrown = traceThrowEntry(ts, frame, thrown);
    } else if (compiled !== undefined && thrown === undefined && nestedRuns.depth < MAX_NESTED_RUNS) {
      return runCompiledFrame(ts, frame, compiled);
    }
    return execute(frame, thrown);
  } finally {
    ts.nested--;
    ts.frame = frame.back;
    leaveRecursiveCall();
  }
}

/**
 * Runs (or resumes) a frame with its compiled code, nested, as a compiled caller runs a
 * compiled callee: a call from native code (a sort key, a dunder method) or the next
 * item of a generator then takes no trip through the loop. execute() takes over where
 * the compiled code stops or raises.
 */
function runCompiledFrame(ts: ThreadState, frame: Frame, compiled: CompiledCode): Py | typeof RAISED {
  const depth = nestedRuns.depth++;
  let stop: number;
  try {
    stop = compiled(frame, frame.ip, frame.sp);
  } catch (error) {
    nestedRuns.depth = depth;
    return execute(ts.frame!, error);
  }
  nestedRuns.depth = depth;
  if (stop === RETURNS || stop === YIELDS) return leave(frame, stop);
  if (stop === RAISING) return execute(ts.frame!, takePendingRaise());
  // (Stopped: at an instruction of its own the loop runs, or in a frame it called.)
  if (stop >= 0) frame.ip = stop;
  return execute(ts.frame!, undefined);
}

/**
 * Starts or resumes the frames of a thread the scheduler runs: `frame` is its innermost
 * (entered as runFrame enters one, by the scheduler, when the thread starts), its callers
 * those the loop inlined. Returns the value the thread's first frame returned, or
 * THREAD_PARKED when the thread is suspended again.
 */
export function resumeThreadFrames(frame: Frame, thrown?: PyBaseException): Py {
  return thrownIfRaised(execute(frame, thrown));
}

/**
 * Runs the frames (runFrames) and handles what they raise: unwinds to the handler the
 * exception table names, in the frame that raised or, frame by frame, in its callers.
 * The handling is here, apart from the big loop, because a catch costs V8 a search of
 * the catching function's handler table, linear in its size: in runFrames itself it was
 * most of the cost of a raise. `thrown`, when given, is raised in `entry` first.
 */
function execute(entry: Frame, thrown: unknown): Py | typeof RAISED {
  const ts = threadState;
  const nestedDepth = nestedRuns.depth;
  let frame = entry;
  let caught: unknown = thrown;
  for (;;) {
    if (caught === undefined) {
      try {
        const result = runFrames(ts, frame);
        if (result !== RAISED) return result;
        caught = takePendingRaise();
      } catch (error) {
        caught = error;
        // (The compiled code's nested runs the exception left: compiledCalls.ts.)
        nestedRuns.depth = nestedDepth;
      }
      frame = ts.frame!;
    }
    let exc = toPyException(caught);
    caught = undefined;
    if (!raising.again) {
      if (exc.contextPending) {
        setChainedContext(exc, topmostHandled());
        exc.contextPending = false;
      }
      markEscaped(frame);
      exc.traceback = new PyTraceback(exc.traceback, frame, frame.lasti, frame.lineno);
      if (ts.tracing !== null) exc = traceException(ts, frame, exc);
    }
    raising.again = false;
    const info = frame.info;
    const handler = findHandler(info, raising.reraisedAt >= 0 ? raising.reraisedAt : frame.lasti);
    raising.reraisedAt = -1;
    if (handler === undefined) {
      if (ts.tracing !== null) exc = traceUnwind(ts, frame, exc);
      frame.state = FrameState.COMPLETED;
      if (frame.exit === FrameExit.LEAVE_EXECUTE) return raised(exc);
      // On to the caller frame, where the exception is raised by the CALL (with a traceback entry of its own).
      frame = leaveInlinedFrame(ts, frame);
      caught = exc;
      continue;
    }
    const stack = frame.stack;
    let sp = info.localsplusCount + handler.depth;
    if (handler.lasti) stack[sp++] = frame.lasti;
    stack[sp++] = exc;
    for (let i = sp; i < stack.length; i++) stack[i] = undefined;
    frame.sp = sp;
    frame.ip = handler.target >> 1;
  }
}

/**
 * Runs `entry` and the frames it calls inlined until it returns (or yields), or the
 * thread parks (THREAD_PARKED); what they raise propagates to execute().
 */
function runFrames(ts: ThreadState, entry: Frame): Py | typeof RAISED {
  let frame = entry;

  // One turn per frame the loop switches to (an inlined call, or a return to the caller).
  frames: for (;;) {
    const info: CodeInfo = frame.info;
    const units = info.units;
    const consts = info.consts;
    const names = info.names;
    const sites = info.attributeSites;
    const globalSites = info.globalSites;
    // (The compiled code, or the stepper of a traced frame: chosen again at each check of the eval breaker.)
    let compiled = frameRunner(ts, info);
    const locals = frame.localsplus;
    const stack = frame.stack;
    let sp = frame.sp;
    let ip = frame.ip;
    let kwnames: string[] | null = null;

    // Left (break park) where the thread must be suspended: the frame keeps its ip and sp.
    park: for (;;) {
      if (compiled !== undefined) {
        // The compiled code runs what it can from here; the loop runs the instruction it hands back.
        const next = compiled(frame, ip, sp);
        sp = frame.sp;
        if (next >= 0) {
          ip = next;
        } else if (next === RETURNS || next === YIELDS) {
          // (The return or yield is the loop's to run: at lasti.)
          ip = frame.lasti;
        } else {
          if (next === SWITCH_FRAME) {
            frame = ts.frame!;
            continue frames;
          }
          if (next === SWITCH_FRAME_PARKED) return THREAD_PARKED;
          if (next === RAISING) return RAISED;
          ip = ~next;
          break park;
        }
      }
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
          if (--info.warmth === 0) compiled = warmedUp(ts, info);
          if (evalBreaker.pending && --evalBreaker.countdown < 0) { if (checkEvalBreakerInLoop()) break park; compiled = frameRunner(ts, info); }
          break;
        case Op.LOAD_FAST: {
          const value = locals[oparg];
          if (value === undefined) return raised(unboundLocal(info, oparg));
          stack[sp++] = value;
          break;
        }
        case Op.LOAD_CONST:
          stack[sp++] = consts[oparg];
          break;
        case Op.STORE_FAST:
          locals[oparg] = stack[--sp];
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
        case Op.UNARY_NOT:
          stack[sp - 1] = !isTrue(stack[sp - 1]!);
          break;
        case Op.UNARY_NEGATIVE:
          stack[sp - 1] = unaryNegative(stack[sp - 1]!);
          break;
        case Op.BINARY_OP: {
          const right = stack[--sp]!;
          const left = stack[sp - 1]!;
          if (typeof left === 'number' && typeof right === 'number' && (oparg === 0 || oparg === 13)) {
            const sum = left + right;
            stack[sp - 1] = Number.isSafeInteger(sum) ? sum : binaryOp(left, right, oparg);
          } else if (typeof left === 'string' && typeof right === 'string' && (oparg === 0 || oparg === 13)) {
            stack[sp - 1] = left + right;
          } else {
            const value = binaryOpInstruction(left, right, oparg);
            if (value === RAISED) return RAISED;
            stack[sp - 1] = value;
          }
          ip += 1;
          break;
        }
        case Op.COMPARE_OP: {
          const right = stack[--sp]!;
          const left = stack[sp - 1]!;
          const result = richCompare(left, right, oparg as CompareOp);
          ip += 2;
          // A comparison usually feeds the conditional jump after it (`if a < b:`, `while
          // k < n:`): with a bool, that jump is taken here, without a dispatch of its own
          // (CPython's COMPARE_OP_*_JUMP). A bool's truth raises nothing, so only an
          // interrupt at a backward jump sees the comparison's lasti (on the same line).
          if (typeof result === 'boolean') {
            const next = units[ip];
            const jump = next & 0xff;
            const forward = jump === Op.POP_JUMP_FORWARD_IF_FALSE || jump === Op.POP_JUMP_FORWARD_IF_TRUE;
            if (forward || jump === Op.POP_JUMP_BACKWARD_IF_FALSE || jump === Op.POP_JUMP_BACKWARD_IF_TRUE) {
              sp--;
              ip++;
              if (result === (jump === Op.POP_JUMP_FORWARD_IF_TRUE || jump === Op.POP_JUMP_BACKWARD_IF_TRUE)) {
                if (forward) {
                  ip += next >> 8;
                } else {
                  ip -= next >> 8;
                  if (--info.warmth === 0) compiled = warmedUp(ts, info);
                  if (evalBreaker.pending && --evalBreaker.countdown < 0) { if (checkEvalBreakerInLoop()) break park; compiled = frameRunner(ts, info); }
                }
              }
              continue;
            }
          }
          stack[sp - 1] = result;
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
          const found = container instanceof PyDict && container.cls === dictType ? container.has(item) : contains(container, item);
          stack[sp - 1] = found !== (oparg === 1);
          break;
        }
        case Op.BINARY_SUBSCR: {
          const key = stack[--sp]!;
          const item = subscript(stack[sp - 1]!, key);
          if (item === RAISED) return RAISED;
          stack[sp - 1] = item;
          ip += 4;
          break;
        }
        case Op.STORE_SUBSCR: {
          const key = stack[--sp]!;
          const container = stack[--sp]!;
          storeSubscript(container, key, stack[--sp]!);
          ip += 1;
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
          const value = loadGlobal((globalSites[frame.lasti] ??= new GlobalSite()), frame.globals, frame.builtins, name);
          if (value === undefined) return raised(nameError(name));
          stack[sp++] = value;
          ip += 5;
          break;
        }
        case Op.LOAD_NAME:
          stack[sp++] = loadName(frame, names[oparg], (globalSites[frame.lasti] ??= new GlobalSite()));
          break;
        case Op.STORE_NAME:
          storeName(frame, names[oparg], stack[--sp]!);
          break;
        case Op.LOAD_CLOSURE:
          stack[sp++] = locals[oparg];
          break;
        case Op.LOAD_DEREF: {
          const value = (locals[oparg] as PyCell).contents;
          if (value === undefined) return raised(unboundFree(info, oparg));
          stack[sp++] = value;
          break;
        }
        case Op.STORE_DEREF:
          (locals[oparg] as PyCell).contents = stack[--sp];
          break;

        // ------------------------------------------------ attributes
        case Op.LOAD_ATTR: {
          const value = loadAttribute(stack[sp - 1]!, names[oparg], (sites[frame.lasti] ??= new AttributeSite()));
          if (value === RAISED) return RAISED;
          stack[sp - 1] = value;
          ip += 4;
          break;
        }
        case Op.STORE_ATTR: {
          const owner = stack[--sp]!;
          const value = stack[--sp]!;
          storeAttribute(owner, names[oparg], value, (sites[frame.lasti] ??= new AttributeSite()));
          ip += 4;
          break;
        }
        case Op.LOAD_METHOD: {
          const owner = stack[sp - 1]!;
          const method = loadMethod(owner, names[oparg], (sites[frame.lasti] ??= new AttributeSite()));
          if (method !== undefined) {
            stack[sp - 1] = method;
            stack[sp++] = owner;
          } else {
            const value = getAttrOrRaised(owner, names[oparg]);
            if (value === RAISED) return RAISED;
            stack[sp - 1] = undefined;
            stack[sp++] = value;
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
          unpackCall(stack, base);
          const callable = theCall.callable;
          const first = theCall.first;
          const callsObject = theCall.callsObject;
          const names = kwnames;
          kwnames = null;
          if (evalBreaker.pending && --evalBreaker.countdown < 0) checkEvalBreakerInLoop();
          let result: Py;
          const cls = callableClass(callable!);
          if (cls === functionType) {
            const func = callable as PyFunction;
            const callee = (names === null ? frameForPositionalCall(func, stack, first, sp - first) : undefined) ?? frameForArguments(func, stack, first, sp - first, names);
            if ((func.code.co_flags & MAKES_GENERATOR) === 0) {
              if (callsObject) enterObjectCallLevels();
              else enterRecursiveCall('');
              sp = clearCallSlots(stack, base, sp);
              frame.sp = sp;
              frame.ip = ip + CALL_CACHES;
              frame = enterInlinedFrame(ts, callee, callsObject ? FrameExit.TO_CALLER_AFTER_OBJECT_CALL : FrameExit.TO_CALLER);
              continue frames;
            }
            result = runFrame(callee);
          } else {
            const init = mayBeClass(cls) && callable instanceof PyType ? frameForInstantiation(callable, stack, first, sp - first, names) : undefined;
            if (init !== undefined) {
              if ((init.code.co_flags & MAKES_GENERATOR) === 0) {
                enterObjectCallLevels();
                const instance = init.localsplus[0]!;
                sp = clearCallSlots(stack, base, sp);
                stack[sp++] = instance;
                frame.sp = sp;
                frame.ip = ip + CALL_CACHES;
                frame = enterInlinedFrame(ts, init, FrameExit.TO_CALLER_AFTER_INIT);
                continue frames;
              }
              result = runInit(init);
            } else if (cls === builtinFunctionType && callable instanceof PyCodeRunningBuiltin) {
              const callee = callable.frameFor(argumentsOnStack(stack, first, sp), names);
              enterRecursiveCall('');
              sp = clearCallSlots(stack, base, sp);
              frame.sp = sp;
              frame.ip = ip + CALL_CACHES;
              frame = enterInlinedFrame(ts, callee, FrameExit.TO_CALLER_RETURNING_NONE);
              continue frames;
            } else {
              if (names === null && info.warmth > 0) noteNativeCall(info, ip + CALL_CACHES, stack, base, first, sp, callable);
              const value = callOnStack(callable!, stack, first, sp, names);
              if (value === RAISED) return RAISED;
              result = value;
              // (A native call is where tracing starts, sys.settrace's: the frame is stepped from its next instruction.)
              if (evalBreaker.tracing) compiled = frameRunner(ts, info);
            }
            if (result === THREAD_PARKED) {
              // A blocking call parked the thread: its value is pushed when the scheduler resumes it.
              sp = clearCallSlots(stack, base, sp);
              ip += CALL_CACHES;
              break park;
            }
          }
          for (let i = base + 1; i < sp; i++) stack[i] = undefined;
          sp = base + 1;
          stack[base] = result;
          ip += CALL_CACHES;
          break;
        }
        case Op.CALL_FUNCTION_EX: {
          const spread = spreadCall(stack, sp, oparg);
          const callee = inlinedCallFrame(spread.callable, spread.args, spread.names);
          // The call occupies [NULL, callable, positional, kwargs?]: its value takes the NULL's slot.
          sp = clearCallSlots(stack, sp - (oparg & 1 ? 4 : 3), sp);
          if (callee === undefined) {
            stack[sp++] = call(spread.callable, spread.args, spread.names);
            break;
          }
          enterRecursiveCall('');
          frame.sp = sp;
          frame.ip = ip;
          frame = enterInlinedFrame(ts, callee, FrameExit.TO_CALLER);
          continue frames;
        }
        case Op.BEFORE_WITH: {
          // __enter__ is called as CALL calls: a Python one inlined, a native one allowed to park the thread (a lock's).
          const manager = stack[sp - 1]!;
          const enter = contextManagerEnter(stack, sp);
          const callee = inlinedCallFrame(enter, [manager], null);
          if (callee === undefined) {
            ts.directCall = enter;
            const entered = callUnbound(enter, manager, []);
            if (entered !== THREAD_PARKED) {
              stack[sp++] = entered;
              break;
            }
          } else {
            enterRecursiveCall('');
          }
          if (callee === undefined) break park;
          frame.sp = sp;
          frame.ip = ip;
          frame = enterInlinedFrame(ts, callee, FrameExit.TO_CALLER);
          continue frames;
        }
        case Op.RETURN_VALUE: {
          const value = stack[--sp]!;
          frame.state = FrameState.COMPLETED;
          frame.sp = sp;
          const exit = frame.exit;
          if (exit === FrameExit.LEAVE_EXECUTE) return value;
          const returning = frame;
          frame = leaveInlinedFrame(ts, frame);
          releaseFrame(returning);
          if (exit === FrameExit.TO_CALLER || exit === FrameExit.TO_CALLER_AFTER_OBJECT_CALL) frame.stack[frame.sp++] = value;
          else if (exit === FrameExit.TO_CALLER_RETURNING_NONE) frame.stack[frame.sp++] = null;
          else {
            const error = initReturnError(value);
            if (error !== undefined) return raised(error);
          }
          continue frames;
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
        case Op.BUILD_STRING: {
          sp -= oparg;
          let text = '';
          for (let i = 0; i < oparg; i++) text += stack[sp + i] as string;
          stack[sp++] = flat(text);
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

        // ------------------------------------------------ jumps and loops
        case Op.JUMP_FORWARD:
          ip += oparg;
          break;
        case Op.JUMP_BACKWARD:
          ip -= oparg;
          if (--info.warmth === 0) compiled = warmedUp(ts, info);
          if (evalBreaker.pending && --evalBreaker.countdown < 0) { if (checkEvalBreakerInLoop()) break park; compiled = frameRunner(ts, info); }
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
            if (--info.warmth === 0) compiled = warmedUp(ts, info);
            if (evalBreaker.pending && --evalBreaker.countdown < 0) { if (checkEvalBreakerInLoop()) break park; compiled = frameRunner(ts, info); }
          }
          break;
        }
        case Op.POP_JUMP_BACKWARD_IF_TRUE: {
          const value = stack[--sp]!;
          if (value === true || (value !== false && isTrue(value))) {
            ip -= oparg;
            if (--info.warmth === 0) compiled = warmedUp(ts, info);
            if (evalBreaker.pending && --evalBreaker.countdown < 0) { if (checkEvalBreakerInLoop()) break park; compiled = frameRunner(ts, info); }
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
          let next: Py | undefined;
          if (!(iterator instanceof PyNativeIterator)) next = iterNext(iterator);
          else if (iterator instanceof CallableIterator && ts.parkable && ts.nested === 0) {
            next = nextCalling(iterator, ts);
            if (next === THREAD_PARKED) {
              // The callable blocks (`for job in iter(queue.get, None)`): this FOR_ITER runs again when the thread resumes, with the call's value.
              ip = frame.lasti;
              break park;
            }
          } else next = iterator.next();
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
          return raiseVarargs(oparg, oparg === 0 ? undefined : stack[--sp]!, cause);
        }
        case Op.RERAISE: {
          const exc = stack[--sp]!;
          return reraise(frame, exc, oparg ? (stack[sp - oparg] as number) : -1);
        }

        // ------------------------------------------------ generators and coroutines
        case Op.RETURN_GENERATOR:
          return generatorOf(frame, sp, ip);
        case Op.YIELD_VALUE: {
          const value = stack[--sp]!;
          frame.state = FrameState.SUSPENDED;
          frame.sp = sp;
          frame.ip = ip;
          return value;
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
        case Op.END_ASYNC_FOR: {
          const exc = stack[--sp]!;
          if (exc instanceof PyBaseException && exc.cls.isSubtypeOf(StopAsyncIteration)) {
            sp--;
          } else {
            return reraise(frame, exc, -1);
          }
          break;
        }

        default:
          sp = executeRareInstruction(frame, op, oparg, sp);
      }
    }
    frame.ip = ip;
    frame.sp = sp;
    return THREAD_PARKED;
  }
}

// ---------------------------------------------------------------- helpers of the loop

/** Compiles code whose warm-up count ran out: what the loop runs its frame with from here (still the stepper, while the thread traces). */
function warmedUp(ts: ThreadState, info: CodeInfo): CompiledCode | undefined {
  tierUp(info);
  return frameRunner(ts, info);
}

/** Empties the slots of a call (callable and arguments) from `base` on: the stack pointer after them. */
function clearCallSlots(stack: (Py | undefined)[], base: number, sp: number): number {
  for (let i = base; i < sp; i++) stack[i] = undefined;
  return base;
}

/** Runs the frame of __init__ that frameForInstantiation made; the call's value is the new instance, as type.__call__'s is. */
function runInit(frame: Frame): Py {
  const instance = frame.localsplus[0]!;
  // Calling a class goes through tp_call, which CPython counts as a level of recursion.
  enterRecursiveCall(CALLING_AN_OBJECT);
  try {
    const error = initReturnError(runFrame(frame));
    if (error !== undefined) throw error;
  } finally {
    leaveRecursiveCall();
  }
  return instance;
}

function isSame(a: Py, b: Py): boolean {
  return a === b;
}

function asciiOf(value: Py): string {
  return runtimeHooks.ascii(value);
}

/**
 * FOR_ITER's next of iter(callable, sentinel) in a thread that can park: the callable
 * called as CALL calls it, so that a blocking one may park the thread (THREAD_PARKED);
 * its value then comes back to the iterator, for this FOR_ITER, run again, to take.
 */
const parkedCallValues = new WeakMap<CallableIterator, Py>();

function nextCalling(iterator: CallableIterator, ts: ThreadState): Py | undefined {
  const callable = iterator.target;
  if (callable === undefined) return undefined;
  const delivered = parkedCallValues.get(iterator);
  if (delivered !== undefined) {
    parkedCallValues.delete(iterator);
    return iterator.outcome(() => delivered);
  }
  let value: Py;
  try {
    ts.directCall = callable;
    value = call(callable, []);
  } catch (error) {
    return iterator.outcome(() => {
      throw error;
    });
  }
  if (value !== THREAD_PARKED) return iterator.outcome(() => value);
  deliverParkedValueTo((result) => parkedCallValues.set(iterator, result));
  return THREAD_PARKED;
}
