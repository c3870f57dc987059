// The dict type object; dict.ts holds the storage and dictMethods.ts the methods.
import { PyDict } from './dict';
import { DictShape } from './dictShape';
import { MatchKind, nativeType } from './type';

export const dictType = nativeType('dict', undefined, { factory: (cls) => new PyDict(cls), matchKind: MatchKind.MAPPING });

export function newDict(): PyDict {
  return new PyDict(dictType);
}

/**
 * An instance's __dict__: a dict that keeps its shape, which attribute caches key on
 * (dictShape.ts), starting at `root` (its class's, for an instance made by its class).
 */
export function newInstanceDict(root: DictShape = DictShape.EMPTY): PyDict {
  const dict = new PyDict(dictType);
  dict.startShape(root);
  return dict;
}
