// types.GenericAlias (list[int]) and types.UnionType (int | str): the parameterized
// and union types that builtin classes make with [] and |.
import type { Py } from './object';
import { PyObject } from './object';
import { nativeType, PyType, typeType } from './type';
import { noneType } from './typeOf';
import { checkArgCount, defineClassMethods, defineGetSets, defineMethods, PyBuiltinFunction } from './native';
import { AttributeError, newException, typeError } from './exceptions';
import { bindDescriptor, call, getAttrOrUndefined, isInstance, pyEquals, pyHash, pyRepr } from './protocols';
import { hashTuple } from './hash';
import { NotImplemented, Ellipsis } from './singletons';
import { newTuple, PyTuple } from './tuple';
import { PyList } from './list';
import { newSet, frozensetType } from './set';

export const genericAliasType = nativeType('GenericAlias', undefined, { baseType: true });
genericAliasType.attrs.set('__module__', 'types');
genericAliasType.attrs.set('__doc__', 'Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).');
export const unionType = nativeType('UnionType', undefined, { baseType: false });
unionType.attrs.set('__module__', 'types');

export class PyGenericAlias extends PyObject {
  constructor(
    readonly origin: Py,
    readonly args: PyTuple,
    readonly starred = false,
    cls: PyType = genericAliasType,
  ) {
    super(cls);
  }

  get parameters(): PyTuple {
    return collectParameters(this.args.items);
  }
}

export class PyUnion extends PyObject {
  constructor(readonly args: PyTuple) {
    super(unionType);
  }
}

/** origin[args], as a builtin class's __class_getitem__ makes it. */
export function genericAlias(origin: Py, args: Py): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : newTuple([args]));
}

/** The type variables among `items` (and inside their own parameters), in order, once each. */
function collectParameters(items: Py[]): PyTuple {
  const found: Py[] = [];
  const add = (value: Py): void => {
    if (!found.some((p) => p === value)) found.push(value);
  };
  for (const item of items) {
    if (item instanceof PyType) continue;
    if (getAttrOrUndefined(item, '__typing_subst__') !== undefined) {
      add(item);
      continue;
    }
    const nested = getAttrOrUndefined(item, '__parameters__');
    if (nested instanceof PyTuple) nested.items.forEach(add);
  }
  return newTuple(found);
}

/** How a type appears inside a generic alias or union's repr: `int`, `mod.Name`, or its repr. */
function typeRepr(value: Py): string {
  if (value === Ellipsis) return '...';
  if (value instanceof PyType) {
    const module = value.attrs.get('__module__') ?? 'builtins';
    return module === 'builtins' ? value.qualname : `${String(module)}.${value.qualname}`;
  }
  if (value === null) return 'None';
  if (value instanceof PyList) return `[${value.items.map(typeRepr).join(', ')}]`;
  return pyRepr(value);
}

function aliasRepr(alias: PyGenericAlias): string {
  const items = alias.args.items;
  const args = items.length === 0 ? '()' : items.map(typeRepr).join(', ');
  return `${alias.starred ? '*' : ''}${typeRepr(alias.origin)}[${args}]`;
}

genericAliasType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  checkArgCount('GenericAlias', args.slice(1), kwnames, 2);
  return new PyGenericAlias(args[1], args[2] instanceof PyTuple ? args[2] : newTuple([args[2]]), false, args[0] as PyType);
}, undefined, null));

/** Attributes read from the alias itself; every other one is the origin's. */
const ALIAS_OWN = new Set([
  '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__', '__mro_entries__',
  '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__', '__class__', '__getitem__', '__call__', '__repr__', '__eq__',
  '__hash__', '__or__', '__ror__', '__instancecheck__', '__subclasscheck__', '__iter__', '__dir__',
]);

defineMethods(genericAliasType, {
  __repr__: (self: PyGenericAlias) => aliasRepr(self),
  __call__(self: PyGenericAlias, args, kwnames) {
    const result = call(self.origin, args, kwnames);
    if (typeof result === 'object' && result !== null && result.dict !== undefined) result.dict.setStr('__orig_class__', self);
    return result;
  },
  __getattribute__(self: PyGenericAlias, args) {
    const name = args[0] as string;
    if (!ALIAS_OWN.has(name) && !(name.startsWith('__') && name.endsWith('__') && name !== '__doc__' && name !== '__module__' && name !== '__name__' && name !== '__qualname__')) {
      const value = getAttrOrUndefined(self.origin, name, true);
      if (value !== undefined) return value;
    }
    const own = genericAliasOwnAttribute(self, name);
    if (own !== undefined) return own;
    const forwarded = getAttrOrUndefined(self.origin, name, true);
    if (forwarded !== undefined) return forwarded;
    throw newException(AttributeError, `'types.GenericAlias' object has no attribute '${name}'`);
  },
  __mro_entries__: (self: PyGenericAlias) => newTuple([self.origin]),
  __eq__(self: PyGenericAlias, args) {
    const other = args[0];
    if (!(other instanceof PyGenericAlias)) return NotImplemented;
    return self.starred === other.starred && pyEquals(self.origin, other.origin) && pyEquals(self.args, other.args);
  },
  __hash__: (self: PyGenericAlias) => hashTuple([pyHash(self.origin), pyHash(self.args)]) as Py,
  __or__: (self, args) => unionOf(self, args[0]),
  __ror__: (self, args) => unionOf(args[0], self),
  __instancecheck__() {
    throw typeError('isinstance() argument 2 cannot be a parameterized generic');
  },
  __subclasscheck__() {
    throw typeError('issubclass() argument 2 cannot be a parameterized generic');
  },
  __getitem__(self: PyGenericAlias, args) {
    const parameters = self.parameters.items;
    if (parameters.length === 0) throw typeError(`${aliasRepr(self)} is not a generic class`);
    const given = args[0] instanceof PyTuple ? args[0].items : [args[0]];
    if (given.length !== parameters.length) {
      throw typeError(`Too ${given.length > parameters.length ? 'many' : 'few'} arguments for ${aliasRepr(self)}; actual ${given.length}, expected ${parameters.length}`);
    }
    const substituted = self.args.items.map((item) => {
      const index = parameters.indexOf(item);
      return index >= 0 ? given[index] : item;
    });
    return new PyGenericAlias(self.origin, newTuple(substituted));
  },
  __reduce__: (self: PyGenericAlias) => newTuple([genericAliasType, newTuple([self.origin, self.args])]),
});

function genericAliasOwnAttribute(self: PyGenericAlias, name: string): Py | undefined {
  switch (name) {
    case '__origin__': return self.origin;
    case '__args__': return self.args;
    case '__parameters__': return self.parameters;
    case '__unpacked__': return self.starred;
    case '__class__': return self.cls;
  }
  const method = self.cls.lookup(name);
  return method === undefined ? undefined : bindDescriptor(method, self, self.cls);
}

// ---------------------------------------------------------------- unions

function isUnionable(value: Py): boolean {
  return value === null || value instanceof PyType || value instanceof PyGenericAlias || value instanceof PyUnion;
}

/** a | b for types: a UnionType, flattened and without duplicates; NotImplemented for other operands. */
export function unionOf(a: Py, b: Py): Py {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const members: Py[] = [];
  for (const side of [a, b]) {
    const items = side instanceof PyUnion ? side.args.items : [side === null ? noneType : side];
    for (const item of items) if (!members.some((m) => m === item || (m instanceof PyGenericAlias && pyEquals(m, item)))) members.push(item);
  }
  if (members.length === 1) return members[0];
  return new PyUnion(newTuple(members));
}

defineMethods(unionType, {
  __repr__: (self: PyUnion) => self.args.items.map((item) => (item === noneType ? 'None' : typeRepr(item))).join(' | '),
  __or__: (self, args) => unionOf(self, args[0]),
  __ror__: (self, args) => unionOf(args[0], self),
  __eq__(self: PyUnion, args) {
    const other = args[0];
    if (!(other instanceof PyUnion)) return NotImplemented;
    return pyEquals(newSet(self.args.items, frozensetType), newSet(other.args.items, frozensetType));
  },
  __hash__: (self: PyUnion) => pyHash(newSet(self.args.items, frozensetType)),
  __instancecheck__(self: PyUnion, args) {
    return self.args.items.some((item) => {
      if (item instanceof PyGenericAlias) throw typeError('isinstance() argument 2 cannot be a parameterized generic');
      return isInstance(args[0], item);
    });
  },
  __subclasscheck__(self: PyUnion, args) {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    return self.args.items.some((item) => item instanceof PyType && cls.isSubtypeOf(item));
  },
  __getitem__(self: PyUnion, args) {
    const parameters = collectParameters(self.args.items).items;
    if (parameters.length === 0) throw typeError(`${pyRepr(self)} is not a generic class`);
    const given = args[0] instanceof PyTuple ? args[0].items : [args[0]];
    const substituted = self.args.items.map((item) => {
      const index = parameters.indexOf(item);
      return index >= 0 ? given[index] : item;
    });
    return substituted.reduce((union, item) => unionOf(union, item));
  },
});
defineGetSets(unionType, {
  __args__: { get: (self: PyUnion) => self.args },
  __parameters__: { get: (self: PyUnion) => collectParameters(self.args.items) },
});

defineMethods(typeType, {
  __or__: (self, args) => unionOf(self, args[0]),
  __ror__: (self, args) => unionOf(args[0], self),
});


/** Gives a builtin class `__class_getitem__`, so that `cls[args]` makes a GenericAlias. */
export function defineClassGetItem(type: PyType): void {
  defineClassMethods(type, {
    __class_getitem__: (cls: PyType, args) => {
      checkArgCount('__class_getitem__', args, null, 1);
      return genericAlias(cls, args[0]);
    },
  });
}
