// itertools.groupby (and its groups, _grouper) and itertools.tee (its copies, _tee,
// share the items read in a chain of _tee_dataobject links of 57 items), laid out as
// CPython's are: their pickles are made of these parts.
import { PyObject, type Py } from '../objects/object';
import { nativeType, type PyType } from '../objects/type';
import { typeName } from '../objects/typeOf';
import { PyNativeIterator } from '../objects/nativeIterator';
import { bindArguments, checkArgCount, defineMethods, noKeywords, type NativeSignature } from '../objects/native';
import { newException, RuntimeError, typeError, ValueError } from '../objects/exceptions';
import { call, getAttrOrUndefined, getIter, iterNext, pyEquals } from '../objects/protocols';
import { newTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { builtinNamed } from '../objects/iterators';
import { ssizeArgument } from '../objects/bytesArguments';
import { defineModuleFunction, iteratorType, itertoolsModule, positionalOf, requireStateItem, stateTuple } from './itertoolsModule';
import { defineNew } from '../objects/builtinNew';

// ---------------------------------------------------------------- groupby

/** groupby(iterable, key=None): (key, group) for each run of items with equal keys. */
class GroupByIterator extends PyNativeIterator {
  /** The key of the group handed out last. */
  targetKey: Py | undefined = undefined;
  /** The item read ahead and its key; undefined when none is pending. */
  currentKey: Py | undefined = undefined;
  currentValue: Py | undefined = undefined;
  /** The group that may still read from this iterator: only the latest. */
  currentGrouper: Grouper | null = null;

  constructor(
    cls: PyType,
    private readonly iterator: Py,
    private readonly keyFunction: Py,
  ) {
    super(cls);
  }

  /** Reads the next item and its key; false at the end. */
  step(): boolean {
    const value = iterNext(this.iterator);
    if (value === undefined) return false;
    const key = this.keyFunction === null ? value : call(this.keyFunction, [value]);
    this.currentValue = value;
    this.currentKey = key;
    return true;
  }

  next(): Py | undefined {
    this.currentGrouper = null;
    // Skip to the first item whose key differs from the last group's.
    for (;;) {
      if (this.currentKey !== undefined) {
        if (this.targetKey === undefined) break;
        if (!pyEquals(this.targetKey, this.currentKey)) break;
      }
      if (!this.step()) return undefined;
    }
    const key = this.currentKey!;
    this.targetKey = key;
    return newTuple([key, new Grouper(this, key)]);
  }

  /** Rebuilt from its iterator and key function; once started, __setstate__ restores the item read ahead and the group's key. */
  reduce(): Py {
    const args = newTuple([this.iterator, this.keyFunction]);
    if (this.targetKey !== undefined && this.currentKey !== undefined && this.currentValue !== undefined) {
      return newTuple([this.cls, args, newTuple([this.currentKey, this.currentValue, this.targetKey])]);
    }
    return newTuple([this.cls, args]);
  }

  setState(state: Py): void {
    [this.currentKey, this.currentValue, this.targetKey] = stateTuple(state, 3);
  }
}

const GROUPBY: NativeSignature = { name: 'groupby', names: ['iterable', 'key'], required: 1, positionalOnly: 0 };
iteratorType('groupby', 'state', (cls, args, kwnames) => {
  const [iterable, key] = bindArguments(GROUPBY, args, kwnames);
  return new GroupByIterator(cls, getIter(iterable!), key ?? null);
});

/** One group of a groupby: the items of its parent while their key equals the group's, until the parent moves on. */
class Grouper extends PyNativeIterator {
  constructor(
    private readonly parent: GroupByIterator,
    private readonly targetKey: Py,
  ) {
    super(grouperType);
    parent.currentGrouper = this;
  }

  next(): Py | undefined {
    const parent = this.parent;
    if (parent.currentGrouper !== this) return undefined;
    if (parent.currentValue === undefined && !parent.step()) return undefined;
    if (!pyEquals(this.targetKey, parent.currentKey!)) return undefined;
    const value = parent.currentValue;
    parent.currentValue = undefined;
    parent.currentKey = undefined;
    return value;
  }

  reduce(): Py {
    if (this.parent.currentGrouper !== this) return newTuple([builtinNamed('iter'), newTuple([newTuple([])])]);
    return newTuple([this.cls, newTuple([this.parent, this.targetKey])]);
  }
}

const grouperType = iteratorType(
  '_grouper',
  'reduce',
  (_cls, args, kwnames) => {
    noKeywords('_grouper', kwnames);
    checkArgCount('_grouper', args, null, 2);
    const parent = args[0];
    if (!(parent instanceof GroupByIterator)) throw typeError(`_grouper() argument 1 must be itertools.groupby, not ${typeName(parent)}`);
    return new Grouper(parent, args[1]);
  },
  false,
);

// ---------------------------------------------------------------- tee

/** How many items one link of tee's shared buffer holds (CPython's LINKCELLS). */
const LINK_CELLS = 57;

/** A link of the buffer tee's copies share: up to LINK_CELLS items read from the iterator, then the next link. */
class TeeData extends PyObject {
  readonly values: Py[] = [];
  nextLink: TeeData | null = null;
  /** Set while reading from the iterator: reading again meanwhile (another thread, or re-entrantly) is an error. */
  private running = false;

  constructor(readonly iterator: Py) {
    super(teeDataType);
  }

  /** The link after this one, made when first needed. */
  jump(): TeeData {
    return (this.nextLink ??= new TeeData(this.iterator));
  }

  /** The item at `index`: read from the iterator when the copy asking leads. */
  item(index: number): Py | undefined {
    if (index < this.values.length) return this.values[index];
    if (this.running) throw newException(RuntimeError, 'cannot re-enter the tee iterator');
    this.running = true;
    let value: Py | undefined;
    try {
      value = iterNext(this.iterator);
    } finally {
      this.running = false;
    }
    if (value !== undefined) this.values.push(value);
    return value;
  }
}

const teeDataType = nativeType('_tee_dataobject', undefined, { baseType: false });
teeDataType.attrs.set('__module__', 'itertools');
itertoolsModule.dict.setStr('_tee_dataobject', teeDataType);
defineMethods(teeDataType, {
  __reduce__(self: TeeData, args, kwnames) {
    checkArgCount('_tee_dataobject.__reduce__', args, kwnames, 0);
    return newTuple([teeDataType, newTuple([self.iterator, new PyList(self.values.slice()), self.nextLink ?? null])]);
  },
});
// _tee_dataobject(iterable, values, next): a link rebuilt from its pickle; `iterable` is the iterator itself.
defineNew(teeDataType, (_cls, args, kwnames) => {
  noKeywords('_tee_dataobject', kwnames);
  checkArgCount('_tee_dataobject', args, null, 3);
  const [iterator, values, next] = args;
  if (!(values instanceof PyList)) throw typeError(`_tee_dataobject() argument 2 must be list, not ${typeName(values)}`);
  const link = new TeeData(iterator);
  const invalid = (): never => {
    throw newException(ValueError, 'Invalid arguments');
  };
  if (values.items.length > LINK_CELLS) invalid();
  link.values.push(...values.items);
  // Only a full link has a next one.
  if (next !== null) {
    if (values.items.length !== LINK_CELLS || !(next instanceof TeeData)) invalid();
    link.nextLink = next as TeeData;
  }
  return link;
});

/** One of tee()'s iterators: a position in the shared buffer. */
class TeeIterator extends PyNativeIterator {
  constructor(
    private data: TeeData,
    private index: number,
  ) {
    super(teeType);
  }

  next(): Py | undefined {
    if (this.index >= LINK_CELLS) {
      this.data = this.data.jump();
      this.index = 0;
    }
    const value = this.data.item(this.index);
    if (value === undefined) return undefined;
    this.index++;
    return value;
  }

  copy(): TeeIterator {
    return new TeeIterator(this.data, this.index);
  }

  reduce(): Py {
    return newTuple([this.cls, newTuple([newTuple([])]), newTuple([this.data, this.index])]);
  }

  setState(state: Py): void {
    const [data, index] = stateTuple(state, 2);
    const link = requireStateItem(data, TeeData, 1, 'itertools._tee_dataobject');
    const position = ssizeArgument(index);
    if (position < 0 || position > LINK_CELLS) throw newException(ValueError, 'Index out of range');
    this.data = link;
    this.index = position;
  }
}

/** A tee iterator over `iterable`: a copy of it when it is one already. */
function teeFromIterable(iterable: Py): TeeIterator {
  const iterator = getIter(iterable);
  if (iterator instanceof TeeIterator) return iterator.copy();
  return new TeeIterator(new TeeData(iterator), 0);
}

const teeType = iteratorType(
  '_tee',
  'state',
  (_cls, args, kwnames) => {
    noKeywords('_tee', kwnames);
    checkArgCount('_tee', args, null, 1);
    return teeFromIterable(args[0]);
  },
  false,
);
defineMethods(teeType, {
  __copy__(self: TeeIterator, args, kwnames) {
    checkArgCount('_tee.__copy__', args, kwnames, 0);
    return self.copy();
  },
});

defineModuleFunction('tee', (args, kwnames) => {
  noKeywords('tee', kwnames);
  const positional = positionalOf(args, kwnames);
  checkArgCount('tee', positional, null, 1, 2);
  const count = positional.length === 2 ? ssizeArgument(positional[1]) : 2;
  if (count < 0) throw newException(ValueError, 'n must be >= 0');
  if (count === 0) return newTuple([]);
  // An iterator that copies itself (__copy__) is copied; any other is wrapped in a tee iterator first.
  const iterator = getIter(positional[0]);
  let first: Py = iterator;
  let copy = getAttrOrUndefined(iterator, '__copy__');
  if (copy === undefined) {
    first = teeFromIterable(iterator);
    copy = getAttrOrUndefined(first, '__copy__')!;
  }
  const copies: Py[] = [first];
  for (let i = 1; i < count; i++) copies.push(call(copy, []));
  return newTuple(copies);
});
