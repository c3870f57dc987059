// set and frozenset objects. Members sit in a SetTable (setOrder.ts), the table
// CPython's setobject.c keeps, so that a set iterates in CPython's order; this file
// adds hashing, the ways a set is filled from other objects, and the set iterator.
import { PyObject, type Py } from './object';
import { nativeType, type PyType } from './type';
import { SetTable } from './setOrder';
import { getIter, iterNext, pyEquals } from './protocols';
import { PyNativeIterator } from './nativeIterator';
import { reducedToRemainingItems } from './iterators';
import { keepApartFromIdentityKeys, keyHash, PyDict } from './dict';
import { dictType } from './dictType';
import { hashFrozenSet, type PyHash } from './hash';
import { runtimeError } from './exceptions';

export const setType = nativeType('set', undefined, { factory: (cls) => new PySet(cls) });
export const frozensetType = nativeType('frozenset', undefined, { factory: (cls) => new PySet(cls) });
export const setIteratorType = nativeType('set_iterator', undefined, { baseType: false });

// A frozenset equals only sets and frozensets.
keepApartFromIdentityKeys(frozensetType);

export class PySet extends PyObject {
  readonly table = new SetTable<Py>(pyEquals);
  /** A frozenset's hash, once computed. */
  private frozenHash: PyHash | undefined = undefined;

  constructor(cls: PyType = setType) {
    super(cls);
  }

  get size(): number {
    return this.table.used;
  }

  /** Adds `member` (set_add_key); raises TypeError if it is unhashable. */
  add(member: Py): void {
    this.table.add(member, keyHash(member));
  }

  has(member: Py): boolean {
    return this.table.find(member, keyHash(member)) >= 0;
  }

  /** Removes `member` if it is there; true if it was. */
  discard(member: Py): boolean {
    return this.table.discard(member, keyHash(member));
  }

  /** The members in iteration order (a snapshot). */
  members(): Py[] {
    return this.table.members();
  }

  /** frozenset's hash (which a set's contents also have when looked up in a set). */
  contentHash(): PyHash {
    if (this.frozenHash !== undefined) return this.frozenHash;
    const hash = hashFrozenSet(this.table.memberHashes());
    if (this.isFrozen()) this.frozenHash = hash;
    return hash;
  }

  /** The frozenset hash if it was computed already (set == set skips the comparison when they differ). */
  knownHash(): PyHash | undefined {
    return this.frozenHash;
  }

  /** Exchanges the contents of two sets (set_swap_bodies). */
  swapContents(other: PySet): void {
    this.table.swap(other.table);
    if (this.isFrozen() && other.isFrozen()) [this.frozenHash, other.frozenHash] = [other.frozenHash, this.frozenHash];
    else this.frozenHash = other.frozenHash = undefined;
  }

  isFrozen(): boolean {
    return this.cls.isSubtypeOf(frozensetType);
  }
}

/** A set (of class `cls`, set by default) of the given members, added in turn as BUILD_SET does. */
export function newSet(members: Iterable<Py>, cls: PyType = setType): PySet {
  const set = new PySet(cls);
  for (const member of members) set.add(member);
  return set;
}

/** Whether `value` is a set, not a frozenset (PySet_Check). */
export function isMutableSet(value: Py): value is PySet {
  return value instanceof PySet && !value.isFrozen();
}

/**
 * Adds every member of `other` to `set` (set_update_internal): a set's members with their
 * hashes, a dict's keys likewise (after growing the table once), else the iteration's items.
 */
export function updateSet(set: PySet, other: Py): void {
  if (other instanceof PySet) {
    set.table.merge(other.table);
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    set.table.reserve(other.size);
    for (let position = 0; position < other.entrySpan; position++) {
      const key = other.entryKey(position);
      if (key !== undefined) set.table.add(key, other.hashAt(position));
    }
    return;
  }
  const iterator = getIter(other);
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) set.add(item);
}

/** iter(set): walks the table's slots, and refuses to go on once the set's size changed. */
export class SetIterator extends PyNativeIterator {
  private slot = 0;
  /** The set's size when iteration began; -1 once it changed, so that the error sticks, as in CPython. */
  private sizeAtStart: number;
  /** Members not yet given, for __length_hint__. */
  private remaining: number;

  constructor(private set: PySet | null) {
    super(setIteratorType);
    this.sizeAtStart = this.remaining = set!.size;
  }

  next(): Py | undefined {
    const set = this.set;
    if (set === null) return undefined;
    if (set.size !== this.sizeAtStart) {
      this.sizeAtStart = -1;
      throw runtimeError('Set changed size during iteration');
    }
    const slot = set.table.nextOccupied(this.slot);
    if (slot < 0) {
      this.set = null;
      return undefined;
    }
    this.slot = slot + 1;
    this.remaining--;
    return set.table.keyAt(slot);
  }

  lengthHint(): number {
    return this.set !== null && this.set.size === this.sizeAtStart ? this.remaining : 0;
  }

  reduce(): Py {
    return reducedToRemainingItems(this);
  }
}
