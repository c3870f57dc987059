// Code generation: AST → control-flow graph of instructions, one compilation unit
// per code object, following CPython 3.11's compile.c rule for rule so that the
// bytecode, its locations and its exception table come out as CPython's.
//
// A unit is entered for the module, each class body, function, lambda and
// comprehension. Instructions carry the location of the statement or expression
// being compiled (`loc`); "artificial" instructions carry none. Frame blocks
// (`fblocks`) record the loops, try statements and with statements around the
// current point, so that break, continue and return can unwind them.
import * as ast from '../ast/nodes';
import { CodePointStr, type ConstantValue } from '../ast/constant';
import { CodeFlag, type CodeObject } from '../bytecode/code';
import { ConstTuple, type CodeConstant } from '../bytecode/constants';
import { Op } from '../bytecode/opcodes';
import { frozensetConstant } from '../objects/setOrder';
import { assemble } from './assembler';
import { ConstantPool, equalityKey } from './constantPool';
import { constantRepr } from '../bytecode/constantRepr';
import { strRepr as pyStrRepr } from '../objects/strRepr';
import { isJumpOpcode } from './flowgraph';
import { FutureFlag, LATE_FUTURE_IMPORT_MESSAGE, isLateFutureImport, type FutureFeatures } from './future';
import { BasicBlock, Instr, Pseudo, type Location } from './instructions';
import { mangle } from './mangle';
import { BlockType, DEF_FREE_CLASS, DEF_IMPORT, Scope, syntaxErrorAt, type SymbolTable, type SymbolTableEntry } from './symtable';
import {
  alwaysTrueAssertWarning, badIndexWarning, literalIdentityWarning, notCallableWarning, notSubscriptableWarning,
  type CompileWarningSink,
} from './syntaxWarnings';
import { unparseAnnotation } from './unparse';

export const enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

const enum FBlock {
  WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
  POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
}

interface FrameBlock {
  type: FBlock;
  block: BasicBlock | null;
  exit: BasicBlock | null;
  /** Type-specific: the finally body, the with statement, the handler's name. */
  datum: ast.stmt[] | ast.stmt | string | null;
}

/** CPython's limit on statically nested blocks (CO_MAXBLOCKS). */
const MAX_FRAME_BLOCKS = 20;

/** Comparison operator codes of COMPARE_OP (Py_LT ... Py_GE). */
const COMPARE_CODES: Partial<Record<string, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** BINARY_OP's operand codes (NB_*), by AST operator; the in-place forms add 13. */
const BINARY_OP_CODES: Record<string, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9,
  Sub: 10, Div: 11, BitXor: 12,
};
const NB_INPLACE_OFFSET = 13;

const UNARY_OPCODES: Record<string, number> = {
  Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT, UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE,
};

/** MAKE_FUNCTION flag bits. */
const enum FunctionFlag { DEFAULTS = 0x01, KW_DEFAULTS = 0x02, ANNOTATIONS = 0x04, CLOSURE = 0x08 }

/** FORMAT_VALUE flag bits. */
const enum FormatFlag { STR = 0x1, REPR = 0x2, ASCII = 0x3, HAVE_SPEC = 0x4 }

/** Past this many items, displays are built incrementally (CPython's STACK_USE_GUIDELINE). */
const STACK_USE_GUIDELINE = 30;

class CompilationUnit {
  readonly blocks: BasicBlock[] = [];
  curblock!: BasicBlock;
  needNewImplicitBlock = false;
  readonly consts = new ConstantPool();
  readonly names = new IndexedNames();
  readonly varnames: IndexedNames;
  readonly cellvars: IndexedNames;
  readonly freevars: IndexedNames;
  private_: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly fblocks: FrameBlock[] = [];
  qualname = '';
  /** The location given to the instructions emitted now. */
  loc: Location;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    readonly firstlineno: number,
  ) {
    this.varnames = new IndexedNames(ste.varnames);
    this.cellvars = new IndexedNames(namesOfScope(ste, Scope.CELL, 0).sort(compareCodePoints));
    if (ste.needsClassClosure) this.cellvars.add('__class__');
    this.freevars = new IndexedNames(namesOfScope(ste, Scope.FREE, DEF_FREE_CLASS).sort(compareCodePoints), this.cellvars.size);
    this.loc = { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
  }
}

/**
 * A name → index table that hands out indexes in first-use order (CPython's u_names etc.
 * dicts), counting from `offset` (free variables are numbered after the cells). Most code
 * objects have a few names of each kind and none of some: a short list is searched, and
 * the Map made only for a long one (compiling the standard library makes ~100,000 tables).
 */
class IndexedNames {
  readonly list: string[] = [];
  private index: Map<string, number> | null = null;

  constructor(initial: readonly string[] = [], private readonly offset = 0) {
    for (const name of initial) this.add(name);
  }

  add(name: string): number {
    const found = this.get(name);
    if (found !== undefined) return found;
    const i = this.offset + this.list.length;
    this.list.push(name);
    if (this.index !== null) this.index.set(name, i);
    else if (this.list.length > SEARCHED_NAMES) this.index = new Map(this.list.map((listed, at) => [listed, this.offset + at]));
    return i;
  }

  get(name: string): number | undefined {
    if (this.index !== null) return this.index.get(name);
    const at = this.list.indexOf(name);
    return at < 0 ? undefined : this.offset + at;
  }

  get size(): number {
    return this.list.length;
  }
}

/** The most names an IndexedNames searches in its list before it makes its Map. */
const SEARCHED_NAMES = 8;

/** The names of a block's symbols with the given scope or flag (CPython's dictbytype, before sorting). */
function namesOfScope(ste: SymbolTableEntry, scope: Scope, flag: number): string[] {
  const out: string[] = [];
  for (const [name, flags] of ste.symbols) {
    if (ste.scopeOf(name) === scope || (flags & flag) !== 0) out.push(name);
  }
  return out;
}

/** Python's default str ordering: by code point. */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; ) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca - cb;
    i += ca > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

export interface CompilerOptions {
  filename: string;
  future: FutureFeatures;
  /** -O level: 0, 1 or 2. */
  optimize: number;
  interactive: boolean;
  /** PyCF_ALLOW_TOP_LEVEL_AWAIT: a module with top-level await compiles to a coroutine. */
  allowTopLevelAwait: boolean;
  /** Which strs count as already interned when frozenset constants are made. */
  isInterned: (s: string) => boolean;
  /** Where SyntaxWarnings go; without a sink they are dropped. */
  warn?: CompileWarningSink;
}

export class CodeGenerator {
  private u!: CompilationUnit;
  private readonly stack: CompilationUnit[] = [];

  constructor(
    private readonly symtable: SymbolTable,
    private readonly options: CompilerOptions,
  ) {}

  // ---------------------------------------------------------------------------
  // Entry

  compileModule(mod: ast.mod): CodeObject {
    this.enterScope('<module>', ScopeType.MODULE, mod, 1);
    this.u.loc = { ...this.u.loc, lineno: 1 };
    let addNone = true;
    switch (mod._kind) {
      case 'Module':
        this.body(mod.body);
        break;
      case 'Interactive':
        if (findAnnotations(mod.body)) this.addop(Op.SETUP_ANNOTATIONS);
        for (const s of mod.body) this.visitStmt(s);
        break;
      case 'Expression':
        this.visitExpr(mod.body);
        addNone = false;
        break;
      default:
        throw new Error('function type ASTs do not compile');
    }
    const code = this.assemble(addNone);
    this.exitScope();
    return code;
  }

  // ---------------------------------------------------------------------------
  // Units and scopes

  private enterScope(name: string, scopeType: ScopeType, key: ast.Node, lineno: number): void {
    const u = new CompilationUnit(this.symtable.lookup(key), name, scopeType, lineno);
    if (this.stack.length > 0 || this.u !== undefined) {
      this.stack.push(this.u);
      u.private_ = this.u.private_;
    }
    this.u = u;
    u.curblock = this.newBlock();
    if (scopeType === ScopeType.MODULE) {
      u.loc = { ...u.loc, lineno: 0 };
      u.qualname = name;
    } else {
      this.setQualname();
    }
    this.addopI(Op.RESUME, 0);
    if (scopeType === ScopeType.MODULE) u.loc = { ...u.loc, lineno: -1 };
  }

  private exitScope(): void {
    const parent = this.stack.pop();
    if (parent) this.u = parent;
  }

  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    // Units directly in the module get no prefix; the module is the bottom of the stack.
    const parent = this.stack.length > 1 ? this.stack[this.stack.length - 1] : null;
    if (parent) {
      let forceGlobal = false;
      if (u.scopeType === ScopeType.FUNCTION || u.scopeType === ScopeType.ASYNC_FUNCTION || u.scopeType === ScopeType.CLASS) {
        const mangled = mangle(parent.private_, u.name);
        if (parent.ste.scopeOf(mangled) === Scope.GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        const p = parent.scopeType;
        base = p === ScopeType.FUNCTION || p === ScopeType.ASYNC_FUNCTION || p === ScopeType.LAMBDA
          ? `${parent.qualname}.<locals>`
          : parent.qualname;
      }
    }
    u.qualname = base !== null ? `${base}.${u.name}` : u.name;
  }

  private get isTopLevelAwait(): boolean {
    return this.options.allowTopLevelAwait && this.u.ste.type === BlockType.ModuleBlock;
  }

  // ---------------------------------------------------------------------------
  // Blocks and instructions

  private newBlock(): BasicBlock {
    const b = new BasicBlock(this.u.blocks.length);
    this.u.blocks.push(b);
    return b;
  }

  private useNextBlock(block: BasicBlock): BasicBlock {
    this.u.curblock.next = block;
    this.u.curblock = block;
    this.u.needNewImplicitBlock = false;
    return block;
  }

  private emit(opcode: number, oparg: number, target: BasicBlock | null, loc: Location): void {
    const u = this.u;
    if (u.needNewImplicitBlock) this.useNextBlock(this.newBlock());
    const b = u.curblock;
    b.instrs.push(new Instr(opcode, oparg, target, loc.lineno, loc.end_lineno, loc.col_offset, loc.end_col_offset));
    if (opcode === Op.RETURN_VALUE) b.return = true;
    if (isJumpOpcode(opcode) || opcode === Op.RETURN_VALUE || opcode === Op.RAISE_VARARGS || opcode === Op.RERAISE) {
      u.needNewImplicitBlock = true;
    }
  }

  private addop(opcode: number): void {
    this.emit(opcode, 0, null, this.u.loc);
  }

  private addopNoLine(opcode: number): void {
    this.emit(opcode, 0, null, ARTIFICIAL_NOLINE);
  }

  private addopI(opcode: number, oparg: number): void {
    this.emit(opcode, oparg, null, this.u.loc);
  }

  private addopJump(opcode: number, target: BasicBlock): void {
    this.emit(opcode, 0, target, this.u.loc);
  }

  private addopJumpNoLine(opcode: number, target: BasicBlock): void {
    this.emit(opcode, 0, target, ARTIFICIAL_NOLINE);
  }

  private addConst(value: CodeConstant): number {
    return this.u.consts.add(value);
  }

  private loadConst(value: CodeConstant): void {
    this.addopI(Op.LOAD_CONST, this.addConst(value));
  }

  private addopName(opcode: number, table: IndexedNames, name: string): void {
    this.addopI(opcode, table.add(mangle(this.u.private_, name)));
  }

  // A copy, not the node itself: emit() then reads locations of one shape rather than of
  // every node class, which measured a third faster over the standard library.
  private setLoc(node: Location): void {
    this.u.loc = { lineno: node.lineno, end_lineno: node.end_lineno, col_offset: node.col_offset, end_col_offset: node.end_col_offset };
  }

  private unsetLoc(): void {
    this.u.loc = UNSET_LOCATION;
  }

  /** compiler_warn: a SyntaxWarning at the current line, if `message` is one (a SyntaxError if the filters say "error"). */
  private warn(message: string | null): void {
    if (message === null || this.options.warn === undefined) return;
    if (this.options.warn({ category: 'SyntaxWarning', message, filename: this.options.filename, lineno: this.u.loc.lineno })) this.error(message);
  }

  /** compiler_error: a SyntaxError at the current location. */
  private error(msg: string): never {
    throw syntaxErrorAt(msg, this.options.filename, this.u.loc);
  }

  private assemble(addNone: boolean): CodeObject {
    const u = this.u;
    if (!u.curblock.return) {
      this.unsetLoc();
      if (addNone) this.loadConst(null);
      this.addop(Op.RETURN_VALUE);
    }
    return assemble({
      name: u.name,
      qualname: u.qualname,
      filename: this.options.filename,
      blocks: u.blocks,
      consts: u.consts,
      names: u.names.list,
      varnames: u.varnames.list,
      cellvars: u.cellvars.list,
      freevars: u.freevars.list,
      argcount: u.argcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      firstlineno: u.firstlineno,
      flags: this.codeFlags(),
    });
  }

  /** co_flags of the current unit (compute_code_flags). */
  private codeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === BlockType.FunctionBlock) {
      flags |= CodeFlag.NEWLOCALS | CodeFlag.OPTIMIZED;
      if (ste.nested) flags |= CodeFlag.NESTED;
      if (ste.generator && !ste.coroutine) flags |= CodeFlag.GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CodeFlag.COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CodeFlag.ASYNC_GENERATOR;
      if (ste.varargs) flags |= CodeFlag.VARARGS;
      if (ste.varkeywords) flags |= CodeFlag.VARKEYWORDS;
    }
    // CO_NOFREE is not set by 3.11's compiler; the future flags are inherited.
    flags |= this.options.future.flags & FUTURE_CODE_FLAGS;
    if (this.isTopLevelAwait && ste.coroutine && !ste.generator) flags |= CodeFlag.COROUTINE;
    return flags;
  }

  // ---------------------------------------------------------------------------
  // Frame blocks

  private pushFrameBlock(type: FBlock, block: BasicBlock | null, exit: BasicBlock | null, datum: FrameBlock['datum']): void {
    if (this.u.fblocks.length >= MAX_FRAME_BLOCKS) this.error('too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }

  private popFrameBlock(): void {
    this.u.fblocks.pop();
  }

  private callExitWithNones(): void {
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    this.addopI(Op.PRECALL, 2);
    this.addopI(Op.CALL, 2);
  }

  private addYieldFrom(isAwait: boolean): void {
    const start = this.newBlock();
    const resume = this.newBlock();
    const exit = this.newBlock();
    this.useNextBlock(start);
    this.addopJump(Op.SEND, exit);
    this.useNextBlock(resume);
    this.addop(Op.YIELD_VALUE);
    this.addopI(Op.RESUME, isAwait ? 3 : 2);
    this.addopJump(Pseudo.JUMP_NO_INTERRUPT, start);
    this.useNextBlock(exit);
  }

  /** Awaits the awaitable made of the value on top (GET_AWAITABLE's oparg says what for). */
  private awaitTop(where: number): void {
    this.addopI(Op.GET_AWAITABLE, where);
    this.loadConst(null);
    this.addYieldFrom(true);
  }

  /** Awaits the async iterator's next item; StopAsyncIteration goes to `except`. */
  private awaitNextItem(except: BasicBlock): void {
    this.addopJump(Pseudo.SETUP_FINALLY, except);
    this.addop(Op.GET_ANEXT);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.addop(Pseudo.POP_BLOCK);
  }

  private popExceptAndReraise(): void {
    this.addopI(Op.COPY, 3);
    this.addop(Op.POP_EXCEPT);
    this.addopI(Op.RERAISE, 1);
  }

  /** Emits what leaving `info` takes; with preserveTos the value on top of the stack survives it. */
  private unwindFrameBlock(info: FrameBlock, preserveTos: boolean): void {
    switch (info.type) {
      case FBlock.WHILE_LOOP:
      case FBlock.EXCEPTION_HANDLER:
      case FBlock.EXCEPTION_GROUP_HANDLER:
      case FBlock.ASYNC_COMPREHENSION_GENERATOR:
        return;
      case FBlock.FOR_LOOP:
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
      case FBlock.TRY_EXCEPT:
        this.addop(Pseudo.POP_BLOCK);
        return;
      case FBlock.FINALLY_TRY:
        // This POP_BLOCK gets the line number of the unwinding statement.
        this.addop(Pseudo.POP_BLOCK);
        if (preserveTos) this.pushFrameBlock(FBlock.POP_VALUE, null, null, null);
        for (const s of info.datum as ast.stmt[]) this.visitStmt(s);
        if (preserveTos) this.popFrameBlock();
        // The finally body appears to run after the statement that left it.
        this.unsetLoc();
        return;
      case FBlock.FINALLY_END:
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        return;
      case FBlock.WITH:
      case FBlock.ASYNC_WITH:
        this.setLoc(info.datum as ast.stmt);
        this.addop(Pseudo.POP_BLOCK);
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.callExitWithNones();
        if (info.type === FBlock.ASYNC_WITH) {
          this.awaitTop(2);
        }
        this.addop(Op.POP_TOP);
        this.unsetLoc();
        return;
      case FBlock.HANDLER_CLEANUP:
        if (info.datum !== null) this.addop(Pseudo.POP_BLOCK);
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        if (info.datum !== null) {
          this.loadConst(null);
          this.nameop(info.datum as string, 'Store');
          this.nameop(info.datum as string, 'Del');
        }
        return;
      case FBlock.POP_VALUE:
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
    }
  }

  /** Unwinds the frame blocks, stopping at the innermost loop when `stopAtLoop`; returns that loop. */
  private unwindFrameBlockStack(preserveTos: boolean, stopAtLoop: boolean): FrameBlock | null {
    const fblocks = this.u.fblocks;
    if (fblocks.length === 0) return null;
    const top = fblocks[fblocks.length - 1];
    if (top.type === FBlock.EXCEPTION_GROUP_HANDLER) {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (stopAtLoop && (top.type === FBlock.WHILE_LOOP || top.type === FBlock.FOR_LOOP)) return top;
    fblocks.pop();
    this.unwindFrameBlock(top, preserveTos);
    const loop = this.unwindFrameBlockStack(preserveTos, stopAtLoop);
    fblocks.push(top);
    return loop;
  }

  // ---------------------------------------------------------------------------
  // Bodies, functions and classes

  /** A module or class body: annotations set-up, the docstring, then the statements. */
  private body(stmts: ast.stmt[]): void {
    if (this.u.scopeType === ScopeType.MODULE && stmts.length > 0) this.setLoc(stmts[0]);
    if (findAnnotations(stmts)) this.addop(Op.SETUP_ANNOTATIONS);
    if (stmts.length === 0) return;
    let i = 0;
    const docstring = this.options.optimize < 2 ? docstringOf(stmts) : null;
    if (docstring !== null) {
      i = 1;
      this.visitExpr((stmts[0] as ast.Expr).value);
      this.unsetLoc();
      this.nameop('__doc__', 'Store');
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]);
  }

  private refType(name: string): Scope {
    if (this.u.scopeType === ScopeType.CLASS && name === '__class__') return Scope.CELL;
    const scope = this.u.ste.scopeOf(name);
    if (scope === 0) throw new Error(`internal error: no scope for '${name}' in ${this.u.name}`);
    return scope;
  }

  private makeClosure(code: CodeObject, flags: number): void {
    const freevars = code.co_freevars;
    if (freevars.length > 0) {
      for (const name of freevars) {
        const arg = this.refType(name) === Scope.CELL ? this.u.cellvars.get(name) : this.u.freevars.get(name);
        if (arg === undefined) throw new Error(`internal error: no closure slot for '${name}' in ${this.u.name}`);
        this.addopI(Op.LOAD_CLOSURE, arg);
      }
      flags |= FunctionFlag.CLOSURE;
      this.addopI(Op.BUILD_TUPLE, freevars.length);
    }
    this.loadConst(code);
    this.addopI(Op.MAKE_FUNCTION, flags);
  }

  private applyDecorators(decorators: ast.expr[]): void {
    const saved = this.u.loc;
    for (let i = decorators.length - 1; i >= 0; i--) {
      this.setLoc(decorators[i]);
      this.addopI(Op.PRECALL, 0);
      this.addopI(Op.CALL, 0);
    }
    this.u.loc = saved;
  }

  /** Pushes a dict of keyword-only defaults; false when there are none. */
  private kwonlyDefaults(kwonlyargs: ast.arg[], kwDefaults: (ast.expr | null)[]): boolean {
    const keys: string[] = [];
    for (let i = 0; i < kwonlyargs.length; i++) {
      const value = kwDefaults[i];
      if (value) {
        keys.push(mangle(this.u.private_, kwonlyargs[i].arg));
        this.visitExpr(value);
      }
    }
    if (keys.length === 0) return false;
    this.loadConst(new ConstTuple(keys));
    this.addopI(Op.BUILD_CONST_KEY_MAP, keys.length);
    return true;
  }

  private argAnnotation(id: string, annotation: ast.expr | null): number {
    if (!annotation) return 0;
    this.loadConst(mangle(this.u.private_, id));
    if (this.options.future.flags & FutureFlag.annotations) {
      this.loadConst(unparseAnnotation(annotation));
    } else if (annotation._kind === 'Starred') {
      // *args: *Ts — the annotation is the single item of [*Ts].
      this.visitExpr(annotation.value);
      this.addopI(Op.UNPACK_SEQUENCE, 1);
    } else {
      this.visitExpr(annotation);
    }
    return 2;
  }

  /** Pushes the tuple of (name, annotation) pairs; false when there are none. */
  private annotations(args: ast.arguments_, returns: ast.expr | null): boolean {
    let length = 0;
    for (const a of args.args) length += this.argAnnotation(a.arg, a.annotation);
    for (const a of args.posonlyargs) length += this.argAnnotation(a.arg, a.annotation);
    if (args.vararg?.annotation) length += this.argAnnotation(args.vararg.arg, args.vararg.annotation);
    for (const a of args.kwonlyargs) length += this.argAnnotation(a.arg, a.annotation);
    if (args.kwarg?.annotation) length += this.argAnnotation(args.kwarg.arg, args.kwarg.annotation);
    length += this.argAnnotation('return', returns);
    if (length === 0) return false;
    this.addopI(Op.BUILD_TUPLE, length);
    return true;
  }

  private defaultArguments(args: ast.arguments_): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.visitExpr(d);
      this.addopI(Op.BUILD_TUPLE, args.defaults.length);
      flags |= FunctionFlag.DEFAULTS;
    }
    if (args.kwonlyargs.length > 0 && this.kwonlyDefaults(args.kwonlyargs, args.kw_defaults)) flags |= FunctionFlag.KW_DEFAULTS;
    return flags;
  }

  private forbiddenName(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    if (ctx === 'Store' && name === '__debug__') this.error('cannot assign to __debug__');
    if (ctx === 'Del' && name === '__debug__') this.error('cannot delete __debug__');
  }

  private checkDebugArgs(args: ast.arguments_): void {
    for (const a of [...args.posonlyargs, ...args.args]) this.forbiddenName(a.arg, 'Store');
    if (args.vararg) this.forbiddenName(args.vararg.arg, 'Store');
    for (const a of args.kwonlyargs) this.forbiddenName(a.arg, 'Store');
    if (args.kwarg) this.forbiddenName(args.kwarg.arg, 'Store');
  }

  private functionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    const isAsync = s._kind === 'AsyncFunctionDef';
    const { args, returns, decorator_list: decorators, name, body } = s;
    this.checkDebugArgs(args);
    for (const d of decorators) this.visitExpr(d);
    const firstlineno = decorators.length > 0 ? decorators[0].lineno : s.lineno;
    let flags = this.defaultArguments(args);
    if (this.annotations(args, returns)) flags |= FunctionFlag.ANNOTATIONS;

    this.enterScope(name, isAsync ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, s, firstlineno);
    const docstring = this.options.optimize < 2 ? docstringOf(body) : null;
    this.addConst(docstring ?? null);
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    for (let i = docstring !== null ? 1 : 0; i < body.length; i++) this.visitStmt(body[i]);
    const code = this.assemble(true);
    this.exitScope();

    this.makeClosure(code, flags);
    this.applyDecorators(decorators);
    this.nameop(name, 'Store');
  }

  private classDef(s: ast.ClassDef): void {
    const decorators = s.decorator_list;
    for (const d of decorators) this.visitExpr(d);
    const firstlineno = decorators.length > 0 ? decorators[0].lineno : s.lineno;

    // The body becomes a function that fills the class namespace; __build_class__ calls it.
    this.enterScope(s.name, ScopeType.CLASS, s, firstlineno);
    this.u.private_ = s.name;
    this.nameop('__name__', 'Load');
    this.nameop('__module__', 'Store');
    this.loadConst(this.u.qualname);
    this.nameop('__qualname__', 'Store');
    this.body(s.body);
    this.unsetLoc();
    if (this.u.ste.needsClassClosure) {
      // Store __classcell__ in the namespace and return it.
      this.addopI(Op.LOAD_CLOSURE, this.u.cellvars.get('__class__')!);
      this.addopI(Op.COPY, 1);
      this.nameop('__classcell__', 'Store');
    } else {
      this.loadConst(null);
    }
    this.addop(Op.RETURN_VALUE);
    const code = this.assemble(true);
    this.exitScope();

    this.addop(Op.PUSH_NULL);
    this.addop(Op.LOAD_BUILD_CLASS);
    this.makeClosure(code, 0);
    this.loadConst(s.name);
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(decorators);
    this.nameop(s.name, 'Store');
  }

  // ---------------------------------------------------------------------------
  // Conditions

  private addCompare(op: ast.cmpop): void {
    switch (op._kind) {
      case 'Is': this.addopI(Op.IS_OP, 0); return;
      case 'IsNot': this.addopI(Op.IS_OP, 1); return;
      case 'In': this.addopI(Op.CONTAINS_OP, 0); return;
      case 'NotIn': this.addopI(Op.CONTAINS_OP, 1); return;
      default: this.addopI(Op.COMPARE_OP, COMPARE_CODES[op._kind]!);
    }
  }

  /** Jumps to `next` when `e` is `cond`, falls through otherwise. */
  private jumpIf(e: ast.expr, next: BasicBlock, cond: boolean): void {
    switch (e._kind) {
      case 'UnaryOp':
        if (e.op._kind === 'Not') return this.jumpIf(e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const values = e.values;
        const n = values.length - 1;
        const cond2 = e.op._kind === 'Or';
        let next2 = next;
        if (cond2 !== cond) next2 = this.newBlock();
        for (let i = 0; i < n; i++) this.jumpIf(values[i], next2, cond2);
        this.jumpIf(values[n], next, cond);
        if (next2 !== next) this.useNextBlock(next2);
        return;
      }
      case 'IfExp': {
        const end = this.newBlock();
        const next2 = this.newBlock();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.addopJumpNoLine(Pseudo.JUMP, end);
        this.useNextBlock(next2);
        this.jumpIf(e.orelse, next, cond);
        this.useNextBlock(end);
        return;
      }
      case 'Compare': {
        this.setLoc(e);
        const n = e.ops.length - 1;
        if (n > 0) {
          this.warn(literalIdentityWarning(e));
          const cleanup = this.newBlock();
          this.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.visitExpr(e.comparators[i]);
            this.addopI(Op.SWAP, 2);
            this.addopI(Op.COPY, 2);
            this.addCompare(e.ops[i]);
            this.addopJump(Pseudo.POP_JUMP_IF_FALSE, cleanup);
          }
          this.visitExpr(e.comparators[n]);
          this.addCompare(e.ops[n]);
          this.addopJump(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
          const end = this.newBlock();
          this.addopJumpNoLine(Pseudo.JUMP, end);
          this.useNextBlock(cleanup);
          this.addop(Op.POP_TOP);
          if (!cond) this.addopJumpNoLine(Pseudo.JUMP, next);
          this.useNextBlock(end);
          return;
        }
        break;
      }
    }
    this.visitExpr(e);
    this.addopJump(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
  }

  private ifExp(e: ast.IfExp): void {
    const end = this.newBlock();
    const next = this.newBlock();
    this.jumpIf(e.test, next, false);
    this.visitExpr(e.body);
    this.addopJumpNoLine(Pseudo.JUMP, end);
    this.useNextBlock(next);
    this.visitExpr(e.orelse);
    this.useNextBlock(end);
  }

  private lambda(e: ast.Lambda): void {
    const args = e.args;
    this.checkDebugArgs(args);
    const flags = this.defaultArguments(args);
    this.enterScope('<lambda>', ScopeType.LAMBDA, e, e.lineno);
    // None first among the constants, so a lambda never has a docstring.
    this.addConst(null);
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    this.visitExpr(e.body);
    let code: CodeObject;
    if (this.u.ste.generator) {
      code = this.assemble(false);
    } else {
      this.addop(Op.RETURN_VALUE);
      code = this.assemble(true);
    }
    this.exitScope();
    this.makeClosure(code, flags);
  }

  // ---------------------------------------------------------------------------
  // Control flow statements

  private ifStmt(s: ast.If): void {
    const end = this.newBlock();
    const next = s.orelse.length > 0 ? this.newBlock() : end;
    this.jumpIf(s.test, next, false);
    for (const x of s.body) this.visitStmt(x);
    if (s.orelse.length > 0) {
      this.addopJumpNoLine(Pseudo.JUMP, end);
      this.useNextBlock(next);
      for (const x of s.orelse) this.visitStmt(x);
    }
    this.useNextBlock(end);
  }

  private forStmt(s: ast.For): void {
    const start = this.newBlock();
    const body = this.newBlock();
    const cleanup = this.newBlock();
    const end = this.newBlock();
    this.pushFrameBlock(FBlock.FOR_LOOP, start, end, null);
    this.visitExpr(s.iter);
    this.addop(Op.GET_ITER);
    this.useNextBlock(start);
    this.addopJump(Op.FOR_ITER, cleanup);
    this.useNextBlock(body);
    this.visitExpr(s.target);
    for (const x of s.body) this.visitStmt(x);
    this.unsetLoc();
    this.addopJump(Pseudo.JUMP, start);
    this.useNextBlock(cleanup);
    this.popFrameBlock();
    for (const x of s.orelse) this.visitStmt(x);
    this.useNextBlock(end);
  }

  private asyncFor(s: ast.AsyncFor): void {
    if (this.isTopLevelAwait) this.u.ste.coroutine = true;
    else if (this.u.scopeType !== ScopeType.ASYNC_FUNCTION) this.error("'async for' outside async function");
    const start = this.newBlock();
    const except = this.newBlock();
    const end = this.newBlock();
    this.visitExpr(s.iter);
    this.addop(Op.GET_AITER);
    this.useNextBlock(start);
    this.pushFrameBlock(FBlock.FOR_LOOP, start, end, null);
    this.awaitNextItem(except);
    this.visitExpr(s.target);
    for (const x of s.body) this.visitStmt(x);
    this.unsetLoc();
    this.addopJump(Pseudo.JUMP, start);
    this.popFrameBlock();
    this.useNextBlock(except);
    // END_ASYNC_FOR belongs to the `for`, not to the body.
    this.setLoc(s.iter);
    this.addop(Op.END_ASYNC_FOR);
    for (const x of s.orelse) this.visitStmt(x);
    this.useNextBlock(end);
  }

  private whileStmt(s: ast.While): void {
    const loop = this.newBlock();
    const body = this.newBlock();
    const anchor = this.newBlock();
    const end = this.newBlock();
    this.useNextBlock(loop);
    this.pushFrameBlock(FBlock.WHILE_LOOP, loop, end, null);
    this.jumpIf(s.test, anchor, false);
    this.useNextBlock(body);
    for (const x of s.body) this.visitStmt(x);
    this.setLoc(s);
    this.jumpIf(s.test, body, true);
    this.popFrameBlock();
    this.useNextBlock(anchor);
    for (const x of s.orelse) this.visitStmt(x);
    this.useNextBlock(end);
  }

  private returnStmt(s: ast.Return): void {
    const value = s.value;
    const preserveTos = value !== null && value._kind !== 'Constant';
    if (this.u.ste.type !== BlockType.FunctionBlock) this.error("'return' outside function");
    if (value !== null && this.u.ste.coroutine && this.u.ste.generator) this.error("'return' with value in async generator");
    if (preserveTos) {
      this.visitExpr(value!);
    } else if (value !== null) {
      this.setLoc(value);
      this.addop(Op.NOP);
    }
    if (value === null || value.lineno !== s.lineno) {
      this.setLoc(s);
      this.addop(Op.NOP);
    }
    this.unwindFrameBlockStack(preserveTos, false);
    if (value === null) this.loadConst(null);
    else if (!preserveTos) this.loadConst((value as ast.Constant).value);
    this.addop(Op.RETURN_VALUE);
  }

  private breakOrContinue(isBreak: boolean): void {
    const saved = this.u.loc;
    this.addop(Op.NOP);
    const loop = this.unwindFrameBlockStack(false, true);
    if (loop === null) {
      this.u.loc = saved;
      this.error(isBreak ? "'break' outside loop" : "'continue' not properly in loop");
    }
    if (isBreak) {
      this.unwindFrameBlock(loop, false);
      this.addopJump(Pseudo.JUMP, loop.exit!);
    } else {
      this.addopJump(Pseudo.JUMP, loop.block!);
    }
  }

  private tryFinally(s: ast.Try | ast.TryStar): void {
    const body = this.newBlock();
    const end = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.addopJump(Pseudo.SETUP_FINALLY, end);
    this.useNextBlock(body);
    this.pushFrameBlock(FBlock.FINALLY_TRY, body, end, s.finalbody);
    if (s.handlers.length > 0) {
      if (s._kind === 'Try') this.tryExcept(s);
      else this.tryStarExcept(s);
    } else {
      for (const x of s.body) this.visitStmt(x);
    }
    this.addopNoLine(Pseudo.POP_BLOCK);
    this.popFrameBlock();
    for (const x of s.finalbody) this.visitStmt(x);
    this.addopJumpNoLine(Pseudo.JUMP, exit);
    // The finally body again, for the exceptional path.
    this.enterHandler(end, cleanup);
    this.pushFrameBlock(FBlock.FINALLY_END, end, null, null);
    for (const x of s.finalbody) this.visitStmt(x);
    this.popFrameBlock();
    this.reraiseWithCleanup(cleanup);
    this.useNextBlock(exit);
  }

  /** The try body, in `body`: under a SETUP_FINALLY to `handler` and a TRY_EXCEPT frame block, then POP_BLOCK. */
  private protectedBody(stmts: ast.stmt[], body: BasicBlock, handler: BasicBlock): void {
    this.addopJump(Pseudo.SETUP_FINALLY, handler);
    this.useNextBlock(body);
    this.pushFrameBlock(FBlock.TRY_EXCEPT, body, null, null);
    for (const x of stmts) this.visitStmt(x);
    this.popFrameBlock();
    this.addopNoLine(Pseudo.POP_BLOCK);
  }

  /** Starts an exception handler: exceptions raised in it go to `cleanup`; the caught one is saved. */
  private enterHandler(handler: BasicBlock, cleanup: BasicBlock): void {
    this.useNextBlock(handler);
    this.unsetLoc();
    this.addopJump(Pseudo.SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
  }

  /** Re-raises the exception no handler took, then the cleanup that restores the previous one. */
  private reraiseWithCleanup(cleanup: BasicBlock): void {
    this.addopI(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
  }

  private tryExcept(s: ast.Try): void {
    const body = this.newBlock();
    const except0 = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    this.protectedBody(s.body, body, except0);
    for (const x of s.orelse) this.visitStmt(x);
    this.addopJumpNoLine(Pseudo.JUMP, end);
    const n = s.handlers.length;
    this.enterHandler(except0, cleanup);
    // The runtime pushes a block here.
    this.pushFrameBlock(FBlock.EXCEPTION_HANDLER, null, null, null);
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i] as ast.ExceptHandler;
      this.setLoc(handler);
      if (!handler.type && i < n - 1) this.error("default 'except:' must be last");
      const except = this.newBlock();
      if (handler.type) {
        this.visitExpr(handler.type);
        this.addop(Op.CHECK_EXC_MATCH);
        this.addopJump(Pseudo.POP_JUMP_IF_FALSE, except);
      }
      if (handler.name !== null) {
        const cleanupEnd = this.newBlock();
        const cleanupBody = this.newBlock();
        this.nameop(handler.name, 'Store');
        // The body runs in a try whose cleanup unbinds the name.
        this.addopJump(Pseudo.SETUP_CLEANUP, cleanupEnd);
        this.useNextBlock(cleanupBody);
        this.pushFrameBlock(FBlock.HANDLER_CLEANUP, cleanupBody, null, handler.name);
        for (const x of handler.body) this.visitStmt(x);
        this.popFrameBlock();
        this.unsetLoc();
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        this.loadConst(null);
        this.nameop(handler.name, 'Store');
        this.nameop(handler.name, 'Del');
        this.addopJump(Pseudo.JUMP, end);
        this.useNextBlock(cleanupEnd);
        this.unsetLoc();
        this.loadConst(null);
        this.nameop(handler.name, 'Store');
        this.nameop(handler.name, 'Del');
        this.addopI(Op.RERAISE, 1);
      } else {
        const cleanupBody = this.newBlock();
        this.addop(Op.POP_TOP);
        this.useNextBlock(cleanupBody);
        this.pushFrameBlock(FBlock.HANDLER_CLEANUP, cleanupBody, null, null);
        for (const x of handler.body) this.visitStmt(x);
        this.popFrameBlock();
        this.unsetLoc();
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        this.addopJump(Pseudo.JUMP, end);
      }
      this.useNextBlock(except);
    }
    this.unsetLoc();
    this.popFrameBlock();
    this.reraiseWithCleanup(cleanup);
    this.useNextBlock(end);
  }

  private tryStarExcept(s: ast.TryStar): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const orelse = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    const reraiseStar = this.newBlock();
    this.protectedBody(s.body, body, except);
    this.addopJumpNoLine(Pseudo.JUMP, orelse);
    const n = s.handlers.length;
    this.enterHandler(except, cleanup);
    this.pushFrameBlock(FBlock.EXCEPTION_GROUP_HANDLER, null, null, 'except handler');
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i] as ast.ExceptHandler;
      this.setLoc(handler);
      except = this.newBlock();
      const exceptWithError = this.newBlock();
      const noMatch = this.newBlock();
      if (i === 0) {
        // [exc] -> [orig, [], exc]: the original group, and a list for what the handlers raise.
        this.addopI(Op.COPY, 1);
        this.addopI(Op.BUILD_LIST, 0);
        this.addopI(Op.SWAP, 2);
      }
      if (handler.type) {
        this.visitExpr(handler.type);
        this.addop(Op.CHECK_EG_MATCH);
        this.addopI(Op.COPY, 1);
        this.addopJump(Pseudo.POP_JUMP_IF_NONE, noMatch);
      }
      const cleanupEnd = this.newBlock();
      const cleanupBody = this.newBlock();
      if (handler.name !== null) this.nameop(handler.name, 'Store');
      else this.addop(Op.POP_TOP);
      this.addopJump(Pseudo.SETUP_CLEANUP, cleanupEnd);
      this.useNextBlock(cleanupBody);
      this.pushFrameBlock(FBlock.HANDLER_CLEANUP, cleanupBody, null, handler.name);
      for (const x of handler.body) this.visitStmt(x);
      this.popFrameBlock();
      this.unsetLoc();
      this.addop(Pseudo.POP_BLOCK);
      if (handler.name !== null) {
        this.loadConst(null);
        this.nameop(handler.name, 'Store');
        this.nameop(handler.name, 'Del');
      }
      this.addopJump(Pseudo.JUMP, except);
      this.useNextBlock(cleanupEnd);
      this.unsetLoc();
      if (handler.name !== null) {
        this.loadConst(null);
        this.nameop(handler.name, 'Store');
        this.nameop(handler.name, 'Del');
      }
      // An exception raised in the handler joins the result list.
      this.addopI(Op.LIST_APPEND, 3);
      this.addop(Op.POP_TOP);
      this.addopJump(Pseudo.JUMP, exceptWithError);
      this.useNextBlock(except);
      this.addop(Op.NOP);
      this.addopJump(Pseudo.JUMP, exceptWithError);
      this.useNextBlock(noMatch);
      this.addop(Op.POP_TOP);
      this.useNextBlock(exceptWithError);
      if (i === n - 1) {
        this.addopI(Op.LIST_APPEND, 1);
        this.addopJump(Pseudo.JUMP, reraiseStar);
      }
    }
    this.unsetLoc();
    this.popFrameBlock();
    const reraise = this.newBlock();
    this.useNextBlock(reraiseStar);
    this.addop(Op.PREP_RERAISE_STAR);
    this.addopI(Op.COPY, 1);
    this.addopJump(Pseudo.POP_JUMP_IF_NOT_NONE, reraise);
    this.addop(Op.POP_TOP);
    this.addop(Pseudo.POP_BLOCK);
    this.addop(Op.POP_EXCEPT);
    this.addopJump(Pseudo.JUMP, end);
    this.useNextBlock(reraise);
    this.addop(Pseudo.POP_BLOCK);
    this.addopI(Op.SWAP, 2);
    this.addop(Op.POP_EXCEPT);
    this.addopI(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(orelse);
    for (const x of s.orelse) this.visitStmt(x);
    this.useNextBlock(end);
  }

  // ---------------------------------------------------------------------------
  // Imports

  private importAs(name: string, asname: string): void {
    const dot = name.indexOf('.');
    if (dot === -1) {
      this.nameop(asname, 'Store');
      return;
    }
    // `import a.b.c as d` binds d to a.b.c: walk the attributes from the top-level module.
    const parts = name.split('.').slice(1);
    for (let i = 0; i < parts.length; i++) {
      this.addopI(Op.IMPORT_FROM, this.u.names.add(parts[i]));
      if (i === parts.length - 1) break;
      this.addopI(Op.SWAP, 2);
      this.addop(Op.POP_TOP);
    }
    this.nameop(asname, 'Store');
    this.addop(Op.POP_TOP);
  }

  private importStmt(s: ast.Import): void {
    for (const alias of s.names) {
      this.loadConst(0);
      this.loadConst(null);
      this.addopName(Op.IMPORT_NAME, this.u.names, alias.name);
      if (alias.asname !== null) {
        this.importAs(alias.name, alias.asname);
      } else {
        const dot = alias.name.indexOf('.');
        this.nameop(dot === -1 ? alias.name : alias.name.slice(0, dot), 'Store');
      }
    }
  }

  private importFrom(s: ast.ImportFrom): void {
    this.loadConst(s.level);
    const names = s.names.map((alias) => alias.name);
    if (isLateFutureImport(s, this.options.future)) this.error(LATE_FUTURE_IMPORT_MESSAGE);
    this.loadConst(new ConstTuple(names));
    this.addopName(Op.IMPORT_NAME, this.u.names, s.module ?? '');
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i];
      if (i === 0 && alias.name[0] === '*') {
        this.addop(Op.IMPORT_STAR);
        return;
      }
      this.addopName(Op.IMPORT_FROM, this.u.names, alias.name);
      this.nameop(alias.asname ?? alias.name, 'Store');
    }
    // Drop the module.
    this.addop(Op.POP_TOP);
  }

  private assertStmt(s: ast.Assert): void {
    this.warn(alwaysTrueAssertWarning(s.test));
    if (this.options.optimize) return;
    const end = this.newBlock();
    this.jumpIf(s.test, end, true);
    this.addop(Op.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.addopI(Op.PRECALL, 0);
      this.addopI(Op.CALL, 0);
    }
    this.addopI(Op.RAISE_VARARGS, 1);
    this.useNextBlock(end);
  }

  private exprStmt(value: ast.expr): void {
    if (this.options.interactive && this.stack.length === 0) {
      this.visitExpr(value);
      this.addop(Op.PRINT_EXPR);
      return;
    }
    if (value._kind === 'Constant') {
      this.addop(Op.NOP);
      return;
    }
    this.visitExpr(value);
    this.unsetLoc();
    this.addop(Op.POP_TOP);
  }

  // ---------------------------------------------------------------------------
  // Statements

  visitStmt(s: ast.stmt): void {
    this.setLoc(s);
    switch (s._kind) {
      case 'FunctionDef': case 'AsyncFunctionDef': return this.functionDef(s);
      case 'ClassDef': return this.classDef(s);
      case 'Return': return this.returnStmt(s);
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t);
        return;
      case 'Assign': {
        const n = s.targets.length;
        this.visitExpr(s.value);
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.addopI(Op.COPY, 1);
          this.visitExpr(s.targets[i]);
        }
        return;
      }
      case 'AugAssign': return this.augAssign(s);
      case 'AnnAssign': return this.annAssign(s);
      case 'For': return this.forStmt(s);
      case 'While': return this.whileStmt(s);
      case 'If': return this.ifStmt(s);
      case 'Match': return this.match(s);
      case 'Raise': {
        let n = 0;
        if (s.exc) {
          this.visitExpr(s.exc);
          n++;
          if (s.cause) {
            this.visitExpr(s.cause);
            n++;
          }
        }
        this.addopI(Op.RAISE_VARARGS, n);
        return;
      }
      case 'Try': return s.finalbody.length > 0 ? this.tryFinally(s) : this.tryExcept(s);
      case 'TryStar': return s.finalbody.length > 0 ? this.tryFinally(s) : this.tryStarExcept(s);
      case 'Assert': return this.assertStmt(s);
      case 'Import': return this.importStmt(s);
      case 'ImportFrom': return this.importFrom(s);
      case 'Global': case 'Nonlocal': return;
      case 'Expr': return this.exprStmt(s.value);
      case 'Pass': this.addop(Op.NOP); return;
      case 'Break': return this.breakOrContinue(true);
      case 'Continue': return this.breakOrContinue(false);
      case 'With': return this.withStmt(s, 0);
      case 'AsyncWith': return this.asyncWith(s, 0);
      case 'AsyncFor': return this.asyncFor(s);
    }
  }

  private addopBinary(op: ast.operator, inplace: boolean): void {
    this.addopI(Op.BINARY_OP, BINARY_OP_CODES[op._kind] + (inplace ? NB_INPLACE_OFFSET : 0));
  }

  private addopYield(): void {
    if (this.u.ste.generator && this.u.ste.coroutine) this.addop(Op.ASYNC_GEN_WRAP);
    this.addop(Op.YIELD_VALUE);
    this.addopI(Op.RESUME, 1);
  }

  /** Loads, stores or deletes a name with the opcode its scope calls for. */
  private nameop(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    this.forbiddenName(name, ctx);
    const u = this.u;
    const mangled = mangle(u.private_, name);
    const scope = u.ste.scopeOf(mangled);
    const isFunction = u.ste.type === BlockType.FunctionBlock;
    let table = u.names;
    let kind: 'fast' | 'global' | 'deref' | 'name' = 'name';
    switch (scope) {
      case Scope.FREE: table = u.freevars; kind = 'deref'; break;
      case Scope.CELL: table = u.cellvars; kind = 'deref'; break;
      case Scope.LOCAL: if (isFunction) kind = 'fast'; break;
      case Scope.GLOBAL_IMPLICIT: if (isFunction) kind = 'global'; break;
      case Scope.GLOBAL_EXPLICIT: kind = 'global'; break;
    }
    let op: number;
    switch (kind) {
      case 'deref':
        op = ctx === 'Load' ? (u.ste.type === BlockType.ClassBlock ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF) : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        break;
      case 'fast':
        op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addopI(op, u.varnames.add(mangled));
        return;
      case 'global':
        op = ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      case 'name':
        op = ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
        break;
    }
    let arg = table.add(mangled);
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addopI(op, arg);
  }

  private boolOp(e: ast.BoolOp): void {
    const jump = e.op._kind === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
    const end = this.newBlock();
    const n = e.values.length - 1;
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.values[i]);
      this.addopJump(jump, end);
      this.useNextBlock(this.newBlock());
    }
    this.visitExpr(e.values[n]);
    this.useNextBlock(end);
  }

  /** Builds a list, tuple or set display, unpacking `*x` items and folding runs of constants. */
  private starUnpack(elts: ast.expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && allConstants(elts, 0, n)) {
      const values = elts.map((e) => (e as ast.Constant).value);
      if (tuple && !pushed) {
        this.loadConst(new ConstTuple(values));
      } else {
        const folded = add === Op.SET_ADD ? frozensetConstant(values, this.options.isInterned) : new ConstTuple(values);
        this.addopI(build, pushed);
        this.loadConst(folded);
        this.addopI(extend, 1);
        if (tuple) this.addop(Op.LIST_TO_TUPLE);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((e) => e._kind === 'Starred');
    if (!seenStar && !big) {
      for (const e of elts) this.visitExpr(e);
      this.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let sequenceBuilt = false;
    if (big) {
      this.addopI(build, pushed);
      sequenceBuilt = true;
    }
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt._kind === 'Starred') {
        if (!sequenceBuilt) {
          this.addopI(build, i + pushed);
          sequenceBuilt = true;
        }
        this.visitExpr(elt.value);
        this.addopI(extend, 1);
      } else {
        this.visitExpr(elt);
        if (sequenceBuilt) this.addopI(add, 1);
      }
    }
    if (tuple) this.addop(Op.LIST_TO_TUPLE);
  }

  private unpack(elts: ast.expr[]): void {
    this.unpackAround(elts.map((e) => e._kind === 'Starred'), 'assignment');
  }

  /** UNPACK_SEQUENCE, or UNPACK_EX around the one starred item; `what` names the construct in errors. */
  private unpackAround(starred: boolean[], what: string): void {
    const n = starred.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      if (!starred[i]) continue;
      if (seenStar) this.error(`multiple starred expressions in ${what}`);
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) this.error(`too many expressions in star-unpacking ${what}`);
      this.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    }
    if (!seenStar) this.addopI(Op.UNPACK_SEQUENCE, n);
  }

  private assignmentTargets(elts: ast.expr[]): void {
    this.unpack(elts);
    for (const elt of elts) this.visitExpr(elt._kind === 'Starred' ? elt.value : elt);
  }

  private listOrTuple(e: ast.List | ast.Tuple): void {
    const tuple = e._kind === 'Tuple';
    switch (e.ctx._kind) {
      case 'Store': return this.assignmentTargets(e.elts);
      case 'Load': return this.starUnpack(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, tuple);
      default: for (const x of e.elts) this.visitExpr(x);
    }
  }

  /** Keys and values begin..end of a dict display (no `**` among them). */
  private subdict(e: ast.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && allConstants(e.keys as ast.expr[], begin, end)) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]);
      this.loadConst(new ConstTuple(e.keys.slice(begin, end).map((k) => (k as ast.Constant).value)));
      this.addopI(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addopI(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]);
      if (big) this.addopI(Op.MAP_ADD, 1);
    }
    if (!big) this.addopI(Op.BUILD_MAP, n);
  }

  private dict(e: ast.Dict): void {
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.addopI(Op.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addopI(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.visitExpr(e.values[i]);
        this.addopI(Op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.addopI(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.addopI(Op.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.addopI(Op.BUILD_MAP, 0);
  }

  private compare(e: ast.Compare): void {
    this.warn(literalIdentityWarning(e));
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]);
      this.addCompare(e.ops[0]);
      return;
    }
    const cleanup = this.newBlock();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]);
      this.addopI(Op.SWAP, 2);
      this.addopI(Op.COPY, 2);
      this.addCompare(e.ops[i]);
      this.addopJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.visitExpr(e.comparators[n]);
    this.addCompare(e.ops[n]);
    const end = this.newBlock();
    this.addopJumpNoLine(Pseudo.JUMP, end);
    this.useNextBlock(cleanup);
    this.addopI(Op.SWAP, 2);
    this.addop(Op.POP_TOP);
    this.useNextBlock(end);
  }

  /** Whether the module imports `e` (a Name) at top level: its method calls are not optimized. */
  private isImportOriginated(e: ast.expr): boolean {
    if (e._kind !== 'Name') return false;
    return ((this.symtable.top.symbols.get(e.id) ?? 0) & DEF_IMPORT) !== 0;
  }

  /** When an attribute access spans lines, its instructions start at the attribute name. */
  private startAtAttributeName(attr: ast.Attribute): void {
    const loc = { ...this.u.loc };
    if (loc.lineno !== attr.end_lineno) {
      loc.lineno = attr.end_lineno;
      const len = [...attr.attr].length;
      if (len <= attr.end_col_offset) {
        loc.col_offset = attr.end_col_offset - len;
      } else {
        loc.col_offset = -1;
        loc.end_col_offset = -1;
      }
      loc.end_lineno = Math.max(loc.lineno, loc.end_lineno);
      if (loc.lineno === loc.end_lineno) loc.end_col_offset = Math.max(loc.col_offset, loc.end_col_offset);
      this.u.loc = loc;
    }
  }

  /** obj.meth(args) as LOAD_METHOD + CALL when no unpacking is involved; false if not applicable. */
  private methodCall(e: ast.Call): boolean {
    const meth = e.func;
    if (meth._kind !== 'Attribute' || meth.ctx._kind !== 'Load') return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = e.args.length;
    const kwdsl = e.keywords.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a._kind === 'Starred')) return false;
    if (e.keywords.some((k) => k.arg === null)) return false;
    this.visitExpr(meth.value);
    this.setLoc(meth);
    this.startAtAttributeName(meth);
    this.addopName(Op.LOAD_METHOD, this.u.names, meth.attr);
    for (const a of e.args) this.visitExpr(a);
    if (kwdsl) {
      for (const k of e.keywords) this.visitExpr(k.value);
      this.kwNames(e.keywords);
    }
    this.setLoc(e);
    this.startAtAttributeName(meth);
    this.addopI(Op.PRECALL, argsl + kwdsl);
    this.addopI(Op.CALL, argsl + kwdsl);
    return true;
  }

  private validateKeywords(keywords: ast.keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const key = keywords[i];
      if (key.arg === null) continue;
      this.forbiddenName(key.arg, 'Store');
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j];
        if (other.arg === key.arg) {
          this.setLoc(other);
          this.error(`keyword argument repeated: ${key.arg}`);
        }
      }
    }
  }

  private call(e: ast.Call): void {
    this.validateKeywords(e.keywords);
    if (this.methodCall(e)) return;
    this.warn(notCallableWarning(e.func));
    this.setLoc(e.func);
    this.addop(Op.PUSH_NULL);
    this.setLoc(e);
    this.visitExpr(e.func);
    this.callHelper(0, e.args, e.keywords);
  }

  private joinedStr(e: ast.JoinedStr): void {
    const count = e.values.length;
    if (count > STACK_USE_GUIDELINE) {
      this.loadConst('');
      this.addopName(Op.LOAD_METHOD, this.u.names, 'join');
      this.addopI(Op.BUILD_LIST, 0);
      for (const v of e.values) {
        this.visitExpr(v);
        this.addopI(Op.LIST_APPEND, 1);
      }
      this.addopI(Op.PRECALL, 1);
      this.addopI(Op.CALL, 1);
      return;
    }
    for (const v of e.values) this.visitExpr(v);
    if (count !== 1) this.addopI(Op.BUILD_STRING, count);
  }

  private formattedValue(e: ast.FormattedValue): void {
    this.visitExpr(e.value);
    let oparg = 0;
    switch (e.conversion) {
      case 0x73 /* s */: oparg = FormatFlag.STR; break;
      case 0x72 /* r */: oparg = FormatFlag.REPR; break;
      case 0x61 /* a */: oparg = FormatFlag.ASCII; break;
    }
    if (e.format_spec) {
      this.visitExpr(e.format_spec);
      oparg |= FormatFlag.HAVE_SPEC;
    }
    this.addopI(Op.FORMAT_VALUE, oparg);
  }

  /** Keyword arguments begin..end (none of them `**`) as one dict. */
  private subkwargs(keywords: ast.keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(keywords[i].value);
      this.loadConst(new ConstTuple(keywords.slice(begin, end).map((k) => k.arg!)));
      this.addopI(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.emit(Op.BUILD_MAP, 0, null, ARTIFICIAL_NOLINE);
    for (let i = begin; i < end; i++) {
      this.loadConst(keywords[i].arg!);
      this.visitExpr(keywords[i].value);
      if (big) this.emit(Op.MAP_ADD, 1, null, ARTIFICIAL_NOLINE);
    }
    if (!big) this.addopI(Op.BUILD_MAP, n);
  }

  private kwNames(keywords: ast.keyword[]): void {
    this.addopI(Op.KW_NAMES, this.addConst(new ConstTuple(keywords.map((k) => k.arg!))));
  }

  /** The arguments and the call, after the callable and `n` arguments are pushed. */
  private callHelper(n: number, args: ast.expr[], keywords: ast.keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    const simple = nelts + nkwelts * 2 <= STACK_USE_GUIDELINE
      && !args.some((a) => a._kind === 'Starred')
      && !keywords.some((k) => k.arg === null);
    if (simple) {
      for (const a of args) this.visitExpr(a);
      if (nkwelts) {
        for (const k of keywords) this.visitExpr(k.value);
        this.kwNames(keywords);
      }
      this.addopI(Op.PRECALL, n + nelts + nkwelts);
      this.addopI(Op.CALL, n + nelts + nkwelts);
      return;
    }
    if (n === 0 && nelts === 1 && args[0]._kind === 'Starred') this.visitExpr(args[0].value);
    else this.starUnpack(args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i];
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(keywords, i - nseen, i);
            if (haveDict) this.addopI(Op.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.addopI(Op.BUILD_MAP, 0);
            haveDict = true;
          }
          this.visitExpr(kw.value);
          this.addopI(Op.DICT_MERGE, 1);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        this.subkwargs(keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.addopI(Op.DICT_MERGE, 1);
      }
    }
    this.addopI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  }

  // ---------------------------------------------------------------------------
  // Comprehensions: each is a nested function called with the outermost iterator.

  private comprehensionGenerator(generators: ast.comprehension[], index: number, depth: number, elt: ast.expr, val: ast.expr | null, type: Comprehension): void {
    if (generators[index].is_async) this.asyncComprehensionGenerator(generators, index, depth, elt, val, type);
    else this.syncComprehensionGenerator(generators, index, depth, elt, val, type);
  }

  private comprehensionElement(elt: ast.expr, val: ast.expr | null, type: Comprehension, depth: number): void {
    switch (type) {
      case Comprehension.GENEXP:
        this.visitExpr(elt);
        this.addopYield();
        this.addop(Op.POP_TOP);
        break;
      case Comprehension.LISTCOMP:
        this.visitExpr(elt);
        this.addopI(Op.LIST_APPEND, depth + 1);
        break;
      case Comprehension.SETCOMP:
        this.visitExpr(elt);
        this.addopI(Op.SET_ADD, depth + 1);
        break;
      case Comprehension.DICTCOMP:
        this.visitExpr(elt);
        this.visitExpr(val!);
        this.addopI(Op.MAP_ADD, depth + 1);
        break;
    }
  }

  private syncComprehensionGenerator(generators: ast.comprehension[], index: number, depth: number, elt: ast.expr, val: ast.expr | null, type: Comprehension): void {
    let start: BasicBlock | null = this.newBlock();
    const ifCleanup = this.newBlock();
    const anchor = this.newBlock();
    const gen = generators[index];
    if (index === 0) {
      // The outermost iterator arrives as the function's argument.
      this.u.argcount = 1;
      this.addopI(Op.LOAD_FAST, 0);
    } else {
      // `for y in [f(x)]` binds y without building and iterating a list.
      const elts = gen.iter._kind === 'List' || gen.iter._kind === 'Tuple' ? gen.iter.elts : null;
      if (elts !== null && elts.length === 1 && elts[0]._kind !== 'Starred') {
        this.visitExpr(elts[0]);
        start = null;
      }
      if (start) {
        this.visitExpr(gen.iter);
        this.addop(Op.GET_ITER);
      }
    }
    if (start) {
      depth++;
      this.useNextBlock(start);
      this.addopJump(Op.FOR_ITER, anchor);
    }
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    if (++index < generators.length) this.comprehensionGenerator(generators, index, depth, elt, val, type);
    if (index >= generators.length) this.comprehensionElement(elt, val, type, depth);
    this.useNextBlock(ifCleanup);
    if (start) {
      this.addopJump(Pseudo.JUMP, start);
      this.useNextBlock(anchor);
    }
  }

  private asyncComprehensionGenerator(generators: ast.comprehension[], index: number, depth: number, elt: ast.expr, val: ast.expr | null, type: Comprehension): void {
    const start = this.newBlock();
    const except = this.newBlock();
    const ifCleanup = this.newBlock();
    const gen = generators[index];
    if (index === 0) {
      this.u.argcount = 1;
      this.addopI(Op.LOAD_FAST, 0);
    } else {
      this.visitExpr(gen.iter);
      this.addop(Op.GET_AITER);
    }
    this.useNextBlock(start);
    this.pushFrameBlock(FBlock.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
    this.awaitNextItem(except);
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    depth++;
    if (++index < generators.length) this.comprehensionGenerator(generators, index, depth, elt, val, type);
    if (index >= generators.length) this.comprehensionElement(elt, val, type, depth);
    this.useNextBlock(ifCleanup);
    this.addopJump(Pseudo.JUMP, start);
    this.popFrameBlock();
    this.useNextBlock(except);
    this.addop(Op.END_ASYNC_FOR);
  }

  private comprehension(e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, type: Comprehension, name: string, generators: ast.comprehension[], elt: ast.expr, val: ast.expr | null): void {
    const outerScope = this.u.scopeType;
    const isTopLevelAwait = this.isTopLevelAwait;
    const outermost = generators[0];
    this.enterScope(name, ScopeType.COMPREHENSION, e, e.lineno);
    this.setLoc(e);
    const isAsyncGenerator = this.u.ste.coroutine;
    if (isAsyncGenerator && type !== Comprehension.GENEXP && outerScope !== ScopeType.ASYNC_FUNCTION
      && outerScope !== ScopeType.COMPREHENSION && !isTopLevelAwait) {
      this.error('asynchronous comprehension outside of an asynchronous function');
    }
    if (type !== Comprehension.GENEXP) {
      this.addopI(type === Comprehension.LISTCOMP ? Op.BUILD_LIST : type === Comprehension.SETCOMP ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    }
    this.comprehensionGenerator(generators, 0, 0, elt, val, type);
    if (type !== Comprehension.GENEXP) this.addop(Op.RETURN_VALUE);
    const code = this.assemble(true);
    this.exitScope();
    if (isTopLevelAwait && isAsyncGenerator) this.u.ste.coroutine = true;
    this.makeClosure(code, 0);
    this.visitExpr(outermost.iter);
    this.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
    this.addopI(Op.PRECALL, 0);
    this.addopI(Op.CALL, 0);
    if (isAsyncGenerator && type !== Comprehension.GENEXP) {
      this.awaitTop(0);
    }
  }

  // ---------------------------------------------------------------------------
  // With statements

  private withExceptFinish(cleanup: BasicBlock): void {
    this.unsetLoc();
    const exit = this.newBlock();
    this.addopJump(Pseudo.POP_JUMP_IF_TRUE, exit);
    this.addopI(Op.RERAISE, 2);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
    this.addop(Op.POP_TOP);
    this.addop(Pseudo.POP_BLOCK);
    this.addop(Op.POP_EXCEPT);
    this.addop(Op.POP_TOP);
    this.addop(Op.POP_TOP);
  }

  private asyncWith(s: ast.AsyncWith, pos: number): void {
    const item = s.items[pos];
    if (this.isTopLevelAwait) this.u.ste.coroutine = true;
    else if (this.u.scopeType !== ScopeType.ASYNC_FUNCTION) this.error("'async with' outside async function");
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addop(Op.BEFORE_ASYNC_WITH);
    this.awaitTop(1);
    this.addopJump(Pseudo.SETUP_WITH, final);
    this.useNextBlock(block);
    this.pushFrameBlock(FBlock.ASYNC_WITH, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(Op.POP_TOP);
    pos++;
    if (pos === s.items.length) for (const x of s.body) this.visitStmt(x);
    else this.asyncWith(s, pos);
    this.popFrameBlock();
    this.addop(Pseudo.POP_BLOCK);
    // Normal exit: __aexit__(None, None, None).
    this.setLoc(s);
    this.callExitWithNones();
    this.awaitTop(2);
    this.addop(Op.POP_TOP);
    this.addopJump(Pseudo.JUMP, exit);
    // Exceptional exit.
    this.useNextBlock(final);
    this.addopJump(Pseudo.SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.addop(Op.WITH_EXCEPT_START);
    this.awaitTop(2);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  private withStmt(s: ast.With, pos: number): void {
    const item = s.items[pos];
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addop(Op.BEFORE_WITH);
    this.addopJump(Pseudo.SETUP_WITH, final);
    this.useNextBlock(block);
    this.pushFrameBlock(FBlock.WITH, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(Op.POP_TOP);
    pos++;
    if (pos === s.items.length) for (const x of s.body) this.visitStmt(x);
    else this.withStmt(s, pos);
    this.unsetLoc();
    this.addop(Pseudo.POP_BLOCK);
    this.popFrameBlock();
    // Normal exit: __exit__(None, None, None).
    this.setLoc(s);
    this.callExitWithNones();
    this.addop(Op.POP_TOP);
    this.addopJump(Pseudo.JUMP, exit);
    // Exceptional exit.
    this.useNextBlock(final);
    this.addopJump(Pseudo.SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.addop(Op.WITH_EXCEPT_START);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  // ---------------------------------------------------------------------------
  // Expressions

  visitExpr(e: ast.expr): void {
    const saved = this.u.loc;
    this.setLoc(e);
    this.visitExprHere(e);
    this.u.loc = saved;
  }

  private visitExprHere(e: ast.expr): void {
    switch (e._kind) {
      case 'NamedExpr':
        this.visitExpr(e.value);
        this.addopI(Op.COPY, 1);
        this.visitExpr(e.target);
        return;
      case 'BoolOp': return this.boolOp(e);
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.addopBinary(e.op, false);
        return;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        this.addop(UNARY_OPCODES[e.op._kind]);
        return;
      case 'Lambda': return this.lambda(e);
      case 'IfExp': return this.ifExp(e);
      case 'Dict': return this.dict(e);
      case 'Set': return this.starUnpack(e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      case 'GeneratorExp': return this.comprehension(e, Comprehension.GENEXP, '<genexpr>', e.generators, e.elt, null);
      case 'ListComp': return this.comprehension(e, Comprehension.LISTCOMP, '<listcomp>', e.generators, e.elt, null);
      case 'SetComp': return this.comprehension(e, Comprehension.SETCOMP, '<setcomp>', e.generators, e.elt, null);
      case 'DictComp': return this.comprehension(e, Comprehension.DICTCOMP, '<dictcomp>', e.generators, e.key, e.value);
      case 'Yield':
        if (this.u.ste.type !== BlockType.FunctionBlock) this.error("'yield' outside function");
        if (e.value) this.visitExpr(e.value);
        else this.loadConst(null);
        this.addopYield();
        return;
      case 'YieldFrom':
        if (this.u.ste.type !== BlockType.FunctionBlock) this.error("'yield' outside function");
        if (this.u.scopeType === ScopeType.ASYNC_FUNCTION) this.error("'yield from' inside async function");
        this.visitExpr(e.value);
        this.addop(Op.GET_YIELD_FROM_ITER);
        this.loadConst(null);
        this.addYieldFrom(false);
        return;
      case 'Await':
        if (!this.isTopLevelAwait) {
          if (this.u.ste.type !== BlockType.FunctionBlock) this.error("'await' outside function");
          if (this.u.scopeType !== ScopeType.ASYNC_FUNCTION && this.u.scopeType !== ScopeType.COMPREHENSION) {
            this.error("'await' outside async function");
          }
        }
        this.visitExpr(e.value);
        this.awaitTop(0);
        return;
      case 'Compare': return this.compare(e);
      case 'Call': return this.call(e);
      case 'Constant': return this.loadConst(e.value);
      case 'JoinedStr': return this.joinedStr(e);
      case 'FormattedValue': return this.formattedValue(e);
      case 'Attribute':
        this.visitExpr(e.value);
        this.startAtAttributeName(e);
        switch (e.ctx._kind) {
          case 'Load': this.addopName(Op.LOAD_ATTR, this.u.names, e.attr); return;
          case 'Store':
            this.forbiddenName(e.attr, 'Store');
            this.addopName(Op.STORE_ATTR, this.u.names, e.attr);
            return;
          case 'Del': this.addopName(Op.DELETE_ATTR, this.u.names, e.attr); return;
        }
        return;
      case 'Subscript': return this.subscript(e);
      case 'Starred':
        if (e.ctx._kind === 'Store') this.error('starred assignment target must be in a list or tuple');
        this.error("can't use starred expression here");
      // falls out through the throw
      case 'Slice': return this.slice(e);
      case 'Name': return this.nameop(e.id, e.ctx._kind);
      case 'List': case 'Tuple': return this.listOrTuple(e);
    }
  }

  private augAssign(s: ast.AugAssign): void {
    const e = s.target;
    const saved = this.u.loc;
    this.setLoc(e);
    switch (e._kind) {
      case 'Attribute':
        this.visitExpr(e.value);
        this.addopI(Op.COPY, 1);
        this.startAtAttributeName(e);
        this.addopName(Op.LOAD_ATTR, this.u.names, e.attr);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.addopI(Op.COPY, 2);
        this.addopI(Op.COPY, 2);
        this.addop(Op.BINARY_SUBSCR);
        break;
      case 'Name':
        this.nameop(e.id, 'Load');
        break;
      default:
        throw new Error(`internal error: ${e._kind} as augmented assignment target`);
    }
    this.u.loc = saved;
    this.visitExpr(s.value);
    this.addopBinary(s.op, true);
    this.setLoc(e);
    switch (e._kind) {
      case 'Attribute':
        this.startAtAttributeName(e);
        this.addopI(Op.SWAP, 2);
        this.addopName(Op.STORE_ATTR, this.u.names, e.attr);
        return;
      case 'Subscript':
        this.addopI(Op.SWAP, 3);
        this.addopI(Op.SWAP, 2);
        this.addop(Op.STORE_SUBSCR);
        return;
      case 'Name':
        this.nameop(e.id, 'Store');
        return;
    }
  }

  private checkAnnExpr(e: ast.expr): void {
    this.visitExpr(e);
    this.addop(Op.POP_TOP);
  }

  private checkAnnSubscript(e: ast.expr): void {
    switch (e._kind) {
      case 'Slice':
        if (e.lower) this.checkAnnExpr(e.lower);
        if (e.upper) this.checkAnnExpr(e.upper);
        if (e.step) this.checkAnnExpr(e.step);
        return;
      case 'Tuple':
        for (const x of e.elts) this.checkAnnSubscript(x);
        return;
      default:
        this.checkAnnExpr(e);
    }
  }

  private annAssign(s: ast.AnnAssign): void {
    const target = s.target;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(target);
    }
    const inNamespace = this.u.scopeType === ScopeType.MODULE || this.u.scopeType === ScopeType.CLASS;
    const futureAnnotations = (this.options.future.flags & FutureFlag.annotations) !== 0;
    switch (target._kind) {
      case 'Name':
        this.forbiddenName(target.id, 'Store');
        // A simple name in a module or class body records its annotation.
        if (s.simple && inNamespace) {
          if (futureAnnotations) this.loadConst(unparseAnnotation(s.annotation));
          else this.visitExpr(s.annotation);
          this.addopName(Op.LOAD_NAME, this.u.names, '__annotations__');
          this.loadConst(mangle(this.u.private_, target.id));
          this.addop(Op.STORE_SUBSCR);
        }
        break;
      case 'Attribute':
        this.forbiddenName(target.attr, 'Store');
        if (!s.value) this.checkAnnExpr(target.value);
        break;
      case 'Subscript':
        if (!s.value) {
          this.checkAnnExpr(target.value);
          this.checkAnnSubscript(target.slice);
        }
        break;
      default:
        throw new Error(`internal error: ${target._kind} as annotated assignment target`);
    }
    // The annotation of a complex target is evaluated last, unless annotations are postponed.
    if (!s.simple && !futureAnnotations && inNamespace) this.checkAnnExpr(s.annotation);
  }

  private subscript(e: ast.Subscript): void {
    const op = e.ctx._kind === 'Load' ? Op.BINARY_SUBSCR : e.ctx._kind === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR;
    if (op === Op.BINARY_SUBSCR) {
      this.warn(notSubscriptableWarning(e.value));
      this.warn(badIndexWarning(e.value, e.slice));
    }
    this.visitExpr(e.value);
    this.visitExpr(e.slice);
    this.addop(op);
  }

  private slice(s: ast.Slice): void {
    let n = 2;
    if (s.lower) this.visitExpr(s.lower);
    else this.loadConst(null);
    if (s.upper) this.visitExpr(s.upper);
    else this.loadConst(null);
    if (s.step) {
      n++;
      this.visitExpr(s.step);
    }
    this.addopI(Op.BUILD_SLICE, n);
  }

  // ---------------------------------------------------------------------------
  // Pattern matching (PEP 634)

  // Every pattern routine consumes the subject on top of the stack and, on failure,
  // jumps to the block that pops what the match has pushed so far (pc.onTop items plus
  // the names captured so far, which wait on the stack until the whole pattern matched).

  private match(s: ast.Match): void {
    this.visitExpr(s.subject);
    const end = this.newBlock();
    const cases = s.cases.length;
    let m = s.cases[cases - 1];
    const hasDefault = isWildcard(m.pattern) && cases > 1 ? 1 : 0;
    const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
    for (let i = 0; i < cases - hasDefault; i++) {
      m = s.cases[i];
      this.setLoc(m.pattern);
      // The last case needs no copy of the subject.
      if (i !== cases - hasDefault - 1) this.addopI(Op.COPY, 1);
      pc.stores = [];
      // An irrefutable case must be guarded, last, or both.
      pc.allowIrrefutable = m.guard !== null || i === cases - 1;
      pc.failPop = [];
      pc.onTop = 0;
      this.pattern(m.pattern, pc);
      for (const name of pc.stores) this.nameop(name, 'Store');
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        this.jumpIf(m.guard, pc.failPop[0], false);
      }
      if (i !== cases - hasDefault - 1) this.addop(Op.POP_TOP);
      for (const x of m.body) this.visitStmt(x);
      this.unsetLoc();
      this.addopJump(Pseudo.JUMP, end);
      // A failed match cleans up on the pattern's line, not the body's last.
      this.setLoc(m.pattern);
      this.emitAndResetFailPop(pc);
    }
    if (hasDefault) {
      m = s.cases[cases - 1];
      this.setLoc(m.pattern);
      if (cases === 1) this.addop(Op.POP_TOP);
      else this.addop(Op.NOP);
      if (m.guard) this.jumpIf(m.guard, end, false);
      for (const x of m.body) this.visitStmt(x);
      this.unsetLoc();
    }
    this.useNextBlock(end);
  }

  private ensureFailPop(pc: PatternContext, n: number): void {
    while (pc.failPop.length < n + 1) pc.failPop.push(this.newBlock());
  }

  private jumpToFailPop(pc: PatternContext, op: number): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.addopJump(op, pc.failPop[pops]);
  }

  private emitAndResetFailPop(pc: PatternContext): void {
    if (pc.failPop.length === 0) return;
    for (let i = pc.failPop.length - 1; i > 0; i--) {
      this.useNextBlock(pc.failPop[i]);
      this.addop(Op.POP_TOP);
    }
    this.useNextBlock(pc.failPop[0]);
    pc.failPop = [];
  }

  /** What 3.10's ROT_N did, as SWAPs. */
  private rotate(count: number): void {
    while (count > 1) this.addopI(Op.SWAP, count--);
  }

  private storePatternName(name: string | null, pc: PatternContext): void {
    if (name === null) {
      this.addop(Op.POP_TOP);
      return;
    }
    this.forbiddenName(name, 'Store');
    if (pc.stores.includes(name)) this.error(`multiple assignments to name ${pyStrRepr(name)} in pattern`);
    // Rotate the value under the items that must stay on top.
    this.rotate(pc.onTop + pc.stores.length + 1);
    pc.stores.push(name);
  }

  private sequenceUnpack(patterns: ast.pattern[], pc: PatternContext): void {
    this.unpackAround(patterns.map((p) => p._kind === 'MatchStar'), 'sequence pattern');
    pc.onTop += patterns.length;
    for (const p of patterns) {
      pc.onTop--;
      this.subpattern(p, pc);
    }
  }

  /** Sequence patterns with a starred wildcard index the subject instead of unpacking it. */
  private sequenceSubscript(patterns: ast.pattern[], star: number, pc: PatternContext): void {
    pc.onTop++;
    const size = patterns.length;
    for (let i = 0; i < size; i++) {
      const p = patterns[i];
      if (isWildcard(p) || i === star) continue;
      this.addopI(Op.COPY, 1);
      if (i < star) {
        this.loadConst(i);
      } else {
        // The subject may not support negative indexes.
        this.addop(Op.GET_LEN);
        this.loadConst(size - i);
        this.addopI(Op.BINARY_OP, BINARY_OP_CODES.Sub);
      }
      this.addop(Op.BINARY_SUBSCR);
      this.subpattern(p, pc);
    }
    pc.onTop--;
    this.addop(Op.POP_TOP);
  }

  private subpattern(p: ast.pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  private pattern(p: ast.pattern, pc: PatternContext): void {
    this.setLoc(p);
    switch (p._kind) {
      case 'MatchValue':
        if (p.value._kind !== 'Constant' && p.value._kind !== 'Attribute') this.error('patterns may only match literals and attribute lookups');
        this.visitExpr(p.value);
        this.addopI(Op.COMPARE_OP, COMPARE_CODES.Eq!);
        this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
        return;
      case 'MatchSingleton':
        this.loadConst(p.value);
        this.addopI(Op.IS_OP, 0);
        this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
        return;
      case 'MatchSequence': return this.sequencePattern(p, pc);
      case 'MatchMapping': return this.mappingPattern(p, pc);
      case 'MatchClass': return this.classPattern(p, pc);
      case 'MatchStar': return this.storePatternName(p.name, pc);
      case 'MatchAs': return this.asPattern(p, pc);
      case 'MatchOr': return this.orPattern(p, pc);
    }
  }

  private asPattern(p: ast.MatchAs, pc: PatternContext): void {
    if (p.pattern === null) {
      if (!pc.allowIrrefutable) {
        if (p.name !== null) this.error(`name capture ${pyStrRepr(p.name)} makes remaining patterns unreachable`);
        this.error('wildcard makes remaining patterns unreachable');
      }
      this.storePatternName(p.name, pc);
      return;
    }
    // Keep a copy to store on success.
    pc.onTop++;
    this.addopI(Op.COPY, 1);
    this.pattern(p.pattern, pc);
    pc.onTop--;
    this.storePatternName(p.name, pc);
  }

  private classPattern(p: ast.MatchClass, pc: PatternContext): void {
    const nargs = p.patterns.length;
    const nattrs = p.kwd_attrs.length;
    if (nattrs) {
      for (let i = 0; i < nattrs; i++) {
        const attr = p.kwd_attrs[i];
        this.setLoc(p.kwd_patterns[i]);
        this.forbiddenName(attr, 'Store');
        for (let j = i + 1; j < nattrs; j++) {
          if (p.kwd_attrs[j] === attr) {
            this.setLoc(p.kwd_patterns[j]);
            this.error(`attribute name repeated in class pattern: ${attr}`);
          }
        }
      }
      this.setLoc(p);
    }
    this.visitExpr(p.cls);
    this.loadConst(new ConstTuple(p.kwd_attrs));
    this.addopI(Op.MATCH_CLASS, nargs);
    this.addopI(Op.COPY, 1);
    this.loadConst(null);
    this.addopI(Op.IS_OP, 1);
    // On top: a tuple of the nargs + nattrs attributes, or None.
    pc.onTop++;
    this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    this.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const sub = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
      if (isWildcard(sub)) {
        this.addop(Op.POP_TOP);
        continue;
      }
      this.subpattern(sub, pc);
    }
  }

  private mappingPattern(p: ast.MatchMapping, pc: PatternContext): void {
    const keys = p.keys;
    let size = keys.length;
    const starTarget = p.rest;
    // The subject stays on top through the mapping and length checks.
    pc.onTop++;
    this.addop(Op.MATCH_MAPPING);
    this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    if (!size && starTarget === null) {
      pc.onTop--;
      this.addop(Op.POP_TOP);
      return;
    }
    if (size) {
      this.addop(Op.GET_LEN);
      this.loadConst(size);
      this.addopI(Op.COMPARE_OP, COMPARE_CODES.GtE!);
      this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    }
    const seen = new Set<string>();
    for (let i = 0; i < size; i++) {
      const key = keys[i];
      if (key._kind === 'Constant') {
        const k = equalityKey(key.value);
        if (seen.has(k)) this.error(`mapping pattern checks duplicate key (${constantRepr(key.value)})`);
        seen.add(k);
      } else if (key._kind !== 'Attribute') {
        this.error('mapping pattern keys may only match literals and attribute lookups');
      }
      this.visitExpr(key);
    }
    this.addopI(Op.BUILD_TUPLE, size);
    this.addop(Op.MATCH_KEYS);
    // Now a tuple of keys and a tuple of values sit on the subject.
    pc.onTop += 2;
    this.addopI(Op.COPY, 1);
    this.loadConst(null);
    this.addopI(Op.IS_OP, 1);
    this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    this.addopI(Op.UNPACK_SEQUENCE, size);
    pc.onTop += size - 1;
    for (const sub of p.patterns) {
      pc.onTop--;
      this.subpattern(sub, pc);
    }
    pc.onTop -= 2;
    if (starTarget !== null) {
      // rest = dict(subject) without the matched keys.
      this.addopI(Op.BUILD_MAP, 0);
      this.addopI(Op.SWAP, 3);
      this.addopI(Op.DICT_UPDATE, 2);
      this.addopI(Op.UNPACK_SEQUENCE, size);
      while (size) {
        this.addopI(Op.COPY, 1 + size--);
        this.addopI(Op.SWAP, 2);
        this.addop(Op.DELETE_SUBSCR);
      }
      this.storePatternName(starTarget, pc);
    } else {
      this.addop(Op.POP_TOP);
      this.addop(Op.POP_TOP);
    }
  }

  private orPattern(p: ast.MatchOr, pc: PatternContext): void {
    const end = this.newBlock();
    const size = p.patterns.length;
    const old: PatternContext = { ...pc };
    // The names the first alternative binds: the others must bind the same, and are reordered to match.
    let control: string[] | null = null;
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i];
      this.setLoc(alt);
      pc.stores = [];
      pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      this.addopI(Op.COPY, 1);
      this.pattern(alt, pc);
      const nstores = pc.stores.length;
      if (i === 0) {
        control = pc.stores;
      } else if (nstores !== control!.length) {
        this.error('alternative patterns bind different names');
      } else if (nstores) {
        for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
          const name = control![icontrol];
          const istores = pc.stores.indexOf(name);
          if (istores < 0) this.error('alternative patterns bind different names');
          if (icontrol !== istores) {
            let rotations = istores + 1;
            const rotated = pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            while (rotations--) this.rotate(icontrol + 1);
          }
        }
      }
      this.addopJump(Pseudo.JUMP, end);
      this.emitAndResetFailPop(pc);
    }
    pc.stores = old.stores;
    pc.allowIrrefutable = old.allowIrrefutable;
    pc.failPop = old.failPop;
    pc.onTop = old.onTop;
    // No alternative matched: pop the copy of the subject and fail.
    this.addop(Op.POP_TOP);
    this.jumpToFailPop(pc, Pseudo.JUMP);
    this.useNextBlock(end);
    const nstores = control!.length;
    const nrots = nstores + 1 + pc.onTop + pc.stores.length;
    for (let i = 0; i < nstores; i++) {
      this.rotate(nrots);
      const name = control![i];
      if (pc.stores.includes(name)) this.error(`multiple assignments to name ${pyStrRepr(name)} in pattern`);
      pc.stores.push(name);
    }
    // Pop the copy of the subject.
    this.addop(Op.POP_TOP);
  }

  private sequencePattern(p: ast.MatchSequence, pc: PatternContext): void {
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    for (let i = 0; i < size; i++) {
      const sub = patterns[i];
      if (sub._kind === 'MatchStar') {
        if (star >= 0) this.error('multiple starred names in sequence pattern');
        starWildcard = sub.name === null;
        onlyWildcard &&= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &&= isWildcard(sub);
    }
    pc.onTop++;
    this.addop(Op.MATCH_SEQUENCE);
    this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    if (star < 0) {
      this.addop(Op.GET_LEN);
      this.loadConst(size);
      this.addopI(Op.COMPARE_OP, COMPARE_CODES.Eq!);
      this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      this.addop(Op.GET_LEN);
      this.loadConst(size - 1);
      this.addopI(Op.COMPARE_OP, COMPARE_CODES.GtE!);
      this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) this.addop(Op.POP_TOP);
    else if (starWildcard) this.sequenceSubscript(patterns, star, pc);
    else this.sequenceUnpack(patterns, pc);
  }
}

interface PatternContext {
  /** Names captured so far, in stack order. */
  stores: string[];
  /** Whether an irrefutable pattern is allowed here. */
  allowIrrefutable: boolean;
  /** failPop[i] pops i items, then falls through to failPop[i - 1] ... failPop[0]. */
  failPop: BasicBlock[];
  /** Items on top of the stack that must stay on top; captures go beneath them. */
  onTop: number;
}

function isWildcard(p: ast.pattern): boolean {
  return p._kind === 'MatchAs' && p.name === null;
}

const enum Comprehension { GENEXP, LISTCOMP, SETCOMP, DICTCOMP }

/** Location of artificial instructions that must not carry a line (CPython's *_NOLINE forms). */
const ARTIFICIAL_NOLINE: Readonly<Location> = { lineno: -1, end_lineno: 0, col_offset: 0, end_col_offset: 0 };
/** Location after UNSET_LOC. */
const UNSET_LOCATION: Readonly<Location> = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

/** co_flags bits that `from __future__` imports and compile() flags pass on (PyCF_MASK). */
const FUTURE_CODE_FLAGS = 0x1fe0000;


function allConstants(seq: readonly (ast.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) if (seq[i]?._kind !== 'Constant') return false;
  return true;
}

/** The docstring of a body: its first statement, when that is a str constant. */
function docstringOf(body: ast.stmt[]): string | CodePointStr | null {
  const first = body[0];
  if (first?._kind !== 'Expr' || first.value._kind !== 'Constant') return null;
  const value: ConstantValue = first.value.value;
  return typeof value === 'string' || value instanceof CodePointStr ? value : null;
}

/** Whether a body (outside nested scopes) has annotated assignments: then it needs __annotations__. */
function findAnnotations(stmts: ast.stmt[]): boolean {
  for (const st of stmts) {
    switch (st._kind) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnnotations(st.body) || findAnnotations(st.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnnotations(st.body)) return true;
        break;
      case 'Try': case 'TryStar':
        for (const h of st.handlers) if (findAnnotations((h as ast.ExceptHandler).body)) return true;
        if (findAnnotations(st.body) || findAnnotations(st.finalbody) || findAnnotations(st.orelse)) return true;
        break;
      case 'Match':
        for (const c of st.cases) if (findAnnotations(c.body)) return true;
        break;
    }
  }
  return false;
}
