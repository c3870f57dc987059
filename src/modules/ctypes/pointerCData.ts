// _ctypes._Pointer: a pointer to a ctypes type (POINTER(c_int) is LP_c_int, kept in
// _pointer_type_cache), holding an address of ./addresses. Its .contents and items are
// the memory at that address, read as the pointed-to type; setting .contents points it
// at an object (kept alive with the pointer).
import type { Py } from '../../objects/object';
import { PyType } from '../../objects/type';
import { PyDict } from '../../objects/dict';
import { newDict } from '../../objects/dictType';
import { newTuple } from '../../objects/tuple';
import { newException, typeError, ValueError } from '../../objects/exceptions';
import { hasIndex, indexSized } from '../../objects/bytesArguments';
import { checkArgCount, defineGetSets, defineMethods } from '../../objects/native';
import { call, getAttr } from '../../objects/protocols';
import { typeName } from '../../objects/typeOf';
import { addressOfMemory, memoryAt } from './addresses';
import { cdataType, CKind, defineCDataNew, PyCData, requireTypeInfo, typeInfoOf } from './cdata';
import { defineMetatypeNew, pointerMetatype } from './metatypes';
import { readItem, writeItem } from './items';
import { readAddress, storeAddress } from './simpleTypes';

const POINTER_SIZE = 8;

export const pointerType = new PyType(pointerMetatype, '_Pointer', [cdataType]);
pointerType.attrs.set('__module__', '_ctypes');
defineCDataNew(pointerType);

defineMetatypeNew(pointerMetatype, (cls) => {
  const target = cls.lookup('_type_');
  if (target !== undefined && !(target instanceof PyType && typeInfoOf(target) !== undefined)) throw typeError('_type_ must have storage info');
  return { kind: CKind.POINTER, size: POINTER_SIZE, align: POINTER_SIZE, itemType: (target as PyType | undefined) ?? null, format: '&B', itemsize: POINTER_SIZE, holdsPointer: true };
});

/** _ctypes._pointer_type_cache: the pointer type of each type POINTER was asked for. */
export const pointerTypeCache: PyDict = newDict();

/** POINTER(cls): the class of pointers to `cls`, made once. */
export function pointerTypeOf(target: Py): Py {
  const cached = pointerTypeCache.get(target);
  if (cached !== undefined) return cached;
  const namespace = newDict();
  let name: string;
  if (typeof target === 'string') name = `LP_${target}`;
  else if (target instanceof PyType) {
    name = `LP_${target.name}`;
    namespace.setStr('_type_', target);
  } else throw typeError('must be a ctypes type');
  const type = call(pointerMetatype, [name, newTuple([pointerType]), namespace]);
  pointerTypeCache.set(typeof target === 'string' ? type : target, type);
  return type;
}

function targetOf(self: PyCData): PyType {
  const target = requireTypeInfo(self.cls).itemType;
  if (target === null || target === undefined) throw typeError('Cannot create instance: has no _type_');
  return target;
}

function pointedMemory(self: PyCData, index: number): Uint8Array {
  const address = readAddress(self.memory);
  if (address === 0) throw newException(ValueError, 'NULL pointer access');
  const size = requireTypeInfo(targetOf(self)).size;
  return memoryAt(address + index * size, size);
}

/** Points `self` at `value`'s memory, keeping it alive. */
function pointAt(self: PyCData, value: Py): void {
  const target = targetOf(self);
  if (!(value instanceof PyCData) || !value.cls.isSubtypeOf(target)) throw typeError(`expected ${target.name} instead of ${typeName(value)}`);
  storeAddress(self.memory, addressOfMemory(value.memory));
  self.keep(value);
}

defineMethods(pointerType, {
  __init__(self, args, kwnames) {
    checkArgCount('__init__', args, kwnames, 0, 1);
    if (args.length === 1) pointAt(self as PyCData, args[0]);
    return null;
  },
  __getitem__(self, args) {
    const data = self as PyCData;
    if (!hasIndex(args[0])) throw typeError('Pointer indices must be integer');
    return readItem(targetOf(data), pointedMemory(data, indexSized(args[0])), null);
  },
  __setitem__(self, args) {
    const data = self as PyCData;
    if (!hasIndex(args[0])) throw typeError('Pointer indices must be integer');
    writeItem(targetOf(data), pointedMemory(data, indexSized(args[0])), args[1], data);
    return null;
  },
  __bool__: (self) => readAddress((self as PyCData).memory) !== 0,
});

defineGetSets(pointerType, {
  contents: {
    get: (self: PyCData) => call(getAttr(targetOf(self), 'from_address'), [readAddressChecked(self)]),
    set(self: PyCData, value) {
      if (value === undefined) throw typeError('Pointer does not support item deletion');
      pointAt(self, value);
    },
  },
});

function readAddressChecked(self: PyCData): number {
  const address = readAddress(self.memory);
  if (address === 0) throw newException(ValueError, 'NULL pointer access');
  return address;
}

/** pointer(obj): a new pointer to `obj`. */
export function pointerTo(value: Py): Py {
  if (!(value instanceof PyCData)) throw typeError('_type_ must have storage info');
  return call(pointerTypeOf(value.cls), [value]);
}
