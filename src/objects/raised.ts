// Raising without a JS throw. A throw costs V8 about a microsecond however near its
// catch is (it records where it was thrown, and unwinds frame by frame), several times
// what a raise and catch costs CPython. So the eval loop, compiled code and the helpers
// of the commonest raises (a missing dict key, a list index out of range, int() of a
// bad literal) return RAISED instead of a value, the exception kept here, and the
// loop's execute() takes it as it takes a thrown one.
import type { Py } from './object';

/** What is returned in place of a value when `pendingRaise.exception` is raised. */
export const RAISED = Symbol('raised');

const pendingRaise = { exception: undefined as Py | undefined };

export function raised(exc: Py): typeof RAISED {
  pendingRaise.exception = exc;
  return RAISED;
}

/** `value`, unless it is RAISED: then the exception it stands for is thrown, by a caller that cannot return it. */
export function thrownIfRaised<T>(value: T | typeof RAISED): T {
  if (value === RAISED) throw takePendingRaise();
  return value;
}

/** The exception a RAISED stood for, no longer held here. */
export function takePendingRaise(): Py | undefined {
  const exc = pendingRaise.exception;
  pendingRaise.exception = undefined;
  return exc;
}
