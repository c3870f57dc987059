// The _operator module (CPython's Modules/_operator.c): the operators as functions,
// which operator.py takes over with `from _operator import *`, and the callables
// itemgetter, attrgetter and methodcaller.
import { PyObject, type Py } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType, type PyType } from '../objects/type';
import { typeName, typeOf } from '../objects/typeOf';
import { checkArgCount, defineMethods, newTargetOf, PyBuiltinFunction, type NativeFunction } from '../objects/native';
import { isInstanceOfException, newException, TypeError, typeError, ValueError } from '../objects/exceptions';
import {
  call, callUnbound, contains, CompareOp, delItem, getAttr, getItem, getIter, isTrue, iterNext, pyEquals, pyIndex,
  pyRepr, richCompare, setItem,
} from '../objects/protocols';
import { binaryOp, binaryOpOrNotImplemented, concatErrors, INPLACE_DUNDERS, NbOp, unaryInvert, unaryNegative, unaryPositive } from '../objects/operators';
import { NotImplemented } from '../objects/singletons';
import { newTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { dictType, newDict } from '../objects/dictType';
import { lengthHint } from '../objects/lengthHint';
import { bufferOf } from '../objects/bytes';
import { strValue } from '../objects/str';
import { isAsciiText } from '../objects/strCodePoints';
import { guardedRepr } from '../objects/reprGuard';
import { ssizeArgument } from '../objects/bytesArguments';
import { builtinsModule, defineFunction } from './builtins';
import { partialType } from './functools';
import { registerBuiltinModule } from './registry';

export const operatorModule = newModule('_operator', `Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience.`);
registerBuiltinModule('_operator', () => operatorModule);

// ---------------------------------------------------------------- argument checks

/** A function of one argument (METH_O): "_operator.neg() takes exactly one argument (2 given)". */
function unary(name: string, fn: (a: Py) => Py): void {
  defineFunction(operatorModule, name, (args, kwnames) => {
    checkArgCount(`_operator.${name}`, args, kwnames, 1);
    return fn(args[0]);
  });
}

/** A function of a fixed count of positional arguments, checked as PyArg_UnpackTuple checks them. */
function positional(name: string, min: number, max: number, fn: NativeFunction): void {
  defineFunction(operatorModule, name, (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`_operator.${name}() takes no keyword arguments`);
    checkArgCount(name, args, null, min, max);
    return fn(args, null);
  });
}

function binary(name: string, fn: (a: Py, b: Py) => Py): void {
  positional(name, 2, 2, (args) => fn(args[0], args[1]));
}

// ---------------------------------------------------------------- the operators

const COMPARISONS: [string, CompareOp][] = [
  ['lt', CompareOp.LT], ['le', CompareOp.LE], ['eq', CompareOp.EQ], ['ne', CompareOp.NE], ['gt', CompareOp.GT], ['ge', CompareOp.GE],
];
for (const [name, op] of COMPARISONS) binary(name, (a, b) => richCompare(a, b, op));

const ARITHMETIC: [string, NbOp][] = [
  ['add', NbOp.ADD], ['and_', NbOp.AND], ['floordiv', NbOp.FLOOR_DIVIDE], ['lshift', NbOp.LSHIFT], ['matmul', NbOp.MATRIX_MULTIPLY],
  ['mul', NbOp.MULTIPLY], ['mod', NbOp.REMAINDER], ['or_', NbOp.OR], ['pow', NbOp.POWER], ['rshift', NbOp.RSHIFT],
  ['sub', NbOp.SUBTRACT], ['truediv', NbOp.TRUE_DIVIDE], ['xor', NbOp.XOR],
];
for (const [name, op] of ARITHMETIC) {
  binary(name, (a, b) => binaryOp(a, b, op));
  // The in-place names drop the trailing underscore: and_ → iand.
  binary(`i${name.replace(/_$/, '')}`, (a, b) => binaryOp(a, b, op + NbOp.INPLACE_ADD));
}

const builtinAbs = builtinsModule.dict.getStr('abs') as PyBuiltinFunction;
unary('abs', (a) => builtinAbs.fn([a], null));
unary('neg', unaryNegative);
unary('pos', unaryPositive);
unary('inv', unaryInvert);
unary('invert', unaryInvert);
unary('not_', (a) => !isTrue(a));
unary('truth', isTrue);
unary('index', pyIndex);
binary('is_', (a, b) => a === b);
binary('is_not', (a, b) => a !== b);

binary('concat', (a, b) => concatenate(a, b, false));
binary('iconcat', (a, b) => concatenate(a, b, true));
binary('contains', (a, b) => contains(a, b));
binary('getitem', getItem);
positional('setitem', 3, 3, (args) => {
  setItem(args[0], args[1], args[2]);
  return null;
});
binary('delitem', (a, b) => {
  delItem(a, b);
  return null;
});
binary('countOf', (a, b) => {
  let count = 0;
  searchIterable(a, b, (equal) => {
    if (equal) count++;
    return false;
  });
  return count;
});
binary('indexOf', (a, b) => {
  let index = 0;
  const found = searchIterable(a, b, (equal) => {
    if (equal) return true;
    index++;
    return false;
  });
  if (found) return index;
  throw newException(ValueError, 'sequence.index(x): x not in sequence');
});

defineFunction(operatorModule, 'call', (args, kwnames) => {
  const positionalCount = args.length - (kwnames?.length ?? 0);
  if (positionalCount < 1) throw typeError(`call expected at least 1 argument, got ${positionalCount}`);
  return call(args[0], args.slice(1), kwnames);
});

positional('length_hint', 1, 2, (args) => lengthHint(args[0], args.length > 1 ? ssizeArgument(args[1]) : 0));

positional('_compare_digest', 2, 2, (args) => compareDigest(args[0], args[1]));

/**
 * PySequence_Concat / PySequence_InPlaceConcat: a type with sequence concatenation
 * (list, str, ...) does it, with its own complaint about the other operand; two other
 * sequences may add with __add__; anything else "can't be concatenated".
 */
function concatenate(a: Py, b: Py, inPlace: boolean): Py {
  if (hasSequenceConcat(a)) return binaryOp(a, b, inPlace ? NbOp.INPLACE_ADD : NbOp.ADD);
  if (isSequence(a) && isSequence(b)) {
    const result = inPlace ? inPlaceAddOrNotImplemented(a, b) : binaryOpOrNotImplemented(a, b, NbOp.ADD);
    if (result !== NotImplemented) return result;
  }
  throw typeError(`'${typeName(a)}' object can't be concatenated`);
}

function inPlaceAddOrNotImplemented(a: Py, b: Py): Py {
  const method = typeOf(a).lookup(INPLACE_DUNDERS[NbOp.ADD]);
  if (method !== undefined) {
    const result = callUnbound(method, a, [b]);
    if (result !== NotImplemented) return result;
  }
  return binaryOpOrNotImplemented(a, b, NbOp.ADD);
}

function hasSequenceConcat(value: Py): boolean {
  return typeOf(value).mro.some((type) => !type.isHeapType && concatErrors.has(type.name));
}

/** PySequence_Check: it has __getitem__ and is no dict. */
function isSequence(value: Py): boolean {
  const type = typeOf(value);
  return !type.isSubtypeOf(dictType) && type.lookup('__getitem__') !== undefined;
}

/**
 * _PySequence_IterSearch: tells `visit` of each item whether it equals `item`, until
 * `visit` answers true; whether it did.
 */
function searchIterable(iterable: Py, item: Py, visit: (equal: boolean) => boolean): boolean {
  let iterator: Py;
  try {
    iterator = getIter(iterable);
  } catch (error) {
    if (isInstanceOfException(error, TypeError)) throw typeError(`argument of type '${typeName(iterable)}' is not iterable`);
    throw error;
  }
  for (let value = iterNext(iterator); value !== undefined; value = iterNext(iterator)) {
    if (visit(pyEquals(value, item))) return true;
  }
  return false;
}

/** _compare_digest: a == b in time independent of where they differ; ASCII strs or bytes-like objects. */
function compareDigest(a: Py, b: Py): boolean {
  const textA = strValue(a);
  const textB = strValue(b);
  if (textA !== undefined && textB !== undefined) {
    if (!isAsciiText(textA) || !isAsciiText(textB)) throw typeError('comparing strings with non-ASCII characters is not supported');
    return constantTimeEqual(new TextEncoder().encode(textA), new TextEncoder().encode(textB));
  }
  const bytesA = bufferOf(a);
  const bytesB = bufferOf(b);
  if (bytesA === undefined && bytesB === undefined) {
    throw typeError(`unsupported operand types(s) or combination of types: '${typeName(a)}' and '${typeName(b)}'`);
  }
  if (bytesA === undefined) throw typeError(`a bytes-like object is required, not '${typeName(a)}'`);
  if (bytesB === undefined) throw typeError(`a bytes-like object is required, not '${typeName(b)}'`);
  return constantTimeEqual(bytesA, bytesB);
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  const against = a.length === b.length ? a : b;
  let difference = a.length === b.length ? 0 : 1;
  for (let i = 0; i < b.length; i++) difference |= against[i] ^ b[i];
  return difference === 0;
}

// ---------------------------------------------------------------- itemgetter, attrgetter, methodcaller

/** A callable type of operator.py's (itemgetter, ...): made by `construct`, called with one object. */
function getterType<T extends PyObject>(name: string, construct: (cls: PyType, args: Py[], kwnames: readonly string[] | null) => T, apply: (self: T, target: Py) => Py): PyType {
  const type = nativeType(name, undefined, { baseType: false });
  type.attrs.set('__module__', 'operator');
  type.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => construct(newTargetOf(type, args), args.slice(1), kwnames), undefined, null));
  defineMethods(type, {
    __call__(self: T, args, kwnames) {
      if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
      if (args.length !== 1) throw typeError(`${name} expected 1 argument, got ${args.length}`);
      return apply(self, args[0]);
    },
  });
  operatorModule.dict.setStr(name, type);
  return type;
}

/** "itemgetter expected 1 argument, got 0" for a constructor given nothing; no keywords. */
function checkGetterArguments(name: string, args: Py[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length === 0) throw typeError(`${name} expected 1 argument, got 0`);
}

/** `operator.name(arguments)`, or `operator.name(...)` from inside its own repr. */
function getterRepr(self: PyObject, arguments_: () => string[]): string {
  const name = `operator.${self.cls.name}`;
  return guardedRepr(self, `${name}(...)`, () => `${name}(${arguments_().join(', ')})`);
}

class ItemGetter extends PyObject {
  constructor(cls: PyType, readonly items: Py[]) {
    super(cls);
  }
}

const itemGetterType = getterType('itemgetter', (cls, args, kwnames) => {
  checkGetterArguments('itemgetter', args, kwnames);
  return new ItemGetter(cls, args.slice());
}, (self, target) => {
  const items = self.items;
  if (items.length === 1) return getItem(target, items[0]);
  return newTuple(items.map((item) => getItem(target, item)));
});
defineMethods(itemGetterType, {
  __repr__: (self: ItemGetter) => getterRepr(self, () => self.items.map(pyRepr)),
  __reduce__: (self: ItemGetter) => newTuple([self.cls, newTuple(self.items)]),
});

class AttrGetter extends PyObject {
  /** Each name's dotted parts. */
  readonly paths: string[][];
  constructor(cls: PyType, readonly names: string[]) {
    super(cls);
    this.paths = names.map((name) => name.split('.'));
  }
}

const attrGetterType = getterType('attrgetter', (cls, args, kwnames) => {
  checkGetterArguments('attrgetter', args, kwnames);
  const names = args.map((name) => {
    const text = strValue(name);
    if (text === undefined) throw typeError('attribute name must be a string');
    return text;
  });
  return new AttrGetter(cls, names);
}, (self, target) => {
  const follow = (path: string[]): Py => path.reduce((value: Py, part) => getAttr(value, part), target);
  if (self.paths.length === 1) return follow(self.paths[0]);
  return newTuple(self.paths.map(follow));
});
defineMethods(attrGetterType, {
  __repr__: (self: AttrGetter) => getterRepr(self, () => self.names.map(pyRepr)),
  __reduce__: (self: AttrGetter) => newTuple([self.cls, newTuple(self.names)]),
});

class MethodCaller extends PyObject {
  constructor(cls: PyType, readonly name: string, readonly args: Py[], readonly keywords: PyDict) {
    super(cls);
  }
}

const methodCallerType = getterType('methodcaller', (cls, args, kwnames) => {
  const positionalCount = args.length - (kwnames?.length ?? 0);
  if (positionalCount < 1) throw typeError('methodcaller needs at least one argument, the method name');
  const name = strValue(args[0]);
  if (name === undefined) throw typeError('method name must be a string');
  const keywords = newDict();
  kwnames?.forEach((keyword, k) => keywords.setStr(keyword, args[positionalCount + k]));
  return new MethodCaller(cls, name, args.slice(1, positionalCount), keywords);
}, (self, target) => {
  const keywordNames = self.keywords.keys() as string[];
  const values = [...self.args, ...self.keywords.values()];
  return call(getAttr(target, self.name), values, keywordNames.length > 0 ? keywordNames : null);
});
defineMethods(methodCallerType, {
  __repr__: (self: MethodCaller) => getterRepr(self, () => [
    pyRepr(self.name),
    ...self.args.map(pyRepr),
    ...self.keywords.entries().map(([key, value]) => `${key as string}=${pyRepr(value)}`),
  ]),
  __reduce__(self: MethodCaller) {
    if (self.keywords.size === 0) return newTuple([self.cls, newTuple([self.name, ...self.args])]);
    // The keywords go to a partial of the class: __reduce__'s arguments are positional.
    const keywordNames = self.keywords.keys() as string[];
    const constructor = call(partialType, [self.cls, self.name, ...self.keywords.values()], keywordNames);
    return newTuple([constructor, newTuple(self.args)]);
  },
});
