// The itertools module: its infinite iterators and those that end with their shortest
// input, as CPython 3.11's itertoolsmodule.c has them (constructor checks, reprs, and
// the __reduce__/__setstate__ pickling relies on). groupby and tee are in
// itertoolsGrouping.ts, the combinatoric iterators in itertoolsCombinatorics.ts.
import type { Py } from '../objects/object';
import { type PyType } from '../objects/type';
import { boolType, typeOf } from '../objects/typeOf';
import { PyNativeIterator } from '../objects/nativeIterator';
import { bindArguments, checkArgCount, defineClassMethods, defineMethods, type NativeSignature } from '../objects/native';
import { newException, typeError, ValueError } from '../objects/exceptions';
import { call, getAttr, getIter, isTrue, iterNext, pyIndex, pyRepr } from '../objects/protocols';
import { binaryOp } from '../objects/operators';
import { newTuple, PyTuple, tupleType } from '../objects/tuple';
import { PyList } from '../objects/list';
import { intAdd, intValue, type Int } from '../objects/int';
import { isNumber } from '../objects/bytearrayType';
import { hasIndex } from '../objects/sequenceOps';
import { ssizeArgument } from '../objects/bytesArguments';
import { instanceOf, iteratorType, positionalOf, refuseKeywords, requireStateItem, stateTuple } from './itertoolsModule';
import './itertoolsGrouping';
import './itertoolsCombinatorics';

/**
 * The positional-only arguments of a constructor. Keywords are refused unless a
 * subclass's own __init__ may want them (then they are ignored here).
 */
function fixedArguments(name: string, type: PyType, cls: PyType, args: Py[], kwnames: readonly string[] | null, count: number): Py[] {
  refuseKeywords(name, type, cls, kwnames);
  const positional = positionalOf(args, kwnames);
  checkArgCount(name, positional, null, count);
  return positional;
}

// ---------------------------------------------------------------- count

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * count(start, step). CPython counts ints with step 1 in a C ssize_t ("fast mode": the
 * start becomes a plain int, and the pickle has no step); anything else by adding the
 * step to the value, whatever its type.
 */
class CountIterator extends PyNativeIterator {
  constructor(
    cls: PyType,
    private current: Py,
    private readonly step: Py,
    private fast: boolean,
  ) {
    super(cls);
  }

  next(): Py {
    const value = this.current;
    if (this.fast) {
      if (value === SSIZE_MAX) this.fast = false;
      this.current = intAdd(value as Int, 1);
    } else {
      this.current = binaryOp(value, this.step, 0);
    }
    return value;
  }

  repr(): string {
    const name = this.cls.name;
    return intValue(this.step) === 1 ? `${name}(${pyRepr(this.current)})` : `${name}(${pyRepr(this.current)}, ${pyRepr(this.step)})`;
  }

  reduce(): Py {
    return newTuple([this.cls, newTuple(this.fast ? [this.current] : [this.current, this.step])]);
  }
}

const COUNT: NativeSignature = { name: 'count', names: ['start', 'step'], required: 0, positionalOnly: 0 };
const countType = iteratorType('count', 'reduce', (cls, args, kwnames) => {
  const [start, step] = bindArguments(COUNT, args, kwnames);
  if ((start !== undefined && !isNumber(start)) || (step !== undefined && !isNumber(step))) throw typeError('a number is required');
  const startInt = start === undefined ? 0 : intValue(start);
  const fast = startInt !== undefined && startInt >= -SSIZE_MAX - 1n && startInt < SSIZE_MAX && (step === undefined || intValue(step) === 1);
  return new CountIterator(cls, fast ? startInt : start ?? 0, step ?? 1, fast);
});
defineMethods(countType, { __repr__: (self: CountIterator) => self.repr() });

// ---------------------------------------------------------------- cycle

/** cycle(iterable): the items as they come, saved; then the saved ones over and over. */
class CycleIterator extends PyNativeIterator {
  private index = 0;
  /** Set when restored from a pickle whose saved items include those still to come from the iterator. */
  private firstPass = false;

  constructor(
    cls: PyType,
    private iterator: Py | null,
    private saved: PyList,
  ) {
    super(cls);
  }

  next(): Py | undefined {
    if (this.iterator !== null) {
      const item = iterNext(this.iterator);
      if (item !== undefined) {
        if (!this.firstPass) this.saved.items.push(item);
        return item;
      }
      this.iterator = null;
    }
    const saved = this.saved.items;
    if (saved.length === 0) return undefined;
    const item = saved[this.index];
    this.index = this.index + 1 >= saved.length ? 0 : this.index + 1;
    return item;
  }

  /** Rebuilt from its iterator (or, once that ran out, an iterator over the saved items at the position) and the saved items. */
  reduce(): Py {
    if (this.iterator === null) {
      const rest = getIter(this.saved);
      if (this.index !== 0) call(getAttr(rest, '__setstate__'), [this.index]);
      return newTuple([this.cls, newTuple([rest]), newTuple([this.saved, true])]);
    }
    return newTuple([this.cls, newTuple([this.iterator]), newTuple([this.saved, this.firstPass])]);
  }

  setState(state: Py): void {
    const [saved, firstPass] = stateTuple(state, 2);
    this.saved = requireStateItem(saved, PyList, 1, 'list');
    this.firstPass = ssizeArgument(firstPass) !== 0;
    this.index = 0;
  }
}

const cycleType = iteratorType('cycle', 'state', (cls, args, kwnames) => {
  const [iterable] = fixedArguments('cycle', cycleType, cls, args, kwnames, 1);
  return new CycleIterator(cls, getIter(iterable), new PyList([]));
});

// ---------------------------------------------------------------- repeat

class RepeatIterator extends PyNativeIterator {
  constructor(
    cls: PyType,
    private readonly element: Py,
    /** How many times it remains to give the element; -1 for ever. */
    private remaining: number,
  ) {
    super(cls);
  }

  next(): Py | undefined {
    if (this.remaining === 0) return undefined;
    if (this.remaining > 0) this.remaining--;
    return this.element;
  }

  repr(): string {
    const element = pyRepr(this.element);
    return this.remaining === -1 ? `${this.cls.name}(${element})` : `${this.cls.name}(${element}, ${this.remaining})`;
  }

  lengthHint(): number {
    if (this.remaining === -1) throw typeError('len() of unsized object');
    return this.remaining;
  }

  reduce(): Py {
    return newTuple([this.cls, newTuple(this.remaining >= 0 ? [this.element, this.remaining] : [this.element])]);
  }
}

const REPEAT: NativeSignature = { name: 'repeat', names: ['object', 'times'], required: 1, positionalOnly: 0 };
const repeatType = iteratorType('repeat', 'reduce', (cls, args, kwnames) => {
  const [element, times] = bindArguments(REPEAT, args, kwnames);
  // A negative count means none; only leaving it out means for ever.
  const remaining = times === undefined ? -1 : Math.max(0, ssizeArgument(times));
  return new RepeatIterator(cls, element!, remaining);
});
defineMethods(repeatType, {
  __repr__: (self: RepeatIterator) => self.repr(),
  __length_hint__(self: RepeatIterator, args, kwnames) {
    checkArgCount('repeat.__length_hint__', args, kwnames, 0);
    return self.lengthHint();
  },
});

// ---------------------------------------------------------------- accumulate

class AccumulateIterator extends PyNativeIterator {
  /** The running total; undefined until the first item. */
  private total: Py | undefined = undefined;

  constructor(
    cls: PyType,
    private readonly iterator: Py,
    /** The combining function; null for +. */
    private readonly combine: Py | null,
    /** The initial value still to give first; null when none (or once given). */
    private initial: Py | null,
  ) {
    super(cls);
  }

  next(): Py | undefined {
    if (this.initial !== null) {
      this.total = this.initial;
      this.initial = null;
      return this.total;
    }
    const value = iterNext(this.iterator);
    if (value === undefined) return undefined;
    if (this.total === undefined) {
      this.total = value;
      return value;
    }
    this.total = this.combine === null ? binaryOp(this.total, value, 0) : call(this.combine, [this.total, value]);
    return this.total;
  }

  reduce(): Py {
    const combine = this.combine ?? null;
    if (this.initial !== null) {
      const rest = call(chainType, [newTuple([this.initial]), this.iterator]);
      return newTuple([this.cls, newTuple([rest, combine]), null]);
    }
    // A total of None cannot be told from no total in the state: start over from it and skip it.
    if (this.total === null) {
      const rest = call(chainType, [newTuple([null]), this.iterator]);
      return newTuple([isliceType, newTuple([call(this.cls, [rest, combine]), 1, null])]);
    }
    return newTuple([this.cls, newTuple([this.iterator, combine]), this.total ?? null]);
  }

  setState(state: Py): void {
    this.total = state;
  }
}

const ACCUMULATE: NativeSignature = { name: 'accumulate', names: ['iterable', 'func', 'initial'], required: 1, positionalOnly: 0, keywordOnlyFrom: 2 };
iteratorType('accumulate', 'state', (cls, args, kwnames) => {
  const [iterable, func, initial] = bindArguments(ACCUMULATE, args, kwnames);
  return new AccumulateIterator(cls, getIter(iterable!), func ?? null, initial ?? null);
});

// ---------------------------------------------------------------- chain

/** chain(*iterables): the items of each iterable in turn, the iterables taken from `source` as needed. */
class ChainIterator extends PyNativeIterator {
  constructor(
    cls: PyType,
    private source: Py | null,
    private active: Py | null = null,
  ) {
    super(cls);
  }

  next(): Py | undefined {
    while (this.source !== null) {
      if (this.active === null) {
        const iterable = iterNext(this.source);
        if (iterable === undefined) {
          this.source = null;
          return undefined;
        }
        try {
          this.active = getIter(iterable);
        } catch (error) {
          this.source = null;
          throw error;
        }
      }
      const item = iterNext(this.active);
      if (item !== undefined) return item;
      this.active = null;
    }
    return undefined;
  }

  reduce(): Py {
    if (this.source === null) return newTuple([this.cls, newTuple([])]);
    const state = this.active === null ? [this.source] : [this.source, this.active];
    return newTuple([this.cls, newTuple([]), newTuple(state)]);
  }

  setState(state: Py): void {
    const [source, active] = stateTuple(state, 1, 2);
    if (!isIterator(source) || (active !== undefined && !isIterator(active))) throw typeError('Arguments must be iterators.');
    this.source = source;
    this.active = active ?? null;
  }
}

/** PyIter_Check: its type has __next__. */
function isIterator(value: Py): boolean {
  return value instanceof PyNativeIterator || typeOf(value).lookup('__next__') !== undefined;
}

const chainType = iteratorType('chain', 'state', (cls, args, kwnames) => {
  refuseKeywords('chain', chainType, cls, kwnames);
  return new ChainIterator(cls, getIter(newTuple(positionalOf(args, kwnames))));
});
defineClassMethods(chainType, {
  from_iterable(cls: PyType, args, kwnames) {
    checkArgCount('from_iterable', args, kwnames, 1);
    return instanceOf(cls, chainType, new ChainIterator(cls, getIter(args[0])));
  },
});

// ---------------------------------------------------------------- compress

class CompressIterator extends PyNativeIterator {
  constructor(
    cls: PyType,
    private readonly data: Py,
    private readonly selectors: Py,
  ) {
    super(cls);
  }

  next(): Py | undefined {
    for (;;) {
      // The datum first, then its selector, as the pure Python version reads them.
      const datum = iterNext(this.data);
      if (datum === undefined) return undefined;
      const selector = iterNext(this.selectors);
      if (selector === undefined) return undefined;
      if (isTrue(selector)) return datum;
    }
  }

  reduce(): Py {
    return newTuple([this.cls, newTuple([this.data, this.selectors])]);
  }
}

const COMPRESS: NativeSignature = { name: 'compress', names: ['data', 'selectors'], required: 2, positionalOnly: 0 };
iteratorType('compress', 'reduce', (cls, args, kwnames) => {
  const [data, selectors] = bindArguments(COMPRESS, args, kwnames);
  return new CompressIterator(cls, getIter(data!), getIter(selectors!));
});

// ---------------------------------------------------------------- dropwhile, takewhile, filterfalse, starmap

/** dropwhile(predicate, iterable): skips items while the predicate holds, then gives every item. */
class DropWhileIterator extends PyNativeIterator {
  private dropping = true;

  constructor(
    cls: PyType,
    private readonly predicate: Py,
    private readonly iterator: Py,
  ) {
    super(cls);
  }

  next(): Py | undefined {
    for (;;) {
      const item = iterNext(this.iterator);
      if (item === undefined || !this.dropping) return item;
      if (!isTrue(call(this.predicate, [item]))) {
        this.dropping = false;
        return item;
      }
    }
  }

  reduce(): Py {
    return newTuple([this.cls, newTuple([this.predicate, this.iterator]), this.dropping ? 0 : 1]);
  }

  setState(state: Py): void {
    this.dropping = !isTrue(state);
  }
}

/** takewhile(predicate, iterable): gives items while the predicate holds, then none. */
class TakeWhileIterator extends PyNativeIterator {
  private stopped = false;

  constructor(
    cls: PyType,
    private readonly predicate: Py,
    private readonly iterator: Py,
  ) {
    super(cls);
  }

  next(): Py | undefined {
    if (this.stopped) return undefined;
    const item = iterNext(this.iterator);
    if (item === undefined) return undefined;
    if (isTrue(call(this.predicate, [item]))) return item;
    this.stopped = true;
    return undefined;
  }

  reduce(): Py {
    return newTuple([this.cls, newTuple([this.predicate, this.iterator]), this.stopped ? 1 : 0]);
  }

  setState(state: Py): void {
    this.stopped = isTrue(state);
  }
}

/** filterfalse(predicate, iterable): the items the predicate (or, when None, their truth) rejects. */
class FilterFalseIterator extends PyNativeIterator {
  constructor(
    cls: PyType,
    private readonly predicate: Py,
    private readonly iterator: Py,
  ) {
    super(cls);
  }

  next(): Py | undefined {
    const byTruth = this.predicate === null || this.predicate === boolType;
    for (;;) {
      const item = iterNext(this.iterator);
      if (item === undefined) return undefined;
      if (!isTrue(byTruth ? item : call(this.predicate, [item]))) return item;
    }
  }

  reduce(): Py {
    return newTuple([this.cls, newTuple([this.predicate, this.iterator])]);
  }
}

/** starmap(function, iterable): function(*item) for each item. */
class StarMapIterator extends PyNativeIterator {
  constructor(
    cls: PyType,
    private readonly func: Py,
    private readonly iterator: Py,
  ) {
    super(cls);
  }

  next(): Py | undefined {
    const item = iterNext(this.iterator);
    if (item === undefined) return undefined;
    const args = item instanceof PyTuple && item.cls === tupleType ? item.items.slice() : tupleItems(item);
    return call(this.func, args);
  }

  reduce(): Py {
    return newTuple([this.cls, newTuple([this.func, this.iterator])]);
  }
}

/** PySequence_Tuple's items. */
function tupleItems(value: Py): Py[] {
  const iterator = getIter(value);
  const items: Py[] = [];
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) items.push(item);
  return items;
}

const dropWhileType = iteratorType('dropwhile', 'state', (cls, args, kwnames) => {
  const [predicate, iterable] = fixedArguments('dropwhile', dropWhileType, cls, args, kwnames, 2);
  return new DropWhileIterator(cls, predicate, getIter(iterable));
});
const takeWhileType = iteratorType('takewhile', 'state', (cls, args, kwnames) => {
  const [predicate, iterable] = fixedArguments('takewhile', takeWhileType, cls, args, kwnames, 2);
  return new TakeWhileIterator(cls, predicate, getIter(iterable));
});
const filterFalseType = iteratorType('filterfalse', 'reduce', (cls, args, kwnames) => {
  const [predicate, iterable] = fixedArguments('filterfalse', filterFalseType, cls, args, kwnames, 2);
  return new FilterFalseIterator(cls, predicate, getIter(iterable));
});
const starMapType = iteratorType('starmap', 'reduce', (cls, args, kwnames) => {
  const [func, iterable] = fixedArguments('starmap', starMapType, cls, args, kwnames, 2);
  return new StarMapIterator(cls, func, getIter(iterable));
});

// ---------------------------------------------------------------- islice

/** islice(iterable, [start,] stop [, step]): the items at positions start, start+step, ... below stop. */
class IsliceIterator extends PyNativeIterator {
  /** Items read so far. */
  private count = 0;

  constructor(
    cls: PyType,
    private iterator: Py | null,
    /** The position of the next item to give. */
    private nextPosition: number,
    /** -1 for no stop. */
    private readonly stop: number,
    private readonly step: number,
  ) {
    super(cls);
  }

  next(): Py | undefined {
    const iterator = this.iterator;
    if (iterator === null) return undefined;
    const stop = this.stop;
    while (this.count < this.nextPosition) {
      if (iterNext(iterator) === undefined) return this.finish();
      this.count++;
    }
    if (stop !== -1 && this.count >= stop) return this.finish();
    const item = iterNext(iterator);
    if (item === undefined) return this.finish();
    this.count++;
    this.nextPosition += this.step;
    if (stop !== -1 && this.nextPosition > stop) this.nextPosition = stop;
    return item;
  }

  private finish(): undefined {
    this.iterator = null;
    return undefined;
  }

  /** Rebuilt with the same bounds from the next position, then __setstate__ restores the count. */
  reduce(): Py {
    if (this.iterator === null) return newTuple([this.cls, newTuple([getIter(new PyList([])), 0]), 0]);
    const stop = this.stop === -1 ? null : this.stop;
    return newTuple([this.cls, newTuple([this.iterator, this.nextPosition, stop, this.step]), this.count]);
  }

  setState(state: Py): void {
    this.count = ssizeArgument(state);
  }
}

/** An islice() bound as PyNumber_AsSsize_t reads it, any failure (not an int, too large) giving -1. */
function isliceBound(value: Py): number {
  if (!hasIndex(value)) return -1;
  const index = pyIndex(value);
  if (typeof index === 'number') return index;
  return index > SSIZE_MAX || index < -SSIZE_MAX - 1n ? -1 : index > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

const STOP_ERROR = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const isliceType = iteratorType('islice', 'state', (cls, args, kwnames) => {
  refuseKeywords('islice', isliceType, cls, kwnames);
  const positional = positionalOf(args, kwnames);
  checkArgCount('islice', positional, null, 2, 4);
  const [iterable, first, second, third] = positional;
  let start = 0;
  let stop = -1;
  let step = 1;
  const stopArgument = positional.length === 2 ? first : second;
  if (positional.length > 2 && first !== null) start = isliceBound(first);
  if (stopArgument !== null) {
    stop = isliceBound(stopArgument);
    if (stop === -1) throw newException(ValueError, STOP_ERROR);
  }
  if (start < 0 || stop < -1) throw newException(ValueError, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  if (third !== undefined && third !== null) step = isliceBound(third);
  if (step < 1) throw newException(ValueError, 'Step for islice() must be a positive integer or None.');
  return new IsliceIterator(cls, getIter(iterable), start, stop, step);
});

// ---------------------------------------------------------------- pairwise

/** pairwise(iterable): overlapping pairs of consecutive items. Its state survives re-entrant calls as CPython's does. */
class PairwiseIterator extends PyNativeIterator {
  private previous: Py | undefined = undefined;

  constructor(
    cls: PyType,
    private iterator: Py | null,
  ) {
    super(cls);
  }

  next(): Py | undefined {
    let iterator = this.iterator;
    if (iterator === null) return undefined;
    let old = this.previous;
    if (old === undefined) {
      old = iterNext(iterator);
      this.previous = old;
      if (old === undefined) {
        this.iterator = null;
        return undefined;
      }
      iterator = this.iterator;
      if (iterator === null) {
        this.previous = undefined;
        return undefined;
      }
    }
    const item = iterNext(iterator);
    if (item === undefined) {
      this.iterator = null;
      this.previous = undefined;
      return undefined;
    }
    this.previous = item;
    return newTuple([old, item]);
  }
}

const pairwiseType = iteratorType('pairwise', 'none', (cls, args, kwnames) => {
  const [iterable] = fixedArguments('pairwise', pairwiseType, cls, args, kwnames, 1);
  return new PairwiseIterator(cls, getIter(iterable));
});

// ---------------------------------------------------------------- zip_longest

/** zip_longest(*iterables, fillvalue=None): tuples of one item of each, the fill value standing for the exhausted ones. */
class ZipLongestIterator extends PyNativeIterator {
  private active: number;

  constructor(
    cls: PyType,
    /** null once an iterator ran out. */
    private readonly iterators: (Py | null)[],
    private fillValue: Py,
  ) {
    super(cls);
    this.active = iterators.length;
  }

  next(): Py | undefined {
    const iterators = this.iterators;
    if (iterators.length === 0 || this.active === 0) return undefined;
    const row: Py[] = new Array(iterators.length);
    for (let i = 0; i < iterators.length; i++) {
      const iterator = iterators[i];
      let item: Py | undefined = this.fillValue;
      if (iterator !== null) {
        try {
          item = iterNext(iterator);
        } catch (error) {
          this.active = 0;
          throw error;
        }
        if (item === undefined) {
          this.active--;
          if (this.active === 0) return undefined;
          item = this.fillValue;
          iterators[i] = null;
        }
      }
      row[i] = item;
    }
    return newTuple(row);
  }

  reduce(): Py {
    const iterators = this.iterators.map((iterator) => iterator ?? newTuple([]));
    return newTuple([this.cls, newTuple(iterators), this.fillValue]);
  }

  setState(state: Py): void {
    this.fillValue = state;
  }
}

iteratorType('zip_longest', 'state', (cls, args, kwnames) => {
  let fillValue: Py = null;
  if (kwnames !== null && kwnames.length > 0) {
    if (kwnames.length !== 1 || kwnames[0] !== 'fillvalue') throw typeError('zip_longest() got an unexpected keyword argument');
    fillValue = args[args.length - 1];
  }
  return new ZipLongestIterator(cls, positionalOf(args, kwnames).map(getIter), fillValue);
});
