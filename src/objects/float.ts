// float values: a boxed IEEE double. (Ints are JS numbers, so a float cannot be one.)
import { PyObject, type Py } from './object';
import { floatType } from './typeOf';
import type { PyType } from './type';

export class PyFloat extends PyObject {
  constructor(readonly value: number, cls: PyType = floatType) {
    super(cls);
  }
}

export function newFloat(value: number): PyFloat {
  return new PyFloat(value);
}

/** The double of a float or float-subclass instance; undefined for anything else. */
export function floatValue(value: Py): number | undefined {
  return value instanceof PyFloat ? value.value : undefined;
}
