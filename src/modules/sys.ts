// The sys module: the interpreter's state as Python sees it.
import { interpreterExecutable } from './interpreterExecutable';
import { newModule } from '../objects/module';
import { newDict } from '../objects/dictType';
import { PyList } from '../objects/list';
import { newTuple, PyTuple } from '../objects/tuple';
import { bindArguments, checkArgCount } from '../objects/native';
import { DEFAULT_MAX_STR_DIGITS, intStrConversion, MAX_STR_DIGITS_THRESHOLD } from '../objects/numberParsing';
import { typeOf } from '../objects/typeOf';
import type { PyType } from '../objects/type';
import { AttributeError, newException, PyBaseException, RecursionError, RuntimeError, SystemExit, typeError, ValueError } from '../objects/exceptions';
import { call, callSpecial, indexAsNumber, pyRepr, recursionDepth, recursionLimit, setRecursionLimit } from '../objects/protocols';
import type { Py } from '../objects/object';
import { runtimeHooks } from '../vm/hooks';
import { builtinsModule, defineFunction } from './builtins';
import { stderr, stdin, stdout } from './consoleStream';
import { structSeqType, newStructSeq } from '../objects/structSeq';
import { newNamespace } from '../objects/namespace';
import { PyFloat } from '../objects/float';
import { PYVM_VERSION } from './version';
import { registerSysModule } from './sysAccess';
import { builtinModuleNames } from './registry';
import { threadState } from '../vm/threadState';
import { topmostHandled } from '../vm/generator';
import { setSwitchInterval, switchInterval } from '../vm/threads';
import { asDouble } from './math';
import { frameObject } from '../vm/frameObject';
import { intAdd } from '../objects/int';
import { atProcessStart, programInvocation } from '../objects/processStart';

export const sysModule = newModule('sys', 'This module provides access to some objects used or maintained by the\nPython interpreter and to functions that interact strongly with the interpreter.');
registerSysModule(sysModule);
const sys = sysModule.dict;

export const sysModules = newDict();
sys.setStr('modules', sysModules);
sys.setStr('stdout', stdout);
sys.setStr('stdin', stdin);
sys.setStr('stderr', stderr);
sys.setStr('__stdout__', stdout);
sys.setStr('__stderr__', stderr);
sys.setStr('argv', new PyList([]));
sys.setStr('path', new PyList([]));
sys.setStr('stdin', stdin);
sys.setStr('__stdin__', stdin);
sys.setStr('platform', 'linux');
sys.setStr('byteorder', 'little');
sys.setStr('maxsize', 2n ** 63n - 1n);
sys.setStr('maxunicode', 0x10ffff);
sys.setStr('version', `3.11.7 (pyvm ${PYVM_VERSION}) [TypeScript on Node ${process.versions.node}]`);
sys.setStr('hexversion', 0x030b07f0);
sys.setStr('api_version', 1013);
sys.setStr('copyright', 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.');
sys.setStr('float_repr_style', 'short');
sys.setStr('abiflags', '');
sys.setStr('platlibdir', 'lib');
sys.setStr('pycache_prefix', null);
sys.setStr('dont_write_bytecode', false);
atProcessStart(() => {
  sys.setStr('executable', interpreterExecutable());
  sys.setStr('_base_executable', interpreterExecutable());
  sys.setStr('orig_argv', new PyList(programInvocation()));
});
sys.setStr('prefix', '/usr');
sys.setStr('base_prefix', '/usr');
sys.setStr('exec_prefix', '/usr');
sys.setStr('base_exec_prefix', '/usr');
sys.setStr('warnoptions', new PyList([]));
sys.setStr('_xoptions', newDict());
sys.setStr('meta_path', new PyList([]));
sys.setStr('path_hooks', new PyList([]));
sys.setStr('path_importer_cache', newDict());

const versionInfoType = structSeqType('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
sys.setStr('version_info', newStructSeq(versionInfoType, [3, 11, 7, 'final', 0]));
const flagNames = [
  'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment',
  'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
  'safe_path', 'int_max_str_digits',
];
const flagsType = structSeqType('sys', 'flags', flagNames);
const flagValues: Py[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1];
sys.setStr('flags', newStructSeq(flagsType, flagValues));

/** -B or PYTHONDONTWRITEBYTECODE: sys.dont_write_bytecode and sys.flags.dont_write_bytecode. */
export function setDontWriteBytecode(): void {
  sys.setStr('dont_write_bytecode', true);
  flagValues[flagNames.indexOf('dont_write_bytecode')] = 1;
  sys.setStr('flags', newStructSeq(flagsType, flagValues));
}
const floatInfoType = structSeqType('sys', 'float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
sys.setStr('float_info', newStructSeq(floatInfoType, [
  new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1,
]));
const intInfoType = structSeqType('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
sys.setStr('int_info', newStructSeq(intInfoType, [30, 4, DEFAULT_MAX_STR_DIGITS, MAX_STR_DIGITS_THRESHOLD]));
defineFunction(sysModule, 'get_int_max_str_digits', (args, kwnames) => {
  checkArgCount('get_int_max_str_digits', args, kwnames, 0, 0);
  return intStrConversion.maxDigits;
});
const SET_INT_MAX_STR_DIGITS = { name: 'set_int_max_str_digits', names: ['maxdigits'], required: 1, positionalOnly: 0 };
defineFunction(sysModule, 'set_int_max_str_digits', (args, kwnames) => {
  const [maxdigits] = bindArguments(SET_INT_MAX_STR_DIGITS, args, kwnames);
  const limit = Number(indexAsNumber(maxdigits!));
  if (limit !== 0 && !(limit >= MAX_STR_DIGITS_THRESHOLD)) {
    throw newException(ValueError, `maxdigits must be 0 or larger than ${MAX_STR_DIGITS_THRESHOLD}`);
  }
  intStrConversion.maxDigits = limit;
  return null;
});
const hashInfoType = structSeqType('sys', 'hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
sys.setStr('hash_info', newStructSeq(hashInfoType, [64, 2 ** 61 - 1, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
const threadInfoType = structSeqType('sys', 'thread_info', ['name', 'lock', 'version']);
sys.setStr('thread_info', newStructSeq(threadInfoType, ['pthread', 'semaphore', null]));
sys.setStr('implementation', newNamespace({
  name: 'pyvm',
  cache_tag: 'pyvm-311',
  version: sys.getStr('version_info')!,
  hexversion: 0x030b07f0,
  _multiarch: 'x86_64-linux-gnu',
}));

defineFunction(sysModule, 'exit', (args, kwnames) => {
  checkArgCount('exit', args, kwnames, 0, 1);
  // Made as PyErr_SetObject makes it: None gives no args, a tuple gives its items.
  const status = args.length > 0 ? args[0] : null;
  throw newException(SystemExit, ...(status === null ? [] : status instanceof PyTuple ? status.items : [status]));
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
  if (limit <= recursionDepth()) {
    throw newException(RecursionError, `cannot set the recursion limit to ${limit} at the recursion depth ${recursionDepth()}: the limit is too low`);
  }
  setRecursionLimit(limit);
  return null;
});

defineFunction(sysModule, 'exc_info', () => {
  const handled = topmostHandled();
  if (handled === null) return newTuple([null, null, null]);
  if (!(handled instanceof PyBaseException)) return newTuple([typeOf(handled), handled, null]);
  return newTuple([handled.cls, handled, handled.traceback]);
});

defineFunction(sysModule, 'exception', () => topmostHandled());

defineFunction(sysModule, 'displayhook', (args, kwnames) => {
  checkArgCount('displayhook', args, kwnames, 1);
  const value = args[0];
  if (value === null) return null;
  const builtins = builtinsModule.dict;
  builtins.setStr('_', null);
  const out = sys.getStr('stdout');
  const text = `${pyRepr(value)}\n`;
  if (out === stdout) stdout.write(text);
  else callSpecialOrFail(out ?? null, 'write', [text]);
  builtins.setStr('_', value);
  return null;
});
sys.setStr('__displayhook__', sys.getStr('displayhook')!);

runtimeHooks.displayHook = (value) => {
  const hook = sys.getStr('displayhook');
  if (hook === undefined) throw newException(RuntimeError, 'lost sys.displayhook');
  call(hook, [value]);
};

function callSpecialOrFail(target: Py, name: string, args: Py[]): Py {
  const result = callSpecial(target, name, args);
  if (result === undefined) throw newException(AttributeError, `'${typeOf(target).name}' object has no attribute '${name}'`);
  return result;
}

defineFunction(sysModule, 'getdefaultencoding', () => 'utf-8');
defineFunction(sysModule, 'getfilesystemencoding', () => 'utf-8');
defineFunction(sysModule, 'getfilesystemencodeerrors', () => 'surrogateescape');
defineFunction(sysModule, 'getrefcount', () => 2);
defineFunction(sysModule, 'is_finalizing', () => false);
defineFunction(sysModule, 'audit', () => null);
defineFunction(sysModule, 'addaudithook', () => null);
defineFunction(sysModule, 'intern', (args, kwnames) => {
  checkArgCount('intern', args, kwnames, 1);
  if (typeof args[0] !== 'string') throw typeError(`intern() argument must be str, not ${typeOf(args[0]).name}`);
  return args[0];
});

defineFunction(sysModule, 'getswitchinterval', () => new PyFloat(switchInterval()));
defineFunction(sysModule, 'setswitchinterval', (args, kwnames) => {
  checkArgCount('setswitchinterval', args, kwnames, 1);
  const value = asDouble(args[0]);
  if (!(value > 0)) throw newException(ValueError, 'switch interval must be strictly positive');
  setSwitchInterval(value);
  return null;
});

let traceFunction: Py = null;
let profileFunction: Py = null;
defineFunction(sysModule, 'settrace', (args) => {
  traceFunction = args[0] ?? null;
  return null;
});
defineFunction(sysModule, 'gettrace', () => traceFunction);
defineFunction(sysModule, 'setprofile', (args) => {
  profileFunction = args[0] ?? null;
  return null;
});
defineFunction(sysModule, 'getprofile', () => profileFunction);

defineFunction(sysModule, '_getframe', (args, kwnames) => {
  checkArgCount('_getframe', args, kwnames, 0, 1);
  let depth = args.length === 0 ? 0 : indexAsNumber(args[0]);
  let frame = threadState.frame;
  while (depth > 0 && frame !== null) {
    frame = frame.back;
    depth--;
  }
  if (frame === null) throw newException(ValueError, 'call stack is not deep enough');
  return frameObject(frame);
});

defineFunction(sysModule, 'getsizeof', (args, kwnames) => {
  checkArgCount('getsizeof', args, kwnames, 1, 2);
  const sizeof = callSpecial(args[0], '__sizeof__', []);
  if (sizeof === undefined) {
    if (args.length === 2) return args[1];
    throw typeError(`Type ${typeOf(args[0]).name} doesn't define __sizeof__`);
  }
  const type = typeOf(args[0]);
  return isGarbageCollected(type) ? intAdd(indexAsNumber(sizeof), GC_HEADER_SIZE) : indexAsNumber(sizeof);
});

/** The size of the header CPython puts before an object its cycle collector tracks (PyGC_Head). */
const GC_HEADER_SIZE = 16;
/** The built-in types whose instances CPython's cycle collector does not track: they hold no references, or only strs. */
const UNTRACKED_TYPES = new Set([
  'object', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'range', 'NoneType', 'NotImplementedType', 'ellipsis', 'code',
]);

/** Whether sys.getsizeof counts the collector's header: every class statement's type, and the built-in containers. */
function isGarbageCollected(type: PyType): boolean {
  return type.isHeapType || !UNTRACKED_TYPES.has(type.name);
}

sys.setStr('builtin_module_names', newTuple([...new Set(['builtins', 'sys', ...builtinModuleNames()])].sort()));
