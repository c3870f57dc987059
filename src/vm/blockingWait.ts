// Waiting without spinning: time.sleep, lock timeouts, select() and the like block the
// thread Python runs on (never the kernel's main thread) with Atomics.wait, in slices, so
// an interrupt (the eval breaker's flag) is acted on at once: it raises KeyboardInterrupt
// or runs the Python handler of SIGINT, which may make what a wait waits for happen (a
// byte written to asyncio's self-pipe), hence the condition rechecked after each slice.
import { checkEvalBreaker, evalBreaker } from './evalBreaker';

const SLICE_MS = 50;
/** What a wait with no other thread to wake it waits on; made on first use, as V8 builds start-up snapshots without SharedArrayBuffer. */
let idleWord: Int32Array | null = null;

/**
 * Called whenever a wait finds its condition unmet, when set: how an embedder notices
 * events of its own while Python waits (the kernel: a request came while background
 * tasks run). The wait goes on; the observer makes what it waits for happen to end it.
 */
let sliceObserver: (() => void) | null = null;

export function observeWaits(observer: (() => void) | null): void {
  sliceObserver = observer;
}

/**
 * The longest the next slice of waiting may last. A condition no one can signal, only
 * poll (a pipe's data, a child process's exit), asks to be asked again sooner when it
 * finds itself unmet; the request holds for one slice.
 */
let nextSliceMs = SLICE_MS;

export function pollAgainWithin(ms: number): void {
  nextSliceMs = Math.min(nextSliceMs, ms);
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
    const slice = Math.min(left, nextSliceMs);
    nextSliceMs = SLICE_MS;
    // Waiting on the shared interrupt word wakes as soon as another thread sets it.
    if (shared !== null) Atomics.wait(shared, 0, 0, slice);
    else Atomics.wait((idleWord ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, slice);
  }
}
