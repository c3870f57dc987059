// The state of the running Python thread: the frame being executed, the exception being
// handled (sys.exc_info()), and how deep in the JS stack its eval loop is. (The recursion
// depth is counted in objects/protocols.ts.) One object, the running thread's: the
// thread scheduler (threads.ts) saves and restores its fields when another thread takes
// the GIL, so that the eval loop can keep a reference to it.
import type { Py } from '../objects/object';
import { PyObject } from '../objects/object';
import { objectType, type PyType } from '../objects/type';
import { PyBuiltinFunction, PyMethodDescriptor } from '../objects/native';
import type { Frame } from './frame';
import type { ThreadTracing } from './tracing';

export interface ThreadState {
  frame: Frame | null;
  /** The exception an `except` or `finally` block is handling; null when none. */
  handled: Py;
  /**
   * How many eval loops of this thread runFrame started and have not ended: 0 while the
   * only one running is the one the scheduler resumes the thread in (all its Python calls
   * inlined there), the one place a thread can be suspended.
   */
  nested: number;
  /** Whether the scheduler runs this thread's frames (and can suspend them): false for the main thread. */
  parkable: boolean;
  /**
   * The callable the eval loop's CALL last called natively (set just before the call): a
   * blocking native takes it (takeDirectCall) to learn whether CALL called it itself, the
   * one case where it may park the thread by returning THREAD_PARKED.
   */
  directCall: Py | undefined;
  /** The thread's trace and profile functions (sys.settrace, sys.setprofile); null while it has neither. */
  tracing: ThreadTracing | null;
}

export const threadState: ThreadState = { frame: null, handled: null, nested: 0, parkable: false, directCall: undefined, tracing: null };

/** The callable CALL last called natively, cleared (so that a later, indirect call does not see it). */
export function takeDirectCall(): Py | undefined {
  const callable = threadState.directCall;
  threadState.directCall = undefined;
  return callable;
}

/**
 * Whether CALL itself called a native method of `owner` on `self`, named `name` (or one
 * of the names: a method and its aliases), as an unbound descriptor or bound; clears
 * what it called.
 */
export function takeDirectMethodCall(owner: PyType, self: Py, name: string | readonly string[]): boolean {
  const callee = takeDirectCall();
  const named = (calleeName: string) => (typeof name === 'string' ? calleeName === name : name.includes(calleeName));
  if (callee instanceof PyMethodDescriptor) return callee.owner === owner && named(callee.name);
  return callee instanceof PyBuiltinFunction && callee.self === self && named(callee.name);
}

/**
 * What a blocking native called by CALL returns when the calling thread parks (see
 * threads.ts), and what the eval loop then returns to the scheduler: the thread's frames
 * keep their ip and sp, to be resumed with the call's value pushed.
 */
export const THREAD_PARKED: Py = new PyObject(objectType);
