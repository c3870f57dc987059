// Code objects: what the compiler produces and the VM runs, with CPython 3.11's fields.
import type { CodeConstant } from './constants';
import { codeUnitPositions, type LineRange, lineRanges, type Positions } from './locationTable';

/** co_flags bits. */
export const enum CodeFlag {
  OPTIMIZED = 0x0001,
  NEWLOCALS = 0x0002,
  VARARGS = 0x0004,
  VARKEYWORDS = 0x0008,
  NESTED = 0x0010,
  GENERATOR = 0x0020,
  NOFREE = 0x0040,
  COROUTINE = 0x0080,
  ITERABLE_COROUTINE = 0x0100,
  ASYNC_GENERATOR = 0x0200,
}

/** Kinds of the "fast locals plus" slots (co_localspluskinds). */
export const enum LocalKind {
  LOCAL = 0x20,
  CELL = 0x40,
  FREE = 0x80,
}

export interface CodeObjectFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  /** The bytecode: 2-byte code units, CACHE entries included. */
  co_code: Uint8Array;
  co_consts: CodeConstant[];
  co_names: string[];
  /** Locals, then cells that are not arguments, then free variables. */
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  /** The 3.11 location table (Objects/locations.md). */
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;
}

export class CodeObject implements CodeObjectFields {
  co_argcount!: number;
  co_posonlyargcount!: number;
  co_kwonlyargcount!: number;
  co_stacksize!: number;
  co_flags!: number;
  co_code!: Uint8Array;
  co_consts!: CodeConstant[];
  co_names!: string[];
  co_localsplusnames!: string[];
  co_localspluskinds!: Uint8Array;
  co_filename!: string;
  co_name!: string;
  co_qualname!: string;
  co_firstlineno!: number;
  co_linetable!: Uint8Array;
  co_exceptiontable!: Uint8Array;
  /** What the VM derives from the code to run it (src/vm/codeInfo.ts), made on first run and kept here to be found fast. */
  runtimeInfo: unknown = undefined;
  /** The one Python object that stands for this code (objects/code.ts), made when first asked for and kept here rather than in a WeakMap, whose lookups and entries cost each start more. */
  pythonObject: unknown = undefined;

  constructor(fields: CodeObjectFields) {
    Object.assign(this, fields);
    // Fields copied from another code object (code.replace()) must not bring its runtime data.
    this.runtimeInfo = undefined;
    this.pythonObject = undefined;
  }

  // The members below are derived from the fields, as CPython 3.11 derives them.

  /** The local variables, arguments first (an argument that is also a cell included). */
  get co_varnames(): string[] {
    return this.localsplusNamesOfKind(LocalKind.LOCAL);
  }

  /** The variables inner scopes take from this one (arguments that are cells included). */
  get co_cellvars(): string[] {
    return this.localsplusNamesOfKind(LocalKind.CELL);
  }

  /** The variables this scope takes from enclosing ones. */
  get co_freevars(): string[] {
    return this.localsplusNamesOfKind(LocalKind.FREE);
  }

  get co_nlocals(): number {
    return this.co_varnames.length;
  }

  /** The instructions as the interpreter runs them; pyvm does not specialize, so co_code itself. */
  get _co_code_adaptive(): Uint8Array {
    return this.co_code;
  }

  /** The source span of each code unit (CACHE entries included), from co_linetable. */
  co_positions(): Positions[] {
    return codeUnitPositions(this.co_linetable, this.co_firstlineno);
  }

  /** The runs of bytecode and the line each belongs to, from co_linetable. */
  co_lines(): LineRange[] {
    return lineRanges(this.co_linetable, this.co_firstlineno);
  }

  private localsplusNamesOfKind(kind: LocalKind): string[] {
    return this.co_localsplusnames.filter((_, index) => (this.co_localspluskinds[index] & kind) !== 0);
  }
}
