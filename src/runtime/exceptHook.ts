// Handing an uncaught exception to sys.excepthook, as CPython's PyErr_PrintEx does: the
// hook (by default the printer of tracebackPrinter.ts) decides what is shown; a missing
// hook, or one that fails, is reported on stderr with the original exception.
import { PyBaseException, SystemExit } from '../objects/exceptions';
import { call } from '../objects/protocols';
import { toPyException } from '../objects/pyErrorConversion';
import { sysModule } from '../modules/sys';
import { stderr, stdout } from '../modules/consoleStream';
import { formatException } from './tracebackPrinter';

/**
 * Shows `exc` through sys.excepthook. Returns the SystemExit the hook raised, if it did:
 * the interpreter then exits with that exit's status instead.
 */
export function showUncaught(exc: PyBaseException): PyBaseException | undefined {
  const hook = sysModule.dict.getStr('excepthook');
  if (hook === undefined) {
    stdout.flush();
    stderr.write(`sys.excepthook is missing\n${formatException(exc)}`);
    return undefined;
  }
  try {
    call(hook, [exc.cls, exc, exc.traceback]);
  } catch (caught) {
    const failure = toPyException(caught);
    if (failure.cls.isSubtypeOf(SystemExit)) return failure;
    stdout.flush();
    stderr.write(`Error in sys.excepthook:\n${formatException(failure)}\nOriginal exception was:\n${formatException(exc)}`);
  }
  return undefined;
}
