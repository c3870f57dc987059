// Setting frame.f_lineno from a trace function: a debugger's jump ("set next statement"),
// with CPython 3.11's rules (frame_setlineno). Only from a 'line' event, or the 'return'
// of a yield; to the first line that starts at or after the one asked for; at an
// instruction whose value stack the current one can be cut down to (what is on the stack
// at each instruction is worked out from the bytecode, as mark_stacks does). The values
// above the target's stack are popped, an exception being handled among them restored
// as POP_EXCEPT would, and the stepper (tracing.ts) goes on at the target.
import { Op } from '../bytecode/opcodes';
import type { Py } from '../objects/object';
import { newException, ValueError } from '../objects/exceptions';
import { stackEffect } from '../compiler/stackEffect';
import { addressToLine, type CodeInfo } from './codeInfo';
import type { Frame } from './frame';
import { threadState } from './threadState';

/** What a value-stack slot holds, for the jump's purposes (CPython's Kind; the numbers matter: stacks are compared as numbers). */
const enum Kind {
  LASTI = 2,
  EXCEPT = 3,
  ITERATOR = 4,
  OBJECT = 5,
  NULL = 6,
}

// A stack is a number, 3 bits a slot, the top slot lowest, as CPython packs it (bigint: up to 63 bits).
type Stack = bigint;
const BITS = 3n;
const MASK = 7n;
const EMPTY: Stack = 0n;
const UNINITIALIZED: Stack = -2n;
const OVERFLOWED: Stack = -1n;
const WILL_OVERFLOW: Stack = 1n << (20n * BITS);

function push(stack: Stack, kind: Kind): Stack {
  return stack >= WILL_OVERFLOW ? OVERFLOWED : (stack << BITS) | BigInt(kind);
}

function pop(stack: Stack): Stack {
  return stack >> BITS;
}

function top(stack: Stack): Kind {
  return Number(stack & MASK) as Kind;
}

function peek(stack: Stack, n: number): Kind {
  return Number((stack >> (BITS * BigInt(n - 1))) & MASK) as Kind;
}

function swap(stack: Stack, n: number): Stack {
  const shift = BITS * BigInt(n - 1);
  const lower = (stack & ~(MASK << shift)) | (BigInt(top(stack)) << shift);
  return (lower & ~MASK) | BigInt(peek(stack, n));
}

function popToLevel(stack: Stack, level: number): Stack {
  if (level === 0) return EMPTY;
  const levelMax = MASK << (BigInt(level - 1) * BITS);
  while (stack > levelMax) stack = pop(stack);
  return stack;
}

/** The jumps the trace functions asked for, by frame: the instruction each goes on at. */
const pendingJumps = new WeakMap<Frame, number>();

/** The jump asked for in `frame` by its trace function, if any (no longer pending). */
export function takeLineJump(frame: Frame): number | undefined {
  const target = pendingJumps.get(frame);
  if (target !== undefined) pendingJumps.delete(frame);
  return target;
}

/**
 * `frame.f_lineno = lineno`, asked by a trace function handling `event` (null outside
 * one) for `frame`, whose f_trace is `trace`: checks the jump, cuts the stack down and
 * leaves the jump pending for the stepper. Raises ValueError as CPython does.
 */
export function jumpToLine(frame: Frame, event: string | null, trace: Py, lineno: Py): void {
  if (typeof lineno !== 'number' && typeof lineno !== 'bigint') throw newException(ValueError, 'lineno must be an integer');
  const info = frame.info;
  // (A yield's 'return' comes before the YIELD_VALUE runs, here: the frame is about to be suspended.)
  const atYield = event === 'return' && (info.units[frame.lasti] & 0xff) === Op.YIELD_VALUE;
  // (Outside a trace function, CPython looks at the event it last traced, 'call' at first.)
  if (event === null || event === 'call') throw newException(ValueError, "can't jump from the 'call' trace event of a new frame");
  if (event !== 'line' && !atYield) throw newException(ValueError, "can only jump from a 'line' trace event");
  if (trace === null) throw newException(ValueError, 'f_lineno can only be set by a trace function');
  if (lineno < -0x80000000 || lineno > 0x7fffffff) throw newException(ValueError, 'lineno out of range');
  const requested = Number(lineno);
  if (requested < frame.code.co_firstlineno) throw newException(ValueError, `line ${requested} comes before the current code block`);
  const lineStarts = markLineStarts(info);
  const line = firstLineNotBefore(lineStarts, requested);
  if (line < 0) throw newException(ValueError, `line ${requested} comes after the current code block`);
  const stacks = markStacks(info);
  let from = stacks[frame.lasti];
  let best = OVERFLOWED;
  let bestAddress = -1;
  let error: string | null = 'cannot find bytecode for specified line';
  let explained = false;
  for (let i = 0; i < lineStarts.length; i++) {
    if (lineStarts[i] !== line) continue;
    const to = stacks[i];
    if (compatible(from, to)) {
      error = null;
      if (to > best) {
        best = to;
        bestAddress = i;
      }
    } else if (error !== null && !explained) {
      if (from === OVERFLOWED) error = 'stack to deep to analyze';
      else if (from === UNINITIALIZED) error = "can't jump from unreachable code";
      else {
        error = incompatibility(to);
        explained = true;
      }
    }
  }
  if (error !== null) throw newException(ValueError, error);
  if (atYield) from = pop(from);
  const stack = frame.stack;
  let sp = frame.sp;
  while (from > best) {
    const value = stack[--sp];
    stack[sp] = undefined;
    // (An exception being handled: POP_EXCEPT's restoring of the one handled before.)
    if (top(from) === Kind.EXCEPT) threadState.handled = value!;
    from = pop(from);
  }
  frame.sp = sp;
  // After a yield, the frame resumes after the target, as CPython's does (it resumes after its last instruction).
  pendingJumps.set(frame, atYield ? bestAddress + 1 : bestAddress);
}

/** For each code unit, the line it starts (a line other than the last one started), or -1 (marklines). */
function markLineStarts(info: CodeInfo): number[] {
  const starts = new Array<number>(info.units.length).fill(-1);
  let last = -1;
  for (let i = 0; i < starts.length; i++) {
    const line = addressToLine(info, i) ?? -1;
    if (line !== last && line !== -1) {
      starts[i] = line;
      last = line;
    }
  }
  return starts;
}

function firstLineNotBefore(lineStarts: number[], line: number): number {
  let result = Infinity;
  for (const start of lineStarts) if (start < result && start >= line) result = start;
  return result === Infinity ? -1 : result;
}

function compatibleKind(from: Kind, to: Kind): boolean {
  if ((to as number) === 0) return false;
  if (to === Kind.OBJECT) return from !== Kind.NULL;
  if (to === Kind.NULL) return true;
  return from === to;
}

/** Whether a stack `from` can be cut down to `to`. */
function compatible(from: Stack, to: Stack): boolean {
  if (from < 0n || to < 0n) return false;
  while (from > to) from = pop(from);
  while (from !== 0n) {
    if (!compatibleKind(top(from), top(to))) return false;
    from = pop(from);
    to = pop(to);
  }
  return to === 0n;
}

function incompatibility(to: Stack): string {
  if (to === OVERFLOWED) return 'stack is too deep to analyze';
  if (to === UNINITIALIZED) return "can't jump into an exception handler, or code may be unreachable";
  switch (top(to)) {
    case Kind.EXCEPT:
      return "can't jump into an 'except' block as there's no exception";
    case Kind.LASTI:
      return "can't jump into a re-raising block as there's no location";
    case Kind.ITERATOR:
      return "can't jump into the body of a for loop";
    default:
      return 'incompatible stacks';
  }
}

/** The oparg of the instruction at `i`, its EXTENDED_ARG prefixes included. */
function argumentAt(units: Uint16Array, i: number): number {
  let oparg = units[i] >> 8;
  for (let shift = 8, j = i - 1; j >= 0 && j >= i - 3 && (units[j] & 0xff) === Op.EXTENDED_ARG; shift += 8, j--) {
    oparg |= (units[j] >> 8) << shift;
  }
  return oparg;
}

/** What is on the value stack before each code unit (UNINITIALIZED where none reaches), as mark_stacks works it out. */
function markStacks(info: CodeInfo): Stack[] {
  const units = info.units;
  const length = units.length;
  const stacks = new Array<Stack>(length + 1).fill(UNINITIALIZED);
  // (A generator is sent None as it starts.)
  stacks[0] = info.isGenerator ? push(EMPTY, Kind.OBJECT) : EMPTY;
  let todo = true;
  while (todo) {
    todo = false;
    for (let i = 0; i < length; i++) {
      let next = stacks[i];
      if (next === UNINITIALIZED) continue;
      const op = units[i] & 0xff;
      const reach = (j: number, stack: Stack): void => {
        if (stacks[j] === UNINITIALIZED && j < i) todo = true;
        stacks[j] = stack;
      };
      switch (op) {
        case Op.JUMP_IF_FALSE_OR_POP:
        case Op.JUMP_IF_TRUE_OR_POP:
          reach(i + 1 + argumentAt(units, i), next);
          stacks[i + 1] = pop(next);
          break;
        case Op.POP_JUMP_FORWARD_IF_FALSE:
        case Op.POP_JUMP_FORWARD_IF_TRUE:
        case Op.POP_JUMP_FORWARD_IF_NONE:
        case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
          next = pop(next);
          reach(i + 1 + argumentAt(units, i), next);
          stacks[i + 1] = next;
          break;
        case Op.POP_JUMP_BACKWARD_IF_FALSE:
        case Op.POP_JUMP_BACKWARD_IF_TRUE:
        case Op.POP_JUMP_BACKWARD_IF_NONE:
        case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
          next = pop(next);
          reach(i + 1 - argumentAt(units, i), next);
          stacks[i + 1] = next;
          break;
        case Op.SEND:
          reach(i + 1 + argumentAt(units, i), pop(next));
          stacks[i + 1] = next;
          break;
        case Op.JUMP_FORWARD:
          reach(i + 1 + argumentAt(units, i), next);
          break;
        case Op.JUMP_BACKWARD:
        case Op.JUMP_BACKWARD_NO_INTERRUPT:
          reach(i + 1 - argumentAt(units, i), next);
          break;
        case Op.GET_ITER:
        case Op.GET_AITER:
          stacks[i + 1] = push(pop(next), Kind.ITERATOR);
          break;
        case Op.FOR_ITER:
          stacks[i + 1] = push(next, Kind.OBJECT);
          reach(i + 1 + argumentAt(units, i), pop(next));
          break;
        case Op.PUSH_EXC_INFO:
          stacks[i + 1] = push(next, Kind.EXCEPT);
          break;
        case Op.POP_EXCEPT:
          stacks[i + 1] = pop(next);
          break;
        case Op.RETURN_VALUE:
        case Op.RAISE_VARARGS:
        case Op.RERAISE:
          break;
        case Op.PUSH_NULL:
          stacks[i + 1] = push(next, Kind.NULL);
          break;
        case Op.LOAD_GLOBAL:
          if ((units[i] >> 8) & 1) next = push(next, Kind.NULL);
          stacks[i + 1] = push(next, Kind.OBJECT);
          break;
        case Op.LOAD_METHOD:
          stacks[i + 1] = push(push(pop(next), Kind.NULL), Kind.OBJECT);
          break;
        case Op.CALL:
          // (PRECALL popped the arguments: the callable's two slots are left, for the call's value.)
          stacks[i + 1] = push(pop(pop(next)), Kind.OBJECT);
          break;
        case Op.SWAP:
          stacks[i + 1] = swap(next, argumentAt(units, i));
          break;
        case Op.COPY:
          stacks[i + 1] = push(next, peek(next, argumentAt(units, i)));
          break;
        default: {
          let delta = stackEffect(op, units[i] >> 8);
          for (; delta < 0; delta++) next = pop(next);
          for (; delta > 0; delta--) next = push(next, Kind.OBJECT);
          stacks[i + 1] = next;
        }
      }
    }
    for (const entry of info.exceptionTable) {
      const start = entry.start >> 1;
      const handler = entry.target >> 1;
      if (stacks[start] === UNINITIALIZED || stacks[handler] !== UNINITIALIZED) continue;
      todo = true;
      let stack = popToLevel(stacks[start], entry.depth);
      if (entry.lasti) stack = push(stack, Kind.LASTI);
      stacks[handler] = push(stack, Kind.EXCEPT);
    }
  }
  return stacks;
}
