// The _tracemalloc module, as far as pyvm can give it: tracing is never on. Objects live
// in V8's heap, whose allocations pyvm does not see, so start() fails; everything that
// asks about tracing answers as CPython's does when it is off (the warnings module asks,
// to add "Enable tracemalloc to get the object allocation traceback" to a warning).
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { bindArguments, checkArgCount } from '../objects/native';
import { newException, RuntimeError } from '../objects/exceptions';
import { PyList } from '../objects/list';
import { newTuple } from '../objects/tuple';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

const tracemallocModule = newModule('_tracemalloc', 'Debug module to trace memory blocks allocated by Python.');
registerBuiltinModule('_tracemalloc', () => tracemallocModule);

const define = (name: string, answer: () => Py, argumentCount = 0): void => {
  defineFunction(tracemallocModule, name, (args, kwnames) => {
    checkArgCount(name, args, kwnames, argumentCount);
    return answer();
  });
};

defineFunction(tracemallocModule, 'start', (args, kwnames) => {
  bindArguments({ name: 'start', names: ['nframe'], required: 0 }, args, kwnames);
  throw newException(RuntimeError, 'pyvm cannot trace memory allocations');
});
define('stop', () => null);
define('is_tracing', () => false);
define('clear_traces', () => null);
define('reset_peak', () => null);
define('get_traceback_limit', () => 1);
define('get_traced_memory', () => newTuple([0, 0]));
define('get_tracemalloc_memory', () => 0);
define('_get_object_traceback', () => null, 1);
define('_get_traces', () => new PyList([]));
