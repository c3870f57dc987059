// The unicodedata module (CPython's Modules/unicodedata.c): the Unicode 14.0.0 character
// database CPython 3.11 ships, and ucd_3_2_0, the same functions over the 3.2.0 data
// (which IDNA's stringprep uses). Properties come from unicodedataTable.ts, names from
// the parser's name table; normalization is the JS engine's, kept to Unicode 14.0.
import { PyObject, type Py } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType } from '../objects/type';
import { typeName } from '../objects/typeOf';
import { checkArgCount, defineGetSets, defineMethods, type NativeFunction } from '../objects/native';
import { keyError, newException, typeError, ValueError } from '../objects/exceptions';
import { PyFloat } from '../objects/float';
import { strValue } from '../objects/str';
import { codePoints, isAsciiText } from '../objects/strCodePoints';
import { bufferOf } from '../objects/bytes';
import { defineNew } from '../objects/builtinNew';
import { characterName, lookupCharacterName } from '../parser/unicodeNames';
import { unicodeDatabase, type UnicodeDatabase } from './unicodedataTable';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

const UNIDATA_VERSION = '14.0.0';

export const unicodedataModule = newModule('unicodedata', `This module provides access to the Unicode Character Database which
defines character properties for all Unicode characters. The data in
this database is based on the UnicodeData.txt file version
${UNIDATA_VERSION} which is publicly available from ftp://ftp.unicode.org/.

The module uses the same names and symbols as defined by the
UnicodeData File Format ${UNIDATA_VERSION}.`);
registerBuiltinModule('unicodedata', () => unicodedataModule);

/** Who the functions are: the module's (unicodedata.category) or a UCD object's methods (UCD.category). */
type Owner = 'unicodedata' | 'UCD';

/** A function of the database, as the module and UCD objects both offer it. */
type DatabaseFunction = (database: UnicodeDatabase, args: Py[], kwnames: readonly string[] | null, owner: Owner) => Py;

// ---------------------------------------------------------------- arguments

/** A one-character str argument: its code point. `position` numbers it when the function takes several. */
function characterArgument(value: Py, functionName: string, position?: number): number {
  const text = strValue(value);
  const characters = text === undefined ? [] : codePoints(text);
  if (characters.length !== 1) {
    const argument = position === undefined ? 'argument' : `argument ${position}`;
    throw typeError(`${functionName}() ${argument} must be a unicode character, not ${typeName(value)}`);
  }
  return characters[0];
}

function strArgument(value: Py, functionName: string, position: number): string {
  const text = strValue(value);
  if (text === undefined) throw typeError(`${functionName}() argument ${position} must be str, not ${typeName(value)}`);
  return text;
}

/** A function of one character (METH_O). */
function ofCharacter(name: string, fn: (database: UnicodeDatabase, code: number) => Py): DatabaseFunction {
  return (database, args, kwnames, owner) => {
    checkArgCount(`${owner}.${name}`, args, kwnames, 1);
    return fn(database, characterArgument(args[0], name));
  };
}

/** A positional-only function of `min` to `max` arguments, counted as PyArg_UnpackTuple counts them. */
function positional(name: string, min: number, max: number, fn: (database: UnicodeDatabase, args: Py[]) => Py): DatabaseFunction {
  return (database, args, kwnames, owner) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`${owner}.${name}() takes no keyword arguments`);
    checkArgCount(name, args, null, min, max);
    return fn(database, args);
  };
}

/** decimal, digit, numeric and name: the value, else the default when one is given, else ValueError. */
function withDefault(name: string, lookup: (database: UnicodeDatabase, code: number) => Py | undefined, missing: string): DatabaseFunction {
  return positional(name, 1, 2, (database, args) => {
    const value = lookup(database, characterArgument(args[0], name, 1));
    if (value !== undefined) return value;
    if (args.length > 1) return args[1];
    throw newException(ValueError, missing);
  });
}

// ---------------------------------------------------------------- names

function nameOf(database: UnicodeDatabase, code: number): string | undefined {
  // The 3.2.0 database names only what 3.2.0 had.
  if (database.version !== UNIDATA_VERSION && database.isUnassigned(code)) return undefined;
  return characterName(code);
}

/** The longest name _getcode looks at. */
const NAME_MAXLEN = 256;

function lookup(database: UnicodeDatabase, value: Py): string {
  const text = strValue(value);
  let name: string;
  if (text !== undefined) {
    name = text;
  } else {
    const bytes = bufferOf(value);
    if (bytes === undefined) throw typeError(`a bytes-like object is required, not '${typeName(value)}'`);
    name = new TextDecoder().decode(bytes);
  }
  if (new TextEncoder().encode(name).length > NAME_MAXLEN) throw keyError('name too long');
  const code = lookupCharacterName(name);
  // The 3.2.0 database knows no aliases, and none of the characters added since.
  const known = code !== undefined && (database.version === UNIDATA_VERSION || (characterName(code) === name.toUpperCase() && !database.isUnassigned(code)));
  if (!known) throw keyError(`undefined character name '${name}'`);
  return String.fromCodePoint(code!);
}

// ---------------------------------------------------------------- normalization

const NORMALIZATION_FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

/**
 * The JS engine's normalization, which follows a later Unicode version: on the characters
 * the database has, it is the same (Unicode keeps normalization stable); the others, and
 * lone surrogates, are starters that neither decompose nor compose, so the text is
 * normalized piecewise between them and they are kept as they are.
 */
function normalize(database: UnicodeDatabase, form: string, text: string): string {
  if (!NORMALIZATION_FORMS.has(form)) throw newException(ValueError, 'invalid normalization form');
  if (isAsciiText(text)) return text;
  let result = '';
  let pieceStart = 0;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if ((code >= 0xd800 && code <= 0xdfff) || database.isUnassigned(code)) {
      result += text.slice(pieceStart, i).normalize(form) + text.slice(i, i + width);
      pieceStart = i + width;
    }
    i += width;
  }
  return result + text.slice(pieceStart).normalize(form);
}

// ---------------------------------------------------------------- the functions

const FUNCTIONS: Record<string, DatabaseFunction> = {
  decimal: withDefault('decimal', (database, code) => database.numericValues(code)?.decimal, 'not a decimal'),
  digit: withDefault('digit', (database, code) => database.numericValues(code)?.digit, 'not a digit'),
  numeric: withDefault('numeric', (database, code) => {
    const values = database.numericValues(code);
    return values === undefined ? undefined : new PyFloat(values.numeric);
  }, 'not a numeric character'),
  category: ofCharacter('category', (database, code) => database.record(code).category),
  bidirectional: ofCharacter('bidirectional', (database, code) => database.record(code).bidirectional),
  combining: ofCharacter('combining', (database, code) => database.record(code).combining),
  mirrored: ofCharacter('mirrored', (database, code) => database.record(code).mirrored),
  east_asian_width: ofCharacter('east_asian_width', (database, code) => database.record(code).eastAsianWidth),
  decomposition: ofCharacter('decomposition', (database, code) => database.decomposition(code)),
  is_normalized: positional('is_normalized', 2, 2, (database, [form, text]) => {
    const value = strArgument(text, 'is_normalized', 2);
    return normalize(database, strArgument(form, 'is_normalized', 1), value) === value;
  }),
  normalize: positional('normalize', 2, 2, (database, [form, text]) => {
    const value = strArgument(text, 'normalize', 2);
    return normalize(database, strArgument(form, 'normalize', 1), value);
  }),
  name: withDefault('name', nameOf, 'no such name'),
  lookup: (database, args, kwnames, owner) => {
    checkArgCount(`${owner}.lookup`, args, kwnames, 1);
    return lookup(database, args[0]);
  },
};

/** The database of the module's own functions, loaded on first use. */
const current = (): UnicodeDatabase => unicodeDatabase(UNIDATA_VERSION);

for (const [name, fn] of Object.entries(FUNCTIONS)) {
  const moduleFunction: NativeFunction = (args, kwnames) => fn(current(), args, kwnames, 'unicodedata');
  defineFunction(unicodedataModule, name, moduleFunction);
}

// ---------------------------------------------------------------- UCD objects

/** unicodedata.UCD: the functions over one version's data (only ucd_3_2_0 exists). */
class PyUcd extends PyObject {
  constructor(readonly version: string) {
    super(ucdType);
  }

  get database(): UnicodeDatabase {
    return unicodeDatabase(this.version);
  }
}

const ucdType = nativeType('UCD', undefined, { baseType: false });
ucdType.attrs.set('__module__', 'unicodedata');
defineNew(ucdType, () => {
  throw typeError("cannot create 'unicodedata.UCD' instances");
});
defineMethods(ucdType, Object.fromEntries(Object.entries(FUNCTIONS).map(([name, fn]) => [
  name,
  (self: PyUcd, args: Py[], kwnames: readonly string[] | null) => fn(self.database, args, kwnames, 'UCD'),
])));
defineGetSets(ucdType, {
  unidata_version: { get: (self: PyUcd) => self.version },
});

unicodedataModule.dict.setStr('UCD', ucdType);
unicodedataModule.dict.setStr('unidata_version', UNIDATA_VERSION);
unicodedataModule.dict.setStr('ucd_3_2_0', new PyUcd('3.2.0'));
