// id() and the addresses default reprs show: stable per object for its lifetime, like
// CPython's addresses, derived from the same fake heap identity hashes use.
import type { Py } from './object';
import { identityHash } from './hash';

const ALIGNMENT = 16;

/** id(value) for an object held as a JS object. */
export function idOf(value: object): number {
  return (identityHash(value) as number) * ALIGNMENT;
}

/** The address a default repr shows, as C's %p prints it. */
export function addressOf(value: Py): string {
  return `0x${idOf(value as object).toString(16)}`;
}

