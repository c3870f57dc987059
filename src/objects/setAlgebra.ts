// The operations of set and frozenset (setobject.c's), shared by their methods
// (setType.ts) and by dict's set-like views. Each follows CPython's algorithm step for
// step: which operand is iterated, which table is grown first and when, and in what
// order members go in all decide the order the result iterates in.
import type { Py } from './object';
import type { PyType } from './type';
import { frozensetType, isMutableSet, PySet, setType, updateSet } from './set';
import { keyHash, PyDict } from './dict';
import { dictType } from './dictType';
import { getIter, iterNext } from './protocols';
import { isInstanceOfException, keyError, TypeError } from './exceptions';
import type { PyHash } from './hash';
import { newInstance } from './objectMethods';

/** A new set of class `cls` (set, frozenset or a subclass), filled from `iterable` (make_new_set). */
export function makeNewSet(cls: PyType, iterable?: Py): PySet {
  const set = cls === setType || cls === frozensetType ? new PySet(cls) : newInstance(cls, new PySet(cls));
  if (iterable !== undefined) updateSet(set, iterable);
  return set;
}

/** The built-in type a result of an operation on a `cls` instance takes: set or frozenset. */
function baseTypeOf(cls: PyType): PyType {
  return cls.isSubtypeOf(setType) ? setType : frozensetType;
}

/** set.copy(): a set or frozenset of the same members (set_copy). */
export function copySet(set: PySet): PySet {
  return makeNewSet(baseTypeOf(set.cls), set);
}

/** Visits the members of `set` with their hashes in slot order, reading the table afresh at each step. */
function forEachMember(set: PySet, visit: (key: Py, hash: PyHash) => boolean | void): void {
  const table = set.table;
  for (let slot = table.nextOccupied(0); slot >= 0; slot = table.nextOccupied(slot + 1)) {
    if (visit(table.keyAt(slot), table.hashAt(slot)) === false) return;
  }
}

function containsWithHash(set: PySet, key: Py, hash: PyHash): boolean {
  return set.table.find(key, hash) >= 0;
}

export function union(set: PySet, others: Py[]): PySet {
  const result = copySet(set);
  for (const other of others) if (other !== set) updateSet(result, other);
  return result;
}

/** set & other (set_intersection): iterates the smaller of two sets, or else `other`, stopping once all of `set` is found. */
export function intersection(set: PySet, other: Py): PySet {
  if (set === other) return copySet(set);
  const result = new PySet(baseTypeOf(set.cls));
  if (other instanceof PySet) {
    const [iterated, searched] = other.size > set.size ? [set, other] : [other, set];
    forEachMember(iterated, (key, hash) => {
      if (containsWithHash(searched, key, hash)) result.table.add(key, hash);
    });
    return result;
  }
  const iterator = getIter(other);
  for (let key = iterNext(iterator); key !== undefined; key = iterNext(iterator)) {
    const hash = keyHash(key);
    if (containsWithHash(set, key, hash)) {
      result.table.add(key, hash);
      if (result.size >= set.size) break;
    }
  }
  return result;
}

export function intersectionOfAll(set: PySet, others: Py[]): PySet {
  if (others.length === 0) return copySet(set);
  let result = set;
  for (const other of others) result = intersection(result, other);
  return result;
}

/** Removes from `set` the members of `other` (set_difference_update_internal), then drops the dummies if they crowd the table. */
export function differenceUpdate(set: PySet, other: Py): void {
  if (set === other) {
    set.table.clear();
    return;
  }
  if (other instanceof PySet) {
    // Against a much bigger set, only the common members need visiting.
    const removed = other.size >> 3 > set.size ? intersection(set, other) : other;
    forEachMember(removed, (key, hash) => {
      set.table.discard(key, hash);
    });
  } else {
    const iterator = getIter(other);
    for (let key = iterNext(iterator); key !== undefined; key = iterNext(iterator)) set.discard(key);
  }
  set.table.dropDummies();
}

function copyAndDifference(set: PySet, other: Py): PySet {
  const result = copySet(set);
  differenceUpdate(result, other);
  return result;
}

/** set - other (set_difference): a new set of the members not in `other`. */
export function difference(set: PySet, other: Py): PySet {
  const isDict = other instanceof PyDict && other.cls === dictType;
  if (!(other instanceof PySet) && !isDict) return copyAndDifference(set, other);
  const otherSize = (other as PySet | PyDict).size;
  if (set.size >> 2 > otherSize) return copyAndDifference(set, other);
  const result = new PySet(baseTypeOf(set.cls));
  const isIn = isDict ? (key: Py, hash: PyHash) => other.positionOf(key, hash) >= 0 : (key: Py, hash: PyHash) => containsWithHash(other as PySet, key, hash);
  forEachMember(set, (key, hash) => {
    if (!isIn(key, hash)) result.table.add(key, hash);
  });
  return result;
}

export function differenceOfAll(set: PySet, others: Py[]): PySet {
  if (others.length === 0) return copySet(set);
  const result = difference(set, others[0]);
  for (let i = 1; i < others.length; i++) differenceUpdate(result, others[i]);
  return result;
}

/** Toggles the members of `other` in `set` (set_symmetric_difference_update); a non-set is made a set first. */
export function symmetricDifferenceUpdate(set: PySet, other: Py): void {
  if (set === other) {
    set.table.clear();
    return;
  }
  const toggle = (key: Py, hash: PyHash): void => {
    if (!set.table.discard(key, hash)) set.table.add(key, hash);
  };
  if (other instanceof PyDict && other.cls === dictType) {
    for (let position = 0; position < other.entrySpan; position++) {
      const key = other.entryKey(position);
      if (key !== undefined) toggle(key, other.hashAt(position));
    }
    return;
  }
  forEachMember(other instanceof PySet ? other : makeNewSet(baseTypeOf(set.cls), other), toggle);
}

export function symmetricDifference(set: PySet, other: Py): PySet {
  const result = makeNewSet(baseTypeOf(set.cls), other);
  symmetricDifferenceUpdate(result, set);
  return result;
}

/** set <= other (set_issubset); a non-set `other` is made a set first. */
export function isSubset(set: PySet, other: Py): boolean {
  if (!(other instanceof PySet)) return isSubset(set, makeNewSet(setType, other));
  if (set.size > other.size) return false;
  let subset = true;
  forEachMember(set, (key, hash) => (subset = containsWithHash(other, key, hash)));
  return subset;
}

/** set >= other (set_issuperset): a non-set `other` is iterated, stopping at its first item not in `set`. */
export function isSuperset(set: PySet, other: Py): boolean {
  if (other instanceof PySet) return isSubset(other, set);
  const iterator = getIter(other);
  for (let key = iterNext(iterator); key !== undefined; key = iterNext(iterator)) {
    if (!set.has(key)) return false;
  }
  return true;
}

/** set.isdisjoint(other): between exact sets, looks the smaller one's members up in the bigger. */
export function isDisjoint(set: PySet, other: Py): boolean {
  if (set === other) return set.size === 0;
  if (other instanceof PySet && (other.cls === setType || other.cls === frozensetType)) {
    const [iterated, searched] = other.size > set.size ? [set, other] : [other, set];
    let disjoint = true;
    forEachMember(iterated, (key, hash) => (disjoint = !containsWithHash(searched, key, hash)));
    return disjoint;
  }
  const iterator = getIter(other);
  for (let key = iterNext(iterator); key !== undefined; key = iterNext(iterator)) {
    if (set.has(key)) return false;
  }
  return true;
}

/**
 * Runs `operation` with `key`'s hash; a set, unhashable, is looked up as the frozenset of
 * its members, as CPython's set.__contains__, remove and discard do.
 */
function withMemberHash<T>(key: Py, operation: (key: Py, hash: PyHash) => T): T {
  let hash: PyHash;
  try {
    hash = keyHash(key);
  } catch (error) {
    if (!(isMutableSet(key) && isInstanceOfException(error, TypeError))) throw error;
    const frozen = makeNewSet(frozensetType, key);
    return operation(frozen, frozen.contentHash());
  }
  return operation(key, hash);
}

export function setContains(set: PySet, key: Py): boolean {
  return withMemberHash(key, (member, hash) => containsWithHash(set, member, hash));
}

export function setDiscard(set: PySet, key: Py): boolean {
  return withMemberHash(key, (member, hash) => set.table.discard(member, hash));
}

export function setRemove(set: PySet, key: Py): void {
  if (!setDiscard(set, key)) throw keyError(key);
}
