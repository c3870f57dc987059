// The state of the running Python thread: the frame being executed, the exception being
// handled (sys.exc_info()). (The recursion depth is counted in objects/protocols.ts.)
import type { Py } from '../objects/object';
import type { Frame } from './frame';

export interface ThreadState {
  frame: Frame | null;
  /** The exception an `except` or `finally` block is handling; null when none. */
  handled: Py;
}

export const threadState: ThreadState = { frame: null, handled: null };
