// The asyncio trace hook: a record of what each task does, for the kernel's task
// timeline (pylib/pyvm_kernel/task_trace.py draws it). Task calls in here at its
// creation, around each step, when it wakes up and when it ends; each call is behind one
// test of `taskTrace.on`, so recording costs nothing when off. _pyvm_asyncio_trace
// (asyncioTraceModule.ts) is its Python face and documents the events' layout.
import type { Py } from '../../objects/object';
import { PyFloat } from '../../objects/float';
import { PyBaseException } from '../../objects/exceptions';
import { call, getAttr, getAttrOrUndefined, iterableToArray, pyRepr, pyStr } from '../../objects/protocols';
import { newTuple } from '../../objects/tuple';
import { truncateCodePoints } from '../../objects/printfFormat';
import { typeOf } from '../../objects/typeOf';
import { PyGenerator } from '../../vm/generator';
import type { Frame } from '../../vm/frame';
import { threadState } from '../../vm/threadState';
import { FutureState, PyFuture } from './future';
import type { PyTask } from './task';
import { isAsyncioFile } from './pythonSide';
import { currentTasks } from './taskRegistry';

/**
 * One recorded event: its kind, then time.perf_counter() seconds (a JS number, made a
 * Python float only when Python reads the record: fewer objects while recording), the
 * task's number, and what the kind adds.
 */
export type TraceEvent = [kind: string, seconds: number, task: number, ...details: Py[]];

export const taskTrace = {
  on: false,
  events: [] as TraceEvent[],
};

/**
 * What start() was given to call as the record grows (a live display refreshes so, even
 * while a loop the kernel does not drive runs): after a step ends, at most once an interval.
 */
let progress: { callback: Py; intervalSeconds: number; lastCall: number } | null = null;

/** Each traced task's number (in the order tasks were first seen), so that a dead task's number is never reused. */
let taskNumbers = new WeakMap<object, number>();
let lastTaskNumber = 0;

/** How long a result's repr or an exception's message may be in an event. */
const TEXT_LIMIT = 200;

export function startTrace(progressCallback: Py, intervalSeconds: number): void {
  progress = progressCallback === null ? null : { callback: progressCallback, intervalSeconds, lastCall: now() };
  taskTrace.events = [];
  taskNumbers = new WeakMap();
  lastTaskNumber = 0;
  taskTrace.on = true;
}

export function stopTrace(): TraceEvent[] {
  taskTrace.on = false;
  progress = null;
  const events = taskTrace.events;
  taskTrace.events = [];
  return events;
}

// (time.perf_counter's clock, so that a program can put its own timings beside these.)
function now(): number {
  return Number(process.hrtime.bigint()) / 1e9;
}

/** An event as Python reads it: a tuple, its time a float. */
export function eventTuple([kind, seconds, ...rest]: TraceEvent): Py {
  return newTuple([kind, new PyFloat(seconds), ...rest]);
}

function record(kind: string, task: PyTask, ...details: Py[]): void {
  taskTrace.events.push([kind, now(), taskNumber(task), ...details]);
}

/** The task's number; a task first seen now (made before the trace started) is announced by a 'task' event. */
function taskNumber(task: Py): number {
  const known = taskNumbers.get(task as object);
  if (known !== undefined) return known;
  const number = ++lastTaskNumber;
  taskNumbers.set(task as object, number);
  taskTrace.events.push(['task', now(), number, taskName(task), coroutineName(call(getAttr(task, 'get_coro'), [])), null, null, null]);
  return number;
}

function taskName(task: Py): string {
  return pyStr(call(getAttr(task, 'get_name'), []));
}

function coroutineName(coro: Py): string {
  if (coro instanceof PyGenerator) return coro.qualname;
  const qualname = coro === null ? undefined : getAttrOrUndefined(coro, '__qualname__');
  return typeof qualname === 'string' ? qualname : typeOf(coro).name;
}

// ---------------------------------------------------------------- events

/** A task was made in `loop`: its parent is the task running there now; its place, the innermost frame outside asyncio. */
export function traceCreation(task: PyTask, loop: Py): void {
  const number = ++lastTaskNumber;
  taskNumbers.set(task, number);
  const parent = currentTasks.get(loop);
  const place = placeOf(threadState.frame);
  taskTrace.events.push(['create', now(), number, pyStr(task.name), coroutineName(task.coro), parent === undefined ? null : taskNumber(parent), place[0], place[1]]);
}

/** A step starts; the task's name is recorded too, as it may be set after creation (TaskGroup.create_task does). */
export function traceStepStart(task: PyTask): void {
  record('step', task, typeof task.name === 'string' ? task.name : pyStr(task.name));
}

/**
 * A step ended. If the task is now done: how it ended. Otherwise what it waits for: how
 * it waits (sleep, await, or ready: it yielded, to run again soon), a description, the
 * numbers of the tasks it waits on, and the place it suspended at.
 */
export function traceStepEnd(task: PyTask): void {
  recordStepEnd(task);
  if (progress !== null && now() - progress.lastCall >= progress.intervalSeconds) {
    progress.lastCall = now();
    // (What it raises goes on out of the step, to the loop's exception handler.)
    call(progress.callback, []);
  }
}

function recordStepEnd(task: PyTask): void {
  if (task.state !== FutureState.PENDING) {
    record('end', task, 'done', null, null, null, null);
    recordOutcome(task);
    return;
  }
  const chain = awaitChain(task.coro);
  const innermost = chain[chain.length - 1];
  const [file, line] = suspensionPlace(chain);
  const waiter = task.waiter;
  if (waiter === null) {
    record('end', task, 'ready', 'yield', null, file, line);
    return;
  }
  const sleep = innermost === undefined ? undefined : sleepDelay(innermost);
  if (sleep !== undefined) {
    record('end', task, 'sleep', `sleep(${pyRepr(sleep)})`, null, file, line);
    return;
  }
  const awaited = awaitedTasks(waiter, innermost);
  const numbers = awaited.length === 0 ? null : newTuple(awaited.map(taskNumber));
  record('end', task, 'await', describeFuture(waiter, innermost, awaited), numbers, file, line);
}

/** The task's step is to run because `future` is done. */
export function traceWakeup(task: PyTask, future: Py): void {
  record('wakeup', task, isTask(future) ? taskNumber(future) : null, describeFuture(future, undefined, awaitedTasks(future, undefined)));
}

function recordOutcome(task: PyTask): void {
  if (task.state === FutureState.CANCELLED) {
    const message = task.cancelledException?.args[0] ?? task.cancelMessage;
    record('cancelled', task, message === null ? null : safeText(() => pyStr(message)));
  } else if (task.exception !== null) {
    const error = task.exception;
    record('failed', task, error.cls.name, safeText(() => pyStr(error)));
  } else {
    record('done', task, safeText(() => pyRepr(task.result)));
  }
}

// ---------------------------------------------------------------- what a task waits for

/** The coroutines a task's coroutine awaits through (following cr_await), outermost first. */
function awaitChain(coro: Py): PyGenerator[] {
  const chain: PyGenerator[] = [];
  for (let next: Py | undefined = coro; next instanceof PyGenerator; next = next.delegate()) chain.push(next);
  return chain;
}

/** (file, line) where the innermost coroutine of the chain that is not asyncio's is suspended. */
function suspensionPlace(chain: PyGenerator[]): [Py, Py] {
  for (let index = chain.length - 1; index >= 0; index--) {
    const frame = chain[index].frame;
    if (!isAsyncioFile(frame.code.co_filename)) return [frame.code.co_filename, frame.lineno];
  }
  return [null, null];
}

/** asyncio.sleep's delay, when the innermost coroutine is asyncio.sleep itself. */
function sleepDelay(innermost: PyGenerator): Py | undefined {
  const code = innermost.frame.code;
  if (code.co_name !== 'sleep' || !isAsyncioFile(code.co_filename)) return undefined;
  return localOf(innermost, 'delay');
}

function localOf(coroutine: PyGenerator, name: string): Py | undefined {
  const index = coroutine.frame.code.co_localsplusnames.indexOf(name);
  return index < 0 ? undefined : coroutine.frame.localsplus[index];
}

/** The tasks a future stands for: itself if it is a task, gather's children, a TaskGroup's tasks. */
function awaitedTasks(waiter: Py, innermost: PyGenerator | undefined): Py[] {
  if (isTask(waiter)) return [waiter];
  const children = getAttrOrUndefined(waiter, '_children');
  if (children !== undefined) return iterableToArray(children).filter(isTask);
  // A TaskGroup's __aexit__ waits for the group's tasks.
  const group = innermost?.qualname === 'TaskGroup.__aexit__' ? localOf(innermost, 'self') : undefined;
  const tasks = group === undefined ? undefined : getAttrOrUndefined(group, '_tasks');
  return tasks === undefined ? [] : iterableToArray(tasks);
}

function describeFuture(future: Py, innermost: PyGenerator | undefined, awaited: Py[]): string {
  if (isTask(future)) return taskName(future);
  if (getAttrOrUndefined(future, '_children') !== undefined) return `gather(${awaited.map(taskName).join(', ')})`;
  if (innermost !== undefined && isAsyncioFile(innermost.frame.code.co_filename)) return innermost.qualname;
  return typeOf(future).name;
}

function isTask(future: Py): boolean {
  return future instanceof PyFuture && getAttrOrUndefined(future, 'get_coro') !== undefined;
}

// ---------------------------------------------------------------- places

/** (file, line) of the innermost frame from `frame` out that is not asyncio's; (None, None) if none is. */
function placeOf(frame: Frame | null): [Py, Py] {
  for (let at = frame; at !== null; at = at.back) {
    if (!isAsyncioFile(at.code.co_filename)) return [at.code.co_filename, at.lineno];
  }
  return [null, null];
}

function safeText(text: () => string): string {
  try {
    return truncateCodePoints(text(), TEXT_LIMIT);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    return '<unprintable>';
  }
}
