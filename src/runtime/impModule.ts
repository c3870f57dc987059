// The _imp module: the low-level pieces importlib's _bootstrap and _bootstrap_external
// stand on — built-in and frozen modules, the import lock, source hashes for
// hash-based .pyc files. pyvm has no extension modules, so extension_suffixes() is empty
// and no file is ever taken for one.
//
// This file must not import sys (directly or not): _imp is registered before sys lists
// the built-in modules. The runtime hands in how frozen modules' code is made.
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { PyList } from '../objects/list';
import { newTuple } from '../objects/tuple';
import { PyBytes } from '../objects/bytes';
import { bindClinicArguments, checkArgCount } from '../objects/native';
import { bytesLikeArgument } from '../objects/bytesArguments';
import { ImportError, newException, type PyBaseException, RuntimeError, typeError } from '../objects/exceptions';
import { getAttr, indexAsNumber } from '../objects/protocols';
import { typeOf } from '../objects/typeOf';
import { PyCode, pyCode } from '../objects/code';
import { keyedHash } from '../objects/hash';
import { defineFunction } from '../modules/builtins';
import { builtinModuleFactory, registerBuiltinModule } from '../modules/registry';
import { importModule } from '../objects/moduleImporter';
import { CodeObject } from '../bytecode/code';
import { findFrozen, frozenModuleNames, overrideFrozenModules } from './frozenModules';

export const impModule = newModule('_imp', '(Extremely) low-level import machinery bits as used by importlib and imp.');
registerBuiltinModule('_imp', () => impModule);
impModule.dict.setStr('check_hash_based_pycs', 'default');

function nameArgument(functionName: string, value: Py): string {
  if (typeof value !== 'string') throw typeError(`${functionName}() argument must be str, not ${typeOf(value).name}`);
  return value;
}

// ---- built-in modules

/** The modules that exist before any import and cannot be made again answer -1, as CPython's inittab entries without an init function. */
const NOT_REINITIALIZABLE = new Set(['sys', 'builtins']);

defineFunction(impModule, 'is_builtin', (args, kwnames) => {
  checkArgCount('is_builtin', args, kwnames, 1);
  const name = nameArgument('is_builtin', args[0]);
  if (NOT_REINITIALIZABLE.has(name)) return -1;
  return builtinModuleFactory(name) !== undefined ? 1 : 0;
});

defineFunction(impModule, 'create_builtin', (args, kwnames) => {
  checkArgCount('create_builtin', args, kwnames, 1);
  const name = getAttr(args[0], 'name');
  if (typeof name !== 'string') throw typeError(`name must be string, not ${typeOf(name).name}`);
  if (NOT_REINITIALIZABLE.has(name)) return importModule(name);
  const factory = builtinModuleFactory(name);
  return factory === undefined ? null : factory();
});

defineFunction(impModule, 'exec_builtin', (args, kwnames) => {
  checkArgCount('exec_builtin', args, kwnames, 1);
  return 0;
});

defineFunction(impModule, 'extension_suffixes', (args, kwnames) => {
  checkArgCount('extension_suffixes', args, kwnames, 0);
  return new PyList([]);
});

for (const name of ['create_dynamic', 'exec_dynamic']) {
  defineFunction(impModule, name, () => {
    throw newException(ImportError, 'pyvm cannot load extension modules');
  });
}

// ---- frozen modules

let frozenCode: (name: string) => CodeObject | undefined = () => undefined;

/** How get_frozen_object makes a frozen module's code (compiled, or read from the code cache). */
export function setFrozenCodeMaker(maker: (name: string) => CodeObject | undefined): void {
  frozenCode = maker;
}

defineFunction(impModule, 'is_frozen', (args, kwnames) => {
  checkArgCount('is_frozen', args, kwnames, 1);
  return findFrozen(nameArgument('is_frozen', args[0])) !== undefined;
});

defineFunction(impModule, 'is_frozen_package', (args, kwnames) => {
  checkArgCount('is_frozen_package', args, kwnames, 1);
  const name = nameArgument('is_frozen_package', args[0]);
  const frozen = findFrozen(name);
  if (frozen === undefined) throw noSuchFrozenObject(name);
  return frozen.isPackage;
});

const FIND_FROZEN = { name: 'find_frozen', names: ['', 'withdata'], required: 1, positionalOnly: 1, keywordOnlyFrom: 1 };

defineFunction(impModule, 'find_frozen', (args, kwnames) => {
  const [name] = bindClinicArguments(FIND_FROZEN, args, kwnames);
  const frozen = findFrozen(nameArgument('find_frozen', name!));
  if (frozen === undefined) return null;
  return newTuple([null, frozen.isPackage, frozen.origname]);
});

const GET_FROZEN_OBJECT = { name: 'get_frozen_object', names: ['name', 'data'], required: 1, positionalOnly: 2 };

defineFunction(impModule, 'get_frozen_object', (args, kwnames) => {
  const [name] = bindClinicArguments(GET_FROZEN_OBJECT, args, kwnames);
  const moduleName = nameArgument('get_frozen_object', name!);
  const code = frozenCode(moduleName);
  if (code === undefined) throw noSuchFrozenObject(moduleName);
  return pyCode(code);
});

defineFunction(impModule, '_frozen_module_names', (args, kwnames) => {
  checkArgCount('_frozen_module_names', args, kwnames, 0);
  return newTuple(frozenModuleNames());
});

// test.support.import_helper.frozen_modules() switches frozen modules off and on.
defineFunction(impModule, '_override_frozen_modules_for_tests', (args, kwnames) => {
  checkArgCount('_override_frozen_modules_for_tests', args, kwnames, 1);
  overrideFrozenModules(Number(indexAsNumber(args[0])));
  return null;
});

function noSuchFrozenObject(name: string): PyBaseException {
  return newException(ImportError, `No such frozen object named '${name}'`);
}

// ---- the import lock: pyvm imports on one thread at a time, so it only counts.

let lockDepth = 0;

defineFunction(impModule, 'acquire_lock', (args, kwnames) => {
  checkArgCount('acquire_lock', args, kwnames, 0);
  lockDepth++;
  return null;
});

defineFunction(impModule, 'release_lock', (args, kwnames) => {
  checkArgCount('release_lock', args, kwnames, 0);
  if (lockDepth === 0) throw newException(RuntimeError, 'not holding the import lock');
  lockDepth--;
  return null;
});

defineFunction(impModule, 'lock_held', (args, kwnames) => {
  checkArgCount('lock_held', args, kwnames, 0);
  return lockDepth > 0;
});

// ---- .pyc support

defineFunction(impModule, '_fix_co_filename', (args, kwnames) => {
  checkArgCount('_fix_co_filename', args, kwnames, 2);
  const [code, path] = args;
  if (!(code instanceof PyCode)) throw typeError(`_fix_co_filename() argument 1 must be code, not ${typeOf(code).name}`);
  if (typeof path !== 'string') throw typeError(`_fix_co_filename() argument 2 must be str, not ${typeOf(path).name}`);
  if (code.code.co_filename !== path) renameCode(code.code, path);
  return null;
});

/** Renames the code and every code object nested in it. */
export function renameCode(code: CodeObject, filename: string): void {
  code.co_filename = filename;
  for (const constant of code.co_consts) if (constant instanceof CodeObject) renameCode(constant, filename);
}

const SOURCE_HASH = { name: 'source_hash', names: ['key', 'source'], required: 2, positionalOnly: 0 };

defineFunction(impModule, 'source_hash', (args, kwnames) => {
  const [key, source] = bindClinicArguments(SOURCE_HASH, args, kwnames);
  return new PyBytes(keyedHash(BigInt(indexAsNumber(key!)), bytesLikeArgument(source!)));
});
