// dict's storage: entries in insertion order, found through a JS Map.
//
// Most keys are strs, ints, bools, None or objects compared by identity; for those the
// Map is keyed by a JS value that is equal exactly when the Python keys are equal
// (True and 1 and 1.0 all become the number 1), so a lookup costs one Map probe and
// no Python-level __hash__/__eq__ calls. Other keys (tuples, objects with their own
// __eq__) go through a second Map from hash to entries, compared with ==.
import { PyObject, type Py } from './object';
import type { PyType } from './type';
import { classUsesIdentityEquality, pyEquals, pyHash } from './protocols';
import { PyFloat } from './float';
import { floatType } from './typeOf';
import type { PyHash } from './hash';

const NONE_KEY = Symbol('None');

/** The Map key standing for a Python key, or undefined when the key needs hashing. */
export function identityKey(key: Py): unknown {
  switch (typeof key) {
    case 'string':
    case 'number':
    case 'bigint':
      return key;
    case 'boolean':
      return key ? 1 : 0;
    default:
      if (key === null) return NONE_KEY;
      if (key instanceof PyFloat && key.cls === floatType) {
        const x = key.value;
        if (Number.isInteger(x)) return Number.isSafeInteger(x) ? x : BigInt(x);
        // NaN keys are found by identity, as in CPython.
        return Number.isNaN(x) ? key : x;
      }
      return classUsesIdentityEquality(key.cls) ? key : undefined;
  }
}

export class PyDict extends PyObject {
  /** Keys in insertion order; undefined marks a deleted entry. */
  keyList: (Py | undefined)[] = [];
  valueList: Py[] = [];
  size = 0;
  /** Changes on every insertion or deletion, for the "changed size during iteration" checks. */
  mutations = 0;
  private readonly index = new Map<unknown, number>();
  private hashed: Map<PyHash, number[]> | null = null;

  constructor(cls: PyType) {
    super(cls);
  }

  get(key: Py): Py | undefined {
    const at = this.find(key);
    return at < 0 ? undefined : this.valueList[at];
  }

  /** A lookup by str key: the common case of globals, attributes and keyword arguments. */
  getStr(key: string): Py | undefined {
    const at = this.index.get(key);
    return at === undefined ? undefined : this.valueList[at];
  }

  has(key: Py): boolean {
    return this.find(key) >= 0;
  }

  set(key: Py, value: Py): void {
    const simple = identityKey(key);
    if (simple !== undefined) {
      const at = this.index.get(simple);
      if (at !== undefined) {
        this.valueList[at] = value;
        return;
      }
      this.index.set(simple, this.append(key, value));
      return;
    }
    const hash = pyHash(key);
    const bucket = this.bucket(hash);
    for (const at of bucket) {
      if (this.keysEqual(this.keyList[at]!, key)) {
        this.valueList[at] = value;
        return;
      }
    }
    bucket.push(this.append(key, value));
  }

  setStr(key: string, value: Py): void {
    const at = this.index.get(key);
    if (at !== undefined) this.valueList[at] = value;
    else this.index.set(key, this.append(key, value));
  }

  /** Removes `key`; returns its value, or undefined when it was not there. */
  delete(key: Py): Py | undefined {
    const simple = identityKey(key);
    let at: number | undefined;
    if (simple !== undefined) {
      at = this.index.get(simple);
      if (at === undefined) return undefined;
      this.index.delete(simple);
    } else {
      const hash = pyHash(key);
      const bucket = this.hashed?.get(hash);
      if (!bucket) return undefined;
      const position = bucket.findIndex((i) => this.keysEqual(this.keyList[i]!, key));
      if (position < 0) return undefined;
      at = bucket[position];
      bucket.splice(position, 1);
      if (bucket.length === 0) this.hashed!.delete(hash);
    }
    const value = this.valueList[at];
    this.keyList[at] = undefined;
    this.valueList[at] = null;
    this.size--;
    this.mutations++;
    if (this.keyList.length > 16 && this.size * 2 < this.keyList.length) this.compact();
    return value;
  }

  clear(): void {
    this.keyList = [];
    this.valueList = [];
    this.index.clear();
    this.hashed = null;
    this.size = 0;
    this.mutations++;
  }

  /** The [key, value] pairs in order (a snapshot). */
  entries(): [Py, Py][] {
    const result: [Py, Py][] = [];
    const keys = this.keyList;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) result.push([keys[i]!, this.valueList[i]]);
    return result;
  }

  keys(): Py[] {
    return this.keyList.filter((k) => k !== undefined) as Py[];
  }

  values(): Py[] {
    return this.valueList.filter((_, i) => this.keyList[i] !== undefined);
  }

  /** The index of the last entry, for popitem(); -1 when empty. */
  lastIndex(): number {
    for (let i = this.keyList.length - 1; i >= 0; i--) if (this.keyList[i] !== undefined) return i;
    return -1;
  }

  private find(key: Py): number {
    const simple = identityKey(key);
    if (simple !== undefined) return this.index.get(simple) ?? -1;
    if (this.hashed === null) {
      pyHash(key); // an unhashable key is an error even in an empty dict
      return -1;
    }
    const bucket = this.hashed.get(pyHash(key));
    if (bucket) for (const at of bucket) if (this.keysEqual(this.keyList[at]!, key)) return at;
    return -1;
  }

  private keysEqual(stored: Py, key: Py): boolean {
    return stored === key || pyEquals(stored, key);
  }

  private bucket(hash: PyHash): number[] {
    this.hashed ??= new Map();
    let bucket = this.hashed.get(hash);
    if (!bucket) this.hashed.set(hash, (bucket = []));
    return bucket;
  }

  private append(key: Py, value: Py): number {
    this.keyList.push(key);
    this.valueList.push(value);
    this.size++;
    this.mutations++;
    return this.keyList.length - 1;
  }

  /** Drops the deleted entries, renumbering the index. */
  private compact(): void {
    const keys = this.keyList;
    const values = this.valueList;
    this.keyList = [];
    this.valueList = [];
    this.index.clear();
    this.hashed = null;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      const simple = identityKey(key);
      const at = this.append(key, values[i]);
      if (simple !== undefined) this.index.set(simple, at);
      else this.bucket(pyHash(key)).push(at);
    }
    this.mutations++;
  }
}
