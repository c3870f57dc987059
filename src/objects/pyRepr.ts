// repr() of the values a Constant node can hold.
import { CodePointStr, type ConstantValue, Ellipsis, PyBytes, PyComplex, PyFloat } from '../ast/constant';
import { bytesRepr } from './bytesRepr';
import { complexRepr } from './complexRepr';
import { floatRepr } from './floatRepr';
import { intRepr } from './intRepr';
import { strRepr } from './strRepr';

export function pyRepr(value: ConstantValue): string {
  if (value === null) return 'None';
  if (value === Ellipsis) return 'Ellipsis';
  switch (typeof value) {
    case 'boolean':
      return value ? 'True' : 'False';
    case 'number':
    case 'bigint':
      return intRepr(value);
    case 'string':
      return strRepr(value);
  }
  if (value instanceof CodePointStr) return strRepr(value);
  if (value instanceof PyFloat) return floatRepr(value.value);
  if (value instanceof PyComplex) return complexRepr(value.real, value.imag);
  if (value instanceof PyBytes) return bytesRepr(value.bytes);
  throw new TypeError(`not a Python constant: ${String(value)}`);
}
