// The SyntaxWarnings CPython's compiler gives for code that compiles but is almost
// certainly a mistake: `is` with a literal, an assert on a parenthesized tuple, and
// calling or subscripting a display or literal where a comma was probably forgotten.
// The checks read the AST after constant folding, as CPython's do, so `(1, 2)` is
// already a tuple constant. Each returns the warning's message, or null.
import type * as ast from '../ast/nodes';
import { CodePointStr, Ellipsis, PyBytes, PyComplex, PyFloat } from '../ast/constant';
import { ConstFrozenSet, ConstTuple, type CodeConstant } from '../bytecode/constants';

export type { CompileWarning, CompileWarningSink } from '../tokenizer/syntaxError';

/** check_compare: the first `is`/`is not` with a literal operand (other than None, True, False, ...). */
export function literalIdentityWarning(e: ast.Compare): string | null {
  let leftIsIdentityOperand = isIdentityOperand(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const rightIsIdentityOperand = isIdentityOperand(e.comparators[i]);
    const op = e.ops[i]._kind;
    if ((op === 'Is' || op === 'IsNot') && !(leftIsIdentityOperand && rightIsIdentityOperand)) {
      return op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?';
    }
    leftIsIdentityOperand = rightIsIdentityOperand;
  }
  return null;
}

function isIdentityOperand(e: ast.expr): boolean {
  if (e._kind !== 'Constant') return true;
  const value = e.value;
  return value === null || value === true || value === false || value === Ellipsis;
}

/** An assert whose test is a non-empty tuple can never fail. */
export function alwaysTrueAssertWarning(test: ast.expr): string | null {
  const nonEmptyTuple = test._kind === 'Tuple'
    ? test.elts.length > 0
    : test._kind === 'Constant' && constantOf(test) instanceof ConstTuple && (constantOf(test) as ConstTuple).items.length > 0;
  return nonEmptyTuple ? 'assertion is always true, perhaps remove parentheses?' : null;
}

/** check_caller: calling a literal or a display. */
export function notCallableWarning(func: ast.expr): string | null {
  switch (func._kind) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp':
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      return `'${inferredTypeName(func)}' object is not callable; perhaps you missed a comma?`;
    default:
      return null;
  }
}

/** check_subscripter: subscripting something that has no __getitem__. */
export function notSubscriptableWarning(value: ast.expr): string | null {
  switch (value._kind) {
    case 'Constant': {
      const constant = constantOf(value);
      const subscriptable = !(constant === null || constant === Ellipsis || typeof constant === 'boolean'
        || typeof constant === 'number' || typeof constant === 'bigint'
        || constant instanceof PyFloat || constant instanceof PyComplex || constant instanceof ConstFrozenSet);
      if (subscriptable) return null;
      break;
    }
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'Lambda':
      break;
    default:
      return null;
  }
  return `'${inferredTypeName(value)}' object is not subscriptable; perhaps you missed a comma?`;
}

/** check_index: a sequence indexed by something known not to be an int or a slice. */
export function badIndexWarning(value: ast.expr, index: ast.expr): string | null {
  const indexType = inferredTypeName(index);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return null;
  switch (value._kind) {
    case 'Constant': {
      const constant = constantOf(value);
      const isSequence = typeof constant === 'string' || constant instanceof CodePointStr
        || constant instanceof PyBytes || constant instanceof ConstTuple;
      if (!isSequence) return null;
      break;
    }
    case 'Tuple': case 'List': case 'ListComp': case 'JoinedStr': case 'FormattedValue':
      break;
    default:
      return null;
  }
  return `${inferredTypeName(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`;
}

/** infer_type: the type an expression's value surely has, by its form alone. */
function inferredTypeName(e: ast.expr): string | null {
  switch (e._kind) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': return constantTypeName(constantOf(e));
    default: return null;
  }
}

/** Constant nodes hold folded tuples and frozensets too, after the AST optimizer. */
function constantOf(e: ast.Constant): CodeConstant {
  return e.value as CodeConstant;
}

function constantTypeName(value: CodeConstant): string {
  if (value === null) return 'NoneType';
  if (value === Ellipsis) return 'ellipsis';
  switch (typeof value) {
    case 'boolean': return 'bool';
    case 'number': case 'bigint': return 'int';
    case 'string': return 'str';
  }
  if (value instanceof CodePointStr) return 'str';
  if (value instanceof PyFloat) return 'float';
  if (value instanceof PyComplex) return 'complex';
  if (value instanceof PyBytes) return 'bytes';
  if (value instanceof ConstTuple) return 'tuple';
  if (value instanceof ConstFrozenSet) return 'frozenset';
  return 'code';
}
