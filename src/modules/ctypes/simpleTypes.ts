// The fundamental C types of ctypes (CPython's Modules/_ctypes/cfield.c): for each _type_
// code, the size and alignment on Linux x86-64, the struct format a memoryview of it
// shows, and how a Python value is stored into its bytes (setfunc) and read back
// (getfunc), with cfield.c's conversions and messages. Integers wrap silently, as C's
// do; pointers (z, Z, P) hold addresses of ./addresses; py_object (O) holds an id.
import type { Py } from '../../objects/object';
import { PyBytes, PyByteArray } from '../../objects/bytes';
import { PyFloat } from '../../objects/float';
import { newException, typeError, ValueError } from '../../objects/exceptions';
import { isTrue, pyIndex } from '../../objects/protocols';
import { typeName } from '../../objects/typeOf';
import { strValue } from '../../objects/str';
import { codePoints } from '../../objects/strCodePoints';
import { idOfValue } from '../../objects/identity';
import { pyInt } from '../../ast/constant';
import { asDouble } from '../math';
import { addressOfMemory, terminatedMemoryAt } from './addresses';

export interface SimpleType {
  readonly code: string;
  readonly size: number;
  readonly align: number;
  /** The struct format a memoryview of it shows ('<i'). */
  readonly format: string;
  get(memory: Uint8Array): Py;
  /** Stores `value`: what the stored bytes refer to and must be kept alive with them (a char*'s copy), or null. */
  set(memory: Uint8Array, value: Py): Py | null;
}

const view = (memory: Uint8Array): DataView => new DataView(memory.buffer, memory.byteOffset, memory.byteLength);

function integer(code: string, size: number, signed: boolean): SimpleType {
  const bits = BigInt(size * 8);
  return {
    code,
    size,
    align: size,
    format: `<${code}`,
    get(memory) {
      const data = view(memory);
      switch (size) {
        case 1:
          return signed ? data.getInt8(0) : data.getUint8(0);
        case 2:
          return signed ? data.getInt16(0, true) : data.getUint16(0, true);
        case 4:
          return signed ? data.getInt32(0, true) : data.getUint32(0, true);
        default:
          return pyInt(signed ? data.getBigInt64(0, true) : data.getBigUint64(0, true));
      }
    },
    set(memory, value) {
      // PyLong_AsUnsignedLongMask: any __index__ value, its low bits kept.
      storeBits(memory, BigInt.asUintN(Number(bits), BigInt(pyIndex(value))));
      return null;
    },
  };
}

function storeBits(memory: Uint8Array, bits: bigint): void {
  for (let at = 0; at < memory.length; at++) {
    memory[at] = Number(bits & 0xffn);
    bits >>= 8n;
  }
}

function real(code: string, size: number, align: number): SimpleType {
  return {
    code,
    size,
    align,
    format: `<${code}`,
    get: (memory) => new PyFloat(size === 4 ? view(memory).getFloat32(0, true) : view(memory).getFloat64(0, true)),
    set(memory, value) {
      // (long double is kept as a double in its first 8 bytes.)
      if (size === 4) view(memory).setFloat32(0, asDouble(value), true);
      else view(memory).setFloat64(0, asDouble(value), true);
      return null;
    },
  };
}

const POINTER_SIZE = 8;

export function readAddress(memory: Uint8Array): number {
  return Number(view(memory).getBigUint64(0, true));
}

export function storeAddress(memory: Uint8Array, address: number | bigint): void {
  view(memory).setBigUint64(0, BigInt.asUintN(64, BigInt(address)), true);
}

/** A copy of `bytes` with a terminating zero unit, and its address: what a char* or wchar_t* made from a Python value points to. */
function terminatedCopy(bytes: Uint8Array, width: number): [Uint8Array, number] {
  const copy = new Uint8Array(bytes.length + width);
  copy.set(bytes);
  return [copy, addressOfMemory(copy)];
}

export function utf32(text: string): Uint8Array {
  const points = codePoints(text);
  const bytes = new Uint8Array(points.length * 4);
  const data = new DataView(bytes.buffer);
  points.forEach((point, index) => data.setUint32(index * 4, point, true));
  return bytes;
}

export function fromUtf32(bytes: Uint8Array): string {
  const data = view(bytes);
  let text = '';
  for (let at = 0; at + 4 <= bytes.length; at += 4) text += String.fromCodePoint(data.getUint32(at, true));
  return text;
}

/** A pointer type storing an address, set from None, an int, or (for z and Z) a value it points to a copy of. */
function pointer(code: string, pointee: (value: Py) => Uint8Array | undefined, refused: (value: Py) => string, read: (address: number) => Py): SimpleType {
  return {
    code,
    size: POINTER_SIZE,
    align: POINTER_SIZE,
    format: `<${code === 'z' || code === 'Z' ? 'P' : code}`,
    get(memory) {
      const address = readAddress(memory);
      return address === 0 ? null : read(address);
    },
    set(memory, value) {
      if (value === null) {
        storeAddress(memory, 0);
        return null;
      }
      if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
        storeAddress(memory, BigInt(pyIndex(value)));
        return null;
      }
      const bytes = pointee(value);
      if (bytes === undefined) throw typeError(refused(value));
      const [copy, address] = terminatedCopy(bytes, code === 'Z' ? 4 : 1);
      storeAddress(memory, address);
      return new PyBytes(copy);
    },
  };
}

/** What py_object's memory refers to: an id, and the object it is the id of. */
const objectsById = new Map<number, Py>();

const SIMPLE_TYPES: SimpleType[] = [
  integer('b', 1, true), integer('B', 1, false),
  integer('h', 2, true), integer('H', 2, false),
  integer('i', 4, true), integer('I', 4, false),
  integer('l', 8, true), integer('L', 8, false),
  integer('q', 8, true), integer('Q', 8, false),
  real('f', 4, 4), real('d', 8, 8), real('g', 16, 16),
  {
    code: '?',
    size: 1,
    align: 1,
    format: '<?',
    get: (memory) => memory[0] !== 0,
    set(memory, value) {
      memory[0] = isTrue(value) ? 1 : 0;
      return null;
    },
  },
  {
    code: 'c',
    size: 1,
    align: 1,
    format: '<c',
    get: (memory) => new PyBytes(memory.slice(0, 1)),
    set(memory, value) {
      if ((value instanceof PyBytes || value instanceof PyByteArray) && value.byteLength === 1) memory[0] = value.byteAt(0);
      else if (typeof value === 'number' && value >= 0 && value < 256) memory[0] = value;
      else throw typeError('one character bytes, bytearray or integer expected');
      return null;
    },
  },
  {
    code: 'u',
    size: 4,
    align: 4,
    format: '<u',
    get: (memory) => fromUtf32(memory.subarray(0, 4)),
    set(memory, value) {
      const text = strValue(value);
      if (text === undefined) throw typeError(`unicode string expected instead of ${typeName(value)} instance`);
      const points = codePoints(text);
      if (points.length !== 1) throw typeError('one character unicode string expected');
      view(memory).setUint32(0, points[0], true);
      return null;
    },
  },
  pointer(
    'z',
    (value) => (value instanceof PyBytes ? value.bytes : undefined),
    (value) => `bytes or integer address expected instead of ${typeName(value)} instance`,
    (address) => new PyBytes(terminatedMemoryAt(address, 1).slice()),
  ),
  pointer(
    'Z',
    (value) => (typeof value === 'string' ? utf32(value) : undefined),
    (value) => `unicode string or integer address expected instead of ${typeName(value)} instance`,
    (address) => fromUtf32(terminatedMemoryAt(address, 4)),
  ),
  pointer('P', () => undefined, () => 'cannot be converted to pointer', (address) => address),
  {
    code: 'O',
    size: POINTER_SIZE,
    align: POINTER_SIZE,
    format: '<O',
    get(memory) {
      const object = objectsById.get(readAddress(memory));
      if (object === undefined) throw newException(ValueError, 'PyObject is NULL');
      return object;
    },
    set(memory, value) {
      const id = idOfValue(value);
      objectsById.set(id, value);
      storeAddress(memory, id);
      return null;
    },
  },
];

const simpleTypes = new Map(SIMPLE_TYPES.map((type) => [type.code, type]));

/** The codes _type_ may be, in the order CPython's message lists them. */
export const SIMPLE_TYPE_CODES = 'cbBhHiIlLdfuzZqQPXOv?g';

export function simpleType(code: string): SimpleType | undefined {
  return simpleTypes.get(code);
}

/** Whether bytes this type stores may be an address (pickling refuses those). */
export function holdsPointer(code: string): boolean {
  return code === 'z' || code === 'Z' || code === 'P' || code === 'O';
}
