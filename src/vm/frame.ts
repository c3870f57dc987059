// An executing (or suspended) function call: the code, its fast locals and value stack,
// and where it is. Frames are plain JS objects; Python sees them through the frame type
// (f_lineno, f_locals, f_back, ...) that modules/sys exposes.
import type { CodeObject } from '../bytecode/code';
import { addressToLine } from './codeInfo';
import type { PyDict } from '../objects/dict';
import type { Py } from '../objects/object';
import type { PyFunction } from '../objects/function';
import { codeInfo, type CodeInfo } from './codeInfo';

export const enum FrameState {
  CREATED,
  RUNNING,
  SUSPENDED,
  COMPLETED,
}

/**
 * What a frame's return does: leave the execute() running it (a frame runFrame started),
 * or go on with its caller frame in the same execute() (a call the loop inlined), pushing
 * the value returned or, for an __init__ the loop called for a class, checking that it
 * is None (the new instance is already on the caller's stack), or, for the code of an
 * exec() the loop called, pushing None. The frames of an __init__ and of an instance's
 * __call__ are a call through tp_call in CPython, which holds a level of recursion of
 * its own.
 */
export const enum FrameExit {
  LEAVE_EXECUTE,
  TO_CALLER,
  TO_CALLER_AFTER_INIT,
  TO_CALLER_AFTER_OBJECT_CALL,
  TO_CALLER_RETURNING_NONE,
}

export class Frame {
  readonly info: CodeInfo;
  /** Fast locals, then cells, then free variables (co_localsplusnames). */
  readonly localsplus: (Py | undefined)[];
  /**
   * The value stack: the same array as localsplus, its slots after the locals' (as in
   * CPython's frames), so that a call allocates one array.
   */
  readonly stack: (Py | undefined)[];
  /** Stack pointer (an index in `stack`, from info.localsplusCount up) and instruction index (in code units) while the frame is suspended. */
  sp: number;
  ip = 0;
  /** The instruction last started, in code units: tracebacks and f_lineno read it. */
  lasti = -1;
  state = FrameState.CREATED;
  back: Frame | null = null;
  exit = FrameExit.LEAVE_EXECUTE;
  /** The generator, coroutine or async generator running this frame, if any. */
  owner: unknown = null;
  /**
   * Whether something may still read the frame after it returns: a frame object (which
   * sys._getframe(), a trace function, a frame's f_back give Python), a traceback entry,
   * a locals() snapshot, a coroutine's creation site. Such a frame is never reused.
   */
  escaped = false;

  constructor(
    readonly code: CodeObject,
    public globals: PyDict,
    /** Usually a dict; CPython takes any object the globals' __builtins__ names. */
    public builtins: Py,
    /** The namespace of a module or class body (LOAD_NAME/STORE_NAME); null in functions. */
    public locals: Py | null,
    public func: PyFunction | null,
  ) {
    const info = codeInfo(code);
    this.info = info;
    const slots = new Array(info.localsplusCount + code.co_stacksize);
    this.localsplus = slots;
    this.stack = slots;
    this.sp = info.localsplusCount;
  }

  /** The line being executed (f_lineno). */
  get lineno(): number | null {
    return addressToLine(this.info, this.lasti < 0 ? 0 : this.lasti);
  }
}

// ---------------------------------------------------------------- reuse
// A call's frame costs two allocations (the frame and its slots), and most frames are
// garbage the moment they return: a returned frame nothing else saw waits, slots
// emptied, for the next call of the same code (CPython keeps its frames on a stack of
// its own for the same reason).

/** How many returned frames a code object keeps for reuse: enough for recursion's depth to come back to. */
const MAX_SPARE_FRAMES = 32;

/** A frame for a call of `func`, its slots empty: a spare one of its code's, or a new one. */
export function frameForFunction(func: PyFunction, namespace: Py | null): Frame {
  const code = func.code;
  const spare = codeInfo(code).spareFrames.pop();
  if (spare === undefined) return new Frame(code, func.globals, func.builtins, namespace, func);
  spare.globals = func.globals;
  spare.builtins = func.builtins;
  spare.locals = namespace;
  spare.func = func;
  return spare;
}

/** A function's frame has returned: unless it escaped or runs a generator, its slots are emptied and it is kept for reuse. */
export function releaseFrame(frame: Frame): void {
  const info = frame.info;
  if (frame.escaped || frame.owner !== null || info.spareFrames.length >= MAX_SPARE_FRAMES) return;
  const slots = frame.localsplus;
  for (let i = 0; i < slots.length; i++) slots[i] = undefined;
  frame.sp = info.localsplusCount;
  frame.ip = 0;
  frame.lasti = -1;
  frame.state = FrameState.CREATED;
  frame.back = null;
  frame.exit = FrameExit.LEAVE_EXECUTE;
  frame.locals = null;
  frame.func = null;
  info.spareFrames.push(frame);
}

/** `frame` may be read after it returns, and so may its callers (through f_back): none of them is to be reused. */
export function markEscaped(frame: Frame | null): void {
  for (let at = frame; at !== null && !at.escaped; at = at.back) at.escaped = true;
}
