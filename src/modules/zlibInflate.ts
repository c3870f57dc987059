// Decompression for the zlib module: DEFLATE (RFC 1951) in a zlib (RFC 1950) or gzip
// (RFC 1952) wrapper or raw, decoded incrementally as zlib's inflate() does. Input can
// arrive in pieces and output can be asked for in limited amounts: the decoder works in
// steps (a header, a symbol with its extra bits, a block's code tables) that either
// complete or, when the input runs out, leave everything as it was before them. Errors
// carry zlib's messages ("incorrect header check", "invalid distance too far back"...).
import { crc32 } from './binascii';

/** The window a wbits value asks for, and the wrapper around the deflate stream. */
export type Wrapper = 'zlib' | 'gzip' | 'raw' | 'auto';

/** A corrupt stream (zlib's Z_DATA_ERROR), with zlib's message. */
export class InflateError extends Error {}

/** zlib's adler32, continuing from `adler`. */
export function adler32(data: Uint8Array, adler: number): number {
  let a = adler & 0xffff;
  let b = (adler >>> 16) & 0xffff;
  for (let i = 0; i < data.length; ) {
    const end = Math.min(data.length, i + 3800);
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

// ---------------------------------------------------------------- Huffman codes

/** A canonical Huffman code, decodable by counting (as zlib's puff does). */
interface HuffmanCode {
  /** How many codes have each length (0 to 15). */
  readonly counts: Uint16Array;
  /** The symbols in canonical order. */
  readonly symbols: Uint16Array;
}

/** Builds the code for `lengths`; null when the lengths over-subscribe the code space, or leave it incomplete where that is not allowed. */
function huffmanCode(lengths: ArrayLike<number>, allowIncomplete: boolean): HuffmanCode | null {
  const counts = new Uint16Array(16);
  for (let i = 0; i < lengths.length; i++) counts[lengths[i]]++;
  counts[0] = 0;
  let left = 1;
  for (let length = 1; length < 16; length++) {
    left = left * 2 - counts[length];
    if (left < 0) return null;
  }
  const used = lengths.length - [...Array.from(lengths)].filter((length) => length === 0).length;
  if (left > 0 && !(allowIncomplete || used <= 1)) return null;
  const offsets = new Uint16Array(16);
  for (let length = 1; length < 15; length++) offsets[length + 1] = offsets[length] + counts[length];
  const symbols = new Uint16Array(lengths.length);
  for (let symbol = 0; symbol < lengths.length; symbol++) if (lengths[symbol] !== 0) symbols[offsets[lengths[symbol]]++] = symbol;
  return { counts, symbols };
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

const FIXED_LITERALS = huffmanCode(Array.from({ length: 288 }, (_, symbol) => (symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8)), true)!;
const FIXED_DISTANCES = huffmanCode(new Array(30).fill(5), true)!;

/** Thrown inside a step when the input ends before it does: the step is undone. */
const NEED_INPUT = Symbol('need input');

// ---------------------------------------------------------------- the decoder

type Mode = 'header' | 'blockHeader' | 'stored' | 'huffman' | 'trailer' | 'done';

const WINDOW = 32768;

export class Inflater {
  /** Input not yet consumed; `bitPosition` bits of its first byte(s) are. */
  private input = new Uint8Array(0);
  private position = 0;
  private bitBuffer = 0;
  private bitCount = 0;

  private mode: Mode;
  private wrapper: Wrapper;
  private lastBlock = false;
  private storedRemaining = 0;
  private literals: HuffmanCode = FIXED_LITERALS;
  private distances: HuffmanCode = FIXED_DISTANCES;
  /** A match not fully copied out when the output limit was reached. */
  private pendingCopy: { length: number; distance: number } | null = null;

  /** The last 32 KiB of output, for matches. */
  private window = new Uint8Array(WINDOW);
  private windowFill = 0;
  private totalOut = 0;
  private check: number;

  constructor(
    wrapper: Wrapper,
    /** The largest match distance the stream may use (1 << wbits). */
    private windowSize: number,
    private readonly dictionary: Uint8Array | null,
  ) {
    this.wrapper = wrapper;
    this.mode = wrapper === 'raw' ? 'blockHeader' : 'header';
    this.check = wrapper === 'gzip' ? 0 : 1;
    if (wrapper === 'raw' && dictionary !== null) this.remember(dictionary);
  }

  get finished(): boolean {
    return this.mode === 'done';
  }

  /** Bytes handed in but not consumed (after the end of the stream: the data that follows it). */
  get unconsumedInput(): Uint8Array {
    return this.input.subarray(this.position);
  }

  /** Forgets the input not consumed (handed back to the caller as unconsumed_tail). */
  drop(): void {
    this.input = new Uint8Array(0);
    this.position = 0;
  }

  /** An independent decoder in the same state. */
  copy(): Inflater {
    const copy = new Inflater(this.wrapper, this.windowSize, this.dictionary);
    Object.assign(copy, this, {
      input: this.input.slice(),
      window: this.window.slice(),
      pendingCopy: this.pendingCopy === null ? null : { ...this.pendingCopy },
    });
    return copy;
  }

  /** Adds input. */
  feed(data: Uint8Array): void {
    const rest = this.input.subarray(this.position);
    const joined = new Uint8Array(rest.length + data.length);
    joined.set(rest);
    joined.set(data, rest.length);
    this.input = joined;
    this.position = 0;
  }

  /** Decodes what the input allows, at most `limit` bytes of output (no limit if 0). */
  inflate(limit = 0): Uint8Array {
    const out: number[] = [];
    this.checkedUpTo = 0;
    const room = (): boolean => limit === 0 || out.length < limit;
    while (this.mode !== 'done' && room()) {
      const saved = this.saveState();
      try {
        this.step(out, limit);
      } catch (signal) {
        if (signal !== NEED_INPUT) throw signal;
        this.restoreState(saved);
        break;
      }
    }
    this.settleCheck(out);
    return Uint8Array.from(out);
  }

  /** How much of this call's output the check value covers. */
  private checkedUpTo = 0;

  /** Adds the output not yet counted to the running check (adler32, or crc32 for gzip). */
  private settleCheck(out: number[]): void {
    if (this.checkedUpTo === out.length) return;
    const data = Uint8Array.from(out.slice(this.checkedUpTo));
    this.check = this.wrapper === 'gzip' ? crc32(data, this.check) : adler32(data, this.check);
    this.checkedUpTo = out.length;
  }

  private saveState(): [number, number, number] {
    return [this.position, this.bitBuffer, this.bitCount];
  }

  private restoreState([position, bitBuffer, bitCount]: [number, number, number]): void {
    this.position = position;
    this.bitBuffer = bitBuffer;
    this.bitCount = bitCount;
  }

  // ------------------------------------------------ bits

  private bits(count: number): number {
    while (this.bitCount < count) {
      if (this.position >= this.input.length) throw NEED_INPUT;
      this.bitBuffer |= this.input[this.position++] << this.bitCount;
      this.bitCount += 8;
    }
    const value = this.bitBuffer & ((1 << count) - 1);
    this.bitBuffer >>>= count;
    this.bitCount -= count;
    return value;
  }

  private byte(): number {
    if (this.position >= this.input.length) throw NEED_INPUT;
    return this.input[this.position++];
  }

  private alignToByte(): void {
    this.bitBuffer = 0;
    this.bitCount = 0;
  }

  private decodeSymbol(code: HuffmanCode): number {
    let value = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length < 16; length++) {
      value |= this.bits(1);
      const count = code.counts[length];
      if (value - count < first) return code.symbols[index + (value - first)];
      index += count;
      first = (first + count) << 1;
      value <<= 1;
    }
    throw new InflateError('invalid code');
  }

  // ------------------------------------------------ output

  private remember(data: Uint8Array): void {
    for (const byte of data) {
      this.window[this.windowFill % WINDOW] = byte;
      this.windowFill++;
    }
  }

  private emit(out: number[], byte: number): void {
    out.push(byte);
    this.window[this.windowFill % WINDOW] = byte;
    this.windowFill++;
    this.totalOut++;
  }

  private copyMatch(out: number[], limit: number): void {
    const copy = this.pendingCopy!;
    while (copy.length > 0 && (limit === 0 || out.length < limit)) {
      this.emit(out, this.window[(this.windowFill - copy.distance) % WINDOW]);
      copy.length--;
    }
    if (copy.length === 0) this.pendingCopy = null;
  }

  // ------------------------------------------------ steps

  private step(out: number[], limit: number): void {
    switch (this.mode) {
      case 'header':
        return this.readHeader();
      case 'blockHeader':
        return this.readBlockHeader();
      case 'stored': {
        if (this.storedRemaining === 0) {
          this.mode = this.lastBlock ? 'trailer' : 'blockHeader';
          return;
        }
        this.emit(out, this.byte());
        this.storedRemaining--;
        return;
      }
      case 'huffman':
        return this.readSymbol(out, limit);
      case 'trailer':
        return this.readTrailer(out);
      default:
        return;
    }
  }

  private readHeader(): void {
    if (this.wrapper === 'auto') {
      const first = this.byte();
      this.position--;
      this.wrapper = first === 0x1f ? 'gzip' : 'zlib';
      this.check = this.wrapper === 'gzip' ? 0 : 1;
    }
    if (this.wrapper === 'gzip') {
      this.readGzipHeader();
    } else {
      const cmf = this.byte();
      const flags = this.byte();
      if ((cmf * 256 + flags) % 31 !== 0) throw new InflateError('incorrect header check');
      if ((cmf & 0x0f) !== 8) throw new InflateError('unknown compression method');
      const windowBits = (cmf >> 4) + 8;
      if (1 << windowBits > this.windowSize) throw new InflateError('invalid window size');
      if (flags & 0x20) {
        const wanted = [this.byte(), this.byte(), this.byte(), this.byte()].reduce((value, byte) => value * 256 + byte, 0);
        if (this.dictionary === null) throw new InflateError('need dictionary');
        if (adler32(this.dictionary, 1) !== wanted) throw new InflateError('incorrect data check');
        this.remember(this.dictionary);
      }
    }
    this.mode = 'blockHeader';
  }

  private readGzipHeader(): void {
    if (this.byte() !== 0x1f || this.byte() !== 0x8b) throw new InflateError('incorrect header check');
    if (this.byte() !== 8) throw new InflateError('unknown compression method');
    const flags = this.byte();
    if (flags & 0xe0) throw new InflateError('unknown header flags set');
    for (let i = 0; i < 6; i++) this.byte();
    if (flags & 0x04) {
      const length = this.byte() | (this.byte() << 8);
      for (let i = 0; i < length; i++) this.byte();
    }
    for (const bit of [0x08, 0x10]) {
      if (flags & bit) while (this.byte() !== 0);
    }
    if (flags & 0x02) {
      this.byte();
      this.byte();
    }
  }

  private readBlockHeader(): void {
    this.lastBlock = this.bits(1) === 1;
    const type = this.bits(2);
    if (type === 0) {
      this.alignToByte();
      const length = this.byte() | (this.byte() << 8);
      const complement = this.byte() | (this.byte() << 8);
      if (length !== (~complement & 0xffff)) throw new InflateError('invalid stored block lengths');
      this.storedRemaining = length;
      this.mode = 'stored';
    } else if (type === 1) {
      this.literals = FIXED_LITERALS;
      this.distances = FIXED_DISTANCES;
      this.mode = 'huffman';
    } else if (type === 2) {
      this.readDynamicTables();
      this.mode = 'huffman';
    } else {
      throw new InflateError('invalid block type');
    }
  }

  private readDynamicTables(): void {
    const literalCount = this.bits(5) + 257;
    const distanceCount = this.bits(5) + 1;
    const codeLengthCount = this.bits(4) + 4;
    if (literalCount > 286 || distanceCount > 30) throw new InflateError('too many length or distance symbols');
    const codeLengthLengths = new Array(19).fill(0);
    for (let i = 0; i < codeLengthCount; i++) codeLengthLengths[CODE_LENGTH_ORDER[i]] = this.bits(3);
    const codeLengthCode = huffmanCode(codeLengthLengths, false);
    if (codeLengthCode === null) throw new InflateError('invalid code lengths set');
    const lengths: number[] = [];
    while (lengths.length < literalCount + distanceCount) {
      const symbol = this.decodeSymbol(codeLengthCode);
      if (symbol < 16) {
        lengths.push(symbol);
        continue;
      }
      let repeat: number;
      let value = 0;
      if (symbol === 16) {
        if (lengths.length === 0) throw new InflateError('invalid bit length repeat');
        value = lengths[lengths.length - 1];
        repeat = 3 + this.bits(2);
      } else {
        repeat = symbol === 17 ? 3 + this.bits(3) : 11 + this.bits(7);
      }
      if (lengths.length + repeat > literalCount + distanceCount) throw new InflateError('invalid bit length repeat');
      for (let i = 0; i < repeat; i++) lengths.push(value);
    }
    if (lengths[256] === 0) throw new InflateError('invalid code -- missing end-of-block');
    const literals = huffmanCode(lengths.slice(0, literalCount), false);
    if (literals === null) throw new InflateError('invalid literal/lengths set');
    const distances = huffmanCode(lengths.slice(literalCount), false);
    if (distances === null) throw new InflateError('invalid distances set');
    this.literals = literals;
    this.distances = distances;
  }

  private readSymbol(out: number[], limit: number): void {
    if (this.pendingCopy !== null) {
      this.copyMatch(out, limit);
      return;
    }
    const symbol = this.decodeSymbol(this.literals);
    if (symbol < 256) {
      this.emit(out, symbol);
      return;
    }
    if (symbol === 256) {
      this.mode = this.lastBlock ? 'trailer' : 'blockHeader';
      return;
    }
    const lengthIndex = symbol - 257;
    if (lengthIndex >= 29) throw new InflateError('invalid literal/length code');
    const length = LENGTH_BASE[lengthIndex] + this.bits(LENGTH_EXTRA[lengthIndex]);
    const distanceSymbol = this.decodeSymbol(this.distances);
    if (distanceSymbol >= 30) throw new InflateError('invalid distance code');
    const distance = DISTANCE_BASE[distanceSymbol] + this.bits(DISTANCE_EXTRA[distanceSymbol]);
    if (distance > this.windowFill || distance > this.windowSize) throw new InflateError('invalid distance too far back');
    this.pendingCopy = { length, distance };
    this.copyMatch(out, limit);
  }

  private readTrailer(out: number[]): void {
    this.alignToByte();
    this.settleCheck(out);
    if (this.wrapper === 'zlib') {
      const expected = [this.byte(), this.byte(), this.byte(), this.byte()].reduce((value, byte) => value * 256 + byte, 0);
      if (expected !== this.check) throw new InflateError('incorrect data check');
    } else if (this.wrapper === 'gzip') {
      const bytes = [0, 0, 0, 0, 0, 0, 0, 0].map(() => this.byte());
      const crc = (bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24)) >>> 0;
      const size = (bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24)) >>> 0;
      if (crc !== this.check) throw new InflateError('incorrect data check');
      if (size !== this.totalOut % 2 ** 32) throw new InflateError('incorrect length check');
    }
    this.mode = 'done';
  }
}
