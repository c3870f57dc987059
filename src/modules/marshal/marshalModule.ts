// The marshal module: dumps/loads and dump/load over CPython's format
// (marshalWriter.ts, marshalReader.ts).
import type { Py } from '../../objects/object';
import { newModule } from '../../objects/module';
import { PyBytes } from '../../objects/bytes';
import { bindClinicArguments, checkArgCount } from '../../objects/native';
import { bytesLikeArgument } from '../../objects/bytesArguments';
import { call, getAttr, indexAsNumber } from '../../objects/protocols';
import { defineFunction } from '../builtins';
import { registerBuiltinModule } from '../registry';
import { MARSHAL_VERSION } from './marshalFormat';
import { marshalDumps } from './marshalWriter';
import { marshalLoads } from './marshalReader';

const marshalModule = newModule(
  'marshal',
  'This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\n' +
    'machine architecture issues.\n\nNot all Python object types are supported; in general, only objects\nwhose value is independent from a particular ' +
    'invocation of Python can be\nwritten and read by this module.  The following types are supported:\nNone, integers, floating point numbers, strings, ' +
    'bytes, bytearrays,\ntuples, lists, sets, dictionaries, and code objects, where it\nis understood that tuples, lists and dictionaries are only ' +
    'supported as\nlong as the values contained therein are themselves supported; and\nrecursive lists and dictionaries should not be written (they ' +
    'will cause\ninfinite loops).\n\nVariables:\n\nversion -- indicates the format that the module uses. Version 0 is the\n           historical format, ' +
    'version 1 shares interned strings and version 2\n           uses a binary format for floating point numbers.\n           Version 3 shares ' +
    'common object references (New in version 3.4).\n\nFunctions:\n\ndump() -- write value to a file\nload() -- read value from a file\n' +
    'dumps() -- marshal value as a bytes object\nloads() -- read value from a bytes-like object',
);
registerBuiltinModule('marshal', () => marshalModule);
marshalModule.dict.setStr('version', MARSHAL_VERSION);

const DUMPS = { name: 'dumps', names: ['value', 'version'], required: 1, positionalOnly: 2 };
const DUMP = { name: 'dump', names: ['value', 'file', 'version'], required: 2, positionalOnly: 3 };

function versionArgument(value: Py | undefined): number {
  return value === undefined ? MARSHAL_VERSION : indexAsNumber(value);
}

defineFunction(marshalModule, 'dumps', (args, kwnames) => {
  const [value, version] = bindClinicArguments(DUMPS, args, kwnames);
  return new PyBytes(marshalDumps(value!, versionArgument(version)));
});

defineFunction(marshalModule, 'loads', (args, kwnames) => {
  checkArgCount('loads', args, kwnames, 1);
  return marshalLoads(bytesLikeArgument(args[0])).value;
});

defineFunction(marshalModule, 'dump', (args, kwnames) => {
  const [value, file, version] = bindClinicArguments(DUMP, args, kwnames);
  call(getAttr(file!, 'write'), [new PyBytes(marshalDumps(value!, versionArgument(version)))]);
  return null;
});

// The file is read to its end, then put back to just after the object read, so that
// consecutive load() calls read consecutive objects as CPython's do.
defineFunction(marshalModule, 'load', (args, kwnames) => {
  checkArgCount('load', args, kwnames, 1);
  const file = args[0];
  const data = bytesLikeArgument(call(getAttr(file, 'read'), []));
  const { value, end } = marshalLoads(data);
  if (end < data.length) call(getAttr(file, 'seek'), [end - data.length, 1]);
  return value;
});
