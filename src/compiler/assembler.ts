// The assembler: turns a compilation unit's control-flow graph into a code object,
// in CPython 3.11's order of steps. It adds the prologue instructions (cells, free
// variables, generator start), renumbers cell and free variable slots, runs the
// flow-graph passes, chooses each jump's direction, lays the blocks out and sizes
// the jumps (with EXTENDED_ARG prefixes), then writes the bytecode with its inline
// caches, the location table and the exception table.
import { CodeFlag, CodeObject, LocalKind } from '../bytecode/code';
import { CACHE_ENTRIES, HAVE_ARGUMENT, Op } from '../bytecode/opcodes';
import type { ConstantPool } from './constantPool';
import { newBytes } from './byteBuffer';
import { ExceptionTableWriter } from './exceptionTableWriter';
import {
  cleanBasicBlock,
  convertExceptionHandlersToNops,
  duplicateExitsWithoutLineno,
  extendBlock,
  guaranteeLinenoForExits,
  isJump,
  labelExceptionTargets,
  newestFirst,
  normalizeBasicBlock,
  optimizeCfg,
  propagateLineNumbers,
  stackDepth,
  usedConstantCount,
} from './flowgraph';
import { Instr, Pseudo, type BasicBlock } from './instructions';
import { LocationTableWriter } from './locationTableWriter';

/** What code generation hands over for one scope (function, class body, module, ...). */
export interface CompilationUnit {
  name: string;
  qualname: string;
  filename: string;
  /**
   * Every block, in allocation order; blocks[0] is the entry block. Code generation
   * has already ended the last block with the implicit `return None`.
   */
  blocks: BasicBlock[];
  /** The constants; folding may add to them. */
  consts: ConstantPool;
  /** Names, locals, cells and free variables, each in index order. */
  names: string[];
  varnames: string[];
  /** Cell opargs index this list; free variable opargs follow it (cellvars.length + i). */
  cellvars: string[];
  freevars: string[];
  /** Positional-or-keyword parameters, not counting positional-only ones (CPython's u_argcount). */
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  /** 0 when unknown: the first instruction's line is used then. */
  firstlineno: number;
  /** co_flags, as compute_code_flags gives them. */
  flags: number;
}

const GENERATOR_LIKE = CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR;

export function assemble(unit: CompilationUnit): CodeObject {
  const blocks = unit.blocks;
  for (const block of newestFirst(blocks)) normalizeBasicBlock(block);
  for (const block of newestFirst(blocks)) extendBlock(block);
  const entry = blocks[0];
  const firstLineno = unit.firstlineno || entry.instrs[0]?.lineno || 1;

  const cellSlots = cellAndFreeSlots(unit);
  insertPrologue(unit, entry, cellSlots, firstLineno);
  const droppedCells = renumberCellsAndFrees(unit, entry, cellSlots);

  optimizeCfg(blocks, unit.consts);
  duplicateExitsWithoutLineno(blocks);
  const constantCount = usedConstantCount(entry, unit.consts.values.length);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, firstLineno);
  // A generator's frame starts with the value sent by the first send().
  const maxDepth = stackDepth(blocks, unit.flags & GENERATOR_LIKE ? 1 : 0);
  labelExceptionTargets(entry);
  convertExceptionHandlersToNops(entry);
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) cleanBasicBlock(block);

  chooseJumpDirections(entry);
  resolveJumpOffsets(entry);
  const { names: localsplusNames, kinds: localsplusKinds } = localsPlus(unit, droppedCells);
  return new CodeObject({
    co_argcount: unit.posonlyargcount + unit.argcount,
    co_posonlyargcount: unit.posonlyargcount,
    co_kwonlyargcount: unit.kwonlyargcount,
    co_stacksize: maxDepth,
    co_flags: unit.flags,
    co_code: emitBytecode(entry),
    co_consts: unit.consts.values.slice(0, constantCount),
    co_names: [...unit.names],
    co_localsplusnames: localsplusNames,
    co_localspluskinds: localsplusKinds,
    co_filename: unit.filename,
    co_name: unit.name,
    co_qualname: unit.qualname,
    co_firstlineno: firstLineno,
    co_linetable: emitLocationTable(entry, firstLineno),
    co_exceptiontable: emitExceptionTable(entry),
  });
}

// ---------------------------------------------------------------------------
// Cells, free variables and the prologue

/**
 * The "fast locals plus" slot of each cell and free variable, by its oparg in code
 * generation (cells first, then frees). A cell for a parameter (or other local)
 * shares the local's slot; the rest follow the locals.
 */
function cellAndFreeSlots(unit: CompilationUnit): number[] {
  const nlocals = unit.varnames.length;
  const slots = Array.from({ length: unit.cellvars.length + unit.freevars.length }, (_, index) => nlocals + index);
  unit.cellvars.forEach((name, cellIndex) => {
    const localIndex = unit.varnames.indexOf(name);
    if (localIndex >= 0) slots[cellIndex] = localIndex;
  });
  return slots;
}

function prologueInstr(opcode: number, oparg: number, lineno = -1): Instr {
  return new Instr(opcode, oparg, null, lineno, lineno, -1, -1);
}

/**
 * COPY_FREE_VARS, then MAKE_CELL for each cell in slot order, then for generators
 * RETURN_GENERATOR and POP_TOP, all ahead of the entry block's code.
 */
function insertPrologue(unit: CompilationUnit, entry: BasicBlock, cellSlots: readonly number[], firstLineno: number): void {
  const prologue: Instr[] = [];
  if (unit.freevars.length > 0) prologue.push(prologueInstr(Op.COPY_FREE_VARS, unit.freevars.length));
  const cellIndexes = unit.cellvars.map((_, cellIndex) => cellIndex);
  cellIndexes.sort((a, b) => cellSlots[a] - cellSlots[b]);
  // Opargs are cell indexes still; renumberCellsAndFrees turns them into slots.
  for (const cellIndex of cellIndexes) prologue.push(prologueInstr(Op.MAKE_CELL, cellIndex));
  if (unit.flags & GENERATOR_LIKE) {
    prologue.push(prologueInstr(Op.RETURN_GENERATOR, 0, firstLineno), prologueInstr(Op.POP_TOP, 0));
  }
  entry.instrs.unshift(...prologue);
}

const CELL_OPCODES: ReadonlySet<number> = new Set([
  Op.MAKE_CELL,
  Op.LOAD_CLOSURE,
  Op.LOAD_DEREF,
  Op.STORE_DEREF,
  Op.DELETE_DEREF,
  Op.LOAD_CLASSDEREF,
]);

/**
 * Rewrites cell and free variable opargs to slots, the slots after the locals
 * closing up over cells that live in a local's slot. Returns how many those are.
 */
function renumberCellsAndFrees(unit: CompilationUnit, entry: BasicBlock, cellSlots: number[]): number {
  if (cellSlots.length === 0) return 0;
  const nlocals = unit.varnames.length;
  let shared = 0;
  cellSlots.forEach((slot, index) => {
    if (slot === nlocals + index) cellSlots[index] -= shared;
    else shared++;
  });
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    for (const instr of block.instrs) {
      if (CELL_OPCODES.has(instr.opcode)) instr.oparg = cellSlots[instr.oparg];
    }
  }
  return shared;
}

/** co_localsplusnames and co_localspluskinds: locals, then cells with slots of their own, then frees. */
function localsPlus(unit: CompilationUnit, sharedCells: number): { names: string[]; kinds: Uint8Array } {
  const nlocals = unit.varnames.length;
  const count = nlocals + unit.cellvars.length + unit.freevars.length - sharedCells;
  const names = new Array<string>(count);
  const kinds = new Uint8Array(count);
  unit.varnames.forEach((name, index) => {
    names[index] = name;
    kinds[index] = LocalKind.LOCAL;
  });
  // A local's cell is marked in the local's slot; the other cells follow the locals. (Most code has no cells.)
  if (unit.cellvars.length > 0) {
    const localSlots = new Map(unit.varnames.map((name, index) => [name, index]));
    let sharedSoFar = 0;
    unit.cellvars.forEach((name, cellIndex) => {
      const localSlot = localSlots.get(name);
      if (localSlot !== undefined) {
        kinds[localSlot] |= LocalKind.CELL;
        sharedSoFar++;
        return;
      }
      const slot = nlocals + cellIndex - sharedSoFar;
      names[slot] = name;
      kinds[slot] = LocalKind.CELL;
    });
  }
  unit.freevars.forEach((name, freeIndex) => {
    const slot = nlocals + unit.cellvars.length + freeIndex - sharedCells;
    names[slot] = name;
    kinds[slot] = LocalKind.FREE;
  });
  return { names, kinds };
}

// ---------------------------------------------------------------------------
// Jumps

/** The real jumps each pseudo-jump becomes: [forward, backward]. */
const DIRECTED_JUMPS: ReadonlyMap<number, readonly [number, number]> = new Map([
  [Pseudo.JUMP, [Op.JUMP_FORWARD, Op.JUMP_BACKWARD]],
  [Pseudo.JUMP_NO_INTERRUPT, [Op.JUMP_FORWARD, Op.JUMP_BACKWARD_NO_INTERRUPT]],
  [Pseudo.POP_JUMP_IF_NOT_NONE, [Op.POP_JUMP_FORWARD_IF_NOT_NONE, Op.POP_JUMP_BACKWARD_IF_NOT_NONE]],
  [Pseudo.POP_JUMP_IF_NONE, [Op.POP_JUMP_FORWARD_IF_NONE, Op.POP_JUMP_BACKWARD_IF_NONE]],
  [Pseudo.POP_JUMP_IF_FALSE, [Op.POP_JUMP_FORWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_FALSE]],
  [Pseudo.POP_JUMP_IF_TRUE, [Op.POP_JUMP_FORWARD_IF_TRUE, Op.POP_JUMP_BACKWARD_IF_TRUE]],
]);

const BACKWARD_JUMPS: ReadonlySet<number> = new Set([...DIRECTED_JUMPS.values()].map(([, backward]) => backward));

/**
 * Replaces each pseudo-jump with the real jump for its direction, now that the
 * layout is final: a jump is backward when its target is laid out at or before it.
 */
function chooseJumpDirections(entry: BasicBlock): void {
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) block.visited = false;
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    block.visited = true;
    const last = block.instrs[block.instrs.length - 1];
    if (last === undefined || !isJump(last)) continue;
    const isForward = !last.target!.visited;
    const directed = DIRECTED_JUMPS.get(last.opcode);
    if (directed !== undefined) {
      last.opcode = isForward ? directed[0] : directed[1];
    } else if (!isForward && (last.opcode === Op.JUMP_IF_TRUE_OR_POP || last.opcode === Op.JUMP_IF_FALSE_OR_POP)) {
      const name = last.opcode === Op.JUMP_IF_TRUE_OR_POP ? 'JUMP_IF_TRUE_OR_POP' : 'JUMP_IF_FALSE_OR_POP';
      throw new Error(`SystemError: unexpected ${name} jumping backwards`);
    }
  }
}

/** Code units an instruction takes: EXTENDED_ARG prefixes for a wide oparg, itself, its caches. */
function instrSize(instr: Instr): number {
  const oparg = instr.opcode >= HAVE_ARGUMENT ? instr.oparg : 0;
  const extendedArgs = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return extendedArgs + 1 + CACHE_ENTRIES[instr.opcode];
}

/**
 * Gives every block its offset and every jump its oparg: the distance in code
 * units from the instruction after the jump to the target. A longer oparg can need
 * an EXTENDED_ARG, which moves later blocks, so this repeats until no size changes.
 */
function resolveJumpOffsets(entry: BasicBlock): void {
  let sizesChanged: boolean;
  do {
    let offset = 0;
    for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
      block.offset = offset;
      for (const instr of block.instrs) offset += instrSize(instr);
    }
    sizesChanged = false;
    for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
      let position = block.offset;
      for (const instr of block.instrs) {
        const size = instrSize(instr);
        position += size;
        if (!isJump(instr)) continue;
        const target = instr.target!.offset;
        const isBackward = target < position;
        if (isBackward !== BACKWARD_JUMPS.has(instr.opcode)) {
          throw new Error(`internal error: jump (opcode ${instr.opcode}) points the wrong way`);
        }
        instr.oparg = isBackward ? position - target : target - position;
        if (instrSize(instr) !== size) sizesChanged = true;
      }
    }
  } while (sizesChanged);
}

// ---------------------------------------------------------------------------
// Output

function emitBytecode(entry: BasicBlock): Uint8Array {
  let codeUnits = 0;
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    for (const instr of block.instrs) codeUnits += instrSize(instr);
  }
  // Zero-filled: a CACHE code unit is all zeros.
  const code = newBytes(2 * codeUnits);
  let at = 0;
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    for (const instr of block.instrs) {
      const oparg = instr.opcode >= HAVE_ARGUMENT ? instr.oparg : 0;
      const caches = CACHE_ENTRIES[instr.opcode];
      for (let shift = 8 * (instrSize(instr) - caches - 1); shift > 0; shift -= 8) {
        code[at++] = Op.EXTENDED_ARG;
        code[at++] = (oparg >> shift) & 0xff;
      }
      code[at++] = instr.opcode;
      code[at++] = oparg & 0xff;
      at += 2 * caches;
    }
  }
  return code;
}

function emitLocationTable(entry: BasicBlock, firstLineno: number): Uint8Array {
  const writer = new LocationTableWriter(firstLineno);
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    for (const instr of block.instrs) writer.add(instr, instrSize(instr));
  }
  return writer.finish();
}

/** One entry per run of instructions with the same handler; runs without one get none. */
function emitExceptionTable(entry: BasicBlock): Uint8Array {
  const writer = new ExceptionTableWriter();
  let handler: BasicBlock | null = null;
  let start = 0;
  const close = (end: number): void => {
    if (handler === null) return;
    // The handler's entry depth counts the exception (and f_lasti) the unwinding pushes.
    const pushed = handler.preserveLasti ? 2 : 1;
    writer.add({ start, end, handler: handler.offset, depth: handler.startdepth - pushed, lasti: handler.preserveLasti });
  };
  let offset = 0;
  for (let block: BasicBlock | null = entry; block !== null; block = block.next) {
    offset = block.offset;
    for (const instr of block.instrs) {
      if (instr.except !== handler) {
        close(offset);
        start = offset;
        handler = instr.except;
      }
      offset += instrSize(instr);
    }
  }
  close(offset);
  return writer.finish();
}
