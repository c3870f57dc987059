// The kernel's asyncio event loop: one a session, created when a cell first awaits (or
// once asyncio is imported). A cell with top-level await runs as a coroutine on it, and
// the tasks cells start stay on it, running between cells while the kernel waits for
// its next request. It runs only while the kernel drives it, never during a synchronous
// cell, so such a cell's asyncio.run() finds no running loop, as in a script (where
// ipykernel fails: its cells run inside its own running loop).
import type { CodeObject } from '../bytecode/code';
import type { Py } from '../objects/object';
import type { PyDict } from '../objects/dict';
import { KeyboardInterrupt, type PyBaseException } from '../objects/exceptions';
import { call, getAttr, isTrue, pyLen } from '../objects/protocols';
import { toPyException } from '../objects/pyErrorConversion';
import type { PyTraceback } from '../objects/traceback';
import { stderr, stdout } from '../modules/consoleStream';
import { sysModule } from '../modules/sys';
import { observeWaits } from '../vm/blockingWait';
import { deferInterruptsWhile, requestInterrupt } from '../vm/evalBreaker';
import { threadState } from '../vm/threadState';
import { isAsyncioFile } from '../modules/asyncio/pythonSide';
import type { Frame } from '../vm/frame';
import { importModule } from './importSystem';

export class KernelEventLoop {
  private loop: Py | null = null;

  /**
   * Runs a cell's coroutine (`cell` its code) to its end: its value. An interrupt while it
   * awaits cancels it where it waits (its `finally` clauses run) and ends the cell with
   * KeyboardInterrupt, as a synchronous cell ends (ipykernel turns it into CancelledError).
   * Either way the traceback starts at the cell, not in the loop's machinery.
   */
  runCell(coroutine: Py, cell: CodeObject): Py {
    const loop = this.kernelLoop();
    const task = call(getAttr(loop, 'create_task'), [coroutine]);
    try {
      return whileInterruptsWaitOutsideAsyncio(() => runUntilComplete(loop, task));
    } catch (caught) {
      const exc = toPyException(caught);
      if (exc.cls.isSubtypeOf(KeyboardInterrupt) && !isTrue(call(getAttr(task, 'done'), []))) {
        call(getAttr(task, 'cancel'), []);
        try {
          whileInterruptsWaitOutsideAsyncio(() => runUntilComplete(loop, task));
        } catch (cancelled) {
          // Where the cell was waiting: the CancelledError's traceback goes through it.
          exc.traceback = toPyException(cancelled).traceback;
        }
      }
      startAtCell(exc, cell);
      throw exc;
    }
  }

  /**
   * Makes the loop asyncio's current one, when asyncio is imported at all (importing it
   * is slow), so that a synchronous cell's asyncio.ensure_future() or get_event_loop()
   * puts tasks on it, to run between cells. asyncio.run() looks for a running loop only,
   * so it still works; it leaves no current loop behind, hence this before every cell.
   */
  makeCurrent(): void {
    if (!(sysModule.dict.getStr('modules') as PyDict).has('asyncio')) return;
    call(getAttr(importModule('asyncio'), 'set_event_loop'), [this.kernelLoop()]);
  }

  /** Whether tasks or callbacks wait on the loop: work to do between cells. */
  hasBackgroundWork(): boolean {
    const loop = this.loop;
    if (loop === null) return false;
    const tasks = call(getAttr(importModule('asyncio'), 'all_tasks'), [loop]);
    return pyLen(tasks) > 0 || pyLen(getAttr(loop, '_ready')) > 0 || pyLen(getAttr(loop, '_scheduled')) > 0;
  }

  /**
   * Runs the loop's tasks and callbacks until `interrupted()` holds (asked whenever the
   * loop waits) or none is left. An interrupt ends it too: dropped when it came late (its
   * cell ended first), passed on when a cell is already waiting to run. What the tasks print goes out whenever the loop waits.
   */
  runInBackground(interrupted: () => boolean): void {
    const loop = this.loop!;
    let stopping = false;
    observeWaits(() => {
      stdout.flush();
      stderr.flush();
      if (stopping || (!interrupted() && this.hasBackgroundWork())) return;
      stopping = true;
      // Thread-safe: it writes to the loop's self-pipe, which ends the selector's wait.
      call(getAttr(loop, 'call_soon_threadsafe'), [getAttr(loop, 'stop')]);
    });
    try {
      whileInterruptsWaitOutsideAsyncio(() => call(getAttr(loop, 'run_forever'), []));
    } catch (caught) {
      if (!toPyException(caught).cls.isSubtypeOf(KeyboardInterrupt)) throw caught;
      // Meant for the cell that waits to run (interrupts are only sent while a cell is
      // the kernel's running request): it must not be lost with the background run.
      if (interrupted()) requestInterrupt();
    } finally {
      observeWaits(null);
    }
  }

  private kernelLoop(): Py {
    this.loop ??= call(getAttr(importModule('asyncio'), 'new_event_loop'), []);
    return this.loop;
  }
}

/**
 * Runs the loop with interrupts taken only outside asyncio's own code: in the tasks' and
 * callbacks' code, or while the loop waits in its selector. Anywhere inside, a
 * KeyboardInterrupt could leave the loop broken (a callback taken off the ready queue and
 * never run: its task never wakes again). The interrupt stays pending until then.
 */
function whileInterruptsWaitOutsideAsyncio<T>(run: () => T): T {
  deferInterruptsWhile(() => threadState.frame !== null && isAsyncioFile(threadState.frame.code.co_filename));
  try {
    return run();
  } finally {
    deferInterruptsWhile(null);
  }
}

function runUntilComplete(loop: Py, task: Py): Py {
  return call(getAttr(loop, 'run_until_complete'), [task]);
}

/** Drops the traceback's entries above the cell's own frame (when it is there at all). */
function startAtCell(exc: PyBaseException, cell: CodeObject): void {
  for (let entry: PyTraceback | null = exc.traceback; entry !== null; entry = entry.next) {
    if ((entry.frame as Frame).code === cell) {
      exc.traceback = entry;
      return;
    }
  }
}
