// dict's views (dict_keys, dict_values, dict_items) and its iterators, forward and
// reversed. The iterators walk the dict's entries array by position, as CPython's do:
// a change of size is an error at the next step; keys replaced at the same size are
// seen, until more are found than the dict had ("keys changed during iteration").
// The keys and items views are set-like: comparisons and & | - ^ give sets.
import { PyObject, type Py } from './object';
import { nativeType } from './type';
import { PyDict } from './dict';
import { dictType } from './dictType';
import { PyTuple, newTuple } from './tuple';
import { PyList } from './list';
import { PySet, setType, updateSet } from './set';
import { contains, getIter, iterNext, pyEquals, pyLen, pyRepr } from './protocols';
import { PyNativeIterator } from './nativeIterator';
import { defineIteratorMethods, defineIteratorPickling, reducedToRemainingItems } from './iterators';
import { checkArgCount, checkWrapperArgs, defineGetSets, defineMethods, type NativeMethod } from './native';
import { runtimeError } from './exceptions';
import { NotImplemented } from './singletons';
import { guardedRepr } from './reprGuard';
import { newMappingProxy } from './mappingProxy';
import { differenceUpdate, intersection, symmetricDifferenceUpdate } from './setAlgebra';

export const enum ViewKind {
  KEYS,
  VALUES,
  ITEMS,
}

export const dictKeysType = nativeType('dict_keys', undefined, { baseType: false });
export const dictValuesType = nativeType('dict_values', undefined, { baseType: false });
export const dictItemsType = nativeType('dict_items', undefined, { baseType: false });
const viewTypes = [dictKeysType, dictValuesType, dictItemsType];

const iteratorTypes = [
  nativeType('dict_keyiterator', undefined, { baseType: false }),
  nativeType('dict_valueiterator', undefined, { baseType: false }),
  nativeType('dict_itemiterator', undefined, { baseType: false }),
];
const reverseIteratorTypes = [
  nativeType('dict_reversekeyiterator', undefined, { baseType: false }),
  nativeType('dict_reversevalueiterator', undefined, { baseType: false }),
  nativeType('dict_reverseitemiterator', undefined, { baseType: false }),
];

export class PyDictView extends PyObject {
  constructor(
    readonly dictionary: PyDict,
    readonly kind: ViewKind,
  ) {
    super(viewTypes[kind]);
  }
}

/** What a view of `kind` shows of the entry at `position`. */
function viewItem(dict: PyDict, position: number, kind: ViewKind): Py {
  switch (kind) {
    case ViewKind.KEYS:
      return dict.entryKey(position)!;
    case ViewKind.VALUES:
      return dict.entryValue(position);
    default:
      return newTuple([dict.entryKey(position)!, dict.entryValue(position)]);
  }
}

/** iter(dict) and its views' iterators. */
export class DictIterator extends PyNativeIterator {
  private position = 0;
  /** The dict's size when iteration began; -1 once it changed, so that the error sticks, as in CPython. */
  private sizeAtStart: number;
  private remaining: number;

  constructor(
    private dictionary: PyDict | null,
    private readonly kind: ViewKind,
  ) {
    super(iteratorTypes[kind]);
    this.sizeAtStart = this.remaining = dictionary!.size;
  }

  next(): Py | undefined {
    const dict = this.dictionary;
    if (dict === null) return undefined;
    if (dict.size !== this.sizeAtStart) {
      this.sizeAtStart = -1;
      throw runtimeError('dictionary changed size during iteration');
    }
    const span = dict.entrySpan;
    let position = this.position;
    while (position < span && dict.entryKey(position) === undefined) position++;
    if (position >= span) {
      this.dictionary = null;
      return undefined;
    }
    if (this.remaining === 0) {
      this.dictionary = null;
      throw runtimeError('dictionary keys changed during iteration');
    }
    this.position = position + 1;
    this.remaining--;
    return viewItem(dict, position, this.kind);
  }

  lengthHint(): number {
    return this.dictionary !== null && this.dictionary.size === this.sizeAtStart ? this.remaining : 0;
  }

  reduce(): Py {
    return reducedToRemainingItems(this);
  }
}

/** reversed(dict) and reversed() of its views: from the last entry back, without the "keys changed" check. */
export class DictReverseIterator extends PyNativeIterator {
  private position: number;
  private sizeAtStart: number;
  private remaining: number;

  constructor(
    private dictionary: PyDict | null,
    private readonly kind: ViewKind,
  ) {
    super(reverseIteratorTypes[kind]);
    this.sizeAtStart = this.remaining = dictionary!.size;
    this.position = dictionary!.entrySpan - 1;
  }

  next(): Py | undefined {
    const dict = this.dictionary;
    if (dict === null) return undefined;
    if (dict.size !== this.sizeAtStart) {
      this.sizeAtStart = -1;
      throw runtimeError('dictionary changed size during iteration');
    }
    let position = this.position;
    // The dict may have shrunk meanwhile: positions past its end hold nothing.
    while (position >= 0 && dict.entryKey(position) === undefined) position--;
    if (position < 0) {
      this.dictionary = null;
      return undefined;
    }
    this.position = position - 1;
    this.remaining--;
    return viewItem(dict, position, this.kind);
  }

  lengthHint(): number {
    return this.dictionary !== null && this.dictionary.size === this.sizeAtStart ? this.remaining : 0;
  }

  reduce(): Py {
    return reducedToRemainingItems(this);
  }
}

for (const type of iteratorTypes) defineIteratorMethods(type, (self: DictIterator) => self.lengthHint());
for (const type of reverseIteratorTypes) defineIteratorMethods(type, (self: DictReverseIterator) => self.lengthHint());
for (const type of [...iteratorTypes, ...reverseIteratorTypes]) defineIteratorPickling(type, false);

// ---------------------------------------------------------------- methods of all views

for (const type of viewTypes) {
  defineMethods(type, {
    __len__(self: PyDictView, args, kwnames) {
      checkWrapperArgs('__len__', args, kwnames, 0);
      return self.dictionary.size;
    },
    __iter__(self: PyDictView, args, kwnames) {
      checkWrapperArgs('__iter__', args, kwnames, 0);
      return new DictIterator(self.dictionary, self.kind);
    },
    __reversed__(self: PyDictView, args, kwnames) {
      checkArgCount(`${type.name}.__reversed__`, args, kwnames, 0);
      return new DictReverseIterator(self.dictionary, self.kind);
    },
    __repr__(self: PyDictView, args, kwnames) {
      checkWrapperArgs('__repr__', args, kwnames, 0);
      return guardedRepr(self, '...', () => `${type.name}(${pyRepr(new PyList(viewItems(self)))})`);
    },
  });
  defineGetSets(type, {
    mapping: { get: (self: PyDictView) => newMappingProxy(self.dictionary) },
  });
}

function viewItems(view: PyDictView): Py[] {
  const dict = view.dictionary;
  const items: Py[] = [];
  for (let position = 0; position < dict.entrySpan; position++) if (dict.entryKey(position) !== undefined) items.push(viewItem(dict, position, view.kind));
  return items;
}

// ---------------------------------------------------------------- the set-like views

/** Whether `value` is a keys or items view (PyDictViewSet_Check). */
function isSetLikeView(value: Py): value is PyDictView {
  return value instanceof PyDictView && value.kind !== ViewKind.VALUES;
}

/** `item in view`: a key of the dict, or a (key, value) pair it holds. */
function viewContains(view: PyDictView, item: Py): boolean {
  if (view.kind === ViewKind.KEYS) return view.dictionary.has(item);
  if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
  const position = view.dictionary.positionOf(item.items[0]);
  return position >= 0 && pyEquals(view.dictionary.entryValue(position), item.items[1]);
}

/** A new set of an operand's items (dictviews_to_set): a keys view of a dict is read as the dict. */
function toSet(operand: Py): PySet {
  const result = new PySet(setType);
  const source = operand instanceof PyDictView && operand.kind === ViewKind.KEYS && operand.dictionary.cls === dictType ? operand.dictionary : operand;
  updateSet(result, source);
  return result;
}

/** Whether every item of `small` is in `big` (all_contained_in). */
function allContainedIn(small: Py, big: Py): boolean {
  const iterator = getIter(small);
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
    if (!contains(big, item)) return false;
  }
  return true;
}

/** view & other, either operand the view (_PyDictView_Intersect). */
function viewIntersection(left: Py, right: Py): PySet {
  let [self, other] = isSetLikeView(left) ? [left, right] : [right as PyDictView, left];
  const selfLength = self.dictionary.size;
  if (other instanceof PySet && other.cls === setType && selfLength <= other.size) return intersection(other, self);
  if (isSetLikeView(other) && other.dictionary.size > selfLength) [self, other] = [other, self];
  const result = new PySet(setType);
  const iterator = getIter(other);
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
    if (viewContains(self, item)) result.add(item);
  }
  return result;
}

/** items ^ items (dictitems_xor): the pairs of either dict that the other does not hold. */
function itemsSymmetricDifference(left: PyDictView, right: PyDictView): PySet {
  const remaining = new PyDict(dictType);
  left.dictionary.copyInto(remaining);
  const result = new PySet(setType);
  const other = right.dictionary;
  for (let position = 0; position < other.entrySpan; position++) {
    const key = other.entryKey(position);
    if (key === undefined) continue;
    const value = other.entryValue(position);
    const mine = remaining.positionOf(key);
    if (mine >= 0 && pyEquals(remaining.entryValue(mine), value)) remaining.delete(key);
    else result.add(newTuple([key, value]));
  }
  updateSet(result, new PyDictView(remaining, ViewKind.ITEMS));
  return result;
}

type BinaryOperation = (left: Py, right: Py) => Py;

const viewOperations: Record<string, BinaryOperation> = {
  and: viewIntersection,
  or(left, right) {
    const result = toSet(left);
    updateSet(result, right);
    return result;
  },
  sub(left, right) {
    const result = toSet(left);
    differenceUpdate(result, right);
    return result;
  },
  xor(left, right) {
    if (left instanceof PyDictView && left.kind === ViewKind.ITEMS && right instanceof PyDictView && right.kind === ViewKind.ITEMS) {
      return itemsSymmetricDifference(left, right);
    }
    const result = toSet(left);
    symmetricDifferenceUpdate(result, right);
    return result;
  },
};

/** A special method of one operand, its arguments checked as CPython's slot wrappers check them. */
function withOperand(name: string, operation: (self: PyDictView, other: Py) => Py): NativeMethod {
  return (self: PyDictView, args, kwnames) => {
    checkWrapperArgs(name, args, kwnames, 1);
    return operation(self, args[0]);
  };
}

for (const type of [dictKeysType, dictItemsType]) {
  type.attrs.set('__hash__', null);
  const methods: Record<string, NativeMethod> = {
    __contains__: withOperand('__contains__', viewContains),
    isdisjoint(self: PyDictView, args, kwnames) {
      checkArgCount(`${type.name}.isdisjoint`, args, kwnames, 1);
      return isDisjoint(self, args[0]);
    },
    __eq__: withOperand('__eq__', (self, other) => compareViews(self, other, (a, b) => a === b, false)),
    __ne__: withOperand('__ne__', (self, other) => compareViews(self, other, (a, b) => a === b, true)),
    __lt__: withOperand('__lt__', (self, other) => compareViews(self, other, (a, b) => a < b, false)),
    __le__: withOperand('__le__', (self, other) => compareViews(self, other, (a, b) => a <= b, false)),
    __gt__: withOperand('__gt__', (self, other) => compareViews(other, self, (a, b) => a < b, false, true)),
    __ge__: withOperand('__ge__', (self, other) => compareViews(other, self, (a, b) => a <= b, false, true)),
  };
  for (const [name, operation] of Object.entries(viewOperations)) {
    // CPython's number slots take the operands in order; the reflected method swaps them back.
    methods[`__${name}__`] = withOperand(`__${name}__`, (self, other) => operation(self, other));
    methods[`__r${name}__`] = withOperand(`__r${name}__`, (self, other) => operation(other, self));
  }
  defineMethods(type, methods);
}

/**
 * dictview_richcompare: NotImplemented unless `other` is a set or set-like view; else the
 * sizes decide (`sizesAllow(len(small), len(big))`), then whether `small`'s items are
 * all in `big`. `swapped` says the view is `big` (for > and >=).
 */
function compareViews(small: Py, big: Py, sizesAllow: (a: number, b: number) => boolean, negate: boolean, swapped = false): Py {
  const other = swapped ? small : big;
  if (!(other instanceof PySet) && !isSetLikeView(other)) return NotImplemented;
  // CPython takes the view's length first.
  const [viewLength, otherLength] = [pyLen(swapped ? big : small), pyLen(other)];
  const [smallLength, bigLength] = swapped ? [otherLength, viewLength] : [viewLength, otherLength];
  const result = sizesAllow(smallLength, bigLength) && allContainedIn(small, big);
  return negate ? !result : result;
}

/** view.isdisjoint(other): iterates the smaller when both are set-like. */
function isDisjoint(self: PyDictView, other: Py): boolean {
  if (self === other) return self.dictionary.size === 0;
  let searched: Py = self;
  let iterated: Py = other;
  if (other instanceof PySet || isSetLikeView(other)) {
    if (pyLen(other) > self.dictionary.size) [searched, iterated] = [other, self];
  }
  const iterator = getIter(iterated);
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
    if (contains(searched, item)) return false;
  }
  return true;
}
