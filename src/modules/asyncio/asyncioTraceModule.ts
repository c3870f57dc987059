// _pyvm_asyncio_trace: the asyncio trace hook (taskTrace.ts) as Python sees it. The kernel
// draws what it records (pylib/pyvm_kernel/task_trace.py); a program can read it directly.
import { newModule } from '../../objects/module';
import { bindArguments, checkArgCount } from '../../objects/native';
import { PyList } from '../../objects/list';
import { defineFunction } from '../builtins';
import { asDouble } from '../math';
import { registerBuiltinModule } from '../registry';
import { eventTuple, startTrace, stopTrace, taskTrace } from './taskTrace';

const traceModule = newModule('_pyvm_asyncio_trace', `Records what asyncio tasks do, for the kernel's task timeline (pyvm's own module).

start() starts a new record (an earlier one is dropped); stop() ends it and returns it;
events() returns what was recorded so far, leaving the record on. start(progress,
interval) also calls progress() after a step ends, at most once every interval seconds
(0.2 by default), e.g. to refresh a live view. A record is a list of
tuples, in the order things happened, each (kind, time, task, ...) where
  time  is time.perf_counter() when it happened,
  task  numbers the task: 1, 2, ... in the order the record first met it,
and what follows depends on the kind:
  ('create', time, task, name, coroutine, parent, file, line)
      the task was made: its name, its coroutine's qualname, the number of the task
      that was running when it was made (None if none was), and the innermost source
      line outside asyncio's own modules that made it (None, None if there is none);
  ('task', time, task, name, coroutine, None, None, None)
      a task made before start() that the record met for the first time;
  ('step', time, task, name)
      a step starts: the task's coroutine runs (name: the task's name now, which
      may have been set after creation);
  ('end', time, task, how, what, awaited, file, line)
      the step ends. how is 'done' (the task ended: an outcome event follows; the rest
      is None), 'sleep' (what is like 'sleep(0.5)'), 'await' (what describes the
      future awaited: a task's name, 'gather(Task-2, Task-3)', the asyncio coroutine
      waiting, or the future's type), or 'ready' (a bare yield, as asyncio.sleep(0):
      what is 'yield'); awaited is a tuple of the numbers of the tasks waited on
      (a task, gather's children, a TaskGroup's tasks) or None; file and line are
      where the task's own code is suspended (the innermost coroutine outside asyncio);
  ('wakeup', time, task, by, what)
      the future the task waited on is done, so it will step: by is that future's
      task number when it is a task (else None), what describes it;
  ('done', time, task, result)          the task returned: repr(result), cut to 200 characters;
  ('cancelled', time, task, message)    the task was cancelled: the message, or None;
  ('failed', time, task, type, message) the task raised: the exception's type name and str().
Recording costs nothing when off.`);
registerBuiltinModule('_pyvm_asyncio_trace', () => traceModule);

/** Seconds between calls of start()'s progress callback, unless it says. */
const DEFAULT_PROGRESS_INTERVAL = 0.2;

const eventList = (events: typeof taskTrace.events): PyList => new PyList(events.map(eventTuple));

const START = { name: 'start', names: ['progress', 'interval'], required: 0, positionalOnly: 0 };
defineFunction(traceModule, 'start', (args, kwnames) => {
  const [progress, interval] = bindArguments(START, args, kwnames);
  startTrace(progress ?? null, interval === undefined ? DEFAULT_PROGRESS_INTERVAL : asDouble(interval));
  return null;
}, 'start(progress=None, interval=0.2)\n\nStarts recording what asyncio tasks do (dropping what an earlier start() recorded);\n' +
  'progress(), if given, is called after a step ends, at most once every interval seconds.');

defineFunction(traceModule, 'stop', (args, kwnames) => {
  checkArgCount('stop', args, kwnames, 0);
  return eventList(stopTrace());
}, 'stop() -> list of event tuples\n\nStops recording; returns the events recorded since start().');

defineFunction(traceModule, 'events', (args, kwnames) => {
  checkArgCount('events', args, kwnames, 0);
  return eventList(taskTrace.events);
}, 'events() -> list of event tuples\n\nThe events recorded since start(), while recording goes on.');

defineFunction(traceModule, 'is_active', (args, kwnames) => {
  checkArgCount('is_active', args, kwnames, 0);
  return taskTrace.on;
}, 'is_active() -> bool\n\nWhether events are being recorded.');
