// Waiting without spinning: time.sleep, lock timeouts and the like block the thread
// Python runs on (never the kernel's main thread) with Atomics.wait, in slices, so an
// interrupt (the eval breaker's flag) ends the wait with KeyboardInterrupt at once.
import { checkEvalBreaker, evalBreaker } from './evalBreaker';

const SLICE_MS = 50;
const idle = new Int32Array(new SharedArrayBuffer(4));

/** Blocks for `ms` milliseconds (Infinity: until interrupted), raising KeyboardInterrupt when interrupted. */
export function blockFor(ms: number): void {
  const deadline = performance.now() + ms;
  for (;;) {
    if (evalBreaker.pending || evalBreaker.sharedFlags !== null) checkEvalBreaker();
    const left = deadline - performance.now();
    if (left <= 0) return;
    const shared = evalBreaker.sharedFlags;
    // Waiting on the shared interrupt word wakes as soon as another thread sets it.
    if (shared !== null) Atomics.wait(shared, 0, 0, Math.min(left, SLICE_MS));
    else Atomics.wait(idle, 0, 0, Math.min(left, SLICE_MS));
  }
}
