// The order a set iterates in, as CPython 3.11's set table makes it: members sit in an
// open-addressing table of 2**k slots and iterate in slot order. A member's first slot is
// its hash's low bits; on a collision the search tries the next 9 slots (when they do not
// wrap past the end), then jumps to slot i*5 + 1 + perturb, where perturb starts as the
// whole hash and loses its low 5 bits at each jump, so every hash bit comes to matter.
// The table grows when 3/5 of it is filled, reinserting the members in slot order.
import { CodePointStr, PyBytes, PyComplex, PyFloat } from '../ast/constant';
import { type CodeConstant, ConstFrozenSet, ConstTuple } from '../bytecode/constants';
import { hashConstant, type PyHash, Word64 } from './hash';

const MINIMUM_SLOTS = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
// Past this many members a set grows to twice its size instead of four times.
const LARGE_SET = 50000;

/**
 * A set table that only grows (pyvm's constants never leave a set, so there are no
 * deleted slots). Members cannot be undefined, which `probe` takes to mean "no member".
 */
export class SetTable<T extends {} | null> {
  private mask = MINIMUM_SLOTS - 1;
  private keys: T[] = new Array<T>(MINIMUM_SLOTS);
  private occupied = new Uint8Array(MINIMUM_SLOTS);
  private hashHi = new Uint32Array(MINIMUM_SLOTS);
  private hashLo = new Uint32Array(MINIMUM_SLOTS);
  private used = 0;

  constructor(private readonly equals: (a: T, b: T) => boolean) {}

  /** Adds `member` unless an equal one (same hash, then `equals`) is there; true if it was added. */
  add(member: T, hash: PyHash): boolean {
    const bits = Word64.fromHash(hash);
    const slot = this.probe(bits, member);
    if (this.occupied[slot]) return false;
    this.place(slot, member, bits);
    this.used++;
    // Without deletions, the filled slots are exactly the used ones.
    if (this.used * 5 >= this.mask * 3) this.resize(this.used > LARGE_SET ? this.used * 2 : this.used * 4);
    return true;
  }

  /** The members in iteration order. */
  members(): T[] {
    const inOrder: T[] = [];
    for (let slot = 0; slot <= this.mask; slot++) if (this.occupied[slot]) inOrder.push(this.keys[slot]);
    return inOrder;
  }

  /**
   * The slot holding a member equal to `member`, or else the empty slot it goes to.
   * Without `member` (when reinserting, where nothing can be equal) the first empty slot.
   */
  private probe(hash: Word64, member?: T): number {
    const { mask, occupied } = this;
    let perturbHi = hash.hi;
    let perturbLo = hash.lo;
    let start = hash.lo & mask;
    for (;;) {
      const last = start + LINEAR_PROBES <= mask ? start + LINEAR_PROBES : start;
      for (let slot = start; slot <= last; slot++) {
        if (!occupied[slot]) return slot;
        if (member !== undefined && this.holds(slot, member, hash)) return slot;
      }
      perturbLo = ((perturbLo >>> PERTURB_SHIFT) | (perturbHi << (32 - PERTURB_SHIFT))) >>> 0;
      perturbHi >>>= PERTURB_SHIFT;
      // Only the low bits survive the mask, so the low half of perturb is enough.
      start = (start * 5 + 1 + perturbLo) & mask;
    }
  }

  private holds(slot: number, member: T, hash: Word64): boolean {
    if (this.hashHi[slot] !== hash.hi || this.hashLo[slot] !== hash.lo) return false;
    const present = this.keys[slot];
    return present === member || this.equals(present, member);
  }

  private place(slot: number, member: T, hash: Word64): void {
    this.keys[slot] = member;
    this.occupied[slot] = 1;
    this.hashHi[slot] = hash.hi;
    this.hashLo[slot] = hash.lo;
  }

  /** Moves to the smallest table with more slots than `minimumUsed`. */
  private resize(minimumUsed: number): void {
    let slots = MINIMUM_SLOTS;
    while (slots <= minimumUsed) slots *= 2;
    const { mask: oldMask, keys, occupied, hashHi, hashLo } = this;
    this.mask = slots - 1;
    this.keys = new Array<T>(slots);
    this.occupied = new Uint8Array(slots);
    this.hashHi = new Uint32Array(slots);
    this.hashLo = new Uint32Array(slots);
    for (let slot = 0; slot <= oldMask; slot++) {
      if (!occupied[slot]) continue;
      const hash = new Word64(hashHi[slot], hashLo[slot]);
      this.place(this.probe(hash), keys[slot], hash);
    }
  }
}

/** The order `set(items)` iterates in: each item added in turn, the first of equal ones kept. */
export function setIterationOrder<T extends {} | null>(items: readonly T[], hashOf: (item: T) => PyHash, equals: (a: T, b: T) => boolean): T[] {
  const table = new SetTable(equals);
  for (const item of items) table.add(item, hashOf(item));
  return table.members();
}

// Only ASCII names are interned. Those of one character never get replaced: CPython
// makes every str of one Latin-1 character (and the empty str) the same object.
const INTERNED_WHEN_A_CONSTANT = /^[A-Za-z0-9_]{2,}$/;

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
  const orderOf = (members: readonly CodeConstant[]) => setIterationOrder(members, hashConstant, constantsEqual);
  const merged = orderOf(orderOf(items));
  const replaced = merged.some((member) => typeof member === 'string' && INTERNED_WHEN_A_CONSTANT.test(member) && isInterned(member));
  return replaced ? orderOf(merged) : merged;
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
