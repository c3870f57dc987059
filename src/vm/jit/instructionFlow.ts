// What the compiled tier needs to know about a code object's instructions before it
// writes JavaScript for them: where each instruction starts and ends, where its jumps
// go, and how deep the value stack is when it starts.
//
// The depth of the stack at an instruction is the same however it is reached (CPython's
// compiler guarantees it when it sizes the frame), so a pass over the control flow from
// the first instruction and from every exception handler finds it.
import { CACHE_ENTRIES, Op } from '../../bytecode/opcodes';
import { CodeFlag, LocalKind } from '../../bytecode/code';
import { stackEffect } from '../../compiler/stackEffect';
import type { CodeInfo } from '../codeInfo';

export interface Instruction {
  /** Index of the first code unit (an EXTENDED_ARG prefix's, if any): what frame.lasti holds while it runs. */
  readonly start: number;
  readonly op: number;
  readonly oparg: number;
  /** The code unit after the instruction and its CACHE entries. */
  readonly next: number;
  /** Where a jump goes, for the instructions that may jump; -1 for the others. */
  readonly target: number;
}

export interface InstructionFlow {
  /** The instructions in order. */
  readonly instructions: Instruction[];
  /** Stack depth (above the fast locals) at each instruction start, by code unit; -1 where none reaches. */
  readonly depths: Int32Array;
  /** The parameters that always have a value (boundParameters). */
  readonly boundParameters: ReadonlySet<number>;
}

const FORWARD_JUMPS = new Set<number>([
  Op.JUMP_FORWARD, Op.POP_JUMP_FORWARD_IF_FALSE, Op.POP_JUMP_FORWARD_IF_TRUE, Op.POP_JUMP_FORWARD_IF_NONE,
  Op.POP_JUMP_FORWARD_IF_NOT_NONE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.SEND,
]);
const BACKWARD_JUMPS = new Set<number>([
  Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_TRUE,
  Op.POP_JUMP_BACKWARD_IF_NONE, Op.POP_JUMP_BACKWARD_IF_NOT_NONE,
]);
/** Instructions after which the next one is never reached by falling through. */
const ENDS_FLOW = new Set<number>([Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE, Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT]);

/** Whether the instruction after `op` is never reached by falling through. */
export function endsFlow(op: number): boolean {
  return ENDS_FLOW.has(op);
}

export function decodeInstructions(units: Uint16Array): Instruction[] {
  const instructions: Instruction[] = [];
  let index = 0;
  while (index < units.length) {
    const start = index;
    let word = units[index++];
    let op = word & 0xff;
    let oparg = word >> 8;
    while (op === Op.EXTENDED_ARG) {
      word = units[index++];
      op = word & 0xff;
      oparg = (oparg << 8) | (word >> 8);
    }
    // (Jumps have no CACHE entries: they are counted from the unit after the opcode.)
    const target = FORWARD_JUMPS.has(op) ? index + oparg : BACKWARD_JUMPS.has(op) ? index - oparg : -1;
    index += CACHE_ENTRIES[op];
    instructions.push({ start, op, oparg, next: index, target });
  }
  return instructions;
}

export function analyseFlow(info: CodeInfo): InstructionFlow {
  const instructions = decodeInstructions(info.units);
  const byStart = new Map<number, number>();
  instructions.forEach((instruction, position) => byStart.set(instruction.start, position));
  const depths = new Int32Array(info.units.length + 1).fill(-1);
  const work: number[] = [];
  const reach = (start: number, depth: number): void => {
    if (depths[start] === -1 && byStart.has(start)) {
      depths[start] = depth;
      work.push(start);
    }
  };
  reach(0, 0);
  for (const handler of info.exceptionTable) reach(handler.target >> 1, handler.depth + (handler.lasti ? 2 : 1));
  while (work.length > 0) {
    const start = work.pop()!;
    const instruction = instructions[byStart.get(start)!];
    const depth = depths[start];
    const { op, oparg } = instruction;
    if (instruction.target >= 0) reach(instruction.target, depth + stackEffect(op, oparg, true));
    if (endsFlow(op)) continue;
    reach(instruction.next, depth + runtimeEffect(op, oparg));
  }
  return { instructions, depths, boundParameters: boundParameters(info, instructions) };
}

/**
 * The parameters no DELETE_FAST of the code unbinds: the call binds them, so their
 * LOAD_FAST needs no check (CPython 3.12's LOAD_FAST beside LOAD_FAST_CHECK). A trace
 * function that unbinds one through f_locals takes the code's compiled function away
 * (frameLocals.ts).
 */
function boundParameters(info: CodeInfo, instructions: readonly Instruction[]): ReadonlySet<number> {
  const code = info.code;
  const count = code.co_argcount + code.co_kwonlyargcount + (code.co_flags & CodeFlag.VARARGS ? 1 : 0) + (code.co_flags & CodeFlag.VARKEYWORDS ? 1 : 0);
  const parameters = new Set<number>();
  for (let index = 0; index < count; index++) if ((code.co_localspluskinds[index] & LocalKind.CELL) === 0) parameters.add(index);
  for (const instruction of instructions) if (instruction.op === Op.DELETE_FAST) parameters.delete(instruction.oparg);
  return parameters;
}

/**
 * The effect of an instruction that falls through, as the loop has it at run time where
 * that differs from the compiler's count: PRECALL leaves the stack to its CALL, which
 * pops the arguments and callable slots; a generator's frame is resumed first by a send,
 * which pushes the value sent.
 */
function runtimeEffect(op: number, oparg: number): number {
  switch (op) {
    case Op.PRECALL: return 0;
    case Op.CALL: return -(oparg + 1);
    case Op.RETURN_GENERATOR: return 1;
    default: return stackEffect(op, oparg, false);
  }
}
