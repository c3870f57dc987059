// _io.TextIOWrapper (CPython's Modules/_io/textio.c): text over a buffered binary
// stream. Reading decodes chunks of the buffer's read1() (universal newlines through a
// NewlineTranslator); writing encodes into pending bytes handed to buffer.write() a
// chunk at a time (at once with line buffering or write_through).
//
// tell() returns CPython's cookie, found by CPython's own search over the same decoder
// states, so for the built-in codecs the numbers are CPython's: the byte position when
// the decoder holds nothing there (the usual case), else a start point's position plus,
// in higher bits, the decoder's flags there and the bytes to feed and characters to skip
// from it (a character split between chunks, a pending \r, a UTF-16 byte order).
//
// Decoded text is held as a JS string; counts Python sees (read(n), readline(limit),
// the characters in a cookie) are in code points.
import type { Py } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { typeName } from '../../objects/typeOf';
import { bindArguments, checkArgCount, defineGetSets, defineMethods } from '../../objects/native';
import {
  AttributeError, isInstanceOfException, newException, OSError, OverflowError, typeError, ValueError,
} from '../../objects/exceptions';
import { getAttr, getAttrOrUndefined, indexAsNumber, isTrue, pyIndex, pyRepr, richCompare, CompareOp } from '../../objects/protocols';
import { PyBytes, PyByteArray } from '../../objects/bytes';
import { PyMemoryView } from '../../objects/memoryview';
import { PyFloat } from '../../objects/float';
import { intValue } from '../../objects/int';
import { pyInt } from '../../ast/constant';
import { strValue } from '../../objects/str';
import { codePointLength, hasSurrogatePair, unitOffsetOf } from '../../objects/strCodePoints';
import {
  callMethod, chainContext, checkClosed as checkClosedAttribute, closedFileError, ioType, PyIOBase, reprOnce,
  sizeArgument, stopIteration, textIOBaseType, unsupported,
} from './ioBase';
import { isExactFileIO, type PyFileIO } from './fileIO';
import { isExactBuffered } from './buffered';
import { NewlineTranslator } from './newlineDecoder';
import { lookupTextCodec, type IncrementalDecoder, type IncrementalEncoder, type TextCodec } from './textCodecs';
import { markFlushed, markUnflushed, type UnflushedStream } from './unflushedFiles';

/** What locale.getencoding() answers on this machine (nl_langinfo(CODESET) in a UTF-8 locale). */
const LOCALE_ENCODING = 'UTF-8';

interface Snapshot {
  /** The decoder's flags at the snapshot point. */
  flags: number;
  /** The bytes from the snapshot point to the end of what has been read. */
  input: Uint8Array;
}

export class PyTextIOWrapper extends PyIOBase implements UnflushedStream {
  ok = false;
  detached = false;
  chunkSize = 8192;
  buffer: Py = null;
  encoding: Py = null;
  errors: Py = null;
  decoder: IncrementalDecoder | null = null;
  encoder: IncrementalEncoder | null = null;
  readnl: string | null = null;
  /** What \n is written as; null for \n itself. */
  writenl: string | null = null;
  lineBuffering = false;
  writeThrough = false;
  readUniversal = false;
  readTranslate = false;
  writeTranslate = false;
  seekable = false;
  hasRead1 = false;
  /** False while iterating, when tell() is not available. */
  telling = false;
  finalizing = false;
  decodedChars: string | null = null;
  /** Units of decodedChars consumed. */
  decodedUsed = 0;
  /** Whether decodedChars holds surrogate pairs (so that units and code points differ). */
  decodedHasPairs = false;
  /** What write() has not yet passed on: encoded bytes, or text to be encoded as UTF-8 (see IncrementalEncoder.deferredLength). */
  pendingBytes: (Uint8Array | string)[] = [];
  pendingCount = 0;
  snapshot: Snapshot | null = null;
  b2cratio = 0;
  /** The FileIO under an exact buffered type, whose fd says at once whether the file is closed. */
  raw: PyFileIO | null = null;

  flushPending(): void {
    if (this.ok && !this.detached) writeFlush(this);
  }
}

export const textIOWrapperType = ioType('TextIOWrapper', textIOBaseType, (cls: PyType) => new PyTextIOWrapper(cls));

// ---------------------------------------------------------------- state checks

function checkInitialized(self: PyTextIOWrapper): void {
  if (!self.ok) throw newException(ValueError, 'I/O operation on uninitialized object');
}

function checkAttached(self: PyTextIOWrapper): void {
  checkInitialized(self);
  if (self.detached) throw newException(ValueError, 'underlying buffer has been detached');
}

function closedAttribute(self: PyTextIOWrapper): Py {
  checkAttached(self);
  return getAttr(self.buffer, 'closed');
}

/** CHECK_CLOSED: straight from the FileIO or the buffer for the exact type, through self.closed for subclasses. */
function checkClosed(self: PyTextIOWrapper): void {
  if (self.cls !== textIOWrapperType) {
    checkClosedAttribute(self);
    return;
  }
  const closed = self.raw !== null ? self.raw.fd < 0 : isTrue(closedAttribute(self));
  if (closed) throw closedFileError();
}

// ---------------------------------------------------------------- encoding and newline settings

function validateNewline(newline: string | null): void {
  if (newline !== null && newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') {
    throw newException(ValueError, `illegal newline value: ${newline}`);
  }
}

function setNewline(self: PyTextIOWrapper, newline: string | null): void {
  self.readnl = newline;
  self.readUniversal = newline === null || newline === '';
  self.readTranslate = newline === null;
  self.writeTranslate = newline === null || newline !== '';
  self.writenl = !self.readUniversal && newline !== null && newline !== '\n' ? newline : null;
}

function setDecoder(self: PyTextIOWrapper, codec: TextCodec, errors: string): void {
  if (!isTrue(callMethod(self.buffer, 'readable'))) return;
  const decoder = codec.decoder(errors);
  self.decoder = self.readUniversal ? new NewlineTranslator(decoder, self.readTranslate) : decoder;
}

function setEncoder(self: PyTextIOWrapper, codec: TextCodec, errors: string): void {
  if (!isTrue(callMethod(self.buffer, 'writable'))) return;
  self.encoder = codec.encoder(errors);
}

/** A stream opened somewhere past its start must not begin with a byte order mark. */
function fixEncoderState(self: PyTextIOWrapper): void {
  if (!self.seekable || self.encoder === null) return;
  const position = callMethod(self.buffer, 'tell');
  if (richCompare(position, 0, CompareOp.EQ) !== true) self.encoder.setstateNotStart();
}

/** A str (or None) argument of the constructor or reconfigure(), with clinic's messages. */
function optionalStr(value: Py | undefined, owner: string, name: string): string | null {
  if (value === undefined || value === null) return null;
  const text = strValue(value);
  if (text === undefined) throw typeError(`${owner} argument '${name}' must be str or None, not ${typeName(value)}`);
  return text;
}

function noNul(text: string | null): string | null {
  if (text !== null && text.includes('\0')) throw newException(ValueError, 'embedded null character');
  return text;
}

const INIT_SIGNATURE = {
  name: 'TextIOWrapper',
  names: ['buffer', 'encoding', 'errors', 'newline', 'line_buffering', 'write_through'],
  required: 1,
  positionalOnly: 0,
};

function initialize(self: PyTextIOWrapper, args: Py[], kwnames: readonly string[] | null): void {
  self.ok = false;
  self.detached = false;
  const [buffer, encodingArgument, errorsArgument, newlineArgument, lineBuffering, writeThrough] = bindArguments(INIT_SIGNATURE, args, kwnames);
  const encoding = noNul(optionalStr(encodingArgument, 'TextIOWrapper()', 'encoding'));
  const errors = optionalStr(errorsArgument, 'TextIOWrapper()', 'errors') ?? 'strict';
  const newline = noNul(optionalStr(newlineArgument, 'TextIOWrapper()', 'newline'));
  const lineBufferingFlag = lineBuffering === undefined ? false : indexAsNumber(lineBuffering) !== 0;
  const writeThroughFlag = writeThrough === undefined ? false : indexAsNumber(writeThrough) !== 0;
  validateNewline(newline);
  // __init__ may be called again on an object in use: it starts from nothing.
  setDecodedChars(self, null);
  self.pendingBytes = [];
  self.pendingCount = 0;
  self.snapshot = null;
  self.raw = null;
  self.b2cratio = 0;
  self.decoder = null;
  self.encoder = null;
  self.encoding = encoding === null || encoding === 'locale' ? LOCALE_ENCODING : encoding;
  const codec = lookupTextCodec(self.encoding as string);
  self.errors = errors;
  self.chunkSize = 8192;
  self.lineBuffering = lineBufferingFlag;
  self.writeThrough = writeThroughFlag;
  setNewline(self, newline);
  self.buffer = buffer!;
  setDecoder(self, codec, errors);
  setEncoder(self, codec, errors);
  if (isExactBuffered(buffer!)) {
    const raw = getAttrOrUndefined(buffer!, 'raw');
    if (raw !== undefined && isExactFileIO(raw)) self.raw = raw;
  }
  self.seekable = self.telling = isTrue(callMethod(buffer!, 'seekable'));
  self.hasRead1 = getAttrOrUndefined(buffer!, 'read1') !== undefined;
  fixEncoderState(self);
  self.ok = true;
}

// ---------------------------------------------------------------- the decoded characters

function setDecodedChars(self: PyTextIOWrapper, chars: string | null): void {
  self.decodedChars = chars;
  self.decodedUsed = 0;
  self.decodedHasPairs = chars !== null && hasSurrogatePair(chars);
}

/** The unit offset `count` code points after unit offset `from` in the decoded characters (clamped to their end). */
function advance(self: PyTextIOWrapper, text: string, from: number, count: number, hasPairs = self.decodedHasPairs): number {
  if (!hasPairs) return Math.min(text.length, from + count);
  let at = from;
  for (let seen = 0; seen < count && at < text.length; seen++) at = unitOffsetOf(text, 1, at);
  return at;
}

/** Up to n characters (all of them for n < 0) of the decoded text not yet consumed. */
function takeDecodedChars(self: PyTextIOWrapper, n: number): string {
  const chars = self.decodedChars;
  if (chars === null) return '';
  const end = n < 0 ? chars.length : advance(self, chars, self.decodedUsed, n);
  const taken = chars.slice(self.decodedUsed, end);
  self.decodedUsed = end;
  return taken;
}

/** Bytes from a bytes-like result of the buffer; TypeError naming `method` otherwise. */
function bytesOf(value: Py, method: string): Uint8Array {
  if (value instanceof PyBytes || value instanceof PyByteArray || value instanceof PyMemoryView) return value.bytes;
  throw typeError(`underlying ${method}() should have returned a bytes-like object, not '${typeName(value)}'`);
}

/** Reads and decodes the next chunk: false at the end of the stream. */
function readChunk(self: PyTextIOWrapper, sizeHint: number): boolean {
  const decoder = self.decoder;
  if (decoder === null) throw unsupported('not readable');
  let before: [Uint8Array, number] | undefined;
  if (self.telling) before = decoder.getstate();
  const hint = sizeHint > 0 ? Math.floor(Math.max(self.b2cratio, 1) * sizeHint) : sizeHint;
  const method = self.hasRead1 ? 'read1' : 'read';
  const input = bytesOf(callMethod(self.buffer, method, [Math.max(self.chunkSize, hint)]), method).slice();
  let eof = input.length === 0;
  const decoded = decoder.decode(input, eof);
  setDecodedChars(self, decoded);
  const chars = self.decodedHasPairs ? codePointLength(decoded) : decoded.length;
  self.b2cratio = chars > 0 ? input.length / chars : 0;
  if (chars > 0) eof = false;
  if (before !== undefined) {
    const [buffered, flags] = before;
    const next = new Uint8Array(buffered.length + input.length);
    next.set(buffered);
    next.set(input, buffered.length);
    self.snapshot = { flags, input: next };
  }
  return !eof;
}

// ---------------------------------------------------------------- writing

const utf8Encoder = new TextEncoder();

function writeFlush(self: PyTextIOWrapper): void {
  if (self.pendingBytes.length === 0) return;
  const pending = self.pendingBytes;
  const joined = new Uint8Array(self.pendingCount);
  let at = 0;
  // Runs of text are joined and encoded at once: writes are often many short strings.
  let text: string[] = [];
  const encodeText = (): void => {
    if (text.length === 0) return;
    at += utf8Encoder.encodeInto(text.length === 1 ? text[0] : text.join(''), joined.subarray(at)).written;
    text = [];
  };
  for (const chunk of pending) {
    if (typeof chunk === 'string') {
      text.push(chunk);
    } else {
      encodeText();
      joined.set(chunk, at);
      at += chunk.length;
    }
  }
  encodeText();
  self.pendingBytes = [];
  self.pendingCount = 0;
  markFlushed(self);
  callMethod(self.buffer, 'write', [new PyBytes(joined)]);
}

/** Whether the stream's bytes end up in a file (the pending data a program's end must not lose). */
function writesToFile(self: PyTextIOWrapper): boolean {
  return self.raw !== null;
}

function write(self: PyTextIOWrapper, argument: Py): number {
  checkAttached(self);
  const original = strValue(argument);
  if (original === undefined) throw typeError(`write() argument must be str, not ${typeName(argument)}`);
  checkClosed(self);
  const encoder = self.encoder;
  if (encoder === null) throw unsupported('not writable');
  let text = original;
  const length = codePointLength(text);
  const hasLF = ((self.writeTranslate && self.writenl !== null) || self.lineBuffering) && text.includes('\n');
  if (hasLF && self.writeTranslate && self.writenl !== null) text = text.replaceAll('\n', self.writenl);
  const needFlush = self.lineBuffering && (hasLF || text.includes('\r'));
  const deferred = encoder.deferredLength(text);
  const piece = deferred === undefined ? encoder.encode(text) : text;
  const byteCount = deferred ?? (piece as Uint8Array).length;
  if (self.pendingCount + byteCount > self.chunkSize) writeFlush(self);
  self.pendingBytes.push(piece);
  self.pendingCount += byteCount;
  if (byteCount > 0 && writesToFile(self)) markUnflushed(self);
  if (self.pendingCount >= self.chunkSize || needFlush || self.writeThrough) writeFlush(self);
  if (needFlush) callMethod(self.buffer, 'flush');
  setDecodedChars(self, null);
  self.snapshot = null;
  self.decoder?.reset();
  return length;
}

// ---------------------------------------------------------------- reading

function read(self: PyTextIOWrapper, n: number): string {
  checkAttached(self);
  checkClosed(self);
  const decoder = self.decoder;
  if (decoder === null) throw unsupported('not readable');
  writeFlush(self);
  if (n < 0) {
    const data = callMethod(self.buffer, 'read');
    const decoded = decoder.decode(bytesOf(data, 'read').slice(), true);
    const result = takeDecodedChars(self, -1) + decoded;
    setDecodedChars(self, null);
    self.snapshot = null;
    return result;
  }
  const chunks: string[] = [];
  let result = takeDecodedChars(self, n);
  let remaining = n - codePointLength(result);
  while (remaining > 0) {
    if (!readChunk(self, remaining)) break;
    if (result.length > 0) chunks.push(result);
    result = takeDecodedChars(self, remaining);
    remaining -= codePointLength(result);
  }
  if (chunks.length === 0) return result;
  chunks.push(result);
  return chunks.join('');
}

/**
 * Where the line starting at `start` ends in `line` (the unit just after its newline),
 * or -1, with `consumed` set to how much of the text can be set aside as not holding a
 * line end (the rest may start one: a \r whose \n is in the next chunk, a part of \r\n).
 */
function findLineEnding(self: PyTextIOWrapper, line: string, start: number): { end: number; consumed: number } {
  if (self.readTranslate) {
    const at = line.indexOf('\n', start);
    return at >= 0 ? { end: at + 1, consumed: 0 } : { end: -1, consumed: line.length - start };
  }
  if (self.readUniversal) {
    for (let at = start; at < line.length; at++) {
      const char = line.charCodeAt(at);
      if (char === 0x0a) return { end: at + 1, consumed: 0 };
      if (char === 0x0d) return { end: line.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1, consumed: 0 };
    }
    return { end: -1, consumed: line.length - start };
  }
  const newline = self.readnl!;
  const at = line.indexOf(newline, start);
  if (at >= 0) return { end: at + newline.length, consumed: 0 };
  if (newline.length === 1) return { end: -1, consumed: line.length - start };
  // A \r at the very end may begin the \r\n the next chunk completes.
  const partial = line.indexOf(newline[0], Math.max(start, line.length - newline.length + 1));
  return { end: -1, consumed: (partial < 0 ? line.length : partial) - start };
}

/** Code points in text[from, to). */
function span(text: string, from: number, to: number, hasPairs: boolean): number {
  return hasPairs ? codePointLength(text.slice(from, to)) : to - from;
}

function readline(self: PyTextIOWrapper, limit: number): string {
  checkClosed(self);
  writeFlush(self);
  const chunks: string[] = [];
  let chunked = 0;
  let remaining: string | null = null;
  let line: string | null = null;
  let start = 0;
  let endpos = 0;
  let offsetToBuffer = 0;
  for (;;) {
    let more = true;
    while (self.decodedChars === null || self.decodedChars.length === 0) {
      more = readChunk(self, 0);
      if (!more) break;
    }
    if (!more) {
      setDecodedChars(self, null);
      self.snapshot = null;
      start = endpos = offsetToBuffer = 0;
      line = null;
      break;
    }
    const decoded = self.decodedChars!;
    if (remaining === null) {
      line = decoded;
      start = self.decodedUsed;
      offsetToBuffer = 0;
    } else {
      line = remaining + decoded;
      start = 0;
      offsetToBuffer = remaining.length;
      remaining = null;
    }
    const hasPairs = self.decodedHasPairs || (offsetToBuffer > 0 && hasSurrogatePair(line));
    const { end, consumed } = findLineEnding(self, line, start);
    if (end >= 0) {
      endpos = end;
      if (limit >= 0 && span(line, start, endpos, hasPairs) + chunked >= limit) endpos = advance(self, line, start, limit - chunked, hasPairs);
      break;
    }
    endpos = start + consumed;
    if (limit >= 0 && span(line, start, endpos, hasPairs) + chunked >= limit) {
      endpos = advance(self, line, start, limit - chunked, hasPairs);
      break;
    }
    if (endpos > start) {
      const aside = line.slice(start, endpos);
      chunks.push(aside);
      chunked += span(aside, 0, aside.length, hasPairs);
    }
    if (endpos < line.length) remaining = line.slice(endpos);
    line = null;
    setDecodedChars(self, null);
  }
  if (line !== null) {
    self.decodedUsed = endpos - offsetToBuffer;
    line = line.slice(start, endpos);
  }
  if (remaining !== null) chunks.push(remaining);
  if (line !== null) chunks.push(line);
  return chunks.join('');
}

// ---------------------------------------------------------------- tell and seek

interface Cookie {
  startPos: number;
  decFlags: number;
  bytesToFeed: number;
  charsToSkip: number;
  needEof: number;
}

/** The cookie as one int: the fields packed little-endian as CPython lays them out (8, 4, 4, 4 and 1 bytes). */
function buildCookie(cookie: Cookie): Py {
  if (cookie.decFlags === 0 && cookie.bytesToFeed === 0 && cookie.charsToSkip === 0 && cookie.needEof === 0) return cookie.startPos;
  const unsigned32 = (value: number): bigint => BigInt(value >>> 0);
  return pyInt(
    BigInt(cookie.startPos) |
      (unsigned32(cookie.decFlags) << 64n) |
      (unsigned32(cookie.bytesToFeed) << 96n) |
      (unsigned32(cookie.charsToSkip) << 128n) |
      (BigInt(cookie.needEof & 0xff) << 160n),
  );
}

/** int(cookie) taken apart; OverflowError for numbers wider than a cookie. */
function parseCookie(value: Py): Cookie {
  const number = BigInt(value instanceof PyFloat ? Math.trunc(value.value) : (intValue(value) ?? pyIndex(value)));
  if (number >= 1n << 167n) throw newException(OverflowError, 'int too big to convert');
  const field = (shift: bigint, bits: bigint): number => Number(BigInt.asIntN(Number(bits), number >> shift));
  return {
    startPos: Number(BigInt.asIntN(64, number)),
    decFlags: field(64n, 32n),
    bytesToFeed: field(96n, 32n),
    charsToSkip: field(128n, 32n),
    needEof: Number((number >> 160n) & 0xffn),
  };
}

function decoderSetstate(self: PyTextIOWrapper, cookie: Cookie): void {
  if (cookie.startPos === 0 && cookie.decFlags === 0) self.decoder!.reset();
  else self.decoder!.setstate(new Uint8Array(0), cookie.decFlags);
}

function encoderReset(self: PyTextIOWrapper, startOfStream: boolean): void {
  if (startOfStream) self.encoder!.reset();
  else self.encoder!.setstateNotStart();
}

function tell(self: PyTextIOWrapper): Py {
  checkAttached(self);
  checkClosed(self);
  if (!self.seekable) throw unsupported('underlying stream is not seekable');
  if (!self.telling) throw newException(OSError, 'telling position disabled by next() call');
  writeFlush(self);
  callMethod(self, 'flush');
  const position = callMethod(self.buffer, 'tell');
  const decoder = self.decoder;
  const snapshot = self.snapshot;
  if (decoder === null || snapshot === null) return position;
  const cookie: Cookie = { startPos: Number(intValue(position) ?? indexAsNumber(position)) - snapshot.input.length, decFlags: snapshot.flags, bytesToFeed: 0, charsToSkip: 0, needEof: 0 };
  if (self.decodedUsed === 0) return buildCookie(cookie);
  let charsToSkip = span(self.decodedChars!, 0, self.decodedUsed, self.decodedHasPairs);
  const saved = decoder.getstate();
  const input = snapshot.input;
  const decodedLength = (bytes: Uint8Array): number => codePointLength(decoder.decode(bytes, false));
  try {
    // Look for a start point near the position where the decoder holds nothing.
    let skipBytes = Math.floor(self.b2cratio * charsToSkip);
    let skipBack = 1;
    while (skipBytes > 0) {
      decoderSetstate(self, cookie);
      const decoded = decodedLength(input.subarray(0, skipBytes));
      if (decoded <= charsToSkip) {
        const [buffered, flags] = decoder.getstate();
        if (buffered.length === 0) {
          cookie.decFlags = flags;
          charsToSkip -= decoded;
          break;
        }
        skipBytes -= buffered.length;
        skipBack = 1;
      } else {
        skipBytes -= skipBack;
        skipBack *= 2;
      }
    }
    if (skipBytes <= 0) {
      skipBytes = 0;
      decoderSetstate(self, cookie);
    }
    cookie.startPos += skipBytes;
    cookie.charsToSkip = charsToSkip;
    if (charsToSkip === 0) return buildCookie(cookie);
    // Feed a byte at a time, noting the last point where the decoder held nothing.
    let charsDecoded = 0;
    let at = skipBytes;
    for (; at < input.length; at++) {
      charsDecoded += decodedLength(input.subarray(at, at + 1));
      cookie.bytesToFeed += 1;
      const [buffered, flags] = decoder.getstate();
      if (buffered.length === 0 && charsDecoded <= charsToSkip) {
        cookie.startPos += cookie.bytesToFeed;
        charsToSkip -= charsDecoded;
        cookie.decFlags = flags;
        cookie.bytesToFeed = 0;
        charsDecoded = 0;
      }
      if (charsDecoded >= charsToSkip) break;
    }
    if (at === input.length) {
      charsDecoded += codePointLength(decoder.decode(new Uint8Array(0), true));
      cookie.needEof = 1;
      if (charsDecoded < charsToSkip) throw newException(OSError, "can't reconstruct logical file position");
    }
    cookie.charsToSkip = charsToSkip;
    return buildCookie(cookie);
  } finally {
    decoder.setstate(saved[0], saved[1]);
  }
}

function seek(self: PyTextIOWrapper, cookieArgument: Py, whence: number): Py {
  checkAttached(self);
  checkClosed(self);
  if (!self.seekable) throw unsupported('underlying stream is not seekable');
  let cookieObject = cookieArgument;
  switch (whence) {
    case 1:
      if (richCompare(cookieObject, 0, CompareOp.EQ) !== true) throw unsupported("can't do nonzero cur-relative seeks");
      // Seeking to the current position syncs the buffer with it.
      cookieObject = callMethod(self, 'tell');
      break;
    case 2: {
      if (richCompare(cookieObject, 0, CompareOp.EQ) !== true) throw unsupported("can't do nonzero end-relative seeks");
      callMethod(self, 'flush');
      setDecodedChars(self, null);
      self.snapshot = null;
      self.decoder?.reset();
      const position = callMethod(self.buffer, 'seek', [0, 2]);
      if (self.encoder !== null) encoderReset(self, richCompare(position, 0, CompareOp.EQ) === true);
      return position;
    }
    case 0:
      break;
    default:
      throw newException(ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  if (isTrue(richCompare(cookieObject, 0, CompareOp.LT))) throw newException(ValueError, `negative seek position ${pyRepr(cookieObject)}`);
  callMethod(self, 'flush');
  const cookie = parseCookie(cookieObject);
  callMethod(self.buffer, 'seek', [cookie.startPos]);
  setDecodedChars(self, null);
  self.snapshot = null;
  if (self.decoder !== null) decoderSetstate(self, cookie);
  if (cookie.charsToSkip !== 0) {
    const chunk = callMethod(self.buffer, 'read', [cookie.bytesToFeed]);
    if (!(chunk instanceof PyBytes)) throw typeError(`underlying read() should have returned a bytes object, not '${typeName(chunk)}'`);
    self.snapshot = { flags: cookie.decFlags, input: chunk.bytes };
    const decoded = self.decoder!.decode(chunk.bytes, cookie.needEof !== 0);
    setDecodedChars(self, decoded);
    if (codePointLength(decoded) < cookie.charsToSkip) throw newException(OSError, "can't restore logical file position");
    self.decodedUsed = advance(self, decoded, 0, cookie.charsToSkip);
  } else {
    self.snapshot = { flags: cookie.decFlags, input: new Uint8Array(0) };
  }
  if (self.encoder !== null) encoderReset(self, cookie.startPos === 0 && cookie.decFlags === 0);
  return cookieObject;
}

// ---------------------------------------------------------------- reconfigure

function optionalFlag(value: Py | undefined, current: boolean): boolean {
  if (value === undefined || value === null) return current;
  return indexAsNumber(value) !== 0;
}

function changeEncoding(self: PyTextIOWrapper, encoding: string | null, errors: string | null, newlineChanged: boolean): void {
  if (encoding === null && errors === null && !newlineChanged) return;
  let newEncoding: string;
  let newErrors: string;
  if (encoding === null) {
    newEncoding = self.encoding as string;
    newErrors = errors ?? (self.errors as string);
  } else {
    newEncoding = encoding === 'locale' ? LOCALE_ENCODING : encoding;
    newErrors = errors ?? 'strict';
  }
  const codec = lookupTextCodec(newEncoding);
  setDecoder(self, codec, newErrors);
  setEncoder(self, codec, newErrors);
  self.encoding = newEncoding;
  self.errors = newErrors;
  fixEncoderState(self);
}

const RECONFIGURE_SIGNATURE = {
  name: 'reconfigure',
  names: ['encoding', 'errors', 'newline', 'line_buffering', 'write_through'],
  required: 0,
  positionalOnly: 0,
  keywordOnlyFrom: 0,
};

function reconfigure(self: PyTextIOWrapper, args: Py[], kwnames: readonly string[] | null): Py {
  const [encodingArgument, errorsArgument, newlineArgument, lineBufferingArgument, writeThroughArgument] = bindArguments(RECONFIGURE_SIGNATURE, args, kwnames);
  const encoding = optionalStr(encodingArgument, 'reconfigure()', 'encoding');
  const errors = optionalStr(errorsArgument, 'reconfigure()', 'errors');
  const newlineGiven = newlineArgument !== undefined;
  const newline = optionalStr(newlineArgument, 'reconfigure()', 'newline');
  if (self.decodedChars !== null && (encoding !== null || errors !== null || newlineGiven)) {
    throw unsupported('It is not possible to set the encoding or newline of stream after the first read');
  }
  validateNewline(noNul(newline));
  const lineBuffering = optionalFlag(lineBufferingArgument, self.lineBuffering);
  const writeThrough = optionalFlag(writeThroughArgument, self.writeThrough);
  callMethod(self, 'flush');
  self.b2cratio = 0;
  if (newlineGiven) setNewline(self, newline);
  changeEncoding(self, encoding, errors, newlineGiven);
  self.lineBuffering = lineBuffering;
  self.writeThrough = writeThrough;
  return null;
}

// ---------------------------------------------------------------- the methods

/** CPython 3.11 names the type _io.TextIOWrapper here even for subclasses. */
function repr(self: PyTextIOWrapper): string {
  checkInitialized(self);
  const typeDisplay = '_io.TextIOWrapper';
  return reprOnce(self, typeDisplay, () => {
    let text = `<${typeDisplay}`;
    let name: Py | undefined;
    try {
      name = getAttrOrUndefined(self, 'name');
    } catch (error) {
      if (!isInstanceOfException(error, ValueError)) throw error;
    }
    if (name !== undefined) text += ` name=${pyRepr(name)}`;
    const mode = getAttrOrUndefined(self, 'mode');
    if (mode !== undefined) text += ` mode=${pyRepr(mode)}`;
    return `${text} encoding=${pyRepr(self.encoding)}>`;
  });
}

/** A method that passes straight to the buffer's. */
function forwardToBuffer(method: string) {
  return (self: PyTextIOWrapper, args: Py[], kwnames: readonly string[] | null): Py => {
    checkArgCount(`TextIOWrapper.${method}`, args, kwnames, 0);
    checkAttached(self);
    return callMethod(self.buffer, method);
  };
}

defineMethods(textIOWrapperType, {
  __init__(self: PyTextIOWrapper, args, kwnames) {
    initialize(self, args, kwnames);
    return null;
  },
  __repr__: (self: PyTextIOWrapper) => repr(self),
  detach(self: PyTextIOWrapper, args, kwnames) {
    checkArgCount('TextIOWrapper.detach', args, kwnames, 0);
    checkAttached(self);
    callMethod(self, 'flush');
    const buffer = self.buffer;
    self.buffer = null;
    self.detached = true;
    markFlushed(self);
    return buffer;
  },
  reconfigure: (self: PyTextIOWrapper, args, kwnames) => reconfigure(self, args, kwnames),
  write(self: PyTextIOWrapper, args, kwnames) {
    checkArgCount('TextIOWrapper.write', args, kwnames, 1);
    return write(self, args[0]);
  },
  read(self: PyTextIOWrapper, args, kwnames) {
    checkArgCount('read', args, kwnames, 0, 1);
    return read(self, sizeArgument(args[0]));
  },
  readline(self: PyTextIOWrapper, args, kwnames) {
    checkArgCount('readline', args, kwnames, 0, 1);
    const limit = args.length === 0 ? -1 : indexAsNumber(args[0]);
    checkAttached(self);
    return readline(self, limit);
  },
  flush(self: PyTextIOWrapper, args, kwnames) {
    checkArgCount('TextIOWrapper.flush', args, kwnames, 0);
    checkAttached(self);
    checkClosed(self);
    self.telling = self.seekable;
    writeFlush(self);
    return callMethod(self.buffer, 'flush');
  },
  close(self: PyTextIOWrapper, args, kwnames) {
    checkArgCount('TextIOWrapper.close', args, kwnames, 0);
    checkAttached(self);
    if (isTrue(closedAttribute(self))) return null;
    let failure: unknown;
    try {
      callMethod(self, 'flush');
    } catch (error) {
      failure = error;
    }
    try {
      const result = callMethod(self.buffer, 'close');
      if (failure !== undefined) throw failure;
      return result;
    } catch (error) {
      chainContext(error, failure);
      throw error;
    }
  },
  fileno: forwardToBuffer('fileno'),
  seekable: forwardToBuffer('seekable'),
  readable: forwardToBuffer('readable'),
  writable: forwardToBuffer('writable'),
  isatty: forwardToBuffer('isatty'),
  seek(self: PyTextIOWrapper, args, kwnames) {
    checkArgCount('seek', args, kwnames, 1, 2);
    return seek(self, args[0], args.length > 1 ? indexAsNumber(args[1]) : 0);
  },
  tell(self: PyTextIOWrapper, args, kwnames) {
    checkArgCount('TextIOWrapper.tell', args, kwnames, 0);
    return tell(self);
  },
  truncate(self: PyTextIOWrapper, args, kwnames) {
    checkArgCount('truncate', args, kwnames, 0, 1);
    checkAttached(self);
    callMethod(self, 'flush');
    return callMethod(self.buffer, 'truncate', [args.length > 0 ? args[0] : null]);
  },
  __next__(self: PyTextIOWrapper) {
    checkAttached(self);
    self.telling = false;
    let line: Py;
    if (self.cls === textIOWrapperType) {
      line = readline(self, -1);
    } else {
      line = callMethod(self, 'readline');
      if (strValue(line) === undefined) throw newException(OSError, `readline() should have returned a str object, not '${typeName(line)}'`);
    }
    if (strValue(line)!.length === 0) {
      self.snapshot = null;
      self.telling = self.seekable;
      throw stopIteration();
    }
    return line;
  },
});

defineGetSets(textIOWrapperType, {
  encoding: { get: (self: PyTextIOWrapper): Py => self.encoding },
  buffer: { get: (self: PyTextIOWrapper): Py => self.buffer },
  line_buffering: { get: (self: PyTextIOWrapper): Py => self.lineBuffering },
  write_through: { get: (self: PyTextIOWrapper): Py => self.writeThrough },
  _finalizing: {
    get: (self: PyTextIOWrapper): Py => self.finalizing,
    set(self: PyTextIOWrapper, value: Py | undefined) {
      self.finalizing = value !== undefined && isTrue(value);
    },
  },
  name: {
    get(self: PyTextIOWrapper): Py {
      checkAttached(self);
      return getAttr(self.buffer, 'name');
    },
  },
  closed: { get: (self: PyTextIOWrapper): Py => closedAttribute(self) },
  newlines: {
    get(self: PyTextIOWrapper): Py {
      checkAttached(self);
      return self.decoder instanceof NewlineTranslator ? self.decoder.newlines() : null;
    },
  },
  errors: {
    get(self: PyTextIOWrapper): Py {
      checkInitialized(self);
      return self.errors;
    },
  },
  _CHUNK_SIZE: {
    get(self: PyTextIOWrapper): Py {
      checkAttached(self);
      return self.chunkSize;
    },
    set(self: PyTextIOWrapper, value: Py | undefined) {
      checkAttached(self);
      if (value === undefined) throw newException(AttributeError, 'cannot delete attribute');
      const size = indexAsNumber(value);
      if (size <= 0) throw newException(ValueError, 'a strictly positive integer is required');
      self.chunkSize = size;
    },
  },
});
