// The _json module (CPython's Modules/_json.c), the speedups json's decoder and encoder
// take when present: scanstring and the string escapers, the scanner (make_scanner)
// that decodes a whole document, and the encoder (make_encoder) json.dumps uses when
// it does not indent. Errors and their positions are the C module's.
import { PyObject, type Py } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType, type PyType } from '../objects/type';
import { floatType, intType, typeName } from '../objects/typeOf';
import { bindArguments, bindClinicArguments, checkArgCount, defineMethods } from '../objects/native';
import { newException, StopIteration, typeError, ValueError } from '../objects/exceptions';
import { call, enterRecursiveCall, getAttr, isTrue, iterableToArray, leaveRecursiveCall } from '../objects/protocols';
import { PyFloat } from '../objects/float';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { dictType, newDict } from '../objects/dictType';
import { intValue } from '../objects/int';
import { intRepr } from '../objects/intRepr';
import { floatRepr } from '../objects/floatRepr';
import { sortList } from '../objects/listSort';
import { idOfValue } from '../objects/identity';
import { defineNew } from '../objects/builtinNew';
import { defineReadonlyMembers } from '../objects/readonlyMembers';
import { strValue } from '../objects/str';
import { codePointOffsets } from '../objects/strIndexing';
import { isHighSurrogate, isLowSurrogate } from '../objects/strCodePoints';
import { newTuple } from '../objects/tuple';
import { cIntArgument, ssizeArgument } from '../objects/bytesArguments';
import { importModule } from '../objects/moduleImporter';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

export const jsonModule = newModule('_json', 'json speedups\n');
registerBuiltinModule('_json', () => jsonModule);

function stringArgument(value: Py): string {
  const text = strValue(value);
  if (text === undefined) throw typeError(`first argument must be a string, not ${typeName(value)}`);
  return text;
}

// ---------------------------------------------------------------- encoding

const HEX = '0123456789abcdef';

function unicodeEscape(unit: number): string {
  return `\\u${HEX[(unit >> 12) & 0xf]}${HEX[(unit >> 8) & 0xf]}${HEX[(unit >> 4) & 0xf]}${HEX[unit & 0xf]}`;
}

const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The JSON literal of a str: quotes, backslash escapes, \u escapes for the other control
 * characters and, with `asciiOnly`, for everything past '~' (UTF-16 units: an astral
 * character becomes its surrogate pair).
 */
function encodeString(text: string, asciiOnly: boolean): string {
  let result = '"';
  let plainStart = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const plain = unit >= 0x20 && unit !== 0x5c && unit !== 0x22 && (!asciiOnly || unit <= 0x7e);
    if (plain) continue;
    result += text.slice(plainStart, i) + (SHORT_ESCAPES[text[i]] ?? unicodeEscape(unit));
    plainStart = i + 1;
  }
  return `${result}${text.slice(plainStart)}"`;
}

defineFunction(jsonModule, 'encode_basestring_ascii', (args, kwnames) => {
  checkArgCount('_json.encode_basestring_ascii', args, kwnames, 1);
  return encodeString(stringArgument(args[0]), true);
});

defineFunction(jsonModule, 'encode_basestring', (args, kwnames) => {
  checkArgCount('_json.encode_basestring', args, kwnames, 1);
  return encodeString(stringArgument(args[0]), false);
});

// ---------------------------------------------------------------- scanstring

/** json.decoder.JSONDecodeError(message, text, position), to be raised. */
function decodeError(message: string, text: string, position: number): Py {
  const decoder = getAttr(importModule('json.decoder'), 'decoder');
  return call(getAttr(decoder, 'JSONDecodeError'), [message, text, position]);
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * A str scanned by UTF-16 unit, whose positions are given and reported in code points
 * (as Python indexes it). Every character JSON gives a meaning to is ASCII, so a scan
 * never stops inside a surrogate pair; only the positions crossing the boundary, and the
 * few length checks that count characters, are converted.
 */
class UnitText {
  /** Where each code point starts, in units (with the length appended); null when every code point is one unit. */
  private readonly offsets: Uint32Array | null;

  constructor(readonly text: string) {
    this.offsets = codePointOffsets(text);
  }

  /** The unit where code point `index` starts (the unit length for the code point length). */
  unitOf(index: number): number {
    return this.offsets === null ? index : this.offsets[index];
  }

  /** The code point index of unit `unit`, a code point boundary (or -1, before the text). */
  codePointOf(unit: number): number {
    const offsets = this.offsets;
    if (offsets === null || unit < 0) return unit;
    let low = 0;
    let high = offsets.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (offsets[middle] < unit) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  get codePointLength(): number {
    return this.offsets === null ? this.text.length : this.offsets.length - 1;
  }

  /** The unit `count` code points after `unit`; past the end, the unit length plus the code points missing. */
  advance(unit: number, count: number): number {
    const text = this.text;
    for (let seen = 0; seen < count; seen++) {
      if (unit >= text.length) return text.length + count - seen;
      const code = text.charCodeAt(unit);
      unit += isHighSurrogate(code) && unit + 1 < text.length && isLowSurrogate(text.charCodeAt(unit + 1)) ? 2 : 1;
    }
    return unit;
  }

  /** json.decoder.JSONDecodeError at unit `unit`, to be raised. */
  error(message: string, unit: number): Py {
    return decodeError(message, this.text, this.codePointOf(unit));
  }
}

/** The value of the four hex digits at unit `at`, or -1 when they are not all hex digits. */
function hexValue(text: string, at: number): number {
  let value = 0;
  for (let i = at; i < at + 4; i++) {
    const unit = text.charCodeAt(i);
    const digit = unit >= 0x30 && unit <= 0x39 ? unit - 0x30 : unit >= 0x61 && unit <= 0x66 ? unit - 0x57 : unit >= 0x41 && unit <= 0x46 ? unit - 0x37 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/** Where the string scanString last read ends: the unit after its closing quote. */
const scanned = { end: 0 };

/**
 * scanstring_unicode: the JSON string from unit `end`, whose opening quote is the
 * character at unit `begin`; the unit after its closing quote is left in scanned.end
 * (a pair returned for each string of a document was most of what loads() allocated
 * beside its values). Errors are the C module's, with its positions (which differ from
 * the pure-Python scanstring's); the checks that count characters count code points, as
 * it does.
 */
function scanString(source: UnitText, begin: number, end: number, strict: boolean): string {
  const text = source.text;
  const length = text.length;
  let result = '';
  for (;;) {
    let next = end;
    let terminator = 0;
    for (; next < length; next++) {
      const unit = text.charCodeAt(next);
      if (unit === QUOTE || unit === BACKSLASH) {
        terminator = unit;
        break;
      }
      if (strict && unit <= 0x1f) throw source.error('Invalid control character at', next);
    }
    if (terminator === 0) throw source.error('Unterminated string starting at', begin);
    result += text.slice(end, next);
    next++;
    if (terminator === QUOTE) {
      scanned.end = next;
      return result;
    }
    if (next === length) throw source.error('Unterminated string starting at', begin);
    const escape = text[next];
    if (escape !== 'u') {
      end = next + 1;
      // (A lone half of a pair is no escape either, and is reported where it starts.)
      const unescaped = SIMPLE_ESCAPES[escape];
      if (unescaped === undefined) throw source.error('Invalid \\escape', next - 1);
      result += unescaped;
      continue;
    }
    next++;
    if (source.advance(next, 4) >= length) throw source.error('Invalid \\uXXXX escape', next - 1);
    end = next + 4;
    let code = hexValue(text, next);
    if (code < 0) throw source.error('Invalid \\uXXXX escape', next - 1);
    // A high surrogate escape followed by a low one is one character (if one more follows them).
    if (code >= 0xd800 && code <= 0xdbff && source.advance(end, 6) < length && text.charCodeAt(end) === BACKSLASH && text[end + 1] === 'u') {
      const low = hexValue(text, end + 2);
      if (low < 0) throw source.error('Invalid \\uXXXX escape', end + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        end += 6;
      }
    }
    result += String.fromCodePoint(code);
  }
}

const SCANSTRING = { name: 'scanstring', names: ['string', 'end', 'strict'], required: 2 };
defineFunction(jsonModule, 'scanstring', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('scanstring() takes no keyword arguments');
  if (args.length < 2) throw typeError(`scanstring() takes at least 2 arguments (${args.length} given)`);
  if (args.length > 3) throw typeError(`scanstring() takes at most 3 arguments (${args.length} given)`);
  const [string, end, strict] = bindArguments(SCANSTRING, args, null);
  // Converted as PyArg_ParseTuple's "On|p" does, before the string is checked.
  const position = ssizeArgument(end!);
  const isStrict = strict === undefined || cIntArgument(strict) !== 0;
  const source = new UnitText(stringArgument(string!));
  if (position < 0 || position > source.codePointLength) throw newException(ValueError, 'end is out of bounds');
  // (Any character may stand before `end` here, an astral one too.)
  const begin = position === 0 ? -1 : source.unitOf(position - 1);
  const value = scanString(source, begin, source.unitOf(position), isStrict);
  return newTuple([value, source.codePointOf(scanned.end)]);
});

// ---------------------------------------------------------------- make_scanner

/** JSON's whitespace. */
const isWhitespace = (unit: number): boolean => unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d;
const isDigit = (unit: number): boolean => unit >= 0x30 && unit <= 0x39;

/** make_scanner(context): the scanner JSONDecoder calls as scan_once(string, idx), with the context's options. */
class Scanner extends PyObject {
  readonly strict: boolean;
  readonly objectHook: Py;
  readonly objectPairsHook: Py;
  readonly parseFloat: Py;
  readonly parseInt: Py;
  readonly parseConstant: Py;

  constructor(cls: PyType, context: Py) {
    super(cls);
    this.strict = isTrue(getAttr(context, 'strict'));
    this.objectHook = getAttr(context, 'object_hook');
    this.objectPairsHook = getAttr(context, 'object_pairs_hook');
    this.parseFloat = getAttr(context, 'parse_float');
    this.parseInt = getAttr(context, 'parse_int');
    this.parseConstant = getAttr(context, 'parse_constant');
  }
}

/** One scan: the text, and the value scanned with the unit after it. Positions are units. */
class Scan {
  next = 0;
  private readonly text: string;
  private readonly length: number;
  constructor(readonly scanner: Scanner, readonly source: UnitText) {
    this.text = source.text;
    this.length = source.text.length;
  }

  /** scan_once_unicode: the JSON value at idx; StopIteration(idx) when there is none. */
  value(idx: number): Py {
    if (idx >= this.length) throw newException(StopIteration, this.source.codePointOf(idx));
    switch (this.text.charCodeAt(idx)) {
      case QUOTE: {
        const value = scanString(this.source, idx, idx + 1, this.scanner.strict);
        this.next = scanned.end;
        return value;
      }
      case 0x7b /* { */:
        enterRecursiveCall(' while decoding a JSON object from a unicode string');
        try {
          return this.object(idx + 1);
        } finally {
          leaveRecursiveCall();
        }
      case 0x5b /* [ */:
        enterRecursiveCall(' while decoding a JSON array from a unicode string');
        try {
          return this.array(idx + 1);
        } finally {
          leaveRecursiveCall();
        }
      case 0x6e /* n */:
        if (this.text.startsWith('null', idx)) return this.constant(null, idx + 4);
        break;
      case 0x74 /* t */:
        if (this.text.startsWith('true', idx)) return this.constant(true, idx + 4);
        break;
      case 0x66 /* f */:
        if (this.text.startsWith('false', idx)) return this.constant(false, idx + 5);
        break;
      case 0x4e /* N */:
        if (this.text.startsWith('NaN', idx)) return this.namedConstant('NaN', idx);
        break;
      case 0x49 /* I */:
        if (this.text.startsWith('Infinity', idx)) return this.namedConstant('Infinity', idx);
        break;
      case 0x2d /* - */:
        if (this.text.startsWith('-Infinity', idx)) return this.namedConstant('-Infinity', idx);
        break;
    }
    return this.number(idx);
  }

  private constant(value: Py, next: number): Py {
    this.next = next;
    return value;
  }

  private namedConstant(name: string, idx: number): Py {
    const value = call(this.scanner.parseConstant, [name]);
    this.next = idx + name.length;
    return value;
  }

  private skipWhitespace(idx: number): number {
    while (idx < this.length && isWhitespace(this.text.charCodeAt(idx))) idx++;
    return idx;
  }

  /** _parse_object_unicode: after the '{'. */
  private object(idx: number): Py {
    const scanner = this.scanner;
    const text = this.text;
    // Without a pairs hook the members go straight into the dict, as the C scanner puts them.
    const pairs: PyTuple[] | null = scanner.objectPairsHook === null ? null : [];
    const dict = pairs === null ? newDict() : null;
    idx = this.skipWhitespace(idx);
    if (text.charCodeAt(idx) !== 0x7d /* } */) {
      for (;;) {
        if (text.charCodeAt(idx) !== QUOTE) throw this.source.error('Expecting property name enclosed in double quotes', idx);
        const key = scanString(this.source, idx, idx + 1, scanner.strict);
        idx = this.skipWhitespace(scanned.end);
        if (text.charCodeAt(idx) !== 0x3a /* : */) throw this.source.error("Expecting ':' delimiter", idx);
        idx = this.skipWhitespace(idx + 1);
        const value = this.value(idx);
        if (dict !== null) dict.setStr(key, value);
        else pairs!.push(newTuple([key, value]));
        idx = this.skipWhitespace(this.next);
        if (text.charCodeAt(idx) === 0x7d /* } */) break;
        if (text.charCodeAt(idx) !== 0x2c /* , */) throw this.source.error("Expecting ',' delimiter", idx);
        idx = this.skipWhitespace(idx + 1);
      }
    }
    const next = idx + 1;
    let result: Py;
    if (dict === null) result = call(scanner.objectPairsHook, [new PyList(pairs!)]);
    else result = scanner.objectHook === null ? dict : call(scanner.objectHook, [dict]);
    this.next = next;
    return result;
  }

  /** _parse_array_unicode: after the '['. */
  private array(idx: number): Py {
    const text = this.text;
    const items: Py[] = [];
    idx = this.skipWhitespace(idx);
    if (text.charCodeAt(idx) !== 0x5d /* ] */) {
      for (;;) {
        items.push(this.value(idx));
        idx = this.skipWhitespace(this.next);
        if (text.charCodeAt(idx) === 0x5d /* ] */) break;
        if (text.charCodeAt(idx) !== 0x2c /* , */) throw this.source.error("Expecting ',' delimiter", idx);
        idx = this.skipWhitespace(idx + 1);
      }
    }
    this.next = idx + 1;
    return new PyList(items);
  }

  /** _match_number_unicode: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)?, else StopIteration(start). */
  private number(start: number): Py {
    const text = this.text;
    const last = this.length - 1;
    let idx = start;
    if (text.charCodeAt(idx) === 0x2d /* - */) {
      idx++;
      if (idx > last) throw newException(StopIteration, this.source.codePointOf(start));
    }
    const first = text.charCodeAt(idx);
    if (first >= 0x31 && first <= 0x39) {
      idx++;
      while (idx <= last && isDigit(text.charCodeAt(idx))) idx++;
    } else if (first === 0x30) {
      idx++;
    } else {
      throw newException(StopIteration, this.source.codePointOf(start));
    }
    let isFloat = false;
    if (idx < last && text.charCodeAt(idx) === 0x2e /* . */ && isDigit(text.charCodeAt(idx + 1))) {
      isFloat = true;
      idx += 2;
      while (idx <= last && isDigit(text.charCodeAt(idx))) idx++;
    }
    if (idx < last && (text.charCodeAt(idx) | 0x20) === 0x65 /* e or E */) {
      const exponentStart = idx;
      idx++;
      if (idx < last && (text.charCodeAt(idx) === 0x2d || text.charCodeAt(idx) === 0x2b)) idx++;
      while (idx <= last && isDigit(text.charCodeAt(idx))) idx++;
      if (isDigit(text.charCodeAt(idx - 1))) isFloat = true;
      else idx = exponentStart;
    }
    const numeral = text.slice(start, idx);
    const scanner = this.scanner;
    let value: Py;
    if (isFloat) {
      value = scanner.parseFloat === floatType ? new PyFloat(Number(numeral)) : call(scanner.parseFloat, [numeral]);
    } else if (scanner.parseInt !== intType) {
      value = call(scanner.parseInt, [numeral]);
    } else {
      // Short numerals are safe integers ('-0' is 0); long ones go through int() and its digit limit.
      value = numeral.length <= 15 ? Number(numeral) || 0 : call(intType, [numeral]);
    }
    this.next = idx;
    return value;
  }
}

const scannerType = nativeType('Scanner', undefined, { baseType: false });
scannerType.attrs.set('__module__', '_json');
defineNew(scannerType, (cls, args, kwnames) => {
  const [context] = bindClinicArguments({ name: 'make_scanner', names: ['context'] }, args, kwnames);
  return new Scanner(cls, context!);
});
const SCAN_ONCE = { name: 'scan_once', names: ['string', 'idx'] };
defineMethods(scannerType, {
  __call__(self: Scanner, args, kwnames) {
    const [string, idxArgument] = bindClinicArguments(SCAN_ONCE, args, kwnames);
    const source = new UnitText(stringArgument(string!));
    const idx = ssizeArgument(idxArgument!);
    if (idx < 0) throw newException(ValueError, 'idx cannot be negative');
    if (idx >= source.codePointLength) throw newException(StopIteration, idx);
    const scan = new Scan(self, source);
    const value = scan.value(source.unitOf(idx));
    return newTuple([value, source.codePointOf(scan.next)]);
  },
});
defineReadonlyMembers(scannerType, {
  strict: (self: Scanner) => self.strict,
  object_hook: (self: Scanner) => self.objectHook,
  object_pairs_hook: (self: Scanner) => self.objectPairsHook,
  parse_float: (self: Scanner) => self.parseFloat,
  parse_int: (self: Scanner) => self.parseInt,
  parse_constant: (self: Scanner) => self.parseConstant,
});
jsonModule.dict.setStr('make_scanner', scannerType);

// ---------------------------------------------------------------- make_encoder

const encodeBasestringAscii = jsonModule.dict.getStr('encode_basestring_ascii');
const encodeBasestring = jsonModule.dict.getStr('encode_basestring');

/**
 * make_encoder(...): what JSONEncoder calls as _iterencode(o, 0) for a one-shot encoding
 * without indentation; it gives a list of one str. (The indent is taken and ignored, as
 * CPython's is.)
 */
class Encoder extends PyObject {
  constructor(
    cls: PyType,
    readonly markers: PyDict | null,
    readonly defaultFunction: Py,
    readonly encoder: Py,
    readonly indent: Py,
    readonly keySeparator: string,
    readonly itemSeparator: string,
    readonly sortKeys: boolean,
    readonly skipKeys: boolean,
    readonly allowNan: boolean,
  ) {
    super(cls);
  }

  encodeString(text: Py): string {
    if (this.encoder === encodeBasestringAscii) return encodeString(strValue(text)!, true);
    if (this.encoder === encodeBasestring) return encodeString(strValue(text)!, false);
    const encoded = call(this.encoder, [text]);
    if (strValue(encoded) === undefined) throw typeError(`encoder() must return a string, not ${typeName(encoded)}`);
    return strValue(encoded)!;
  }

  encodeFloat(value: number): string {
    if (Number.isFinite(value)) return floatRepr(value);
    if (!this.allowNan) throw newException(ValueError, 'Out of range float values are not JSON compliant');
    return value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN';
  }

  /** Marks a container as being encoded; ValueError when it already is (it contains itself). */
  enter(container: Py): number | undefined {
    if (this.markers === null) return undefined;
    const id = idOfValue(container);
    if (this.markers.has(id)) throw newException(ValueError, 'Circular reference detected');
    this.markers.set(id, container);
    return id;
  }

  leave(id: number | undefined): void {
    if (id !== undefined) this.markers!.delete(id);
  }
}

const RECURSION_WHERE = ' while encoding a JSON object';

/**
 * The text an encoding makes, appended to piece by piece: V8 joins an array of many short
 * strings about three times slower than it concatenates them one after another.
 */
class JsonText {
  text = '';

  push(piece: string): void {
    this.text += piece;
  }
}

/** encoder_listencode_obj: appends the JSON text of obj to `out`. */
function encodeValue(encoder: Encoder, value: Py, out: JsonText): void {
  if (value === null) out.push('null');
  else if (value === true) out.push('true');
  else if (value === false) out.push('false');
  else if (strValue(value) !== undefined) out.push(encoder.encodeString(value));
  else if (intValue(value) !== undefined) out.push(intRepr(intValue(value)!));
  else if (value instanceof PyFloat) out.push(encoder.encodeFloat(value.value));
  else if (value instanceof PyList || value instanceof PyTuple) nestedEncoding(encodeList, encoder, value, out);
  else if (value instanceof PyDict) nestedEncoding(encodeDict, encoder, value, out);
  else {
    const id = encoder.enter(value);
    const replacement = call(encoder.defaultFunction, [value]);
    nestedEncoding(encodeValue, encoder, replacement, out);
    encoder.leave(id);
  }
}

/** Encodes a value a level deeper in the recursion (a container's, or what default() made of one). */
function nestedEncoding<T extends Py>(encode: (encoder: Encoder, value: T, out: JsonText) => void, encoder: Encoder, value: T, out: JsonText): void {
  enterRecursiveCall(RECURSION_WHERE);
  try {
    encode(encoder, value, out);
  } finally {
    leaveRecursiveCall();
  }
}

function encodeList(encoder: Encoder, list: PyList | PyTuple, out: JsonText): void {
  if (list.items.length === 0) {
    out.push('[]');
    return;
  }
  const id = encoder.enter(list);
  out.push('[');
  // The length is read at each step: a default() that shortens the list ends the encoding early, as in CPython.
  for (let i = 0; i < list.items.length; i++) {
    if (i > 0) out.push(encoder.itemSeparator);
    encodeValue(encoder, list.items[i], out);
  }
  encoder.leave(id);
  out.push(']');
}

/**
 * The dict's keys and values, alternating, as PyMapping_Items gives them (a dict
 * subclass's own items()), sorted by key when asked; an exact dict's unsorted are read off
 * its entries, without the list of tuples nothing else sees.
 */
function dictItems(dict: PyDict, sortKeys: boolean): readonly Py[] {
  if (dict.cls === dictType && !sortKeys) return dict.flatItems();
  const items = new PyList(dict.cls === dictType ? dict.entries().map((pair) => newTuple(pair)) : iterableToArray(call(getAttr(dict, 'items'), [])));
  if (sortKeys) sortList(items, null, false);
  const flat: Py[] = [];
  for (const item of items.items) {
    if (!(item instanceof PyTuple) || item.items.length !== 2) throw newException(ValueError, 'items must return 2-tuples');
    flat.push(item.items[0], item.items[1]);
  }
  return flat;
}

function encodeDict(encoder: Encoder, dict: PyDict, out: JsonText): void {
  if (dict.size === 0) {
    out.push('{}');
    return;
  }
  const id = encoder.enter(dict);
  out.push('{');
  const items = dictItems(dict, encoder.sortKeys);
  let first = true;
  for (let i = 0; i < items.length; i += 2) {
    const key = items[i];
    let keyText: Py;
    if (strValue(key) !== undefined) keyText = key;
    else if (key instanceof PyFloat) keyText = encoder.encodeFloat(key.value);
    else if (key === true || key === false || key === null) keyText = key === null ? 'null' : String(key);
    else if (intValue(key) !== undefined) keyText = intRepr(intValue(key)!);
    else if (encoder.skipKeys) continue;
    else throw typeError(`keys must be str, int, float, bool or None, not ${typeName(key)}`);
    if (!first) out.push(encoder.itemSeparator);
    first = false;
    out.push(encoder.encodeString(keyText));
    out.push(encoder.keySeparator);
    encodeValue(encoder, items[i + 1], out);
  }
  encoder.leave(id);
  out.push('}');
}

const encoderType = nativeType('Encoder', undefined, { baseType: false });
encoderType.attrs.set('__module__', '_json');
const ENCODER_SIGNATURE = {
  name: 'make_encoder',
  names: ['markers', 'default', 'encoder', 'indent', 'key_separator', 'item_separator', 'sort_keys', 'skipkeys', 'allow_nan'],
};
defineNew(encoderType, (cls, args, kwnames) => {
  const [markers, defaultFunction, encoder, indent, keySeparator, itemSeparator, sortKeys, skipKeys, allowNan] = bindClinicArguments(ENCODER_SIGNATURE, args, kwnames) as Py[];
  if (markers !== null && !(markers instanceof PyDict)) throw typeError(`make_encoder() argument 1 must be dict or None, not ${typeName(markers)}`);
  const separator = (value: Py, position: number): string => {
    const text = strValue(value);
    if (text === undefined) throw typeError(`make_encoder() argument ${position} must be str, not ${typeName(value)}`);
    return text;
  };
  return new Encoder(cls, markers, defaultFunction, encoder, indent, separator(keySeparator, 5), separator(itemSeparator, 6), isTrue(sortKeys), isTrue(skipKeys), isTrue(allowNan));
});
defineMethods(encoderType, {
  __call__(self: Encoder, args, kwnames) {
    const [value, indentLevel] = bindClinicArguments({ name: '_iterencode', names: ['obj', '_current_indent_level'] }, args, kwnames);
    ssizeArgument(indentLevel!);
    const out = new JsonText();
    encodeValue(self, value!, out);
    return new PyList([out.text]);
  },
});
defineReadonlyMembers(encoderType, {
  markers: (self: Encoder) => self.markers,
  default: (self: Encoder) => self.defaultFunction,
  encoder: (self: Encoder) => self.encoder,
  indent: (self: Encoder) => self.indent,
  key_separator: (self: Encoder) => self.keySeparator,
  item_separator: (self: Encoder) => self.itemSeparator,
  sort_keys: (self: Encoder) => self.sortKeys,
  skipkeys: (self: Encoder) => self.skipKeys,
});
jsonModule.dict.setStr('make_encoder', encoderType);
