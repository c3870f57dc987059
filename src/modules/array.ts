// The array module (CPython's Modules/arraymodule.c): array.array, a sequence of C
// numbers (or, for 'u', of wchar_t characters) of one type, stored as the bytes C would
// store them (little-endian, Linux sizes), so that the buffer protocol, tobytes and
// byteswap see what CPython's do.
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { MatchKind, nativeType, PyType } from '../objects/type';
import { typeName } from '../objects/typeOf';
import { checkArgCount, checkWrapperArgs, defineGetSets, defineMethods, newTargetOf, PyBuiltinFunction, type NativeMethod } from '../objects/native';
import { EOFError, IndexError, MemoryError, newException, OverflowError, type PyBaseException, typeError, ValueError } from '../objects/exceptions';
import {
  call, COMPARE_DUNDERS, CompareOp, getAttr, getIter, iterNext, pyEquals, pyIndex, pyRepr, richCompare,
} from '../objects/protocols';
import { NotImplemented } from '../objects/singletons';
import { PyFloat } from '../objects/float';
import { PyBuffer, PyBytes, PyByteArray } from '../objects/bytes';
import { bytesLikeArgument, indexSized } from '../objects/bytesArguments';
import { PyList } from '../objects/list';
import { PyTuple, newTuple } from '../objects/tuple';
import { PySlice } from '../objects/slice';
import { strValue } from '../objects/str';
import { codePoints } from '../objects/strCodePoints';
import { PyNativeIterator } from '../objects/nativeIterator';
import { defineIteratorMethods } from '../objects/iterators';
import { concatErrors } from '../objects/operators';
import { defineClassGetItem } from '../objects/genericAlias';
import { newInstance } from '../objects/objectMethods';
import { defineNew } from '../objects/builtinNew';
import { clampedIndex, hasIndex, repeatCount, subscriptOverflow, ssizeIndex } from '../objects/sequenceOps';
import { idOf } from '../objects/identity';
import { importModule } from '../objects/moduleImporter';
import { pyInt } from '../ast/constant';
import { asDouble } from './math';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

export const arrayModule = newModule('array', `This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.
`);
// Importing the module registers array.array as a collections.abc.MutableSequence, as arraymodule.c does.
let registeredAsMutableSequence = false;
registerBuiltinModule('array', () => {
  if (!registeredAsMutableSequence) {
    registeredAsMutableSequence = true;
    // (Importing a dotted name gives the top-level package, as `import collections.abc` binds it.)
    const mutableSequence = getAttr(getAttr(importModule('collections.abc'), 'abc'), 'MutableSequence');
    call(getAttr(mutableSequence, 'register'), [arrayType]);
  }
  return arrayModule;
});

// ---------------------------------------------------------------- type codes

/** An item as stored: an int, a double, or (for 'u') one character. */
type Item = number | bigint | string;

/** What a type code means: the C type's size, how an item is read and written, and how a Python value becomes one. */
interface TypeCode {
  readonly code: string;
  readonly itemsize: number;
  readonly isInteger: boolean;
  readonly isSigned: boolean;
  /** The format pickles name it by (typecode_to_mformat_code). */
  readonly machineFormat: number;
  read(view: DataView, offset: number): Item;
  write(view: DataView, offset: number, item: Item): void;
  /** The item a Python value stores as, with CPython's complaints about the wrong type or range. */
  convert(value: Py): Item;
}

const overflow = (message: string): PyBaseException => newException(OverflowError, message);

/** An int checked against [min, max], each bound with its own complaint, as PyArg_Parse's formats check them. */
interface Range {
  min: bigint;
  max: bigint;
  below: string;
  above: string;
}

const C_LONG: Range = { min: -(2n ** 63n), max: 2n ** 63n - 1n, below: 'Python int too large to convert to C long', above: 'Python int too large to convert to C long' };
const C_SHORT: Range = { min: -32768n, max: 32767n, below: 'signed short integer is less than minimum', above: 'signed short integer is greater than maximum' };
const C_INT: Range = { min: -(2n ** 31n), max: 2n ** 31n - 1n, below: 'signed integer is less than minimum', above: 'signed integer is greater than maximum' };

/** The integer a value gives (__index__), checked against each range in turn. */
function checkedInteger(value: Py, ...ranges: Range[]): number | bigint {
  const index = pyIndex(value);
  const big = BigInt(index);
  for (const range of ranges) {
    if (big < range.min) throw overflow(range.below);
    if (big > range.max) throw overflow(range.above);
  }
  return index;
}

function integerCode(code: string, itemsize: number, isSigned: boolean, machineFormat: number, convert: (value: Py) => Item): TypeCode {
  const read = (view: DataView, offset: number): Item => {
    switch (itemsize) {
      case 1: return isSigned ? view.getInt8(offset) : view.getUint8(offset);
      case 2: return isSigned ? view.getInt16(offset, true) : view.getUint16(offset, true);
      case 4: return isSigned ? view.getInt32(offset, true) : view.getUint32(offset, true);
      default: return pyInt(isSigned ? view.getBigInt64(offset, true) : view.getBigUint64(offset, true));
    }
  };
  const write = (view: DataView, offset: number, item: Item): void => {
    const n = item as number | bigint;
    switch (itemsize) {
      case 1: view.setUint8(offset, Number(n) & 0xff); break;
      case 2: view.setUint16(offset, Number(n) & 0xffff, true); break;
      case 4: view.setUint32(offset, Number(BigInt.asUintN(32, BigInt(n))), true); break;
      default: view.setBigUint64(offset, BigInt.asUintN(64, BigInt(n)), true);
    }
  };
  return { code, itemsize, isInteger: true, isSigned, machineFormat, read, write, convert };
}

/** An unsigned C type read with PyLong_AsUnsignedLong: a negative value and one past 64 bits have their own complaints. */
function unsignedLong(value: Py, max: bigint, above: string): Item {
  const index = pyIndex(value);
  const big = BigInt(index);
  if (big < 0n) throw overflow("can't convert negative value to unsigned int");
  if (big > 2n ** 64n - 1n) throw overflow('Python int too large to convert to C unsigned long');
  if (big > max) throw overflow(above);
  return index;
}

function floatCode(code: string, itemsize: number, machineFormat: number): TypeCode {
  const single = itemsize === 4;
  return {
    code, itemsize, isInteger: false, isSigned: true, machineFormat,
    read: (view, offset) => (single ? view.getFloat32(offset, true) : view.getFloat64(offset, true)),
    write: (view, offset, item) => (single ? view.setFloat32(offset, item as number, true) : view.setFloat64(offset, item as number, true)),
    convert: (value) => (single ? Math.fround(asDouble(value)) : asDouble(value)),
  };
}

const UNICODE_CODE: TypeCode = {
  code: 'u', itemsize: 4, isInteger: false, isSigned: false, machineFormat: 20,
  read(view, offset) {
    const codePoint = view.getUint32(offset, true);
    if (codePoint > 0x10ffff) throw newException(ValueError, `character U+${codePoint.toString(16)} is not in range [U+0000; U+10ffff]`);
    return String.fromCodePoint(codePoint);
  },
  write: (view, offset, item) => view.setUint32(offset, (item as string).codePointAt(0)!, true),
  convert(value) {
    const text = strValue(value);
    if (text === undefined || codePoints(text).length !== 1) throw typeError('array item must be unicode character');
    return text;
  },
};

const TYPE_CODES: readonly TypeCode[] = [
  integerCode('b', 1, true, 1, (v) => {
    const item = checkedInteger(v, C_LONG, C_SHORT);
    if (item < -128) throw overflow('signed char is less than minimum');
    if (item > 127) throw overflow('signed char is greater than maximum');
    return item;
  }),
  integerCode('B', 1, false, 0, (v) => {
    const item = checkedInteger(v, C_LONG);
    if (item < 0) throw overflow('unsigned byte integer is less than minimum');
    if (item > 255) throw overflow('unsigned byte integer is greater than maximum');
    return item;
  }),
  UNICODE_CODE,
  integerCode('h', 2, true, 4, (v) => checkedInteger(v, C_LONG, C_SHORT)),
  integerCode('H', 2, false, 2, (v) => {
    const item = checkedInteger(v, C_LONG, C_INT);
    if (item < 0) throw overflow('unsigned short is less than minimum');
    if (item > 65535) throw overflow('unsigned short is greater than maximum');
    return item;
  }),
  integerCode('i', 4, true, 8, (v) => checkedInteger(v, C_LONG, C_INT)),
  integerCode('I', 4, false, 6, (v) => unsignedLong(v, 2n ** 32n - 1n, 'unsigned int is greater than maximum')),
  integerCode('l', 8, true, 12, (v) => checkedInteger(v, C_LONG)),
  integerCode('L', 8, false, 10, (v) => unsignedLong(v, 2n ** 64n - 1n, '')),
  integerCode('q', 8, true, 12, (v) => {
    const index = pyIndex(v);
    const big = BigInt(index);
    if (big < -(2n ** 63n) || big > 2n ** 63n - 1n) throw overflow('int too big to convert');
    return index;
  }),
  integerCode('Q', 8, false, 10, (v) => {
    const index = pyIndex(v);
    const big = BigInt(index);
    if (big < 0n) throw overflow("can't convert negative int to unsigned");
    if (big > 2n ** 64n - 1n) throw overflow('int too big to convert');
    return index;
  }),
  floatCode('f', 4, 14),
  floatCode('d', 8, 16),
];
const TYPE_CODE_LETTERS = TYPE_CODES.map((typeCode) => typeCode.code).join('');

function typeCodeOf(letter: string): TypeCode | undefined {
  return TYPE_CODES.find((typeCode) => typeCode.code === letter);
}

// ---------------------------------------------------------------- the array object

const EMPTY = new Uint8Array(0);

export class PyArray extends PyBuffer {
  /** Room for `allocated` items; the first `length` are the array's (CPython's ob_item, allocated, ob_size). */
  private storage: Uint8Array = EMPTY;
  private view: DataView = new DataView(EMPTY.buffer);
  length = 0;
  private allocated = 0;

  constructor(cls: PyType, readonly typeCode: TypeCode) {
    super(cls);
  }

  get bytes(): Uint8Array {
    return this.storage.subarray(0, this.length * this.typeCode.itemsize);
  }

  // 'u' items export as 'w' (a UCS4 code unit), which memoryview cannot unpack.
  override get exportFormat(): string {
    return this.typeCode.code === 'u' ? 'w' : this.typeCode.code;
  }

  override get exportItemsize(): number {
    return this.typeCode.itemsize;
  }

  override get exportsWritable(): boolean {
    return true;
  }

  item(index: number): Py {
    const item = this.typeCode.read(this.view, index * this.typeCode.itemsize);
    return this.typeCode.isInteger || typeof item === 'string' ? item : new PyFloat(item as number);
  }

  /** Stores a Python value (converted, or refused) at `index`. */
  setItem(index: number, value: Py): void {
    this.typeCode.write(this.view, index * this.typeCode.itemsize, this.typeCode.convert(value));
  }

  items(): Py[] {
    const items = new Array<Py>(this.length);
    for (let i = 0; i < this.length; i++) items[i] = this.item(i);
    return items;
  }

  /**
   * array_resize: a new length, over-allocating as CPython does (so that __sizeof__
   * agrees), and shrinking the storage when 16 or more items went.
   */
  resize(length: number): void {
    if (this.allocated >= length && this.length < length + 16 && this.storage.length > 0) {
      this.length = length;
      return;
    }
    if (length === 0) {
      this.setStorage(EMPTY, 0);
      this.length = 0;
      return;
    }
    const allocated = (length >> 4) + (this.length < 8 ? 3 : 7) + length;
    if (allocated * this.typeCode.itemsize > MAX_BYTES) throw newException(MemoryError);
    const storage = new Uint8Array(allocated * this.typeCode.itemsize);
    storage.set(this.storage.subarray(0, Math.min(this.length, length) * this.typeCode.itemsize));
    this.setStorage(storage, allocated);
    this.length = length;
  }

  /** Sets the contents to exactly these bytes' items, allocated exactly (newarrayobject). */
  setBytes(bytes: Uint8Array): void {
    this.setStorage(bytes.slice(), bytes.length / this.typeCode.itemsize);
    this.length = this.allocated;
  }

  /** Appends the items these bytes hold (their length a multiple of the item size). */
  appendBytes(bytes: Uint8Array): void {
    const copy = bytes.slice();
    const start = this.length * this.typeCode.itemsize;
    this.resize(this.length + copy.length / this.typeCode.itemsize);
    this.storage.set(copy, start);
  }

  /** Replaces items [start, stop) by the bytes of `replacement` (a whole number of items). */
  replaceRange(start: number, stop: number, replacement: Uint8Array): void {
    const size = this.typeCode.itemsize;
    const copy = replacement.slice();
    const tail = this.storage.slice(stop * size, this.length * size);
    const length = start + copy.length / size + (this.length - stop);
    this.resize(length);
    this.storage.set(copy, start * size);
    this.storage.set(tail, start * size + copy.length);
  }

  bufferAddress(): number {
    return this.length === 0 ? 0 : idOf(this.storage);
  }

  sizeOf(): number {
    return ARRAY_OBJECT_SIZE + this.allocated * this.typeCode.itemsize;
  }

  private setStorage(storage: Uint8Array, allocated: number): void {
    this.storage = storage;
    this.view = new DataView(storage.buffer, storage.byteOffset, storage.byteLength);
    this.allocated = allocated;
  }
}

/** sizeof(arrayobject) on a 64-bit build. */
const ARRAY_OBJECT_SIZE = 64;
/** The most bytes an array holds here; past that, MemoryError (a typed array could not be made). */
const MAX_BYTES = 2 ** 31;

export const arrayType = nativeType('array', undefined, { matchKind: MatchKind.SEQUENCE });
arrayType.attrs.set('__module__', 'array');
arrayType.attrs.set('__hash__', null);
arrayType.attrs.set('__doc__', `array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.

Arrays represent basic values and behave very much like lists, except
the type of objects stored in them is constrained. The type is specified
at object creation time by using a type code, which is a single character.
The following type codes are defined:

    Type code   C Type             Minimum size in bytes
    'b'         signed integer     1
    'B'         unsigned integer   1
    'u'         Unicode character  2 (see note)
    'h'         signed integer     2
    'H'         unsigned integer   2
    'i'         signed integer     2
    'I'         unsigned integer   2
    'l'         signed integer     4
    'L'         unsigned integer   4
    'q'         signed integer     8 (see note)
    'Q'         unsigned integer   8 (see note)
    'f'         floating point     4
    'd'         floating point     8

NOTE: The 'u' typecode corresponds to Python's unicode character. On
narrow builds this is 2-bytes on wide builds this is 4-bytes.

NOTE: The 'q' and 'Q' type codes are only available if the platform
C compiler used to build Python supports 'long long', or, on Windows,
'__int64'.

Methods:

append() -- append a new item to the end of the array
buffer_info() -- return information giving the current memory info
byteswap() -- byteswap all the items of the array
count() -- return number of occurrences of an object
extend() -- extend array by appending multiple elements from an iterable
fromfile() -- read items from a file object
fromlist() -- append items from the list
frombytes() -- append items from the string
index() -- return index of first occurrence of an object
insert() -- insert a new item into the array at a provided position
pop() -- remove and return item (default last)
remove() -- remove first occurrence of an object
reverse() -- reverse the order of the items in the array
tofile() -- write all items to a file object
tolist() -- return the array converted to an ordinary list
tobytes() -- return the array converted to a string

Attributes:

typecode -- the typecode character used to create the array
itemsize -- the length in bytes of one array item
`);
arrayModule.dict.setStr('array', arrayType);
arrayModule.dict.setStr('ArrayType', arrayType);
arrayModule.dict.setStr('typecodes', TYPE_CODE_LETTERS);
concatErrors.set('array', (other) => `can only append array (not "${typeName(other)}") to array`);

function newArray(typeCode: TypeCode, cls: PyType = arrayType): PyArray {
  return new PyArray(cls, typeCode);
}

/** A plain array (not of a subclass) of the given items, as slicing and concatenation make. */
function arrayOfBytes(typeCode: TypeCode, bytes: Uint8Array): PyArray {
  const array = newArray(typeCode);
  array.setBytes(bytes);
  return array;
}

// ---------------------------------------------------------------- construction

arrayType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  const cls = newTargetOf(arrayType, args);
  // Keywords are refused unless a subclass's own __init__ takes them.
  const initTakesKeywords = cls.lookup('__init__') !== arrayType.lookup('__init__');
  if (!initTakesKeywords && kwnames !== null && kwnames.length > 0) throw typeError('array.array() takes no keyword arguments');
  const positional = args.slice(1, args.length - (kwnames?.length ?? 0));
  if (positional.length < 1) throw typeError(`array() takes at least 1 argument (${positional.length} given)`);
  if (positional.length > 2) throw typeError(`array() takes at most 2 arguments (${positional.length} given)`);
  const letter = strValue(positional[0]);
  if (letter === undefined || codePoints(letter).length !== 1) {
    throw typeError(`array() argument 1 must be a unicode character, not ${typeName(positional[0])}`);
  }
  const typeCode = typeCodeOf(letter);
  if (typeCode === undefined) throw newException(ValueError, 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  return newInstance(cls, initialized(newArray(typeCode, cls), positional[1]));
}, undefined, null));

/** Fills a new array from array()'s initializer, as array_new does. */
function initialized(array: PyArray, initial: Py | undefined): PyArray {
  if (initial === undefined) return array;
  const code = array.typeCode.code;
  if (code !== 'u') {
    if (strValue(initial) !== undefined) throw typeError(`cannot use a str to initialize an array with typecode '${code}'`);
    if (initial instanceof PyArray && initial.typeCode.code === 'u') {
      throw typeError(`cannot use a unicode array to initialize an array with typecode '${code}'`);
    }
  }
  if (initial instanceof PyList || initial instanceof PyTuple) {
    setAllItems(array, initial.items);
  } else if (initial instanceof PyBytes || initial instanceof PyByteArray) {
    fromBytes(array, initial.bytes);
  } else if (code === 'u' && strValue(initial) !== undefined) {
    fromUnicode(array, strValue(initial)!);
  } else if (initial instanceof PyArray && initial.typeCode === array.typeCode) {
    array.setBytes(initial.bytes);
  } else {
    extendFromIterable(array, initial);
  }
  return array;
}

/** Sets the array (empty, sized exactly) to these values, converted one by one. */
function setAllItems(array: PyArray, values: readonly Py[]): void {
  array.setBytes(new Uint8Array(values.length * array.typeCode.itemsize));
  for (let i = 0; i < values.length; i++) array.setItem(i, values[i]);
}

function fromBytes(array: PyArray, bytes: Uint8Array): void {
  if (bytes.length % array.typeCode.itemsize !== 0) throw newException(ValueError, 'bytes length not a multiple of item size');
  array.appendBytes(bytes);
}

function fromUnicode(array: PyArray, text: string): void {
  const characters = codePoints(text);
  const start = array.length;
  array.resize(start + characters.length);
  characters.forEach((codePoint, i) => array.setItem(start + i, String.fromCodePoint(codePoint)));
}

/** Appends each item of an iterable, one at a time (an error keeps those before it). */
function extendFromIterable(array: PyArray, iterable: Py): void {
  const iterator = getIter(iterable);
  for (let value = iterNext(iterator); value !== undefined; value = iterNext(iterator)) append(array, value);
}

function append(array: PyArray, value: Py): void {
  insert(array, array.length, value);
}

/** Inserts a value (converted first: a refused one leaves the array as it was). */
function insert(array: PyArray, where: number, value: Py): void {
  const typeCode = array.typeCode;
  const item = typeCode.convert(value);
  const scratch = new Uint8Array(typeCode.itemsize);
  typeCode.write(new DataView(scratch.buffer), 0, item);
  if (where === array.length) array.appendBytes(scratch);
  else array.replaceRange(where, where, scratch);
}

// ---------------------------------------------------------------- items and slices

function itemIndex(array: PyArray, key: Py, message: string): number {
  let index = ssizeIndex(key, subscriptOverflow);
  if (index < 0) index += array.length;
  if (index < 0 || index >= array.length) throw newException(IndexError, message);
  return index;
}

function getItem(array: PyArray, key: Py): Py {
  if (key instanceof PySlice) {
    const [start, , step, count] = key.indices(array.length);
    return arrayOfBytes(array.typeCode, sliceBytes(array, start, step, count));
  }
  if (!hasIndex(key)) throw typeError('array indices must be integers');
  return array.item(itemIndex(array, key, 'array index out of range'));
}

/** The bytes of `count` items from `start` on, `step` apart. */
function sliceBytes(array: PyArray, start: number, step: number, count: number): Uint8Array {
  const size = array.typeCode.itemsize;
  const source = array.bytes;
  if (step === 1) return source.slice(start * size, (start + count) * size);
  const result = new Uint8Array(count * size);
  for (let i = 0, at = start; i < count; i++, at += step) result.set(source.subarray(at * size, (at + 1) * size), i * size);
  return result;
}

/** array_ass_subscr: self[key] = value, or del self[key] when value is undefined. */
function setItem(array: PyArray, key: Py, value: Py | undefined): void {
  let start: number;
  let stop: number;
  let step: number;
  let count: number;
  if (hasIndex(key)) {
    const index = itemIndex(array, key, 'array assignment index out of range');
    if (value !== undefined) {
      array.setItem(index, value);
      return;
    }
    [start, stop, step, count] = [index, index + 1, 1, 1];
  } else if (key instanceof PySlice) {
    [start, stop, step, count] = key.indices(array.length);
  } else {
    throw typeError('array indices must be integers');
  }
  let replacement = EMPTY;
  if (value !== undefined) {
    if (!(value instanceof PyArray)) throw typeError(`can only assign array (not "${typeName(value)}") to array slice`);
    if (value.typeCode !== array.typeCode) throw badArgument();
    replacement = value.bytes.slice();
  }
  const size = array.typeCode.itemsize;
  if (step === 1) {
    if (stop < start) stop = start;
    array.replaceRange(start, stop, replacement);
  } else if (replacement.length === 0) {
    // (An empty array assigned to an extended slice deletes it, as in CPython.)
    deleteExtendedSlice(array, start, step, count);
  } else {
    const needed = replacement.length / size;
    if (needed !== count) throw newException(ValueError, `attempt to assign array of size ${needed} to extended slice of size ${count}`);
    const target = array.bytes;
    for (let i = 0, at = start; i < count; i++, at += step) target.set(replacement.subarray(i * size, (i + 1) * size), at * size);
  }
}

function deleteExtendedSlice(array: PyArray, start: number, step: number, count: number): void {
  if (count <= 0) return;
  if (step < 0) {
    start += step * (count - 1);
    step = -step;
  }
  const size = array.typeCode.itemsize;
  const source = array.bytes;
  const kept: Uint8Array[] = [];
  for (let i = 0; i < array.length; i++) {
    const removed = i >= start && (i - start) % step === 0 && (i - start) / step < count;
    if (!removed) kept.push(source.slice(i * size, (i + 1) * size));
  }
  const joined = new Uint8Array(kept.length * size);
  kept.forEach((bytes, i) => joined.set(bytes, i * size));
  array.replaceRange(0, array.length, joined);
}

/** PyErr_BadArgument. */
function badArgument(): PyBaseException {
  return typeError('bad argument type for built-in operation');
}

// ---------------------------------------------------------------- repr, comparison, iteration

function arrayRepr(array: PyArray): string {
  const name = array.cls === arrayType ? 'array' : array.cls.name;
  const code = array.typeCode.code;
  if (array.length === 0) return `${name}('${code}')`;
  const contents = code === 'u' ? pyRepr(toUnicode(array)) : pyRepr(new PyList(array.items()));
  return `${name}('${code}', ${contents})`;
}

function toUnicode(array: PyArray): string {
  let text = '';
  for (let i = 0; i < array.length; i++) text += array.item(i) as string;
  return text;
}

/** array_richcompare: arrays only; lengths decide == and != first, then the first differing item. */
function compare(op: CompareOp): NativeMethod {
  return (self: PyArray, args, kwnames) => {
    checkWrapperArgs(COMPARE_DUNDERS[op], args, kwnames, 1);
    const other = args[0];
    if (!(other instanceof PyArray)) return NotImplemented;
    if (self.length !== other.length && (op === CompareOp.EQ || op === CompareOp.NE)) return op === CompareOp.NE;
    let i = 0;
    let left: Py = null;
    let right: Py = null;
    for (; i < self.length && i < other.length; i++) {
      left = self.item(i);
      right = other.item(i);
      if (!pyEquals(left, right)) break;
    }
    if (i >= self.length || i >= other.length) return richCompare(self.length, other.length, op);
    if (op === CompareOp.EQ) return false;
    if (op === CompareOp.NE) return true;
    return richCompare(left, right, op);
  };
}

class ArrayIterator extends PyNativeIterator {
  private index = 0;
  constructor(private array: PyArray | null) {
    super(arrayIteratorType);
  }
  next(): Py | undefined {
    const array = this.array;
    if (array === null) return undefined;
    if (this.index < array.length) return array.item(this.index++);
    this.array = null;
    return undefined;
  }
}
const arrayIteratorType = nativeType('arrayiterator', undefined, { baseType: false });
arrayIteratorType.attrs.set('__module__', 'array');
defineNew(arrayIteratorType, () => {
  throw typeError("cannot create 'array.arrayiterator' instances");
});
defineIteratorMethods(arrayIteratorType);

// ---------------------------------------------------------------- methods

/** A method taking exactly one argument (METH_O): "array.append() takes exactly one argument (0 given)". */
function unaryMethod(name: string, fn: (self: PyArray, value: Py) => Py): NativeMethod {
  return (self: PyArray, args, kwnames) => {
    checkArgCount(`array.${name}`, args, kwnames, 1);
    return fn(self, args[0]);
  };
}

/** A method taking no arguments. */
function plainMethod(name: string, fn: (self: PyArray) => Py): NativeMethod {
  return (self: PyArray, args, kwnames) => {
    checkArgCount(`array.${name}`, args, kwnames, 0);
    return fn(self);
  };
}

/** A positional-only method of several arguments: "insert expected 2 arguments, got 1". */
function positionalMethod(name: string, min: number, max: number, fn: (self: PyArray, args: Py[]) => Py): NativeMethod {
  return (self: PyArray, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`array.${name}() takes no keyword arguments`);
    checkArgCount(name, args, null, min, max);
    return fn(self, args);
  };
}

function findIndex(array: PyArray, value: Py, start = 0, stop = array.length): number {
  if (start < 0) start = Math.max(0, start + array.length);
  if (stop < 0) stop = Math.max(0, stop + array.length);
  for (let i = start; i < Math.min(stop, array.length); i++) if (pyEquals(array.item(i), value)) return i;
  return -1;
}

function deleteAt(array: PyArray, index: number): void {
  array.replaceRange(index, index + 1, EMPTY);
}

function requireUnicode(array: PyArray, method: string): void {
  if (array.typeCode.code !== 'u') throw newException(ValueError, `${method}() may only be called on unicode type arrays`);
}

/** The items' bytes with each item's byte order reversed. */
function swappedBytes(array: PyArray): Uint8Array {
  const size = array.typeCode.itemsize;
  const bytes = array.bytes.slice();
  for (let at = 0; at < bytes.length; at += size) bytes.subarray(at, at + size).reverse();
  return bytes;
}

/** The repeated contents (`count` times, none when negative). */
function repeatedBytes(array: PyArray, count: number): Uint8Array {
  const source = array.bytes;
  if (count <= 0 || source.length === 0) return EMPTY;
  if (source.length * count > MAX_BYTES) throw newException(MemoryError);
  const result = new Uint8Array(source.length * count);
  for (let i = 0; i < count; i++) result.set(source, i * source.length);
  return result;
}

function copyOf(array: PyArray): PyArray {
  return arrayOfBytes(array.typeCode, array.bytes);
}

/** The bytes written at a time by tofile (CPython's BLOCKSIZE). */
const FILE_BLOCK_SIZE = 64 * 1024;

defineMethods(arrayType, {
  __len__: (self: PyArray) => self.length,
  __getitem__: (self: PyArray, args) => getItem(self, args[0]),
  __setitem__(self: PyArray, args, kwnames) {
    checkWrapperArgs('__setitem__', args, kwnames, 2);
    setItem(self, args[0], args[1]);
    return null;
  },
  __delitem__(self: PyArray, args, kwnames) {
    checkWrapperArgs('__delitem__', args, kwnames, 1);
    setItem(self, args[0], undefined);
    return null;
  },
  __contains__: (self: PyArray, args) => findIndex(self, args[0]) >= 0,
  __iter__: (self: PyArray) => new ArrayIterator(self),
  __repr__: (self: PyArray) => arrayRepr(self),
  __add__(self: PyArray, args) {
    const other = args[0];
    if (!(other instanceof PyArray)) return NotImplemented;
    if (other.typeCode !== self.typeCode) throw badArgument();
    const result = arrayOfBytes(self.typeCode, self.bytes);
    result.appendBytes(other.bytes);
    return result;
  },
  __mul__(self: PyArray, args) {
    const count = repeatCount(args[0]);
    return count === undefined ? NotImplemented : arrayOfBytes(self.typeCode, repeatedBytes(self, count));
  },
  __rmul__(self: PyArray, args) {
    const count = repeatCount(args[0]);
    return count === undefined ? NotImplemented : arrayOfBytes(self.typeCode, repeatedBytes(self, count));
  },
  __iadd__(self: PyArray, args) {
    const other = args[0];
    if (!(other instanceof PyArray)) throw typeError(`can only extend array with array (not "${typeName(other)}")`);
    if (other.typeCode !== self.typeCode) throw typeError('can only extend with array of same kind');
    self.appendBytes(other.bytes);
    return self;
  },
  __imul__(self: PyArray, args) {
    const count = repeatCount(args[0]);
    if (count === undefined) return NotImplemented;
    const repeated = repeatedBytes(self, count);
    self.replaceRange(0, self.length, repeated);
    return self;
  },
  ...Object.fromEntries(COMPARE_DUNDERS.map((dunder, op: CompareOp) => [dunder, compare(op)])),

  append: unaryMethod('append', (self, value) => {
    append(self, value);
    return null;
  }),
  buffer_info: plainMethod('buffer_info', (self) => newTuple([self.bufferAddress(), self.length])),
  byteswap: plainMethod('byteswap', (self) => {
    self.bytes.set(swappedBytes(self));
    return null;
  }),
  count: unaryMethod('count', (self, value) => {
    let count = 0;
    for (let i = 0; i < self.length; i++) if (pyEquals(self.item(i), value)) count++;
    return count;
  }),
  extend: unaryMethod('extend', (self, iterable) => {
    if (iterable instanceof PyArray) {
      if (iterable.typeCode !== self.typeCode) throw typeError('can only extend with array of same kind');
      self.appendBytes(iterable.bytes);
    } else {
      extendFromIterable(self, iterable);
    }
    return null;
  }),
  frombytes: unaryMethod('frombytes', (self, buffer) => {
    // (An array of wider items exports a buffer of those items, which frombytes refuses.)
    if (buffer instanceof PyArray && buffer.typeCode.itemsize !== 1) throw typeError('a bytes-like object is required');
    fromBytes(self, bytesLikeArgument(buffer));
    return null;
  }),
  fromfile: positionalMethod('fromfile', 2, 2, (self, [file, n]) => {
    const count = indexSized(n, OverflowError);
    if (count < 0) throw newException(ValueError, 'negative count');
    const wanted = count * self.typeCode.itemsize;
    const data = call(getAttr(file, 'read'), [wanted]);
    if (!(data instanceof PyBytes)) throw typeError("read() didn't return bytes");
    fromBytes(self, data.bytes);
    if (data.bytes.length !== wanted) throw newException(EOFError, "read() didn't return enough bytes");
    return null;
  }),
  fromlist: unaryMethod('fromlist', (self, list) => {
    if (!(list instanceof PyList)) throw typeError('arg must be list');
    const start = self.length;
    const values = list.items.slice();
    self.resize(start + values.length);
    try {
      values.forEach((value, i) => self.setItem(start + i, value));
    } catch (error) {
      self.resize(start);
      throw error;
    }
    return null;
  }),
  fromunicode: unaryMethod('fromunicode', (self, text) => {
    const value = strValue(text);
    if (value === undefined) throw typeError(`fromunicode() argument must be str, not ${typeName(text)}`);
    requireUnicode(self, 'fromunicode');
    fromUnicode(self, value);
    return null;
  }),
  index: positionalMethod('index', 1, 3, (self, args) => {
    const start = args.length > 1 ? clampedIndex(args[1]) : 0;
    const stop = args.length > 2 ? clampedIndex(args[2]) : self.length;
    const found = findIndex(self, args[0], start, stop);
    if (found < 0) throw newException(ValueError, 'array.index(x): x not in array');
    return found;
  }),
  insert: positionalMethod('insert', 2, 2, (self, [position, value]) => {
    let where = indexSized(position, OverflowError);
    if (where < 0) where = Math.max(0, where + self.length);
    insert(self, Math.min(where, self.length), value);
    return null;
  }),
  pop: positionalMethod('pop', 0, 1, (self, args) => {
    let index = args.length > 0 ? indexSized(args[0], OverflowError) : -1;
    if (self.length === 0) throw newException(IndexError, 'pop from empty array');
    if (index < 0) index += self.length;
    if (index < 0 || index >= self.length) throw newException(IndexError, 'pop index out of range');
    const value = self.item(index);
    deleteAt(self, index);
    return value;
  }),
  remove: unaryMethod('remove', (self, value) => {
    const found = findIndex(self, value);
    if (found < 0) throw newException(ValueError, 'array.remove(x): x not in array');
    deleteAt(self, found);
    return null;
  }),
  reverse: plainMethod('reverse', (self) => {
    const size = self.typeCode.itemsize;
    const bytes = self.bytes.slice().reverse();
    // Reversing the bytes reverses the items and each item's bytes: put those back.
    for (let at = 0; at < bytes.length; at += size) bytes.subarray(at, at + size).reverse();
    self.bytes.set(bytes);
    return null;
  }),
  tobytes: plainMethod('tobytes', (self) => new PyBytes(self.bytes.slice())),
  tofile: unaryMethod('tofile', (self, file) => {
    const bytes = self.bytes;
    const write = getAttr(file, 'write');
    for (let at = 0; at < bytes.length; at += FILE_BLOCK_SIZE) call(write, [new PyBytes(bytes.slice(at, at + FILE_BLOCK_SIZE))]);
    return null;
  }),
  tolist: plainMethod('tolist', (self) => new PyList(self.items())),
  tounicode: plainMethod('tounicode', (self) => {
    requireUnicode(self, 'tounicode');
    return toUnicode(self);
  }),
  __copy__: plainMethod('__copy__', copyOf),
  __deepcopy__: unaryMethod('__deepcopy__', copyOf),
  __sizeof__: plainMethod('__sizeof__', (self) => self.sizeOf()),
  __reduce_ex__: unaryMethod('__reduce_ex__', (self, protocol) => {
    if (typeof protocol !== 'number' && typeof protocol !== 'bigint' && typeof protocol !== 'boolean') {
      throw typeError('__reduce_ex__ argument should be an integer');
    }
    const dict = self.dict ?? null;
    if (Number(protocol) < 3) return newTuple([self.cls, newTuple([self.typeCode.code, new PyList(self.items())]), dict]);
    const reconstructor = arrayModule.dict.getStr('_array_reconstructor')!;
    return newTuple([reconstructor, newTuple([self.cls, self.typeCode.code, self.typeCode.machineFormat, new PyBytes(self.bytes.slice())]), dict]);
  }),
});
defineGetSets(arrayType, {
  typecode: { get: (self: PyArray) => self.typeCode.code },
  itemsize: { get: (self: PyArray) => self.typeCode.itemsize },
});
defineClassGetItem(arrayType);

// ---------------------------------------------------------------- _array_reconstructor

/** The machine formats pickles name items by: size, signedness, byte order (mformat_descriptors, as CPython lists them). */
const MACHINE_FORMATS: readonly { size: number; signed: boolean; bigEndian: boolean }[] = [
  [1, 0, 0], [1, 1, 0], [2, 0, 0], [2, 0, 1], [2, 1, 0], [2, 1, 1], [4, 0, 0], [4, 0, 1], [4, 1, 0], [4, 1, 1],
  [8, 0, 0], [8, 0, 1], [8, 1, 0], [8, 1, 1], [4, 0, 0], [4, 0, 1], [8, 0, 0], [8, 0, 1], [4, 0, 0], [4, 0, 1], [8, 0, 0], [8, 0, 1],
].map(([size, signed, bigEndian]) => ({ size, signed: signed === 1, bigEndian: bigEndian === 1 }));
const FLOAT_FORMATS = [14, 15];
const DOUBLE_FORMATS = [16, 17];
const UTF16_FORMATS = [18, 19];
const UTF32_FORMATS = [20, 21];

defineFunction(arrayModule, '_array_reconstructor', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('_array_reconstructor() takes no keyword arguments');
  checkArgCount('_array_reconstructor', args, null, 4);
  const [cls, typecodeArgument, formatArgument, items] = args;
  if (!(cls instanceof PyType)) throw typeError(`first argument must be a type object, not ${typeName(cls)}`);
  if (!cls.isSubtypeOf(arrayType)) throw typeError(`${cls.name} is not a subtype of array.array`);
  const letter = strValue(typecodeArgument);
  if (letter === undefined || codePoints(letter).length !== 1) {
    throw typeError(`_array_reconstructor() argument 2 must be a unicode character, not ${typeName(typecodeArgument)}`);
  }
  let typeCode = typeCodeOf(letter);
  if (typeCode === undefined) throw newException(ValueError, 'second argument must be a valid type code');
  const format = Number(pyIndex(formatArgument));
  if (format < -1 || format >= MACHINE_FORMATS.length) throw newException(ValueError, 'third argument must be a valid machine format code.');
  if (!(items instanceof PyBytes)) throw typeError(`fourth argument should be bytes, not ${typeName(items)}`);
  if (format === typeCode.machineFormat || format === -1) return makeArray(cls, typeCode, items);
  const { size, signed, bigEndian } = MACHINE_FORMATS[format];
  const bytes = items.bytes;
  if (bytes.length % size !== 0) throw newException(ValueError, 'string length not a multiple of item size');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values: Py[] = [];
  if (FLOAT_FORMATS.includes(format) || DOUBLE_FORMATS.includes(format)) {
    for (let at = 0; at < bytes.length; at += size) values.push(new PyFloat(size === 4 ? view.getFloat32(at, !bigEndian) : view.getFloat64(at, !bigEndian)));
  } else if (UTF16_FORMATS.includes(format)) {
    return makeArray(cls, typeCodeOf('u')!, new TextDecoder(bigEndian ? 'utf-16be' : 'utf-16le').decode(bytes));
  } else if (UTF32_FORMATS.includes(format)) {
    return makeArray(cls, typeCodeOf('u')!, utf32Text(view, bigEndian));
  } else {
    // Integers go to the type code of their size and signedness (the last that fits, as CPython picks).
    typeCode = TYPE_CODES.filter((candidate) => candidate.isInteger && candidate.itemsize === size && candidate.isSigned === signed).pop()!;
    for (let at = 0; at < bytes.length; at += size) values.push(readInteger(bytes.subarray(at, at + size), signed, bigEndian));
  }
  return makeArray(cls, typeCode, new PyList(values));
});

function utf32Text(view: DataView, bigEndian: boolean): string {
  let text = '';
  for (let at = 0; at + 4 <= view.byteLength; at += 4) text += String.fromCodePoint(view.getUint32(at, !bigEndian));
  return text;
}

function readInteger(bytes: Uint8Array, signed: boolean, bigEndian: boolean): Py {
  const ordered = bigEndian ? Array.from(bytes) : Array.from(bytes).reverse();
  let value = 0n;
  for (const byte of ordered) value = (value << 8n) | BigInt(byte);
  return pyInt(signed ? BigInt.asIntN(bytes.length * 8, value) : value);
}

/** make_array: the class called as array(typecode, items) would be. */
function makeArray(cls: PyType, typeCode: TypeCode, items: Py): Py {
  return call(cls, [typeCode.code, items]);
}

