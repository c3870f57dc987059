// itertools' combinatoric iterators: product, permutations, combinations and
// combinations_with_replacement. Each walks index vectors over a pool (a tuple of the
// input's items) as CPython's does, so that its pickle (the pool, and the indices once
// started) and __setstate__'s clamping match.
import type { Py } from '../objects/object';
import { type PyType } from '../objects/type';
import { PyNativeIterator } from '../objects/nativeIterator';
import { bindArguments, type NativeSignature } from '../objects/native';
import { newException, typeError, ValueError } from '../objects/exceptions';
import { getIter, iterNext } from '../objects/protocols';
import { newTuple, PyTuple } from '../objects/tuple';
import { intValue } from '../objects/int';
import { ssizeState } from '../objects/iterators';
import { ssizeArgument } from '../objects/bytesArguments';
import { iteratorType, positionalOf, requireStateItem, stateTuple } from './itertoolsModule';

/** PySequence_Tuple: the iterable's items, as a tuple. */
function poolOf(iterable: Py): PyTuple {
  if (iterable instanceof PyTuple) return newTuple(iterable.items.slice());
  const iterator = getIter(iterable);
  const items: Py[] = [];
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) items.push(item);
  return newTuple(items);
}

/** A tuple state of `count` ints, as setstate reads them ("invalid arguments" otherwise). */
function indexState(state: Py, count: number): number[] {
  if (!(state instanceof PyTuple) || state.items.length !== count) throw newException(ValueError, 'invalid arguments');
  return state.items.map(ssizeState);
}

const clamp = (value: number, low: number, high: number): number => (value > high ? high : value < low ? low : value);

/** What the combinatoric iterators share: a result made of pool items at indices, and "stopped" once exhausted. */
abstract class IndexIterator extends PyNativeIterator {
  protected started = false;

  constructor(
    cls: PyType,
    protected stopped: boolean,
  ) {
    super(cls);
  }

  next(): Py | undefined {
    if (this.stopped) return undefined;
    if (this.started && !this.advance()) {
      this.stopped = true;
      return undefined;
    }
    this.started = true;
    return this.result();
  }

  /** Moves to the next index vector; false when there is none. */
  protected abstract advance(): boolean;
  protected abstract result(): Py;
}

// ---------------------------------------------------------------- product

class ProductIterator extends IndexIterator {
  private readonly indices: number[];

  constructor(
    cls: PyType,
    private readonly pools: PyTuple[],
  ) {
    super(cls, pools.some((pool) => pool.items.length === 0));
    this.indices = pools.map(() => 0);
  }

  protected advance(): boolean {
    // An odometer: the rightmost index turns fastest.
    for (let i = this.indices.length - 1; i >= 0; i--) {
      if (++this.indices[i] < this.pools[i].items.length) return true;
      this.indices[i] = 0;
    }
    return false;
  }

  protected result(): Py {
    return newTuple(this.indices.map((index, i) => this.pools[i].items[index]));
  }

  reduce(): Py {
    if (this.stopped) return newTuple([this.cls, newTuple([newTuple([])])]);
    const pools = newTuple(this.pools);
    if (!this.started) return newTuple([this.cls, pools]);
    return newTuple([this.cls, pools, newTuple(this.indices.slice())]);
  }

  setState(state: Py): void {
    const indices = indexState(state, this.pools.length);
    for (let i = 0; i < indices.length; i++) {
      const size = this.pools[i].items.length;
      if (size === 0) {
        this.stopped = true;
        return;
      }
      this.indices[i] = clamp(indices[i], 0, size - 1);
    }
    this.started = true;
  }
}

iteratorType('product', 'state', (cls, args, kwnames) => {
  let repeat = 1;
  if (kwnames !== null && kwnames.length > 0) {
    const [times] = bindArguments(PRODUCT, args.slice(args.length - kwnames.length), kwnames);
    if (times !== undefined) repeat = ssizeArgument(times);
    if (repeat < 0) throw newException(ValueError, 'repeat argument cannot be negative');
  }
  // product(..., repeat=0) reads none of its iterables.
  const pools = repeat === 0 ? [] : positionalOf(args, kwnames).map(poolOf);
  const repeated: PyTuple[] = [];
  for (let r = 0; r < repeat; r++) repeated.push(...pools);
  return new ProductIterator(cls, repeated);
});
const PRODUCT: NativeSignature = { name: 'product', names: ['repeat'], required: 0, positionalOnly: 0, keywordOnlyFrom: 0 };

// ---------------------------------------------------------------- combinations

/** r indices into one pool, the tuple of the items they pick, pickled as (cls, (pool, r), indices). */
abstract class PoolChoiceIterator extends IndexIterator {
  protected readonly indices: number[];

  constructor(
    cls: PyType,
    exhausted: boolean,
    protected readonly pool: PyTuple,
    protected readonly r: number,
    firstIndex: (position: number) => number,
  ) {
    super(cls, exhausted);
    this.indices = Array.from({ length: r }, (_, position) => firstIndex(position));
  }

  /** The largest index `position` may hold. */
  protected abstract highestIndex(position: number): number;

  protected result(): Py {
    return newTuple(this.indices.map((index) => this.pool.items[index]));
  }

  reduce(): Py {
    if (!this.started) return newTuple([this.cls, newTuple([this.pool, this.r])]);
    if (this.stopped) return newTuple([this.cls, newTuple([newTuple([]), this.r])]);
    return newTuple([this.cls, newTuple([this.pool, this.r]), newTuple(this.indices.slice())]);
  }

  setState(state: Py): void {
    const indices = indexState(state, this.r);
    for (let i = 0; i < this.r; i++) this.indices[i] = clamp(indices[i], 0, this.highestIndex(i));
    this.started = true;
  }
}

/** combinations: strictly increasing indices. */
class CombinationsIterator extends PoolChoiceIterator {
  constructor(cls: PyType, pool: PyTuple, r: number) {
    super(cls, r > pool.items.length, pool, r, (position) => position);
  }

  protected highestIndex(position: number): number {
    return Math.max(0, position + this.pool.items.length - this.r);
  }

  protected advance(): boolean {
    const { indices, r } = this;
    const n = this.pool.items.length;
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) return false;
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    return true;
  }
}

/** combinations_with_replacement: indices that never decrease. */
class CombinationsWithReplacementIterator extends PoolChoiceIterator {
  constructor(cls: PyType, pool: PyTuple, r: number) {
    super(cls, pool.items.length === 0 && r > 0, pool, r, () => 0);
  }

  protected highestIndex(): number {
    return this.pool.items.length - 1;
  }

  protected advance(): boolean {
    const { indices, r } = this;
    const n = this.pool.items.length;
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) return false;
    const index = indices[i] + 1;
    for (; i < r; i++) indices[i] = index;
    return true;
  }
}

const COMBINATIONS: NativeSignature = { name: 'combinations', names: ['iterable', 'r'], required: 2, positionalOnly: 0 };
const WITH_REPLACEMENT: NativeSignature = { ...COMBINATIONS, name: 'combinations_with_replacement' };

/** The (iterable, r) of combinations(): r a Py_ssize_t, not negative. */
function poolAndSize(signature: NativeSignature, args: Py[], kwnames: readonly string[] | null): [PyTuple, number] {
  const [iterable, size] = bindArguments(signature, args, kwnames);
  const r = ssizeArgument(size!);
  const pool = poolOf(iterable!);
  if (r < 0) throw newException(ValueError, 'r must be non-negative');
  return [pool, r];
}

iteratorType('combinations', 'state', (cls, args, kwnames) => new CombinationsIterator(cls, ...poolAndSize(COMBINATIONS, args, kwnames)));
iteratorType('combinations_with_replacement', 'state', (cls, args, kwnames) => new CombinationsWithReplacementIterator(cls, ...poolAndSize(WITH_REPLACEMENT, args, kwnames)));

// ---------------------------------------------------------------- permutations

class PermutationsIterator extends IndexIterator {
  private readonly indices: number[];
  /** One rollover counter per position of the result. */
  private readonly cycles: number[];

  constructor(
    cls: PyType,
    private readonly pool: PyTuple,
    private readonly r: number,
  ) {
    const n = pool.items.length;
    super(cls, r > n);
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: r }, (_, i) => n - i);
  }

  protected advance(): boolean {
    const { indices, cycles, r } = this;
    const n = indices.length;
    if (n === 0) return false;
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        // Rotate indices[i:] left by one.
        const index = indices[i];
        for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
        indices[n - 1] = index;
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        [indices[i], indices[n - j]] = [indices[n - j], indices[i]];
        return true;
      }
    }
    return false;
  }

  protected result(): Py {
    return newTuple(this.indices.slice(0, this.r).map((index) => this.pool.items[index]));
  }

  reduce(): Py {
    if (!this.started) return newTuple([this.cls, newTuple([this.pool, this.r])]);
    if (this.stopped) return newTuple([this.cls, newTuple([newTuple([]), this.r])]);
    return newTuple([this.cls, newTuple([this.pool, this.r]), newTuple([newTuple(this.indices.slice()), newTuple(this.cycles.slice())])]);
  }

  setState(state: Py): void {
    const [indicesItem, cyclesItem] = stateTuple(state, 2);
    const indicesTuple = requireStateItem(indicesItem, PyTuple, 1, 'tuple');
    const cyclesTuple = requireStateItem(cyclesItem, PyTuple, 2, 'tuple');
    const n = this.pool.items.length;
    if (indicesTuple.items.length !== n || cyclesTuple.items.length !== this.r) throw newException(ValueError, 'invalid arguments');
    indicesTuple.items.forEach((item, i) => (this.indices[i] = clamp(ssizeState(item), 0, n - 1)));
    cyclesTuple.items.forEach((item, i) => (this.cycles[i] = clamp(ssizeState(item), 1, n - i)));
    this.started = true;
  }
}

const PERMUTATIONS: NativeSignature = { name: 'permutations', names: ['iterable', 'r'], required: 1, positionalOnly: 0 };
iteratorType('permutations', 'state', (cls, args, kwnames) => {
  const [iterable, size] = bindArguments(PERMUTATIONS, args, kwnames);
  const pool = poolOf(iterable!);
  let r = pool.items.length;
  if (size !== undefined && size !== null) {
    if (intValue(size) === undefined) throw typeError('Expected int as r');
    r = ssizeArgument(size);
  }
  if (r < 0) throw newException(ValueError, 'r must be non-negative');
  return new PermutationsIterator(cls, pool, r);
});
