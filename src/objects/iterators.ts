// The iterators of the built-in sequences: over a JS array (list, tuple), over a str's
// code points, and the generic one over anything with __getitem__ (protocols.ts).
import type { Py } from './object';
import { nativeType, type PyType } from './type';
import { PyNativeIterator } from './nativeIterator';
import { checkArgCount, checkWrapperArgs, defineMethods } from './native';
import { newException, StopIteration } from './exceptions';
import { codePointLength, isAsciiText } from './strCodePoints';

export const sequenceIteratorType = nativeType('iterator', undefined, { baseType: false });
export const listIteratorType = nativeType('list_iterator', undefined, { baseType: false });
export const listReverseIteratorType = nativeType('list_reverseiterator', undefined, { baseType: false });
export const tupleIteratorType = nativeType('tuple_iterator', undefined, { baseType: false });
export const strAsciiIteratorType = nativeType('str_ascii_iterator', undefined, { baseType: false });
export const strIteratorType = nativeType('str_iterator', undefined, { baseType: false });

/** Iterates over a JS array that may change meanwhile (a list), reading its length each step. */
export class ArrayIterator extends PyNativeIterator {
  index = 0;
  constructor(
    private owner: { items: Py[] } | null,
    type = listIteratorType,
  ) {
    super(type);
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
  constructor(private readonly text: string) {
    super(isAsciiText(text) ? strAsciiIteratorType : strIteratorType);
  }

  /** How many code points remain, for __length_hint__. */
  remaining(): number {
    return codePointLength(this.text.slice(this.at));
  }

  next(): Py | undefined {
    const text = this.text;
    const at = this.at;
    if (at >= text.length) return undefined;
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

/**
 * Gives a type of native iterators the iterator protocol: __iter__ (the iterator itself)
 * and __next__ (the next item, StopIteration at the end); and __length_hint__ when
 * `remaining` tells how many items are left.
 */
export function defineIteratorMethods<T extends PyNativeIterator>(type: PyType, remaining?: (self: T) => Py): void {
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
