// UTF-7 (RFC 2152), as CPython's unicodeobject.c encodes and decodes it: ASCII stands
// for itself, other text is UTF-16 in modified base64 between '+' and an optional '-'.
// The encoder writes Set D, Set O and whitespace directly; the decoder accepts any ASCII
// byte but '+' as itself. Lone surrogates pass through both ways.
import { fromCodePoint, codePoints } from '../objects/strCodePoints';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function isBase64(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2b || byte === 0x2f;
}

function fromBase64(byte: number): number {
  if (byte >= 0x41 && byte <= 0x5a) return byte - 0x41;
  if (byte >= 0x61 && byte <= 0x7a) return byte - 0x61 + 26;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30 + 52;
  return byte === 0x2b ? 62 : 63;
}

/** The ASCII characters written as themselves: RFC 2152's Set D and Set O, and space, tab, CR and LF. */
const DIRECT = new Set(Array.from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'(),-./:?" + '!"#$%&*;<=>@[]^_`{|} \t\r\n', (c) => c.charCodeAt(0)));

export function encodeUtf7(text: string): Uint8Array {
  const out: number[] = [];
  let inShift = false;
  let bits = 0;
  let buffer = 0;
  /** Appends 16 bits to the base64 stream, writing every whole sextet. */
  const pushUnit = (unit: number): void => {
    buffer = (buffer << 16) | unit;
    bits += 16;
    while (bits >= 6) {
      bits -= 6;
      out.push(BASE64.charCodeAt((buffer >>> bits) & 0x3f));
    }
    buffer &= (1 << bits) - 1;
  };
  for (const codePoint of codePoints(text)) {
    if (DIRECT.has(codePoint)) {
      if (inShift) {
        if (bits > 0) out.push(BASE64.charCodeAt((buffer << (6 - bits)) & 0x3f));
        bits = 0;
        buffer = 0;
        inShift = false;
        // Any other character ends the base64 run by itself.
        if (isBase64(codePoint) || codePoint === 0x2d) out.push(0x2d);
      }
      out.push(codePoint);
      continue;
    }
    if (!inShift) {
      out.push(0x2b);
      if (codePoint === 0x2b) {
        out.push(0x2d);
        continue;
      }
      inShift = true;
    }
    if (codePoint >= 0x10000) {
      pushUnit(0xd800 | ((codePoint - 0x10000) >> 10));
      pushUnit(0xdc00 | ((codePoint - 0x10000) & 0x3ff));
    } else {
      pushUnit(codePoint);
    }
  }
  if (bits > 0) out.push(BASE64.charCodeAt((buffer << (6 - bits)) & 0x3f));
  if (inShift) out.push(0x2d);
  return Uint8Array.from(out);
}

/**
 * The errors handler's verdict on the bytes [start, end) that failed for `reason`: the
 * text to put in their place, and where to go on reading.
 */
export type Utf7Failure = (start: number, end: number, reason: string) => [replacement: string, resume: number];

/**
 * Decodes UTF-7. Unless `final`, a base64 run still open at the end is left unread: the
 * text returned stops before it, and `consumed` is where it starts.
 */
export function decodeUtf7(data: Uint8Array, final: boolean, fail: Utf7Failure): { text: string; consumed: number } {
  let out = '';
  let i = 0;
  let inShift = false;
  let shiftStart = 0;
  let outputAtShift = 0;
  let bits = 0;
  let buffer = 0;
  let surrogate = 0;
  const error = (start: number, end: number, reason: string): void => {
    const [replacement, resume] = fail(start, end, reason);
    out += replacement;
    i = resume;
  };
  for (;;) {
    while (i < data.length) {
      const byte = data[i];
      if (inShift) {
        if (isBase64(byte)) {
          buffer = (buffer << 6) | fromBase64(byte);
          bits += 6;
          i++;
          if (bits < 16) continue;
          bits -= 16;
          const unit = buffer >>> bits;
          buffer &= (1 << bits) - 1;
          if (surrogate !== 0) {
            if (unit >= 0xdc00 && unit <= 0xdfff) {
              out += fromCodePoint(0x10000 + ((surrogate - 0xd800) << 10) + (unit - 0xdc00));
              surrogate = 0;
              continue;
            }
            out += String.fromCharCode(surrogate);
            surrogate = 0;
          }
          if (unit >= 0xd800 && unit <= 0xdbff) surrogate = unit;
          else out += String.fromCharCode(unit);
          continue;
        }
        // The run ends: at most five leftover bits, all zero.
        inShift = false;
        if (bits >= 6) {
          error(shiftStart, i + 1, 'partial character in shift sequence');
          continue;
        }
        if (bits > 0 && buffer !== 0) {
          error(shiftStart, i + 1, 'non-zero padding bits in shift sequence');
          continue;
        }
        if (surrogate !== 0 && byte <= 0x7f && byte !== 0x2b) out += String.fromCharCode(surrogate);
        surrogate = 0;
        // A '-' ending the run is absorbed; any other byte is read as itself.
        if (byte === 0x2d) i++;
      } else if (byte === 0x2b) {
        shiftStart = i;
        i++;
        if (i < data.length && data[i] === 0x2d) {
          i++;
          out += '+';
        } else if (i < data.length && !isBase64(data[i])) {
          error(shiftStart, i + 1, 'ill-formed sequence');
        } else {
          inShift = true;
          surrogate = 0;
          outputAtShift = out.length;
          bits = 0;
          buffer = 0;
        }
      } else if (byte <= 0x7f) {
        out += String.fromCharCode(byte);
        i++;
      } else {
        error(i, i + 1, 'unexpected special character');
      }
    }
    if (!inShift) break;
    if (!final) return { text: out.slice(0, outputAtShift), consumed: shiftStart };
    inShift = false;
    if (surrogate === 0 && bits < 6 && (bits === 0 || buffer === 0)) break;
    error(shiftStart, data.length, 'unterminated shift sequence');
    // A handler that moves back has the rest read again, from outside a run.
    if (i >= data.length) break;
  }
  return { text: out, consumed: data.length };
}
