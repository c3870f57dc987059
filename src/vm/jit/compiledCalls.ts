// What compiled code calls for its CALL and FOR_ITER instructions: the loop's ways of
// making a call and of taking an iterator's next item, kept out of the compiled
// function's body (a body V8 compiles slower the bigger it is, and throws away whenever
// a path of it runs for the first time).
import type { Py } from '../../objects/object';
import { functionType, PyFunction } from '../../objects/function';
import { PyType } from '../../objects/type';
import { PyNativeIterator } from '../../objects/nativeIterator';
import { CallableIterator } from '../../objects/iteratorTypes';
import { call, enterRecursiveCall, initReturnError, iterNext } from '../../objects/protocols';
import { type Frame, FrameExit, releaseFrame } from '../frame';
import { argumentsOnStack, callableClass, callOnStack, frameForArguments, frameForInstantiation, frameForPositionalCall, inlinedCallFrame, MAKES_GENERATOR, mayBeClass, theCall, unpackCall } from '../call';
import { spreadCall } from '../rareInstructions';
import { checkEvalBreakerInLoop, evalBreaker } from '../evalBreaker';
import { THREAD_PARKED, threadState } from '../threadState';
import { enterObjectCallLevels, enterInlinedFrame, leaveInlinedFrame } from '../inlinedFrames';
import { PyCodeRunningBuiltin } from '../codeRunningBuiltin';
import { builtinFunctionType } from '../../objects/native';
import { RAISED } from '../../objects/raised';
import type { CodeInfo } from '../codeInfo';
import { type CompiledCode, leave, RAISING, RETURNS, SWITCH_FRAME, SWITCH_FRAME_PARKED } from './compiledExits';

/** What nextForCompiledCode returns instead of an item: hand the FOR_ITER back to the loop. */
export const CALL_HANDED_BACK = Symbol('handed back');
/** What a call returns instead of its value when the compiled caller is to stop, returning compiledCall.exit (compiledExits.ts); its ip and sp are saved. */
export const CALLER_STOPS = Symbol('caller stops');

/** Compiles a callee's code whose warm-up has run out: compiledTier.ts's tierUp, set there (that file imports this one). */
export const calleeTier = { up: (_info: CodeInfo): CompiledCode | undefined => undefined };

/** The code a compiled caller that stopped (CALLER_STOPS) returns. */
export const compiledCall = { exit: 0 };

/**
 * How many compiled runs are nested in one another's calls on the JS stack. Past a bound
 * a call goes through the loop instead, so that deep Python recursion stays off the JS
 * stack. (An exception leaving nested runs resets the count in the loop's execute().)
 */
export const nestedRuns = { depth: 0 };
export const MAX_NESTED_RUNS = 64;

/**
 * CALL with `S[base]` to `S[top - 1]` the callable's slots and arguments (KW_NAMES's names,
 * if any, name the last ones), as the loop makes it: the frame of a Python function (or of
 * a method of one, or of the Python __call__ of an instance called), of the Python
 * __init__ of a class called, or of exec's code, made and run (enterCallee); anything
 * else called here, as the loop calls it (callOnStack).
 */
export function callFromCompiledCode(frame: Frame, S: (Py | undefined)[], base: number, top: number, kwnames: readonly string[] | null, next: number): Py | symbol {
  unpackCall(S, base);
  const callable = theCall.callable;
  const first = theCall.first;
  const exit = theCall.callsObject ? FrameExit.TO_CALLER_AFTER_OBJECT_CALL : FrameExit.TO_CALLER;
  if (evalBreaker.pending && --evalBreaker.countdown < 0) checkEvalBreakerInLoop();
  const cls = callableClass(callable);
  if (cls === functionType && ((callable as PyFunction).code.co_flags & MAKES_GENERATOR) === 0) {
    const func = callable as PyFunction;
    let callee = kwnames === null ? frameForPositionalCall(func, S, first, top - first) : undefined;
    if (callee === undefined) {
      callee = frameForArguments(func, S, first, top - first, kwnames);
      for (let i = first; i < top; i++) S[i] = undefined;
    }
    // (The arguments' slots are empty: the frame took them.)
    S[base] = S[base + 1] = undefined;
    return enterCallee(frame, callee, base, next, exit);
  }
  if (mayBeClass(cls) && callable instanceof PyType) {
    const init = frameForInstantiation(callable, S, first, top - first, kwnames);
    if (init !== undefined && (init.code.co_flags & MAKES_GENERATOR) === 0) {
      for (let i = base; i < top; i++) S[i] = undefined;
      return enterCallee(frame, init, base, next, FrameExit.TO_CALLER_AFTER_INIT);
    }
  }
  if (cls === builtinFunctionType && callable instanceof PyCodeRunningBuiltin) {
    const callee = callable.frameFor(argumentsOnStack(S, first, top), kwnames);
    for (let i = base; i < top; i++) S[i] = undefined;
    return enterCallee(frame, callee, base, next, FrameExit.TO_CALLER_RETURNING_NONE);
  }
  const result = callOnStack(callable, S, first, top, kwnames);
  for (let i = base + 1; i < top; i++) S[i] = undefined;
  if (result === RAISED) return callerStops(RAISING);
  if (result !== THREAD_PARKED) return result;
  S[base] = undefined;
  frame.sp = base;
  return callerStops(~next);
}

/**
 * Enters the frame of a Python call a compiled function made, the call's slots from
 * `base` up emptied, returning as `exit` says: of a function, of an instance's __call__,
 * of exec's code (the call's value is None), or of the __init__ of a class called (the
 * new instance, its self, is then the call's value). Runs it with its compiled code, one JS
 * call deeper, when it has some, and gives back the call's value; else, or when the
 * callee stops at an instruction the loop runs, the caller stops for the loop to go on
 * with the callee.
 */
function enterCallee(frame: Frame, callee: Frame, base: number, next: number, exit: FrameExit): Py | symbol {
  const ts = threadState;
  if (exit === FrameExit.TO_CALLER || exit === FrameExit.TO_CALLER_RETURNING_NONE) enterRecursiveCall('');
  else enterObjectCallLevels();
  enterInlinedFrame(ts, callee, exit);
  const instance = exit === FrameExit.TO_CALLER_AFTER_INIT ? callee.localsplus[0] : undefined;
  // The caller's place after its CALL is saved first: the loop goes on from there when
  // the callee's frame ends in the loop (a stop below, or an exception the callee handles).
  if (instance === undefined) {
    frame.sp = base;
  } else {
    // (The new instance is the call's value: its __init__'s caller takes it.)
    frame.localsplus[base] = instance;
    frame.sp = base + 1;
  }
  frame.ip = next;
  const info = callee.info;
  // A callee whose warm-up runs out with this call is compiled here, as the loop would
  // compile it at its RESUME, so that it runs nested: else its caller stops, and is
  // resumed at the instruction after the call, which takes a second compiled form of the
  // caller (its resumable one, as big again) made for that alone.
  const compiled = info.compiled ?? (info.warmth === 1 ? calleeTier.up(info) : undefined);
  if (compiled === undefined || nestedRuns.depth >= MAX_NESTED_RUNS) return callerStops(SWITCH_FRAME);
  nestedRuns.depth++;
  const stop = compiled(callee, 0, callee.sp);
  nestedRuns.depth--;
  // (A function's frame: it leaves by returning, never by a yield.)
  if (stop === RETURNS) {
    const value = leave(callee, stop);
    leaveInlinedFrame(ts, callee);
    releaseFrame(callee);
    if (exit === FrameExit.TO_CALLER_RETURNING_NONE) return null;
    if (instance === undefined) return value;
    const error = initReturnError(value);
    if (error !== undefined) throw error;
    return instance;
  }
  // The callee stopped where the loop takes over: the loop goes on with the running frame.
  if (stop >= 0) {
    callee.ip = stop;
    return callerStops(SWITCH_FRAME);
  }
  if (stop === SWITCH_FRAME || stop === SWITCH_FRAME_PARKED || stop === RAISING) return callerStops(stop);
  // (Parked in a call.)
  callee.ip = ~stop;
  return callerStops(SWITCH_FRAME_PARKED);
}

function callerStops(exit: number): symbol {
  compiledCall.exit = exit;
  return CALLER_STOPS;
}

/**
 * CALL_FUNCTION_EX with `S[top - 3]` or `S[top - 4]` its first slot, as the loop makes it:
 * the frame of a Python function made and run (enterCallee), else the call's value.
 */
export function callSpreadFromCompiledCode(frame: Frame, S: (Py | undefined)[], top: number, oparg: number, next: number): Py | symbol {
  const spread = spreadCall(S, top, oparg);
  const callee = inlinedCallFrame(spread.callable, spread.args, spread.names);
  const base = top - (oparg & 1 ? 4 : 3);
  for (let i = base; i < top; i++) S[i] = undefined;
  if (callee === undefined) return call(spread.callable, spread.args, spread.names);
  return enterCallee(frame, callee, base, next, FrameExit.TO_CALLER);
}

/**
 * FOR_ITER's next item, undefined when the iterator is exhausted, or CALL_HANDED_BACK for
 * a blocking callable's iterator (iter(queue.get, None)), which may park the thread: the
 * loop takes that one.
 */
export function nextForCompiledCode(iterator: Py): Py | undefined | symbol {
  if (!(iterator instanceof PyNativeIterator)) return iterNext(iterator);
  if (iterator instanceof CallableIterator && threadState.parkable && threadState.nested === 0) return CALL_HANDED_BACK;
  return iterator.next();
}
