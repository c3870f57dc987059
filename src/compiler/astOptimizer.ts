// The AST optimizer, as CPython 3.11's Python/ast_opt.c: the compiler runs it on every
// tree before generating code. It replaces with a Constant node
//   - a unary or binary operation whose operands are constants (`-1`, `2 ** 8`, `'a' * 3`),
//     unless Python would raise, or the result would be a constant too big to be worth
//     keeping (the limits below);
//   - a tuple display of constants (`(1, 'a')` becomes a tuple constant);
//   - a subscript of a constant by a constant (`'abc'[0]`, `(1, 2)[-1]`; slices are not);
//   - `__debug__`, which is True unless optimizing (-O);
// and it rewrites
//   - `not (a is b)`, `not (a in b)` and their negations into `a is not b`, `a not in b`...;
//   - a list or set display after `in`/`not in` or as the iterable of a for loop or a
//     comprehension into a tuple (a tuple constant when all its items are constants) or
//     a frozenset constant, since nothing else can see the object;
//   - `'...%s...%r...' % (a, b)`, a str constant formatted with a tuple display and only
//     %s, %r and %a conversions, into the f-string that computes the same.
// Comparisons, boolean operators, conditional expressions and f-strings are never
// folded, nor is `str % x` otherwise. Under `from __future__ import annotations`
// annotations are left as written, since the compiler turns them back into text.
//
// Folded tuples and frozensets are held in Constant nodes as CPython's are, though the
// node classes type their value as an AST constant: the code generator reads a
// Constant's value as a CodeConstant.
import * as ast from '../ast/nodes';
import { PyBytes, type ConstantValue } from '../ast/constant';
import { ConstFrozenSet, ConstTuple, type CodeConstant } from '../bytecode/constants';
import { frozensetConstant } from '../objects/setOrder';
import { PyFrontEndError } from '../tokenizer/syntaxError';
import {
  binaryOperation, intBitLength, isInt, isSequence, sequenceLength, subscript, unaryOperation, bigIntOf,
  type ConstValue,
} from './constantFolding';
import { FutureFlag } from './future';

export interface OptimizeOptions {
  /** The -O level (0, 1 or 2). */
  optimize: number;
  /** The CO_FUTURE_* flags in effect (FutureFlag). */
  futureFlags?: number;
  /** sys.getrecursionlimit(); 1000 by default. */
  recursionLimit?: number;
  /** How deep the interpreter's recursion already is when compiling starts; 0 by default. */
  recursionDepth?: number;
  /** Which strs count as already interned when frozenset constants are made; none by default. */
  isInterned?: (s: string) => boolean;
}

/**
 * Optimizes `mod` in place (and returns it). Throws PyFrontEndError('RecursionError')
 * when the tree nests deeper than CPython's optimizer allows.
 */
export function optimizeAst<T extends ast.mod>(mod: T, options: OptimizeOptions): T {
  new AstFolder(options).module(mod);
  return mod;
}

// Results beyond these sizes are left to be computed at run time: big constants cost
// memory in every code object that holds them, and time to hash.
const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including the items of nested collections

/**
 * The compiler's passes may nest this many times deeper than Python calls, since a
 * level of the tree costs them much less C stack than a Python call does.
 */
const COMPILER_STACK_FRAME_SCALE = 3;
const DEFAULT_RECURSION_LIMIT = 1000;

const INVERTED_COMPARISONS: Partial<Record<ast.cmpop['_kind'], () => ast.cmpop>> = {
  Is: () => new ast.IsNot(),
  IsNot: () => new ast.Is(),
  In: () => new ast.NotIn(),
  NotIn: () => new ast.In(),
  // The others cannot be inverted: `not a == b` need not equal `a != b` (== and != are
  // often defined in terms of each other), nor `not a < b` equal `a >= b` (sets).
};

/** A Constant node holding `value`, at the place of the node it replaces. */
function constantAt(node: ast.expr, value: ConstValue): ast.Constant {
  return new ast.Constant(value as ConstantValue, null, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

/** The values of `elements` if they are all constants. */
function constantValues(elements: readonly ast.expr[]): ConstValue[] | null {
  const values: ConstValue[] = [];
  for (const element of elements) {
    if (element._kind !== 'Constant') return null;
    values.push(element.value);
  }
  return values;
}

function isDocstring(body: readonly ast.stmt[]): boolean {
  const first = body[0];
  return first?._kind === 'Expr' && first.value._kind === 'Constant' && typeof first.value.value === 'string';
}

/** How many items `value` holds, nested collections' items included, subtracted from `limit`. */
function remainingItems(value: CodeConstant, limit: number): number {
  if (!(value instanceof ConstTuple || value instanceof ConstFrozenSet)) return limit;
  limit -= value.items.length;
  for (const item of value.items) {
    if (limit < 0) break;
    limit = remainingItems(item, limit);
  }
  return limit;
}

/** CPython reads a shift count or an exponent as a C size_t; a bigger one is refused. */
const SIZE_T_MAX = 2n ** 64n - 1n;

/** Refuses int products of more than MAX_INT_SIZE bits and repetitions past the size limits. */
function safeMultiply(left: ConstValue, right: ConstValue): ConstValue | undefined {
  if (isInt(left) && isInt(right)) {
    const leftBits = intBitLength(left);
    const rightBits = intBitLength(right);
    if (leftBits !== 0 && rightBits !== 0 && leftBits + rightBits > MAX_INT_SIZE) return undefined;
  } else if (isInt(left) && isSequence(right)) {
    const size = sequenceLength(right);
    if (size !== 0) {
      const count = bigIntOf(left);
      const limit = right instanceof ConstTuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
      if (count < 0n || count > BigInt(Math.floor(limit / size))) return undefined;
      if (right instanceof ConstTuple && count !== 0n && remainingItems(right, Math.floor(MAX_TOTAL_ITEMS / Number(count))) < 0) {
        return undefined;
      }
    }
  } else if (isInt(right) && isSequence(left)) {
    return safeMultiply(right, left);
  }
  return binaryOperation('Mult', left, right);
}

/** Refuses int powers of more than MAX_INT_SIZE bits (by a cheap estimate). */
function safePower(base: ConstValue, exponent: ConstValue): ConstValue | undefined {
  if (isInt(base) && isInt(exponent) && intBitLength(base) !== 0 && bigIntOf(exponent) > 0n) {
    const power = bigIntOf(exponent);
    if (power > SIZE_T_MAX || intBitLength(base) > Math.floor(MAX_INT_SIZE / Number(power))) return undefined;
  }
  return binaryOperation('Pow', base, exponent);
}

/** Refuses int shifts to more than MAX_INT_SIZE bits. */
function safeLeftShift(value: ConstValue, count: ConstValue): ConstValue | undefined {
  if (isInt(value) && isInt(count) && intBitLength(value) !== 0 && intBitLength(count) !== 0) {
    const shift = bigIntOf(count);
    if (shift < 0n || shift > BigInt(MAX_INT_SIZE) || intBitLength(value) > MAX_INT_SIZE - Number(shift)) return undefined;
  }
  return binaryOperation('LShift', value, count);
}

/** `str % x` and `bytes % x` are formatting, whose result can be arbitrarily big. */
function safeRemainder(left: ConstValue, right: ConstValue): ConstValue | undefined {
  if (typeof left === 'string' || left instanceof PyBytes) return undefined;
  return binaryOperation('Mod', left, right);
}

// ---------------------------------------------------------------------------------
// `'%s ... %r' % (a, b)` as `f'{a!s} ... {b!r}'`.

/** A Constant the code generator places at the location of the instruction before it. */
function unlocatedString(text: string): ast.Constant {
  return new ast.Constant(text, null, -1, -1, -1, -1);
}

/**
 * The f-string `format % items` computes, or `node` itself when the format has other
 * conversions than %s, %r and %a (with at most a width and a precision of two digits
 * each), a mapping key, a `*`, or not one conversion per item.
 */
function printfAsFString(node: ast.BinOp, format: string, items: readonly ast.expr[]): ast.expr {
  const values: ast.expr[] = [];
  let position = 0;
  let itemsUsed = 0;
  for (;;) {
    const literalEnd = endOfLiteral(format, position);
    if (literalEnd > position) values.push(unlocatedString(format.slice(position, literalEnd).replaceAll('%%', '%')));
    position = literalEnd;
    if (position >= format.length) break;
    if (itemsUsed >= items.length) return node;
    const conversion = parseConversion(format, position + 1);
    if (!conversion) return node;
    const item = items[itemsUsed++];
    const formatSpec = conversion.formatSpec ? unlocatedString(conversion.formatSpec) : null;
    values.push(new ast.FormattedValue(item, conversion.type.charCodeAt(0), formatSpec, item.lineno, item.col_offset, item.end_lineno, item.end_col_offset));
    position = conversion.end;
  }
  if (itemsUsed < items.length) return node;
  return new ast.JoinedStr(values, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

/** Where the literal text from `start` ends: at a `%` that is not part of a `%%`, or at the end. */
function endOfLiteral(format: string, start: number): number {
  let end = start;
  while (end < format.length) {
    if (format[end] !== '%') end += 1;
    else if (format[end + 1] === '%') end += 2;
    else break;
  }
  return end;
}

/** Widths and precisions of more digits are left to run time. */
const MAX_FORMAT_DIGITS = 2;

/**
 * The conversion whose flags start at `start` (after its `%`), as an f-string field's
 * conversion type and format spec; null if it is not one the optimizer rewrites.
 */
function parseConversion(format: string, start: number): { type: string; formatSpec: string; end: number } | null {
  let position = start;
  const next = (): string | null => (position < format.length ? format[position++] : null);
  let leftJustify = false;
  let c = next();
  // Only '-' matters for strings: zero padding, signs and the alternate form do not apply.
  while (c === '-' || c === '+' || c === ' ' || c === '#' || c === '0') {
    if (c === '-') leftJustify = true;
    c = next();
  }
  const number = (): number | null => {
    let value = 0;
    for (let digits = 0; c !== null && c >= '0' && c <= '9'; digits++) {
      if (digits === MAX_FORMAT_DIGITS) return null;
      value = value * 10 + Number(c);
      c = next();
    }
    return value;
  };
  let width = -1;
  if (c !== null && c >= '0' && c <= '9') {
    const parsed = number();
    if (parsed === null || c === null) return null;
    width = parsed;
  }
  let precision = -1;
  if (c === '.') {
    c = next();
    const parsed = number();
    if (parsed === null || c === null) return null;
    precision = parsed;
  }
  if (c !== 's' && c !== 'r' && c !== 'a') return null;
  const alignment = !leftJustify && width > 0 ? '>' : '';
  const formatSpec = `${alignment}${width >= 0 ? width : ''}${precision >= 0 ? `.${precision}` : ''}`;
  return { type: c, formatSpec, end: position };
}

class AstFolder {
  private readonly debugValue: boolean;
  private readonly futureAnnotations: boolean;
  private depth: number;
  private readonly depthLimit: number;

  private readonly isInterned: (s: string) => boolean;

  constructor(options: OptimizeOptions) {
    this.debugValue = options.optimize === 0;
    this.isInterned = options.isInterned ?? (() => false);
    this.futureAnnotations = ((options.futureFlags ?? 0) & FutureFlag.annotations) !== 0;
    this.depth = (options.recursionDepth ?? 0) * COMPILER_STACK_FRAME_SCALE;
    this.depthLimit = (options.recursionLimit ?? DEFAULT_RECURSION_LIMIT) * COMPILER_STACK_FRAME_SCALE;
  }

  module(mod: ast.mod): void {
    switch (mod._kind) {
      case 'Module': this.body(mod.body); break;
      case 'Interactive': this.statements(mod.body); break;
      case 'Expression': mod.body = this.expression(mod.body); break;
      case 'FunctionType': break;
    }
  }

  /** Counts a level of nesting against the recursion limit, as CPython counts each expression, statement and pattern. */
  private enter(): void {
    if (++this.depth > this.depthLimit) {
      throw new PyFrontEndError('RecursionError', 'maximum recursion depth exceeded during compilation');
    }
  }

  /**
   * A module, class or function body. Folding can turn its first statement into a
   * string constant (`'a' + 'b'`), which must not then become the docstring: such a
   * string is wrapped in an f-string, which compiles to the same constant.
   */
  private body(statements: ast.stmt[]): void {
    const hadDocstring = isDocstring(statements);
    this.statements(statements);
    if (!hadDocstring && isDocstring(statements)) {
      const first = statements[0] as ast.Expr;
      first.value = new ast.JoinedStr([first.value], first.lineno, first.col_offset, first.end_lineno, first.end_col_offset);
    }
  }

  private statements(statements: readonly ast.stmt[]): void {
    for (const statement of statements) this.statement(statement);
  }

  private statement(node: ast.stmt): void {
    this.enter();
    switch (node._kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.arguments(node.args);
        this.body(node.body);
        this.expressions(node.decorator_list);
        if (node.returns) node.returns = this.annotation(node.returns);
        break;
      case 'ClassDef':
        this.expressions(node.bases);
        this.keywords(node.keywords);
        this.body(node.body);
        this.expressions(node.decorator_list);
        break;
      case 'Return':
        if (node.value) node.value = this.expression(node.value);
        break;
      case 'Delete':
        this.expressions(node.targets);
        break;
      case 'Assign':
        this.expressions(node.targets);
        node.value = this.expression(node.value);
        break;
      case 'AugAssign':
        node.target = this.expression(node.target);
        node.value = this.expression(node.value);
        break;
      case 'AnnAssign':
        node.target = this.expression(node.target);
        node.annotation = this.annotation(node.annotation);
        if (node.value) node.value = this.expression(node.value);
        break;
      case 'For':
        node.target = this.expression(node.target);
        node.iter = this.expression(node.iter);
        this.statements(node.body);
        this.statements(node.orelse);
        node.iter = this.iterable(node.iter);
        break;
      case 'AsyncFor':
        node.target = this.expression(node.target);
        node.iter = this.expression(node.iter);
        this.statements(node.body);
        this.statements(node.orelse);
        break;
      case 'While':
      case 'If':
        node.test = this.expression(node.test);
        this.statements(node.body);
        this.statements(node.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of node.items) {
          item.context_expr = this.expression(item.context_expr);
          if (item.optional_vars) item.optional_vars = this.expression(item.optional_vars);
        }
        this.statements(node.body);
        break;
      case 'Raise':
        if (node.exc) node.exc = this.expression(node.exc);
        if (node.cause) node.cause = this.expression(node.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.statements(node.body);
        for (const handler of node.handlers) {
          if (handler.type) handler.type = this.expression(handler.type);
          this.statements(handler.body);
        }
        this.statements(node.orelse);
        this.statements(node.finalbody);
        break;
      case 'Assert':
        node.test = this.expression(node.test);
        if (node.msg) node.msg = this.expression(node.msg);
        break;
      case 'Expr':
        node.value = this.expression(node.value);
        break;
      case 'Match':
        node.subject = this.expression(node.subject);
        for (const matchCase of node.cases) {
          this.pattern(matchCase.pattern);
          if (matchCase.guard) matchCase.guard = this.expression(matchCase.guard);
          this.statements(matchCase.body);
        }
        break;
      case 'Import':
      case 'ImportFrom':
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
    this.depth--;
  }

  /** Annotations that will become strings must keep the text they were written as. */
  private annotation(node: ast.expr): ast.expr {
    return this.futureAnnotations ? node : this.expression(node);
  }

  private arguments(node: ast.arguments_): void {
    for (const arg of [...node.posonlyargs, ...node.args, ...node.kwonlyargs]) {
      if (arg.annotation) arg.annotation = this.annotation(arg.annotation);
    }
    for (const arg of [node.vararg, node.kwarg]) {
      if (arg?.annotation) arg.annotation = this.annotation(arg.annotation);
    }
    // A keyword-only argument without a default has a null here.
    this.optionalExpressions(node.kw_defaults);
    this.expressions(node.defaults);
  }

  private keywords(keywords: readonly ast.keyword[]): void {
    for (const keyword of keywords) keyword.value = this.expression(keyword.value);
  }

  private comprehensions(generators: readonly ast.comprehension[]): void {
    for (const generator of generators) {
      generator.target = this.expression(generator.target);
      generator.iter = this.expression(generator.iter);
      this.expressions(generator.ifs);
      generator.iter = this.iterable(generator.iter);
    }
  }

  private expressions(nodes: ast.expr[]): void {
    for (let i = 0; i < nodes.length; i++) nodes[i] = this.expression(nodes[i]);
  }

  private optionalExpressions(nodes: (ast.expr | null)[]): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (node) nodes[i] = this.expression(node);
    }
  }

  /** Folds `node`'s subexpressions, then `node` itself; returns what replaces it. */
  private expression(node: ast.expr): ast.expr {
    this.enter();
    const result = this.foldExpression(node);
    this.depth--;
    return result;
  }

  private foldExpression(node: ast.expr): ast.expr {
    switch (node._kind) {
      case 'BoolOp':
        this.expressions(node.values);
        break;
      case 'BinOp':
        node.left = this.expression(node.left);
        node.right = this.expression(node.right);
        return this.foldBinaryOperation(node);
      case 'UnaryOp':
        node.operand = this.expression(node.operand);
        return this.foldUnaryOperation(node);
      case 'Lambda':
        this.arguments(node.args);
        node.body = this.expression(node.body);
        break;
      case 'IfExp':
        node.test = this.expression(node.test);
        node.body = this.expression(node.body);
        node.orelse = this.expression(node.orelse);
        break;
      case 'Dict':
        // `**mapping` items have a null key.
        this.optionalExpressions(node.keys);
        this.expressions(node.values);
        break;
      case 'Set':
        this.expressions(node.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        node.elt = this.expression(node.elt);
        this.comprehensions(node.generators);
        break;
      case 'DictComp':
        node.key = this.expression(node.key);
        node.value = this.expression(node.value);
        this.comprehensions(node.generators);
        break;
      case 'Await':
      case 'YieldFrom':
        node.value = this.expression(node.value);
        break;
      case 'Yield':
        if (node.value) node.value = this.expression(node.value);
        break;
      case 'Compare':
        node.left = this.expression(node.left);
        this.expressions(node.comparators);
        this.foldComparison(node);
        break;
      case 'Call':
        node.func = this.expression(node.func);
        this.expressions(node.args);
        this.keywords(node.keywords);
        break;
      case 'FormattedValue':
        node.value = this.expression(node.value);
        if (node.format_spec) node.format_spec = this.expression(node.format_spec);
        break;
      case 'JoinedStr':
        this.expressions(node.values);
        break;
      case 'Attribute':
      case 'Starred':
        node.value = this.expression(node.value);
        break;
      case 'Subscript':
        node.value = this.expression(node.value);
        node.slice = this.expression(node.slice);
        return this.foldSubscript(node);
      case 'Slice':
        if (node.lower) node.lower = this.expression(node.lower);
        if (node.upper) node.upper = this.expression(node.upper);
        if (node.step) node.step = this.expression(node.step);
        break;
      case 'List':
        this.expressions(node.elts);
        break;
      case 'Tuple':
        this.expressions(node.elts);
        return this.foldTuple(node);
      case 'Name':
        if (node.id === '__debug__' && node.ctx._kind === 'Load') return constantAt(node, this.debugValue);
        break;
      case 'NamedExpr':
        // The target is a plain name: nothing to fold.
        node.value = this.expression(node.value);
        break;
      case 'Constant':
        break;
    }
    return node;
  }

  private pattern(node: ast.pattern): void {
    this.enter();
    switch (node._kind) {
      case 'MatchValue':
        node.value = this.expression(node.value);
        break;
      case 'MatchSequence':
      case 'MatchOr':
        this.patterns(node.patterns);
        break;
      case 'MatchMapping':
        this.expressions(node.keys);
        this.patterns(node.patterns);
        break;
      case 'MatchClass':
        node.cls = this.expression(node.cls);
        this.patterns(node.patterns);
        this.patterns(node.kwd_patterns);
        break;
      case 'MatchAs':
        if (node.pattern) this.pattern(node.pattern);
        break;
      case 'MatchSingleton':
      case 'MatchStar':
        break;
    }
    this.depth--;
  }

  private patterns(nodes: readonly ast.pattern[]): void {
    for (const node of nodes) this.pattern(node);
  }

  private foldUnaryOperation(node: ast.UnaryOp): ast.expr {
    const operand = node.operand;
    if (operand._kind === 'Constant') {
      const value = unaryOperation(node.op._kind, operand.value);
      return value === undefined ? node : constantAt(node, value);
    }
    if (node.op._kind === 'Not' && operand._kind === 'Compare' && operand.ops.length === 1) {
      const inverted = INVERTED_COMPARISONS[operand.ops[0]._kind];
      if (inverted) {
        operand.ops[0] = inverted();
        // The comparison takes the place (and keeps the position) of the `not`.
        return operand;
      }
    }
    return node;
  }

  private foldBinaryOperation(node: ast.BinOp): ast.expr {
    if (node.left._kind !== 'Constant') return node;
    if (node.op._kind === 'Mod' && typeof node.left.value === 'string' && node.right._kind === 'Tuple') {
      const items = node.right.elts;
      return items.some((item) => item._kind === 'Starred') ? node : printfAsFString(node, node.left.value, items);
    }
    if (node.right._kind !== 'Constant') return node;
    const left: ConstValue = node.left.value;
    const right: ConstValue = node.right.value;
    let value: ConstValue | undefined;
    switch (node.op._kind) {
      case 'Mult': value = safeMultiply(left, right); break;
      case 'Pow': value = safePower(left, right); break;
      case 'LShift': value = safeLeftShift(left, right); break;
      case 'Mod': value = safeRemainder(left, right); break;
      default: value = binaryOperation(node.op._kind, left, right);
    }
    return value === undefined ? node : constantAt(node, value);
  }

  private foldTuple(node: ast.Tuple): ast.expr {
    if (node.ctx._kind !== 'Load') return node;
    const values = constantValues(node.elts);
    return values ? constantAt(node, new ConstTuple(values)) : node;
  }

  private foldSubscript(node: ast.Subscript): ast.expr {
    if (node.ctx._kind !== 'Load' || node.value._kind !== 'Constant' || node.slice._kind !== 'Constant') return node;
    const value = subscript(node.value.value, node.slice.value);
    return value === undefined ? node : constantAt(node, value);
  }

  /** Only the last comparison of a chain can be folded: `a < b in [c]`, not `a in [b] < c`. */
  private foldComparison(node: ast.Compare): void {
    const last = node.ops.length - 1;
    const op = node.ops[last]._kind;
    if (op === 'In' || op === 'NotIn') node.comparators[last] = this.iterable(node.comparators[last]);
  }

  /**
   * A display that is only iterated or searched: a list becomes a tuple (cheaper to
   * build, and a constant if all its items are), a set of constants a frozenset constant.
   */
  private iterable(node: ast.expr): ast.expr {
    if (node._kind === 'List') {
      if (node.elts.some((element) => element._kind === 'Starred')) return node;
      const tuple = new ast.Tuple(node.elts, node.ctx, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
      return this.foldTuple(tuple);
    }
    if (node._kind === 'Set') {
      const values = constantValues(node.elts);
      return values ? constantAt(node, frozensetConstant(values, this.isInterned)) : node;
    }
    return node;
  }
}
