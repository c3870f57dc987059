// _thread._excepthook and _thread._ExceptHookArgs, which threading takes as its
// excepthook and ExceptHookArgs: how an exception that ended a Thread's run() is shown
// ("Exception in thread NAME:" and the traceback, on sys.stderr or else on the stderr
// the thread started with; SystemExit is silent).
import type { Py } from '../objects/object';
import { SystemExit, typeError } from '../objects/exceptions';
import { structSeqType } from '../objects/structSeq';
import { PyTuple } from '../objects/tuple';
import { typeOf } from '../objects/typeOf';
import { checkArgCount } from '../objects/native';
import { call, getAttr, getAttrOrUndefined, pyStr } from '../objects/protocols';
import { currentThread } from '../vm/threads';
import { defineFunction } from './builtins';
import { getSysAttribute } from './sysAccess';
import { threadModule } from './thread';

const exceptHookArgsType = structSeqType('_thread', '_ExceptHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'thread']);
exceptHookArgsType.attrs.set('__doc__', 'ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.');
threadModule.dict.setStr('_ExceptHookArgs', exceptHookArgsType);

/**
 * What PyErr_Display writes for an exception value and traceback, as the runtime formats
 * it (its printer lives above the modules): registered at start-up.
 */
let formatDisplayedError = (value: Py, _traceback: Py): string => `${typeOf(value).name}: ${pyStr(value)}\n`;

export function setThreadExceptionFormatter(format: (value: Py, traceback: Py) => string): void {
  formatDisplayedError = format;
}

defineFunction(threadModule, '_excepthook', (args, kwnames) => {
  checkArgCount('_thread._excepthook', args, kwnames, 1);
  const hookArgs = args[0];
  if (!(hookArgs instanceof PyTuple) || hookArgs.cls !== exceptHookArgsType) {
    throw typeError('_thread.excepthook argument type must be ExceptHookArgs');
  }
  const [excType, excValue, excTraceback, thread] = hookArgs.items;
  if (excType === SystemExit) return null;
  let file = getSysAttribute('stderr');
  if (file === null) {
    // Without sys.stderr, the stderr the thread started with (nothing without that either).
    if (thread === null) return null;
    file = getAttr(thread, '_stderr');
    if (file === null) return null;
  }
  showThreadException(file, excValue, excTraceback, thread);
  return null;
}, 'excepthook(exc_type, exc_value, exc_traceback, thread)\n\nHandle uncaught Thread.run() exception.');

/** thread_excepthook_file: "Exception in thread NAME:" (the thread's ident if it has no name), then the traceback. */
function showThreadException(file: Py, value: Py, traceback: Py, thread: Py): void {
  const write = getAttr(file, 'write');
  call(write, ['Exception in thread ']);
  const name = thread === null ? undefined : getAttrOrUndefined(thread, 'name');
  call(write, [name === undefined ? String(currentThread().ident) : pyStr(name)]);
  call(write, [':\n']);
  call(write, [formatDisplayedError(value, traceback)]);
  call(getAttr(file, 'flush'), []);
}
