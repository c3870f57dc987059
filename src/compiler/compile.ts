// compile(): source or AST → code object, the pipeline CPython's compile() runs:
// parse, future statements, AST optimization, symbol table, code generation and
// assembly.
import type * as ast from '../ast/nodes';
import type { CodeObject } from '../bytecode/code';
import { parse } from '../parser/parser';
import { optimizeAst } from './astOptimizer';
import { CodeGenerator } from './codegen';
import { futureFeatures } from './future';
import { internedBeforeCompiling } from './internedNames';
import { buildSymbolTable } from './symtable';
import type { CompileWarningSink } from './syntaxWarnings';

export type CompileMode = 'exec' | 'eval' | 'single';

/** compile()'s flags (the PyCF_* values). */
export const enum CompileFlag {
  ONLY_AST = 0x0400,
  TYPE_COMMENTS = 0x1000,
  ALLOW_TOP_LEVEL_AWAIT = 0x2000,
}

export interface CompileOptions {
  flags?: number;
  /** -O level; -1 means the interpreter's (0 here). */
  optimize?: number;
  /** Where SyntaxWarnings go (CPython hands them to the warnings module); dropped without one. */
  warn?: CompileWarningSink;
  /** See ParseOptions.programFile. */
  programFile?: boolean;
}

/** Compiles source text, source bytes (PEP 263 decoded) or a module AST; throws PySyntaxError. */
export function compile(source: string | Uint8Array | ast.mod, filename: string, mode: CompileMode, options: CompileOptions = {}): CodeObject {
  const flags = options.flags ?? 0;
  const optimize = options.optimize === undefined || options.optimize === -1 ? 0 : options.optimize;
  const mod = typeof source === 'string' || source instanceof Uint8Array
    ? parse(source, { filename, mode, typeComments: (flags & CompileFlag.TYPE_COMMENTS) !== 0, warn: options.warn, programFile: options.programFile })
    : source;
  const future = futureFeatures(mod, filename);
  future.flags |= flags & FUTURE_FLAGS;
  const isInterned = internedBeforeCompiling(mod);
  optimizeAst(mod, { optimize, futureFlags: future.flags, isInterned });
  const symtable = buildSymbolTable(mod, filename, future);
  const generator = new CodeGenerator(symtable, {
    filename,
    future,
    optimize,
    interactive: mode === 'single',
    allowTopLevelAwait: (flags & CompileFlag.ALLOW_TOP_LEVEL_AWAIT) !== 0,
    isInterned,
    warn: options.warn,
  });
  return generator.compileModule(mod);
}

/** The compile() flag bits that are future features (PyCF_MASK). */
const FUTURE_FLAGS = 0x1fe0000;
