// Buffered data on its way to a file. CPython flushes a file object when its last
// reference goes (`open(p, 'w').write(s)` reaches the disk at once) and at exit; this VM
// has no reference counts, so the streams holding unwritten data bound for a FileIO are
// kept here, and flushed when the program ends and before another file is opened (the
// moments a program could notice the difference: reading the file back, or after exit).
import { isInstanceOfException, Exception } from '../../objects/exceptions';

/** A stream with data it has not yet passed on: flushPending passes it on (to its buffer or file). */
export interface UnflushedStream {
  flushPending(): void;
}

const unflushed = new Set<UnflushedStream>();

export function markUnflushed(stream: UnflushedStream): void {
  unflushed.add(stream);
}

export function markFlushed(stream: UnflushedStream): void {
  unflushed.delete(stream);
}

/**
 * Passes on everything pending, in the order it was written (a text layer's flush may
 * make its buffer pending: that buffer is flushed after it). Failures are dropped, as
 * CPython drops those of a flush made by a finalizer.
 */
export function flushUnflushedFiles(): void {
  for (const stream of unflushed) {
    unflushed.delete(stream);
    try {
      stream.flushPending();
    } catch (error) {
      if (!isInstanceOfException(error, Exception)) throw error;
    }
  }
}
