// repr() of a Python bytes object: b'...' with printable ASCII shown as itself.

export function bytesRepr(bytes: Uint8Array): string {
  // As for str, double quotes are used only to avoid escaping a single quote.
  const quote = bytes.includes(0x27) && !bytes.includes(0x22) ? 0x22 : 0x27;
  const pieces: string[] = ['b', String.fromCharCode(quote)];
  for (const byte of bytes) pieces.push(byteInRepr(byte, quote));
  pieces.push(String.fromCharCode(quote));
  return pieces.join('');
}

function byteInRepr(byte: number, quote: number): string {
  switch (byte) {
    case 0x5c:
      return '\\\\';
    case 0x09:
      return '\\t';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
  }
  if (byte === quote) return `\\${String.fromCharCode(quote)}`;
  if (byte < 0x20 || byte >= 0x7f) return `\\x${byte.toString(16).padStart(2, '0')}`;
  return String.fromCharCode(byte);
}
