// Generators, coroutines and async generators: a suspended frame and the protocol that
// resumes it (send, throw, close), including delegation to the iterator a `yield from`
// or `await` is suspended on.
import { CodeFlag } from '../bytecode/code';
import { Op } from '../bytecode/opcodes';
import type { Py } from '../objects/object';
import { nativeType } from '../objects/type';
import {
  GeneratorExit, newException, PyBaseException, RuntimeError, StopAsyncIteration, StopIteration, typeError, ValueError,
} from '../objects/exceptions';
import { call, callUnbound, getAttr, iterNext } from '../objects/protocols';
import { PyNativeIterator } from '../objects/nativeIterator';
import { typeOf } from '../objects/typeOf';
import { Frame, FrameState } from './frame';
import { runFrame } from './eval';
import { threadState } from './threadState';
import { setChainedContext } from './exceptionContext';
import { coroutineLeftCreatedState, noteNewCoroutine } from './unawaitedCoroutines';
import { coroutineOriginTracking, recordOrigin } from './coroutineOrigin';
import { findHandler } from './codeInfo';
import { deferFinalizer, dropFinalizer, MAX_WAITING_FINALIZERS, pendingFinalizerCount } from './deferredFinalization';

export const generatorType = nativeType('generator', undefined, { baseType: false, instantiable: false });
export const coroutineType = nativeType('coroutine', undefined, { baseType: false, instantiable: false });
export const asyncGeneratorType = nativeType('async_generator', undefined, { baseType: false, instantiable: false });

export const enum SendResult {
  YIELDED,
  RETURNED,
}

/** What the last send produced: the value yielded or returned. Read right after the call. */
export const sendOutcome: { value: Py } = { value: null };

/** How many generators are running now (in any thread): when none, the handled exception is threadState's alone. */
let generatorsRunning = 0;

/**
 * The exception being handled, as sys.exc_info() and implicit chaining see it
 * (_PyErr_GetTopmostException): the one the running code handles, else, for a generator
 * that handles none, the one handled where it was resumed from, and so on down the stack.
 */
export function topmostHandled(): Py {
  const ts = threadState;
  if (ts.handled !== null || generatorsRunning === 0) return ts.handled;
  for (let frame = ts.frame; frame !== null; frame = frame.back) {
    const owner = frame.owner;
    if (owner instanceof PyGenerator && owner.running && owner.handledBelow !== null) return owner.handledBelow;
  }
  return null;
}

export class PyGenerator extends PyNativeIterator {
  running = false;
  /** An async generator's asend()/athrow() awaitable is driving it (CPython's ag_running_async). */
  runningAsync = false;
  name: string;
  qualname: string;
  /**
   * The generator's own exception state (CPython's gi_exc_state): the exception its code is
   * handling, kept while it is suspended in an except block; null when it handles none.
   */
  private savedHandled: Py = null;
  /** While it runs: the exception handled where it was resumed from, which sys.exc_info() falls back to. */
  handledBelow: Py = null;
  /** Its close() waits among the deferred finalizers (see closeWhenDropped). */
  private closesWhenDropped = false;

  constructor(
    readonly frame: Frame,
    flags: number,
  ) {
    super(flags & CodeFlag.COROUTINE ? coroutineType : flags & CodeFlag.ASYNC_GENERATOR ? asyncGeneratorType : generatorType);
    // Named after the function that made it (which may have been renamed since compiling).
    this.name = frame.func?.name ?? frame.code.co_name;
    this.qualname = frame.func?.qualname ?? frame.code.co_qualname;
    if (this.cls === coroutineType) {
      noteNewCoroutine(this, frame.back);
      if (coroutineOriginTracking.depth > 0) recordOrigin(this, frame.back);
    }
  }

  isCoroutine(): boolean {
    return this.cls === coroutineType;
  }

  get kindName(): string {
    return this.cls === coroutineType ? 'coroutine' : this.cls === asyncGeneratorType ? 'async generator' : 'generator';
  }

  /** next(): the next yielded value, or undefined when the generator returns (the value in sendOutcome). */
  next(): Py | undefined {
    return this.resume(null) === SendResult.YIELDED ? sendOutcome.value : undefined;
  }

  /** Resumes with `value` sent in (or `thrown` raised at the suspension point). */
  resume(value: Py, thrown?: PyBaseException): SendResult {
    const frame = this.frame;
    if (this.running) throw newException(ValueError, `${this.kindName} already executing`);
    if (frame.state === FrameState.COMPLETED) {
      // (close() never comes here: it returns early for a finished generator.)
      if (this.cls === coroutineType) throw newException(RuntimeError, 'cannot reuse already awaited coroutine');
      if (thrown !== undefined) throw thrown;
      sendOutcome.value = null;
      return SendResult.RETURNED;
    }
    if (frame.state === FrameState.CREATED) {
      if (value !== null && thrown === undefined) throw typeError(`can't send non-None value to a just-started ${this.kindName}`);
      if (this.cls === coroutineType) coroutineLeftCreatedState(this);
    }
    if (thrown === undefined) frame.stack[frame.sp++] = value;
    const ts = threadState;
    const outerHandled = ts.handled;
    ts.handled = this.savedHandled;
    this.handledBelow = outerHandled;
    // _PyErr_ChainStackItem: an exception thrown into a generator that handles one is chained to it.
    if (thrown !== undefined && this.savedHandled !== null) setChainedContext(thrown, this.savedHandled);
    this.running = true;
    generatorsRunning++;
    let result: Py;
    try {
      result = runFrame(frame, thrown);
    } catch (error) {
      frame.state = FrameState.COMPLETED;
      throw this.leakedStopIteration(error);
    } finally {
      generatorsRunning--;
      this.running = false;
      this.savedHandled = frame.state === FrameState.SUSPENDED ? ts.handled : null;
      this.handledBelow = null;
      ts.handled = outerHandled;
      // (Only code with an exception table can be suspended where a handler would run on closing.)
      if (frame.state === FrameState.SUSPENDED) {
        if (frame.info.exceptionTable.length !== 0) this.closeWhenDropped();
      } else if (this.closesWhenDropped) {
        dropFinalizer(this);
      }
    }
    sendOutcome.value = result;
    return (frame.state as FrameState) === FrameState.COMPLETED ? SendResult.RETURNED : SendResult.YIELDED;
  }

  /**
   * CPython closes a generator dropped while suspended, which runs the `finally` blocks,
   * `except GeneratorExit` clauses and `with` exits around its yield. pyvm closes it when
   * gc.collect() finds it unreachable, or at exit (deferredFinalization.ts); only a
   * generator suspended where a handler would catch GeneratorExit waits for that, since
   * closing any other one shows nothing. (Only generators: coroutines and async
   * generators dropped while suspended are not closed.)
   */
  private closeWhenDropped(): void {
    if (this.closesWhenDropped || this.cls !== generatorType || findHandler(this.frame.info, this.frame.ip - 1) === undefined) return;
    if (pendingFinalizerCount() >= MAX_WAITING_FINALIZERS) return;
    this.closesWhenDropped = true;
    deferFinalizer(this, () => this.close());
  }

  /** PEP 479: a StopIteration escaping the body becomes a RuntimeError. */
  private leakedStopIteration(error: unknown): unknown {
    const stop = this.cls === asyncGeneratorType ? StopAsyncIteration : StopIteration;
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(this.cls === asyncGeneratorType ? StopIteration : stop)) {
      const what = this.cls === asyncGeneratorType && !error.cls.isSubtypeOf(StopIteration) ? 'async generator raised StopAsyncIteration' : `${this.kindName} raised StopIteration`;
      const wrapped = newException(RuntimeError, what);
      wrapped.cause = error;
      wrapped.context = error;
      wrapped.suppressContext = true;
      return wrapped;
    }
    if (this.cls === asyncGeneratorType && error instanceof PyBaseException && error.cls.isSubtypeOf(StopAsyncIteration)) {
      const wrapped = newException(RuntimeError, 'async generator raised StopAsyncIteration');
      wrapped.cause = error;
      wrapped.context = error;
      wrapped.suppressContext = true;
      return wrapped;
    }
    return error;
  }

  /** The iterator a `yield from`/`await` is suspended on (CPython's _PyGen_yf). */
  delegate(): Py | undefined {
    const frame = this.frame;
    if (frame.state !== FrameState.SUSPENDED) return undefined;
    const next = frame.info.units[frame.ip];
    if ((next & 0xff) !== Op.RESUME || next >> 8 < 2) return undefined;
    return frame.stack[frame.sp - 1];
  }

  /** generator.throw(exc): raised where the generator is suspended, or in the iterator it delegates to. */
  throwInto(exc: PyBaseException): SendResult {
    const delegate = this.delegate();
    if (delegate !== undefined) {
      if (exc.cls.isSubtypeOf(GeneratorExit)) {
        this.running = true;
        try {
          closeIterator(delegate);
        } catch (error) {
          this.running = false;
          return this.resume(null, error as PyBaseException);
        }
        this.running = false;
        return this.resume(null, exc);
      }
      let outcome: SendResult;
      this.running = true;
      try {
        if (delegate instanceof PyGenerator) {
          outcome = this.throwIntoDelegate(delegate, exc);
        } else {
          const throwMethod = typeOf(delegate).lookup('throw');
          if (throwMethod === undefined) {
            this.running = false;
            return this.resume(null, exc);
          }
          sendOutcome.value = callUnbound(throwMethod, delegate, [exc]);
          outcome = SendResult.YIELDED;
        }
      } catch (error) {
        this.running = false;
        this.frame.sp--;
        if (error instanceof PyBaseException && error.cls.isSubtypeOf(StopIteration)) {
          this.skipPastSend();
          return this.resume(stopIterationValue(error));
        }
        return this.resume(null, error as PyBaseException);
      }
      this.running = false;
      if (outcome === SendResult.YIELDED) return outcome;
      this.frame.sp--;
      this.skipPastSend();
      return this.resume(sendOutcome.value);
    }
    return this.resume(null, exc);
  }

  /**
   * throw() passed down to the generator this one delegates to, with this one's frame as
   * the current frame meanwhile (as CPython's _gen_throw makes it): stack listings taken
   * down there show the whole chain, as they do when send() resumes it.
   */
  private throwIntoDelegate(delegate: PyGenerator, exc: PyBaseException): SendResult {
    const ts = threadState;
    const frame = this.frame;
    frame.back = ts.frame;
    ts.frame = frame;
    try {
      return delegate.throwInto(exc);
    } finally {
      ts.frame = frame.back;
    }
  }

  /** After the delegate of a `yield from` finished during throw(): continue after its SEND loop. */
  private skipPastSend(): void {
    const frame = this.frame;
    const sendIndex = frame.ip - 2;
    frame.ip = sendIndex + 1 + (frame.info.units[sendIndex] >> 8);
  }

  /** generator.close(). */
  close(): void {
    const frame = this.frame;
    if (frame.state === FrameState.COMPLETED || frame.state === FrameState.CREATED) {
      if (frame.state === FrameState.CREATED && this.cls === coroutineType) coroutineLeftCreatedState(this);
      frame.state = FrameState.COMPLETED;
      return;
    }
    let result: SendResult;
    try {
      result = this.throwInto(newException(GeneratorExit));
    } catch (error) {
      if (error instanceof PyBaseException && (error.cls.isSubtypeOf(GeneratorExit) || error.cls.isSubtypeOf(StopIteration))) return;
      throw error;
    }
    // Returning (even a value) is a way to finish; yielding again is not.
    if (result === SendResult.RETURNED) return;
    throw newException(RuntimeError, `${this.kindName} ignored GeneratorExit`);
  }
}

export function stopIterationValue(error: PyBaseException): Py {
  return error.args.length > 0 ? error.args[0] : null;
}

function closeIterator(iterator: Py): void {
  if (iterator instanceof PyGenerator) {
    iterator.close();
    return;
  }
  const close = typeOf(iterator).lookup('close');
  if (close !== undefined) callUnbound(close, iterator, []);
}

/** SEND: passes `value` to the iterator a `yield from`/`await` delegates to (PyIter_Send). */
export function generatorDelegateSend(receiver: Py, value: Py): SendResult {
  if (receiver instanceof PyGenerator) return receiver.resume(value);
  if (value === null) {
    const next = iterNextKeepingValue(receiver);
    return next;
  }
  // As CPython looks it up: an AttributeError when there is none (a list iterator).
  const send = getAttr(receiver, 'send');
  try {
    sendOutcome.value = call(send, [value]);
    return SendResult.YIELDED;
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(StopIteration)) {
      sendOutcome.value = stopIterationValue(error);
      return SendResult.RETURNED;
    }
    throw error;
  }
}

function iterNextKeepingValue(iterator: Py): SendResult {
  if (iterator instanceof PyNativeIterator) {
    const next = iterNext(iterator);
    sendOutcome.value = next === undefined ? null : next;
    return next === undefined ? SendResult.RETURNED : SendResult.YIELDED;
  }
  const method = typeOf(iterator).lookup('__next__');
  if (method === undefined) throw typeError(`'${typeOf(iterator).name}' object is not an iterator`);
  try {
    sendOutcome.value = callUnbound(method, iterator, []);
    return SendResult.YIELDED;
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(StopIteration)) {
      sendOutcome.value = stopIterationValue(error);
      return SendResult.RETURNED;
    }
    throw error;
  }
}


