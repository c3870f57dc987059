// type(value) for any Python value, and the types of the values held as JS primitives.
// Their methods are added by the files named for them (int.ts, bool.ts, str.ts, none.ts).
import type { Py } from './object';
import { nativeType, type PyType } from './type';
import { PyIntSubclassInstance } from './int';
import { PyFloat } from './float';
import { PyStrSubclassInstance } from './str';

// Instances of subclasses of int and float are boxed: PyIntSubclassInstance, PyFloat.
export const intType = nativeType('int', undefined, { factory: (cls) => new PyIntSubclassInstance(cls, 0) });
export const boolType = nativeType('bool', intType, { baseType: false });
export const strType = nativeType('str', undefined, { factory: (cls) => new PyStrSubclassInstance(cls, '') });
export const floatType = nativeType('float', undefined, { factory: (cls) => new PyFloat(0, cls) });
export const noneType = nativeType('NoneType', undefined, { baseType: false });

export function typeOf(value: Py): PyType {
  switch (typeof value) {
    case 'object':
      return value === null ? noneType : value.cls;
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    default:
      return boolType;
  }
}

/** The type's name, as error messages quote it. */
export function typeName(value: Py): string {
  return typeOf(value).name;
}
