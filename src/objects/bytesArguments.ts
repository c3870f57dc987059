// Reading the arguments of bytes, bytearray and memoryview methods as CPython's argument
// converters do, with their messages: bytes-like objects, byte values, C ssize_t and
// int counts, and the start/end of searches.
import type { Py } from './object';
import { IndexError, newException, OverflowError, type PyBaseException, typeError, ValueError } from './exceptions';
import { bufferOf } from './bytes';
import { intValue } from './int';
import { pyIndex } from './protocols';
import { typeName, typeOf } from './typeOf';
import type { PyType } from './type';
import { checkArgCount, noKeywords } from './native';

/** A Py_buffer argument: the bytes of a bytes-like object. */
export function bytesLikeArgument(value: Py): Uint8Array {
  const bytes = bufferOf(value);
  if (bytes === undefined) throw typeError(`a bytes-like object is required, not '${typeName(value)}'`);
  return bytes;
}

/** An optional bytes-like argument where None means "not given" (strip's chars, split's sep). */
export function optionalBytesLikeArgument(value: Py | undefined): Uint8Array | null {
  return value === undefined || value === null ? null : bytesLikeArgument(value);
}

/** Whether `value` has __index__, as _PyIndex_Check tests. */
export function hasIndex(value: Py): boolean {
  return intValue(value) !== undefined || typeOf(value).lookup('__index__') !== undefined;
}

/** A byte value: an object with __index__ whose value is in range(256) (bytearray's _getbytevalue). */
export function byteValue(value: Py, message = 'byte must be in range(0, 256)'): number {
  const index = pyIndex(value);
  if (typeof index !== 'number' || index < 0 || index > 255) throw newException(ValueError, message);
  return index;
}

/** An integer as the C `int` converter takes it. */
export function cIntArgument(value: Py): number {
  const index = pyIndex(value);
  if (typeof index === 'bigint' || index > 2 ** 31 - 1 || index < -(2 ** 31)) {
    throw newException(OverflowError, 'Python int too large to convert to C int');
  }
  return index;
}

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * A bigint as a C ssize_t holds it: beyond ssize_t, `overflow` is raised; within it, the
 * value is clamped to a JS safe integer (no buffer gets near either bound).
 */
function ssizeFromBigInt(index: bigint, overflow: () => PyBaseException): number {
  if (index > SSIZE_MAX || index < -SSIZE_MAX - 1n) throw overflow();
  return index > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** An integer as the C `Py_ssize_t` converter takes it. */
export function ssizeArgument(value: Py): number {
  const index = pyIndex(value);
  if (typeof index === 'number') return index;
  return ssizeFromBigInt(index, () => newException(OverflowError, 'Python int too large to convert to C ssize_t'));
}

/**
 * An index or count as PyNumber_AsSsize_t(value, errorType) reads it: an int beyond
 * ssize_t raises errorType (IndexError for subscripts, OverflowError for counts).
 */
export function indexSized(value: Py, errorType: PyType = IndexError): number {
  const index = pyIndex(value);
  if (typeof index === 'number') return index;
  return ssizeFromBigInt(index, () => newException(errorType, "cannot fit 'int' into an index-sized integer"));
}

/** A start or end of a search (_PyEval_SliceIndex): None means not given, big ints clamp. */
export function searchIndexArgument(value: Py | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (!hasIndex(value)) throw typeError('slice indices must be integers or None or have an __index__ method');
  return clampedIndex(value);
}

/** An int through __index__, clamped to a JS safe integer as PyNumber_AsSsize_t(value, NULL) clips to ssize_t. */
export function clampedIndex(value: Py): number {
  const index = pyIndex(value);
  if (typeof index === 'number') return index;
  return index > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/**
 * The positional-only arguments of an argument clinic method: a keyword is refused in
 * the method's qualified name ("bytes.center() takes no keyword arguments"), a wrong
 * count in its bare one ("center expected at least 1 argument, got 0").
 */
export function checkPositionalArguments(owner: string, name: string, args: Py[], kwnames: readonly string[] | null, min: number, max = min): void {
  noKeywords(`${owner}.${name}`, kwnames);
  checkArgCount(name, args, null, min, max);
}
