// The iterators of the built-in sequences: over a JS array (list, tuple), over a str's
// code points, and the generic one over anything with __getitem__ (protocols.ts).
import type { Py } from './object';
import { nativeType } from './type';
import { PyNativeIterator } from './protocols';

export const sequenceIteratorType = nativeType('iterator', undefined, { baseType: false });
export const listIteratorType = nativeType('list_iterator', undefined, { baseType: false });
export const listReverseIteratorType = nativeType('list_reverseiterator', undefined, { baseType: false });
export const tupleIteratorType = nativeType('tuple_iterator', undefined, { baseType: false });
export const strIteratorType = nativeType('str_ascii_iterator', undefined, { baseType: false });

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
}

/** Iterates over a str by code point. */
export class StrIterator extends PyNativeIterator {
  private at = 0;
  constructor(private readonly text: string) {
    super(strIteratorType);
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
