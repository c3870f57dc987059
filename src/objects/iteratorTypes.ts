// The iterator objects of the iteration built-ins: enumerate, zip, map, filter and
// reversed (types that can be subclassed, as in CPython), callable_iterator (what
// iter(callable, sentinel) returns), and the iterator protocol of `iterator`, the one
// over objects with only __getitem__.
import type { Py } from './object';
import { nativeType, type PyType } from './type';
import { boolType, typeName, typeOf } from './typeOf';
import { IndexError, isInstanceOfException, newException, type PyBaseException, StopIteration, typeError, ValueError } from './exceptions';
import { bindClinicArguments, noKeywords, type NativeSignature } from './native';
import { call, callUnbound, getItem, getIter, isTrue, iterNext, pyEquals, pyIndex, pyLen } from './protocols';
import { PyNativeIterator } from './nativeIterator';
import { builtinNamed, defineIteratorMethods, defineIteratorPickling, sequenceIteratorType, ssizeState } from './iterators';
import { defineNew } from './builtinNew';
import { defineClassGetItem } from './genericAlias';
import { newInstance, objectInit } from './objectMethods';
import { newTuple, PyTuple, tupleType } from './tuple';
import { dictType } from './dictType';
import { type Int, intAdd } from './int';

export const enumerateType = nativeType('enumerate');
export const zipType = nativeType('zip');
export const mapType = nativeType('map');
export const filterType = nativeType('filter');
export const reversedType = nativeType('reversed');
export const callableIteratorType = nativeType('callable_iterator', undefined, { baseType: false });

/**
 * Checks a positional argument count as PyArg_UnpackTuple words it: "name expected 1
 * argument, got 0".
 */
export function checkUnpackCount(name: string, count: number, min: number, max: number): void {
  if (count >= min && count <= max) return;
  const [bound, limit] = count < min ? ['at least ', min] : ['at most ', max];
  throw typeError(`${name} expected ${min === max ? '' : bound}${limit} argument${limit === 1 ? '' : 's'}, got ${count}`);
}

/** Its instances of the exact type (or of a subclass keeping the type's __init__) take no keyword arguments. */
function refuseKeywords(type: PyType, cls: PyType, kwnames: readonly string[] | null): void {
  if (cls === type || cls.lookup('__init__') === objectInit) noKeywords(type.name, kwnames);
}

/** An instance of a subclass gets its __dict__ (and slots). */
function instanceOf<T extends PyNativeIterator>(cls: PyType, type: PyType, iterator: T): T {
  return cls === type ? iterator : newInstance(cls, iterator);
}

// ---------------------------------------------------------------- enumerate

export class EnumerateIterator extends PyNativeIterator {
  constructor(
    cls: PyType,
    private readonly iterator: Py,
    private count: Int,
  ) {
    super(cls);
  }

  next(): Py | undefined {
    const item = iterNext(this.iterator);
    if (item === undefined) return undefined;
    const index = this.count;
    this.count = intAdd(index, 1);
    return newTuple([index, item]);
  }

  /** __reduce__: its type called with the underlying iterator and the next count. */
  reduce(): Py {
    return newTuple([this.cls, newTuple([this.iterator, this.count])]);
  }
}

const ENUMERATE_SIGNATURE: NativeSignature = { name: 'enumerate', names: ['iterable', 'start'], required: 1, positionalOnly: 0 };

/**
 * enumerate(iterable, start=0)'s arguments as CPython checks them for enumerate itself
 * (enum_vectorcall, which words some errors its own way); a subclass's go through the
 * argument clinic.
 */
function enumerateArguments(args: Py[], kwnames: readonly string[] | null): [Py, Py | undefined] {
  const kwCount = kwnames?.length ?? 0;
  const expectKeyword = (k: number, expected: string): void => {
    if (kwnames![k] !== expected) throw typeError(`'${kwnames![k]}' is an invalid keyword argument for enumerate()`);
  };
  if (args.length === 2) {
    if (kwCount === 2 && kwnames![0] === 'start') {
      expectKeyword(1, 'iterable');
      return [args[1], args[0]];
    }
    if (kwCount === 2) expectKeyword(0, 'iterable');
    if (kwCount > 0) expectKeyword(kwCount - 1, 'start');
    return [args[0], args[1]];
  }
  if (args.length === 1) {
    if (kwCount === 1) expectKeyword(0, 'iterable');
    return [args[0], undefined];
  }
  if (args.length === kwCount) throw typeError("enumerate() missing required argument 'iterable'");
  throw typeError(`enumerate() takes at most 2 arguments (${args.length} given)`);
}

defineNew(enumerateType, (cls, args, kwnames) => {
  const [iterable, start] = cls === enumerateType ? enumerateArguments(args, kwnames) : bindClinicArguments(ENUMERATE_SIGNATURE, args, kwnames);
  const count = start === undefined ? 0 : pyIndex(start);
  return instanceOf(cls, enumerateType, new EnumerateIterator(cls, getIter(iterable!), count));
});
enumerateType.callWithOne = (iterable) => new EnumerateIterator(enumerateType, getIter(iterable), 0);
enumerateType.callWithTwo = (iterable, start) => {
  const count = pyIndex(start);
  return new EnumerateIterator(enumerateType, getIter(iterable), count);
};

// ---------------------------------------------------------------- zip

export class ZipIterator extends PyNativeIterator {
  constructor(
    cls: PyType,
    private readonly iterators: Py[],
    private strict: boolean,
  ) {
    super(cls);
  }

  /** __reduce__: its type called with the iterators; strict=True comes back through __setstate__. */
  reduce(): Py {
    const iterators = newTuple(this.iterators);
    return this.strict ? newTuple([this.cls, iterators, true]) : newTuple([this.cls, iterators]);
  }

  setState(state: Py): void {
    this.strict = isTrue(state);
  }

  next(): Py | undefined {
    const iterators = this.iterators;
    if (iterators.length === 0) return undefined;
    const items: Py[] = new Array(iterators.length);
    for (let i = 0; i < iterators.length; i++) {
      const item = iterNext(iterators[i]);
      if (item === undefined) {
        if (this.strict) this.checkAllExhausted(i);
        return undefined;
      }
      items[i] = item;
    }
    return newTuple(items);
  }

  /** zip(strict=True): iterator `shortest` ran out; so must all the others. */
  private checkAllExhausted(shortest: number): void {
    const others = (i: number): string => (i === 1 ? ' 1' : `s 1-${i}`);
    if (shortest > 0) throw newException(ValueError, `zip() argument ${shortest + 1} is shorter than argument${others(shortest)}`);
    for (let i = 1; i < this.iterators.length; i++) {
      if (iterNext(this.iterators[i]) !== undefined) throw newException(ValueError, `zip() argument ${i + 1} is longer than argument${others(i)}`);
    }
  }
}

const ZIP_KEYWORDS: NativeSignature = { name: 'zip', names: ['strict'], required: 0, positionalOnly: 0, keywordOnlyFrom: 0 };

defineNew(zipType, (cls, args, kwnames) => {
  const kwCount = kwnames?.length ?? 0;
  const iterables = args.slice(0, args.length - kwCount);
  const [strict] = kwCount > 0 ? bindClinicArguments(ZIP_KEYWORDS, args.slice(iterables.length), kwnames) : [undefined];
  const isStrict = strict !== undefined && isTrue(strict);
  return instanceOf(cls, zipType, new ZipIterator(cls, iterables.map(getIter), isStrict));
});
zipType.callWithTwo = (first, second) => new ZipIterator(zipType, [getIter(first), getIter(second)], false);

// ---------------------------------------------------------------- map

export class MapIterator extends PyNativeIterator {
  constructor(
    cls: PyType,
    private readonly func: Py,
    private readonly iterators: Py[],
  ) {
    super(cls);
  }

  reduce(): Py {
    return newTuple([this.cls, newTuple([this.func, ...this.iterators])]);
  }

  next(): Py | undefined {
    const iterators = this.iterators;
    const args: Py[] = new Array(iterators.length);
    for (let i = 0; i < iterators.length; i++) {
      const item = iterNext(iterators[i]);
      if (item === undefined) return undefined;
      args[i] = item;
    }
    return call(this.func, args);
  }
}

defineNew(mapType, (cls, args, kwnames) => {
  refuseKeywords(mapType, cls, kwnames);
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional < 2) throw typeError('map() must have at least two arguments.');
  return instanceOf(cls, mapType, new MapIterator(cls, args[0], args.slice(1, positional).map(getIter)));
});
mapType.callWithTwo = (func, iterable) => new MapIterator(mapType, func, [getIter(iterable)]);

// ---------------------------------------------------------------- filter

export class FilterIterator extends PyNativeIterator {
  constructor(
    cls: PyType,
    private readonly predicate: Py,
    private readonly iterator: Py,
  ) {
    super(cls);
  }

  reduce(): Py {
    return newTuple([this.cls, newTuple([this.predicate, this.iterator])]);
  }

  next(): Py | undefined {
    // filter(None, ...) and filter(bool, ...) test the items' truth directly.
    const byTruth = this.predicate === null || this.predicate === boolType;
    for (;;) {
      const item = iterNext(this.iterator);
      if (item === undefined) return undefined;
      if (isTrue(byTruth ? item : call(this.predicate, [item]))) return item;
    }
  }
}

defineNew(filterType, (cls, args, kwnames) => {
  refuseKeywords(filterType, cls, kwnames);
  const positional = args.slice(0, args.length - (kwnames?.length ?? 0));
  checkUnpackCount('filter', positional.length, 2, 2);
  return instanceOf(cls, filterType, new FilterIterator(cls, positional[0], getIter(positional[1])));
});
filterType.callWithTwo = (predicate, iterable) => new FilterIterator(filterType, predicate, getIter(iterable));

// ---------------------------------------------------------------- reversed

/** The reversed object over a sequence without __reversed__: items len-1 down to 0, by __getitem__. */
export class ReversedIterator extends PyNativeIterator {
  constructor(
    cls: PyType,
    private sequence: Py | undefined,
    private index: number,
  ) {
    super(cls);
  }

  /** __reduce__: its type called with the sequence, then the position as the state; an exhausted one over (). */
  reduce(): Py {
    if (this.sequence === undefined) return newTuple([this.cls, newTuple([newTuple([])])]);
    return newTuple([this.cls, newTuple([this.sequence]), this.index]);
  }

  /** __setstate__: continue at `state`, clamped to -1 (exhausted) .. the last position. */
  setState(state: Py): void {
    const index = ssizeState(state);
    if (this.sequence !== undefined) this.index = Math.min(Math.max(index, -1), pyLen(this.sequence) - 1);
  }

  next(): Py | undefined {
    const { sequence } = this;
    if (sequence !== undefined && this.index >= 0) {
      // An exact tuple's items, as its __getitem__ gives them (the index is within them: see setState).
      if (sequence instanceof PyTuple && sequence.cls === tupleType) return sequence.items[this.index--];
      try {
        const item = getItem(sequence, this.index);
        this.index--;
        return item;
      } catch (error) {
        if (!isInstanceOfException(error, IndexError) && !isInstanceOfException(error, StopIteration)) throw error;
      }
    }
    this.index = -1;
    this.sequence = undefined;
    return undefined;
  }

  remaining(): number {
    if (this.sequence === undefined) return 0;
    const position = this.index + 1;
    return pyLen(this.sequence) < position ? 0 : position;
  }
}

defineNew(reversedType, (cls, args, kwnames) => {
  refuseKeywords(reversedType, cls, kwnames);
  checkUnpackCount('reversed', args.length - (kwnames?.length ?? 0), 1, 1);
  return reversedOf(cls, args[0]);
});
reversedType.callWithOne = (sequence) => reversedOf(reversedType, sequence);

/** reversed(sequence) for an instance of `cls`: the sequence's __reversed__, else an iterator over its items by index. */
function reversedOf(cls: PyType, sequence: Py): Py {
  const type = typeOf(sequence);
  // An exact tuple has no __reversed__ and has __getitem__: no need to look.
  if (type !== tupleType) {
    const reversedMethod = type.lookup('__reversed__');
    if (reversedMethod === null) throw notReversible(sequence);
    if (reversedMethod !== undefined) return callUnbound(reversedMethod, sequence, []);
    if (type.lookup('__getitem__') === undefined || type.isSubtypeOf(dictType)) throw notReversible(sequence);
  }
  return instanceOf(cls, reversedType, new ReversedIterator(cls, sequence, pyLen(sequence) - 1));
}

function notReversible(value: Py): PyBaseException {
  return typeError(`'${typeName(value)}' object is not reversible`);
}

// ---------------------------------------------------------------- callable_iterator

/** iter(callable, sentinel): calls callable() until it returns sentinel (or raises StopIteration). */
export class CallableIterator extends PyNativeIterator {
  constructor(
    private callable: Py | undefined,
    private readonly sentinel: Py,
  ) {
    super(callableIteratorType);
  }

  /** __reduce__: iter(callable, sentinel); an exhausted one as iter(()). */
  reduce(): Py {
    const iter = builtinNamed('iter');
    return newTuple([iter, this.callable === undefined ? newTuple([newTuple([])]) : newTuple([this.callable, this.sentinel])]);
  }

  next(): Py | undefined {
    const callable = this.callable;
    return callable === undefined ? undefined : this.outcome(() => call(callable, []));
  }

  /** The callable, until the iterator is exhausted. */
  get target(): Py | undefined {
    return this.callable;
  }

  /**
   * What next() makes of a call of the callable (`produce`): its value, or undefined at
   * the sentinel or StopIteration (the iterator is exhausted then).
   */
  outcome(produce: () => Py): Py | undefined {
    let result: Py;
    try {
      result = produce();
    } catch (error) {
      if (!isInstanceOfException(error, StopIteration)) throw error;
      this.callable = undefined;
      return undefined;
    }
    if (!pyEquals(this.sentinel, result)) return result;
    this.callable = undefined;
    return undefined;
  }
}

// ---------------------------------------------------------------- the iterator protocol

defineIteratorMethods(sequenceIteratorType);
defineIteratorMethods(enumerateType);
defineIteratorMethods(zipType);
defineIteratorMethods(mapType);
defineIteratorMethods(filterType);
defineIteratorMethods(reversedType, (self: ReversedIterator) => self.remaining());
defineIteratorMethods(callableIteratorType);
defineIteratorPickling(sequenceIteratorType, true);
defineIteratorPickling(enumerateType, false);
defineIteratorPickling(zipType, true);
defineIteratorPickling(mapType, false);
defineIteratorPickling(filterType, false);
defineIteratorPickling(reversedType, true);
defineIteratorPickling(callableIteratorType, false);
defineClassGetItem(enumerateType);
