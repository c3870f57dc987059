// The _thread module: locks, thread identity and thread-local data. Until pyvm runs
// Python threads (each on a worker, under a GIL), there is one thread: a lock that is
// held can only be waited on until the timeout (or, without one, until an interrupt).
import type { Py } from '../objects/object';
import { PyObject } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType, PyInstance, type PyType } from '../objects/type';
import { bindArguments, checkArgCount, defineMethods, newTargetOf, PyBuiltinFunction } from '../objects/native';
import { newException, OverflowError, RuntimeError, typeError, ValueError } from '../objects/exceptions';
import { PyFloat } from '../objects/float';
import { intValue } from '../objects/int';
import { newDict } from '../objects/dictType';
import { addressOf } from '../objects/identity';
import { blockFor } from '../vm/blockingWait';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

export const threadModule = newModule('_thread', 'This module provides primitive operations to write multi-threaded programs.');
registerBuiltinModule('_thread', () => threadModule);

const MAIN_THREAD_ID = 140000000000000 + process.pid;
const TIMEOUT_MAX = 9223372036.0;

class PyLock extends PyObject {
  owner: number | null = null;
  depth = 0;
}

const ACQUIRE = { name: 'acquire', names: ['blocking', 'timeout'], required: 0, positionalOnly: 0 };

/** How long an acquire may wait: Infinity for "forever", 0 for non-blocking. */
function waitBudget(args: Py[], kwnames: readonly string[] | null): number {
  const [blocking, timeout] = bindArguments(ACQUIRE, args, kwnames);
  const seconds = timeout === undefined ? -1 : timeout instanceof PyFloat ? timeout.value : Number(intValue(timeout) ?? NaN);
  if (Number.isNaN(seconds)) throw typeError('timeout must be a number');
  if (blocking === false || blocking === 0) {
    if (seconds !== -1) throw newException(ValueError, "can't specify a timeout for a non-blocking call");
    return 0;
  }
  if (seconds < 0 && seconds !== -1) throw newException(ValueError, 'timeout value must be a non-negative number');
  if (seconds > TIMEOUT_MAX) throw newException(OverflowError, 'timeout value is too large');
  return seconds === -1 ? Infinity : seconds * 1000;
}

function lockType(name: string, reentrant: boolean): PyType {
  const type = nativeType(name, undefined, {});
  type.attrs.set('__module__', '_thread');
  type.attrs.set('__new__', new PyBuiltinFunction('__new__', (args) => new PyLock(newTargetOf(type, args)), undefined, null));
  const acquire = (self: PyLock, args: Py[], kwnames: readonly string[] | null): Py => {
    const budget = waitBudget(args, kwnames);
    if (self.owner === null || (reentrant && self.owner === MAIN_THREAD_ID)) {
      self.owner = MAIN_THREAD_ID;
      self.depth++;
      return true;
    }
    // No other thread can release it: wait out the budget (interruptible), then fail.
    blockFor(budget);
    return false;
  };
  const release = (self: PyLock): Py => {
    if (self.owner === null) throw newException(RuntimeError, reentrant ? 'cannot release un-acquired lock' : 'release unlocked lock');
    if (--self.depth === 0) self.owner = null;
    return null;
  };
  defineMethods(type, {
    acquire,
    acquire_lock: acquire,
    __enter__: acquire,
    release,
    release_lock: release,
    __exit__: release,
    locked: (self: PyLock) => self.owner !== null,
    locked_lock: (self: PyLock) => self.owner !== null,
    _is_owned: (self: PyLock) => self.owner === MAIN_THREAD_ID,
    _at_fork_reinit(self: PyLock) {
      self.owner = null;
      self.depth = 0;
      return null;
    },
    __repr__(self: PyLock) {
      const state = self.owner === null ? 'unlocked' : 'locked';
      if (reentrant) {
        return `<${state} _thread.RLock object owner=${self.owner ?? 0} count=${self.depth} at ${addressOf(self)}>`;
      }
      return `<${state} _thread.lock object at ${addressOf(self)}>`;
    },
  });
  return type;
}

const plainLockType = lockType('lock', false);
const reentrantLockType = lockType('RLock', true);
threadModule.dict.setStr('LockType', plainLockType);
threadModule.dict.setStr('lock', plainLockType);
threadModule.dict.setStr('RLock', reentrantLockType);
threadModule.dict.setStr('error', RuntimeError);
threadModule.dict.setStr('TIMEOUT_MAX', new PyFloat(TIMEOUT_MAX));

defineFunction(threadModule, 'allocate_lock', (args, kwnames) => {
  checkArgCount('allocate_lock', args, kwnames, 0);
  return new PyLock(plainLockType);
});
threadModule.dict.setStr('allocate', threadModule.dict.getStr('allocate_lock')!);
defineFunction(threadModule, 'get_ident', () => MAIN_THREAD_ID);
defineFunction(threadModule, 'get_native_id', () => process.pid);
defineFunction(threadModule, '_count', () => 0);
defineFunction(threadModule, 'stack_size', (args, kwnames) => {
  checkArgCount('stack_size', args, kwnames, 0, 1);
  return 0;
});
defineFunction(threadModule, 'daemon_threads_allowed', () => true);
defineFunction(threadModule, '_set_sentinel', () => new PyLock(plainLockType));
defineFunction(threadModule, 'start_new_thread', () => {
  throw newException(RuntimeError, "can't start new thread: pyvm does not run Python threads yet");
});
threadModule.dict.setStr('start_new', threadModule.dict.getStr('start_new_thread')!);

/** _thread._local: with one thread, a plain object whose attributes are its own. */
const localType = nativeType('_local', undefined, {
  factory: (cls) => {
    const instance = new PyInstance(cls);
    instance.dict = newDict();
    return instance;
  },
  instanceDict: true,
});
localType.attrs.set('__module__', '_thread');
threadModule.dict.setStr('_local', localType);
