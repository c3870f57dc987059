// format(value, spec): the __format__ protocol, with the built-in types' mini-languages.
import type { Py } from './object';
import { callUnbound, enterRecursiveCall, leaveRecursiveCall } from './protocols';
import { PyMethodDescriptor } from './native';
import { typeOf } from './typeOf';
import { typeError } from './exceptions';
import { strValue } from './str';

export function pyFormat(value: Py, spec: string): string {
  return strValue(formatObject(value, spec))!;
}

/** format(value, spec) as the built-in gives it (PyObject_Format): a str subclass's instance that __format__ returned is kept. */
export function formatObject(value: Py, spec: string): Py {
  const method = typeOf(value).lookup('__format__');
  if (method === undefined) throw typeError(`Type ${typeOf(value).name} doesn't define __format__`);
  // CPython calls a built-in __format__ through a bound method, which counts as a level of recursion.
  const native = method instanceof PyMethodDescriptor;
  if (native) enterRecursiveCall(' while calling a Python object');
  let result: Py;
  try {
    result = callUnbound(method, value, [spec]);
  } finally {
    if (native) leaveRecursiveCall();
  }
  if (strValue(result) === undefined) throw typeError(`__format__ must return a str, not ${typeOf(result).name}`);
  return result;
}
