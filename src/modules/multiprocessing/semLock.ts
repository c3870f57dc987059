// _multiprocessing.SemLock: a semaphore of ./semaphoreTable.ts (shared by every
// interpreter), as a lock (RECURSIVE_MUTEX) or a counting semaphore (SEMAPHORE), with
// CPython's semantics (Modules/_multiprocessing/semaphore.c). As there, who holds a
// recursive lock and how often is the object's business, not the shared memory's:
// `count` (acquires minus releases by this object) and the thread that last acquired.
import type { Py } from '../../objects/object';
import { PyObject } from '../../objects/object';
import { nativeType, type PyType } from '../../objects/type';
import { bindClinicArguments, checkArgCount, defineClassMethods, defineMethods, noKeywords, PyBuiltinFunction, PyMethodDescriptor } from '../../objects/native';
import { defineNew } from '../../objects/builtinNew';
import { defineReadonlyMembers } from '../../objects/readonlyMembers';
import { newInstance } from '../../objects/objectMethods';
import { AssertionError, newException, OverflowError, typeError, ValueError } from '../../objects/exceptions';
import { intValue } from '../../objects/int';
import { pyIndex } from '../../objects/protocols';
import { cIntArgument } from '../../objects/bytesArguments';
import { encodeStr } from '../../objects/strCodecs';
import { typeOf } from '../../objects/typeOf';
import { clinicStrArgument, strValue } from '../../objects/str';
import { pyInt } from '../../ast/constant';
import { takeDirectCall } from '../../vm/threadState';
import { blockThread, currentThread } from '../../vm/threads';
import { wakeOnSharedWord } from '../../vm/blockingWait';
import { systemError } from '../io/osErrors';
import { asDouble } from '../math';
import { currentPid } from '../posix/processIdentity';
import {
  createSemaphore, increment, openSemaphore, releasesWord, SEM_VALUE_MAX, semaphoreName, semaphoreValue, tryDecrement, unlinkSemaphore,
} from './semaphoreTable';

const RECURSIVE_MUTEX = 0;
const SEMAPHORE = 1;
const ENOENT = 2;
const EINVAL = 22;
/** A timeout this long (in seconds) overflows sem_timedwait's deadline, which then fails with EINVAL. */
const TIMEOUT_OVERFLOW = 2 ** 63;

class PySemLock extends PyObject {
  /** Acquires minus releases through this object (negative for a semaphore others acquired). */
  count = 0;
  /** The thread (and interpreter) that acquired it last. */
  lastThread = 0;
  lastPid = 0;

  constructor(
    cls: PyType,
    /** The slot in the semaphore table; `handle` as Python sees it may be any int (from _rebuild). */
    readonly handle: number | bigint,
    readonly kind: number,
    readonly maxvalue: number,
    readonly name: string | null,
  ) {
    super(cls);
  }

  /** CPython's ISMINE: this object acquired it (more than it released) in the running thread. */
  isMine(): boolean {
    return this.count > 0 && this.lastThread === currentThread().ident && this.lastPid === currentPid();
  }

  tookIt(): void {
    this.count++;
    this.lastThread = currentThread().ident;
    this.lastPid = currentPid();
  }

  get slot(): number {
    return typeof this.handle === 'number' ? this.handle : -1;
  }
}

export const semLockType = nativeType('SemLock', undefined, {});
semLockType.attrs.set('__module__', '_multiprocessing');
semLockType.attrs.set('__doc__', 'Semaphore/Mutex type');
semLockType.attrs.set('SEM_VALUE_MAX', SEM_VALUE_MAX);

/** Raises the OSError of a table function's negative errno; passes anything else through. */
function checked(result: number): number {
  if (result < 0) throw systemError(-result);
  return result;
}

/** A semaphore name as sem_open sees it: UTF-8 (strictly), without NUL. */
function nameBytes(name: string): Uint8Array {
  if (name.includes('\0')) throw newException(ValueError, 'embedded null character');
  return encodeStr(name, 'utf-8', 'strict');
}

/** The name sem_open makes of `utf8`, or its OSError. */
function validName(utf8: Uint8Array): Uint8Array {
  const name = semaphoreName(utf8);
  if (typeof name === 'number') throw systemError(-name);
  return name;
}

function newSemLock(cls: PyType, handle: number | bigint, kind: number, maxvalue: number, name: string | null): PySemLock {
  return newInstance(cls, new PySemLock(cls, handle, kind, maxvalue, name));
}

const NEW = { name: 'SemLock', names: ['kind', 'value', 'maxvalue', 'name', 'unlink'], positionalOnly: 0 };

defineNew(semLockType, (cls, args, kwnames) => {
  const [kindArg, valueArg, maxvalueArg, nameArg, unlinkArg] = bindClinicArguments(NEW, args, kwnames);
  const kind = cIntArgument(kindArg!);
  const value = cIntArgument(valueArg!);
  const maxvalue = cIntArgument(maxvalueArg!);
  const nameText = clinicStrArgument(nameArg!, "SemLock() argument 'name'");
  const utf8 = nameBytes(nameText);
  const unlink = cIntArgument(unlinkArg!) !== 0;
  if (kind !== RECURSIVE_MUTEX && kind !== SEMAPHORE) throw newException(ValueError, 'unrecognized kind');
  const name = validName(utf8);
  // sem_open takes the value as unsigned: a negative one is beyond SEM_VALUE_MAX.
  if (value < 0) throw systemError(EINVAL);
  const handle = checked(createSemaphore(name, value, !unlink));
  return newSemLock(cls, handle, kind, maxvalue, unlink ? null : nameText);
});

// ---------------------------------------------------------------- acquire

const ACQUIRE = { name: 'acquire', names: ['block', 'timeout'], required: 0, positionalOnly: 0 };

/** How many waits of this interpreter want other interpreters' releases to wake it. */
let crossInterpreterWaits = 0;

function beginCrossInterpreterWait(): void {
  if (crossInterpreterWaits++ === 0) wakeOnSharedWord(releasesWord());
}

function endCrossInterpreterWait(): void {
  if (--crossInterpreterWaits === 0) wakeOnSharedWord(null);
}

/** Waits for the semaphore until `deadline` (performance.now()), giving up the GIL: whether it took it; THREAD_PARKED when `direct`. */
function waitToTake(self: PySemLock, deadline: number, direct: boolean): Py {
  let taken = false;
  beginCrossInterpreterWait();
  return blockThread({
    reason: 'lock',
    deadline,
    // Taking it is asking whether it can be taken: another interpreter may take it between
    // the question and the thread's turn to run. (An exception thrown into the parked thread
    // after it took one would keep that one: CPython's sem_wait cannot be interrupted so late.)
    ready: () => taken || (taken = checked(tryDecrement(self.slot)) === 1),
    finish(met) {
      endCrossInterpreterWait();
      if (!met) return false;
      self.tookIt();
      return true;
    },
  }, direct);
}

function acquire(self: PySemLock, args: Py[], kwnames: readonly string[] | null, direct: boolean): Py {
  const [blockArg, timeoutArg] = bindClinicArguments(ACQUIRE, args, kwnames);
  const blocking = blockArg === undefined || cIntArgument(blockArg) !== 0;
  if (self.kind === RECURSIVE_MUTEX && self.isMine()) {
    self.count++;
    return true;
  }
  /** In seconds; null for none. */
  let timeout: number | null = null;
  if (timeoutArg !== undefined && timeoutArg !== null) timeout = Math.max(0, asDouble(timeoutArg));
  if (checked(tryDecrement(self.slot)) === 1) {
    self.tookIt();
    return true;
  }
  if (!blocking) return false;
  if (timeout === null) return waitToTake(self, Infinity, direct);
  // (Math.max kept a NaN.)
  if (!(timeout < TIMEOUT_OVERFLOW)) throw systemError(EINVAL);
  if (timeout === 0) return false;
  return waitToTake(self, performance.now() + timeout * 1000, direct);
}

/** Whether the eval loop's CALL (or BEFORE_WITH) called this method of `self` itself: it may then park the thread. */
function calledDirectly(self: PySemLock, name: string): boolean {
  const callee = takeDirectCall();
  if (callee instanceof PyMethodDescriptor) return callee.owner === semLockType && callee.name === name;
  return callee instanceof PyBuiltinFunction && callee.self === self && callee.name === name;
}

// ---------------------------------------------------------------- release

function release(self: PySemLock): Py {
  if (self.kind === RECURSIVE_MUTEX) {
    if (!self.isMine()) throw newException(AssertionError, 'attempt to release recursive lock not owned by thread');
    if (self.count > 1) {
      self.count--;
      return null;
    }
  } else if (checked(semaphoreValue(self.slot)) >= self.maxvalue) {
    // (As CPython's, no guarantee: another release may come between the check and the post.)
    throw newException(ValueError, 'semaphore or lock released too many times');
  }
  checked(increment(self.slot));
  self.count--;
  return null;
}

function currentValue(self: PySemLock): number {
  return Math.max(0, checked(semaphoreValue(self.slot)));
}

defineMethods(semLockType, {
  acquire(self: PySemLock, args, kwnames) {
    return acquire(self, args, kwnames, calledDirectly(self, 'acquire'));
  },
  release(self: PySemLock, args, kwnames) {
    checkArgCount('SemLock.release', args, kwnames, 0);
    return release(self);
  },
  __enter__(self: PySemLock, args, kwnames) {
    const direct = calledDirectly(self, '__enter__');
    checkArgCount('SemLock.__enter__', args, kwnames, 0);
    return acquire(self, [], null, direct);
  },
  __exit__(self: PySemLock, args, kwnames) {
    checkArgCount('__exit__', args, kwnames, 0, 3);
    return release(self);
  },
  _count(self: PySemLock, args, kwnames) {
    checkArgCount('SemLock._count', args, kwnames, 0);
    return self.count;
  },
  _is_mine(self: PySemLock, args, kwnames) {
    checkArgCount('SemLock._is_mine', args, kwnames, 0);
    return self.isMine();
  },
  _get_value(self: PySemLock, args, kwnames) {
    checkArgCount('SemLock._get_value', args, kwnames, 0);
    return currentValue(self);
  },
  _is_zero(self: PySemLock, args, kwnames) {
    checkArgCount('SemLock._is_zero', args, kwnames, 0);
    return currentValue(self) === 0;
  },
  _after_fork(self: PySemLock, args, kwnames) {
    checkArgCount('SemLock._after_fork', args, kwnames, 0);
    self.count = 0;
    return null;
  },
});

// ---------------------------------------------------------------- _rebuild

/** PyArg_Parse's "i": a C int, with its own overflow wording. */
function parseArgInt(value: Py): number {
  const index = pyIndex(value);
  if (index > 2 ** 31 - 1) throw newException(OverflowError, 'signed integer is greater than maximum');
  if (index < -(2 ** 31)) throw newException(OverflowError, 'signed integer is less than minimum');
  return Number(index);
}

defineClassMethods(semLockType, {
  _rebuild(cls: PyType, args, kwnames) {
    noKeywords('SemLock._rebuild', kwnames);
    if (args.length !== 4) throw typeError(`_rebuild() takes exactly 4 arguments (${args.length} given)`);
    const [handleArg, kindArg, maxvalueArg, nameArg] = args;
    const handleInt = intValue(handleArg);
    if (handleInt === undefined) throw typeError(`_rebuild() argument 1 must be int, not ${typeOf(handleArg).name}`);
    // PyArg_Parse's "k" (the handle is a pointer in CPython): the int modulo 2**64.
    let handle = pyInt(BigInt.asUintN(64, BigInt(handleInt)));
    const kind = parseArgInt(kindArg);
    const maxvalue = parseArgInt(maxvalueArg);
    const name = nameArg === null ? null : strValue(nameArg);
    if (name === undefined) throw typeError(`_rebuild() argument 4 must be str or None, not ${typeOf(nameArg).name}`);
    if (name !== null) handle = checked(openSemaphore(validName(nameBytes(name))));
    return newSemLock(cls, handle, kind, maxvalue, name);
  },
});

defineReadonlyMembers<PySemLock>(semLockType, {
  handle: (self) => self.handle,
  kind: (self) => self.kind,
  maxvalue: (self) => self.maxvalue,
  name: (self) => self.name,
});

/** _multiprocessing.sem_unlink(name): any name it cannot have made is a missing one, as glibc's sem_unlink says. */
export function unlinkNamedSemaphore(name: string): void {
  const canonical = semaphoreName(nameBytes(name));
  checked(typeof canonical === 'number' ? -ENOENT : unlinkSemaphore(canonical));
}
