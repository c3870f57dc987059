// object.__reduce_ex__, __reduce__ and __getstate__: how pickle and copy take an
// instance apart, as CPython 3.11's typeobject.c does it, with the helpers of the
// copyreg module (__newobj__, _reduce_ex, _slotnames).
import type { Py } from './object';
import { objectType, type PyType } from './type';
import { typeOf } from './typeOf';
import { checkArgCount, defineMethods, PyBuiltinFunction } from './native';
import { AttributeError, isInstanceOfException, typeError } from './exceptions';
import { call, callUnbound, getAttr, getAttrOrUndefined, getIter } from './protocols';
import { PyDict } from './dict';
import { dictType, newDict } from './dictType';
import { PyList, listType } from './list';
import { newTuple, PyTuple } from './tuple';
import { intValue } from './int';
import { importModule } from './moduleImporter';
import { itemSize } from './typeMethods';
import { typeSlotName } from './typeLayout';

function copyreg(name: string): Py {
  return getAttr(importModule('copyreg'), name);
}

defineMethods(objectType, {
  __reduce_ex__(self, args, kwnames) {
    checkArgCount('__reduce_ex__', args, kwnames, 1);
    const protocol = intValue(args[0]);
    if (protocol === undefined) throw typeError(`'${typeOf(args[0]).name}' object cannot be interpreted as an integer`);
    // A class that overrides __reduce__ decides alone.
    const reduce = getAttrOrUndefined(self, '__reduce__');
    if (reduce !== undefined && typeOf(self).lookup('__reduce__') !== objectReduce) return call(reduce, []);
    return commonReduce(self, Number(protocol));
  },
  __reduce__(self, args, kwnames) {
    checkArgCount('__reduce__', args, kwnames, 0);
    return commonReduce(self, 0);
  },
  __getstate__(self, args, kwnames) {
    checkArgCount('__getstate__', args, kwnames, 0);
    return defaultState(self, false);
  },
});

const objectReduce = objectType.attrs.get('__reduce__');
const objectGetState = objectType.attrs.get('__getstate__');

function commonReduce(self: Py, protocol: number): Py {
  if (protocol >= 2) return reduceNewObj(self);
  return call(copyreg('_reduce_ex'), [self, protocol]);
}

/** The protocol 2+ reduction: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
function reduceNewObj(self: Py): Py {
  const cls = typeOf(self);
  if (!cls.isInstantiable) throw typeError(`cannot pickle '${typeSlotName(cls)}' object`);
  const { args, kwargs } = newArguments(self);
  let reconstructor: Py;
  let reconstructorArgs: Py;
  if (kwargs === null || kwargs.size === 0) {
    reconstructor = copyreg('__newobj__');
    reconstructorArgs = newTuple([cls, ...(args?.items ?? [])]);
  } else {
    reconstructor = copyreg('__newobj_ex__');
    reconstructorArgs = newTuple([cls, args!, kwargs]);
  }
  const isListOrDict = cls.isSubtypeOf(listType) || cls.isSubtypeOf(dictType);
  const state = objectState(self, !(args !== null || isListOrDict));
  const listItems = cls.isSubtypeOf(listType) ? getIter(self) : null;
  const dictItems = cls.isSubtypeOf(dictType) ? getIter(call(getAttr(self, 'items'), [])) : null;
  return newTuple([reconstructor, reconstructorArgs, state, listItems, dictItems]);
}

/** The arguments __new__ is to get back: from __getnewargs_ex__, else __getnewargs__, else none. */
function newArguments(self: Py): { args: PyTuple | null; kwargs: PyDict | null } {
  const type = typeOf(self);
  const getNewArgsEx = type.lookup('__getnewargs_ex__');
  if (getNewArgsEx !== undefined) {
    const result = callUnbound(getNewArgsEx, self, []);
    if (!(result instanceof PyTuple)) throw typeError(`__getnewargs_ex__ should return a tuple, not '${typeOf(result).name}'`);
    if (result.items.length !== 2) throw typeError(`__getnewargs_ex__ should return a tuple of length 2, not ${result.items.length}`);
    const [args, kwargs] = result.items;
    if (!(args instanceof PyTuple)) throw typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeOf(args).name}'`);
    if (!(kwargs instanceof PyDict)) throw typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeOf(kwargs).name}'`);
    return { args, kwargs };
  }
  const getNewArgs = type.lookup('__getnewargs__');
  if (getNewArgs !== undefined) {
    const args = callUnbound(getNewArgs, self, []);
    if (!(args instanceof PyTuple)) throw typeError(`__getnewargs__ should return a tuple, not '${typeOf(args).name}'`);
    return { args, kwargs: null };
  }
  return { args: null, kwargs: null };
}

/** The state to restore: __getstate__()'s, with `required` passed on when it is object's own. */
function objectState(self: Py, required: boolean): Py {
  const getState = getAttr(self, '__getstate__');
  if (getState instanceof PyBuiltinFunction && getState.self === self && typeOf(self).lookup('__getstate__') === objectGetState) {
    return defaultState(self, required);
  }
  return call(getState, []);
}

/**
 * object.__getstate__: the instance __dict__ (None when empty) and the values of the
 * slots that are set, as (dict, slots). `required`: the object cannot be remade
 * without a state, so a layout holding more than a dict and slots cannot be pickled.
 */
function defaultState(self: Py, required: boolean): Py {
  const type = typeOf(self);
  if (required && itemSize(type) > 0) throw typeError(`cannot pickle ${type.name} objects`);
  if (required && hasNativeData(type)) throw typeError(`cannot pickle '${typeSlotName(type)}' object`);
  const dict = typeof self === 'object' && self !== null ? self.dict : undefined;
  let state: Py = dict === undefined || dict.size === 0 ? null : dict;
  const slotNames = call(copyreg('_slotnames'), [type]);
  if (!(slotNames instanceof PyList) || slotNames.items.length === 0) return state;
  const slots = newDict();
  for (const name of slotNames.items) {
    try {
      slots.set(name, getAttr(self, name as string));
    } catch (error) {
      if (!isInstanceOfException(error, AttributeError)) throw error;
    }
  }
  if (slots.size > 0) state = newTuple([state, slots]);
  return state;
}

/** Whether instances carry data of a built-in type besides a __dict__ and slots (CPython: a larger tp_basicsize). */
function hasNativeData(type: PyType): boolean {
  return type.mro.find((base) => !base.isHeapType) !== objectType;
}
