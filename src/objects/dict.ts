// dict's storage: entries in insertion order, found through JS Maps and tables of positions.
//
// Most keys are strs, ints, bools, None, exact floats or objects compared by identity;
// for those `byIdentity` is keyed by a JS value that is equal exactly when the Python
// keys are equal (True and 1 and 1.0 all become the number 1), so a lookup costs one
// Map probe and no Python-level __hash__/__eq__ calls. Those that become integral JS
// numbers are found through an open-addressing table of entry positions (`byInt`)
// instead: for them a JS Map is several times slower than CPython's dict. Other keys
// (tuples, objects with their own __eq__) are found through such a table by hash
// (`byHash`), and compared with ==. A small dict (keyword arguments, a JSON object, a
// record) makes neither the Map nor the table for its identity-mapped keys: a lookup
// compares them along its few entries, which is faster than a Map probe and allocates
// nothing; the Map and the table are made when it holds more than `SCANNED_ENTRIES`, or
// its entries with their holes span more than `SCANNED_SPAN` (a small dict whose keys come
// and go, such as json's markers of the containers being encoded, stays unindexed).
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
// CPython's entries array is mirrored, holes and all, each entry's key, value, identity
// key and hash side by side in chunks of an array (see CHUNK_ENTRIES): deleting leaves a
// hole, and the entries are compacted exactly when CPython resizes the dict (when an
// insertion finds no usable entry left, or a non-str key arrives in a table of str keys).
// Iterators walk them by position, so they see mutations the way CPython's do.
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
const MAX_CACHED_STR_HASHES = 1 << 17;
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

/** The most entries a dict has while lookups of identity-mapped keys scan it (see the header). */
const SCANNED_ENTRIES = 8;
/** The most positions, holes included, such a lookup scans (all in a dict's first chunk). */
const SCANNED_SPAN = 32;

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

// The entries: four fields each, side by side in arrays ("chunks") of CHUNK_ENTRIES entries
// (the first one smaller while the dict is: as big as CPython's entries array). No object
// per entry (three times the memory, and work for the garbage collector), and no array
// big enough for V8's large-object space, where every growth is a fresh allocation the
// system must fault in (an array of 300,000 keys pushed one by one costs 100 ns a key).
const KEY = 0;
const VALUE = 1;
/** The key's `identityKey`; undefined for a key kept in `byHash`. */
const IDENTITY = 2;
/** The key's hash: known for keys that needed hashing, computed on demand for the others. */
const HASH = 3;
const FIELDS = 4;
const CHUNK_BITS = 10;
const CHUNK_ENTRIES = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_ENTRIES - 1;

/**
 * The chunks of every dict that has no entries yet: most instance __dict__s never make
 * theirs. (Not frozen: a frozen array is of another elements kind, which would make every
 * read of a dict's chunks polymorphic. Nothing stores into it.)
 */
const NO_CHUNKS: unknown[][] = [];

const AN_OBJECT = {};

/** Empty chunks by entry count, copied to make new ones (a copy is cheaper than `new Array` and a change of elements kind). */
const emptyChunks: unknown[][] = [];

/** A chunk with room for `entries` entries, of V8's most general elements kind (so that every store to one is alike). */
function newChunk(entries: number): unknown[] {
  let empty = emptyChunks[entries];
  if (empty === undefined) {
    empty = new Array(entries * FIELDS);
    empty[0] = AN_OBJECT;
    empty[0] = undefined;
    emptyChunks[entries] = empty;
  }
  return empty.slice();
}

/** Where the fields of the entry at `position` start in its chunk. */
function offsetOf(position: number): number {
  return (position & CHUNK_MASK) * FIELDS;
}

export class PyDict extends PyObject {
  /** The entries in insertion order (CPython's dk_entries), in chunks; a deleted entry leaves a hole, its key undefined. */
  private chunks: unknown[][] = NO_CHUNKS;
  /** The positions used, holes included. */
  private span = 0;
  /** The count of entries (ma_used). */
  size = 0;
  /** Changes on every insertion, deletion or clearing, and whenever entries change position. */
  mutations = 0;
  /** Changes when the entries are renumbered or dropped (a new keys object, in CPython). */
  private layout = 0;
  /** log2 of the table size; 0 for the shared empty table of a dict never filled. */
  private log2Size = 0;
  /** Entries that can still be appended before the table is resized (dk_usable). */
  private usable = 0;
  /** Whether all keys are exact strs (DICT_KEYS_UNICODE): the table is rebuilt when another key arrives. */
  private strKeysOnly = true;
  /** Whether the identity-mapped entries are in `byIdentity` and `byInt`; else there are at most SCANNED_ENTRIES in SCANNED_SPAN positions, which a lookup scans. */
  private identityIndexed = false;
  /** Positions of the identity-mapped keys that are not integral numbers, by `identityKey`. */
  private byIdentity: Map<unknown, number> | null = null;
  private byInt: PositionIndex | null = null;
  private byHash: PositionIndex | null = null;
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

  /** The value at `position` of a dict with a shape, whose key is the shape's at that position. */
  valueAt(position: number): Py {
    return this.shapeValues![position];
  }

  /** Replaces the value at `position` of a dict with a shape. */
  setValueAt(position: number, value: Py): void {
    this.shapeValues![position] = value;
  }

  /**
   * How many entry positions there are, holes included (the entries are made now if the
   * dict had a shape). Walking them: `entryKey(position)` is undefined at a hole.
   */
  get entrySpan(): number {
    this.ensureEntries();
    return this.span;
  }

  /** The key of the entry at `position`; undefined where it was deleted, or past the end. */
  entryKey(position: number): Py | undefined {
    return position < this.span ? (this.field(position, KEY) as Py | undefined) : undefined;
  }

  /** The value of the entry at `position` (of a key `entryKey` gives). */
  entryValue(position: number): Py {
    return this.field(position, VALUE) as Py;
  }

  /** The hash of the key at `position` if it is known (it is for keys that needed hashing). */
  knownHashAt(position: number): PyHash | undefined {
    return this.field(position, HASH) as PyHash | undefined;
  }

  /** The hash of the key at `position`, computing and keeping it if it is not known yet. */
  hashAt(position: number): PyHash {
    const chunk = this.chunks[position >>> CHUNK_BITS];
    const at = offsetOf(position);
    return (chunk[at + HASH] ??= keyHash(chunk[at + KEY] as Py)) as PyHash;
  }

  get(key: Py): Py | undefined {
    if (typeof key === 'string') return this.getStr(key);
    const position = this.find(key, identityKey(key), undefined);
    return position < 0 ? undefined : (this.field(position, VALUE) as Py);
  }

  /** A lookup by str key: the common case of globals, attributes and keyword arguments. */
  getStr(key: string): Py | undefined {
    const values = this.shapeValues;
    if (values !== null) {
      const position = this.shape!.positionOf(key);
      return position < 0 ? undefined : values[position];
    }
    let position = this.findByIdentity(key);
    if (position < 0) {
      if (this.crossKindKeys === 0) return undefined;
      position = this.lookupByHash(key, keyHash(key), false);
      if (position < 0) return undefined;
    }
    return this.field(position, VALUE) as Py;
  }

  has(key: Py): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * The position of the entry holding a key equal to `key`, -1 when there is none; raises
   * TypeError for an unhashable key. A known hash (set algebra and copies reuse stored
   * ones) saves computing it.
   */
  positionOf(key: Py, knownHash?: PyHash): number {
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
    const position = this.findByIdentity(key);
    if (position >= 0) this.setField(position, VALUE, value);
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
    const position = this.find(key, simple, hash);
    if (position >= 0) return this.field(position, VALUE) as Py;
    this.prepareForKey(key);
    this.append(key, value, simple, hash);
    return value;
  }

  /** Removes `key`; returns its value, or undefined when it was not there. */
  delete(key: Py): Py | undefined {
    const position = this.positionOf(key);
    if (position < 0) return undefined;
    const value = this.field(position, VALUE) as Py;
    this.removeEntry(position);
    this.clearEntry(position);
    return value;
  }

  /** Removes the last entry (dict.popitem) and returns its key and value; the dict must not be empty. */
  popLast(): [Py, Py] {
    this.ensureEntries();
    let position = this.span - 1;
    while (this.field(position, KEY) === undefined) position--;
    const item: [Py, Py] = [this.field(position, KEY) as Py, this.field(position, VALUE) as Py];
    this.removeEntry(position);
    this.clearEntry(position);
    // CPython shortens its entries array to end before the popped entry.
    this.span = position;
    return item;
  }

  clear(): void {
    this.shape = null;
    this.shapeValues = null;
    this.chunks = NO_CHUNKS;
    this.span = 0;
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
    this.forEachEntry((key, value) => result.push([key, value]));
    return result;
  }

  /** The keys and values in order, alternating (a snapshot in one array, for a loop that only reads it). */
  flatItems(): Py[] {
    const result: Py[] = new Array(this.size * 2);
    let at = 0;
    this.forEachEntry((key, value) => {
      result[at++] = key;
      result[at++] = value;
    });
    return result;
  }

  keys(): Py[] {
    const result: Py[] = [];
    this.forEachEntry((key) => result.push(key));
    return result;
  }

  values(): Py[] {
    const result: Py[] = [];
    this.forEachEntry((_key, value) => result.push(value));
    return result;
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
        if (other.size === other.span && compactAndSmall) {
          this.cloneFrom(other);
          return;
        }
      }
      if (usableFraction(1 << this.log2Size) < other.size) {
        this.strKeysOnly &&= other.strKeysOnly;
        this.resize(log2SizeToHold(this.size + other.size));
      }
    }
    const layout = other.layout;
    const span = other.span;
    for (let position = 0; position < span; position++) {
      const key = other.field(position, KEY) as Py | undefined;
      if (key === undefined) continue;
      const value = other.field(position, VALUE) as Py;
      // (Into an instance's attributes, a str key keeps the shape.)
      if (this.shapeValues !== null && typeof key === 'string') this.setStr(key, value);
      else this.insert(key, value, other.field(position, IDENTITY), other.field(position, HASH) as PyHash | undefined);
      if (other.layout !== layout || other.span !== span) throw runtimeError('dict mutated during update');
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
    if (this.size >= Math.floor((this.span * 2) / 3)) target.cloneFrom(this);
    else target.mergeFrom(this);
  }

  /** The bytes CPython's dict of this shape takes, beyond the object header (`base`), for __sizeof__. */
  sizeOf(base: number): number {
    this.ensureEntries();
    if (this.log2Size === 0) return base;
    const slots = 1 << this.log2Size;
    const indexBytes = slots * (slots <= 128 ? 1 : slots <= 0xffff ? 2 : 4);
    const entryBytes = this.strKeysOnly ? 16 : 24;
    return base + KEYS_OBJECT_BYTES + indexBytes + usableFraction(slots) * entryBytes;
  }

  // ------------------------------------------------------------- internals

  private field(position: number, field: number): unknown {
    return this.chunks[position >>> CHUNK_BITS][offsetOf(position) + field];
  }

  private setField(position: number, field: number, value: unknown): void {
    this.chunks[position >>> CHUNK_BITS][offsetOf(position) + field] = value;
  }

  /** Leaves a hole at `position` (and drops the references: a cache may still know the position, until the dict's change tells it). */
  private clearEntry(position: number): void {
    const chunk = this.chunks[position >>> CHUNK_BITS];
    const at = offsetOf(position);
    chunk[at + KEY] = chunk[at + VALUE] = chunk[at + IDENTITY] = chunk[at + HASH] = undefined;
  }

  /** Calls `visit` with the key and value of each entry in order; `visit` must not change the dict. */
  private forEachEntry(visit: (key: Py, value: Py) => void): void {
    this.ensureEntries();
    const chunks = this.chunks;
    for (let start = 0; start < this.span; start += CHUNK_ENTRIES) {
      const chunk = chunks[start >>> CHUNK_BITS];
      const end = Math.min(this.span - start, CHUNK_ENTRIES) * FIELDS;
      for (let at = 0; at < end; at += FIELDS) {
        const key = chunk[at + KEY];
        if (key !== undefined) visit(key as Py, chunk[at + VALUE] as Py);
      }
    }
  }

  private ensureEntries(): void {
    if (this.shapeValues !== null) this.makeEntries();
  }

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
    const position = this.find(key, simple, hash);
    if (position >= 0) this.setField(position, VALUE, value);
    else this.append(key, value, simple, hash);
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
    const position = this.span++;
    const chunk = this.chunkFor(position);
    const at = offsetOf(position);
    chunk[at + KEY] = key;
    chunk[at + VALUE] = value;
    chunk[at + IDENTITY] = simple;
    chunk[at + HASH] = hash;
    this.usable--;
    this.size++;
    this.mutations++;
    this.index(position, key, simple, hash);
  }

  /** Puts the entry at `position` into the maps that find it. */
  private index(position: number, key: Py, simple: unknown, hash: PyHash | undefined): void {
    // (Whatever the key's kind: a lookup never scans more than SCANNED_SPAN positions, even
    // for a str or an int in a big dict of tuples.)
    if (!this.identityIndexed && (this.size > SCANNED_ENTRIES || this.span > SCANNED_SPAN)) this.indexAllByIdentity();
    else if (this.identityIndexed && simple !== undefined) this.indexByIdentity(position, simple);
    if (simple !== undefined) {
      if (this.identityByHash !== null) addToBucket(this.identityByHash, this.hashAt(position), position);
    } else {
      (this.byHash ??= new PositionIndex()).add(position, hashProbeBits(hash!));
      if (mayEqualIdentityKeys(key)) this.crossKindKeys++;
    }
  }

  private indexByIdentity(position: number, simple: unknown): void {
    if (isIntIdentity(simple)) (this.byInt ??= new PositionIndex()).add(position, probeBits(simple));
    else (this.byIdentity ??= new Map()).set(simple, position);
  }

  /** The chunk the entry at `position` (the next one) goes in, made or grown to hold it. */
  private chunkFor(position: number): unknown[] {
    const index = position >>> CHUNK_BITS;
    const chunk = this.chunks[index];
    if (chunk !== undefined && offsetOf(position) < chunk.length) return chunk;
    // The first chunk has room for the entries CPython's table of this size has (a later
    // resize grows it); the others are whole.
    const entries = index === 0 ? Math.min(CHUNK_ENTRIES, Math.max(usableFraction(1 << this.log2Size), position + 1)) : CHUNK_ENTRIES;
    const grown = newChunk(entries);
    if (chunk !== undefined) for (let at = 0; at < chunk.length; at++) grown[at] = chunk[at];
    if (this.chunks === NO_CHUNKS) this.chunks = [grown];
    else this.chunks[index] = grown;
    return grown;
  }

  /** Makes `byIdentity` and `byInt` for a dict whose entries grew past the ones scanned (or whose positions changed). */
  private indexAllByIdentity(): void {
    this.identityIndexed = true;
    this.byInt = null;
    this.byIdentity = null;
    for (let position = 0; position < this.span; position++) {
      const simple = this.field(position, IDENTITY);
      if (simple !== undefined) this.indexByIdentity(position, simple);
    }
  }

  /** The position of the identity-mapped key whose `identityKey` is `simple`, -1 when there is none. */
  private findByIdentity(simple: unknown): number {
    if (this.identityIndexed) {
      if (!isIntIdentity(simple)) return this.byIdentity?.get(simple) ?? -1;
      const index = this.byInt;
      if (index === null) return -1;
      const bits = probeBits(simple);
      for (let slot = index.firstSlot(bits), perturb = bits; ; perturb >>>= 5, slot = index.nextSlot(slot, perturb)) {
        const position = index.positionAt(slot);
        if (position === 0) return -1;
        if (position > 0 && this.field(position - 1, IDENTITY) === simple) return position - 1;
      }
    }
    // (The scanned entries are all in the first chunk.)
    const chunk = this.chunks[0];
    const end = this.span * FIELDS;
    for (let at = 0; at < end; at += FIELDS) {
      if (chunk[at + IDENTITY] === simple) return at / FIELDS;
    }
    return -1;
  }

  /** Takes the entry at `position` out of the indexes (its place in the arrays is the caller's). */
  private removeEntry(position: number): void {
    const simple = this.field(position, IDENTITY);
    if (simple !== undefined) {
      if (this.identityIndexed) {
        if (isIntIdentity(simple)) this.byInt!.remove(position, probeBits(simple));
        else this.byIdentity!.delete(simple);
      }
      if (this.identityByHash !== null) removeFromBucket(this.identityByHash, this.hashAt(position), position);
    } else {
      this.byHash!.remove(position, hashProbeBits(this.field(position, HASH) as PyHash));
      if (mayEqualIdentityKeys(this.field(position, KEY) as Py)) this.crossKindKeys--;
    }
    this.size--;
    this.mutations++;
  }

  /** positionOf() given the key's `identityKey`. */
  private find(key: Py, simple: unknown, knownHash: PyHash | undefined): number {
    this.ensureEntries();
    if (simple !== undefined) {
      const position = this.findByIdentity(simple);
      if (position >= 0 || this.crossKindKeys === 0) return position;
      return this.lookupByHash(key, knownHash ?? keyHash(key), false);
    }
    return this.lookupByHash(key, knownHash ?? pyHash(key), mayEqualIdentityKeys(key));
  }

  /**
   * Searches the entries of hashed keys (and, with `identityEntriesToo`, the identity-mapped
   * ones) for a key equal to `key`; -1 when none holds it. When an __eq__ renumbers the
   * entries or removes the one it was comparing, the search starts over, as CPython's does.
   */
  private lookupByHash(key: Py, hash: PyHash, identityEntriesToo: boolean): number {
    for (;;) {
      const layout = this.layout;
      const found = this.byHash === null ? -1 : this.scanHashed(this.byHash, key, hash, layout);
      if (found !== RESTART) {
        if (found >= 0 || !identityEntriesToo || !this.hasIdentityEntries()) return found;
        const identityBucket = this.identityEntriesByHash().get(bucketOf(hash));
        const alsoFound = identityBucket === undefined ? -1 : this.scan(identityBucket, key, hash, layout);
        if (alsoFound !== RESTART) return alsoFound;
      }
    }
  }

  /** The position in `index` of a key equal to `key` (of hash `hash`), or -1; RESTART when an __eq__ changed the table meanwhile. */
  private scanHashed(index: PositionIndex, key: Py, hash: PyHash, layout: number): number {
    const bits = hashProbeBits(hash);
    for (let slot = index.firstSlot(bits), perturb = bits; ; perturb >>>= 5, slot = index.nextSlot(slot, perturb)) {
      const position = index.positionAt(slot);
      if (position === 0) return -1;
      if (position < 0 || index.bitsAt(slot) !== bits) continue;
      const holds = this.holdsKey(position - 1, key, hash, layout);
      if (holds !== false) return holds === RESTART ? RESTART : position - 1;
    }
  }

  private scan(bucket: readonly number[], key: Py, hash: PyHash, layout: number): number {
    for (let i = 0; i < bucket.length; i++) {
      const holds = this.holdsKey(bucket[i], key, hash, layout);
      if (holds !== false) return holds === RESTART ? RESTART : bucket[i];
    }
    return -1;
  }

  /** Whether the entry at `position` holds `key` (of hash `hash`): the same object, or an equal one; RESTART when an __eq__ changed the table meanwhile. */
  private holdsKey(position: number, key: Py, hash: PyHash, layout: number): boolean | typeof RESTART {
    const stored = this.field(position, KEY) as Py;
    if (stored === key) return true;
    if (this.field(position, HASH) !== hash) return false;
    const equal = pyEquals(stored, key);
    if (this.layout !== layout || this.field(position, KEY) !== stored) return RESTART;
    return equal;
  }

  private hasIdentityEntries(): boolean {
    return this.size > (this.byHash?.count ?? 0);
  }

  private identityEntriesByHash(): HashBuckets {
    if (this.identityByHash === null) {
      const index: HashBuckets = new Map();
      const span = this.entrySpan;
      for (let position = 0; position < span; position++) {
        if (this.field(position, IDENTITY) !== undefined) addToBucket(index, this.hashAt(position), position);
      }
      this.identityByHash = index;
    }
    return this.identityByHash;
  }

  /** Sizes the table for 2**log2 slots (dictresize), closing up the holes the deleted entries left. */
  private resize(log2: number): void {
    this.ensureEntries();
    if (this.span !== this.size) this.closeHoles();
    this.log2Size = log2;
    this.usable = usableFraction(1 << log2) - this.size;
    this.layout++;
  }

  /** Moves the live entries together (their positions change: the indexes learn the new ones). */
  private closeHoles(): void {
    const span = this.span;
    const newPositions = new Int32Array(span);
    let next = 0;
    for (let position = 0; position < span; position++) {
      if (this.field(position, KEY) === undefined) continue;
      newPositions[position] = next;
      if (next !== position) {
        for (let field = 0; field < FIELDS; field++) this.setField(next, field, this.field(position, field));
        this.clearEntry(position);
      }
      next++;
    }
    this.span = next;
    this.byHash?.renumber(newPositions);
    if (this.identityIndexed) {
      if (this.byIdentity !== null) for (const [simple, position] of this.byIdentity) this.byIdentity.set(simple, newPositions[position]);
      this.byInt?.renumber(newPositions);
    }
    this.identityByHash = null;
    // (A global's cache knows its entry by position.)
    this.mutations++;
  }

  /** Makes this empty dict a copy of `other` with the same table: size, holes and all. */
  private cloneFrom(other: PyDict): void {
    this.shape = null;
    this.chunks = other.chunks.map((chunk) => chunk.slice());
    this.span = other.span;
    this.identityIndexed = other.identityIndexed;
    this.byIdentity = other.byIdentity === null ? null : new Map(other.byIdentity);
    this.byInt = other.byInt?.copy() ?? null;
    this.byHash = other.byHash?.copy() ?? null;
    this.identityByHash = null;
    this.crossKindKeys = other.crossKindKeys;
    this.log2Size = other.log2Size;
    this.usable = other.usable;
    this.strKeysOnly = other.strKeysOnly;
    this.size = other.size;
    this.layout++;
    this.mutations++;
  }
}

/** sizeof(PyDictKeysObject) on 64-bit CPython 3.11. */
const KEYS_OBJECT_BYTES = 32;

const RESTART = -2;

/** Positions of entries by the low bits of their keys' hashes (the identity-keyed ones, looked up by hash: seldom needed). */
type HashBuckets = Map<number, number[]>;

/** The index key of a hash: its low 30 bits, a JS small integer. */
function bucketOf(hash: PyHash): number {
  return typeof hash === 'number' ? hash & 0x3fffffff : Number(BigInt.asUintN(30, hash));
}

function addToBucket(index: HashBuckets, hash: PyHash, position: number): void {
  const slot = bucketOf(hash);
  const bucket = index.get(slot);
  if (bucket === undefined) index.set(slot, [position]);
  else bucket.push(position);
}

function removeFromBucket(index: HashBuckets, hash: PyHash, position: number): void {
  const slot = bucketOf(hash);
  const bucket = index.get(slot)!;
  if (bucket.length === 1) {
    index.delete(slot);
    return;
  }
  bucket.splice(bucket.indexOf(position), 1);
}

function isIntIdentity(identity: unknown): identity is number {
  return typeof identity === 'number' && Number.isInteger(identity);
}

/**
 * Entry positions by a number of theirs (an integral key, or a key's hash): an
 * open-addressing table of their positions in the entries (plus one; 0 is an empty slot,
 * -1 one whose entry was removed), each beside the 32 bits it was placed by, at most half
 * full, probed as CPython's dict probes its index: from the slot of the number's low bits
 * (so that consecutive ints take consecutive slots, which keeps a loop over them in the
 * processor's cache), then on a sequence that the higher bits perturb (so that ints a
 * multiple of the table size apart do not pile up). A search: `for (let slot =
 * index.firstSlot(bits), perturb = bits; ; perturb >>>= 5, slot = index.nextSlot(slot,
 * perturb))`, with `bits` the number's probeBits. Keeping the bits lets the table grow and
 * follow renumbered entries without looking at their keys.
 */
class PositionIndex {
  /** Pairs of (position plus one, probe bits), a slot each. */
  private table = new Int32Array(32);
  private mask = 15;
  /** Slots holding an entry or a removed one's mark. */
  private used = 0;
  private live = 0;

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
    return this.table[slot * 2];
  }

  /** The probe bits (as an int32) of the entry in a slot. */
  bitsAt(slot: number): number {
    return this.table[slot * 2 + 1];
  }

  /** Adds the entry at `position`, found by probe bits `bits`. */
  add(position: number, bits: number): void {
    if ((this.used + 1) * 2 > this.mask + 1) this.refill(null, this.live + 1);
    this.place(position + 1, bits);
    this.used++;
    this.live++;
  }

  remove(position: number, bits: number): void {
    let slot = this.firstSlot(bits);
    for (let perturb = bits >>> 0; this.table[slot * 2] !== position + 1; ) {
      perturb >>>= 5;
      slot = this.nextSlot(slot, perturb);
    }
    this.table[slot * 2] = -1;
    this.live--;
  }

  /** Follows the entries to their positions after the holes between them closed (`newPositions` by old position). */
  renumber(newPositions: Int32Array): void {
    this.refill(newPositions, this.live);
  }

  copy(): PositionIndex {
    const copy = new PositionIndex();
    copy.table = this.table.slice();
    copy.mask = this.mask;
    copy.used = this.used;
    copy.live = this.live;
    return copy;
  }

  /** Places the live entries again (without the removed ones' marks) in a table sized for `count`, renumbered if asked. */
  private refill(newPositions: Int32Array | null, count: number): void {
    let size = 16;
    while (size < count * 4) size *= 2;
    let old = this.table;
    if (size * 2 === old.length) {
      // (The same size: the table is refilled in place, from a copy.)
      if (refillScratch.length < old.length) refillScratch = new Int32Array(old.length);
      refillScratch.set(old);
      old = refillScratch.subarray(0, old.length);
      this.table.fill(0);
    } else {
      this.table = new Int32Array(size * 2);
    }
    this.mask = size - 1;
    this.used = this.live;
    for (let at = 0; at < old.length; at += 2) {
      const stored = old[at];
      if (stored > 0) this.place(newPositions === null ? stored : newPositions[stored - 1] + 1, old[at + 1]);
    }
  }

  private place(stored: number, bits: number): void {
    let slot = this.firstSlot(bits);
    for (let perturb = bits >>> 0; this.table[slot * 2] > 0; ) {
      perturb >>>= 5;
      slot = this.nextSlot(slot, perturb);
    }
    this.table[slot * 2] = stored;
    this.table[slot * 2 + 1] = bits;
  }
}

/** A copy of a table being refilled in place. */
let refillScratch = new Int32Array(32);

/** The probe bits of a hash: of the hash itself, or of a bigint's low 32 bits. */
function hashProbeBits(hash: PyHash): number {
  return probeBits(typeof hash === 'number' ? hash : Number(BigInt.asIntN(32, hash)));
}

/** The 32 bits a PositionIndex probes by for an integral double (up to 2**53 in magnitude), as an int32: an int32's own, the higher ones mixed in. */
function probeBits(number: number): number {
  const high = (number / 4294967296) | 0;
  return (number | 0) ^ Math.imul(high, 0x27d4eb2d);
}
