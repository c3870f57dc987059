// Reading and writing a ctypes value that lies inside another's memory — an array's item,
// a structure's field, what a pointer points to — as PyCData_get and _PyCData_set do: a
// fundamental simple type reads as its Python value, anything else as an object viewing
// that memory; a write takes an instance of the type (copying its bytes) or, for a
// simple type, a Python value.
import type { Py } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { PyTuple } from '../../objects/tuple';
import { typeError } from '../../objects/exceptions';
import { call } from '../../objects/protocols';
import { typeName } from '../../objects/typeOf';
import { CKind, newCData, PyCData, requireTypeInfo } from './cdata';
import { readsAsValue } from './simpleCData';

export function readItem(type: PyType, memory: Uint8Array, owner: PyCData | null): Py {
  const info = requireTypeInfo(type);
  if (info.kind === CKind.SIMPLE && readsAsValue(type)) return info.simple!.get(memory);
  return newCData(type, memory, owner);
}

export function writeItem(type: PyType, memory: Uint8Array, value: Py, owner: PyCData): void {
  const info = requireTypeInfo(type);
  if (value instanceof PyCData && value.cls.isSubtypeOf(type)) {
    memory.set(value.memory.subarray(0, memory.length));
    owner.keep(value.objects);
    return;
  }
  if (info.kind === CKind.SIMPLE) {
    owner.keep(info.simple!.set(memory, value));
    return;
  }
  if ((info.kind === CKind.ARRAY || info.kind === CKind.STRUCT || info.kind === CKind.UNION) && value instanceof PyTuple) {
    writeItem(type, memory, call(type, value.items), owner);
    return;
  }
  throw typeError(`expected ${type.name} instance, got ${typeName(value)}`);
}
