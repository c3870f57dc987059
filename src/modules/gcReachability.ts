// What gc.collect() can do in pyvm: the JS collector frees pyvm's objects, but it cannot
// say when an object that has a deferred finalizer (a task whose exception no one
// retrieved, a coroutine never awaited: ../vm/deferredFinalization.ts) became garbage,
// which CPython reports at that moment. gc.collect() finds out: it marks everything the
// program can still reach, from the interpreter's roots through the objects' fields, and
// runs the finalizers of the objects left unmarked.
//
// The roots are what Python code reaches everything from: sys.modules (so sys and the
// builtins too), the running thread's frames and handled exception, its per-thread values
// (asyncio's running loop), and the tasks the event loops are running. A value native
// code holds only in a JS closure or local is out of sight, so marking runs only while
// the main thread is the only thread (another thread's state is not all on its frames).
import { runFinalizersOfUnreachable } from '../vm/deferredFinalization';
import { threadState } from '../vm/threadState';
import { currentThread, mainThread, otherThreadCount } from '../vm/threads';
import { currentTasks } from './asyncio/taskRegistry';
import { getSysAttribute } from './sysAccess';

/** Runs the deferred finalizers of the objects the program can no longer reach. */
export function finalizeUnreachable(): void {
  if (currentThread() !== mainThread || otherThreadCount() > 0) return;
  let reached: Set<object> | undefined;
  runFinalizersOfUnreachable((object) => (reached ??= reachableObjects()).has(object));
}

function reachableObjects(): Set<object> {
  const roots: unknown[] = [getSysAttribute('modules'), threadState.frame, threadState.handled, mainThread.slots, currentTasks];
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
    } else {
      for (const value of Object.values(object)) visit(value);
    }
  }
  return marked;
}
