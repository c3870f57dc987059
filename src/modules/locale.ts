// The _locale module: the process's locale per category, as glibc keeps it, with the C
// locale's conventions (the only data pyvm has: localeconv and nl_langinfo answer as
// for "C", their text encoding as the locale's codeset). At start the character type
// category follows the environment, as CPython sets it; the others are "C".
import { existsSync, readFileSync } from 'node:fs';
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { PyList } from '../objects/list';
import { newDict } from '../objects/dictType';
import { strValue } from '../objects/str';
import { typeName } from '../objects/typeOf';
import { checkArgCount } from '../objects/native';
import { newException, typeError, ValueError } from '../objects/exceptions';
import { cIntArgument } from '../objects/bytesArguments';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';
import { atProcessStart } from '../objects/processStart';
import { newExceptionClass } from './moduleErrors';

const localeModule = newModule('_locale', 'Support for POSIX locales.');
registerBuiltinModule('_locale', () => localeModule);
const localeError = newExceptionClass('locale.Error');
localeModule.dict.setStr('Error', localeError);
localeModule.dict.setStr('CHAR_MAX', 127);

const define = (name: string, fn: (args: Py[], kwnames: readonly string[] | null) => Py): void => {
  defineFunction(localeModule, name, fn);
};

const LC_ALL = 6;
/** glibc's categories in the order its composite LC_ALL names list them (LC_ALL itself, 6, is none). */
const CATEGORIES: [number, string][] = [
  [0, 'LC_CTYPE'], [1, 'LC_NUMERIC'], [2, 'LC_TIME'], [3, 'LC_COLLATE'], [4, 'LC_MONETARY'], [5, 'LC_MESSAGES'], [7, 'LC_PAPER'],
  [8, 'LC_NAME'], [9, 'LC_ADDRESS'], [10, 'LC_TELEPHONE'], [11, 'LC_MEASUREMENT'], [12, 'LC_IDENTIFICATION'],
];
for (const [value, name] of CATEGORIES.slice(0, 6)) localeModule.dict.setStr(name, value);
localeModule.dict.setStr('LC_ALL', LC_ALL);

// ---------------------------------------------------------------- which locales exist

/** The name glibc looks a locale up by: its codeset lowercased, without dashes ("en_US.UTF-8" → "en_US.utf8"). */
function normalizedName(name: string): string {
  const dot = name.indexOf('.');
  if (dot < 0) return name;
  const at = name.indexOf('@', dot);
  const codeset = name.slice(dot + 1, at < 0 ? undefined : at).toLowerCase().replace(/-/g, '');
  return `${name.slice(0, dot)}.${codeset}${at < 0 ? '' : name.slice(at)}`;
}

let archive: string | undefined;

/** Whether locale `name` can be set: the built-in ones, or one compiled into /usr/lib/locale. */
function isAvailable(name: string): boolean {
  if (name === 'C' || name === 'POSIX' || /^C\.(utf-?8)$/i.test(name)) return true;
  if (name.includes('/') || name === '') return false;
  const normalized = normalizedName(name);
  if (existsSync(`/usr/lib/locale/${normalized}/LC_CTYPE`)) return true;
  try {
    archive ??= readFileSync('/usr/lib/locale/locale-archive', 'latin1');
  } catch {
    archive = '';
  }
  return archive.includes(`\0${normalized}\0`);
}

/** The character encoding of a locale, as nl_langinfo(CODESET) names it. */
function codesetOf(name: string): string {
  const dot = name.indexOf('.');
  if (dot < 0) return 'ANSI_X3.4-1968';
  const codeset = name.slice(dot + 1).split('@')[0];
  return /^utf-?8$/i.test(codeset) ? 'UTF-8' : codeset.toUpperCase();
}

// ---------------------------------------------------------------- the current locale

/** The locale of each category; a name setlocale returns ("POSIX" is kept as "C"). */
const current = new Map<number, string>(CATEGORIES.map(([category]) => [category, 'C']));

/** What setlocale(category, "") takes from the environment: LC_ALL, then the category's variable, then LANG. */
function environmentLocale(categoryName: string): string {
  const env = process.env;
  return env.LC_ALL || env[categoryName] || env.LANG || 'C';
}

function canonicalName(name: string): string {
  return name === 'POSIX' ? 'C' : name;
}

// As CPython does at start: LC_CTYPE from the environment (a C locale coerced to C.UTF-8, PEP 538).
atProcessStart(() => {
  const ctype = environmentLocale('LC_CTYPE');
  current.set(0, isAvailable(ctype) && ctype !== 'C' && ctype !== 'POSIX' ? canonicalName(ctype) : 'C.UTF-8');
});

/** setlocale(LC_ALL) when queried: the one name, or "LC_CTYPE=...;LC_NUMERIC=...;..." when they differ. */
function allCategoriesName(): string {
  const names = CATEGORIES.map(([category]) => current.get(category)!);
  if (names.every((name) => name === names[0])) return names[0];
  return CATEGORIES.map(([category, name]) => `${name}=${current.get(category)}`).join(';');
}

function unsupported(): never {
  throw newException(localeError, 'unsupported locale setting');
}

/**
 * The locale of each category in a composite name, "LC_CTYPE=...;LC_NUMERIC=...;...", as
 * setlocale(LC_ALL) returns them: glibc takes one back only when it names every category.
 */
function compositeNames(name: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const clause of name.split(';')) {
    const equals = clause.indexOf('=');
    const categoryName = clause.slice(0, equals);
    if (equals < 0 || !CATEGORIES.some(([, known]) => known === categoryName)) unsupported();
    names.set(categoryName, clause.slice(equals + 1));
  }
  if (names.size !== CATEGORIES.length) unsupported();
  return names;
}

/** Sets `category` (or all) to `name` ("" for the environment's), as glibc's setlocale does: all or nothing. */
function setLocale(category: number, name: string): string {
  const targets = category === LC_ALL ? CATEGORIES : CATEGORIES.filter(([value]) => value === category);
  if (targets.length === 0) unsupported();
  const composite = category === LC_ALL && name.includes(';') ? compositeNames(name) : undefined;
  const chosen = targets.map(([value, categoryName]): [number, string] => [
    value, composite?.get(categoryName) ?? (name === '' ? environmentLocale(categoryName) : name),
  ]);
  if (!chosen.every(([, locale]) => isAvailable(locale))) unsupported();
  for (const [value, locale] of chosen) current.set(value, canonicalName(locale));
  return category === LC_ALL ? allCategoriesName() : current.get(category)!;
}

define('setlocale', (args, kwnames) => {
  checkArgCount('setlocale', args, kwnames, 1, 2);
  const category = cIntArgument(args[0]);
  const locale = args.length > 1 ? args[1] : null;
  if (locale === null) {
    if (category === LC_ALL) return allCategoriesName();
    const name = current.get(category);
    if (name === undefined) throw newException(localeError, 'locale query failed');
    return name;
  }
  const name = strValue(locale);
  if (name === undefined) throw typeError(`setlocale() argument 2 must be str or None, not ${typeName(locale)}`);
  return setLocale(category, name);
});

define('getencoding', (args, kwnames) => {
  checkArgCount('getencoding', args, kwnames, 0);
  return codesetOf(current.get(0)!);
});

// ---------------------------------------------------------------- conventions

define('localeconv', (args, kwnames) => {
  checkArgCount('localeconv', args, kwnames, 0);
  const conventions = newDict();
  const entries: [string, Py][] = [
    ['int_curr_symbol', ''], ['currency_symbol', ''], ['mon_decimal_point', ''], ['mon_thousands_sep', ''], ['mon_grouping', new PyList([])],
    ['positive_sign', ''], ['negative_sign', ''], ['int_frac_digits', 127], ['frac_digits', 127], ['p_cs_precedes', 127],
    ['p_sep_by_space', 127], ['n_cs_precedes', 127], ['n_sep_by_space', 127], ['p_sign_posn', 127], ['n_sign_posn', 127],
    ['decimal_point', '.'], ['thousands_sep', ''], ['grouping', new PyList([])],
  ];
  for (const [key, value] of entries) conventions.setStr(key, value);
  return conventions;
});

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** nl_langinfo's items: glibc's number for each, and the C locale's text (CODESET follows LC_CTYPE). */
const LANGINFO = new Map<number, [string, () => string]>([
  [14, ['CODESET', () => codesetOf(current.get(0)!)]],
  [131112, ['D_T_FMT', () => '%a %b %e %H:%M:%S %Y']],
  [131113, ['D_FMT', () => '%m/%d/%y']],
  [131114, ['T_FMT', () => '%H:%M:%S']],
  [131115, ['T_FMT_AMPM', () => '%I:%M:%S %p']],
  [131110, ['AM_STR', () => 'AM']],
  [131111, ['PM_STR', () => 'PM']],
  [65536, ['RADIXCHAR', () => '.']],
  [65537, ['THOUSEP', () => '']],
  [327680, ['YESEXPR', () => '^[yY]']],
  [327681, ['NOEXPR', () => '^[nN]']],
  [262159, ['CRNCYSTR', () => '-']],
  [131116, ['ERA', () => '']],
  [131118, ['ERA_D_FMT', () => '']],
  [131119, ['ALT_DIGITS', () => '']],
  [131120, ['ERA_D_T_FMT', () => '']],
  [131121, ['ERA_T_FMT', () => '']],
  [131180, ['_DATE_FMT', () => '%a %b %e %H:%M:%S %Z %Y']],
  ...DAYS.map((day, index): [number, [string, () => string]] => [131079 + index, [`DAY_${index + 1}`, () => day]]),
  ...DAYS.map((day, index): [number, [string, () => string]] => [131072 + index, [`ABDAY_${index + 1}`, () => day.slice(0, 3)]]),
  ...MONTHS.map((month, index): [number, [string, () => string]] => [131098 + index, [`MON_${index + 1}`, () => month]]),
  ...MONTHS.map((month, index): [number, [string, () => string]] => [131086 + index, [`ABMON_${index + 1}`, () => month.slice(0, 3)]]),
]);
for (const [value, [name]] of LANGINFO) localeModule.dict.setStr(name, value);

define('nl_langinfo', (args, kwnames) => {
  checkArgCount('nl_langinfo', args, kwnames, 1);
  const item = LANGINFO.get(cIntArgument(args[0]));
  if (item === undefined) throw newException(ValueError, 'unsupported langinfo constant');
  return item[1]();
});

// ---------------------------------------------------------------- collation and messages

/** A str argument of `function`, with the message argument clinic gives. */
function strArgument(function_: string, position: number, value: Py): string {
  const text = strValue(value);
  if (text === undefined) throw typeError(`${function_}() argument ${position} must be str, not ${typeName(value)}`);
  return text;
}

// The C locale collates by code point.
define('strcoll', (args, kwnames) => {
  checkArgCount('strcoll', args, kwnames, 2);
  const [a, b] = [strArgument('strcoll', 1, args[0]), strArgument('strcoll', 2, args[1])];
  const [left, right] = [[...a].map((c) => c.codePointAt(0)!), [...b].map((c) => c.codePointAt(0)!)];
  for (let i = 0; i < Math.min(left.length, right.length); i++) if (left[i] !== right[i]) return left[i] < right[i] ? -1 : 1;
  return Math.sign(left.length - right.length);
});

define('strxfrm', (args, kwnames) => {
  checkArgCount('strxfrm', args, kwnames, 1);
  return strArgument('strxfrm', 1, args[0]);
});

// No message catalogs are loaded: every message is its own translation.
let textDomain = 'messages';
const domainDirectories = new Map<string, string>();
const domainCodesets = new Map<string, string>();

define('gettext', (args, kwnames) => {
  checkArgCount('gettext', args, kwnames, 1);
  return strArgument('gettext', 1, args[0]);
});
define('dgettext', (args, kwnames) => {
  checkArgCount('dgettext', args, kwnames, 2);
  return strArgument('dgettext', 2, args[1]);
});
define('dcgettext', (args, kwnames) => {
  checkArgCount('dcgettext', args, kwnames, 3);
  return strArgument('dcgettext', 2, args[1]);
});
define('textdomain', (args, kwnames) => {
  checkArgCount('textdomain', args, kwnames, 1);
  if (args[0] !== null) textDomain = strArgument('textdomain', 1, args[0]);
  return textDomain;
});
define('bindtextdomain', (args, kwnames) => {
  checkArgCount('bindtextdomain', args, kwnames, 2);
  const domain = strArgument('bindtextdomain', 1, args[0]);
  if (args[1] !== null) domainDirectories.set(domain, strArgument('bindtextdomain', 2, args[1]));
  return domainDirectories.get(domain) ?? '/usr/share/locale';
});
define('bind_textdomain_codeset', (args, kwnames) => {
  checkArgCount('bind_textdomain_codeset', args, kwnames, 2);
  const domain = strArgument('bind_textdomain_codeset', 1, args[0]);
  if (args[1] !== null) domainCodesets.set(domain, strArgument('bind_textdomain_codeset', 2, args[1]));
  return domainCodesets.get(domain) ?? null;
});
