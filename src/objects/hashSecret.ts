// The secret key str and bytes hashes are keyed with. CPython picks it at start-up
// from PYTHONHASHSEED: unset, empty or "random" means a key from the OS's random
// source; 0 means an all-zero key (hash randomization off); any other number in
// [1, 2**32) means key bytes drawn from a fixed linear congruential generator seeded
// with it. pyvm picks it the same way, so that a str hashes to what CPython gives it
// under the same PYTHONHASHSEED, and sets iterate in the same order.
import { closeSync, openSync, readSync } from 'node:fs';

/** A seed as PYTHONHASHSEED gives it: a number in [0, 2**32), or 'random'. */
export type HashSeed = number | 'random';

const MAX_SEED = 0xffffffff;

/** SipHash's 128-bit key as CPython reads it from its secret: the first 16 bytes. */
const KEY_BYTES = 16;

let key: Uint32Array | undefined;

/**
 * The SipHash key as four little-endian 32-bit words: k0's low and high halves, then
 * k1's. Chosen from PYTHONHASHSEED on first use unless `setHashSeed` chose it before.
 */
export function hashKey(): Uint32Array {
  key ??= keyFromSeed(seedFromEnvironment(process.env.PYTHONHASHSEED));
  return key;
}

/**
 * Whether the key was chosen: a start-up snapshot must be taken before (the key is the
 * process's, and hashes made with it are kept in sets and dicts).
 */
export function hashKeyChosen(): boolean {
  return key !== undefined;
}

/**
 * Forgets the key, so that the next hash chooses the process's: for the start-up
 * snapshot's build, once what it hashed is known to be hashed again in each process.
 */
export function forgetHashKey(): void {
  key = undefined;
}

/** Rekeys hashing as if the process had started with PYTHONHASHSEED=`seed`. */
export function setHashSeed(seed: HashSeed): void {
  if (seed !== 'random' && !(Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED)) {
    throw new RangeError(`hash seed must be 'random' or an integer in [0, ${MAX_SEED}], not ${seed}`);
  }
  key = keyFromSeed(seed);
}

// CPython reads the variable with C's strtoul: leading white space, then an optional
// sign, then decimal digits to the end. A minus sign negates modulo 2**64, so only
// "-0" survives the range check.
const SEED_SYNTAX = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/;

/** The seed PYTHONHASHSEED's text asks for; throws CPython's start-up error for any other text. */
export function seedFromEnvironment(text: string | undefined): HashSeed {
  if (text === undefined || text === '' || text === 'random') return 'random';
  const match = SEED_SYNTAX.exec(text);
  const magnitude = match ? BigInt(match[2]) : undefined;
  if (magnitude === undefined || magnitude > BigInt(MAX_SEED) || (match?.[1] === '-' && magnitude !== 0n)) {
    throw new Error(`PYTHONHASHSEED must be "random" or an integer in range [0; ${MAX_SEED}]`);
  }
  return Number(magnitude);
}

function keyFromSeed(seed: HashSeed): Uint32Array {
  const bytes = seed === 'random' ? randomKeyBytes() : seededKeyBytes(seed);
  const view = new DataView(bytes.buffer, bytes.byteOffset, KEY_BYTES);
  return Uint32Array.of(view.getUint32(0, true), view.getUint32(4, true), view.getUint32(8, true), view.getUint32(12, true));
}

/** Bytes from the OS's random source, read as CPython reads them (node:crypto, where /dev/urandom is missing, takes milliseconds to load). */
function randomKeyBytes(): Uint8Array {
  const bytes = new Uint8Array(KEY_BYTES);
  try {
    const fd = openSync('/dev/urandom', 'r');
    try {
      if (readSync(fd, bytes) === KEY_BYTES) return bytes;
    } finally {
      closeSync(fd);
    }
  } catch {
    // No /dev/urandom: below.
  }
  return nodeCrypto().randomBytes(KEY_BYTES);
}

/** Seed 0 leaves the secret zeroed; others fill it from the generator x -> 214013x + 2531011 (mod 2**32). */
function seededKeyBytes(seed: number): Uint8Array {
  const bytes = new Uint8Array(KEY_BYTES);
  if (seed === 0) return bytes;
  let state = seed;
  for (let i = 0; i < KEY_BYTES; i++) {
    state = (Math.imul(state, 214013) + 2531011) >>> 0;
    // Only bits 16..23 of each state become key material.
    bytes[i] = (state >>> 16) & 0xff;
  }
  return bytes;
}

/**
 * node:crypto, loaded when first needed: an ESM import of it builds its whole facade
 * (web crypto included) at start-up, several milliseconds every run.
 */
export function nodeCrypto(): typeof import('node:crypto') {
  return process.getBuiltinModule('node:crypto');
}
