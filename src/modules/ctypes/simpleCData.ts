// _ctypes._SimpleCData: instances of the fundamental types (c_int, c_double, c_char_p...),
// one value of the C type their class's _type_ names (./simpleTypes). Their metaclass
// checks _type_ as PyCSimpleType_new does.
import { newException, typeError, ValueError, AttributeError } from '../../objects/exceptions';
import { checkArgCount, defineGetSets, defineMethods } from '../../objects/native';
import { PyType } from '../../objects/type';
import { pyRepr } from '../../objects/protocols';
import { addressOf } from '../../objects/identity';
import { cdataType, CKind, defineCDataNew, type PyCData, requireTypeInfo } from './cdata';
import { defineMetatypeNew, simpleMetatype } from './metatypes';
import { holdsPointer, SIMPLE_TYPE_CODES, simpleType, type SimpleType } from './simpleTypes';

export const simpleCDataType = new PyType(simpleMetatype, '_SimpleCData', [cdataType]);
simpleCDataType.attrs.set('__module__', '_ctypes');
defineCDataNew(simpleCDataType);

defineMetatypeNew(simpleMetatype, (cls) => {
  const code = cls.lookup('_type_');
  if (code === undefined) throw newException(AttributeError, "class must define a '_type_' attribute");
  if (typeof code !== 'string') throw typeError("class must define a '_type_' string attribute");
  if ([...code].length !== 1) throw newException(ValueError, "class must define a '_type_' attribute which must be a string of length 1");
  const simple = simpleType(code);
  if (simple === undefined || !SIMPLE_TYPE_CODES.includes(code)) {
    throw newException(AttributeError, `class must define a '_type_' attribute which must be\na single character string containing one of '${SIMPLE_TYPE_CODES}'.`);
  }
  // (This is a little-endian machine: the type is its own little-endian variant.)
  cls.setAttr('__ctype_le__', cls);
  return { kind: CKind.SIMPLE, size: simple.size, align: simple.align, simple, format: simple.format, itemsize: simple.size, holdsPointer: holdsPointer(code) };
});

export function simpleOf(self: PyCData): SimpleType {
  return requireTypeInfo(self.cls).simple!;
}

/** Whether values of `type` read back as Python values: a fundamental type, not a subclass of one (_ctypes_simple_instance). */
export function readsAsValue(type: PyType): boolean {
  return type.bases[0] === simpleCDataType;
}

export function setSimpleValue(self: PyCData, value: Parameters<SimpleType['set']>[1]): void {
  self.keep(simpleOf(self).set(self.memory, value));
}

defineMethods(simpleCDataType, {
  __init__(self, args, kwnames) {
    // (Keywords are ignored, as Simple_init ignores them.)
    const positional = args.slice(0, args.length - (kwnames?.length ?? 0));
    checkArgCount('__init__', positional, null, 0, 1);
    if (positional.length === 1) setSimpleValue(self as PyCData, positional[0]);
    return null;
  },
  __repr__(self) {
    const data = self as PyCData;
    if (!readsAsValue(data.cls)) return `<${data.cls.name} object at ${addressOf(data)}>`;
    const value = simpleOf(data).code === 'O' && data.memory.every((byte) => byte === 0) ? '<NULL>' : pyRepr(simpleOf(data).get(data.memory));
    return `${data.cls.name}(${value})`;
  },
  __bool__(self) {
    return (self as PyCData).memory.some((byte) => byte !== 0);
  },
  __ctypes_from_outparam__(self) {
    const data = self as PyCData;
    return readsAsValue(data.cls) ? simpleOf(data).get(data.memory) : data;
  },
});

defineGetSets(simpleCDataType, {
  value: {
    get: (self: PyCData) => simpleOf(self).get(self.memory),
    set(self: PyCData, value) {
      if (value === undefined) throw typeError("can't delete attribute");
      setSimpleValue(self, value);
    },
  },
});
