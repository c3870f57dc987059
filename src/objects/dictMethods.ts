// The methods of dict (dictobject.c's), over the storage in dict.ts.
import type { Py } from './object';
import type { PyType } from './type';
import { PyDict } from './dict';
import { dictType } from './dictType';
import { newTuple } from './tuple';
import { frozensetType, PySet, setType } from './set';
import {
  call, callUnbound, getIter, iterNext, pyEquals, pyRepr, setItem, COMPARE_DUNDERS,
} from './protocols';
import { checkArgCount, checkWrapperArgs, defineClassMethods, defineMethods, defineOneArgumentForms, noKeywords } from './native';
import { defineNew } from './builtinNew';
import { keyError, typeError } from './exceptions';
import { NotImplemented } from './singletons';
import { guardedRepr } from './reprGuard';
import { newInstance } from './objectMethods';
import { DictIterator, DictReverseIterator, PyDictView, ViewKind } from './dictViews';
import { copyDict, updateFromArgument } from './dictUpdate';
import { defineClassGetItem } from './genericAlias';

// dict.__new__ ignores its arguments: __init__ takes them.
defineNew(dictType, (cls) => (cls === dictType ? new PyDict(cls) : newInstance(cls, new PyDict(cls))));

// dict(mapping or pairs) from CALL without an arguments array (a new dict, filled as __init__ fills it).
dictType.callWithOne = (argument) => {
  const dict = new PyDict(dictType);
  updateFromArgument(dict, argument);
  return dict;
};

/** dict(arg, **kwargs) and dict.update(...) (dict_update_common): the argument first, then the keywords in order. */
function updateCommon(self: PyDict, args: Py[], kwnames: readonly string[] | null, name: string): void {
  const keywordCount = kwnames?.length ?? 0;
  const positionalCount = args.length - keywordCount;
  if (positionalCount > 1) throw typeError(`${name} expected at most 1 argument, got ${positionalCount}`);
  if (positionalCount === 1) updateFromArgument(self, args[0]);
  for (let i = 0; i < keywordCount; i++) self.set(kwnames![i], args[positionalCount + i]);
}

/** d[key] (dict_subscript): a missing key is KeyError, unless a subclass defines __missing__. */
function subscript(self: PyDict, key: Py): Py {
  const value = self.get(key);
  if (value !== undefined) return value;
  if (self.cls !== dictType) {
    const missing = self.cls.lookup('__missing__');
    if (missing !== undefined) return callUnbound(missing, self, [key]);
  }
  throw keyError(key);
}

/** dict == dict (dict_equal): same size, and each key of `a` is in `b` with an equal value. */
function dictsEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (let position = 0; position < a.entrySpan; position++) {
    const key = a.entryKey(position);
    if (key === undefined) continue;
    // The entry's key and value stay referenced here even if __eq__ removes them from `a`.
    const value = a.entryValue(position);
    const found = b.positionOf(key, a.knownHashAt(position));
    if (found < 0) return false;
    if (!pyEquals(value, b.entryValue(found))) return false;
  }
  return true;
}

/** The repr of a dict of any class: {k: v, ...}; {...} for the dict inside itself. */
function dictRepr(self: PyDict): string {
  return guardedRepr(self, '{...}', () => {
    if (self.size === 0) return '{}';
    const parts: string[] = [];
    // repr() of a key or value may change the dict: read it afresh at each step.
    for (let position = 0; position < self.entrySpan; position++) {
      const key = self.entryKey(position);
      if (key === undefined) continue;
      const value = self.entryValue(position);
      parts.push(`${pyRepr(key)}: ${pyRepr(value)}`);
    }
    return `{${parts.join(', ')}}`;
  });
}

/** The size of dict's instances before the table: a subclass adds a weak-reference slot and its __slots__. */
function objectSize(cls: PyType): number {
  if (cls === dictType) return 48;
  return 48 + (cls.hasInstanceDict ? 8 : 0) + 8 * cls.slotNames.length;
}

defineMethods(dictType, {
  __init__(self: PyDict, args, kwnames) {
    updateCommon(self, args, kwnames, 'dict');
    return null;
  },
  __len__(self: PyDict, args, kwnames) {
    checkWrapperArgs('__len__', args, kwnames, 0);
    return self.size;
  },
  __getitem__(self: PyDict, args, kwnames) {
    checkArgCount('dict.__getitem__', args, kwnames, 1);
    return subscript(self, args[0]);
  },
  __setitem__(self: PyDict, args, kwnames) {
    checkWrapperArgs('__setitem__', args, kwnames, 2);
    self.set(args[0], args[1]);
    return null;
  },
  __delitem__(self: PyDict, args, kwnames) {
    checkWrapperArgs('__delitem__', args, kwnames, 1);
    if (self.delete(args[0]) === undefined) throw keyError(args[0]);
    return null;
  },
  __contains__(self: PyDict, args, kwnames) {
    checkArgCount('dict.__contains__', args, kwnames, 1);
    return self.has(args[0]);
  },
  __iter__(self: PyDict, args, kwnames) {
    checkWrapperArgs('__iter__', args, kwnames, 0);
    return new DictIterator(self, ViewKind.KEYS);
  },
  __reversed__(self: PyDict, args, kwnames) {
    checkArgCount('dict.__reversed__', args, kwnames, 0);
    return new DictReverseIterator(self, ViewKind.KEYS);
  },
  __repr__(self: PyDict, args, kwnames) {
    checkWrapperArgs('__repr__', args, kwnames, 0);
    return dictRepr(self);
  },
  __sizeof__(self: PyDict, args, kwnames) {
    checkArgCount('dict.__sizeof__', args, kwnames, 0);
    return self.sizeOf(objectSize(self.cls));
  },
  __or__(self: PyDict, args, kwnames) {
    checkWrapperArgs('__or__', args, kwnames, 1);
    return merged(self, args[0]);
  },
  __ror__(self: PyDict, args, kwnames) {
    checkWrapperArgs('__ror__', args, kwnames, 1);
    return merged(args[0], self);
  },
  __ior__(self: PyDict, args, kwnames) {
    checkWrapperArgs('__ior__', args, kwnames, 1);
    updateFromArgument(self, args[0]);
    return self;
  },
  keys(self: PyDict, args, kwnames) {
    checkArgCount('dict.keys', args, kwnames, 0);
    return new PyDictView(self, ViewKind.KEYS);
  },
  values(self: PyDict, args, kwnames) {
    checkArgCount('dict.values', args, kwnames, 0);
    return new PyDictView(self, ViewKind.VALUES);
  },
  items(self: PyDict, args, kwnames) {
    checkArgCount('dict.items', args, kwnames, 0);
    return new PyDictView(self, ViewKind.ITEMS);
  },
  get(self: PyDict, args, kwnames) {
    checkArgCount('get', args, kwnames, 1, 2);
    const value = self.get(args[0]);
    return value !== undefined ? value : args.length > 1 ? args[1] : null;
  },
  setdefault(self: PyDict, args, kwnames) {
    checkArgCount('setdefault', args, kwnames, 1, 2);
    return self.setDefault(args[0], args.length > 1 ? args[1] : null);
  },
  pop(self: PyDict, args, kwnames) {
    checkArgCount('pop', args, kwnames, 1, 2);
    const [key, fallback] = args;
    // An empty dict answers without hashing the key, so even an unhashable one is a KeyError.
    const value = self.size === 0 ? undefined : self.delete(key);
    if (value !== undefined) return value;
    if (fallback !== undefined) return fallback;
    throw keyError(key);
  },
  popitem(self: PyDict, args, kwnames) {
    checkArgCount('dict.popitem', args, kwnames, 0);
    if (self.size === 0) throw keyError('popitem(): dictionary is empty');
    return newTuple(self.popLast());
  },
  update(self: PyDict, args, kwnames) {
    updateCommon(self, args, kwnames, 'update');
    return null;
  },
  clear(self: PyDict, args, kwnames) {
    checkArgCount('dict.clear', args, kwnames, 0);
    self.clear();
    return null;
  },
  copy(self: PyDict, args, kwnames) {
    checkArgCount('dict.copy', args, kwnames, 0);
    return copyDict(self);
  },
});
// (Called with one argument, from compiled code, without an arguments array.)
defineOneArgumentForms(dictType, {
  get: (self: PyDict, key: Py): Py => self.get(key) ?? null,
  setdefault: (self: PyDict, key: Py): Py => self.setDefault(key, null),
});

/** dict | other (dict_or): NotImplemented unless both are dicts; a copy of the left, updated from the right. */
function merged(left: Py, right: Py): Py {
  if (!(left instanceof PyDict) || !(right instanceof PyDict)) return NotImplemented;
  const result = copyDict(left);
  updateFromArgument(result, right);
  return result;
}

// Only == and != compare dicts; the orderings are NotImplemented, as object's.
for (const name of COMPARE_DUNDERS) {
  const comparesEquality = name === '__eq__' || name === '__ne__';
  defineMethods(dictType, {
    [name](self: PyDict, args: Py[], kwnames: readonly string[] | null) {
      checkWrapperArgs(name, args, kwnames, 1);
      const other = args[0];
      if (!comparesEquality || !(other instanceof PyDict)) return NotImplemented;
      return dictsEqual(self, other) === (name === '__eq__');
    },
  });
}
dictType.exactEquality = (a, b) => dictsEqual(a as PyDict, b as PyDict);
dictType.attrs.set('__hash__', null);
dictType.attrs.set('__doc__', `dict() -> new empty dictionary
dict(mapping) -> new dictionary initialized from a mapping object's
    (key, value) pairs
dict(iterable) -> new dictionary initialized as if via:
    d = {}
    for k, v in iterable:
        d[k] = v
dict(**kwargs) -> new dictionary initialized with the name=value pairs
    in the keyword argument list.  For example:  dict(one=1, two=2)`);

defineClassMethods(dictType, {
  fromkeys(cls: PyType, args, kwnames) {
    noKeywords('dict.fromkeys', kwnames);
    checkArgCount('fromkeys', args, null, 1, 2);
    return fromKeys(cls, args[0], args.length > 1 ? args[1] : null);
  },
});
defineClassGetItem(dictType);

/** dict.fromkeys (_PyDict_FromKeys): an empty exact dict is sized for a dict's or set's keys up front. */
function fromKeys(cls: PyType, iterable: Py, value: Py): Py {
  const result = call(cls, []);
  if (result instanceof PyDict && result.cls === dictType && result.size === 0) {
    if (iterable instanceof PyDict && iterable.cls === dictType) {
      result.resizeToHold(iterable.size, iterable.hasOnlyStrKeys());
      for (let position = 0; position < iterable.entrySpan; position++) {
        const key = iterable.entryKey(position);
        if (key !== undefined) result.setWithHash(key, value, iterable.hashAt(position));
      }
      return result;
    }
    if (iterable instanceof PySet && (iterable.cls === setType || iterable.cls === frozensetType)) {
      result.resizeToHold(iterable.size, false);
      const table = iterable.table;
      for (let slot = table.nextOccupied(0); slot >= 0; slot = table.nextOccupied(slot + 1)) result.setWithHash(table.keyAt(slot), value, table.hashAt(slot));
      return result;
    }
  }
  const iterator = getIter(iterable);
  const exact = result instanceof PyDict && result.cls === dictType;
  for (let key = iterNext(iterator); key !== undefined; key = iterNext(iterator)) {
    if (exact) result.set(key, value);
    else setItem(result, key, value);
  }
  return result;
}
