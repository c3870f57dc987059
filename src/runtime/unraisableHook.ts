// sys.unraisablehook: how an exception that has nowhere to go is reported (one raised by
// an atexit callback, by a thread's function, by a finalizer...), as CPython's
// _PyErr_WriteUnraisableMsg reports it: the hook is called with an UnraisableHookArgs
// (exc_type, exc_value, exc_traceback, err_msg, object); the default one writes
// "Exception ignored in: <object>", the traceback and the exception on sys.stderr. A
// hook that fails is itself reported by the default one.
import type { Py } from '../objects/object';
import { newException, PyBaseException, SystemError, typeError } from '../objects/exceptions';
import { call, getAttr, pyRepr, pyStr } from '../objects/protocols';
import { newStructSeq, structSeqType } from '../objects/structSeq';
import { PyTraceback } from '../objects/traceback';
import type { PyTuple } from '../objects/tuple';
import { typeOf } from '../objects/typeOf';
import { toPyException } from '../objects/pyErrorConversion';
import { audit, defineSysFunction, sysModule } from '../modules/sys';
import { stdout } from '../modules/consoleStream';
import { formatTraceback, safely } from './tracebackPrinter';

const hookArgsType = structSeqType('builtins', 'UnraisableHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object']);
hookArgsType.attrs.set('__doc__', 'UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.');

defineSysFunction('unraisablehook', 1, 1, ([unraisable]) => {
  if (typeOf(unraisable) !== hookArgsType) throw typeError('sys.unraisablehook argument type must be UnraisableHookArgs');
  const [excType, excValue, excTraceback, errMsg, object] = (unraisable as PyTuple).items;
  // CPython fails without saying why when there is no exception type to show.
  if (!writeReport(excType, excValue, excTraceback, errMsg, object)) {
    throw newException(SystemError, '<built-in function unraisablehook> returned NULL without setting an exception');
  }
  return null;
});
sysModule.dict.setStr('__unraisablehook__', sysModule.dict.getStr('unraisablehook')!);

/**
 * Reports `exc` through sys.unraisablehook: `where` completes the message "Exception
 * ignored ..." (without it the hook gets None and says "Exception ignored in:"),
 * `object` is what was running (None for nothing).
 */
export function reportUnraisable(exc: PyBaseException, where: string | null, object: Py): void {
  const hookArgs = newStructSeq(hookArgsType, [exc.cls, exc, exc.traceback, where === null ? null : `Exception ignored ${where}`, object]);
  const hook = sysModule.dict.getStr('unraisablehook') ?? null;
  if (hook === null) {
    writeDefaultReport(hookArgs.items);
    return;
  }
  const failure = callHook(hook, hookArgs);
  if (failure !== undefined) writeDefaultReport(failure);
}

/** Calls the hook, once the audit hooks have heard of it; when either fails, what the default hook is to report instead. */
function callHook(hook: Py, hookArgs: PyTuple): Py[] | undefined {
  try {
    audit('sys.unraisablehook', [hook, hookArgs]);
  } catch (error) {
    return failureReport(error, 'Exception ignored in audit hook', null);
  }
  try {
    call(hook, [hookArgs]);
    return undefined;
  } catch (error) {
    return failureReport(error, 'Exception ignored in sys.unraisablehook', hook);
  }
}

function failureReport(error: unknown, message: string, object: Py): Py[] {
  const exc = toPyException(error);
  return [exc.cls, exc, exc.traceback, message, object];
}

/** The default hook's report, its own failure ignored (there is nowhere left to report it). */
function writeDefaultReport([excType, excValue, excTraceback, errMsg, object]: Py[]): void {
  try {
    writeReport(excType, excValue, excTraceback, errMsg, object);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
  }
}

/** write_unraisable_exc: the report on sys.stderr (none when that is None); false when there is no exception type to end it with. */
function writeReport(excType: Py, excValue: Py, excTraceback: Py, errMsg: Py, object: Py): boolean {
  const file = sysModule.dict.getStr('stderr') ?? null;
  if (file === null) return true;
  const write = (text: string): void => {
    call(getAttr(file, 'write'), [text]);
  };
  stdout.flush();
  if (object !== null) {
    write(errMsg === null ? 'Exception ignored in: ' : `${pyStr(errMsg)}: `);
    write(safely(() => pyRepr(object), '<object repr() failed>'));
    write('\n');
  } else if (errMsg !== null) {
    write(`${pyStr(errMsg)}:\n`);
  }
  // (What is not a traceback is passed over.)
  if (excTraceback instanceof PyTraceback) write(formatTraceback(excTraceback));
  if (excType === null) return false;
  const module = safely(() => getAttr(excType, '__module__'), null);
  if (typeof module !== 'string') write('<unknown>');
  else if (module !== 'builtins' && module !== '__main__') write(`${module}.`);
  const qualname = safely(() => getAttr(excType, '__qualname__'), null);
  write(typeof qualname === 'string' ? qualname : '<unknown>');
  if (excValue !== null) {
    write(': ');
    write(safely(() => pyStr(excValue), '<exception str() failed>'));
  }
  write('\n');
  call(getAttr(file, 'flush'), []);
  return true;
}
