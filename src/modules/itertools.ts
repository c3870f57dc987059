// The itertools module: iterator building blocks, each an iterator type written in
// TypeScript with CPython's constructor checks and reprs.
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType, type PyType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { PyNativeIterator } from '../objects/nativeIterator';
import { bindArguments, checkArgCount, defineClassMethods, defineMethods, newTargetOf, PyBuiltinFunction, type NativeFunction } from '../objects/native';
import { newException, StopIteration, typeError, ValueError } from '../objects/exceptions';
import { call, getIter, indexAsNumber, isTrue, iterNext, pyRepr, richCompare, CompareOp } from '../objects/protocols';
import { binaryOp } from '../objects/operators';
import { newTuple, PyTuple } from '../objects/tuple';
import { intAdd, intValue } from '../objects/int';
import { PyFloat } from '../objects/float';
import { registerBuiltinModule } from './registry';

export const itertoolsModule = newModule('itertools', 'Functional tools for creating and using iterators.');
registerBuiltinModule('itertools', () => itertoolsModule);

/** An iterator type of this module that Python code cannot construct (groupby's groups, tee's copies). */
function helperIteratorType(name: string): PyType {
  const type = nativeType(name, undefined, {});
  type.attrs.set('__module__', 'itertools');
  defineMethods(type, {
    __iter__: (self) => self,
    __next__(self: PyNativeIterator) {
      const value = self.next();
      if (value === undefined) throw newException(StopIteration);
      return value;
    },
  });
  return type;
}

/** An itertools type whose instances are made by `construct` from the call's arguments. */
function iteratorType(name: string, construct: (cls: PyType, args: Py[], kwnames: readonly string[] | null) => PyNativeIterator): PyType {
  const type = helperIteratorType(name);
  type.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => construct(newTargetOf(type, args), args.slice(1), kwnames), undefined, null));
  itertoolsModule.dict.setStr(name, type);
  return type;
}

/** Iterators built from a `next` closure: most itertools need nothing more. */
class ClosureIterator extends PyNativeIterator {
  constructor(cls: PyType, readonly step: () => Py | undefined) {
    super(cls);
  }
  next(): Py | undefined {
    return this.step();
  }
}

function closureType(name: string, make: (args: Py[], kwnames: readonly string[] | null) => () => Py | undefined): PyType {
  return iteratorType(name, (cls, args, kwnames) => new ClosureIterator(cls, make(args, kwnames)));
}

function noKeywordsFor(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

// ---------------------------------------------------------------- infinite iterators

class CountIterator extends PyNativeIterator {
  constructor(cls: PyType, public current: Py, readonly step: Py) {
    super(cls);
  }
  next(): Py {
    const value = this.current;
    const c = this.current;
    const s = this.step;
    this.current = typeof c === 'number' && typeof s === 'number' ? intAdd(c, s) : binaryOp(c, s, 0);
    return value;
  }
}

const COUNT = { name: 'count', names: ['start', 'step'], required: 0, positionalOnly: 0 };
const countType = iteratorType('count', (cls, args, kwnames) => {
  const [start, step] = bindArguments(COUNT, args, kwnames);
  const first = start ?? 0;
  const increment = step ?? 1;
  for (const value of [first, increment]) {
    if (!isNumber(value)) throw typeError('a number is required');
  }
  return new CountIterator(cls, first, increment);
});
defineMethods(countType, {
  __repr__(self: CountIterator) {
    const step = self.step;
    const defaultStep = typeof step === 'number' && step === 1;
    return defaultStep ? `count(${pyRepr(self.current)})` : `count(${pyRepr(self.current)}, ${pyRepr(step)})`;
  },
});

function isNumber(value: Py): boolean {
  return intValue(value) !== undefined || value instanceof PyFloat || typeOf(value).lookup('__add__') !== undefined;
}

closureType('cycle', (args, kwnames) => {
  noKeywordsFor('cycle', kwnames);
  checkArgCount('cycle', args, null, 1);
  const iterator = getIter(args[0]);
  const saved: Py[] = [];
  let exhausted = false;
  let index = 0;
  return () => {
    if (!exhausted) {
      const value = iterNext(iterator);
      if (value !== undefined) {
        saved.push(value);
        return value;
      }
      exhausted = true;
    }
    if (saved.length === 0) return undefined;
    const value = saved[index];
    index = (index + 1) % saved.length;
    return value;
  };
});

class RepeatIterator extends PyNativeIterator {
  constructor(cls: PyType, readonly value: Py, public remaining: number | null) {
    super(cls);
  }
  next(): Py | undefined {
    if (this.remaining === null) return this.value;
    if (this.remaining <= 0) return undefined;
    this.remaining--;
    return this.value;
  }
}

const REPEAT = { name: 'repeat', names: ['object', 'times'], required: 1, positionalOnly: 0 };
const repeatType = iteratorType('repeat', (cls, args, kwnames) => {
  const [value, times] = bindArguments(REPEAT, args, kwnames);
  const count = times === undefined ? null : Math.max(0, indexAsNumber(times));
  return new RepeatIterator(cls, value!, count);
});
defineMethods(repeatType, {
  __repr__(self: RepeatIterator) {
    return self.remaining === null ? `repeat(${pyRepr(self.value)})` : `repeat(${pyRepr(self.value)}, ${self.remaining})`;
  },
  __length_hint__(self: RepeatIterator) {
    if (self.remaining === null) throw typeError('len() of unsized object');
    return self.remaining;
  },
});

// ---------------------------------------------------------------- iterators terminating on the shortest input

const ACCUMULATE = { name: 'accumulate', names: ['iterable', 'func', 'initial'], required: 1, positionalOnly: 0, keywordOnlyFrom: 2 };
closureType('accumulate', (args, kwnames) => {
  const [iterable, func, initial] = bindArguments(ACCUMULATE, args, kwnames);
  const iterator = getIter(iterable!);
  const combine = func === undefined || func === null ? null : func;
  let total: Py | undefined = initial === undefined || initial === null ? undefined : initial;
  let emittedInitial = total === undefined;
  return () => {
    if (!emittedInitial) {
      emittedInitial = true;
      return total;
    }
    const value = iterNext(iterator);
    if (value === undefined) return undefined;
    total = total === undefined ? value : combine === null ? binaryOp(total, value, 0) : call(combine, [total, value]);
    return total;
  };
});

function chainOver(iterables: () => Py | undefined): () => Py | undefined {
  let current: Py | null = null;
  return () => {
    for (;;) {
      if (current === null) {
        const next = iterables();
        if (next === undefined) return undefined;
        current = getIter(next);
      }
      const value = iterNext(current);
      if (value !== undefined) return value;
      current = null;
    }
  };
}

const chainType = closureType('chain', (args, kwnames) => {
  noKeywordsFor('chain', kwnames);
  let index = 0;
  return chainOver(() => (index < args.length ? args[index++] : undefined));
});
defineClassMethods(chainType, {
  from_iterable(cls: PyType, args) {
    checkArgCount('from_iterable', args, null, 1);
    const outer = getIter(args[0]);
    return new ClosureIterator(cls, chainOver(() => iterNext(outer)));
  },
});

const COMPRESS = { name: 'compress', names: ['data', 'selectors'], required: 2, positionalOnly: 0 };
closureType('compress', (args, kwnames) => {
  const [data, selectors] = bindArguments(COMPRESS, args, kwnames);
  const values = getIter(data!);
  const flags = getIter(selectors!);
  return () => {
    for (;;) {
      const value = iterNext(values);
      const flag = iterNext(flags);
      if (value === undefined || flag === undefined) return undefined;
      if (isTrue(flag)) return value;
    }
  };
});

function predicateIterator(name: string, keep: (passed: boolean, state: { dropping: boolean }) => 'yield' | 'skip' | 'stop'): void {
  closureType(name, (args, kwnames) => {
    noKeywordsFor(name, kwnames);
    checkArgCount(name, args, null, 2);
    const predicate = args[0];
    const iterator = getIter(args[1]);
    const state = { dropping: true };
    let stopped = false;
    return () => {
      while (!stopped) {
        const value = iterNext(iterator);
        if (value === undefined) return undefined;
        const decision = keep(isTrue(call(predicate, [value])), state);
        if (decision === 'yield') return value;
        if (decision === 'stop') stopped = true;
      }
      return undefined;
    };
  });
}

predicateIterator('dropwhile', (passed, state) => {
  if (state.dropping && passed) return 'skip';
  state.dropping = false;
  return 'yield';
});
predicateIterator('takewhile', (passed) => (passed ? 'yield' : 'stop'));

closureType('filterfalse', (args, kwnames) => {
  noKeywordsFor('filterfalse', kwnames);
  checkArgCount('filterfalse', args, null, 2);
  const predicate = args[0];
  const iterator = getIter(args[1]);
  return () => {
    for (;;) {
      const value = iterNext(iterator);
      if (value === undefined) return undefined;
      const verdict = predicate === null ? isTrue(value) : isTrue(call(predicate, [value]));
      if (!verdict) return value;
    }
  };
});

closureType('starmap', (args, kwnames) => {
  noKeywordsFor('starmap', kwnames);
  checkArgCount('starmap', args, null, 2);
  const fn = args[0];
  const iterator = getIter(args[1]);
  return () => {
    const item = iterNext(iterator);
    if (item === undefined) return undefined;
    return call(fn, item instanceof PyTuple ? item.items.slice() : iterableItems(item));
  };
});

function iterableItems(value: Py): Py[] {
  const iterator = getIter(value);
  const items: Py[] = [];
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) items.push(item);
  return items;
}

closureType('islice', (args, kwnames) => {
  noKeywordsFor('islice', kwnames);
  checkArgCount('islice', args, null, 2, 4);
  const iterator = getIter(args[0]);
  const bound = (value: Py, what: string): number | null => {
    if (value === null) return null;
    const n = intValue(value);
    if (n === undefined || n < 0) {
      throw newException(ValueError, `${what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
    }
    return Number(n);
  };
  let start = 0;
  let stop: number | null;
  let step = 1;
  if (args.length === 2) {
    stop = bound(args[1], 'Stop');
  } else {
    start = bound(args[1], 'Indices') ?? 0;
    stop = bound(args[2], 'Stop');
    if (args.length === 4) {
      const s = args[3] === null ? 1 : bound(args[3], 'Step');
      if (s === null || s === 0) throw newException(ValueError, 'Step for islice() must be a positive integer or None.');
      step = s;
    }
  }
  let position = 0;
  let nextWanted = start;
  return () => {
    if (stop !== null && nextWanted >= stop) {
      // CPython consumes up to stop before finishing.
      while (position < stop && iterNext(iterator) !== undefined) position++;
      return undefined;
    }
    while (position < nextWanted) {
      if (iterNext(iterator) === undefined) return undefined;
      position++;
    }
    const value = iterNext(iterator);
    if (value === undefined) return undefined;
    position++;
    nextWanted += step;
    return value;
  };
});

closureType('pairwise', (args, kwnames) => {
  noKeywordsFor('pairwise', kwnames);
  checkArgCount('pairwise', args, null, 1);
  const iterator = getIter(args[0]);
  let previous: Py | undefined;
  return () => {
    if (previous === undefined) {
      previous = iterNext(iterator);
      if (previous === undefined) return undefined;
    }
    const value = iterNext(iterator);
    if (value === undefined) return undefined;
    const pair = newTuple([previous, value]);
    previous = value;
    return pair;
  };
});

const ZIP_LONGEST = { name: 'zip_longest', names: ['fillvalue'], required: 0, positionalOnly: 0, keywordOnlyFrom: 0 };
closureType('zip_longest', (args, kwnames) => {
  const kwCount = kwnames?.length ?? 0;
  const iterables = args.slice(0, args.length - kwCount);
  const [fillvalue] = kwCount > 0 ? bindArguments(ZIP_LONGEST, args.slice(iterables.length), kwnames) : [undefined];
  const fill = fillvalue ?? null;
  const iterators: (Py | null)[] = iterables.map(getIter);
  let active = iterators.length;
  return () => {
    if (active === 0) return undefined;
    const row: Py[] = [];
    for (let i = 0; i < iterators.length; i++) {
      const iterator = iterators[i];
      let value: Py | undefined = iterator === null ? undefined : iterNext(iterator);
      if (value === undefined) {
        if (iterator !== null) {
          iterators[i] = null;
          active--;
          if (active === 0) return undefined;
        }
        value = fill;
      }
      row.push(value);
    }
    return newTuple(row);
  };
});

// ---------------------------------------------------------------- groupby and tee

const GROUPBY = { name: 'groupby', names: ['iterable', 'key'], required: 1, positionalOnly: 0 };
const grouperType = helperIteratorType('_grouper');

closureType('groupby', (args, kwnames) => {
  const [iterable, key] = bindArguments(GROUPBY, args, kwnames);
  const iterator = getIter(iterable!);
  const keyOf = (value: Py): Py => (key === undefined || key === null ? value : call(key, [value]));
  let currentValue: Py | undefined;
  let currentKey: Py | undefined;
  let groupId = 0;
  const advance = (): boolean => {
    const value = iterNext(iterator);
    if (value === undefined) {
      currentValue = undefined;
      return false;
    }
    currentValue = value;
    currentKey = keyOf(value);
    return true;
  };
  let started = false;
  let lastGroupKey: Py | undefined;
  return () => {
    if (!started) {
      started = true;
      if (!advance()) return undefined;
    } else {
      // Skip what is left of the group handed out last.
      while (currentValue !== undefined && isTrue(richCompare(currentKey!, lastGroupKey!, CompareOp.EQ))) {
        if (!advance()) return undefined;
      }
    }
    if (currentValue === undefined) return undefined;
    const myGroup = ++groupId;
    const groupKey = currentKey!;
    lastGroupKey = groupKey;
    let first = true;
    const grouper = new ClosureIterator(grouperType, () => {
      if (myGroup !== groupId || currentValue === undefined) return undefined;
      if (first) {
        first = false;
        return currentValue;
      }
      if (!advance()) return undefined;
      if (!isTrue(richCompare(currentKey!, groupKey, CompareOp.EQ))) return undefined;
      return currentValue;
    });
    return newTuple([groupKey, grouper]);
  };
});

const teeType = helperIteratorType('_tee');

/** The shared buffer of tee()'s iterators: items read from the source and not yet seen by every copy. */
class TeeSource {
  readonly items: Py[] = [];
  offset = 0;
  done = false;
  constructor(readonly iterator: Py) {}
  at(index: number): Py | undefined {
    while (index - this.offset >= this.items.length) {
      if (this.done) return undefined;
      const value = iterNext(this.iterator);
      if (value === undefined) {
        this.done = true;
        return undefined;
      }
      this.items.push(value);
    }
    return this.items[index - this.offset];
  }
}

defineFunction('tee', (args, kwnames) => {
  noKeywordsFor('tee', kwnames);
  checkArgCount('tee', args, null, 1, 2);
  const n = args.length === 2 ? indexAsNumber(args[1]) : 2;
  if (n < 0) throw newException(ValueError, 'n must be >= 0');
  const source = new TeeSource(getIter(args[0]));
  const copies: Py[] = [];
  for (let i = 0; i < n; i++) {
    let position = 0;
    copies.push(new ClosureIterator(teeType, () => {
      const value = source.at(position);
      if (value !== undefined) position++;
      return value;
    }));
  }
  return newTuple(copies);
});

function defineFunction(name: string, fn: NativeFunction): void {
  itertoolsModule.dict.setStr(name, new PyBuiltinFunction(name, fn, undefined, 'itertools'));
}

// ---------------------------------------------------------------- combinatorics

/** Iterates over index tuples produced by `advance` (which returns false when done), mapped to the pool's items. */
function indexIterator(pool: Py[], first: number[] | null, advance: (indices: number[]) => boolean): () => Py | undefined {
  let indices = first;
  let started = false;
  return () => {
    if (indices === null) return undefined;
    if (started && !advance(indices)) {
      indices = null;
      return undefined;
    }
    started = true;
    return newTuple(indices.map((i) => pool[i]));
  };
}

const PRODUCT = { name: 'product', names: ['repeat'], required: 0, positionalOnly: 0, keywordOnlyFrom: 0 };
closureType('product', (args, kwnames) => {
  const kwCount = kwnames?.length ?? 0;
  const iterables = args.slice(0, args.length - kwCount);
  const [repeat] = kwCount > 0 ? bindArguments(PRODUCT, args.slice(iterables.length), kwnames) : [undefined];
  const times = repeat === undefined ? 1 : indexAsNumber(repeat);
  if (times < 0) throw newException(ValueError, 'repeat argument cannot be negative');
  const basePools = iterables.map(iterableItems);
  const pools: Py[][] = [];
  for (let r = 0; r < times; r++) pools.push(...basePools);
  if (pools.some((p) => p.length === 0)) return () => undefined;
  const flat: Py[][] = pools;
  let indices: number[] | null = pools.map(() => 0);
  let started = false;
  return () => {
    if (indices === null) return undefined;
    if (started) {
      let i = indices.length - 1;
      for (; i >= 0; i--) {
        indices[i]++;
        if (indices[i] < flat[i].length) break;
        indices[i] = 0;
      }
      if (i < 0) {
        indices = null;
        return undefined;
      }
    }
    started = true;
    return newTuple(indices.map((index, i) => flat[i][index]));
  };
});

const PERMUTATIONS = { name: 'permutations', names: ['iterable', 'r'], required: 1, positionalOnly: 0 };
closureType('permutations', (args, kwnames) => {
  const [iterable, rArg] = bindArguments(PERMUTATIONS, args, kwnames);
  const pool = iterableItems(iterable!);
  const n = pool.length;
  const r = rArg === undefined || rArg === null ? n : indexAsNumber(rArg);
  if (r < 0) throw newException(ValueError, 'r must be non-negative');
  if (r > n) return () => undefined;
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  let first = true;
  let done = false;
  return () => {
    if (done) return undefined;
    if (first) {
      first = false;
      return newTuple(indices.slice(0, r).map((i) => pool[i]));
    }
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const moved = indices.splice(i, 1)[0];
        indices.push(moved);
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        [indices[i], indices[n - j]] = [indices[n - j], indices[i]];
        return newTuple(indices.slice(0, r).map((k) => pool[k]));
      }
    }
    done = true;
    return undefined;
  };
});

const COMBINATIONS = { name: 'combinations', names: ['iterable', 'r'], required: 2, positionalOnly: 0 };
closureType('combinations', (args, kwnames) => {
  const [iterable, rArg] = bindArguments(COMBINATIONS, args, kwnames);
  const pool = iterableItems(iterable!);
  const n = pool.length;
  const r = indexAsNumber(rArg!);
  if (r < 0) throw newException(ValueError, 'r must be non-negative');
  const first = r > n ? null : Array.from({ length: r }, (_, i) => i);
  return indexIterator(pool, first, (indices) => {
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) return false;
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    return true;
  });
});

closureType('combinations_with_replacement', (args, kwnames) => {
  const [iterable, rArg] = bindArguments({ ...COMBINATIONS, name: 'combinations_with_replacement' }, args, kwnames);
  const pool = iterableItems(iterable!);
  const n = pool.length;
  const r = indexAsNumber(rArg!);
  if (r < 0) throw newException(ValueError, 'r must be non-negative');
  const first = n === 0 && r > 0 ? null : new Array<number>(r).fill(0);
  return indexIterator(pool, first, (indices) => {
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) return false;
    const value = indices[i] + 1;
    for (let j = i; j < r; j++) indices[j] = value;
    return true;
  });
});
