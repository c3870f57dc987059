// The item formats a memoryview reads and writes: the native single-character struct
// codes of an x86-64 machine (little-endian, long and pointers of 8 bytes), packed and
// unpacked the way memoryobject.c's own pack_single/unpack_single do it — not through
// the struct module, whose rules and messages differ (a float stored as 'f' overflows to
// inf here, and every refusal reads "memoryview: invalid type/value for format 'X'").
import type { Py } from './object';
import { PyBytes, bufferOf } from './bytes';
import { PyFloat } from './float';
import { intValue } from './int';
import { pyInt } from '../ast/constant';
import { floatFromObject } from './floatType';
import { isTrue, pyIndex } from './protocols';
import { isInstanceOfException, newException, OverflowError, TypeError, typeError, ValueError } from './exceptions';

export interface ItemFormat {
  /** The format character, as memoryview.format shows it. */
  readonly code: string;
  readonly itemsize: number;
  read(view: DataView, offset: number): Py;
  /** Stores `value` at `offset`, or refuses it with memoryview's TypeError/ValueError. */
  write(view: DataView, offset: number, value: Py): void;
}

const invalidType = (code: string) => typeError(`memoryview: invalid type for format '${code}'`);
const invalidValue = (code: string) => newException(ValueError, `memoryview: invalid value for format '${code}'`);

/** The int a value stands for through __index__, or the format's TypeError. */
function indexOf(code: string, value: Py): bigint {
  let index: number | bigint;
  try {
    index = pyIndex(value);
  } catch (error) {
    if (isInstanceOfException(error, TypeError)) throw invalidType(code);
    throw error;
  }
  return BigInt(index);
}

function integerFormat(code: string, itemsize: number, signed: boolean): ItemFormat {
  const bits = BigInt(itemsize * 8);
  const low = signed ? -(1n << (bits - 1n)) : 0n;
  const high = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  return {
    code,
    itemsize,
    read(view, offset) {
      switch (itemsize) {
        case 1:
          return signed ? view.getInt8(offset) : view.getUint8(offset);
        case 2:
          return signed ? view.getInt16(offset, true) : view.getUint16(offset, true);
        case 4:
          return signed ? view.getInt32(offset, true) : view.getUint32(offset, true);
        default:
          return pyInt(signed ? view.getBigInt64(offset, true) : view.getBigUint64(offset, true));
      }
    },
    write(view, offset, value) {
      let x = indexOf(code, value);
      // PyLong_AsVoidPtr takes negative pointers as their two's complement.
      if (code === 'P' && x < 0n && x >= -(1n << 63n)) x += 1n << 64n;
      if (x < low || x > high) throw invalidValue(code);
      if (itemsize === 8) view.setBigUint64(offset, BigInt.asUintN(64, x), true);
      else if (itemsize === 4) view.setUint32(offset, Number(BigInt.asUintN(32, x)), true);
      else if (itemsize === 2) view.setUint16(offset, Number(BigInt.asUintN(16, x)), true);
      else view.setUint8(offset, Number(BigInt.asUintN(8, x)));
    },
  };
}

function floatFormat(code: 'f' | 'd'): ItemFormat {
  const itemsize = code === 'f' ? 4 : 8;
  return {
    code,
    itemsize,
    read: (view, offset) => new PyFloat(code === 'f' ? view.getFloat32(offset, true) : view.getFloat64(offset, true)),
    write(view, offset, value) {
      if (typeof value !== 'number' && typeof value !== 'bigint' && typeof value !== 'boolean' && !(value instanceof PyFloat) && intValue(value) === undefined) {
        throw invalidType(code);
      }
      let x: number;
      try {
        x = floatFromObject(value);
      } catch (error) {
        if (isInstanceOfException(error, OverflowError)) throw invalidValue(code);
        throw error;
      }
      if (code === 'f') view.setFloat32(offset, x, true);
      else view.setFloat64(offset, x, true);
    },
  };
}

const charFormat: ItemFormat = {
  code: 'c',
  itemsize: 1,
  read: (view, offset) => new PyBytes(new Uint8Array([view.getUint8(offset)])),
  write(view, offset, value) {
    if (!(value instanceof PyBytes)) throw invalidType('c');
    const bytes = bufferOf(value)!;
    if (bytes.length !== 1) throw invalidValue('c');
    view.setUint8(offset, bytes[0]);
  },
};

const boolFormat: ItemFormat = {
  code: '?',
  itemsize: 1,
  read: (view, offset) => view.getUint8(offset) !== 0,
  write: (view, offset, value) => view.setUint8(offset, isTrue(value) ? 1 : 0),
};

const FORMATS = new Map<string, ItemFormat>([
  ['b', integerFormat('b', 1, true)],
  ['B', integerFormat('B', 1, false)],
  ['h', integerFormat('h', 2, true)],
  ['H', integerFormat('H', 2, false)],
  ['i', integerFormat('i', 4, true)],
  ['I', integerFormat('I', 4, false)],
  ['l', integerFormat('l', 8, true)],
  ['L', integerFormat('L', 8, false)],
  ['q', integerFormat('q', 8, true)],
  ['Q', integerFormat('Q', 8, false)],
  ['n', integerFormat('n', 8, true)],
  ['N', integerFormat('N', 8, false)],
  ['P', integerFormat('P', 8, false)],
  ['f', floatFormat('f')],
  ['d', floatFormat('d')],
  ['c', charFormat],
  ['?', boolFormat],
]);

/** The format a native single-character code (with an optional '@') names, if any. */
export function nativeItemFormat(format: string): ItemFormat | undefined {
  const code = format.length === 2 && format[0] === '@' ? format[1] : format;
  return code.length === 1 ? FORMATS.get(code) : undefined;
}

export const BYTE_FORMAT = FORMATS.get('B')!;

/** 'B', 'b' and 'c': the formats a cast may start from or go to whatever the other side. */
export const isByteFormat = (format: string): boolean => format === 'B' || format === 'b' || format === 'c';
