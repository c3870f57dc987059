// The incremental codecs a text stream reads and writes through (what CPython gets from
// codecs.getincrementaldecoder/encoder): decoding that carries an incomplete sequence at
// the end of one chunk over to the next, with the (buffer, flags) state tell() and
// seek() save and restore, and encoding that writes a byte order mark only at the start
// of a stream. The codecs of strCodecs.ts (and utf-8-sig) are built in; others are taken
// from the codecs module when this build has one (_codecs).
import type { Py } from '../../objects/object';
import { PyTuple, newTuple } from '../../objects/tuple';
import { PyBytes } from '../../objects/bytes';
import { typeName } from '../../objects/typeOf';
import {
  exceptionField, isInstanceOfException, LookupError, newException, TypeError, typeError, UnicodeDecodeError, UnicodeError,
} from '../../objects/exceptions';
import { unicodeDecodeError } from '../../objects/codecErrors';
import { call, getAttr, isTrue } from '../../objects/protocols';
import { strValue } from '../../objects/str';
import { intValue } from '../../objects/int';
import { decodeBytes, encodeStr, lookupCodec, type CodecName } from '../../objects/strCodecs';
import { runtimeHooks } from '../../vm/hooks';
import { builtinModuleFactory } from '../registry';

/** obj.name(*args), for the codec objects of the codecs module. */
function callMethod(target: Py, name: string, args: Py[] = []): Py {
  return call(getAttr(target, name), args);
}

/** A decoder that may hold back the bytes of an incomplete character. */
export interface IncrementalDecoder {
  decode(input: Uint8Array, final: boolean): string;
  /** The bytes held back, and the codec's own flags. */
  getstate(): [Uint8Array, number];
  setstate(buffer: Uint8Array, flags: number): void;
  reset(): void;
}

export interface IncrementalEncoder {
  encode(text: string): Uint8Array;
  /**
   * For text this encoder would encode exactly as UTF-8 does, without fail (ASCII text
   * in an ASCII-compatible codec, any text without surrogates in UTF-8): its length in
   * bytes, so that it may be kept as text and encoded later, many writes at once.
   * Undefined when it must be encoded now.
   */
  deferredLength(text: string): number | undefined;
  /** Back to the start of a stream: a byte order mark comes next (for codecs that write one). */
  reset(): void;
  /** Somewhere after the start: no byte order mark. */
  setstateNotStart(): void;
}

export interface TextCodec {
  /** The codec's normalised name (codecs.CodecInfo.name). */
  readonly name: string;
  decoder(errors: string): IncrementalDecoder;
  encoder(errors: string): IncrementalEncoder;
}

const EMPTY = new Uint8Array(0);

function joinBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

// ---------------------------------------------------------------- decoders of the built-in codecs

/** How many bytes at the end of `data` begin a UTF-8 sequence that more bytes could complete. */
function incompleteUtf8Tail(data: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= data.length; back++) {
    const lead = data[data.length - back];
    if (lead < 0x80) return 0;
    if (lead < 0xc0) continue;
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length <= back) return 0;
    if (back >= 2) {
      const second = data[data.length - back + 1];
      const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      if (second < low || second > high) return 0;
    }
    return back;
  }
  return 0;
}

/** How many bytes at the end of UTF-16 data belong to an unfinished character (an odd byte, or a lone high surrogate). */
function incompleteUtf16Tail(data: Uint8Array, bigEndian: boolean): number {
  const odd = data.length % 2;
  const end = data.length - odd;
  if (end >= 2) {
    const unit = bigEndian ? (data[end - 2] << 8) | data[end - 1] : (data[end - 1] << 8) | data[end - 2];
    if (unit >= 0xd800 && unit <= 0xdbff) return odd + 2;
  }
  return odd;
}

/**
 * A UnicodeDecodeError restated over `data`, whose bytes from `offset` on were being
 * decoded, with its reason as `reason` gives it; other errors as they are.
 */
function restatedError(
  error: unknown,
  data: Uint8Array,
  offset: number,
  reasonFor: (stop: number, reason: string) => string = (_stop, reason) => reason,
): unknown {
  if (!isInstanceOfException(error, UnicodeDecodeError)) return error;
  const field = (name: string): Py => exceptionField(error, name) ?? null;
  const [start, stop, reason] = [Number(field('start')), Number(field('end')), strValue(field('reason')) ?? ''];
  return unicodeDecodeError(strValue(field('encoding')) ?? '', data, start + offset, stop + offset, reasonFor(stop, reason));
}

const UTF8_CUT_SHORT = 'invalid continuation byte';
const UTF16_CUT_SHORT = 'illegal UTF-16 surrogate';

/**
 * A decoder keeping the incomplete tail of each chunk for the next (codecs'
 * BufferedIncrementalDecoder), over a codec decoding whole sequences.
 */
class BufferedDecoder implements IncrementalDecoder {
  protected pending: Uint8Array = EMPTY;

  constructor(
    private readonly codec: string,
    protected readonly errors: string,
    private readonly incompleteTail: (data: Uint8Array) => number,
    /** What CPython calls a character cut short by a byte that cannot continue it (UTF-8 and UTF-16 have such). */
    private readonly cutShortReason?: string,
  ) {}

  decode(input: Uint8Array, final: boolean): string {
    const data = joinBytes(this.pending, input);
    const keep = final ? 0 : this.incompleteTail(data);
    const end = data.length - keep;
    let text: string;
    try {
      text = decodeBytes(data.subarray(0, end), this.codec, this.errors);
    } catch (error) {
      throw keep === 0 ? error : this.restated(error, data, end);
    }
    this.pending = data.slice(end);
    return text;
  }

  /**
   * A failure to decode the bytes before the held-back tail, as CPython reports it: over
   * all the input, and a character that ran into the tail is one cut short by its next
   * byte, not one the data ended in.
   */
  private restated(error: unknown, data: Uint8Array, end: number): unknown {
    return restatedError(error, data, 0, (stop, reason) =>
      stop === end && reason === 'unexpected end of data' && this.cutShortReason !== undefined ? this.cutShortReason : reason,
    );
  }

  getstate(): [Uint8Array, number] {
    return [this.pending, 0];
  }

  setstate(buffer: Uint8Array): void {
    this.pending = buffer.slice();
  }

  reset(): void {
    this.pending = EMPTY;
  }
}

/** Decoders of the codecs that need no state at all: Latin-1 and ASCII. */
class StatelessDecoder implements IncrementalDecoder {
  constructor(
    private readonly codec: string,
    private readonly errors: string,
  ) {}

  decode(input: Uint8Array): string {
    return decodeBytes(input, this.codec, this.errors);
  }

  getstate(): [Uint8Array, number] {
    return [EMPTY, 0];
  }

  setstate(): void {}

  reset(): void {}
}

/** utf-8-sig: UTF-8 whose first three bytes are dropped when they are a byte order mark. */
class Utf8SigDecoder extends BufferedDecoder {
  private first = 1;

  constructor(errors: string) {
    super('utf-8', errors, incompleteUtf8Tail, UTF8_CUT_SHORT);
  }

  override decode(input: Uint8Array, final: boolean): string {
    if (this.first) {
      const data = joinBytes(this.pending, input);
      if (data.length < 3 && BOM_UTF8.subarray(0, data.length).every((byte, i) => data[i] === byte)) {
        this.pending = data.slice();
        return '';
      }
      this.first = 0;
      this.pending = EMPTY;
      const bom = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
      return super.decode(bom ? data.subarray(3) : data, final);
    }
    return super.decode(input, final);
  }

  override getstate(): [Uint8Array, number] {
    return [this.pending, this.first];
  }

  override setstate(buffer: Uint8Array, flags = 0): void {
    super.setstate(buffer);
    this.first = flags;
  }

  override reset(): void {
    super.reset();
    this.first = 1;
  }
}

const BOM_UTF8 = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * UTF-16 and UTF-32 with a byte order mark: the mark decides the byte order (a stream
 * without one is an error, as the codecs module's incremental decoders have it).
 */
class ByteOrderDecoder implements IncrementalDecoder {
  /** Known once the mark is read; the state's flags say 2 until then. */
  private bigEndian: boolean | undefined = undefined;
  private inner: BufferedDecoder | undefined = undefined;
  private pending: Uint8Array = EMPTY;

  constructor(
    private readonly width: 2 | 4,
    private readonly errors: string,
  ) {}

  private innerFor(bigEndian: boolean): BufferedDecoder {
    const codec = `utf-${this.width * 8}-${bigEndian ? 'be' : 'le'}`;
    const tail = this.width === 2 ? (data: Uint8Array) => incompleteUtf16Tail(data, bigEndian) : (data: Uint8Array) => data.length % 4;
    return new BufferedDecoder(codec, this.errors, tail, this.width === 2 ? UTF16_CUT_SHORT : undefined);
  }

  decode(input: Uint8Array, final: boolean): string {
    if (this.inner !== undefined) return this.inner.decode(input, final);
    const data = joinBytes(this.pending, input);
    const width = this.width;
    if (data.length < width) {
      this.pending = data.slice();
      return final && data.length > 0 ? this.innerFor(false).decode(data, true) : '';
    }
    const littleMark = width === 2 ? data[0] === 0xff && data[1] === 0xfe : data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0;
    const bigMark = width === 2 ? data[0] === 0xfe && data[1] === 0xff : data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff;
    if (!littleMark && !bigMark) throw newException(UnicodeError, `UTF-${width * 8} stream does not start with BOM`);
    this.bigEndian = bigMark;
    this.inner = this.innerFor(bigMark);
    this.pending = EMPTY;
    try {
      return this.inner.decode(data.subarray(width), final);
    } catch (error) {
      // CPython decodes the mark with the rest: its positions count the mark's bytes.
      throw restatedError(error, data, width);
    }
  }

  getstate(): [Uint8Array, number] {
    if (this.inner === undefined) return [this.pending, 2];
    // 0: the platform's (little-endian) order; 1: the other.
    return [this.inner.getstate()[0], this.bigEndian ? 1 : 0];
  }

  setstate(buffer: Uint8Array, flags: number): void {
    if (flags === 2) {
      this.inner = undefined;
      this.bigEndian = undefined;
      this.pending = buffer.slice();
      return;
    }
    this.bigEndian = flags === 1;
    this.inner = this.innerFor(this.bigEndian);
    this.inner.setstate(buffer);
  }

  reset(): void {
    this.inner = undefined;
    this.bigEndian = undefined;
    this.pending = EMPTY;
  }
}

// ---------------------------------------------------------------- encoders of the built-in codecs

/** Encoders that write a mark first: at the start of a stream `first` encodes, afterwards `rest`. */
class MarkingEncoder implements IncrementalEncoder {
  private atStart = true;

  constructor(
    private readonly first: (text: string) => Uint8Array,
    private readonly rest: (text: string) => Uint8Array,
    readonly deferredLength: (text: string) => number | undefined = () => undefined,
  ) {}

  encode(text: string): Uint8Array {
    const encoded = this.atStart ? this.first(text) : this.rest(text);
    this.atStart = false;
    return encoded;
  }

  reset(): void {
    this.atStart = true;
  }

  setstateNotStart(): void {
    this.atStart = false;
  }
}

const ASCII = /^[\x00-\x7f]*$/;
const SURROGATE = /[\ud800-\udfff]/;

/** ASCII text is the same in every ASCII-compatible codec. */
function asciiLength(text: string): number | undefined {
  return ASCII.test(text) ? text.length : undefined;
}

function utf8Length(text: string): number | undefined {
  if (ASCII.test(text)) return text.length;
  return SURROGATE.test(text) ? undefined : Buffer.byteLength(text, 'utf8');
}

function statelessEncoder(codec: CodecName, errors: string): IncrementalEncoder {
  const encode = (text: string): Uint8Array => encodeStr(text, codec, errors);
  const deferrable = codec === 'utf-8' ? utf8Length : codec === 'ascii' || codec === 'latin-1' ? asciiLength : undefined;
  return new MarkingEncoder(encode, encode, deferrable);
}

/** The normalised names CPython's codecs report for the built-in codecs. */
const CODEC_INFO_NAMES: Record<CodecName, string> = {
  'utf-8': 'utf-8',
  ascii: 'ascii',
  'latin-1': 'iso8859-1',
  'utf-16': 'utf-16',
  'utf-16-le': 'utf-16-le',
  'utf-16-be': 'utf-16-be',
  'utf-32': 'utf-32',
  'utf-32-le': 'utf-32-le',
  'utf-32-be': 'utf-32-be',
};

function builtinCodec(codec: CodecName): TextCodec {
  return {
    name: CODEC_INFO_NAMES[codec],
    decoder(errors) {
      switch (codec) {
        case 'utf-8':
          return new BufferedDecoder('utf-8', errors, incompleteUtf8Tail, UTF8_CUT_SHORT);
        case 'ascii':
        case 'latin-1':
          return new StatelessDecoder(codec, errors);
        case 'utf-16':
          return new ByteOrderDecoder(2, errors);
        case 'utf-32':
          return new ByteOrderDecoder(4, errors);
        case 'utf-16-le':
        case 'utf-16-be':
          return new BufferedDecoder(codec, errors, (data) => incompleteUtf16Tail(data, codec === 'utf-16-be'), UTF16_CUT_SHORT);
        default:
          return new BufferedDecoder(codec, errors, (data) => data.length % 4);
      }
    },
    encoder(errors) {
      if (codec === 'utf-16' || codec === 'utf-32') {
        return new MarkingEncoder((text) => encodeStr(text, codec, errors), (text) => encodeStr(text, `${codec}-le`, errors));
      }
      return statelessEncoder(codec, errors);
    },
  };
}

const utf8SigCodec: TextCodec = {
  name: 'utf-8-sig',
  decoder: (errors) => new Utf8SigDecoder(errors),
  encoder: (errors) => new MarkingEncoder((text) => joinBytes(BOM_UTF8, encodeStr(text, 'utf-8', errors)), (text) => encodeStr(text, 'utf-8', errors)),
};

// ---------------------------------------------------------------- codecs written in Python

/** An incremental decoder object of the codecs module, called through its methods. */
class PythonDecoder implements IncrementalDecoder {
  constructor(readonly decoder: Py) {}

  decode(input: Uint8Array, final: boolean): string {
    return checkDecoded(callMethod(this.decoder, 'decode', [new PyBytes(input), final]));
  }

  getstate(): [Uint8Array, number] {
    const state = callMethod(this.decoder, 'getstate');
    if (!(state instanceof PyTuple) || state.items.length !== 2) throw newException(TypeError, 'illegal decoder state');
    const [buffer, flags] = state.items;
    if (!(buffer instanceof PyBytes)) throw typeError(`illegal decoder state: the first item should be a bytes object, not '${typeName(buffer)}'`);
    const number = intValue(flags);
    if (number === undefined) throw typeError(`'${typeName(flags)}' object cannot be interpreted as an integer`);
    return [buffer.bytes, Number(number)];
  }

  setstate(buffer: Uint8Array, flags: number): void {
    callMethod(this.decoder, 'setstate', [newTuple([new PyBytes(buffer), flags])]);
  }

  reset(): void {
    callMethod(this.decoder, 'reset');
  }
}

/** check_decoded: a decoder must give str. */
export function checkDecoded(decoded: Py): string {
  const text = strValue(decoded);
  if (text === undefined) throw typeError(`decoder should return a string result, not '${typeName(decoded)}'`);
  return text;
}

class PythonEncoder implements IncrementalEncoder {
  constructor(private readonly encoder: Py) {}

  encode(text: string): Uint8Array {
    const encoded = callMethod(this.encoder, 'encode', [text]);
    if (!(encoded instanceof PyBytes)) throw typeError(`encoder should return a bytes object, not '${typeName(encoded)}'`);
    return encoded.bytes;
  }

  reset(): void {
    callMethod(this.encoder, 'reset');
  }

  setstateNotStart(): void {
    callMethod(this.encoder, 'setstate', [0]);
  }

  deferredLength(): undefined {
    return undefined;
  }
}

/** _PyCodec_LookupTextEncoding through the codecs module: a CodecInfo that is a text encoding. */
function pythonCodec(encoding: string): TextCodec | undefined {
  if (builtinModuleFactory('_codecs') === undefined) return undefined;
  const codecs = runtimeHooks.importName('codecs', null, null, null, 0);
  const info = callMethod(codecs, 'lookup', [encoding]);
  const isText = getAttr(info, '_is_text_encoding');
  if (!isTrue(isText)) {
    throw newException(LookupError, `'${encoding}' is not a text encoding; use codecs.open() to handle arbitrary codecs`);
  }
  const name = strValue(getAttr(info, 'name')) ?? encoding;
  return {
    name,
    decoder: (errors) => new PythonDecoder(callMethod(info, 'incrementaldecoder', [errors])),
    encoder: (errors) => new PythonEncoder(callMethod(info, 'incrementalencoder', [errors])),
  };
}

/** The text codec `encoding` names; LookupError when there is none. */
export function lookupTextCodec(encoding: string): TextCodec {
  const normalized = encoding.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  if (normalized === 'utf_8_sig' || normalized === 'utf8_sig') return utf8SigCodec;
  let codec: CodecName;
  try {
    codec = lookupCodec(encoding);
  } catch (error) {
    const fromPython = pythonCodec(encoding);
    if (fromPython === undefined) throw error;
    return fromPython;
  }
  return builtinCodec(codec);
}
