// type(value) for any Python value, and the types of the values held as JS primitives.
// Their methods are added by the files named for them (int.ts, bool.ts, str.ts, none.ts).
import type { Py } from './object';
import { nativeType, type PyType } from './type';

export const intType = nativeType('int');
export const boolType = nativeType('bool', intType, { baseType: false });
export const strType = nativeType('str');
export const floatType = nativeType('float');
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
