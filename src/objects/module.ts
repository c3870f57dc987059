// module objects: a namespace dict with a name.
import { PyObject, type Py } from './object';
import { nativeType } from './type';
import type { PyDict } from './dict';
import { newDict } from './dictType';

export const moduleType = nativeType('module', undefined, { factory: (cls) => new PyModule(newDict(), cls), instanceDict: true });

export class PyModule extends PyObject {
  declare dict: PyDict;

  constructor(dict: PyDict, cls = moduleType) {
    super(cls);
    this.dict = dict;
  }

  get name(): string {
    const name = this.dict.getStr('__name__');
    return typeof name === 'string' ? name : '?';
  }
}

export function newModule(name: string, doc: Py = null): PyModule {
  const dict = newDict();
  dict.setStr('__name__', name);
  dict.setStr('__doc__', doc);
  dict.setStr('__package__', null);
  dict.setStr('__loader__', null);
  dict.setStr('__spec__', null);
  return new PyModule(dict);
}
