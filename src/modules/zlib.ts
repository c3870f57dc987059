// The zlib module. Compression is node:zlib's (the zlib library Node carries, whose
// output can differ in bytes from the zlib CPython links, while decompressing the
// same); decompression is zlibInflate.ts's, whose incremental decoding gives
// decompressobj its exact unconsumed_tail, unused_data and eof.
import { constants, deflateRawSync, deflateSync, gzipSync, type ZlibOptions } from 'node:zlib';
import { PyObject, type Py } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType } from '../objects/type';
import { PyBytes } from '../objects/bytes';
import { bindClinicArguments, checkArgCount, defineGetSets, defineMethods } from '../objects/native';
import { newException, typeError, ValueError } from '../objects/exceptions';
import { pyIndex } from '../objects/protocols';
import { bytesLikeArgument } from '../objects/bytesArguments';
import { defineNew } from '../objects/builtinNew';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';
import { newExceptionClass } from './moduleErrors';
import { crc32, unsignedIntBitwise } from './binascii';
import { adler32, InflateError, Inflater, type Wrapper } from './zlibInflate';

const zlibModule = newModule(
  'zlib',
  'The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.\n\n' +
    'adler32(string[, start]) -- Compute an Adler-32 checksum.\ncompress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n' +
    'compressobj([level[, ...]]) -- Return a compressor object.\ncrc32(string[, start]) -- Compute a CRC-32 checksum.\n' +
    'decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\ndecompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n' +
    "'wbits' is window buffer size and container format.\nCompressor objects support compress() and flush() methods; decompressor\n" +
    'objects support decompress() and flush().',
);
registerBuiltinModule('zlib', () => zlibModule);
const zlibError = newExceptionClass('zlib.error');
zlibModule.dict.setStr('error', zlibError);

const Z_NO_FLUSH = 0;
const Z_FULL_FLUSH = 3;
const Z_FINISH = 4;
const DEF_BUF_SIZE = 16384;
const CONSTANTS: [string, Py][] = [
  ['MAX_WBITS', 15], ['DEFLATED', 8], ['DEF_MEM_LEVEL', 8], ['DEF_BUF_SIZE', DEF_BUF_SIZE], ['Z_NO_COMPRESSION', 0], ['Z_BEST_SPEED', 1],
  ['Z_BEST_COMPRESSION', 9], ['Z_DEFAULT_COMPRESSION', -1], ['Z_FILTERED', 1], ['Z_HUFFMAN_ONLY', 2], ['Z_RLE', 3], ['Z_FIXED', 4],
  ['Z_DEFAULT_STRATEGY', 0], ['Z_NO_FLUSH', Z_NO_FLUSH], ['Z_PARTIAL_FLUSH', 1], ['Z_SYNC_FLUSH', 2], ['Z_FULL_FLUSH', Z_FULL_FLUSH], ['Z_FINISH', Z_FINISH],
  ['Z_BLOCK', 5], ['Z_TREES', 6], ['ZLIB_VERSION', process.versions.zlib], ['ZLIB_RUNTIME_VERSION', process.versions.zlib],
];
for (const [name, value] of CONSTANTS) zlibModule.dict.setStr(name, value);

const define = (name: string, fn: (args: Py[], kwnames: readonly string[] | null) => Py): void => {
  defineFunction(zlibModule, name, fn);
};

function zlibFailure(message: string): never {
  throw newException(zlibError, message);
}

const intArgument = (value: Py | undefined, fallback: number): number => (value === undefined ? fallback : Number(pyIndex(value)));

// ---------------------------------------------------------------- checksums

define('crc32', (args, kwnames) => {
  checkArgCount('crc32', args, kwnames, 1, 2);
  return crc32(bytesLikeArgument(args[0]), args.length > 1 ? unsignedIntBitwise(args[1]) : 0);
});

define('adler32', (args, kwnames) => {
  checkArgCount('adler32', args, kwnames, 1, 2);
  return adler32(bytesLikeArgument(args[0]), args.length > 1 ? unsignedIntBitwise(args[1]) : 1);
});

// ---------------------------------------------------------------- compressing

/** The deflate settings a wbits value stands for: the wrapper and node's windowBits; undefined when zlib refuses it. */
function compressionWindow(wbits: number): { wrapper: Wrapper; windowBits: number } | undefined {
  // zlib takes a window of 8 as 9, except for raw deflate.
  if (wbits >= 8 && wbits <= 15) return { wrapper: 'zlib', windowBits: Math.max(wbits, 9) };
  if (wbits >= -15 && wbits <= -9) return { wrapper: 'raw', windowBits: -wbits };
  if (wbits >= 24 && wbits <= 31) return { wrapper: 'gzip', windowBits: Math.max(wbits - 16, 9) };
  return undefined;
}

define('compress', (args, kwnames) => {
  const [data, levelValue, wbitsValue] = bindClinicArguments({ name: 'compress', names: ['data', 'level', 'wbits'], required: 1, positionalOnly: 1 }, args, kwnames);
  const bytes = bytesLikeArgument(data!);
  const level = intArgument(levelValue, -1);
  const window = compressionWindow(intArgument(wbitsValue, 15));
  if (level < -1 || level > 9 || window === undefined) zlibFailure('Bad compression level');
  const options: ZlibOptions = { level, windowBits: window.windowBits };
  const compress = window.wrapper === 'zlib' ? deflateSync : window.wrapper === 'raw' ? deflateRawSync : gzipSync;
  return new PyBytes(new Uint8Array(compress(bytes, options)));
});

const compressType = nativeType('Compress', undefined, { baseType: false });
compressType.attrs.set('__module__', 'zlib');
defineNew(compressType, () => {
  throw typeError("cannot create 'zlib.Compress' instances");
});

const WINDOW = 32768;

/**
 * A compressor object. node:zlib compresses only whole buffers synchronously, so the
 * input is kept until a flush: Z_FINISH compresses what is left and ends the stream
 * (one compress() and a flush give exactly zlib.compress's bytes); the other flush modes
 * end a raw deflate segment with a sync flush, the next one compressed with the last
 * 32 KiB of input as its dictionary (none after Z_FULL_FLUSH), so that matches still
 * reach back across the flush as they would in one zlib stream. The wrapper's header
 * and trailer (adler32 or crc32 and size) go around the segments.
 */
class PyCompress extends PyObject {
  private pending: Uint8Array[] = [];
  /** The last 32 KiB of input compressed, the next segment's dictionary; null after a full flush. */
  private history: Uint8Array | null;
  private started = false;
  finished = false;
  private check: number;
  private size = 0;

  constructor(
    private readonly wrapper: Wrapper,
    private readonly options: ZlibOptions,
    private readonly dictionary: Uint8Array | null,
  ) {
    super(compressType);
    this.history = dictionary;
    this.check = wrapper === 'gzip' ? 0 : 1;
  }

  add(data: Uint8Array): void {
    this.pending.push(data.slice());
  }

  copy(): PyCompress {
    const copy = new PyCompress(this.wrapper, this.options, this.dictionary);
    Object.assign(copy, this, { pending: [...this.pending] });
    return copy;
  }

  flush(mode: number): Uint8Array {
    const input = Buffer.concat(this.pending);
    this.pending = [];
    const finishing = mode === Z_FINISH;
    if (finishing && !this.started) {
      // The whole stream at once: exactly what zlib.compress makes.
      this.finished = true;
      const options = this.dictionary === null ? this.options : { ...this.options, dictionary: Buffer.from(this.dictionary) };
      const compress = this.wrapper === 'zlib' ? deflateSync : this.wrapper === 'raw' ? deflateRawSync : gzipSync;
      return new Uint8Array(compress(input, options));
    }
    const parts: Uint8Array[] = [];
    if (!this.started) parts.push(this.header());
    this.started = true;
    const options: ZlibOptions = { ...this.options, finishFlush: finishing ? constants.Z_FINISH : constants.Z_SYNC_FLUSH };
    if (this.history !== null && this.history.length > 0) options.dictionary = Buffer.from(this.history);
    parts.push(new Uint8Array(deflateRawSync(input, options)));
    this.check = this.wrapper === 'gzip' ? crc32(input, this.check) : adler32(input, this.check);
    this.size = (this.size + input.length) % 2 ** 32;
    this.history = mode === Z_FULL_FLUSH ? null : concatenated(this.history ?? new Uint8Array(0), input).slice(-WINDOW);
    if (finishing) {
      parts.push(this.trailer());
      this.finished = true;
    }
    return concatenated(...parts);
  }

  /** The zlib or gzip header (with the dictionary's id), as node:zlib writes it for these options. */
  private header(): Uint8Array {
    if (this.wrapper === 'raw') return new Uint8Array(0);
    if (this.wrapper === 'gzip') return new Uint8Array(gzipSync(Buffer.alloc(0), this.options).subarray(0, 10));
    const options = this.dictionary === null ? this.options : { ...this.options, dictionary: Buffer.from(this.dictionary) };
    return new Uint8Array(deflateSync(Buffer.alloc(0), options).subarray(0, this.dictionary === null ? 2 : 6));
  }

  private trailer(): Uint8Array {
    const trailer = new DataView(new ArrayBuffer(this.wrapper === 'gzip' ? 8 : this.wrapper === 'zlib' ? 4 : 0));
    if (this.wrapper === 'zlib') trailer.setUint32(0, this.check);
    if (this.wrapper === 'gzip') {
      trailer.setUint32(0, this.check, true);
      trailer.setUint32(4, this.size, true);
    }
    return new Uint8Array(trailer.buffer);
  }
}

define('compressobj', (args, kwnames) => {
  const [levelValue, methodValue, wbitsValue, memLevelValue, strategyValue, zdict] = bindClinicArguments(
    { name: 'compressobj', names: ['level', 'method', 'wbits', 'memLevel', 'strategy', 'zdict'], required: 0, positionalOnly: 0 },
    args,
    kwnames,
  );
  const level = intArgument(levelValue, -1);
  const method = intArgument(methodValue, 8);
  const window = compressionWindow(intArgument(wbitsValue, 15));
  const memLevel = intArgument(memLevelValue, 8);
  const strategy = intArgument(strategyValue, 0);
  const invalid = level < -1 || level > 9 || method !== 8 || window === undefined || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4;
  if (invalid) throw newException(ValueError, 'Invalid initialization option');
  const dictionary = zdict === undefined || zdict === null ? null : bytesLikeArgument(zdict).slice();
  return new PyCompress(window.wrapper, { level, windowBits: window.windowBits, memLevel, strategy }, dictionary);
});

defineMethods(compressType, {
  compress(self: PyCompress, args, kwnames) {
    checkArgCount('compress', args, kwnames, 1);
    if (self.finished) zlibFailure('Error -2 while compressing data: inconsistent stream state');
    self.add(bytesLikeArgument(args[0]));
    return new PyBytes(new Uint8Array(0));
  },
  flush(self: PyCompress, args, kwnames) {
    checkArgCount('flush', args, kwnames, 0, 1);
    const mode = args.length === 0 ? Z_FINISH : Number(pyIndex(args[0]));
    if (mode === Z_NO_FLUSH) return new PyBytes(new Uint8Array(0));
    if (self.finished) zlibFailure('Error -2 while flushing: inconsistent stream state');
    return new PyBytes(self.flush(mode));
  },
  copy(self: PyCompress, args, kwnames) {
    checkArgCount('copy', args, kwnames, 0);
    if (self.finished) throw newException(ValueError, 'Inconsistent stream state');
    return self.copy();
  },
});

// ---------------------------------------------------------------- decompressing

/** The stream a wbits value describes for decompression; undefined when zlib refuses it. */
function decompressionWindow(wbits: number): { wrapper: Wrapper; windowSize: number } | undefined {
  const size = (bits: number): number => (bits === 0 ? 1 << 15 : 1 << bits);
  if (wbits === 0 || (wbits >= 8 && wbits <= 15)) return { wrapper: 'zlib', windowSize: size(wbits) };
  if (wbits >= -15 && wbits <= -8) return { wrapper: 'raw', windowSize: size(-wbits) };
  if (wbits === 16 || (wbits >= 24 && wbits <= 31)) return { wrapper: 'gzip', windowSize: size(wbits - 16) };
  if (wbits === 32 || (wbits >= 40 && wbits <= 47)) return { wrapper: 'auto', windowSize: size(wbits - 32) };
  return undefined;
}

/** Runs the inflater, turning a corrupt stream into zlib.error as CPython words it. */
function inflating<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof InflateError)) throw error;
    if (error.message === 'need dictionary') zlibFailure('Error 2 while decompressing data');
    zlibFailure(`Error -3 while decompressing data: ${error.message}`);
  }
}

define('decompress', (args, kwnames) => {
  const [data, wbitsValue, bufsize] = bindClinicArguments({ name: 'decompress', names: ['data', 'wbits', 'bufsize'], required: 1, positionalOnly: 1 }, args, kwnames);
  const bytes = bytesLikeArgument(data!);
  const window = decompressionWindow(intArgument(wbitsValue, 15));
  if (intArgument(bufsize, DEF_BUF_SIZE) < 0) throw newException(ValueError, 'bufsize must be non-negative');
  if (window === undefined) zlibFailure('Error -2 while preparing to decompress data: inconsistent stream state');
  const inflater = new Inflater(window.wrapper, window.windowSize, null);
  inflater.feed(bytes);
  const output = inflating(() => inflater.inflate());
  if (!inflater.finished) zlibFailure('Error -5 while decompressing data: incomplete or truncated stream');
  return new PyBytes(output);
});

const decompressType = nativeType('Decompress', undefined, { baseType: false });
decompressType.attrs.set('__module__', 'zlib');
defineNew(decompressType, () => {
  throw typeError("cannot create 'zlib.Decompress' instances");
});

class PyDecompress extends PyObject {
  unusedData: Uint8Array = new Uint8Array(0);
  unconsumedTail: Uint8Array = new Uint8Array(0);

  constructor(readonly inflater: Inflater) {
    super(decompressType);
  }

  /** Feeds `data` and decodes up to `limit` bytes; what is left over becomes unconsumed_tail or unused_data. */
  run(data: Uint8Array, limit: number): PyBytes {
    const inflater = this.inflater;
    if (inflater.finished) {
      this.unusedData = concatenated(this.unusedData, data);
      return new PyBytes(new Uint8Array(0));
    }
    inflater.feed(data);
    const output = inflating(() => inflater.inflate(limit));
    const rest = inflater.unconsumedInput.slice();
    if (inflater.finished) {
      this.unusedData = concatenated(this.unusedData, rest);
      this.unconsumedTail = new Uint8Array(0);
      inflater.drop();
    } else if (limit > 0 && output.length >= limit) {
      // Output stopped at the limit: the input it did not reach goes back to the caller.
      this.unconsumedTail = rest;
      inflater.drop();
    } else {
      this.unconsumedTail = new Uint8Array(0);
    }
    return new PyBytes(output);
  }
}

function concatenated(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

define('decompressobj', (args, kwnames) => {
  const [wbitsValue, zdict] = bindClinicArguments({ name: 'decompressobj', names: ['wbits', 'zdict'], required: 0, positionalOnly: 0 }, args, kwnames);
  const window = decompressionWindow(intArgument(wbitsValue, 15));
  if (window === undefined) throw newException(ValueError, 'Invalid initialization option');
  const dictionary = zdict === undefined ? null : bytesLikeArgument(zdict).slice();
  return new PyDecompress(new Inflater(window.wrapper, window.windowSize, dictionary));
});

defineMethods(decompressType, {
  decompress(self: PyDecompress, args, kwnames) {
    const [data, maxLength] = bindClinicArguments({ name: 'decompress', names: ['data', 'max_length'], required: 1, positionalOnly: 1 }, args, kwnames);
    const limit = intArgument(maxLength, 0);
    if (limit < 0) throw newException(ValueError, 'max_length must be non-negative');
    return self.run(bytesLikeArgument(data!), limit);
  },
  flush(self: PyDecompress, args, kwnames) {
    checkArgCount('flush', args, kwnames, 0, 1);
    if (args.length > 0 && Number(pyIndex(args[0])) <= 0) throw newException(ValueError, 'length must be greater than zero');
    const tail = self.unconsumedTail;
    self.unconsumedTail = new Uint8Array(0);
    return self.run(tail, 0);
  },
  copy(self: PyDecompress, args, kwnames) {
    checkArgCount('copy', args, kwnames, 0);
    const copy = new PyDecompress(self.inflater.copy());
    copy.unusedData = self.unusedData;
    copy.unconsumedTail = self.unconsumedTail;
    return copy;
  },
});

defineGetSets(decompressType, {
  unused_data: { get: (self: PyDecompress) => new PyBytes(self.unusedData) },
  unconsumed_tail: { get: (self: PyDecompress) => new PyBytes(self.unconsumedTail) },
  eof: { get: (self: PyDecompress) => self.inflater.finished },
});
