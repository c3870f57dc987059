// Python threads under a GIL, all on the one JS thread the VM runs on.
//
// Each Python thread has its own thread state (frame chain, handled exception, recursion
// depth: the registers of threadState.ts and protocols.ts, saved here while another
// thread runs). One thread runs at a time. A thread gives up the GIL
// - when it has run for sys.getswitchinterval() seconds and another thread wants to run:
//   the eval loop asks at its breaker checks (evalBreaker.threadSwitch, set only while
//   several threads exist, reading the clock every so many checks: evalBreaker.ts);
// - when it blocks: time.sleep, lock waits (so join, Condition, queues), select/poll,
//   reads and writes of pipes (modules/io/pipeWaits) and in-process sockets.
//
// Where a thread can be suspended is the JS stack's business. A thread's frames are
// resumed by calling the eval loop on its innermost one; with its Python calls inlined
// (eval.ts), it can return from there (THREAD_PARKED) and be resumed later by any
// scheduling loop: it is *parked*. The threads _thread starts run so, and so does the main
// thread's program (a file, -c, -m's runpy, or a kernel cell: runAsThreadBase). That holds
// only while the thread is at its base: no native code re-entered Python below the
// running frame (sorted(key=...), __eq__ called by a dict, a generator's body, a class
// body, eval, a tee's source...; threadState.nested counts them; the loop runs the frames
// of functions, of Python __init__ and __call__ and of exec itself), and a blocking native
// parks it only when the eval loop called it itself (CALL, or BEFORE_WITH for __enter__:
// takeDirectCall). Elsewhere:
// - at the switch interval, a thread deeper than its base keeps running until it is back
//   at its base (a main thread not run by runAsThreadBase, as in an exit function, yields
//   at its first level by letting the others run one round, nested);
// - a blocking call made deeper is *embedded*: it runs the other, parked threads itself,
//   nested on its JS stack, until what it waits for happens;
// - an embedded thread can go on only when every thread run above it on the JS stack has
//   parked or ended: one that blocks there waiting for a thread embedded below it waits
//   for ever, where CPython would go on. The waits of threading, queue and
//   concurrent.futures, called from Python code at a thread's base, never embed.
// When no thread can run, the scheduler waits for real (blockingWait: interruptible) until
// the first deadline; if there is none (a deadlock on locks), until interrupted, as
// CPython hangs until Ctrl-C.
import type { Py } from '../objects/object';
import { PyFunction, PyMethod } from '../objects/function';
import { call, enterRecursiveCall, recursionDepth, setRecursionDepth } from '../objects/protocols';
import { KeyboardInterrupt, newException, PyBaseException } from '../objects/exceptions';
import { toPyException } from '../objects/pyErrorConversion';
import { type Frame, FrameState } from './frame';
import { frameForCall, MAKES_GENERATOR } from './call';
import { resumeThreadFrames, runFrame } from './eval';
import { THREAD_PARKED, threadState } from './threadState';
import type { ThreadTracing } from './tracing';
import { evalBreaker, lookAtNextCheck, setInterruptTaker } from './evalBreaker';
import { blockUntil } from './blockingWait';
import { gilRecord, recordGil, type GilEvent, type GilReason } from './gilRecord';
import { atProcessStart } from '../objects/processStart';

/** What a blocked thread waits for. */
export interface Wait {
  readonly reason: GilReason;
  /** The performance.now() by which the wait ends unmet; Infinity for none. */
  readonly deadline: number;
  /** Whether the thread can go on (asked by the scheduler, while some thread holds the GIL: it only looks). */
  ready(): boolean;
  /**
   * Ends the wait when the thread runs again, right after ready() held (`met`) or the
   * deadline passed: the blocking call's value (or what it raises).
   */
  finish(met: boolean): Py;
}

const enum Status {
  /** Started, not run yet. */
  NEW,
  /** Parked by the switch interval: can run. */
  RUNNABLE,
  /** Parked in a blocking call: can run when its wait is over. */
  PARKED,
  /** On the JS stack below the running thread: in a wait, or (wait null) waiting for its turn. */
  EMBEDDED,
  RUNNING,
  FINISHED,
}

export class PythonThread {
  status: Status;
  wait: Wait | null = null;
  // The registers, saved while another thread runs.
  frame: Frame | null = null;
  handled: Py = null;
  depth = 0;
  nested = 0;
  parkable = true;
  /** A new thread starts with no trace or profile function (threading's threads set threading's own). */
  tracing: ThreadTracing | null = null;
  /** Per-thread values of ThreadSlots. */
  readonly slots = new Map<ThreadSlot<unknown>, unknown>();
  /** Run when the thread ends (the sentinel locks of _thread._set_sentinel are released). */
  readonly atExit: (() => void)[] = [];
  /** An exception to raise where the thread parked, instead of ending its wait (KeyboardInterrupt). */
  thrown: PyBaseException | null = null;
  /** Where the blocking call's value goes when the thread resumes, if not onto its frame's stack (see deliverParkedValueTo). */
  deliverTo: ((value: Py) => void) | null = null;
  /** While the main thread runs frames as a thread's (runAsThreadBase): how they ended, once they have. */
  base: { outcome: { value: Py } | { error: unknown } | null } | null = null;

  constructor(
    /** Set anew for the main thread at process start. */
    public ident: number,
    public nativeId: number,
    /** What the thread runs (null for the main thread): a callable, its arguments and keywords. */
    readonly target: { callable: Py; args: Py[]; kwnames: readonly string[] | null } | null,
  ) {
    this.status = target === null ? Status.RUNNING : Status.NEW;
  }
}

/** A value each thread has its own of (asyncio's running loop). */
export class ThreadSlot<T> {
  constructor(private readonly initial: () => T) {}

  get(): T {
    const slots = current.slots;
    if (slots.has(this)) return slots.get(this) as T;
    const value = this.initial();
    slots.set(this, value);
    return value;
  }

  set(value: T): void {
    current.slots.set(this, value);
  }
}

let MAIN_IDENT = 0;
export const mainThread = new PythonThread(MAIN_IDENT, 0, null);
mainThread.parkable = false;
// The identities derive from the process id: the process's (one resumed from a start-up snapshot has its own).
atProcessStart(() => {
  MAIN_IDENT = 140000000000000 + process.pid * 4096;
  mainThread.ident = MAIN_IDENT;
  mainThread.nativeId = process.pid;
});
/** Who holds the GIL in runAsThreadBase's loop while the main thread is parked: no one (no frames). */
const idle = new PythonThread(0, 0, null);
idle.parkable = false;
let current = mainThread;
/** The threads alive, in start order (the main thread first). */
const threads: PythonThread[] = [mainThread];
/** Where the round-robin search for the next thread to run starts. */
let nextIndex = 0;
let started = 0;

/** sys.getswitchinterval(), in microseconds as set, and in milliseconds as used. */
let switchIntervalMicros = 5000;
let switchIntervalMs = 5;
let sliceEnd = 0;
let switchRequested = false;

export function currentThread(): PythonThread {
  return current;
}

export function switchInterval(): number {
  return switchIntervalMicros / 1e6;
}

/** As CPython, the interval is kept in whole microseconds (and used as at least one). */
export function setSwitchInterval(seconds: number): void {
  switchIntervalMicros = Math.floor(seconds * 1e6);
  switchIntervalMs = Math.max(1, switchIntervalMicros) / 1000;
}

/**
 * Each thread alive by its ident, with `ofRunning` for the running thread and
 * `ofSuspended(thread)` (from its saved registers) for the others: what
 * sys._current_frames() and sys._current_exceptions() list.
 */
export function eachThread<T>(ofRunning: T, ofSuspended: (thread: PythonThread) => T): [ident: number, value: T][] {
  return threads.map((thread) => [thread.ident, thread === current ? ofRunning : ofSuspended(thread)]);
}

/** The threads alive besides the main thread (_thread._count()). */
export function otherThreadCount(): number {
  return threads.length - 1;
}

/** Starts a thread running `callable(*args)`; it runs when the running thread gives up the GIL. */
export function startThread(callable: Py, args: Py[], kwnames: readonly string[] | null): PythonThread {
  started++;
  const thread = new PythonThread(MAIN_IDENT + started * 8392704, process.pid + started, { callable, args, kwnames });
  threads.push(thread);
  evalBreaker.threadSwitch = threadSwitch;
  lookAtNextCheck();
  return thread;
}

// ---------------------------------------------------------------- registers

function saveRegisters(thread: PythonThread): void {
  const ts = threadState;
  thread.frame = ts.frame;
  thread.handled = ts.handled;
  thread.depth = recursionDepth();
  thread.nested = ts.nested;
  thread.parkable = ts.parkable;
  thread.tracing = ts.tracing;
}

function loadRegisters(thread: PythonThread): void {
  const ts = threadState;
  ts.frame = thread.frame;
  ts.handled = thread.handled;
  setRecursionDepth(thread.depth);
  ts.nested = thread.nested;
  ts.parkable = thread.parkable;
  ts.tracing = thread.tracing;
  evalBreaker.tracing = thread.tracing !== null;
  // (A thread that traces has its loops look at every check, as when it set its trace function.)
  if (evalBreaker.tracing) lookAtNextCheck();
  ts.directCall = undefined;
  current = thread;
}

function startSlice(): void {
  sliceEnd = performance.now() + switchIntervalMs;
  switchRequested = false;
}

// ---------------------------------------------------------------- who can run

function waitOver(wait: Wait): boolean {
  return wait.ready() || performance.now() >= wait.deadline;
}

/** Whether `thread` could take the GIL now (from a scheduling loop, for the parked ones). */
function canRun(thread: PythonThread): boolean {
  switch (thread.status) {
    case Status.NEW:
    case Status.RUNNABLE:
      return true;
    case Status.PARKED:
      return thread.thrown !== null || waitOver(thread.wait!);
    default:
      return false;
  }
}

/** Whether a thread other than the running one wants the GIL (parked or embedded). */
function othersWaiting(): boolean {
  for (const thread of threads) {
    if (thread === current) continue;
    if (canRun(thread)) return true;
    if (thread.status === Status.EMBEDDED && (thread.wait === null || waitOver(thread.wait))) return true;
  }
  return false;
}

/** The next parked thread that can run, round robin; undefined when none. */
function nextRunnable(): PythonThread | undefined {
  const count = threads.length;
  for (let i = 0; i < count; i++) {
    const thread = threads[(nextIndex + i) % count];
    if (thread !== current && canRun(thread)) {
      nextIndex = (nextIndex + i + 1) % count;
      return thread;
    }
  }
  return undefined;
}

/** Records a hand-off of the GIL: only while several threads exist (a lone thread's waits hand it to no one). */
function handOff(ident: number, event: GilEvent, reason: GilReason): void {
  if (threads.length > 1) recordGil(ident, event, reason);
}

// ---------------------------------------------------------------- running a thread

/**
 * Gives the GIL to the parked thread `thread` until it parks again or ends, running it on
 * top of the JS stack of the running thread (which the caller made EMBEDDED).
 */
function runSlice(thread: PythonThread): void {
  const outer = current;
  saveRegisters(outer);
  const resumedFrom = thread.status;
  loadRegisters(thread);
  thread.status = Status.RUNNING;
  if (gilRecord.on) handOff(thread.ident, 'acquire', resumedFrom === Status.NEW ? 'start' : thread.wait?.reason ?? 'switch_interval');
  startSlice();
  let ended = true;
  try {
    const result = resumedFrom === Status.NEW ? startTarget(thread) : resumeParked(thread);
    if (result === THREAD_PARKED) {
      ended = false;
      park(thread);
    } else if (thread.base !== null) {
      ended = false;
      endBase(thread, { value: result });
    }
  } catch (error) {
    if (thread.base !== null) {
      ended = false;
      endBase(thread, { error });
    } else {
      reportThreadFailure(thread, toPyException(error));
    }
  } finally {
    if (ended) endThread(thread);
    loadRegisters(outer);
  }
}

/** The running thread returned THREAD_PARKED from its frames: they wait to be resumed. */
function park(thread: PythonThread): void {
  saveRegisters(thread);
  thread.status = thread.wait === null ? Status.RUNNABLE : Status.PARKED;
  if (gilRecord.on) handOff(thread.ident, 'release', thread.wait?.reason ?? 'switch_interval');
}

/** The main thread's frames of runAsThreadBase ended (in whatever loop resumed them): that one takes it from there. */
function endBase(thread: PythonThread, outcome: { value: Py } | { error: unknown }): void {
  thread.base!.outcome = outcome;
  thread.status = Status.EMBEDDED;
}

/** Starts the thread's target: its frame in the eval loop (to be parked) if it is a Python function, else call() (never parked). */
function startTarget(thread: PythonThread): Py {
  let { callable, args } = thread.target!;
  const kwnames = thread.target!.kwnames;
  if (callable instanceof PyMethod && callable.func instanceof PyFunction) {
    args = [callable.self, ...args];
    callable = callable.func;
  }
  const ts = threadState;
  if (callable instanceof PyFunction && (callable.code.co_flags & MAKES_GENERATOR) === 0) {
    const frame = frameForCall(callable, args, kwnames);
    enterRecursiveCall('');
    frame.back = null;
    frame.state = FrameState.RUNNING;
    ts.frame = frame;
    ts.parkable = true;
    return resumeThreadFrames(frame);
  }
  ts.parkable = false;
  return call(callable, args, kwnames);
}

/** Resumes a parked thread: its blocking call's value pushed (or its exception raised) where it parked. */
function resumeParked(thread: PythonThread): Py {
  const frame = threadState.frame!;
  const wait = thread.wait;
  const thrown = thread.thrown;
  const deliver = thread.deliverTo;
  thread.deliverTo = null;
  if (thrown !== null) {
    thread.thrown = null;
    thread.wait = null;
    return resumeThreadFrames(frame, thrown);
  }
  if (wait === null) return resumeThreadFrames(frame);
  thread.wait = null;
  let value: Py;
  try {
    value = wait.finish(wait.ready());
  } catch (error) {
    return resumeThreadFrames(frame, toPyException(error));
  }
  if (deliver !== null) deliver(value);
  else frame.stack[frame.sp++] = value;
  return resumeThreadFrames(frame);
}

function endThread(thread: PythonThread): void {
  if (gilRecord.on) handOff(thread.ident, 'release', 'exit');
  thread.status = Status.FINISHED;
  threads.splice(threads.indexOf(thread), 1);
  if (nextIndex >= threads.length) nextIndex = 0;
  for (const action of thread.atExit) action();
  if (threads.length === 1) {
    evalBreaker.threadSwitch = null;
    evalBreaker.pending = evalBreaker.sharedFlags !== null || evalBreaker.interruptRequested || evalBreaker.tracing;
  }
}

/**
 * What an exception leaving a thread's target does: SystemExit ends the thread quietly;
 * anything else is reported as CPython's thread_run reports it (threading's threads
 * catch their own and call threading.excepthook).
 */
let threadFailureReporter = (_thread: PythonThread, _exc: PyBaseException): void => {};

export function setThreadFailureReporter(reporter: (thread: PythonThread, exc: PyBaseException) => void): void {
  threadFailureReporter = reporter;
}

function reportThreadFailure(thread: PythonThread, exc: PyBaseException): void {
  threadFailureReporter(thread, exc);
}

// ---------------------------------------------------------------- giving up the GIL

/** evalBreaker.threadSwitch, while several threads exist. */
function threadSwitch(): boolean {
  if (!switchRequested) {
    const now = performance.now();
    if (now < sliceEnd) return false;
    if (!othersWaiting()) {
      sliceEnd = now + switchIntervalMs;
      return false;
    }
    switchRequested = true;
  }
  const ts = threadState;
  if (ts.parkable) return ts.nested === 0;
  // A thread whose frames the scheduler does not run (the main thread under -m, a thread
  // whose target is no Python function) yields at its first level by running the others.
  if (ts.nested === 1) yieldNested();
  return false;
}

/** The running thread, which cannot park, lets every thread that can run have a slice, then goes on. */
function yieldNested(): void {
  const me = current;
  me.status = Status.EMBEDDED;
  if (gilRecord.on) handOff(me.ident, 'release', 'switch_interval');
  const round = threads.filter((thread) => thread !== me && canRun(thread));
  try {
    for (const thread of round) if (canRun(thread)) runSlice(thread);
  } finally {
    me.status = Status.RUNNING;
  }
  if (gilRecord.on) handOff(me.ident, 'acquire', 'switch_interval');
  startSlice();
}

/**
 * Blocks the running thread until `wait` is over: the blocking call's value. When `direct`
 * (the native was called by CALL itself: takeDirectCall) and the thread is at its base,
 * the thread parks instead: THREAD_PARKED, which the native returns to the eval loop.
 */
export function blockThread(wait: Wait, direct: boolean): Py {
  const ts = threadState;
  if (direct && ts.parkable && ts.nested === 0) {
    current.wait = wait;
    return THREAD_PARKED;
  }
  return waitEmbedded(wait);
}

/**
 * For a thread about to park in a call the eval loop will make again when the thread
 * resumes (FOR_ITER's call of iter(callable, sentinel)'s callable): the call's value
 * goes to `deliver`, for that instruction to take, rather than onto the frame's stack.
 */
export function deliverParkedValueTo(deliver: (value: Py) => void): void {
  current.deliverTo = deliver;
}

/** Blocks the running thread (never parking it) until `ready()` holds or `ms` have passed: whether it held. */
export function blockUntilReady(reason: GilReason, ms: number, ready: () => boolean): boolean {
  if (ready()) return true;
  const deadline = performance.now() + ms;
  return waitEmbedded({ reason, deadline, ready, finish: (met) => met }) as boolean;
}

/** The running thread waits on the JS stack, running the others meanwhile. */
function waitEmbedded(wait: Wait): Py {
  const me = current;
  me.status = Status.EMBEDDED;
  me.wait = wait;
  if (gilRecord.on) handOff(me.ident, 'release', wait.reason);
  let met: boolean;
  try {
    for (;;) {
      // As CPython's GIL, handed to a waiting thread when the holder blocks: the others first.
      const next = nextRunnable();
      if (next !== undefined) runSlice(next);
      // (Else a real wait, if only a moment's: it acts on interrupts and tells blockingWait's observer.)
      else waitForAnyone(wait);
      if (wait.ready()) {
        met = true;
        break;
      }
      if (performance.now() >= wait.deadline) {
        met = false;
        break;
      }
    }
  } finally {
    me.status = Status.RUNNING;
    me.wait = null;
  }
  if (gilRecord.on) handOff(me.ident, 'acquire', wait.reason);
  startSlice();
  return wait.finish(met);
}

/** No thread can run: waits for real until `wait` or a parked thread's wait is over, or the first deadline. */
function waitForAnyone(wait: Wait): void {
  let deadline = wait.deadline;
  for (const thread of threads) {
    if (thread.status === Status.PARKED && thread.wait!.deadline < deadline) deadline = thread.wait!.deadline;
  }
  // An interrupt the running thread does not take (it is not the main thread) would leave a deadlock uninterruptible: it takes it then.
  if (evalBreaker.interruptRequested && current !== mainThread && deadline === Infinity) {
    evalBreaker.interruptRequested = false;
    throw newException(KeyboardInterrupt);
  }
  blockUntil(deadline - performance.now(), () => wait.ready() || threads.some((thread) => thread.status === Status.PARKED && thread.wait!.ready()));
}

// Interrupts (SIGINT, the kernel's) go to the main thread, as CPython's signal handlers run
// there (or, when no thread runs, to the main thread where it parked).
setInterruptTaker(() => current === mainThread || current === idle);

// ---------------------------------------------------------------- the main thread's frames

/**
 * Runs `frame` (a program's or a cell's module code) for the main thread as the
 * scheduler runs a thread's frames, so that the main thread too parks at its base, and
 * any scheduling loop can resume it. If another loop finishes it, this one takes the
 * outcome when it is back here. Nested in another run of Python code, it is runFrame.
 */
export function runAsThreadBase(frame: Frame): Py {
  const ts = threadState;
  if (ts.parkable || ts.nested !== 0 || current !== mainThread) return runFrame(frame);
  const me = mainThread;
  const outerFrame = ts.frame;
  const outerDepth = recursionDepth();
  enterRecursiveCall('');
  frame.back = outerFrame;
  frame.state = FrameState.RUNNING;
  ts.frame = frame;
  ts.parkable = true;
  const base: NonNullable<PythonThread['base']> = { outcome: null };
  me.base = base;
  try {
    try {
      const result = resumeThreadFrames(frame);
      if (result !== THREAD_PARKED) return result;
    } catch (error) {
      base.outcome = { error };
    }
    if (base.outcome === null) {
      park(me);
      scheduleUntil(base);
    }
    const outcome = base.outcome!;
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  } finally {
    me.base = null;
    if (current !== me) loadRegisters(me);
    me.status = Status.RUNNING;
    ts.frame = outerFrame;
    setRecursionDepth(outerDepth);
    ts.nested = 0;
    ts.parkable = false;
    startSlice();
  }
}

/** With the main thread parked at its base: runs the threads (it among them) until its frames have ended. */
function scheduleUntil(base: NonNullable<PythonThread['base']>): void {
  loadRegisters(idle);
  const ended: Wait = { reason: 'lock', deadline: Infinity, ready: () => base.outcome !== null, finish: () => null };
  while (base.outcome === null) {
    const next = nextRunnable();
    if (next !== undefined) {
      runSlice(next);
      continue;
    }
    try {
      waitForAnyone(ended);
    } catch (error) {
      // An interrupt with no thread running: the main thread gets it where it parked.
      if (mainThread.status !== Status.PARKED && mainThread.status !== Status.RUNNABLE) throw error;
      mainThread.thrown = toPyException(error);
      mainThread.status = Status.PARKED;
      mainThread.wait ??= ended;
    }
  }
}
