// The methods of set and frozenset (setobject.c's), over set.ts's storage and the
// operations of setAlgebra.ts.
import type { Py } from './object';
import { PyList } from './list';
import { newTuple } from './tuple';
import { frozensetType, PySet, SetIterator, setIteratorType, setType, updateSet } from './set';
import {
  copySet, difference, differenceOfAll, differenceUpdate, intersection, intersectionOfAll, isDisjoint, isSubset, isSuperset,
  makeNewSet, setContains, setDiscard, setRemove, symmetricDifference, symmetricDifferenceUpdate, union,
} from './setAlgebra';
import { call, getAttr, pyRepr, COMPARE_DUNDERS } from './protocols';
import { checkArgCount, checkWrapperArgs, defineMethods, defineOneArgumentForms, noKeywords, type NativeMethod } from './native';
import { defineNew } from './builtinNew';
import { keyError } from './exceptions';
import { NotImplemented } from './singletons';
import { guardedRepr } from './reprGuard';
import { defineIteratorMethods, defineIteratorPickling } from './iterators';
import { defineClassGetItem } from './genericAlias';

defineIteratorMethods(setIteratorType, (self: SetIterator) => self.lengthHint());
defineIteratorPickling(setIteratorType, false);

// ---------------------------------------------------------------- creation

// set.__new__ makes an empty set, whatever the arguments; set.__init__ fills it.
defineNew(setType, (cls) => makeNewSet(cls));

// frozenset.__new__ does it all; frozenset(f) of an exact frozenset is f itself. Keywords
// are refused unless a subclass's own __init__ may want them.
defineNew(frozensetType, (cls, args, kwnames) => {
  if (cls === frozensetType || cls.lookup('__init__') === frozensetType.lookup('__init__')) noKeywords('frozenset', kwnames);
  const positional = args.slice(0, args.length - (kwnames?.length ?? 0));
  checkArgCount(cls.name, positional, null, 0, 1);
  const iterable = positional[0];
  if (cls === frozensetType && iterable instanceof PySet && iterable.cls === frozensetType) return iterable;
  return makeNewSet(cls, iterable);
});

defineMethods(setType, {
  __init__(self: PySet, args, kwnames) {
    noKeywords('set', kwnames);
    checkArgCount(self.cls.name, args, null, 0, 1);
    if (self.table.fill > 0) self.table.clear();
    if (args.length > 0) updateSet(self, args[0]);
    return null;
  },
});

// ---------------------------------------------------------------- shared by set and frozenset

/** A method taking any number of iterables (set.union(*others)); no keywords. */
function variadic(name: string, operation: (self: PySet, others: Py[]) => Py): NativeMethod {
  return (self: PySet, args, kwnames) => {
    noKeywords(name, kwnames);
    return operation(self, args);
  };
}

/** A method taking exactly one argument (METH_O). */
function unary(name: string, operation: (self: PySet, other: Py) => Py): NativeMethod {
  return (self: PySet, args, kwnames) => {
    checkArgCount(name, args, kwnames, 1);
    return operation(self, args[0]);
  };
}

/** A binary operator: NotImplemented unless both operands are sets or frozensets (CPython's number slots). */
function operator(name: string, operation: (left: PySet, right: PySet) => Py, reflected = false): NativeMethod {
  return (self: PySet, args, kwnames) => {
    checkWrapperArgs(name, args, kwnames, 1);
    const other = args[0];
    if (!(other instanceof PySet)) return NotImplemented;
    return reflected ? operation(other, self) : operation(self, other);
  };
}

function setRepr(self: PySet): string {
  const name = self.cls.name;
  return guardedRepr(self, `${name}(...)`, () => {
    if (self.size === 0) return `${name}()`;
    const listRepr = pyRepr(new PyList(self.members()));
    const members = listRepr.slice(1, -1);
    return self.cls === setType ? `{${members}}` : `${name}({${members}})`;
  });
}

/** set == other and the subset orderings (set_richcompare); NotImplemented against anything but a set. */
function compare(name: string, self: PySet, other: Py): Py {
  if (!(other instanceof PySet)) return NotImplemented;
  switch (name) {
    case '__eq__':
      return setsEqual(self, other);
    case '__ne__':
      return !setsEqual(self, other);
    case '__le__':
      return isSubset(self, other);
    case '__ge__':
      return isSuperset(self, other);
    case '__lt__':
      return self.size < other.size && isSubset(self, other);
    default:
      return self.size > other.size && isSuperset(self, other);
  }
}

function setsEqual(self: PySet, other: PySet): boolean {
  if (self.size !== other.size) return false;
  const [mine, theirs] = [self.knownHash(), other.knownHash()];
  if (mine !== undefined && theirs !== undefined && mine !== theirs) return false;
  return isSubset(self, other);
}

/** __reduce__: (class, (members,), the instance's state as its __getstate__ gives it: __dict__ and slots, or None). */
function reduce(self: PySet): Py {
  const members = new PyList(self.members());
  return newTuple([self.cls, newTuple([members]), call(getAttr(self, '__getstate__'), [])]);
}

for (const type of [setType, frozensetType]) {
  const prefix = type.name;
  defineMethods(type, {
    __len__(self: PySet, args, kwnames) {
      checkWrapperArgs('__len__', args, kwnames, 0);
      return self.size;
    },
    __contains__: unary(`${prefix}.__contains__`, setContains),
    __iter__(self: PySet, args, kwnames) {
      checkWrapperArgs('__iter__', args, kwnames, 0);
      return new SetIterator(self);
    },
    __repr__(self: PySet, args, kwnames) {
      checkWrapperArgs('__repr__', args, kwnames, 0);
      return setRepr(self);
    },
    __sizeof__(self: PySet, args, kwnames) {
      checkArgCount(`${prefix}.__sizeof__`, args, kwnames, 0);
      return 200 + 8 * self.cls.slotNames.length + self.table.allocatedBytes();
    },
    __reduce__(self: PySet, args, kwnames) {
      checkArgCount(`${prefix}.__reduce__`, args, kwnames, 0);
      return reduce(self);
    },
    copy(self: PySet, args, kwnames) {
      checkArgCount(`${prefix}.copy`, args, kwnames, 0);
      return self.cls === frozensetType ? self : copySet(self);
    },
    union: variadic(`${prefix}.union`, union),
    intersection: variadic(`${prefix}.intersection`, intersectionOfAll),
    difference: variadic(`${prefix}.difference`, differenceOfAll),
    symmetric_difference: unary(`${prefix}.symmetric_difference`, symmetricDifference),
    issubset: unary(`${prefix}.issubset`, isSubset),
    issuperset: unary(`${prefix}.issuperset`, isSuperset),
    isdisjoint: unary(`${prefix}.isdisjoint`, isDisjoint),
    __or__: operator('__or__', (left, right) => union(left, [right])),
    __ror__: operator('__ror__', (left, right) => union(left, [right]), true),
    __and__: operator('__and__', intersection),
    __rand__: operator('__rand__', intersection, true),
    __sub__: operator('__sub__', difference),
    __rsub__: operator('__rsub__', difference, true),
    __xor__: operator('__xor__', symmetricDifference),
    __rxor__: operator('__rxor__', symmetricDifference, true),
  });
  for (const name of COMPARE_DUNDERS) {
    defineMethods(type, {
      [name](self: PySet, args: Py[], kwnames: readonly string[] | null) {
        checkWrapperArgs(name, args, kwnames, 1);
        return compare(name, self, args[0]);
      },
    });
  }
  defineClassGetItem(type);
}

// ---------------------------------------------------------------- set only

/** An in-place operator: NotImplemented unless the right operand is a set or frozenset; else updates and returns self. */
function inPlace(name: string, update: (self: PySet, other: PySet) => void): NativeMethod {
  return (self: PySet, args, kwnames) => {
    checkWrapperArgs(name, args, kwnames, 1);
    const other = args[0];
    if (!(other instanceof PySet)) return NotImplemented;
    update(self, other);
    return self;
  };
}

function intersectionUpdate(self: PySet, others: Py[]): void {
  self.swapContents(intersectionOfAll(self, others));
}

defineMethods(setType, {
  add(self: PySet, args, kwnames) {
    checkArgCount('set.add', args, kwnames, 1);
    self.add(args[0]);
    return null;
  },
  discard: unary('set.discard', (self, key) => {
    setDiscard(self, key);
    return null;
  }),
  remove: unary('set.remove', (self, key) => {
    setRemove(self, key);
    return null;
  }),
  pop(self: PySet, args, kwnames) {
    checkArgCount('set.pop', args, kwnames, 0);
    if (self.size === 0) throw keyError('pop from an empty set');
    return self.table.pop();
  },
  clear(self: PySet, args, kwnames) {
    checkArgCount('set.clear', args, kwnames, 0);
    self.table.clear();
    return null;
  },
  update: variadic('set.update', (self, others) => {
    for (const other of others) updateSet(self, other);
    return null;
  }),
  intersection_update: variadic('set.intersection_update', (self, others) => {
    intersectionUpdate(self, others);
    return null;
  }),
  difference_update: variadic('set.difference_update', (self, others) => {
    for (const other of others) differenceUpdate(self, other);
    return null;
  }),
  symmetric_difference_update: unary('set.symmetric_difference_update', (self, other) => {
    symmetricDifferenceUpdate(self, other);
    return null;
  }),
  __ior__: inPlace('__ior__', (self, other) => updateSet(self, other)),
  __iand__: inPlace('__iand__', (self, other) => intersectionUpdate(self, [other])),
  __isub__: inPlace('__isub__', differenceUpdate),
  __ixor__: inPlace('__ixor__', symmetricDifferenceUpdate),
});
// (Called with one argument, from compiled code, without an arguments array.)
defineOneArgumentForms(setType, {
  add: (self: PySet, key: Py): Py => {
    self.add(key);
    return null;
  },
});
setType.attrs.set('__hash__', null);
setType.attrs.set('__doc__', 'set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.');
frozensetType.attrs.set('__doc__', 'frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.');

defineMethods(frozensetType, {
  __hash__(self: PySet, args, kwnames) {
    checkWrapperArgs('__hash__', args, kwnames, 0);
    return self.contentHash();
  },
});
frozensetType.exactHash = (self) => (self as PySet).contentHash();
