// Frames run inlined: a call of a Python function that the eval loop (or compiled code)
// runs in the same execute() as its caller, the callee made the thread's running frame
// and, on its return, its caller again.
import { CALLING_AN_OBJECT, enterRecursiveCall, leaveRecursiveCall } from '../objects/protocols';
import { type Frame, FrameExit, FrameState } from './frame';
import type { ThreadState } from './threadState';

/** Makes `callee` (its recursion level entered) the running frame of an inlined call, returning to the running one. */
export function enterInlinedFrame(ts: ThreadState, callee: Frame, exit: FrameExit): Frame {
  callee.back = ts.frame;
  callee.exit = exit;
  callee.state = FrameState.RUNNING;
  ts.frame = callee;
  return callee;
}

/** Ends an inlined frame: its caller, now the running frame. */
export function leaveInlinedFrame(ts: ThreadState, frame: Frame): Frame {
  const caller = frame.back!;
  ts.frame = caller;
  leaveRecursiveCall();
  if (frame.exit === FrameExit.TO_CALLER_AFTER_INIT || frame.exit === FrameExit.TO_CALLER_AFTER_OBJECT_CALL) leaveRecursiveCall();
  return caller;
}

/**
 * The recursion levels a call through tp_call running Python code enters (a class's
 * running its __init__, an instance's running its __call__): tp_call's and the frame's.
 */
export function enterObjectCallLevels(): void {
  enterRecursiveCall(CALLING_AN_OBJECT);
  try {
    enterRecursiveCall('');
  } catch (error) {
    leaveRecursiveCall();
    throw error;
  }
}
