// How a compiled function (compiledTier.ts) ends a run: the number it returns tells the
// eval loop, or the compiled caller that ran it nested (compiledCalls.ts), what to do next.
import { type Frame, FrameState } from '../frame';
import type { Py } from '../../objects/object';

/**
 * Runs `frame` from instruction `ip` with stack pointer `sp`; returns the instruction the
 * loop runs next (frame.sp set), its bitwise complement when the thread was parked, or
 * one of the codes below.
 */
export type CompiledCode = (frame: Frame, ip: number, sp: number) => number;

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
 * The frame returns (RETURNS) or yields (YIELDS, its ip set after the yield) at its lasti,
 * the value on its stack. The loop runs that instruction; a compiled caller or runFrame,
 * which ran the code nested, finishes it with leave() instead.
 */
export const RETURNS = -0x40000002;
export const YIELDS = -0x40000004;
/** The running frame raises pendingRaise.exception (objects/raised.ts) at its lasti, as the loop raises without a throw. */
export const RAISING = -0x40000003;

/** Leaves a frame whose run ended RETURNS (completed) or YIELDS (suspended), as the loop's instruction does, and gives the value. */
export function leave(frame: Frame, stop: typeof RETURNS | typeof YIELDS): Py {
  frame.state = stop === RETURNS ? FrameState.COMPLETED : FrameState.SUSPENDED;
  return frame.localsplus[--frame.sp]!;
}
