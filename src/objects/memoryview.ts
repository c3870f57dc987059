// memoryview: a view of the memory a buffer exporter (bytes, bytearray, array.array)
// holds. A view is a layout over its exporter's bytes — where its first item starts, its
// shape and strides in bytes, and the struct code of its items — so that slicing and
// cast() make other layouts over the same memory, and writes through a view of a
// bytearray change the bytearray.
//
// Not modelled: exports in general, so a bytearray with live views can still be resized
// (CPython raises BufferError; here no reference counts tell when a view is gone, so a
// view reads the exporter's current contents instead). Only a view passed to the
// resizing operation itself is known to be alive: see bytearrayType.ts.
import type { Py } from './object';
import { MatchKind, nativeType } from './type';
import { typeName } from './typeOf';
import { PyBuffer, PyBytes } from './bytes';
import { hasIndex, indexSized } from './bytesArguments';
import { hexMethod } from './bytesType';
import { BYTE_FORMAT, isByteFormat, type ItemFormat, nativeItemFormat } from './bufferFormat';
import {
  bindArguments, bindClinicArguments, checkArgCount, checkWrapperArgs, defineGetSets, defineMethods, newTargetOf, PyBuiltinFunction,
} from './native';
import { pyEquals, pyHash } from './protocols';
import { hashBytes } from './hash';
import { IndexError, newException, NotImplementedError, typeError, ValueError } from './exceptions';
import { Ellipsis, NotImplemented } from './singletons';
import { PySlice } from './slice';
import { PyList } from './list';
import { newTuple, PyTuple } from './tuple';
import { strValue } from './str';
import { intValue } from './int';
import { addressOf } from './identity';
import { PyNativeIterator } from './nativeIterator';
import { defineIteratorMethods } from './iterators';

export const memoryviewType = nativeType('memoryview', undefined, { baseType: false, matchKind: MatchKind.SEQUENCE });

export class PyMemoryView extends PyBuffer {
  released = false;

  constructor(
    readonly exporter: PyBuffer,
    /** Where the first item starts in the exporter's bytes. */
    readonly start: number,
    /** Items per dimension, and the distance in bytes between neighbours in each. */
    readonly shape: readonly number[],
    readonly strides: readonly number[],
    /** The struct code as given (it may carry a leading '@'), and the size of one item. */
    readonly format: string,
    readonly itemsize: number,
    readonly readonly: boolean,
  ) {
    super(memoryviewType);
  }

  /** The exporter's bytes, once the view is checked to be still usable. */
  private source(): Uint8Array {
    this.checkUsable();
    return this.exporter.bytes;
  }

  checkUsable(): void {
    if (this.released) throw newException(ValueError, 'operation forbidden on released memoryview object');
  }

  get ndim(): number {
    return this.shape.length;
  }

  get nbytes(): number {
    return this.shape.reduce((product, extent) => product * extent, this.itemsize);
  }

  /** The codec of the items, or NotImplementedError for a format memoryview cannot unpack. */
  itemFormat(): ItemFormat {
    const format = nativeItemFormat(this.format);
    if (format === undefined) throw newException(NotImplementedError, `memoryview: format ${this.format} not supported`);
    return format;
  }

  get isCContiguous(): boolean {
    return isContiguous(this, this.shape.length - 1, -1);
  }

  get isFContiguous(): boolean {
    return isContiguous(this, 0, 1);
  }

  /** The byte offsets of the items in the exporter, in row-major (C) or column-major (F) order. */
  itemOffsets(order: 'C' | 'F' = 'C'): number[] {
    const offsets = [this.start];
    const dimensions = this.shape.map((_, dimension) => dimension);
    if (order === 'C') dimensions.reverse();
    // Each dimension, innermost first, repeats the offsets gathered so far once per index.
    for (const dimension of dimensions) {
      const gathered = offsets.splice(0);
      const stride = this.strides[dimension];
      for (let index = 0; index < this.shape[dimension]; index++) {
        for (const offset of gathered) offsets.push(offset + index * stride);
      }
    }
    return offsets;
  }

  /** The view's bytes in C order: the exporter's own memory when the view is C-contiguous. */
  get bytes(): Uint8Array {
    return this.bytesInOrder('C');
  }

  bytesInOrder(order: 'C' | 'F'): Uint8Array {
    const source = this.source();
    if (order === 'C' ? this.isCContiguous : this.isFContiguous) return source.subarray(this.start, this.start + this.nbytes);
    const gathered = new Uint8Array(this.nbytes);
    let at = 0;
    for (const offset of this.itemOffsets(order)) {
      gathered.set(source.subarray(offset, offset + this.itemsize), at);
      at += this.itemsize;
    }
    return gathered;
  }

  override get byteLength(): number {
    this.checkUsable();
    return this.nbytes;
  }

  /** Writes `bytes` over the view's bytes (in C order) from byte `offset` on. */
  writeBytes(offset: number, bytes: Uint8Array): void {
    const source = this.source();
    if (this.isCContiguous) {
      source.set(bytes, this.start + offset);
      return;
    }
    const offsets = this.itemOffsets();
    bytes.forEach((byte, index) => {
      const at = offset + index;
      source[offsets[Math.floor(at / this.itemsize)] + (at % this.itemsize)] = byte;
    });
  }

  /** The item stored `offset` bytes into the exporter. */
  itemAt(offset: number): Py {
    const format = this.itemFormat();
    return format.read(dataView(this.source()), offset);
  }

  storeItem(offset: number, value: Py): void {
    const format = this.itemFormat();
    format.write(dataView(this.source()), offset, value);
  }

  /** The view of items `start`, `start + step`, ... (`count` of them) along the first dimension. */
  sliced(start: number, step: number, count: number): PyMemoryView {
    const strides = [this.strides[0] * step, ...this.strides.slice(1)];
    return this.withLayout(this.start + start * this.strides[0], [count, ...this.shape.slice(1)], strides);
  }

  withLayout(start: number, shape: readonly number[], strides: readonly number[], format = this.format, itemsize = this.itemsize, readonly = this.readonly): PyMemoryView {
    this.checkUsable();
    return new PyMemoryView(this.exporter, start, shape, strides, format, itemsize, readonly);
  }
}

/** Whether items lie back to back, walking the dimensions from `first` in direction `step`. */
function isContiguous(view: PyMemoryView, first: number, step: number): boolean {
  if (view.shape.includes(0)) return true;
  let expected = view.itemsize;
  for (let dimension = first; dimension >= 0 && dimension < view.shape.length; dimension += step) {
    if (view.shape[dimension] > 1 && view.strides[dimension] !== expected) return false;
    expected *= view.shape[dimension];
  }
  return true;
}

const dataView = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A one-dimensional view of format 'B' over the first `length` bytes of `exporter`. */
export function byteView(exporter: PyBuffer, readonly: boolean, length = exporter.byteLength): PyMemoryView {
  return new PyMemoryView(exporter, 0, [length], [1], BYTE_FORMAT.code, 1, readonly);
}

/**
 * The memory a writable, contiguous buffer request gets (PyBUF_WRITABLE): writes to it
 * change the exporter. Undefined for read-only or strided memory.
 */
export function writableMemory(value: Py): Uint8Array | undefined {
  const writable = value instanceof PyMemoryView ? !value.readonly && value.isCContiguous : value instanceof PyBuffer && value.exportsWritable;
  return writable ? (value as PyBuffer).bytes : undefined;
}

/** memoryview(object): a view of all of an exporter, or a new view with another view's layout. */
function newMemoryView(object: Py): PyMemoryView {
  if (object instanceof PyMemoryView) return object.withLayout(object.start, object.shape, object.strides);
  if (object instanceof PyBuffer) {
    const itemsize = object.exportItemsize;
    return new PyMemoryView(object, 0, [object.byteLength / itemsize], [itemsize], object.exportFormat, itemsize, !object.exportsWritable);
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

// ---------------------------------------------------------------- indexing

/** Where the item `key` (an index) selects along `dimension` starts: IndexError beyond its extent. */
function offsetAlong(view: PyMemoryView, dimension: number, key: Py): number {
  const extent = view.shape[dimension];
  let index = indexSized(key);
  if (index < 0) index += extent;
  if (index < 0 || index >= extent) throw newException(IndexError, `index out of bounds on dimension ${dimension + 1}`);
  return index * view.strides[dimension];
}

/** The offset of the item a tuple of indexes selects; fewer indexes than dimensions would make a sub-view. */
function tupleOffset(view: PyMemoryView, indexes: readonly Py[]): number {
  if (indexes.length < view.ndim) throw newException(NotImplementedError, 'sub-views are not implemented');
  if (indexes.length > view.ndim) throw typeError(`cannot index ${view.ndim}-dimension view with ${indexes.length}-element tuple`);
  return indexes.reduce<number>((offset, index, dimension) => offset + offsetAlong(view, dimension, index), view.start);
}

/** The offset of the item `key` selects in a zero-dimensional view: only () and ... do. */
function zeroDimensionalOffset(view: PyMemoryView, key: Py): number {
  if (key === Ellipsis || (key instanceof PyTuple && key.items.length === 0)) return view.start;
  throw typeError('invalid indexing of 0-dim memory');
}

const isIndexTuple = (key: Py): key is PyTuple => key instanceof PyTuple && key.items.every(hasIndex);
const isSliceTuple = (key: Py): boolean => key instanceof PyTuple && key.items.length > 0 && key.items.every((item) => item instanceof PySlice);

function subscript(view: PyMemoryView, key: Py): Py {
  view.checkUsable();
  if (view.ndim === 0) {
    if (key === Ellipsis) return view;
    return view.itemAt(zeroDimensionalOffset(view, key));
  }
  if (hasIndex(key)) {
    if (view.ndim !== 1) throw newException(NotImplementedError, 'multi-dimensional sub-views are not implemented');
    return view.itemAt(view.start + offsetAlong(view, 0, key));
  }
  if (key instanceof PySlice) {
    const [start, , step, count] = key.indices(view.shape[0]);
    return view.sliced(start, step, count);
  }
  if (isIndexTuple(key)) return view.itemAt(tupleOffset(view, key.items));
  if (isSliceTuple(key)) throw newException(NotImplementedError, 'multi-dimensional slicing is not implemented');
  throw typeError('memoryview: invalid slice key');
}

function assignSubscript(view: PyMemoryView, key: Py, value: Py): void {
  view.checkUsable();
  if (view.readonly) throw typeError('cannot modify read-only memory');
  if (view.ndim === 0) {
    view.storeItem(zeroDimensionalOffset(view, key), value);
    return;
  }
  if (hasIndex(key)) {
    if (view.ndim !== 1) throw newException(NotImplementedError, 'sub-views are not implemented');
    view.storeItem(view.start + offsetAlong(view, 0, key), value);
    return;
  }
  if (key instanceof PySlice && view.ndim === 1) {
    const [start, , step, count] = key.indices(view.shape[0]);
    copyInto(view.sliced(start, step, count), value);
    return;
  }
  if (isIndexTuple(key)) {
    view.storeItem(tupleOffset(view, key.items), value);
    return;
  }
  if (key instanceof PySlice || isSliceTuple(key)) {
    throw newException(NotImplementedError, 'memoryview slice assignments are currently restricted to ndim = 1');
  }
  throw typeError('memoryview: invalid slice key');
}

/** Copies a buffer of the same structure (format, item size and shape) into `target`. */
function copyInto(target: PyMemoryView, value: Py): void {
  if (!(value instanceof PyBuffer)) throw typeError(`a bytes-like object is required, not '${typeName(value)}'`);
  const source = newMemoryView(value);
  const bare = (format: string): string => (format[0] === '@' ? format.slice(1) : format);
  const sameStructure =
    bare(source.format) === bare(target.format) && source.itemsize === target.itemsize &&
    source.ndim === target.ndim && source.shape.every((extent, dimension) => extent === target.shape[dimension]);
  if (!sameStructure) throw newException(ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
  // Copied first: the source may overlap the destination.
  target.writeBytes(0, source.bytes.slice());
}

// ---------------------------------------------------------------- cast

const MAX_DIMENSIONS = 64;

/** memoryview.cast(format[, shape]): the same memory seen as other items, flat or in the given shape. */
function cast(view: PyMemoryView, formatArgument: Py, shapeArgument: Py | undefined): PyMemoryView {
  view.checkUsable();
  if (!view.isCContiguous) throw typeError('memoryview: casts are restricted to C-contiguous views');
  if ((shapeArgument !== undefined || view.ndim !== 1) && (view.shape.includes(0) || view.strides.includes(0))) {
    throw typeError('memoryview: cannot cast view with zeros in shape or strides');
  }
  let extents: readonly Py[] | undefined;
  if (shapeArgument !== undefined) {
    if (!(shapeArgument instanceof PyList || shapeArgument instanceof PyTuple)) throw typeError('shape must be a list or a tuple');
    extents = shapeArgument.items.slice();
    if (extents.length > MAX_DIMENSIONS) throw newException(ValueError, `memoryview: number of dimensions must not exceed ${MAX_DIMENSIONS}`);
    if (view.ndim !== 1 && extents.length !== 1) throw typeError('memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  const format = strValue(formatArgument);
  if (format === undefined) throw typeError(`cast() argument 'format' must be str, not ${typeName(formatArgument)}`);
  const target = nativeItemFormat(format);
  if (target === undefined) {
    throw newException(ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  const sourceCode = nativeItemFormat(view.format)?.code;
  if ((sourceCode === undefined || !isByteFormat(sourceCode)) && !isByteFormat(target.code)) {
    throw typeError('memoryview: cannot cast between two non-byte formats');
  }
  const nbytes = view.nbytes;
  if (nbytes % target.itemsize !== 0) throw typeError('memoryview: length is not a multiple of itemsize');
  const flat = [nbytes / target.itemsize];
  const shape = extents === undefined ? flat : castShape(extents, target.itemsize, nbytes);
  return view.withLayout(view.start, shape, cStrides(shape, target.itemsize), format, target.itemsize);
}

/** The shape a cast() asks for, checked against the bytes there are. */
function castShape(extents: readonly Py[], itemsize: number, nbytes: number): number[] {
  const shape = extents.map((extent) => {
    const value = intValue(extent);
    if (value === undefined) throw typeError('memoryview.cast(): elements of shape must be integers');
    if (value <= 0) throw newException(ValueError, 'memoryview.cast(): elements of shape must be integers > 0');
    if (typeof value === 'bigint' || value > Number.MAX_SAFE_INTEGER) throw newException(ValueError, 'memoryview.cast(): product(shape) > SSIZE_MAX');
    return value;
  });
  if (shape.reduce((product, extent) => product * extent, itemsize) !== nbytes) {
    throw typeError('memoryview: product(shape) * itemsize != buffer size');
  }
  return shape;
}

/** The strides of items laid out back to back in row-major order. */
function cStrides(shape: readonly number[], itemsize: number): number[] {
  const strides = new Array<number>(shape.length);
  let stride = itemsize;
  for (let dimension = shape.length - 1; dimension >= 0; dimension--) {
    strides[dimension] = stride;
    stride *= shape[dimension];
  }
  return strides;
}

// ---------------------------------------------------------------- methods

/** The items as nested lists, one level a dimension (the bare item for a zero-dimensional view). */
function toList(view: PyMemoryView): Py {
  const format = view.itemFormat();
  const bytes = dataView(view.exporter.bytes);
  const build = (offset: number, dimension: number): Py => {
    if (dimension === view.ndim) return format.read(bytes, offset);
    const items = new Array<Py>(view.shape[dimension]);
    for (let index = 0; index < items.length; index++) items[index] = build(offset + index * view.strides[dimension], dimension + 1);
    return new PyList(items);
  };
  return build(view.start, 0);
}

class MemoryIterator extends PyNativeIterator {
  private index = 0;
  constructor(private view: PyMemoryView | null) {
    super(memoryIteratorType);
  }

  next(): Py | undefined {
    const view = this.view;
    if (view === null) return undefined;
    if (this.index < view.shape[0]) return view.itemAt(view.start + this.index++ * view.strides[0]);
    this.view = null;
    return undefined;
  }
}

const memoryIteratorType = nativeType('memory_iterator', undefined, { baseType: false });
defineIteratorMethods(memoryIteratorType);

defineMethods(memoryviewType, {
  __len__(self: PyMemoryView) {
    self.checkUsable();
    return self.ndim === 0 ? 1 : self.shape[0];
  },
  __getitem__(self: PyMemoryView, args, kwnames) {
    checkWrapperArgs('__getitem__', args, kwnames, 1);
    return subscript(self, args[0]);
  },
  __setitem__(self: PyMemoryView, args, kwnames) {
    checkWrapperArgs('__setitem__', args, kwnames, 2);
    assignSubscript(self, args[0], args[1]);
    return null;
  },
  __delitem__(self: PyMemoryView) {
    self.checkUsable();
    if (self.readonly) throw typeError('cannot modify read-only memory');
    throw typeError('cannot delete memory');
  },
  __iter__(self: PyMemoryView) {
    self.checkUsable();
    if (self.ndim === 0) throw typeError('invalid indexing of 0-dim memory');
    if (self.ndim !== 1) throw newException(NotImplementedError, 'multi-dimensional sub-views are not implemented');
    self.itemFormat();
    return new MemoryIterator(self);
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
    if (!isByteFormat(nativeItemFormat(self.format)?.code ?? '')) {
      throw newException(ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    }
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
  cast(self: PyMemoryView, args, kwnames) {
    const [format, shape] = bindClinicArguments({ name: 'cast', names: ['format', 'shape'], required: 1, positionalOnly: 0 }, args, kwnames);
    return cast(self, format!, shape);
  },
  tobytes(self: PyMemoryView, args, kwnames) {
    const [order] = bindClinicArguments({ name: 'tobytes', names: ['order'], required: 0, positionalOnly: 0 }, args, kwnames);
    let text = 'C';
    if (order !== undefined && order !== null) {
      const given = strValue(order);
      if (given === undefined) throw typeError(`tobytes() argument 'order' must be str or None, not ${typeName(order)}`);
      if (given !== 'C' && given !== 'F' && given !== 'A') throw newException(ValueError, "order must be 'C', 'F' or 'A'");
      text = given;
    }
    // 'A' keeps the memory's own order: Fortran only for a view that is Fortran- but not C-contiguous.
    const fortran = text === 'F' || (text === 'A' && !self.isCContiguous && self.isFContiguous);
    return new PyBytes(self.bytesInOrder(fortran ? 'F' : 'C').slice());
  },
  tolist(self: PyMemoryView, args, kwnames) {
    checkArgCount('memoryview.tolist', args, kwnames, 0);
    self.checkUsable();
    return toList(self);
  },
  toreadonly(self: PyMemoryView, args, kwnames) {
    checkArgCount('memoryview.toreadonly', args, kwnames, 0);
    return self.withLayout(self.start, self.shape, self.strides, self.format, self.itemsize, true);
  },
  hex(self: PyMemoryView, args, kwnames) {
    return hexMethod(self.bytes, args, kwnames);
  },
});

/**
 * view == other: the same shape and equal items, for any other buffer; NotImplemented
 * for a non-buffer. A released view is equal only to itself.
 */
function equality(self: PyMemoryView, other: Py): Py {
  if (self.released || (other instanceof PyMemoryView && other.released)) return self === other;
  if (!(other instanceof PyBuffer)) return NotImplemented;
  const otherView = newMemoryView(other);
  if (self.ndim !== otherView.ndim || self.shape.some((extent, dimension) => extent !== otherView.shape[dimension])) return false;
  const ours = nativeItemFormat(self.format);
  const theirs = nativeItemFormat(otherView.format);
  if (ours === undefined || theirs === undefined) return false;
  const ourBytes = dataView(self.exporter.bytes);
  const theirBytes = dataView(otherView.exporter.bytes);
  const theirOffsets = otherView.itemOffsets();
  return self.itemOffsets().every((offset, index) => pyEquals(ours.read(ourBytes, offset), theirs.read(theirBytes, theirOffsets[index])));
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

defineGetSets(memoryviewType, {
  obj: viewAttribute((view) => view.exporter),
  nbytes: viewAttribute((view) => view.nbytes),
  readonly: viewAttribute((view) => view.readonly),
  itemsize: viewAttribute((view) => view.itemsize),
  format: viewAttribute((view) => view.format),
  ndim: viewAttribute((view) => view.ndim),
  shape: viewAttribute((view) => newTuple(view.shape.slice())),
  strides: viewAttribute((view) => newTuple(view.strides.slice())),
  suboffsets: viewAttribute(() => newTuple([])),
  contiguous: viewAttribute((view) => view.isCContiguous || view.isFContiguous),
  c_contiguous: viewAttribute((view) => view.isCContiguous),
  f_contiguous: viewAttribute((view) => view.isFContiguous),
});
