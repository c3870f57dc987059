// The _thread module: starting threads, locks, thread identity. The threads are the
// scheduler's (../vm/threads.ts): Python threads under a GIL on the one JS thread. A lock
// wait gives up the GIL; called by the eval loop itself (`lock.acquire()`, `with lock:`
// in Python code), it parks the thread, to be resumed holding the lock.
//
// _thread._local is in threadLocal.ts, _thread._excepthook in threadExceptHook.ts.
import type { Py } from '../objects/object';
import { PyObject } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType, type PyType } from '../objects/type';
import { bindArguments, checkArgCount, defineMethods, newTargetOf, PyBuiltinFunction } from '../objects/native';
import { newException, OverflowError, RuntimeError, SystemExit, typeError, ValueError } from '../objects/exceptions';
import { PyFloat } from '../objects/float';
import { intValue } from '../objects/int';
import { PyDict } from '../objects/dict';
import { PyTuple, newTuple } from '../objects/tuple';
import { isCallable } from '../objects/protocols';
import { addressOf } from '../objects/identity';
import { takeDirectMethodCall } from '../vm/threadState';
import { blockThread, currentThread, otherThreadCount, startThread, type PythonThread } from '../vm/threads';
import { requestInterrupt } from '../vm/evalBreaker';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

export const threadModule = newModule('_thread', 'This module provides primitive operations to write multi-threaded programs.\nThe \'threading\' module provides a more convenient interface.');
registerBuiltinModule('_thread', () => threadModule);

const TIMEOUT_MAX = 9223372036.0;

class PyLock extends PyObject {
  owner: PythonThread | null = null;
  depth = 0;
  /** A lock of _set_sentinel, released when its thread ends: waiting on it is a join. */
  sentinel = false;
}

const ACQUIRE = { name: 'acquire', names: ['blocking', 'timeout'], required: 0, positionalOnly: 0 };

/** How long an acquire may wait, in milliseconds: Infinity for "forever", 0 for non-blocking. */
function waitBudget(args: Py[], kwnames: readonly string[] | null): number {
  const [blocking, timeout] = bindArguments(ACQUIRE, args, kwnames);
  const seconds = timeout === undefined ? -1 : timeout instanceof PyFloat ? timeout.value : Number(intValue(timeout) ?? NaN);
  if (Number.isNaN(seconds)) throw typeError('timeout must be a number');
  if (blocking === false || blocking === 0) {
    if (seconds !== -1) throw newException(ValueError, "can't specify a timeout for a non-blocking call");
    return 0;
  }
  if (seconds < 0 && seconds !== -1) throw newException(ValueError, 'timeout value must be positive');
  if (seconds > TIMEOUT_MAX) throw newException(OverflowError, 'timeout value is too large');
  return seconds === -1 ? Infinity : seconds * 1000;
}

function take(lock: PyLock, thread: PythonThread, depth: number): void {
  lock.owner = thread;
  lock.depth = depth;
}

/**
 * Takes `lock` for the running thread (`depth` times), waiting at most `budget` ms:
 * whether it did, or THREAD_PARKED (see blockThread) when `direct`.
 */
function acquireLock(lock: PyLock, reentrant: boolean, budget: number, depth: number, direct: boolean): Py {
  const me = currentThread();
  if (lock.owner === null) {
    take(lock, me, depth);
    return true;
  }
  if (reentrant && lock.owner === me) {
    lock.depth += depth;
    return true;
  }
  if (budget === 0) return false;
  return blockThread({
    reason: lock.sentinel ? 'join' : 'lock',
    deadline: performance.now() + budget,
    ready: () => lock.owner === null,
    finish(met) {
      if (met) take(lock, me, depth);
      return met;
    },
  }, direct);
}

const ACQUIRE_NAMES = ['acquire', 'acquire_lock', '_acquire_restore'];

function lockType(name: string, reentrant: boolean): PyType {
  const type = nativeType(name, undefined, {});
  type.attrs.set('__module__', '_thread');
  type.attrs.set('__new__', new PyBuiltinFunction('__new__', (args) => new PyLock(newTargetOf(type, args)), undefined, null));
  const acquire = (self: PyLock, args: Py[], kwnames: readonly string[] | null): Py => {
    const direct = takeDirectMethodCall(type, self, ACQUIRE_NAMES);
    return acquireLock(self, reentrant, waitBudget(args, kwnames), 1, direct);
  };
  const enter = (self: PyLock, args: Py[], kwnames: readonly string[] | null): Py => {
    const direct = takeDirectMethodCall(type, self, '__enter__');
    return acquireLock(self, reentrant, waitBudget(args, kwnames), 1, direct);
  };
  const release = (self: PyLock): Py => {
    if (self.owner === null || (reentrant && self.owner !== currentThread())) {
      throw newException(RuntimeError, reentrant ? 'cannot release un-acquired lock' : 'release unlocked lock');
    }
    if (--self.depth === 0) self.owner = null;
    return null;
  };
  defineMethods(type, {
    acquire,
    __enter__: enter,
    release,
    __exit__: release,
    _at_fork_reinit(self: PyLock) {
      self.owner = null;
      self.depth = 0;
      return null;
    },
    __repr__(self: PyLock) {
      const state = self.owner === null ? 'unlocked' : 'locked';
      if (reentrant) {
        return `<${state} _thread.RLock object owner=${self.owner?.ident ?? 0} count=${self.depth} at ${addressOf(self)}>`;
      }
      return `<${state} _thread.lock object at ${addressOf(self)}>`;
    },
  });
  if (reentrant) {
    defineMethods(type, {
      _is_owned: (self: PyLock) => self.owner === currentThread(),
      _recursion_count: (self: PyLock) => (self.owner === currentThread() ? self.depth : 0),
      // Condition.wait's: release whatever the depth, then take it back as it was.
      _release_save(self: PyLock) {
        if (self.owner === null || self.owner !== currentThread()) throw newException(RuntimeError, 'cannot release un-acquired lock');
        const saved = newTuple([self.depth, self.owner.ident]);
        self.owner = null;
        self.depth = 0;
        return saved;
      },
      _acquire_restore(self: PyLock, args: Py[], kwnames: readonly string[] | null) {
        const direct = takeDirectMethodCall(type, self, ACQUIRE_NAMES);
        checkArgCount('_acquire_restore', args, kwnames, 1);
        const state = args[0];
        if (!(state instanceof PyTuple) || state.items.length !== 2) throw typeError('_acquire_restore() argument must be a 2-tuple');
        const depth = Number(intValue(state.items[0]) ?? 1);
        const result = acquireLock(self, true, Infinity, depth, direct);
        return result === true ? null : result;
      },
    });
  } else {
    defineMethods(type, {
      acquire_lock: acquire,
      release_lock: release,
      locked: (self: PyLock) => self.owner !== null,
      locked_lock: (self: PyLock) => self.owner !== null,
    });
  }
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
defineFunction(threadModule, 'get_ident', () => currentThread().ident);
defineFunction(threadModule, 'get_native_id', () => currentThread().nativeId);
defineFunction(threadModule, '_count', () => otherThreadCount());
defineFunction(threadModule, 'stack_size', (args, kwnames) => {
  checkArgCount('stack_size', args, kwnames, 0, 1);
  return 0;
});
defineFunction(threadModule, 'daemon_threads_allowed', () => true);

defineFunction(threadModule, '_set_sentinel', (args, kwnames) => {
  checkArgCount('_set_sentinel', args, kwnames, 0);
  const lock = new PyLock(plainLockType);
  lock.sentinel = true;
  // (threading acquires it; the thread's end releases it.)
  currentThread().atExit.push(() => {
    lock.owner = null;
    lock.depth = 0;
  });
  return lock;
});

defineFunction(threadModule, 'start_new_thread', (args, kwnames) => {
  checkArgCount('start_new_thread', args, kwnames, 2, 3);
  const [callable, positional, keywords] = args;
  if (!isCallable(callable)) throw typeError('first arg must be callable');
  if (!(positional instanceof PyTuple)) throw typeError('2nd arg must be a tuple');
  if (keywords !== undefined && !(keywords instanceof PyDict)) throw typeError('optional 3rd arg must be a dictionary');
  const callArgs = [...positional.items];
  const names: string[] = [];
  for (const [key, value] of keywords?.entries() ?? []) {
    if (typeof key !== 'string') throw typeError('keywords must be strings');
    names.push(key);
    callArgs.push(value);
  }
  return startThread(callable, callArgs, names.length > 0 ? names : null).ident;
});
threadModule.dict.setStr('start_new', threadModule.dict.getStr('start_new_thread')!);

defineFunction(threadModule, 'exit', (args, kwnames) => {
  checkArgCount('exit', args, kwnames, 0);
  throw newException(SystemExit);
});
threadModule.dict.setStr('exit_thread', threadModule.dict.getStr('exit')!);

// Simulates SIGINT reaching the main thread (whose handler, by default, raises KeyboardInterrupt).
defineFunction(threadModule, 'interrupt_main', (args, kwnames) => {
  bindArguments({ name: 'interrupt_main', names: ['signum'], required: 0, positionalOnly: 0 }, args, kwnames);
  requestInterrupt();
  return null;
});
