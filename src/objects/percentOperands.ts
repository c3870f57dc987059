// The operands of `%` formatting as printfFormat.ts sees them (PercentValue): each
// Python value described by its kind and by hooks over its special methods, which
// exist exactly when the type defines the method, as CPython's checks of the slots do.
import type { Py } from './object';
import type { PercentArgs, PercentValue } from './printfFormat';
import { floatType, typeOf } from './typeOf';
import { intValue, type Int } from './int';
import { PyFloat } from './float';
import { PyTuple } from './tuple';
import { bufferOf, PyBytes } from './bytes';
import { strValue } from './str';
import { callUnbound, getItem, intReturnedBy, pyIndex, pyRepr, pyStr } from './protocols';
import { PyBaseException, TypeError, typeError } from './exceptions';
import { PyError } from './pyError';

/** The right operand of `template % value`: a tuple's items, or the one value. */
export function percentArgs(value: Py): PercentArgs {
  return value instanceof PyTuple ? value.items.map(percentValue) : percentValue(value);
}

export function percentValue(value: Py): PercentValue {
  const type = typeOf(value);
  const protocols = {
    typeName: type.name,
    str: () => pyStr(value),
    repr: () => pyRepr(value),
    index: type.lookup('__index__') === undefined ? undefined : () => typeErrorsAsPyError(() => pyIndex(value)),
    // A float's own __int__ is what the formatter's truncation does.
    int: type.lookup('__int__') === undefined || type.lookup('__int__') === floatType.attrs.get('__int__') ? undefined : () => typeErrorsAsPyError(() => intFromDunder(value)),
    float: type.lookup('__float__') === undefined ? undefined : () => floatFromDunder(value),
    bytes: type.lookup('__bytes__') === undefined ? undefined : () => bytesFromDunder(value),
    getItem: type.lookup('__getitem__') === undefined ? undefined : (key: string | Uint8Array) => percentValue(getItem(value, typeof key === 'string' ? key : new PyBytes(key))),
  };
  const integer = intValue(value);
  if (integer !== undefined) return { kind: 'int', value: integer, ...protocols };
  if (value instanceof PyFloat) return { kind: 'float', value: value.value, ...protocols };
  const text = strValue(value);
  if (text !== undefined) return { kind: 'str', value: text, ...protocols };
  const bytes = bufferOf(value);
  if (bytes !== undefined) return { kind: 'bytes', value: bytes, ...protocols };
  return { kind: 'other', ...protocols };
}

/**
 * Runs a conversion whose TypeError the formatter replaces by its own message: the
 * formatter sees TypeErrors only as PyErrors, so a Python one is handed over as that.
 */
function typeErrorsAsPyError<T>(convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(TypeError)) throw new PyError('TypeError', pyStr(error));
    throw error;
  }
}

function intFromDunder(value: Py): Int {
  return intReturnedBy(callUnbound(typeOf(value).lookup('__int__')!, value, []), '__int__');
}

function floatFromDunder(value: Py): number {
  const result = callUnbound(typeOf(value).lookup('__float__')!, value, []);
  if (!(result instanceof PyFloat)) throw typeError(`${typeOf(value).name}.__float__ returned non-float (type ${typeOf(result).name})`);
  return result.value;
}

function bytesFromDunder(value: Py): Uint8Array {
  const result = callUnbound(typeOf(value).lookup('__bytes__')!, value, []);
  if (!(result instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(result).name})`);
  return result.bytes;
}
