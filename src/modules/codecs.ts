// The _codecs module under codecs.py and the encodings package: the registry of codec
// search functions and of error handlers, and the codec functions the encodings
// modules are made of. The Unicode codecs are str.encode's and bytes.decode's own
// (objects/strCodecs.ts), decoding incrementally by holding back an incomplete
// sequence at the end; the escape and charmap codecs are here, calling the registered
// error handlers as CPython's do. (utf_7 is not provided.)
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { PyBytes, PyByteArray } from '../objects/bytes';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { PyDict } from '../objects/dict';
import { newDict } from '../objects/dictType';
import { strValue } from '../objects/str';
import { intValue } from '../objects/int';
import { typeName } from '../objects/typeOf';
import { bindClinicArguments, checkArgCount, PyBuiltinFunction } from '../objects/native';
import {
  BaseException, IndexError, LookupError, newException, type PyBaseException, typeError, UnicodeDecodeError, UnicodeEncodeError,
  UnicodeTranslateError, ValueError, isInstanceOfException,
} from '../objects/exceptions';
import { call, getAttr, getAttrOrUndefined, isCallable, isInstance, isTrue, pyIndex, setAttr } from '../objects/protocols';
import { bytesLikeArgument } from '../objects/bytesArguments';
import { decodeBytes, encodeStr, isBuiltinCodec, isBuiltinErrorHandler, setCodecArgumentCheck, setCodecFallback } from '../objects/strCodecs';
import { byteView } from '../objects/memoryview';
import { unicodeDecodeError, unicodeEncodeError } from '../objects/codecErrors';
import { codePoints, codePointLength, fromCodePoint } from '../objects/strCodePoints';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';
import { importModule } from '../objects/moduleImporter';
import { lookupCharacterName } from '../parser/unicodeNames';
import { setSourceCodecRegistry } from '../tokenizer/sourceDecoding';
import { decodeUtf7, encodeUtf7 } from './utf7';

const codecsModule = newModule('_codecs');
registerBuiltinModule('_codecs', () => codecsModule);

type Native = (args: Py[], kwnames: readonly string[] | null) => Py;
const define = (name: string, fn: Native): Py => defineFunction(codecsModule, name, fn);

// ---------------------------------------------------------------- the codec registry

const searchFunctions: Py[] = [];
const codecCache = new Map<string, Py>();
/** Whether the encodings package is imported: it registers its search function first, when the registry is first used (_PyCodecRegistry_Init). */
let registryInitialized = false;
/** sys.path as it stands when CPython imports encodings at start-up: without the script's directory (the runtime sets it). */
let startupSysPath: string[] | null = null;

export function setStartupSysPath(path: string[]): void {
  startupSysPath = path;
}

/**
 * Imports the encodings package, which CPython imports at start-up and pyvm when a codec
 * is first looked up: with the start-up sys.path, so that a program's own encodings.py
 * does not shadow it.
 */
function initializeRegistry(): void {
  if (registryInitialized) return;
  registryInitialized = true;
  const sys = importModule('sys');
  const programPath = getAttr(sys, 'path');
  if (startupSysPath !== null) setAttr(sys, 'path', new PyList(startupSysPath.slice()));
  try {
    importModule('encodings');
  } finally {
    setAttr(sys, 'path', programPath);
  }
}

/** normalizestring: lower case, spaces to underscores. */
function normalizedEncoding(encoding: string): string {
  return encoding.toLowerCase().replace(/ /g, '_');
}

function stringArgument(function_: string, position: number, value: Py): string {
  const text = strValue(value);
  if (text === undefined) throw typeError(`${function_}() argument ${position} must be str, not ${typeName(value)}`);
  return text;
}

define('register', (args, kwnames) => {
  checkArgCount('register', args, kwnames, 1);
  if (!isCallable(args[0])) throw typeError('argument must be callable');
  initializeRegistry();
  searchFunctions.push(args[0]);
  return null;
});

define('unregister', (args, kwnames) => {
  checkArgCount('unregister', args, kwnames, 1);
  const index = searchFunctions.indexOf(args[0]);
  if (index >= 0) searchFunctions.splice(index, 1);
  codecCache.clear();
  return null;
});

/** _PyCodec_Lookup: the CodecInfo the first search function that knows `encoding` returns. */
export function lookupCodecInfo(encoding: string): Py {
  const normalized = normalizedEncoding(encoding);
  const cached = codecCache.get(normalized);
  if (cached !== undefined) return cached;
  initializeRegistry();
  for (const search of searchFunctions) {
    const result = call(search, [normalized]);
    if (result === null) continue;
    if (!(result instanceof PyTuple) || result.items.length !== 4) throw typeError('codec search functions must return 4-tuples');
    codecCache.set(normalized, result);
    return result;
  }
  throw newException(LookupError, `unknown encoding: ${encoding}`);
}

define('lookup', (args, kwnames) => {
  checkArgCount('lookup', args, kwnames, 1);
  return lookupCodecInfo(stringArgument('lookup', 1, args[0]));
});

define('_forget_codec', (args, kwnames) => {
  checkArgCount('_forget_codec', args, kwnames, 1);
  codecCache.delete(normalizedEncoding(stringArgument('_forget_codec', 1, args[0])));
  return null;
});

/** codecs.encode / codecs.decode: the codec's function at `index` (0 encodes, 1 decodes), its result's first item. */
function runCodec(name: string, index: number, args: Py[], kwnames: readonly string[] | null): Py {
  const [object, encodingValue, errorsValue] = bindClinicArguments({ name, names: ['obj', 'encoding', 'errors'], required: 1, positionalOnly: 0 }, args, kwnames);
  const encoding = encodingValue === undefined ? 'utf-8' : stringArgument(name, 2, encodingValue);
  const errors = errorsValue === undefined ? 'strict' : stringArgument(name, 3, errorsValue);
  const info = lookupCodecInfo(encoding) as PyTuple;
  const result = call(info.items[index], [object!, errors]);
  if (!(result instanceof PyTuple) || result.items.length !== 2) {
    throw typeError(`${index === 0 ? 'encoder' : 'decoder'} must return a tuple (object, integer)`);
  }
  return result.items[0];
}

define('encode', (args, kwnames) => runCodec('encode', 0, args, kwnames));
define('decode', (args, kwnames) => runCodec('decode', 1, args, kwnames));

// ---------------------------------------------------------------- error handlers

const errorHandlers = new Map<string, Py>();

define('register_error', (args, kwnames) => {
  checkArgCount('register_error', args, kwnames, 2);
  const name = stringArgument('register_error', 1, args[0]);
  if (!isCallable(args[1])) throw typeError('handler must be callable');
  errorHandlers.set(name, args[1]);
  return null;
});

function lookupErrorHandler(name: string): Py {
  const handler = errorHandlers.get(name);
  if (handler === undefined) throw newException(LookupError, `unknown error handler name '${name}'`);
  return handler;
}

/** Development mode's check of the codec arguments (strCodecs.ts): an unknown name raises LookupError. */
export function checkCodecArgumentsAlways(): void {
  setCodecArgumentCheck((encoding, errors) => {
    if (!isBuiltinCodec(encoding)) lookupCodecInfo(encoding);
    if (!isBuiltinErrorHandler(errors)) lookupErrorHandler(errors);
  });
}

define('lookup_error', (args, kwnames) => {
  checkArgCount('lookup_error', args, kwnames, 1);
  return lookupErrorHandler(stringArgument('lookup_error', 1, args[0]));
});

/** What a handler is handed: the error, and where in its object the failure lies. */
interface Failure {
  readonly exc: PyBaseException;
  readonly start: number;
  readonly end: number;
  readonly object: Py;
}

function failureOf(exc: Py): Failure {
  if (!(isInstance(exc, UnicodeEncodeError) || isInstance(exc, UnicodeDecodeError) || isInstance(exc, UnicodeTranslateError))) {
    if (!isInstance(exc, BaseException)) throw typeError('codec must pass exception instance');
    throw typeError(`don't know how to handle ${typeName(exc)} in error callback`);
  }
  const error = exc as PyBaseException;
  return { exc: error, start: Number(pyIndex(getAttr(error, 'start'))), end: Number(pyIndex(getAttr(error, 'end'))), object: getAttr(error, 'object') };
}

const handled = (replacement: Py, end: number): PyTuple => newTuple([replacement, end]);

/** The code points of an encode (or translate) error's failing stretch. */
function failingCharacters(failure: Failure): number[] {
  return codePoints(strValue(failure.object)!).slice(failure.start, failure.end);
}

function failingBytes(failure: Failure): Uint8Array {
  return bytesLikeArgument(failure.object).subarray(failure.start, failure.end);
}

const isDecodeError = (failure: Failure): boolean => isInstance(failure.exc, UnicodeDecodeError);
const isEncodeError = (failure: Failure): boolean => isInstance(failure.exc, UnicodeEncodeError);

function backslashEscape(codePoint: number): string {
  if (codePoint < 0x100) return `\\x${codePoint.toString(16).padStart(2, '0')}`;
  if (codePoint < 0x10000) return `\\u${codePoint.toString(16).padStart(4, '0')}`;
  return `\\U${codePoint.toString(16).padStart(8, '0')}`;
}

const BUILTIN_HANDLERS: [string, string, (failure: Failure) => Py][] = [
  ['strict', 'strict_errors', (failure) => {
    throw failure.exc;
  }],
  ['ignore', 'ignore_errors', (failure) => handled('', failure.end)],
  ['replace', 'replace_errors', (failure) => {
    if (isDecodeError(failure)) return handled('\ufffd', failure.end);
    return handled((isEncodeError(failure) ? '?' : '\ufffd').repeat(failure.end - failure.start), failure.end);
  }],
  ['xmlcharrefreplace', 'xmlcharrefreplace_errors', (failure) => {
    if (!isEncodeError(failure)) throw typeError(`don't know how to handle ${typeName(failure.exc)} in error callback`);
    return handled(failingCharacters(failure).map((c) => `&#${c};`).join(''), failure.end);
  }],
  ['backslashreplace', 'backslashreplace_errors', (failure) => {
    if (isDecodeError(failure)) return handled([...failingBytes(failure)].map(backslashEscape).join(''), failure.end);
    return handled(failingCharacters(failure).map(backslashEscape).join(''), failure.end);
  }],
  ['surrogateescape', 'surrogateescape', (failure) => {
    if (isDecodeError(failure)) {
      const bytes = failingBytes(failure).slice(0, 4);
      if (bytes.some((byte) => byte < 0x80)) throw failure.exc;
      return handled([...bytes].map((byte) => String.fromCharCode(0xdc00 + byte)).join(''), failure.start + bytes.length);
    }
    const characters = failingCharacters(failure);
    if (!isEncodeError(failure) || characters.some((c) => c < 0xdc80 || c > 0xdcff)) throw failure.exc;
    return handled(new PyBytes(Uint8Array.from(characters, (c) => c - 0xdc00)), failure.end);
  }],
];
for (const [name, functionName, handle] of BUILTIN_HANDLERS) {
  const handler = new PyBuiltinFunction(functionName, (args, kwnames) => {
    checkArgCount(functionName, args, kwnames, 1);
    return handle(failureOf(args[0]));
  }, undefined, '_codecs');
  errorHandlers.set(name, handler);
}

/**
 * Calls the `errors` handler for a failure of `exc`: its replacement and the position
 * to go on from (negative positions count from the end, as CPython allows).
 */
function callErrorHandler(errors: string, exc: PyBaseException, length: number): [Py, number] {
  const result = call(lookupErrorHandler(errors), [exc]);
  if (!(result instanceof PyTuple) || result.items.length !== 2 || intValue(result.items[1]) === undefined) {
    throw typeError(`${isInstanceOfException(exc, UnicodeDecodeError) ? 'decoding' : 'encoding'} error handler must return (str, int) tuple`);
  }
  let position = Number(intValue(result.items[1]));
  if (position < 0) position += length;
  if (position < 0 || position > length) throw newException(IndexError, `position ${position} from error handler out of bounds`);
  return [result.items[0], position];
}

// ---------------------------------------------------------------- arguments and results

function errorsArgument(value: Py | undefined): string {
  return value === undefined || value === null ? 'strict' : strValue(value) ?? 'strict';
}

function textArgument(function_: string, value: Py): string {
  const text = strValue(value);
  if (text === undefined) throw typeError(`${function_}() argument 1 must be str, not ${typeName(value)}`);
  return text;
}

/** A decoder's input: a bytes-like object (a str, for the functions that take one, as its UTF-8). */
function dataArgument(value: Py, acceptsText = false): Uint8Array {
  const text = strValue(value);
  if (acceptsText && text !== undefined) return encodeStr(text, 'utf-8', 'strict');
  return bytesLikeArgument(value);
}

const encoded = (bytes: Uint8Array, consumed: number): PyTuple => newTuple([new PyBytes(bytes), consumed]);
const decoded = (text: string, consumed: number): PyTuple => newTuple([text, consumed]);

// ---------------------------------------------------------------- the Unicode codecs

/**
 * How many bytes at the start of `data` make whole characters for a decoder not told
 * it has the end: an incomplete but so far valid sequence at the end waits for more.
 */
function completeLength(data: Uint8Array, codec: 'utf-8' | 'utf-16-le' | 'utf-16-be' | 'utf-32'): number {
  const n = data.length;
  if (codec === 'utf-32') return n - (n % 4);
  if (codec !== 'utf-8') {
    let complete = n - (n % 2);
    if (complete >= 2) {
      const unit = codec === 'utf-16-le' ? data[complete - 2] | (data[complete - 1] << 8) : (data[complete - 2] << 8) | data[complete - 1];
      if (unit >= 0xd800 && unit <= 0xdbff) complete -= 2;
    }
    return complete;
  }
  for (let back = 1; back <= Math.min(3, n); back++) {
    const byte = data[n - back];
    if (byte >= 0x80 && byte <= 0xbf) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 ? 2 : 0;
    if (needed <= back || byte > 0xf4) return n;
    if (back >= 2) {
      const second = data[n - back + 1];
      const [low, high] = byte === 0xe0 ? [0xa0, 0xbf] : byte === 0xed ? [0x80, 0x9f] : byte === 0xf0 ? [0x90, 0xbf] : byte === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      if (second < low || second > high) return n;
    }
    return n - back;
  }
  return n;
}

/** A decode function `name(data, errors=None, final=False)` of a codec decodeBytes knows. */
function defineDecoder(name: string, encoding: string, codec: Parameters<typeof completeLength>[1] | null): void {
  define(name, (args, kwnames) => {
    const names = codec === null ? ['data', 'errors'] : ['data', 'errors', 'final'];
    const [data, errors, final] = bindClinicArguments({ name, names, required: 1 }, args, kwnames);
    const bytes = dataArgument(data!);
    const length = codec === null || (final !== undefined && final !== false && final !== 0) ? bytes.length : completeLength(bytes, codec);
    return decoded(decodeBytes(bytes.subarray(0, length), encoding, errorsArgument(errors)), length);
  });
}

/** An encode function `name(str, errors=None)`. */
function defineEncoder(name: string, encoding: string): void {
  define(name, (args, kwnames) => {
    const [text, errors] = bindClinicArguments({ name, names: ['str', 'errors'], required: 1 }, args, kwnames);
    const value = textArgument(name, text!);
    return encoded(encodeStr(value, encoding, errorsArgument(errors)), codePointLength(value));
  });
}

defineEncoder('utf_8_encode', 'utf-8');
defineDecoder('utf_8_decode', 'utf-8', 'utf-8');
defineEncoder('ascii_encode', 'ascii');
defineDecoder('ascii_decode', 'ascii', null);
defineEncoder('latin_1_encode', 'latin-1');
defineDecoder('latin_1_decode', 'latin-1', null);
for (const width of [16, 32] as const) {
  const codec = width === 16 ? 'utf-16-le' : 'utf-32';
  defineEncoder(`utf_${width}_le_encode`, `utf-${width}-le`);
  defineEncoder(`utf_${width}_be_encode`, `utf-${width}-be`);
  defineDecoder(`utf_${width}_le_decode`, `utf-${width}-le`, codec);
  defineDecoder(`utf_${width}_be_decode`, `utf-${width}-be`, width === 16 ? 'utf-16-be' : 'utf-32');
  const bomSize = width / 8;
  // utf_16_encode(str, errors=None, byteorder=0): a byte order mark and little-endian, or one order without a mark.
  define(`utf_${width}_encode`, (args, kwnames) => {
    const name = `utf_${width}_encode`;
    const [text, errors, byteorder] = bindClinicArguments({ name, names: ['str', 'errors', 'byteorder'], required: 1 }, args, kwnames);
    const order = byteorder === undefined ? 0 : Number(pyIndex(byteorder));
    const encoding = order === 0 ? `utf-${width}` : order < 0 ? `utf-${width}-le` : `utf-${width}-be`;
    const value = textArgument(name, text!);
    return encoded(encodeStr(value, encoding, errorsArgument(errors)), codePointLength(value));
  });
  /** The byte order a mark at the start of `data` gives: -1 little, 1 big, 0 none. */
  const markedOrder = (data: Uint8Array): number => {
    if (data.length < bomSize) return 0;
    const little = width === 16 ? data[0] === 0xff && data[1] === 0xfe : data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0;
    const big = width === 16 ? data[0] === 0xfe && data[1] === 0xff : data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff;
    return little ? -1 : big ? 1 : 0;
  };
  const decodeWithOrder = (data: Uint8Array, errors: string, order: number, final: boolean): [string, number, number] => {
    let start = 0;
    let used = order;
    if (order === 0) {
      if (data.length < bomSize && !final) return ['', 0, 0];
      used = markedOrder(data);
      if (used !== 0) start = bomSize;
    }
    const encoding = used > 0 ? `utf-${width}-be` : `utf-${width}-le`;
    const body = data.subarray(start);
    const length = final ? body.length : completeLength(body, width === 16 ? (used > 0 ? 'utf-16-be' : 'utf-16-le') : 'utf-32');
    let text: string;
    try {
      text = decodeBytes(body.subarray(0, length), encoding, errors);
    } catch (error) {
      throw shiftedDecodeError(error, start, data);
    }
    return [text, start + length, used];
  };
  define(`utf_${width}_decode`, (args, kwnames) => {
    const name = `utf_${width}_decode`;
    const [data, errors, final] = bindClinicArguments({ name, names: ['data', 'errors', 'final'], required: 1 }, args, kwnames);
    const [text, consumed] = decodeWithOrder(dataArgument(data!), errorsArgument(errors), 0, isFinal(final));
    return decoded(text, consumed);
  });
  define(`utf_${width}_ex_decode`, (args, kwnames) => {
    const name = `utf_${width}_ex_decode`;
    const [data, errors, byteorder, final] = bindClinicArguments({ name, names: ['data', 'errors', 'byteorder', 'final'], required: 1 }, args, kwnames);
    const order = byteorder === undefined ? 0 : Number(pyIndex(byteorder));
    const [text, consumed, used] = decodeWithOrder(dataArgument(data!), errorsArgument(errors), order, isFinal(final));
    return newTuple([text, consumed, used]);
  });
}

define('utf_7_encode', (args, kwnames) => {
  const [text] = bindClinicArguments({ name: 'utf_7_encode', names: ['str', 'errors'], required: 1 }, args, kwnames);
  const value = textArgument('utf_7_encode', text!);
  return encoded(encodeUtf7(value), codePointLength(value));
});

define('utf_7_decode', (args, kwnames) => {
  const [data, errors, final] = bindClinicArguments({ name: 'utf_7_decode', names: ['data', 'errors', 'final'], required: 1 }, args, kwnames);
  const bytes = dataArgument(data!);
  const errorsName = errorsArgument(errors);
  const { text, consumed } = decodeUtf7(bytes, isFinal(final), (start, end, reason) => {
    const [replacement, resume] = callErrorHandler(errorsName, unicodeDecodeError('utf7', bytes, start, end, reason), bytes.length);
    return [strValue(replacement) ?? '', resume];
  });
  return decoded(text, consumed);
});

function isFinal(value: Py | undefined): boolean {
  return value !== undefined && value !== false && value !== 0 && value !== null;
}

/** A decode error of the data after a byte order mark, with its positions moved to count the mark. */
function shiftedDecodeError(error: unknown, shift: number, data: Uint8Array): unknown {
  if (shift === 0 || !isInstanceOfException(error, UnicodeDecodeError)) return error;
  const start = Number(pyIndex(getAttr(error, 'start'))) + shift;
  const end = Number(pyIndex(getAttr(error, 'end'))) + shift;
  return unicodeDecodeError(strValue(getAttr(error, 'encoding')) ?? '', data, start, end, strValue(getAttr(error, 'reason')) ?? '');
}

define('readbuffer_encode', (args, kwnames) => {
  const [data] = bindClinicArguments({ name: 'readbuffer_encode', names: ['data', 'errors'], required: 1 }, args, kwnames);
  const bytes = dataArgument(data!, true);
  return encoded(bytes.slice(), bytes.length);
});

// ---------------------------------------------------------------- the escape codecs

const hexValue = (byte: number): number => (byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : byte >= 0x61 && byte <= 0x66 ? byte - 0x57 : byte >= 0x41 && byte <= 0x46 ? byte - 0x37 : -1);

const SIMPLE_ESCAPES: Record<number, number> = {
  0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x61: 7, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11,
};

/** Longer than any character's name or alias (the longest has 88 letters): \N{...} with a longer one names nothing. */
const LONGEST_CHARACTER_NAME = 256;

/** Reads `count` hex digits at `at`, or -1 when they are not all there. */
function hexDigitsAt(data: Uint8Array, at: number, count: number): number {
  if (at + count > data.length) return -1;
  let value = 0;
  for (let i = 0; i < count; i++) {
    const digit = hexValue(data[at + i]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/**
 * unicode_escape and raw_unicode_escape decoding: bytes stand for Latin-1 characters,
 * backslash escapes for others (raw: only \u and \U ones). A malformed escape goes to
 * the errors handler.
 */
function decodeEscapes(data: Uint8Array, errors: string, raw: boolean): string {
  const encoding = raw ? 'rawunicodeescape' : 'unicodeescape';
  let out = '';
  let i = 0;
  const fail = (end: number, reason: string): void => {
    const [replacement, position] = callErrorHandler(errors, unicodeDecodeError(encoding, data, i, end, reason), data.length);
    out += strValue(replacement) ?? '';
    i = position;
  };
  while (i < data.length) {
    const byte = data[i];
    if (byte !== 0x5c || i + 1 >= data.length) {
      if (byte === 0x5c && !raw) {
        fail(data.length, '\\ at end of string');
        continue;
      }
      out += String.fromCharCode(byte);
      i++;
      continue;
    }
    const kind = data[i + 1];
    if (raw && kind !== 0x75 && kind !== 0x55) {
      out += '\\';
      i++;
      continue;
    }
    if (!raw && SIMPLE_ESCAPES[kind] !== undefined) {
      out += String.fromCharCode(SIMPLE_ESCAPES[kind]);
      i += 2;
    } else if (!raw && kind === 0x0a) {
      i += 2;
    } else if (!raw && kind >= 0x30 && kind <= 0x37) {
      let value = kind - 0x30;
      let end = i + 2;
      while (end < i + 4 && end < data.length && data[end] >= 0x30 && data[end] <= 0x37) value = value * 8 + data[end++] - 0x30;
      out += String.fromCharCode(value);
      i = end;
    } else if (kind === 0x78 || kind === 0x75 || kind === 0x55) {
      const count = kind === 0x78 ? 2 : kind === 0x75 ? 4 : 8;
      const value = hexDigitsAt(data, i + 2, count);
      if (value < 0) {
        let end = i + 2;
        while (end < data.length && end < i + 2 + count && hexValue(data[end]) >= 0) end++;
        fail(end, `truncated \\${String.fromCharCode(kind)}${'X'.repeat(count)} escape`);
      } else if (value > 0x10ffff) {
        fail(i + 2 + count, raw ? '\\Uxxxxxxxx out of range' : 'illegal Unicode character');
      } else {
        out += fromCodePoint(value);
        i += 2 + count;
      }
    } else if (!raw && kind === 0x4e) {
      // \N{name}: the error spans up to a missing '{', an empty name's '}', or the end when no '}' follows.
      const open = i + 2;
      const close = data[open] === 0x7b ? data.indexOf(0x7d, open + 1) : -1;
      const named = close > open + 1 && close - open - 1 <= LONGEST_CHARACTER_NAME;
      const code = named ? lookupCharacterName(String.fromCharCode(...data.subarray(open + 1, close))) : undefined;
      if (code !== undefined) {
        out += fromCodePoint(code);
        i = close + 1;
      } else if (close > open + 1) {
        fail(close + 1, 'unknown Unicode character name');
      } else {
        fail(data[open] !== 0x7b ? Math.min(open, data.length) : close < 0 ? data.length : close, 'malformed \\N character escape');
      }
    } else {
      // An unknown escape stays as it is (CPython also warns of it).
      out += '\\';
      i++;
    }
  }
  return out;
}

/** unicode_escape / raw_unicode_escape encoding. */
function encodeEscapes(text: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  const push = (s: string): void => {
    for (let k = 0; k < s.length; k++) out.push(s.charCodeAt(k));
  };
  for (const c of codePoints(text)) {
    if (raw) {
      if (c < 0x100) out.push(c);
      else push(c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`);
    } else if (c === 0x5c) {
      push('\\\\');
    } else if (c === 9 || c === 10 || c === 13) {
      push(c === 9 ? '\\t' : c === 10 ? '\\n' : '\\r');
    } else if (c >= 0x20 && c < 0x7f) {
      out.push(c);
    } else {
      push(backslashEscape(c));
    }
  }
  return Uint8Array.from(out);
}

for (const [prefix, raw] of [['unicode_escape', false], ['raw_unicode_escape', true]] as const) {
  define(`${prefix}_encode`, (args, kwnames) => {
    const [text] = bindClinicArguments({ name: `${prefix}_encode`, names: ['str', 'errors'], required: 1 }, args, kwnames);
    const value = textArgument(`${prefix}_encode`, text!);
    return encoded(encodeEscapes(value, raw), codePointLength(value));
  });
  define(`${prefix}_decode`, (args, kwnames) => {
    const [data, errors] = bindClinicArguments({ name: `${prefix}_decode`, names: ['data', 'errors', 'final'], required: 1 }, args, kwnames);
    const bytes = dataArgument(data!, true);
    return decoded(decodeEscapes(bytes, errorsArgument(errors), raw), bytes.length);
  });
}

// escape_encode / escape_decode: bytes to and from the body of a bytes literal.
define('escape_encode', (args, kwnames) => {
  const [data] = bindClinicArguments({ name: 'escape_encode', names: ['data', 'errors'], required: 1 }, args, kwnames);
  if (!(data instanceof PyBytes)) throw typeError(`escape_encode() argument 1 must be bytes, not ${typeName(data!)}`);
  let body = '';
  for (const byte of data.bytes) {
    if (byte === 0x5c || byte === 0x27) body += `\\${String.fromCharCode(byte)}`;
    else if (byte === 9 || byte === 10 || byte === 13) body += byte === 9 ? '\\t' : byte === 10 ? '\\n' : '\\r';
    else if (byte >= 0x20 && byte < 0x7f) body += String.fromCharCode(byte);
    else body += backslashEscape(byte);
  }
  return encoded(Uint8Array.from(body, (c) => c.charCodeAt(0)), data.bytes.length);
});

define('escape_decode', (args, kwnames) => {
  const [data, errorsValue] = bindClinicArguments({ name: 'escape_decode', names: ['data', 'errors'], required: 1 }, args, kwnames);
  const bytes = dataArgument(data!, true);
  const errors = errorsArgument(errorsValue);
  const out: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] !== 0x5c) {
      out.push(bytes[i++]);
      continue;
    }
    if (i + 1 >= bytes.length) throw newException(ValueError, 'Trailing \\ in string');
    const kind = bytes[i + 1];
    if (SIMPLE_ESCAPES[kind] !== undefined) {
      out.push(SIMPLE_ESCAPES[kind]);
      i += 2;
    } else if (kind === 0x0a) {
      i += 2;
    } else if (kind >= 0x30 && kind <= 0x37) {
      let value = kind - 0x30;
      let end = i + 2;
      while (end < i + 4 && end < bytes.length && bytes[end] >= 0x30 && bytes[end] <= 0x37) value = value * 8 + bytes[end++] - 0x30;
      out.push(value & 0xff);
      i = end;
    } else if (kind === 0x78) {
      const value = hexDigitsAt(bytes, i + 2, 2);
      if (value >= 0) {
        out.push(value);
        i += 4;
        continue;
      }
      // A malformed \x: refused, or replaced by '?', or dropped with the hex digit after it.
      if (errors === 'strict') throw newException(ValueError, `invalid \\x escape at position ${i}`);
      if (errors === 'replace') out.push(0x3f);
      else if (errors !== 'ignore') throw newException(ValueError, `decoding error; unknown error handling code: ${errors}`);
      i += 2;
      if (i < bytes.length && hexValue(bytes[i]) >= 0) i++;
    } else {
      out.push(0x5c);
      i++;
    }
  }
  return encoded(Uint8Array.from(out), bytes.length);
});

// ---------------------------------------------------------------- charmap

define('charmap_build', (args, kwnames) => {
  checkArgCount('charmap_build', args, kwnames, 1);
  const table = codePoints(textArgument('charmap_build', args[0]));
  const map = newDict();
  table.forEach((c, index) => map.set(c, index));
  return map;
});

/** A mapping's entry for `key` (None when missing, as a LookupError from it means). */
function mapped(mapping: Py, key: number): Py {
  if (mapping instanceof PyDict) return mapping.get(key) ?? null;
  try {
    return call(getAttr(mapping, '__getitem__'), [key]);
  } catch (error) {
    if (isInstanceOfException(error, LookupError)) return null;
    throw error;
  }
}

define('charmap_decode', (args, kwnames) => {
  const [data, errorsValue, mapping] = bindClinicArguments({ name: 'charmap_decode', names: ['data', 'errors', 'mapping'], required: 1 }, args, kwnames);
  const bytes = dataArgument(data!);
  const errors = errorsArgument(errorsValue);
  if (mapping === undefined || mapping === null) return decoded(decodeBytes(bytes, 'latin-1', errors), bytes.length);
  const table = strValue(mapping);
  const tablePoints = table === undefined ? null : codePoints(table);
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    let character: string | null = null;
    if (tablePoints !== null) {
      const c = tablePoints[bytes[i]];
      if (c !== undefined && c !== 0xfffe) character = fromCodePoint(c);
    } else {
      const value = mapped(mapping, bytes[i]);
      const text = strValue(value);
      if (text !== undefined) character = text === '\ufffe' ? null : text;
      else if (intValue(value) !== undefined) character = fromCodePoint(Number(intValue(value)));
      else if (value !== null) throw typeError('character mapping must return integer, None or str');
    }
    if (character !== null) {
      out += character;
      i++;
      continue;
    }
    const [replacement, position] = callErrorHandler(errors, unicodeDecodeError('charmap', bytes, i, i + 1, 'character maps to <undefined>'), bytes.length);
    out += strValue(replacement) ?? '';
    i = position;
  }
  return decoded(out, bytes.length);
});

define('charmap_encode', (args, kwnames) => {
  const [text, errorsValue, mapping] = bindClinicArguments({ name: 'charmap_encode', names: ['str', 'errors', 'mapping'], required: 1 }, args, kwnames);
  const value = textArgument('charmap_encode', text!);
  const errors = errorsArgument(errorsValue);
  const points = codePoints(value);
  if (mapping === undefined || mapping === null) return encoded(encodeStr(value, 'latin-1', errors), points.length);
  const out: number[] = [];
  /** Appends the mapping of `c`; false when it has none. */
  const encodeCharacter = (c: number): boolean => {
    const target = mapped(mapping, c);
    if (target === null) return false;
    const int = intValue(target);
    if (int !== undefined) out.push(Number(int));
    else if (target instanceof PyBytes || target instanceof PyByteArray) out.push(...target.bytes);
    else throw typeError('character mapping must return integer, bytes or None, not ' + typeName(target));
    return true;
  };
  for (let i = 0; i < points.length; ) {
    if (encodeCharacter(points[i])) {
      i++;
      continue;
    }
    const exc = unicodeEncodeError('charmap', value, i, i + 1, 'character maps to <undefined>');
    const [replacement, position] = callErrorHandler(errors, exc, points.length);
    const replacementText = strValue(replacement);
    if (replacementText === undefined) out.push(...bytesLikeArgument(replacement));
    else for (const c of codePoints(replacementText)) if (!encodeCharacter(c)) throw exc;
    i = position;
  }
  return encoded(Uint8Array.from(out), points.length);
});

// ---------------------------------------------------------------- str.encode and bytes.decode

/**
 * The codec registry behind str.encode and bytes.decode for encodings they do not know
 * themselves: a text encoding's codec, whose result must be bytes (encoding) or str
 * (decoding; the codec is handed a memoryview, as CPython hands it one).
 */
function registryCodec(encoding: string, index: 0 | 1, argument: Py, errors: string): Py {
  const info = lookupCodecInfo(encoding);
  const isText = getAttrOrUndefined(info, '_is_text_encoding');
  const verb = index === 0 ? 'encode' : 'decode';
  if (isText !== undefined && !isTrue(isText)) {
    throw newException(LookupError, `'${encoding}' is not a text encoding; use codecs.${verb}() to handle arbitrary codecs`);
  }
  const result = call((info as PyTuple).items[index], [argument, errors]);
  if (!(result instanceof PyTuple) || result.items.length !== 2) {
    throw typeError(`${index === 0 ? 'encoder' : 'decoder'} must return a tuple (object, integer)`);
  }
  return result.items[0];
}

setCodecFallback({
  encode(text, encoding, errors) {
    const result = registryCodec(encoding, 0, text, errors);
    if (result instanceof PyBytes) return result.bytes;
    throw typeError(`'${encoding}' encoder returned '${typeName(result)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
  },
  decode(bytes, encoding, errors) {
    const view = byteView(new PyBytes(bytes), true);
    const result = registryCodec(encoding, 1, view, errors);
    const text = strValue(result);
    if (text !== undefined) return text;
    throw typeError(`'${encoding}' decoder returned '${typeName(result)}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
  },
});

// Source files may declare any encoding the registry has (# -*- coding: cp437 -*-).
setSourceCodecRegistry({
  has(encoding) {
    try {
      lookupCodecInfo(encoding);
      return true;
    } catch (error) {
      if (isInstanceOfException(error, LookupError)) return false;
      throw error;
    }
  },
  decode: (bytes, encoding) => decodeBytes(bytes, encoding, 'strict'),
});
