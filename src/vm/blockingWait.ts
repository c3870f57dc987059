// Waiting without spinning: time.sleep, lock timeouts, select() and the like block the
// thread Python runs on (never the kernel's main thread) with Atomics.wait, in slices, so
// an interrupt (the eval breaker's flag) is acted on at once: it raises KeyboardInterrupt
// or runs the Python handler of SIGINT, which may make what a wait waits for happen (a
// byte written to asyncio's self-pipe), hence the condition rechecked after each slice.
import { checkEvalBreaker, evalBreaker } from './evalBreaker';

const SLICE_MS = 50;
const idle = new Int32Array(new SharedArrayBuffer(4));

/**
 * Called whenever a wait finds its condition unmet, when set: how an embedder notices
 * events of its own while Python waits (the kernel: a request came while background
 * tasks run). The wait goes on; the observer makes what it waits for happen to end it.
 */
let sliceObserver: (() => void) | null = null;

export function observeWaits(observer: (() => void) | null): void {
  sliceObserver = observer;
}

/** Blocks for `ms` milliseconds (Infinity: until interrupted), raising KeyboardInterrupt when interrupted. */
export function blockFor(ms: number): void {
  blockUntil(ms, () => false);
}

/**
 * Blocks until `done()` holds or `ms` milliseconds (Infinity: no limit) have passed:
 * whether `done()` held. `done()` is asked first, then after every slice of waiting.
 */
export function blockUntil(ms: number, done: () => boolean): boolean {
  const deadline = performance.now() + ms;
  for (;;) {
    if (evalBreaker.pending || evalBreaker.sharedFlags !== null) checkEvalBreaker();
    if (done()) return true;
    sliceObserver?.();
    const left = deadline - performance.now();
    if (left <= 0) return false;
    const shared = evalBreaker.sharedFlags;
    // Waiting on the shared interrupt word wakes as soon as another thread sets it.
    if (shared !== null) Atomics.wait(shared, 0, 0, Math.min(left, SLICE_MS));
    else Atomics.wait(idle, 0, 0, Math.min(left, SLICE_MS));
  }
}
