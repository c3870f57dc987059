// The _csv module (under csv.py): the reader and writer factories, the Dialect type,
// the registry of named dialects and the field size limit.
import type { Py } from '../../objects/object';
import { newModule } from '../../objects/module';
import { PyList } from '../../objects/list';
import { bindClinicArguments, checkArgCount } from '../../objects/native';
import { newException, OverflowError, typeError } from '../../objects/exceptions';
import { strValue } from '../../objects/str';
import { defineFunction } from '../builtins';
import { registerBuiltinModule } from '../registry';
import { dialectArgument, dialectType, QUOTE_ALL, QUOTE_MINIMAL, QUOTE_NONE, QUOTE_NONNUMERIC } from './dialect';
import { csvError, csvFailure } from './error';
import { dialectFromRegistry, dialects, fieldLimit } from './registry';
import { makeReader, readerType } from './reader';
import { makeWriter, writerType } from './writer';
import { unpackFileAndDialect } from './arguments';
import { MODULE_DOC } from './docs';

const csvModule = newModule('_csv', MODULE_DOC);
registerBuiltinModule('_csv', () => csvModule);

const constants: Record<string, Py> = {
  __version__: '1.0',
  QUOTE_MINIMAL,
  QUOTE_ALL,
  QUOTE_NONNUMERIC,
  QUOTE_NONE,
  Dialect: dialectType,
  Reader: readerType,
  Writer: writerType,
  Error: csvError,
  _dialects: dialects,
};
for (const [name, value] of Object.entries(constants)) csvModule.dict.setStr(name, value);

defineFunction(csvModule, 'reader', makeReader);
defineFunction(csvModule, 'writer', makeWriter);

defineFunction(csvModule, 'register_dialect', (args, kwnames) => {
  const { target: name, dialect, settings } = unpackFileAndDialect(args, kwnames);
  if (strValue(name) === undefined) throw typeError('dialect name must be a string');
  dialects.set(name, dialectArgument(dialect, settings, kwnames));
  return null;
});

defineFunction(csvModule, 'unregister_dialect', (args, kwnames) => {
  const [name] = bindClinicArguments({ name: 'unregister_dialect', names: ['name'], positionalOnly: 0 }, args, kwnames);
  if (dialects.delete(name!) === undefined) throw csvFailure('unknown dialect');
  return null;
});

defineFunction(csvModule, 'get_dialect', (args, kwnames) => {
  const [name] = bindClinicArguments({ name: 'get_dialect', names: ['name'], positionalOnly: 0 }, args, kwnames);
  return dialectFromRegistry(name!);
});

defineFunction(csvModule, 'list_dialects', (args, kwnames) => {
  checkArgCount('_csv.list_dialects', args, kwnames, 0);
  return new PyList(dialects.keys());
});

const C_LONG_MAX = 2n ** 63n - 1n;

defineFunction(csvModule, 'field_size_limit', (args, kwnames) => {
  const [newLimit] = bindClinicArguments({ name: 'field_size_limit', names: ['new_limit'], required: 0, positionalOnly: 0 }, args, kwnames);
  const old = fieldLimit.value;
  if (newLimit === undefined) return old;
  // An exact int only: not a bool, nor an int subclass.
  if (typeof newLimit !== 'number' && typeof newLimit !== 'bigint') throw typeError('limit must be an integer');
  if (typeof newLimit === 'bigint' && (newLimit > C_LONG_MAX || newLimit < -C_LONG_MAX - 1n)) {
    throw newException(OverflowError, 'Python int too large to convert to C long');
  }
  fieldLimit.value = newLimit;
  return old;
});
