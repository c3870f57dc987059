// The metaclasses of ctypes' types (PyCSimpleType, PyCArrayType, PyCPointerType,
// PyCStructType, UnionType, PyCFuncPtrType): making a class with one of them is
// type.__new__ followed by working out the class's CTypeInfo (what its _type_, _length_
// or _fields_ say), which each kind's own file does (the makeInfo given to
// defineMetatypeNew). Every metaclass also has CPython's CDataType methods: from_buffer,
// from_buffer_copy, from_address, from_param; and `type * n` (./arrayCData).
import type { Py } from '../../objects/object';
import { nativeType, typeType, PyType } from '../../objects/type';
import { PyMemoryView } from '../../objects/memoryview';
import { PyBuffer } from '../../objects/bytes';
import { bytesLikeArgument, ssizeArgument } from '../../objects/bytesArguments';
import { newException, typeError, ValueError } from '../../objects/exceptions';
import { checkArgCount, defineMethods, PyBuiltinFunction } from '../../objects/native';
import { call, isInstance } from '../../objects/protocols';
import { typeName } from '../../objects/typeOf';
import { memoryAt } from './addresses';
import { type CTypeInfo, newCData, requireTypeInfo, setTypeInfo } from './cdata';

function metatype(name: string): PyType {
  const type = nativeType(name, typeType);
  type.attrs.set('__module__', '_ctypes');
  return type;
}

export const simpleMetatype = metatype('PyCSimpleType');
export const arrayMetatype = metatype('PyCArrayType');
export const pointerMetatype = metatype('PyCPointerType');
export const structMetatype = metatype('PyCStructType');
export const unionMetatype = metatype('UnionType');
export const functionMetatype = metatype('PyCFuncPtrType');
export const ALL_METATYPES = [simpleMetatype, arrayMetatype, pointerMetatype, structMetatype, unionMetatype, functionMetatype];

const typeNew = typeType.attrs.get('__new__')!;

/**
 * Gives `meta` a __new__ that makes the class as type.__new__ does, then its CTypeInfo:
 * what `makeInfo` works out from the new class (undefined leaves it abstract).
 */
export function defineMetatypeNew(meta: PyType, makeInfo: (cls: PyType) => CTypeInfo | undefined): void {
  meta.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
    const cls = call(typeNew, args, kwnames);
    if (cls instanceof PyType) {
      const info = makeInfo(cls);
      if (info !== undefined) setTypeInfo(cls, info);
    }
    return cls;
  }, undefined, null));
}

/** The writable, contiguous memory of `value`, as from_buffer asks for it (PyBUF_WRITABLE). */
function writableBuffer(value: Py): Uint8Array {
  if (!(value instanceof PyBuffer)) throw typeError(`memoryview: a bytes-like object is required, not '${typeName(value)}'`);
  if (value instanceof PyMemoryView) {
    if (value.readonly) throw typeError('underlying buffer is not writable');
    if (!value.isCContiguous) throw typeError('underlying buffer is not C contiguous');
  } else if (!value.exportsWritable) throw typeError('underlying buffer is not writable');
  return value.bytes;
}

function checkedRegion(size: number, available: number, offsetArgument: Py | undefined): number {
  const offset = offsetArgument === undefined ? 0 : ssizeArgument(offsetArgument);
  if (offset < 0) throw newException(ValueError, 'offset cannot be negative');
  if (size > available - offset) throw newException(ValueError, `Buffer size too small (${available} instead of at least ${size + offset} bytes)`);
  return offset;
}

for (const meta of ALL_METATYPES) {
  defineMethods(meta, {
    from_buffer(self, args, kwnames) {
      checkArgCount('from_buffer', args, kwnames, 1, 2);
      const cls = self as PyType;
      const { size } = requireTypeInfo(cls);
      const memory = writableBuffer(args[0]);
      const offset = checkedRegion(size, memory.length, args[1]);
      const instance = newCData(cls, memory.subarray(offset, offset + size));
      instance.keep(args[0]);
      return instance;
    },
    from_buffer_copy(self, args, kwnames) {
      checkArgCount('from_buffer_copy', args, kwnames, 1, 2);
      const cls = self as PyType;
      const { size } = requireTypeInfo(cls);
      const bytes = bytesLikeArgument(args[0]);
      const offset = checkedRegion(size, bytes.length, args[1]);
      const instance = newCData(cls);
      instance.memory.set(bytes.subarray(offset, offset + size));
      return instance;
    },
    from_address(self, args, kwnames) {
      checkArgCount('from_address', args, kwnames, 1);
      const cls = self as PyType;
      return newCData(cls, memoryAt(Number(ssizeArgument(args[0])), requireTypeInfo(cls).size));
    },
    from_param(self, args, kwnames) {
      checkArgCount('from_param', args, kwnames, 1);
      const cls = self as PyType;
      if (isInstance(args[0], cls)) return args[0];
      try {
        return call(cls, [args[0]]);
      } catch {
        throw typeError('wrong type');
      }
    },
  });
}
