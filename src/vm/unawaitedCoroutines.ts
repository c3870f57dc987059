// "coroutine '...' was never awaited": CPython warns when a coroutine that never started
// is finalized. pyvm finalizes at exit (./deferredFinalization), where no frame is
// running, so the warning names the line that made the coroutine instead of the one
// that dropped it; for the usual mistake, calling a coroutine function without await,
// the two are the same line.
import type { Py } from '../objects/object';
import { deferFinalizer, dropFinalizer } from './deferredFinalization';
import { threadState } from './threadState';
import { type Frame, markEscaped } from './frame';

/** Where a coroutine was made: the calling frame, at the call. */
export interface CreationSite {
  readonly frame: Frame;
  readonly lasti: number;
}

/** What reports an unawaited coroutine (the warnings machinery: set by the modules layer). */
let warnUnawaited: (coroutine: Py, site: CreationSite | null) => void = () => {};

export function setUnawaitedCoroutineReporter(report: (coroutine: Py, site: CreationSite | null) => void): void {
  warnUnawaited = report;
}

/** A coroutine was made by `caller`: unless it starts or closes first, it is reported at exit. */
export function noteNewCoroutine(coroutine: Py & object, caller: Frame | null): void {
  // (The warning, if it comes, reads the caller's frame: it is not to be reused.)
  markEscaped(caller);
  const site = caller === null ? null : { frame: caller, lasti: caller.lasti };
  deferFinalizer(coroutine, () => warnUnawaited(coroutine, site));
}

/**
 * The coroutine is finalized now (its frame is cleared): if it never started, the warning
 * comes now, located where Python code runs now, as CPython locates it.
 */
export function finalizeCoroutineNow(coroutine: Py & object): void {
  if (!dropFinalizer(coroutine)) return;
  const frame = threadState.frame;
  warnUnawaited(coroutine, frame === null ? null : { frame, lasti: frame.lasti });
}

/** The coroutine started or was closed: nothing to report. */
export function coroutineLeftCreatedState(coroutine: object): void {
  dropFinalizer(coroutine);
}
