// The methods of generators, coroutines and async generators' shared core: iteration,
// send/throw/close, and the gi_*/cr_* introspection attributes.
import type { Py } from '../objects/object';
import { PyType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { checkArgCount, defineGetSets, defineMethods } from '../objects/native';
import { BaseException, newException, PyBaseException, StopIteration, typeError } from '../objects/exceptions';
import { call, pyRepr } from '../objects/protocols';
import { PyTuple } from '../objects/tuple';
import { PyTraceback } from '../objects/traceback';
import { addressOf } from '../objects/identity';
import { pyCode } from '../objects/code';
import { FrameState } from './frame';
import { asyncGeneratorType, coroutineType, generatorType, PyGenerator, SendResult, sendOutcome } from './generator';
import { frameObject } from './frameObject';
import { RAISED, raised } from '../objects/raised';

/** The value a send/throw produced, or StopIteration(value) when the generator returned. */
function outcome(result: SendResult): Py {
  if (result === SendResult.YIELDED) return sendOutcome.value;
  throw returned();
}

/** The StopIteration of a generator that returned, its return value in it. */
function returned(): PyBaseException {
  const value = sendOutcome.value;
  return value === null ? newException(StopIteration) : newException(StopIteration, value);
}

/** A generator's __next__, but RAISED (objects/raised.ts) for the StopIteration of its return, as next() takes it. */
export function generatorNext(generator: PyGenerator): Py | typeof RAISED {
  return generator.resume(null) === SendResult.YIELDED ? sendOutcome.value : raised(returned());
}

/** throw()'s arguments, in the 3.11 forms: throw(exc), throw(type), throw(type, value[, tb]). */
export function exceptionToThrow(args: Py[]): PyBaseException {
  const [type, value, traceback] = args;
  if (traceback !== undefined && traceback !== null && !(traceback instanceof PyTraceback)) {
    throw typeError('throw() third argument must be a traceback object');
  }
  let exc: PyBaseException;
  if (type instanceof PyType && type.isSubtypeOf(BaseException)) {
    exc = value instanceof PyBaseException && value.cls.isSubtypeOf(type) ? value : normalized(type, value ?? null);
  } else if (type instanceof PyBaseException) {
    if (value !== undefined && value !== null) throw typeError('instance exception may not have a separate value');
    exc = type;
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(type ?? null).name}`);
  }
  if (traceback instanceof PyTraceback) exc.traceback = traceback;
  return exc;
}

/**
 * PyErr_NormalizeException: the class called with the value (a tuple is the arguments);
 * whatever goes wrong there is the exception thrown in instead.
 */
function normalized(type: PyType, value: Py): PyBaseException {
  try {
    const exc = call(type, value === null ? [] : value instanceof PyTuple ? value.items : [value]);
    if (exc instanceof PyBaseException) return exc;
    return typeError(`calling ${pyRepr(type)} should have returned an instance of BaseException, not ${typeOf(exc).name}`);
  } catch (error) {
    if (error instanceof PyBaseException) return error;
    throw error;
  }
}

for (const type of [generatorType, coroutineType]) {
  defineMethods(type, {
    send(self: PyGenerator, args) {
      checkArgCount('send', args, null, 1);
      return outcome(self.resume(args[0]));
    },
    throw(self: PyGenerator, args) {
      checkArgCount('throw', args, null, 1, 3);
      return outcome(self.throwInto(exceptionToThrow(args)));
    },
    close(self: PyGenerator) {
      self.close();
      return null;
    },
    __repr__(self: PyGenerator) {
      return `<${typeOf(self).name} object ${self.qualname} at ${addressOf(self)}>`;
    },
  });
}

defineMethods(generatorType, {
  __iter__: (self) => self,
  __next__(self: PyGenerator) {
    return outcome(self.resume(null));
  },
});
generatorType.iteratesItself = true;

/** The introspection attributes generators (gi_*), coroutines (cr_*) and async generators (ag_*) share. */
const KINDS: readonly [type: PyType, prefix: string][] = [[generatorType, 'gi'], [coroutineType, 'cr'], [asyncGeneratorType, 'ag']];
for (const [type, p] of KINDS) {
  defineGetSets(type, {
    [`${p}_frame`]: { get: (self: PyGenerator): Py => (self.frame.state === FrameState.COMPLETED ? null : frameObject(self.frame)) },
    [`${p}_code`]: { get: (self: PyGenerator): Py => pyCode(self.frame.code) },
    [p === 'gi' ? 'gi_yieldfrom' : `${p}_await`]: { get: (self: PyGenerator): Py => self.delegate() ?? null },
    __name__: {
      get: (self: PyGenerator): Py => self.name,
      set(self: PyGenerator, value) {
        if (typeof value !== 'string') throw typeError('__name__ must be set to a string object');
        self.name = value;
      },
    },
    __qualname__: {
      get: (self: PyGenerator): Py => self.qualname,
      set(self: PyGenerator, value) {
        if (typeof value !== 'string') throw typeError('__qualname__ must be set to a string object');
        self.qualname = value;
      },
    },
  });
  // An async generator is "running" while an asend()/athrow() awaitable drives it (it has no ag_suspended).
  defineGetSets(type, p === 'ag'
    ? { ag_running: { get: (self: PyGenerator): Py => self.runningAsync } }
    : {
      [`${p}_running`]: { get: (self: PyGenerator): Py => self.running },
      [`${p}_suspended`]: { get: (self: PyGenerator): Py => self.frame.state === FrameState.SUSPENDED },
    });
}
