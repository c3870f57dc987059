// struct format strings: parsing one into the layout of its fields, and packing and
// unpacking each field, with CPython's _struct.c rules and messages.
//
// The first character picks byte order, sizes and alignment: '@' (the default) is the
// machine's own (x86-64: little-endian, long and pointers of 8 bytes, each field
// aligned to its size), '=' and '<' are little-endian with standard sizes and no
// alignment, '>' and '!' big-endian likewise. Each later code may have a repeat count;
// for 's' and 'p' the count is the byte length of one field.
//
// CPython packs the little-endian standard fields whose size is the native one with the
// native packers, and their range errors read differently ("short format requires...")
// from those of the standard packers ("'h' format requires..."): the checks below keep
// that distinction.
import type { Py } from '../objects/object';
import type { PyType } from '../objects/type';
import { PyByteArray, PyBytes, bufferOf } from '../objects/bytes';
import { PyFloat } from '../objects/float';
import { intValue } from '../objects/int';
import { pyInt } from '../ast/constant';
import { isTrue, pyIndex } from '../objects/protocols';
import { typeOf } from '../objects/typeOf';
import { floatFromObject } from '../objects/floatType';
import { newException, OverflowError, type PyBaseException } from '../objects/exceptions';
import { newExceptionClass } from './moduleErrors';

export const structError: PyType = newExceptionClass('struct.error');

export function structFailure(message: string): PyBaseException {
  return newException(structError, message);
}

type ByteOrder = 'native' | 'little' | 'big';

/** One field of a layout: its code, where it starts, and its size in bytes. */
export interface Field {
  readonly code: string;
  readonly offset: number;
  readonly size: number;
}

/** A parsed format: its value-carrying fields (pad bytes have none) and total size. */
export interface StructLayout {
  readonly order: ByteOrder;
  readonly fields: readonly Field[];
  readonly size: number;
}

const NATIVE_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
};
const STANDARD_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};
/** Native fields of these codes are aligned to their size. */
const ALIGNED = new Set('hHiIlLqQnNefdP');

function byteOrderOf(format: string): [ByteOrder, number] {
  switch (format[0]) {
    case '@':
      return ['native', 1];
    case '=':
    case '<':
      return ['little', 1];
    case '>':
    case '!':
      return ['big', 1];
    default:
      return ['native', 0];
  }
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isSpace = (c: string): boolean => c === ' ' || (c >= '\t' && c <= '\r');

/** Parses a format string (prepare_s). */
export function parseFormat(format: string): StructLayout {
  const [order, start] = byteOrderOf(format);
  const sizes = order === 'native' ? NATIVE_SIZES : STANDARD_SIZES;
  const fields: Field[] = [];
  let size = 0;
  let i = start;
  while (i < format.length) {
    const c = format[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    let count = 1;
    if (isDigit(c)) {
      let digits = '';
      while (i < format.length && isDigit(format[i])) digits += format[i++];
      if (i >= format.length) throw structFailure('repeat count given without format specifier');
      count = Number(digits);
      if (!Number.isSafeInteger(count)) throw structFailure('total struct size too long');
    }
    const code = format[i++];
    const itemSize = sizes[code];
    if (itemSize === undefined) throw structFailure('bad char in struct format');
    if (order === 'native' && ALIGNED.has(code) && size > 0) size += (itemSize - 1) - ((size - 1) % itemSize);
    if (code === 's' || code === 'p') {
      fields.push({ code, offset: size, size: count });
      size += count;
    } else if (code === 'x') {
      size += count;
    } else {
      for (let k = 0; k < count; k++) fields.push({ code, offset: size + k * itemSize, size: itemSize });
      size += count * itemSize;
    }
    if (!Number.isSafeInteger(size)) throw structFailure('total struct size too long');
  }
  return { order, fields, size };
}

// ---------------------------------------------------------------- integers

const TWO_63 = 2n ** 63n;
const TWO_64 = 2n ** 64n;

/** get_pylong: an int, or what __index__ gives; anything else is not an integer. */
function integerArgument(value: Py): bigint {
  const int = intValue(value);
  if (int !== undefined) return BigInt(int);
  if (typeOf(value).lookup('__index__') === undefined) throw structFailure('required argument is not an integer');
  return BigInt(pyIndex(value));
}

/** get_long: a C long (else "argument out of range"). */
function cLong(value: Py): bigint {
  const x = integerArgument(value);
  if (x < -TWO_63 || x >= TWO_63) throw structFailure('argument out of range');
  return x;
}

/** get_ulong: a C unsigned long (else "argument out of range", negative numbers included). */
function cUnsignedLong(value: Py): bigint {
  const x = integerArgument(value);
  if (x < 0n || x >= TWO_64) throw structFailure('argument out of range');
  return x;
}

/** _range_error: "'i' format requires -2147483648 <= number <= 2147483647". */
function rangeError(code: string, size: number, unsigned: boolean): PyBaseException {
  const largest = 2n ** BigInt(size * 8) - 1n;
  if (unsigned) return structFailure(`'${code}' format requires 0 <= number <= ${largest}`);
  const half = largest >> 1n;
  return structFailure(`'${code}' format requires ${-half - 1n} <= number <= ${half}`);
}

function checkRange(x: bigint, low: bigint, high: bigint, failure: () => PyBaseException): bigint {
  if (x < low || x > high) throw failure();
  return x;
}

/** The native packers' checks (np_byte ... np_void_p), which little-endian standard fields of native size share. */
function nativeInteger(code: string, value: Py): bigint {
  switch (code) {
    case 'b':
      return checkRange(cLong(value), -128n, 127n, () => structFailure('byte format requires -128 <= number <= 127'));
    case 'B':
      return checkRange(cLong(value), 0n, 255n, () => structFailure('ubyte format requires 0 <= number <= 255'));
    case 'h':
      return checkRange(cLong(value), -32768n, 32767n, () => structFailure('short format requires -32768 <= number <= 32767'));
    case 'H':
      return checkRange(cLong(value), 0n, 65535n, () => structFailure('ushort format requires 0 <= number <= 65535'));
    case 'i':
      return checkRange(cLong(value), -(2n ** 31n), 2n ** 31n - 1n, () => rangeError('i', 4, false));
    case 'I':
      return checkRange(cUnsignedLong(value), 0n, 2n ** 32n - 1n, () => rangeError('I', 4, true));
    case 'P': {
      const x = integerArgument(value);
      return checkRange(x, -TWO_63, TWO_64 - 1n, () => structFailure('int too large to convert'));
    }
    default:
      return 'LQN'.includes(code) ? cUnsignedLong(value) : cLong(value);
  }
}

/** The standard packers' checks (lp_int, bp_uint, bp_longlong...). */
function standardInteger(code: string, size: number, value: Py): bigint {
  const unsigned = code === code.toUpperCase();
  if (size === 8) {
    const x = integerArgument(value);
    const [low, high] = unsigned ? [0n, TWO_64 - 1n] : [-TWO_63, TWO_63 - 1n];
    return checkRange(x, low, high, () => structFailure('int too large to convert'));
  }
  const x = unsigned ? cUnsignedLong(value) : cLong(value);
  const largest = 2n ** BigInt(size * 8) - 1n;
  const [low, high] = unsigned ? [0n, largest] : [-(largest >> 1n) - 1n, largest >> 1n];
  return checkRange(x, low, high, () => rangeError(code, size, unsigned));
}

function integerToPack(order: ByteOrder, field: Field, value: Py): bigint {
  const { code, size } = field;
  if (order === 'native' || code === 'b' || code === 'B') return nativeInteger(code, value);
  if (order === 'little' && size === NATIVE_SIZES[code]) return nativeInteger(code, value);
  return standardInteger(code, size, value);
}

function writeInteger(target: Uint8Array, offset: number, size: number, x: bigint, littleEndian: boolean): void {
  let bits = BigInt.asUintN(size * 8, x);
  for (let k = 0; k < size; k++) {
    target[offset + (littleEndian ? k : size - 1 - k)] = Number(bits & 0xffn);
    bits >>= 8n;
  }
}

function readInteger(source: Uint8Array, offset: number, size: number, signed: boolean, littleEndian: boolean): Py {
  if (size <= 4) {
    let x = 0;
    for (let k = 0; k < size; k++) x = x * 256 + source[offset + (littleEndian ? size - 1 - k : k)];
    return signed && x >= 2 ** (size * 8 - 1) ? x - 2 ** (size * 8) : x;
  }
  let x = 0n;
  for (let k = 0; k < size; k++) x = (x << 8n) | BigInt(source[offset + (littleEndian ? size - 1 - k : k)]);
  return pyInt(signed ? BigInt.asIntN(size * 8, x) : x);
}

// ---------------------------------------------------------------- floats

/** PyFloat_AsDouble, any failure reported as struct's. */
function floatArgument(value: Py): number {
  if (value instanceof PyFloat) return value.value;
  if (typeof value === 'string' || bufferOf(value) !== undefined) throw structFailure('required argument is not a float');
  try {
    return floatFromObject(value);
  } catch {
    throw structFailure('required argument is not a float');
  }
}

/** PyFloat_Pack2: IEEE half precision, rounding half to even. */
function halfFloatBits(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 1 : 0;
  let exponent: number;
  let bits: number;
  if (x === 0) {
    exponent = 0;
    bits = 0;
  } else if (!Number.isFinite(x)) {
    exponent = 0x1f;
    bits = Number.isNaN(x) ? 512 : 0;
  } else {
    let f = Math.abs(x);
    exponent = Math.floor(Math.log2(f));
    // log2 may be off by one at the edges of a binade: settle it exactly.
    if (2 ** exponent > f) exponent--;
    if (2 ** (exponent + 1) <= f) exponent++;
    f /= 2 ** exponent;
    if (exponent >= 16) throw halfOverflow();
    if (exponent < -25) {
      f = 0;
      exponent = 0;
    } else if (exponent < -14) {
      f = f * 2 ** (14 + exponent);
      exponent = 0;
    } else {
      exponent += 15;
      f -= 1;
    }
    f *= 1024;
    bits = Math.trunc(f);
    if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
      bits++;
      if (bits === 1024) {
        bits = 0;
        exponent++;
        if (exponent === 31) throw halfOverflow();
      }
    }
  }
  return (sign << 15) | (exponent << 10) | bits;
}

function halfOverflow(): PyBaseException {
  return newException(OverflowError, 'float too large to pack with e format');
}

/** PyFloat_Unpack2. */
function halfFloatValue(bits: number): number {
  const sign = bits >> 15 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : NaN;
  const x = exponent === 0 ? (fraction / 1024) * 2 ** -14 : (1 + fraction / 1024) * 2 ** (exponent - 15);
  return sign * x;
}

// ---------------------------------------------------------------- fields

/** Packs `value` as `field` into `target` (at the field's offset from `base`). */
export function packField(layout: StructLayout, field: Field, value: Py, target: Uint8Array, base: number): void {
  const offset = base + field.offset;
  const littleEndian = layout.order !== 'big';
  const view = new DataView(target.buffer, target.byteOffset, target.byteLength);
  switch (field.code) {
    case 'c': {
      if (!(value instanceof PyBytes) || value.bytes.length !== 1) throw structFailure('char format requires a bytes object of length 1');
      target[offset] = value.bytes[0];
      return;
    }
    case 's':
    case 'p':
      return packBytes(field, value, target, offset);
    case '?':
      target[offset] = isTrue(value) ? 1 : 0;
      return;
    case 'e':
      view.setUint16(offset, halfFloatBits(floatArgument(value)), littleEndian);
      return;
    case 'f': {
      const x = floatArgument(value);
      // The native packer casts; the standard ones refuse what becomes infinite.
      if (layout.order !== 'native' && !Number.isFinite(Math.fround(x)) && Number.isFinite(x)) {
        throw newException(OverflowError, 'float too large to pack with f format');
      }
      view.setFloat32(offset, x, littleEndian);
      return;
    }
    case 'd':
      view.setFloat64(offset, floatArgument(value), littleEndian);
      return;
    default:
      writeInteger(target, offset, field.size, integerToPack(layout.order, field, value), littleEndian);
  }
}

function packBytes(field: Field, value: Py, target: Uint8Array, offset: number): void {
  if (!(value instanceof PyBytes || value instanceof PyByteArray)) throw structFailure(`argument for '${field.code}' must be a bytes object`);
  const bytes = value.bytes;
  target.fill(0, offset, offset + field.size);
  if (field.code === 's') {
    target.set(bytes.subarray(0, field.size), offset);
    return;
  }
  if (field.size === 0) return;
  const length = Math.min(bytes.length, field.size - 1, 255);
  target[offset] = length;
  target.set(bytes.subarray(0, length), offset + 1);
}

/** The value of `field` in `source` (at the field's offset from `base`). */
export function unpackField(layout: StructLayout, field: Field, source: Uint8Array, base: number): Py {
  const offset = base + field.offset;
  const littleEndian = layout.order !== 'big';
  const view = new DataView(source.buffer, source.byteOffset, source.byteLength);
  switch (field.code) {
    case 'c':
      return new PyBytes(source.slice(offset, offset + 1));
    case 's':
      return new PyBytes(source.slice(offset, offset + field.size));
    case 'p': {
      if (field.size === 0) return new PyBytes(new Uint8Array(0));
      const length = Math.min(source[offset], field.size - 1);
      return new PyBytes(source.slice(offset + 1, offset + 1 + length));
    }
    case '?':
      return source[offset] !== 0;
    case 'e':
      return new PyFloat(halfFloatValue(view.getUint16(offset, littleEndian)));
    case 'f':
      return new PyFloat(view.getFloat32(offset, littleEndian));
    case 'd':
      return new PyFloat(view.getFloat64(offset, littleEndian));
    default: {
      const signed = field.code !== 'P' && field.code === field.code.toLowerCase();
      return readInteger(source, offset, field.size, signed, littleEndian);
    }
  }
}
