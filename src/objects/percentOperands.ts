// The operands of `%` formatting as printfFormat.ts sees them (PercentValue): each
// Python value described by its kind and by hooks over its special methods, which
// exist exactly when the type defines the method, as CPython's checks of the slots do.
import type { Py } from './object';
import type { PercentArgs, PercentValue, PyInt } from './printfFormat';
import type { PyType } from './type';
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
  const integer = intValue(value);
  if (integer !== undefined) return new PercentOperand('int', integer, value) as PercentValue;
  if (value instanceof PyFloat) return new PercentOperand('float', value.value, value) as PercentValue;
  const text = strValue(value);
  if (text !== undefined) return new PercentOperand('str', text, value) as PercentValue;
  const bytes = bufferOf(value);
  if (bytes !== undefined) return new PercentOperand('bytes', bytes, value) as PercentValue;
  return new PercentOperand('other', undefined, value) as PercentValue;
}

/**
 * A PercentValue over a Python object. Its optional hooks are getters: the formatter
 * asks for a few of them for some conversions, and looking up five special methods and
 * making their closures for every operand was most of the cost of `'w%d' % n`.
 */
class PercentOperand {
  private readonly type: PyType;

  constructor(
    readonly kind: PercentValue['kind'],
    readonly value: PyInt | string | Uint8Array | undefined,
    private readonly object: Py,
  ) {
    this.type = typeOf(object);
  }

  get typeName(): string {
    return this.type.name;
  }

  str(): string {
    return pyStr(this.object);
  }

  repr(): string {
    return pyRepr(this.object);
  }

  get index(): (() => PyInt) | undefined {
    const { object } = this;
    return this.defines('__index__') ? () => typeErrorsAsPyError(() => pyIndex(object)) : undefined;
  }

  /** A float's own __int__ is what the formatter's truncation does. */
  get int(): (() => PyInt) | undefined {
    const { object } = this;
    const method = this.type.lookup('__int__');
    return method === undefined || method === floatType.attrs.get('__int__') ? undefined : () => typeErrorsAsPyError(() => intFromDunder(object));
  }

  get float(): (() => number) | undefined {
    const { object } = this;
    return this.defines('__float__') ? () => floatFromDunder(object) : undefined;
  }

  get bytes(): (() => Uint8Array) | undefined {
    const { object } = this;
    return this.defines('__bytes__') ? () => bytesFromDunder(object) : undefined;
  }

  get getItem(): ((key: string | Uint8Array) => PercentValue) | undefined {
    const { object } = this;
    return this.defines('__getitem__') ? (key) => percentValue(getItem(object, typeof key === 'string' ? key : new PyBytes(key))) : undefined;
  }

  private defines(name: string): boolean {
    return this.type.lookup(name) !== undefined;
  }
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
