// Expressions back to source text, as CPython 3.11's Python/ast_unparse.c writes them:
// under `from __future__ import annotations` an annotation is compiled to this text.
// It is not ast.unparse: parentheses come from a fixed table of precedences (so
// `(-1) ** 2` and `2 ** (-1)` keep theirs), constants are written as their repr(), an
// f-string as `f` plus the repr() of its body, infinities as 1e309, and `...` as such.
import type * as ast from '../ast/nodes';
import { Ellipsis, PyComplex, PyFloat, type ConstantValue } from '../ast/constant';
import { pyRepr } from '../objects/pyRepr';
import { strRepr } from '../objects/strRepr';

/** The text of an annotation (CPython's _PyAST_ExprAsUnicode). */
export function unparseAnnotation(expr: ast.expr): string {
  return unparse(expr, Precedence.TEST);
}

/** Binding strength, loosest first: an expression is parenthesized where the context asks for more. */
const enum Precedence {
  TUPLE,
  TEST, // if-else, lambda
  OR,
  AND,
  NOT,
  CMP, // comparisons, in, not in, is, is not
  BOR, // |, and any operand of it: starred items and ** in dicts take this
  BXOR,
  BAND,
  SHIFT,
  ARITH, // binary + and -
  TERM, // *, @, /, %, //
  FACTOR, // unary +, - and ~
  POWER,
  AWAIT,
  ATOM,
}

const BINARY_OPERATORS: Record<ast.operator['_kind'], [text: string, precedence: Precedence]> = {
  Add: [' + ', Precedence.ARITH],
  Sub: [' - ', Precedence.ARITH],
  Mult: [' * ', Precedence.TERM],
  MatMult: [' @ ', Precedence.TERM],
  Div: [' / ', Precedence.TERM],
  Mod: [' % ', Precedence.TERM],
  LShift: [' << ', Precedence.SHIFT],
  RShift: [' >> ', Precedence.SHIFT],
  BitOr: [' | ', Precedence.BOR],
  BitXor: [' ^ ', Precedence.BXOR],
  BitAnd: [' & ', Precedence.BAND],
  FloorDiv: [' // ', Precedence.TERM],
  Pow: [' ** ', Precedence.POWER],
};

const UNARY_OPERATORS: Record<ast.unaryop['_kind'], [text: string, precedence: Precedence]> = {
  Invert: ['~', Precedence.FACTOR],
  Not: ['not ', Precedence.NOT],
  UAdd: ['+', Precedence.FACTOR],
  USub: ['-', Precedence.FACTOR],
};

const COMPARISON_OPERATORS: Record<ast.cmpop['_kind'], string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ',
  Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

const CONVERSIONS: Record<number, string> = { [0x61]: '!a', [0x72]: '!r', [0x73]: '!s' };

function parenthesizedIf(condition: boolean, text: string): string {
  return condition ? `(${text})` : text;
}

function list(items: readonly ast.expr[], level: Precedence): string {
  return items.map((item) => unparse(item, level)).join(', ');
}

function unparse(e: ast.expr, level: Precedence): string {
  switch (e._kind) {
    case 'BoolOp': {
      const [text, precedence] = e.op._kind === 'And' ? [' and ', Precedence.AND] : [' or ', Precedence.OR];
      return parenthesizedIf(level > precedence, e.values.map((value) => unparse(value, precedence + 1)).join(text));
    }
    case 'BinOp': {
      const [text, precedence] = BINARY_OPERATORS[e.op._kind];
      // ** groups to the right, the others to the left.
      const rightAssociative = e.op._kind === 'Pow' ? 1 : 0;
      const left = unparse(e.left, precedence + rightAssociative);
      const right = unparse(e.right, precedence + 1 - rightAssociative);
      return parenthesizedIf(level > precedence, left + text + right);
    }
    case 'UnaryOp': {
      const [text, precedence] = UNARY_OPERATORS[e.op._kind];
      return parenthesizedIf(level > precedence, text + unparse(e.operand, precedence));
    }
    case 'Lambda': {
      const positionalCount = e.args.posonlyargs.length + e.args.args.length;
      // With no positional parameter there is no space either: `lambda*args: 0`.
      const text = `${positionalCount ? 'lambda ' : 'lambda'}${parameters(e.args)}: ${unparse(e.body, Precedence.TEST)}`;
      return parenthesizedIf(level > Precedence.TEST, text);
    }
    case 'IfExp': {
      const text = `${unparse(e.body, Precedence.TEST + 1)} if ${unparse(e.test, Precedence.TEST + 1)} else ${unparse(e.orelse, Precedence.TEST)}`;
      return parenthesizedIf(level > Precedence.TEST, text);
    }
    case 'Dict': {
      // `**mapping` items have a null key.
      const keys: readonly (ast.expr | null)[] = e.keys;
      const items = e.values.map((value, i) => {
        const key = keys[i];
        return key ? `${unparse(key, Precedence.TEST)}: ${unparse(value, Precedence.TEST)}` : `**${unparse(value, Precedence.BOR)}`;
      });
      return `{${items.join(', ')}}`;
    }
    case 'Set':
      return `{${list(e.elts, Precedence.TEST)}}`;
    case 'GeneratorExp':
      return `(${unparse(e.elt, Precedence.TEST)}${comprehensions(e.generators)})`;
    case 'ListComp':
      return `[${unparse(e.elt, Precedence.TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp':
      return `{${unparse(e.elt, Precedence.TEST)}${comprehensions(e.generators)}}`;
    case 'DictComp':
      return `{${unparse(e.key, Precedence.TEST)}: ${unparse(e.value, Precedence.TEST)}${comprehensions(e.generators)}}`;
    case 'Yield':
      return e.value ? `(yield ${unparse(e.value, Precedence.TEST)})` : '(yield)';
    case 'YieldFrom':
      return `(yield from ${unparse(e.value, Precedence.TEST)})`;
    case 'Await':
      return parenthesizedIf(level > Precedence.AWAIT, `await ${unparse(e.value, Precedence.ATOM)}`);
    case 'Compare': {
      const rest = e.ops.map((op, i) => COMPARISON_OPERATORS[op._kind] + unparse(e.comparators[i], Precedence.CMP + 1));
      return parenthesizedIf(level > Precedence.CMP, unparse(e.left, Precedence.CMP + 1) + rest.join(''));
    }
    case 'Call':
      return unparse(e.func, Precedence.ATOM) + callArguments(e);
    case 'Constant':
      if (e.value === Ellipsis) return '...';
      return (e.kind ?? '') + constantRepr(e.value);
    case 'JoinedStr':
      return `f${strRepr(fStringBody(e.values))}`;
    case 'FormattedValue':
      return replacementField(e);
    case 'Attribute': {
      // `1 .real`: without the space the dot would read as part of the number.
      const value = e.value;
      const isIntLiteral = value._kind === 'Constant' && (typeof value.value === 'number' || typeof value.value === 'bigint');
      return `${unparse(value, Precedence.ATOM)}${isIntLiteral ? ' .' : '.'}${e.attr}`;
    }
    case 'Subscript':
      return `${unparse(e.value, Precedence.ATOM)}[${unparse(e.slice, Precedence.TUPLE)}]`;
    case 'Starred':
      return `*${unparse(e.value, Precedence.BOR)}`;
    case 'Slice': {
      const lower = e.lower ? unparse(e.lower, Precedence.TEST) : '';
      const upper = e.upper ? unparse(e.upper, Precedence.TEST) : '';
      return `${lower}:${upper}${e.step ? `:${unparse(e.step, Precedence.TEST)}` : ''}`;
    }
    case 'Name':
      return e.id;
    case 'List':
      return `[${list(e.elts, Precedence.TEST)}]`;
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const trailingComma = e.elts.length === 1 ? ',' : '';
      return parenthesizedIf(level > Precedence.TUPLE, list(e.elts, Precedence.TEST) + trailingComma);
    }
    case 'NamedExpr': {
      const text = `${unparse(e.target, Precedence.ATOM)} := ${unparse(e.value, Precedence.ATOM)}`;
      return parenthesizedIf(level > Precedence.TUPLE, text);
    }
  }
}

/** repr(), with an infinity written as 1e309, which reads back as one (inf would be a name). */
function constantRepr(value: ConstantValue): string {
  const text = pyRepr(value);
  const hasInfinity = (value instanceof PyFloat && Math.abs(value.value) === Infinity) || value instanceof PyComplex;
  return hasInfinity ? text.replaceAll('inf', '1e309') : text;
}

function comprehensions(generators: readonly ast.comprehension[]): string {
  return generators.map((generator) => {
    const ifs = generator.ifs.map((condition) => ` if ${unparse(condition, Precedence.TEST + 1)}`).join('');
    const target = unparse(generator.target, Precedence.TUPLE);
    return `${generator.is_async ? ' async for ' : ' for '}${target} in ${unparse(generator.iter, Precedence.TEST + 1)}${ifs}`;
  }).join('');
}

function callArguments(call: ast.Call): string {
  const only = call.args[0];
  // f(x for x in y): the generator expression's parentheses are the call's.
  if (call.args.length === 1 && call.keywords.length === 0 && only._kind === 'GeneratorExp') return unparse(only, Precedence.TEST);
  const keywords = call.keywords.map((keyword) => `${keyword.arg === null ? '**' : `${keyword.arg}=`}${unparse(keyword.value, Precedence.TEST)}`);
  return `(${[...call.args.map((arg) => unparse(arg, Precedence.TEST)), ...keywords].join(', ')})`;
}

function parameters(args: ast.arguments_): string {
  const written: string[] = [];
  const parameter = (arg: ast.arg): string => (arg.annotation ? `${arg.arg}: ${unparse(arg.annotation, Precedence.TEST)}` : arg.arg);
  const positional = [...args.posonlyargs, ...args.args];
  // Defaults belong to the last positional parameters.
  const firstDefault = positional.length - args.defaults.length;
  positional.forEach((arg, i) => {
    const text = parameter(arg) + (i >= firstDefault ? `=${unparse(args.defaults[i - firstDefault], Precedence.TEST)}` : '');
    written.push(i + 1 === args.posonlyargs.length ? `${text}, /` : text);
  });
  if (args.vararg || args.kwonlyargs.length > 0) written.push(`*${args.vararg ? parameter(args.vararg) : ''}`);
  // A keyword-only parameter without a default has a null one.
  const kwDefaults: readonly (ast.expr | null)[] = args.kw_defaults;
  args.kwonlyargs.forEach((arg, i) => {
    const defaultValue = kwDefaults[i];
    written.push(parameter(arg) + (defaultValue ? `=${unparse(defaultValue, Precedence.TEST)}` : ''));
  });
  if (args.kwarg) written.push(`**${parameter(args.kwarg)}`);
  return written.join(', ');
}

/** The text between an f-string's quotes. */
function fStringBody(values: readonly ast.expr[]): string {
  return values.map(fStringPart).join('');
}

function fStringPart(part: ast.expr): string {
  switch (part._kind) {
    case 'Constant':
      return String(part.value).replaceAll('{', '{{').replaceAll('}', '}}');
    case 'FormattedValue':
      return replacementField(part);
    case 'JoinedStr':
      return fStringBody(part.values);
    default:
      throw new Error(`unexpected ${part._kind} in an f-string`);
  }
}

/** `{value!r:spec}`. */
function replacementField(field: ast.FormattedValue): string {
  // Above TEST, so that a lambda's colon cannot read as the format spec's.
  const value = unparse(field.value, Precedence.TEST + 1);
  // `{ {...} }`: a value that opens with a brace is set apart from the field's own brace.
  const open = value.startsWith('{') ? '{ ' : '{';
  const conversion = CONVERSIONS[field.conversion] ?? '';
  const formatSpec = field.format_spec ? `:${fStringPart(field.format_spec)}` : '';
  return `${open}${value}${conversion}${formatSpec}}`;
}
