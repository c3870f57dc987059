// _asyncio.Future and the iterator its __await__ returns (CPython's FutureObj and
// FutureIter in Modules/_asynciomodule.c). asyncio.futures takes this class in place of
// its pure-Python Future, as it does CPython's C one; what differs between the two shows
// (tracebacks hold no frames of futures.py, "invalid state", the cancelled error that is
// the one the task saw), so this follows the C code, not futures.py.
import type { Py } from '../../objects/object';
import { PyObject } from '../../objects/object';
import { nativeType, PyType } from '../../objects/type';
import { bindArguments, checkArgCount, defineGetSets, defineMethods, newTargetOf, PyBuiltinFunction } from '../../objects/native';
import { BaseException, newException, PyBaseException, RuntimeError, StopIteration, typeError, ValueError } from '../../objects/exceptions';
import { call, callSpecial, getAttr, isTrue, pyEquals } from '../../objects/protocols';
import { deferFinalizer, dropFinalizer } from '../../vm/deferredFinalization';
import { PyList } from '../../objects/list';
import { newTuple } from '../../objects/tuple';
import { newDict } from '../../objects/dictType';
import type { PyTraceback } from '../../objects/traceback';
import { defineClassGetItem } from '../../objects/genericAlias';
import { newInstance } from '../../objects/objectMethods';
import { exceptionToThrow } from '../../vm/generatorMethods';
import {
  cancelledErrorClass, copyCurrentContext, extractStack, futureRepr, invalidStateErrorClass,
} from './pythonSide';
import { currentEventLoop } from './runningLoop';

export const enum FutureState {
  PENDING = 'PENDING',
  CANCELLED = 'CANCELLED',
  FINISHED = 'FINISHED',
}

export class PyFuture extends PyObject {
  /** Undefined until __init__ ran. */
  loop: Py | undefined = undefined;
  state = FutureState.PENDING;
  /** Each done callback with the context it runs in, in the order they were added. */
  callbacks: [Py, Py][] = [];
  result: Py = null;
  exception: PyBaseException | null = null;
  /** The exception's traceback when it was set: result() raises it with this one again. */
  exceptionTraceback: PyTraceback | null = null;
  /** Where the future was made, when its loop is in debug mode. */
  sourceTraceback: Py = null;
  cancelMessage: Py = null;
  /** The CancelledError a task's coroutine ended with, which cancelling the task raises again. */
  cancelledException: PyBaseException | null = null;
  /** Whether an exception is set that no one has retrieved: finalizing then reports it. */
  logTraceback = false;
  /** `_asyncio_future_blocking`: set while a task waits on this future through `await`. */
  blocking = false;

  /** Whether dying now would report something (__del__ would): see trackFinalizer. */
  needsFinalizing(): boolean {
    return this.logTraceback;
  }
}

/**
 * Keeps `future` for finalizing at exit while dying would make it report something
 * (pyvm cannot tell when CPython would finalize it: ../../vm/deferredFinalization).
 * Called wherever what needsFinalizing() reads changes.
 */
export function trackFinalizer(future: PyFuture): void {
  if (future.needsFinalizing()) deferFinalizer(future, () => callSpecial(future, '__del__', []));
  else dropFinalizer(future);
}

export const futureType = nativeType('Future', undefined, { factory: (cls) => withDict(new PyFuture(cls)), instanceDict: true });
futureType.attrs.set('__module__', '_asyncio');
futureType.attrs.set('__doc__', futureDocumentation());
futureType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args) => newInstance(newTargetOf(futureType, args)), undefined, null));
defineClassGetItem(futureType);

function futureDocumentation(): string {
  return 'This class is *almost* compatible with concurrent.futures.Future.\n\n    Differences:\n\n' +
    '    - result() and exception() do not take a timeout argument and\n      raise an exception when the future isn\'t done yet.\n\n' +
    '    - Callbacks registered with add_done_callback() are always called\n      via the event loop\'s call_soon_threadsafe().\n\n' +
    '    - This class is not compatible with the wait() and as_completed()\n      methods in the concurrent.futures package.';
}

/** Futures and tasks have a __dict__ (CPython's FutureObj has a dict slot). */
export function withDict<T extends PyObject>(instance: T): T {
  instance.dict = newDict();
  return instance;
}

/** Raises the Python exception `exc` from TypeScript as PyErr_SetObject does: its __context__ is set where it lands. */
export function raise(exc: PyBaseException): never {
  exc.contextPending = true;
  throw exc;
}

function invalidState(message: string): never {
  raise(call(invalidStateErrorClass(), [message]) as PyBaseException);
}

/** ENSURE_FUTURE_ALIVE: a future whose __init__ did not run is unusable. */
export function aliveFuture(future: PyFuture): PyFuture & { loop: Py } {
  if (future.loop === undefined) throw newException(RuntimeError, 'Future object is not initialized.');
  return future as PyFuture & { loop: Py };
}

/** future_init: the loop given, or the current one; a debug loop records where the future is made. */
export function initializeFuture(future: PyFuture, loop: Py): void {
  future.state = FutureState.PENDING;
  future.callbacks = [];
  future.result = null;
  future.exception = future.cancelledException = null;
  future.exceptionTraceback = null;
  future.sourceTraceback = future.cancelMessage = null;
  future.logTraceback = future.blocking = false;
  future.loop = loop === null ? currentEventLoop() : loop;
  if (isTrue(call(getAttr(future.loop, 'get_debug'), []))) future.sourceTraceback = extractStack();
}

/** loop.call_soon(callback, *args, context=context). */
export function callSoon(loop: Py, callback: Py, args: Py[], context: Py): void {
  call(getAttr(loop, 'call_soon'), [callback, ...args, context], ['context']);
}

/** Runs the done callbacks (each scheduled on the loop, in order), forgetting them. */
function scheduleCallbacks(future: PyFuture & { loop: Py }): void {
  const callbacks = future.callbacks;
  future.callbacks = [];
  for (const [callback, context] of callbacks) callSoon(future.loop, callback, [future], context);
}

export function setResult(future: PyFuture, result: Py): void {
  const alive = aliveFuture(future);
  if (alive.state !== FutureState.PENDING) invalidState('invalid state');
  alive.result = result;
  alive.state = FutureState.FINISHED;
  scheduleCallbacks(alive);
  trackFinalizer(alive);
}

export function setException(future: PyFuture, value: Py): void {
  const alive = aliveFuture(future);
  if (alive.state !== FutureState.PENDING) invalidState('invalid state');
  // A class is instantiated; what it makes must be an exception.
  const exc = value instanceof PyType && value.isSubtypeOf(BaseException) ? call(value, []) : value;
  if (!(exc instanceof PyBaseException)) throw typeError('invalid exception object');
  if (exc.cls === StopIteration) throw typeError('StopIteration interacts badly with generators and cannot be raised into a Future');
  alive.exception = exc;
  alive.exceptionTraceback = exc.traceback;
  alive.state = FutureState.FINISHED;
  scheduleCallbacks(alive);
  alive.logTraceback = true;
  trackFinalizer(alive);
}

export function cancelFuture(future: PyFuture, message: Py): boolean {
  const alive = aliveFuture(future);
  alive.logTraceback = false;
  if (alive.state !== FutureState.PENDING) return false;
  alive.state = FutureState.CANCELLED;
  alive.cancelMessage = message;
  scheduleCallbacks(alive);
  trackFinalizer(alive);
  return true;
}

/** create_cancelled_error: the CancelledError a task's coroutine ended with (given up once), else a new one with the message. */
export function cancelledError(future: PyFuture): PyBaseException {
  const saved = future.cancelledException;
  if (saved !== null) {
    future.cancelledException = null;
    return saved;
  }
  const message = future.cancelMessage;
  return call(cancelledErrorClass(), message === null ? [] : [message]) as PyBaseException;
}

/** The outcome of a done future: its result, or its exception with the traceback it had when set (which raising it then extends). */
export type Outcome = { value: Py } | { error: PyBaseException };

/** future_get_result: what result() returns or raises (an exception counts as retrieved). */
export function outcomeOf(future: PyFuture): Outcome {
  if (future.state === FutureState.CANCELLED) return { error: cancelledError(future) };
  if (future.state !== FutureState.FINISHED) invalidState('Result is not set.');
  future.logTraceback = false;
  trackFinalizer(future);
  const exc = future.exception;
  if (exc === null) return { value: future.result };
  exc.traceback = future.exceptionTraceback;
  future.exceptionTraceback = null;
  return { error: exc };
}

export function futureResult(future: PyFuture): Py {
  const outcome = outcomeOf(future);
  if ('error' in outcome) raise(outcome.error);
  return outcome.value;
}

export function addDoneCallback(future: PyFuture, callback: Py, context: Py): void {
  const alive = aliveFuture(future);
  if (alive.state !== FutureState.PENDING) callSoon(alive.loop, callback, [alive], context);
  else alive.callbacks.push([callback, context]);
}

/** FutureObj_finalize (__del__): reports an exception no one retrieved to the loop's exception handler. */
export function finalizeFuture(future: PyFuture): void {
  if (!future.logTraceback || future.loop === undefined) return;
  future.logTraceback = false;
  const context = newDict();
  context.setStr('message', `${future.cls.name} exception was never retrieved`);
  context.setStr('exception', future.exception);
  context.setStr('future', future);
  if (future.sourceTraceback !== null) context.setStr('source_traceback', future.sourceTraceback);
  call(getAttr(future.loop, 'call_exception_handler'), [context]);
}

const INIT = { name: 'Future', names: ['loop'], required: 0, positionalOnly: 0, keywordOnlyFrom: 0 };
const CANCEL = { name: 'cancel', names: ['msg'], required: 0, positionalOnly: 0 };
const ADD_DONE_CALLBACK = { name: 'add_done_callback', names: ['fn', 'context'], required: 1, positionalOnly: 1, keywordOnlyFrom: 1 };

defineMethods(futureType, {
  __init__(self: PyFuture, args, kwnames) {
    const [loop] = bindArguments(INIT, args, kwnames);
    initializeFuture(self, loop ?? null);
    return null;
  },
  __repr__: (self: PyFuture) => futureRepr(self),
  __del__(self: PyFuture) {
    finalizeFuture(self);
    return null;
  },
  result(self: PyFuture) {
    return futureResult(aliveFuture(self));
  },
  exception(self: PyFuture) {
    const alive = aliveFuture(self);
    if (alive.state === FutureState.CANCELLED) raise(cancelledError(alive));
    if (alive.state !== FutureState.FINISHED) invalidState('Exception is not set.');
    alive.logTraceback = false;
    trackFinalizer(alive);
    return alive.exception;
  },
  set_result(self: PyFuture, args, kwnames) {
    checkArgCount('set_result', args, kwnames, 1);
    setResult(self, args[0]);
    return null;
  },
  set_exception(self: PyFuture, args, kwnames) {
    checkArgCount('set_exception', args, kwnames, 1);
    setException(self, args[0]);
    return null;
  },
  add_done_callback(self: PyFuture, args, kwnames) {
    const [callback, context] = bindArguments(ADD_DONE_CALLBACK, args, kwnames);
    aliveFuture(self);
    addDoneCallback(self, callback!, context === undefined || context === null ? copyCurrentContext() : context);
    return null;
  },
  remove_done_callback(self: PyFuture, args, kwnames) {
    checkArgCount('remove_done_callback', args, kwnames, 1);
    const alive = aliveFuture(self);
    const kept = alive.callbacks.filter(([callback]) => !pyEquals(callback, args[0]));
    const removed = alive.callbacks.length - kept.length;
    alive.callbacks = kept;
    return removed;
  },
  cancel(self: PyFuture, args, kwnames) {
    const [message] = bindArguments(CANCEL, args, kwnames);
    return cancelFuture(self, message ?? null);
  },
  cancelled: (self: PyFuture) => aliveFuture(self).state === FutureState.CANCELLED,
  done: (self: PyFuture) => aliveFuture(self).state !== FutureState.PENDING,
  get_loop: (self: PyFuture) => aliveFuture(self).loop,
  _make_cancelled_error: (self: PyFuture) => cancelledError(self),
  __iter__: (self: PyFuture) => new PyFutureIter(aliveFuture(self)),
  __await__: (self: PyFuture) => new PyFutureIter(aliveFuture(self)),
});

const noneIfUndefined = (value: Py | undefined): Py => (value === undefined ? null : value);

defineGetSets(futureType, {
  _state: { get: (self: PyFuture) => (self.loop === undefined ? null : self.state) },
  _loop: { get: (self: PyFuture) => noneIfUndefined(self.loop) },
  _result: { get: (self: PyFuture) => self.result },
  _exception: { get: (self: PyFuture) => self.exception },
  _source_traceback: { get: (self: PyFuture) => self.sourceTraceback },
  _callbacks: {
    get: (self: PyFuture) => (self.callbacks.length === 0 ? null : new PyList(self.callbacks.map((entry) => newTuple(entry)))),
  },
  _cancel_message: {
    get: (self: PyFuture) => self.cancelMessage,
    set(self: PyFuture, value) {
      if (value === undefined) throw typeError('cannot delete attribute');
      self.cancelMessage = value;
    },
  },
  _log_traceback: {
    get: (self: PyFuture) => self.logTraceback,
    set(self: PyFuture, value) {
      if (value === undefined) throw typeError('cannot delete attribute');
      if (isTrue(value)) throw newException(ValueError, '_log_traceback can only be set to False');
      self.logTraceback = false;
      trackFinalizer(self);
    },
  },
  _asyncio_future_blocking: {
    get: (self: PyFuture) => self.blocking,
    set(self: PyFuture, value) {
      if (value === undefined) throw typeError('cannot delete attribute');
      self.blocking = isTrue(value);
    },
  },
});

// ---------------------------------------------------------------- FutureIter

/**
 * What `await future` iterates: it yields the future itself once (the task then waits
 * for it), and when the future is done, returns its result or raises its exception.
 */
class PyFutureIter extends PyObject {
  constructor(public future: PyFuture | null) {
    super(futureIterType);
  }

  send(): Py {
    const future = this.future;
    if (future === null) throw newException(StopIteration);
    if (future.state === FutureState.PENDING) {
      if (future.blocking) throw newException(RuntimeError, "await wasn't used with future");
      future.blocking = true;
      return future;
    }
    this.future = null;
    const result = futureResult(future);
    throw newException(StopIteration, result);
  }
}

const futureIterType = nativeType('FutureIter', undefined, { baseType: false });
futureIterType.attrs.set('__module__', '_asyncio');

defineMethods(futureIterType, {
  __iter__: (self) => self,
  __next__: (self: PyFutureIter) => self.send(),
  send(self: PyFutureIter, args, kwnames) {
    checkArgCount('send', args, kwnames, 1);
    return self.send();
  },
  throw(self: PyFutureIter, args, kwnames) {
    checkArgCount('throw', args, kwnames, 1, 3);
    const exc = exceptionToThrow(args);
    self.future = null;
    // Raised as it is: an exception thrown in keeps the traceback it has.
    raise(exc);
  },
  close(self: PyFutureIter) {
    self.future = null;
    return null;
  },
});
