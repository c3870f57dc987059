// How a compiled function (compiledTier.ts) ends a run: the number it returns tells the
// eval loop, or the compiled caller that ran it nested (compiledCalls.ts), what to do next.
import type { Frame } from '../frame';
import type { Py } from '../../objects/object';

/**
 * Runs `frame` from instruction `ip` with stack pointer `sp`; returns the instruction the
 * loop runs next (frame.sp set), its bitwise complement when the thread was parked, or
 * one of the codes below. `nested`: run by a compiled caller, which takes the value of
 * a return (RETURNED) instead of the loop.
 */
export type CompiledCode = (frame: Frame, ip: number, sp: number, nested?: boolean) => number;

/**
 * The loop is to go on with the thread's running frame (threadState.frame), from its saved
 * ip and sp: the frame of a call the compiled code made and entered but does not run
 * itself, or a call run nested that stopped at an instruction the loop runs. Every frame
 * between the one the loop ran and that one has its ip and sp saved.
 */
export const SWITCH_FRAME = -0x40000000;
/** As SWITCH_FRAME, but the thread parked in its running frame (ip and sp saved): the loop suspends it. */
export const SWITCH_FRAME_PARKED = -0x40000001;
/**
 * A nested run returned, or yielded (a generator's frame, run by runFrame): the value is
 * in `returned.value`, the frame completed (its caller's to leave) or suspended.
 */
export const RETURNED = -0x40000002;
/** The running frame raises pendingRaise.exception (objects/raised.ts) at its lasti, as the loop raises without a throw. */
export const RAISING = -0x40000003;

export const returned = { value: null as Py };

/** The value of the nested run that returned, no longer held here (where it would outlive its last use). */
export function takeReturned(): Py {
  const value = returned.value;
  returned.value = null;
  return value;
}
