// RAISE_VARARGS and RERAISE, as the eval loop and compiled code both run them: the
// exception is returned as RAISED (objects/raised.ts), with what execute() needs to know
// beside it in `raising`.
import type { Py } from '../objects/object';
import { PyType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { BaseException, newException, PyBaseException, RuntimeError, typeError } from '../objects/exceptions';
import { call, pyRepr } from '../objects/protocols';
import { RAISED, raised } from '../objects/raised';
import { topmostHandled } from './generator';
import { setChainedContext } from './exceptionContext';
import type { Frame } from './frame';

/**
 * What a raise of the loop's own tells execute() beside the exception (pendingRaise):
 * that it is raised again (RERAISE, a bare raise: no new traceback entry), and where a
 * RERAISE that restored an earlier lasti was (the exception table is searched from there).
 */
export const raising = { again: false, reraisedAt: -1 };

/** RAISE_VARARGS: `raise` (oparg 0: the exception being handled, again), `raise exc` (1), `raise exc from cause` (2). */
export function raiseVarargs(oparg: number, value: Py | undefined, cause: Py | undefined): typeof RAISED {
  if (oparg === 0) {
    const handled = topmostHandled();
    if (handled === null) return raised(newException(RuntimeError, 'No active exception to reraise'));
    raising.again = true;
    return raised(handled);
  }
  const exc = exceptionToRaise(value!);
  if (cause !== undefined) setCause(exc, cause);
  setChainedContext(exc, topmostHandled());
  exc.contextPending = false;
  return raised(exc);
}

/**
 * RERAISE (and END_ASYNC_FOR for what is not a StopAsyncIteration): `exc` raised again
 * from `frame`; `restoredLasti`, unless negative, is the lasti its handler saved, which
 * the frame reports.
 */
export function reraise(frame: Frame, exc: Py, restoredLasti: number): typeof RAISED {
  // The handler is still looked up from here; the restored lasti is what the frame reports (and pushes again).
  raising.reraisedAt = frame.lasti;
  if (restoredLasti >= 0) frame.lasti = restoredLasti;
  raising.again = true;
  return raised(exc);
}

/** What `raise X` raises: an exception instance as is, an exception class instantiated. */
function exceptionToRaise(value: Py): PyBaseException {
  if (value instanceof PyType && value.isSubtypeOf(BaseException)) {
    const instance = call(value, []);
    if (!(instance instanceof PyBaseException)) {
      throw typeError(`calling ${pyRepr(value)} should have returned an instance of BaseException, not ${pyRepr(typeOf(instance))}`);
    }
    return instance;
  }
  if (value instanceof PyBaseException) return value;
  throw typeError('exceptions must derive from BaseException');
}

function setCause(exc: PyBaseException, cause: Py): void {
  if (cause === null) {
    exc.cause = null;
  } else if (cause instanceof PyType && cause.isSubtypeOf(BaseException)) {
    exc.cause = call(cause, []);
  } else if (cause instanceof PyBaseException) {
    exc.cause = cause;
  } else {
    throw typeError('exception causes must derive from BaseException');
  }
  exc.suppressContext = true;
}
