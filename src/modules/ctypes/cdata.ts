// ctypes' instances (CPython's CDataObject): each owns or views a region of bytes — its
// memory, a Uint8Array over an ArrayBuffer, or over the SharedArrayBuffer of an mmap for
// the objects multiprocessing.sharedctypes makes — and exports it through the buffer
// protocol. What a ctypes type is (CPython's StgDictObject: size, alignment, the item
// type of an array or pointer, the fields of a structure) is its CTypeInfo, set by its
// metaclass (./metatypes) when the class is made.
import type { Py } from '../../objects/object';
import { nativeType, PyType } from '../../objects/type';
import { PyBuffer, PyBytes } from '../../objects/bytes';
import { PyDict } from '../../objects/dict';
import { newDict } from '../../objects/dictType';
import { newTuple, PyTuple } from '../../objects/tuple';
import { newException, typeError, ValueError } from '../../objects/exceptions';
import { defineGetSets, defineMethods, checkArgCount, PyBuiltinFunction } from '../../objects/native';
import { newInstance } from '../../objects/objectMethods';
import { call, getAttr } from '../../objects/protocols';
import { typeOf } from '../../objects/typeOf';
import type { SimpleType } from './simpleTypes';

export const enum CKind {
  SIMPLE,
  ARRAY,
  POINTER,
  STRUCT,
  UNION,
  FUNCTION,
}

/** A field of a structure or union. */
export interface CField {
  readonly name: string;
  readonly type: PyType;
  readonly offset: number;
  readonly size: number;
}

export interface CTypeInfo {
  readonly kind: CKind;
  size: number;
  align: number;
  /** For a simple type: its code's codec. */
  readonly simple?: SimpleType;
  /** For an array: its length. */
  readonly length?: number;
  /** For an array, its items' type; for a pointer, the type pointed to (null while incomplete). */
  itemType?: PyType | null;
  /** For a structure or union: its fields, its bases' first. */
  fields?: CField[];
  /** The struct format and item size a memoryview of an instance shows. */
  readonly format: string;
  readonly itemsize: number;
  /** Whether instances hold addresses (pickling refuses them). */
  readonly holdsPointer: boolean;
}

const typeInfos = new WeakMap<PyType, CTypeInfo>();

export function setTypeInfo(type: PyType, info: CTypeInfo): void {
  typeInfos.set(type, info);
}

export function typeInfoOf(type: PyType): CTypeInfo | undefined {
  return typeInfos.get(type);
}

/** The info of a type with storage, or CPython's TypeError for one without (an abstract class). */
export function requireTypeInfo(type: PyType): CTypeInfo {
  const info = typeInfos.get(type);
  if (info === undefined) throw typeError('abstract class');
  return info;
}

export class PyCData extends PyBuffer {
  /** What must live as long as this object's memory: the exporter it views, what its pointers point to (_objects). */
  objects: Py | null = null;

  constructor(
    cls: PyType,
    public memory: Uint8Array,
    /** The ctypes object whose memory this one is part of (_b_base_), or null. */
    readonly base: PyCData | null = null,
    /** Whether the memory is this object's own (_b_needsfree_): not a view of another's or of a buffer. */
    readonly ownsMemory = true,
  ) {
    super(cls);
  }

  get bytes(): Uint8Array {
    return this.memory;
  }

  override get exportsWritable(): boolean {
    return true;
  }

  override get exportFormat(): string {
    return requireTypeInfo(this.cls).format;
  }

  override get exportItemsize(): number {
    return requireTypeInfo(this.cls).itemsize;
  }

  /** Keeps `value` alive with this object (in CPython's b_objects). */
  keep(value: Py | null): void {
    if (value === null) return;
    if (!(this.objects instanceof PyDict)) this.objects = newDict();
    const kept = this.objects as PyDict;
    kept.setStr(String(kept.size), value);
  }
}

/** The root of ctypes' instance types (_ctypes._CData). */
export const cdataType = nativeType('_CData', undefined, { factory: (cls) => new PyCData(cls, new Uint8Array(requireTypeInfo(cls).size)) });
cdataType.attrs.set('__module__', '_ctypes');

/** A new instance of ctypes type `cls` on fresh zeroed memory, or on `memory` (a view, part of `base` if given). */
export function newCData(cls: PyType, memory?: Uint8Array, base: PyCData | null = null): PyCData {
  const info = requireTypeInfo(cls);
  if (memory === undefined) return newInstance(cls, new PyCData(cls, new Uint8Array(info.size)));
  return newInstance(cls, new PyCData(cls, memory, base, false));
}

export function isCData(value: Py): value is PyCData {
  return value instanceof PyCData;
}

defineGetSets(cdataType, {
  _objects: { get: (self: PyCData) => self.objects },
  _b_base_: { get: (self: PyCData) => self.base },
  _b_needsfree_: { get: (self: PyCData) => (self.ownsMemory ? 1 : 0) },
});

defineMethods(cdataType, {
  // (Not None: PyCData_nohash raises without naming the type.)
  __hash__() {
    throw typeError('unhashable type');
  },
  // Pickled as CPython pickles it: its class, its __dict__ and its bytes (_ctypes._unpickle makes it again).
  __reduce__(self) {
    const data = self as PyCData;
    if (requireTypeInfo(data.cls).holdsPointer) throw newException(ValueError, 'ctypes objects containing pointers cannot be pickled');
    const state = newTuple([data.dict ?? newDict(), new PyBytes(data.memory.slice())]);
    return newTuple([unpickleFunction, newTuple([typeOf(data), state])]);
  },
  __setstate__(self, args, kwnames) {
    checkArgCount('__setstate__', args, kwnames, 2);
    const data = self as PyCData;
    const [dict, bytes] = args;
    if (!(dict instanceof PyDict) || !(bytes instanceof PyBytes)) throw typeError('__setstate__ argument must be a (dict, bytes) pair');
    for (const [key, value] of dict.entries()) data.dict?.set(key, value);
    data.memory.set(bytes.bytes.subarray(0, data.memory.length));
    return null;
  },
});

/** _ctypes._unpickle(cls, state): what an instance pickles by — a new instance given back its state. */
export const unpickleFunction = new PyBuiltinFunction('_unpickle', (args, kwnames) => {
  checkArgCount('_unpickle', args, kwnames, 2);
  const [cls, state] = args;
  const instance = call(getAttr(cls, '__new__'), [cls]);
  call(getAttr(instance, '__setstate__'), state instanceof PyTuple ? state.items : [state]);
  return instance;
}, undefined, '_ctypes');

/** Gives a ctypes base type the __new__ of its instances (GenericPyCData_new): zeroed memory of the class's size. */
export function defineCDataNew(base: PyType): void {
  base.attrs.set('__new__', new PyBuiltinFunction('__new__', (args) => {
    const cls = args[0];
    if (!(cls instanceof PyType) || !cls.isSubtypeOf(base)) throw typeError(`${base.name}.__new__(X): X is not a subtype of ${base.name}`);
    return newCData(cls);
  }, undefined, null));
}
