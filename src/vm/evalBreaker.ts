// The eval breaker: a flag the loop polls on backward jumps, calls and RESUME, so that
// work that must interrupt Python code (KeyboardInterrupt, signals, thread switches)
// runs at an instruction boundary. `pending` is a plain field (cheap to poll); whoever
// sets an interrupt source sets it. While several Python threads exist, the thread
// scheduler keeps it set and counts the polls (threads.ts).
import { KeyboardInterrupt, newException } from '../objects/exceptions';

export const evalBreaker = {
  pending: false,
  /** Set from outside the loop (SIGINT, the kernel's interrupt flag). */
  interruptRequested: false,
  /** Shared memory another thread may set (index 0: interrupt), polled when present. */
  sharedFlags: null as Int32Array | null,
  /**
   * Set by the thread scheduler while other threads exist: whether the running thread
   * must give up the GIL by returning from its eval loop now (true), or carry on.
   * It may run other threads itself before it answers.
   */
  threadSwitch: null as (() => boolean) | null,
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

/** Handles what is pending but thread switches: an interrupt (KeyboardInterrupt, or the Python handler of SIGINT). */
export function checkEvalBreaker(): void {
  const shared = evalBreaker.sharedFlags;
  if (shared !== null && Atomics.exchange(shared, 0, 0) !== 0) evalBreaker.interruptRequested = true;
  evalBreaker.pending = shared !== null || evalBreaker.threadSwitch !== null || evalBreaker.interruptRequested;
  if (evalBreaker.interruptRequested && interruptsHere() && !(interruptDeferred?.() ?? false)) {
    evalBreaker.interruptRequested = false;
    interruptHandler();
  }
}

/**
 * The eval loop's check (at RESUME, backward jumps and calls): what checkEvalBreaker
 * handles, then the thread switch. Whether the running thread must suspend itself (the
 * loop then returns THREAD_PARKED).
 */
export function checkEvalBreakerInLoop(): boolean {
  // With no interrupt to look for, only the thread switch: the common case while threads run, kept cheap.
  if (evalBreaker.sharedFlags !== null || evalBreaker.interruptRequested) checkEvalBreaker();
  const threadSwitch = evalBreaker.threadSwitch;
  if (threadSwitch !== null) return threadSwitch();
  evalBreaker.pending = evalBreaker.sharedFlags !== null || evalBreaker.interruptRequested;
  return false;
}

/**
 * Whether the running thread takes interrupts: the main thread, as in CPython (signal
 * handlers run there), unless the scheduler says otherwise; the interrupt stays pending
 * until the main thread runs.
 */
let interruptsHere = (): boolean => true;

export function setInterruptTaker(takesInterrupts: () => boolean): void {
  interruptsHere = takesInterrupts;
}

/**
 * Set by an embedder while it drives code whose state an interrupt at any instruction
 * would break (the kernel's asyncio loop: a KeyboardInterrupt between taking a callback
 * off the ready queue and running it loses the callback): whether the interrupt must
 * wait, pending, for the next check.
 */
let interruptDeferred: (() => boolean) | null = null;

export function deferInterruptsWhile(predicate: (() => boolean) | null): void {
  interruptDeferred = predicate;
}
