// A set's table, as CPython 3.11's setobject.c keeps it: members sit in an open-addressing
// table of 2**k slots and iterate in slot order, so the order a set iterates in is this
// table's. A member's first slot is its hash's low bits; on a collision the search tries
// the next 9 slots (when they do not wrap past the end), then jumps to slot i*5 + 1 +
// perturb, where perturb starts as the whole hash and loses its low 5 bits at each jump,
// so every hash bit comes to matter. A removed member leaves a dummy behind, which keeps
// the searches through it going and which a later insertion may reuse; the table grows
// (dropping the dummies) when members and dummies fill 3/5 of it.
import { CodePointStr, PyBytes, PyComplex, PyFloat } from '../ast/constant';
import { type CodeConstant, ConstFrozenSet, ConstTuple } from '../bytecode/constants';
import { hashConstant, type PyHash } from './hash';

const MINIMUM_SLOTS = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
// Past this many members a set grows to twice its size instead of four times.
const LARGE_SET = 50000;
const TWO_TO_32 = 2 ** 32;

// The slots live in chunks of at most 4,096, each chunk holding its slots' members and
// hashes side by side (as CPython's setentry does). An array of more than some 16,000
// elements is a large object to V8, given a mapping of its own whose pages are faulted
// in afresh, and on the virtual machines pyvm runs on that costs some fifty times a small
// array's allocation per slot: set algebra on big sets makes one such table after another.
const CHUNK_BITS = 12;
const CHUNK_SLOTS = 1 << CHUNK_BITS;
const SLOT_IN_CHUNK = CHUNK_SLOTS - 1;

/** Slot s of a chunk: its member at 2s, its hash at 2s + 1. */
type Chunk<T> = (Slot<T> | PyHash)[];

/** Empty chunks for a table of `slots` slots (a power of two). */
function emptyChunks<T>(slots: number): Chunk<T>[] {
  const chunkLength = Math.min(slots, CHUNK_SLOTS) * 2;
  const chunks = new Array<Chunk<T>>(Math.max(1, slots >>> CHUNK_BITS));
  for (let i = 0; i < chunks.length; i++) chunks[i] = new Array<Slot<T> | PyHash>(chunkLength);
  return chunks;
}

/** Where a slot's member is in its chunk; its hash is just after. */
function memberIndex(slot: number): number {
  return (slot & SLOT_IN_CHUNK) << 1;
}

/** What a removed member leaves in its slot; its hash is -1, which no hash is. */
const DUMMY: unique symbol = Symbol('dummy');
const DUMMY_HASH = -1;

type Slot<T> = T | typeof DUMMY | undefined;

/**
 * A set table of members of type T (never undefined, which marks a slot never used).
 * `equals(stored, key)` is Python's ==, the member already in the table on the left;
 * it may run Python code that changes the table, after which a search starts over, as
 * in CPython.
 */
export class SetTable<T extends {} | null> {
  /** The table's size less one: slots are 0..mask. */
  mask = MINIMUM_SLOTS - 1;
  /** Slots holding a member or a dummy. */
  fill = 0;
  /** Slots holding a member: the set's size. */
  used = 0;
  private chunks: Chunk<T>[] = emptyChunks(MINIMUM_SLOTS);
  /** Where pop() starts looking: just past the slot it last emptied. */
  private finger = 0;

  constructor(private readonly equals: (stored: T, key: T) => boolean) {}

  /** The slot holding a member equal to `key` (set_lookkey), or -1. */
  find(key: T, hash: PyHash): number {
    search: for (;;) {
      const { chunks, mask } = this;
      for (let start = firstSlot(hash, mask), jump = 1; ; start = jumpFrom(start, hash, jump++, mask)) {
        for (let slot = start, last = runEnd(start, mask); slot <= last; slot++) {
          const chunk = chunks[slot >>> CHUNK_BITS];
          const at = memberIndex(slot);
          const present = chunk[at] as Slot<T>;
          if (present === undefined) return -1;
          if (chunk[at + 1] === hash) {
            if (present === key) return slot;
            const equal = this.equals(present as T, key);
            if (this.chunks !== chunks || chunk[at] !== present) continue search;
            if (equal) return slot;
          }
        }
      }
    }
  }

  /** Adds `key` unless an equal member is there (set_add_entry); true if it was added. */
  add(key: T, hash: PyHash): boolean {
    search: for (;;) {
      const { chunks, mask } = this;
      let reusable = -1;
      let free = -1;
      probing: for (let start = firstSlot(hash, mask), jump = 1; ; start = jumpFrom(start, hash, jump++, mask)) {
        for (let slot = start, last = runEnd(start, mask); slot <= last; slot++) {
          const chunk = chunks[slot >>> CHUNK_BITS];
          const at = memberIndex(slot);
          const present = chunk[at] as Slot<T>;
          if (present === undefined) {
            free = slot;
            break probing;
          }
          if (chunk[at + 1] === hash) {
            if (present === key) return false;
            if (this.equals(present as T, key)) return false;
            if (this.chunks !== chunks || chunk[at] !== present) continue search;
          } else if (present === DUMMY) {
            // CPython keeps the last dummy the search passed, not the first.
            reusable = slot;
          }
        }
      }
      this.used++;
      if (reusable >= 0) {
        this.put(reusable, key, hash);
        return true;
      }
      this.fill++;
      this.put(free, key, hash);
      if (this.fill * 5 >= mask * 3) this.resize(this.grownSize());
      return true;
    }
  }

  /** Removes the member equal to `key` (set_discard_entry); true if there was one. */
  discard(key: T, hash: PyHash): boolean {
    const slot = this.find(key, hash);
    if (slot < 0) return false;
    this.put(slot, DUMMY, DUMMY_HASH);
    this.used--;
    return true;
  }

  /** Removes and returns a member, the first from the finger on; the table must not be empty. */
  pop(): T {
    let slot = this.nextOccupied(this.finger & this.mask);
    if (slot < 0) slot = this.nextOccupied(0);
    const key = this.keyAt(slot);
    this.put(slot, DUMMY, DUMMY_HASH);
    this.used--;
    this.finger = slot + 1;
    return key;
  }

  /** Empties the table back to its minimum size (the finger stays). */
  clear(): void {
    this.chunks = emptyChunks(MINIMUM_SLOTS);
    this.mask = MINIMUM_SLOTS - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** The first slot from `slot` on that holds a member, or -1 (set_next). */
  nextOccupied(slot: number): number {
    const { chunks, mask } = this;
    for (; slot <= mask; slot++) {
      const present = chunks[slot >>> CHUNK_BITS][memberIndex(slot)];
      if (present !== undefined && present !== DUMMY) return slot;
    }
    return -1;
  }

  keyAt(slot: number): T {
    return this.chunks[slot >>> CHUNK_BITS][memberIndex(slot)] as T;
  }

  hashAt(slot: number): PyHash {
    return this.chunks[slot >>> CHUNK_BITS][memberIndex(slot) + 1] as PyHash;
  }

  /** The members in iteration order. */
  members(): T[] {
    const inOrder: T[] = [];
    for (let slot = this.nextOccupied(0); slot >= 0; slot = this.nextOccupied(slot + 1)) inOrder.push(this.keyAt(slot));
    return inOrder;
  }

  /** The members' hashes, in iteration order. */
  memberHashes(): PyHash[] {
    const inOrder: PyHash[] = [];
    for (let slot = this.nextOccupied(0); slot >= 0; slot = this.nextOccupied(slot + 1)) inOrder.push(this.hashAt(slot));
    return inOrder;
  }

  /**
   * Adds every member of `other` (set_merge). An empty table takes `other`'s layout
   * as it is when both are the same size and `other` has no dummies; else the members
   * go in in `other`'s slot order.
   */
  merge(other: SetTable<T>): void {
    if (other === this || other.used === 0) return;
    this.reserve(other.used);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.chunks = other.chunks.map((chunk) => chunk.slice());
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      for (let slot = other.nextOccupied(0); slot >= 0; slot = other.nextOccupied(slot + 1)) {
        this.insertClean(other.keyAt(slot), other.hashAt(slot));
      }
      this.fill = this.used = other.used;
      return;
    }
    for (let slot = other.nextOccupied(0); slot >= 0; slot = other.nextOccupied(slot + 1)) {
      this.add(other.keyAt(slot), other.hashAt(slot));
    }
  }

  /** Grows the table once ahead of adding `count` members that are likely new (as set.update does). */
  reserve(count: number): void {
    if ((this.fill + count) * 5 >= this.mask * 3) this.resize((this.used + count) * 2);
  }

  /** Rebuilds the table without its dummies when they fill more than a quarter of it (after difference_update). */
  dropDummies(): void {
    if (this.fill - this.used > Math.floor(this.mask / 4)) this.resize(this.grownSize());
  }

  /** Exchanges the contents of two tables (set_swap_bodies); the fingers stay. */
  swap(other: SetTable<T>): void {
    [this.chunks, other.chunks] = [other.chunks, this.chunks];
    [this.mask, other.mask] = [other.mask, this.mask];
    [this.fill, other.fill] = [other.fill, this.fill];
    [this.used, other.used] = [other.used, this.used];
  }

  /** Bytes of the slots CPython allocates beyond the set object's own 8 (for __sizeof__). */
  allocatedBytes(): number {
    const slots = this.mask + 1;
    return slots > MINIMUM_SLOTS ? slots * 16 : 0;
  }

  private grownSize(): number {
    return this.used > LARGE_SET ? this.used * 2 : this.used * 4;
  }

  /** Moves to the smallest table with more slots than `minimumUsed` (set_table_resize), dropping dummies. */
  private resize(minimumUsed: number): void {
    let slots = MINIMUM_SLOTS;
    while (slots <= minimumUsed) slots *= 2;
    // A set of the minimum size keeps its table when there are no dummies to drop.
    if (slots === MINIMUM_SLOTS && this.mask === MINIMUM_SLOTS - 1 && this.fill === this.used) return;
    const oldChunks = this.chunks;
    this.mask = slots - 1;
    this.chunks = emptyChunks(slots);
    this.fill = this.used;
    for (const chunk of oldChunks) {
      for (let at = 0; at < chunk.length; at += 2) {
        const key = chunk[at] as Slot<T>;
        if (key !== undefined && key !== DUMMY) this.insertClean(key, chunk[at + 1] as PyHash);
      }
    }
  }

  private put(slot: number, key: Slot<T>, hash: PyHash): void {
    const chunk = this.chunks[slot >>> CHUNK_BITS];
    const at = memberIndex(slot);
    chunk[at] = key;
    chunk[at + 1] = hash;
  }

  /** Puts a member known to be absent into the first free slot of its search (the table has no dummies). */
  private insertClean(key: T, hash: PyHash): void {
    const { chunks, mask } = this;
    for (let start = firstSlot(hash, mask), jump = 1; ; start = jumpFrom(start, hash, jump++, mask)) {
      for (let slot = start, last = runEnd(start, mask); slot <= last; slot++) {
        const chunk = chunks[slot >>> CHUNK_BITS];
        const at = memberIndex(slot);
        if (chunk[at] === undefined) {
          chunk[at] = key;
          chunk[at + 1] = hash;
          return;
        }
      }
    }
  }
}

// The slots a search visits: runs of slots from `firstSlot`, each `runEnd` long, the
// next run starting where `jumpFrom` says. A table always has a free slot, so every
// search ends.

/** A search's first slot: the hash's low bits. */
function firstSlot(hash: PyHash, mask: number): number {
  return (typeof hash === 'number' ? hash : Number(BigInt.asIntN(32, hash))) & mask;
}

/** The last slot of the run from `start`: 9 more, unless that would pass the end. */
function runEnd(start: number, mask: number): number {
  return start + LINEAR_PROBES <= mask ? start + LINEAR_PROBES : start;
}

/** The start of the run after the one from `start`: start*5 + 1 + perturb, perturb being the hash shifted right (unsigned) 5 bits a jump. */
function jumpFrom(start: number, hash: PyHash, jump: number, mask: number): number {
  return (start * 5 + 1 + perturbLow(hash, jump * PERTURB_SHIFT)) & mask;
}

/** The low 32 bits of the hash as a C size_t, shifted right by `shift` bits (only they survive the mask). */
function perturbLow(hash: PyHash, shift: number): number {
  if (typeof hash === 'bigint') return Number(BigInt.asUintN(32, BigInt.asUintN(64, hash) >> BigInt(shift)));
  const lo = hash >>> 0;
  const hi = Math.floor(hash / TWO_TO_32) >>> 0;
  if (shift < 32) return ((lo >>> shift) | (hi << (32 - shift))) >>> 0;
  return shift < 64 ? hi >>> (shift - 32) : 0;
}

/** The order `set(items)` iterates in: each item added in turn, the first of equal ones kept. */
export function setIterationOrder<T extends {} | null>(items: readonly T[], hashOf: (item: T) => PyHash, equals: (a: T, b: T) => boolean): T[] {
  const table = new SetTable(equals);
  for (const item of items) table.add(item, hashOf(item));
  return table.members();
}

// Only ASCII names are interned. Those of one character are mostly never replaced:
// CPython makes every str of one Latin-1 character (and the empty str) the same object,
// and interning it keeps that object. But the standard library's deep-frozen modules
// (importlib, os, posixpath, ...) hold these as separate static strs, which start-up
// interns first, so a constant equal to one of them is always replaced (CPython 3.11.7:
// the characters c for which sys.intern(chr(ord(c))) is not chr(ord(c))).
const INTERNED_WHEN_A_CONSTANT = /^[A-Za-z0-9_]{2,}$/;
const INTERNED_AT_START_UP = new Set('abcdefhijklmnopqrstvwxyBCLST_');

/**
 * The order of the frozenset constant the compiler makes of a set display's constants
 * (`x in {...}`, `for x in {...}`, `{a, b, c, ...}`), as dis shows it. CPython builds it
 * with frozenset(tuple_of_items), then builds it again from that set's iteration order
 * when it merges the code object's equal constants; the second table can place colliding
 * members differently from the first.
 *
 * Making the code object may rebuild it once more: CPython interns the name-like strs
 * among its members, and rebuilds the set if that replaced one, i.e. if the process had
 * already interned an equal str, which is true of the module's identifiers and of
 * whatever the process interned before (names and constants of every module loaded).
 * `isInterned` says which strs those are; by default none.
 */
export function frozensetConstantOrder(items: readonly CodeConstant[], isInterned: (s: string) => boolean = () => false): CodeConstant[] {
  return frozensetConstant(items, isInterned).items as CodeConstant[];
}

/** The frozenset constant of a set display's constants: its order (frozensetConstantOrder) and the insertions that build its table. */
export function frozensetConstant(items: readonly CodeConstant[], isInterned: (s: string) => boolean = () => false): ConstFrozenSet {
  const orderOf = (members: readonly CodeConstant[]) => setIterationOrder(members, hashConstant, constantsEqual);
  const built = orderOf(items);
  const merged = orderOf(built);
  const replaced = merged.some((member) => typeof member === 'string' && (INTERNED_AT_START_UP.has(member) || (INTERNED_WHEN_A_CONSTANT.test(member) && isInterned(member))));
  return replaced ? new ConstFrozenSet(orderOf(merged), merged) : new ConstFrozenSet(merged, built);
}

/**
 * Python's `==` between constants. Numbers compare by value across int, bool, float and
 * complex; None, Ellipsis and code objects are equal only to themselves (the compiler
 * never puts a code object in a set, so CPython's field-wise code equality is not needed).
 */
export function constantsEqual(a: CodeConstant, b: CodeConstant): boolean {
  if (a === b) return true;
  const numberA = asComplex(a);
  const numberB = asComplex(b);
  if (numberA && numberB) return numberA.real == numberB.real && numberA.imag === numberB.imag;
  if (a instanceof CodePointStr && b instanceof CodePointStr) {
    return a.codePoints.length === b.codePoints.length && a.codePoints.every((codePoint, i) => codePoint === b.codePoints[i]);
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    return a.bytes.length === b.bytes.length && a.bytes.every((byte, i) => byte === b.bytes[i]);
  }
  if (a instanceof ConstTuple && b instanceof ConstTuple) {
    return a.items.length === b.items.length && a.items.every((item, i) => constantsEqual(item, b.items[i]));
  }
  if (a instanceof ConstFrozenSet && b instanceof ConstFrozenSet) {
    return a.items.length === b.items.length && a.items.every((item) => b.items.some((other) => constantsEqual(item, other)));
  }
  return false;
}

/** A numeric constant as real and imaginary parts (the real part exact, as a bigint if it is a big int). */
function asComplex(constant: CodeConstant): { real: number | bigint; imag: number } | undefined {
  switch (typeof constant) {
    case 'boolean':
      return { real: constant ? 1 : 0, imag: 0 };
    case 'number':
    case 'bigint':
      return { real: constant, imag: 0 };
  }
  if (constant instanceof PyFloat) return { real: constant.value, imag: 0 };
  if (constant instanceof PyComplex) return { real: constant.real, imag: constant.imag };
  return undefined;
}
