// Struct sequences (CPython's structseq): tuples whose items also have names, like
// sys.version_info, sys.flags, os.stat_result and time.struct_time.
import type { Py } from './object';
import { PyType, typeType } from './type';
import { defineGetSets, defineMethods } from './native';
import { PyTuple, tupleType } from './tuple';
import { pyRepr } from './protocols';

/** A struct sequence type named `module.name` with the given fields (visible in the repr and as attributes). */
export function structSeqType(module: string, name: string, fields: readonly string[]): PyType {
  const type = new PyType(typeType, name, [tupleType]);
  type.attrs.set('__module__', module);
  type.attrs.set('n_sequence_fields', fields.length);
  type.attrs.set('n_fields', fields.length);
  type.attrs.set('n_unnamed_fields', 0);
  type.isBaseType = false;
  const getters: Record<string, { get: (self: PyTuple) => Py }> = {};
  fields.forEach((field, index) => {
    getters[field] = { get: (self: PyTuple) => self.items[index] };
  });
  defineGetSets(type, getters);
  defineMethods(type, {
    __repr__(self: PyTuple) {
      const parts = fields.map((field, index) => `${field}=${pyRepr(self.items[index])}`);
      return `${module === 'builtins' ? '' : `${module}.`}${name}(${parts.join(', ')})`;
    },
  });
  return type;
}

export function newStructSeq(type: PyType, values: Py[]): PyTuple {
  return new PyTuple(values, type);
}
