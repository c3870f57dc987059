// The text encodings built into str.encode, str(bytes, encoding) and bytes.decode:
// UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 (with and without byte order), under
// CPython's names and aliases, with the standard error handlers: strict, ignore,
// replace, backslashreplace, xmlcharrefreplace (encoding only), surrogateescape and
// surrogatepass. The failures are CPython's, down to the ranges and reasons.
import { LookupError, newException, PyBaseException, typeError, UnicodeDecodeError } from './exceptions';
import { unicodeDecodeError, unicodeEncodeError } from './codecErrors';
import { codePointAt, unitWidth } from './strCodePoints';

export type CodecName = 'utf-8' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

// The aliases of Python's encodings package for these codecs, after normalisation.
const CODEC_ALIASES: ReadonlyMap<string, CodecName> = new Map([
  ...aliases('utf-8', 'utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001'),
  ...aliases('ascii', 'ascii us_ascii 646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us'),
  ...aliases('latin-1', 'latin_1 latin1 latin l1 iso8859_1 iso_8859_1 8859 cp819 iso_8859_1_1987 iso_ir_100 csisolatin1 ibm819'),
  ...aliases('utf-16', 'utf_16 utf16 u16'),
  ...aliases('utf-16-le', 'utf_16_le utf_16le unicodelittleunmarked'),
  ...aliases('utf-16-be', 'utf_16_be utf_16be unicodebigunmarked'),
  ...aliases('utf-32', 'utf_32 utf32 u32'),
  ...aliases('utf-32-le', 'utf_32_le utf_32le'),
  ...aliases('utf-32-be', 'utf_32_be utf_32be'),
]);

function aliases(codec: CodecName, names: string): [string, CodecName][] {
  return names.split(' ').map((name) => [name, codec]);
}

/** The codec an encoding name stands for; LookupError for one this build does not have. */
export function lookupCodec(encoding: string): CodecName {
  const codec = builtinCodecNamed(encoding);
  if (codec === undefined) throw newException(LookupError, `unknown encoding: ${encoding}`);
  return codec;
}

/** Whether this build has the codec `encoding` names itself (the registry may have more). */
export function isBuiltinCodec(encoding: string): boolean {
  return builtinCodecNamed(encoding) !== undefined;
}

function builtinCodecNamed(encoding: string): CodecName | undefined {
  // As encodings.normalize_encoding: lower case, runs of other punctuation and spaces become one '_'.
  const normalized = encoding.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  return CODEC_ALIASES.get(normalized);
}

const KNOWN_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']);

/** Error handlers are looked up only when an error happens, as codecs.lookup_error is. */
function checkHandler(errors: string): void {
  if (!KNOWN_HANDLERS.has(errors)) throw newException(LookupError, `unknown error handler name '${errors}'`);
}

// ---------------------------------------------------------------- encoding

/** Writes code points as bytes: one codec's output side. */
interface Encoder {
  readonly name: string;
  /** Whether the codec encodes the code point; the others are the errors handlers see. */
  encodable(codePoint: number): boolean;
  readonly reason: string;
  write(codePoint: number, out: ByteSink): void;
  /** Writes a surrogate as the codec would if surrogates were allowed (surrogatepass); false when the codec cannot. */
  writeSurrogate(codePoint: number, out: ByteSink): boolean;
  /**
   * Whether errors handlers see each run of unencodable characters at once (UTF-8, ASCII,
   * Latin-1) or each character alone, taking bytes from a handler only in whole code
   * units (UTF-16 and UTF-32, so that surrogateescape's single bytes fail there).
   */
  readonly handlesRuns: boolean;
}

class ByteSink {
  private buffer = new Uint8Array(16);
  length = 0;

  push(byte: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = byte;
  }

  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

const isSurrogate = (codePoint: number): boolean => codePoint >= 0xd800 && codePoint <= 0xdfff;

function writeUtf8(codePoint: number, out: ByteSink): void {
  if (codePoint < 0x80) out.push(codePoint);
  else if (codePoint < 0x800) {
    out.push(0xc0 | (codePoint >> 6));
    out.push(0x80 | (codePoint & 0x3f));
  } else if (codePoint < 0x10000) {
    out.push(0xe0 | (codePoint >> 12));
    out.push(0x80 | ((codePoint >> 6) & 0x3f));
    out.push(0x80 | (codePoint & 0x3f));
  } else {
    out.push(0xf0 | (codePoint >> 18));
    out.push(0x80 | ((codePoint >> 12) & 0x3f));
    out.push(0x80 | ((codePoint >> 6) & 0x3f));
    out.push(0x80 | (codePoint & 0x3f));
  }
}

function writeUnit16(unit: number, bigEndian: boolean, out: ByteSink): void {
  if (bigEndian) {
    out.push(unit >> 8);
    out.push(unit & 0xff);
  } else {
    out.push(unit & 0xff);
    out.push(unit >> 8);
  }
}

function writeUtf16(codePoint: number, bigEndian: boolean, out: ByteSink): void {
  if (codePoint < 0x10000) {
    writeUnit16(codePoint, bigEndian, out);
  } else {
    const offset = codePoint - 0x10000;
    writeUnit16(0xd800 | (offset >> 10), bigEndian, out);
    writeUnit16(0xdc00 | (offset & 0x3ff), bigEndian, out);
  }
}

function writeUtf32(codePoint: number, bigEndian: boolean, out: ByteSink): void {
  const bytes = [codePoint >>> 24, (codePoint >> 16) & 0xff, (codePoint >> 8) & 0xff, codePoint & 0xff];
  if (!bigEndian) bytes.reverse();
  for (const byte of bytes) out.push(byte);
}

function unicodeEncoder(name: string, write: (codePoint: number, out: ByteSink) => void, handlesRuns = false): Encoder {
  return {
    name,
    handlesRuns,
    encodable: (codePoint) => !isSurrogate(codePoint),
    reason: 'surrogates not allowed',
    write,
    writeSurrogate(codePoint, out) {
      write(codePoint, out);
      return true;
    },
  };
}

function rangeEncoder(name: string, limit: number): Encoder {
  return {
    name,
    handlesRuns: true,
    encodable: (codePoint) => codePoint < limit,
    reason: `ordinal not in range(${limit})`,
    write: (codePoint, out) => out.push(codePoint),
    writeSurrogate: () => false,
  };
}

function encoderFor(codec: CodecName): { encoder: Encoder; byteOrderMark: number | null } {
  switch (codec) {
    case 'utf-8': return { encoder: unicodeEncoder('utf-8', writeUtf8, true), byteOrderMark: null };
    case 'ascii': return { encoder: rangeEncoder('ascii', 0x80), byteOrderMark: null };
    case 'latin-1': return { encoder: rangeEncoder('latin-1', 0x100), byteOrderMark: null };
    case 'utf-16': return { encoder: unicodeEncoder('utf-16', (c, out) => writeUtf16(c, false, out)), byteOrderMark: 0xfeff };
    case 'utf-16-le': return { encoder: unicodeEncoder('utf-16-le', (c, out) => writeUtf16(c, false, out)), byteOrderMark: null };
    case 'utf-16-be': return { encoder: unicodeEncoder('utf-16-be', (c, out) => writeUtf16(c, true, out)), byteOrderMark: null };
    case 'utf-32': return { encoder: unicodeEncoder('utf-32', (c, out) => writeUtf32(c, false, out)), byteOrderMark: 0xfeff };
    case 'utf-32-le': return { encoder: unicodeEncoder('utf-32-le', (c, out) => writeUtf32(c, false, out)), byteOrderMark: null };
    case 'utf-32-be': return { encoder: unicodeEncoder('utf-32-be', (c, out) => writeUtf32(c, true, out)), byteOrderMark: null };
  }
}

/** The codecs beyond these: Python's codec registry, which the _codecs module plugs in. */
export interface CodecFallback {
  encode(text: string, encoding: string, errors: string): Uint8Array;
  decode(bytes: Uint8Array, encoding: string, errors: string): string;
}

let codecFallback: CodecFallback | null = null;

export function setCodecFallback(fallback: CodecFallback): void {
  codecFallback = fallback;
}

let checkCodecArguments: ((encoding: string, errors: string) => void) | null = null;

/**
 * Development mode (-X dev): every encode and decode looks its encoding and error handler
 * up first, even with nothing to convert, as CPython's unicode_check_encoding_errors does.
 */
export function setCodecArgumentCheck(check: (encoding: string, errors: string) => void): void {
  checkCodecArguments = check;
}

/** Whether this build has the error handler named `errors` itself (the registry may have more). */
export function isBuiltinErrorHandler(errors: string): boolean {
  return KNOWN_HANDLERS.has(errors);
}

/** The built-in codec `encoding` names, or null when the registry is to be asked. */
function builtinCodec(encoding: string): CodecName | null {
  try {
    return lookupCodec(encoding);
  } catch (error) {
    if (codecFallback === null) throw error;
    return null;
  }
}

/** text.encode(encoding, errors). */
export function encodeStr(text: string, encoding: string, errors: string): Uint8Array {
  checkCodecArguments?.(encoding, errors);
  const codec = builtinCodec(encoding);
  if (codec === null) return codecFallback!.encode(text, encoding, errors);
  // Only a lone surrogate can fail UTF-8, so text without surrogates never meets the
  // error handler (surrogateescape for every path and environment variable).
  if (codec === 'utf-8' && !/[\ud800-\udfff]/.test(text)) return textEncoder.encode(text);
  const { encoder, byteOrderMark } = encoderFor(codec);
  const out = new ByteSink();
  if (byteOrderMark !== null) encoder.write(byteOrderMark, out);
  const points = codePointArray(text);
  for (let index = 0; index < points.length; ) {
    const codePoint = points[index];
    if (encoder.encodable(codePoint)) {
      encoder.write(codePoint, out);
      index++;
      continue;
    }
    let end = index + 1;
    while (encoder.handlesRuns && end < points.length && !encoder.encodable(points[end])) end++;
    handleEncodeError(encoder, text, points, index, end, errors, out);
    index = end;
  }
  return out.result();
}

const textEncoder = new TextEncoder();

/**
 * Raises what encodeStr(text, 'utf-8', 'strict') would (on a lone surrogate), without
 * encoding: for text CPython keeps as UTF-8 and pyvm does not, such as the name and
 * docstring of each class made.
 */
export function checkEncodableAsUtf8(text: string): void {
  if (/[\ud800-\udfff]/.test(text)) encodeStr(text, 'utf-8', 'strict');
}

function codePointArray(text: string): number[] {
  const points: number[] = [];
  for (let at = 0; at < text.length; ) {
    const codePoint = codePointAt(text, at);
    points.push(codePoint);
    at += unitWidth(codePoint);
  }
  return points;
}

/** Writes what `errors` puts for the unencodable points[start:end], or throws. */
function handleEncodeError(encoder: Encoder, text: string, points: number[], start: number, end: number, errors: string, out: ByteSink): void {
  const failure = (): PyBaseException => unicodeEncodeError(encoder.name, text, start, end, encoder.reason);
  if (errors === 'strict') throw failure();
  checkHandler(errors);
  const failing = points.slice(start, end);
  const writeAscii = (replacement: string): void => {
    for (let i = 0; i < replacement.length; i++) encoder.write(replacement.charCodeAt(i), out);
  };
  switch (errors) {
    case 'ignore':
      return;
    case 'replace':
      return writeAscii('?'.repeat(failing.length));
    case 'backslashreplace':
      return writeAscii(failing.map(backslashEscape).join(''));
    case 'xmlcharrefreplace':
      return writeAscii(failing.map((codePoint) => `&#${codePoint};`).join(''));
    case 'surrogateescape': {
      // The escapes leading the run become their bytes; a character after them fails from there.
      if (!encoder.handlesRuns) throw failure();
      let escaped = start;
      for (; escaped < end && points[escaped] >= 0xdc80 && points[escaped] <= 0xdcff; escaped++) out.push(points[escaped] - 0xdc00);
      if (escaped < end) throw unicodeEncodeError(encoder.name, text, escaped, end, encoder.reason);
      return;
    }
    case 'surrogatepass':
      if (!failing.every(isSurrogate)) throw failure();
      for (const codePoint of failing) if (!encoder.writeSurrogate(codePoint, out)) throw failure();
      return;
    default:
      // namereplace needs the Unicode name table, which this build does not carry at run time.
      throw failure();
  }
}

function backslashEscape(codePoint: number): string {
  if (codePoint <= 0xff) return `\\x${codePoint.toString(16).padStart(2, '0')}`;
  if (codePoint <= 0xffff) return `\\u${codePoint.toString(16).padStart(4, '0')}`;
  return `\\U${codePoint.toString(16).padStart(8, '0')}`;
}

// ---------------------------------------------------------------- decoding

/** What a decoder reports of one failure: the byte range and why. */
interface DecodeFailure {
  start: number;
  end: number;
  reason: string;
}

/** Builds the decoded text, asking the errors handler about each failure. */
class TextSink {
  private readonly pieces: string[] = [];
  private pending: number[] = [];

  constructor(
    private readonly codecName: string,
    private readonly source: Uint8Array,
    private readonly errors: string,
    /** Decodes a surrogate at a failure for surrogatepass: its code point and byte length, or undefined. */
    private readonly surrogateAt: (at: number) => { codePoint: number; length: number } | undefined,
  ) {}

  pushCodePoint(codePoint: number): void {
    if (codePoint > 0xffff) {
      const offset = codePoint - 0x10000;
      this.pending.push(0xd800 | (offset >> 10), 0xdc00 | (offset & 0x3ff));
    } else {
      this.pending.push(codePoint);
    }
    if (this.pending.length >= 4096) this.flush();
  }

  pushText(text: string): void {
    this.flush();
    this.pieces.push(text);
  }

  /** Handles a failure; returns the byte offset decoding resumes at. */
  fail({ start, end, reason }: DecodeFailure): number {
    const failure = (): PyBaseException => unicodeDecodeError(this.codecName, this.source, start, end, reason);
    if (this.errors === 'strict') throw failure();
    checkHandler(this.errors);
    const failing = Array.from(this.source.subarray(start, end));
    switch (this.errors) {
      case 'ignore':
        return end;
      case 'replace':
        this.pushCodePoint(0xfffd);
        return end;
      case 'backslashreplace':
        this.pushText(failing.map((byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join(''));
        return end;
      case 'surrogateescape': {
        // The bytes from 0x80 leading the range become surrogates; decoding resumes after them.
        let escaped = start;
        for (; escaped < end && this.source[escaped] >= 0x80; escaped++) this.pushCodePoint(0xdc00 + this.source[escaped]);
        if (escaped === start) throw failure();
        return escaped;
      }
      case 'surrogatepass': {
        const surrogate = this.surrogateAt(start);
        if (surrogate === undefined) throw failure();
        this.pushCodePoint(surrogate.codePoint);
        return start + surrogate.length;
      }
      default:
        throw typeError(`don't know how to handle ${UnicodeDecodeError.name} in error callback`);
    }
  }

  private flush(): void {
    if (this.pending.length > 0) {
      this.pieces.push(String.fromCharCode(...this.pending));
      this.pending = [];
    }
  }

  result(): string {
    this.flush();
    return this.pieces.join('');
  }
}

/**
 * bytes.decode(encoding, errors) and str(bytes, encoding, errors): as PyUnicode_Decode,
 * an empty buffer is '' without the codec being looked up (str(b'', 'no-such') is ''),
 * but in development mode.
 */
export function decodeBuffer(bytes: Uint8Array, encoding: string, errors: string): string {
  if (bytes.length > 0) return decodeBytes(bytes, encoding, errors);
  checkCodecArguments?.(encoding, errors);
  return '';
}

/** Decodes `bytes` with `encoding` (the codec must exist, even for no bytes: codecs.decode's rule). */
export function decodeBytes(bytes: Uint8Array, encoding: string, errors: string): string {
  checkCodecArguments?.(encoding, errors);
  const codec = builtinCodec(encoding);
  if (codec === null) return codecFallback!.decode(bytes, encoding, errors);
  switch (codec) {
    case 'utf-8':
      return decodeUtf8(bytes, errors);
    case 'ascii':
      return decodeSingleBytes(bytes, errors, 'ascii', 0x80);
    case 'latin-1':
      return decodeSingleBytes(bytes, errors, 'latin-1', 0x100);
    case 'utf-16':
    case 'utf-16-le':
    case 'utf-16-be':
      return decodeUtf16(bytes, errors, codec);
    default:
      return decodeUtf32(bytes, errors, codec);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeSingleBytes(bytes: Uint8Array, errors: string, name: string, limit: number): string {
  const sink = new TextSink(name, bytes, errors, () => undefined);
  for (let at = 0; at < bytes.length; ) {
    const byte = bytes[at];
    if (byte < limit) {
      sink.pushCodePoint(byte);
      at++;
    } else {
      at = sink.fail({ start: at, end: at + 1, reason: `ordinal not in range(${limit})` });
    }
  }
  return sink.result();
}

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

function decodeUtf8(bytes: Uint8Array, errors: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // Go again byte by byte, to report or handle the failures as CPython does.
  }
  const sink = new TextSink('utf-8', bytes, errors, (at) => utf8SurrogateAt(bytes, at));
  for (let at = 0; at < bytes.length; ) {
    const decoded = utf8SequenceAt(bytes, at);
    if ('codePoint' in decoded) {
      sink.pushCodePoint(decoded.codePoint);
      at += decoded.length;
    } else {
      at = sink.fail(decoded);
    }
  }
  return sink.result();
}

/** The range the second byte of a sequence must fall in, by its lead byte (no overlongs, surrogates or beyond U+10FFFF). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** The code point of the UTF-8 sequence at `at`, or the failure there. */
function utf8SequenceAt(bytes: Uint8Array, at: number): { codePoint: number; length: number } | DecodeFailure {
  const lead = bytes[at];
  if (lead < 0x80) return { codePoint: lead, length: 1 };
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0) return { start: at, end: at + 1, reason: 'invalid start byte' };
  const [low, high] = secondByteRange(lead);
  for (let i = 1; i < length; i++) {
    const byte = bytes[at + i];
    if (byte === undefined) return { start: at, end: bytes.length, reason: 'unexpected end of data' };
    const valid = i === 1 ? byte >= low && byte <= high : isContinuation(byte);
    if (!valid) return { start: at, end: at + i, reason: 'invalid continuation byte' };
  }
  let codePoint = lead & (0xff >> (length + 1));
  for (let i = 1; i < length; i++) codePoint = (codePoint << 6) | (bytes[at + i] & 0x3f);
  return { codePoint, length };
}

/** A surrogate encoded as UTF-8 at `at` (what surrogatepass decodes). */
function utf8SurrogateAt(bytes: Uint8Array, at: number): { codePoint: number; length: number } | undefined {
  if (bytes[at] !== 0xed || !isContinuation(bytes[at + 1]) || bytes[at + 1] < 0xa0 || !isContinuation(bytes[at + 2])) return undefined;
  return { codePoint: 0xd000 | ((bytes[at + 1] & 0x3f) << 6) | (bytes[at + 2] & 0x3f), length: 3 };
}

/** The byte order a UTF-16 or UTF-32 decoding uses, and where its data starts (after a byte order mark). */
function byteOrder(bytes: Uint8Array, codec: CodecName, width: 2 | 4): { bigEndian: boolean; start: number } {
  if (codec.endsWith('-le')) return { bigEndian: false, start: 0 };
  if (codec.endsWith('-be')) return { bigEndian: true, start: 0 };
  if (width === 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { bigEndian: false, start: 2 };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { bigEndian: true, start: 2 };
  } else if (bytes.length >= 4) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { bigEndian: false, start: 4 };
    if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { bigEndian: true, start: 4 };
  }
  return { bigEndian: false, start: 0 };
}

function readUnit(bytes: Uint8Array, at: number, width: 2 | 4, bigEndian: boolean): number {
  let value = 0;
  for (let i = 0; i < width; i++) value = value * 256 + bytes[bigEndian ? at + i : at + width - 1 - i];
  return value;
}

function decodeUtf16(bytes: Uint8Array, errors: string, codec: CodecName): string {
  const { bigEndian, start } = byteOrder(bytes, codec, 2);
  const name = bigEndian ? 'utf-16-be' : 'utf-16-le';
  const unitAt = (at: number): number => readUnit(bytes, at, 2, bigEndian);
  const surrogateAt = (at: number) => (at + 2 <= bytes.length && isSurrogate(unitAt(at)) ? { codePoint: unitAt(at), length: 2 } : undefined);
  const sink = new TextSink(name, bytes, errors, surrogateAt);
  for (let at = start; at < bytes.length; ) {
    if (at + 2 > bytes.length) {
      at = sink.fail({ start: at, end: bytes.length, reason: 'truncated data' });
      continue;
    }
    const unit = unitAt(at);
    if (!isSurrogate(unit)) {
      sink.pushCodePoint(unit);
      at += 2;
    } else if (unit >= 0xdc00) {
      at = sink.fail({ start: at, end: at + 2, reason: 'illegal encoding' });
    } else if (at + 4 > bytes.length) {
      at = sink.fail({ start: at, end: bytes.length, reason: 'unexpected end of data' });
    } else {
      const low = unitAt(at + 2);
      if (low >= 0xdc00 && low <= 0xdfff) {
        sink.pushCodePoint(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00));
        at += 4;
      } else {
        at = sink.fail({ start: at, end: at + 2, reason: 'illegal UTF-16 surrogate' });
      }
    }
  }
  return sink.result();
}

function decodeUtf32(bytes: Uint8Array, errors: string, codec: CodecName): string {
  const { bigEndian, start } = byteOrder(bytes, codec, 4);
  const name = bigEndian ? 'utf-32-be' : 'utf-32-le';
  const unitAt = (at: number): number => readUnit(bytes, at, 4, bigEndian);
  const surrogateAt = (at: number) => (at + 4 <= bytes.length && isSurrogate(unitAt(at)) ? { codePoint: unitAt(at), length: 4 } : undefined);
  const sink = new TextSink(name, bytes, errors, surrogateAt);
  for (let at = start; at < bytes.length; ) {
    if (at + 4 > bytes.length) {
      at = sink.fail({ start: at, end: bytes.length, reason: 'truncated data' });
      continue;
    }
    const codePoint = unitAt(at);
    if (codePoint > 0x10ffff) at = sink.fail({ start: at, end: at + 4, reason: 'code point not in range(0x110000)' });
    else if (isSurrogate(codePoint)) at = sink.fail({ start: at, end: at + 4, reason: 'code point in surrogate code point range(0xd800, 0xe000)' });
    else {
      sink.pushCodePoint(codePoint);
      at += 4;
    }
  }
  return sink.result();
}
