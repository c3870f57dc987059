// The checks CPython's PyAST_Validate makes on a tree built by hand before compiling
// it, with its messages: expression contexts, non-empty bodies and target lists,
// operator and operand counts, reserved names. The parser never makes such trees, so
// only trees from the ast module come here.
import type * as ast from '../../ast/nodes';
import { newException, typeError, ValueError } from '../../objects/exceptions';
import { typeName } from '../../objects/typeOf';
import { InvalidConstant } from './astFromPython';
import { astSpecs } from './astClasses';

type Context = 'Load' | 'Store' | 'Del';
type NodeFields = Record<string, unknown>;

const invalid = (message: string) => newException(ValueError, message);

/** Fields whose expressions are assigned to or deleted, not read. */
const TARGET_CONTEXTS: Record<string, Record<string, Context>> = {
  Assign: { targets: 'Store' },
  AugAssign: { target: 'Store' },
  AnnAssign: { target: 'Store' },
  For: { target: 'Store' },
  AsyncFor: { target: 'Store' },
  Delete: { targets: 'Del' },
  comprehension: { target: 'Store' },
  withitem: { optional_vars: 'Store' },
  NamedExpr: { target: 'Store' },
};

/** Node kinds whose context is checked, and whose elements share it (List, Tuple, Starred). */
const HAS_CONTEXT = new Set(['Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple']);
const PASSES_CONTEXT = new Set(['List', 'Tuple', 'Starred']);

/** Sequences that must not be empty, by node kind: field → what the message calls it. */
const NON_EMPTY: Record<string, Record<string, string>> = {
  FunctionDef: { body: 'body' },
  AsyncFunctionDef: { body: 'body' },
  ClassDef: { body: 'body' },
  For: { body: 'body' },
  AsyncFor: { body: 'body' },
  While: { body: 'body' },
  If: { body: 'body' },
  With: { items: 'items', body: 'body' },
  AsyncWith: { items: 'items', body: 'body' },
  Try: { body: 'body' },
  TryStar: { body: 'body' },
  ExceptHandler: { body: 'body' },
  Delete: { targets: 'targets' },
  Assign: { targets: 'targets' },
  Import: { names: 'names' },
  ImportFrom: { names: 'names' },
  Global: { names: 'names' },
  Nonlocal: { names: 'names' },
  Match: { cases: 'cases' },
  match_case: { body: 'body' },
};

const RESERVED_NAMES = new Set(['None', 'True', 'False']);

export function validateTree(tree: ast.mod): void {
  validateNode(tree as ast.Node, 'Load');
}

function validateNode(node: ast.Node, context: Context): void {
  const kind = node._kind;
  const fields = node as unknown as NodeFields;
  if (HAS_CONTEXT.has(kind)) {
    const actual = (fields.ctx as ast.Node)._kind;
    if (actual !== context) throw invalid(`expression must have ${context} context but has ${actual} instead`);
  }
  checkShape(kind, fields);
  const targets = TARGET_CONTEXTS[kind] ?? {};
  for (const field of astSpecs.get(kind)!.fields) {
    const childContext = targets[field.name] ?? (PASSES_CONTEXT.has(kind) && field.name !== 'ctx' ? context : 'Load');
    const value = fields[field.name];
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (isNode(child)) validateNode(child, childContext);
    }
  }
}

const isNode = (value: unknown): value is ast.Node =>
  typeof value === 'object' && value !== null && typeof (value as { _kind?: unknown })._kind === 'string';

/** The per-kind rules: non-empty sequences, matching counts, reserved names. */
function checkShape(kind: string, fields: NodeFields): void {
  for (const [field, label] of Object.entries(NON_EMPTY[kind] ?? {})) {
    if ((fields[field] as unknown[]).length === 0) throw invalid(`empty ${label} on ${kind}`);
  }
  const count = (field: string) => (fields[field] as unknown[]).length;
  switch (kind) {
    case 'Constant':
      if (fields.value instanceof InvalidConstant) throw typeError(`got an invalid type in Constant: ${typeName(fields.value.value)}`);
      break;
    case 'Name':
      if (RESERVED_NAMES.has(fields.id as string)) throw invalid(`identifier field can't represent '${fields.id as string}' constant`);
      break;
    case 'NamedExpr':
      if ((fields.target as ast.Node)._kind !== 'Name') throw typeError('NamedExpr target must be a Name');
      break;
    case 'BoolOp':
      if (count('values') < 2) throw invalid('BoolOp with less than 2 values');
      break;
    case 'Compare':
      if (count('comparators') === 0) throw invalid('Compare with no comparators');
      if (count('comparators') !== count('ops')) throw invalid('Compare has a different number of comparators and operands');
      break;
    case 'Dict':
      if (count('keys') !== count('values')) throw invalid("Dict doesn't have the same number of keys as values");
      break;
    case 'Try':
    case 'TryStar':
      if (count('handlers') === 0 && count('finalbody') === 0) throw invalid(`${kind} has neither except handlers nor finalbody`);
      if (count('handlers') === 0 && count('orelse') > 0) throw invalid(`${kind} has orelse but no except handlers`);
      break;
    case 'Raise':
      if (fields.exc === null && fields.cause !== null) throw invalid('Raise with cause but no exception');
      break;
    case 'arguments':
      if (count('defaults') > count('posonlyargs') + count('args')) throw invalid('more positional defaults than args on arguments');
      if (count('kw_defaults') !== count('kwonlyargs')) throw invalid('length of kwonlyargs is not the same as kw_defaults on arguments');
      break;
  }
}
