// Python's hash(), bit for bit as CPython 3.11 computes it on 64-bit Linux, for every
// kind of value a code object's constants can hold. Set and dict iteration orders
// follow from these values, and dis shows them in frozenset constants.
//
// A hash is a C Py_hash_t: a signed 64-bit integer, -1 never (CPython reserves it for
// errors). It is returned as a Python int is held elsewhere in pyvm: a number when it
// is a safe integer, else a bigint. The 64-bit arithmetic of str, bytes and container
// hashes runs on 32-bit halves: BigInt arithmetic is an order of magnitude slower, and
// str hashing is on every hot path.
import { CodePointStr, Ellipsis, PyBytes, PyComplex, PyFloat, pyInt } from '../ast/constant';
import { CodeObject } from '../bytecode/code';
import { type CodeConstant, ConstFrozenSet, ConstTuple } from '../bytecode/constants';
import { hashKey } from './hashSecret';
import { codePoints } from './strCodePoints';
import type { PyObject } from './object';

export type PyHash = number | bigint;

const TWO_TO_32 = 2 ** 32;

// A hash outside the safe integers goes between a bigint and its two halves through one
// 8-byte buffer, seen as a signed 64-bit word and as two 32-bit halves (low half first:
// the machines Node runs on are little-endian): one bigint made, no bigint arithmetic.
const wordBuffer = new ArrayBuffer(8);
const wordHalves = new Uint32Array(wordBuffer);
const wordSigned = new BigInt64Array(wordBuffer);

/** The high 32 bits of the 64-bit product of two unsigned 32-bit numbers (16-bit pieces, so that nothing rounds). */
function multiplyHigh(a: number, b: number): number {
  const low = (a & 0xffff) * (b & 0xffff);
  const middle = (a >>> 16) * (b & 0xffff) + (a & 0xffff) * (b >>> 16) + (low >>> 16);
  return (a >>> 16) * (b >>> 16) + Math.floor(middle / 0x10000);
}

/** A C uint64_t as two unsigned 32-bit halves; the arithmetic methods update it in place, modulo 2**64. */
export class Word64 {
  constructor(
    public hi: number,
    public lo: number,
  ) {}

  /** The two's complement bits of a Py_hash_t (or any int in [-2**63, 2**64)). */
  static fromHash(h: PyHash): Word64 {
    return new Word64(0, 0).setHash(h);
  }

  /** Becomes the two's complement bits of `h` (see fromHash). */
  setHash(h: PyHash): this {
    if (typeof h === 'number') return this.set(Math.floor(h / TWO_TO_32) >>> 0, h >>> 0);
    wordSigned[0] = h;
    return this.set(wordHalves[1], wordHalves[0]);
  }

  set(hi: number, lo: number): this {
    this.hi = hi;
    this.lo = lo;
    return this;
  }

  /** The bits read as a Py_hash_t, i.e. signed. */
  toHash(): PyHash {
    const signedHi = this.hi | 0;
    const value = signedHi * TWO_TO_32 + this.lo;
    // Exact whenever the result is safe: |signedHi| < 2**21 then.
    if (Number.isSafeInteger(value)) return value;
    wordHalves[0] = this.lo;
    wordHalves[1] = this.hi;
    return wordSigned[0];
  }

  equals(other: Word64): boolean {
    return this.hi === other.hi && this.lo === other.lo;
  }

  isAllOnes(): boolean {
    return this.hi === 0xffffffff && this.lo === 0xffffffff;
  }

  copy(): Word64 {
    return new Word64(this.hi, this.lo);
  }

  add(other: Word64): this {
    const lo = this.lo + other.lo;
    this.hi = (this.hi + other.hi + (lo >= TWO_TO_32 ? 1 : 0)) >>> 0;
    this.lo = lo >>> 0;
    return this;
  }

  multiply(other: Word64): this {
    // The low halves' full 64-bit product; the cross terms only reach the high half,
    // where Math.imul's wrapping is right.
    const a = this.lo;
    const b = other.lo;
    this.hi = (multiplyHigh(a, b) + Math.imul(this.hi, b) + Math.imul(a, other.hi)) >>> 0;
    this.lo = Math.imul(a, b) >>> 0;
    return this;
  }

  xor(other: Word64): this {
    this.hi = (this.hi ^ other.hi) >>> 0;
    this.lo = (this.lo ^ other.lo) >>> 0;
    return this;
  }

  /** Rotates left by `bits` in [1, 63]. */
  rotateLeft(bits: number): this {
    if (bits >= 32) {
      const hi = this.hi;
      this.hi = this.lo;
      this.lo = hi;
      bits -= 32;
    }
    if (bits > 0) {
      const { hi, lo } = this;
      this.hi = ((hi << bits) | (lo >>> (32 - bits))) >>> 0;
      this.lo = ((lo << bits) | (hi >>> (32 - bits))) >>> 0;
    }
    return this;
  }

  /** Shifts left by `bits` in [1, 31]. */
  shiftLeft(bits: number): this {
    this.hi = ((this.hi << bits) | (this.lo >>> (32 - bits))) >>> 0;
    this.lo = (this.lo << bits) >>> 0;
    return this;
  }

  /** Shifts right (unsigned) by `bits` in [1, 31]. */
  shiftRight(bits: number): this {
    this.lo = ((this.lo >>> bits) | (this.hi << (32 - bits))) >>> 0;
    this.hi = this.hi >>> bits;
    return this;
  }
}

/** What a hash function that produced the reserved -1 gives instead. */
function avoidMinusOne(h: PyHash): PyHash {
  return h === -1 ? -2 : h;
}

// ---------------------------------------------------------------------------------------
// str and bytes: SipHash-1-3 (sys.hash_info.algorithm), keyed by the hash secret, over
// the object's bytes. The empty string hashes to 0 without keying, to give nothing of the
// key away. 3.11 builds with Py_HASH_CUTOFF 0: short strings take no other path.

/** Keyed hashes computed so far: the start-up snapshot's build checks that it computed only those it makes again in each process (runtime/importMachinery.ts). */
let keyedHashCount = 0;

export function keyedHashesComputed(): number {
  return keyedHashCount;
}

export function hashBytes(bytes: Uint8Array): PyHash {
  return hashStorage(bytes, bytes.length);
}

function hashStorage(data: Uint8Array, length: number): PyHash {
  if (length === 0) return 0;
  keyedHashCount++;
  return avoidMinusOne(sipHash13(data, length).toHash());
}

/**
 * A str hashes the buffer CPython stores it in: one, two or four bytes a code point
 * (little-endian), whichever the widest code point needs. The string is read by code
 * point, so a surrogate pair is one astral character and a lone surrogate stands alone.
 */
export function hashStr(s: string | CodePointStr): PyHash {
  if (typeof s !== 'string') return hashBytes(codePointStorage(s.codePoints));
  if (s.length > MAX_KEPT_HASH_LENGTH) return hashText(s);
  const key = hashKey();
  if (key !== keyOfKeptHashes) {
    keptHashes.clear();
    keyOfKeptHashes = key;
  }
  let hash = keptHashes.get(s);
  if (hash === undefined) {
    if (keptHashes.size >= MAX_KEPT_HASHES) keptHashes.clear();
    keptHashes.set(s, (hash = hashText(s)));
  }
  return hash;
}

// CPython keeps a str's hash in the str; a JS string has no room for it, so the hashes of
// short strs are kept here (JS's Map finds a string by a hash V8 keeps in it), and the
// same str hashed again (a set's members, a tuple key's items) skips SipHash.
const MAX_KEPT_HASH_LENGTH = 128;
const MAX_KEPT_HASHES = 32768;
const keptHashes = new Map<string, PyHash>();
let keyOfKeptHashes: Uint32Array | undefined;

function hashText(s: string): PyHash {
  let width = 1;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit > 0xff) width = 2;
    if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) return hashBytes(codePointStorage(codePoints(s)));
    }
  }
  const length = s.length * width;
  if (storageScratch.length < length) storageScratch = new Uint8Array(length * 2);
  const storage = storageScratch;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    storage[i * width] = unit & 0xff;
    if (width === 2) storage[i * 2 + 1] = unit >>> 8;
  }
  return hashStorage(storage, length);
}

/** Where a str of one- or two-byte code points is laid out to be hashed (hashing runs no Python code, so one buffer serves). */
let storageScratch = new Uint8Array(256);

/** The buffer of a str given by its code points: as wide as its widest code point needs. */
function codePointStorage(points: readonly number[]): Uint8Array {
  const widest = points.reduce((max, codePoint) => Math.max(max, codePoint), 0);
  const width = widest > 0xffff ? 4 : widest > 0xff ? 2 : 1;
  const storage = new Uint8Array(points.length * width);
  const view = new DataView(storage.buffer);
  points.forEach((codePoint, i) => {
    if (width === 4) view.setUint32(i * 4, codePoint, true);
    else if (width === 2) view.setUint16(i * 2, codePoint, true);
    else storage[i] = codePoint;
  });
  return storage;
}

// SipHash-1-3 on 32-bit halves held in locals: each 64-bit state word vN is the pair
// (vNhi, vNlo). Local numbers are several times faster than Word64 objects here, and the
// state never leaves the function. Each step is one SipRound: first one per message word
// (the whole 8-byte words, then the tail word), then 3 to finalize.
const FINAL_ROUNDS = 3;

/**
 * CPython's _Py_KeyedHash: SipHash-1-3 of `data` under the key (k0 = `key`, k1 = 0),
 * as its 8 little-endian bytes (_imp.source_hash of hash-based .pyc files).
 */
export function keyedHash(key: bigint, data: Uint8Array): Uint8Array {
  const k0 = BigInt.asUintN(64, key);
  const hash = sipHash13(data, data.length, Uint32Array.of(Number(k0 & 0xffffffffn), Number(k0 >> 32n), 0, 0));
  const bytes = new Uint8Array(8);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, hash.lo, true);
  view.setUint32(4, hash.hi, true);
  return bytes;
}

/** SipHash-1-3 of the first `length` bytes of `data`. */
function sipHash13(data: Uint8Array, length: number, key: Uint32Array = hashKey()): Word64 {
  const k0lo = key[0];
  const k0hi = key[1];
  const k1lo = key[2];
  const k1hi = key[3];
  // The initial state is the key xored with "somepseudorandomlygeneratedbytes".
  let v0hi = (k0hi ^ 0x736f6d65) >>> 0;
  let v0lo = (k0lo ^ 0x70736575) >>> 0;
  let v1hi = (k1hi ^ 0x646f7261) >>> 0;
  let v1lo = (k1lo ^ 0x6e646f6d) >>> 0;
  let v2hi = (k0hi ^ 0x6c796765) >>> 0;
  let v2lo = (k0lo ^ 0x6e657261) >>> 0;
  let v3hi = (k1hi ^ 0x74656462) >>> 0;
  let v3lo = (k1lo ^ 0x79746573) >>> 0;
  const messageWords = (length >>> 3) + 1;
  let messageHi = 0;
  let messageLo = 0;
  let sum = 0;
  let carried = 0;
  for (let step = 0; step < messageWords + FINAL_ROUNDS; step++) {
    if (step < messageWords) {
      const start = step * 8;
      messageLo = littleEndian32(data, start, length);
      messageHi = littleEndian32(data, start + 4, length);
      // The tail word carries the length mod 256 in its top byte.
      if (step === messageWords - 1) messageHi = (messageHi | (length << 24)) >>> 0;
      v3hi = (v3hi ^ messageHi) >>> 0;
      v3lo = (v3lo ^ messageLo) >>> 0;
    } else if (step === messageWords) {
      v2lo = (v2lo ^ 0xff) >>> 0;
    }
    // v0 += v1; v1 = rotl(v1, 13) ^ v0; v0 = rotl(v0, 32)
    sum = v0lo + v1lo;
    v0hi = (v0hi + v1hi + (sum >= TWO_TO_32 ? 1 : 0)) >>> 0;
    v0lo = sum >>> 0;
    carried = v1hi;
    v1hi = (((v1hi << 13) | (v1lo >>> 19)) ^ v0hi) >>> 0;
    v1lo = (((v1lo << 13) | (carried >>> 19)) ^ v0lo) >>> 0;
    carried = v0hi;
    v0hi = v0lo;
    v0lo = carried;
    // v2 += v3; v3 = rotl(v3, 16) ^ v2
    sum = v2lo + v3lo;
    v2hi = (v2hi + v3hi + (sum >= TWO_TO_32 ? 1 : 0)) >>> 0;
    v2lo = sum >>> 0;
    carried = v3hi;
    v3hi = (((v3hi << 16) | (v3lo >>> 16)) ^ v2hi) >>> 0;
    v3lo = (((v3lo << 16) | (carried >>> 16)) ^ v2lo) >>> 0;
    // v0 += v3; v3 = rotl(v3, 21) ^ v0
    sum = v0lo + v3lo;
    v0hi = (v0hi + v3hi + (sum >= TWO_TO_32 ? 1 : 0)) >>> 0;
    v0lo = sum >>> 0;
    carried = v3hi;
    v3hi = (((v3hi << 21) | (v3lo >>> 11)) ^ v0hi) >>> 0;
    v3lo = (((v3lo << 21) | (carried >>> 11)) ^ v0lo) >>> 0;
    // v2 += v1; v1 = rotl(v1, 17) ^ v2; v2 = rotl(v2, 32)
    sum = v2lo + v1lo;
    v2hi = (v2hi + v1hi + (sum >= TWO_TO_32 ? 1 : 0)) >>> 0;
    v2lo = sum >>> 0;
    carried = v1hi;
    v1hi = (((v1hi << 17) | (v1lo >>> 15)) ^ v2hi) >>> 0;
    v1lo = (((v1lo << 17) | (carried >>> 15)) ^ v2lo) >>> 0;
    carried = v2hi;
    v2hi = v2lo;
    v2lo = carried;
    if (step < messageWords) {
      v0hi = (v0hi ^ messageHi) >>> 0;
      v0lo = (v0lo ^ messageLo) >>> 0;
    }
  }
  return new Word64((v0hi ^ v1hi ^ v2hi ^ v3hi) >>> 0, (v0lo ^ v1lo ^ v2lo ^ v3lo) >>> 0);
}

/** The little-endian 32-bit value of the up to 4 bytes of `data` from `start` before `length` (missing bytes are 0). */
function littleEndian32(data: Uint8Array, start: number, length: number): number {
  const end = Math.min(start + 4, length);
  let value = 0;
  for (let i = end - 1; i >= start; i--) value = value * 256 + data[i];
  return value;
}

// ---------------------------------------------------------------------------------------
// Numbers: a number's hash is its value reduced modulo the prime 2**61 - 1 (negated for
// negative values), extended to rationals, so that equal numbers of any type hash alike.

const MODULUS = 2n ** 61n - 1n;
const INFINITY_HASH = 314159;
const IMAGINARY_MULTIPLIER = new Word64(0, 1000003);

export function hashInt(i: number | bigint): PyHash {
  // A safe integer is smaller than the modulus already.
  if (typeof i === 'number') return avoidMinusOne(i);
  const reduced = (i < 0n ? -i : i) % MODULUS;
  return avoidMinusOne(pyInt(i < 0n ? -reduced : reduced));
}

const floatView = new DataView(new ArrayBuffer(8));

/**
 * `box` is the float object: a NaN hashes by its identity, as in CPython 3.10 and later,
 * so that distinct NaNs (never equal to each other) do not all collide in a set. Left
 * out, it is a new object each call, as each float('nan') is.
 */
export function hashFloat(x: number, box?: object): PyHash {
  if (Number.isNaN(x)) return identityHash(box ?? {});
  if (!Number.isFinite(x)) return x > 0 ? INFINITY_HASH : -INFINITY_HASH;
  // `+ 0` turns -0.0 into the int 0.
  if (Number.isSafeInteger(x)) return hashInt(x + 0);
  // |x| = mantissa * 2**exponent exactly, and 2**61 is 1 modulo 2**61 - 1, so the power
  // of two reduces to 2**(exponent mod 61), for negative exponents too.
  floatView.setFloat64(0, Math.abs(x));
  const high = floatView.getUint32(0);
  const biasedExponent = high >>> 20;
  const fractionHigh = high & 0xfffff;
  const mantissa = BigInt((biasedExponent === 0 ? fractionHigh : fractionHigh + 0x100000) * TWO_TO_32 + floatView.getUint32(4));
  const exponent = biasedExponent === 0 ? -1074 : biasedExponent - 1075;
  const reduced = (mantissa << BigInt(((exponent % 61) + 61) % 61)) % MODULUS;
  return avoidMinusOne(pyInt(x < 0 ? -reduced : reduced));
}

/** `box` is the complex object, which NaN parts hash by as in `hashFloat`; both parts share it. */
export function hashComplex(real: number, imag: number, box: object = {}): PyHash {
  const combined = Word64.fromHash(hashFloat(imag, box)).multiply(IMAGINARY_MULTIPLIER).add(Word64.fromHash(hashFloat(real, box)));
  return avoidMinusOne(combined.toHash());
}

// ---------------------------------------------------------------------------------------
// Containers.

const XXPRIME_1 = Word64.fromHash(11400714785074694791n);
const XXPRIME_2 = Word64.fromHash(14029467366897019727n);
const XXPRIME_5 = Word64.fromHash(2870177450012600261n);
// Mixed into the length so that hash(()) kept the value it had before xxHash.
const LENGTH_MANGLE = Word64.fromHash(2870177450012600261n ^ 3527539n);
const TUPLE_HASH_INSTEAD_OF_MINUS_ONE = 1546275796;

/** The tuple hash of 3.8 and later: xxHash's 64-bit round over the items' hashes. */
export function hashTuple(itemHashes: readonly PyHash[]): PyHash {
  return hashTupleOf(itemHashes, sameHash);
}

const sameHash = (hash: PyHash): PyHash => hash;

/**
 * hashTuple over the hashes `hashOf` gives of `items`, each asked for in turn (it may run
 * Python code, which may hash other tuples meanwhile: the words are this call's locals).
 * The 64-bit words are kept as pairs of unsigned 32-bit halves, as Word64 keeps them,
 * without a Word64: a tuple's hash is asked for at every lookup of a tuple key.
 */
export function hashTupleOf<T>(items: readonly T[], hashOf: (item: T) => PyHash): PyHash {
  let hi = XXPRIME_5.hi;
  let lo = XXPRIME_5.lo;
  for (let i = 0; i < items.length; i++) {
    const itemHash = hashOf(items[i]);
    let itemHi: number;
    let itemLo: number;
    if (typeof itemHash === 'number') {
      itemHi = Math.floor(itemHash / TWO_TO_32) >>> 0;
      itemLo = itemHash >>> 0;
    } else {
      wordSigned[0] = itemHash;
      itemHi = wordHalves[1];
      itemLo = wordHalves[0];
    }
    // accumulator += item * XXPRIME_2
    const laneHi = (multiplyHigh(itemLo, XXPRIME_2.lo) + Math.imul(itemHi, XXPRIME_2.lo) + Math.imul(itemLo, XXPRIME_2.hi)) >>> 0;
    const laneLo = Math.imul(itemLo, XXPRIME_2.lo) >>> 0;
    const sumLo = lo + laneLo;
    hi = (hi + laneHi + (sumLo >= TWO_TO_32 ? 1 : 0)) >>> 0;
    lo = sumLo >>> 0;
    // accumulator = rotate_left(accumulator, 31) * XXPRIME_1
    const rotatedHi = ((hi << 31) | (lo >>> 1)) >>> 0;
    const rotatedLo = ((lo << 31) | (hi >>> 1)) >>> 0;
    hi = (multiplyHigh(rotatedLo, XXPRIME_1.lo) + Math.imul(rotatedHi, XXPRIME_1.lo) + Math.imul(rotatedLo, XXPRIME_1.hi)) >>> 0;
    lo = Math.imul(rotatedLo, XXPRIME_1.lo) >>> 0;
  }
  // accumulator += length ^ LENGTH_MANGLE
  const sumLo = lo + ((items.length ^ LENGTH_MANGLE.lo) >>> 0);
  hi = (hi + LENGTH_MANGLE.hi + (sumLo >= TWO_TO_32 ? 1 : 0)) >>> 0;
  lo = sumLo >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) return TUPLE_HASH_INSTEAD_OF_MINUS_ONE;
  const value = (hi | 0) * TWO_TO_32 + lo;
  if (Number.isSafeInteger(value)) return value;
  wordHalves[0] = lo;
  wordHalves[1] = hi;
  return wordSigned[0];
}

const SHUFFLE_XOR = new Word64(0, 89869747);
const SHUFFLE_MULTIPLIER = new Word64(0, 3644798167);
const SIZE_MULTIPLIER = new Word64(0, 1927868237);
const DISPERSE_MULTIPLIER = new Word64(0, 69069);
const DISPERSE_INCREMENT = new Word64(0, 907133923);
const FROZENSET_HASH_INSTEAD_OF_MINUS_ONE = 590923713;
// The words hashFrozenSet works in (it runs no Python code, so one set serves every call).
const frozensetAccumulator = new Word64(0, 0);
const shuffledBits = new Word64(0, 0);
const memberShifted = new Word64(0, 0);

/**
 * The frozenset hash, from its members' hashes (each member once). It is built with xor,
 * so it ignores the order; each member's bits are spread first, so that members with
 * close hashes do not cancel out.
 */
export function hashFrozenSet(memberHashes: readonly PyHash[]): PyHash {
  const hash = frozensetAccumulator.set(0, 0);
  for (const memberHash of memberHashes) {
    // ((h ^ SHUFFLE_XOR) ^ (h << 16)) * SHUFFLE_MULTIPLIER, in the two scratch words.
    shuffledBits.setHash(memberHash);
    memberShifted.set(shuffledBits.hi, shuffledBits.lo).shiftLeft(16);
    hash.xor(shuffledBits.xor(SHUFFLE_XOR).xor(memberShifted).multiply(SHUFFLE_MULTIPLIER));
  }
  hash.xor(shuffledBits.set(0, memberHashes.length + 1).multiply(SIZE_MULTIPLIER));
  // Spread the bits once more, for frozensets nested in frozensets.
  shuffledBits.set(hash.hi, hash.lo).shiftRight(11);
  memberShifted.set(hash.hi, hash.lo).shiftRight(25);
  hash.xor(shuffledBits.xor(memberShifted));
  hash.multiply(DISPERSE_MULTIPLIER).add(DISPERSE_INCREMENT);
  return hash.isAllOnes() ? FROZENSET_HASH_INSTEAD_OF_MINUS_ONE : hash.toHash();
}

// ---------------------------------------------------------------------------------------
// Objects without a value-based hash hash by identity: CPython hashes the object's
// address rotated right by 4 bits (the alignment bits, which are always 0). pyvm's
// objects have no address, so each gets a made-up one, the next free 32-byte block of a
// heap-like range, as long as it lives.

const FAKE_HEAP_START = 0x7f6bc8e00000;
const FAKE_BLOCK_SIZE = 32;
const ALIGNMENT = 16;
/** The addresses of objects without an identityBlock field (floats, stand-ins for primitive values). */
const fakeAddresses = new WeakMap<object, number>();
/** How many blocks have been handed out. */
let blocksGiven = 0;

export function identityHash(object: object): PyHash {
  const block = (object as PyObject).identityBlock;
  if (block === undefined) return addressKeptAside(object) / ALIGNMENT;
  if (block !== 0) return addressOfBlock(block) / ALIGNMENT;
  const given = ++blocksGiven;
  (object as PyObject).identityBlock = given;
  return addressOfBlock(given) / ALIGNMENT;
}

/** Block n (from 1): a small int in the object, an address beyond 2**31 out of it. */
function addressOfBlock(block: number): number {
  return FAKE_HEAP_START + (block - 1) * FAKE_BLOCK_SIZE;
}

function addressKeptAside(object: object): number {
  let address = fakeAddresses.get(object);
  if (address === undefined) {
    address = addressOfBlock(++blocksGiven);
    fakeAddresses.set(object, address);
  }
  return address;
}

// None and Ellipsis are statically allocated in libpython: their addresses change from
// run to run with the library's load address, but only above bit 12, since it loads at a
// page boundary. These are the addresses of one run of the reference CPython 3.11.7, so
// their hashes' low 8 bits, which alone place them in a set of up to 256 slots, are right.
const NONE_ADDRESS = 0x7f6bca05bbe0;
const ELLIPSIS_ADDRESS = 0x7f6bca05de60;
export const NONE_HASH = NONE_ADDRESS / ALIGNMENT;
const ELLIPSIS_HASH = ELLIPSIS_ADDRESS / ALIGNMENT;

// ---------------------------------------------------------------------------------------
// Constants.

export function hashConstant(constant: CodeConstant): PyHash {
  if (constant === null) return NONE_HASH;
  if (constant === Ellipsis) return ELLIPSIS_HASH;
  switch (typeof constant) {
    case 'boolean':
      return constant ? 1 : 0;
    case 'number':
    case 'bigint':
      return hashInt(constant);
    case 'string':
      return hashStr(constant);
  }
  if (constant instanceof CodePointStr) return hashStr(constant);
  if (constant instanceof PyFloat) return hashFloat(constant.value, constant);
  if (constant instanceof PyComplex) return hashComplex(constant.real, constant.imag, constant);
  if (constant instanceof PyBytes) return hashBytes(constant.bytes);
  if (constant instanceof ConstTuple) return hashTuple(constant.items.map(hashConstant));
  if (constant instanceof ConstFrozenSet) return hashFrozenSet(constant.items.map(hashConstant));
  if (constant instanceof CodeObject) return hashCode(constant);
  throw new TypeError(`not a code constant: ${String(constant)}`);
}

/**
 * 3.11's code object hash: its name, constants, names, local names and the two tables,
 * and its argument counts and flags, all xored; the bytecode itself does not count.
 */
function hashCode(code: CodeObject): PyHash {
  const parts = [
    hashStr(code.co_name),
    hashTuple(code.co_consts.map(hashConstant)),
    hashTuple(code.co_names.map(hashStr)),
    hashTuple(code.co_localsplusnames.map(hashStr)),
    hashBytes(code.co_linetable),
    hashBytes(code.co_exceptiontable),
    code.co_argcount,
    code.co_posonlyargcount,
    code.co_kwonlyargcount,
    code.co_flags,
  ];
  const combined = new Word64(0, 0);
  for (const part of parts) combined.xor(Word64.fromHash(part));
  return avoidMinusOne(combined.toHash());
}
