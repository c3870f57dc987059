// The passes over a compilation unit's control-flow graph that run between code
// generation and layout, as CPython 3.11's assembler runs them: marking exits,
// the peephole optimizer (constant conditions, tuple folding, jump threading, SWAP
// reduction), removal of unreachable code and empty blocks, line numbers for every
// exit (PEP 626), the stack-depth analysis and the labelling of each instruction
// with its exception handler.
//
// Two orders matter. Blocks linked by `next` are the layout order, from the entry
// block; most passes walk that chain. A few walk every allocated block newest
// first, as CPython walks its b_list; that includes blocks no longer in the chain.
import { HASCONST, JUMP_OPCODES, Op } from '../bytecode/opcodes';
import { ConstTuple, type CodeConstant } from '../bytecode/constants';
import { isTrue } from './constantFolding';
import type { ConstantPool } from './constantPool';
import { BasicBlock, Instr, Pseudo, type Location } from './instructions';
import { stackEffect } from './stackEffect';

// ---------------------------------------------------------------------------
// Instruction kinds and walking the graph

function isVirtualJump(opcode: number): boolean {
  return (
    opcode === Pseudo.JUMP ||
    opcode === Pseudo.JUMP_NO_INTERRUPT ||
    opcode === Pseudo.POP_JUMP_IF_FALSE ||
    opcode === Pseudo.POP_JUMP_IF_TRUE ||
    opcode === Pseudo.POP_JUMP_IF_NONE ||
    opcode === Pseudo.POP_JUMP_IF_NOT_NONE
  );
}

/** Real jumps (from CPython's table; in 3.11 they all branch relative to the next instruction), by opcode. */
const IS_REAL_JUMP = new Uint8Array(256);
for (const opcode of JUMP_OPCODES) IS_REAL_JUMP[opcode] = 1;

/** Jumps, pseudo-jumps included. */
export function isJumpOpcode(opcode: number): boolean {
  return opcode < 0 ? isVirtualJump(opcode) : IS_REAL_JUMP[opcode] === 1;
}

export function isJump(instr: Instr): boolean {
  return isJumpOpcode(instr.opcode);
}

/** The pseudo-instructions that push an exception handler (their target). */
export function isBlockPush(instr: Instr): boolean {
  const opcode = instr.opcode;
  return opcode === Pseudo.SETUP_FINALLY || opcode === Pseudo.SETUP_WITH || opcode === Pseudo.SETUP_CLEANUP;
}

/** Whether code generation must start a new block after `instr`. */
export function endsBasicBlock(instr: Instr): boolean {
  const opcode = instr.opcode;
  return isJump(instr) || opcode === Op.RETURN_VALUE || opcode === Op.RAISE_VARARGS || opcode === Op.RERAISE;
}

// The passes walk the blocks in layout order, `for (block = entry; block; block = block.next)`,
// reading `next` after each step, so that a pass may relink the block it is on. (Loops
// written out, not a generator: they run for every block of every code object.)

/** Every allocated block, newest first; blocks allocated meanwhile are not visited. */
export function newestFirst(blocks: readonly BasicBlock[]): BasicBlock[] {
  // (Not toReversed(): node's start-up snapshot builder runs without it.)
  return blocks.slice().reverse();
}

function lastInstr(block: BasicBlock): Instr | undefined {
  return block.instrs[block.instrs.length - 1];
}

/** The first non-empty block from `block` on, following fall-through. */
function skipEmpty(block: BasicBlock): BasicBlock {
  let found = block;
  while (found.instrs.length === 0) found = found.next!;
  return found;
}

function copyLocation(from: Location, to: Location): void {
  to.lineno = from.lineno;
  to.end_lineno = from.end_lineno;
  to.col_offset = from.col_offset;
  to.end_col_offset = from.end_col_offset;
}

function copyInstr(instr: Instr): Instr {
  return new Instr(
    instr.opcode,
    instr.oparg,
    instr.target,
    instr.lineno,
    instr.end_lineno,
    instr.col_offset,
    instr.end_col_offset,
    instr.except,
  );
}

// ---------------------------------------------------------------------------
// Exits and the first shape checks

/** Marks blocks that leave the scope or never fall through, and points jumps past empty blocks. */
export function normalizeBasicBlock(block: BasicBlock): void {
  const instrs = block.instrs;
  instrs.forEach((instr, index) => {
    switch (instr.opcode) {
      case Op.RETURN_VALUE:
      case Op.RAISE_VARARGS:
      case Op.RERAISE:
        block.exit = true;
        block.nofallthrough = true;
        return;
      case Pseudo.JUMP:
      case Pseudo.JUMP_NO_INTERRUPT:
        block.nofallthrough = true;
        break;
      case Pseudo.POP_JUMP_IF_NOT_NONE:
      case Pseudo.POP_JUMP_IF_NONE:
      case Pseudo.POP_JUMP_IF_FALSE:
      case Pseudo.POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.FOR_ITER:
        break;
      default:
        return;
    }
    if (index !== instrs.length - 1) throw new Error('SystemError: malformed control flow graph.');
    instr.target = skipEmpty(instr.target!);
  });
}

/** Blocks this small that end the scope are copied into blocks jumping to them. */
const MAX_COPY_SIZE = 4;

function hasLineno(block: BasicBlock): boolean {
  return block.instrs.some((instr) => instr.lineno > 0);
}

/**
 * When `block` ends with an unconditional jump to a short exit block without line
 * numbers (an implicit `return None`), replaces the jump with a copy of that block.
 */
export function extendBlock(block: BasicBlock): void {
  const last = lastInstr(block);
  if (last === undefined) return;
  if (last.opcode !== Pseudo.JUMP && last.opcode !== Op.JUMP_FORWARD && last.opcode !== Op.JUMP_BACKWARD) return;
  const exit = last.target!;
  if (!exit.exit || exit.instrs.length > MAX_COPY_SIZE || hasLineno(exit)) return;
  last.opcode = Op.NOP;
  for (const instr of exit.instrs) block.instrs.push(copyInstr(instr));
  block.exit = true;
}

// ---------------------------------------------------------------------------
// The peephole optimizer


function constantOf(instr: Instr, consts: ConstantPool): CodeConstant {
  if (instr.opcode !== Op.LOAD_CONST) throw new Error('SystemError: Internal error: failed to get value of a constant');
  return consts.values[instr.oparg];
}

/**
 * Replaces `n` constant loads followed by BUILD_TUPLE n (at `start`) with one load
 * of the tuple, added to the constants unless an equal one is there.
 */
function foldTupleOfConstants(instrs: Instr[], start: number, n: number, consts: ConstantPool): void {
  const loads = instrs.slice(start, start + n);
  if (!loads.every((instr) => HASCONST.has(instr.opcode))) return;
  const tuple = new ConstTuple(loads.map((instr) => constantOf(instr, consts)));
  for (const load of loads) load.opcode = Op.NOP;
  const build = instrs[start + n];
  build.opcode = Op.LOAD_CONST;
  build.oparg = consts.add(tuple);
}

/** Marks a slot of swaptimize's permutation whose cycle is done. */
const VISITED = -1;

/**
 * Replaces the run of SWAPs and NOPs starting at `start` with the fewest SWAPs that
 * permute the stack the same way. Returns the index of the run's last instruction.
 */
function swaptimize(block: BasicBlock, start: number): number {
  const run = block.instrs;
  let depth = run[start].oparg;
  let length = 0;
  let more = false;
  const limit = run.length - start;
  while (++length < limit) {
    const instr = run[start + length];
    if (instr.opcode === Op.SWAP) {
      depth = Math.max(depth, instr.oparg);
      more = true;
    } else if (instr.opcode !== Op.NOP) {
      break;
    }
  }
  if (!more) return start;
  // Where each of the top `depth` items ends up after the run.
  const stack = Array.from({ length: depth }, (_, position) => position);
  for (let k = 0; k < length; k++) {
    const instr = run[start + k];
    if (instr.opcode === Op.SWAP) {
      const other = instr.oparg - 1;
      [stack[0], stack[other]] = [stack[other], stack[0]];
    }
  }
  // Undoing the permutation cycle by cycle, each through the top slot, takes the
  // fewest swaps; written from the run's end backwards, the same swaps perform it.
  let current = length - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j !== 0) {
        const instr = run[start + current--];
        instr.opcode = Op.SWAP;
        instr.oparg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) run[start + current--].opcode = Op.NOP;
  return start + length - 1;
}

/**
 * Instructions a SWAP may be applied to statically by exchanging them: they cannot
 * branch, raise or run arbitrary code, and only consume the top of the stack.
 */
function isSwappable(opcode: number): boolean {
  return opcode === Op.STORE_FAST || opcode === Op.POP_TOP;
}

function storesTo(instr: Instr): number {
  return instr.opcode === Op.STORE_FAST ? instr.oparg : -1;
}

/**
 * The next swappable instruction after `index`, skipping NOPs, or -1. With `lineno`
 * >= 0 the search stops at another line: reordering across lines would change the
 * names bound when a line event fires.
 */
function nextSwappable(block: BasicBlock, index: number, lineno: number): number {
  const instrs = block.instrs;
  for (let i = index + 1; i < instrs.length; i++) {
    const instr = instrs[i];
    if (lineno >= 0 && instr.lineno !== lineno) return -1;
    if (instr.opcode === Op.NOP) continue;
    return isSwappable(instr.opcode) ? i : -1;
  }
  return -1;
}

/**
 * Walking back from `index`, turns each SWAP n followed by n swappable instructions
 * into a NOP by exchanging the first and the n-th of them.
 */
function applyStaticSwaps(block: BasicBlock, index: number): void {
  const instrs = block.instrs;
  for (let i = index; i >= 0; i--) {
    const swap = instrs[i];
    if (swap.opcode !== Op.SWAP) {
      if (swap.opcode === Op.NOP || isSwappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappable(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j].lineno;
    for (let count = swap.oparg - 1; count > 0; count--) {
      k = nextSwappable(block, k, lineno);
      if (k < 0) return;
    }
    // Two stores to one variable, or a store between them to either's variable,
    // would bind a different value once reordered.
    const storeJ = storesTo(instrs[j]);
    const storeK = storesTo(instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let between = j + 1; between < k; between++) {
        const store = storesTo(instrs[between]);
        if (store >= 0 && (store === storeJ || store === storeK)) return;
      }
    }
    swap.opcode = Op.NOP;
    [instrs[j], instrs[k]] = [instrs[k], instrs[j]];
  }
}

/**
 * Makes `inst` (a jump to the jump `target`) go straight to target's destination
 * as `opcode`. Returns whether it did: never across lines, and never when nothing
 * would change (the caller retries after a success).
 */
function jumpThread(inst: Instr, target: Instr, opcode: number): boolean {
  if (inst.lineno === target.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return true;
  }
  return false;
}

function optimizeBasicBlock(block: BasicBlock, consts: ConstantPool): void {
  const instrs = block.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i];
    const oparg = inst.oparg;
    const next = instrs[i + 1] as Instr | undefined;
    const nextop = next?.opcode;
    let target: Instr | undefined;
    if (isJump(inst) || isBlockPush(inst)) {
      inst.target = skipEmpty(inst.target!);
      target = inst.target.instrs[0];
    }
    const targetOpcode = target?.opcode ?? Op.NOP;
    switch (inst.opcode) {
      // A constant condition decides the jump now.
      case Op.LOAD_CONST:
        switch (nextop) {
          case Pseudo.POP_JUMP_IF_FALSE:
          case Pseudo.POP_JUMP_IF_TRUE: {
            const jumps = isTrue(constantOf(inst, consts)) === (nextop === Pseudo.POP_JUMP_IF_TRUE);
            inst.opcode = Op.NOP;
            if (jumps) {
              next!.opcode = Pseudo.JUMP;
              block.nofallthrough = true;
            } else {
              next!.opcode = Op.NOP;
            }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            if (isTrue(constantOf(inst, consts)) === (nextop === Op.JUMP_IF_TRUE_OR_POP)) {
              next!.opcode = Pseudo.JUMP;
              block.nofallthrough = true;
            } else {
              inst.opcode = Op.NOP;
              next!.opcode = Op.NOP;
            }
            break;
          }
          case Op.IS_OP: {
            // `x is None` / `x is not None` tested by a jump: one None-testing jump.
            const jump = instrs[i + 2] as Instr | undefined;
            const jumpOp = jump?.opcode;
            if (
              constantOf(inst, consts) === null &&
              (jumpOp === Pseudo.POP_JUMP_IF_FALSE || jumpOp === Pseudo.POP_JUMP_IF_TRUE)
            ) {
              const isNot = next!.oparg & 0xff;
              inst.opcode = Op.NOP;
              next!.opcode = Op.NOP;
              const jumpsIfNone = (isNot ^ (jumpOp === Pseudo.POP_JUMP_IF_FALSE ? 1 : 0)) === 0;
              jump!.opcode = jumpsIfNone ? Pseudo.POP_JUMP_IF_NONE : Pseudo.POP_JUMP_IF_NOT_NONE;
            }
            break;
          }
        }
        break;

      // Packing then unpacking 1-3 items is no-op or a SWAP; a tuple of
      // constants is itself a constant.
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === next!.oparg) {
          if (oparg === 1) {
            inst.opcode = Op.NOP;
            next!.opcode = Op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.opcode = Op.NOP;
            next!.opcode = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOfConstants(instrs, i - oparg, oparg, consts);
        break;

      // A test whose outcome is implied by the test it jumps to can jump further:
      // to that test's target when it would succeed the same way, or past it when
      // it would fail (as in `a and b or c`).
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (targetOpcode) {
          case Pseudo.POP_JUMP_IF_FALSE:
            if (jumpThread(inst, target!, Pseudo.POP_JUMP_IF_FALSE)) i--;
            break;
          case Pseudo.JUMP:
          case Op.JUMP_IF_FALSE_OR_POP:
            if (jumpThread(inst, target!, Op.JUMP_IF_FALSE_OR_POP)) i--;
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
          case Pseudo.POP_JUMP_IF_TRUE:
            if (inst.lineno === target!.lineno) {
              inst.opcode = Pseudo.POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (targetOpcode) {
          case Pseudo.POP_JUMP_IF_TRUE:
            if (jumpThread(inst, target!, Pseudo.POP_JUMP_IF_TRUE)) i--;
            break;
          case Pseudo.JUMP:
          case Op.JUMP_IF_TRUE_OR_POP:
            if (jumpThread(inst, target!, Op.JUMP_IF_TRUE_OR_POP)) i--;
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
          case Pseudo.POP_JUMP_IF_FALSE:
            if (inst.lineno === target!.lineno) {
              inst.opcode = Pseudo.POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;

      // A jump to an unconditional jump goes to its target.
      case Pseudo.POP_JUMP_IF_NOT_NONE:
      case Pseudo.POP_JUMP_IF_NONE:
      case Pseudo.POP_JUMP_IF_FALSE:
      case Pseudo.POP_JUMP_IF_TRUE:
      case Pseudo.JUMP:
        if (targetOpcode === Pseudo.JUMP && jumpThread(inst, target!, inst.opcode)) i--;
        break;

      case Op.SWAP:
        if (oparg === 1) {
          inst.opcode = Op.NOP;
          break;
        }
        i = swaptimize(block, i);
        applyStaticSwaps(block, i);
        break;

      // LOAD_GLOBAL pushes the NULL itself when asked by its low bit. (CPython
      // 3.11 tests the low bit of the opcode instead, which is always clear for
      // LOAD_GLOBAL; code generation never sets the bit, so both agree.)
      case Op.PUSH_NULL:
        if (nextop === Op.LOAD_GLOBAL && (next!.oparg & 1) === 0) {
          inst.opcode = Op.NOP;
          inst.oparg = 0;
          next!.oparg |= 1;
        }
        break;
    }
  }
}

/**
 * Removes the NOPs that carry no line of their own: without a line, on the line of
 * the instruction before, or on the line of the next one (a NOP ahead of an
 * instruction without a line hands it its location instead).
 */
export function cleanBasicBlock(block: BasicBlock): void {
  const instrs = block.instrs;
  let dest = 0;
  let previousLineno = -1;
  for (let src = 0; src < instrs.length; src++) {
    const instr = instrs[src];
    const lineno = instr.lineno;
    if (instr.opcode === Op.NOP) {
      if (lineno < 0 || previousLineno === lineno) continue;
      if (src < instrs.length - 1) {
        const following = instrs[src + 1];
        if (following.lineno === lineno) continue;
        if (following.lineno < 0) {
          copyLocation(instr, following);
          continue;
        }
      } else {
        let nextBlock = block.next;
        while (nextBlock !== null && nextBlock.instrs.length === 0) nextBlock = nextBlock.next;
        if (nextBlock !== null && lineno === nextBlock.instrs[0].lineno) continue;
      }
    }
    instrs[dest++] = instr;
    previousLineno = lineno;
  }
  instrs.length = dest;
}

/** Counts each block's predecessors (jumps, handler setups, fall-through); unreachable blocks keep 0. */
function markReachable(entry: BasicBlock): void {
  entry.predecessors = 1;
  const todo = [entry];
  const reach = (block: BasicBlock): void => {
    if (block.predecessors === 0) todo.push(block);
    block.predecessors++;
  };
  while (todo.length > 0) {
    const block = todo.pop()!;
    if (block.next !== null && !block.nofallthrough) reach(block.next);
    for (const instr of block.instrs) {
      if (isJump(instr) || isBlockPush(instr)) reach(instr.target!);
    }
  }
}

function eliminateEmptyBasicBlocks(entry: BasicBlock): void {
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    let next = block.next;
    if (next === null) continue;
    while (next.instrs.length === 0 && next.next !== null) next = next.next;
    block.next = next;
  }
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    const last = lastInstr(block);
    if (last !== undefined && isJump(last)) last.target = skipEmpty(last.target!);
  }
}

/**
 * The optimizer proper. Every rewrite keeps the code the same size or shrinks it,
 * leaving NOPs that are cleaned up afterwards.
 */
export function optimizeCfg(blocks: readonly BasicBlock[], consts: ConstantPool): void {
  const entry = blocks[0];
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    optimizeBasicBlock(block, consts);
    cleanBasicBlock(block);
  }
  for (const block of newestFirst(blocks)) extendBlock(block);
  markReachable(entry);
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    if (block.predecessors === 0) {
      block.instrs.length = 0;
      block.nofallthrough = false;
    }
  }
  eliminateEmptyBasicBlocks(entry);
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) cleanBasicBlock(block);
  removeRedundantJumps(entry);
}

/** Unconditional jumps to the block that follows anyway become NOPs. */
function removeRedundantJumps(entry: BasicBlock): void {
  let maybeEmptyBlocks = false;
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    const last = lastInstr(block);
    if (last === undefined) continue;
    if ((last.opcode === Pseudo.JUMP || last.opcode === Pseudo.JUMP_NO_INTERRUPT) && last.target === block.next) {
      block.nofallthrough = false;
      last.opcode = Op.NOP;
      maybeEmptyBlocks = true;
    }
  }
  if (maybeEmptyBlocks) eliminateEmptyBasicBlocks(entry);
}

// ---------------------------------------------------------------------------
// Line numbers (PEP 626: every exit must know its line)

function isExitWithoutLineno(block: BasicBlock): boolean {
  return block.exit && block.instrs.every((instr) => instr.lineno < 0);
}

/**
 * Gives each exit block without line numbers that several jumps reach a copy per
 * jump, located at that jump, so every exit has one predecessor to take its line
 * from. New blocks are appended to `blocks`.
 */
export function duplicateExitsWithoutLineno(blocks: BasicBlock[]): void {
  for (const block of newestFirst(blocks)) {
    const last = lastInstr(block);
    if (last === undefined || !isJump(last)) continue;
    const target = last.target!;
    if (!isExitWithoutLineno(target) || target.predecessors <= 1) continue;
    const copy = new BasicBlock(blocks.length);
    blocks.push(copy);
    for (const instr of target.instrs) copy.instrs.push(copyInstr(instr));
    copy.exit = target.exit;
    copy.nofallthrough = true;
    copyLocation(last, copy.instrs[0]);
    last.target = copy;
    target.predecessors--;
    copy.predecessors = 1;
    copy.next = target.next;
    target.next = copy;
  }
  for (const block of newestFirst(blocks)) {
    while (block.next !== null && block.next.instrs.length === 0) block.next = block.next.next;
  }
  // What is left unlocated is reached only by falling through from one block.
  for (const block of newestFirst(blocks)) {
    const last = lastInstr(block);
    if (!block.nofallthrough && block.next !== null && last !== undefined && isExitWithoutLineno(block.next)) {
      copyLocation(last, block.next.instrs[0]);
    }
  }
}

/**
 * How many constants to keep: those past the last one loaded are dropped, except
 * the first, which may be the docstring.
 */
export function usedConstantCount(entry: BasicBlock, constantCount: number): number {
  let maxIndex = 0;
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    for (const instr of block.instrs) {
      if ((instr.opcode === Op.LOAD_CONST || instr.opcode === Op.KW_NAMES) && instr.oparg > maxIndex) {
        maxIndex = instr.oparg;
      }
    }
  }
  return Math.min(constantCount, maxIndex + 1);
}

/**
 * Instructions without a location take the one before them in their block; a
 * block's first instruction without one takes the location its only predecessor
 * ended with. This shrinks the location table without changing line events.
 */
export function propagateLineNumbers(entry: BasicBlock): void {
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    const last = lastInstr(block);
    if (last === undefined) continue;
    const previous: Location = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };
    for (const instr of block.instrs) {
      if (instr.lineno < 0) copyLocation(previous, instr);
      else copyLocation(instr, previous);
    }
    if (!block.nofallthrough && block.next!.predecessors === 1 && block.next!.instrs[0].lineno < 0) {
      copyLocation(previous, block.next!.instrs[0]);
    }
    if (isJump(last)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs[0].lineno < 0) copyLocation(previous, target.instrs[0]);
    }
  }
}

/**
 * The fallback for returns still without a line: the line of the last located
 * block before them (only the line; columns stay unknown).
 */
export function guaranteeLinenoForExits(entry: BasicBlock, firstLineno: number): void {
  let lineno = firstLineno;
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    const last = lastInstr(block);
    if (last === undefined) continue;
    if (last.lineno >= 0) {
      lineno = last.lineno;
    } else if (last.opcode === Op.RETURN_VALUE) {
      for (const instr of block.instrs) instr.lineno = lineno;
    }
  }
}

// ---------------------------------------------------------------------------
// Stack depth

/** A block's startdepth before the analysis reaches it. */
const UNREACHED = -1;

/**
 * The largest stack any path needs (co_stacksize), setting each reached block's
 * startdepth. Loops are assumed to leave the depth as they found it.
 */
export function stackDepth(blocks: readonly BasicBlock[], entryDepth: number): number {
  for (const block of blocks) block.startdepth = UNREACHED;
  const todo: BasicBlock[] = [];
  const reach = (block: BasicBlock, depth: number): void => {
    // CPython's cap of 100 only matters for inconsistent depths, which valid code never has.
    if (block.startdepth < depth && block.startdepth < 100) {
      block.startdepth = depth;
      todo.push(block);
    }
  };
  reach(blocks[0], entryDepth);
  let maxDepth = 0;
  while (todo.length > 0) {
    const block = todo.pop()!;
    let depth = block.startdepth;
    let fallsThrough = block.next !== null;
    for (const instr of block.instrs) {
      const newDepth = depth + stackEffect(instr.opcode, instr.oparg, false);
      maxDepth = Math.max(maxDepth, newDepth);
      if (isJump(instr) || isBlockPush(instr)) {
        const targetDepth = depth + stackEffect(instr.opcode, instr.oparg, true);
        maxDepth = Math.max(maxDepth, targetDepth);
        reach(instr.target!, targetDepth);
      }
      depth = newDepth;
      if (
        instr.opcode === Pseudo.JUMP_NO_INTERRUPT ||
        instr.opcode === Pseudo.JUMP ||
        instr.opcode === Op.RETURN_VALUE ||
        instr.opcode === Op.RAISE_VARARGS ||
        instr.opcode === Op.RERAISE
      ) {
        fallsThrough = false;
        break;
      }
    }
    if (fallsThrough) reach(block.next!, depth);
  }
  return maxDepth;
}

// ---------------------------------------------------------------------------
// Exception handlers

/** The handler on top of a handler stack (null when none is active). */
function topHandler(stack: readonly BasicBlock[]): BasicBlock | null {
  return stack.length === 0 ? null : stack[stack.length - 1];
}

/**
 * Sets each instruction's `except` to the handler active there, following the
 * SETUP_* and POP_BLOCK pseudo-instructions along every path, and marks handlers
 * that expect f_lasti (those of SETUP_CLEANUP and SETUP_WITH).
 */
export function labelExceptionTargets(entry: BasicBlock): void {
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) block.visited = false;
  const todo: BasicBlock[] = [];
  const schedule = (block: BasicBlock, handlers: BasicBlock[]): void => {
    block.exceptStack = handlers;
    block.visited = true;
    todo.push(block);
  };
  schedule(entry, []);
  while (todo.length > 0) {
    const block = todo.pop()!;
    // The stack is handed on to the fall-through successor (or a jump's target when
    // there is none), so it is copied only for the other successors.
    const handlers = block.exceptStack!;
    block.exceptStack = null;
    let handler = topHandler(handlers);
    for (const instr of block.instrs) {
      if (isBlockPush(instr)) {
        const target = instr.target!;
        if (!target.visited) schedule(target, [...handlers]);
        if (instr.opcode === Pseudo.SETUP_WITH || instr.opcode === Pseudo.SETUP_CLEANUP) target.preserveLasti = true;
        handlers.push(target);
        handler = target;
      } else if (instr.opcode === Pseudo.POP_BLOCK) {
        handlers.pop();
        handler = topHandler(handlers);
      } else if (isJump(instr)) {
        instr.except = handler;
        const target = instr.target!;
        if (!target.visited) {
          schedule(target, block.nofallthrough ? handlers : [...handlers]);
        }
      } else {
        instr.except = handler;
      }
    }
    if (!block.nofallthrough && !block.next!.visited) schedule(block.next!, handlers);
  }
}

/** With handlers recorded per instruction, the setup pseudo-instructions have done their job. */
export function convertExceptionHandlersToNops(entry: BasicBlock): void {
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    for (const instr of block.instrs) {
      if (isBlockPush(instr) || instr.opcode === Pseudo.POP_BLOCK) instr.opcode = Op.NOP;
    }
  }
}
