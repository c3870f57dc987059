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

/** The one Python code object for a compiled CodeObject. */
export function pyCode(code: CodeObject): PyCode {
  code.pythonObject ??= new PyCode(code);
  return code.pythonObject as PyCode;
}
