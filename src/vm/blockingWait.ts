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

/** Whether something outside the running code may act during a wait: an interrupt another thread can set (the kernel's), or an observer. */
export function waitsAreWatched(): boolean {
  return evalBreaker.sharedFlags !== null || sliceObserver !== null;
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

/**
 * A word of memory shared with other interpreters (multiprocessing's, on other worker
 * threads), which they bump and notify when something a wait here waits for may have
 * happened (a semaphore released), set while such a wait is on: waits then sleep on it,
 * in slices short enough for an interrupt on the interrupt word to be noticed soon.
 */
let crossInterpreterWake: Int32Array | null = null;
const CROSS_INTERPRETER_SLICE_MS = 10;

export function wakeOnSharedWord(word: Int32Array | null): void {
  crossInterpreterWake = word;
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
    // (Read before done() asks: a bump after it ends the sleep below at once.)
    const wake = crossInterpreterWake;
    const wakeSeen = wake === null ? 0 : Atomics.load(wake, 0);
    if (done()) return true;
    sliceObserver?.();
    const left = deadline - performance.now();
    if (left <= 0) return false;
    const shared = evalBreaker.sharedFlags;
    const slice = Math.min(left, nextSliceMs);
    nextSliceMs = SLICE_MS;
    if (wake !== null) Atomics.wait(wake, 0, wakeSeen, shared === null ? slice : Math.min(slice, CROSS_INTERPRETER_SLICE_MS));
    // Waiting on the shared interrupt word wakes as soon as another thread sets it.
    else if (shared !== null) Atomics.wait(shared, 0, 0, slice);
    else Atomics.wait((idleWord ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, slice);
  }
}
