// slice objects, resolving one against a sequence length (PySlice_GetIndicesEx for the
// sequences, _PySlice_GetLongIndices for slice.indices() and range), and slice's methods.
import { PyObject, type Py } from './object';
import { nativeType } from './type';
import { newException, typeError, ValueError } from './exceptions';
import { CompareOp, pyIndex, pyRepr } from './protocols';
import { checkArgCount, defineMethods } from './native';
import { defineNew } from './builtinNew';
import { defineReadonlyMembers } from './readonlyMembers';
import { intAdd, type Int } from './int';
import { NotImplemented } from './singletons';
import { newTuple } from './tuple';
import { compareItems, hasIndex } from './sequenceOps';

export const sliceType = nativeType('slice', undefined, { baseType: false });

/** What the last PySlice.resolve found (read at once: the next one overwrites it). */
export const resolvedSlice = { start: 0, stop: 0, step: 1, count: 0 };

/** A slice bound (negative: from the end) within [lower, upper]. */
function boundedIndex(index: number, length: number, lower: number, upper: number): number {
  if (index < 0) {
    index += length;
    return index < lower ? lower : index;
  }
  return index > upper ? upper : index;
}

export class PySlice extends PyObject {
  constructor(
    readonly start: Py,
    readonly stop: Py,
    readonly step: Py,
  ) {
    super(sliceType);
  }

  /**
   * start, stop, step and the count of items selected, for a sequence of `length`
   * items. Ints too large for a C ssize_t are clamped, as PySlice_Unpack clamps them.
   */
  indices(length: number): [number, number, number, number] {
    this.resolve(length);
    return [resolvedSlice.start, resolvedSlice.stop, resolvedSlice.step, resolvedSlice.count];
  }

  /** indices(), into `resolvedSlice`: a subscript's slice of a built-in sequence makes no array. */
  resolve(length: number): void {
    const step = this.step === null ? 1 : clampedSliceIndex(this.step);
    if (step === 0) throw newException(ValueError, 'slice step cannot be zero');
    const lower = step < 0 ? -1 : 0;
    const upper = step < 0 ? length - 1 : length;
    const start = this.start === null ? (step < 0 ? upper : lower) : boundedIndex(clampedSliceIndex(this.start), length, lower, upper);
    const stop = this.stop === null ? (step < 0 ? lower : upper) : boundedIndex(clampedSliceIndex(this.stop), length, lower, upper);
    let count = 0;
    if (step < 0) {
      if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
    } else if (start < stop) {
      count = Math.floor((stop - start - 1) / step) + 1;
    }
    resolvedSlice.start = start;
    resolvedSlice.stop = stop;
    resolvedSlice.step = step;
    resolvedSlice.count = count;
  }

  /** start, stop and step for a sequence of `length` items, as exact ints (slice.indices(), range slicing). */
  longIndices(length: Int): [Int, Int, Int] {
    const step = this.step === null ? 1 : sliceIndex(this.step);
    if (step === 0 || step === 0n) throw newException(ValueError, 'slice step cannot be zero');
    const negative = step < 0;
    const lower: Int = negative ? -1 : 0;
    const upper: Int = negative ? intAdd(length, -1) : length;
    const resolve = (value: Py, fallback: Int): Int => {
      if (value === null) return fallback;
      let index = sliceIndex(value);
      if (index < 0) {
        index = intAdd(index, length);
        return index < lower ? lower : index;
      }
      return index > upper ? upper : index;
    };
    return [resolve(this.start, negative ? upper : lower), resolve(this.stop, negative ? lower : upper), step];
  }
}

const SLICE_INDEX_MESSAGE = 'slice indices must be integers or None or have an __index__ method';

function sliceIndex(value: Py): Int {
  if (!hasIndex(value)) throw typeError(SLICE_INDEX_MESSAGE);
  return pyIndex(value);
}

/** A slice bound as a JS number: beyond ±(2**53 - 1), which no length reaches, it is clamped. */
function clampedSliceIndex(value: Py): number {
  if (typeof value === 'number') return value;
  const index = sliceIndex(value);
  if (typeof index === 'number') return index;
  return index > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

// ---------------------------------------------------------------- the type's methods

defineNew(sliceType, (_cls, bounds, kwnames) => {
  checkArgCount('slice', bounds, kwnames, 1, 3);
  return bounds.length === 1 ? new PySlice(null, bounds[0], null) : new PySlice(bounds[0], bounds[1], bounds[2] ?? null);
});
sliceType.attrs.set('__hash__', null);

defineReadonlyMembers(sliceType, {
  start: (self: PySlice) => self.start,
  stop: (self: PySlice) => self.stop,
  step: (self: PySlice) => self.step,
});

defineMethods(sliceType, {
  __repr__(self: PySlice) {
    return `slice(${pyRepr(self.start)}, ${pyRepr(self.stop)}, ${pyRepr(self.step)})`;
  },
  __reduce__(self: PySlice, args, kwnames) {
    checkArgCount('slice.__reduce__', args, kwnames, 0);
    return newTuple([sliceType, newTuple([self.start, self.stop, self.step])]);
  },
  indices(self: PySlice, args, kwnames) {
    checkArgCount('slice.indices', args, kwnames, 1);
    const length = pyIndex(args[0]);
    if (length < 0) throw newException(ValueError, 'length should not be negative');
    return newTuple(self.longIndices(length));
  },
  __eq__: (self, args) => compareSlices(self, args[0], CompareOp.EQ),
  __ne__: (self, args) => compareSlices(self, args[0], CompareOp.NE),
  __lt__: (self, args) => compareSlices(self, args[0], CompareOp.LT),
  __le__: (self, args) => compareSlices(self, args[0], CompareOp.LE),
  __gt__: (self, args) => compareSlices(self, args[0], CompareOp.GT),
  __ge__: (self, args) => compareSlices(self, args[0], CompareOp.GE),
});

/** Slices compare as the tuples (start, stop, step) do. */
function compareSlices(self: PySlice, other: Py, op: CompareOp): Py {
  if (!(other instanceof PySlice)) return NotImplemented;
  if (self === other) return op === CompareOp.EQ || op === CompareOp.LE || op === CompareOp.GE;
  return compareItems({ items: [self.start, self.stop, self.step] }, { items: [other.start, other.stop, other.step] }, op, false);
}
