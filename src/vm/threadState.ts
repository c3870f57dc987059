// The state of the running Python thread: the frame being executed, the exception being
// handled (sys.exc_info()), and the recursion depth.
import type { Py } from '../objects/object';
import type { Frame } from './frame';

export interface ThreadState {
  frame: Frame | null;
  /** The exception an `except` or `finally` block is handling; null when none. */
  handled: Py;
  depth: number;
}

export const threadState: ThreadState = { frame: null, handled: null, depth: 0 };
