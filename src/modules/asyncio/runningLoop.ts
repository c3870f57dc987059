// The event loop running in this thread (asyncio's _get_running_loop and
// _set_running_loop, which run_forever calls on entry and exit), and get_event_loop():
// the running loop, or else the policy's.
import type { Py } from '../../objects/object';
import { call, getAttr } from '../../objects/protocols';
import { eventLoopPolicy } from './pythonSide';

/** The running loop; null when none runs. (One Python thread, so one slot.) */
let runningLoop: Py = null;

export function getRunningLoop(): Py {
  return runningLoop;
}

export function setRunningLoop(loop: Py): void {
  runningLoop = loop;
}

/** get_event_loop(): the running loop, else get_event_loop_policy().get_event_loop(). */
export function currentEventLoop(): Py {
  if (runningLoop !== null) return runningLoop;
  return call(getAttr(eventLoopPolicy(), 'get_event_loop'), []);
}
