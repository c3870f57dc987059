// The methods of list: construction, item and slice access and assignment, the
// mutating methods, the operators, comparisons and repr. The sort is in listSort.ts.
import type { Py } from './object';
import { PyList, listType } from './list';
import { indexError, MemoryError, newException, ValueError } from './exceptions';
import {
  bindClinicArguments, checkArgCount, checkWrapperArgs, defineMethods, defineOneArgumentForms, defineUnaryMethods, type NativeSignature,
} from './native';
import { COMPARE_DUNDERS, CompareOp, pyIndex, pyRepr } from './protocols';
import { NotImplemented } from './singletons';
import { PySlice, resolvedSlice } from './slice';
import { ArrayIterator, defineIteratorMethods, defineIteratorPickling, listIteratorType, listReverseIteratorType, ReverseArrayIterator } from './iterators';
import { concatErrors } from './operators';
import { typeName } from './typeOf';
import { guardedRepr } from './reprGuard';
import { newInstance } from './objectMethods';
import { defineNew } from './builtinNew';
import { defineClassGetItem } from './genericAlias';
import { sortList } from './listSort';
import {
  appendItems, argumentOverflow, badSubscript, compareItems, containsItem, countItem, findItem, hasIndex, indexBounds,
  MAX_ITEMS, repeatCount, repeatItems, replaceRange, sequenceFastItems, sliceItems, ssizeIndex, subscriptOverflow,
} from './sequenceOps';

// ---------------------------------------------------------------- items and slices

function getListItem(self: PyList, key: Py): Py {
  const items = self.items;
  if (typeof key === 'number') {
    const index = key < 0 ? key + items.length : key;
    if (index >= 0 && index < items.length) return items[index];
    throw indexError('list index out of range');
  }
  if (key instanceof PySlice) return listSlice(self, key);
  if (!hasIndex(key)) throw badSubscript('list', key);
  return getListItem(self, ssizeIndex(key, subscriptOverflow));
}

/** self[slice]: a new list (no array of the slice's bounds made: BINARY_SUBSCR takes it too). */
export function listSlice(self: PyList, slice: PySlice): PyList {
  slice.resolve(self.items.length);
  return new PyList(sliceItems(self.items, resolvedSlice.start, resolvedSlice.step, resolvedSlice.count));
}

/** The position `key` names for assignment or deletion; IndexError when there is none. */
function assignmentIndex(self: PyList, key: Py): number {
  let index = ssizeIndex(key, subscriptOverflow);
  if (index < 0) index += self.items.length;
  if (index < 0 || index >= self.items.length) throw indexError('list assignment index out of range');
  return index;
}

/** self[key] = value, or del self[key] when value is undefined (list_ass_subscript). */
function setListItem(self: PyList, key: Py, value: Py | undefined): void {
  if (key instanceof PySlice) {
    setListSlice(self, key, value);
    return;
  }
  if (!hasIndex(key)) throw badSubscript('list', key);
  const index = assignmentIndex(self, key);
  if (value === undefined) self.items.splice(index, 1);
  else self.items[index] = value;
}

function setListSlice(self: PyList, slice: PySlice, value: Py | undefined): void {
  const [start, stop, step, count] = slice.indices(self.items.length);
  if (step === 1) {
    assignRange(self, start, stop, value);
  } else if (value === undefined) {
    deleteExtendedSlice(self.items, start, step, count);
  } else {
    // a[::-1] = a reads a first.
    const replacement = value === self ? self.items.slice() : sequenceFastItems(value, 'must assign iterable to extended slice');
    if (replacement.length !== count) {
      throw newException(ValueError, `attempt to assign sequence of size ${replacement.length} to extended slice of size ${count}`);
    }
    const items = self.items;
    for (let i = 0, at = start; i < count; i++, at += step) items[at] = replacement[i];
  }
}

/** self[low:high] = value, or deletion when value is undefined (list_ass_slice). */
function assignRange(self: PyList, low: number, high: number, value: Py | undefined): void {
  const replacement = value === undefined ? [] : value === self ? self.items.slice() : sequenceFastItems(value, 'can only assign an iterable');
  const items = self.items;
  low = Math.min(Math.max(low, 0), items.length);
  high = Math.min(Math.max(high, low), items.length);
  replaceRange(items, low, high, replacement);
}

/** Removes the `count` items from `start` on, `step` apart (step != 1). */
function deleteExtendedSlice(items: Py[], start: number, step: number, count: number): void {
  if (count <= 0) return;
  if (step < 0) {
    start += step * (count - 1);
    step = -step;
  }
  const end = start + step * (count - 1);
  let kept = start;
  for (let i = start; i < items.length; i++) {
    if (i <= end && (i - start) % step === 0) continue;
    items[kept++] = items[i];
  }
  items.length = kept;
}

// ---------------------------------------------------------------- construction

defineNew(listType, (cls) => newInstance(cls));

// list(iterable) from CALL without an arguments array (a new list, filled as __init__ fills it).
listType.callWithOne = (iterable) => {
  const list = new PyList([]);
  appendItems(list, iterable);
  return list;
};

const SORT_SIGNATURE: NativeSignature = { name: 'sort', names: ['key', 'reverse'], required: 0, positionalOnly: 0, keywordOnlyFrom: 0 };

/** list.sort(*, key=None, reverse=False); sorted() passes its keywords on to it. */
export function sortMethod(self: PyList, args: Py[], kwnames: readonly string[] | null): Py {
  const [key, reverse] = bindClinicArguments(SORT_SIGNATURE, args, kwnames);
  sortList(self, key ?? null, reverse !== undefined && pyIndex(reverse) !== 0);
  return null;
}

/** list * n (`name` __mul__) and n * list (__rmul__). */
function repeatList(name: string) {
  return (self: PyList, args: Py[], kwnames: readonly string[] | null): Py => {
    checkWrapperArgs(name, args, kwnames, 1);
    const count = repeatCount(args[0]);
    return count === undefined ? NotImplemented : new PyList(repeatItems(self.items, count));
  };
}

/** A comparison special method: lists compare with lists only. */
function compareList(op: CompareOp) {
  return (self: PyList, args: Py[], kwnames: readonly string[] | null): Py => {
    checkWrapperArgs(COMPARE_DUNDERS[op], args, kwnames, 1);
    const other = args[0];
    return other instanceof PyList ? compareItems(self, other, op, true) : NotImplemented;
  };
}

listType.exactEquality = (a, b) => compareItems(a as PyList, b as PyList, CompareOp.EQ, true) === true;

defineUnaryMethods(listType, {
  append(self: PyList, item) {
    self.items.push(item);
    return null;
  },
});

defineMethods(listType, {
  __init__(self: PyList, args, kwnames) {
    // A subclass with its own __new__ may take keywords: list.__init__ then ignores them.
    const keywordCount = kwnames?.length ?? 0;
    const ignoresKeywords = self.cls !== listType && self.cls.lookup('__new__') !== listType.attrs.get('__new__');
    const positional = ignoresKeywords ? args.slice(0, args.length - keywordCount) : args;
    checkArgCount('list', positional, ignoresKeywords ? null : kwnames, 0, 1);
    if (self.items.length > 0) self.items = [];
    if (positional.length > 0) appendItems(self, positional[0]);
    return null;
  },
  __repr__(self: PyList, args, kwnames) {
    checkWrapperArgs('__repr__', args, kwnames, 0);
    if (self.items.length === 0) return '[]';
    return guardedRepr(self, '[...]', () => {
      // An item's __repr__ may change the list: read it afresh at each step.
      let text = '[';
      for (let i = 0; i < self.items.length; i++) {
        if (i > 0) text += ', ';
        text += pyRepr(self.items[i]);
      }
      return `${text}]`;
    });
  },
  __len__(self: PyList, args, kwnames) {
    checkWrapperArgs('__len__', args, kwnames, 0);
    return self.items.length;
  },
  __getitem__(self: PyList, args, kwnames) {
    checkArgCount('list.__getitem__', args, kwnames, 1);
    return getListItem(self, args[0]);
  },
  __setitem__(self: PyList, args, kwnames) {
    checkWrapperArgs('__setitem__', args, kwnames, 2);
    setListItem(self, args[0], args[1]);
    return null;
  },
  __delitem__(self: PyList, args, kwnames) {
    checkWrapperArgs('__delitem__', args, kwnames, 1);
    setListItem(self, args[0], undefined);
    return null;
  },
  __contains__(self: PyList, args, kwnames) {
    checkWrapperArgs('__contains__', args, kwnames, 1);
    return containsItem(self, args[0]);
  },
  __iter__(self: PyList, args, kwnames) {
    checkWrapperArgs('__iter__', args, kwnames, 0);
    return new ArrayIterator(self);
  },
  __reversed__(self: PyList, args, kwnames) {
    checkArgCount('list.__reversed__', args, kwnames, 0);
    return new ReverseArrayIterator(self, self.items.length - 1);
  },
  __add__(self: PyList, args, kwnames) {
    checkWrapperArgs('__add__', args, kwnames, 1);
    const other = args[0];
    if (!(other instanceof PyList)) return NotImplemented;
    if (self.items.length + other.items.length > MAX_ITEMS) throw newException(MemoryError);
    return new PyList(self.items.concat(other.items));
  },
  __iadd__(self: PyList, args, kwnames) {
    checkWrapperArgs('__iadd__', args, kwnames, 1);
    appendItems(self, args[0]);
    return self;
  },
  __mul__: repeatList('__mul__'),
  __rmul__: repeatList('__rmul__'),
  __imul__(self: PyList, args, kwnames) {
    checkWrapperArgs('__imul__', args, kwnames, 1);
    const count = repeatCount(args[0]);
    if (count === undefined) return NotImplemented;
    if (count < 1) self.items.length = 0;
    else if (count > 1) {
      const repeated = repeatItems(self.items, count);
      replaceRange(self.items, 0, self.items.length, repeated);
    }
    return self;
  },
  __eq__: compareList(CompareOp.EQ),
  __ne__: compareList(CompareOp.NE),
  __lt__: compareList(CompareOp.LT),
  __le__: compareList(CompareOp.LE),
  __gt__: compareList(CompareOp.GT),
  __ge__: compareList(CompareOp.GE),

  extend(self: PyList, args, kwnames) {
    checkArgCount('list.extend', args, kwnames, 1);
    appendItems(self, args[0]);
    return null;
  },
  insert(self: PyList, args, kwnames) {
    checkArgCount('insert', args, kwnames, 2);
    const items = self.items;
    let index = ssizeIndex(args[0], argumentOverflow);
    if (index < 0) index = Math.max(0, index + items.length);
    if (index >= items.length) items.push(args[1]);
    else items.splice(index, 0, args[1]);
    return null;
  },
  pop(self: PyList, args, kwnames) {
    checkArgCount('pop', args, kwnames, 0, 1);
    const requested = args.length > 0 ? ssizeIndex(args[0], argumentOverflow) : -1;
    const items = self.items;
    if (items.length === 0) throw indexError('pop from empty list');
    const index = requested < 0 ? requested + items.length : requested;
    if (index < 0 || index >= items.length) throw indexError('pop index out of range');
    return index === items.length - 1 ? items.pop()! : items.splice(index, 1)[0];
  },
  remove(self: PyList, args, kwnames) {
    checkArgCount('list.remove', args, kwnames, 1);
    const index = findItem(self, args[0], 0, Number.MAX_SAFE_INTEGER);
    if (index < 0) throw newException(ValueError, 'list.remove(x): x not in list');
    self.items.splice(index, 1);
    return null;
  },
  index(self: PyList, args, kwnames) {
    checkArgCount('index', args, kwnames, 1, 3);
    const [start, stop] = indexBounds(args);
    const index = findItem(self, args[0], start, stop);
    if (index < 0) throw newException(ValueError, `${pyRepr(args[0])} is not in list`);
    return index;
  },
  count(self: PyList, args, kwnames) {
    checkArgCount('list.count', args, kwnames, 1);
    return countItem(self, args[0]);
  },
  clear(self: PyList, args, kwnames) {
    checkArgCount('list.clear', args, kwnames, 0);
    if (self.items.length > 0) self.items = [];
    return null;
  },
  copy(self: PyList, args, kwnames) {
    checkArgCount('list.copy', args, kwnames, 0);
    return new PyList(self.items.slice());
  },
  reverse(self: PyList, args, kwnames) {
    checkArgCount('list.reverse', args, kwnames, 0);
    self.items.reverse();
    return null;
  },
  sort: sortMethod,
});
// (Called with one argument, from compiled code, without an arguments array.)
defineOneArgumentForms(listType, {
  extend: (self: PyList, iterable: Py): Py => {
    appendItems(self, iterable);
    return null;
  },
  count: (self: PyList, item: Py): Py => countItem(self, item),
});
listType.setAttr('__hash__', null);

defineClassGetItem(listType);

concatErrors.set('list', (other) => `can only concatenate list (not "${typeName(other)}") to list`);

defineIteratorMethods(listIteratorType, (self: ArrayIterator) => self.remaining());
defineIteratorMethods(listReverseIteratorType, (self: ReverseArrayIterator) => self.remaining());
defineIteratorPickling<ArrayIterator>(listIteratorType, true);
defineIteratorPickling<ReverseArrayIterator>(listReverseIteratorType, true);
