// The eval breaker: a flag the loop polls on backward jumps, calls and RESUME, so that
// work that must interrupt Python code (KeyboardInterrupt, signals, thread switches)
// runs at an instruction boundary. `pending` is a plain field (cheap to poll); whoever
// sets an interrupt source sets it.
import { KeyboardInterrupt, newException } from '../objects/exceptions';

export const evalBreaker = {
  pending: false,
  /** Set from outside the loop (SIGINT, the kernel's interrupt flag). */
  interruptRequested: false,
  /** Shared memory another thread may set (index 0: interrupt), polled when present. */
  sharedFlags: null as Int32Array | null,
};

export function requestInterrupt(): void {
  evalBreaker.interruptRequested = true;
  evalBreaker.pending = true;
}

/**
 * What an interrupt does: by default, raise KeyboardInterrupt; the signal module makes it
 * run Python's SIGINT handler (asyncio.run's cancels the main task instead of raising).
 */
let interruptHandler = (): void => {
  throw newException(KeyboardInterrupt);
};

export function setInterruptHandler(handler: () => void): void {
  interruptHandler = handler;
}

export function checkEvalBreaker(): void {
  const shared = evalBreaker.sharedFlags;
  if (shared !== null && Atomics.exchange(shared, 0, 0) !== 0) evalBreaker.interruptRequested = true;
  evalBreaker.pending = shared !== null;
  if (evalBreaker.interruptRequested) {
    evalBreaker.interruptRequested = false;
    interruptHandler();
  }
}
