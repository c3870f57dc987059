// The order of strs: Python compares code points, JS compares UTF-16 units. The two
// agree except where the first difference puts a surrogate (part of an astral
// character, or a lone one) against a unit from U+E000 up, so JS's comparison is used
// and only that case is looked at again.
import { isHighSurrogate } from './strCodePoints';

const FIRST_SURROGATE = 0xd800;

/** Negative, zero or positive as a sorts before, equal to or after b by code point. */
export function compareStrs(a: string, b: string): number {
  // Single units are single code points (a pair takes two).
  if (a.length === 1 && b.length === 1) return a.charCodeAt(0) - b.charCodeAt(0);
  if (a === b) return 0;
  const inUnitOrder = a < b ? -1 : 1;
  const shorter = Math.min(a.length, b.length);
  let at = 0;
  while (at < shorter && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  if (at === shorter) return inUnitOrder;
  if (a.charCodeAt(at) < FIRST_SURROGATE || b.charCodeAt(at) < FIRST_SURROGATE) return inUnitOrder;
  // Both differ at a unit from U+D800 up: compare code points. The shared unit before may
  // be a high surrogate that pairs with the differing unit in one string and not the other.
  if (at > 0 && isHighSurrogate(a.charCodeAt(at - 1))) {
    const difference = a.codePointAt(at - 1)! - b.codePointAt(at - 1)!;
    if (difference !== 0) return difference;
  }
  return a.codePointAt(at)! - b.codePointAt(at)!;
}
