// _asyncio.Task (CPython's TaskObj in Modules/_asynciomodule.c): a coroutine driven
// step by step on its loop. A step sends None into the coroutine (or throws an
// exception in); what the coroutine yields says what to wait for: a future (the task
// resumes when it is done), or None (the task runs again on the next loop iteration).
// Steps run as loop callbacks, in the task's context.
import type { Py } from '../../objects/object';
import { PyObject } from '../../objects/object';
import { nativeType } from '../../objects/type';
import { bindArguments, checkArgCount, defineGetSets, defineMethods, newTargetOf, PyBuiltinFunction } from '../../objects/native';
import { newException, PyBaseException, RuntimeError, StopIteration, typeError, KeyboardInterrupt, SystemExit } from '../../objects/exceptions';
import { call, getAttr, getAttrOrUndefined, isInstance, isTrue, pyRepr, pyStr, setAttr } from '../../objects/protocols';
import { newDict } from '../../objects/dictType';
import { newInstance } from '../../objects/objectMethods';
import { typeOf } from '../../objects/typeOf';
import { coroutineType, generatorType, PyGenerator, SendResult, sendOutcome, stopIterationValue } from '../../vm/generator';
import {
  addDoneCallback, aliveFuture, callSoon, cancelFuture, cancelledError, finalizeFuture, FutureState, futureType,
  initializeFuture, outcomeOf, PyFuture, raise, setException, setResult, trackFinalizer, withDict,
} from './future';
import { cancelledErrorClass, copyCurrentContext, invalidStateErrorClass, isCoroutineByAsyncio, taskGetStack, taskPrintStack, taskRepr } from './pythonSide';
import { enterTask, leaveTask, registerTask } from './taskRegistry';
import { taskTrace, traceCreation, traceStepEnd, traceStepStart, traceWakeup } from './taskTrace';

export class PyTask extends PyFuture {
  coro: Py = null;
  context: Py = null;
  name: Py = null;
  /** The future the task waits for; null while it runs or is scheduled to. */
  waiter: Py = null;
  /** cancel() came while the task could not pass it on: its next step throws CancelledError in. */
  mustCancel = false;
  logDestroyPending = true;
  cancelsRequested = 0;

  override needsFinalizing(): boolean {
    return super.needsFinalizing() || (this.state === FutureState.PENDING && this.logDestroyPending);
  }
}

export const taskType = nativeType('Task', futureType, { factory: (cls) => withDict(new PyTask(cls)), instanceDict: true });
taskType.attrs.set('__module__', '_asyncio');
taskType.attrs.set('__doc__', 'A coroutine wrapped in a Future.');
taskType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args) => newInstance(newTargetOf(taskType, args)), undefined, null));

/** The number of the last task named Task-N. */
let taskNameCounter = 0;

/** is_coroutine: a native coroutine, or whatever asyncio.iscoroutine accepts. */
function isCoroutine(value: Py): boolean {
  return (value instanceof PyGenerator && value.cls === coroutineType) || isTrue(isCoroutineByAsyncio(value));
}

const INIT = { name: 'Task', names: ['coro', 'loop', 'name', 'context'], required: 1, positionalOnly: 0, keywordOnlyFrom: 1 };

function initializeTask(task: PyTask, args: Py[], kwnames: readonly string[] | null): void {
  const [coro, loop, name, context] = bindArguments(INIT, args, kwnames);
  initializeFuture(task, loop ?? null);
  if (!isCoroutine(coro!)) {
    task.logDestroyPending = false;
    throw typeError(`a coroutine was expected, got ${pyRepr(coro!)}`);
  }
  task.context = context === undefined || context === null ? copyCurrentContext() : context;
  task.mustCancel = false;
  task.logDestroyPending = true;
  task.cancelsRequested = 0;
  task.coro = coro!;
  task.waiter = null;
  task.name = name === undefined || name === null ? `Task-${++taskNameCounter}` : typeof name === 'string' ? name : pyStr(name);
  if (taskTrace.on) traceCreation(task, task.loop!);
  scheduleStep(task, null);
  registerTask(task);
  trackFinalizer(task);
}

// ---------------------------------------------------------------- stepping

/**
 * The callable a scheduled step is (CPython's TaskStepMethWrapper): calling it runs
 * the task's step, throwing `exc` into the coroutine when there is one.
 */
class PyTaskStepMethWrapper extends PyObject {
  constructor(readonly task: PyTask, readonly exc: PyBaseException | null) {
    super(stepWrapperType);
  }
}

const stepWrapperType = nativeType('TaskStepMethWrapper', undefined, { baseType: false });
defineMethods(stepWrapperType, {
  __call__(self: PyTaskStepMethWrapper, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) throw typeError('TaskStepMethWrapper call takes no keyword arguments');
    if (args.length !== 0) throw typeError('TaskStepMethWrapper call takes no positional arguments');
    return step(self.task, self.exc);
  },
});
defineGetSets(stepWrapperType, { __self__: { get: (self: PyTaskStepMethWrapper) => self.task } });

function scheduleStep(task: PyTask, exc: PyBaseException | null): void {
  callSoon(task.loop!, new PyTaskStepMethWrapper(task, exc), [], task.context);
}

/** task_set_error_soon: the next step throws a RuntimeError saying what went wrong. */
function scheduleError(task: PyTask, message: string): null {
  scheduleStep(task, newException(RuntimeError, message));
  return null;
}

function step(task: PyTask, exc: PyBaseException | null): Py {
  const loop = task.loop!;
  enterTask(loop, task);
  if (taskTrace.on) traceStepStart(task);
  let result: Py;
  try {
    result = stepBody(task, exc);
  } catch (error) {
    leaveTask(loop, task);
    if (taskTrace.on) traceStepEnd(task);
    throw error;
  }
  leaveTask(loop, task);
  if (taskTrace.on) traceStepEnd(task);
  return result;
}

type CoroutineOutcome = { yielded: Py } | { returned: Py } | { raised: PyBaseException };

/** coro.send(None), or coro.throw(exc): what came of it. */
function advance(coro: Py, exc: PyBaseException | null): CoroutineOutcome {
  try {
    if (coro instanceof PyGenerator) {
      const state = exc === null ? coro.resume(null) : coro.throwInto(exc);
      return state === SendResult.YIELDED ? { yielded: sendOutcome.value } : { returned: sendOutcome.value };
    }
    const value = exc === null ? call(getAttr(coro, 'send'), [null]) : call(getAttr(coro, 'throw'), [exc]);
    return { yielded: value };
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    if (error.cls.isSubtypeOf(StopIteration)) return { returned: stopIterationValue(error) };
    return { raised: error };
  }
}

/** task_step_impl. */
function stepBody(task: PyTask, given: PyBaseException | null): Py {
  if (task.state !== FutureState.PENDING) {
    raise(call(invalidStateErrorClass(), [`_step(): already done: ${pyRepr(task)} ${given === null ? 'None' : pyRepr(given)}`]) as PyBaseException);
  }
  let exc = given;
  if (task.mustCancel) {
    if (exc === null || !isInstance(exc, cancelledErrorClass())) exc = cancelledError(task);
    task.mustCancel = false;
  }
  task.waiter = null;
  const outcome = advance(task.coro, exc);
  if ('returned' in outcome) {
    if (task.mustCancel) {
      task.mustCancel = false;
      cancelFuture(task, task.cancelMessage);
    } else {
      setResult(task, outcome.returned);
    }
    return null;
  }
  if ('raised' in outcome) {
    const error = outcome.raised;
    if (isInstance(error, cancelledErrorClass())) {
      task.cancelledException = error;
      cancelFuture(task, null);
      return null;
    }
    setException(task, error);
    if (error.cls.isSubtypeOf(KeyboardInterrupt) || error.cls.isSubtypeOf(SystemExit)) throw error;
    return null;
  }
  return awaitYielded(task, outcome.yielded);
}

/** What the coroutine yielded: a future to wait for, None to run again soon, or a mistake. */
function awaitYielded(task: PyTask, result: Py): Py {
  if (result === task) return scheduleError(task, `Task cannot await on itself: ${pyRepr(task)}`);
  if (result instanceof PyFuture && (result.cls === futureType || result.cls === taskType)) {
    if (result.loop !== task.loop) return differentLoop(task, result);
    if (!result.blocking) return yieldInsteadOfYieldFrom(task, result);
    result.blocking = false;
    addDoneCallback(result, wakeupCallback(task), task.context);
    return waitFor(task, result);
  }
  if (result === null) {
    scheduleStep(task, null);
    return null;
  }
  const blocking = getAttrOrUndefined(result, '_asyncio_future_blocking');
  if (blocking !== undefined && blocking !== null) {
    // A future of another kind: asked through its Python interface.
    if (futureLoop(result) !== task.loop) return differentLoop(task, result);
    if (!isTrue(blocking)) return yieldInsteadOfYieldFrom(task, result);
    setAttr(result, '_asyncio_future_blocking', false);
    call(getAttr(result, 'add_done_callback'), [wakeupCallback(task), task.context], ['context']);
    return waitFor(task, result);
  }
  if (isInstance(result, generatorType)) {
    return scheduleError(task, `yield was used instead of yield from for generator in task ${pyRepr(task)} with ${pyRepr(result)}`);
  }
  return scheduleError(task, `Task got bad yield: ${pyRepr(result)}`);
}

function waitFor(task: PyTask, future: Py): null {
  task.waiter = future;
  // A cancel() that came while the task ran is passed on to what it now waits for.
  if (task.mustCancel && isTrue(call(getAttr(future, 'cancel'), [task.cancelMessage]))) task.mustCancel = false;
  return null;
}

function differentLoop(task: PyTask, future: Py): null {
  return scheduleError(task, `Task ${pyRepr(task)} got Future ${pyRepr(future)} attached to a different loop`);
}

function yieldInsteadOfYieldFrom(task: PyTask, future: Py): null {
  return scheduleError(task, `yield was used instead of yield from in task ${pyRepr(task)} with ${pyRepr(future)}`);
}

/** get_future_loop: a future's loop, through get_loop() when it has one. */
function futureLoop(future: Py): Py {
  if (future instanceof PyFuture && typeOf(future).lookup('get_loop') === futureType.attrs.get('get_loop')) return aliveFuture(future).loop;
  const getLoop = getAttrOrUndefined(future, 'get_loop');
  return getLoop === undefined ? getAttr(future, '_loop') : call(getLoop, []);
}

/** The done callback a waiting task puts on the future it waits for (a built-in method task_wakeup of the task). */
function wakeupCallback(task: PyTask): Py {
  return new PyBuiltinFunction('task_wakeup', (args, kwnames) => {
    checkArgCount('task_wakeup', args, kwnames, 1);
    return wakeup(task, args[0]);
  }, task, null);
}

/** task_wakeup: the future is done; the task's next step gets its exception, if it has one. */
function wakeup(task: PyTask, future: Py): Py {
  if (taskTrace.on) traceWakeup(task, future);
  if (future instanceof PyFuture && (future.cls === futureType || future.cls === taskType)) {
    const outcome = outcomeOf(future);
    return step(task, 'error' in outcome ? outcome.error : null);
  }
  try {
    call(getAttr(future, 'result'), []);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    return step(task, error);
  }
  return step(task, null);
}

// ---------------------------------------------------------------- methods

/** Task.cancel: cancels what the task waits for, or else makes its next step throw CancelledError in. */
function cancelTask(task: PyTask, message: Py): boolean {
  task.logTraceback = false;
  trackFinalizer(task);
  if (task.state !== FutureState.PENDING) return false;
  task.cancelsRequested += 1;
  if (task.waiter !== null && isTrue(call(getAttr(task.waiter, 'cancel'), [message]))) return true;
  task.mustCancel = true;
  task.cancelMessage = message;
  return true;
}

/** TaskObj_finalize (__del__): a task destroyed while pending is reported, then as a future. */
function finalizeTask(task: PyTask): void {
  if (task.loop !== undefined && task.state === FutureState.PENDING && task.logDestroyPending) {
    const context = newDict();
    context.setStr('message', 'Task was destroyed but it is pending!');
    context.setStr('task', task);
    if (task.sourceTraceback !== null) context.setStr('source_traceback', task.sourceTraceback);
    call(getAttr(task.loop, 'call_exception_handler'), [context]);
  }
  finalizeFuture(task);
}

const CANCEL = { name: 'cancel', names: ['msg'], required: 0, positionalOnly: 0 };
const GET_STACK = { name: 'get_stack', names: ['limit'], required: 0, positionalOnly: 0, keywordOnlyFrom: 0 };
const PRINT_STACK = { name: 'print_stack', names: ['limit', 'file'], required: 0, positionalOnly: 0, keywordOnlyFrom: 0 };

defineMethods(taskType, {
  __init__(self: PyTask, args, kwnames) {
    initializeTask(self, args, kwnames);
    return null;
  },
  __repr__: (self: PyTask) => taskRepr(self),
  __del__(self: PyTask) {
    finalizeTask(self);
    return null;
  },
  cancel(self: PyTask, args, kwnames) {
    const [message] = bindArguments(CANCEL, args, kwnames);
    return cancelTask(self, message ?? null);
  },
  cancelling: (self: PyTask) => self.cancelsRequested,
  uncancel(self: PyTask) {
    if (self.cancelsRequested > 0) self.cancelsRequested -= 1;
    return self.cancelsRequested;
  },
  get_coro: (self: PyTask) => self.coro,
  get_name: (self: PyTask) => self.name,
  set_name(self: PyTask, args, kwnames) {
    checkArgCount('set_name', args, kwnames, 1);
    self.name = typeof args[0] === 'string' ? args[0] : pyStr(args[0]);
    return null;
  },
  get_stack(self: PyTask, args, kwnames) {
    const [limit] = bindArguments(GET_STACK, args, kwnames);
    return taskGetStack(self, limit ?? null);
  },
  print_stack(self: PyTask, args, kwnames) {
    const [limit, file] = bindArguments(PRINT_STACK, args, kwnames);
    return taskPrintStack(self, limit ?? null, file ?? null);
  },
  set_result() {
    throw newException(RuntimeError, 'Task does not support set_result operation');
  },
  set_exception() {
    throw newException(RuntimeError, 'Task does not support set_exception operation');
  },
  _make_cancelled_error: (self: PyTask) => cancelledError(self),
});

defineGetSets(taskType, {
  _coro: { get: (self: PyTask) => self.coro },
  _fut_waiter: { get: (self: PyTask) => self.waiter },
  _must_cancel: { get: (self: PyTask) => self.mustCancel },
  _log_destroy_pending: {
    get: (self: PyTask) => self.logDestroyPending,
    set(self: PyTask, value) {
      if (value === undefined) throw typeError('cannot delete attribute');
      self.logDestroyPending = isTrue(value);
      trackFinalizer(self);
    },
  },
});
