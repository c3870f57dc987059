// What list and tuple share over their JS arrays: reading index arguments the way
// CPython's converters do, collecting an iterable's items, the lexicographic
// comparison, searching and repetition.
//
// The operations that run Python code (==, <, __iter__) read `holder.items` afresh at
// every step: the code may resize the list meanwhile, as in CPython.
import { PyObject, type Py } from './object';
import { typeName, typeOf } from './typeOf';
import { IndexError, isInstanceOfException, MemoryError, newException, OverflowError, type PyBaseException, TypeError, typeError } from './exceptions';
import { CompareOp, getIter, iterNext, pyEquals, pyIndex, richCompare } from './protocols';
import { listType } from './list';
import { tupleType } from './tuple';
import { lengthHint } from './lengthHint';

/** A list or tuple: the items may be replaced or resized by Python code run meanwhile. */
export interface ItemsHolder {
  readonly items: Py[];
}

// ---------------------------------------------------------------- index arguments

const SSIZE_MAX = 2n ** 63n - 1n;
const SSIZE_MIN = -(2n ** 63n);

/** Whether `value` can serve as an index (_PyIndex_Check). */
export function hasIndex(value: Py): boolean {
  const kind = typeof value;
  return kind === 'number' || kind === 'bigint' || kind === 'boolean' || typeOf(value).lookup('__index__') !== undefined;
}

/**
 * An index argument as a JS number (PyNumber_AsSsize_t): an int beyond a C ssize_t raises
 * `overflow(name of the argument's type)`. Ints within it but beyond 2**53 become
 * ±2**53 - 1, out of range of any sequence as they are.
 */
export function ssizeIndex(value: Py, overflow: (typeName: string) => PyBaseException): number {
  if (typeof value === 'number') return value;
  const index = pyIndex(value);
  if (typeof index === 'number') return index;
  if (index > SSIZE_MAX || index < SSIZE_MIN) throw overflow(typeName(value));
  return index > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** For subscripts: `seq[10**30]` is an IndexError. */
export const subscriptOverflow = (name: string): PyBaseException => newException(IndexError, `cannot fit '${name}' into an index-sized integer`);
/** For repetition counts: `seq * 10**30`. */
export const repeatOverflow = (name: string): PyBaseException => newException(OverflowError, `cannot fit '${name}' into an index-sized integer`);
/** For the ssize_t arguments of methods (list.pop, list.insert). */
export const argumentOverflow = (): PyBaseException => newException(OverflowError, 'Python int too large to convert to C ssize_t');

/**
 * A start/stop argument of index() (_PyEval_SliceIndexNotNone): any int, clamped to
 * the sequence-size range instead of overflowing.
 */
export function clampedIndex(value: Py): number {
  if (typeof value === 'number') return value;
  if (!hasIndex(value)) throw typeError('slice indices must be integers or have an __index__ method');
  const index = pyIndex(value);
  if (typeof index === 'number') return index;
  return index > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** The TypeError of `seq[key]` for a key that is neither an index nor a slice. */
export function badSubscript(sequenceName: string, key: Py): PyBaseException {
  return typeError(`${sequenceName} indices must be integers or slices, not ${typeName(key)}`);
}

// ---------------------------------------------------------------- collecting items

/**
 * Appends an iterable's items to `holder.items`, as list.extend does (list_extend):
 * an exact list's or tuple's items at once; anything else's as they come, after
 * asking its length hint as CPython does to size the list (so a __len__ written in
 * Python is called).
 */
export function appendItems(holder: ItemsHolder, iterable: Py): void {
  if (iterable instanceof PyObject && ((iterable as object) === holder || iterable.cls === listType || iterable.cls === tupleType)) {
    const source = (iterable as unknown as ItemsHolder).items;
    const target = holder.items;
    const count = source.length;
    for (let i = 0; i < count; i++) target.push(source[i]);
    return;
  }
  const iterator = getIter(iterable);
  lengthHint(iterable, 8);
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) holder.items.push(item);
}

/** The items of an iterable in a new array, as list(iterable) collects them. */
export function collectItems(iterable: Py): Py[] {
  const collected: ItemsHolder = { items: [] };
  appendItems(collected, iterable);
  return collected.items;
}

/**
 * The items of a value a slice assignment takes (PySequence_Fast): a list's or tuple's
 * own items (subclasses included), else the iterable's, with `message` as the TypeError
 * when it is not iterable.
 */
export function sequenceFastItems(value: Py, message: string): Py[] {
  if (value instanceof PyObject && (value.cls.isSubtypeOf(listType) || value.cls.isSubtypeOf(tupleType))) return (value as unknown as ItemsHolder).items;
  let iterator: Py;
  try {
    iterator = getIter(value);
  } catch (error) {
    if (isInstanceOfException(error, TypeError)) throw typeError(message);
    throw error;
  }
  return collectItems(iterator);
}

/** The `count` items from `start` on, `step` apart (what a slice resolved by PySlice.indices selects). */
export function sliceItems(items: readonly Py[], start: number, step: number, count: number): Py[] {
  if (step === 1) return items.slice(start, start + count);
  const result: Py[] = new Array(count);
  for (let i = 0, at = start; i < count; i++, at += step) result[i] = items[at];
  return result;
}

/** Replaces items[start:stop] by `replacement` in place (0 <= start <= stop <= length). */
export function replaceRange(items: Py[], start: number, stop: number, replacement: readonly Py[]): void {
  const added = replacement.length;
  if (added === stop - start) {
    for (let i = 0; i < added; i++) items[start + i] = replacement[i];
    return;
  }
  // Without spreading `replacement` into splice's arguments, which a long one would overflow.
  const tail = items.slice(stop);
  items.length = start;
  for (let i = 0; i < added; i++) items.push(replacement[i]);
  for (let i = 0; i < tail.length; i++) items.push(tail[i]);
}

// ---------------------------------------------------------------- comparison

/**
 * list_richcompare / tuplerichcompare: the first index where the items differ decides,
 * else the lengths do. Lists (not tuples) first answer == and != from the lengths alone.
 */
export function compareItems(v: ItemsHolder, w: ItemsHolder, op: CompareOp, lengthsDecideEquality: boolean): Py {
  if (lengthsDecideEquality && v.items.length !== w.items.length && (op === CompareOp.EQ || op === CompareOp.NE)) return op === CompareOp.NE;
  let i = 0;
  while (i < v.items.length && i < w.items.length && pyEquals(v.items[i], w.items[i])) i++;
  const vLength = v.items.length;
  const wLength = w.items.length;
  if (i >= vLength || i >= wLength) return compareLengths(vLength, wLength, op);
  if (op === CompareOp.EQ) return false;
  if (op === CompareOp.NE) return true;
  return richCompare(v.items[i], w.items[i], op);
}

function compareLengths(a: number, b: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT: return a < b;
    case CompareOp.LE: return a <= b;
    case CompareOp.EQ: return a === b;
    case CompareOp.NE: return a !== b;
    case CompareOp.GT: return a > b;
    default: return a >= b;
  }
}

// ---------------------------------------------------------------- searching

/** `value in seq`: each item compared as item == value (an item that is value is equal to it). */
export function containsItem(holder: ItemsHolder, value: Py): boolean {
  for (let i = 0; i < holder.items.length; i++) if (pyEquals(holder.items[i], value)) return true;
  return false;
}

export function countItem(holder: ItemsHolder, value: Py): number {
  let count = 0;
  for (let i = 0; i < holder.items.length; i++) if (pyEquals(holder.items[i], value)) count++;
  return count;
}

/** The index of the first item == value within [start, stop) (negative bounds count from the end); -1 when none is. */
export function findItem(holder: ItemsHolder, value: Py, start: number, stop: number): number {
  const length = holder.items.length;
  if (start < 0) start = Math.max(0, start + length);
  if (stop < 0) stop = Math.max(0, stop + length);
  for (let i = start; i < stop && i < holder.items.length; i++) if (pyEquals(holder.items[i], value)) return i;
  return -1;
}

/** The start and stop arguments of index(): index(value[, start[, stop]]). */
export function indexBounds(args: Py[]): [number, number] {
  return [args.length > 1 ? clampedIndex(args[1]) : 0, args.length > 2 ? clampedIndex(args[2]) : Number.MAX_SAFE_INTEGER];
}

// ---------------------------------------------------------------- repetition

/** The most items an array can hold in V8 (FixedArray::kMaxLength); a longer list is Python's MemoryError. */
export const MAX_ITEMS = 2 ** 27 - 3;

/** The count of `seq * n`, or undefined when `n` is no index (the operator then returns NotImplemented). */
export function repeatCount(n: Py): number | undefined {
  if (typeof n === 'number') return n;
  if (!hasIndex(n)) return undefined;
  return ssizeIndex(n, repeatOverflow);
}

/** `items` repeated `count` times; MemoryError when the result could not be allocated. */
export function repeatItems(items: readonly Py[], count: number): Py[] {
  if (count <= 0 || items.length === 0) return [];
  const total = items.length * count;
  if (total > MAX_ITEMS) throw newException(MemoryError);
  if (items.length === 1) return new Array<Py>(total).fill(items[0]);
  // Doubled by concat: a few builtin calls rather than a JavaScript loop over every item
  // (which ran cold at ~100 ns an item), and a packed array, as the lists made otherwise.
  let result = items.slice();
  while (result.length * 2 <= total) result = result.concat(result);
  return result.length < total ? result.concat(result.slice(0, total - result.length)) : result;
}
