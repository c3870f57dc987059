// The iteration built-ins: iter, next, sorted, sum, min, max, any, all, and the names of
// the iteration types (range, slice, enumerate, zip, map, filter, reversed).
import type { Py } from '../objects/object';
import { floatType, strType, typeName, typeOf } from '../objects/typeOf';
import { bindClinicArguments, checkArgCount, type NativeSignature } from '../objects/native';
import { isInstanceOfException, newException, StopIteration, typeError, ValueError } from '../objects/exceptions';
import { call, callUnbound, CompareOp, getIter, isCallable, isTrue, iterNext, richCompare } from '../objects/protocols';
import { PyNativeIterator } from '../objects/nativeIterator';
import { PyFunction, callFunctionOrRaised } from '../objects/function';
import { RAISED, raised, takePendingRaise, thrownIfRaised } from '../objects/raised';
import { generatorType, PyGenerator } from '../vm/generator';
import { generatorNext } from '../vm/generatorMethods';
import { PyList } from '../objects/list';
import { newTuple } from '../objects/tuple';
import { PyFloat } from '../objects/float';
import { bytearrayType, bytesType } from '../objects/bytes';
import { intValue } from '../objects/int';
import { pyInt } from '../ast/constant';
import { binaryOp, NbOp } from '../objects/operators';
import { rangeType } from '../objects/range';
import { sliceType } from '../objects/slice';
import { sortMethod } from '../objects/listType';
import { collectItems } from '../objects/sequenceOps';
import {
  CallableIterator, checkUnpackCount, enumerateType, filterType, mapType, reversedType, zipType,
} from '../objects/iteratorTypes';
import { builtinsModule, defineFunction, defineUnaryFunction } from './builtins';

for (const type of [rangeType, sliceType, enumerateType, zipType, mapType, filterType, reversedType]) {
  builtinsModule.dict.setStr(type.name, type);
}

// ---------------------------------------------------------------- iter, next

const iterBuiltin = defineFunction(builtinsModule, 'iter', (args, kwnames) => {
  checkArgCount('iter', args, kwnames, 1, 2);
  return args.length === 1 ? getIter(args[0]) : callableIterator(args[0], args[1]);
});
iterBuiltin.unary = getIter;
iterBuiltin.binary = callableIterator;

function callableIterator(callable: Py, sentinel: Py): Py {
  if (!isCallable(callable)) throw typeError('iter(v, w): v must be callable');
  return new CallableIterator(callable, sentinel);
}

// next(iterator[, default]). A __next__ written in Python is called so that what it raises
// comes back as RAISED (objects/raised.ts), not thrown: the StopIteration that ends an
// iterator class then costs no JS throw, and none when next() has a default to return.
const nextBuiltin = defineFunction(builtinsModule, 'next', (args, kwnames) => {
  checkArgCount('next', args, kwnames, 1, 2);
  return thrownIfRaised(args.length === 1 ? nextItem(args[0]) : nextItemOr(args[0], args[1]));
});
nextBuiltin.unary = nextItem;
nextBuiltin.binary = nextItemOr;

/** The item __next__ gives; without a default, the StopIteration it raises (a generator's return value in it) propagates. */
function nextItem(iterator: Py): Py | typeof RAISED {
  const type = typeOf(iterator);
  // (A built-in iterator's and a generator's StopIteration come back unthrown too; a
  // generator's carries its return value.)
  if (type === generatorType) return generatorNext(iterator as PyGenerator);
  if (type.iteratesItself) {
    const item = (iterator as PyNativeIterator).next();
    return item !== undefined ? item : raised(newException(StopIteration));
  }
  const method = nextMethod(iterator);
  return method instanceof PyFunction ? callFunctionOrRaised(method, [iterator]) : callUnbound(method, iterator, []);
}

function nextItemOr(iterator: Py, fallback: Py): Py | typeof RAISED {
  if (iterator instanceof PyNativeIterator) {
    nextMethod(iterator);
    const item = iterator.next();
    return item !== undefined ? item : fallback;
  }
  let item: Py | typeof RAISED;
  try {
    item = nextItem(iterator);
  } catch (error) {
    if (isInstanceOfException(error, StopIteration)) return fallback;
    throw error;
  }
  if (item !== RAISED) return item;
  const exc = takePendingRaise()!;
  return isInstanceOfException(exc, StopIteration) ? fallback : raised(exc);
}

function nextMethod(iterator: Py): Py {
  const method = typeOf(iterator).lookup('__next__');
  if (method === undefined || method === null) throw typeError(`'${typeName(iterator)}' object is not an iterator`);
  return method;
}

// ---------------------------------------------------------------- sorted

const sortedBuiltin = defineFunction(builtinsModule, 'sorted', (args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  checkUnpackCount('sorted', positional, 1, 1);
  const list = new PyList(collectItems(args[0]));
  // The keywords go to list.sort, whose name the errors about them give.
  sortMethod(list, args.slice(1), kwnames);
  return list;
});
sortedBuiltin.unary = (iterable) => {
  const list = new PyList(collectItems(iterable));
  sortMethod(list, [], null);
  return list;
};

// ---------------------------------------------------------------- sum

/** sum(iterable, /, start=0), checked as the argument clinic checks it. */
function sumArguments(args: Py[], kwnames: readonly string[] | null): [Py, Py] {
  const kwCount = kwnames?.length ?? 0;
  const positional = args.length - kwCount;
  if (args.length > 2) throw typeError(`sum() takes at most 2 arguments (${args.length} given)`);
  if (positional < 1) throw typeError(`sum() takes at least 1 positional argument (${positional} given)`);
  if (kwCount === 0) return [args[0], positional === 2 ? args[1] : 0];
  if (kwnames![0] !== 'start') throw typeError(`'${kwnames![0]}' is an invalid keyword argument for sum()`);
  return [args[0], args[1]];
}

const sumBuiltin = defineFunction(builtinsModule, 'sum', (args, kwnames) => {
  const [iterable, start] = sumArguments(args, kwnames);
  return sumOf(iterable, start);
});
sumBuiltin.unary = (iterable) => sumItems(getIter(iterable), 0);
sumBuiltin.binary = sumOf;

function sumOf(iterable: Py, start: Py): Py {
  const startType = typeOf(start);
  if (startType.isSubtypeOf(strType)) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (startType.isSubtypeOf(bytesType)) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (startType.isSubtypeOf(bytearrayType)) throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  return sumItems(getIter(iterable), start);
}

const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

/**
 * Adds the items to `total` with `+`, as builtin_sum does: while the total is an exact
 * int, ints are added directly; once it is an exact float, floats and ints are added as
 * plain doubles (3.11 has no compensated summation); anything else goes through `+`.
 */
function sumItems(iterator: Py, total: Py): Py {
  let item: Py | undefined;
  while (typeof total === 'number') {
    item = iterNext(iterator);
    if (item === undefined) return total;
    if (typeof item === 'number') {
      const sum = total + item;
      if (Number.isSafeInteger(sum)) {
        total = sum;
        continue;
      }
    }
    total = binaryOp(total, item, NbOp.ADD);
  }
  if (typeof total === 'bigint') {
    // Past 2**53 the total is a bigint, which every addition would allocate anew: the
    // items that are numbers are gathered in a double for as long as it stays exact,
    // and it is added to the bigint only then (one bigint addition per many items).
    let big = total;
    let gathered = 0;
    for (;;) {
      item = iterNext(iterator);
      if (item === undefined) return pyInt(big + BigInt(gathered));
      if (typeof item === 'number') {
        const sum = gathered + item;
        if (Number.isSafeInteger(sum)) gathered = sum;
        else {
          big += BigInt(gathered);
          gathered = item;
        }
      } else if (typeof item === 'bigint') big += item;
      else {
        total = binaryOp(pyInt(big + BigInt(gathered)), item, NbOp.ADD);
        break;
      }
    }
  }
  if (total instanceof PyFloat && total.cls === floatType) {
    let sum = total.value;
    for (;;) {
      item = iterNext(iterator);
      if (item === undefined) return new PyFloat(sum);
      if (item instanceof PyFloat && item.cls === floatType) {
        sum += item.value;
        continue;
      }
      const int = intValue(item);
      if (int !== undefined && int >= LONG_MIN && int <= LONG_MAX) {
        sum += Number(int);
        continue;
      }
      total = binaryOp(new PyFloat(sum), item, NbOp.ADD);
      break;
    }
  }
  for (item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) total = binaryOp(total, item, NbOp.ADD);
  return total;
}

// ---------------------------------------------------------------- min, max

/** min(iterable, *[, default, key]) and min(a, b, *args, *[, key]); max alike. */
function minMax(name: 'min' | 'max', op: CompareOp) {
  const keywords: NativeSignature = { name, names: ['key', 'default'], required: 0, positionalOnly: 0, keywordOnlyFrom: 0 };
  return (args: Py[], kwnames: readonly string[] | null): Py => {
    const positional = args.length - (kwnames?.length ?? 0);
    if (positional === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    const [key, fallback] = positional < args.length ? bindClinicArguments(keywords, args.slice(positional), kwnames) : [];
    if (positional > 1 && fallback !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    const keyFunction = key ?? null;
    const iterator = getIter(positional === 1 ? args[0] : newTuple(args.slice(0, positional)));
    let best: Py | undefined;
    let bestKey: Py = null;
    for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
      const itemKey = keyFunction === null ? item : call(keyFunction, [item]);
      // The new item wins only if it compares strictly (max: item > best): the first of equals stays.
      if (best === undefined || isTrue(richCompare(itemKey, bestKey, op))) {
        best = item;
        bestKey = itemKey;
      }
    }
    if (best !== undefined) return best;
    if (fallback !== undefined) return fallback;
    throw newException(ValueError, `${name}() arg is an empty sequence`);
  };
}

for (const [name, op] of [['min', CompareOp.LT], ['max', CompareOp.GT]] as const) {
  const builtin = defineFunction(builtinsModule, name, minMax(name, op));
  // (The calls most code makes, min(iterable) and min(a, b), called directly, without binding keywords.)
  builtin.unary = (iterable: Py): Py => bestOf(name, op, getIter(iterable));
  builtin.binary = (a: Py, b: Py): Py => (isTrue(richCompare(b, a, op)) ? b : a);
}

/** The item of `iterator` that compares best by `op` (the first of equals), without a key function or a default. */
function bestOf(name: 'min' | 'max', op: CompareOp, iterator: Py): Py {
  let best = iterNext(iterator);
  if (best === undefined) throw newException(ValueError, `${name}() arg is an empty sequence`);
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) if (isTrue(richCompare(item, best, op))) best = item;
  return best;
}

// ---------------------------------------------------------------- any, all

defineUnaryFunction(builtinsModule, 'any', (iterable) => {
  const iterator = getIter(iterable);
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) if (isTrue(item)) return true;
  return false;
});

defineUnaryFunction(builtinsModule, 'all', (iterable) => {
  const iterator = getIter(iterable);
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) if (!isTrue(item)) return false;
  return true;
});
