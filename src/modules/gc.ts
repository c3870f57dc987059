// The gc module. pyvm's objects live in JavaScript's heap, whose collector finds cycles
// by itself and runs when it will: there is nothing for Python to collect, so collect()
// finds 0 objects (it does clear the weak references and run the finalizers CPython would
// have by then, and get_objects() lists what the program can reach: gcReachability.ts).
// The module keeps the settings Python code reads back (enabled, thresholds, debug flags,
// the frozen count), calls gc.callbacks around a collection, and tells which objects
// CPython's collector would track.
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { PyList } from '../objects/list';
import { PyTuple, newTuple, tupleType } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { dictType, newDict } from '../objects/dictType';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { PyBytes } from '../objects/bytes';
import { PyType, objectType } from '../objects/type';
import { intValue } from '../objects/int';
import { strValue } from '../objects/str';
import { typeOf } from '../objects/typeOf';
import { bindArguments, bindClinicArguments, checkArgCount } from '../objects/native';
import { newException, typeError, ValueError } from '../objects/exceptions';
import { call, iterableToArray, pyIndex } from '../objects/protocols';
import { defineFunction } from './builtins';
import { finalizeUnreachable, reachablePythonObjects } from './gcReachability';
import { registerBuiltinModule } from './registry';

const gcModule = newModule(
  'gc',
  'This module provides access to the garbage collector for reference cycles.\n\n' +
    'enable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\n' +
    'isenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\n' +
    'get_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\n' +
    'set_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\n' +
    'get_threshold() -- Return the current the collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\n' +
    'is_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\n' +
    'get_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\n' +
    'freeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\n' +
    'get_freeze_count() -- Return the number of objects in the permanent generation.\n',
);
registerBuiltinModule('gc', () => gcModule);
const gc = gcModule.dict;

for (const [name, value] of [['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2], ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', 32], ['DEBUG_LEAK', 38]] as const) {
  gc.setStr(name, value);
}
const garbage = new PyList([]);
const callbacks = new PyList([]);
gc.setStr('garbage', garbage);
gc.setStr('callbacks', callbacks);

let enabled = true;
let debugFlags = 0;
let thresholds = [700, 10, 10];
const collections = [0, 0, 0];

function define(name: string, fn: (args: Py[]) => Py, count = 0): void {
  defineFunction(gcModule, name, (args, kwnames) => {
    checkArgCount(`gc.${name}`, args, kwnames, count);
    return fn(args);
  });
}

define('enable', () => {
  enabled = true;
  return null;
});
define('disable', () => {
  enabled = false;
  return null;
});
define('isenabled', () => enabled);
define('get_debug', () => debugFlags);
define('get_threshold', () => newTuple(thresholds));
define('get_count', () => newTuple([0, 0, 0]));
define('get_freeze_count', () => 0);
define('freeze', () => null);
define('unfreeze', () => null);
define('is_finalized', () => false);
define('is_tracked', (args) => isTracked(args[0]), 1);
define('get_stats', () => new PyList(collections.map((count) => {
  const stats = newDict();
  stats.setStr('collections', count);
  stats.setStr('collected', 0);
  stats.setStr('uncollectable', 0);
  return stats;
})));

defineFunction(gcModule, 'set_debug', (args, kwnames) => {
  const [flags] = bindClinicArguments({ name: 'set_debug', names: ['flags'], positionalOnly: 1 }, args, kwnames);
  debugFlags = Number(pyIndex(flags!));
  return null;
});

defineFunction(gcModule, 'set_threshold', (args, kwnames) => {
  bindArguments({ name: 'set_threshold', names: ['threshold0', 'threshold1', 'threshold2'], required: 1 }, args, kwnames);
  thresholds = thresholds.map((old, index) => (index < args.length ? Number(pyIndex(args[index])) : old));
  return null;
});

defineFunction(gcModule, 'collect', (args, kwnames) => {
  const [generationValue] = bindClinicArguments({ name: 'collect', names: ['generation'], required: 0, positionalOnly: 0 }, args, kwnames);
  const generation = generationValue === undefined ? 2 : Number(pyIndex(generationValue));
  if (generation < 0 || generation > 2) throw newException(ValueError, 'invalid generation');
  collections[generation]++;
  const info = newDict();
  info.setStr('generation', generation);
  info.setStr('collected', 0);
  info.setStr('uncollectable', 0);
  const runCallbacks = (phase: string): void => {
    for (const callback of iterableToArray(callbacks)) call(callback, [phase, info]);
  };
  runCallbacks('start');
  finalizeUnreachable();
  runCallbacks('stop');
  return 0;
});

defineFunction(gcModule, 'get_objects', (args, kwnames) => {
  const [generation] = bindClinicArguments({ name: 'get_objects', names: ['generation'], required: 0, positionalOnly: 0 }, args, kwnames);
  if (generation !== undefined && generation !== null) {
    const value = intValue(generation);
    if (value === undefined) throw typeError(`argument should be integer or None, not '${typeOf(generation).name}'`);
    if (value >= 3) throw newException(ValueError, 'generation parameter must be less than the number of available generations (3)');
    if (value < -1) throw newException(ValueError, 'generation parameter cannot be negative');
  }
  return new PyList(reachablePythonObjects().filter(isTracked));
});

/**
 * Whether CPython's collector tracks `value`: not atoms (numbers, strings, bytes), not
 * plain object() instances or built-in types, and not tuples and dicts (not of subclasses)
 * that hold only untracked objects; everything else.
 */
function isTracked(value: Py): boolean {
  if (value === null || typeof value === 'boolean' || intValue(value) !== undefined || strValue(value) !== undefined) return false;
  if (value instanceof PyFloat || value instanceof PyComplex || value instanceof PyBytes) return false;
  if (value instanceof PyTuple && value.cls === tupleType) return value.items.some(isTracked);
  if (value instanceof PyDict && value.cls === dictType) return value.entries().some(([key, item]) => isTracked(key) || isTracked(item));
  if (value instanceof PyType) return value.isHeapType;
  return typeOf(value) !== objectType;
}
