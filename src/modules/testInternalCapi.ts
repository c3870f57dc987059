// _testinternalcapi: the part of CPython's internal test module that pyvm can answer
// truthfully. CPython's test support calls it while test modules are being imported
// (test.support.requires_debug_ranges reads get_config()['code_debug_ranges'] when a
// class body is decorated, and raises SkipTest from there, at import, when the module
// is missing), and measures recursion with get_recursion_depth(). Helpers that only
// make sense for CPython's C internals (SIZEOF_PYGC_HEAD, the path configuration,
// set_eval_frame_*, EncodeLocaleEx...) are left out, so tests that need them fail
// loudly rather than on numbers pyvm would make up.
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { newDict } from '../objects/dictType';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import { checkArgCount } from '../objects/native';
import { call, getAttr, isTrue, pyStr, recursionDepth } from '../objects/protocols';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';
import { getSysAttribute } from './sysAccess';

const testInternalCapiModule = newModule('_testinternalcapi', null);
registerBuiltinModule('_testinternalcapi', () => testInternalCapiModule);

/** The PyConfig fields that mirror a sys.flags field, with how each reads it (some are negated). */
const FLAG_FIELDS: readonly [config: string, flag: string, negated: boolean][] = [
  ['isolated', 'isolated', false],
  ['use_environment', 'ignore_environment', true],
  ['dev_mode', 'dev_mode', false],
  ['bytes_warning', 'bytes_warning', false],
  ['warn_default_encoding', 'warn_default_encoding', false],
  ['inspect', 'inspect', false],
  ['interactive', 'interactive', false],
  ['optimization_level', 'optimize', false],
  ['parser_debug', 'debug', false],
  ['write_bytecode', 'dont_write_bytecode', true],
  ['verbose', 'verbose', false],
  ['quiet', 'quiet', false],
  ['user_site_directory', 'no_user_site', true],
  ['site_import', 'no_site', true],
  ['safe_path', 'safe_path', false],
];

/** The PyConfig fields that are a sys attribute's value (lists copied, as CPython builds new ones). */
const SYS_FIELDS: readonly [config: string, sysName: string][] = [
  ['argv', 'argv'],
  ['orig_argv', 'orig_argv'],
  ['warnoptions', 'warnoptions'],
  ['module_search_paths', 'path'],
  ['executable', 'executable'],
  ['base_executable', '_base_executable'],
  ['prefix', 'prefix'],
  ['base_prefix', 'base_prefix'],
  ['exec_prefix', 'exec_prefix'],
  ['base_exec_prefix', 'base_exec_prefix'],
  ['platlibdir', 'platlibdir'],
  ['pycache_prefix', 'pycache_prefix'],
  ['stdlib_dir', '_stdlib_dir'],
];

/** get_config(): the interpreter's configuration as a dict, read from what sys shows of it. */
function configuration(): PyDict {
  const config = newDict();
  // pyvm keeps every instruction's columns (co_positions); -X no_debug_ranges is not supported.
  config.setStr('code_debug_ranges', 1);
  const flags = getSysAttribute('flags');
  for (const [field, flag, negated] of FLAG_FIELDS) {
    const value = getAttr(flags, flag);
    // CPython's fields are ints where sys.flags has a bool (dev_mode, safe_path).
    config.setStr(field, negated ? Number(!isTrue(value)) : typeof value === 'boolean' ? Number(value) : value);
  }
  for (const [field, sysName] of SYS_FIELDS) {
    const value = getSysAttribute(sysName);
    config.setStr(field, value instanceof PyList ? new PyList([...value.items]) : value);
  }
  const xoptions = getSysAttribute('_xoptions');
  const xoptionList = xoptions instanceof PyDict
    ? xoptions.entries().map(([key, value]) => (value === true ? pyStr(key) : `${pyStr(key)}=${pyStr(value)}`))
    : [];
  config.setStr('xoptions', new PyList(xoptionList));
  config.setStr('filesystem_encoding', callSys('getfilesystemencoding'));
  config.setStr('filesystem_errors', callSys('getfilesystemencodeerrors'));
  return config;
}

/** sys.<name>(). */
function callSys(name: string): Py {
  return call(getSysAttribute(name), []);
}

defineFunction(testInternalCapiModule, 'get_config', (args, kwnames) => {
  checkArgCount('get_config', args, kwnames, 0);
  return configuration();
});

// The depth Python code sees: 1 at a module's top level, one more for each frame below it.
defineFunction(testInternalCapiModule, 'get_recursion_depth', (args, kwnames) => {
  checkArgCount('get_recursion_depth', args, kwnames, 0);
  return recursionDepth();
});
