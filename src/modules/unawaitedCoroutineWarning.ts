// The RuntimeWarning for a coroutine never awaited, as CPython's
// _PyErr_WarnUnawaitedCoroutine gives it: warnings._warn_unawaited_coroutine(coro) words
// it (with where the coroutine was made, when origins are tracked) and warns with
// stacklevel=2 and the coroutine as source; when that function cannot be had or fails,
// its error is reported as unraisable and a plain warning given instead (unless what
// failed was the warning itself, turned into an error by the filters).
//
// The warning is located at the line that made the coroutine (see ../vm/unawaitedCoroutines
// for why that line): while the Python function runs, that line stands as the frame
// that called it, so that its stacklevel=2 finds it.
import { PyBaseException, RuntimeWarning } from '../objects/exceptions';
import { call, getAttr, isInstance, pyStr } from '../objects/protocols';
import { Frame } from '../vm/frame';
import { threadState } from '../vm/threadState';
import { reportFinalizerFailure } from '../vm/deferredFinalization';
import { type CreationSite, setUnawaitedCoroutineReporter } from '../vm/unawaitedCoroutines';
import { warnAboutObject, warningsAttribute } from './warnings';

setUnawaitedCoroutineReporter((coroutine, site) => {
  runningAt(site, () => {
    let warned = false;
    try {
      const warnUnawaited = warningsAttribute('_warn_unawaited_coroutine', true);
      if (warnUnawaited !== undefined) {
        call(warnUnawaited, [coroutine]);
        warned = true;
      }
    } catch (error) {
      warned = error instanceof PyBaseException && isInstance(error, RuntimeWarning);
      reportFinalizerFailure(coroutine as object, error);
    }
    if (warned) return;
    try {
      warnAboutObject(coroutine, RuntimeWarning, `coroutine '${pyStr(getAttr(coroutine, '__qualname__'))}' was never awaited`, 1);
    } catch (error) {
      reportFinalizerFailure(coroutine as object, error);
    }
  });
});

/**
 * Runs `body` with the creation site as the running frame: the frame itself when it is
 * still at that instruction, else a stand-in for it (same code and globals, at the
 * site's instruction); no frame at all for a coroutine no Python code made.
 */
function runningAt(site: CreationSite | null, body: () => void): void {
  const running = threadState.frame;
  if (site !== null && site.frame === running && site.frame.lasti === site.lasti) {
    body();
    return;
  }
  let standIn: Frame | null = null;
  if (site !== null) {
    const { frame, lasti } = site;
    standIn = new Frame(frame.code, frame.globals, frame.builtins, null, null);
    standIn.lasti = lasti;
    standIn.back = frame.back;
  }
  threadState.frame = standIn;
  try {
    body();
  } finally {
    threadState.frame = running;
  }
}
