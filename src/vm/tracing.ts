// sys.settrace and sys.setprofile: the events CPython 3.11 reports to a thread's trace
// and profile functions, and where the VM reports them.
//
// While a thread traces or profiles, the loop runs each frame's instructions one at a
// time through traceInstruction, in the place of compiled code (the loop's `compiled`
// slot, which it already tests before every instruction: the untraced pay nothing for
// it). The loop chooses how to run a frame when it enters it, at each check of the eval
// breaker, which keeps looking while the thread traces (evalBreaker.tracing), so that
// compiled code hands a running frame back at its next RESUME or backward jump, and after
// a call of a built-in (sys.settrace's own) while the thread traces.
//
// Events, as CPython's ceval.c and sysmodule.c make them:
// - 'call' at each RESUME (a frame starting, or a generator resumed), to the trace
//   function, whose value becomes the frame's f_trace; also when a throw() resumes one;
// - 'line' to f_trace, before an instruction that starts a line other than the last
//   instruction's, or that a backward jump lands on (not a jump back to SEND: yield from);
//   'opcode' before every instruction, while f_trace_opcodes is set;
// - 'return' before RETURN_VALUE and YIELD_VALUE, with the value; with None when an
//   exception leaves the frame (execute() reports that, and 'exception'); 'exception'
//   also for the StopIteration that ends a `yield from`, an `await` or a for loop over
//   a Python iterator, which CPython's SEND and FOR_ITER report while tracing;
// - to the profile function, 'call' and 'return' likewise, and 'c_call', 'c_return' and
//   'c_exception' around each call of a built-in function by CALL or CALL_FUNCTION_EX.
// A local trace function's value replaces f_trace unless it is None. A trace function that
// raises is unset (as f_trace is), and its exception is raised in the frame. Nothing is
// traced while a trace or profile function runs. A trace function may set f_lineno to
// jump (lineJump.ts).
import { Op } from '../bytecode/opcodes';
import type { Py } from '../objects/object';
import { call, callUnbound } from '../objects/protocols';
import { PyFunction } from '../objects/function';
import { PyNativeIterator } from '../objects/nativeIterator';
import { newTuple, PyTuple } from '../objects/tuple';
import { typeOf } from '../objects/typeOf';
import { newException, PyBaseException, StopIteration } from '../objects/exceptions';
import { builtinFunctionType, methodDescriptorType, PyBuiltinFunction, PyMethodDescriptor } from '../objects/native';
import { raised } from '../objects/raised';
import { toPyException } from '../objects/pyErrorConversion';
import type { Frame } from './frame';
import { addressToLine, type CodeInfo } from './codeInfo';
import { frameObject } from './frameObject';
import { takeLineJump } from './lineJump';
import { generatorType, PyGenerator, SendResult, sendOutcome } from './generator';
import { frameLocals, localsTaken, writeLocalsBack } from './frameLocals';
import { evalBreaker, lookAtNextCheck } from './evalBreaker';
import { THREAD_PARKED, threadState, type ThreadState } from './threadState';
import { type CompiledCode, RAISING } from './jit/compiledExits';

/** A thread's trace and profile functions (CPython's c_tracefunc and c_profilefunc). */
export interface ThreadTracing {
  trace: Py;
  profile: Py;
  /** Whether one of them is running: nothing is traced meanwhile (CPython's tstate->tracing). */
  running: boolean;
  /** The event a trace function is being called for (null when none is): whether it may set f_lineno. */
  event: string | null;
}

/** sys.settrace: the running thread's trace function (None: none). */
export function setTraceFunction(trace: Py): void {
  setTracing(trace, threadState.tracing?.profile ?? null);
}

/** sys.setprofile: the running thread's profile function (None: none). */
export function setProfileFunction(profile: Py): void {
  setTracing(threadState.tracing?.trace ?? null, profile);
}

/** sys.gettrace. */
export function traceFunction(): Py {
  return threadState.tracing?.trace ?? null;
}

/** sys.getprofile. */
export function profileFunction(): Py {
  return threadState.tracing?.profile ?? null;
}

function setTracing(trace: Py, profile: Py): void {
  const ts = threadState;
  const tracing = ts.tracing;
  if (tracing === null) {
    if (trace !== null || profile !== null) ts.tracing = { trace, profile, running: false, event: null };
  } else {
    tracing.trace = trace;
    tracing.profile = profile;
    // (Unset from a trace function, it is dropped when that returns: nothing is traced until then.)
    if (!tracing.running) dropUnusedTracing(ts);
  }
  evalBreaker.tracing = ts.tracing !== null;
  // The loops running this thread's frames choose again how they run them at their next check.
  lookAtNextCheck();
}

/** Drops the thread's tracing once it has neither function, so that the loop no longer steps. */
function dropUnusedTracing(ts: ThreadState): void {
  const tracing = ts.tracing;
  if (tracing !== null && tracing.trace === null && tracing.profile === null) {
    ts.tracing = null;
    evalBreaker.tracing = false;
  }
}

/** Whether the loop steps through the frames it runs now (traceInstruction). */
export function tracesFrames(ts: ThreadState): boolean {
  const tracing = ts.tracing;
  return tracing !== null && !tracing.running;
}

/** What the loop runs a frame's instructions with: traceInstruction while the thread traces, else the code's compiled function, if any. */
export function frameRunner(ts: ThreadState, info: CodeInfo): CompiledCode | undefined {
  return tracesFrames(ts) ? traceInstruction : info.compiled;
}

// ---------------------------------------------------------------- stepping

/**
 * Reports the events due before the instruction at `ip` (a CompiledCode, run by the loop
 * before each instruction of a traced frame): the instruction the loop runs next, or
 * RAISING when a trace function raised. frame.lasti is still the instruction run before.
 */
export function traceInstruction(frame: Frame, ip: number, sp: number): number {
  frame.sp = sp;
  const ts = threadState;
  const tracing = ts.tracing;
  if (tracing === null || tracing.running) {
    // Tracing ended: the loop goes back to compiled code at its next check.
    if (tracing === null) lookAtNextCheck();
    return ip;
  }
  const info = frame.info;
  const previous = frame.lasti;
  frame.lasti = ip;
  const firstTraceable = firstTraceableOf(info);
  // (Before the first RESUME: MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR, the generator's POP_TOP.)
  if (ip < firstTraceable) return ip;
  const units = info.units;
  let op = units[ip] & 0xff;
  try {
    if (op === Op.RESUME) {
      // (A trace function that set f_lineno at a yield's 'return': the frame resumes there, past this RESUME.)
      const resumption = takeLineJump(frame);
      if (resumption !== undefined) {
        frame.lasti = resumption - 1;
        return traceInstruction(frame, resumption, frame.sp);
      }
      traceEntry(tracing, frame);
      return ip;
    }
    if (tracing.trace !== null) {
      // (SEND jumps past its loop when its delegate returned.)
      if (previous >= 0 && (units[previous] & 0xff) === Op.SEND && ip === previous + 1 + (units[previous] >> 8)) traceDelegateReturn(tracing, frame, sp);
      const jump = traceLineAndOpcode(tracing, frame, previous, firstTraceable, op);
      // (The instruction jumped to runs untraced, as CPython's does.)
      if (jump !== undefined) return jump;
    }
    let at = ip;
    while (op === Op.EXTENDED_ARG) op = units[++at] & 0xff;
    if (op === Op.RETURN_VALUE || op === Op.YIELD_VALUE) traceExit(tracing, frame, frame.stack[sp - 1]!);
    else if ((op === Op.CALL || op === Op.CALL_FUNCTION_EX) && tracing.profile !== null) profileNativeCallee(frame, sp, op, units[at] >> 8);
    else if (op === Op.FOR_ITER && tracing.trace !== null) {
      const next = traceForIter(tracing, frame, ip, sp, units[at] >> 8);
      if (next !== undefined) return next;
    } else if (op === Op.SEND) sendsReportingNone.set(frame, !(frame.stack[sp - 1] === null && typeOf(frame.stack[sp - 2]!) === generatorType));
  } catch (error) {
    raised(toPyException(error));
    return RAISING;
  }
  return ip;
}

const firstTraceables = new WeakMap<CodeInfo, number>();

/** The index of the code's first RESUME (CPython's _co_firsttraceable): nothing before it is traced. */
function firstTraceableOf(info: CodeInfo): number {
  let first = firstTraceables.get(info);
  if (first === undefined) {
    const units = info.units;
    first = 0;
    while (first < units.length && (units[first] & 0xff) !== Op.RESUME) first++;
    firstTraceables.set(info, first);
  }
  return first;
}

function lineAt(info: CodeInfo, index: number): number {
  return addressToLine(info, index) ?? -1;
}

/**
 * 'line' (when a line starts, or a backward jump lands) and 'opcode' events, to the
 * frame's f_trace (maybe_call_line_trace): the instruction to go on at when the trace
 * function set f_lineno (lineJump.ts).
 */
function traceLineAndOpcode(tracing: ThreadTracing, frame: Frame, previous: number, firstTraceable: number, op: number): number | undefined {
  const wrapper = frameObject(frame);
  if (wrapper.trace === null) return undefined;
  const info = frame.info;
  const ip = frame.lasti;
  const line = lineAt(info, ip);
  let jump: number | undefined;
  if (line !== -1 && wrapper.traceLines) {
    const lastLine = previous <= firstTraceable ? -1 : lineAt(info, previous);
    if (line !== lastLine || (ip < previous && op !== Op.SEND)) {
      dispatchTrace(tracing, frame, 'line', null);
      jump = takeLineJump(frame);
      if (jump !== undefined) frame.lasti = jump;
    }
  }
  if (wrapper.traceOpcodes && wrapper.trace !== null) dispatchTrace(tracing, frame, 'opcode', null);
  return jump;
}

/**
 * Whether the frame's last SEND, if its delegate returns None, reports a StopIteration:
 * CPython's SEND, while tracing, takes a generator's next item by tp_iternext, which
 * raises no StopIteration for a None it returns; any other delegate raises one.
 */
const sendsReportingNone = new WeakMap<Frame, boolean>();

/**
 * 'exception' for the StopIteration of a SEND's delegate that returned (`yield from`,
 * `await`), which CPython's SEND reports while tracing: the value returned is on the stack.
 */
function traceDelegateReturn(tracing: ThreadTracing, frame: Frame, sp: number): void {
  const value = frame.stack[sp - 1]!;
  if (value === null && !sendsReportingNone.get(frame)) return;
  const stop = newException(StopIteration, ...(value === null ? [] : [value]));
  dispatchTrace(tracing, frame, 'exception', newTuple([StopIteration, stop, null]));
}

/**
 * FOR_ITER, run here when its iterator's end is reported: CPython's FOR_ITER, while
 * tracing, reports the StopIteration an iterator raises (a generator's only when it
 * returns a value other than None). Runs the instruction and steps on to the next (the
 * instruction the loop runs next); undefined when the loop is to run it (an iterator of
 * built-in code, whose end raises nothing).
 */
function traceForIter(tracing: ThreadTracing, frame: Frame, ip: number, sp: number, oparg: number): number | undefined {
  const stack = frame.stack;
  const iterator = stack[sp - 1]!;
  let item: Py | undefined;
  let stop: PyBaseException | null = null;
  if (iterator instanceof PyGenerator && iterator.cls === generatorType) {
    const returned = iterator.resume(null) === SendResult.RETURNED;
    const value = sendOutcome.value;
    if (!returned) item = value;
    else if (value !== null) stop = newException(StopIteration, value);
  } else {
    const method = iterator instanceof PyNativeIterator ? undefined : typeOf(iterator).lookup('__next__');
    if (!(method instanceof PyFunction)) return undefined;
    try {
      item = callUnbound(method, iterator, []);
    } catch (error) {
      if (!(error instanceof PyBaseException && error.cls.isSubtypeOf(StopIteration))) throw error;
      stop = error;
    }
  }
  if (stop !== null) dispatchTrace(tracing, frame, 'exception', newTuple([stop.cls, stop, stop.traceback]));
  let next = ip + 1;
  if (item === undefined) {
    stack[--sp] = undefined;
    next += oparg;
  } else {
    stack[sp++] = item;
  }
  return traceInstruction(frame, next, sp);
}

/** 'call' to the trace and the profile function: a frame starts or resumes. */
function traceEntry(tracing: ThreadTracing, frame: Frame): void {
  if (tracing.trace !== null) dispatchTrace(tracing, frame, 'call', null);
  if (tracing.profile !== null) dispatchProfile(tracing, frame, 'call', null);
}

/** 'return' to the trace and the profile function: the frame returns or yields `value` (None when an exception leaves it). */
function traceExit(tracing: ThreadTracing, frame: Frame, value: Py): void {
  if (tracing.trace !== null) dispatchTrace(tracing, frame, 'return', value);
  if (tracing.profile !== null) dispatchProfile(tracing, frame, 'return', value);
}

// ---------------------------------------------------------------- events execute() reports

/** 'call' for a generator's frame resumed by throw(), which runs no RESUME: the exception to raise in it (a trace function's, if one raised). */
export function traceThrowEntry(ts: ThreadState, frame: Frame, thrown: PyBaseException): PyBaseException {
  const tracing = ts.tracing;
  if (tracing === null || tracing.running) return thrown;
  frame.lasti = Math.max(frame.lasti, firstTraceableOf(frame.info));
  return reported(() => traceEntry(tracing, frame), thrown);
}

/** 'exception' to f_trace, for `exc` raised in `frame` (its traceback entry made): the exception to go on with. */
export function traceException(ts: ThreadState, frame: Frame, exc: PyBaseException): PyBaseException {
  const tracing = ts.tracing;
  if (tracing === null || tracing.running || tracing.trace === null) return exc;
  return reported(() => dispatchTrace(tracing, frame, 'exception', newTuple([typeOf(exc), exc, exc.traceback])), exc);
}

/** 'return' with None, for `exc` leaving `frame` unhandled: the exception to go on with. */
export function traceUnwind(ts: ThreadState, frame: Frame, exc: PyBaseException): PyBaseException {
  const tracing = ts.tracing;
  if (tracing === null || tracing.running) return exc;
  return reported(() => traceExit(tracing, frame, null), exc);
}

/** Runs `report`: `exc` goes on unless a trace function raised, whose exception then replaces it (call_trace_protected). */
function reported(report: () => void, exc: PyBaseException): PyBaseException {
  try {
    report();
  } catch (error) {
    return toPyException(error);
  }
  return exc;
}

// ---------------------------------------------------------------- calling the functions

/**
 * Calls the trace function for `event` (the thread's own for 'call', else the frame's
 * f_trace): its value, unless None, is the frame's f_trace from now on. If it raises,
 * tracing stops and its exception propagates.
 */
function dispatchTrace(tracing: ThreadTracing, frame: Frame, event: string, arg: Py): void {
  const wrapper = frameObject(frame);
  const callback = event === 'call' ? tracing.trace : wrapper.trace;
  if (callback === null) return;
  let result: Py;
  try {
    result = callWithLocals(tracing, frame, callback, event, arg);
  } catch (error) {
    setTraceFunction(null);
    wrapper.trace = null;
    throw error;
  }
  if (result !== null) wrapper.trace = result;
}

/** Calls the profile function for `event`; if it raises, profiling stops and its exception propagates. */
function dispatchProfile(tracing: ThreadTracing, frame: Frame, event: string, arg: Py): void {
  try {
    callWithLocals(tracing, frame, tracing.profile, event, arg);
  } catch (error) {
    setProfileFunction(null);
    throw error;
  }
}

/**
 * Calls a trace or profile function with (frame, event, arg), nothing traced meanwhile.
 * A locals mapping taken from the frame is refreshed before and copied back after
 * (call_trampoline): a debugger may change variables through f_locals.
 */
function callWithLocals(tracing: ThreadTracing, frame: Frame, callback: Py, event: string, arg: Py): Py {
  if (localsTaken(frame)) frameLocals(frame);
  tracing.running = true;
  const outerEvent = tracing.event;
  tracing.event = event;
  try {
    return call(callback, [frameObject(frame), event, arg]);
  } finally {
    tracing.running = false;
    tracing.event = outerEvent;
    dropUnusedTracing(threadState);
    writeLocalsBack(frame);
  }
}

// ---------------------------------------------------------------- built-in calls profiled

/**
 * Before CALL or CALL_FUNCTION_EX, while profiling: a built-in function about to be called
 * (or a method descriptor called on its first argument) is replaced on the stack by a
 * function that reports 'c_call', calls it, and reports 'c_return' or 'c_exception'
 * (C_TRACE, in CPython's call_function and do_call_core).
 */
function profileNativeCallee(frame: Frame, sp: number, op: number, oparg: number): void {
  const stack = frame.stack;
  let slot: number;
  let self: Py | undefined;
  if (op === Op.CALL) {
    const base = sp - oparg - 2;
    slot = stack[base] === undefined ? base + 1 : base;
    if (slot + 1 < sp) self = stack[slot + 1];
  } else {
    // CALL_FUNCTION_EX: [NULL, callable, positional tuple, keywords if oparg & 1].
    slot = sp - 2 - (oparg & 1);
    const positional = stack[slot + 1];
    if (positional instanceof PyTuple && positional.items.length > 0) self = positional.items[0];
  }
  const callee = stack[slot]!;
  let reported: Py;
  if (callee instanceof PyBuiltinFunction && callee.cls === builtinFunctionType) reported = callee;
  else if (callee instanceof PyMethodDescriptor && callee.cls === methodDescriptorType && self !== undefined) reported = callee.bind(self);
  else return;
  stack[slot] = new PyBuiltinFunction(callee.name, (args, kwnames) => profiledNativeCall(callee, reported, args, kwnames));
}

function profiledNativeCall(callee: Py, reported: Py, args: Py[], kwnames: readonly string[] | null): Py {
  const ts = threadState;
  const tracing = ts.tracing;
  if (tracing === null || tracing.running || tracing.profile === null) return call(callee, args, kwnames);
  const frame = ts.frame!;
  dispatchProfile(tracing, frame, 'c_call', reported);
  let result: Py;
  try {
    // (Called as CALL would call it, so that a blocking call may park the thread.)
    ts.directCall = callee;
    result = call(callee, args, kwnames);
  } catch (error) {
    if (tracing.profile !== null) dispatchProfile(tracing, frame, 'c_exception', reported);
    throw error;
  }
  if (tracing.profile !== null && result !== THREAD_PARKED) dispatchProfile(tracing, frame, 'c_return', reported);
  return result;
}
