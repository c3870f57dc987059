// The values a Constant node can hold, as the parser produces them.
// None is null, bool is boolean, str is a JS string (a Python str by code point),
// int is a JS number while it is a safe integer and a bigint beyond that, so an
// int is never confused with a float: floats and complex numbers are boxed.

export class PyFloat {
  constructor(readonly value: number) {}
}

export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}

export class PyBytes {
  constructor(readonly bytes: Uint8Array) {}
}

/**
 * A str that a JS string cannot hold faithfully: a high surrogate code point followed
 * by a low one (written as escapes, '\ud800\udc00'), which a JS string would read as
 * one astral character. Rare; every other str is a JS string.
 */
export class CodePointStr {
  constructor(readonly codePoints: readonly number[]) {}
}

/** Whether the code points hold a high surrogate directly followed by a low one. */
export function hasSurrogatePair(codePoints: readonly number[]): boolean {
  for (let i = 0; i + 1 < codePoints.length; i++) {
    if (codePoints[i] >= 0xd800 && codePoints[i] <= 0xdbff && codePoints[i + 1] >= 0xdc00 && codePoints[i + 1] <= 0xdfff) return true;
  }
  return false;
}

/** The `...` singleton. */
export const Ellipsis: unique symbol = Symbol('Ellipsis');

export type ConstantValue =
  | null
  | boolean
  | number
  | bigint
  | PyFloat
  | PyComplex
  | string
  | CodePointStr
  | PyBytes
  | typeof Ellipsis;

/** Normalises an integer so that safe integers are numbers and the rest bigints. */
export function pyInt(value: bigint): number | bigint {
  return value >= -9007199254740991n && value <= 9007199254740991n ? Number(value) : value;
}
