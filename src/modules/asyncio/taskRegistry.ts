// Which tasks exist and which one each loop is running: _asyncio._all_tasks (a
// weakref.WeakSet, which asyncio.all_tasks reads) and _asyncio._current_tasks (a dict
// from loop to task, which asyncio.current_task reads), kept as CPython's C module keeps
// them, since asyncio.tasks imports both objects themselves.
import type { Py } from '../../objects/object';
import { newException, RuntimeError } from '../../objects/exceptions';
import { call, getAttr, pyRepr } from '../../objects/protocols';
import { newDict } from '../../objects/dictType';
import { newWeakSet } from './pythonSide';

export const currentTasks = newDict();

let allTasksSet: Py | undefined;

/** _all_tasks, made when _asyncio is first imported (weakref must be importable by then). */
export function allTasks(): Py {
  allTasksSet ??= newWeakSet();
  return allTasksSet;
}

export function registerTask(task: Py): void {
  call(getAttr(allTasks(), 'add'), [task]);
}

export function unregisterTask(task: Py): void {
  call(getAttr(allTasks(), 'discard'), [task]);
}

export function enterTask(loop: Py, task: Py): void {
  const current = currentTasks.get(loop);
  if (current !== undefined) {
    throw newException(RuntimeError, `Cannot enter into task ${pyRepr(task)} while another task ${pyRepr(current)} is being executed.`);
  }
  currentTasks.set(loop, task);
}

export function leaveTask(loop: Py, task: Py): void {
  const current = currentTasks.get(loop);
  if (current !== task) {
    throw newException(RuntimeError, `Leaving task ${pyRepr(task)} does not match the current task ${pyRepr(current ?? null)}.`);
  }
  currentTasks.delete(loop);
}
