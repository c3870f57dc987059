// What compiled code calls for its CALL and FOR_ITER instructions: the loop's ways of
// making a call and of taking an iterator's next item, kept out of the compiled
// function's body (a body V8 compiles slower the bigger it is, and throws away whenever
// a path of it runs for the first time).
import type { Py } from '../../objects/object';
import { PyFunction, PyMethod } from '../../objects/function';
import { PyType } from '../../objects/type';
import { PyNativeIterator } from '../../objects/nativeIterator';
import { CallableIterator } from '../../objects/iteratorTypes';
import { call, iterNext } from '../../objects/protocols';
import type { Frame } from '../frame';
import { argumentsOnStack, callOnStack, frameForCall, frameForPositionalCall, inlinedCallFrame, MAKES_GENERATOR } from '../call';
import { spreadCall } from '../rareInstructions';
import { checkEvalBreakerInLoop, evalBreaker } from '../evalBreaker';
import { THREAD_PARKED, threadState } from '../threadState';

/** What callFromCompiledCode returns instead of a call's value: hand the CALL back to the loop. */
export const CALL_HANDED_BACK = Symbol('handed back');
/** The loop is to run the callee's frame (compiledCall.callee); the caller's ip and sp are saved. */
export const CALLEE_MADE = Symbol('callee made');
/** A blocking call parked the thread; the caller's sp is saved. */
export const CALL_PARKED = Symbol('parked');

/** The frame of the call a compiled function made, for the loop to enter. */
export const compiledCall = { callee: undefined as Frame | undefined };

/**
 * CALL with `S[base]` to `S[top - 1]` the callable's slots and arguments (KW_NAMES's names,
 * if any, name the last ones), as the loop makes it: the frame of a Python function (or of
 * a method of one) made for the loop to run; a class that may have a Python __init__
 * handed back to the loop; anything else called here, as the loop calls it (callOnStack).
 */
export function callFromCompiledCode(frame: Frame, S: (Py | undefined)[], base: number, top: number, kwnames: readonly string[] | null, next: number): Py | symbol {
  let callable = S[base];
  let first = base + 1;
  if (callable === undefined) {
    callable = S[base + 1]!;
    first = base + 2;
  }
  if (callable instanceof PyType && callable.isHeapType) return CALL_HANDED_BACK;
  if (first === base + 2 && callable instanceof PyMethod && callable.func instanceof PyFunction) {
    S[base + 1] = callable.self;
    callable = callable.func;
    first = base + 1;
  }
  if (evalBreaker.pending && --evalBreaker.countdown < 0) checkEvalBreakerInLoop();
  if (callable instanceof PyFunction && (callable.code.co_flags & MAKES_GENERATOR) === 0) {
    compiledCall.callee =
      (kwnames === null ? frameForPositionalCall(callable, S, first, top - first) : undefined) ??
      frameForCall(callable, argumentsOnStack(S, first, top), kwnames);
    for (let i = base; i < top; i++) S[i] = undefined;
    frame.sp = base;
    frame.ip = next;
    return CALLEE_MADE;
  }
  const result = callOnStack(callable, S, first, top, kwnames);
  for (let i = base + 1; i < top; i++) S[i] = undefined;
  if (result !== THREAD_PARKED) return result;
  S[base] = undefined;
  frame.sp = base;
  return CALL_PARKED;
}

/**
 * CALL_FUNCTION_EX with `S[top - 3]` or `S[top - 4]` its first slot, as the loop makes it:
 * the frame of a Python function made for the loop to run (CALLEE_MADE), else the call's value.
 */
export function callSpreadFromCompiledCode(frame: Frame, S: (Py | undefined)[], top: number, oparg: number, next: number): Py | symbol {
  const spread = spreadCall(S, top, oparg);
  const callee = inlinedCallFrame(spread.callable, spread.args, spread.names);
  const base = top - (oparg & 1 ? 4 : 3);
  for (let i = base; i < top; i++) S[i] = undefined;
  if (callee === undefined) return call(spread.callable, spread.args, spread.names);
  compiledCall.callee = callee;
  frame.sp = base;
  frame.ip = next;
  return CALLEE_MADE;
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
