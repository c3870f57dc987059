// _ctypes.Array: `_length_` items of `_type_` back to back. An array type is made by
// `itemtype * length` (any ctypes type's metaclass repeats) and kept, so that `c_int * 3`
// is the same class each time, named c_int_Array_3. Arrays of c_char and c_wchar also
// have .value (up to the first NUL) and, for c_char, .raw.
import type { Py } from '../../objects/object';
import { PyType } from '../../objects/type';
import { PyBytes } from '../../objects/bytes';
import { PyList } from '../../objects/list';
import { PySlice } from '../../objects/slice';
import { newTuple } from '../../objects/tuple';
import { newDict } from '../../objects/dictType';
import { AttributeError, IndexError, newException, typeError, ValueError } from '../../objects/exceptions';
import { bytesLikeArgument, hasIndex, indexSized } from '../../objects/bytesArguments';
import { defineGetSets, defineMethods } from '../../objects/native';
import { call, iterableToArray, pyIndex } from '../../objects/protocols';
import { typeName } from '../../objects/typeOf';
import { cdataType, CKind, defineCDataNew, PyCData, requireTypeInfo, typeInfoOf } from './cdata';
import { ALL_METATYPES, arrayMetatype, defineMetatypeNew } from './metatypes';
import { readItem, writeItem } from './items';
import { fromUtf32, utf32 } from './simpleTypes';

export const arrayType = new PyType(arrayMetatype, 'Array', [cdataType]);
arrayType.attrs.set('__module__', '_ctypes');
defineCDataNew(arrayType);

defineMetatypeNew(arrayMetatype, (cls) => {
  const length = cls.lookup('_length_');
  if (length === undefined) throw newException(AttributeError, "class must define a '_length_' attribute");
  if (!hasIndex(length)) throw typeError("The '_length_' attribute must be an integer");
  const count = Number(pyIndex(length));
  if (count < 0) throw newException(ValueError, "The '_length_' attribute must not be negative");
  const itemType = cls.lookup('_type_');
  if (itemType === undefined) throw newException(AttributeError, "class must define a '_type_' attribute");
  const item = itemType instanceof PyType ? typeInfoOf(itemType) : undefined;
  if (item === undefined) throw typeError('_type_ must have storage info');
  return {
    kind: CKind.ARRAY, size: item.size * count, align: item.align, length: count, itemType: itemType as PyType,
    format: item.format, itemsize: item.itemsize, holdsPointer: item.holdsPointer,
  };
});

const arrayTypes = new Map<PyType, Map<number, PyType>>();

/** The array type of `length` items of `itemType` (PyCArrayType_from_ctype). */
export function arrayTypeOf(itemType: PyType, length: number): PyType {
  if (length < 0) throw newException(ValueError, `Array length must be >= 0, not ${length}`);
  let byLength = arrayTypes.get(itemType);
  if (byLength === undefined) arrayTypes.set(itemType, (byLength = new Map()));
  let type = byLength.get(length);
  if (type === undefined) {
    const namespace = newDict();
    namespace.setStr('_length_', length);
    namespace.setStr('_type_', itemType);
    type = call(arrayMetatype, [`${itemType.name}_Array_${length}`, newTuple([arrayType]), namespace]) as PyType;
    byLength.set(length, type);
  }
  return type;
}

function repeat(self: Py, count: Py): Py {
  if (!hasIndex(count)) throw typeError(`can't multiply sequence by non-int of type '${typeName(count)}'`);
  return arrayTypeOf(self as PyType, indexSized(count));
}

for (const meta of ALL_METATYPES) {
  defineMethods(meta, {
    __mul__: (self, args) => repeat(self, args[0]),
    __rmul__: (self, args) => repeat(self, args[0]),
  });
}

function itemLayout(self: PyCData): { itemType: PyType; length: number; itemSize: number } {
  const info = requireTypeInfo(self.cls);
  const itemType = info.itemType!;
  return { itemType, length: info.length!, itemSize: requireTypeInfo(itemType).size };
}

function itemIndex(self: PyCData, key: Py, length: number): number {
  let index = indexSized(key);
  if (index < 0) index += length;
  if (index < 0 || index >= length) throw newException(IndexError, 'invalid index');
  return index;
}

/** The code of the array's item type when it is c_char or c_wchar (slices of those read as bytes or str). */
function characterCode(itemType: PyType): string | undefined {
  const code = requireTypeInfo(itemType).simple?.code;
  return code === 'c' || code === 'u' ? code : undefined;
}

defineMethods(arrayType, {
  __init__(self, args, kwnames) {
    const positional = args.slice(0, args.length - (kwnames?.length ?? 0));
    const data = self as PyCData;
    const { itemType, length, itemSize } = itemLayout(data);
    positional.forEach((value, at) => {
      const index = itemIndex(data, at, length);
      writeItem(itemType, data.memory.subarray(index * itemSize, (index + 1) * itemSize), value, data);
    });
    return null;
  },
  __len__: (self) => requireTypeInfo((self as PyCData).cls).length!,
  __getitem__(self, args) {
    const data = self as PyCData;
    const { itemType, length, itemSize } = itemLayout(data);
    const key = args[0];
    if (key instanceof PySlice) {
      const [start, , step, count] = key.indices(length);
      const offsets = Array.from({ length: count }, (_, i) => (start + i * step) * itemSize);
      const code = characterCode(itemType);
      if (code === 'c') return new PyBytes(Uint8Array.from(offsets, (offset) => data.memory[offset]));
      if (code === 'u') return offsets.map((offset) => fromUtf32(data.memory.subarray(offset, offset + 4))).join('');
      return new PyList(offsets.map((offset) => readItem(itemType, data.memory.subarray(offset, offset + itemSize), data)));
    }
    if (!hasIndex(key)) throw typeError('indices must be integers');
    const index = itemIndex(data, key, length);
    return readItem(itemType, data.memory.subarray(index * itemSize, (index + 1) * itemSize), data);
  },
  __setitem__(self, args) {
    const data = self as PyCData;
    const { itemType, length, itemSize } = itemLayout(data);
    const [key, value] = args;
    const store = (index: number, item: Py) => writeItem(itemType, data.memory.subarray(index * itemSize, (index + 1) * itemSize), item, data);
    if (key instanceof PySlice) {
      const [start, , step, count] = key.indices(length);
      const items = iterableToArray(value);
      if (items.length !== count) throw newException(ValueError, 'Can only assign sequence of same size');
      items.forEach((item, i) => store(start + i * step, item));
      return null;
    }
    if (!hasIndex(key)) throw typeError('indices must be integers');
    store(itemIndex(data, key, length), value);
    return null;
  },
  __delitem__() {
    throw typeError('Array does not support item deletion');
  },
});

/** .value and .raw, which only arrays of c_char (and .value of c_wchar) have: an AttributeError for others. */
function characterArray(self: PyCData, code: string, attribute: string): PyCData {
  if (characterCode(requireTypeInfo(self.cls).itemType!) !== code) {
    throw newException(AttributeError, `'${self.cls.name}' object has no attribute '${attribute}'`);
  }
  return self;
}

defineGetSets(arrayType, {
  value: {
    get(self: PyCData) {
      const code = characterCode(requireTypeInfo(self.cls).itemType!);
      if (code === 'u') {
        const text = fromUtf32(self.memory);
        const end = text.indexOf('\0');
        return end < 0 ? text : text.slice(0, end);
      }
      characterArray(self, 'c', 'value');
      const end = self.memory.indexOf(0);
      return new PyBytes(self.memory.slice(0, end < 0 ? self.memory.length : end));
    },
    set(self: PyCData, value) {
      if (value === undefined) throw typeError("can't delete attribute");
      const code = characterCode(requireTypeInfo(self.cls).itemType!);
      if (code === 'u') {
        if (typeof value !== 'string') throw typeError(`unicode string expected instead of ${typeName(value)} instance`);
        storeTerminated(self, utf32(value), 4, 'string too long');
        return;
      }
      characterArray(self, 'c', 'value');
      if (!(value instanceof PyBytes)) throw typeError(`bytes expected instead of ${typeName(value)} instance`);
      storeTerminated(self, value.bytes, 1, 'byte string too long');
    },
  },
  raw: {
    get: (self: PyCData) => new PyBytes(characterArray(self, 'c', 'raw').memory.slice()),
    set(self: PyCData, value) {
      if (value === undefined) throw typeError("can't delete attribute");
      const bytes = bytesLikeArgument(value);
      if (bytes.length > characterArray(self, 'c', 'raw').memory.length) throw newException(ValueError, 'byte string too long');
      self.memory.set(bytes);
    },
  },
});

/** Stores `bytes` at the array's start, followed by a NUL (`width` bytes) when there is room for one. */
function storeTerminated(self: PyCData, bytes: Uint8Array, width: number, tooLong: string): void {
  if (bytes.length > self.memory.length) throw newException(ValueError, tooLong);
  self.memory.set(bytes);
  if (bytes.length + width <= self.memory.length) self.memory.fill(0, bytes.length, bytes.length + width);
}
