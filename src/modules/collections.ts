// The _collections module: deque (a ring buffer), defaultdict (a dict whose missing keys
// are made by a factory), and the counting helper Counter uses.
import { PyObject, type Py } from '../objects/object';
import { newModule } from '../objects/module';
import { MatchKind, nativeType, PyType, typeType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { PyNativeIterator } from '../objects/nativeIterator';
import { bindArguments, checkArgCount, defineGetSets, defineMethods } from '../objects/native';
import { IndexError, newException, RuntimeError, StopIteration, typeError, ValueError, keyError } from '../objects/exceptions';
import {
  call, callUnbound, getAttr, getIter, indexAsNumber, isCallable, iterNext, pyEquals, pyRepr, richCompare, setItem, CompareOp,
} from '../objects/protocols';
import { NotImplemented } from '../objects/singletons';
import { PyDict } from '../objects/dict';
import { dictType } from '../objects/dictType';
import { newTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { guardedRepr } from '../objects/reprGuard';
import { intAdd } from '../objects/int';
import { binaryOp } from '../objects/operators';
import { defineClassGetItem } from '../objects/genericAlias';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

export const collectionsModule = newModule('_collections', 'High performance data structures.');
registerBuiltinModule('_collections', () => collectionsModule);

// ---------------------------------------------------------------- deque

export const dequeType = nativeType('deque', undefined, { factory: (cls) => new PyDeque(cls), matchKind: MatchKind.SEQUENCE });
dequeType.attrs.set('__module__', 'collections');
collectionsModule.dict.setStr('deque', dequeType);

export class PyDeque extends PyObject {
  /** A ring buffer: `length` items from `head`, wrapping at `buffer.length`. */
  buffer: Py[] = new Array(8);
  head = 0;
  length = 0;
  maxlen: number | null = null;
  /** Changes on every mutation, so iterators notice. */
  state = 0;

  at(index: number): Py {
    return this.buffer[(this.head + index) % this.buffer.length];
  }

  setAt(index: number, value: Py): void {
    this.buffer[(this.head + index) % this.buffer.length] = value;
  }

  private grow(): void {
    const items = this.toArray();
    this.buffer = new Array(Math.max(8, this.buffer.length * 2));
    for (let i = 0; i < items.length; i++) this.buffer[i] = items[i];
    this.head = 0;
  }

  toArray(): Py[] {
    const items = new Array<Py>(this.length);
    for (let i = 0; i < this.length; i++) items[i] = this.at(i);
    return items;
  }

  replaceAll(items: Py[]): void {
    this.buffer = new Array(Math.max(8, items.length * 2));
    for (let i = 0; i < items.length; i++) this.buffer[i] = items[i];
    this.head = 0;
    this.length = items.length;
    this.state++;
  }

  pushRight(value: Py): void {
    if (this.maxlen === 0) return;
    if (this.length === this.buffer.length) this.grow();
    this.setAt(this.length, value);
    this.length++;
    this.state++;
    if (this.maxlen !== null && this.length > this.maxlen) this.popLeft();
  }

  pushLeft(value: Py): void {
    if (this.maxlen === 0) return;
    if (this.length === this.buffer.length) this.grow();
    this.head = (this.head - 1 + this.buffer.length) % this.buffer.length;
    this.buffer[this.head] = value;
    this.length++;
    this.state++;
    if (this.maxlen !== null && this.length > this.maxlen) this.popRight();
  }

  popRight(): Py {
    if (this.length === 0) throw newException(IndexError, 'pop from an empty deque');
    const value = this.at(this.length - 1);
    this.setAt(this.length - 1, null);
    this.length--;
    this.state++;
    return value;
  }

  popLeft(): Py {
    if (this.length === 0) throw newException(IndexError, 'pop from an empty deque');
    const value = this.buffer[this.head];
    this.buffer[this.head] = null;
    this.head = (this.head + 1) % this.buffer.length;
    this.length--;
    this.state++;
    return value;
  }
}

class DequeIterator extends PyNativeIterator {
  private index = 0;
  private readonly state: number;
  constructor(private readonly deque: PyDeque, private readonly reverse: boolean) {
    super(dequeIteratorType);
    this.state = deque.state;
  }
  next(): Py | undefined {
    const deque = this.deque;
    if (deque.state !== this.state) throw newException(RuntimeError, 'deque mutated during iteration');
    if (this.index >= deque.length) return undefined;
    const position = this.reverse ? deque.length - 1 - this.index : this.index;
    this.index++;
    return deque.at(position);
  }
}
const dequeIteratorType = nativeType('_collections._deque_iterator', undefined, { baseType: false });
dequeIteratorType.name = '_deque_iterator';
defineMethods(dequeIteratorType, {
  __iter__: (self) => self,
  __next__(self: DequeIterator) {
    const value = self.next();
    if (value === undefined) throw newException(StopIteration);
    return value;
  },
});

function dequeOf(self: Py): PyDeque {
  return self as PyDeque;
}

function normalizedIndex(deque: PyDeque, index: Py): number {
  const i = indexAsNumber(index);
  const position = i < 0 ? i + deque.length : i;
  if (position < 0 || position >= deque.length) throw newException(IndexError, 'deque index out of range');
  return position;
}

function extendRight(deque: PyDeque, iterable: Py): void {
  const items = iterable === deque ? deque.toArray() : collect(iterable);
  for (const item of items) deque.pushRight(item);
}

function collect(iterable: Py): Py[] {
  const iterator = getIter(iterable);
  const items: Py[] = [];
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) items.push(item);
  return items;
}

const DEQUE_INIT = { name: 'deque', names: ['iterable', 'maxlen'], required: 0, positionalOnly: 0 };

defineMethods(dequeType, {
  __init__(self: PyDeque, args, kwnames) {
    const [iterable, maxlen] = bindArguments(DEQUE_INIT, args, kwnames);
    if (maxlen !== undefined && maxlen !== null) {
      const limit = indexAsNumber(maxlen);
      if (limit < 0) throw newException(ValueError, 'maxlen must be non-negative');
      self.maxlen = limit;
    } else {
      self.maxlen = null;
    }
    if (self.length > 0) self.replaceAll([]);
    if (iterable !== undefined) extendRight(self, iterable);
    return null;
  },
  append(self, args) {
    checkArgCount('append', args, null, 1);
    dequeOf(self).pushRight(args[0]);
    return null;
  },
  appendleft(self, args) {
    checkArgCount('appendleft', args, null, 1);
    dequeOf(self).pushLeft(args[0]);
    return null;
  },
  pop: (self) => dequeOf(self).popRight(),
  popleft: (self) => dequeOf(self).popLeft(),
  extend(self, args) {
    checkArgCount('extend', args, null, 1);
    extendRight(dequeOf(self), args[0]);
    return null;
  },
  extendleft(self, args) {
    checkArgCount('extendleft', args, null, 1);
    const deque = dequeOf(self);
    const items = args[0] === deque ? deque.toArray() : collect(args[0]);
    for (const item of items) deque.pushLeft(item);
    return null;
  },
  clear(self) {
    dequeOf(self).replaceAll([]);
    return null;
  },
  copy(self) {
    const deque = dequeOf(self);
    const copy = new PyDeque(typeOf(self));
    copy.maxlen = deque.maxlen;
    copy.replaceAll(deque.toArray());
    return copy;
  },
  count(self, args) {
    checkArgCount('count', args, null, 1);
    const deque = dequeOf(self);
    const state = deque.state;
    let count = 0;
    for (let i = 0; i < deque.length; i++) {
      if (pyEquals(deque.at(i), args[0])) count++;
      if (deque.state !== state) throw newException(RuntimeError, 'deque mutated during iteration');
    }
    return count;
  },
  index(self, args) {
    checkArgCount('index', args, null, 1, 3);
    const deque = dequeOf(self);
    let start = args.length > 1 ? indexAsNumber(args[1]) : 0;
    let stop = args.length > 2 ? indexAsNumber(args[2]) : deque.length;
    if (start < 0) start = Math.max(0, start + deque.length);
    if (stop < 0) stop = Math.max(0, stop + deque.length);
    const state = deque.state;
    for (let i = start; i < Math.min(stop, deque.length); i++) {
      if (pyEquals(deque.at(i), args[0])) return i;
      if (deque.state !== state) throw newException(RuntimeError, 'deque mutated during iteration');
    }
    throw newException(ValueError, `${pyRepr(args[0])} is not in deque`);
  },
  insert(self, args) {
    checkArgCount('insert', args, null, 2);
    const deque = dequeOf(self);
    if (deque.maxlen !== null && deque.length >= deque.maxlen) throw newException(IndexError, 'deque already at its maximum size');
    const items = deque.toArray();
    let index = indexAsNumber(args[0]);
    if (index < 0) index = Math.max(0, index + items.length);
    items.splice(Math.min(index, items.length), 0, args[1]);
    deque.replaceAll(items);
    return null;
  },
  remove(self, args) {
    checkArgCount('remove', args, null, 1);
    const deque = dequeOf(self);
    for (let i = 0; i < deque.length; i++) {
      if (pyEquals(deque.at(i), args[0])) {
        const items = deque.toArray();
        items.splice(i, 1);
        deque.replaceAll(items);
        return null;
      }
    }
    throw newException(ValueError, 'deque.remove(x): x not in deque');
  },
  reverse(self) {
    const deque = dequeOf(self);
    deque.replaceAll(deque.toArray().reverse());
    return null;
  },
  rotate(self, args) {
    checkArgCount('rotate', args, null, 0, 1);
    const deque = dequeOf(self);
    if (deque.length <= 1) return null;
    const n = args.length === 0 ? 1 : indexAsNumber(args[0]);
    const shift = ((n % deque.length) + deque.length) % deque.length;
    if (shift === 0) return null;
    const items = deque.toArray();
    deque.replaceAll([...items.slice(items.length - shift), ...items.slice(0, items.length - shift)]);
    return null;
  },
  __len__: (self) => dequeOf(self).length,
  __bool__: (self) => dequeOf(self).length > 0,
  __getitem__(self, args) {
    const deque = dequeOf(self);
    return deque.at(normalizedIndex(deque, args[0]));
  },
  __setitem__(self, args) {
    const deque = dequeOf(self);
    deque.setAt(normalizedIndex(deque, args[0]), args[1]);
    return null;
  },
  __delitem__(self, args) {
    const deque = dequeOf(self);
    const items = deque.toArray();
    items.splice(normalizedIndex(deque, args[0]), 1);
    deque.replaceAll(items);
    return null;
  },
  __contains__(self, args) {
    const deque = dequeOf(self);
    const state = deque.state;
    for (let i = 0; i < deque.length; i++) {
      if (pyEquals(deque.at(i), args[0])) return true;
      if (deque.state !== state) throw newException(RuntimeError, 'deque mutated during iteration');
    }
    return false;
  },
  __iter__: (self) => new DequeIterator(dequeOf(self), false),
  __reversed__: (self) => new DequeIterator(dequeOf(self), true),
  __repr__(self) {
    const deque = dequeOf(self);
    const name = typeOf(self).name;
    return guardedRepr(deque, '[...]', () => {
      const items = `[${deque.toArray().map((item) => pyRepr(item)).join(', ')}]`;
      return deque.maxlen === null ? `${name}(${items})` : `${name}(${items}, maxlen=${deque.maxlen})`;
    });
  },
  __eq__: (self, args) => compareDeques(self, args[0], CompareOp.EQ),
  __ne__: (self, args) => compareDeques(self, args[0], CompareOp.NE),
  __lt__: (self, args) => compareDeques(self, args[0], CompareOp.LT),
  __le__: (self, args) => compareDeques(self, args[0], CompareOp.LE),
  __gt__: (self, args) => compareDeques(self, args[0], CompareOp.GT),
  __ge__: (self, args) => compareDeques(self, args[0], CompareOp.GE),
  __add__(self, args) {
    const other = args[0];
    if (!(other instanceof PyDeque)) throw typeError(`can only concatenate deque (not "${typeOf(other).name}") to deque`);
    const result = new PyDeque(typeOf(self));
    result.maxlen = dequeOf(self).maxlen;
    for (const item of [...dequeOf(self).toArray(), ...other.toArray()]) result.pushRight(item);
    return result;
  },
  __iadd__(self, args) {
    extendRight(dequeOf(self), args[0]);
    return self;
  },
  __mul__(self, args) {
    const result = new PyDeque(typeOf(self));
    result.maxlen = dequeOf(self).maxlen;
    const items = dequeOf(self).toArray();
    const times = indexAsNumber(args[0]);
    for (let i = 0; i < times; i++) for (const item of items) result.pushRight(item);
    return result;
  },
  __imul__(self, args) {
    const deque = dequeOf(self);
    const items = deque.toArray();
    const times = indexAsNumber(args[0]);
    deque.replaceAll([]);
    for (let i = 0; i < times; i++) for (const item of items) deque.pushRight(item);
    return self;
  },
  __copy__: (self) => callUnbound(dequeType.attrs.get('copy')!, self, []),
  __reduce__: (self) => newTuple([typeOf(self), newTuple([new PyList(dequeOf(self).toArray()), dequeOf(self).maxlen])]),
});
dequeType.attrs.set('__hash__', null);
defineGetSets(dequeType, {
  maxlen: { get: (self: PyDeque) => self.maxlen },
});
defineClassGetItem(dequeType);

function compareDeques(self: Py, other: Py, op: CompareOp): Py {
  if (!(other instanceof PyDeque)) return NotImplemented;
  const a = dequeOf(self).toArray();
  const b = other.toArray();
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) {
    if (!pyEquals(a[i], b[i])) {
      if (op === CompareOp.EQ) return false;
      if (op === CompareOp.NE) return true;
      return richCompare(a[i], b[i], op);
    }
  }
  return richCompare(a.length, b.length, op);
}

// ---------------------------------------------------------------- defaultdict

class PyDefaultDict extends PyDict {
  defaultFactory: Py = null;
}

export const defaultdictType = new PyType(typeType, 'defaultdict', [dictType], { factory: (cls) => new PyDefaultDict(cls) });
defaultdictType.attrs.set('__module__', 'collections');
collectionsModule.dict.setStr('defaultdict', defaultdictType);

const dictInit = dictType.attrs.get('__init__')!;
const dictRepr = dictType.attrs.get('__repr__')!;

defineMethods(defaultdictType, {
  __init__(self: PyDefaultDict, args, kwnames) {
    const positionalCount = args.length - (kwnames?.length ?? 0);
    let rest = args;
    if (positionalCount > 0) {
      const factory = args[0];
      if (factory !== null && !isCallable(factory)) throw typeError('first argument must be callable or None');
      self.defaultFactory = factory;
      rest = args.slice(1);
    }
    return callUnbound(dictInit, self, rest, kwnames);
  },
  __missing__(self: PyDefaultDict, args) {
    checkArgCount('__missing__', args, null, 1);
    if (self.defaultFactory === null) throw keyError(args[0]);
    const value = call(self.defaultFactory, []);
    setItem(self, args[0], value);
    return value;
  },
  __repr__(self: PyDefaultDict) {
    const inner = callUnbound(dictRepr, self, []) as string;
    const factory = guardedRepr(self, '...', () => (self.defaultFactory === null ? 'None' : pyRepr(self.defaultFactory)));
    return `${typeOf(self).name}(${factory}, ${inner})`;
  },
  copy: (self: PyDefaultDict) => copyDefaultDict(self),
  __copy__: (self: PyDefaultDict) => copyDefaultDict(self),
  __reduce__: (self: PyDefaultDict) => newTuple([typeOf(self), newTuple(self.defaultFactory === null ? [] : [self.defaultFactory]), null, null, getIter(callUnbound(dictType.attrs.get('items')!, self, []))]),
  __or__(self: PyDefaultDict, args) {
    if (!(args[0] instanceof PyDict)) return NotImplemented;
    const result = copyDefaultDict(self);
    callUnbound(dictType.attrs.get('update')!, result, [args[0]]);
    return result;
  },
});
defineGetSets(defaultdictType, {
  default_factory: {
    get: (self: PyDefaultDict) => self.defaultFactory,
    set(self: PyDefaultDict, value) {
      self.defaultFactory = value ?? null;
    },
  },
});

function copyDefaultDict(self: PyDefaultDict): PyDefaultDict {
  const copy = new PyDefaultDict(typeOf(self));
  copy.defaultFactory = self.defaultFactory;
  callUnbound(dictType.attrs.get('update')!, copy, [self]);
  return copy;
}

// ---------------------------------------------------------------- Counter's helper

defineFunction(collectionsModule, '_count_elements', (args, kwnames) => {
  checkArgCount('_count_elements', args, kwnames, 2);
  const [mapping, iterable] = args;
  const iterator = getIter(iterable);
  // A dict whose get and __setitem__ are dict's is counted in its storage; anything else through mapping.get(item, 0) and mapping[item] = ...
  const type = typeOf(mapping);
  const fastPath = mapping instanceof PyDict && type.lookup('get') === dictType.attrs.get('get') && type.lookup('__setitem__') === dictType.attrs.get('__setitem__');
  const get = fastPath ? undefined : getAttr(mapping, 'get');
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
    if (get === undefined) {
      const count = (mapping as PyDict).get(item);
      (mapping as PyDict).set(item, count === undefined ? 1 : typeof count === 'number' ? intAdd(count, 1) : binaryOp(count, 1, 0));
    } else {
      setItem(mapping, item, binaryOp(call(get, [item, 0]), 1, 0));
    }
  }
  return null;
});

