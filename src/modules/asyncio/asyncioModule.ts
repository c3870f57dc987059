// The _asyncio module (CPython's Modules/_asynciomodule.c, "Accelerator module for
// asyncio"): Future and Task, the running loop, and the registry of tasks. asyncio's
// Python modules import it and use these in place of their pure-Python versions.
import type { Py } from '../../objects/object';
import { newModule } from '../../objects/module';
import { bindArguments, checkArgCount } from '../../objects/native';
import { newException, RuntimeError } from '../../objects/exceptions';
import { defineFunction } from '../builtins';
import { registerBuiltinModule } from '../registry';
import { futureType } from './future';
import { taskType } from './task';
import { currentEventLoop, getRunningLoop, setRunningLoop } from './runningLoop';
import { allTasks, currentTasks, enterTask, leaveTask, registerTask, unregisterTask } from './taskRegistry';

const asyncioModule = newModule('_asyncio', 'Accelerator module for asyncio');
registerBuiltinModule('_asyncio', () => {
  asyncioModule.dict.setStr('_all_tasks', allTasks());
  return asyncioModule;
});
asyncioModule.dict.setStr('Future', futureType);
asyncioModule.dict.setStr('Task', taskType);
asyncioModule.dict.setStr('_current_tasks', currentTasks);

const define = (name: string, fn: (args: Py[], kwnames: readonly string[] | null) => Py): void => {
  defineFunction(asyncioModule, name, fn);
};

define('get_event_loop', (args, kwnames) => {
  checkArgCount('get_event_loop', args, kwnames, 0);
  return currentEventLoop();
});

define('_get_event_loop', (args, kwnames) => {
  bindArguments({ name: '_get_event_loop', names: ['stacklevel'], required: 0, positionalOnly: 0 }, args, kwnames);
  return currentEventLoop();
});

define('get_running_loop', (args, kwnames) => {
  checkArgCount('get_running_loop', args, kwnames, 0);
  const loop = getRunningLoop();
  if (loop === null) throw newException(RuntimeError, 'no running event loop');
  return loop;
});

define('_get_running_loop', (args, kwnames) => {
  checkArgCount('_get_running_loop', args, kwnames, 0);
  return getRunningLoop();
});

define('_set_running_loop', (args, kwnames) => {
  checkArgCount('_set_running_loop', args, kwnames, 1);
  setRunningLoop(args[0]);
  return null;
});

const TASK = { name: '_register_task', names: ['task'], required: 1, positionalOnly: 0 };
define('_register_task', (args, kwnames) => {
  registerTask(bindArguments(TASK, args, kwnames)[0]!);
  return null;
});
define('_unregister_task', (args, kwnames) => {
  unregisterTask(bindArguments({ ...TASK, name: '_unregister_task' }, args, kwnames)[0]!);
  return null;
});

const LOOP_TASK = { name: '_enter_task', names: ['loop', 'task'], required: 2, positionalOnly: 0 };
define('_enter_task', (args, kwnames) => {
  const [loop, task] = bindArguments(LOOP_TASK, args, kwnames);
  enterTask(loop!, task!);
  return null;
});
define('_leave_task', (args, kwnames) => {
  const [loop, task] = bindArguments({ ...LOOP_TASK, name: '_leave_task' }, args, kwnames);
  leaveTask(loop!, task!);
  return null;
});
