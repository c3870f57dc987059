// The methods only bytearray has: initialisation (bytearray.__new__ is object's), and
// the mutations of a mutable sequence of bytes (item and slice assignment and deletion,
// append, extend, insert, pop, remove, +=, *=, ...). The shared ones are in bytesType.ts.
import type { Py } from './object';
import { typeName, typeOf } from './typeOf';
import { bytearrayType, bufferOf, PyByteArray, resizeRefused } from './bytes';
import { byteValue, checkPositionalArguments, hasIndex, indexSized, ssizeArgument } from './bytesArguments';
import { BYTEARRAY, codecArgument, CONSTRUCTOR_PARAMETERS, countOrObject, encodedSource, refuseCodecArguments, repeat } from './bytesType';
import { bindClinicArguments, checkArgCount, checkWrapperArgs, defineMethods } from './native';
import { getIter, iterNext } from './protocols';
import { IndexError, isInstanceOfException, newException, TypeError, typeError, ValueError } from './exceptions';
import { NotImplemented } from './singletons';
import { PySlice } from './slice';
import { PyFloat } from './float';
import { PyComplex } from './complex';
import { intValue } from './int';
import { strValue } from './str';
import { PyMemoryView } from './memoryview';

const EMPTY = new Uint8Array(0);

/** bytearray(source, encoding, errors): the contents are cleared first, as CPython does, then filled. */
function initialize(self: PyByteArray, args: Py[], kwnames: readonly string[] | null): void {
  const [source, encodingArgument, errorsArgument] = bindClinicArguments({ name: 'bytearray', names: CONSTRUCTOR_PARAMETERS, required: 0, positionalOnly: 0 }, args, kwnames);
  const encoding = codecArgument(encodingArgument, 'bytearray', 'encoding');
  const errors = codecArgument(errorsArgument, 'bytearray', 'errors');
  self.setContents(EMPTY);
  if (source !== undefined && strValue(source) !== undefined) {
    if (encoding === undefined) throw typeError('string argument without an encoding');
    self.setContents(encodedSource(source, encoding, errors));
    return;
  }
  refuseCodecArguments(encoding, errors);
  if (source !== undefined) self.setContents(countOrObject(source, BYTEARRAY));
}

/** PyNumber_Check: what slice assignment refuses to read as an iterable. */
export function isNumber(value: Py): boolean {
  if (intValue(value) !== undefined || value instanceof PyFloat || value instanceof PyComplex) return true;
  const type = typeOf(value);
  return type.lookup('__index__') !== undefined || type.lookup('__int__') !== undefined || type.lookup('__float__') !== undefined;
}

/** The bytes a slice assignment puts in: a buffer's, or those bytearray(value) would hold. */
function assignedBytes(self: PyByteArray, value: Py): Uint8Array {
  if (value instanceof PyByteArray && value !== self) return value.bytes;
  if (isNumber(value) || strValue(value) !== undefined) throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  return bufferOf(value)?.slice() ?? countOrObject(value, BYTEARRAY);
}

/**
 * CPython refuses to resize a bytearray whose buffer is exported. Exports are not
 * tracked in general (see memoryview.ts), but an operation's own argument can hold one
 * for the operation's duration: an unreleased memoryview of the bytearray, or (for +=)
 * the bytearray itself.
 */
function holdsExport(self: PyByteArray, argument: Py): boolean {
  return argument instanceof PyMemoryView && argument.exporter === self && !argument.released;
}

function refuseResize(self: PyByteArray, newLength: number): void {
  if (newLength !== self.length) throw resizeRefused();
}

/** self[key] = value, or del self[key] when value is undefined (bytearray_ass_subscript). */
function assignSubscript(self: PyByteArray, key: Py, value: Py | undefined): void {
  const length = self.length;
  let start: number;
  let stop: number;
  let step: number;
  let selected: number;
  if (hasIndex(key)) {
    let index = indexSized(key);
    if (index < 0) index += length;
    if (index < 0 || index >= length) throw newException(IndexError, 'bytearray index out of range');
    if (value !== undefined) {
      self.bytes[index] = byteValue(value);
      return;
    }
    [start, stop, step, selected] = [index, index + 1, 1, 1];
  } else if (key instanceof PySlice) {
    [start, stop, step, selected] = key.indices(length);
  } else {
    throw typeError(`bytearray indices must be integers or slices, not ${typeName(key)}`);
  }
  const values = value === undefined ? EMPTY : assignedBytes(self, value);
  // b[5:2] = ... inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    if (value !== undefined && holdsExport(self, value)) refuseResize(self, length - (stop - start) + values.length);
    self.splice(start, stop, values);
  } else if (values.length === 0) {
    // Assigning nothing to an extended slice deletes it, as `del` does.
    const doomed = new Set<number>();
    for (let i = 0; i < selected; i++) doomed.add(start + i * step);
    self.setContents(self.bytes.filter((_, index) => !doomed.has(index)));
  } else {
    if (values.length !== selected) {
      throw newException(ValueError, `attempt to assign bytes of size ${values.length} to extended slice of size ${selected}`);
    }
    const bytes = self.bytes;
    for (let i = 0; i < selected; i++) bytes[start + i * step] = values[i];
  }
}

defineMethods(bytearrayType, {
  __init__(self: PyByteArray, args, kwnames) {
    initialize(self, args, kwnames);
    return null;
  },
  __setitem__(self: PyByteArray, args, kwnames) {
    checkWrapperArgs('__setitem__', args, kwnames, 2);
    assignSubscript(self, args[0], args[1]);
    return null;
  },
  __delitem__(self: PyByteArray, args, kwnames) {
    checkWrapperArgs('__delitem__', args, kwnames, 1);
    assignSubscript(self, args[0], undefined);
    return null;
  },
  __iadd__(self: PyByteArray, args, kwnames) {
    checkWrapperArgs('__iadd__', args, kwnames, 1);
    const other = bufferOf(args[0]);
    if (other === undefined) throw typeError(`can't concat ${typeName(args[0])} to ${typeName(self)}`);
    if (args[0] === self || holdsExport(self, args[0])) refuseResize(self, self.length + other.length);
    self.splice(self.length, self.length, other);
    return self;
  },
  __imul__(self: PyByteArray, args, kwnames) {
    checkWrapperArgs('__imul__', args, kwnames, 1);
    const bytes = repeat(self, args[0], BYTEARRAY);
    if (bytes === undefined) return NotImplemented;
    self.setContents(bytes);
    return self;
  },
  append(self: PyByteArray, args, kwnames) {
    checkArgCount('bytearray.append', args, kwnames, 1);
    self.append(byteValue(args[0]));
    return null;
  },
  extend(self: PyByteArray, args, kwnames) {
    checkArgCount('bytearray.extend', args, kwnames, 1);
    const source = args[0];
    const buffer = bufferOf(source);
    if (buffer !== undefined) {
      if (holdsExport(self, source)) refuseResize(self, self.length + buffer.length);
      self.splice(self.length, self.length, buffer);
      return null;
    }
    let iterator: Py;
    try {
      iterator = getIter(source);
    } catch (error) {
      if (isInstanceOfException(error, TypeError)) throw typeError(`can't extend bytearray with ${typeName(source)}`);
      throw error;
    }
    // Collected first: a bad item leaves the bytearray as it was.
    const added: number[] = [];
    for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) added.push(byteValue(item));
    self.splice(self.length, self.length, Uint8Array.from(added));
    return null;
  },
  insert(self: PyByteArray, args, kwnames) {
    checkPositionalArguments('bytearray', 'insert', args, kwnames, 2);
    let index = ssizeArgument(args[0]);
    const byte = byteValue(args[1]);
    const length = self.length;
    if (index < 0) index = Math.max(index + length, 0);
    self.splice(Math.min(index, length), Math.min(index, length), Uint8Array.of(byte));
    return null;
  },
  pop(self: PyByteArray, args, kwnames) {
    checkPositionalArguments('bytearray', 'pop', args, kwnames, 0, 1);
    let index = args.length === 0 ? -1 : ssizeArgument(args[0]);
    const length = self.length;
    if (length === 0) throw newException(IndexError, 'pop from empty bytearray');
    if (index < 0) index += length;
    if (index < 0 || index >= length) throw newException(IndexError, 'pop index out of range');
    const byte = self.bytes[index];
    self.splice(index, index + 1, EMPTY);
    return byte;
  },
  remove(self: PyByteArray, args, kwnames) {
    checkArgCount('bytearray.remove', args, kwnames, 1);
    const index = self.bytes.indexOf(byteValue(args[0]));
    if (index < 0) throw newException(ValueError, 'value not found in bytearray');
    self.splice(index, index + 1, EMPTY);
    return null;
  },
  reverse(self: PyByteArray, args, kwnames) {
    checkArgCount('bytearray.reverse', args, kwnames, 0);
    self.bytes.reverse();
    return null;
  },
  clear(self: PyByteArray, args, kwnames) {
    checkArgCount('bytearray.clear', args, kwnames, 0);
    self.setContents(EMPTY);
    return null;
  },
  copy(self: PyByteArray, args, kwnames) {
    checkArgCount('bytearray.copy', args, kwnames, 0);
    return new PyByteArray(self.bytes.slice());
  },
});
