// Struct sequences (CPython's structseq): tuples whose items also have names, like
// sys.version_info, sys.flags, os.stat_result and time.struct_time. Some have items
// without a name (stat_result's integer times, only reachable by index) and fields
// beyond the tuple, reachable only by name (stat_result's st_atime_ns...).
import type { Py } from './object';
import { PyType, typeType } from './type';
import { bindArguments, defineGetSets, defineMethods, newTargetOf, PyBuiltinFunction } from './native';
import { PyTuple, tupleType, newTuple } from './tuple';
import { pyRepr } from './protocols';
import { PyDict } from './dict';
import { newDict } from './dictType';
import { typeError } from './exceptions';
import { sequenceFastItems } from './sequenceOps';

/** A struct sequence: its tuple items, and the values of its fields that are not in the tuple. */
export class PyStructSeq extends PyTuple {
  constructor(
    items: Py[],
    readonly hidden: Py[],
    cls: PyType,
  ) {
    super(items, cls);
  }
}

export interface StructSeqOptions {
  /** Fields only reachable by name, after the tuple's items. */
  hidden?: readonly string[];
}

/**
 * A struct sequence type named `module.name` whose tuple items are `fields` (null for an
 * item without a name), with attributes for the named ones and for the hidden fields.
 */
export function structSeqType(module: string, name: string, fields: readonly (string | null)[], options: StructSeqOptions = {}): PyType {
  const hidden = options.hidden ?? [];
  const type = new PyType(typeType, name, [tupleType]);
  type.attrs.set('__module__', module);
  const named = fields.filter((field): field is string => field !== null);
  type.attrs.set('n_sequence_fields', fields.length);
  type.attrs.set('n_fields', fields.length + hidden.length);
  type.attrs.set('n_unnamed_fields', fields.length - named.length);
  type.attrs.set('__match_args__', newTuple(named));
  type.isBaseType = false;
  const getters: Record<string, { get: (self: PyTuple) => Py }> = {};
  fields.forEach((field, index) => {
    if (field !== null) getters[field] = { get: (self: PyTuple) => self.items[index] };
  });
  hidden.forEach((field, index) => {
    getters[field] = { get: (self: PyTuple) => (self instanceof PyStructSeq ? self.hidden[index] : null) };
  });
  defineGetSets(type, getters);
  // CPython's repr pairs the i-th named field with the i-th item: an unnamed item shows
  // under the name of the field that follows it (stat_result's st_atime shows the int).
  const reprNames = [...named, ...hidden];
  const typeName = module === 'builtins' ? name : `${module}.${name}`;
  defineMethods(type, {
    __repr__(self: PyTuple) {
      const parts = self.items.map((item, index) => `${reprNames[index]}=${pyRepr(item)}`);
      return `${typeName}(${parts.join(', ')})`;
    },
    __reduce__(self: PyTuple) {
      const state = newDict();
      if (self instanceof PyStructSeq) hidden.forEach((field, index) => state.setStr(field, self.hidden[index]));
      return newTuple([type, newTuple([newTuple(self.items.slice()), state])]);
    },
  });
  type.attrs.set('__new__', structSeqNew(type, typeName, fields.length, hidden));
  return type;
}

/** T(sequence, dict=None): the tuple items, then hidden fields from the rest of the sequence or else from the dict. */
function structSeqNew(type: PyType, typeName: string, visibleCount: number, hidden: readonly string[]): PyBuiltinFunction {
  const maxCount = visibleCount + hidden.length;
  return new PyBuiltinFunction('__new__', (args, kwnames) => {
    const cls = newTargetOf(type, args);
    const [sequence, dict] = bindArguments({ name: 'structseq', names: ['sequence', 'dict'], required: 1, positionalOnly: 0 }, args.slice(1), kwnames);
    const items = sequenceFastItems(sequence!, 'constructor requires a sequence');
    if (dict !== undefined && dict !== null && !(dict instanceof PyDict)) throw typeError(`${typeName}() takes a dict as second arg, if any`);
    if (items.length < visibleCount || items.length > maxCount) {
      const bound = visibleCount === maxCount ? 'a' : items.length < visibleCount ? 'an at least' : 'an at most';
      const expected = items.length < visibleCount ? visibleCount : maxCount;
      throw typeError(`${typeName}() takes ${bound} ${expected}-sequence (${items.length}-sequence given)`);
    }
    const hiddenValues = hidden.map((field, index) => {
      const position = visibleCount + index;
      if (position < items.length) return items[position];
      return (dict instanceof PyDict ? dict.getStr(field) : undefined) ?? null;
    });
    return new PyStructSeq(items.slice(0, visibleCount), hiddenValues, cls);
  }, undefined, null);
}

/** An instance of struct sequence `type` from its tuple items followed by its hidden fields' values. */
export function newStructSeq(type: PyType, values: Py[]): PyTuple {
  const visibleCount = type.attrs.get('n_sequence_fields') as number;
  if (values.length === visibleCount) return new PyTuple(values, type);
  return new PyStructSeq(values.slice(0, visibleCount), values.slice(visibleCount), type);
}
