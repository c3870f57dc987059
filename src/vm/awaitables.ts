// What `await`, `async for` and async generators need from the VM: GET_AWAITABLE,
// GET_AITER, GET_ANEXT and ASYNC_GEN_WRAP, the coroutine's __await__ wrapper, and the
// async generator's asend/athrow/aclose awaitables.
import { CodeFlag } from '../bytecode/code';
import { PyObject, type Py } from '../objects/object';
import { nativeType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { checkArgCount, defineMethods } from '../objects/native';
import {
  GeneratorExit, newException, PyBaseException, RuntimeError, StopAsyncIteration, StopIteration, typeError,
} from '../objects/exceptions';
import { call, callUnbound } from '../objects/protocols';
import { addressOf } from '../objects/identity';
import { runtimeHooks } from './hooks';
import { asyncGeneratorType, coroutineType, PyGenerator, SendResult, sendOutcome } from './generator';
import { exceptionToThrow } from './generatorMethods';
import { FrameState } from './frame';

// ---------------------------------------------------------------- await

runtimeHooks.getAwaitable = (value, where) => {
  if (value instanceof PyGenerator) {
    if (value.cls === coroutineType) {
      if (value.delegate() !== undefined) throw newException(RuntimeError, 'coroutine is being awaited already');
      return value;
    }
    if (value.frame.code.co_flags & CodeFlag.ITERABLE_COROUTINE) return value;
  }
  const type = typeOf(value);
  const await_ = type.lookup('__await__');
  if (await_ === undefined) throw typeError(notAwaitableMessage(type.name, where));
  const iterator = callUnbound(await_, value, []);
  if (iterator instanceof PyGenerator && iterator.cls === coroutineType) throw typeError('__await__() returned a coroutine');
  if (typeOf(iterator).lookup('__next__') === undefined) throw typeError(`__await__() returned non-iterator of type '${typeOf(iterator).name}'`);
  return iterator;
};

function notAwaitableMessage(typeName: string, where: number): string {
  if (where === 1) return `'async with' received an object from __aenter__ that does not implement __await__: ${typeName}`;
  if (where === 2) return `'async with' received an object from __aexit__ that does not implement __await__: ${typeName}`;
  return `object ${typeName} can't be used in 'await' expression`;
}

/** coroutine.__await__(): an iterator over the coroutine, for code that drives it by hand. */
export const coroutineWrapperType = nativeType('coroutine_wrapper', undefined, { baseType: false, instantiable: false });

class PyCoroutineWrapper extends PyObject {
  constructor(readonly coroutine: PyGenerator) {
    super(coroutineWrapperType);
  }
}

defineMethods(coroutineType, {
  __await__: (self: PyGenerator) => new PyCoroutineWrapper(self),
});

defineMethods(coroutineWrapperType, {
  __iter__: (self) => self,
  __next__: (self: PyCoroutineWrapper) => produced(self.coroutine.resume(null)),
  send(self: PyCoroutineWrapper, args) {
    checkArgCount('send', args, null, 1);
    return produced(self.coroutine.resume(args[0]));
  },
  throw(self: PyCoroutineWrapper, args) {
    checkArgCount('throw', args, null, 1, 3);
    return produced(self.coroutine.throwInto(exceptionToThrow(args)));
  },
  close(self: PyCoroutineWrapper) {
    self.coroutine.close();
    return null;
  },
});

function produced(result: SendResult): Py {
  if (result === SendResult.YIELDED) return sendOutcome.value;
  const value = sendOutcome.value;
  throw value === null ? newException(StopIteration) : newException(StopIteration, value);
}

// ---------------------------------------------------------------- async for

runtimeHooks.getAsyncIterator = (value) => {
  const type = typeOf(value);
  const aiter = type.lookup('__aiter__');
  if (aiter === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${type.name}`);
  const iterator = callUnbound(aiter, value, []);
  if (typeOf(iterator).lookup('__anext__') === undefined) {
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(iterator).name}`);
  }
  return iterator;
};

runtimeHooks.getAsyncNext = (iterator) => {
  if (iterator instanceof PyGenerator && iterator.cls === asyncGeneratorType) {
    initHooks(iterator);
    return new PyAsyncGenAwaitable(iterator, 'asend', null);
  }
  const type = typeOf(iterator);
  const anext = type.lookup('__anext__');
  if (anext === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${type.name}`);
  const awaitable = callUnbound(anext, iterator, []);
  try {
    return runtimeHooks.getAwaitable(awaitable, 0);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    // _PyErr_FormatFromCause: whatever went wrong becomes the TypeError's cause.
    const invalid = typeError(`'async for' received an invalid object from __anext__: ${typeOf(awaitable).name}`);
    invalid.cause = error;
    invalid.context = error;
    invalid.suppressContext = true;
    throw invalid;
  }
};

// ---------------------------------------------------------------- async generators

/**
 * sys.set_asyncgen_hooks' hooks (an event loop sets them while it runs): firstiter is
 * called with each async generator the first time it is iterated (asend, athrow, aclose
 * or __anext__); finalizer is what the generator keeps to be called with it once garbage
 * (which pyvm has no collector to find yet: the loop's shutdown_asyncgens closes them).
 */
export const asyncGenHooks: { firstiter: Py; finalizer: Py } = { firstiter: null, finalizer: null };

/** The async generators whose hooks have run (CPython's ag_hooks_inited), with the finalizer each keeps. */
const finalizerOf = new WeakMap<PyGenerator, Py>();

function initHooks(generator: PyGenerator): void {
  if (finalizerOf.has(generator)) return;
  finalizerOf.set(generator, asyncGenHooks.finalizer);
  if (asyncGenHooks.firstiter !== null) call(asyncGenHooks.firstiter, [generator]);
}

/** What an async generator's frame yields to its own caller (as opposed to what an inner await yields to the event loop). */
class AsyncGenValue extends PyObject {
  constructor(readonly value: Py) {
    super(asyncGenValueType);
  }
}
const asyncGenValueType = nativeType('async_generator_wrapped_value', undefined, { baseType: false, instantiable: false });

runtimeHooks.wrapAsyncGenValue = (value) => new AsyncGenValue(value);

export const asyncGenAsendType = nativeType('async_generator_asend', undefined, { baseType: false, instantiable: false });
export const asyncGenAthrowType = nativeType('async_generator_athrow', undefined, { baseType: false, instantiable: false });

type AsyncGenOperation = 'asend' | 'athrow' | 'aclose';

/**
 * The awaitable asend()/athrow()/aclose() return: driving it resumes the async
 * generator; a value the generator yields ends the await with StopIteration(value).
 */
class PyAsyncGenAwaitable extends PyObject {
  private started = false;
  private finished = false;

  constructor(
    readonly generator: PyGenerator,
    readonly operation: AsyncGenOperation,
    readonly payload: Py | PyBaseException,
  ) {
    super(operation === 'asend' ? asyncGenAsendType : asyncGenAthrowType);
  }

  send(value: Py): Py {
    if (this.finished) throw newException(RuntimeError, `cannot reuse already awaited ${this.operation === 'asend' ? '__anext__()/asend()' : 'aclose()/athrow()'}`);
    const generator = this.generator;
    let result: SendResult;
    try {
      if (!this.started) {
        this.started = true;
        if (generator.runningAsync) {
          throw newException(RuntimeError, `${this.operation === 'asend' ? 'anext' : this.operation}(): asynchronous generator is already running`);
        }
        generator.runningAsync = true;
        if (this.operation === 'asend') {
          result = generator.resume(value === null ? this.payload as Py : value);
        } else {
          if (generator.frame.state === FrameState.COMPLETED || generator.frame.state === FrameState.CREATED) {
            generator.frame.state = FrameState.COMPLETED;
            if (this.operation === 'aclose') throw newException(StopIteration);
            throw this.payload as PyBaseException;
          }
          const exc = this.operation === 'aclose' ? newException(GeneratorExit) : (this.payload as PyBaseException);
          result = generator.throwInto(exc);
        }
      } else {
        generator.runningAsync = true;
        result = generator.resume(value);
      }
    } catch (error) {
      this.finish();
      throw this.translateEnd(error);
    }
    return this.interpret(result);
  }

  throw(exc: PyBaseException): Py {
    if (this.finished) throw newException(RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
    let result: SendResult;
    try {
      result = this.generator.throwInto(exc);
    } catch (error) {
      this.finish();
      throw this.translateEnd(error);
    }
    return this.interpret(result);
  }

  /** The await is over: the generator yielded a value to its caller, returned or raised. */
  private finish(): void {
    this.finished = true;
    this.generator.runningAsync = false;
  }

  private interpret(result: SendResult): Py {
    const value = sendOutcome.value;
    if (result === SendResult.RETURNED) {
      this.finish();
      throw newException(this.operation === 'aclose' ? StopIteration : StopAsyncIteration);
    }
    if (value instanceof AsyncGenValue) {
      this.finish();
      if (this.operation === 'aclose') throw newException(RuntimeError, 'async generator ignored GeneratorExit');
      throw value.value === null ? newException(StopIteration) : newException(StopIteration, value.value);
    }
    return value;
  }

  private translateEnd(error: unknown): unknown {
    if (this.operation === 'aclose' && error instanceof PyBaseException && (error.cls.isSubtypeOf(GeneratorExit) || error.cls.isSubtypeOf(StopAsyncIteration))) {
      return newException(StopIteration);
    }
    return error;
  }
}

for (const type of [asyncGenAsendType, asyncGenAthrowType]) {
  defineMethods(type, {
    __await__: (self) => self,
    __iter__: (self) => self,
    __next__: (self: PyAsyncGenAwaitable) => self.send(null),
    send(self: PyAsyncGenAwaitable, args) {
      checkArgCount('send', args, null, 1);
      return self.send(args[0]);
    },
    throw(self: PyAsyncGenAwaitable, args) {
      checkArgCount('throw', args, null, 1, 3);
      return self.throw(exceptionToThrow(args));
    },
    close() {
      return null;
    },
  });
}

defineMethods(asyncGeneratorType, {
  __aiter__: (self) => self,
  __anext__(self: PyGenerator) {
    initHooks(self);
    return new PyAsyncGenAwaitable(self, 'asend', null);
  },
  asend(self: PyGenerator, args) {
    checkArgCount('asend', args, null, 1);
    initHooks(self);
    return new PyAsyncGenAwaitable(self, 'asend', args[0]);
  },
  athrow(self: PyGenerator, args) {
    checkArgCount('athrow', args, null, 1, 3);
    initHooks(self);
    return new PyAsyncGenAwaitable(self, 'athrow', exceptionToThrow(args));
  },
  aclose(self: PyGenerator) {
    initHooks(self);
    return new PyAsyncGenAwaitable(self, 'aclose', null);
  },
  __repr__(self: PyGenerator) {
    return `<async_generator object ${self.qualname} at ${addressOf(self)}>`;
  },
});
