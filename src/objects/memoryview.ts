// memoryview: a view of the bytes of a bytes or bytearray object, one-dimensional with
// format 'B' (what memoryview() of those always is). A view is a window (start, step,
// length) over its exporter; slicing makes another window over the same exporter, and
// writes through a view of a bytearray change the bytearray.
//
// Not modelled: cast() and other formats; and exports in general, so a bytearray with
// live views can still be resized (CPython raises BufferError; here no reference counts
// tell when a view is gone, so a view reads the exporter's current contents instead).
// Only a view passed to the resizing operation itself is known to be alive: see
// bytearrayType.ts.
import type { Py } from './object';
import { MatchKind, nativeType } from './type';
import { typeName } from './typeOf';
import { bufferOf, PyBuffer, PyByteArray, PyBytes } from './bytes';
import { bytesEqual } from './bytesMethods';
import { hasIndex, indexSized } from './bytesArguments';
import { byteIteratorType, ByteIterator, hexMethod } from './bytesType';
import {
  bindArguments, bindClinicArguments, checkArgCount, checkWrapperArgs, defineGetSets, defineMethods, newTargetOf, PyBuiltinFunction,
} from './native';
import { pyHash, pyIndex } from './protocols';
import { hashBytes } from './hash';
import { IndexError, isInstanceOfException, newException, NotImplementedError, TypeError, typeError, ValueError } from './exceptions';
import { NotImplemented } from './singletons';
import { PySlice } from './slice';
import { PyList } from './list';
import { newTuple, PyTuple } from './tuple';
import { strValue } from './str';
import { addressOf } from './identity';

export const memoryviewType = nativeType('memoryview', undefined, { baseType: false, matchKind: MatchKind.SEQUENCE });
const memoryIteratorType = byteIteratorType('memory_iterator');

export class PyMemoryView extends PyBuffer {
  released = false;

  constructor(
    readonly exporter: PyBytes | PyByteArray,
    /** Where the view starts in the exporter's bytes, the distance between its items, and how many it has. */
    readonly start: number,
    readonly step: number,
    readonly length: number,
    readonly readonly: boolean,
  ) {
    super(memoryviewType);
  }

  /** The exporter's bytes, once the view is checked to be still usable. */
  private source(): Uint8Array {
    if (this.released) throw newException(ValueError, 'operation forbidden on released memoryview object');
    return this.exporter.bytes;
  }

  get bytes(): Uint8Array {
    const source = this.source();
    if (this.step === 1) return source.subarray(this.start, this.start + this.length);
    const gathered = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) gathered[i] = source[this.start + i * this.step];
    return gathered;
  }

  override get byteLength(): number {
    this.source();
    return this.length;
  }

  /** The item at `index` (0 <= index < length). */
  override byteAt(index: number): number {
    return this.source()[this.start + index * this.step];
  }

  setItem(index: number, byte: number): void {
    this.source()[this.start + index * this.step] = byte;
  }

  /** The view of this view's items `start`, `start + step`, ... (`count` of them). */
  subview(start: number, step: number, count: number, readonly = this.readonly): PyMemoryView {
    this.source();
    return new PyMemoryView(this.exporter, this.start + start * this.step, this.step * step, count, readonly);
  }

  checkUsable(): void {
    this.source();
  }
}

/** memoryview(object). */
function newMemoryView(object: Py): PyMemoryView {
  if (object instanceof PyMemoryView) return object.subview(0, 1, object.length);
  if (object instanceof PyBytes || object instanceof PyByteArray) {
    return new PyMemoryView(object, 0, 1, object.bytes.length, object instanceof PyBytes);
  }
  throw typeError(`memoryview: a bytes-like object is required, not '${typeName(object)}'`);
}

memoryviewType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  newTargetOf(memoryviewType, args);
  // memoryview() parses its argument as PyArg_ParseTupleAndKeywords("O:memoryview") does.
  if (args.length > 2) throw typeError(`memoryview() takes at most 1 argument (${args.length - 1} given)`);
  const [object] = bindArguments({ name: 'memoryview', names: ['object'], required: 1, positionalOnly: 0 }, args.slice(1), kwnames);
  return newMemoryView(object!);
}, undefined, null));

/** An index into a view: IndexError beyond its length. */
function itemIndex(view: PyMemoryView, key: Py): number {
  let index = indexSized(key);
  if (index < 0) index += view.length;
  if (index < 0 || index >= view.length) throw newException(IndexError, 'index out of bounds on dimension 1');
  return index;
}

/** A tuple key: one index is allowed on a one-dimensional view; other tuples are refused with CPython's messages. */
function tupleKeyIndex(view: PyMemoryView, key: PyTuple, assigning: boolean): number {
  const items = key.items;
  if (items.every(hasIndex)) {
    if (items.length === 1) return itemIndex(view, items[0]);
    if (items.length === 0) throw newException(NotImplementedError, 'sub-views are not implemented');
    throw typeError(`cannot index 1-dimension view with ${items.length}-element tuple`);
  }
  if (items.length > 0 && items.every((item) => item instanceof PySlice)) {
    throw newException(NotImplementedError, assigning ? 'memoryview slice assignments are currently restricted to ndim = 1' : 'multi-dimensional slicing is not implemented');
  }
  throw typeError('memoryview: invalid slice key');
}

/** A value stored through a view of format 'B': an int in range(256) (struct's pack rules). */
function packedByte(value: Py): number {
  let index: number | bigint;
  try {
    index = pyIndex(value);
  } catch (error) {
    if (isInstanceOfException(error, TypeError)) throw typeError("memoryview: invalid type for format 'B'");
    throw error;
  }
  if (typeof index !== 'number' || index < 0 || index > 255) throw newException(ValueError, "memoryview: invalid value for format 'B'");
  return index;
}

function checkWritable(view: PyMemoryView): void {
  view.checkUsable();
  if (view.readonly) throw typeError('cannot modify read-only memory');
}

defineMethods(memoryviewType, {
  __len__(self: PyMemoryView) {
    self.checkUsable();
    return self.length;
  },
  __getitem__(self: PyMemoryView, args, kwnames) {
    checkWrapperArgs('__getitem__', args, kwnames, 1);
    const key = args[0];
    self.checkUsable();
    if (hasIndex(key)) return self.byteAt(itemIndex(self, key));
    if (key instanceof PySlice) {
      const [start, , step, count] = key.indices(self.length);
      return self.subview(start, step, count);
    }
    if (key instanceof PyTuple) return self.byteAt(tupleKeyIndex(self, key, false));
    throw typeError('memoryview: invalid slice key');
  },
  __setitem__(self: PyMemoryView, args, kwnames) {
    checkWrapperArgs('__setitem__', args, kwnames, 2);
    const [key, value] = args;
    checkWritable(self);
    if (key instanceof PySlice) {
      const [start, , step, count] = key.indices(self.length);
      const source = bufferOf(value);
      if (source === undefined) throw typeError(`a bytes-like object is required, not '${typeName(value)}'`);
      if (source.length !== count) throw newException(ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
      // Copied first: the source may overlap the destination.
      const bytes = source.slice();
      for (let i = 0; i < count; i++) self.setItem(start + i * step, bytes[i]);
      return null;
    }
    let index: number;
    if (hasIndex(key)) index = itemIndex(self, key);
    else if (key instanceof PyTuple) index = tupleKeyIndex(self, key, true);
    else throw typeError('memoryview: invalid slice key');
    self.setItem(index, packedByte(value));
    return null;
  },
  __delitem__(self: PyMemoryView) {
    self.checkUsable();
    throw typeError('cannot delete memory');
  },
  __iter__(self: PyMemoryView) {
    self.checkUsable();
    return new ByteIterator(self, memoryIteratorType);
  },
  __eq__(self: PyMemoryView, args, kwnames) {
    checkWrapperArgs('__eq__', args, kwnames, 1);
    return equality(self, args[0]);
  },
  __ne__(self: PyMemoryView, args, kwnames) {
    checkWrapperArgs('__ne__', args, kwnames, 1);
    const equal = equality(self, args[0]);
    return equal === NotImplemented ? equal : !equal;
  },
  __hash__(self: PyMemoryView) {
    self.checkUsable();
    if (!self.readonly) throw newException(ValueError, 'cannot hash writable memoryview object');
    // A view hashes as its bytes do, provided its exporter is hashable at all.
    pyHash(self.exporter);
    return hashBytes(self.bytes);
  },
  __repr__(self: PyMemoryView) {
    return `<${self.released ? 'released ' : ''}memory at ${addressOf(self)}>`;
  },
  __enter__(self: PyMemoryView) {
    self.checkUsable();
    return self;
  },
  __exit__(self: PyMemoryView) {
    self.released = true;
    return null;
  },
  release(self: PyMemoryView, args, kwnames) {
    checkArgCount('memoryview.release', args, kwnames, 0);
    self.released = true;
    return null;
  },
  tobytes(self: PyMemoryView, args, kwnames) {
    const [order] = bindClinicArguments({ name: 'tobytes', names: ['order'], required: 0, positionalOnly: 0 }, args, kwnames);
    if (order !== undefined && order !== null) {
      const text = strValue(order);
      if (text === undefined) throw typeError(`tobytes() argument 'order' must be str or None, not ${typeName(order)}`);
      if (text !== 'C' && text !== 'F' && text !== 'A') throw newException(ValueError, "order must be 'C', 'F' or 'A'");
    }
    return new PyBytes(self.bytes.slice());
  },
  tolist(self: PyMemoryView, args, kwnames) {
    checkArgCount('memoryview.tolist', args, kwnames, 0);
    return new PyList(Array.from(self.bytes));
  },
  toreadonly(self: PyMemoryView, args, kwnames) {
    checkArgCount('memoryview.toreadonly', args, kwnames, 0);
    return self.subview(0, 1, self.length, true);
  },
  hex(self: PyMemoryView, args, kwnames) {
    return hexMethod(self.bytes, args, kwnames);
  },
});

/**
 * view == other: equal items, for any other buffer; NotImplemented for a non-buffer.
 * A released view is equal only to itself.
 */
function equality(self: PyMemoryView, other: Py): Py {
  if (self.released || (other instanceof PyMemoryView && other.released)) return self === other;
  const otherBytes = bufferOf(other);
  if (otherBytes === undefined) return NotImplemented;
  return bytesEqual(self.bytes, otherBytes);
}

/** An attribute read of a view, refused once it is released. */
function viewAttribute(read: (view: PyMemoryView) => Py): { get: (self: PyMemoryView) => Py } {
  return {
    get(self: PyMemoryView) {
      self.checkUsable();
      return read(self);
    },
  };
}

const isContiguous = (view: PyMemoryView): boolean => view.step === 1 || view.length === 1;

defineGetSets(memoryviewType, {
  obj: viewAttribute((view) => view.exporter),
  nbytes: viewAttribute((view) => view.length),
  readonly: viewAttribute((view) => view.readonly),
  itemsize: viewAttribute(() => 1),
  format: viewAttribute(() => 'B'),
  ndim: viewAttribute(() => 1),
  shape: viewAttribute((view) => newTuple([view.length])),
  strides: viewAttribute((view) => newTuple([view.step])),
  suboffsets: viewAttribute(() => newTuple([])),
  contiguous: viewAttribute(isContiguous),
  c_contiguous: viewAttribute(isContiguous),
  f_contiguous: viewAttribute(isContiguous),
});

