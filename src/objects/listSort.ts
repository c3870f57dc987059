// list.sort: CPython's listsort (Objects/listobject.c, explained in Objects/listsort.txt),
// a stable, adaptive, natural mergesort: timsort, merging its runs in the "powersort"
// order of 3.11. It is ported step for step, so that a sort calls __lt__ on the same
// pairs in the same order as CPython: a program whose __lt__ prints or counts sees the
// same calls, and an inconsistent order (NaNs, a comparison that raises midway) leaves
// the same list. Keys all of one simple kind (ints, strs, floats, tuples) are compared
// without going through the special-method machinery.
import type { Py } from './object';
import type { PyList } from './list';
import { PyTuple, tupleType } from './tuple';
import { PyFloat } from './float';
import { floatType } from './typeOf';
import { newException, ValueError } from './exceptions';
import { call, CompareOp, isTrue, pyEquals, richCompare } from './protocols';
import { compareStrs } from './strOrder';

type LessThan<T> = (a: T, b: T) => boolean;

/**
 * Sorts the list in place. While it sorts, the list is empty (its items are set aside),
 * as in CPython: a key function or __lt__ that looks at the list sees it empty, and one
 * that changes it makes the sort fail with "list modified during sort".
 */
export function sortList(list: PyList, keyFunction: Py, reverse: boolean): void {
  const items = list.items;
  const whileSorting: Py[] = [];
  list.items = whileSorting;
  let sorted = false;
  try {
    sortItems(items, keyFunction, reverse);
    sorted = true;
  } finally {
    const modified = list.items !== whileSorting || whileSorting.length !== 0;
    list.items = items;
    if (sorted && modified) throw newException(ValueError, 'list modified during sort');
  }
}

/**
 * A reverse sort reverses the items, sorts them stably and reverses them back: equal
 * items keep their order. Even when a comparison raises, the items end up a
 * permutation of what they were (reversed back likewise).
 */
function sortItems(items: Py[], keyFunction: Py, reverse: boolean): void {
  const n = items.length;
  let keys = items;
  if (keyFunction !== null) {
    keys = new Array(n);
    for (let i = 0; i < n; i++) keys[i] = call(keyFunction, [items[i]]);
  }
  if (n < 2) return;
  const kind = plainKind(keys);
  if (keyFunction === null && (kind === 'int' || kind === 'str')) {
    // Equal ints or strs cannot be told apart: any sort gives CPython's result.
    sortIndistinguishable(items, kind);
    if (reverse) items.reverse();
    return;
  }
  // The positions are sorted by their keys, then the items are put in that order.
  let order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = reverse ? n - 1 - i : i;
  try {
    if (kind !== undefined) {
      order = sortPositionsByValue(order, kind === 'float' ? (i) => (keys[i] as PyFloat).value + 0 : (i) => keys[i] as number | string, kind !== 'str');
    } else {
      const lessThan = lessThanFor(keys);
      timsort(order, (i, j) => lessThan(keys[i], keys[j]));
    }
  } finally {
    const original = items.slice();
    for (let i = 0; i < n; i++) items[i] = original[order[i]];
    if (reverse) items.reverse();
  }
}

// ---------------------------------------------------------------- keys of one plain kind

/**
 * Keys all ints (JS numbers), all strs ordered alike by UTF-16 unit and by code point,
 * or all floats without a NaN: they are totally ordered and comparing them runs no
 * Python code, so every stable sort orders them as timsort does.
 */
type PlainKind = 'int' | 'str' | 'float';

function plainKind(keys: readonly Py[]): PlainKind | undefined {
  const first = keys[0];
  if (typeof first === 'number') return keys.every((key) => typeof key === 'number') ? 'int' : undefined;
  if (typeof first === 'string') return keys.every(isPlainString) ? 'str' : undefined;
  return keys.every((key) => isExactFloat(key) && !Number.isNaN((key as PyFloat).value)) ? 'float' : undefined;
}

function sortIndistinguishable(items: Py[], kind: 'int' | 'str'): void {
  if (items.length <= SHORT_LIST) {
    sortShortInPlace(items as (number | string)[]);
    return;
  }
  if (kind === 'str') {
    items.sort();
    return;
  }
  const sorted = Float64Array.from(items as number[]).sort();
  for (let i = 0; i < items.length; i++) items[i] = sorted[i];
}

/** Up to this many items an insertion sort in place costs less than making a typed array (or calling Array.prototype.sort). */
const SHORT_LIST = 16;

/** Sorts a few ints, or a few strs of the same kind, in place (equal ones are indistinguishable: stability does not matter). */
function sortShortInPlace(items: (number | string)[]): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    for (; j >= 0 && items[j] > item; j--) items[j + 1] = items[j];
    items[j + 1] = item;
  }
}

/**
 * The positions of `order` sorted stably by their keys (numbers, or strings): the keys
 * are sorted natively, then each position goes to the first place of its key in the
 * sorted keys, after the positions with the same key placed before it.
 */
function sortPositionsByValue(order: readonly number[], keyOf: (position: number) => number | string, numeric: boolean): number[] {
  const n = order.length;
  const keys: Float64Array | string[] = numeric ? new Float64Array(n) : new Array<string>(n);
  for (let i = 0; i < n; i++) keys[i] = keyOf(order[i]);
  const sortedKeys = keys.slice().sort();
  const placed = new Int32Array(n);
  const sorted: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const first = lowerBound(sortedKeys, keys[i]);
    sorted[first + placed[first]++] = order[i];
  }
  return sorted;
}

/** The first index of a sorted array whose item is not below `key`. */
function lowerBound(sorted: ArrayLike<number | string>, key: number | string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

// ---------------------------------------------------------------- choosing the comparison

/**
 * The `<` to sort `keys` with: CPython's pre-sort check picks a specialised comparison
 * when all keys are of one type; the result is the same as the general one's.
 */
function lessThanFor(keys: readonly Py[]): LessThan<Py> {
  const first = keys[0];
  if (isNumeric(first)) return keys.every(isNumeric) ? numericLessThan : objectLessThan;
  if (isExactFloat(first)) return keys.every(isExactFloat) ? floatLessThan : objectLessThan;
  if (isNonEmptyExactTuple(first)) return keys.every(isNonEmptyExactTuple) ? tupleLessThan : objectLessThan;
  return objectLessThan;
}

const isNumeric = (value: Py): boolean => typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean';
// JS orders strings by UTF-16 code unit, which is Python's code point order unless surrogates are involved.
const SURROGATE = /[\ud800-\udfff]/;
const isPlainString = (value: Py): boolean => typeof value === 'string' && !SURROGATE.test(value);
const isExactFloat = (value: Py): boolean => value instanceof PyFloat && value.cls === floatType;
const isNonEmptyExactTuple = (value: Py): boolean => value instanceof PyTuple && value.cls === tupleType && value.items.length > 0;

// JS compares numbers, bigints and booleans with each other exactly.
const numericLessThan: LessThan<Py> = (a, b) => (a as number) < (b as number);
const floatLessThan: LessThan<Py> = (a, b) => (a as PyFloat).value < (b as PyFloat).value;

function objectLessThan(a: Py, b: Py): boolean {
  const result = richCompare(a, b, CompareOp.LT);
  return typeof result === 'boolean' ? result : isTrue(result);
}

/**
 * tuple < tuple as tuple's own __lt__ decides it: at the first items that are not
 * equal, their `<`; else the lengths. Differing ints or strs are unequal without asking.
 */
function tupleLessThan(a: Py, b: Py): boolean {
  const v = (a as PyTuple).items;
  const w = (b as PyTuple).items;
  const shorter = Math.min(v.length, w.length);
  for (let i = 0; i < shorter; i++) {
    const x = v[i];
    const y = w[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x < y;
    if (typeof x === 'string' && typeof y === 'string') return compareStrs(x, y) < 0;
    if (!pyEquals(x, y)) return objectLessThan(x, y);
  }
  return v.length < w.length;
}

// ---------------------------------------------------------------- timsort

/** When a run wins this many times in a row, merging switches to galloping. */
const MIN_GALLOP = 7;

export function timsort<T>(items: T[], lessThan: LessThan<T>): void {
  if (items.length >= 2) new MergeState(items, lessThan).sort();
}

interface Run {
  base: number;
  length: number;
  /** The run's depth in the conceptual merge tree (powersort). */
  power: number;
}

class MergeState<T> {
  private minGallop = MIN_GALLOP;
  /** The runs found and not merged yet, left to right. */
  private readonly pending: Run[] = [];

  constructor(
    private readonly a: T[],
    private readonly lt: LessThan<T>,
  ) {}

  sort(): void {
    const a = this.a;
    let low = 0;
    let remaining = a.length;
    const minRun = computeMinRun(remaining);
    do {
      let [n, descending] = this.countRun(low, low + remaining);
      if (descending) reverseRange(a, low, low + n);
      // A short run is extended to minRun items (or what is left) by insertion.
      if (n < minRun) {
        const force = remaining <= minRun ? remaining : minRun;
        this.binarySort(low, low + force, low + n);
        n = force;
      }
      this.foundNewRun(n);
      this.pending.push({ base: low, length: n, power: 0 });
      low += n;
      remaining -= n;
    } while (remaining > 0);
    this.mergeForceCollapse();
  }

  /**
   * Sorts a[low:high] by binary insertion, a[low:start] being sorted already. Stable:
   * an item goes after the items equal to it.
   */
  private binarySort(low: number, high: number, start: number): void {
    const a = this.a;
    const lt = this.lt;
    if (low === start) start++;
    for (; start < high; start++) {
      let l = low;
      let r = start;
      const pivot = a[r];
      do {
        const p = l + ((r - l) >> 1);
        if (lt(pivot, a[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) a[p] = a[p - 1];
      a[l] = pivot;
    }
  }

  /**
   * The length of the run starting at a[low] (low < high): the longest ascending
   * a[low] <= a[low+1] <= ..., or the longest strictly descending one, which may be
   * reversed without breaking stability.
   */
  private countRun(low: number, high: number): [number, boolean] {
    const a = this.a;
    const lt = this.lt;
    let i = low + 1;
    if (i === high) return [1, false];
    let n = 2;
    if (lt(a[i], a[i - 1])) {
      for (i++; i < high && lt(a[i], a[i - 1]); i++) n++;
      return [n, true];
    }
    for (i++; i < high && !lt(a[i], a[i - 1]); i++) n++;
    return [n, false];
  }

  /** A new run of n2 items follows the top one: merge the runs deeper in the merge tree first (powersort). */
  private foundNewRun(n2: number): void {
    const pending = this.pending;
    if (pending.length === 0) return;
    const top = pending[pending.length - 1];
    const power = powerLoop(top.base, top.length, n2, this.a.length);
    while (pending.length > 1 && pending[pending.length - 2].power > power) this.mergeAt(pending.length - 2);
    pending[pending.length - 1].power = power;
  }

  private mergeForceCollapse(): void {
    const pending = this.pending;
    while (pending.length > 1) {
      let n = pending.length - 2;
      if (n > 0 && pending[n - 1].length < pending[n + 1].length) n--;
      this.mergeAt(n);
    }
  }

  /** Merges the pending runs i and i + 1. */
  private mergeAt(i: number): void {
    const a = this.a;
    const pending = this.pending;
    let baseA = pending[i].base;
    let na = pending[i].length;
    const baseB = pending[i + 1].base;
    let nb = pending[i + 1].length;
    pending[i].length = na + nb;
    pending.splice(i + 1, 1);
    // Items of A before where B's first goes, and items of B after where A's last goes, stay put.
    const k = this.gallopRight(a[baseB], a, baseA, na, 0);
    baseA += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(a[baseA + na - 1], a, baseB, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLow(baseA, na, baseB, nb);
    else this.mergeHigh(baseA, na, baseB, nb);
  }

  /**
   * Where `key` goes in the sorted s[base:base+n]: the k with s[k-1] < key <= s[k]
   * (left of any equal items), searched from `hint` outwards in growing steps.
   */
  private gallopLeft(key: T, s: T[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastOffset = 0;
    let offset = 1;
    if (lt(s[base + hint], key)) {
      // s[hint] < key: gallop right until s[hint + lastOffset] < key <= s[hint + offset].
      const maxOffset = n - hint;
      while (offset < maxOffset && lt(s[base + hint + offset], key)) {
        lastOffset = offset;
        offset = offset * 2 + 1;
      }
      if (offset > maxOffset) offset = maxOffset;
      lastOffset += hint;
      offset += hint;
    } else {
      // key <= s[hint]: gallop left until s[hint - offset] < key <= s[hint - lastOffset].
      const maxOffset = hint + 1;
      while (offset < maxOffset && !lt(s[base + hint - offset], key)) {
        lastOffset = offset;
        offset = offset * 2 + 1;
      }
      if (offset > maxOffset) offset = maxOffset;
      const k = lastOffset;
      lastOffset = hint - offset;
      offset = hint - k;
    }
    // s[lastOffset] < key <= s[offset]: binary search between.
    lastOffset++;
    while (lastOffset < offset) {
      const m = lastOffset + ((offset - lastOffset) >> 1);
      if (lt(s[base + m], key)) lastOffset = m + 1;
      else offset = m;
    }
    return offset;
  }

  /** Like gallopLeft, but right of any items equal to `key`: the k with s[k-1] <= key < s[k]. */
  private gallopRight(key: T, s: T[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastOffset = 0;
    let offset = 1;
    if (lt(key, s[base + hint])) {
      // key < s[hint]: gallop left until s[hint - offset] <= key < s[hint - lastOffset].
      const maxOffset = hint + 1;
      while (offset < maxOffset && lt(key, s[base + hint - offset])) {
        lastOffset = offset;
        offset = offset * 2 + 1;
      }
      if (offset > maxOffset) offset = maxOffset;
      const k = lastOffset;
      lastOffset = hint - offset;
      offset = hint - k;
    } else {
      // s[hint] <= key: gallop right until s[hint + lastOffset] <= key < s[hint + offset].
      const maxOffset = n - hint;
      while (offset < maxOffset && !lt(key, s[base + hint + offset])) {
        lastOffset = offset;
        offset = offset * 2 + 1;
      }
      if (offset > maxOffset) offset = maxOffset;
      lastOffset += hint;
      offset += hint;
    }
    lastOffset++;
    while (lastOffset < offset) {
      const m = lastOffset + ((offset - lastOffset) >> 1);
      if (lt(key, s[base + m])) offset = m;
      else lastOffset = m + 1;
    }
    return offset;
  }

  /**
   * Merges the adjacent runs A = a[pa:pa+na] and B = a[pb:pb+nb] (na <= nb; A's last
   * item belongs at the end), from the left, with A copied aside. Whatever happens,
   * even an exception from a comparison, every item ends up back in a[pa:pb+nb].
   */
  private mergeLow(pa: number, na: number, pb: number, nb: number): void {
    const a = this.a;
    const lt = this.lt;
    const copyA = a.slice(pa, pa + na);
    let ia = 0;
    let dest = pa;
    let lastOfAGoesLast = false;
    try {
      a[dest++] = a[pb++];
      if (--nb === 0) return;
      if (na === 1) {
        lastOfAGoesLast = true;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let winsA = 0;
        let winsB = 0;
        // One item at a time, until one run wins minGallop times in a row.
        for (;;) {
          if (lt(a[pb], copyA[ia])) {
            a[dest++] = a[pb++];
            winsB++;
            winsA = 0;
            if (--nb === 0) return;
            if (winsB >= minGallop) break;
          } else {
            a[dest++] = copyA[ia++];
            winsA++;
            winsB = 0;
            if (--na === 1) {
              lastOfAGoesLast = true;
              return;
            }
            if (winsA >= minGallop) break;
          }
        }
        // Galloping: find how many items in a row each run wins, while that pays.
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(a[pb], copyA, ia, na, 0);
          winsA = k;
          if (k > 0) {
            for (let i = 0; i < k; i++) a[dest + i] = copyA[ia + i];
            dest += k;
            ia += k;
            na -= k;
            if (na === 1) {
              lastOfAGoesLast = true;
              return;
            }
            // Only an inconsistent comparison leaves A empty here.
            if (na === 0) return;
          }
          a[dest++] = a[pb++];
          if (--nb === 0) return;
          k = this.gallopLeft(copyA[ia], a, pb, nb, 0);
          winsB = k;
          if (k > 0) {
            for (let i = 0; i < k; i++) a[dest + i] = a[pb + i];
            dest += k;
            pb += k;
            nb -= k;
            if (nb === 0) return;
          }
          a[dest++] = copyA[ia++];
          if (--na === 1) {
            lastOfAGoesLast = true;
            return;
          }
        } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (lastOfAGoesLast) {
        for (let i = 0; i < nb; i++) a[dest + i] = a[pb + i];
        a[dest + nb] = copyA[ia];
      } else {
        for (let i = 0; i < na; i++) a[dest + i] = copyA[ia + i];
      }
    }
  }

  /** mergeLow's mirror image (na >= nb): merges from the right, with B copied aside. */
  private mergeHigh(pa: number, na: number, pb: number, nb: number): void {
    const a = this.a;
    const lt = this.lt;
    const copyB = a.slice(pb, pb + nb);
    let ib = nb - 1;
    let ia = pa + na - 1;
    let dest = pb + nb - 1;
    let firstOfBGoesFirst = false;
    try {
      a[dest--] = a[ia--];
      if (--na === 0) return;
      if (nb === 1) {
        firstOfBGoesFirst = true;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let winsA = 0;
        let winsB = 0;
        for (;;) {
          if (lt(copyB[ib], a[ia])) {
            a[dest--] = a[ia--];
            winsA++;
            winsB = 0;
            if (--na === 0) return;
            if (winsA >= minGallop) break;
          } else {
            a[dest--] = copyB[ib--];
            winsB++;
            winsA = 0;
            if (--nb === 1) {
              firstOfBGoesFirst = true;
              return;
            }
            if (winsB >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = na - this.gallopRight(copyB[ib], a, pa, na, na - 1);
          winsA = k;
          if (k > 0) {
            dest -= k;
            ia -= k;
            for (let i = k; i >= 1; i--) a[dest + i] = a[ia + i];
            na -= k;
            if (na === 0) return;
          }
          a[dest--] = copyB[ib--];
          if (--nb === 1) {
            firstOfBGoesFirst = true;
            return;
          }
          k = nb - this.gallopLeft(a[ia], copyB, 0, nb, nb - 1);
          winsB = k;
          if (k > 0) {
            dest -= k;
            ib -= k;
            for (let i = 1; i <= k; i++) a[dest + i] = copyB[ib + i];
            nb -= k;
            if (nb === 1) {
              firstOfBGoesFirst = true;
              return;
            }
            // Only an inconsistent comparison leaves B empty here.
            if (nb === 0) return;
          }
          a[dest--] = a[ia--];
          if (--na === 0) return;
        } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (firstOfBGoesFirst) {
        for (let i = 0; i > -na; i--) a[dest + i] = a[ia + i];
        a[dest - na] = copyB[ib];
      } else {
        for (let i = 0; i < nb; i++) a[dest - (nb - 1) + i] = copyB[i];
      }
    }
  }
}

/**
 * The minimum run length for n items: n itself below 64, else a k in [32, 64] with
 * n / k just below a power of 2, so that the merges stay balanced.
 */
function computeMinRun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/**
 * The powersort "power" of the run a[s1:s1+n1] followed by one of n2 items, in a list
 * of n: the depth at which the midpoints of the two runs, as fractions of n, first
 * differ in their binary expansions. (Twice the midpoints, to stay in integers.)
 */
function powerLoop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

function reverseRange<T>(a: T[], low: number, high: number): void {
  for (let i = low, j = high - 1; i < j; i++, j--) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
