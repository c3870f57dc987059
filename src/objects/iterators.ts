// The iterators of the built-in sequences: over a JS array (list, tuple), over a str's
// code points, and the generic one over anything with __getitem__ (protocols.ts); and
// what every native iterator type shares: the iterator protocol and pickling.
import { PyObject, type Py } from './object';
import { nativeType, type PyType } from './type';
import { PyNativeIterator } from './nativeIterator';
import { checkArgCount, checkWrapperArgs, defineMethods } from './native';
import { newException, OverflowError, StopIteration, typeError } from './exceptions';
import { codePointIndexOf, codePointLength, isAsciiText, unitOffsetOf } from './strCodePoints';
import { getAttr } from './protocols';
import { importModule } from './moduleImporter';
import { newTuple } from './tuple';
import { PyList } from './list';
import { intValue } from './int';

export const sequenceIteratorType = nativeType('iterator', undefined, { baseType: false, instantiable: false });
export const listIteratorType = nativeType('list_iterator', undefined, { baseType: false, instantiable: false });
export const listReverseIteratorType = nativeType('list_reverseiterator', undefined, { baseType: false, instantiable: false });
export const tupleIteratorType = nativeType('tuple_iterator', undefined, { baseType: false, instantiable: false });
export const strAsciiIteratorType = nativeType('str_ascii_iterator', undefined, { baseType: false, instantiable: false });
export const strIteratorType = nativeType('str_iterator', undefined, { baseType: false, instantiable: false });

/** Iterates over a JS array that may change meanwhile (a list), reading its length each step. */
export class ArrayIterator extends PyNativeIterator {
  index = 0;
  constructor(
    private owner: { items: Py[] } | null,
    type = listIteratorType,
  ) {
    super(type);
  }

  /** __reduce__: iter(the sequence) advanced to the position; an exhausted one as iter of an empty one. */
  reduce(): Py {
    const iter = builtinNamed('iter');
    const asTuple = this.cls === tupleIteratorType;
    if (this.owner === null) return newTuple([iter, newTuple([asTuple ? newTuple([]) : new PyList([])])]);
    return newTuple([iter, newTuple([sequenceObject(this.owner, asTuple)]), this.index]);
  }

  /** __setstate__: continue at `state`, clamped to the sequence. */
  setState(state: Py): void {
    const index = ssizeState(state);
    if (this.owner !== null) this.index = Math.min(Math.max(index, 0), this.owner.items.length);
  }

  next(): Py | undefined {
    const owner = this.owner;
    if (owner === null) return undefined;
    const items = owner.items;
    if (this.index < items.length) return items[this.index++];
    this.owner = null;
    return undefined;
  }

  /** How many items remain, for __length_hint__. */
  remaining(): number {
    return this.owner === null ? 0 : Math.max(0, this.owner.items.length - this.index);
  }
}

export class ReverseArrayIterator extends PyNativeIterator {
  constructor(
    private owner: { items: Py[] } | null,
    private index: number,
  ) {
    super(listReverseIteratorType);
  }

  /** __reduce__: reversed(the list) at the position; an exhausted one as iter([]). */
  reduce(): Py {
    if (this.owner === null) return newTuple([builtinNamed('iter'), newTuple([new PyList([])])]);
    return newTuple([builtinNamed('reversed'), newTuple([sequenceObject(this.owner, false)]), this.index]);
  }

  /** __setstate__: continue at `state`, clamped to -1 (exhausted) .. the last position. */
  setState(state: Py): void {
    const index = ssizeState(state);
    if (this.owner !== null) this.index = Math.min(Math.max(index, -1), this.owner.items.length - 1);
  }

  next(): Py | undefined {
    const owner = this.owner;
    if (owner !== null && this.index >= 0 && this.index < owner.items.length) return owner.items[this.index--];
    this.owner = null;
    return undefined;
  }

  /** How many items remain, for __length_hint__ (none once the list shrank below the position). */
  remaining(): number {
    return this.owner === null || this.owner.items.length <= this.index ? 0 : this.index + 1;
  }
}

/** Iterates over a str by code point. Its type tells whether the str is ASCII, as CPython's does. */
export class StrIterator extends PyNativeIterator {
  private at = 0;
  /** Set once next() found the end: the iterator lets go of its str, as CPython's does (which its pickle shows). */
  exhausted = false;
  constructor(readonly text: string) {
    super(isAsciiText(text) ? strAsciiIteratorType : strIteratorType);
  }

  /** How many code points remain, for __length_hint__. */
  remaining(): number {
    return codePointLength(this.text.slice(this.at));
  }

  /** __reduce__: iter(text) and the index of the next code point; an exhausted one as iter(''). */
  reduce(): Py {
    const iter = builtinNamed('iter');
    return this.exhausted ? newTuple([iter, newTuple([''])]) : newTuple([iter, newTuple([this.text]), codePointIndexOf(this.text, this.at)]);
  }

  /** __setstate__: continue at code point `state` (clamped to the str). */
  setState(state: Py): void {
    const index = ssizeState(state);
    if (this.exhausted) return;
    this.at = index <= 0 ? 0 : index >= this.text.length ? this.text.length : unitOffsetOf(this.text, Math.min(index, codePointLength(this.text)));
  }

  next(): Py | undefined {
    const text = this.text;
    const at = this.at;
    if (at >= text.length) {
      this.exhausted = true;
      return undefined;
    }
    const unit = text.charCodeAt(at);
    if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
      const low = text.charCodeAt(at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        this.at = at + 2;
        return text.slice(at, at + 2);
      }
    }
    this.at = at + 1;
    return text[at];
  }
}

/** The sequence an ArrayIterator walks, as a Python object (some walk a bare JS array: a copy of it then). */
function sequenceObject(owner: { items: Py[] }, asTuple: boolean): Py {
  if (owner instanceof PyObject) return owner;
  return asTuple ? newTuple(owner.items.slice()) : new PyList(owner.items.slice());
}

/** A built-in function, as __reduce__ names it (iter, reversed). */
export function builtinNamed(name: string): Py {
  return getAttr(importModule('builtins'), name);
}

/** The state an iterator's __setstate__ takes: an int (not __index__) within a C ssize_t, as PyLong_AsSsize_t reads it. */
export function ssizeState(state: Py): number {
  const value = intValue(state);
  if (value === undefined) throw typeError('an integer is required');
  if (typeof value === 'number') return value;
  if (value > 2n ** 63n - 1n || value < -(2n ** 63n)) throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
  return value > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/**
 * A native iterator that pickles: `reduce` gives __reduce__'s value; `setState`, when
 * there is one, is __setstate__ (given the state __reduce__ put in third place).
 */
export interface PicklableIterator extends PyNativeIterator {
  reduce(): Py;
  setState?(state: Py): void;
}

/** Gives a type of native iterators __reduce__, and __setstate__ when its iterators take a state. */
export function defineIteratorPickling<T extends PicklableIterator>(type: PyType, withState: boolean): void {
  defineMethods(type, {
    __reduce__(self: T, args, kwnames) {
      checkArgCount(`${type.name}.__reduce__`, args, kwnames, 0);
      return self.reduce();
    },
  });
  if (!withState) return;
  defineMethods(type, {
    __setstate__(self: T, args, kwnames) {
      checkArgCount(`${type.name}.__setstate__`, args, kwnames, 1);
      self.setState!(args[0]);
      return null;
    },
  });
}

/**
 * __reduce__ of the iterators over a hash table (dict, set): iter(a list of the items
 * still to come), read from a copy of the iterator so that this one stays where it is.
 */
export function reducedToRemainingItems(iterator: PyNativeIterator): Py {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(iterator) as object) as PyNativeIterator, iterator);
  const items: Py[] = [];
  for (let item = copy.next(); item !== undefined; item = copy.next()) items.push(item);
  return newTuple([builtinNamed('iter'), newTuple([new PyList(items)])]);
}

/**
 * Gives a type of native iterators the iterator protocol: __iter__ (the iterator itself)
 * and __next__ (the next item, StopIteration at the end); and __length_hint__ when
 * `remaining` tells how many items are left.
 */
export function defineIteratorMethods<T extends PyNativeIterator>(type: PyType, remaining?: (self: T) => Py): void {
  type.iteratesItself = true;
  defineMethods(type, {
    __iter__(self: T, args, kwnames) {
      checkWrapperArgs('__iter__', args, kwnames, 0);
      return self;
    },
    __next__(self: T, args, kwnames) {
      checkWrapperArgs('__next__', args, kwnames, 0);
      const item = self.next();
      if (item === undefined) throw newException(StopIteration);
      return item;
    },
  });
  if (remaining === undefined) return;
  defineMethods(type, {
    __length_hint__(self: T, args, kwnames) {
      checkArgCount(`${type.name}.__length_hint__`, args, kwnames, 0);
      return remaining(self);
    },
  });
}
