// range objects and their iterators. A range holds exact ints (JS numbers or bigints);
// iterating one whose values are all small runs on plain JS numbers, which `for i in
// range(n)` relies on for speed.
import { PyObject, type Py } from './object';
import { MatchKind, nativeType } from './type';
import { typeName } from './typeOf';
import { indexError, newException, OverflowError, typeError, ValueError } from './exceptions';
import { checkArgCount, checkWrapperArgs, defineMethods } from './native';
import { pyEquals, pyHash, pyIndex, pyRepr } from './protocols';
import { PyNativeIterator } from './nativeIterator';
import { type Int, intAdd, intFloorDivide, intModulo, intMultiply, intNegate, intSubtract } from './int';
import { intRepr } from './intRepr';
import { hashTuple } from './hash';
import { NotImplemented } from './singletons';
import { PySlice } from './slice';
import { newTuple } from './tuple';
import { defineNew } from './builtinNew';
import { defineReadonlyMembers } from './readonlyMembers';
import { builtinNamed, defineIteratorMethods, defineIteratorPickling } from './iterators';
import { hasIndex } from './sequenceOps';
import { pyInt } from '../ast/constant';

export const rangeType = nativeType('range', undefined, { baseType: false, matchKind: MatchKind.SEQUENCE });
export const rangeIteratorType = nativeType('range_iterator', undefined, { baseType: false });
export const longRangeIteratorType = nativeType('longrange_iterator', undefined, { baseType: false });

export class PyRange extends PyObject {
  readonly length: Int;

  constructor(
    readonly start: Int,
    readonly stop: Int,
    readonly step: Int,
  ) {
    super(rangeType);
    this.length = rangeLength(start, stop, step);
  }

  /** The item at position i, 0 <= i < length. */
  item(i: Int): Int {
    return intAdd(this.start, intMultiply(i, this.step));
  }
}

/** Below this, differences and quotients of range bounds are exact in JS numbers. */
const SMALL = 2 ** 31;
/** Below this, every value and step product of a range iteration is an exact JS number. */
const EXACT = 2 ** 52;

function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number' && Math.abs(start) < SMALL && Math.abs(stop) < SMALL) {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const [low, high, stride] = step > 0 ? [BigInt(start), BigInt(stop), BigInt(step)] : [BigInt(stop), BigInt(start), -BigInt(step)];
  return low < high ? pyInt((high - low - 1n) / stride + 1n) : 0;
}

// ---------------------------------------------------------------- iterators

/** Iterates start, start + step, ... (`length` items) on JS numbers: all of them are exact. */
export class RangeIterator extends PyNativeIterator {
  private index = 0;

  constructor(
    private readonly start: number,
    private readonly step: number,
    private readonly length: number,
  ) {
    super(rangeIteratorType);
  }

  next(): Py | undefined {
    const index = this.index;
    if (index >= this.length) return undefined;
    this.index = index + 1;
    return this.start + index * this.step;
  }

  remaining(): number {
    return this.length - this.index;
  }

  reduce(): Py {
    return reducedIteration(this.start, this.step, this.length, this.index);
  }

  /** __setstate__: continue at `state` (a C long), clamped to 0 .. length. */
  setState(state: Py): void {
    this.index = Math.min(Math.max(cLongState(state), 0), this.length);
  }
}

/** Iterates a range whose values need bigints. */
export class LongRangeIterator extends PyNativeIterator {
  private index: Int = 0;

  constructor(
    private readonly start: Int,
    private readonly step: Int,
    private readonly length: Int,
    type = longRangeIteratorType,
  ) {
    super(type);
  }

  next(): Py | undefined {
    const index = this.index;
    if (index >= this.length) return undefined;
    this.index = intAdd(index, 1);
    return intAdd(this.start, intMultiply(index, this.step));
  }

  remaining(): Int {
    return intSubtract(this.length, this.index);
  }

  reduce(): Py {
    return reducedIteration(this.start, this.step, this.length, this.index);
  }

  /** __setstate__: continue at `state`, clamped to 0 .. length (a C long for a range_iterator, any int for a longrange_iterator). */
  setState(state: Py): void {
    const index = this.cls === rangeIteratorType ? cLongState(state) : pyIndex(state);
    this.index = index < 0 ? 0 : index > this.length ? this.length : index;
  }
}

/** __reduce__ of a range's iterator: iter(range(start, start + length * step, step)) and the position. */
function reducedIteration(start: Int, step: Int, length: Int, index: Int): Py {
  const range = new PyRange(start, intAdd(start, intMultiply(length, step)), step);
  return newTuple([builtinNamed('iter'), newTuple([range]), index]);
}

/** A range_iterator's state, as PyLong_AsLong reads it. */
function cLongState(state: Py): number {
  const index = pyIndex(state);
  if (!fitsCLong(index)) throw newException(OverflowError, 'Python int too large to convert to C long');
  return typeof index === 'number' ? index : index > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);
// (Every JS-number int is a safe integer, well inside a C long: only a bigint needs comparing.)
const fitsCLong = (value: Int): boolean => typeof value === 'number' || (value >= LONG_MIN && value <= LONG_MAX);

/**
 * An iterator over `length` values from `first`, `step` apart. CPython names its type by
 * whether the iteration fits C longs (`fits`); values below 2**52 run on JS numbers.
 */
function rangeIterator(first: Int, step: Int, length: Int, fits: boolean): PyNativeIterator {
  if (typeof first === 'number' && typeof step === 'number' && typeof length === 'number' && Math.abs(first) < EXACT && Math.abs(first + (length - 1) * step) < EXACT) {
    return new RangeIterator(first, step, length);
  }
  return new LongRangeIterator(first, step, length, fits ? rangeIteratorType : longRangeIteratorType);
}

function forwardIterator(range: PyRange): PyNativeIterator {
  const { start, stop, step, length } = range;
  // range_iter: the values and the step past the last one must fit C longs.
  const fits = fitsCLong(start) && fitsCLong(stop) && fitsCLong(step) && fitsCLong(length)
    && (length === 0 || fitsCLong(intAdd(stop, step > 0 ? intSubtract(step, 1) : intAdd(step, 1))));
  return rangeIterator(start, step, length, fits);
}

function reverseIterator(range: PyRange): PyNativeIterator {
  const { start, stop, step, length } = range;
  // range_reverse: start, stop, step, -step, start - step and the length must fit C longs.
  const fits = fitsCLong(start) && fitsCLong(stop) && fitsCLong(intNegate(step)) && fitsCLong(intSubtract(start, step)) && fitsCLong(length);
  return rangeIterator(length > 0 ? range.item(intSubtract(length, 1)) : start, intNegate(step), length, fits);
}

defineIteratorMethods(rangeIteratorType, (self: RangeIterator | LongRangeIterator) => self.remaining());
defineIteratorMethods(longRangeIteratorType, (self: LongRangeIterator) => self.remaining());
defineIteratorPickling(rangeIteratorType, true);
defineIteratorPickling(longRangeIteratorType, true);

// ---------------------------------------------------------------- construction

function rangeBound(value: Py): Int {
  return typeof value === 'number' ? value : pyIndex(value);
}

defineNew(rangeType, (_cls, args, kwnames) => {
  checkArgCount('range', args, kwnames, 1, 3);
  if (args.length === 1) return new PyRange(0, rangeBound(args[0]), 1);
  const start = rangeBound(args[0]);
  const stop = rangeBound(args[1]);
  const step = args.length === 3 ? rangeBound(args[2]) : 1;
  if (step === 0 || step === 0n) throw newException(ValueError, 'range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
});

// ---------------------------------------------------------------- membership and search

/** Whether the int `value` is one of the range's values: bounds, then stride (range_contains_long). */
function containsInt(range: PyRange, value: Int): boolean {
  const { start, stop, step } = range;
  const inBounds = step > 0 ? start <= value && value < stop : value <= start && stop < value;
  return inBounds && intModulo(intSubtract(value, start), step) === 0;
}

/** Exact ints and bools are looked up by arithmetic; anything else is compared with each value. */
function intOperand(value: Py): Int | undefined {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return value;
    case 'boolean':
      return value ? 1 : 0;
  }
  return undefined;
}

/** The positions of the values == `value`, in order, as _PySequence_IterSearch finds them. */
function* positionsEqualTo(range: PyRange, value: Py): Generator<Int> {
  const iterator = forwardIterator(range);
  let position: Int = 0;
  for (let item = iterator.next(); item !== undefined; item = iterator.next()) {
    if (pyEquals(item, value)) yield position;
    position = intAdd(position, 1);
  }
}

function compareRanges(self: PyRange, other: Py, equal: boolean): Py {
  if (!(other instanceof PyRange)) return NotImplemented;
  return rangesEqual(self, other) === equal;
}

/** Ranges are equal when they give the same values: the same length, and start and step where they matter. */
function rangesEqual(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  if (a.length === 1) return true;
  return a.step === b.step;
}

// ---------------------------------------------------------------- methods

defineMethods(rangeType, {
  __repr__(self: PyRange, args, kwnames) {
    checkWrapperArgs('__repr__', args, kwnames, 0);
    const bounds = `${intRepr(self.start)}, ${intRepr(self.stop)}`;
    return self.step === 1 ? `range(${bounds})` : `range(${bounds}, ${intRepr(self.step)})`;
  },
  __hash__(self: PyRange, args, kwnames) {
    checkWrapperArgs('__hash__', args, kwnames, 0);
    const { length } = self;
    // Equal ranges hash alike: hash((len, start, step)), with None for what does not matter.
    const startHash = length === 0 ? pyHash(null) : pyHash(self.start);
    const stepHash = length === 0 || length === 1 ? pyHash(null) : pyHash(self.step);
    return hashTuple([pyHash(length), startHash, stepHash]);
  },
  __eq__(self: PyRange, args, kwnames) {
    checkWrapperArgs('__eq__', args, kwnames, 1);
    return compareRanges(self, args[0], true);
  },
  __ne__(self: PyRange, args, kwnames) {
    checkWrapperArgs('__ne__', args, kwnames, 1);
    return compareRanges(self, args[0], false);
  },
  __bool__(self: PyRange, args, kwnames) {
    checkWrapperArgs('__bool__', args, kwnames, 0);
    return self.length !== 0;
  },
  __len__(self: PyRange, args, kwnames) {
    checkWrapperArgs('__len__', args, kwnames, 0);
    if (!fitsCLong(self.length)) throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
    return self.length;
  },
  __getitem__(self: PyRange, args, kwnames) {
    checkWrapperArgs('__getitem__', args, kwnames, 1);
    const key = args[0];
    if (key instanceof PySlice) {
      const [start, stop, step] = key.longIndices(self.length);
      return new PyRange(self.item(start), self.item(stop), intMultiply(self.step, step));
    }
    if (!hasIndex(key)) throw typeError(`range indices must be integers or slices, not ${typeName(key)}`);
    let index = pyIndex(key);
    if (index < 0) index = intAdd(index, self.length);
    if (index < 0 || index >= self.length) throw indexError('range object index out of range');
    return self.item(index);
  },
  __contains__(self: PyRange, args, kwnames) {
    checkWrapperArgs('__contains__', args, kwnames, 1);
    const value = intOperand(args[0]);
    if (value !== undefined) return containsInt(self, value);
    return !positionsEqualTo(self, args[0]).next().done;
  },
  __iter__(self: PyRange, args, kwnames) {
    checkWrapperArgs('__iter__', args, kwnames, 0);
    return forwardIterator(self);
  },
  __reversed__(self: PyRange, args, kwnames) {
    checkArgCount('range.__reversed__', args, kwnames, 0);
    return reverseIterator(self);
  },
  count(self: PyRange, args, kwnames) {
    checkArgCount('range.count', args, kwnames, 1);
    const value = intOperand(args[0]);
    if (value !== undefined) return containsInt(self, value) ? 1 : 0;
    return [...positionsEqualTo(self, args[0])].length;
  },
  index(self: PyRange, args, kwnames) {
    checkArgCount('range.index', args, kwnames, 1);
    const value = intOperand(args[0]);
    if (value !== undefined) {
      if (!containsInt(self, value)) throw newException(ValueError, `${pyRepr(args[0])} is not in range`);
      return intFloorDivide(intSubtract(value, self.start), self.step);
    }
    const found = positionsEqualTo(self, args[0]).next();
    if (found.done) throw newException(ValueError, 'sequence.index(x): x not in sequence');
    return found.value;
  },
  __reduce__(self: PyRange, args, kwnames) {
    checkArgCount('range.__reduce__', args, kwnames, 0);
    return newTuple([rangeType, newTuple([self.start, self.stop, self.step])]);
  },
});

defineReadonlyMembers(rangeType, {
  start: (self: PyRange) => self.start,
  stop: (self: PyRange) => self.stop,
  step: (self: PyRange) => self.step,
});
