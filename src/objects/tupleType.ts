// The methods of tuple: construction (subclasses too, as namedtuple-like classes make
// them), item and slice access, concatenation and repetition, comparisons, hash, repr.
import type { Py } from './object';
import { EMPTY_TUPLE, newTuple, PyTuple, tupleType } from './tuple';
import { indexError, newException, typeError, ValueError } from './exceptions';
import { checkArgCount, checkWrapperArgs, defineMethods, noKeywords } from './native';
import { COMPARE_DUNDERS, CompareOp, pyRepr, tupleHash } from './protocols';
import { NotImplemented } from './singletons';
import { PySlice, resolvedSlice } from './slice';
import { ArrayIterator, defineIteratorMethods, defineIteratorPickling, tupleIteratorType } from './iterators';
import { concatErrors } from './operators';
import { typeName } from './typeOf';
import { guardedRepr } from './reprGuard';
import { newInstance, objectInit } from './objectMethods';
import { defineNew } from './builtinNew';
import { defineClassGetItem } from './genericAlias';
import {
  badSubscript, collectItems, compareItems, containsItem, countItem, findItem, hasIndex, indexBounds, repeatCount,
  repeatItems, sliceItems, ssizeIndex, subscriptOverflow,
} from './sequenceOps';

function getTupleItem(self: PyTuple, key: Py): Py {
  const items = self.items;
  if (typeof key === 'number') {
    const index = key < 0 ? key + items.length : key;
    if (index >= 0 && index < items.length) return items[index];
    throw indexError('tuple index out of range');
  }
  if (key instanceof PySlice) return tupleSlice(self, key);
  if (!hasIndex(key)) throw badSubscript('tuple', key);
  return getTupleItem(self, ssizeIndex(key, subscriptOverflow));
}

/** self[slice] (no array of the slice's bounds made: BINARY_SUBSCR takes it too). */
export function tupleSlice(self: PyTuple, slice: PySlice): PyTuple {
  const items = self.items;
  slice.resolve(items.length);
  const { start, step, count } = resolvedSlice;
  if (count === items.length && step === 1 && self.cls === tupleType) return self;
  return newTuple(sliceItems(items, start, step, count));
}

/** An exact tuple is returned as it is where a new one would be equal (CPython shares it). */
const isExactTuple = (value: PyTuple): boolean => value.cls === tupleType;

// tuple(iterable) from CALL without an arguments array.
tupleType.callWithOne = (iterable) => (iterable instanceof PyTuple && isExactTuple(iterable) ? iterable : newTuple(collectItems(iterable)));

defineNew(tupleType, (cls, args, kwnames) => {
  // A subclass with its own __init__ may take keyword arguments: they are for that.
  if (cls === tupleType || cls.lookup('__init__') === objectInit) noKeywords('tuple', kwnames);
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional > 1) throw typeError(`tuple expected at most 1 argument, got ${positional}`);
  const iterable = positional > 0 ? args[0] : EMPTY_TUPLE;
  if (cls === tupleType) return iterable instanceof PyTuple && isExactTuple(iterable) ? iterable : newTuple(collectItems(iterable));
  return newInstance(cls, new PyTuple(collectItems(iterable), cls));
});

/** tuple * n (`name` __mul__) and n * tuple (__rmul__). */
function repeatTuple(name: string) {
  return (self: PyTuple, args: Py[], kwnames: readonly string[] | null): Py => {
    checkWrapperArgs(name, args, kwnames, 1);
    const count = repeatCount(args[0]);
    if (count === undefined) return NotImplemented;
    if ((count === 1 || self.items.length === 0) && isExactTuple(self)) return self;
    return newTuple(repeatItems(self.items, count));
  };
}

/** A comparison special method: tuples compare with tuples only. */
function compareTuple(op: CompareOp) {
  return (self: PyTuple, args: Py[], kwnames: readonly string[] | null): Py => {
    checkWrapperArgs(COMPARE_DUNDERS[op], args, kwnames, 1);
    const other = args[0];
    return other instanceof PyTuple ? compareItems(self, other, op, false) : NotImplemented;
  };
}

tupleType.exactEquality = (a, b) => compareItems(a as PyTuple, b as PyTuple, CompareOp.EQ, false) === true;

defineMethods(tupleType, {
  __repr__(self: PyTuple, args, kwnames) {
    checkWrapperArgs('__repr__', args, kwnames, 0);
    const items = self.items;
    if (items.length === 0) return '()';
    return guardedRepr(self, '(...)', () => (items.length === 1 ? `(${pyRepr(items[0])},)` : `(${items.map(pyRepr).join(', ')})`));
  },
  __hash__(self: PyTuple, args, kwnames) {
    checkWrapperArgs('__hash__', args, kwnames, 0);
    return tupleHash(self);
  },
  __len__(self: PyTuple, args, kwnames) {
    checkWrapperArgs('__len__', args, kwnames, 0);
    return self.items.length;
  },
  __getitem__(self: PyTuple, args, kwnames) {
    checkWrapperArgs('__getitem__', args, kwnames, 1);
    return getTupleItem(self, args[0]);
  },
  __contains__(self: PyTuple, args, kwnames) {
    checkWrapperArgs('__contains__', args, kwnames, 1);
    return containsItem(self, args[0]);
  },
  __iter__(self: PyTuple, args, kwnames) {
    checkWrapperArgs('__iter__', args, kwnames, 0);
    return new ArrayIterator(self, tupleIteratorType);
  },
  __add__(self: PyTuple, args, kwnames) {
    checkWrapperArgs('__add__', args, kwnames, 1);
    const other = args[0];
    if (!(other instanceof PyTuple)) return NotImplemented;
    if (other.items.length === 0 && isExactTuple(self)) return self;
    if (self.items.length === 0 && isExactTuple(other)) return other;
    return newTuple(self.items.concat(other.items));
  },
  __mul__: repeatTuple('__mul__'),
  __rmul__: repeatTuple('__rmul__'),
  __eq__: compareTuple(CompareOp.EQ),
  __ne__: compareTuple(CompareOp.NE),
  __lt__: compareTuple(CompareOp.LT),
  __le__: compareTuple(CompareOp.LE),
  __gt__: compareTuple(CompareOp.GT),
  __ge__: compareTuple(CompareOp.GE),
  __getnewargs__(self: PyTuple, args, kwnames) {
    checkArgCount('tuple.__getnewargs__', args, kwnames, 0);
    return newTuple([isExactTuple(self) ? self : newTuple(self.items.slice())]);
  },
  index(self: PyTuple, args, kwnames) {
    checkArgCount('index', args, kwnames, 1, 3);
    const [start, stop] = indexBounds(args);
    const index = findItem(self, args[0], start, stop);
    if (index < 0) throw newException(ValueError, 'tuple.index(x): x not in tuple');
    return index;
  },
  count(self: PyTuple, args, kwnames) {
    checkArgCount('tuple.count', args, kwnames, 1);
    return countItem(self, args[0]);
  },
});

defineClassGetItem(tupleType);

concatErrors.set('tuple', (other) => `can only concatenate tuple (not "${typeName(other)}") to tuple`);

defineIteratorMethods(tupleIteratorType, (self: ArrayIterator) => self.remaining());
defineIteratorPickling<ArrayIterator>(tupleIteratorType, true);
