// Turning whatever a JS `throw` carried into the Python exception it stands for.
import { exceptionTypes, MemoryError, newException, PyBaseException, RecursionError, SystemError } from './exceptions';
import { PyError } from './pyError';
import { PyFrontEndError, PySyntaxError } from '../tokenizer/syntaxError';
import { call } from './protocols';
import { newTuple } from './tuple';
import type { Py } from './object';

export function pyErrorToException(error: PyError): PyBaseException {
  return newException(exceptionTypes.get(error.type)!, error.msg);
}

/**
 * The Python exception for a caught JS value: Python exceptions as they are, PyErrors of
 * the pure helpers by name, a JS stack overflow as RecursionError, a failed allocation as
 * MemoryError; anything else is a bug in pyvm, reported as SystemError instead of a crash.
 */
export function toPyException(caught: unknown): PyBaseException {
  if (caught instanceof PyBaseException) return caught;
  if (caught instanceof PyError) return pyErrorToException(caught);
  if (caught instanceof PySyntaxError) return syntaxErrorToException(caught);
  if (caught instanceof PyFrontEndError) return newException(exceptionTypes.get(caught.kind)!, ...(caught.msg === '' ? [] : [caught.msg]));
  if (caught instanceof RangeError) {
    if (/call stack/.test(caught.message)) return newException(RecursionError, 'maximum recursion depth exceeded');
    if (/Invalid (array|string|typed array) length|allocation failed|out of memory/i.test(caught.message)) return newException(MemoryError);
  }
  const message = caught instanceof Error ? `${caught.message}` : String(caught);
  if (process.env.PYVM_DEBUG && caught instanceof Error) process.stderr.write(`${caught.stack}\n`);
  return newException(SystemError, `pyvm internal error: ${message}`);
}

/**
 * The SyntaxError (or subclass) for bad source, made as CPython's parser makes it:
 * type(msg, (filename, lineno, offset, text, end_lineno, end_offset)), or type(msg) for
 * the errors CPython reports without a location.
 */
function syntaxErrorToException(error: PySyntaxError): PyBaseException {
  const { filename, lineno, offset, text, end_lineno, end_offset } = error.location;
  const args: Py[] = lineno === null ? [error.msg] : [error.msg, newTuple([filename, lineno, offset, text, end_lineno, end_offset])];
  return call(exceptionTypes.get(error.kind)!, args) as PyBaseException;
}
