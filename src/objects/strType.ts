// The str type: its constructor, methods and special methods, with CPython 3.11's
// signatures and messages. The string algorithms themselves are pure functions over JS
// strings (strMethods.ts, strCase.ts, strPredicates.ts, formatStr.ts, printfFormat.ts,
// strFormatMethod.ts); this file binds them to Python arguments. A method's self is a
// JS string or a str-subclass instance (str.ts); the descriptors have checked that.
import type { Py } from './object';
import { strType, typeOf } from './typeOf';
import {
  bindClinicArguments, checkArgCount, checkWrapperArgs, defineMethods, defineOneArgumentForms, newTargetOf, noKeywords, PyBuiltinFunction, PyMethodDescriptor,
} from './native';
import { LookupError, MemoryError, newException, OverflowError, PyBaseException, TypeError, typeError, valueError } from './exceptions';
import { getItem, getIter, iterNext, pyIndex, pyStr, strObject } from './protocols';
import { concatErrors, sequenceRepeats } from './operators';
import { NotImplemented } from './singletons';
import { clinicStrArgument, PyStrSubclassInstance, strValue } from './str';
import { intValue, type Int } from './int';
import { PyList } from './list';
import { newTuple, PyTuple } from './tuple';
import { newDict } from './dictType';
import { PyDict } from './dict';
import { PyBytes, bufferOf } from './bytes';
import { PySlice } from './slice';
import { PyStaticMethod, staticMethodType } from './descriptors';
import { newInstance } from './objectMethods';
import { hashStr } from './hash';
import { strRepr } from './strRepr';
import { formatStr } from './formatStr';
import { formatStrPercent } from './strPercent';
import { toPyException } from './pyErrorConversion';
import { formatTemplate, keywordArguments } from './strFormatMethod';
import { decodeBuffer, encodeStr } from './strCodecs';
import { compareStrs } from './strOrder';
import { strItem, strLength, strSlice } from './strIndexing';
import { StrIterator } from './iterators';
import { codePointAt, isAsciiText, isHighSurrogate, isLowSurrogate } from './strCodePoints';
import {
  type OptionalIndex, strCenter, strCount, strEndswith, strExpandtabs, strFind, strIndex, strLjust, strLstrip, strPartition,
  strRemoveprefix, strRemovesuffix, strReplace, strRfind, strRindex, strRjust, strRpartition, strRsplit, strRstrip, strSplit,
  strSplitlines, strStartswith, strStrip, strTranslate, strZfill,
} from './strMethods';
import { strCapitalize, strCasefold, strLower, strSwapcase, strTitle, strUpper } from './strCase';
import {
  strIsAlnum, strIsAlpha, strIsAscii, strIsDecimal, strIsDigit, strIsIdentifier, strIsLower, strIsNumeric, strIsPrintable,
  strIsSpace, strIsTitle, strIsUpper,
} from './strPredicates';
import './strIterators';

/** The JS string a method's self holds. */
function textOf(self: Py): string {
  return typeof self === 'string' ? self : (self as PyStrSubclassInstance).value;
}

// ---------------------------------------------------------------- argument conventions
// CPython's str methods come in four calling conventions, each with its own wording of
// argument errors: no arguments, exactly one, positional-only through the argument
// clinic, and the older "find family" parsing. The special methods are slot wrappers.

function noArgs(method: string, args: Py[], kwnames: readonly string[] | null): void {
  checkArgCount(`str.${method}`, args, kwnames, 0);
}

function oneArg(method: string, args: Py[], kwnames: readonly string[] | null): Py {
  checkArgCount(`str.${method}`, args, kwnames, 1);
  return args[0];
}

function positionalArgs(method: string, args: Py[], kwnames: readonly string[] | null, min: number, max: number): void {
  noKeywords(`str.${method}`, kwnames);
  checkArgCount(method, args, null, min, max);
}

/** find, count, index, startswith and their kin: (sub[, start[, end]]). */
function searchArgs(method: string, args: Py[], kwnames: readonly string[] | null): { start: OptionalIndex; end: OptionalIndex } {
  noKeywords(`str.${method}`, kwnames);
  if (args.length < 1) throw typeError(`${method}() takes at least 1 argument (0 given)`);
  if (args.length > 3) throw typeError(`${method}() takes at most 3 arguments (${args.length} given)`);
  return { start: sliceIndex(args[1]), end: sliceIndex(args[2]) };
}

/** A start or end position: None or omitted for the default, else an int or anything with __index__. */
function sliceIndex(value: Py | undefined): OptionalIndex {
  if (value === undefined || value === null) return null;
  const integer = intValue(value);
  if (integer !== undefined) return integer;
  if (typeOf(value).lookup('__index__') === undefined) throw typeError('slice indices must be integers or None or have an __index__ method');
  return pyIndex(value);
}

/** An argument that must be a str, with the message the method words its complaint in. */
function strArgument(value: Py, complaint: (typeName: string) => string): string {
  const text = strValue(value);
  if (text === undefined) throw typeError(complaint(typeOf(value).name));
  return text;
}

const mustBeStr = (typeName: string): string => `must be str, not ${typeName}`;

function fillArgument(value: Py | undefined): string {
  if (value === undefined) return ' ';
  return strArgument(value, (typeName) => `The fill character must be a unicode character, not ${typeName}`);
}

// ---------------------------------------------------------------- construction

const STR_SIGNATURE = { name: 'str', names: ['object', 'encoding', 'errors'], required: 0, positionalOnly: 0 };

// str(x), by far the commonest call, goes straight to __str__ (and from CALL, without an arguments array).
strType.callWithOne = strObject;

strType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  if (args[0] === strType && args.length === 2 && kwnames === null) return strObject(args[1]);
  const cls = newTargetOf(strType, args);
  const [object, encoding, errors] = bindClinicArguments(STR_SIGNATURE, args.slice(1), kwnames);
  const result = strFromArguments(object, encoding, errors);
  if (cls === strType) return result;
  const instance = newInstance(cls) as PyStrSubclassInstance;
  instance.value = strValue(result)!;
  return instance;
}, strType, null));

/** str(object) (which may be a str subclass's instance that __str__ returned), or str(bytes, encoding, errors) decoding. */
function strFromArguments(object: Py | undefined, encoding: Py | undefined, errors: Py | undefined): Py {
  if (encoding === undefined && errors === undefined) return object === undefined ? '' : strObject(object);
  const encodingName = encoding === undefined ? 'utf-8' : clinicStrArgument(encoding, "str() argument 'encoding'");
  const errorsName = errors === undefined ? 'strict' : clinicStrArgument(errors, "str() argument 'errors'");
  if (object === undefined) return '';
  if (strValue(object) !== undefined) throw typeError('decoding str is not supported');
  const bytes = bufferOf(object);
  if (bytes === undefined) throw typeError(`decoding to str: need a bytes-like object, ${typeOf(object).name} found`);
  return decodeBuffer(bytes, encodingName, errorsName);
}

strType.attrs.set('__doc__', "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.");

// ---------------------------------------------------------------- special methods

concatErrors.set('str', (other) => `can only concatenate str (not "${typeOf(other).name}") to str`);

/** The comparison special methods: code point order against another str, NotImplemented otherwise. */
function comparison(name: string, holds: (order: number) => boolean) {
  return (self: Py, args: Py[], kwnames: readonly string[] | null): Py => {
    checkWrapperArgs(name, args, kwnames, 1);
    const other = strValue(args[0]);
    return other === undefined ? NotImplemented : holds(compareStrs(textOf(self), other));
  };
}

/** The repeat count of `text * count`, or undefined when count is not an integer (the operator then tries the other operand). */
function repeatCount(count: Py): Int | undefined {
  const integer = intValue(count);
  if (integer !== undefined) return integer;
  return typeOf(count).lookup('__index__') === undefined ? undefined : pyIndex(count);
}

const SSIZE_MAX = 2n ** 63n - 1n;
/** V8's longest string: a longer result cannot be made, which Python reports as MemoryError. */
const MAX_STRING_LENGTH = 2 ** 29 - 24;

function repeat(text: string, count: Int): string {
  if (typeof count === 'bigint' && (count > SSIZE_MAX || count < -SSIZE_MAX - 1n)) {
    throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  if (count <= 0 || text.length === 0) return '';
  if (BigInt(strLength(text)) * BigInt(count) > SSIZE_MAX) throw newException(OverflowError, 'repeated string is too long');
  if (text.length * Number(count) > MAX_STRING_LENGTH) throw newException(MemoryError);
  return text.repeat(Number(count));
}

/** str.__mul__ and __rmul__ called directly: the count must be an index. */
function multiply(name: string) {
  return (self: Py, args: Py[], kwnames: readonly string[] | null): Py => {
    checkWrapperArgs(name, args, kwnames, 'index');
    return repeat(textOf(self), pyIndex(args[0]));
  };
}

/** text * count and count * text: NotImplemented for a count that is no index. */
function repeatOperator(self: Py, count: Py): Py {
  const integer = repeatCount(count);
  return integer === undefined ? NotImplemented : repeat(textOf(self), integer);
}

/** Whether JS's unit-wise search can only find whole code points of needle (it starts with no low surrogate, ends with no high one). */
function isWholeCodePointNeedle(needle: string): boolean {
  return !isLowSurrogate(needle.charCodeAt(0)) && !isHighSurrogate(needle.charCodeAt(needle.length - 1));
}

defineMethods(strType, {
  __len__(self, args, kwnames) {
    checkWrapperArgs('__len__', args, kwnames, 0);
    return strLength(textOf(self));
  },
  __getitem__(self, args, kwnames) {
    checkWrapperArgs('__getitem__', args, kwnames, 1);
    const text = textOf(self);
    const key = args[0];
    const index = intValue(key);
    if (index !== undefined) return strItem(text, index);
    if (key instanceof PySlice) return strSlice(text, key);
    if (typeOf(key).lookup('__index__') !== undefined) return strItem(text, pyIndex(key));
    throw typeError(`string indices must be integers, not '${typeOf(key).name}'`);
  },
  __iter__(self, args, kwnames) {
    checkWrapperArgs('__iter__', args, kwnames, 0);
    return new StrIterator(textOf(self));
  },
  __contains__(self, args, kwnames) {
    checkWrapperArgs('__contains__', args, kwnames, 1);
    const needle = strArgument(args[0], (typeName) => `'in <string>' requires string as left operand, not ${typeName}`);
    const text = textOf(self);
    if (needle.length === 0) return true;
    return isWholeCodePointNeedle(needle) ? text.includes(needle) : strFind(text, needle) >= 0;
  },
  __add__(self, args, kwnames) {
    checkWrapperArgs('__add__', args, kwnames, 1);
    const other = strValue(args[0]);
    return other === undefined ? NotImplemented : textOf(self) + other;
  },
  __mul__: multiply('__mul__'),
  __rmul__: multiply('__rmul__'),
  __mod__(self, args, kwnames) {
    checkWrapperArgs('__mod__', args, kwnames, 1);
    return formatStrPercent(textOf(self), args[0]);
  },
  __rmod__(self, args, kwnames) {
    checkWrapperArgs('__rmod__', args, kwnames, 1);
    const template = strValue(args[0]);
    return template === undefined ? NotImplemented : formatStrPercent(template, self);
  },
  __eq__(self, args, kwnames) {
    checkWrapperArgs('__eq__', args, kwnames, 1);
    const other = strValue(args[0]);
    return other === undefined ? NotImplemented : textOf(self) === other;
  },
  __ne__(self, args, kwnames) {
    checkWrapperArgs('__ne__', args, kwnames, 1);
    const other = strValue(args[0]);
    return other === undefined ? NotImplemented : textOf(self) !== other;
  },
  __lt__: comparison('__lt__', (order) => order < 0),
  __le__: comparison('__le__', (order) => order <= 0),
  __gt__: comparison('__gt__', (order) => order > 0),
  __ge__: comparison('__ge__', (order) => order >= 0),
  __hash__(self, args, kwnames) {
    checkWrapperArgs('__hash__', args, kwnames, 0);
    return hashStr(textOf(self));
  },
  __repr__(self, args, kwnames) {
    checkWrapperArgs('__repr__', args, kwnames, 0);
    return strRepr(textOf(self));
  },
  __str__(self, args, kwnames) {
    checkWrapperArgs('__str__', args, kwnames, 0);
    return textOf(self);
  },
  __format__(self, args, kwnames) {
    const spec = clinicStrArgument(oneArg('__format__', args, kwnames), '__format__() argument');
    // An empty spec means str(self), which a subclass may have redefined.
    if (spec === '' && typeof self !== 'string') return pyStr(self);
    return formatStr(textOf(self), spec);
  },
  __getnewargs__(self, args, kwnames) {
    noArgs('__getnewargs__', args, kwnames);
    return newTuple([textOf(self)]);
  },
  __sizeof__(self, args, kwnames) {
    noArgs('__sizeof__', args, kwnames);
    return sizeOf(textOf(self));
  },
});
// As operators, __mul__ and __rmul__ leave a count that is no index to the other operand.
for (const name of ['__mul__', '__rmul__']) sequenceRepeats.set(strType.attrs.get(name) as PyMethodDescriptor, repeatOperator);

/** The bytes CPython's compact representation takes: a header, then one, two or four bytes a code point, plus a terminator. */
function sizeOf(text: string): number {
  if (isAsciiText(text)) return 49 + text.length;
  let width = 1;
  for (let at = 0; at < text.length; at++) {
    const codePoint = codePointAt(text, at);
    if (codePoint > 0xffff) {
      width = 4;
      break;
    }
    if (codePoint > 0xff) width = 2;
  }
  return 72 + (strLength(text) + 1) * width;
}

// ---------------------------------------------------------------- case and predicates

const transforms: Record<string, (text: string) => string> = {
  capitalize: strCapitalize,
  casefold: strCasefold,
  lower: strLower,
  swapcase: strSwapcase,
  title: strTitle,
  upper: strUpper,
};

const predicates: Record<string, (text: string) => boolean> = {
  isalnum: strIsAlnum,
  isalpha: strIsAlpha,
  isascii: strIsAscii,
  isdecimal: strIsDecimal,
  isdigit: strIsDigit,
  isidentifier: strIsIdentifier,
  islower: strIsLower,
  isnumeric: strIsNumeric,
  isprintable: strIsPrintable,
  isspace: strIsSpace,
  istitle: strIsTitle,
  isupper: strIsUpper,
};

defineMethods(strType, Object.fromEntries([
  ...Object.entries(transforms).map(([name, transform]) => [name, (self: Py, args: Py[], kwnames: readonly string[] | null) => {
    noArgs(name, args, kwnames);
    return transform(textOf(self));
  }]),
  ...Object.entries(predicates).map(([name, predicate]) => [name, (self: Py, args: Py[], kwnames: readonly string[] | null) => {
    noArgs(name, args, kwnames);
    return predicate(textOf(self));
  }]),
]));

// ---------------------------------------------------------------- searching

type AffixTest = (text: string, affix: string, start: OptionalIndex, end: OptionalIndex) => boolean;

/** startswith/endswith: the prefix or suffix is a str or a tuple of strs, whose items are checked only until one matches. */
function affixMethod(method: string, test: AffixTest) {
  return (self: Py, args: Py[], kwnames: readonly string[] | null): boolean => {
    const { start, end } = searchArgs(method, args, kwnames);
    return hasAffix(method, test, textOf(self), args[0], start, end);
  };
}

function hasAffix(method: string, test: AffixTest, text: string, affix: Py, start: OptionalIndex, end: OptionalIndex): boolean {
  const single = strValue(affix);
  if (single !== undefined) return test(text, single, start, end);
  if (!(affix instanceof PyTuple)) throw typeError(`${method} first arg must be str or a tuple of str, not ${typeOf(affix).name}`);
  return affix.items.some((item) => test(text, strArgument(item, (typeName) => `tuple for ${method} must only contain str, not ${typeName}`), start, end));
}

type Search<T> = (text: string, needle: string, start: OptionalIndex, end: OptionalIndex) => T;

function searchMethod<T extends Py>(method: string, search: Search<T>) {
  return (self: Py, args: Py[], kwnames: readonly string[] | null): T => {
    const { start, end } = searchArgs(method, args, kwnames);
    return search(textOf(self), strArgument(args[0], mustBeStr), start, end);
  };
}

defineMethods(strType, {
  find: searchMethod('find', strFind),
  rfind: searchMethod('rfind', strRfind),
  index: searchMethod('index', strIndex),
  rindex: searchMethod('rindex', strRindex),
  count: searchMethod('count', strCount),
  startswith: affixMethod('startswith', strStartswith),
  endswith: affixMethod('endswith', strEndswith),
});
// (Called with the one argument most calls give, from compiled code, without binding the rest.)
const searchWithOne = <T extends Py>(search: Search<T>) => (self: Py, needle: Py): T => search(textOf(self), strArgument(needle, mustBeStr), null, null);
const affixWithOne = (method: string, test: AffixTest) => (self: Py, affix: Py): boolean => hasAffix(method, test, textOf(self), affix, null, null);
defineOneArgumentForms(strType, {
  find: searchWithOne(strFind),
  rfind: searchWithOne(strRfind),
  index: searchWithOne(strIndex),
  rindex: searchWithOne(strRindex),
  count: searchWithOne(strCount),
  startswith: affixWithOne('startswith', strStartswith),
  endswith: affixWithOne('endswith', strEndswith),
});

// ---------------------------------------------------------------- splitting and joining

const SPLIT_SIGNATURE = (name: string) => ({ name, names: ['sep', 'maxsplit'], required: 0, positionalOnly: 0 });

type Split = (text: string, separator: string | null, maxsplit: Int) => string[];

function splitMethod(name: string, split: Split) {
  const signature = SPLIT_SIGNATURE(name);
  return (self: Py, args: Py[], kwnames: readonly string[] | null): Py => {
    const [sep, maxsplit] = bindClinicArguments(signature, args, kwnames);
    return new PyList(split(textOf(self), splitSeparator(sep), maxsplit === undefined ? -1 : pyIndex(maxsplit)));
  };
}

function splitSeparator(sep: Py | undefined): string | null {
  return sep === undefined || sep === null ? null : strArgument(sep, (typeName) => `must be str or None, not ${typeName}`);
}

function partitionMethod(name: string, partition: (text: string, separator: string) => [string, string, string]) {
  return (self: Py, args: Py[], kwnames: readonly string[] | null): Py => {
    const separator = strArgument(oneArg(name, args, kwnames), mustBeStr);
    return newTuple(partition(textOf(self), separator));
  };
}

const SPLITLINES_SIGNATURE = { name: 'splitlines', names: ['keepends'], required: 0, positionalOnly: 0 };

defineMethods(strType, {
  split: splitMethod('split', strSplit),
  rsplit: splitMethod('rsplit', strRsplit),
  splitlines(self, args, kwnames) {
    const [keepends] = bindClinicArguments(SPLITLINES_SIGNATURE, args, kwnames);
    return new PyList(strSplitlines(textOf(self), keepends !== undefined && pyIndex(keepends) !== 0));
  },
  partition: partitionMethod('partition', strPartition),
  rpartition: partitionMethod('rpartition', strRpartition),
  join(self, args, kwnames) {
    return joinItems(textOf(self), oneArg('join', args, kwnames));
  },
});
const splitWithOne = (split: Split) => (self: Py, sep: Py): Py => new PyList(split(textOf(self), splitSeparator(sep), -1));
defineOneArgumentForms(strType, { split: splitWithOne(strSplit), rsplit: splitWithOne(strRsplit) });

/** separator.join(iterable): every item must be a str. */
function joinItems(separator: string, iterable: Py): string {
  const items = iterable instanceof PyList || iterable instanceof PyTuple ? iterable.items : collectForJoin(iterable);
  let allExact = true;
  for (let i = 0; i < items.length && allExact; i++) allExact = typeof items[i] === 'string';
  if (allExact) return joinStrings(items as string[], separator);
  return joinStrings(items.map((item, i) => {
    const text = strValue(item);
    if (text === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeOf(item).name} found`);
    return text;
  }), separator);
}

// V8 joins an array of more than some 16,000 strings four to seven times slower per item
// than a shorter one (its work array becomes a large object, in memory of its own that is
// faulted in afresh): long arrays are joined a slice at a time, then the slices.
const JOIN_SLICE = 4096;

function joinStrings(pieces: string[], separator: string): string {
  if (pieces.length <= JOIN_SLICE) return pieces.join(separator);
  const slices: string[] = [];
  for (let start = 0; start < pieces.length; start += JOIN_SLICE) slices.push(pieces.slice(start, start + JOIN_SLICE).join(separator));
  return slices.join(separator);
}

function collectForJoin(iterable: Py): Py[] {
  let iterator: Py;
  try {
    iterator = getIter(iterable);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(TypeError)) throw typeError('can only join an iterable');
    throw error;
  }
  const items: Py[] = [];
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) items.push(item);
  return items;
}

// ---------------------------------------------------------------- stripping, padding, replacing

function stripMethod(name: string, strip: (text: string, chars: string | null) => string) {
  return (self: Py, args: Py[], kwnames: readonly string[] | null): Py => {
    positionalArgs(name, args, kwnames, 0, 1);
    const chars = args[0] === undefined || args[0] === null ? null : strArgument(args[0], () => `${name} arg must be None or str`);
    return strip(textOf(self), chars);
  };
}

function justifyMethod(name: string, justify: (text: string, width: Int, fill: string) => string) {
  return (self: Py, args: Py[], kwnames: readonly string[] | null): Py => {
    positionalArgs(name, args, kwnames, 1, 2);
    const width = pyIndex(args[0]);
    return justify(textOf(self), width, fillArgument(args[1]));
  };
}

function affixRemovalMethod(name: string, remove: (text: string, affix: string) => string) {
  return (self: Py, args: Py[], kwnames: readonly string[] | null): Py => {
    const affix = clinicStrArgument(oneArg(name, args, kwnames), `${name}() argument`);
    return remove(textOf(self), affix);
  };
}

const EXPANDTABS_SIGNATURE = { name: 'expandtabs', names: ['tabsize'], required: 0, positionalOnly: 0 };

defineMethods(strType, {
  strip: stripMethod('strip', strStrip),
  lstrip: stripMethod('lstrip', strLstrip),
  rstrip: stripMethod('rstrip', strRstrip),
  center: justifyMethod('center', strCenter),
  ljust: justifyMethod('ljust', strLjust),
  rjust: justifyMethod('rjust', strRjust),
  zfill(self, args, kwnames) {
    return strZfill(textOf(self), pyIndex(oneArg('zfill', args, kwnames)));
  },
  expandtabs(self, args, kwnames) {
    const [tabsize] = bindClinicArguments(EXPANDTABS_SIGNATURE, args, kwnames);
    return strExpandtabs(textOf(self), tabsize === undefined ? 8 : pyIndex(tabsize));
  },
  removeprefix: affixRemovalMethod('removeprefix', strRemoveprefix),
  removesuffix: affixRemovalMethod('removesuffix', strRemovesuffix),
  replace(self, args, kwnames) {
    positionalArgs('replace', args, kwnames, 2, 3);
    const old = clinicStrArgument(args[0], 'replace() argument 1');
    const replacement = clinicStrArgument(args[1], 'replace() argument 2');
    return strReplace(textOf(self), old, replacement, args[2] === undefined ? -1 : pyIndex(args[2]));
  },
});

// ---------------------------------------------------------------- formatting and encoding

const ENCODE_SIGNATURE = { name: 'encode', names: ['encoding', 'errors'], required: 0, positionalOnly: 0 };

defineMethods(strType, {
  format(self, args, kwnames) {
    const keywordCount = kwnames?.length ?? 0;
    const positionalCount = args.length - keywordCount;
    return formatTemplate(textOf(self), {
      positional: args.slice(0, positionalCount),
      keyword: keywordArguments(kwnames ?? [], args.slice(positionalCount)),
    });
  },
  format_map(self, args, kwnames) {
    const mapping = oneArg('format_map', args, kwnames);
    return formatTemplate(textOf(self), { positional: null, keyword: (key) => getItem(mapping, key) });
  },
  encode(self, args, kwnames) {
    const [encoding, errors] = bindClinicArguments(ENCODE_SIGNATURE, args, kwnames);
    const encodingName = encoding === undefined ? 'utf-8' : clinicStrArgument(encoding, "encode() argument 'encoding'");
    const errorsName = errors === undefined ? 'strict' : clinicStrArgument(errors, "encode() argument 'errors'");
    return new PyBytes(encodeStr(textOf(self), encodingName, errorsName));
  },
});

// ---------------------------------------------------------------- translate, maketrans

defineMethods(strType, {
  translate(self, args, kwnames) {
    const table = oneArg('translate', args, kwnames);
    return strTranslate(textOf(self), translationLookup(table));
  },
});

/** Looks code points up in a translate table, remembering each answer for the rest of the str. */
function translationLookup(table: Py): (codePoint: number) => string | Int | null | undefined {
  const answers = new Map<number, string | Int | null | undefined>();
  return (codePoint) => {
    if (answers.has(codePoint)) return answers.get(codePoint);
    let answer: string | Int | null | undefined;
    try {
      answer = translationOf(getItem(table, codePoint));
    } catch (error) {
      const exception = toPyException(error);
      if (!exception.cls.isSubtypeOf(LookupError)) throw exception;
      answer = undefined;
    }
    answers.set(codePoint, answer);
    return answer;
  };
}

function translationOf(entry: Py): string | Int | null {
  if (entry === null) return null;
  const integer = intValue(entry);
  if (integer !== undefined) return integer;
  const text = strValue(entry);
  if (text !== undefined) return text;
  throw typeError('character mapping must return integer, None or str');
}

strType.attrs.set('maketrans', new PyStaticMethod(staticMethodType, new PyBuiltinFunction('maketrans', (args, kwnames) => {
  positionalArgs('maketrans', args, kwnames, 1, 3);
  if (args.length === 1) return translationTableFromDict(args[0]);
  const to = clinicStrArgument(args[1], 'maketrans() argument 2');
  const deleted = args.length === 3 ? clinicStrArgument(args[2], 'maketrans() argument 3') : '';
  const from = strValue(args[0]);
  if (from === undefined) throw typeError('first maketrans argument must be a string if there is a second argument');
  const fromPoints = Array.from(from);
  const toPoints = Array.from(to);
  if (fromPoints.length !== toPoints.length) throw valueError('the first two maketrans arguments must have equal length');
  const table = newDict();
  fromPoints.forEach((char, i) => table.set(char.codePointAt(0)!, toPoints[i].codePointAt(0)!));
  for (const char of deleted) table.set(char.codePointAt(0)!, null);
  return table;
}, strType, null)));

/** str.maketrans(dict): the keys made code points (single-character strs become their ordinals). */
function translationTableFromDict(mapping: Py): PyDict {
  if (!(mapping instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
  const table = newDict();
  for (const [key, value] of mapping.entries()) {
    if (intValue(key) !== undefined) {
      table.set(key, value);
      continue;
    }
    const text = strValue(key);
    if (text === undefined) throw typeError('keys in translate table must be strings or integers');
    if (strLength(text) !== 1) throw valueError('string keys in translate table must be of length 1');
    table.set(codePointAt(text, 0), value);
  }
  return table;
}
