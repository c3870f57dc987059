// mappingproxy (types.MappingProxyType): a read-only view of a mapping, what a dict
// view's `mapping` attribute gives. Every operation reads through to the mapping.
import { PyObject, type Py } from './object';
import { MatchKind, nativeType } from './type';
import { typeOf } from './typeOf';
import { PyDict } from './dict';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { dictType } from './dictType';
import { bindClinicArguments, checkArgCount, defineMethods, newTargetOf, PyBuiltinFunction } from './native';
import { call, contains, getAttr, getItem, getIter, pyLen, pyRepr, pyStr, richCompare, type CompareOp, COMPARE_DUNDERS } from './protocols';
import { binaryOp, NbOp } from './operators';
import { defineClassGetItem } from './genericAlias';
import { typeError } from './exceptions';

export const mappingProxyType = nativeType('mappingproxy', undefined, { baseType: false, matchKind: MatchKind.MAPPING });

export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: Py) {
    super(mappingProxyType);
  }
}

export function newMappingProxy(mapping: Py): PyMappingProxy {
  return new PyMappingProxy(mapping);
}

mappingProxyType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  newTargetOf(mappingProxyType, args);
  const mapping = bindClinicArguments({ name: 'mappingproxy', names: ['mapping'], positionalOnly: 0 }, args.slice(1), kwnames)[0]!;
  const type = typeOf(mapping);
  if (type.lookup('__getitem__') === undefined || mapping instanceof PyList || mapping instanceof PyTuple) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${type.name}`);
  }
  return new PyMappingProxy(mapping);
}, undefined, null));
mappingProxyType.attrs.set('__hash__', null);
defineClassGetItem(mappingProxyType);

defineMethods(mappingProxyType, {
  __getitem__: (self: PyMappingProxy, args) => getItem(self.mapping, args[0]),
  __len__: (self: PyMappingProxy) => pyLen(self.mapping),
  __iter__: (self: PyMappingProxy) => getIter(self.mapping),
  __contains__(self: PyMappingProxy, args) {
    return self.mapping instanceof PyDict && self.mapping.cls === dictType ? self.mapping.has(args[0]) : contains(self.mapping, args[0]);
  },
  __repr__: (self: PyMappingProxy) => `mappingproxy(${pyRepr(self.mapping)})`,
  __str__: (self: PyMappingProxy) => pyStr(self.mapping),
  __reversed__: (self: PyMappingProxy) => callMethodOf(self.mapping, '__reversed__', []),
  get(self: PyMappingProxy, args, kwnames) {
    checkArgCount('get', args, kwnames, 1, 2);
    return callMethodOf(self.mapping, 'get', args);
  },
  keys: (self: PyMappingProxy, args, kwnames) => forward(self, 'keys', args, kwnames),
  values: (self: PyMappingProxy, args, kwnames) => forward(self, 'values', args, kwnames),
  items: (self: PyMappingProxy, args, kwnames) => forward(self, 'items', args, kwnames),
  copy: (self: PyMappingProxy, args, kwnames) => forward(self, 'copy', args, kwnames),
  __or__: (self: PyMappingProxy, args) => binaryOp(self.mapping, unwrap(args[0]), NbOp.OR),
  __ror__: (self: PyMappingProxy, args) => binaryOp(unwrap(args[0]), self.mapping, NbOp.OR),
  __ior__() {
    throw typeError(`'|=' is not supported by ${mappingProxyType.name}; use '|' instead`);
  },
});

for (let op = 0; op < COMPARE_DUNDERS.length; op++) {
  defineMethods(mappingProxyType, { [COMPARE_DUNDERS[op]]: (self: PyMappingProxy, args: Py[]) => richCompare(self.mapping, args[0], op as CompareOp) });
}

function forward(self: PyMappingProxy, name: string, args: Py[], kwnames: readonly string[] | null): Py {
  checkArgCount(`mappingproxy.${name}`, args, kwnames, 0);
  return callMethodOf(self.mapping, name, []);
}

/** mapping.name(*args) (PyObject_CallMethod). */
function callMethodOf(mapping: Py, name: string, args: Py[]): Py {
  return call(getAttr(mapping, name), args);
}

function unwrap(value: Py): Py {
  return value instanceof PyMappingProxy ? value.mapping : value;
}
