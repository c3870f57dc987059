// Finalizers CPython runs when an object's last reference goes (a future's "exception
// was never retrieved", a coroutine's "was never awaited"), run at exit instead: pyvm
// has no reference counts to tell when that is, and JS's collector tells only on Node's
// event loop, which does not turn while Python runs. So an object that would report
// something when it dies is kept here, in the order the need arose, until it no longer
// would (its exception retrieved, say), and whatever is still here at exit reports then.
// Its text is CPython's; only the moment differs.
const pending = new Map<object, () => void>();

/** From now on, `finalize` runs at exit unless `dropFinalizer(object)` comes first. */
export function deferFinalizer(object: object, finalize: () => void): void {
  if (!pending.has(object)) pending.set(object, finalize);
}

/** Returns whether a finalizer was pending. */
export function dropFinalizer(object: object): boolean {
  return pending.delete(object);
}

/**
 * Runs the finalizers still pending, oldest first (ones they defer run too); an error
 * one raises goes to `reportError`, as CPython reports an exception a finalizer raised.
 */
export function runDeferredFinalizers(reportError: (object: object, error: unknown) => void): void {
  for (const [object, finalize] of pending) {
    pending.delete(object);
    try {
      finalize();
    } catch (error) {
      reportError(object, error);
    }
  }
}
