// The posix module object, which the files of this folder fill in, and what they share:
// defining functions, and turning a failed system call into CPython's OSError.
import type { Py } from '../../objects/object';
import { newModule } from '../../objects/module';
import { OSError, type PyBaseException } from '../../objects/exceptions';
import { bindClinicArguments, checkArgCount, type NativeFunction, type PyBuiltinFunction } from '../../objects/native';
import { osError } from '../../objects/osError';
import { defineFunction } from '../builtins';
import { isSystemCallError, strerror } from '../io/osErrors';

export const posixModule = newModule(
  'posix',
  'This module provides access to operating system functionality that is\n' +
    'standardized by the C Standard and the POSIX standard (a thinly\n' +
    'disguised Unix interface).  Refer to the library manual and\n' +
    'corresponding Unix manual entries for more information on calls.',
);
posixModule.dict.setStr('error', OSError);

export function definePosix(name: string, fn: NativeFunction): PyBuiltinFunction {
  return defineFunction(posixModule, name, fn);
}

/** The OSError for errno `errno` (glibc's text), naming the file(s) the call was about. */
export function errnoError(errno: number, filename?: Py, filename2?: Py): PyBaseException {
  return osError(errno, strerror(errno), filename, filename2);
}

/**
 * Runs a node:fs (or process) call, raising the OSError CPython raises for its failure:
 * the errno's subclass, naming `filename` (and `filename2`, for renames and links).
 */
export function posixCall<T>(call: () => T, filename?: Py, filename2?: Py): T {
  try {
    return call();
  } catch (error) {
    if (isSystemCallError(error)) throw errnoError(Math.abs(error.errno), filename, filename2);
    throw error;
  }
}

/**
 * The arguments of a posix function whose parameters can all be passed by keyword (as
 * argument clinic declares most of them): `names` in order, the first `required` of them
 * needed, those from `keywordOnlyFrom` on only by keyword.
 */
export function posixArguments(
  name: string,
  names: readonly string[],
  args: Py[],
  kwnames: readonly string[] | null,
  required = names.length,
  keywordOnlyFrom?: number,
): (Py | undefined)[] {
  return bindClinicArguments({ name, names, required, positionalOnly: 0, keywordOnlyFrom }, args, kwnames);
}

/** For the functions CPython declares METH_NOARGS or METH_O: complaints name them `posix.name()`. */
export function checkPosixArgCount(name: string, args: Py[], kwnames: readonly string[] | null, count: number): void {
  checkArgCount(`posix.${name}`, args, kwnames, count);
}
