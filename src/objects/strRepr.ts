// repr() of a Python str. A JS string holds a str as UTF-16: a surrogate pair is
// one code point, and a lone surrogate is a code point of its own (Python strs can
// hold those too, and repr shows them escaped, like any non-printable character).
import type { CodePointStr } from '../ast/constant';
import { codePoints } from './strCodePoints';
import { isPrintableCodePoint } from './unicodePrintable';

// Printable ASCII except the backslash and the single quote: such strings repr as themselves in ''.
const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

export function strRepr(text: string | CodePointStr): string {
  if (typeof text === 'string' && PLAIN_ASCII.test(text)) return `'${text}'`;
  const points = typeof text === 'string' ? codePoints(text) : text.codePoints;
  // Python prefers single quotes, switching to double only to avoid escaping a quote.
  const quote = points.includes(0x27) && !points.includes(0x22) ? '"' : "'";
  const pieces: string[] = [quote];
  for (const codePoint of points) pieces.push(escapeCodePoint(codePoint, quote) ?? String.fromCodePoint(codePoint));
  pieces.push(quote);
  return pieces.join('');
}

/** The escapes str and bytes reprs share: backslash, tab, newline and carriage return. */
export const SHORT_ESCAPES: ReadonlyMap<number, string> = new Map([[0x5c, '\\\\'], [0x09, '\\t'], [0x0a, '\\n'], [0x0d, '\\r']]);

/** How repr spells a code point inside `quote`s, or null when it stands for itself. */
function escapeCodePoint(codePoint: number, quote: string): string | null {
  const short = SHORT_ESCAPES.get(codePoint);
  if (short !== undefined) return short;
  if (codePoint === quote.charCodeAt(0)) return `\\${quote}`;
  if (codePoint < 0x7f) return codePoint < 0x20 ? hexEscape('x', codePoint, 2) : null;
  if (isPrintableCodePoint(codePoint)) return null;
  if (codePoint <= 0xff) return hexEscape('x', codePoint, 2);
  if (codePoint <= 0xffff) return hexEscape('u', codePoint, 4);
  return hexEscape('U', codePoint, 8);
}

function hexEscape(letter: string, value: number, digits: number): string {
  return `\\${letter}${value.toString(16).padStart(digits, '0')}`;
}
