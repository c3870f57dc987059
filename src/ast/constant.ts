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
  | PyBytes
  | typeof Ellipsis;

/** Normalises an integer so that safe integers are numbers and the rest bigints. */
export function pyInt(value: bigint): number | bigint {
  return value >= -9007199254740991n && value <= 9007199254740991n ? Number(value) : value;
}
