// The parser: tokens → AST, a hand-written PEG parser that follows CPython 3.11's
// grammar (Grammar/python.gram) rule for rule, so that it accepts the same
// programs, builds the same trees and reports the same syntax errors.
//
// As in CPython, parsing runs in up to two passes. The first pass uses only the
// rules that build trees. If it fails, a second pass runs with the `invalid_*`
// rules switched on: they recognise common mistakes and raise the specific
// messages CPython gives ("expected ':'", "cannot assign to literal", ...). If
// the second pass finds nothing specific, the error is a plain "invalid syntax"
// at the furthest token the first pass reached.
//
// Rules are methods named after the grammar's rules. Each returns its result or
// null for "no match", in which case it leaves `mark` where it found it. Errors
// are thrown as PySyntaxError and end the parse.
import * as ast from '../ast/nodes';
import { Ellipsis, PyComplex, type ConstantValue } from '../ast/constant';
import { Tokenizer } from '../tokenizer/tokenizer';
import { decodeSource, hasEncodingDeclaration } from '../tokenizer/sourceDecoding';
import { TokenType, type Token } from '../tokenizer/token';
import {
  PyFrontEndError, PySyntaxError, type CompileWarningSink, type PyFrontEndFailure, type SyntaxErrorKind,
} from '../tokenizer/syntaxError';
import { RESERVED_KEYWORDS } from './keywords';
import { parseNumber } from './numbers';
import { digitLimitMessage, exceedsDigitLimit } from '../objects/numberParsing';
import { concatenateStrings, type StringContext } from './strings';
import {
  DEL, LOAD, STORE, TargetsType, emptyArguments, exprName, invalidTarget, keywordsOf, lastComprehensionItem,
  makeArguments, setExprContext, starredOf,
  type KeywordOrStarred, type NameDefaultPair, type SlashWithDefault, type StarEtc,
} from './actions';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

export interface ParseOptions {
  /** Default '<unknown>', as ast.parse. */
  filename?: string;
  /** Default 'exec'. */
  mode?: ParseMode;
  /** Record `# type:` comments (ast.parse's type_comments); default false. */
  typeComments?: boolean;
  /** Where the tokenizer's SyntaxWarnings go; dropped without one. */
  warn?: CompileWarningSink;
  /**
   * The source is a program's file (or stdin), which CPython's reader takes line by line:
   * a null byte is the tokenizer's error, at its line, not compile()'s refusal of the
   * whole source.
   */
  programFile?: boolean;
}

/**
 * Parses source as CPython's parser does: text, or bytes decoded per PEP 263. Throws
 * PySyntaxError, or PyFrontEndError where CPython raises another exception. (ast.parse
 * adds a depth limit of its own when it turns the tree into Python objects:
 * see checkAstDepth.)
 */
export function parse(source: string | Uint8Array, options: ParseOptions = {}): ast.mod {
  const filename = options.filename ?? '<unknown>';
  const text = typeof source === 'string' ? source : decodeSource(source, filename);
  if (!options.programFile && text.includes('\0')) {
    throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', {
      filename, lineno: null, offset: null, end_lineno: null, end_offset: null, text: null,
    });
  }
  const mode = options.mode ?? 'exec';
  const tokenizer = new Tokenizer(text, {
    filename,
    typeComments: options.typeComments ?? false,
    mode,
    // CPython reports parser error columns in bytes for bytes source that does not declare its encoding.
    undeclaredEncoding: typeof source !== 'string' && !hasEncodingDeclaration(source),
    warn: options.warn,
  });
  let tree: ast.mod;
  try {
    tree = new Parser(tokenizer, filename, mode).parseModule();
  } catch (e) {
    // CPython's parser gives up with a bare MemoryError when its own stack overflows.
    if (e instanceof RangeError) throw new PyFrontEndError('MemoryError', '');
    throw e;
  }
  return tree;
}

type StartRule = ParseMode | 'fstring';


/** Marks a "from the current tokenizer position" column in error locations. */
const CURRENT_POS = -5;

// Rule identifiers for memoization.
const enum R {
  simple_stmt, block, expression, star_expression, disjunction, conjunction, inversion, factor,
  await_primary, closed_pattern, star_pattern, strings, arguments, star_target, target_with_star_atom,
  del_target, invalid_named_expression, bitwise_or, primary, t_primary,
  COUNT,
}

const AUGASSIGN_OPS: Record<string, () => ast.operator> = {
  '+=': () => new ast.Add(), '-=': () => new ast.Sub(), '*=': () => new ast.Mult(), '@=': () => new ast.MatMult(),
  '/=': () => new ast.Div(), '%=': () => new ast.Mod(), '&=': () => new ast.BitAnd(), '|=': () => new ast.BitOr(),
  '^=': () => new ast.BitXor(), '<<=': () => new ast.LShift(), '>>=': () => new ast.RShift(),
  '**=': () => new ast.Pow(), '//=': () => new ast.FloorDiv(),
};

const TERM_OPS: Record<string, () => ast.operator> = {
  '*': () => new ast.Mult(), '/': () => new ast.Div(), '//': () => new ast.FloorDiv(), '%': () => new ast.Mod(),
  '@': () => new ast.MatMult(),
};

// A parse's tables grow with its tokens: the tokens, their bracket levels and R.COUNT memo
// slots a token, megabytes for a big file, reached by doubling. Imports parse file after
// file, so the largest tables a finished parse leaves (up to a bound) are kept for the
// next parse, emptied where they were used, and are written by index rather than pushed
// to: regrowing them every parse made large arrays, which are allocated in the old
// generation and brought on full collections (a third of the parser's time).
interface ParseTables {
  /** How many tokens the tables have room for. */
  capacity: number;
  tokens: Token[];
  /** The bracket depth after each token (CPython's token level). */
  levels: Int32Array;
  /** Per memo slot: 0 if the rule has not run there, else 1 + the mark it ended at. */
  ends: Int32Array;
  /** Per memo slot that matched: where its result is in `values` (stale elsewhere). */
  results: Int32Array;
  /** The results of memoized matches, in the order they were found. */
  values: unknown[];
}

const INITIAL_TOKEN_CAPACITY = 64;
const LARGEST_KEPT_CAPACITY = (1 << 22) / R.COUNT;
let keptTables: ParseTables | null = null;

function tablesFor(capacity: number): ParseTables {
  return {
    capacity, tokens: [], levels: new Int32Array(capacity),
    ends: new Int32Array(capacity * R.COUNT), results: new Int32Array(capacity * R.COUNT), values: [],
  };
}

function takeTables(): ParseTables {
  const tables = keptTables ?? tablesFor(INITIAL_TOKEN_CAPACITY);
  keptTables = null;
  return tables;
}

function keepTables(tables: ParseTables, tokensUsed: number, valuesUsed: number): void {
  if (tables.capacity > LARGEST_KEPT_CAPACITY || (keptTables !== null && keptTables.capacity >= tables.capacity)) return;
  tables.ends.fill(0, 0, tokensUsed * R.COUNT);
  // (So that the last parse's source and tree are not kept alive.)
  tables.tokens.fill(NO_TOKEN, 0, tokensUsed);
  tables.values.fill(null, 0, valuesUsed);
  keptTables = tables;
}

/** What a kept table's used token slots are emptied to. */
const NO_TOKEN: Token = { type: TokenType.ENDMARKER, string: '', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

const makeOr = (): ast.boolop => new ast.Or();
const makeAnd = (): ast.boolop => new ast.And();
const bitwiseOrOp = (s: string): ast.operator | null => (s === '|' ? new ast.BitOr() : null);
const bitwiseXorOp = (s: string): ast.operator | null => (s === '^' ? new ast.BitXor() : null);
const bitwiseAndOp = (s: string): ast.operator | null => (s === '&' ? new ast.BitAnd() : null);
const shiftOp = (s: string): ast.operator | null => (s === '<<' ? new ast.LShift() : s === '>>' ? new ast.RShift() : null);
const sumOp = (s: string): ast.operator | null => (s === '+' ? new ast.Add() : s === '-' ? new ast.Sub() : null);
const termOp = (s: string): ast.operator | null => TERM_OPS[s]?.() ?? null;

const COMPARE_OPS: Record<string, () => ast.cmpop> = {
  '==': () => new ast.Eq(), '!=': () => new ast.NotEq(), '<=': () => new ast.LtE(), '<': () => new ast.Lt(),
  '>=': () => new ast.GtE(), '>': () => new ast.Gt(), 'in': () => new ast.In(), 'is': () => new ast.Is(),
};

export class Parser {
  /**
   * The tokens read so far are the first tokenCount of the tables' tokens. Memo slots are
   * numbered position * R.COUNT + rule. A memoized rule that matches always consumes
   * tokens, so ending where it started means it failed, and only the results of matches
   * need keeping: the first memoCount of the tables' values.
   */
  private tables = takeTables();
  private tokenCount = 0;
  private memoCount = 0;
  private mark = 0;
  /** What string literals need of the parser (made on the first). */
  private stringContext: StringContext | null = null;
  private callInvalidRules = false;
  private readonly typeIgnores: ast.TypeIgnore[] = [];
  private bracketLevel = 0;
  /** The last token of the node being made, between endLineno() and endColOffset(). */
  private spanEnd: Token = NO_TOKEN;
  /** Set when the tokenizer failed: tokens past the failure cannot be had. */
  private tokenizerError: PyFrontEndFailure | null = null;

  constructor(
    private readonly tokenizer: Tokenizer,
    private readonly filename: string,
    private readonly startRule: StartRule,
    /** Where an f-string replacement field's text starts in the enclosing file (fstring mode). */
    private readonly startingLineno = 0,
    private readonly startingColOffset = 0,
  ) {}

  // ---------------------------------------------------------------------------
  // Driver

  parseModule(): ast.mod {
    return this.run() as ast.mod;
  }

  /** Runs the start rule in the two passes CPython uses; returns the tree or throws. The parser is spent after. */
  run(): ast.mod | ast.expr {
    try {
      return this.runPasses();
    } finally {
      keepTables(this.tables, this.tokenCount, this.memoCount);
    }
  }

  private runPasses(): ast.mod | ast.expr {
    let result: ast.mod | ast.expr | null;
    try {
      result = this.startRuleOnce();
    } catch (e) {
      if (!(e instanceof PySyntaxError || e instanceof PyFrontEndError)) throw e;
      throw this.preferTokenizerErrorsOver(e);
    }
    if (result !== null) {
      // Interactive input compiles one statement: anything after it but blanks and comments is an error.
      if (this.startRule === 'single' && /[^ \t\n\f#]/.test(this.tokenizer.unreadText().replace(/#[^\n]*/g, ''))) {
        throw this.errorAtLastToken('SyntaxError', 'multiple statements found while compiling a single statement');
      }
      return result;
    }

    const lastToken = this.lastTokenRead();
    this.mark = 0;
    this.tables.ends.fill(0, 0, this.tokenCount * R.COUNT);
    this.memoCount = 0;
    this.callInvalidRules = true;
    try {
      this.startRuleOnce();
    } catch (e) {
      if (!(e instanceof PySyntaxError || e instanceof PyFrontEndError)) throw e;
      throw this.preferTokenizerErrorsOver(e);
    }
    const last = this.lastTokenRead();
    // An unexpected indent or unindent is final: CPython reads no further.
    if (last.type === TokenType.INDENT) throw this.errorAtLastToken('IndentationError', 'unexpected indent');
    if (last.type === TokenType.DEDENT) throw this.errorAtLastToken('IndentationError', 'unexpected unindent');
    throw this.preferTokenizerErrorsOver(
      this.errorAt('SyntaxError', 'invalid syntax', lastToken.lineno, lastToken.col_offset, lastToken.end_lineno, lastToken.end_col_offset),
    );
  }

  private startRuleOnce(): ast.mod | ast.expr | null {
    switch (this.startRule) {
      case 'exec': return this.file();
      case 'eval': return this.eval_();
      case 'single': return this.interactive();
      case 'func_type': return this.func_type();
      case 'fstring': return this.star_expressions();
    }
  }

  /**
   * CPython reads the rest of the source after a parser error: an error the
   * tokenizer raises further on wins over the parser's, and so does a bracket
   * left open on a line before the last token read.
   */
  private preferTokenizerErrorsOver(error: PyFrontEndFailure): PyFrontEndFailure {
    if (this.tokenizerError !== null || this.startRule === 'fstring') return error;
    return this.tokenizer.errorInRestOfSource(this.lastTokenRead().lineno) ?? error;
  }

  // ---------------------------------------------------------------------------
  // Tokens

  /** The token at index i, read from the tokenizer on first use (as CPython fills its token array). */
  private tok(i: number): Token {
    while (this.tokenCount <= i) this.fill();
    return this.tables.tokens[i];
  }

  private lastTokenRead(): Token {
    return this.tables.tokens[this.tokenCount - 1];
  }

  private fill(): void {
    if (this.tokenizerError) throw this.tokenizerError;
    let t: Token;
    try {
      t = this.tokenizer.next();
      while (t.type === TokenType.TYPE_IGNORE) {
        this.typeIgnores.push(new ast.TypeIgnore(t.lineno, t.string));
        t = this.tokenizer.next();
      }
    } catch (e) {
      if (e instanceof PySyntaxError) this.tokenizerError = this.startRule === 'fstring' ? this.onEnclosingLines(e) : e;
      else if (e instanceof PyFrontEndError) this.tokenizerError = e;
      throw this.tokenizerError ?? e;
    }
    if (t.type === TokenType.OP) {
      const c = t.string.charCodeAt(0);
      if (t.string.length === 1) {
        if (c === 0x28 || c === 0x5b || c === 0x7b) this.bracketLevel++;
        else if (c === 0x29 || c === 0x5d || c === 0x7d) this.bracketLevel--;
      }
    }
    if (this.tokenCount === this.tables.capacity) this.growTables();
    this.tables.tokens[this.tokenCount] = this.startRule === 'fstring' ? this.shiftedToken(t) : t;
    this.tables.levels[this.tokenCount] = this.bracketLevel;
    this.tokenCount++;
  }

  /**
   * A tokenizer error in an f-string expression: CPython numbers the expression's lines
   * from where it stands in the file, but keeps its columns and text.
   */
  private onEnclosingLines(e: PySyntaxError): PySyntaxError {
    const shift = (line: number | null) => (line === null ? null : this.startingLineno + line - 1);
    return new PySyntaxError(e.kind, e.msg, { ...e.location, lineno: shift(e.location.lineno), end_lineno: shift(e.location.end_lineno) });
  }

  /** Places a token of an f-string expression where it stands in the enclosing file. */
  private shiftedToken(t: Token): Token {
    const onFirstLine = t.end_lineno === 1;
    return {
      type: t.type,
      string: t.string,
      lineno: this.startingLineno + t.lineno - 1,
      col_offset: onFirstLine ? this.startingColOffset + t.col_offset : t.col_offset,
      end_lineno: this.startingLineno + t.end_lineno - 1,
      end_col_offset: onFirstLine ? this.startingColOffset + t.end_col_offset : t.end_col_offset,
    };
  }

  private peek(): Token {
    return this.tok(this.mark);
  }

  /** Consumes the operator or keyword `s` if it is next. */
  private expect(s: string): Token | null {
    const t = this.tok(this.mark);
    if (t.string === s && (t.type === TokenType.OP || t.type === TokenType.NAME)) {
      this.mark++;
      return t;
    }
    return null;
  }

  private check(s: string): boolean {
    const t = this.tok(this.mark);
    return t.string === s && (t.type === TokenType.OP || t.type === TokenType.NAME);
  }

  private expectType(type: TokenType): Token | null {
    const t = this.tok(this.mark);
    if (t.type === type) {
      this.mark++;
      return t;
    }
    return null;
  }

  private checkType(type: TokenType): boolean {
    return this.tok(this.mark).type === type;
  }

  /** `&&'x'`: the token must be there, or parsing stops with "expected 'x'". */
  private expectForced(s: string): Token {
    const t = this.expect(s);
    if (t) return t;
    const bad = this.peek();
    throw this.errorAt('SyntaxError', `expected '${s}'`, bad.lineno, bad.col_offset, bad.end_lineno, bad.end_col_offset);
  }

  private nameToken(): Token | null {
    const t = this.tok(this.mark);
    if (t.type === TokenType.NAME && !RESERVED_KEYWORDS.has(t.string)) {
      this.mark++;
      return t;
    }
    return null;
  }

  /** NAME: an identifier that is not a reserved word, as a Name node. */
  private name(): ast.Name | null {
    const t = this.nameToken();
    if (t === null) return null;
    const id = this.tokenizer.namesAreAscii ? t.string : identifier(t.string);
    return new ast.Name(id, LOAD, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  private softKeyword(s: string): Token | null {
    const t = this.tok(this.mark);
    if (t.type === TokenType.NAME && t.string === s) {
      this.mark++;
      return t;
    }
    return null;
  }

  /** The last token consumed that is not NEWLINE, INDENT, DEDENT or ENDMARKER: where a node ends. */
  private lastNonWhitespace(): Token {
    for (let m = this.mark - 1; m > 0; m--) {
      const t = this.tables.tokens[m];
      if (t.type !== TokenType.NEWLINE && t.type !== TokenType.INDENT && t.type !== TokenType.DEDENT && t.type !== TokenType.ENDMARKER) return t;
    }
    return this.tables.tokens[0];
  }

  // ---------------------------------------------------------------------------
  // Memoization

  private growTables(): void {
    const old = this.tables;
    this.tables = { ...tablesFor(old.capacity * 2), tokens: old.tokens, values: old.values };
    this.tables.levels.set(old.levels);
    this.tables.ends.set(old.ends);
    this.tables.results.set(old.results);
  }

  private memoized<T>(rule: R, parseRule: (this: Parser) => T | null): T | null {
    const start = this.mark;
    this.tok(start);
    const slot = start * R.COUNT + rule;
    const end = this.tables.ends[slot];
    if (end !== 0) {
      this.mark = end - 1;
      return this.mark === start ? null : (this.tables.values[this.tables.results[slot]] as T);
    }
    // (The rule reads tokens, which can grow the memo tables: they are looked up again after.)
    const result = parseRule.call(this);
    if (result === null) this.mark = start;
    else {
      this.tables.results[slot] = this.memoCount;
      this.tables.values[this.memoCount++] = result;
    }
    this.tables.ends[slot] = this.mark + 1;
    return result;
  }

  // ---------------------------------------------------------------------------
  // Errors

  private errorAt(kind: SyntaxErrorKind, msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
    return this.errorAtKnownLocation(kind, msg, lineno, col === CURRENT_POS ? CURRENT_POS : col + 1, endLineno, endCol === CURRENT_POS ? CURRENT_POS : endCol + 1);
  }

  /** RAISE_SYNTAX_ERROR: located at the last token read so far. */
  private errorAtLastToken(kind: SyntaxErrorKind, msg: string): PySyntaxError {
    const t = this.lastTokenRead();
    if (this.startRule !== 'fstring') return this.tokenizer.errorAtToken(kind, msg, t);
    return this.errorAtKnownLocation(kind, msg, t.lineno, t.col_offset + 1, t.end_lineno, t.end_col_offset + 1);
  }

  /** Builds the SyntaxError; columns here are 1-based byte offsets, as CPython passes them. */
  private errorAtKnownLocation(kind: SyntaxErrorKind, msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
    if (endLineno === CURRENT_POS || endCol === CURRENT_POS) {
      const [readLineno, readColumn] = this.tokenizer.readPosition();
      if (endLineno === CURRENT_POS) endLineno = readLineno;
      if (endCol === CURRENT_POS) endCol = readColumn;
    }
    if (this.startRule === 'fstring') {
      // Columns inside a replacement field are reported relative to the field's own text, and
      // the text shown is the field's line (the tokenizer numbers the field's lines from 1).
      msg = `f-string: ${msg}`;
      col -= this.startingColOffset;
      endCol -= this.startingColOffset;
      const ownLine = (line: number) => line - this.startingLineno + 1;
      return this.onEnclosingLines(this.tokenizer.errorAt(kind, msg, ownLine(lineno), col, ownLine(endLineno), endCol));
    }
    return this.tokenizer.errorAt(kind, msg, lineno, col, endLineno, endCol);
  }

  private raiseKnownLocation(node: Located, msg: string): never {
    throw this.errorAt('SyntaxError', msg, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
  }

  private raiseKnownRange(a: Located, b: Located, msg: string): never {
    throw this.errorAt('SyntaxError', msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  private raiseStartingFrom(a: Located, msg: string): never {
    throw this.errorAt('SyntaxError', msg, a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS);
  }

  private raise(msg: string): never {
    throw this.errorAtLastToken('SyntaxError', msg);
  }

  private raiseIndentation(msg: string): never {
    throw this.errorAtLastToken('IndentationError', msg);
  }

  private raiseInvalidTarget(type: TargetsType, e: ast.expr): null {
    const target = invalidTarget(e, type);
    if (target) {
      const verb = type === TargetsType.DEL_TARGETS ? 'delete' : 'assign to';
      this.raiseKnownLocation(target, `cannot ${verb} ${exprName(target)}`);
    }
    return null;
  }

  // ---------------------------------------------------------------------------
  // Start rules

  // file: [statements] ENDMARKER
  private file(): ast.Module | null {
    const a = this.statements();
    if (!this.expectType(TokenType.ENDMARKER)) return null;
    return new ast.Module(a ?? [], this.typeIgnores);
  }

  // interactive: statement_newline
  private interactive(): ast.Interactive | null {
    const a = this.statement_newline();
    return a ? new ast.Interactive(a) : null;
  }

  // eval: expressions NEWLINE* ENDMARKER
  private eval_(): ast.Expression | null {
    const m = this.mark;
    const a = this.expressions();
    if (a) {
      while (this.expectType(TokenType.NEWLINE));
      if (this.expectType(TokenType.ENDMARKER)) return new ast.Expression(a);
    }
    this.mark = m;
    return null;
  }

  // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
  private func_type(): ast.FunctionType | null {
    const m = this.mark;
    if (this.expect('(')) {
      const a = this.type_expressions();
      if (this.expect(')') && this.expect('->')) {
        const b = this.expression();
        if (b) {
          while (this.expectType(TokenType.NEWLINE));
          if (this.expectType(TokenType.ENDMARKER)) return new ast.FunctionType(a ?? [], b);
        }
      }
    }
    this.mark = m;
    return null;
  }

  // type_expressions: the argument types of a function type comment; `*` and `**` are accepted and dropped.
  private type_expressions(): ast.expr[] | null {
    const m = this.mark;
    const a = this.gather(this.expression);
    if (a) {
      const afterList = this.mark;
      if (this.expect(',')) {
        if (this.expect('*')) {
          const b = this.expression();
          if (b) {
            const afterStar = this.mark;
            if (this.expect(',') && this.expect('**')) {
              const c = this.expression();
              if (c) return [...a, b, c];
            }
            this.mark = afterStar;
            return [...a, b];
          }
        }
        this.mark = afterList;
        if (this.expect(',') && this.expect('**')) {
          const b = this.expression();
          if (b) return [...a, b];
        }
      }
      this.mark = afterList;
    }
    this.mark = m;
    if (this.expect('*')) {
      const a2 = this.expression();
      if (a2) {
        const afterStar = this.mark;
        if (this.expect(',') && this.expect('**')) {
          const b = this.expression();
          if (b) return [a2, b];
        }
        this.mark = afterStar;
        return [a2];
      }
    }
    this.mark = m;
    if (this.expect('**')) {
      const a3 = this.expression();
      if (a3) return [a3];
    }
    this.mark = m;
    return this.gather(this.expression);
  }

  // ---------------------------------------------------------------------------
  // Statements

  // statements: statement+
  private statements(): ast.stmt[] | null {
    const out: ast.stmt[] = [];
    for (;;) {
      const s = this.statement();
      if (!s) break;
      for (const x of s) out.push(x);
    }
    return out.length ? out : null;
  }

  // statement: compound_stmt | simple_stmts
  private statement(): ast.stmt[] | null {
    const a = this.compound_stmt();
    if (a) return [a];
    return this.simple_stmts();
  }

  // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
  private statement_newline(): ast.stmt[] | null {
    const m = this.mark;
    const a = this.compound_stmt();
    if (a && this.expectType(TokenType.NEWLINE)) return [a];
    this.mark = m;
    const b = this.simple_stmts();
    if (b) return b;
    this.mark = m;
    const start = this.peek();
    if (this.expectType(TokenType.NEWLINE)) {
      return [new ast.Pass(start.lineno, start.col_offset, start.end_lineno, start.end_col_offset)];
    }
    if (this.checkType(TokenType.ENDMARKER)) return null;
    return null;
  }

  // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
  private simple_stmts(): ast.stmt[] | null {
    const m = this.mark;
    const a = this.simple_stmt();
    if (a && !this.check(';') && this.expectType(TokenType.NEWLINE)) return [a];
    this.mark = m;
    const list = this.gather(this.simple_stmt, ';');
    if (list) {
      this.expect(';');
      if (this.expectType(TokenType.NEWLINE)) return list;
    }
    this.mark = m;
    return null;
  }

  private simple_stmt(): ast.stmt | null {
    return this.memoized(R.simple_stmt, this.simple_stmt_raw);
  }

  private simple_stmt_raw(): ast.stmt | null {
    const m = this.mark;
    const start = this.peek();
    const assignment = this.assignment();
    if (assignment) return assignment;
    this.mark = m;
    const e = this.star_expressions();
    if (e) return new ast.Expr(e, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    this.mark = m;
    switch (start.type === TokenType.NAME ? start.string : '') {
      case 'return': return this.return_stmt();
      case 'import': case 'from': return this.import_stmt();
      case 'raise': return this.raise_stmt();
      case 'pass': this.mark++; return new ast.Pass(start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      case 'del': return this.del_stmt();
      case 'yield': return this.yield_stmt();
      case 'assert': return this.assert_stmt();
      case 'break': this.mark++; return new ast.Break(start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      case 'continue': this.mark++; return new ast.Continue(start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      case 'global': return this.global_stmt();
      case 'nonlocal': return this.nonlocal_stmt();
    }
    return null;
  }

  // A node spanning from a token `start` to the last token consumed (CPython's EXTRA) is
  // made as `new ast.X(...fields, start.lineno, start.col_offset, this.endLineno(),
  // this.endColOffset())`, the two calls in that order. The constructor storing the
  // positions keeps each store to one node class; one shared method storing them into
  // nodes of every class made V8's stores there megamorphic.
  private endLineno(): number {
    this.spanEnd = this.lastNonWhitespace();
    return this.spanEnd.end_lineno;
  }

  private endColOffset(): number {
    return this.spanEnd.end_col_offset;
  }

  private compound_stmt(): ast.stmt | null {
    const t = this.peek();
    if (t.type === TokenType.OP) return t.string === '@' ? (this.function_def() ?? this.class_def()) : null;
    if (t.type !== TokenType.NAME) return null;
    switch (t.string) {
      case 'def': return this.function_def();
      case 'async': return this.function_def() ?? this.with_stmt() ?? this.for_stmt();
      case 'if': return this.if_stmt();
      case 'class': return this.class_def();
      case 'with': return this.with_stmt();
      case 'for': return this.for_stmt();
      case 'try': return this.try_stmt();
      case 'while': return this.while_stmt();
      case 'match': return this.match_stmt();
    }
    return null;
  }

  // assignment:
  //   | NAME ':' expression ['=' annotated_rhs]
  //   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  //   | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  //   | single_target augassign ~ (yield_expr | star_expressions)
  //   | invalid_assignment
  private assignment(): ast.stmt | null {
    const m = this.mark;
    const start = this.peek();
    const a = this.name();
    if (a && this.expect(':')) {
      const b = this.expression();
      if (b) {
        const c = this.optionalAnnotatedValue();
        return new ast.AnnAssign(setExprContext(a, STORE), b, c, 1, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
    }
    this.mark = m;
    let target: ast.expr | null = null;
    if (this.expect('(')) {
      const b = this.single_target();
      if (b && this.expect(')')) target = b;
    }
    if (!target) {
      this.mark = m;
      target = this.single_subscript_attribute_target();
    }
    if (target && this.expect(':')) {
      const b = this.expression();
      if (b) {
        const c = this.optionalAnnotatedValue();
        return new ast.AnnAssign(target, b, c, 0, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
    }
    this.mark = m;
    const targets: ast.expr[] = [];
    for (;;) {
      const before = this.mark;
      const z = this.star_targets();
      if (z && this.expect('=')) {
        targets.push(z);
        continue;
      }
      this.mark = before;
      break;
    }
    if (targets.length) {
      const value = this.yield_expr() ?? this.star_expressions();
      if (value && !this.check('=')) {
        const tc = this.expectType(TokenType.TYPE_COMMENT);
        return new ast.Assign(targets, value, tc ? tc.string : null, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
    }
    this.mark = m;
    const single = this.single_target();
    if (single) {
      const opToken = this.peek();
      const op = opToken.type === TokenType.OP ? AUGASSIGN_OPS[opToken.string] : undefined;
      if (op) {
        this.mark++;
        // The cut (~) after augassign: past it, no other alternative is tried.
        const value = this.yield_expr() ?? this.star_expressions();
        if (value) return new ast.AugAssign(single, op(), value, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
        this.mark = m;
        return null;
      }
    }
    this.mark = m;
    if (this.callInvalidRules) this.invalid_assignment();
    this.mark = m;
    return null;
  }

  private optionalAnnotatedValue(): ast.expr | null {
    const m = this.mark;
    if (this.expect('=')) {
      const d = this.annotated_rhs();
      if (d) return d;
    }
    this.mark = m;
    return null;
  }

  // annotated_rhs: yield_expr | star_expressions
  private annotated_rhs(): ast.expr | null {
    return this.yield_expr() ?? this.star_expressions();
  }

  // return_stmt: 'return' [star_expressions]
  private return_stmt(): ast.stmt | null {
    const start = this.peek();
    if (!this.expect('return')) return null;
    const a = this.star_expressions();
    return new ast.Return(a, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
  }

  // raise_stmt: 'raise' expression ['from' expression] | 'raise'
  private raise_stmt(): ast.stmt | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('raise')) {
      const a = this.expression();
      if (a) {
        const afterExc = this.mark;
        let b: ast.expr | null = null;
        if (this.expect('from')) {
          b = this.expression();
          if (!b) this.mark = afterExc;
        }
        return new ast.Raise(a, b, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
      this.mark = m + 1;
      return new ast.Raise(null, null, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // global_stmt: 'global' ','.NAME+
  private global_stmt(): ast.stmt | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('global')) {
      const names = this.gather(this.name);
      if (names) return new ast.Global(names.map((n) => n.id), start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // nonlocal_stmt: 'nonlocal' ','.NAME+
  private nonlocal_stmt(): ast.stmt | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('nonlocal')) {
      const names = this.gather(this.name);
      if (names) return new ast.Nonlocal(names.map((n) => n.id), start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
  private del_stmt(): ast.stmt | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('del')) {
      const a = this.del_targets();
      if (a && (this.check(';') || this.checkType(TokenType.NEWLINE))) return new ast.Delete(a, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_del_stmt: 'del' star_expressions
      if (this.expect('del')) {
        const a = this.star_expressions();
        if (a) this.raiseInvalidTarget(TargetsType.DEL_TARGETS, a);
      }
      this.mark = m;
    }
    return null;
  }

  // yield_stmt: yield_expr
  private yield_stmt(): ast.stmt | null {
    const start = this.peek();
    const y = this.yield_expr();
    return y ? new ast.Expr(y, start.lineno, start.col_offset, this.endLineno(), this.endColOffset()) : null;
  }

  // assert_stmt: 'assert' expression [',' expression]
  private assert_stmt(): ast.stmt | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('assert')) {
      const a = this.expression();
      if (a) {
        const afterTest = this.mark;
        let b: ast.expr | null = null;
        if (this.expect(',')) {
          b = this.expression();
          if (!b) this.mark = afterTest;
        }
        return new ast.Assert(a, b, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
    }
    this.mark = m;
    return null;
  }

  // import_stmt: import_name | import_from
  private import_stmt(): ast.stmt | null {
    return this.import_name() ?? this.import_from();
  }

  // import_name: 'import' dotted_as_names
  private import_name(): ast.stmt | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('import')) {
      const a = this.gather(this.dotted_as_name);
      if (a) return new ast.Import(a, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // import_from:
  //   | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //   | 'from' ('.' | '...')+ 'import' import_from_targets
  private import_from(): ast.stmt | null {
    const m = this.mark;
    const start = this.peek();
    if (!this.expect('from')) return null;
    let level = 0;
    for (;;) {
      if (this.expect('.')) level += 1;
      else if (this.expect('...')) level += 3;
      else break;
    }
    const afterDots = this.mark;
    const module = this.dotted_name();
    if (module && this.expect('import')) {
      const targets = this.import_from_targets();
      if (targets) return new ast.ImportFrom(module, targets, level, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = afterDots;
    if (level > 0 && this.expect('import')) {
      const targets = this.import_from_targets();
      if (targets) return new ast.ImportFrom(null, targets, level, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // import_from_targets:
  //   | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*' | invalid_import_from_targets
  private import_from_targets(): ast.alias[] | null {
    const m = this.mark;
    if (this.expect('(')) {
      const a = this.gather(this.import_from_as_name);
      if (a) {
        this.expect(',');
        if (this.expect(')')) return a;
      }
    }
    this.mark = m;
    const b = this.gather(this.import_from_as_name);
    if (b && !this.check(',')) return b;
    this.mark = m;
    const star = this.expect('*');
    if (star) return [new ast.alias('*', null, star.lineno, star.col_offset, star.end_lineno, star.end_col_offset)];
    if (this.callInvalidRules) {
      // invalid_import_from_targets: import_from_as_names ',' NEWLINE
      const names = this.gather(this.import_from_as_name);
      if (names && this.expect(',') && this.expectType(TokenType.NEWLINE)) {
        this.raise('trailing comma not allowed without surrounding parentheses');
      }
      this.mark = m;
    }
    return null;
  }

  // import_from_as_name: NAME ['as' NAME]
  private import_from_as_name(): ast.alias | null {
    const start = this.peek();
    const a = this.name();
    if (!a) return null;
    const asname = this.optionalAsName();
    return new ast.alias(a.id, asname, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
  }

  // dotted_as_name: dotted_name ['as' NAME]
  private dotted_as_name(): ast.alias | null {
    const start = this.peek();
    const a = this.dotted_name();
    if (a === null) return null;
    const asname = this.optionalAsName();
    return new ast.alias(a, asname, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
  }

  private optionalAsName(): string | null {
    const m = this.mark;
    if (this.expect('as')) {
      const z = this.name();
      if (z) return z.id;
    }
    this.mark = m;
    return null;
  }

  // dotted_name: dotted_name '.' NAME | NAME
  private dotted_name(): string | null {
    const first = this.name();
    if (!first) return null;
    let id = first.id;
    for (;;) {
      const m = this.mark;
      if (this.expect('.')) {
        const next = this.name();
        if (next) {
          id += '.' + next.id;
          continue;
        }
      }
      this.mark = m;
      return id;
    }
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
  private block(): ast.stmt[] | null {
    return this.memoized(R.block, this.block_raw);
  }

  private block_raw(): ast.stmt[] | null {
    const m = this.mark;
    if (this.expectType(TokenType.NEWLINE) && this.expectType(TokenType.INDENT)) {
      const a = this.statements();
      if (a && this.expectType(TokenType.DEDENT)) return a;
    }
    this.mark = m;
    const b = this.simple_stmts();
    if (b) return b;
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_block: NEWLINE !INDENT
      if (this.expectType(TokenType.NEWLINE) && !this.checkType(TokenType.INDENT)) this.raiseIndentation('expected an indented block');
      this.mark = m;
    }
    return null;
  }

  // decorators: ('@' named_expression NEWLINE)+
  private decorators(): ast.expr[] | null {
    const out: ast.expr[] = [];
    for (;;) {
      const m = this.mark;
      if (this.expect('@')) {
        const f = this.named_expression();
        if (f && this.expectType(TokenType.NEWLINE)) {
          out.push(f);
          continue;
        }
      }
      this.mark = m;
      break;
    }
    return out.length ? out : null;
  }

  // class_def: decorators class_def_raw | class_def_raw
  private class_def(): ast.stmt | null {
    const m = this.mark;
    const d = this.decorators();
    if (d) {
      const c = this.class_def_raw();
      if (c) {
        c.decorator_list = d;
        return c;
      }
    }
    this.mark = m;
    return this.class_def_raw();
  }

  // class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
  private class_def_raw(): ast.ClassDef | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalid_class_def_raw();
    this.mark = m;
    const start = this.peek();
    if (this.expect('class')) {
      const a = this.name();
      if (a) {
        const afterName = this.mark;
        let call: ast.Call | null = null;
        if (this.expect('(')) {
          const z = this.arguments();
          if (this.expect(')')) call = z ?? new ast.Call(a, [], [], 0, 0, 0, 0);
          else this.mark = afterName;
        }
        if (this.expect(':')) {
          const c = this.block();
          if (c) return new ast.ClassDef(a.id, call?.args ?? [], call?.keywords ?? [], c, [], start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
        }
      }
    }
    this.mark = m;
    return null;
  }

  // function_def: decorators function_def_raw | function_def_raw
  private function_def(): ast.stmt | null {
    const m = this.mark;
    const d = this.decorators();
    if (d) {
      const f = this.function_def_raw();
      if (f) {
        f.decorator_list = d;
        return f;
      }
    }
    this.mark = m;
    return this.function_def_raw();
  }

  // function_def_raw:
  //   | invalid_def_raw
  //   | [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
  private function_def_raw(): ast.FunctionDef | ast.AsyncFunctionDef | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalid_def_raw();
    this.mark = m;
    const start = this.peek();
    const isAsync = this.expect('async') !== null;
    if (this.expect('def')) {
      const n = this.name();
      if (n) {
        this.expectForced('(');
        const params = this.params();
        if (this.expect(')')) {
          const returns = this.optionalReturnAnnotation();
          this.expectForced(':');
          const tc = this.func_type_comment();
          const b = this.block();
          if (b) {
            const args = params ?? emptyArguments();
            const typeComment = tc ? tc.string : null;
            return isAsync
              ? new ast.AsyncFunctionDef(n.id, args, b, [], returns, typeComment, start.lineno, start.col_offset, this.endLineno(), this.endColOffset())
              : new ast.FunctionDef(n.id, args, b, [], returns, typeComment, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
          }
        }
      }
    }
    this.mark = m;
    return null;
  }

  private optionalReturnAnnotation(): ast.expr | null {
    const m = this.mark;
    if (this.expect('->')) {
      const z = this.expression();
      if (z) return z;
    }
    this.mark = m;
    return null;
  }

  // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
  private func_type_comment(): Token | null {
    const m = this.mark;
    if (this.expectType(TokenType.NEWLINE)) {
      const t = this.expectType(TokenType.TYPE_COMMENT);
      if (t) {
        const afterComment = this.mark;
        if (this.expectType(TokenType.NEWLINE) && this.checkType(TokenType.INDENT)) {
          this.mark = afterComment;
          return t;
        }
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
      if (this.expectType(TokenType.TYPE_COMMENT) && this.expectType(TokenType.NEWLINE) && this.expectType(TokenType.TYPE_COMMENT)
        && this.expectType(TokenType.NEWLINE) && this.expectType(TokenType.INDENT)) {
        this.raise('Cannot have two type comments on def');
      }
      this.mark = m;
    }
    return this.expectType(TokenType.TYPE_COMMENT);
  }

  // ---------------------------------------------------------------------------
  // Parameters

  // params: invalid_parameters | parameters
  private params(): ast.arguments_ | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalid_parameters();
    this.mark = m;
    return this.parameters();
  }

  // parameters:
  //   | slash_no_default param_no_default* param_with_default* [star_etc]
  //   | slash_with_default param_with_default* [star_etc]
  //   | param_no_default+ param_with_default* [star_etc]
  //   | param_with_default+ [star_etc]
  //   | star_etc
  private parameters(): ast.arguments_ | null {
    return this.parameterList(this.slash_no_default, this.slash_with_default, this.param_no_default, this.param_with_default, this.star_etc);
  }

  /** parameters and lambda_parameters: the same five alternatives over their own rules. */
  private parameterList(
    slashNoDefault: (this: Parser) => ast.arg[] | null,
    slashWithDefault: (this: Parser) => SlashWithDefault | null,
    noDefault: (this: Parser) => ast.arg | null,
    withDefault: (this: Parser) => NameDefaultPair | null,
    starEtc: (this: Parser) => StarEtc | null,
  ): ast.arguments_ | null {
    const m = this.mark;
    const a = slashNoDefault.call(this);
    if (a) {
      const b = this.repeat(noDefault);
      const c = this.repeat(withDefault);
      const d = starEtc.call(this);
      return makeArguments(a, null, b, c, d);
    }
    this.mark = m;
    const s = slashWithDefault.call(this);
    if (s) {
      const b = this.repeat(withDefault);
      const c = starEtc.call(this);
      return makeArguments(null, s, null, b, c);
    }
    this.mark = m;
    const plain = this.repeat(noDefault);
    if (plain.length) {
      const b = this.repeat(withDefault);
      const c = starEtc.call(this);
      return makeArguments(null, null, plain, b, c);
    }
    this.mark = m;
    const withDefaults = this.repeat(withDefault);
    if (withDefaults.length) {
      const b = starEtc.call(this);
      return makeArguments(null, null, null, withDefaults, b);
    }
    this.mark = m;
    const star = starEtc.call(this);
    if (star) return makeArguments(null, null, null, null, star);
    this.mark = m;
    return null;
  }

  // slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
  private slash_no_default(): ast.arg[] | null {
    const m = this.mark;
    const a = this.repeat(() => this.param_no_default());
    if (a.length && this.expect('/') && (this.expect(',') || this.check(')'))) return a;
    this.mark = m;
    return null;
  }

  // slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')
  private slash_with_default(): SlashWithDefault | null {
    const m = this.mark;
    const a = this.repeat(() => this.param_no_default());
    const b = this.repeat(() => this.param_with_default());
    if (b.length && this.expect('/') && (this.expect(',') || this.check(')'))) return { plainNames: a, namesWithDefaults: b };
    this.mark = m;
    return null;
  }

  // star_etc:
  //   | invalid_star_etc
  //   | '*' param_no_default param_maybe_default* [kwds]
  //   | '*' param_no_default_star_annotation param_maybe_default* [kwds]
  //   | '*' ',' param_maybe_default+ [kwds]
  //   | kwds
  private star_etc(): StarEtc | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalid_star_etc();
    this.mark = m;
    if (this.expect('*')) {
      const a = this.param_no_default() ?? this.param_no_default_star_annotation();
      if (a) {
        const b = this.repeat(() => this.param_maybe_default());
        const c = this.kwds();
        return { vararg: a, kwonlyargs: b, kwarg: c };
      }
      this.mark = m + 1;
      if (this.expect(',')) {
        const b = this.repeat(() => this.param_maybe_default());
        if (b.length) {
          const c = this.kwds();
          return { vararg: null, kwonlyargs: b, kwarg: c };
        }
      }
    }
    this.mark = m;
    const k = this.kwds();
    if (k) return { vararg: null, kwonlyargs: [], kwarg: k };
    this.mark = m;
    return null;
  }

  // kwds: invalid_kwds | '**' param_no_default
  private kwds(): ast.arg | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalid_kwds();
    this.mark = m;
    if (this.expect('**')) {
      const a = this.param_no_default();
      if (a) return a;
    }
    this.mark = m;
    return null;
  }

  // param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
  private param_no_default(): ast.arg | null {
    return this.paramEnding(() => this.param());
  }

  // param_no_default_star_annotation: like param_no_default, with `*Ts`-style annotation
  private param_no_default_star_annotation(): ast.arg | null {
    return this.paramEnding(() => this.param_star_annotation());
  }

  /** A parameter followed by ',' (and maybe a type comment), or by a type comment and ')'. */
  private paramEnding(parseParam: () => ast.arg | null): ast.arg | null {
    const m = this.mark;
    const a = parseParam();
    if (a) {
      if (this.expect(',')) {
        const tc = this.expectType(TokenType.TYPE_COMMENT);
        if (tc) a.type_comment = tc.string;
        return a;
      }
      const tc = this.expectType(TokenType.TYPE_COMMENT);
      if (this.check(')')) {
        if (tc) a.type_comment = tc.string;
        return a;
      }
    }
    this.mark = m;
    return null;
  }

  // param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
  private param_with_default(): NameDefaultPair | null {
    return this.paramWithDefaultEnding(false);
  }

  // param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
  private param_maybe_default(): NameDefaultPair | null {
    return this.paramWithDefaultEnding(true);
  }

  private paramWithDefaultEnding(defaultOptional: boolean): NameDefaultPair | null {
    const m = this.mark;
    const a = this.param();
    if (a) {
      const c = this.default_();
      if (c || defaultOptional) {
        if (this.expect(',')) {
          const tc = this.expectType(TokenType.TYPE_COMMENT);
          if (tc) a.type_comment = tc.string;
          return { arg: a, value: c };
        }
        const tc = this.expectType(TokenType.TYPE_COMMENT);
        if (this.check(')')) {
          if (tc) a.type_comment = tc.string;
          return { arg: a, value: c };
        }
      }
    }
    this.mark = m;
    return null;
  }

  // param: NAME annotation?
  private param(): ast.arg | null {
    const start = this.peek();
    const a = this.name();
    if (!a) return null;
    const b = this.annotation();
    return new ast.arg(a.id, b, null, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
  }

  // param_star_annotation: NAME star_annotation
  private param_star_annotation(): ast.arg | null {
    const m = this.mark;
    const start = this.peek();
    const a = this.name();
    if (a && this.expect(':')) {
      const b = this.star_expression();
      if (b) return new ast.arg(a.id, b, null, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // annotation: ':' expression
  private annotation(): ast.expr | null {
    const m = this.mark;
    if (this.expect(':')) {
      const a = this.expression();
      if (a) return a;
    }
    this.mark = m;
    return null;
  }

  // default: '=' expression | invalid_default
  private default_(): ast.expr | null {
    const m = this.mark;
    if (this.expect('=')) {
      const a = this.expression();
      if (a) return a;
    }
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_default: '=' &(')'|',')
      const eq = this.expect('=');
      if (eq && (this.check(')') || this.check(','))) this.raiseKnownLocation(eq, 'expected default value expression');
      this.mark = m;
    }
    return null;
  }

  // ---------------------------------------------------------------------------
  // Compound statements

  // if_stmt:
  //   | invalid_if_stmt
  //   | 'if' named_expression ':' block elif_stmt
  //   | 'if' named_expression ':' block [else_block]
  private if_stmt(): ast.stmt | null {
    return this.ifLike('if');
  }

  // elif_stmt: same shape as if_stmt, introduced by 'elif'
  private elif_stmt(): ast.stmt | null {
    return this.ifLike('elif');
  }

  private ifLike(keyword: 'if' | 'elif'): ast.stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalidConditionalHeader(keyword);
    this.mark = m;
    const start = this.peek();
    if (this.expect(keyword)) {
      const a = this.named_expression();
      if (a && this.expect(':')) {
        const b = this.block();
        if (b) {
          const afterBody = this.mark;
          const c = this.elif_stmt();
          if (c) return new ast.If(a, b, [c], start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
          this.mark = afterBody;
          const e = this.else_block();
          return new ast.If(a, b, e ?? [], start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
        }
      }
    }
    this.mark = m;
    return null;
  }

  // invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt:
  //   | KEYWORD named_expression NEWLINE                       -> expected ':'
  //   | KEYWORD named_expression ':' NEWLINE !INDENT           -> expected an indented block
  private invalidConditionalHeader(keyword: 'if' | 'elif' | 'while'): void {
    const m = this.mark;
    if (this.expect(keyword) && this.named_expression() && this.expectType(TokenType.NEWLINE)) this.raise("expected ':'");
    this.mark = m;
    const a = this.expect(keyword);
    if (a && this.named_expression() && this.expect(':') && this.expectType(TokenType.NEWLINE) && !this.checkType(TokenType.INDENT)) {
      this.raiseIndentation(`expected an indented block after '${keyword}' statement on line ${a.lineno}`);
    }
    this.mark = m;
  }

  /** KEYWORD ... ':' NEWLINE !INDENT → "expected an indented block after ..." */
  private raiseIfNoIndentedBlock(what: string, keyword: Token): void {
    if (this.expect(':') && this.expectType(TokenType.NEWLINE) && !this.checkType(TokenType.INDENT)) {
      this.raiseIndentation(`expected an indented block after ${what} on line ${keyword.lineno}`);
    }
  }

  // else_block: invalid_else_stmt | 'else' &&':' block
  private else_block(): ast.stmt[] | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      const a = this.expect('else');
      if (a) this.raiseIfNoIndentedBlock("'else' statement", a);
      this.mark = m;
    }
    if (this.expect('else')) {
      this.expectForced(':');
      const b = this.block();
      if (b) return b;
    }
    this.mark = m;
    return null;
  }

  // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
  private while_stmt(): ast.stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalidConditionalHeader('while');
    this.mark = m;
    const start = this.peek();
    if (this.expect('while')) {
      const a = this.named_expression();
      if (a && this.expect(':')) {
        const b = this.block();
        if (b) {
          const c = this.else_block();
          return new ast.While(a, b, c ?? [], start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
        }
      }
    }
    this.mark = m;
    return null;
  }

  // for_stmt:
  //   | invalid_for_stmt
  //   | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
  //   | invalid_for_target
  private for_stmt(): ast.stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalid_for_stmt();
    this.mark = m;
    const start = this.peek();
    const isAsync = this.expect('async') !== null;
    if (this.expect('for')) {
      const t = this.star_targets();
      if (t && this.expect('in')) {
        // Cut: once 'in' is seen, the statement is a for loop or an error.
        const ex = this.star_expressions();
        if (ex && this.expect(':')) {
          const tc = this.expectType(TokenType.TYPE_COMMENT);
          const b = this.block();
          if (b) {
            const el = this.else_block();
            const typeComment = tc ? tc.string : null;
            return isAsync
              ? new ast.AsyncFor(t, ex, b, el ?? [], typeComment, start.lineno, start.col_offset, this.endLineno(), this.endColOffset())
              : new ast.For(t, ex, b, el ?? [], typeComment, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
          }
        }
        this.mark = m;
        return null;
      }
    }
    this.mark = m;
    if (this.callInvalidRules) this.invalid_for_target();
    this.mark = m;
    return null;
  }

  // invalid_for_stmt:
  //   | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE              -> expected ':'
  //   | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT  -> expected an indented block
  private invalid_for_stmt(): void {
    const m = this.mark;
    this.expect('async');
    if (this.expect('for') && this.star_targets() && this.expect('in') && this.star_expressions() && this.expectType(TokenType.NEWLINE)) {
      this.raise("expected ':'");
    }
    this.mark = m;
    this.expect('async');
    const a = this.expect('for');
    if (a && this.star_targets() && this.expect('in') && this.star_expressions()) this.raiseIfNoIndentedBlock("'for' statement", a);
    this.mark = m;
  }

  // invalid_for_target: ASYNC? 'for' star_expressions
  private invalid_for_target(): void {
    const m = this.mark;
    this.expect('async');
    if (this.expect('for')) {
      const a = this.star_expressions();
      if (a) this.raiseInvalidTarget(TargetsType.FOR_TARGETS, a);
    }
    this.mark = m;
  }

  // with_stmt:
  //   | invalid_with_stmt_indent
  //   | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
  //   | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
  //   | invalid_with_stmt
  private with_stmt(): ast.stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalidWithStatement(true);
    this.mark = m;
    const start = this.peek();
    const isAsync = this.expect('async') !== null;
    const afterAsync = this.mark;
    if (this.expect('with')) {
      if (this.expect('(')) {
        const a = this.gather(this.with_item);
        if (a) {
          this.expect(',');
          if (this.expect(')') && this.expect(':')) {
            const b = this.block();
            if (b) return isAsync ? new ast.AsyncWith(a, b, null, start.lineno, start.col_offset, this.endLineno(), this.endColOffset()) : new ast.With(a, b, null, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
          }
        }
      }
      this.mark = afterAsync + 1;
      const a = this.gather(this.with_item);
      if (a && this.expect(':')) {
        const tc = this.expectType(TokenType.TYPE_COMMENT);
        const b = this.block();
        const typeComment = tc ? tc.string : null;
        if (b) return isAsync ? new ast.AsyncWith(a, b, typeComment, start.lineno, start.col_offset, this.endLineno(), this.endColOffset()) : new ast.With(a, b, typeComment, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
    }
    this.mark = m;
    if (this.callInvalidRules) this.invalidWithStatement(false);
    this.mark = m;
    return null;
  }

  /**
   * invalid_with_stmt_indent (indentBlock) and invalid_with_stmt (!indentBlock):
   *   [ASYNC] 'with' ','.(expression ['as' star_target])+ (':' NEWLINE !INDENT | NEWLINE)
   *   [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' (':' NEWLINE !INDENT | NEWLINE)
   */
  private invalidWithStatement(indentBlock: boolean): void {
    const m = this.mark;
    const itemWith = (parseExpr: () => ast.expr | null) => () => {
      const e = parseExpr();
      if (!e) return null;
      const afterExpr = this.mark;
      if (!(this.expect('as') && this.star_target())) this.mark = afterExpr;
      return e;
    };
    const ending = (keyword: Token) => {
      if (indentBlock) this.raiseIfNoIndentedBlock("'with' statement", keyword);
      else if (this.expectType(TokenType.NEWLINE)) this.raise("expected ':'");
    };
    this.expect('async');
    let a = this.expect('with');
    if (a && this.gather(itemWith(() => this.expression()))) ending(a);
    this.mark = m;
    this.expect('async');
    a = this.expect('with');
    if (a && this.expect('(') && this.gather(itemWith(() => this.expressions()))) {
      this.expect(',');
      if (this.expect(')')) ending(a);
    }
    this.mark = m;
  }

  // with_item:
  //   | expression 'as' star_target &(',' | ')' | ':')
  //   | invalid_with_item
  //   | expression
  private with_item(): ast.withitem | null {
    const m = this.mark;
    const e = this.expression();
    if (e) {
      const afterExpr = this.mark;
      if (this.expect('as')) {
        const t = this.star_target();
        if (t && (this.check(',') || this.check(')') || this.check(':'))) return new ast.withitem(e, t);
      }
      this.mark = afterExpr;
      if (this.callInvalidRules) {
        // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
        if (this.expect('as')) {
          const a = this.expression();
          if (a && (this.check(',') || this.check(')') || this.check(':'))) this.raiseInvalidTarget(TargetsType.STAR_TARGETS, a);
        }
        this.mark = afterExpr;
      }
      return new ast.withitem(e, null);
    }
    this.mark = m;
    return null;
  }

  // try_stmt:
  //   | invalid_try_stmt
  //   | 'try' &&':' block finally_block
  //   | 'try' &&':' block except_block+ [else_block] [finally_block]
  //   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
  private try_stmt(): ast.stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalid_try_stmt();
    this.mark = m;
    const start = this.peek();
    if (!this.expect('try')) return null;
    this.expectForced(':');
    const b = this.block();
    if (!b) {
      this.mark = m;
      return null;
    }
    const afterBody = this.mark;
    const f = this.finally_block();
    if (f) return new ast.Try(b, [], [], f, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    this.mark = afterBody;
    const handlers = this.repeat(() => this.except_block());
    if (handlers.length) {
      const el = this.else_block();
      const fin = this.finally_block();
      return new ast.Try(b, handlers, el ?? [], fin ?? [], start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = afterBody;
    const starHandlers = this.repeat(() => this.except_star_block());
    if (starHandlers.length) {
      const el = this.else_block();
      const fin = this.finally_block();
      return new ast.TryStar(b, starHandlers, el ?? [], fin ?? [], start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // invalid_try_stmt:
  //   | 'try' ':' NEWLINE !INDENT
  //   | 'try' ':' block !('except' | 'finally')
  //   | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
  //   | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
  private invalid_try_stmt(): void {
    const m = this.mark;
    const a = this.expect('try');
    if (a) this.raiseIfNoIndentedBlock("'try' statement", a);
    this.mark = m;
    if (this.expect('try') && this.expect(':') && this.block() && !this.check('except') && !this.check('finally')) {
      this.raise("expected 'except' or 'finally' block");
    }
    this.mark = m;
    if (this.expect('try') && this.expect(':')) {
      const afterColon = this.mark;
      this.repeat(() => this.block());
      if (this.repeat(() => this.except_block()).length) {
        const ex = this.expect('except');
        const star = ex && this.expect('*');
        if (ex && star && this.expression()) {
          this.optionalAsName();
          if (this.expect(':')) this.raiseKnownRange(ex, star, "cannot have both 'except' and 'except*' on the same 'try'");
        }
      }
      this.mark = afterColon;
      this.repeat(() => this.block());
      if (this.repeat(() => this.except_star_block()).length) {
        const ex = this.expect('except');
        if (ex) {
          const afterExcept = this.mark;
          if (this.expression()) this.optionalAsName();
          else this.mark = afterExcept;
          if (this.expect(':')) this.raiseKnownLocation(ex, "cannot have both 'except' and 'except*' on the same 'try'");
        }
      }
    }
    this.mark = m;
  }

  // except_block:
  //   | invalid_except_stmt_indent
  //   | 'except' expression ['as' NAME] ':' block
  //   | 'except' ':' block
  //   | invalid_except_stmt
  private except_block(): ast.excepthandler | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      const a = this.expect('except');
      if (a) {
        const afterExcept = this.mark;
        if (this.expression()) {
          this.optionalAsName();
          this.raiseIfNoIndentedBlock("'except' statement", a);
        }
        this.mark = afterExcept;
        this.raiseIfNoIndentedBlock("'except' statement", a);
      }
      this.mark = m;
    }
    const start = this.peek();
    if (this.expect('except')) {
      const e = this.expression();
      if (e) {
        const name = this.optionalAsName();
        if (this.expect(':')) {
          const b = this.block();
          if (b) return new ast.ExceptHandler(e, name, b, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
        }
      }
      this.mark = m + 1;
      if (this.expect(':')) {
        const b = this.block();
        if (b) return new ast.ExceptHandler(null, null, b, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
    }
    this.mark = m;
    if (this.callInvalidRules) this.invalid_except_stmt();
    this.mark = m;
    return null;
  }

  // except_star_block:
  //   | invalid_except_star_stmt_indent
  //   | 'except' '*' expression ['as' NAME] ':' block
  //   | invalid_except_stmt
  private except_star_block(): ast.excepthandler | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      const a = this.expect('except');
      if (a && this.expect('*') && this.expression()) {
        this.optionalAsName();
        this.raiseIfNoIndentedBlock("'except*' statement", a);
      }
      this.mark = m;
    }
    const start = this.peek();
    if (this.expect('except') && this.expect('*')) {
      const e = this.expression();
      if (e) {
        const name = this.optionalAsName();
        if (this.expect(':')) {
          const b = this.block();
          if (b) return new ast.ExceptHandler(e, name, b, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
        }
      }
    }
    this.mark = m;
    if (this.callInvalidRules) this.invalid_except_stmt();
    this.mark = m;
    return null;
  }

  // invalid_except_stmt:
  //   | 'except' '*'? expression ',' expressions ['as' NAME ] ':'
  //   | 'except' '*'? expression ['as' NAME ] NEWLINE
  //   | 'except' NEWLINE
  //   | 'except' '*' (NEWLINE | ':')
  private invalid_except_stmt(): void {
    const m = this.mark;
    if (this.expect('except')) {
      this.expect('*');
      const a = this.expression();
      if (a && this.expect(',') && this.expressions()) {
        this.optionalAsName();
        if (this.expect(':')) this.raiseStartingFrom(a, 'multiple exception types must be parenthesized');
      }
    }
    this.mark = m;
    if (this.expect('except')) {
      this.expect('*');
      if (this.expression()) {
        this.optionalAsName();
        if (this.expectType(TokenType.NEWLINE)) this.raise("expected ':'");
      }
    }
    this.mark = m;
    if (this.expect('except') && this.expectType(TokenType.NEWLINE)) this.raise("expected ':'");
    this.mark = m;
    if (this.expect('except') && this.expect('*') && (this.expectType(TokenType.NEWLINE) || this.expect(':'))) {
      this.raise('expected one or more exception types');
    }
    this.mark = m;
  }

  // finally_block: invalid_finally_stmt | 'finally' &&':' block
  private finally_block(): ast.stmt[] | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      const a = this.expect('finally');
      if (a) this.raiseIfNoIndentedBlock("'finally' statement", a);
      this.mark = m;
    }
    if (this.expect('finally')) {
      this.expectForced(':');
      const a = this.block();
      if (a) return a;
    }
    this.mark = m;
    return null;
  }

  // ---------------------------------------------------------------------------
  // Pattern matching

  // match_stmt:
  //   | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  //   | invalid_match_stmt
  private match_stmt(): ast.stmt | null {
    const m = this.mark;
    const start = this.peek();
    if (this.softKeyword('match')) {
      const subject = this.subject_expr();
      if (subject && this.expect(':') && this.expectType(TokenType.NEWLINE) && this.expectType(TokenType.INDENT)) {
        const cases = this.repeat(() => this.case_block());
        if (cases.length && this.expectType(TokenType.DEDENT)) return new ast.Match(subject, cases, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_match_stmt: "match" subject_expr NEWLINE | "match" subject_expr ':' NEWLINE !INDENT
      if (this.softKeyword('match') && this.subject_expr() && this.expectType(TokenType.NEWLINE)) this.raise("expected ':'");
      this.mark = m;
      const a = this.softKeyword('match');
      if (a && this.subject_expr()) this.raiseIfNoIndentedBlock("'match' statement", a);
      this.mark = m;
    }
    return null;
  }

  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  private subject_expr(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    const value = this.star_named_expression();
    if (value && this.expect(',')) {
      const values = this.star_named_expressions();
      return new ast.Tuple([value, ...(values ?? [])], LOAD, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return this.named_expression();
  }

  // case_block: invalid_case_block | "case" patterns guard? ':' block
  private case_block(): ast.match_case | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      // invalid_case_block: "case" patterns guard? NEWLINE | "case" patterns guard? ':' NEWLINE !INDENT
      if (this.softKeyword('case') && this.patterns()) {
        this.guard();
        if (this.expectType(TokenType.NEWLINE)) this.raise("expected ':'");
      }
      this.mark = m;
      const a = this.softKeyword('case');
      if (a && this.patterns()) {
        this.guard();
        this.raiseIfNoIndentedBlock("'case' statement", a);
      }
      this.mark = m;
    }
    if (this.softKeyword('case')) {
      const pattern = this.patterns();
      if (pattern) {
        const guard = this.guard();
        if (this.expect(':')) {
          const body = this.block();
          if (body) return new ast.match_case(pattern, guard, body);
        }
      }
    }
    this.mark = m;
    return null;
  }

  // guard: 'if' named_expression
  private guard(): ast.expr | null {
    const m = this.mark;
    if (this.expect('if')) {
      const g = this.named_expression();
      if (g) return g;
    }
    this.mark = m;
    return null;
  }

  // patterns: open_sequence_pattern | pattern
  private patterns(): ast.pattern | null {
    const m = this.mark;
    const start = this.peek();
    const seq = this.open_sequence_pattern();
    if (seq) return new ast.MatchSequence(seq, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    this.mark = m;
    return this.pattern();
  }

  // pattern: as_pattern | or_pattern
  private pattern(): ast.pattern | null {
    return this.as_pattern() ?? this.or_pattern();
  }

  // as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
  private as_pattern(): ast.pattern | null {
    const m = this.mark;
    const start = this.peek();
    const pattern = this.or_pattern();
    if (pattern && this.expect('as')) {
      const target = this.pattern_capture_target();
      if (target) return new ast.MatchAs(pattern, target, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression
      if (this.or_pattern() && this.expect('as')) {
        const afterAs = this.mark;
        const underscore = this.softKeyword('_');
        if (underscore) this.raiseKnownLocation(underscore, "cannot use '_' as a target");
        this.mark = afterAs;
        if (!this.nameToken()) {
          const a = this.expression();
          if (a) this.raiseKnownLocation(a, 'invalid pattern target');
        }
      }
      this.mark = m;
    }
    return null;
  }

  // or_pattern: '|'.closed_pattern+
  private or_pattern(): ast.pattern | null {
    const start = this.peek();
    const patterns = this.gather(this.closed_pattern, '|');
    if (!patterns) return null;
    return patterns.length === 1 ? patterns[0] : new ast.MatchOr(patterns, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
  }

  private closed_pattern(): ast.pattern | null {
    return this.memoized(R.closed_pattern, this.closed_pattern_raw);
  }

  private closed_pattern_raw(): ast.pattern | null {
    return this.literal_pattern() ?? this.capture_pattern() ?? this.wildcard_pattern() ?? this.value_pattern() ?? this.group_pattern() ?? this.sequence_pattern() ?? this.mapping_pattern() ?? this.class_pattern();
  }

  // literal_pattern: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
  private literal_pattern(): ast.pattern | null {
    const m = this.mark;
    const start = this.peek();
    const value = this.literal_expr();
    if (!value) return null;
    if (value._kind === 'Constant' && (value.value === null || value.value === true || value.value === false) && start.type === TokenType.NAME) {
      return new ast.MatchSingleton(value.value, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    if (this.mark === m) return null;
    return new ast.MatchValue(value, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
  }

  // literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
  private literal_expr(): ast.expr | null {
    const m = this.mark;
    const n = this.signed_number();
    if (n && !this.check('+') && !this.check('-')) return n;
    this.mark = m;
    const c = this.complex_number();
    if (c) return c;
    this.mark = m;
    if (this.checkType(TokenType.STRING)) return this.strings();
    const start = this.peek();
    for (const [word, value] of [['None', null], ['True', true], ['False', false]] as const) {
      if (this.expect(word)) return new ast.Constant(value, null, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    return null;
  }

  // complex_number: signed_real_number ('+' | '-') imaginary_number
  private complex_number(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    const real = this.signed_real_number();
    if (real) {
      const op = this.expect('+') ?? this.expect('-');
      if (op) {
        const imag = this.imaginary_number();
        if (imag) return new ast.BinOp(real, op.string === '+' ? new ast.Add() : new ast.Sub(), imag, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
    }
    this.mark = m;
    return null;
  }

  // signed_number: NUMBER | '-' NUMBER
  private signed_number(): ast.expr | null {
    return this.signed(() => this.number());
  }

  // signed_real_number: real_number | '-' real_number
  private signed_real_number(): ast.expr | null {
    return this.signed(() => this.real_number());
  }

  private signed(parseNumberRule: () => ast.expr | null): ast.expr | null {
    const n = parseNumberRule();
    if (n) return n;
    const m = this.mark;
    const start = this.peek();
    if (this.expect('-')) {
      const number = parseNumberRule();
      if (number) return new ast.UnaryOp(new ast.USub(), number, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // real_number: NUMBER, which must not be imaginary
  private real_number(): ast.expr | null {
    const n = this.number();
    if (n && n.value instanceof PyComplex) {
      this.raiseKnownLocation(n, 'real number required in complex literal');
    }
    return n;
  }

  // imaginary_number: NUMBER, which must be imaginary
  private imaginary_number(): ast.expr | null {
    const n = this.number();
    if (n && !(n.value instanceof PyComplex)) {
      this.raiseKnownLocation(n, 'imaginary number required in complex literal');
    }
    return n;
  }

  private number(): ast.Constant | null {
    const t = this.expectType(TokenType.NUMBER);
    if (!t) return null;
    const digits = decimalIntegerDigits(t.string);
    if (exceedsDigitLimit(digits)) {
      // CPython leaves out the columns: a wall of carets would help nobody find a huge literal.
      throw this.errorAt('SyntaxError', `${digitLimitMessage(digits)} - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`, t.lineno, -1, t.end_lineno, -1);
    }
    return new ast.Constant(parseNumber(t.string), null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  // capture_pattern: pattern_capture_target
  private capture_pattern(): ast.pattern | null {
    const start = this.peek();
    const target = this.pattern_capture_target();
    return target ? new ast.MatchAs(null, target, start.lineno, start.col_offset, this.endLineno(), this.endColOffset()) : null;
  }

  // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
  private pattern_capture_target(): string | null {
    const m = this.mark;
    if (this.softKeyword('_')) {
      this.mark = m;
      return null;
    }
    const name = this.name();
    if (name && !this.check('.') && !this.check('(') && !this.check('=')) return name.id;
    this.mark = m;
    return null;
  }

  // wildcard_pattern: "_"
  private wildcard_pattern(): ast.pattern | null {
    const start = this.peek();
    return this.softKeyword('_') ? new ast.MatchAs(null, null, start.lineno, start.col_offset, this.endLineno(), this.endColOffset()) : null;
  }

  // value_pattern: attr !('.' | '(' | '=')
  private value_pattern(): ast.pattern | null {
    const m = this.mark;
    const start = this.peek();
    const attr = this.attr();
    if (attr && !this.check('.') && !this.check('(') && !this.check('=')) return new ast.MatchValue(attr, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    this.mark = m;
    return null;
  }

  // attr: name_or_attr '.' NAME
  private attr(): ast.expr | null {
    const m = this.mark;
    const value = this.name_or_attr();
    if (value && value._kind === 'Attribute') return value;
    this.mark = m;
    return null;
  }

  // name_or_attr: attr | NAME   (a dotted name, left-recursive in the grammar)
  private name_or_attr(): ast.expr | null {
    const start = this.peek();
    let value: ast.expr | null = this.name();
    if (!value) return null;
    for (;;) {
      const m = this.mark;
      if (this.expect('.')) {
        const attr = this.name();
        if (attr) {
          value = new ast.Attribute(value, attr.id, LOAD, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
          continue;
        }
      }
      this.mark = m;
      return value;
    }
  }

  // group_pattern: '(' pattern ')'
  private group_pattern(): ast.pattern | null {
    const m = this.mark;
    if (this.expect('(')) {
      const pattern = this.pattern();
      if (pattern && this.expect(')')) return pattern;
    }
    this.mark = m;
    return null;
  }

  // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
  private sequence_pattern(): ast.pattern | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('[')) {
      const patterns = this.maybe_sequence_pattern();
      if (this.expect(']')) return new ast.MatchSequence(patterns ?? [], start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    if (this.expect('(')) {
      const patterns = this.open_sequence_pattern();
      if (this.expect(')')) return new ast.MatchSequence(patterns ?? [], start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
  private open_sequence_pattern(): ast.pattern[] | null {
    const m = this.mark;
    const first = this.maybe_star_pattern();
    if (first && this.expect(',')) {
      const rest = this.maybe_sequence_pattern();
      return [first, ...(rest ?? [])];
    }
    this.mark = m;
    return null;
  }

  // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
  private maybe_sequence_pattern(): ast.pattern[] | null {
    const patterns = this.gather(this.maybe_star_pattern);
    if (patterns) this.expect(',');
    return patterns;
  }

  // maybe_star_pattern: star_pattern | pattern
  private maybe_star_pattern(): ast.pattern | null {
    return this.star_pattern() ?? this.pattern();
  }

  // star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
  private star_pattern(): ast.pattern | null {
    return this.memoized(R.star_pattern, this.star_pattern_raw);
  }

  private star_pattern_raw(): ast.pattern | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('*')) {
      const target = this.pattern_capture_target();
      if (target) return new ast.MatchStar(target, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      if (this.wildcard_pattern()) return new ast.MatchStar(null, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // mapping_pattern:
  //   | '{' '}'
  //   | '{' double_star_pattern ','? '}'
  //   | '{' items_pattern ',' double_star_pattern ','? '}'
  //   | '{' items_pattern ','? '}'
  private mapping_pattern(): ast.pattern | null {
    const m = this.mark;
    const start = this.peek();
    if (!this.expect('{')) return null;
    if (this.expect('}')) return new ast.MatchMapping([], [], null, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    const afterBrace = this.mark;
    const rest = this.double_star_pattern();
    if (rest) {
      this.expect(',');
      if (this.expect('}')) return new ast.MatchMapping([], [], rest, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = afterBrace;
    const items = this.gather(this.key_value_pattern);
    if (items) {
      const afterItems = this.mark;
      if (this.expect(',')) {
        const rest2 = this.double_star_pattern();
        if (rest2) {
          this.expect(',');
          if (this.expect('}')) return new ast.MatchMapping(items.map((i) => i[0]), items.map((i) => i[1]), rest2, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
        }
      }
      this.mark = afterItems;
      this.expect(',');
      if (this.expect('}')) return new ast.MatchMapping(items.map((i) => i[0]), items.map((i) => i[1]), null, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // key_value_pattern: (literal_expr | attr) ':' pattern
  private key_value_pattern(): [ast.expr, ast.pattern] | null {
    const m = this.mark;
    const key = this.literal_expr() ?? this.attr();
    if (key && this.expect(':')) {
      const pattern = this.pattern();
      if (pattern) return [key, pattern];
    }
    this.mark = m;
    return null;
  }

  // double_star_pattern: '**' pattern_capture_target
  private double_star_pattern(): string | null {
    const m = this.mark;
    if (this.expect('**')) {
      const target = this.pattern_capture_target();
      if (target) return target;
    }
    this.mark = m;
    return null;
  }

  // class_pattern:
  //   | name_or_attr '(' ')'
  //   | name_or_attr '(' positional_patterns ','? ')'
  //   | name_or_attr '(' keyword_patterns ','? ')'
  //   | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
  //   | invalid_class_pattern
  private class_pattern(): ast.pattern | null {
    const m = this.mark;
    const start = this.peek();
    const cls = this.name_or_attr();
    if (cls && this.expect('(')) {
      const afterParen = this.mark;
      if (this.expect(')')) return new ast.MatchClass(cls, [], [], [], start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      const positional = this.gather(this.pattern);
      if (positional) {
        const afterPositional = this.mark;
        this.expect(',');
        if (this.expect(')')) return new ast.MatchClass(cls, positional, [], [], start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
        this.mark = afterPositional;
      }
      this.mark = afterParen;
      const keywords = this.gather(this.keyword_pattern);
      if (keywords) {
        this.expect(',');
        if (this.expect(')')) {
          return new ast.MatchClass(cls, [], keywords.map((k) => k[0]), keywords.map((k) => k[1]), start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
        }
      }
      this.mark = afterParen;
      const positional2 = this.gather(this.pattern);
      if (positional2 && this.expect(',')) {
        const keywords2 = this.gather(this.keyword_pattern);
        if (keywords2) {
          this.expect(',');
          if (this.expect(')')) {
            return new ast.MatchClass(cls, positional2, keywords2.map((k) => k[0]), keywords2.map((k) => k[1]), start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
          }
        }
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_class_pattern: name_or_attr '(' [positional_patterns ','] keyword_patterns ',' positional_patterns
      if (this.name_or_attr() && this.expect('(')) {
        const afterParen = this.mark;
        if (!(this.gather(this.pattern) && this.expect(','))) this.mark = afterParen;
        if (this.gather(this.keyword_pattern) && this.expect(',')) {
          const a = this.gather(this.pattern);
          if (a) this.raiseKnownRange(a[0], a[a.length - 1], 'positional patterns follow keyword patterns');
        }
      }
      this.mark = m;
    }
    return null;
  }

  // keyword_pattern: NAME '=' pattern
  private keyword_pattern(): [string, ast.pattern] | null {
    const m = this.mark;
    const arg = this.name();
    if (arg && this.expect('=')) {
      const value = this.pattern();
      if (value) return [arg.id, value];
    }
    this.mark = m;
    return null;
  }

  // ---------------------------------------------------------------------------
  // Expressions

  // expressions: expression (',' expression)+ [','] | expression ',' | expression
  private expressions(): ast.expr | null {
    return this.tupleOf(this.expression);
  }

  // star_expressions: the same shape over star_expression
  private star_expressions(): ast.expr | null {
    return this.tupleOf(this.star_expression);
  }

  /** `a, b, c` with an optional trailing comma: a Tuple if there is a comma, else the single item. */
  private tupleOf(item: (this: Parser) => ast.expr | null): ast.expr | null {
    const start = this.peek();
    const a = item.call(this);
    if (!a) return null;
    if (!this.check(',')) return a;
    const elts = [a];
    for (;;) {
      const m = this.mark;
      if (!this.expect(',')) break;
      const c = item.call(this);
      if (!c) {
        this.mark = m + 1;
        break;
      }
      elts.push(c);
    }
    return new ast.Tuple(elts, LOAD, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
  }

  private expression(): ast.expr | null {
    return this.memoized(R.expression, this.expression_raw);
  }

  // expression:
  //   | invalid_expression
  //   | invalid_legacy_expression
  //   | disjunction 'if' disjunction 'else' expression
  //   | disjunction
  //   | lambdef
  private expression_raw(): ast.expr | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_expression();
      this.mark = m;
      this.invalid_legacy_expression();
      this.mark = m;
    }
    return this.expressionWithoutInvalid();
  }

  // expression_without_invalid: the same alternatives with the invalid rules off
  private expressionWithoutInvalid(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    // Most expressions are a primary alone (a name, a call, a literal...). When one is
    // followed by a token no operator can be, the fourteen rules from disjunction down to
    // primary would each hand it up unchanged: it is the expression. Otherwise they run,
    // and find primary's result at this position in its memo.
    if (!this.callInvalidRules) {
      const primary = this.primary();
      if (primary !== null && endsExpression(this.tok(this.mark))) return primary;
      this.mark = m;
    }
    const a = this.disjunction();
    if (a) {
      const afterBody = this.mark;
      if (this.expect('if')) {
        const b = this.disjunction();
        if (b && this.expect('else')) {
          const c = this.expression();
          if (c) return new ast.IfExp(b, a, c, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
        }
      }
      this.mark = afterBody;
      return a;
    }
    this.mark = m;
    return this.lambdef();
  }

  // invalid_expression:
  //   | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
  //   | disjunction 'if' disjunction !('else'|':')
  private invalid_expression(): void {
    const m = this.mark;
    const t0 = this.peek();
    const startsWithNameString = t0.type === TokenType.NAME && !RESERVED_KEYWORDS.has(t0.string) && this.tok(m + 1).type === TokenType.STRING;
    const startsWithSoftKeyword = t0.type === TokenType.NAME && (t0.string === '_' || t0.string === 'case' || t0.string === 'match');
    if (!startsWithNameString && !startsWithSoftKeyword) {
      const a = this.disjunction();
      if (a) {
        const saved = this.callInvalidRules;
        this.callInvalidRules = false;
        let b: ast.expr | null;
        try {
          b = this.expressionWithoutInvalid();
        } finally {
          this.callInvalidRules = saved;
        }
        if (b && !isLegacyStatementName(a) && this.tables.levels[this.mark - 1] !== 0) {
          this.raiseKnownRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
        }
      }
    }
    this.mark = m;
    const a = this.disjunction();
    if (a && this.expect('if')) {
      const b = this.disjunction();
      if (b && !this.check('else') && !this.check(':')) this.raiseKnownRange(a, b, "expected 'else' after 'if' expression");
    }
    this.mark = m;
  }

  // invalid_legacy_expression: NAME !'(' star_expressions
  private invalid_legacy_expression(): void {
    const m = this.mark;
    const a = this.name();
    if (a && !this.check('(')) {
      const b = this.star_expressions();
      if (b && isLegacyStatementName(a)) {
        this.raiseKnownRange(a, b, `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`);
      }
    }
    this.mark = m;
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  private yield_expr(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (!this.expect('yield')) return null;
    if (this.expect('from')) {
      const a = this.expression();
      if (a) return new ast.YieldFrom(a, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m + 1;
    const a = this.star_expressions();
    return new ast.Yield(a, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
  }

  // star_expression: '*' bitwise_or | expression
  private star_expression(): ast.expr | null {
    return this.memoized(R.star_expression, this.star_expression_raw);
  }

  private star_expression_raw(): ast.expr | null {
    return this.starredOr(() => this.expression());
  }

  // star_named_expressions: ','.star_named_expression+ [',']
  private star_named_expressions(): ast.expr[] | null {
    const a = this.gather(this.star_named_expression);
    if (a) this.expect(',');
    return a;
  }

  // star_named_expression: '*' bitwise_or | named_expression
  private star_named_expression(): ast.expr | null {
    return this.starredOr(() => this.named_expression());
  }

  private starredOr(otherwise: () => ast.expr | null): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('*')) {
      const a = this.bitwise_or();
      if (a) return new ast.Starred(a, LOAD, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return otherwise();
  }

  // assignment_expression: NAME ':=' ~ expression
  private assignment_expression(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    const a = this.name();
    if (a && this.expect(':=')) {
      const b = this.expression();
      if (b) return new ast.NamedExpr(setExprContext(a, STORE), b, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // named_expression: assignment_expression | invalid_named_expression | expression !':='
  private named_expression(): ast.expr | null {
    const m = this.mark;
    const a = this.assignment_expression();
    if (a) return a;
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_named_expression();
      this.mark = m;
    }
    return this.expressionNotWalrus();
  }

  /** expression !':=' */
  private expressionNotWalrus(): ast.expr | null {
    const m = this.mark;
    const e = this.expression();
    if (e && !this.check(':=')) return e;
    this.mark = m;
    return null;
  }

  // invalid_named_expression:
  //   | expression ':=' expression
  //   | NAME '=' bitwise_or !('='|':=')
  //   | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
  private invalid_named_expression(): void {
    this.memoized(R.invalid_named_expression, this.invalid_named_expression_raw);
  }

  private invalid_named_expression_raw(): null {
    const m = this.mark;
    const a = this.expression();
    if (a && this.expect(':=') && this.expression()) {
      this.raiseKnownLocation(a, `cannot use assignment expressions with ${exprName(a)}`);
    }
    this.mark = m;
    const n = this.name();
    if (n && this.expect('=')) {
      const b = this.bitwise_or();
      if (b && !this.check('=') && !this.check(':=')) {
        this.raiseKnownRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
    this.mark = m;
    const excluded = this.list() ?? this.tuple() ?? this.genexp() ?? this.expect('True') ?? this.expect('None') ?? this.expect('False');
    this.mark = m;
    if (!excluded) {
      const target = this.bitwise_or();
      if (target && this.expect('=') && this.bitwise_or() && !this.check('=') && !this.check(':=')) {
        this.raiseKnownLocation(target, `cannot assign to ${exprName(target)} here. Maybe you meant '==' instead of '='?`);
      }
    }
    this.mark = m;
    return null;
  }

  private disjunction(): ast.expr | null {
    return this.memoized(R.disjunction, this.disjunction_raw);
  }

  private disjunction_raw(): ast.expr | null {
    return this.boolOp('or', this.conjunction, makeOr);
  }

  private conjunction(): ast.expr | null {
    return this.memoized(R.conjunction, this.conjunction_raw);
  }

  private conjunction_raw(): ast.expr | null {
    return this.boolOp('and', this.inversion, makeAnd);
  }

  /** a (KEYWORD b)+ as one BoolOp, or just a. */
  private boolOp(keyword: string, operand: (this: Parser) => ast.expr | null, op: () => ast.boolop): ast.expr | null {
    const start = this.peek();
    const a = operand.call(this);
    if (!a) return null;
    // (Most operands stand alone: the list is made when an operator follows.)
    let values: ast.expr[] | null = null;
    for (;;) {
      const m = this.mark;
      if (this.expect(keyword)) {
        const c = operand.call(this);
        if (c) {
          (values ??= [a]).push(c);
          continue;
        }
      }
      this.mark = m;
      break;
    }
    return values === null ? a : new ast.BoolOp(op(), values, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
  }

  // inversion: 'not' inversion | comparison
  private inversion(): ast.expr | null {
    return this.memoized(R.inversion, this.inversion_raw);
  }

  private inversion_raw(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('not')) {
      const a = this.inversion();
      if (a) return new ast.UnaryOp(new ast.Not(), a, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return this.comparison();
  }

  // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  private comparison(): ast.expr | null {
    const start = this.peek();
    const a = this.bitwise_or();
    if (!a) return null;
    // (Most operands stand alone: the lists are made when an operator follows.)
    let ops: ast.cmpop[] | null = null;
    let comparators: ast.expr[] | null = null;
    for (;;) {
      const m = this.mark;
      const op = this.compareOp();
      if (op) {
        const b = this.bitwise_or();
        if (b) {
          (ops ??= []).push(op);
          (comparators ??= []).push(b);
          continue;
        }
      }
      this.mark = m;
      break;
    }
    return ops === null ? a : new ast.Compare(a, ops, comparators!, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
  }

  private compareOp(): ast.cmpop | null {
    const t = this.peek();
    if (t.type !== TokenType.OP && t.type !== TokenType.NAME) return null;
    if (t.string === 'not') {
      if (this.tok(this.mark + 1).string === 'in' && this.tok(this.mark + 1).type === TokenType.NAME) {
        this.mark += 2;
        return new ast.NotIn();
      }
      return null;
    }
    if (t.string === 'is') {
      this.mark++;
      if (this.expect('not')) return new ast.IsNot();
      return new ast.Is();
    }
    if (t.type === TokenType.NAME && t.string !== 'in') return null;
    const make = COMPARE_OPS[t.string];
    if (!make) return null;
    this.mark++;
    return make();
  }

  private bitwise_or(): ast.expr | null {
    return this.memoized(R.bitwise_or, this.bitwise_or_raw);
  }

  private bitwise_or_raw(): ast.expr | null {
    return this.binaryLeft(this.bitwise_xor, bitwiseOrOp);
  }

  private bitwise_xor(): ast.expr | null {
    return this.binaryLeft(this.bitwise_and, bitwiseXorOp);
  }

  private bitwise_and(): ast.expr | null {
    return this.binaryLeft(this.shift_expr, bitwiseAndOp);
  }

  private shift_expr(): ast.expr | null {
    return this.binaryLeft(this.sum, shiftOp);
  }

  private sum(): ast.expr | null {
    return this.binaryLeft(this.term, sumOp);
  }

  private term(): ast.expr | null {
    return this.binaryLeft(this.factor, termOp);
  }

  /** A left-recursive binary rule `a=rule OP b=operand | operand`, as a loop. */
  private binaryLeft(operand: (this: Parser) => ast.expr | null, opFor: (s: string) => ast.operator | null): ast.expr | null {
    const start = this.peek();
    let left = operand.call(this);
    if (!left) return null;
    for (;;) {
      const m = this.mark;
      const t = this.tok(m);
      const op = t.type === TokenType.OP ? opFor(t.string) : null;
      if (op) {
        this.mark++;
        const right = operand.call(this);
        if (right) {
          left = new ast.BinOp(left, op, right, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
          continue;
        }
      }
      this.mark = m;
      return left;
    }
  }

  // factor: '+' factor | '-' factor | '~' factor | power
  private factor(): ast.expr | null {
    return this.memoized(R.factor, this.factor_raw);
  }

  private factor_raw(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (start.type === TokenType.OP && (start.string === '+' || start.string === '-' || start.string === '~')) {
      this.mark++;
      const a = this.factor();
      if (a) {
        const op = start.string === '+' ? new ast.UAdd() : start.string === '-' ? new ast.USub() : new ast.Invert();
        return new ast.UnaryOp(op, a, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
      this.mark = m;
    }
    return this.power();
  }

  // power: await_primary '**' factor | await_primary
  private power(): ast.expr | null {
    const start = this.peek();
    const a = this.await_primary();
    if (!a) return null;
    const m = this.mark;
    if (this.expect('**')) {
      const b = this.factor();
      if (b) return new ast.BinOp(a, new ast.Pow(), b, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return a;
  }

  // await_primary: AWAIT primary | primary
  private await_primary(): ast.expr | null {
    return this.memoized(R.await_primary, this.await_primary_raw);
  }

  private await_primary_raw(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('await')) {
      const a = this.primary();
      if (a) return new ast.Await(a, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return this.primary();
  }

  // primary:
  //   | primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
  private primary(): ast.expr | null {
    return this.memoized(R.primary, this.primary_raw);
  }

  private primary_raw(): ast.expr | null {
    const start = this.peek();
    let a = this.atom();
    if (!a) return null;
    for (;;) {
      const next = this.primarySuffix(a, start, LOAD);
      if (!next) return a;
      a = next;
    }
  }

  /** One trailer of a primary: `.name`, a generator argument, a call or a subscript. */
  private primarySuffix(a: ast.expr, start: Token, ctx: ast.Load | ast.Store | ast.Del): ast.expr | null {
    const m = this.mark;
    if (this.expect('.')) {
      const b = this.name();
      if (b) return new ast.Attribute(a, b.id, ctx, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      this.mark = m;
      return null;
    }
    const t = this.peek();
    if (t.string === '(' && t.type === TokenType.OP) {
      const g = this.genexp();
      if (g) return new ast.Call(a, [g], [], start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      this.mark = m;
      this.mark++;
      const b = this.arguments();
      if (this.expect(')')) return new ast.Call(a, b?.args ?? [], b?.keywords ?? [], start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      this.mark = m;
      return null;
    }
    if (this.expect('[')) {
      const b = this.slices();
      if (b && this.expect(']')) return new ast.Subscript(a, b, ctx, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  private slices(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    const a = this.slice();
    if (a && !this.check(',')) return a;
    this.mark = m;
    const elts = this.gather(() => this.slice() ?? this.starred_expression());
    if (!elts) return null;
    this.expect(',');
    return new ast.Tuple(elts, LOAD, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  private slice(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    const lower = this.expression();
    if (this.expect(':')) {
      const upper = this.expression();
      let step: ast.expr | null = null;
      const afterUpper = this.mark;
      if (this.expect(':')) step = this.expression();
      else this.mark = afterUpper;
      return new ast.Slice(lower, upper, step, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return this.named_expression();
  }

  // atom
  private atom(): ast.expr | null {
    const t = this.peek();
    switch (t.type) {
      case TokenType.NAME: {
        const n = this.name();
        if (n) return n;
        let value: ConstantValue;
        if (t.string === 'True') value = true;
        else if (t.string === 'False') value = false;
        else if (t.string === 'None') value = null;
        else return null;
        this.mark++;
        return new ast.Constant(value, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      }
      case TokenType.STRING:
        return this.strings();
      case TokenType.NUMBER:
        return this.number();
      case TokenType.OP:
        switch (t.string) {
          case '(': return this.tuple() ?? this.group() ?? this.genexp();
          case '[': return this.list() ?? this.listcomp();
          case '{': return this.dict() ?? this.set() ?? this.dictcomp() ?? this.setcomp();
          case '...':
            this.mark++;
            return new ast.Constant(Ellipsis, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
        }
    }
    return null;
  }

  // group: '(' (yield_expr | named_expression) ')' | invalid_group
  private group(): ast.expr | null {
    const m = this.mark;
    if (this.expect('(')) {
      const a = this.yield_expr() ?? this.named_expression();
      if (a && this.expect(')')) return a;
    }
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
      if (this.expect('(')) {
        const a = this.starred_expression();
        if (a && this.expect(')')) this.raiseKnownLocation(a, 'cannot use starred expression here');
      }
      this.mark = m;
      if (this.expect('(')) {
        const a = this.expect('**');
        if (a && this.expression() && this.expect(')')) this.raiseKnownLocation(a, 'cannot use double starred expression here');
      }
      this.mark = m;
    }
    return null;
  }

  // lambdef: 'lambda' [lambda_params] ':' expression
  private lambdef(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('lambda')) {
      const a = this.lambda_params();
      if (this.expect(':')) {
        const b = this.expression();
        if (b) return new ast.Lambda(a ?? emptyArguments(), b, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
    }
    this.mark = m;
    return null;
  }

  // lambda_params: invalid_lambda_parameters | lambda_parameters
  private lambda_params(): ast.arguments_ | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalid_lambda_parameters();
    this.mark = m;
    return this.lambda_parameters();
  }

  // lambda_parameters: as parameters, with lambda_param* rules
  private lambda_parameters(): ast.arguments_ | null {
    return this.parameterList(
      this.lambda_slash_no_default, this.lambda_slash_with_default, this.lambda_param_no_default,
      this.lambda_param_with_default, this.lambda_star_etc,
    );
  }

  // lambda_slash_no_default: lambda_param_no_default+ '/' (',' | &':')
  private lambda_slash_no_default(): ast.arg[] | null {
    const m = this.mark;
    const a = this.repeat(() => this.lambda_param_no_default());
    if (a.length && this.expect('/') && (this.expect(',') || this.check(':'))) return a;
    this.mark = m;
    return null;
  }

  // lambda_slash_with_default: lambda_param_no_default* lambda_param_with_default+ '/' (',' | &':')
  private lambda_slash_with_default(): SlashWithDefault | null {
    const m = this.mark;
    const a = this.repeat(() => this.lambda_param_no_default());
    const b = this.repeat(() => this.lambda_param_with_default());
    if (b.length && this.expect('/') && (this.expect(',') || this.check(':'))) return { plainNames: a, namesWithDefaults: b };
    this.mark = m;
    return null;
  }

  // lambda_star_etc:
  //   | invalid_lambda_star_etc
  //   | '*' lambda_param_no_default lambda_param_maybe_default* [lambda_kwds]
  //   | '*' ',' lambda_param_maybe_default+ [lambda_kwds]
  //   | lambda_kwds
  private lambda_star_etc(): StarEtc | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalid_lambda_star_etc();
    this.mark = m;
    if (this.expect('*')) {
      const a = this.lambda_param_no_default();
      if (a) {
        const b = this.repeat(() => this.lambda_param_maybe_default());
        const c = this.lambda_kwds();
        return { vararg: a, kwonlyargs: b, kwarg: c };
      }
      if (this.expect(',')) {
        const b = this.repeat(() => this.lambda_param_maybe_default());
        if (b.length) {
          const c = this.lambda_kwds();
          return { vararg: null, kwonlyargs: b, kwarg: c };
        }
      }
    }
    this.mark = m;
    const k = this.lambda_kwds();
    if (k) return { vararg: null, kwonlyargs: [], kwarg: k };
    this.mark = m;
    return null;
  }

  // lambda_kwds: invalid_lambda_kwds | '**' lambda_param_no_default
  private lambda_kwds(): ast.arg | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalidKwds(() => this.lambda_param());
    this.mark = m;
    if (this.expect('**')) {
      const a = this.lambda_param_no_default();
      if (a) return a;
    }
    this.mark = m;
    return null;
  }

  // lambda_param_no_default: lambda_param ',' | lambda_param &':'
  private lambda_param_no_default(): ast.arg | null {
    const m = this.mark;
    const a = this.lambda_param();
    if (a && (this.expect(',') || this.check(':'))) return a;
    this.mark = m;
    return null;
  }

  // lambda_param_with_default: lambda_param default (',' | &':')
  private lambda_param_with_default(): NameDefaultPair | null {
    return this.lambdaParamWithDefault(false);
  }

  // lambda_param_maybe_default: lambda_param default? (',' | &':')
  private lambda_param_maybe_default(): NameDefaultPair | null {
    return this.lambdaParamWithDefault(true);
  }

  private lambdaParamWithDefault(defaultOptional: boolean): NameDefaultPair | null {
    const m = this.mark;
    const a = this.lambda_param();
    if (a) {
      const c = this.default_();
      if ((c || defaultOptional) && (this.expect(',') || this.check(':'))) return { arg: a, value: c };
    }
    this.mark = m;
    return null;
  }

  // lambda_param: NAME
  private lambda_param(): ast.arg | null {
    const a = this.name();
    return a ? new ast.arg(a.id, null, null, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset) : null;
  }

  // ---------------------------------------------------------------------------
  // Invalid parameter lists (second pass only)

  // invalid_parameters:
  //   | param_no_default* invalid_parameters_helper param_no_default
  //   | param_no_default* '(' param_no_default+ ','? ')'
  //   | "/" ','
  //   | (slash_no_default | slash_with_default) param_maybe_default* '/'
  //   | [(slash_no_default | slash_with_default)] param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
  //   | param_maybe_default+ '/' '*'
  private invalid_parameters(): void {
    this.invalidParameterList({
      noDefault: () => this.param_no_default(),
      withDefault: () => this.param_with_default(),
      maybeDefault: () => this.param_maybe_default(),
      slashNoDefault: () => this.slash_no_default(),
      slashWithDefault: () => this.slash_with_default(),
      parenthesized: () => {
        const m = this.mark;
        const a = this.expect('(');
        if (a && this.repeat(() => this.param_no_default()).length) {
          this.expect(',');
          const b = this.expect(')');
          if (b) this.raiseKnownRange(a, b, 'Function parameters cannot be parenthesized');
        }
        this.mark = m;
      },
    });
  }

  // invalid_lambda_parameters: as invalid_parameters, over the lambda_* rules
  private invalid_lambda_parameters(): void {
    this.invalidParameterList({
      noDefault: () => this.lambda_param_no_default(),
      withDefault: () => this.lambda_param_with_default(),
      maybeDefault: () => this.lambda_param_maybe_default(),
      slashNoDefault: () => this.lambda_slash_no_default(),
      slashWithDefault: () => this.lambda_slash_with_default(),
      parenthesized: () => {
        const m = this.mark;
        const a = this.expect('(');
        if (a && this.gather(this.lambda_param)) {
          this.expect(',');
          const b = this.expect(')');
          if (b) this.raiseKnownRange(a, b, 'Lambda expression parameters cannot be parenthesized');
        }
        this.mark = m;
      },
    });
  }

  private invalidParameterList(rules: {
    noDefault: () => ast.arg | null;
    withDefault: () => NameDefaultPair | null;
    maybeDefault: () => NameDefaultPair | null;
    slashNoDefault: () => ast.arg[] | null;
    slashWithDefault: () => SlashWithDefault | null;
    parenthesized: () => void;
  }): void {
    const m = this.mark;
    this.repeat(rules.noDefault);
    const afterPlain = this.mark;
    // invalid_parameters_helper: slash_with_default | param_with_default+
    if (rules.slashWithDefault() || this.repeat(rules.withDefault).length) {
      const a = rules.noDefault();
      if (a) this.raiseKnownLocation(a, 'non-default argument follows default argument');
    }
    this.mark = afterPlain;
    rules.parenthesized();
    this.mark = m;
    const slash = this.expect('/');
    if (slash && this.expect(',')) this.raiseKnownLocation(slash, 'at least one argument must precede /');
    this.mark = m;
    if (rules.slashNoDefault() || rules.slashWithDefault()) {
      this.repeat(rules.maybeDefault);
      const a = this.expect('/');
      if (a) this.raiseKnownLocation(a, '/ may appear only once');
    }
    this.mark = m;
    if (!rules.slashNoDefault()) {
      this.mark = m;
      if (!rules.slashWithDefault()) this.mark = m;
    }
    this.repeat(rules.maybeDefault);
    if (this.expect('*') && (this.expect(',') || rules.noDefault())) {
      this.repeat(rules.maybeDefault);
      const a = this.expect('/');
      if (a) this.raiseKnownLocation(a, '/ must be ahead of *');
    }
    this.mark = m;
    if (this.repeat(rules.maybeDefault).length && this.expect('/')) {
      const a = this.expect('*');
      if (a) this.raiseKnownLocation(a, 'expected comma between / and *');
    }
    this.mark = m;
  }

  // invalid_star_etc:
  //   | '*' (')' | ',' (')' | '**'))
  //   | '*' ',' TYPE_COMMENT
  //   | '*' param '='
  //   | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
  private invalid_star_etc(): void {
    const m = this.mark;
    const a = this.expect('*');
    if (a) {
      if (this.expect(')') || (this.expect(',') && (this.expect(')') || this.expect('**')))) {
        this.raiseKnownLocation(a, 'named arguments must follow bare *');
      }
      this.mark = m + 1;
      if (this.expect(',') && this.expectType(TokenType.TYPE_COMMENT)) this.raise('bare * has associated type comment');
      this.mark = m + 1;
      if (this.param()) {
        const eq = this.expect('=');
        if (eq) this.raiseKnownLocation(eq, 'var-positional argument cannot have default value');
      }
      this.mark = m + 1;
      if (this.param_no_default() || this.expect(',')) {
        this.repeat(() => this.param_maybe_default());
        const second = this.expect('*');
        if (second && (this.param_no_default() || this.expect(','))) this.raiseKnownLocation(second, '* argument may appear only once');
      }
    }
    this.mark = m;
  }

  // invalid_lambda_star_etc:
  //   | '*' (':' | ',' (':' | '**'))
  //   | '*' lambda_param '='
  //   | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* '*' (lambda_param_no_default | ',')
  private invalid_lambda_star_etc(): void {
    const m = this.mark;
    if (this.expect('*')) {
      if (this.expect(':') || (this.expect(',') && (this.expect(':') || this.expect('**')))) {
        this.raise('named arguments must follow bare *');
      }
      this.mark = m + 1;
      if (this.lambda_param()) {
        const eq = this.expect('=');
        if (eq) this.raiseKnownLocation(eq, 'var-positional argument cannot have default value');
      }
      this.mark = m + 1;
      if (this.lambda_param_no_default() || this.expect(',')) {
        this.repeat(() => this.lambda_param_maybe_default());
        const second = this.expect('*');
        if (second && (this.lambda_param_no_default() || this.expect(','))) this.raiseKnownLocation(second, '* argument may appear only once');
      }
    }
    this.mark = m;
  }

  // invalid_kwds: '**' param '=' | '**' param ',' param | '**' param ',' ('*'|'**'|'/')
  private invalid_kwds(): void {
    this.invalidKwds(() => this.param());
  }

  private invalidKwds(parseParam: () => ast.arg | null): void {
    const m = this.mark;
    if (this.expect('**') && parseParam()) {
      const afterParam = this.mark;
      const eq = this.expect('=');
      if (eq) this.raiseKnownLocation(eq, 'var-keyword argument cannot have default value');
      this.mark = afterParam;
      if (this.expect(',')) {
        const afterComma = this.mark;
        const a = parseParam();
        if (a) this.raiseKnownLocation(a, 'arguments cannot follow var-keyword argument');
        this.mark = afterComma;
        const b = this.expect('*') ?? this.expect('**') ?? this.expect('/');
        if (b) this.raiseKnownLocation(b, 'arguments cannot follow var-keyword argument');
      }
    }
    this.mark = m;
  }

  // ---------------------------------------------------------------------------
  // Displays and comprehensions

  // strings: STRING+
  private strings(): ast.expr | null {
    return this.memoized(R.strings, this.strings_raw);
  }

  private strings_raw(): ast.expr | null {
    const parts: Token[] = [];
    for (;;) {
      const t = this.expectType(TokenType.STRING);
      if (!t) break;
      parts.push(t);
    }
    if (!parts.length) return null;
    return concatenateStrings(parts, (this.stringContext ??= this.newStringContext()));
  }

  private newStringContext(): StringContext {
    return {
      filename: this.filename,
      parseFStringExpression: (text, lineno, colOffset) => this.parseFStringExpression(text, lineno, colOffset),
      raiseAt: (msg, start, end) => this.raiseKnownRange(start, end, msg),
      raiseAtLastToken: (msg) => this.raise(msg),
      warnInvalidEscape: (msg, token) => {
        // The second pass, which looks for a better error, warns no more.
        if (this.callInvalidRules) return;
        if (this.tokenizer.warnForParser('DeprecationWarning', msg, token.lineno)) this.raiseKnownRange(token, token, msg);
      },
    };
  }

  /** Parses an f-string replacement field as CPython 3.11 does: `(text)` with the fstring start rule. */
  private parseFStringExpression(text: string, lineno: number, colOffset: number): ast.expr {
    const tokenizer = new Tokenizer(`(${text})`, { filename: this.filename, typeComments: false, mode: 'exec' });
    const sub = new Parser(tokenizer, this.filename, 'fstring', lineno, colOffset);
    return sub.run() as ast.expr;
  }

  // list: '[' [star_named_expressions] ']'
  private list(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('[')) {
      const a = this.star_named_expressions();
      if (this.expect(']')) return new ast.List(a ?? [], LOAD, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
  private tuple(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('(')) {
      const afterParen = this.mark;
      let elts: ast.expr[] = [];
      const y = this.star_named_expression();
      if (y && this.expect(',')) {
        const z = this.star_named_expressions();
        elts = [y, ...(z ?? [])];
      } else {
        this.mark = afterParen;
      }
      if (this.expect(')')) return new ast.Tuple(elts, LOAD, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // set: '{' star_named_expressions '}'
  private set(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('{')) {
      const a = this.star_named_expressions();
      if (a && this.expect('}')) return new ast.Set(a, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
  private dict(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('{')) {
      const pairs = this.gather(this.double_starred_kvpair);
      if (pairs) this.expect(',');
      if (this.expect('}')) {
        return new ast.Dict((pairs ?? []).map((p) => p[0]) as ast.expr[], (pairs ?? []).map((p) => p[1]), start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      if (this.expect('{')) {
        this.invalid_double_starred_kvpairs();
      }
      this.mark = m;
    }
    return null;
  }

  // double_starred_kvpair: '**' bitwise_or | kvpair
  private double_starred_kvpair(): [ast.expr | null, ast.expr] | null {
    const m = this.mark;
    if (this.expect('**')) {
      const a = this.bitwise_or();
      if (a) return [null, a];
    }
    this.mark = m;
    return this.kvpair();
  }

  // kvpair: expression ':' expression
  private kvpair(): [ast.expr, ast.expr] | null {
    const m = this.mark;
    const a = this.expression();
    if (a && this.expect(':')) {
      const b = this.expression();
      if (b) return [a, b];
    }
    this.mark = m;
    return null;
  }

  // invalid_double_starred_kvpairs:
  //   | ','.double_starred_kvpair+ ',' invalid_kvpair
  //   | expression ':' '*' bitwise_or
  //   | expression ':' &('}'|',')
  private invalid_double_starred_kvpairs(): void {
    const m = this.mark;
    if (this.gather(this.double_starred_kvpair) && this.expect(',')) this.invalid_kvpair();
    this.mark = m;
    this.invalidDictValue();
    this.mark = m;
  }

  // invalid_kvpair:
  //   | expression !(':')
  //   | expression ':' '*' bitwise_or
  //   | expression ':' &('}'|',')
  private invalid_kvpair(): void {
    const m = this.mark;
    const a = this.expression();
    if (a && !this.check(':')) {
      throw this.errorAt('SyntaxError', "':' expected after dictionary key", a.lineno, a.end_col_offset - 1, a.end_lineno, -1);
    }
    this.mark = m;
    this.invalidDictValue();
    this.mark = m;
  }

  /** expression ':' '*' bitwise_or | expression ':' &('}'|',') */
  private invalidDictValue(): void {
    const m = this.mark;
    if (this.expression() && this.expect(':')) {
      const afterColon = this.mark;
      const star = this.expect('*');
      if (star && this.bitwise_or()) this.raiseStartingFrom(star, 'cannot use a starred expression in a dictionary value');
      this.mark = afterColon;
    }
    this.mark = m;
    if (this.expression()) {
      const colon = this.expect(':');
      if (colon && (this.check('}') || this.check(','))) this.raiseKnownLocation(colon, "expression expected after dictionary key and ':'");
    }
    this.mark = m;
  }

  // for_if_clauses: for_if_clause+
  private for_if_clauses(): ast.comprehension[] | null {
    const clauses = this.repeat(() => this.for_if_clause());
    return clauses.length ? clauses : null;
  }

  // for_if_clause:
  //   | [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
  //   | invalid_for_target
  private for_if_clause(): ast.comprehension | null {
    const m = this.mark;
    const isAsync = this.expect('async') !== null;
    if (this.expect('for')) {
      const a = this.star_targets();
      if (a && this.expect('in')) {
        const b = this.disjunction();
        if (!b) {
          // The cut after 'in': no other alternative is tried.
          this.mark = m;
          return null;
        }
        const ifs: ast.expr[] = [];
        for (;;) {
          const before = this.mark;
          if (this.expect('if')) {
            const z = this.disjunction();
            if (z) {
              ifs.push(z);
              continue;
            }
          }
          this.mark = before;
          break;
        }
        return new ast.comprehension(a, b, ifs, isAsync ? 1 : 0);
      }
    }
    this.mark = m;
    if (this.callInvalidRules) this.invalid_for_target();
    this.mark = m;
    return null;
  }

  // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
  private listcomp(): ast.expr | null {
    return this.comprehension('[', ']', (elt, generators, start) => new ast.ListComp(elt, generators, start.lineno, start.col_offset, this.endLineno(), this.endColOffset()));
  }

  // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
  private setcomp(): ast.expr | null {
    return this.comprehension('{', '}', (elt, generators, start) => new ast.SetComp(elt, generators, start.lineno, start.col_offset, this.endLineno(), this.endColOffset()));
  }

  private comprehension(open: string, close: string, make: (elt: ast.expr, generators: ast.comprehension[], start: Token) => ast.expr): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect(open)) {
      const a = this.named_expression();
      if (a) {
        const b = this.for_if_clauses();
        if (b && this.expect(close)) return make(a, b, start);
      }
    }
    this.mark = m;
    if (this.callInvalidRules) this.invalid_comprehension();
    this.mark = m;
    return null;
  }

  // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
  private genexp(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('(')) {
      const a = this.assignment_expression() ?? this.expressionNotWalrus();
      if (a) {
        const b = this.for_if_clauses();
        if (b && this.expect(')')) return new ast.GeneratorExp(a, b, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
    }
    this.mark = m;
    if (this.callInvalidRules) this.invalid_comprehension();
    this.mark = m;
    return null;
  }

  // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
  private dictcomp(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('{')) {
      const a = this.kvpair();
      if (a) {
        const b = this.for_if_clauses();
        if (b && this.expect('}')) return new ast.DictComp(a[0], a[1], b, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
      if (this.expect('{')) {
        const a = this.expect('**');
        if (a && this.bitwise_or() && this.for_if_clauses() && this.expect('}')) {
          this.raiseKnownLocation(a, 'dict unpacking cannot be used in dict comprehension');
        }
      }
      this.mark = m;
    }
    return null;
  }

  // invalid_comprehension:
  //   | ('[' | '(' | '{') starred_expression for_if_clauses
  //   | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
  //   | ('[' | '{') star_named_expression ',' for_if_clauses
  private invalid_comprehension(): void {
    const m = this.mark;
    if (this.expect('[') || this.expect('(') || this.expect('{')) {
      const a = this.starred_expression();
      if (a && this.for_if_clauses()) this.raiseKnownLocation(a, 'iterable unpacking cannot be used in comprehension');
    }
    this.mark = m;
    if (this.expect('[') || this.expect('{')) {
      const a = this.star_named_expression();
      if (a && this.expect(',')) {
        const b = this.star_named_expressions();
        if (b && this.for_if_clauses()) this.raiseKnownRange(a, b[b.length - 1], 'did you forget parentheses around the comprehension target?');
      }
    }
    this.mark = m;
    if (this.expect('[') || this.expect('{')) {
      const a = this.star_named_expression();
      const comma = a && this.expect(',');
      if (a && comma && this.for_if_clauses()) this.raiseKnownRange(a, comma, 'did you forget parentheses around the comprehension target?');
    }
    this.mark = m;
  }

  // ---------------------------------------------------------------------------
  // Call arguments

  // arguments: args [','] &')' | invalid_arguments
  private arguments(): ast.Call | null {
    return this.memoized(R.arguments, this.arguments_raw);
  }

  private arguments_raw(): ast.Call | null {
    const m = this.mark;
    const a = this.args();
    if (a) {
      this.expect(',');
      if (this.check(')')) return a;
    }
    this.mark = m;
    if (this.callInvalidRules) this.invalid_arguments();
    this.mark = m;
    return null;
  }

  // args:
  //   | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
  //   | kwargs
  // The result is a Call whose func is a placeholder; callers take its args and keywords.
  private args(): ast.Call | null {
    const m = this.mark;
    const start = this.peek();
    const positional = this.gather(this.positionalArgument);
    if (positional) {
      const afterPositional = this.mark;
      let keywordItems: KeywordOrStarred[] | null = null;
      if (this.expect(',')) {
        keywordItems = this.kwargs();
        if (!keywordItems) this.mark = afterPositional;
      }
      const call = new ast.Call(PLACEHOLDER_FUNC, positional, [], start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      if (keywordItems) {
        call.args = [...positional, ...starredOf(keywordItems)];
        call.keywords = keywordsOf(keywordItems);
      }
      return call;
    }
    this.mark = m;
    const items = this.kwargs();
    if (items) return new ast.Call(PLACEHOLDER_FUNC, starredOf(items), keywordsOf(items), start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    this.mark = m;
    return null;
  }

  /** starred_expression | (assignment_expression | expression !':=') !'=' */
  private positionalArgument(): ast.expr | null {
    const m = this.mark;
    const s = this.starred_expression();
    if (s) return s;
    this.mark = m;
    const e = this.assignment_expression() ?? this.expressionNotWalrus();
    if (e && !this.check('=')) return e;
    this.mark = m;
    return null;
  }

  // kwargs:
  //   | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
  //   | ','.kwarg_or_starred+
  //   | ','.kwarg_or_double_starred+
  private kwargs(): KeywordOrStarred[] | null {
    const m = this.mark;
    const a = this.gather(this.kwarg_or_starred);
    if (a) {
      const afterA = this.mark;
      if (this.expect(',')) {
        const b = this.gather(this.kwarg_or_double_starred);
        if (b) return [...a, ...b];
      }
      this.mark = afterA;
      return a;
    }
    this.mark = m;
    return this.gather(this.kwarg_or_double_starred);
  }

  // starred_expression: '*' expression
  private starred_expression(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('*')) {
      const a = this.expression();
      if (a) return new ast.Starred(a, LOAD, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
  private kwarg_or_starred(): KeywordOrStarred | null {
    const kw = this.keywordArgument();
    if (kw) return kw;
    const s = this.starred_expression();
    return s ? { starred: s } : null;
  }

  // kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
  private kwarg_or_double_starred(): KeywordOrStarred | null {
    const kw = this.keywordArgument();
    if (kw) return kw;
    const m = this.mark;
    const start = this.peek();
    if (this.expect('**')) {
      const a = this.expression();
      if (a) return { keyword: new ast.keyword(null, a, start.lineno, start.col_offset, this.endLineno(), this.endColOffset()) };
    }
    this.mark = m;
    return null;
  }

  /** invalid_kwarg | NAME '=' expression */
  private keywordArgument(): KeywordOrStarred | null {
    const m = this.mark;
    if (this.callInvalidRules) this.invalid_kwarg();
    this.mark = m;
    const start = this.peek();
    const a = this.name();
    if (a && this.expect('=')) {
      const b = this.expression();
      if (b) return { keyword: new ast.keyword(a.id, b, start.lineno, start.col_offset, this.endLineno(), this.endColOffset()) };
    }
    this.mark = m;
    return null;
  }

  // invalid_kwarg:
  //   | ('True'|'False'|'None') '='
  //   | NAME '=' expression for_if_clauses
  //   | !(NAME '=') expression '='
  private invalid_kwarg(): void {
    const m = this.mark;
    const a = this.expect('True') ?? this.expect('False') ?? this.expect('None');
    if (a) {
      const b = this.expect('=');
      if (b) this.raiseKnownRange(a, b, `cannot assign to ${a.string}`);
    }
    this.mark = m;
    const n = this.name();
    if (n) {
      const b = this.expect('=');
      if (b && this.expression() && this.for_if_clauses()) this.raiseKnownRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    this.mark = m;
    const isKeywordArgument = this.name() !== null && this.check('=');
    this.mark = m;
    if (!isKeywordArgument) {
      const e = this.expression();
      if (e) {
        const b = this.expect('=');
        if (b) this.raiseKnownRange(e, b, 'expression cannot contain assignment, perhaps you meant "=="?');
      }
    }
    this.mark = m;
  }

  // invalid_arguments:
  //   | args ',' '*'   (args ending in keyword arguments or ** unpackings)
  //   | expression for_if_clauses ',' [args | expression for_if_clauses]
  //   | NAME '=' expression for_if_clauses
  //   | args for_if_clauses
  //   | args ',' expression for_if_clauses
  //   | args ',' args
  private invalid_arguments(): void {
    const m = this.mark;
    let a: ast.Call | null = this.args();
    const star = a && a.keywords.length > 0 && this.expect(',') && this.expect('*');
    if (star) this.raiseKnownLocation(star, 'iterable argument unpacking follows keyword argument unpacking');
    this.mark = m;
    const e = this.expression();
    if (e) {
      const b = this.for_if_clauses();
      if (b && this.expect(',')) {
        const afterComma = this.mark;
        if (!this.args()) {
          this.mark = afterComma;
          if (!(this.expression() && this.for_if_clauses())) this.mark = afterComma;
        }
        this.raiseKnownRange(e, lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
      }
    }
    this.mark = m;
    const n = this.name();
    if (n) {
      const eq = this.expect('=');
      if (eq && this.expression() && this.for_if_clauses()) this.raiseKnownRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    this.mark = m;
    a = this.args();
    if (a) {
      const b = this.for_if_clauses();
      if (b && a.args.length > 1) {
        this.raiseKnownRange(a.args[a.args.length - 1], lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
      }
    }
    this.mark = m;
    if (this.args() && this.expect(',')) {
      const x = this.expression();
      if (x) {
        const b = this.for_if_clauses();
        if (b) this.raiseKnownRange(x, lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
      }
    }
    this.mark = m;
    a = this.args();
    if (a && this.expect(',') && this.args()) {
      const unpacking = a.keywords.some((k) => k.arg === null);
      this.raise(unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
    }
    this.mark = m;
  }

  // ---------------------------------------------------------------------------
  // Assignment targets

  // star_targets: star_target !',' | star_target (',' star_target)* [',']
  private star_targets(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    const a = this.star_target();
    if (!a) return null;
    if (!this.check(',')) return a;
    const elts = [a];
    for (;;) {
      const before = this.mark;
      if (this.expect(',')) {
        const c = this.star_target();
        if (c) {
          elts.push(c);
          continue;
        }
      }
      this.mark = before;
      break;
    }
    this.expect(',');
    if (this.mark === m) return null;
    return new ast.Tuple(elts, STORE, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
  }

  // star_targets_list_seq: ','.star_target+ [',']
  private star_targets_list_seq(): ast.expr[] | null {
    const a = this.gather(this.star_target);
    if (a) this.expect(',');
    return a;
  }

  // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
  private star_targets_tuple_seq(): ast.expr[] | null {
    const m = this.mark;
    const a = this.star_target();
    if (!a) return null;
    const elts = [a];
    for (;;) {
      const before = this.mark;
      if (this.expect(',')) {
        const c = this.star_target();
        if (c) {
          elts.push(c);
          continue;
        }
      }
      this.mark = before;
      break;
    }
    if (elts.length > 1) {
      this.expect(',');
      return elts;
    }
    if (this.expect(',')) return elts;
    this.mark = m;
    return null;
  }

  // star_target: '*' (!'*' star_target) | target_with_star_atom
  private star_target(): ast.expr | null {
    return this.memoized(R.star_target, this.star_target_raw);
  }

  private star_target_raw(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    if (this.expect('*')) {
      if (!this.check('*')) {
        const a = this.star_target();
        if (a) return new ast.Starred(setExprContext(a, STORE), STORE, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
      this.mark = m;
      return null;
    }
    return this.target_with_star_atom();
  }

  // target_with_star_atom: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
  private target_with_star_atom(): ast.expr | null {
    return this.memoized(R.target_with_star_atom, this.target_with_star_atom_raw);
  }

  private target_with_star_atom_raw(): ast.expr | null {
    return this.subscriptOrAttributeTarget(STORE) ?? this.star_atom();
  }

  /** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in the given context. */
  private subscriptOrAttributeTarget(ctx: ast.Store | ast.Del): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    const a = this.t_primary();
    if (a) {
      const afterPrimary = this.mark;
      if (this.expect('.')) {
        const b = this.name();
        if (b && !this.t_lookahead()) return new ast.Attribute(a, b.id, ctx, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
      this.mark = afterPrimary;
      if (this.expect('[')) {
        const b = this.slices();
        if (b && this.expect(']') && !this.t_lookahead()) return new ast.Subscript(a, b, ctx, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
      }
    }
    this.mark = m;
    return null;
  }

  // star_atom:
  //   | NAME
  //   | '(' target_with_star_atom ')'
  //   | '(' [star_targets_tuple_seq] ')'
  //   | '[' [star_targets_list_seq] ']'
  private star_atom(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    const n = this.name();
    if (n) return setExprContext(n, STORE);
    if (this.expect('(')) {
      const a = this.target_with_star_atom();
      if (a && this.expect(')')) return setExprContext(a, STORE);
      this.mark = m + 1;
      const b = this.star_targets_tuple_seq();
      if (this.expect(')')) return new ast.Tuple(b ?? [], STORE, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    if (this.expect('[')) {
      const a = this.star_targets_list_seq();
      if (this.expect(']')) return new ast.List(a ?? [], STORE, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
  private single_target(): ast.expr | null {
    const a = this.single_subscript_attribute_target();
    if (a) return a;
    const n = this.name();
    if (n) return setExprContext(n, STORE);
    const m = this.mark;
    if (this.expect('(')) {
      const b = this.single_target();
      if (b && this.expect(')')) return b;
    }
    this.mark = m;
    return null;
  }

  // single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
  private single_subscript_attribute_target(): ast.expr | null {
    return this.subscriptOrAttributeTarget(STORE);
  }

  // t_primary: a primary that is followed by another trailer ('(' '[' or '.'), left-recursive in the grammar.
  private t_primary(): ast.expr | null {
    return this.memoized(R.t_primary, this.t_primary_raw);
  }

  private t_primary_raw(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    let a = this.atom();
    if (!a || !this.t_lookahead()) {
      this.mark = m;
      return null;
    }
    for (;;) {
      const before = this.mark;
      const next = this.primarySuffix(a, start, LOAD);
      if (next && this.t_lookahead()) {
        a = next;
        continue;
      }
      this.mark = before;
      return a;
    }
  }

  // t_lookahead: '(' | '[' | '.'
  private t_lookahead(): boolean {
    const t = this.peek();
    return t.type === TokenType.OP && (t.string === '(' || t.string === '[' || t.string === '.');
  }

  // del_targets: ','.del_target+ [',']
  private del_targets(): ast.expr[] | null {
    const a = this.gather(this.del_target);
    if (a) this.expect(',');
    return a;
  }

  // del_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
  private del_target(): ast.expr | null {
    return this.memoized(R.del_target, this.del_target_raw);
  }

  private del_target_raw(): ast.expr | null {
    return this.subscriptOrAttributeTarget(DEL) ?? this.del_t_atom();
  }

  // del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
  private del_t_atom(): ast.expr | null {
    const m = this.mark;
    const start = this.peek();
    const n = this.name();
    if (n) return setExprContext(n, DEL);
    if (this.expect('(')) {
      const a = this.del_target();
      if (a && this.expect(')')) return setExprContext(a, DEL);
      this.mark = m + 1;
      const b = this.del_targets();
      if (this.expect(')')) return new ast.Tuple(b ?? [], DEL, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    if (this.expect('[')) {
      const a = this.del_targets();
      if (this.expect(']')) return new ast.List(a ?? [], DEL, start.lineno, start.col_offset, this.endLineno(), this.endColOffset());
    }
    this.mark = m;
    return null;
  }

  // ---------------------------------------------------------------------------
  // Invalid assignments and definitions (second pass only)

  // invalid_assignment:
  //   | invalid_ann_assign_target ':' expression
  //   | star_named_expression ',' star_named_expressions* ':' expression
  //   | expression ':' expression
  //   | (star_targets '=')* star_expressions '='
  //   | (star_targets '=')* yield_expr '='
  //   | star_expressions augassign (yield_expr | star_expressions)
  private invalid_assignment(): void {
    const m = this.mark;
    const a = this.invalid_ann_assign_target();
    if (a && this.expect(':') && this.expression()) this.raiseKnownLocation(a, `only single target (not ${exprName(a)}) can be annotated`);
    this.mark = m;
    const b = this.star_named_expression();
    if (b && this.expect(',')) {
      this.repeat(() => this.star_named_expressions());
      if (this.expect(':') && this.expression()) this.raiseKnownLocation(b, 'only single target (not tuple) can be annotated');
    }
    this.mark = m;
    const c = this.expression();
    if (c && this.expect(':') && this.expression()) this.raiseKnownLocation(c, 'illegal target for annotation');
    this.mark = m;
    this.skipAssignmentTargets();
    const d = this.star_expressions();
    if (d && this.expect('=')) this.raiseInvalidTarget(TargetsType.STAR_TARGETS, d);
    this.mark = m;
    this.skipAssignmentTargets();
    const y = this.yield_expr();
    if (y && this.expect('=')) this.raiseKnownLocation(y, 'assignment to yield expression not possible');
    this.mark = m;
    const e = this.star_expressions();
    if (e) {
      const t = this.peek();
      if (t.type === TokenType.OP && AUGASSIGN_OPS[t.string]) {
        this.mark++;
        if (this.yield_expr() ?? this.star_expressions()) {
          this.raiseKnownLocation(e, `'${exprName(e)}' is an illegal expression for augmented assignment`);
        }
      }
    }
    this.mark = m;
  }

  /** (star_targets '=')* */
  private skipAssignmentTargets(): void {
    for (;;) {
      const before = this.mark;
      if (this.star_targets() && this.expect('=')) continue;
      this.mark = before;
      return;
    }
  }

  // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
  private invalid_ann_assign_target(): ast.expr | null {
    const a = this.list() ?? this.tuple();
    if (a) return a;
    const m = this.mark;
    if (this.expect('(')) {
      const b = this.invalid_ann_assign_target();
      if (b && this.expect(')')) return b;
    }
    this.mark = m;
    return null;
  }

  // invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
  private invalid_def_raw(): void {
    const m = this.mark;
    this.expect('async');
    const a = this.expect('def');
    if (a && this.name() && this.expect('(')) {
      this.params();
      if (this.expect(')')) {
        this.optionalReturnAnnotation();
        this.raiseIfNoIndentedBlock('function definition', a);
      }
    }
    this.mark = m;
  }

  // invalid_class_def_raw:
  //   | 'class' NAME ['(' [arguments] ')'] NEWLINE
  //   | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
  private invalid_class_def_raw(): void {
    const m = this.mark;
    const header = (): Token | null => {
      const a = this.expect('class');
      if (!a || !this.name()) return null;
      const afterName = this.mark;
      if (this.expect('(')) {
        this.arguments();
        if (!this.expect(')')) this.mark = afterName;
      }
      return a;
    };
    if (header() && this.expectType(TokenType.NEWLINE)) this.raise("expected ':'");
    this.mark = m;
    const a = header();
    if (a) this.raiseIfNoIndentedBlock('class definition', a);
    this.mark = m;
  }

  // ---------------------------------------------------------------------------
  // Repetition helpers

  /** item* : zero or more. */
  private repeat<T>(item: (this: Parser) => T | null): T[] {
    const out: T[] = [];
    for (;;) {
      const m = this.mark;
      const x = item.call(this);
      if (x === null) {
        this.mark = m;
        return out;
      }
      out.push(x);
    }
  }

  /** sep.item+ : one or more items separated by `sep` (a trailing separator is left unconsumed). */
  private gather<T>(item: (this: Parser) => T | null, sep = ','): T[] | null {
    const first = item.call(this);
    if (first === null) return null;
    const out = [first];
    for (;;) {
      const m = this.mark;
      if (this.expect(sep)) {
        const x = item.call(this);
        if (x !== null) {
          out.push(x);
          continue;
        }
      }
      this.mark = m;
      return out;
    }
  }
}

type Located = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

/** The `func` of the Call that args builds; never reaches the tree. */
const PLACEHOLDER_FUNC = new ast.Name('', LOAD, 0, 0, 0, 0);

/** The number of digits of a decimal int literal (0 for other numbers), which int() limits. */
function decimalIntegerDigits(literal: string): number {
  if (!exceedsDigitLimit(literal.length) || /[.eEjJxXoObB]/.test(literal)) return 0;
  return literal.replaceAll('_', '').length;
}

function isLegacyStatementName(e: ast.expr): boolean {
  return e._kind === 'Name' && (e.id === 'print' || e.id === 'exec');
}

/** Identifiers are NFKC-normalised (PEP 3131); ASCII ones are already. */
function identifier(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return s.normalize('NFKC');
  return s;
}

/** Whether `t` ends an expression whatever comes before it: no operator, suffix or `if` is any of these. */
function endsExpression(t: Token): boolean {
  if (t.type === TokenType.NEWLINE || t.type === TokenType.ENDMARKER) return true;
  if (t.type !== TokenType.OP || t.string.length !== 1) return false;
  const c = t.string.charCodeAt(0);
  // ) ] } , : = ;
  return c === 0x29 || c === 0x5d || c === 0x7d || c === 0x2c || c === 0x3a || c === 0x3d || c === 0x3b;
}
