// The methods of bytes, and those bytearray shares with it: construction, the sequence
// protocol, comparison and hashing, `+ * %`, and the str-like methods (whose algorithms
// are in bytesMethods.ts). A shared method returns the exact type it belongs to: bytes
// for bytes and its subclasses, bytearray for bytearray and its subclasses. bytearray's
// own methods, the mutating ones, are in bytearrayType.ts.
import type { Py } from './object';
import { nativeType, type PyType } from './type';
import { typeName, typeOf } from './typeOf';
import { bytearrayType, bytesType, type PyBuffer, PyByteArray, PyBytes, bufferOf, withExport } from './bytes';
import * as bm from './bytesMethods';
import {
  bytesLikeArgument, byteValue, checkPositionalArguments, cIntArgument, clampedIndex, hasIndex, indexSized, optionalBytesLikeArgument,
  searchIndexArgument, ssizeArgument,
} from './bytesArguments';
import { bytesRepr } from './bytesRepr';
import { formatBytesPercent } from './bytesPrintfFormat';
import { percentArgs } from './percentOperands';
import { decodeBuffer, encodeStr } from './strCodecs';
import { hashBytes } from './hash';
import {
  bindClinicArguments, checkArgCount, checkWrapperArgs, defineClassMethods, defineMethods, newTargetOf, noKeywords, PyBuiltinFunction,
  type NativeMethod,
} from './native';
import { call, callUnbound, getIter, iterNext, pyLen } from './protocols';
import { PyNativeIterator } from './nativeIterator';
import { builtinNamed, defineIteratorMethods, defineIteratorPickling, ssizeState } from './iterators';
import {
  IndexError, isInstanceOfException, MemoryError, newException, OverflowError, PyBaseException, TypeError, typeError, ValueError,
} from './exceptions';
import { NotImplemented } from './singletons';
import { PySlice } from './slice';
import { listType, PyList } from './list';
import { newTuple, PyTuple, tupleType } from './tuple';
import { strValue } from './str';
import { newInstance } from './objectMethods';
import { PyStaticMethod, staticMethodType } from './descriptors';
import { concatErrors } from './operators';

export type ByteSequence = PyBytes | PyByteArray;

/** What differs between the two types in the methods they share. */
export interface Flavour {
  readonly name: 'bytes' | 'bytearray';
  readonly type: PyType;
  /** A new object of this flavour's exact type holding `bytes` (taken, not copied). */
  make(bytes: Uint8Array): ByteSequence;
  readonly indexOutOfRange: string;
  /** How a subscript's TypeError names the indices ('byte indices must be integers...'). */
  readonly indicesName: string;
  /** What the constructors say of an int outside range(256) in an iterable. */
  readonly byteRangeMessage: string;
  /** The error of a repetition too long for a C ssize_t. */
  readonly repeatedTooLong: () => PyBaseException;
}

export const BYTES: Flavour = {
  name: 'bytes',
  type: bytesType,
  make: (bytes) => new PyBytes(bytes),
  indexOutOfRange: 'index out of range',
  indicesName: 'byte indices',
  byteRangeMessage: 'bytes must be in range(0, 256)',
  repeatedTooLong: () => newException(OverflowError, 'repeated bytes are too long'),
};

export const BYTEARRAY: Flavour = {
  name: 'bytearray',
  type: bytearrayType,
  make: (bytes) => new PyByteArray(bytes),
  indexOutOfRange: 'bytearray index out of range',
  indicesName: 'bytearray indices',
  byteRangeMessage: 'byte must be in range(0, 256)',
  repeatedTooLong: () => newException(MemoryError),
};

// ---------------------------------------------------------------- construction

export const CONSTRUCTOR_PARAMETERS = ['source', 'encoding', 'errors'];

/** The encoding or errors argument of bytes() and bytearray(), a str when given. */
export function codecArgument(value: Py | undefined, constructor: string, parameter: string): string | undefined {
  if (value === undefined) return undefined;
  const text = strValue(value);
  if (text === undefined) throw typeError(`${constructor}() argument '${parameter}' must be str, not ${typeName(value)}`);
  return text;
}

/** The TypeError for an encoding or errors argument given without a str to encode. */
export function refuseCodecArguments(encoding: string | undefined, errors: string | undefined): void {
  if (encoding !== undefined) throw typeError('encoding without a string argument');
  if (errors !== undefined) throw typeError('errors without a string argument');
}

/** bytes(str, encoding[, errors]) and bytearray(str, encoding[, errors]): the encoded str. */
export function encodedSource(source: Py, encoding: string, errors: string | undefined): Uint8Array {
  return encodeStr(strValue(source)!, encoding, errors ?? 'strict');
}

/**
 * The contents bytes(x) and bytearray(x) make of an x that is no str: an int is a count
 * of zero bytes (unless its __index__ raises TypeError); anything else is converted as
 * an object (PyBytes_FromObject).
 */
export function countOrObject(source: Py, flavour: Flavour): Uint8Array {
  if (hasIndex(source)) {
    let count: number | undefined;
    try {
      count = indexSized(source, OverflowError);
    } catch (error) {
      if (!isInstanceOfException(error, TypeError)) throw error;
    }
    if (count !== undefined) {
      if (count < 0) throw newException(ValueError, 'negative count');
      return new Uint8Array(count);
    }
  }
  return bytesFromObject(source, flavour);
}

/** A buffer's bytes (copied), or the ints of an iterable. */
function bytesFromObject(source: Py, flavour: Flavour): Uint8Array {
  const buffer = bufferOf(source);
  if (buffer !== undefined) return buffer.slice();
  const toByte = (item: Py): number => byteValue(item, flavour.byteRangeMessage);
  if ((source instanceof PyList && source.cls === listType) || (source instanceof PyTuple && source.cls === tupleType)) {
    return Uint8Array.from(source.items.slice(), toByte);
  }
  let iterator: Py | undefined;
  if (strValue(source) === undefined) {
    try {
      iterator = getIter(source);
    } catch (error) {
      if (!isInstanceOfException(error, TypeError)) throw error;
    }
  }
  if (iterator === undefined) throw typeError(`cannot convert '${typeName(source)}' object to ${flavour.name}`);
  const out: number[] = [];
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) out.push(toByte(item));
  return Uint8Array.from(out);
}

/** bytes(x) through the __bytes__ of x's type, or undefined when it has none. */
function bytesFromSpecialMethod(source: Py): PyBytes | undefined {
  const method = typeOf(source).lookup('__bytes__');
  if (method === undefined) return undefined;
  const result = callUnbound(method, source, []);
  if (!(result instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(result)})`);
  return result;
}

/** bytes.__new__(cls, source, encoding, errors), in the order of CPython's checks. */
function bytesNew(cls: PyType, args: Py[], kwnames: readonly string[] | null): Py {
  const [source, encodingArgument, errorsArgument] = bindClinicArguments({ name: 'bytes', names: CONSTRUCTOR_PARAMETERS, required: 0, positionalOnly: 0 }, args, kwnames);
  const encoding = codecArgument(encodingArgument, 'bytes', 'encoding');
  const errors = codecArgument(errorsArgument, 'bytes', 'errors');
  const isText = source !== undefined && strValue(source) !== undefined;
  let contents: Uint8Array;
  if (isText && encoding !== undefined) {
    contents = encodedSource(source!, encoding, errors);
  } else if (isText && errors !== undefined) {
    throw typeError('string argument without an encoding');
  } else if (source === undefined || encoding !== undefined || errors !== undefined) {
    refuseCodecArguments(encoding, errors);
    contents = new Uint8Array(0);
  } else {
    const converted = bytesFromSpecialMethod(source);
    if (converted !== undefined && cls === bytesType) return converted;
    if (converted === undefined && isText) throw typeError('string argument without an encoding');
    contents = converted !== undefined ? converted.bytes : countOrObject(source, BYTES);
  }
  if (cls === bytesType) return new PyBytes(contents);
  return newInstance(cls, new PyBytes(contents, cls));
}

bytesType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => bytesNew(newTargetOf(bytesType, args), args.slice(1), kwnames), undefined, null));

// ---------------------------------------------------------------- argument shapes

/** The one operand of a binary special method. */
function operand(name: string, args: Py[], kwnames: readonly string[] | null): Py {
  checkWrapperArgs(name, args, kwnames, 1);
  return args[0];
}

/** The argument of the search methods: a bytes-like object, or an int standing for one byte. */
function searchNeedle(value: Py): Uint8Array {
  const buffer = bufferOf(value);
  if (buffer !== undefined) return buffer;
  if (!hasIndex(value)) throw typeError(`argument should be integer or bytes-like object, not '${typeName(value)}'`);
  const byte = clampedIndex(value);
  if (byte < 0 || byte > 255) throw newException(ValueError, 'byte must be in range(0, 256)');
  return Uint8Array.of(byte);
}

/** (sub[, start[, end]]) of find, count, index, startswith... (stringlib_parse_args_finds), start/end resolved. */
function searchArguments(flavour: Flavour, name: string, length: number, args: Py[], kwnames: readonly string[] | null): [Py, number, number] {
  noKeywords(`${flavour.name}.${name}`, kwnames);
  if (args.length < 1) throw typeError(`${name}() takes at least 1 argument (0 given)`);
  if (args.length > 3) throw typeError(`${name}() takes at most 3 arguments (${args.length} given)`);
  const [from, to] = bm.searchRange(length, searchIndexArgument(args[1]), searchIndexArgument(args[2]));
  return [args[0], from, to];
}

/** center/ljust/rjust's fill byte: a bytes or bytearray of length 1. */
function fillArgument(name: string, value: Py | undefined): number {
  if (value === undefined) return 0x20;
  if ((value instanceof PyBytes || value instanceof PyByteArray) && value.bytes.length === 1) return value.bytes[0];
  throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${value === null ? 'None' : typeName(value)}`);
}

/** split's limit: a negative maxsplit means none. */
function splitLimit(value: Py | undefined): number {
  const limit = value === undefined ? -1 : ssizeArgument(value);
  return limit < 0 ? Infinity : limit;
}

// ---------------------------------------------------------------- hex

/** hex(sep=..., bytes_per_sep=1) of bytes, bytearray and memoryview. */
export function hexMethod(bytes: Uint8Array, args: Py[], kwnames: readonly string[] | null): string {
  const [sep, perSep] = bindClinicArguments({ name: 'hex', names: ['sep', 'bytes_per_sep'], required: 0, positionalOnly: 0 }, args, kwnames);
  const groupSize = perSep === undefined ? 1 : cIntArgument(perSep);
  if (sep === undefined) return bm.toHex(bytes, '', 0);
  if (pyLen(sep) !== 1) throw newException(ValueError, 'sep must be length 1.');
  const text = strValue(sep);
  let code: number;
  if (text !== undefined) code = text.codePointAt(0)!;
  else if (sep instanceof PyBytes) code = sep.bytes[0];
  else throw typeError('sep must be str or bytes.');
  if (code > 127) throw newException(ValueError, 'sep must be ASCII.');
  return bm.toHex(bytes, String.fromCharCode(code), groupSize);
}

// ---------------------------------------------------------------- iteration

/** Iterates over the bytes of a buffer as ints, reading its current contents each step (a bytearray may change). */
export class ByteIterator extends PyNativeIterator {
  private index = 0;
  constructor(
    private owner: PyBuffer | null,
    type: PyType,
  ) {
    super(type);
  }

  next(): Py | undefined {
    const owner = this.owner;
    if (owner === null) return undefined;
    if (this.index < owner.byteLength) return owner.byteAt(this.index++);
    this.owner = null;
    return undefined;
  }

  remaining(): number {
    return this.owner === null ? 0 : Math.max(0, this.owner.byteLength - this.index);
  }

  /** __reduce__: iter(the bytes) at the position; an exhausted one as iter(()). */
  reduce(): Py {
    const iter = builtinNamed('iter');
    return this.owner === null ? newTuple([iter, newTuple([newTuple([])])]) : newTuple([iter, newTuple([this.owner]), this.index]);
  }

  /** __setstate__: continue at `state`, clamped to the bytes. */
  setState(state: Py): void {
    const index = ssizeState(state);
    if (this.owner !== null) this.index = Math.min(Math.max(index, 0), this.owner.byteLength);
  }
}

/** The type of a ByteIterator: bytes_iterator, bytearray_iterator. */
function byteIteratorType(name: string): PyType {
  const type = nativeType(name, undefined, { baseType: false });
  defineIteratorMethods(type, (self: ByteIterator) => self.remaining());
  defineIteratorPickling(type, true);
  return type;
}

// ---------------------------------------------------------------- the shared methods

/** The methods bytes and bytearray share, worded and typed for one of them. */
function sharedMethods(flavour: Flavour): Record<string, NativeMethod> {
  const { make } = flavour;
  const qualified = (name: string): string => `${flavour.name}.${name}`;
  const noArguments = (name: string, args: Py[], kwnames: readonly string[] | null): void => checkArgCount(qualified(name), args, kwnames, 0);
  const oneArgument = (name: string, args: Py[], kwnames: readonly string[] | null): Py => {
    checkArgCount(qualified(name), args, kwnames, 1);
    return args[0];
  };
  const transform = (name: string, operation: (bytes: Uint8Array) => Uint8Array): NativeMethod => (self: ByteSequence, args, kwnames) => {
    noArguments(name, args, kwnames);
    return make(operation(self.bytes));
  };
  const predicate = (name: string, test: (bytes: Uint8Array) => boolean): NativeMethod => (self: ByteSequence, args, kwnames) => {
    noArguments(name, args, kwnames);
    return test(self.bytes);
  };
  const padding = (name: string, operation: (bytes: Uint8Array, width: number, fill: number) => Uint8Array): NativeMethod => (self: ByteSequence, args, kwnames) => {
    checkPositionalArguments(flavour.name, name, args, kwnames, 1, 2);
    const width = ssizeArgument(args[0]);
    return make(operation(self.bytes, width, fillArgument(name, args[1])));
  };
  const stripping = (name: string, left: boolean, right: boolean): NativeMethod => (self: ByteSequence, args, kwnames) => {
    checkPositionalArguments(flavour.name, name, args, kwnames, 0, 1);
    return make(bm.strip(self.bytes, optionalBytesLikeArgument(args[0]), left, right));
  };
  const splitting = (name: string, operation: typeof bm.split): NativeMethod => (self: ByteSequence, args, kwnames) => {
    const [sep, maxsplit] = bindClinicArguments({ name, names: ['sep', 'maxsplit'], required: 0, positionalOnly: 0 }, args, kwnames);
    const separator = optionalBytesLikeArgument(sep);
    return new PyList(operation(self.bytes, separator, splitLimit(maxsplit)).map(make));
  };
  const partitioning = (name: string, operation: typeof bm.partition): NativeMethod => (self: ByteSequence, args, kwnames) => {
    const separator = bytesLikeArgument(oneArgument(name, args, kwnames));
    return newTuple(operation(self.bytes, separator).map(make));
  };
  const finding = (name: string, last: boolean, raises: boolean): NativeMethod => (self: ByteSequence, args, kwnames) => {
    const bytes = self.bytes;
    const [sub, from, to] = searchArguments(flavour, name, bytes.length, args, kwnames);
    const needle = searchNeedle(sub);
    const at = last ? bm.lastIndexOfBytes(bytes, needle, from, to) : bm.indexOfBytes(bytes, needle, from, to);
    if (at < 0 && raises) throw newException(ValueError, 'subsection not found');
    return at;
  };
  const tailMatching = (name: string, atEnd: boolean): NativeMethod => (self: ByteSequence, args, kwnames) => {
    const bytes = self.bytes;
    const [candidates, from, to] = searchArguments(flavour, name, bytes.length, args, kwnames);
    if (candidates instanceof PyTuple) {
      return candidates.items.some((candidate) => bm.tailMatches(bytes, bytesLikeArgument(candidate), from, to, atEnd));
    }
    const candidate = bufferOf(candidates);
    if (candidate === undefined) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(candidates)}`);
    return bm.tailMatches(bytes, candidate, from, to, atEnd);
  };

  return {
    __len__: (self: ByteSequence) => self.bytes.length,
    __getitem__(self: ByteSequence, args, kwnames) {
      return subscript(self, operand('__getitem__', args, kwnames), flavour);
    },
    __contains__(self: ByteSequence, args, kwnames) {
      return contains(self.bytes, operand('__contains__', args, kwnames));
    },
    __add__(self: ByteSequence, args, kwnames) {
      const other = bufferOf(operand('__add__', args, kwnames));
      if (other === undefined) return NotImplemented;
      return make(bm.concatBytes([self.bytes, other]));
    },
    __mul__: (self: ByteSequence, args, kwnames) => repeated(self, operand('__mul__', args, kwnames), flavour),
    __rmul__: (self: ByteSequence, args, kwnames) => repeated(self, operand('__rmul__', args, kwnames), flavour),
    __mod__(self: ByteSequence, args, kwnames) {
      return make(formatBytesPercent(self.bytes, percentArgs(operand('__mod__', args, kwnames))));
    },
    // bytes is never the right operand of %: a str or bytes template on the left formats it.
    __rmod__: () => NotImplemented,

    capitalize: transform('capitalize', bm.capitalize),
    lower: transform('lower', bm.lower),
    upper: transform('upper', bm.upper),
    swapcase: transform('swapcase', bm.swapcase),
    title: transform('title', bm.title),
    isalnum: predicate('isalnum', bm.isAlnum),
    isalpha: predicate('isalpha', bm.isAlpha),
    isascii: predicate('isascii', bm.isAscii),
    isdigit: predicate('isdigit', bm.isDigit),
    islower: predicate('islower', bm.isLower),
    isspace: predicate('isspace', bm.isSpace),
    istitle: predicate('istitle', bm.isTitle),
    isupper: predicate('isupper', bm.isUpper),

    center: padding('center', bm.center),
    ljust: padding('ljust', bm.ljust),
    rjust: padding('rjust', bm.rjust),
    zfill(self: ByteSequence, args, kwnames) {
      return make(bm.zfill(self.bytes, ssizeArgument(oneArgument('zfill', args, kwnames))));
    },
    expandtabs(self: ByteSequence, args, kwnames) {
      const [tabsize] = bindClinicArguments({ name: 'expandtabs', names: ['tabsize'], required: 0, positionalOnly: 0 }, args, kwnames);
      return make(bm.expandtabs(self.bytes, tabsize === undefined ? 8 : cIntArgument(tabsize)));
    },

    strip: stripping('strip', true, true),
    lstrip: stripping('lstrip', true, false),
    rstrip: stripping('rstrip', false, true),
    removeprefix(self: ByteSequence, args, kwnames) {
      const prefix = bytesLikeArgument(oneArgument('removeprefix', args, kwnames));
      const bytes = self.bytes;
      return make(bm.tailMatches(bytes, prefix, 0, bytes.length, false) ? bytes.slice(prefix.length) : bytes.slice());
    },
    removesuffix(self: ByteSequence, args, kwnames) {
      const suffix = bytesLikeArgument(oneArgument('removesuffix', args, kwnames));
      const bytes = self.bytes;
      const matches = suffix.length > 0 && bm.tailMatches(bytes, suffix, 0, bytes.length, true);
      return make(matches ? bytes.slice(0, bytes.length - suffix.length) : bytes.slice());
    },

    split: splitting('split', bm.split),
    rsplit: splitting('rsplit', bm.rsplit),
    splitlines(self: ByteSequence, args, kwnames) {
      const [keepends] = bindClinicArguments({ name: 'splitlines', names: ['keepends'], required: 0, positionalOnly: 0 }, args, kwnames);
      return new PyList(bm.splitlines(self.bytes, keepends !== undefined && cIntArgument(keepends) !== 0).map(make));
    },
    partition: partitioning('partition', bm.partition),
    rpartition: partitioning('rpartition', bm.rpartition),
    join(self: ByteSequence, args, kwnames) {
      const iterable = oneArgument('join', args, kwnames);
      let iterator: Py;
      try {
        iterator = getIter(iterable);
      } catch (error) {
        if (isInstanceOfException(error, TypeError)) throw typeError('can only join an iterable');
        throw error;
      }
      const joinParts = (): Py => {
        const parts: Uint8Array[] = [];
        for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
          const part = bufferOf(item);
          if (part === undefined) throw typeError(`sequence item ${parts.length}: expected a bytes-like object, ${typeName(item)} found`);
          parts.push(part);
        }
        return make(bm.concatBytes(parts, self.bytes));
      };
      // The separator's buffer is held throughout: an iterator resizing it is refused.
      return self instanceof PyByteArray ? withExport(self, joinParts) : joinParts();
    },

    find: finding('find', false, false),
    rfind: finding('rfind', true, false),
    index: finding('index', false, true),
    rindex: finding('rindex', true, true),
    count(self: ByteSequence, args, kwnames) {
      const bytes = self.bytes;
      const [sub, from, to] = searchArguments(flavour, 'count', bytes.length, args, kwnames);
      return bm.countBytes(bytes, searchNeedle(sub), from, to);
    },
    startswith: tailMatching('startswith', false),
    endswith: tailMatching('endswith', true),

    replace(self: ByteSequence, args, kwnames) {
      checkPositionalArguments(flavour.name, 'replace', args, kwnames, 2, 3);
      const old = bytesLikeArgument(args[0]);
      const replacement = bytesLikeArgument(args[1]);
      return make(bm.replace(self.bytes, old, replacement, args[2] === undefined ? -1 : ssizeArgument(args[2])));
    },
    translate(self: ByteSequence, args, kwnames) {
      if (args.length - (kwnames?.length ?? 0) < 1) throw typeError('translate() takes at least 1 positional argument (0 given)');
      const [table, deletions] = bindClinicArguments({ name: 'translate', names: ['table', 'delete'], required: 1, positionalOnly: 1 }, args, kwnames);
      const translation = bm.translationTable(optionalBytesLikeArgument(table));
      return make(bm.translate(self.bytes, translation, deletions === undefined ? new Uint8Array(0) : bytesLikeArgument(deletions)));
    },

    decode(self: ByteSequence, args, kwnames) {
      const [encoding, errors] = bindClinicArguments({ name: 'decode', names: ['encoding', 'errors'], required: 0, positionalOnly: 0 }, args, kwnames);
      return decodeBuffer(self.bytes, codecArgument(encoding, 'decode', 'encoding') ?? 'utf-8', codecArgument(errors, 'decode', 'errors') ?? 'strict');
    },
    hex: (self: ByteSequence, args, kwnames) => hexMethod(self.bytes, args, kwnames),
  };
}

/** bytes[key] and bytearray[key]: an int for an index, a new object for a slice. */
function subscript(self: ByteSequence, key: Py, flavour: Flavour): Py {
  const bytes = self.bytes;
  if (hasIndex(key)) {
    let index = indexSized(key);
    if (index < 0) index += bytes.length;
    if (index < 0 || index >= bytes.length) throw newException(IndexError, flavour.indexOutOfRange);
    return bytes[index];
  }
  if (key instanceof PySlice) {
    const [start, , step, count] = key.indices(bytes.length);
    // An exact bytes sliced whole is itself, as in CPython.
    if (step === 1 && start === 0 && count === bytes.length && self.cls === bytesType) return self;
    if (step === 1) return flavour.make(bytes.slice(start, start + count));
    const selected = new Uint8Array(count);
    for (let i = 0; i < count; i++) selected[i] = bytes[start + i * step];
    return flavour.make(selected);
  }
  throw typeError(`${flavour.indicesName} must be integers or slices, not ${typeName(key)}`);
}

/** `item in bytes`: an int is looked for as a byte; any failure to read it as one falls back to the buffer protocol. */
function contains(bytes: Uint8Array, item: Py): boolean {
  if (hasIndex(item)) {
    let byte: number | undefined;
    try {
      byte = clampedIndex(item);
    } catch (error) {
      if (!(error instanceof PyBaseException)) throw error;
    }
    if (byte !== undefined) {
      if (byte < 0 || byte > 255) throw newException(ValueError, 'byte must be in range(0, 256)');
      return bytes.includes(byte);
    }
  }
  return bm.indexOfBytes(bytes, bytesLikeArgument(item)) >= 0;
}

const SSIZE_LIMIT = 2 ** 63;
/** The longest bytes object made here; CPython's allocation would fail long before SSIZE_LIMIT too. */
const MAX_LENGTH = 2 ** 31;

/**
 * The bytes of self * n; undefined for an n without __index__, where the special
 * methods give NotImplemented (and operators.ts words the TypeError).
 */
export function repeat(self: ByteSequence, times: Py, flavour: Flavour): Uint8Array | undefined {
  if (!hasIndex(times)) return undefined;
  const count = indexSized(times, OverflowError);
  const total = self.bytes.length * Math.max(count, 0);
  if (total >= SSIZE_LIMIT) throw flavour.repeatedTooLong();
  if (total > MAX_LENGTH) throw newException(MemoryError);
  return bm.repeatBytes(self.bytes, count);
}

function repeated(self: ByteSequence, times: Py, flavour: Flavour): Py {
  // An exact bytes repeated once is itself, as in CPython.
  if (times === 1 && self.cls === bytesType) return self;
  const bytes = repeat(self, times, flavour);
  return bytes === undefined ? NotImplemented : flavour.make(bytes);
}

// ---------------------------------------------------------------- comparison, hashing, repr

/**
 * The rich comparisons over `operandBytes`, which gives the bytes of the other operand
 * or undefined for NotImplemented: bytes compares only with bytes, bytearray with any
 * buffer but a str.
 */
function comparisons(operandBytes: (other: Py) => Uint8Array | undefined): Record<string, NativeMethod> {
  const comparison = (name: string, test: (a: Uint8Array, b: Uint8Array) => boolean): NativeMethod => (self: ByteSequence, args, kwnames) => {
    const other = operandBytes(operand(name, args, kwnames));
    return other === undefined ? NotImplemented : test(self.bytes, other);
  };
  return {
    __eq__: comparison('__eq__', bm.bytesEqual),
    __ne__: comparison('__ne__', (a, b) => !bm.bytesEqual(a, b)),
    __lt__: comparison('__lt__', (a, b) => bm.compareBytes(a, b) < 0),
    __le__: comparison('__le__', (a, b) => bm.compareBytes(a, b) <= 0),
    __gt__: comparison('__gt__', (a, b) => bm.compareBytes(a, b) > 0),
    __ge__: comparison('__ge__', (a, b) => bm.compareBytes(a, b) >= 0),
  };
}

function defineFlavour(flavour: Flavour, iteratorType: PyType, repr: (self: ByteSequence) => string, operandBytes: (other: Py) => Uint8Array | undefined): void {
  const type = flavour.type;
  defineMethods(type, {
    ...sharedMethods(flavour),
    ...comparisons(operandBytes),
    __iter__: (self: ByteSequence) => new ByteIterator(self, iteratorType),
    __repr__: repr,
    __str__: repr,
  });
  defineClassMethods(type, {
    fromhex(cls: PyType, args, kwnames) {
      checkArgCount(`${flavour.name}.fromhex`, args, kwnames, 1);
      const text = strValue(args[0]);
      if (text === undefined) throw typeError(`fromhex() argument must be str, not ${typeName(args[0])}`);
      const result = flavour.make(bm.fromHex(text));
      return cls === type ? result : call(cls, [result]);
    },
  });
  const maketrans = new PyBuiltinFunction('maketrans', (args, kwnames) => {
    checkPositionalArguments(flavour.name, 'maketrans', args, kwnames, 2);
    return new PyBytes(bm.maketrans(bytesLikeArgument(args[0]), bytesLikeArgument(args[1])));
  }, type, null);
  type.setAttr('maketrans', new PyStaticMethod(staticMethodType, maketrans));
}

defineFlavour(BYTES, byteIteratorType('bytes_iterator'), (self) => bytesRepr(self.bytes), (other) => (other instanceof PyBytes ? other.bytes : undefined));
defineFlavour(
  BYTEARRAY,
  byteIteratorType('bytearray_iterator'),
  (self) => `${typeName(self)}(${bytesRepr(self.bytes, true)})`,
  (other) => (strValue(other) === undefined ? bufferOf(other) : undefined),
);

defineMethods(bytesType, {
  __hash__: (self: PyBytes) => hashBytes(self.bytes),
  __bytes__: (self: PyBytes, args, kwnames) => {
    checkArgCount('bytes.__bytes__', args, kwnames, 0);
    return self.cls === bytesType ? self : new PyBytes(self.bytes);
  },
  __getnewargs__: (self: PyBytes, args, kwnames) => {
    checkArgCount('bytes.__getnewargs__', args, kwnames, 0);
    return newTuple([new PyBytes(self.bytes)]);
  },
  __sizeof__: (self: PyBytes, args, kwnames) => {
    checkArgCount('bytes.__sizeof__', args, kwnames, 0);
    // CPython's PyBytesObject: a 32-byte header and the bytes with a trailing NUL; a
    // subclass's instances add a pointer for the __dict__ and one for each slot.
    const cls = self.cls;
    const pointers = (cls.hasInstanceDict && cls.isHeapType ? 1 : 0) + cls.slotNames.length;
    return 33 + self.bytes.length + 8 * pointers;
  },
});
bytearrayType.setAttr('__hash__', null);

concatErrors.set('bytes', (other) => `can't concat ${typeName(other)} to bytes`);
concatErrors.set('bytearray', (other) => `can't concat ${typeName(other)} to bytearray`);
