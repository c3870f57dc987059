// From pyvm's syntax tree to the Python objects of the ast module (CPython's ast2obj):
// what compile(..., PyCF_ONLY_AST) and so ast.parse() return.
import type * as ast from '../../ast/nodes';
import type { ConstantValue } from '../../ast/constant';
import type { Py, PyObject } from '../../objects/object';
import { PyList } from '../../objects/list';
import { newInstance } from '../../objects/objectMethods';
import { constantToValue } from '../../vm/constants';
import type { FieldSpec } from '../../ast/schema';
import { astClasses, astSpecs, isSimpleSum, singletonOf } from './astClasses';

type TreeValue = ast.Node | readonly TreeValue[] | ConstantValue | undefined;

export function astToPython(node: ast.Node): Py {
  const kind = node._kind;
  const spec = astSpecs.get(kind)!;
  if (spec.base !== 'AST' && isSimpleSum(spec.base)) return singletonOf(kind);
  const instance = newInstance(astClasses().byName.get(kind)!) as PyObject;
  const dict = instance.dict!;
  const values = node as unknown as Record<string, TreeValue>;
  // Position attributes are declared on the sum type, fields on the constructor.
  const attributes = spec.base === 'AST' ? spec.attributes : astSpecs.get(spec.base)!.attributes;
  for (const field of [...spec.fields, ...attributes]) dict.setStr(field.name, fieldToPython(field, values[field.name]));
  return instance;
}

function fieldToPython(field: FieldSpec, value: TreeValue): Py {
  if (field.qualifier === '*') return new PyList((value as readonly TreeValue[]).map((item) => scalarToPython(field.type, item)));
  return scalarToPython(field.type, value);
}

function scalarToPython(type: string, value: TreeValue): Py {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'identifier':
    case 'string':
    case 'int':
      return value as Py;
    case 'constant':
      return constantToValue(value as ConstantValue);
    default:
      return astToPython(value as ast.Node);
  }
}
