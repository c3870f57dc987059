// What _asyncio takes from asyncio's Python modules, as CPython's module_init does: the
// exception classes, the event loop policy, the reprs, iscoroutine. They are looked up
// on first use rather than when _asyncio is imported, because asyncio.futures imports
// _asyncio while the asyncio package is still being initialised.
import type { Py } from '../../objects/object';
import { call, getAttr, pyStr } from '../../objects/protocols';
import { importModule } from '../../objects/moduleImporter';
import { contextvarsModule } from '../contextvars';

const found = new Map<string, Py>();

/** `module.name`, imported on first use (`module` dotted: 'asyncio.events'). */
function pythonAttribute(module: string, name: string): Py {
  const key = `${module}.${name}`;
  let value = found.get(key);
  if (value === undefined) {
    let object = importModule(module);
    for (const part of module.split('.').slice(1)) object = getAttr(object, part);
    value = getAttr(object, name);
    found.set(key, value);
  }
  return value;
}

export const cancelledErrorClass = (): Py => pythonAttribute('asyncio.exceptions', 'CancelledError');
export const invalidStateErrorClass = (): Py => pythonAttribute('asyncio.exceptions', 'InvalidStateError');

/** asyncio.events.get_event_loop_policy(). */
export const eventLoopPolicy = (): Py => call(pythonAttribute('asyncio.events', 'get_event_loop_policy'), []);

export const futureRepr = (future: Py): Py => call(pythonAttribute('asyncio.base_futures', '_future_repr'), [future]);
export const taskRepr = (task: Py): Py => call(pythonAttribute('asyncio.base_tasks', '_task_repr'), [task]);
export const taskGetStack = (task: Py, limit: Py): Py => call(pythonAttribute('asyncio.base_tasks', '_task_get_stack'), [task, limit]);
export const taskPrintStack = (task: Py, limit: Py, file: Py): Py => call(pythonAttribute('asyncio.base_tasks', '_task_print_stack'), [task, limit, file]);
export const isCoroutineByAsyncio = (value: Py): Py => call(pythonAttribute('asyncio.coroutines', 'iscoroutine'), [value]);

/** traceback.extract_stack(): a debug loop's record of where a future was made. */
export const extractStack = (): Py => call(pythonAttribute('traceback', 'extract_stack'), []);

/** A copy of the running context (PyContext_CopyCurrent). */
export const copyCurrentContext = (): Py => call(contextvarsModule.dict.getStr('copy_context')!, []);

/** weakref.WeakSet(): _asyncio._all_tasks. */
export const newWeakSet = (): Py => call(pythonAttribute('weakref', 'WeakSet'), []);

let asyncioDirectory: string | undefined;

/** Whether the file is one of asyncio's own modules (whose frames the trace hook leaves out). */
export function isAsyncioFile(filename: string): boolean {
  asyncioDirectory ??= pyStr(pythonAttribute('asyncio', '__file__')).replace(/__init__\.py$/, '');
  return filename.startsWith(asyncioDirectory);
}
