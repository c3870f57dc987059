// From ast module objects back to pyvm's syntax tree (CPython's obj2ast), for
// compile(tree, ...): each node is read field by field through getattr, checked against
// the ASDL types, with CPython's messages for what is missing or of the wrong kind.
import * as ast from '../../ast/nodes';
import type { ConstantValue } from '../../ast/constant';
import type { Py } from '../../objects/object';
import { PyList } from '../../objects/list';
import { boolType, floatType, intType, strType, typeName, typeOf } from '../../objects/typeOf';
import { enterRecursiveCall, getAttrOrUndefined, isInstance, iterableToArray, leaveRecursiveCall, pyRepr } from '../../objects/protocols';
import { bytesType } from '../../objects/bytes';
import { complexType } from '../../objects/complex';
import { type PyTuple, tupleType } from '../../objects/tuple';
import { frozensetType } from '../../objects/set';
import { Ellipsis } from '../../objects/singletons';
import { newException, typeError, ValueError } from '../../objects/exceptions';
import { intValue } from '../../objects/int';
import { toCodeConstant } from '../../objects/codeMethods';
import type { FieldSpec } from '../../ast/schema';
import { astClasses, astClassesMade, astSpecs, isSimpleSum } from './astClasses';

type TreeValue = ast.Node | TreeValue[] | ConstantValue;

/** A Constant's value of a type no constant may have, kept for validation to report. */
export class InvalidConstant {
  constructor(readonly value: Py) {}
}

const MOD_KINDS: Record<string, string> = { exec: 'Module', eval: 'Expression', single: 'Interactive', func_type: 'FunctionType' };

/** The module node `tree` stands for, which must be of the kind `mode` compiles. */
export function modFromPython(tree: Py, mode: string): ast.mod {
  const expected = MOD_KINDS[mode];
  if (!isInstance(tree, astClasses().byName.get(expected)!)) throw typeError(`expected ${expected} node, got ${typeName(tree)}`);
  return nodeFromPython(tree, 'mod') as ast.mod;
}

/** Whether `value` is an instance of the ast module's AST class, so compile() takes it as a tree. */
export function isAstObject(value: Py): boolean {
  return astClassesMade() && isInstance(value, astClasses().root);
}

/** A node of the ASDL type `type` (a sum or product type) from its Python object. */
function nodeFromPython(value: Py, type: string): ast.Node {
  enterRecursiveCall(' during ast construction');
  try {
    const kind = astClasses().constructors.has(type) ? constructorOf(value, type) : type;
    const spec = astSpecs.get(kind)!;
    const attributes = spec.base === 'AST' ? spec.attributes : astSpecs.get(spec.base)!.attributes;
    // Errors name the constructor for a field, the type that declares them for an attribute.
    // The attributes (lineno...) are read first, as CPython reads them.
    const attributeValues = attributes.map((attribute) => fieldFromPython(value, attribute, spec.base === 'AST' ? kind : spec.base));
    const values = [...spec.fields.map((field) => fieldFromPython(value, field, kind)), ...attributeValues];
    const NodeClass = ast.nodeClasses[kind] as unknown as new (...args: unknown[]) => ast.Node;
    return new NodeClass(...values);
  } finally {
    leaveRecursiveCall();
  }
}

/** Which constructor of the sum type `type` the object is an instance of. */
function constructorOf(value: Py, type: string): string {
  const constructor = astClasses().constructors.get(type)!.find((cls) => isInstance(value, cls));
  if (constructor === undefined) throw typeError(`expected some sort of ${type}, but got ${pyRepr(value)}`);
  return constructor.name;
}

function fieldFromPython(owner: Py, field: FieldSpec, ownerName: string): TreeValue {
  const value = getAttrOrUndefined(owner, field.name);
  if (value === undefined) {
    if (field.qualifier === '?') return null;
    throw typeError(`required field "${field.name}" missing from ${ownerName}`);
  }
  if (value === null && field.qualifier === '?') return null;
  if (value === null && field.qualifier === '' && readsNoneAsMissing(field.type)) {
    throw newException(ValueError, `field '${field.name}' is required for ${ownerName}`);
  }
  if (field.qualifier !== '*') return scalarFromPython(value, field.type);
  if (!(value instanceof PyList)) throw typeError(`${ownerName} field "${field.name}" must be a list, not a ${typeName(value)}`);
  return value.items.slice().map((item) => scalarFromPython(item, field.type));
}

/**
 * Whether None read for a field of this type stands for no value, which the node's constructor
 * then refuses: so for an identifier and a node of a sum type (expr, stmt...); for the other
 * types (constant, int, string, expr_context, the product types) the reader judges None.
 */
function readsNoneAsMissing(type: string): boolean {
  return type === 'identifier' || (astClasses().constructors.has(type) && !isSimpleSum(type));
}

function scalarFromPython(value: Py, type: string): TreeValue {
  switch (type) {
    case 'identifier':
      if (typeof value !== 'string') throw typeError('AST identifier must be of type str');
      return value;
    case 'string':
      if (typeof value !== 'string') throw typeError('AST string must be of type str');
      return value;
    case 'int': {
      const int = intValue(value);
      if (int === undefined) throw newException(ValueError, `invalid integer value: ${pyRepr(value)}`);
      return Number(int);
    }
    case 'constant':
      // Refused later, by validation, where CPython's validator refuses it.
      return isConstant(value) ? (toCodeConstant(value) as ConstantValue) : (new InvalidConstant(value) as unknown as ConstantValue);
    default:
      return nodeFromPython(value, type);
  }
}

const CONSTANT_TYPES = new Set([intType, floatType, complexType, boolType, strType, bytesType, typeOf(null), typeOf(Ellipsis)]);

/** validate_constant: the exact types a Constant may hold, tuples and frozensets of them included. */
function isConstant(value: Py): boolean {
  const type = typeOf(value);
  if (CONSTANT_TYPES.has(type)) return true;
  if (type === tupleType) return (value as PyTuple).items.every(isConstant);
  if (type === frozensetType) return iterableToArray(value).every(isConstant);
  return false;
}
