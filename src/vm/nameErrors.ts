// The NameError and UnboundLocalError the eval loop raises for a name without a value,
// worded as CPython's.
import type { CodeInfo } from './codeInfo';
import { LocalKind } from '../bytecode/code';
import { NameError, newException, type PyBaseException, setExceptionField, UnboundLocalError } from '../objects/exceptions';

export function unboundLocal(info: CodeInfo, index: number): PyBaseException {
  const name = info.code.co_localsplusnames[index];
  return newException(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

/** A cell without a value: the function's own cell variable is a local (UnboundLocalError), a free variable is not. */
export function unboundFree(info: CodeInfo, index: number): PyBaseException {
  if ((info.code.co_localspluskinds[index] & LocalKind.FREE) === 0) return unboundLocal(info, index);
  const name = info.code.co_localsplusnames[index];
  const error = newException(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  setExceptionField(error, 'name', name);
  return error;
}

export function nameError(name: string): PyBaseException {
  const error = newException(NameError, `name '${name}' is not defined`);
  setExceptionField(error, 'name', name);
  return error;
}
