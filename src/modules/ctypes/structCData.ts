// _ctypes.Structure and Union: fields laid out as a C compiler lays them out (each at the
// next multiple of its alignment; a union's all at 0), from the class's _fields_ —
// given in the class body or assigned once afterwards. Each field is a descriptor on
// the class (repr <Field type=c_int, ofs=0, size=4>). Not modelled: bit fields, _pack_,
// _anonymous_.
import type { Py } from '../../objects/object';
import { nativeType, PyType, typeType } from '../../objects/type';
import { newException, typeError, AttributeError } from '../../objects/exceptions';
import { defineGetSets, defineMethods } from '../../objects/native';
import { call, iterableToArray, setAttr } from '../../objects/protocols';
import { PyTuple } from '../../objects/tuple';
import { cdataType, CKind, type CField, type CTypeInfo, defineCDataNew, PyCData, setTypeInfo, typeInfoOf } from './cdata';
import { defineMetatypeNew, structMetatype, unionMetatype } from './metatypes';
import { readItem, writeItem } from './items';

export const structureType = new PyType(structMetatype, 'Structure', [cdataType]);
export const unionType = new PyType(unionMetatype, 'Union', [cdataType]);
for (const base of [structureType, unionType]) {
  base.attrs.set('__module__', '_ctypes');
  defineCDataNew(base);
}

/** A field descriptor: reads and writes its part of an instance's memory. */
const fieldType = nativeType('CField');
fieldType.attrs.set('__module__', '_ctypes');

const fieldsOfDescriptor = new WeakMap<object, CField>();

function newField(field: CField): Py {
  const descriptor = call(fieldType, []);
  fieldsOfDescriptor.set(descriptor as object, field);
  return descriptor;
}

function fieldOf(self: Py): CField {
  return fieldsOfDescriptor.get(self as object)!;
}

defineMethods(fieldType, {
  __get__(self, args) {
    const [instance] = args;
    if (instance === null || !(instance instanceof PyCData)) return self;
    const field = fieldOf(self);
    return readItem(field.type, instance.memory.subarray(field.offset, field.offset + field.size), instance);
  },
  __set__(self, args) {
    const [instance, value] = args;
    const field = fieldOf(self);
    writeItem(field.type, (instance as PyCData).memory.subarray(field.offset, field.offset + field.size), value, instance as PyCData);
    return null;
  },
  __repr__(self) {
    const field = fieldOf(self);
    return `<Field type=${field.type.name}, ofs=${field.offset}, size=${field.size}>`;
  },
});
defineGetSets(fieldType, {
  offset: { get: (self) => fieldOf(self).offset },
  size: { get: (self) => fieldOf(self).size },
});

const alignUp = (value: number, alignment: number) => Math.ceil(value / alignment) * alignment;

/** Lays out `cls`'s _fields_ after its base's fields: its CTypeInfo, with a descriptor for each field set on the class. */
function layOut(cls: PyType, fieldsValue: Py, isUnion: boolean): CTypeInfo {
  const baseInfo = typeInfoOf(cls.bases[0]);
  const fields = [...(baseInfo?.fields ?? [])];
  let size = baseInfo?.size ?? 0;
  let align = baseInfo?.align ?? 1;
  for (const entry of iterableToArray(fieldsValue)) {
    if (!(entry instanceof PyTuple) || entry.items.length < 2 || typeof entry.items[0] !== 'string') throw typeError("'_fields_' must be a sequence of (name, C type) pairs");
    if (entry.items.length > 2) throw typeError('bit fields are not supported by pyvm');
    const [name, type] = entry.items as [string, Py];
    const info = type instanceof PyType ? typeInfoOf(type) : undefined;
    if (info === undefined) throw typeError('second item in _fields_ tuple (index 0) must be a C type');
    const offset = isUnion ? 0 : alignUp(size, info.align);
    const field: CField = { name, type: type as PyType, offset, size: info.size };
    fields.push(field);
    cls.setAttr(name, newField(field));
    size = isUnion ? Math.max(size, info.size) : offset + info.size;
    align = Math.max(align, info.align);
  }
  return {
    kind: isUnion ? CKind.UNION : CKind.STRUCT, size: alignUp(size, align), align, fields,
    format: 'B', itemsize: 1, holdsPointer: fields.some((field) => typeInfoOf(field.type)!.holdsPointer),
  };
}

/** The info of a structure class without _fields_ (yet): its base's, or an empty one. */
function inheritedInfo(cls: PyType, isUnion: boolean): CTypeInfo | undefined {
  if (cls === structureType || cls === unionType) return undefined;
  const base = typeInfoOf(cls.bases[0]);
  return { kind: isUnion ? CKind.UNION : CKind.STRUCT, size: base?.size ?? 0, align: base?.align ?? 1, fields: [...(base?.fields ?? [])], format: 'B', itemsize: 1, holdsPointer: base?.holdsPointer ?? false };
}

/** Classes whose _fields_ are set: assigning them again is refused. */
const finalized = new WeakSet<PyType>();

for (const [meta, isUnion] of [[structMetatype, false], [unionMetatype, true]] as const) {
  defineMetatypeNew(meta, (cls) => {
    const fields = cls.attrs.get('_fields_');
    if (fields === undefined) return inheritedInfo(cls, isUnion);
    finalized.add(cls);
    return layOut(cls, fields, isUnion);
  });
  defineMethods(meta, {
    __setattr__(self, args) {
      const [name, value] = args;
      const cls = self as PyType;
      if (name === '_fields_') {
        if (finalized.has(cls)) throw newException(AttributeError, '_fields_ is final');
        finalized.add(cls);
        setTypeInfo(cls, layOut(cls, value, isUnion));
      }
      call(typeType.attrs.get('__setattr__')!, [cls, name, value]);
      return null;
    },
  });
}

for (const base of [structureType, unionType]) {
  defineMethods(base, {
    __init__(self, args, kwnames) {
      const data = self as PyCData;
      const positionalCount = args.length - (kwnames?.length ?? 0);
      const fields = typeInfoOf(data.cls)?.fields ?? [];
      if (positionalCount > fields.length) throw typeError('too many initializers');
      for (let i = 0; i < positionalCount; i++) setAttr(data, fields[i].name, args[i]);
      kwnames?.forEach((name, i) => setAttr(data, name, args[positionalCount + i]));
      return null;
    },
  });
}
