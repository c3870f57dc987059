// _csv.Dialect: the validated settings shared by readers and writers. Dialect(...)
// takes a dialect (a registered name, a Dialect, or any object whose attributes name
// the settings) and keyword overrides, checked as CPython 3.11's dialect_new checks them.
import { PyObject, type Py } from '../../objects/object';
import { nativeType, type PyType } from '../../objects/type';
import { typeName } from '../../objects/typeOf';
import { strValue } from '../../objects/str';
import { defineGetSets, defineMethods } from '../../objects/native';
import { defineReadonlyMembers } from '../../objects/readonlyMembers';
import { defineNew } from '../../objects/builtinNew';
import { newException, OverflowError, PyBaseException, typeError } from '../../objects/exceptions';
import { getAttr, isTrue } from '../../objects/protocols';
import { dialectFromRegistry } from './registry';

export const QUOTE_MINIMAL = 0;
export const QUOTE_ALL = 1;
export const QUOTE_NONNUMERIC = 2;
export const QUOTE_NONE = 3;

export const dialectType: PyType = nativeType('Dialect', undefined, { factory: (cls) => new PyDialect(cls) });
dialectType.attrs.set('__module__', '_csv');
dialectType.attrs.set('__doc__', 'CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n');

/** Characters are single code points; null is a quotechar or escapechar that is not set. */
export class PyDialect extends PyObject {
  delimiter = ',';
  quotechar: string | null = '"';
  escapechar: string | null = null;
  doublequote = true;
  skipinitialspace = false;
  strict = false;
  quoting = QUOTE_MINIMAL;
  /** The str object given (returned as is by the attribute), and its text. */
  lineterminatorObject: Py = '\r\n';
  lineterminator = '\r\n';
}

const SETTING_NAMES = ['delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict'] as const;
type SettingName = (typeof SETTING_NAMES)[number];
type Settings = Partial<Record<SettingName, Py>>;
const PARAMETER_NAMES: readonly string[] = ['dialect', ...SETTING_NAMES];

/**
 * Dialect's arguments, unpacked as PyArg_ParseTupleAndKeywords("|OOOOOOOOO") does for
 * a function without a name: all optional, positional or by keyword.
 */
function unpackArguments(args: Py[], kwnames: readonly string[] | null): (Py | undefined)[] {
  const kwCount = kwnames?.length ?? 0;
  const positionalCount = args.length - kwCount;
  const max = PARAMETER_NAMES.length;
  if (args.length > max) {
    throw typeError(`function takes at most ${max} ${positionalCount === 0 ? 'keyword ' : ''}arguments (${args.length} given)`);
  }
  const bound: (Py | undefined)[] = args.slice(0, positionalCount);
  if (kwnames === null) return bound;
  for (let i = 0; i < positionalCount; i++) {
    if (kwnames.includes(PARAMETER_NAMES[i])) throw typeError(`argument for function given by name ('${PARAMETER_NAMES[i]}') and position (${i + 1})`);
  }
  kwnames.forEach((keyword, k) => {
    const index = PARAMETER_NAMES.indexOf(keyword);
    if (index < 0) throw typeError(`'${keyword}' is an invalid keyword argument for this function`);
    bound[index] = args[positionalCount + k];
  });
  return bound;
}

/** A setting read from the dialect object: any error reading it counts as "not given" (CPython clears it). */
function settingOf(dialect: Py, name: string): Py | undefined {
  try {
    return getAttr(dialect, name);
  } catch (error) {
    if (error instanceof PyBaseException) return undefined;
    throw error;
  }
}

function charSetting(name: string, value: Py | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const text = strValue(value);
  if (text === undefined) throw typeError(`"${name}" must be string, not ${typeName(value)}`);
  return singleCharacter(name, text);
}

function optionalCharSetting(name: string, value: Py | undefined, fallback: string | null): string | null {
  if (value === undefined) return fallback;
  if (value === null) return null;
  const text = strValue(value);
  if (text === undefined) throw typeError(`"${name}" must be string or None, not ${typeName(value)}`);
  return singleCharacter(name, text);
}

function singleCharacter(name: string, text: string): string {
  const characters = [...text];
  if (characters.length !== 1) throw typeError(`"${name}" must be a 1-character string`);
  return characters[0];
}

/** quoting must be an exact int that fits a C int. */
function quotingSetting(value: Py | undefined): number {
  if (value === undefined) return QUOTE_MINIMAL;
  if (typeof value !== 'number' && typeof value !== 'bigint') throw typeError('"quoting" must be an integer');
  if (typeof value === 'bigint' || value > 2 ** 31 - 1 || value < -(2 ** 31)) throw newException(OverflowError, 'Python int too large to convert to C int');
  return value;
}

function initialize(self: PyDialect, settings: Settings): void {
  self.delimiter = charSetting('delimiter', settings.delimiter, ',');
  self.doublequote = settings.doublequote === undefined ? true : isTrue(settings.doublequote);
  self.escapechar = optionalCharSetting('escapechar', settings.escapechar, null);
  const lineterminator = settings.lineterminator;
  if (lineterminator !== undefined && lineterminator !== null) {
    const text = strValue(lineterminator);
    if (text === undefined) throw typeError('"lineterminator" must be a string');
    self.lineterminatorObject = lineterminator;
    self.lineterminator = text;
  }
  self.quotechar = optionalCharSetting('quotechar', settings.quotechar, '"');
  self.quoting = quotingSetting(settings.quoting);
  self.skipinitialspace = settings.skipinitialspace === undefined ? false : isTrue(settings.skipinitialspace);
  self.strict = settings.strict === undefined ? false : isTrue(settings.strict);

  if (![QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE].includes(self.quoting)) throw typeError('bad "quoting" value');
  // A quotechar of None alone means "no quoting".
  if (settings.quotechar === null && settings.quoting === undefined) self.quoting = QUOTE_NONE;
  if (self.quoting !== QUOTE_NONE && self.quotechar === null) throw typeError('quotechar must be set if quoting enabled');
  if (lineterminator === null) throw typeError('lineterminator must be set');
}

/** Dialect(dialect=None, **settings): the dialect itself when it already is a Dialect and nothing overrides it. */
export function makeDialect(cls: PyType, args: Py[], kwnames: readonly string[] | null): PyDialect {
  const [given, ...overrides] = unpackArguments(args, kwnames);
  const dialect = typeof given === 'string' ? dialectFromRegistry(given) : given;
  if (dialect instanceof PyDialect && overrides.every((value) => value === undefined)) return dialect;
  const settings: Settings = {};
  SETTING_NAMES.forEach((name, index) => {
    const override = overrides[index];
    settings[name] = override !== undefined || dialect === undefined ? override : settingOf(dialect, name);
  });
  const self = new PyDialect(cls);
  initialize(self, settings);
  return self;
}

/** The dialect of a reader or writer: reader(iterable, dialect, **settings). */
export function dialectArgument(dialect: Py | undefined, settings: Py[], kwnames: readonly string[] | null): PyDialect {
  return makeDialect(dialectType, dialect === undefined ? settings : [dialect, ...settings], kwnames);
}

defineNew(dialectType, makeDialect);

defineGetSets(dialectType, {
  delimiter: { get: (self: PyDialect) => self.delimiter },
  escapechar: { get: (self: PyDialect) => self.escapechar },
  lineterminator: { get: (self: PyDialect) => self.lineterminatorObject },
  quotechar: { get: (self: PyDialect) => self.quotechar },
  quoting: { get: (self: PyDialect) => self.quoting },
});

defineReadonlyMembers<PyDialect>(dialectType, {
  skipinitialspace: (self) => self.skipinitialspace,
  doublequote: (self) => self.doublequote,
  strict: (self) => self.strict,
});

// Dialects are not picklable: the inherited protocol 0/1 reduction would build a broken copy.
const refusePickling = (self: PyDialect): never => {
  throw typeError(`cannot pickle '${self.cls.name}' instances`);
};
defineMethods(dialectType, { __reduce__: refusePickling, __reduce_ex__: refusePickling });
