// Finalizers CPython runs when an object's last reference goes (a future's "exception
// was never retrieved", a coroutine's "was never awaited"), run at exit instead: pyvm
// has no reference counts to tell when that is, and JS's collector tells only on Node's
// event loop, which does not turn while Python runs. So an object that would report
// something when it dies is kept here, in the order the need arose, until it no longer
// would (its exception retrieved, say), and whatever is still here at exit reports then.
// Its text is CPython's; only the moment differs. gc.collect() runs those of the objects
// it finds unreachable (see gcReachability.ts), as CPython's collection would have by then.
const pending = new Map<object, () => void>();

/**
 * Waiting keeps an object alive, so finalizers that many programs would leave by the
 * million (a __del__'s, a generator's close) wait only while fewer than this many do:
 * past that, their objects are left to JavaScript's collector and are not finalized,
 * where CPython frees each at once.
 */
export const MAX_WAITING_FINALIZERS = 10_000;

/** From now on, `finalize` runs at exit unless `dropFinalizer(object)` comes first. */
export function deferFinalizer(object: object, finalize: () => void): void {
  if (!pending.has(object)) pending.set(object, finalize);
}

/** How many finalizers are waiting. */
export function pendingFinalizerCount(): number {
  return pending.size;
}

/** Returns whether a finalizer was pending. */
export function dropFinalizer(object: object): boolean {
  return pending.delete(object);
}

let reportFailure: (object: object, error: unknown) => void = () => {};

/** How an error a finalizer raises is reported (CPython reports it as unraisable): the runtime says. */
export function setFinalizerFailureReporter(report: (object: object, error: unknown) => void): void {
  reportFailure = report;
}

/** Reports an error of a finalizer that handles its own errors (PyErr_WriteUnraisable), as the failures of those run here are. */
export function reportFinalizerFailure(object: object, error: unknown): void {
  reportFailure(object, error);
}

/** Runs the finalizers still pending, oldest first (ones they defer run too). */
export function runDeferredFinalizers(): void {
  for (const [object, finalize] of pending) runFinalizer(object, finalize);
}

/**
 * gc.collect(): runs now, oldest first, the pending finalizers of the objects that
 * `isReachable` says the program can no longer reach (those deferred meanwhile wait).
 */
export function runFinalizersOfUnreachable(isReachable: (object: object) => boolean): void {
  for (const [object, finalize] of [...pending]) {
    if (pending.get(object) === finalize && !isReachable(object)) runFinalizer(object, finalize);
  }
}

function runFinalizer(object: object, finalize: () => void): void {
  pending.delete(object);
  try {
    finalize();
  } catch (error) {
    reportFailure(object, error);
  }
}
