// The exception classes C modules make with PyErr_NewException("module.name", base):
// ordinary classes (heap types) of that module, like struct.error or zlib.error.
import type { Py } from '../objects/object';
import { type PyType, typeType } from '../objects/type';
import { Exception } from '../objects/exceptions';
import { newDict } from '../objects/dictType';
import { newTuple } from '../objects/tuple';
import { call } from '../objects/protocols';

/** The class `qualifiedName` ("module.name") deriving from `bases`, with `doc` as its docstring if given. */
export function newExceptionClass(qualifiedName: string, bases: PyType[] = [Exception], doc?: string): PyType {
  const dot = qualifiedName.lastIndexOf('.');
  const namespace = newDict();
  namespace.setStr('__module__', qualifiedName.slice(0, dot));
  if (doc !== undefined) namespace.setStr('__doc__', doc);
  return call(typeType, [qualifiedName.slice(dot + 1), newTuple(bases as Py[]), namespace]) as PyType;
}
