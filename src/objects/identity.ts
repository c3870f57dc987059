// id() and the addresses default reprs show: stable per object for its lifetime, like
// CPython's addresses, derived from the same fake heap identity hashes use.
import type { Py } from './object';
import { identityHash, type PyHash } from './hash';
import { pyInt } from '../ast/constant';
import { noneType } from './typeOf';

const ALIGNMENT = 16;

/** id(value) for an object held as a JS object. */
export function idOf(value: object): number {
  return (identityHash(value) as number) * ALIGNMENT;
}

/**
 * Values held as JS primitives have no identity of their own: each distinct value gets a
 * token object standing for it, so equal ints or strs share an id as CPython's cached
 * small ints and interned strs do. None's token is its type, which makes
 * hash(None) == id(None) >> 4 as in CPython.
 */
const primitiveTokens = new Map<Py, object>([[null, noneType]]);

/** id(value) for any value. */
export function idOfValue(value: Py): number {
  if (typeof value === 'object' && value !== null) return idOf(value);
  let token = primitiveTokens.get(value);
  if (token === undefined) primitiveTokens.set(value, (token = {}));
  return idOf(token);
}

/** The address a default repr shows, as C's %p prints it. */
export function addressOf(value: Py): string {
  return `0x${idOfValue(value).toString(16)}`;
}

/** The hash CPython derives from an object's address (_Py_HashPointer), for any value. */
export function identityHashOfValue(value: Py): PyHash {
  return idOfValue(value) / ALIGNMENT;
}

/** a ^ b on the 64-bit hashes, as hashes combining others compute it (-1 is never a hash). */
export function xorHashes(a: PyHash, b: PyHash): PyHash {
  const combined = pyInt(BigInt.asIntN(64, BigInt(a) ^ BigInt(b)));
  return combined === -1 ? -2 : combined;
}
