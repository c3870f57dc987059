// The event loop running in this thread (asyncio's _get_running_loop and
// _set_running_loop, which run_forever calls on entry and exit), and get_event_loop():
// the running loop, or else the policy's.
import type { Py } from '../../objects/object';
import { call, getAttr } from '../../objects/protocols';
import { eventLoopPolicy } from './pythonSide';
import { ThreadSlot } from '../../vm/threads';

/** The running loop of each Python thread; null when none runs. */
const runningLoop = new ThreadSlot<Py>(() => null);

export function getRunningLoop(): Py {
  return runningLoop.get();
}

export function setRunningLoop(loop: Py): void {
  runningLoop.set(loop);
}

/** get_event_loop(): the running loop, else get_event_loop_policy().get_event_loop(). */
export function currentEventLoop(): Py {
  const running = runningLoop.get();
  if (running !== null) return running;
  return call(getAttr(eventLoopPolicy(), 'get_event_loop'), []);
}
