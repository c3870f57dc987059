// The dict type object; dict.ts holds the storage and dictMethods.ts the methods.
import { PyDict } from './dict';
import { nativeType } from './type';

export const dictType = nativeType('dict', undefined, { factory: (cls) => new PyDict(cls) });

export function newDict(): PyDict {
  return new PyDict(dictType);
}
