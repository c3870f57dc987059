// The compiler's intermediate form, as in CPython 3.11's compile.c: instructions
// grouped into basic blocks that form a control-flow graph. Code generation emits
// it (with pseudo-instructions for jumps and exception-handler setup); the
// flow-graph passes and the assembler turn it into bytecode.

/**
 * Pseudo-instructions: emitted by code generation, replaced by the assembler
 * (jumps get a direction, block setup becomes exception-table entries).
 */
export const enum Pseudo {
  SETUP_FINALLY = -1,
  SETUP_CLEANUP = -2,
  SETUP_WITH = -3,
  POP_BLOCK = -4,
  JUMP = -5,
  JUMP_NO_INTERRUPT = -6,
  POP_JUMP_IF_FALSE = -7,
  POP_JUMP_IF_TRUE = -8,
  POP_JUMP_IF_NONE = -9,
  POP_JUMP_IF_NOT_NONE = -10,
}

/** A source span; lineno -1 means "no location" (the instruction inherits one or has none). */
export interface Location {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

export const NO_LOCATION: Readonly<Location> = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

export class Instr implements Location {
  constructor(
    public opcode: number,
    public oparg: number,
    /** The jump target, for jumps and block-setup pseudo-instructions. */
    public target: BasicBlock | null,
    public lineno: number,
    public end_lineno: number,
    public col_offset: number,
    public end_col_offset: number,
    /** Where an exception raised here goes; set by the assembler's passes, not by code generation. */
    public except: BasicBlock | null = null,
  ) {}
}

export class BasicBlock {
  readonly instrs: Instr[] = [];
  /** The block reached by falling through, if any. */
  next: BasicBlock | null = null;
  /** The handler stack on entry, computed by the assembler for the exception table. */
  exceptStack: BasicBlock[] | null = null;
  predecessors = 0;
  /** Stack depth on entry, computed by the assembler; -1 until known. */
  startdepth = -1;
  /** Offset in code units, computed by the assembler. */
  offset = 0;
  /** The handler keeps f_lasti on the stack (PUSH_EXC_INFO with lasti). */
  preserveLasti = false;
  visited = false;
  /** Ends the scope (ends with a return or raise). */
  exit = false;
  /** Ends in a RETURN_VALUE added by the compiler. */
  return = false;
  /** Set when the block ends with an instruction after which control does not fall through. */
  nofallthrough = false;

  constructor(
    /** Allocation order within the compilation unit (CPython walks blocks by b_list, newest first). */
    readonly index: number,
  ) {}
}
