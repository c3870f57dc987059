// complex values: a pair of doubles.
import { PyObject, type Py } from './object';
import { nativeType, type PyType } from './type';

export const complexType = nativeType('complex', undefined, { factory: (cls) => new PyComplex(0, 0, cls) });

export class PyComplex extends PyObject {
  constructor(
    readonly real: number,
    readonly imag: number,
    cls: PyType = complexType,
  ) {
    super(cls);
  }
}

export function complexValue(value: Py): PyComplex | undefined {
  return value instanceof PyComplex ? value : undefined;
}
