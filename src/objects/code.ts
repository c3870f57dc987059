// The code type: how a compiled CodeObject appears to Python (f.__code__, co_consts).
import type { CodeObject } from '../bytecode/code';
import { PyObject } from './object';
import { nativeType } from './type';

export const codeType = nativeType('code', undefined, { baseType: false });

export class PyCode extends PyObject {
  constructor(readonly code: CodeObject) {
    super(codeType);
  }
}

const wrappers = new WeakMap<CodeObject, PyCode>();

/** The one Python code object for a compiled CodeObject. */
export function pyCode(code: CodeObject): PyCode {
  let wrapper = wrappers.get(code);
  if (wrapper === undefined) wrappers.set(code, (wrapper = new PyCode(code)));
  return wrapper;
}
