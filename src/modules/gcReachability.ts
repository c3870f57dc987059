// What gc.collect() can do in pyvm: the JS collector frees pyvm's objects, but it cannot
// say when an object that has a deferred finalizer (an instance of a class with __del__,
// a task whose exception no one retrieved, a coroutine never awaited:
// ../vm/deferredFinalization.ts) became garbage, which CPython reports at that moment,
// nor does it clear weak references while Python runs. gc.collect() finds out: it marks
// everything the program can still reach, from the interpreter's roots through the
// objects' fields, clears the weak references to the objects left unmarked and runs
// their finalizers.
//
// The roots are what Python code reaches everything from: sys.modules (so sys and the
// builtins too), the running thread's frames and handled exception, its per-thread values
// (asyncio's running loop), the tasks the event loops are running, the current context
// and the exit functions. A value native code holds only in a JS closure or local is out
// of sight, so marking runs only while the main thread is the only thread (another
// thread's state is not all on its frames).
import { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { runFinalizersOfUnreachable } from '../vm/deferredFinalization';
import { threadState } from '../vm/threadState';
import { currentThread, mainThread, otherThreadCount } from '../vm/threads';
import { currentTasks } from './asyncio/taskRegistry';
import { registeredExitFunctions } from './atexit';
import { currentContext } from './contextvars';
import { getSysAttribute } from './sysAccess';
import { clearReferencesToUnreachable } from './weakref';

/**
 * Forgets the classes the program can no longer reach (__subclasses__() lists them no
 * more), clears the weak references to the objects it can no longer reach, then runs
 * their deferred finalizers.
 */
export function finalizeUnreachable(): void {
  if (currentThread() !== mainThread || otherThreadCount() > 0) return;
  const reached = reachableObjects();
  const isReachable = (object: object): boolean => reached.has(object);
  for (const object of reached) {
    if (object instanceof PyType) dropUnreachableSubclasses(object, isReachable);
  }
  clearReferencesToUnreachable(isReachable);
  runFinalizersOfUnreachable(isReachable);
}

/** gc.get_objects(): the Python objects the program can reach (gc.ts keeps those CPython's collector tracks). */
export function reachablePythonObjects(): PyObject[] {
  return [...reachableObjects()].filter((object): object is PyObject => object instanceof PyObject);
}

/** CPython's classes hold their subclasses weakly: a class that died leaves its bases' lists (built-in types never die). */
function dropUnreachableSubclasses(type: PyType, isReachable: (object: object) => boolean): void {
  const subclasses = type.subclasses;
  if (!subclasses.some((subclass) => subclass.isHeapType && !isReachable(subclass))) return;
  const kept = subclasses.filter((subclass) => !subclass.isHeapType || isReachable(subclass));
  subclasses.splice(0, subclasses.length, ...kept);
}

function reachableObjects(): Set<object> {
  const roots: unknown[] = [
    getSysAttribute('modules'), threadState.frame, threadState.handled, mainThread.slots, currentTasks, currentContext(), registeredExitFunctions(),
  ];
  return markFrom(roots.filter((root): root is object => typeof root === 'object' && root !== null));
}

/**
 * Everything reachable from `roots` through fields, array items and Map and Set entries.
 * (JS functions are not looked into, nor weak references: they keep nothing alive.)
 */
function markFrom(roots: object[]): Set<object> {
  const marked = new Set<object>();
  const pending = roots.slice();
  const visit = (value: unknown): void => {
    if (typeof value === 'object' && value !== null && !marked.has(value)) pending.push(value);
  };
  while (pending.length > 0) {
    const object = pending.pop()!;
    if (marked.has(object)) continue;
    marked.add(object);
    if (ArrayBuffer.isView(object) || object instanceof ArrayBuffer || object instanceof WeakRef) continue;
    if (object instanceof Map) {
      for (const [key, value] of object) {
        visit(key);
        visit(value);
      }
    } else if (object instanceof Set || Array.isArray(object)) {
      for (const value of object) visit(value);
    } else if (object instanceof PyType) {
      // A class's list of its subclasses is weak in CPython (tp_subclasses): it keeps none alive.
      for (const [field, value] of Object.entries(object)) if (field !== 'subclasses') visit(value);
    } else {
      for (const value of Object.values(object)) visit(value);
    }
  }
  return marked;
}
