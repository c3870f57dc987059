// types.GenericAlias (list[int]) and types.UnionType (int | str): the parameterized
// and union types that builtin classes make with [] and |. Both follow CPython 3.11's
// Objects/genericaliasobject.c and unionobject.c, down to the substitution of type
// variables (typing's TypeVar, ParamSpec and TypeVarTuple take part through their
// __typing_subst__, __typing_prepare_subst__ and __typing_is_unpacked_typevartuple__).
import type { Py } from './object';
import { PyObject } from './object';
import { nativeType, PyType, typeType } from './type';
import { noneType, typeOf } from './typeOf';
import { checkArgCount, defineClassMethods, defineGetSets, defineMethods, noKeywords, PyBuiltinFunction } from './native';
import { AttributeError, newException, PyBaseException, typeError, TypeError as TypeErrorType } from './exceptions';
import { call, genericGetAttr, getAttr, getAttrOrUndefined, getItem, isTrue, pyEquals, pyHash, pyRepr, pyStr, setAttr } from './protocols';
import { binaryOp, NbOp } from './operators';
import { pyInt } from '../ast/constant';
import { NotImplemented, Ellipsis } from './singletons';
import { newTuple, PyTuple } from './tuple';
import { PyList } from './list';
import { newSet, frozensetType } from './set';
import { PyNativeIterator } from './nativeIterator';
import { builtinNamed, defineIteratorMethods, defineIteratorPickling } from './iterators';
import { defineReadonlyMembers } from './readonlyMembers';

export const genericAliasType = nativeType('GenericAlias', undefined, { baseType: true });
genericAliasType.attrs.set('__module__', 'types');
genericAliasType.attrs.set('__doc__', 'Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).');
export const unionType = nativeType('UnionType', undefined, { baseType: false });
unionType.attrs.set('__module__', 'types');
unionType.attrs.set('__doc__', 'Represent a PEP 604 union type\n\nE.g. for int | str');
const genericAliasIteratorType = nativeType('generic_alias_iterator', undefined, { baseType: false, instantiable: false });

export class PyGenericAlias extends PyObject {
  /** The type variables among the arguments, computed on first use (ga_parameters). */
  private parametersCache: PyTuple | undefined;

  constructor(
    readonly origin: Py,
    readonly args: PyTuple,
    readonly starred = false,
    cls: PyType = genericAliasType,
  ) {
    super(cls);
  }

  get parameters(): PyTuple {
    return (this.parametersCache ??= makeParameters(this.args.items));
  }
}

export class PyUnion extends PyObject {
  private parametersCache: PyTuple | undefined;

  constructor(readonly args: PyTuple) {
    super(unionType);
  }

  get parameters(): PyTuple {
    return (this.parametersCache ??= makeParameters(this.args.items));
  }
}

/** origin[args], as a builtin class's __class_getitem__ makes it (Py_GenericAlias). */
export function genericAlias(origin: Py, args: Py, starred = false): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : newTuple([args]), starred);
}

// ---------------------------------------------------------------- type variables and their substitution

/**
 * The type variables among `args` (_Py_make_parameters): each argument with a
 * __typing_subst__ is one, and a non-class argument contributes its own __parameters__;
 * in order of appearance, once each.
 */
function makeParameters(args: Py[]): PyTuple {
  const found: Py[] = [];
  const add = (value: Py): void => {
    if (!found.includes(value)) found.push(value);
  };
  for (const arg of args) {
    // Not the __parameters__ descriptor of a bare Python class.
    if (arg instanceof PyType) continue;
    if (getAttrOrUndefined(arg, '__typing_subst__') !== undefined) {
      add(arg);
      continue;
    }
    const nested = getAttrOrUndefined(arg, '__parameters__');
    if (nested instanceof PyTuple) nested.items.forEach(add);
  }
  return newTuple(found);
}

/** Whether a parameter is a TypeVarTuple: its type is iterable (`*Ts`). */
function isTypeVarTuple(parameter: Py): boolean {
  return typeOf(parameter).lookup('__iter__') !== undefined;
}

/**
 * `obj` with the type variables of its own __parameters__ replaced (subs_tvars): list[T]
 * with params (T, S) and items (str, int) is list[str]; a TypeVarTuple's tuple of
 * items is spliced in. Anything without parameters is itself.
 */
function substituteTypeVariables(obj: Py, params: Py[], items: Py[]): Py {
  const subparams = getAttrOrUndefined(obj, '__parameters__');
  if (!(subparams instanceof PyTuple) || subparams.items.length === 0) return obj;
  const subargs: Py[] = [];
  for (const subparam of subparams.items) {
    const index = params.indexOf(subparam);
    if (index < 0) {
      subargs.push(subparam);
      continue;
    }
    const item = items[index];
    if (isTypeVarTuple(params[index]) && item instanceof PyTuple) subargs.push(...item.items);
    else subargs.push(item);
  }
  return getItem(obj, newTuple(subargs));
}

/** The items of `*tuple[...]` (or of typing's *Tuple[...]); undefined for anything else. */
function unpackedTupleArgs(arg: Py): PyTuple | undefined {
  if (arg instanceof PyGenericAlias && arg.starred && arg.origin === tupleTypeObject()) return arg.args;
  const result = getAttrOrUndefined(arg, '__typing_unpacked_tuple_args__');
  return result instanceof PyTuple ? result : undefined;
}

let tupleType: Py | undefined;
function tupleTypeObject(): Py {
  return (tupleType ??= typeOf(newTuple([])));
}

/** The subscript's items, with each `*tuple[a, b]` of fixed length spread out (_unpack_args). */
function unpackArgs(item: Py): Py[] {
  const items = item instanceof PyTuple ? item.items : [item];
  const result: Py[] = [];
  for (const arg of items) {
    if (!(arg instanceof PyType)) {
      const subargs = unpackedTupleArgs(arg);
      if (subargs !== undefined && !(subargs.items.length > 0 && subargs.items[subargs.items.length - 1] === Ellipsis)) {
        result.push(...subargs.items);
        continue;
      }
    }
    result.push(arg);
  }
  return result;
}

/**
 * The arguments of `self[item]` (_Py_subs_parameters): `args` with each of `parameters`
 * replaced by its item; the parameters' __typing_prepare_subst__ first adjust the items
 * (a TypeVarTuple gathers its share into a tuple).
 */
function substituteParameters(self: Py, args: Py[], parameters: Py[], item: Py): Py[] {
  if (parameters.length === 0) throw typeError(`${pyRepr(self)} is not a generic class`);
  let items: Py = newTuple(unpackArgs(item));
  for (const parameter of parameters) {
    const prepare = getAttrOrUndefined(parameter, '__typing_prepare_subst__');
    if (prepare !== undefined && prepare !== null) items = call(prepare, [self, items instanceof PyTuple ? items : newTuple([items])]);
  }
  const itemList = items instanceof PyTuple ? items.items : [items];
  if (itemList.length !== parameters.length) {
    throw typeError(`Too ${itemList.length > parameters.length ? 'many' : 'few'} arguments for ${pyRepr(self)}; actual ${itemList.length}, expected ${parameters.length}`);
  }
  const result: Py[] = [];
  for (const arg of args) {
    if (arg instanceof PyType) {
      result.push(arg);
      continue;
    }
    const unpack = isUnpackedTypeVarTuple(arg);
    const subst = getAttrOrUndefined(arg, '__typing_subst__');
    const substituted = subst !== undefined
      ? call(subst, [itemList[parameters.indexOf(arg)]])
      : substituteTypeVariables(arg, parameters, itemList);
    if (unpack && substituted instanceof PyTuple) result.push(...substituted.items);
    else result.push(substituted);
  }
  return result;
}

function isUnpackedTypeVarTuple(arg: Py): boolean {
  const flag = getAttrOrUndefined(arg, '__typing_is_unpacked_typevartuple__');
  return flag !== undefined && isTrue(flag);
}

// ---------------------------------------------------------------- repr

/**
 * How an argument shows in the repr of an alias or a union (ga_repr_item): `...`, a
 * generic alias by its repr, a class as `module.qualname` (bare for builtins), anything
 * else by its repr.
 */
function itemRepr(value: Py): string {
  if (value === Ellipsis) return '...';
  if (getAttrOrUndefined(value, '__origin__') !== undefined && getAttrOrUndefined(value, '__args__') !== undefined) return pyRepr(value);
  const qualname = getAttrOrUndefined(value, '__qualname__');
  if (qualname === undefined) return pyRepr(value);
  const module = getAttrOrUndefined(value, '__module__');
  if (module === undefined || module === null) return pyRepr(value);
  if (module === 'builtins') return pyStr(qualname);
  return `${pyStr(module)}.${pyStr(qualname)}`;
}

function aliasRepr(alias: PyGenericAlias): string {
  const items = alias.args.items;
  const args = items.length === 0 ? '()' : items.map(itemRepr).join(', ');
  return `${alias.starred ? '*' : ''}${itemRepr(alias.origin)}[${args}]`;
}

// ---------------------------------------------------------------- GenericAlias

genericAliasType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  noKeywords('GenericAlias', kwnames);
  checkArgCount('GenericAlias', args.slice(1), null, 2);
  return new PyGenericAlias(args[1], args[2] instanceof PyTuple ? args[2] : newTuple([args[2]]), false, args[0] as PyType);
}, undefined, null));

/** The attributes an alias answers itself (attr_exceptions); it forwards every other one to its origin. */
const ALIAS_OWN_ATTRIBUTES = [
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
];

defineMethods(genericAliasType, {
  __repr__: (self: PyGenericAlias) => aliasRepr(self),
  __call__(self: PyGenericAlias, args, kwnames) {
    const result = call(self.origin, args, kwnames);
    // The instance remembers its alias, if it takes attributes (set_orig_class).
    try {
      setAttr(result, '__orig_class__', self);
    } catch (error) {
      if (!(error instanceof PyBaseException && (error.cls.isSubtypeOf(AttributeError) || error.cls.isSubtypeOf(TypeErrorType)))) throw error;
    }
    return result;
  },
  __getattribute__(self: PyGenericAlias, args) {
    const name = args[0];
    if (typeof name === 'string' && !ALIAS_OWN_ATTRIBUTES.includes(name)) return getAttr(self.origin, name);
    const found = typeof name === 'string' ? genericGetAttr(self, name) : undefined;
    if (found === undefined) throw newException(AttributeError, `'types.GenericAlias' object has no attribute '${pyStr(name)}'`);
    return found;
  },
  __mro_entries__(self: PyGenericAlias, args, kwnames) {
    checkArgCount('__mro_entries__', args, kwnames, 1);
    return newTuple([self.origin]);
  },
  __eq__: (self: PyGenericAlias, args) => aliasEquals(self, args[0]),
  __ne__(self: PyGenericAlias, args) {
    const equal = aliasEquals(self, args[0]);
    return equal === NotImplemented ? equal : !isTrue(equal);
  },
  __hash__: (self: PyGenericAlias) => pyInt(BigInt.asIntN(64, BigInt(pyHash(self.origin)) ^ BigInt(pyHash(self.args)))),
  __or__: (self, args) => unionOf(self, args[0]),
  __ror__: (self, args) => unionOf(args[0], self),
  __instancecheck__() {
    throw typeError('isinstance() argument 2 cannot be a parameterized generic');
  },
  __subclasscheck__() {
    throw typeError('issubclass() argument 2 cannot be a parameterized generic');
  },
  __getitem__(self: PyGenericAlias, args) {
    const newArgs = substituteParameters(self, self.args.items, self.parameters.items, args[0]);
    return genericAlias(self.origin, newTuple(newArgs), self.starred);
  },
  __iter__: (self: PyGenericAlias) => new GenericAliasIterator(self),
  __reduce__(self: PyGenericAlias, args, kwnames) {
    checkArgCount('__reduce__', args, kwnames, 0);
    // *tuple[int] pickles as next(iter(tuple[int])).
    if (self.starred) return newTuple([builtinNamed('next'), newTuple([new GenericAliasIterator(genericAlias(self.origin, self.args))])]);
    return newTuple([self.cls, newTuple([self.origin, self.args])]);
  },
  __dir__(self: PyGenericAlias, args, kwnames) {
    checkArgCount('__dir__', args, kwnames, 0);
    const names = call(builtinNamed('dir'), [self.origin]) as PyList;
    for (const name of ALIAS_OWN_ATTRIBUTES) if (!names.items.includes(name)) names.items.push(name);
    return names;
  },
});
defineReadonlyMembers(genericAliasType, {
  __origin__: (self: PyGenericAlias) => self.origin,
  __args__: (self: PyGenericAlias) => self.args,
  __unpacked__: (self: PyGenericAlias) => self.starred,
});
defineGetSets(genericAliasType, {
  __parameters__: { get: (self: PyGenericAlias) => self.parameters },
  __typing_unpacked_tuple_args__: { get: (self: PyGenericAlias) => (self.starred && self.origin === tupleTypeObject() ? self.args : null) },
});

/** ga_richcompare's equality: the same starredness, equal origins, equal arguments. */
function aliasEquals(self: PyGenericAlias, other: Py): Py {
  if (!(other instanceof PyGenericAlias)) return NotImplemented;
  if (self.starred !== other.starred) return false;
  if (!pyEquals(self.origin, other.origin)) return false;
  return pyEquals(self.args, other.args);
}

/** iter(list[int]): gives the starred alias *list[int] once (for `*tuple[int]` in a subscript). */
class GenericAliasIterator extends PyNativeIterator {
  constructor(private alias: PyGenericAlias | null) {
    super(genericAliasIteratorType);
  }

  next(): Py | undefined {
    const alias = this.alias;
    if (alias === null) return undefined;
    this.alias = null;
    return genericAlias(alias.origin, alias.args, true);
  }

  reduce(): Py {
    return newTuple([builtinNamed('iter'), newTuple([this.alias ?? newTuple([])])]);
  }
}
defineIteratorMethods(genericAliasIteratorType);
defineIteratorPickling(genericAliasIteratorType, false);

// ---------------------------------------------------------------- unions

function isUnionable(value: Py): boolean {
  return value === null || value instanceof PyType || value instanceof PyGenericAlias || value instanceof PyUnion;
}

/** The members a side of `|` contributes: a union's, or itself (None as NoneType). */
function unionMembers(side: Py): Py[] {
  if (side instanceof PyUnion) return side.args.items;
  return [side === null ? noneType : side];
}

/** Whether `item` already stands among `members`: generic aliases by equality, anything else by identity. */
function unionHas(members: Py[], item: Py): boolean {
  return members.some((m) => (m instanceof PyGenericAlias && item instanceof PyGenericAlias ? pyEquals(m, item) : m === item));
}

/** a | b for types (_Py_union_type_or): a UnionType, flattened and without duplicates; NotImplemented for other operands. */
export function unionOf(a: Py, b: Py): Py {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const left = unionMembers(a);
  const added = unionMembers(b).filter((item) => !unionHas(left, item));
  if (added.length === 0) return a === null ? noneType : a;
  return new PyUnion(newTuple([...left, ...added]));
}

function unionRepr(self: PyUnion): string {
  return self.args.items.map((item) => (item === noneType ? 'None' : itemRepr(item))).join(' | ');
}

defineMethods(unionType, {
  __repr__: (self: PyUnion) => unionRepr(self),
  __or__: (self, args) => unionOf(self, args[0]),
  __ror__: (self, args) => unionOf(args[0], self),
  __eq__(self: PyUnion, args) {
    const other = args[0];
    if (!(other instanceof PyUnion)) return NotImplemented;
    return pyEquals(newSet(self.args.items), newSet(other.args.items));
  },
  __ne__(self: PyUnion, args) {
    const other = args[0];
    if (!(other instanceof PyUnion)) return NotImplemented;
    return !pyEquals(newSet(self.args.items), newSet(other.args.items));
  },
  __hash__: (self: PyUnion) => pyHash(newSet(self.args.items, frozensetType)),
  __getitem__(self: PyUnion, args) {
    const newArgs = substituteParameters(self, self.args.items, self.parameters.items, args[0]);
    if (newArgs.length === 0) return new PyUnion(newTuple([]));
    return newArgs.reduce((union, item) => binaryOp(union, item, NbOp.OR));
  },
});
defineReadonlyMembers(unionType, {
  __args__: (self: PyUnion) => self.args,
});
defineGetSets(unionType, {
  __parameters__: { get: (self: PyUnion) => self.parameters },
});

/** isinstance() and issubclass() take a union as the tuple of its members. */
export function unionAsTuple(classes: Py): Py {
  return classes instanceof PyUnion ? classes.args : classes;
}

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
