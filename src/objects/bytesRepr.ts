// repr() of a Python bytes object: b'...' with printable ASCII shown as itself.
import { SHORT_ESCAPES } from './strRepr';

/**
 * b'...' for the bytes. bytearray's repr escapes every single quote, even inside double
 * quotes (`bytearray(b"\'")`): `escapeAllApostrophes` asks for that.
 */
export function bytesRepr(bytes: Uint8Array, escapeAllApostrophes = false): string {
  // As for str, double quotes are used only to avoid escaping a single quote.
  const quote = bytes.includes(0x27) && !bytes.includes(0x22) ? 0x22 : 0x27;
  const pieces: string[] = ['b', String.fromCharCode(quote)];
  for (const byte of bytes) pieces.push(escapeAllApostrophes && byte === 0x27 ? "\\'" : byteInRepr(byte, quote));
  pieces.push(String.fromCharCode(quote));
  return pieces.join('');
}

function byteInRepr(byte: number, quote: number): string {
  const short = SHORT_ESCAPES.get(byte);
  if (short !== undefined) return short;
  if (byte === quote) return `\\${String.fromCharCode(quote)}`;
  if (byte < 0x20 || byte >= 0x7f) return `\\x${byte.toString(16).padStart(2, '0')}`;
  return String.fromCharCode(byte);
}
