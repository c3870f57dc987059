// The sys module: the interpreter's state as Python sees it.
import { interpreterExecutable } from './interpreterExecutable';
import { newModule } from '../objects/module';
import { newDict } from '../objects/dictType';
import { PyList } from '../objects/list';
import { newTuple, PyTuple } from '../objects/tuple';
import { bindClinicArguments, checkArgCount, noKeywords } from '../objects/native';
import { DEFAULT_MAX_STR_DIGITS, intStrConversion, MAX_STR_DIGITS_THRESHOLD } from '../objects/numberParsing';
import { strType, typeOf } from '../objects/typeOf';
import { strValue } from '../objects/str';
import { frozensetType, PySet } from '../objects/set';
import { cIntArgument } from '../objects/bytesArguments';
import { STDLIB_MODULE_NAMES } from './stdlibModuleNames';
import type { PyType } from '../objects/type';
import { AttributeError, Exception, newException, OverflowError, PyBaseException, RecursionError, RuntimeError, SystemExit, TypeError, typeError, ValueError } from '../objects/exceptions';
import { call, callSpecial, pyRepr, recursionDepth, recursionLimit, setRecursionLimit } from '../objects/protocols';
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
import { eachThread, setSwitchInterval, switchInterval } from '../vm/threads';
import { asDouble } from './math';
import { frameObject } from '../vm/frameObject';
import { profileFunction, setProfileFunction, setTraceFunction, traceFunction } from '../vm/tracing';
import { intAdd, intValue } from '../objects/int';
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
sys.setStr('copyright', [
  'Copyright (c) 2001-2023 Python Software Foundation.', 'Copyright (c) 2000 BeOpen.com.',
  'Copyright (c) 1995-2001 Corporation for National Research Initiatives.', 'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.',
].map((notice) => `${notice}\nAll Rights Reserved.`).join('\n\n'));
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
  setFlag('dont_write_bytecode', 1);
}

/** -X dev or PYTHONDEVMODE: sys.flags.dev_mode. */
export function setDevMode(): void {
  setFlag('dev_mode', true);
}

/** The flags of the command line's options (-E, -I, -P, -s, -S) and their variables. */
export function setLaunchFlags(flags: { ignoreEnvironment: boolean; isolated: boolean; safePath: boolean; noUserSite: boolean; noSite: boolean }): void {
  flagValues[flagNames.indexOf('ignore_environment')] = Number(flags.ignoreEnvironment);
  flagValues[flagNames.indexOf('isolated')] = Number(flags.isolated);
  flagValues[flagNames.indexOf('safe_path')] = flags.safePath;
  flagValues[flagNames.indexOf('no_user_site')] = Number(flags.noUserSite);
  setFlag('no_site', Number(flags.noSite));
}

function setFlag(name: string, value: Py): void {
  flagValues[flagNames.indexOf(name)] = value;
  sys.setStr('flags', newStructSeq(flagsType, flagValues));
}
const floatInfoType = structSeqType('sys', 'float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
sys.setStr('float_info', newStructSeq(floatInfoType, [
  new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1,
]));
const intInfoType = structSeqType('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
sys.setStr('int_info', newStructSeq(intInfoType, [30, 4, DEFAULT_MAX_STR_DIGITS, MAX_STR_DIGITS_THRESHOLD]));

/**
 * Defines sys.`name`, taking `min` to `max` positional arguments and no keywords, checked
 * as CPython checks them: its METH_NOARGS and METH_O functions call themselves
 * "sys.name()", as does the complaint about keywords.
 */
export function defineSysFunction(name: string, min: number, max: number, body: (args: Py[]) => Py): void {
  defineFunction(sysModule, name, (args, kwnames) => {
    checkArgCount(`sys.${name}`, args, kwnames, min, max);
    return body(args);
  });
}

defineSysFunction('get_int_max_str_digits', 0, 0, () => intStrConversion.maxDigits);
const SET_INT_MAX_STR_DIGITS = { name: 'set_int_max_str_digits', names: ['maxdigits'], required: 1, positionalOnly: 0 };
defineFunction(sysModule, 'set_int_max_str_digits', (args, kwnames) => {
  const [maxdigits] = bindClinicArguments(SET_INT_MAX_STR_DIGITS, args, kwnames);
  const limit = cIntArgument(maxdigits!);
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

defineSysFunction('exit', 0, 1, (args) => {
  // Made as PyErr_SetObject makes it: None gives no args, a tuple gives its items.
  const status = args.length > 0 ? args[0] : null;
  throw newException(SystemExit, ...(status === null ? [] : status instanceof PyTuple ? status.items : [status]));
});

defineSysFunction('getrecursionlimit', 0, 0, () => recursionLimit);

defineSysFunction('setrecursionlimit', 1, 1, (args) => {
  const limit = cIntArgument(args[0]);
  if (limit < 1) throw newException(ValueError, 'recursion limit must be greater or equal than 1');
  // CPython counts the call of setrecursionlimit itself, as it counts any C function's.
  const depth = recursionDepth() + 1;
  if (limit <= depth) throw newException(RecursionError, `cannot set the recursion limit to ${limit} at the recursion depth ${depth}: the limit is too low`);
  setRecursionLimit(limit);
  return null;
});

defineSysFunction('exc_info', 0, 0, () => excInfo(topmostHandled()));

/** The (type, value, traceback) triple of a handled exception, or of none. */
function excInfo(handled: Py): PyTuple {
  if (handled === null) return newTuple([null, null, null]);
  if (!(handled instanceof PyBaseException)) return newTuple([typeOf(handled), handled, null]);
  return newTuple([handled.cls, handled, handled.traceback]);
}

// (3.11 gives each thread's sys.exc_info(), not the exception alone.)
defineSysFunction('_current_exceptions', 0, 0, () => {
  const exceptions = newDict();
  for (const [ident, handled] of eachThread(topmostHandled(), (thread) => thread.handled)) exceptions.set(ident, excInfo(handled));
  return exceptions;
});

defineSysFunction('exception', 0, 0, () => topmostHandled());

defineSysFunction('displayhook', 1, 1, (args) => {
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

// Audit hooks: sys.audit() hands its event to each, in the order they were added (the
// events CPython raises from inside the interpreter, "open" or "import", pyvm does not).
const auditHooks: Py[] = [];

/** PySys_Audit: calls each hook with the event's name and arguments; a hook's exception propagates. */
export function audit(event: string, eventArgs: Py[]): void {
  if (auditHooks.length === 0) return;
  const argsTuple = newTuple(eventArgs);
  for (const hook of [...auditHooks]) call(hook, [event, argsTuple]);
}

defineFunction(sysModule, 'audit', (args, kwnames) => {
  noKeywords('sys.audit', kwnames);
  if (args.length === 0) throw typeError("audit() missing 1 required positional argument: 'event'");
  if (auditHooks.length === 0) return null;
  const event = strValue(args[0]);
  if (event === undefined) throw typeError(`expected str for argument 'event', not ${typeOf(args[0]).name}`);
  audit(event, args.slice(1));
  return null;
});

const ADD_AUDIT_HOOK = { name: 'addaudithook', names: ['hook'], positionalOnly: 0 };
defineFunction(sysModule, 'addaudithook', (args, kwnames) => {
  const [hook] = bindClinicArguments(ADD_AUDIT_HOOK, args, kwnames);
  // The hooks there are may refuse the new one; refusing with an Exception only means not adding it.
  try {
    audit('sys.addaudithook', []);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(Exception)) return null;
    throw error;
  }
  auditHooks.push(hook!);
  return null;
});

defineSysFunction('getdefaultencoding', 0, 0, () => 'utf-8');
defineSysFunction('getfilesystemencoding', 0, 0, () => 'utf-8');
defineSysFunction('getfilesystemencodeerrors', 0, 0, () => 'surrogateescape');
defineSysFunction('getrefcount', 1, 1, () => 2);
defineSysFunction('is_finalizing', 0, 0, () => false);
defineSysFunction('intern', 1, 1, ([string]) => {
  if (typeof string === 'string') return string;
  const type = typeOf(string);
  throw typeError(type.isSubtypeOf(strType) ? `can't intern ${type.name}` : `intern() argument must be str, not ${type.name}`);
});

defineSysFunction('getswitchinterval', 0, 0, () => new PyFloat(switchInterval()));
defineSysFunction('setswitchinterval', 1, 1, (args) => {
  const value = asDouble(args[0]);
  if (!(value > 0)) throw newException(ValueError, 'switch interval must be strictly positive');
  setSwitchInterval(value);
  return null;
});

defineSysFunction('settrace', 1, 1, ([trace]) => {
  audit('sys.settrace', []);
  setTraceFunction(trace);
  return null;
});
defineSysFunction('gettrace', 0, 0, () => traceFunction());
defineSysFunction('setprofile', 1, 1, ([profile]) => {
  audit('sys.setprofile', []);
  setProfileFunction(profile);
  return null;
});
defineSysFunction('getprofile', 0, 0, () => profileFunction());

defineSysFunction('call_tracing', 2, 2, ([func, funcArgs]) => {
  if (!(funcArgs instanceof PyTuple)) throw typeError(`call_tracing() argument 2 must be tuple, not ${typeOf(funcArgs).name}`);
  return call(func, funcArgs.items);
});

defineSysFunction('_getframe', 0, 1, (args) => {
  let depth = args.length === 0 ? 0 : cIntArgument(args[0]);
  let frame = threadState.frame;
  while (depth > 0 && frame !== null) {
    frame = frame.back;
    depth--;
  }
  if (frame === null) throw newException(ValueError, 'call stack is not deep enough');
  return frameObject(frame);
});

defineSysFunction('_current_frames', 0, 0, () => {
  const frames = newDict();
  for (const [ident, frame] of eachThread(threadState.frame, (thread) => thread.frame)) if (frame !== null) frames.set(ident, frameObject(frame));
  return frames;
});

const GETSIZEOF = { name: 'getsizeof', names: ['object', 'default'], required: 1, positionalOnly: 0 };
defineFunction(sysModule, 'getsizeof', (args, kwnames) => {
  const [object, fallback] = bindClinicArguments(GETSIZEOF, args, kwnames);
  if (fallback === undefined) return sizeOf(object!);
  // A default stands in for a size that cannot be had: any TypeError on the way.
  try {
    return sizeOf(object!);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(TypeError)) return fallback;
    throw error;
  }
});

/** _PySys_GetSizeOf: what __sizeof__ says (an int, not negative, within ssize_t), with the collector's header. */
function sizeOf(object: Py): number | bigint {
  const sizeof = callSpecial(object, '__sizeof__', []);
  if (sizeof === undefined) throw typeError(`Type ${typeOf(object).name} doesn't define __sizeof__`);
  const size = intValue(sizeof);
  if (size === undefined) throw typeError('an integer is required');
  if (size < 0) throw newException(ValueError, '__sizeof__() should return >= 0');
  if (size > SSIZE_MAX) throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
  return intAdd(size, preHeaderSize(typeOf(object)));
}

const SSIZE_MAX = 2n ** 63n - 1n;
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

/** The built-in types whose instances vary in size (a non-zero tp_itemsize): a subclass's __dict__ goes after their items. */
const VARIABLE_SIZE_TYPES = new Set(['int', 'tuple', 'bytes']);

/**
 * _PyType_PreHeaderSize: what sits before an object, which sys.getsizeof counts: the
 * collector's header, and the two pointers of a "managed" __dict__ (3.11 keeps there
 * the __dict__ a class statement adds, unless the built-in base has a dict of its own
 * or instances of variable size).
 */
function preHeaderSize(type: PyType): number {
  const builtinBase = type.mro.find((base) => !base.isHeapType)!;
  const managedDict = type.isHeapType && type.hasInstanceDict && !builtinBase.hasInstanceDict && !VARIABLE_SIZE_TYPES.has(builtinBase.solidBase.name);
  return (isGarbageCollected(type) ? GC_HEADER_SIZE : 0) + (managedDict ? MANAGED_DICT_SIZE : 0);
}
const MANAGED_DICT_SIZE = 16;

// What concerns CPython's memory allocator, type cache, specializing interpreter and
// dynamic loader, which pyvm has not: answered as a build without them answers.
defineSysFunction('getallocatedblocks', 0, 0, () => 0);
defineSysFunction('_getquickenedcount', 0, 0, () => 0);
defineSysFunction('_clear_type_cache', 0, 0, () => null);
defineSysFunction('_debugmallocstats', 0, 0, () => null);
/** os.RTLD_NOW, CPython's default. */
let dlopenFlags = 2;
defineSysFunction('getdlopenflags', 0, 0, () => dlopenFlags);
defineSysFunction('setdlopenflags', 1, 1, ([flags]) => {
  dlopenFlags = cIntArgument(flags);
  return null;
});

sys.setStr('_git', newTuple(['CPython', '', '']));
sys.setStr('_framework', '');
sys.setStr('_home', null);
// (Made at process start: hashing its strs while the start-up snapshot is built would fix the hash key.)
atProcessStart(() => {
  const stdlibModuleNames = new PySet(frozensetType);
  for (const name of STDLIB_MODULE_NAMES) stdlibModuleNames.add(name);
  sys.setStr('stdlib_module_names', stdlibModuleNames);
});

sys.setStr('builtin_module_names', newTuple([...new Set(['builtins', 'sys', ...builtinModuleNames()])].sort()));
