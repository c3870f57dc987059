// The symbol table (Python/symtable.c, 3.11): for every block of code, which names it
// binds and uses, and after analysis where each name lives (local, cell, free, global).
// The code generator reads it to choose LOAD_FAST, LOAD_DEREF, LOAD_GLOBAL or LOAD_NAME,
// and to lay out each code object's cells and free variables.
//
// Two passes, as in CPython. The first walks the AST, opening an entry for every module,
// class, function, lambda and comprehension and recording raw facts about names in it
// ("assigned here", "a parameter", "declared global"); most symtable SyntaxErrors are
// raised there. The second (analyzeBlock) walks the entries top-down deciding each
// name's scope, and bottom-up turning locals that inner blocks use into cells.
import { readFileSync } from 'node:fs';
import type * as ast from '../ast/nodes';
import { PyFrontEndError, PySyntaxError } from '../tokenizer/syntaxError';
import { FutureFlag, type FutureFeatures } from './future';
import { mangle } from './mangle';

// ---------------------------------------------------------------------------------------
// The data model

/** Flag bits of a symbol, as CPython's DEF_* (the python `_symtable` module shows them). */
export const DEF_GLOBAL = 1; // declared `global`
export const DEF_LOCAL = 2; // bound in the block
export const DEF_PARAM = 4; // a parameter
export const DEF_NONLOCAL = 8; // declared `nonlocal`
export const USE = 16; // read in the block
export const DEF_FREE = 32; // unused by 3.11, kept for its numbering
export const DEF_FREE_CLASS = 64; // free in a method, and also bound or declared in the class
export const DEF_IMPORT = 128; // bound by an import
export const DEF_ANNOT = 256; // annotated (`x: int`)
export const DEF_COMP_ITER = 512; // a comprehension's iteration variable
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** A symbol's Scope sits in its flags above the DEF_* bits: (flags >> SCOPE_OFFSET) & SCOPE_MASK. */
export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

export const enum Scope {
  LOCAL = 1,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  FREE,
  CELL,
}

/**
 * AnnotationBlock holds the annotations of a module compiled with `from __future__
 * import annotations`: they become strings, so their names must not count as uses.
 * Such a block is never anyone's child and never returned by lookup.
 */
export const enum BlockType {
  FunctionBlock,
  ClassBlock,
  ModuleBlock,
  AnnotationBlock,
}

/** Which comprehension a FunctionBlock implements (CPython's _Py_comprehension_ty). */
export const enum ComprehensionKind {
  None,
  List,
  Dict,
  Set,
  Generator,
}

/** Where a statement, expression or argument sits (any positioned AST node fits). */
export interface SourceRange {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** The AST nodes that open a block: lookup's keys. */
export type BlockNode =
  | ast.mod
  | ast.FunctionDef
  | ast.AsyncFunctionDef
  | ast.ClassDef
  | ast.Lambda
  | ast.ListComp
  | ast.SetComp
  | ast.DictComp
  | ast.GeneratorExp;

/** One block's names (CPython's PySTEntryObject, ste_* fields in camelCase). */
export class SymbolTableEntry {
  /** Name -> DEF_* flags, with the Scope bits after analysis; insertion order as CPython's dict. */
  readonly symbols = new Map<string, number>();
  /** The parameters, in order: positional-only, positional, keyword-only, *args, **kwargs (`.0` for comprehensions). */
  readonly varnames: string[] = [];
  /** Blocks opened directly inside this one, in source order. */
  readonly children: SymbolTableEntry[] = [];
  /**
   * Where each global or nonlocal declaration was made (the first, for a name declared
   * twice): errors found during analysis point there. Assignment expressions in
   * comprehensions declare their target implicitly, at the target. Made by the first.
   */
  directives: Map<string, SourceRange> | null = null;

  /** Inside a function (at any depth), so names it cannot bind may be free. */
  nested = false;
  /** Has free variables (its own, or global names read while nested). */
  free = false;
  /** Some block inside it has free variables. */
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension = ComprehensionKind.None;
  varargs = false;
  varkeywords = false;
  /** Has a `return <value>`. */
  returnsValue = false;
  /** A class whose methods use `__class__` or `super`: its body needs the `__class__` cell. */
  needsClassClosure = false;
  /** While building: visiting a comprehension's iteration target. */
  compIterTarget = false;
  /** While building: how deep inside comprehension iterables (where `:=` is forbidden) the visit is. */
  compIterExpr = 0;

  readonly lineno: number;
  readonly colOffset: number;
  readonly endLineno: number;
  readonly endColOffset: number;

  constructor(
    readonly type: BlockType,
    readonly name: string,
    /** The node that opened the block (as PySymtable_Lookup keys on it). */
    readonly node: BlockNode | ast.expr,
    location: SourceRange,
  ) {
    this.lineno = location.lineno;
    this.colOffset = location.col_offset;
    this.endLineno = location.end_lineno;
    this.endColOffset = location.end_col_offset;
  }

  /** The symbol's flags, 0 for a name the block never mentions (_PyST_GetSymbol). */
  flagsOf(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** The symbol's scope after analysis, 0 for a name the block never mentions (_PyST_GetScope). */
  scopeOf(name: string): Scope | 0 {
    return ((this.flagsOf(name) >> SCOPE_OFFSET) & SCOPE_MASK) as Scope | 0;
  }

  get location(): SourceRange {
    return { lineno: this.lineno, col_offset: this.colOffset, end_lineno: this.endLineno, end_col_offset: this.endColOffset };
  }
}

export class SymbolTable {
  constructor(
    readonly top: SymbolTableEntry,
    private readonly blocks: ReadonlyMap<object, SymbolTableEntry>,
  ) {}

  /** The entry of the block `node` (a BlockNode) opened (PySymtable_Lookup). */
  lookup(node: ast.Node): SymbolTableEntry {
    const entry = this.blocks.get(node);
    if (entry === undefined) throw new Error(`no symbol table entry for ${node._kind} node`);
    return entry;
  }
}

/** Builds and analyses the symbol table of a parsed module. Throws PySyntaxError as CPython's compile() does. */
export function buildSymbolTable(mod: ast.mod, filename: string, future: FutureFeatures): SymbolTable {
  const builder = new SymbolTableBuilder(filename, future);
  const top = builder.visitModule(mod);
  analyzeBlock(top, null, new Set(), NO_NAMES, filename);
  return new SymbolTable(top, builder.blocks);
}

// ---------------------------------------------------------------------------------------
// Errors

/**
 * A SyntaxError at an AST node's range (PyErr_RangedSyntaxLocationObject, also what the
 * code generator's compiler_error reports). Offsets are the node's UTF-8 byte columns
 * plus one; the text is read back from the file named `filename`, if there is one.
 */
export function syntaxErrorAt(message: string, filename: string, range: SourceRange): PySyntaxError {
  return new PySyntaxError('SyntaxError', message, {
    filename,
    lineno: range.lineno,
    offset: range.col_offset + 1,
    end_lineno: range.end_lineno,
    end_offset: range.end_col_offset + 1,
    text: sourceLineFromFile(filename, range.lineno),
  });
}

/** CPython reads error lines through a 1000-byte fgets buffer: a longer line shows only its last piece. */
const LINE_BUFFER_BYTES = 999;

/**
 * Line `lineno` (with its newline, universal newlines translated) of the file named
 * `filename`, as PyErr_ProgramTextObject reads it: from disk, whatever source was
 * compiled; null when there is no such file or line, or it is not UTF-8.
 */
export function sourceLineFromFile(filename: string, lineno: number): string | null {
  if (lineno <= 0) return null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(filename);
  } catch {
    return null;
  }
  let lineStart = 0;
  for (let line = 1; line < lineno; line++) {
    const end = lineEnd(bytes, lineStart);
    if (end === bytes.length) return null;
    lineStart = end + (bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? 2 : 1);
  }
  const end = lineEnd(bytes, lineStart);
  if (lineStart === bytes.length) return null;
  const line = Buffer.concat([bytes.subarray(lineStart, end), end < bytes.length ? Buffer.from('\n') : Buffer.alloc(0)]);
  const lastPiece = line.subarray(Math.floor((line.length - 1) / LINE_BUFFER_BYTES) * LINE_BUFFER_BYTES);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(lastPiece);
  } catch {
    return null;
  }
}

function lineEnd(bytes: Uint8Array, start: number): number {
  let end = start;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  return end;
}

// ---------------------------------------------------------------------------------------
// The first pass: recording what each block does with each name

/** CPython bounds the symtable's recursion by three times the recursion limit. */
const MAX_VISIT_DEPTH = 3000;

/** The names the comprehension blocks get. */
const COMPREHENSION_BLOCKS = {
  ListComp: { name: 'listcomp', kind: ComprehensionKind.List },
  SetComp: { name: 'setcomp', kind: ComprehensionKind.Set },
  DictComp: { name: 'dictcomp', kind: ComprehensionKind.Dict },
  GeneratorExp: { name: 'genexpr', kind: ComprehensionKind.Generator },
} as const;

const YIELD_IN_COMPREHENSION: Record<ComprehensionKind, string> = {
  [ComprehensionKind.None]: '',
  [ComprehensionKind.List]: "'yield' inside list comprehension",
  [ComprehensionKind.Set]: "'yield' inside set comprehension",
  [ComprehensionKind.Dict]: "'yield' inside dict comprehension",
  [ComprehensionKind.Generator]: "'yield' inside generator expression",
};

class SymbolTableBuilder {
  readonly blocks = new Map<object, SymbolTableEntry>();
  /** Open blocks, innermost last. */
  private readonly stack: SymbolTableEntry[] = [];
  /** The module's symbols: `global x` anywhere also records x there. */
  private moduleSymbols = new Map<string, number>();
  /** The name of the innermost enclosing class, for mangling (st_private). */
  private className: string | null = null;
  private depth = 0;

  constructor(
    private readonly filename: string,
    private readonly future: FutureFeatures,
  ) {}

  private get current(): SymbolTableEntry {
    return this.stack[this.stack.length - 1];
  }

  visitModule(mod: ast.mod): SymbolTableEntry {
    const top = this.enterBlock('top', BlockType.ModuleBlock, mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    switch (mod._kind) {
      case 'Module':
      case 'Interactive':
        this.visitStatements(mod.body);
        break;
      case 'Expression':
        this.visitExpression(mod.body);
        break;
      case 'FunctionType':
        throw new Error('this compiler does not handle FunctionTypes');
    }
    this.exitBlock();
    return top;
  }

  private error(message: string, range: SourceRange): PySyntaxError {
    return syntaxErrorAt(message, this.filename, range);
  }

  // --- blocks and definitions

  private enterBlock(name: string, type: BlockType, node: BlockNode | ast.expr, location: SourceRange): SymbolTableEntry {
    const parent = this.stack.length > 0 ? this.current : undefined;
    const entry = new SymbolTableEntry(type, name, node, location);
    entry.nested = parent !== undefined && (parent.nested || parent.type === BlockType.FunctionBlock);
    // A `:=` anywhere inside a comprehension's iterable is an error, even in a nested lambda or comprehension.
    entry.compIterExpr = parent?.compIterExpr ?? 0;
    this.stack.push(entry);
    if (type === BlockType.AnnotationBlock) return entry;
    this.blocks.set(node, entry);
    if (type === BlockType.ModuleBlock) this.moduleSymbols = entry.symbols;
    parent?.children.push(entry);
    return entry;
  }

  private exitBlock(): void {
    this.stack.pop();
  }

  /** Visits annotations in a throwaway block when they will be compiled to strings. */
  private inAnnotationScope(node: BlockNode | ast.expr, location: SourceRange, visit: () => void): void {
    const postponed = (this.future.flags & FutureFlag.annotations) !== 0;
    if (postponed) this.enterBlock('_annotation', BlockType.AnnotationBlock, node, location);
    visit();
    if (postponed) this.exitBlock();
  }

  /** The flags `name` has so far in the current block (symtable_lookup: the name is mangled first). */
  private lookupCurrent(name: string): number {
    return this.current.flagsOf(mangle(this.className, name));
  }

  private addDef(name: string, flag: number, location: SourceRange, entry: SymbolTableEntry = this.current): void {
    const mangled = mangle(this.className, name);
    const previous = entry.symbols.get(mangled);
    if (previous !== undefined && flag & DEF_PARAM && previous & DEF_PARAM) {
      throw this.error(`duplicate argument '${name}' in function definition`, location);
    }
    let flags = (previous ?? 0) | flag;
    if (entry.compIterTarget) {
      if (flags & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, location);
      }
      flags |= DEF_COMP_ITER;
    }
    entry.symbols.set(mangled, flags);
    if (flag & DEF_PARAM) {
      entry.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.moduleSymbols.set(mangled, (this.moduleSymbols.get(mangled) ?? 0) | flag);
    }
  }

  private recordDirective(name: string, location: SourceRange): void {
    const mangled = mangle(this.className, name);
    const directives = (this.current.directives ??= new Map());
    if (!directives.has(mangled)) directives.set(mangled, location);
  }

  private enterVisit(): void {
    if (++this.depth > MAX_VISIT_DEPTH) {
      throw new PyFrontEndError('RecursionError', 'maximum recursion depth exceeded during compilation');
    }
  }

  // --- statements

  private visitStatements(statements: ast.stmt[]): void {
    for (const statement of statements) this.visitStatement(statement);
  }

  private visitStatement(s: ast.stmt): void {
    this.enterVisit();
    switch (s._kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.visitFunctionDef(s);
        break;
      case 'ClassDef':
        this.visitClassDef(s);
        break;
      case 'Return':
        if (s.value) {
          this.visitExpression(s.value);
          this.current.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExpressions(s.targets);
        break;
      case 'Assign':
        this.visitExpressions(s.targets);
        this.visitExpression(s.value);
        break;
      case 'AnnAssign':
        this.visitAnnAssign(s);
        break;
      case 'AugAssign':
        this.visitExpression(s.target);
        this.visitExpression(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpression(s.target);
        this.visitExpression(s.iter);
        this.visitStatements(s.body);
        this.visitStatements(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpression(s.test);
        this.visitStatements(s.body);
        this.visitStatements(s.orelse);
        break;
      case 'Match':
        this.visitExpression(s.subject);
        for (const matchCase of s.cases) {
          this.visitPattern(matchCase.pattern);
          if (matchCase.guard) this.visitExpression(matchCase.guard);
          this.visitStatements(matchCase.body);
        }
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpression(s.exc);
          if (s.cause) this.visitExpression(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        // 3.11 visits the else block before the handlers.
        this.visitStatements(s.body);
        this.visitStatements(s.orelse);
        for (const handler of s.handlers) {
          if (handler.type) this.visitExpression(handler.type);
          if (handler.name !== null) this.addDef(handler.name, DEF_LOCAL, handler);
          this.visitStatements(handler.body);
        }
        this.visitStatements(s.finalbody);
        break;
      case 'Assert':
        this.visitExpression(s.test);
        if (s.msg) this.visitExpression(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const alias of s.names) this.visitAlias(alias);
        break;
      case 'Global':
      case 'Nonlocal':
        this.visitDeclaration(s);
        break;
      case 'Expr':
        this.visitExpression(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpression(item.context_expr);
          if (item.optional_vars) this.visitExpression(item.optional_vars);
        }
        this.visitStatements(s.body);
        break;
    }
    this.depth--;
  }

  /** Defaults, annotations and decorators belong to the enclosing block; the parameters and body to the function's. */
  private visitFunctionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExpressions(s.args.defaults);
    this.visitExpressions(s.args.kw_defaults);
    this.visitSignatureAnnotations(s);
    this.visitExpressions(s.decorator_list);
    const entry = this.enterBlock(s.name, BlockType.FunctionBlock, s, s);
    if (s._kind === 'AsyncFunctionDef') entry.coroutine = true;
    this.visitParameters(s.args);
    this.visitStatements(s.body);
    this.exitBlock();
  }

  private visitSignatureAnnotations(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    const args = s.args;
    this.inAnnotationScope(s, s, () => {
      for (const arg of [...args.posonlyargs, ...args.args]) if (arg.annotation) this.visitExpression(arg.annotation);
      if (args.vararg?.annotation) this.visitExpression(args.vararg.annotation);
      if (args.kwarg?.annotation) this.visitExpression(args.kwarg.annotation);
      for (const arg of args.kwonlyargs) if (arg.annotation) this.visitExpression(arg.annotation);
    });
    if (s.returns) this.visitAnnotation(s.returns);
  }

  private visitAnnotation(annotation: ast.expr): void {
    this.inAnnotationScope(annotation, annotation, () => this.visitExpression(annotation));
  }

  private visitParameters(args: ast.arguments_): void {
    for (const arg of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) this.addDef(arg.arg, DEF_PARAM, arg);
    if (args.vararg) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.current.varargs = true;
    }
    if (args.kwarg) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.current.varkeywords = true;
    }
  }

  /** Bases, keywords and decorators are evaluated outside the class, and unmangled by it. */
  private visitClassDef(s: ast.ClassDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExpressions(s.bases);
    for (const keyword of s.keywords) this.visitExpression(keyword.value);
    this.visitExpressions(s.decorator_list);
    this.enterBlock(s.name, BlockType.ClassBlock, s, s);
    const enclosingClassName = this.className;
    this.className = s.name;
    this.visitStatements(s.body);
    this.className = enclosingClassName;
    this.exitBlock();
  }

  private visitAnnAssign(s: ast.AnnAssign): void {
    const target = s.target;
    if (target._kind === 'Name') {
      const declared = this.lookupCurrent(target.id) & (DEF_GLOBAL | DEF_NONLOCAL);
      if (declared && s.simple && this.current.symbols !== this.moduleSymbols) {
        const kind = declared & DEF_GLOBAL ? 'global' : 'nonlocal';
        throw this.error(`annotated name '${target.id}' can't be ${kind}`, s);
      }
      // A parenthesized target (`(x): int`) is only bound when a value is assigned.
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      else if (s.value) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpression(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value) this.visitExpression(s.value);
  }

  private visitAlias(alias: ast.alias): void {
    const boundName = alias.asname ?? alias.name;
    if (boundName === '*') {
      if (this.current.type !== BlockType.ModuleBlock) throw this.error('import * only allowed at module level', alias);
      return;
    }
    // `import a.b.c` binds `a`.
    const dot = boundName.indexOf('.');
    this.addDef(dot === -1 ? boundName : boundName.slice(0, dot), DEF_IMPORT, alias);
  }

  private visitDeclaration(s: ast.Global | ast.Nonlocal): void {
    const [kind, flag] = s._kind === 'Global' ? ['global', DEF_GLOBAL] as const : ['nonlocal', DEF_NONLOCAL] as const;
    for (const name of s.names) {
      const flags = this.lookupCurrent(name);
      if (flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        const message =
          flags & DEF_PARAM ? `name '${name}' is parameter and ${kind}`
          : flags & USE ? `name '${name}' is used prior to ${kind} declaration`
          : flags & DEF_ANNOT ? `annotated name '${name}' can't be ${kind}`
          : `name '${name}' is assigned to before ${kind} declaration`;
        throw this.error(message, s);
      }
      this.addDef(name, flag, s);
      this.recordDirective(name, s);
    }
  }

  // --- expressions

  private visitExpressions(expressions: (ast.expr | null)[]): void {
    for (const e of expressions) if (e) this.visitExpression(e);
  }

  private visitExpression(e: ast.expr): void {
    this.enterVisit();
    switch (e._kind) {
      case 'NamedExpr':
        this.rejectInAnnotation("'named expression'", e);
        this.visitNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExpressions(e.values);
        break;
      case 'BinOp':
        this.visitExpression(e.left);
        this.visitExpression(e.right);
        break;
      case 'UnaryOp':
        this.visitExpression(e.operand);
        break;
      case 'Lambda':
        this.visitExpressions(e.args.defaults);
        this.visitExpressions(e.args.kw_defaults);
        this.enterBlock('lambda', BlockType.FunctionBlock, e, e);
        this.visitParameters(e.args);
        this.visitExpression(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpression(e.test);
        this.visitExpression(e.body);
        this.visitExpression(e.orelse);
        break;
      case 'Dict':
        this.visitExpressions(e.keys);
        this.visitExpressions(e.values);
        break;
      case 'Set':
        this.visitExpressions(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.visitComprehension(e, e.generators, [e.elt]);
        break;
      case 'DictComp':
        // CPython visits the value before the key.
        this.visitComprehension(e, e.generators, [e.value, e.key]);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.rejectInAnnotation("'yield expression'", e);
        if (e.value) this.visitExpression(e.value);
        this.current.generator = true;
        if (this.current.comprehension !== ComprehensionKind.None) {
          throw this.error(YIELD_IN_COMPREHENSION[this.current.comprehension], e);
        }
        break;
      case 'Await':
        this.rejectInAnnotation("'await expression'", e);
        this.visitExpression(e.value);
        this.current.coroutine = true;
        break;
      case 'Compare':
        this.visitExpression(e.left);
        this.visitExpressions(e.comparators);
        break;
      case 'Call':
        this.visitExpression(e.func);
        this.visitExpressions(e.args);
        for (const keyword of e.keywords) this.visitExpression(keyword.value);
        break;
      case 'FormattedValue':
        this.visitExpression(e.value);
        if (e.format_spec) this.visitExpression(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExpressions(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpression(e.value);
        break;
      case 'Subscript':
        this.visitExpression(e.value);
        this.visitExpression(e.slice);
        break;
      case 'Starred':
        this.visitExpression(e.value);
        break;
      case 'Slice':
        this.visitExpressions([e.lower, e.upper, e.step]);
        break;
      case 'Name':
        this.visitName(e);
        break;
      case 'List':
      case 'Tuple':
        this.visitExpressions(e.elts);
        break;
    }
    this.depth--;
  }

  private visitName(e: ast.Name): void {
    const isLoad = e.ctx._kind === 'Load';
    this.addDef(e.id, isLoad ? USE : DEF_LOCAL, e);
    // Zero-argument super() finds its class through the __class__ cell.
    if (isLoad && e.id === 'super' && this.current.type === BlockType.FunctionBlock) {
      this.addDef('__class__', USE, e);
    }
  }

  private rejectInAnnotation(what: string, e: ast.expr): void {
    if (this.current.type === BlockType.AnnotationBlock) throw this.error(`${what} can not be used within an annotation`, e);
  }

  /**
   * The first iterable is evaluated in the enclosing block and passed to the
   * comprehension's function as its parameter `.0`; everything else runs inside it.
   */
  private visitComprehension(
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    generators: ast.comprehension[],
    elements: ast.expr[],
  ): void {
    const [outermost, ...inner] = generators;
    this.visitComprehensionIterable(outermost.iter);
    const block = COMPREHENSION_BLOCKS[e._kind];
    const entry = this.enterBlock(block.name, BlockType.FunctionBlock, e, e);
    entry.comprehension = block.kind;
    if (outermost.is_async) entry.coroutine = true;
    this.addDef('.0', DEF_PARAM, entry.location);
    this.visitComprehensionTarget(outermost.target);
    this.visitExpressions(outermost.ifs);
    for (const generator of inner) {
      this.visitComprehensionTarget(generator.target);
      this.visitComprehensionIterable(generator.iter);
      this.visitExpressions(generator.ifs);
      if (generator.is_async) entry.coroutine = true;
    }
    this.visitExpressions(elements);
    entry.generator = e._kind === 'GeneratorExp';
    this.exitBlock();
    // An asynchronous list, set or dict comprehension is awaited where it is built,
    // which makes an enclosing comprehension asynchronous too (new in 3.11).
    if (entry.coroutine && !entry.generator) this.current.coroutine = true;
  }

  private visitComprehensionTarget(target: ast.expr): void {
    this.current.compIterTarget = true;
    this.visitExpression(target);
    this.current.compIterTarget = false;
  }

  private visitComprehensionIterable(iterable: ast.expr): void {
    this.current.compIterExpr++;
    this.visitExpression(iterable);
    this.current.compIterExpr--;
  }

  private visitNamedExpr(e: ast.NamedExpr): void {
    if (this.current.compIterExpr > 0) {
      throw this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    if (this.current.comprehension !== ComprehensionKind.None) this.bindInEnclosingScope(e.target as ast.Name);
    this.visitExpression(e.value);
    this.visitExpression(e.target);
  }

  /**
   * A `:=` inside a comprehension binds in the nearest enclosing function or module:
   * there the target becomes local (or global), and every comprehension in between
   * sees it as nonlocal (or global).
   */
  private bindInEnclosingScope(target: ast.Name): void {
    const name = target.id;
    for (let index = this.stack.length - 1; index >= 0; index--) {
      const scope = this.stack[index];
      if (scope.comprehension !== ComprehensionKind.None) {
        // CPython looks the unmangled name up here.
        if (scope.flagsOf(name) & DEF_COMP_ITER) {
          throw this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      switch (scope.type) {
        case BlockType.FunctionBlock: {
          const declaration = scope.flagsOf(name) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL;
          this.addDef(name, declaration, target);
          this.recordDirective(name, target);
          this.addDef(name, DEF_LOCAL, target, scope);
          return;
        }
        case BlockType.ModuleBlock:
          this.addDef(name, DEF_GLOBAL, target);
          this.recordDirective(name, target);
          this.addDef(name, DEF_GLOBAL, target, scope);
          return;
        case BlockType.ClassBlock:
          throw this.error('assignment expression within a comprehension cannot be used in a class body', target);
        case BlockType.AnnotationBlock:
          // Transparent: the binding lands in the block around the annotation.
          break;
      }
    }
  }

  // --- patterns

  private visitPattern(p: ast.pattern): void {
    this.enterVisit();
    switch (p._kind) {
      case 'MatchValue':
        this.visitExpression(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        this.visitPatterns(p.patterns);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExpressions(p.keys);
        this.visitPatterns(p.patterns);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpression(p.cls);
        this.visitPatterns(p.patterns);
        this.visitPatterns(p.kwd_patterns);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        this.visitPatterns(p.patterns);
        break;
    }
    this.depth--;
  }

  private visitPatterns(patterns: ast.pattern[]): void {
    for (const p of patterns) this.visitPattern(p);
  }
}

// ---------------------------------------------------------------------------------------
// The second pass: deciding scopes
//
// Each block is analysed with what its enclosing blocks provide: `bound`, the names bound
// in enclosing functions (null for the module), and `global`, the names declared global
// on the way down. It reports back, in `free`, the names it or its children use freely;
// a function that binds one of them turns it into a cell.
//
// CPython hands each child block copies of those sets, which its analysis may change.
// Here a child shares its parent's sets and copies one only when it changes it
// (InheritedNames), which few do: compiling the standard library made ~8 sets a block.

/** The sets a block's analysis reads from its parent, copied when the block first changes one. */
class InheritedNames {
  private ownsBound = false;
  private ownsGlobal = false;

  constructor(
    public bound: ReadonlySet<string> | null,
    public global: ReadonlySet<string>,
  ) {}

  /** `global name` here: global from here down, and no longer bound further out. */
  declareGlobal(name: string): void {
    if (!this.global.has(name)) this.ownedGlobal().add(name);
    if (this.bound?.has(name)) this.ownedBound().delete(name);
  }

  /** A name bound here is not one declared global further out. */
  bindLocally(name: string): void {
    if (this.global.has(name)) this.ownedGlobal().delete(name);
  }

  private ownedGlobal(): Set<string> {
    if (!this.ownsGlobal) {
      this.global = new Set(this.global);
      this.ownsGlobal = true;
    }
    return this.global as Set<string>;
  }

  private ownedBound(): Set<string> {
    if (!this.ownsBound) {
      this.bound = new Set(this.bound);
      this.ownsBound = true;
    }
    return this.bound as Set<string>;
  }
}

const NO_NAMES: ReadonlySet<string> = new Set();

function analyzeBlock(
  entry: SymbolTableEntry,
  bound: ReadonlySet<string> | null,
  free: Set<string>,
  global: ReadonlySet<string>,
  filename: string,
): void {
  const scopes = new Map<string, Scope>();
  const inherited = new InheritedNames(bound, global);
  for (const [name, flags] of entry.symbols) analyzeName(entry, scopes, name, flags, inherited, free, filename);

  const childFree = new Set<string>();
  if (entry.children.length > 0) {
    // A class's own bindings are invisible to the functions inside it, so what they see
    // is what the class saw; other blocks pass on their analysed names.
    let childBound: ReadonlySet<string>;
    let childGlobal: ReadonlySet<string>;
    if (entry.type === BlockType.ClassBlock) {
      childBound = new Set(bound ?? NO_NAMES).add('__class__');
      childGlobal = global;
    } else {
      childBound = entry.type === BlockType.FunctionBlock ? boundInFunction(scopes, inherited.bound!) : inherited.bound ?? NO_NAMES;
      childGlobal = inherited.global;
    }
    for (const child of entry.children) {
      analyzeBlock(child, childBound, childFree, childGlobal, filename);
      if (child.free || child.childFree) entry.childFree = true;
    }
  }

  if (entry.type === BlockType.FunctionBlock) {
    markCells(scopes, childFree);
  } else if (entry.type === BlockType.ClassBlock && childFree.delete('__class__')) {
    entry.needsClassClosure = true;
  }
  recordScopes(entry, scopes, inherited.bound, childFree);
  unionInto(free, childFree);
}

/** What a function's children see bound around them: its locals and what was bound around it. */
function boundInFunction(scopes: Map<string, Scope>, bound: ReadonlySet<string>): Set<string> {
  const names = new Set(bound);
  for (const [name, scope] of scopes) if (scope === Scope.LOCAL) names.add(name);
  return names;
}

function analyzeName(
  entry: SymbolTableEntry,
  scopes: Map<string, Scope>,
  name: string,
  flags: number,
  inherited: InheritedNames,
  free: Set<string>,
  filename: string,
): void {
  const errorAtDeclaration = (message: string): PySyntaxError =>
    syntaxErrorAt(message, filename, entry.directives!.get(name)!);
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw errorAtDeclaration(`name '${name}' is nonlocal and global`);
    scopes.set(name, Scope.GLOBAL_EXPLICIT);
    inherited.declareGlobal(name);
    return;
  }
  const bound = inherited.bound;
  if (flags & DEF_NONLOCAL) {
    if (!bound) throw errorAtDeclaration('nonlocal declaration not allowed at module level');
    if (!bound.has(name)) throw errorAtDeclaration(`no binding for nonlocal '${name}' found`);
    scopes.set(name, Scope.FREE);
    entry.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, Scope.LOCAL);
    inherited.bindLocally(name);
    return;
  }
  if (bound?.has(name)) {
    scopes.set(name, Scope.FREE);
    entry.free = true;
    free.add(name);
    return;
  }
  // Neither bound here nor in an enclosing function: a global or builtin. CPython
  // counts it as free in a nested block unless an enclosing block declared it global.
  if (!inherited.global.has(name) && entry.nested) entry.free = true;
  scopes.set(name, Scope.GLOBAL_IMPLICIT);
}

/** A function's locals that inner blocks use freely become cells, and stop being free further out. */
function markCells(scopes: Map<string, Scope>, free: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope === Scope.LOCAL && free.delete(name)) scopes.set(name, Scope.CELL);
  }
}

/**
 * Writes the scopes into the entry's flags, and adds the names its children use freely
 * that it merely passes through (bound further out) as FREE symbols of its own.
 */
function recordScopes(entry: SymbolTableEntry, scopes: Map<string, Scope>, bound: ReadonlySet<string> | null, free: Set<string>): void {
  const symbols = entry.symbols;
  for (const [name, flags] of symbols) symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
  for (const name of free) {
    const flags = symbols.get(name);
    if (flags !== undefined) {
      // A method's free variable that the class itself also binds or declares.
      if (entry.type === BlockType.ClassBlock && flags & (DEF_BOUND | DEF_GLOBAL)) symbols.set(name, flags | DEF_FREE_CLASS);
    } else if (!bound || bound.has(name)) {
      symbols.set(name, Scope.FREE << SCOPE_OFFSET);
    }
  }
}

function unionInto(target: Set<string>, source: Iterable<string>): void {
  for (const item of source) target.add(item);
}
