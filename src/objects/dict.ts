// dict's storage: entries in insertion order, found through JS Maps and tables of positions.
//
// Most keys are strs, ints, bools, None, exact floats or objects compared by identity;
// for those `byIdentity` is keyed by a JS value that is equal exactly when the Python
// keys are equal (True and 1 and 1.0 all become the number 1), so a lookup costs one
// Map probe and no Python-level __hash__/__eq__ calls. Those that become integral JS
// numbers are found through an open-addressing table of entry positions (`IntIndex`)
// instead: for them a JS Map is several times slower than CPython's dict. Other keys
// (tuples, objects with their own __eq__) are found through such a table by hash
// (`byHash`), and compared with ==. A small dict (keyword arguments, a JSON object, a
// record) makes neither the Map nor the table for its identity-mapped keys: a lookup
// compares them along its few entries, which is faster than a Map probe and allocates
// nothing; the Map and the table are made when its entries array grows past
// `SCANNED_ENTRIES`.
//
// An instance __dict__ starts with a shape (dictShape.ts): its keys are the shape's, shared
// with the other instances filled alike, and it holds only their values, in order (as
// CPython 3.11 keeps an instance's attribute values inline, beside shared keys): no
// entries, no map, and an attribute cache that knows the shape reads a value by its
// position. Whatever needs more than reading and adding str keys (a deletion, another
// key, iteration, an entry) makes the entries, and the dict is an ordinary one from then on.
//
// A key of the second kind may still equal one of the first (a str subclass instance
// equal to a str, a Fraction equal to an int). So a lookup that misses `byIdentity`
// also searches `byHash` when it holds keys that could be such (`crossKindKeys`), and a
// lookup by a key of the second kind that could be one also searches the identity-keyed
// entries by hash (`identityByHash`, built the first time it is needed). Dicts of only
// strs and ints, and dicts of tuples, never pay for either.
//
// CPython's entries array is mirrored, holes and all: deleting leaves a hole, and the
// array is compacted exactly when CPython resizes the dict (when an insertion finds no
// usable entry left, or a non-str key arrives in a table of str keys). Iterators walk
// this array by position, so they see mutations the way CPython's do.
import { PyObject, type Py } from './object';
import type { PyType } from './type';
import { classUsesIdentityEquality, pyEquals, pyHash } from './protocols';
import { PyFloat } from './float';
import { floatType } from './typeOf';
import { tupleType } from './tuple';
import { bytesType } from './bytes';
import { hashStr, type PyHash } from './hash';
import { hashKey } from './hashSecret';
import { runtimeError } from './exceptions';
import { DictShape } from './dictShape';

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

/** Exact types whose instances are never equal to a key `identityKey` maps (their __eq__ wants their own type). */
const typesApartFromIdentityKeys = new Set<PyType>([tupleType, bytesType]);

/** Declares that instances of the exact type `type` never equal a str, an int, a float, None or an identity-compared object. */
export function keepApartFromIdentityKeys(type: PyType): void {
  typesApartFromIdentityKeys.add(type);
}

/** Whether a key that needs hashing could equal one `identityKey` maps. */
function mayEqualIdentityKeys(key: Py): boolean {
  return !(key instanceof PyObject && typesApartFromIdentityKeys.has(key.cls));
}

// str hashes are SipHash over the str's bytes; CPython caches them in the str object.
// JS strings cannot carry one, so recent ones are kept here (JS Maps hash strings once).
const MAX_CACHED_STR_HASHES = 1 << 16;
let strHashes = new Map<string, PyHash>();
/** The hash key the cached hashes were made with: a new one (setHashSeed) empties the cache. */
let strHashesKey: Uint32Array | undefined;

/** hash(key), remembering the hashes of strs. */
export function keyHash(key: Py): PyHash {
  if (typeof key !== 'string') return pyHash(key);
  if (strHashesKey !== hashKey() || strHashes.size >= MAX_CACHED_STR_HASHES) {
    strHashes = new Map();
    strHashesKey = hashKey();
  }
  let hash = strHashes.get(key);
  if (hash === undefined) {
    hash = hashStr(key);
    strHashes.set(key, hash);
  }
  return hash;
}

/** The most entries a dict's array has while lookups of identity-mapped keys scan it (see the header). */
const SCANNED_ENTRIES = 8;

// CPython's table sizes: 2**log2 index slots, of which two thirds can hold entries.
const LOG2_MINIMUM_SIZE = 3;
const LOG2_MAXIMUM_PRESIZE = 17;
const usableFraction = (slots: number): number => Math.floor((slots * 2) / 3);
/** calculate_log2_keysize: the table size for at least `minimum` slots (an odd rounding, CPython's). */
function log2SizeFor(minimum: number): number {
  const bits = ((minimum | 8) - 1) | 7;
  return 32 - Math.clz32(bits);
}
/** estimate_log2_keysize: a table that holds `count` entries without resizing. */
function log2SizeToHold(count: number): number {
  return log2SizeFor(Math.floor((count * 3 + 1) / 2));
}

export class DictEntry {
  /** Whether the key needs hashing and could equal an identity-mapped key (it counts in `crossKindKeys`). */
  readonly crossKind: boolean;
  /**
   * For a key that needed hashing, the number its hash is indexed by (hashSlotKey): kept,
   * as a hash out of the safe-integer range is a bigint, which a HashIndex rebuilt on every
   * resize would otherwise cut down again for each entry.
   */
  readonly slotKey: number;

  constructor(
    readonly key: Py,
    public value: Py,
    /** The key's `identityKey`, undefined for a key kept in `byHash`. */
    readonly identity: unknown,
    /** Known for keys that needed hashing; computed on demand for the others. */
    public hash: PyHash | undefined,
    /** The index in the dict's entries array. */
    public position: number,
  ) {
    this.crossKind = identity === undefined && mayEqualIdentityKeys(key);
    this.slotKey = identity === undefined && hash !== undefined ? hashSlotKey(hash) : 0;
  }
}

/** The entries of every dict that has none yet: most instance __dict__s never make theirs. */
const NO_ENTRIES: (DictEntry | null)[] = Object.freeze([]) as unknown as (DictEntry | null)[];

export class PyDict extends PyObject {
  /** The entries in insertion order, null where one was deleted (CPython's dk_entries); empty while the dict has a shape. */
  private entryArray: (DictEntry | null)[] = NO_ENTRIES;
  /** The count of entries (ma_used). */
  size = 0;
  /** Changes on every insertion, deletion or clearing. */
  mutations = 0;
  /** Changes when the entries array is rebuilt or dropped (a new keys object, in CPython). */
  private layout = 0;
  /** log2 of the table size; 0 for the shared empty table of a dict never filled. */
  private log2Size = 0;
  /** Entries that can still be appended before the table is resized (dk_usable). */
  private usable = 0;
  /** Whether all keys are exact strs (DICT_KEYS_UNICODE): the table is rebuilt when another key arrives. */
  private strKeysOnly = true;
  /** Whether the identity-mapped entries are in `byIdentity` and `byInt`; else the entries array has at most SCANNED_ENTRIES, which a lookup scans. */
  private identityIndexed = false;
  private byIdentity: Map<unknown, DictEntry> | null = null;
  private byInt: IntIndex | null = null;
  private byHash: HashIndex | null = null;
  private identityByHash: HashBuckets | null = null;
  /** How many keys in `byHash` could equal an identity-mapped key. */
  private crossKindKeys = 0;
  /** The keys of an instance __dict__ while it holds only values (see the header); null for any other dict. */
  shape: DictShape | null = null;
  /** The values, in the shape's key order, while the dict has a shape. */
  private shapeValues: Py[] | null = null;

  constructor(cls: PyType) {
    super(cls);
  }

  /** Gives the empty dict a shape (see the header), `root` (dictShape.ts): it is an instance's __dict__. */
  startShape(root: DictShape): void {
    this.shape = root;
    // (Room for the values; the shape's keys say how many there are.)
    this.shapeValues = new Array(root.longest);
  }

  /** The entries (made now if the dict had a shape). */
  get entryList(): (DictEntry | null)[] {
    if (this.shapeValues !== null) this.makeEntries();
    return this.entryArray;
  }

  /** The value at `position` of a dict with a shape, whose key is the shape's at that position. */
  valueAt(position: number): Py {
    return this.shapeValues![position];
  }

  /** Replaces the value at `position` of a dict with a shape. */
  setValueAt(position: number, value: Py): void {
    this.shapeValues![position] = value;
  }

  get(key: Py): Py | undefined {
    if (typeof key === 'string') return this.getStr(key);
    return this.lookup(key)?.value;
  }

  /** A lookup by str key: the common case of globals, attributes and keyword arguments. */
  getStr(key: string): Py | undefined {
    const values = this.shapeValues;
    if (values !== null) {
      const position = this.shape!.positionOf(key);
      return position < 0 ? undefined : values[position];
    }
    const entry = this.findByIdentity(key);
    if (entry !== undefined) return entry.value;
    return this.crossKindKeys === 0 ? undefined : this.lookupByHash(key, keyHash(key), false)?.value;
  }

  has(key: Py): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * The entry holding a key equal to `key`; raises TypeError for an unhashable key. A
   * known hash (set algebra and copies reuse stored ones) saves computing it.
   */
  lookup(key: Py, knownHash?: PyHash): DictEntry | undefined {
    return this.find(key, identityKey(key), knownHash);
  }

  set(key: Py, value: Py): void {
    if (this.shapeValues !== null && typeof key === 'string') {
      this.setStr(key, value);
      return;
    }
    const simple = identityKey(key);
    const hash = simple === undefined ? pyHash(key) : undefined;
    this.insert(key, value, simple, hash);
  }

  /** Sets a key whose hash is known. */
  setWithHash(key: Py, value: Py, hash: PyHash): void {
    this.insert(key, value, identityKey(key), hash);
  }

  setStr(key: string, value: Py): void {
    const values = this.shapeValues;
    if (values !== null) {
      const position = this.shape!.positionOf(key);
      if (position >= 0) values[position] = value;
      else this.addAbsentStr(key, value);
      return;
    }
    const entry = this.findByIdentity(key);
    if (entry !== undefined) entry.value = value;
    else this.insert(key, value, key, undefined);
  }

  /** Adds a str key known not to be in the dict (an inline cache knows it from the shape). */
  addAbsentStr(key: string, value: Py): void {
    const grown = this.shapeValues === null ? null : this.shape!.add(key);
    if (grown === null) {
      this.insert(key, value, key, undefined);
      return;
    }
    this.shape = grown;
    this.shapeValues![grown.keys.length - 1] = value;
    this.size++;
    this.mutations++;
  }

  /** The value of `key`, after storing `value` under it if it was missing (dict.setdefault). */
  setDefault(key: Py, value: Py): Py {
    // One hash and one search, as CPython's: the key's __hash__ and __eq__ run once.
    const simple = identityKey(key);
    const hash = simple === undefined ? pyHash(key) : undefined;
    const entry = this.find(key, simple, hash);
    if (entry !== undefined) return entry.value;
    this.prepareForKey(key);
    this.append(key, value, simple, hash);
    return value;
  }

  /** Removes `key`; returns its value, or undefined when it was not there. */
  delete(key: Py): Py | undefined {
    const entry = this.lookup(key);
    if (entry === undefined) return undefined;
    this.removeEntry(entry);
    this.entryList[entry.position] = null;
    const value = entry.value;
    // A cache may still hold the entry (globalSites.ts, until the dict's change tells it
    // to look again): it must not keep the value alive (`del name` in a module).
    entry.value = null;
    return value;
  }

  /** Removes the last entry (dict.popitem); the dict must not be empty. */
  popLast(): DictEntry {
    const entries = this.entryList;
    let position = entries.length - 1;
    while (entries[position] === null) position--;
    const entry = entries[position]!;
    this.removeEntry(entry);
    // CPython shortens its entries array to end before the popped entry.
    entries.length = position;
    return entry;
  }

  clear(): void {
    this.shape = null;
    this.shapeValues = null;
    this.entryArray = NO_ENTRIES;
    this.identityIndexed = false;
    this.byIdentity = null;
    this.byInt = null;
    this.byHash = null;
    this.identityByHash = null;
    this.crossKindKeys = 0;
    this.size = 0;
    this.log2Size = 0;
    this.usable = 0;
    this.strKeysOnly = true;
    this.layout++;
    this.mutations++;
  }

  /** The [key, value] pairs in order (a snapshot). */
  entries(): [Py, Py][] {
    const result: [Py, Py][] = [];
    for (const entry of this.entryList) if (entry !== null) result.push([entry.key, entry.value]);
    return result;
  }

  /** The keys and values in order, alternating (a snapshot in one array, for a loop that only reads it). */
  flatItems(): Py[] {
    const entries = this.entryList;
    const result: Py[] = new Array(this.size * 2);
    let at = 0;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (entry === null) continue;
      result[at++] = entry.key;
      result[at++] = entry.value;
    }
    return result;
  }

  keys(): Py[] {
    const result: Py[] = [];
    for (const entry of this.entryList) if (entry !== null) result.push(entry.key);
    return result;
  }

  values(): Py[] {
    const result: Py[] = [];
    for (const entry of this.entryList) if (entry !== null) result.push(entry.value);
    return result;
  }

  /** The hash of an entry's key, computing and keeping it if it is not known yet. */
  hashOf(entry: DictEntry): PyHash {
    return (entry.hash ??= keyHash(entry.key));
  }

  /** Sizes the empty table for `count` entries ahead, as CPython presizes dict displays and fromkeys. */
  presize(count: number, strKeysOnly: boolean): void {
    if (count <= usableFraction(1 << LOG2_MINIMUM_SIZE)) return;
    this.strKeysOnly = strKeysOnly;
    this.resize(Math.min(log2SizeToHold(count), LOG2_MAXIMUM_PRESIZE));
  }

  /** Sizes the table to hold `count` entries (dictresize), as fromkeys does before filling the dict from a dict or set. */
  resizeToHold(count: number, strKeysOnly: boolean): void {
    this.strKeysOnly &&= strKeysOnly;
    this.resize(log2SizeToHold(count));
  }

  hasOnlyStrKeys(): boolean {
    return this.shapeValues !== null || this.strKeysOnly;
  }

  /**
   * Adds the entries of another dict, replacing the values of keys already here
   * (dict_merge of a dict whose iteration is dict's). An empty dict copies the other's
   * table when CPython would clone it.
   */
  mergeFrom(other: PyDict): void {
    if (other === this || other.size === 0) return;
    const values = other.shapeValues;
    if (values !== null) {
      // (Copying an instance's attributes, into another instance's: both keep their shapes.)
      const keys = other.shape!.keys;
      for (let position = 0; position < keys.length; position++) this.setStr(keys[position], values[position]);
      return;
    }
    if (this.shapeValues === null) {
      if (this.size === 0) {
        const compactAndSmall = other.log2Size === LOG2_MINIMUM_SIZE || usableFraction((1 << other.log2Size) / 2) < other.size;
        if (other.size === other.entryList.length && compactAndSmall) {
          this.cloneFrom(other);
          return;
        }
      }
      if (usableFraction(1 << this.log2Size) < other.size) {
        this.strKeysOnly &&= other.strKeysOnly;
        this.resize(log2SizeToHold(this.size + other.size));
      }
    }
    const entries = other.entryList;
    const length = entries.length;
    for (let position = 0; position < length; position++) {
      const entry = entries[position];
      if (entry === null) continue;
      // (Into an instance's attributes, a str key keeps the shape.)
      if (this.shapeValues !== null && typeof entry.key === 'string') this.setStr(entry.key, entry.value);
      else this.insert(entry.key, entry.value, entry.identity, entry.hash);
      if (other.entryList.length !== length || other.entryList !== entries) throw runtimeError('dict mutated during update');
    }
  }

  /**
   * Fills the empty dict `target` with a copy of this one, as PyDict_Copy does for a dict
   * iterated as dict is: the same table while at most a third of it is holes, else compacted.
   */
  copyInto(target: PyDict): void {
    if (this.size === 0) return;
    if (this.shapeValues !== null) {
      target.mergeFrom(this);
      return;
    }
    if (this.size >= Math.floor((this.entryList.length * 2) / 3)) target.cloneFrom(this);
    else target.mergeFrom(this);
  }

  /** The bytes CPython's dict of this shape takes, beyond the object header (`base`), for __sizeof__. */
  sizeOf(base: number): number {
    if (this.shapeValues !== null) this.makeEntries();
    if (this.log2Size === 0) return base;
    const slots = 1 << this.log2Size;
    const indexBytes = slots * (slots <= 128 ? 1 : slots <= 0xffff ? 2 : 4);
    const entryBytes = this.strKeysOnly ? 16 : 24;
    return base + KEYS_OBJECT_BYTES + indexBytes + usableFraction(slots) * entryBytes;
  }

  // ------------------------------------------------------------- internals

  /**
   * Ends the shape: the entries and maps are made as the keys' insertions would have made
   * them (the same table sizes), and the dict is an ordinary one from now on.
   */
  private makeEntries(): void {
    const keys = this.shape!.keys;
    const values = this.shapeValues!;
    const mutations = this.mutations;
    this.shape = null;
    this.shapeValues = null;
    this.size = 0;
    for (let position = 0; position < keys.length; position++) this.append(keys[position], values[position], keys[position], undefined);
    this.mutations = mutations;
  }

  private insert(key: Py, value: Py, simple: unknown, hash: PyHash | undefined): void {
    this.prepareForKey(key);
    const entry = this.find(key, simple, hash);
    if (entry !== undefined) {
      entry.value = value;
      return;
    }
    this.append(key, value, simple, hash);
  }

  /** A table of str keys only becomes a general one (resized, as CPython's) before any other key goes in. */
  private prepareForKey(key: Py): void {
    if (this.strKeysOnly && this.log2Size > 0 && typeof key !== 'string') {
      this.strKeysOnly = false;
      this.resize(log2SizeFor(this.size * 3));
    }
  }

  private append(key: Py, value: Py, simple: unknown, hash: PyHash | undefined): void {
    if (this.log2Size === 0) {
      this.log2Size = LOG2_MINIMUM_SIZE;
      this.usable = usableFraction(1 << LOG2_MINIMUM_SIZE);
      this.strKeysOnly = typeof key === 'string';
    } else if (this.usable <= 0) {
      this.resize(log2SizeFor(this.size * 3));
    }
    const entry = new DictEntry(key, value, simple, hash, this.entryList.length);
    if (this.entryArray === NO_ENTRIES) this.entryArray = [entry];
    else this.entryArray.push(entry);
    this.usable--;
    this.size++;
    this.mutations++;
    this.index(entry);
  }

  /** Puts an entry into the maps that find it. */
  private index(entry: DictEntry): void {
    // (Whatever the key's kind: a lookup never scans more than SCANNED_ENTRIES entries, even
    // for a str or an int in a big dict of tuples.)
    if (!this.identityIndexed && this.entryArray.length > SCANNED_ENTRIES) this.indexAllByIdentity();
    else if (this.identityIndexed && entry.identity !== undefined) this.indexByIdentity(entry);
    if (entry.identity !== undefined) {
      if (this.identityByHash !== null) addToBucket(this.identityByHash, this.hashOf(entry), entry);
    } else {
      (this.byHash ??= new HashIndex()).add(entry, this.entryList);
      if (entry.crossKind) this.crossKindKeys++;
    }
  }

  private indexByIdentity(entry: DictEntry): void {
    if (isIntIdentity(entry.identity)) (this.byInt ??= new IntIndex()).add(entry, this.entryArray);
    else (this.byIdentity ??= new Map()).set(entry.identity, entry);
  }

  /** Makes `byIdentity` and `byInt` for a dict whose entries array grew past the ones scanned. */
  private indexAllByIdentity(): void {
    this.identityIndexed = true;
    const entries = this.entryArray;
    this.byInt = IntIndex.over(entries);
    for (const entry of entries) {
      if (entry !== null && entry.identity !== undefined && !isIntIdentity(entry.identity)) (this.byIdentity ??= new Map()).set(entry.identity, entry);
    }
  }

  /** The entry of the identity-mapped key whose `identityKey` is `simple`. */
  private findByIdentity(simple: unknown): DictEntry | undefined {
    if (this.identityIndexed) return isIntIdentity(simple) ? this.byInt?.find(simple, this.entryArray) : this.byIdentity?.get(simple);
    const entries = this.entryArray;
    for (let position = 0; position < entries.length; position++) {
      const entry = entries[position];
      if (entry !== null && entry.identity === simple) return entry;
    }
    return undefined;
  }

  /** Takes an entry out of the indexes (its slot in the entries array is the caller's). */
  private removeEntry(entry: DictEntry): void {
    if (entry.identity !== undefined) {
      if (this.identityIndexed) {
        if (isIntIdentity(entry.identity)) this.byInt!.remove(entry);
        else this.byIdentity!.delete(entry.identity);
      }
      if (this.identityByHash !== null) removeFromBucket(this.identityByHash, this.hashOf(entry), entry);
    } else {
      this.byHash!.remove(entry);
      if (entry.crossKind) this.crossKindKeys--;
    }
    this.size--;
    this.mutations++;
  }

  /** lookup() given the key's `identityKey`. */
  private find(key: Py, simple: unknown, knownHash: PyHash | undefined): DictEntry | undefined {
    if (this.shapeValues !== null) this.makeEntries();
    if (simple !== undefined) {
      const entry = this.findByIdentity(simple);
      if (entry !== undefined || this.crossKindKeys === 0) return entry;
      return this.lookupByHash(key, knownHash ?? keyHash(key), false);
    }
    return this.lookupByHash(key, knownHash ?? pyHash(key), mayEqualIdentityKeys(key));
  }

  /**
   * Searches the entries of hashed keys (and, with `identityEntriesToo`, the identity-mapped
   * ones) for a key equal to `key`. When an __eq__ rebuilds the table or removes the entry
   * it was comparing, the search starts over, as CPython's does.
   */
  private lookupByHash(key: Py, hash: PyHash, identityEntriesToo: boolean): DictEntry | undefined {
    for (;;) {
      const layout = this.layout;
      const found = this.byHash === null ? undefined : this.scanHashed(this.byHash, key, hash, layout);
      if (found !== RESTART) {
        if (found !== undefined || !identityEntriesToo || !this.hasIdentityEntries()) return found;
        const identityBucket = this.identityEntriesByHash().get(bucketOf(hash));
        const alsoFound = identityBucket === undefined ? undefined : this.scan(identityBucket, key, hash, layout);
        if (alsoFound !== RESTART) return alsoFound;
      }
    }
  }

  /** The entry of `index` whose key equals `key` (of hash `hash`); RESTART when an __eq__ changed the table meanwhile. */
  private scanHashed(index: HashIndex, key: Py, hash: PyHash, layout: number): DictEntry | undefined | typeof RESTART {
    const entries = this.entryArray;
    const bits = probeBits(hashSlotKey(hash));
    for (let slot = index.firstSlot(bits), perturb = bits; ; perturb >>>= 5, slot = index.nextSlot(slot, perturb)) {
      const position = index.positionAt(slot);
      if (position === 0) return undefined;
      if (position < 0) continue;
      const entry = entries[position - 1]!;
      const holds = this.holdsKey(entry, key, hash, layout);
      if (holds !== false) return holds === RESTART ? RESTART : entry;
    }
  }

  private scan(bucket: DictEntry[], key: Py, hash: PyHash, layout: number): DictEntry | undefined | typeof RESTART {
    for (let i = 0; i < bucket.length; i++) {
      const entry = bucket[i];
      const holds = this.holdsKey(entry, key, hash, layout);
      if (holds !== false) return holds === RESTART ? RESTART : entry;
    }
    return undefined;
  }

  /** Whether `entry` holds `key` (of hash `hash`): the same object, or an equal one; RESTART when an __eq__ changed the table meanwhile. */
  private holdsKey(entry: DictEntry, key: Py, hash: PyHash, layout: number): boolean | typeof RESTART {
    const stored = entry.key;
    if (stored === key) return true;
    if (entry.hash !== hash) return false;
    const equal = pyEquals(stored, key);
    if (this.layout !== layout || this.entryArray[entry.position] !== entry) return RESTART;
    return equal;
  }

  private hasIdentityEntries(): boolean {
    return this.size > (this.byHash?.count ?? 0);
  }

  private identityEntriesByHash(): HashBuckets {
    if (this.identityByHash === null) {
      const index: HashBuckets = new Map();
      for (const entry of this.entryList) if (entry !== null && entry.identity !== undefined) addToBucket(index, this.hashOf(entry), entry);
      this.identityByHash = index;
    }
    return this.identityByHash;
  }

  /** Rebuilds the entries array without holes for a table of 2**log2 slots (dictresize). */
  private resize(log2: number): void {
    if (this.entryList.length === this.size) {
      // No holes: every entry keeps its position, and the indexes stay as they are.
      this.log2Size = log2;
      this.usable = usableFraction(1 << log2) - this.size;
      this.layout++;
      return;
    }
    const live: DictEntry[] = [];
    for (const entry of this.entryList) {
      if (entry === null) continue;
      entry.position = live.length;
      live.push(entry);
    }
    this.entryArray = live;
    if (this.byInt !== null) this.byInt = IntIndex.over(live);
    if (this.byHash !== null) this.byHash = HashIndex.over(live);
    this.log2Size = log2;
    this.usable = usableFraction(1 << log2) - live.length;
    this.layout++;
  }

  /** Makes this empty dict a copy of `other` with the same table: size, holes and all. */
  private cloneFrom(other: PyDict): void {
    this.shape = null;
    this.identityIndexed = false;
    this.byIdentity = null;
    this.byInt = null;
    this.byHash = null;
    this.identityByHash = null;
    this.crossKindKeys = 0;
    this.log2Size = other.log2Size;
    this.usable = other.usable;
    this.strKeysOnly = other.strKeysOnly;
    const entries = other.entryList.map((entry) => (entry === null ? null : new DictEntry(entry.key, entry.value, entry.identity, entry.hash, entry.position)));
    this.entryArray = entries;
    if (entries.length > SCANNED_ENTRIES) this.indexAllByIdentity();
    for (const copy of entries) if (copy !== null && copy.identity === undefined) this.index(copy);
    this.size = other.size;
    this.layout++;
    this.mutations++;
  }
}

/** sizeof(PyDictKeysObject) on 64-bit CPython 3.11. */
const KEYS_OBJECT_BYTES = 32;

const RESTART = Symbol('restart');

/** Entries by the low bits of their keys' hashes (the identity-keyed ones, looked up by hash: seldom needed). */
type HashBuckets = Map<number, DictEntry[]>;

/** The index key of a hash: its low 30 bits, a JS small integer. */
function bucketOf(hash: PyHash): number {
  return typeof hash === 'number' ? hash & 0x3fffffff : Number(BigInt.asUintN(30, hash));
}

function addToBucket(index: HashBuckets, hash: PyHash, entry: DictEntry): void {
  const slot = bucketOf(hash);
  const bucket = index.get(slot);
  if (bucket === undefined) index.set(slot, [entry]);
  else bucket.push(entry);
}

function removeFromBucket(index: HashBuckets, hash: PyHash, entry: DictEntry): void {
  const slot = bucketOf(hash);
  const bucket = index.get(slot)!;
  if (bucket.length === 1) {
    index.delete(slot);
    return;
  }
  bucket.splice(bucket.indexOf(entry), 1);
}

function isIntIdentity(identity: unknown): identity is number {
  return typeof identity === 'number' && Number.isInteger(identity);
}

/**
 * Entries by a number of theirs (an integral key, or a key's hash): an open-addressing
 * table of their positions in the entries array (plus one; 0 is an empty slot, -1 one
 * whose entry was removed), at most half full, probed as CPython's dict probes its index:
 * from the slot of the number's low bits (so that consecutive ints take consecutive
 * slots, which keeps a loop over them in the processor's cache), then on a sequence that
 * the higher bits perturb (so that ints a multiple of the table size apart do not pile up).
 * A search: `for (let slot = index.firstSlot(bits), perturb = bits; ; perturb >>>= 5,
 * slot = index.nextSlot(slot, perturb))`, with `bits` the number's probeBits.
 */
abstract class PositionIndex {
  private slots = new Int32Array(16);
  private mask = 15;
  /** Slots holding an entry or a removed one's mark. */
  private used = 0;
  protected live = 0;

  /** The number an entry is found by: an integral double (up to 2**53 in magnitude). */
  protected abstract numberOf(entry: DictEntry): number;
  /** Whether the table indexes `entry`. */
  protected abstract holds(entry: DictEntry): boolean;

  /** How many entries the table holds. */
  get count(): number {
    return this.live;
  }

  /** The first slot to probe for a number of these probeBits. */
  firstSlot(bits: number): number {
    return bits & this.mask;
  }

  /** The slot probed after `slot` (perturb: the probeBits shifted right by 5 once more each time). */
  nextSlot(slot: number, perturb: number): number {
    return (Math.imul(slot, 5) + perturb + 1) & this.mask;
  }

  /** The position (plus one) in a slot: 0 for an empty one, -1 for a removed entry's. */
  positionAt(slot: number): number {
    return this.slots[slot];
  }

  /** Adds an entry not in the table. */
  add(entry: DictEntry, entries: readonly (DictEntry | null)[]): void {
    if ((this.used + 1) * 2 > this.slots.length) this.rebuild(entries, entry);
    this.place(entry);
    this.used++;
    this.live++;
  }

  remove(entry: DictEntry): void {
    const bits = probeBits(this.numberOf(entry));
    let slot = this.firstSlot(bits);
    for (let perturb = bits; this.slots[slot] !== entry.position + 1; ) {
      perturb >>>= 5;
      slot = this.nextSlot(slot, perturb);
    }
    this.slots[slot] = -1;
    this.live--;
  }

  /** Refills the table from the entries (their positions changed, or removed entries' marks pile up), sized for one more. */
  rebuild(entries: readonly (DictEntry | null)[], adding?: DictEntry): void {
    let count = 0;
    for (const entry of entries) if (entry !== null && entry !== adding && this.holds(entry)) count++;
    let size = 16;
    while (size < (count + 1) * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.used = 0;
    this.live = 0;
    for (const entry of entries) {
      if (entry !== null && entry !== adding && this.holds(entry)) {
        this.place(entry);
        this.used++;
        this.live++;
      }
    }
  }

  private place(entry: DictEntry): void {
    const bits = probeBits(this.numberOf(entry));
    let slot = this.firstSlot(bits);
    for (let perturb = bits; this.slots[slot] > 0; ) {
      perturb >>>= 5;
      slot = this.nextSlot(slot, perturb);
    }
    this.slots[slot] = entry.position + 1;
  }
}

/** Entries whose keys are integral JS numbers, by key. */
class IntIndex extends PositionIndex {
  protected numberOf(entry: DictEntry): number {
    return entry.identity as number;
  }

  protected holds(entry: DictEntry): boolean {
    return isIntIdentity(entry.identity);
  }

  find(key: number, entries: readonly (DictEntry | null)[]): DictEntry | undefined {
    const bits = probeBits(key);
    for (let slot = this.firstSlot(bits), perturb = bits; ; perturb >>>= 5, slot = this.nextSlot(slot, perturb)) {
      const position = this.positionAt(slot);
      if (position === 0) return undefined;
      if (position > 0) {
        const entry = entries[position - 1]!;
        if (entry.identity === key) return entry;
      }
    }
  }

  /** The table of the entries with integral keys among `entries`; null when there are none. */
  static over(entries: readonly (DictEntry | null)[]): IntIndex | null {
    const index = new IntIndex();
    index.rebuild(entries);
    return index.live === 0 ? null : index;
  }
}

/** Entries whose keys need hashing, by hash (PyDict.scanHashed compares the keys). */
class HashIndex extends PositionIndex {
  protected numberOf(entry: DictEntry): number {
    return entry.slotKey;
  }

  protected holds(entry: DictEntry): boolean {
    return entry.identity === undefined;
  }

  /** The table of the entries with hashed keys among `entries`; null when there are none. */
  static over(entries: readonly (DictEntry | null)[]): HashIndex | null {
    const index = new HashIndex();
    index.rebuild(entries);
    return index.live === 0 ? null : index;
  }
}

/** The number a hash is indexed by: the hash itself, or a bigint's low 32 bits. */
function hashSlotKey(hash: PyHash): number {
  return typeof hash === 'number' ? hash : Number(BigInt.asIntN(32, hash));
}

/** The 32 bits a PositionIndex probes by for an integral double (up to 2**53 in magnitude): an int32's own, the higher ones mixed in. */
function probeBits(number: number): number {
  const high = (number / 4294967296) | 0;
  return ((number | 0) ^ Math.imul(high, 0x27d4eb2d)) >>> 0;
}
