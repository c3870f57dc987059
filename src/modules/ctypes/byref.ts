// byref(obj, offset=0): a CArgObject, the light-weight pointer to (part of) a ctypes
// object that a C function argument can be, shown as <cparam 'P' (0x...)>.
import type { Py } from '../../objects/object';
import { PyObject } from '../../objects/object';
import { nativeType } from '../../objects/type';
import { defineGetSets, defineMethods } from '../../objects/native';
import { addressOfMemory } from './addresses';
import type { PyCData } from './cdata';

const argumentType = nativeType('CArgObject', undefined, { baseType: false, instantiable: false });

class PyCArgument extends PyObject {
  constructor(readonly object: PyCData, readonly offset: number) {
    super(argumentType);
  }
}

export function byReference(object: PyCData, offset: number): PyCArgument {
  return new PyCArgument(object, offset);
}

/** The object and offset a byref() value points into, or undefined for anything else. */
export function byrefTarget(value: Py): { object: PyCData; offset: number } | undefined {
  return value instanceof PyCArgument ? value : undefined;
}

defineMethods(argumentType, {
  __repr__(self) {
    const argument = self as PyCArgument;
    return `<cparam 'P' (0x${(addressOfMemory(argument.object.memory) + argument.offset).toString(16)})>`;
  },
});

defineGetSets(argumentType, {
  _obj: { get: (self: PyCArgument) => self.object },
});
