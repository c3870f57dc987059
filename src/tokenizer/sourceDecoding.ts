// Source bytes → source text, as compile(bytes) decodes them: a UTF-8 byte order mark, or a PEP 263
// coding declaration on line 1 or 2, chooses the encoding; the default is UTF-8.
//
// CPython tokenizes UTF-8 source without decoding it first, so bytes that are not UTF-8 only matter
// where something decodes them: nowhere in a comment, in an identifier by the tokenizer, in a string
// literal by the parser. To keep that, such bytes are decoded as Python's surrogateescape handler
// does — byte 0xXY becomes the lone surrogate U+DCXY, which no valid source text contains — and
// `undecodableBytesError` tells what CPython's decoder would have said about them.

import { PySyntaxError } from './syntaxError';

/** Decodes source bytes as compile(bytes) does; throws PySyntaxError for encoding problems. */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  const hasBom = startsWithBom(bytes);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const declared = declaredEncoding(body);
  if (declared === null || declared === 'utf-8') return decodeUtf8KeepingBadBytes(body);
  if (hasBom) throw encodingError(`encoding problem: ${declared} with BOM`, filename);
  return decodeWithCodec(body, declared, filename);
}

/**
 * Whether the bytes declare their encoding, by a UTF-8 BOM or a coding cookie. compile() reports
 * some error offsets in bytes for source that does not (see TokenizerOptions.undeclaredEncoding).
 */
export function hasEncodingDeclaration(bytes: Uint8Array): boolean {
  return startsWithBom(bytes) || declaredEncoding(bytes) !== null;
}

/**
 * What python3's reader of a program file (or of stdin) rejects before it tokenizes, as
 * the SyntaxError's message (shown without a location); null when nothing. Unlike
 * compile(), it reads undeclared source line by line as UTF-8, comments included, and
 * stops at a null byte, which the tokenizer then reports (so the earlier of the two
 * problems is the one reported).
 */
export function programFileProblem(bytes: Uint8Array, filename: string): string | null {
  if (startsWithBom(bytes)) return null;
  const declared = declaredEncoding(bytes);
  if (declared !== null) return isKnownEncoding(declared) ? null : `encoding problem: ${declared}`;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] === 0) return null;
    const length = utf8SequenceLength(bytes, i, bytes.length);
    if (typeof length === 'number') {
      i += length;
      continue;
    }
    let line = 1;
    for (let k = 0; k < length.start; k++) if (bytes[k] === 0x0a) line++;
    return `Non-UTF-8 code starting with '\\x${hex(bytes[length.start])}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`;
  }
  return null;
}

const startsWithBom = (bytes: Uint8Array): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * What Python's UTF-8 decoder says about the first undecodable byte in `text` (bytes escaped by
 * decodeSource), e.g. "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
 * with positions counted in bytes from the start of `text`; null when every byte decodes.
 */
export function undecodableBytesError(text: string): string | null {
  if (!hasEscapedBytes(text)) return null;
  const encoded = encodeKeepingEscapes(text);
  for (let i = 0; i < encoded.length; ) {
    const length = utf8SequenceLength(encoded, i, encoded.length);
    if (typeof length !== 'number') return utf8FaultMessage(encoded, length);
    i += length;
  }
  return null;
}

// With the u flag, these match lone surrogates only, never halves of a pair.
const ESCAPED_BYTE = /[\udc80-\udcff]/u;

/** Whether decodeSource had to escape bytes that were not UTF-8 in this text. */
export const hasEscapedBytes = (text: string): boolean => ESCAPED_BYTE.test(text);
const ESCAPED_BYTES = /[\udc80-\udcff]/gu;

/** The bytes `text` was decoded from: UTF-8, with escaped bytes restored. */
export function encodeKeepingEscapes(text: string): Uint8Array {
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const match of text.matchAll(ESCAPED_BYTES)) {
    parts.push(Buffer.from(text.slice(from, match.index), 'utf8'), Uint8Array.of(text.charCodeAt(match.index) - 0xdc00));
    from = match.index + 1;
  }
  parts.push(Buffer.from(text.slice(from), 'utf8'));
  return Buffer.concat(parts);
}

// ---- The coding declaration ----

/** The encoding a coding cookie declares, as CPython names it, or null. */
function declaredEncoding(bytes: Uint8Array): string | null {
  let lineStart = 0;
  for (let lineno = 1; lineno <= 2 && lineStart < bytes.length; lineno++) {
    let lineEnd = lineStart;
    while (lineEnd < bytes.length && bytes[lineEnd] !== 0x0a && bytes[lineEnd] !== 0x0d) lineEnd++;
    // Only ASCII matters here; latin1 keeps every other byte as one harmless character.
    const line = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, lineEnd - lineStart).toString('latin1');
    const spec = codingSpec(line);
    if (spec !== null) return spec;
    // Line 2 may declare the encoding only when line 1 is blank or a comment.
    if (!/^[ \t\f]*(#|$)/.test(line)) return null;
    lineStart = lineEnd + (bytes[lineEnd] === 0x0d && bytes[lineEnd + 1] === 0x0a ? 2 : 1);
  }
  return null;
}

/** `coding[:=] name` in a line that is a comment, like `# -*- coding: latin-1 -*-`. */
function codingSpec(line: string): string | null {
  const comment = /^[ \t\f]*#/.exec(line);
  if (!comment) return null;
  const declaration = /coding[:=][ \t]*([-\w.]+)/.exec(line.slice(comment[0].length - 1));
  return declaration ? normalEncodingName(declaration[1]) : null;
}

/** CPython spells the common UTF-8 and Latin-1 names one way; other names stay as written. */
function normalEncodingName(spec: string): string {
  const head = spec.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (head === 'utf-8' || head.startsWith('utf-8-')) return 'utf-8';
  for (const latin1 of ['latin-1', 'iso-8859-1', 'iso-latin-1']) {
    if (head === latin1 || head.startsWith(`${latin1}-`)) return 'iso-8859-1';
  }
  return spec;
}

function encodingError(msg: string, filename: string): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, { filename, lineno: 0, offset: -1, end_lineno: null, end_offset: null, text: null });
}

// ---- Codecs ----

/** Python codec names (after Python's normalisation) → WHATWG labels of the same encodings. */
const CODECS: Record<string, { label: string; aliases: string[] }> = {
  utf_8: { label: 'utf-8', aliases: ['u8', 'utf', 'utf8', 'utf8_ucs2', 'utf8_ucs4', 'cp65001'] },
  latin_1: { label: 'latin1', aliases: ['8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859', 'iso8859_1', 'iso_8859_1', 'iso_8859_1_1987', 'iso_ir_100', 'l1', 'latin', 'latin1'] },
  ascii: { label: 'ascii', aliases: ['646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us', 'us_ascii'] },
  utf_16: { label: 'utf-16le', aliases: ['u16', 'utf16'] },
  utf_16_le: { label: 'utf-16le', aliases: ['utf_16le', 'unicodelittleunmarked'] },
  utf_16_be: { label: 'utf-16be', aliases: ['utf_16be', 'unicodebigunmarked'] },
  iso8859_2: { label: 'iso-8859-2', aliases: ['iso_8859_2', 'latin2', 'l2'] },
  iso8859_3: { label: 'iso-8859-3', aliases: ['iso_8859_3', 'latin3', 'l3'] },
  iso8859_4: { label: 'iso-8859-4', aliases: ['iso_8859_4', 'latin4', 'l4'] },
  iso8859_5: { label: 'iso-8859-5', aliases: ['iso_8859_5', 'cyrillic'] },
  iso8859_6: { label: 'iso-8859-6', aliases: ['iso_8859_6', 'arabic'] },
  iso8859_7: { label: 'iso-8859-7', aliases: ['iso_8859_7', 'greek', 'greek8'] },
  iso8859_8: { label: 'iso-8859-8', aliases: ['iso_8859_8', 'hebrew'] },
  iso8859_9: { label: 'iso-8859-9', aliases: ['iso_8859_9', 'latin5', 'l5'] },
  iso8859_10: { label: 'iso-8859-10', aliases: ['iso_8859_10', 'latin6', 'l6'] },
  iso8859_11: { label: 'iso-8859-11', aliases: ['iso_8859_11', 'thai'] },
  iso8859_13: { label: 'iso-8859-13', aliases: ['iso_8859_13', 'latin7', 'l7'] },
  iso8859_14: { label: 'iso-8859-14', aliases: ['iso_8859_14', 'latin8', 'l8'] },
  iso8859_15: { label: 'iso-8859-15', aliases: ['iso_8859_15', 'latin9', 'l9'] },
  cp1250: { label: 'windows-1250', aliases: ['windows_1250'] },
  cp1251: { label: 'windows-1251', aliases: ['windows_1251'] },
  cp1252: { label: 'windows-1252', aliases: ['windows_1252'] },
  cp1253: { label: 'windows-1253', aliases: ['windows_1253'] },
  cp1254: { label: 'windows-1254', aliases: ['windows_1254'] },
  cp1255: { label: 'windows-1255', aliases: ['windows_1255'] },
  cp1256: { label: 'windows-1256', aliases: ['windows_1256'] },
  cp1257: { label: 'windows-1257', aliases: ['windows_1257'] },
  cp1258: { label: 'windows-1258', aliases: ['windows_1258'] },
  cp866: { label: 'ibm866', aliases: ['866', 'ibm866', 'csibm866'] },
  koi8_r: { label: 'koi8-r', aliases: [] },
  koi8_u: { label: 'koi8-u', aliases: [] },
  mac_roman: { label: 'macintosh', aliases: ['macintosh', 'macroman'] },
  euc_jp: { label: 'euc-jp', aliases: ['eucjp', 'ujis', 'u_jis'] },
  shift_jis: { label: 'shift_jis', aliases: ['csshiftjis', 'shiftjis', 'sjis', 's_jis'] },
  iso2022_jp: { label: 'iso-2022-jp', aliases: ['csiso2022jp', 'iso2022jp', 'iso_2022_jp'] },
  gb2312: { label: 'gb2312', aliases: ['chinese', 'csiso58gb231280', 'euc_cn', 'euccn', 'eucgb2312_cn', 'gb2312_1980', 'gb2312_80', 'iso_ir_58'] },
  gbk: { label: 'gbk', aliases: ['936', 'cp936', 'ms936'] },
  gb18030: { label: 'gb18030', aliases: ['gb18030_2000'] },
  big5: { label: 'big5', aliases: ['big5_tw', 'csbig5'] },
  euc_kr: { label: 'euc-kr', aliases: ['euckr', 'korean', 'ksc5601', 'ks_c_5601', 'ks_c_5601_1987', 'ksx1001', 'ks_x_1001'] },
};

const CODEC_BY_ALIAS = new Map<string, string>();
for (const [name, { aliases }] of Object.entries(CODECS)) {
  CODEC_BY_ALIAS.set(name, name);
  for (const alias of aliases) CODEC_BY_ALIAS.set(alias, name);
}

/** Python looks codecs up case-insensitively, with runs of punctuation read as one underscore. */
function lookupCodec(name: string): string | undefined {
  const normalized = name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  return CODEC_BY_ALIAS.get(normalized) ?? CODEC_BY_ALIAS.get(normalized.replace(/\./g, '_'));
}

/** The codecs beyond those above: Python's codec registry (the encodings package), which the _codecs module plugs in. */
export interface SourceCodecRegistry {
  has(encoding: string): boolean;
  decode(bytes: Uint8Array, encoding: string): string;
}

let codecRegistry: SourceCodecRegistry | null = null;

export function setSourceCodecRegistry(registry: SourceCodecRegistry): void {
  codecRegistry = registry;
}

function isKnownEncoding(declared: string): boolean {
  return declared === 'utf-8' || lookupCodec(declared) !== undefined || (codecRegistry?.has(declared) ?? false);
}

function decodeWithCodec(bytes: Uint8Array, declared: string, filename: string): string {
  const codec = lookupCodec(declared);
  if (codec === undefined) {
    if (codecRegistry?.has(declared)) return codecRegistry.decode(bytes, declared);
    throw encodingError(`unknown encoding: ${declared}`, filename);
  }
  if (codec === 'latin_1') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (codec === 'ascii') {
    const bad = bytes.findIndex((byte) => byte >= 0x80);
    if (bad >= 0) throw encodingError(`'ascii' codec can't decode byte 0x${hex(bytes[bad])} in position ${bad}: ordinal not in range(128)`, filename);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }
  if (codec === 'utf_8') {
    // A UTF-8 cookie CPython does not recognise by name is decoded up front, so errors surface here.
    for (let i = 0; i < bytes.length; ) {
      const length = utf8SequenceLength(bytes, i, bytes.length);
      if (typeof length !== 'number') throw encodingError(utf8FaultMessage(bytes, length), filename);
      i += length;
    }
  }
  try {
    return new TextDecoder(CODECS[codec].label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw encodingError(`'${codec}' codec can't decode the source`, filename);
  }
}

// ---- UTF-8 ----

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8KeepingBadBytes(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return decodeUtf8EscapingBadBytes(bytes);
  }
}

function decodeUtf8EscapingBadBytes(bytes: Uint8Array): string {
  const pieces: string[] = [];
  let goodFrom = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i, bytes.length);
    if (typeof length === 'number') {
      i += length;
      continue;
    }
    pieces.push(strictUtf8.decode(bytes.subarray(goodFrom, i)));
    for (let k = length.start; k < length.end; k++) pieces.push(String.fromCharCode(0xdc00 + bytes[k]));
    i = goodFrom = length.end;
  }
  pieces.push(strictUtf8.decode(bytes.subarray(goodFrom)));
  return pieces.join('');
}

/** The bytes Python's UTF-8 decoder rejects as one unit, and why. */
interface Utf8Fault {
  start: number;
  end: number;
  reason: 'invalid start byte' | 'invalid continuation byte' | 'unexpected end of data';
}

/** The length of the well-formed UTF-8 sequence at `bytes[i]`, or the fault found there. */
function utf8SequenceLength(bytes: Uint8Array, i: number, end: number): number | Utf8Fault {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  // Continuation bytes are 0x80-0xBF, except that the second byte is narrower after some leads
  // (no overlong forms, no surrogates, nothing above U+10FFFF).
  let continuations: number;
  let secondLow = 0x80;
  let secondHigh = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) {
    continuations = 1;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    continuations = 2;
    if (lead === 0xe0) secondLow = 0xa0;
    if (lead === 0xed) secondHigh = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    continuations = 3;
    if (lead === 0xf0) secondLow = 0x90;
    if (lead === 0xf4) secondHigh = 0x8f;
  } else {
    return { start: i, end: i + 1, reason: 'invalid start byte' };
  }
  for (let k = 1; k <= continuations; k++) {
    if (i + k >= end) return { start: i, end, reason: 'unexpected end of data' };
    const byte = bytes[i + k];
    if (byte < (k === 1 ? secondLow : 0x80) || byte > (k === 1 ? secondHigh : 0xbf)) {
      return { start: i, end: i + k, reason: 'invalid continuation byte' };
    }
  }
  return continuations + 1;
}

function utf8FaultMessage(bytes: Uint8Array, { start, end, reason }: Utf8Fault): string {
  return end - start === 1
    ? `'utf-8' codec can't decode byte 0x${hex(bytes[start])} in position ${start}: ${reason}`
    : `'utf-8' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

const hex = (byte: number): string => byte.toString(16).padStart(2, '0');
