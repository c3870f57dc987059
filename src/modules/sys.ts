// The sys module: the interpreter's state as Python sees it.
import { newModule } from '../objects/module';
import { newDict } from '../objects/dictType';
import { PyList } from '../objects/list';
import { newTuple } from '../objects/tuple';
import { checkArgCount } from '../objects/native';
import { typeOf } from '../objects/typeOf';
import { newException, PyBaseException, RecursionError, SystemExit, typeError, ValueError } from '../objects/exceptions';
import { recursionLimit, setRecursionLimit, indexAsNumber } from '../objects/protocols';
import { defineFunction } from './builtins';
import { stderr, stdout } from './consoleStream';
import { registerSysModule } from './sysAccess';
import { threadState } from '../vm/threadState';

export const sysModule = newModule('sys', 'This module provides access to some objects used or maintained by the\nPython interpreter and to functions that interact strongly with the interpreter.');
registerSysModule(sysModule);
const sys = sysModule.dict;

export const sysModules = newDict();
sys.setStr('modules', sysModules);
sys.setStr('stdout', stdout);
sys.setStr('stderr', stderr);
sys.setStr('__stdout__', stdout);
sys.setStr('__stderr__', stderr);
sys.setStr('argv', new PyList([]));
sys.setStr('path', new PyList([]));
sys.setStr('platform', 'linux');
sys.setStr('byteorder', 'little');
sys.setStr('maxsize', 2n ** 63n - 1n);
sys.setStr('version', '3.11.7 (pyvm) [TypeScript on Node]');
sys.setStr('version_info', newTuple([3, 11, 7, 'final', 0]));
sys.setStr('hexversion', 0x030b07f0);
sys.setStr('api_version', 1013);

defineFunction(sysModule, 'exit', (args, kwnames) => {
  checkArgCount('exit', args, kwnames, 0, 1);
  throw newException(SystemExit, ...(args.length > 0 ? [args[0]] : []));
});

defineFunction(sysModule, 'getrecursionlimit', (args, kwnames) => {
  checkArgCount('getrecursionlimit', args, kwnames, 0);
  return recursionLimit;
});

defineFunction(sysModule, 'setrecursionlimit', (args, kwnames) => {
  checkArgCount('setrecursionlimit', args, kwnames, 1);
  if (typeof args[0] !== 'number' && typeof args[0] !== 'bigint') throw typeError(`'${typeOf(args[0]).name}' object cannot be interpreted as an integer`);
  const limit = indexAsNumber(args[0]);
  if (limit < 1) throw newException(ValueError, 'recursion limit must be greater or equal than 1');
  if (limit <= threadState.depth) {
    throw newException(RecursionError, `cannot set the recursion limit to ${limit} at the recursion depth ${threadState.depth}: the limit is too low`);
  }
  setRecursionLimit(limit);
  return null;
});

defineFunction(sysModule, 'exc_info', () => {
  const handled = threadState.handled;
  if (handled === null) return newTuple([null, null, null]);
  if (!(handled instanceof PyBaseException)) return newTuple([typeOf(handled), handled, null]);
  return newTuple([handled.cls, handled, handled.traceback]);
});

defineFunction(sysModule, 'exception', () => threadState.handled);
