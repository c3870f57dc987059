// The eval breaker: what the loop polls on backward jumps, calls and RESUME, so that
// work that must interrupt Python code (KeyboardInterrupt, signals, thread switches)
// runs at an instruction boundary. `pending` is a plain field (cheap to poll); whoever
// sets an interrupt source sets it. Some sources are polled rather than set: the shared
// interrupt word of a kernel, and, while several Python threads exist, the clock of the
// switch interval (threads.ts). For them the loop counts its checks down and looks only
// every CHECKS_PER_POLL: looking at every one of them (a call, an atomic read) cost
// CPU-bound code a sixth of its speed.
import { KeyboardInterrupt, newException } from '../objects/exceptions';

/** A few microseconds of Python code between looks at polled sources. */
const CHECKS_PER_POLL = 256;

export const evalBreaker = {
  pending: false,
  /** While pending: the checks left before the loop looks (requestInterrupt makes it 0: the next check looks). */
  countdown: 0,
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
  /**
   * Whether the running thread traces or profiles (tracing.ts): then every check looks,
   * which makes compiled code hand each frame back to the loop, and the loop chooses again
   * how it runs the frame (it steps through a traced frame's instructions).
   */
  tracing: false,
};

export function requestInterrupt(): void {
  evalBreaker.interruptRequested = true;
  lookAtNextCheck();
}

/** Makes the loop's next check look at what is pending (a new interrupt source: a thread started). */
export function lookAtNextCheck(): void {
  evalBreaker.countdown = 0;
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
  evalBreaker.pending = shared !== null || evalBreaker.threadSwitch !== null || evalBreaker.interruptRequested || evalBreaker.tracing;
  if (evalBreaker.interruptRequested && interruptsHere() && !(interruptDeferred?.() ?? false)) {
    evalBreaker.interruptRequested = false;
    interruptHandler();
  }
  // (An interrupt left pending, for another thread or a later moment, is looked at again soon.)
  evalBreaker.countdown = evalBreaker.interruptRequested || evalBreaker.tracing ? 0 : CHECKS_PER_POLL;
}

/**
 * The eval loop's check (at RESUME, backward jumps and calls), once the countdown has run
 * out: what checkEvalBreaker handles, then the thread switch. Whether the running thread
 * must suspend itself (the loop then returns THREAD_PARKED).
 */
export function checkEvalBreakerInLoop(): boolean {
  // With no interrupt to look for, only the thread switch: the common case while threads run, kept cheap.
  if (evalBreaker.sharedFlags !== null || evalBreaker.interruptRequested) checkEvalBreaker();
  else evalBreaker.countdown = evalBreaker.tracing ? 0 : CHECKS_PER_POLL;
  const threadSwitch = evalBreaker.threadSwitch;
  if (threadSwitch !== null) return threadSwitch();
  evalBreaker.pending = evalBreaker.sharedFlags !== null || evalBreaker.interruptRequested || evalBreaker.tracing;
  return false;
}

/**
 * The compiled code's check, once the countdown has run out: handles an interrupt where
 * the code runs (it raises there, as in the loop); whether the loop must take over, for
 * a thread switch or to trace the frame.
 */
export function evalBreakerNeedsLoop(): boolean {
  return evalBreaker.tracing || evalBreaker.threadSwitch !== null || checkEvalBreakerInLoop();
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
