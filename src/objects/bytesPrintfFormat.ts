// printf-style formatting of bytes, `bytes % args` (PEP 461), as CPython 3.11 does it:
// the engine of printfFormat.ts with bytes' own conversions (%b, %s of bytes-like
// objects, %a and %r as ascii(), %c of one byte) and error messages.
import {
  asciiFromRepr,
  convertFloat,
  convertInteger,
  FLOAT_CONVERSIONS,
  floatOf,
  indexOf,
  INTEGER_CONVERSIONS,
  type PercentArgs,
  type PercentDialect,
  PercentFormatter,
  type PercentMapping,
  type PercentValue,
  textual,
  typeNameShown,
  unsupportedCharacter,
} from './printfFormat';
import { PyError } from './pyError';

/** `template % args` for a bytes (or bytearray) template. */
export function formatBytesPercent(template: Uint8Array, args: PercentArgs): Uint8Array {
  return bytesFromLatin1(new PercentFormatter(latin1FromBytes(template), args, bytesDialect).format());
}

const bytesDialect: PercentDialect = {
  subject: 'bytes',
  isMapping: (args): args is PercentMapping => args.getItem !== undefined && args.kind !== 'str' && args.kind !== 'bytes',
  mappingKey: bytesFromLatin1,
  convert(spec, value) {
    switch (spec.conversion) {
      case 'r':
      case 'a':
        return textual(truncated(asciiFromRepr(value.repr()), spec.precision));
      case 's':
      case 'b':
        return textual(truncated(latin1FromBytes(bytesOf(value)), spec.precision));
      case 'c':
        return textual(String.fromCharCode(byteOf(value)));
    }
    if (INTEGER_CONVERSIONS.includes(spec.conversion)) {
      // Messages name %i as %d here.
      return convertInteger(spec, value, spec.conversion === 'i' ? 'd' : spec.conversion);
    }
    if (FLOAT_CONVERSIONS.includes(spec.conversion)) return convertFloat(spec, floatArgument(value));
    return undefined;
  },
  unsupported(template, index, endedDigits) {
    const code = template.charCodeAt(index);
    // CPython reads the character as a signed C char unless a digit loop read it, and
    // the %c of its message rejects the negative values non-ASCII bytes become.
    if (code >= 0x80 && !endedDigits) return new PyError('OverflowError', 'character argument not in range(0x110000)');
    return unsupportedCharacter(template[index], code, index);
  },
};

function truncated(text: string, precision: number): string {
  return precision >= 0 ? text.slice(0, precision) : text;
}

/** %b and %s: bytes and bytearray as they are, else __bytes__ or the buffer protocol. */
function bytesOf(value: PercentValue): Uint8Array {
  if (value.kind === 'bytes') return value.value;
  if (value.bytes !== undefined) return value.bytes();
  throw new PyError(
    'TypeError',
    `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeNameShown(value, 100)}'`,
  );
}

/** %c: a bytes object of length one, or an int in range(256). */
function byteOf(value: PercentValue): number {
  if (value.kind === 'bytes' && value.value.length === 1) return value.value[0];
  const code = indexOf(value);
  if (code === undefined) throw new PyError('TypeError', '%c requires an integer in range(256) or a single byte');
  if (code < 0 || code > 255) throw new PyError('OverflowError', '%c arg not in range(256)');
  return Number(code);
}

/** The float conversions' operand: any failure to get a float becomes one TypeError. */
function floatArgument(value: PercentValue): number {
  try {
    return floatOf(value);
  } catch (error) {
    if (!(error instanceof PyError)) throw error;
    throw new PyError('TypeError', `float argument required, not ${typeNameShown(value, 200)}`);
  }
}

// Bytes travel through the engine as strings of char codes 0-255.
function latin1FromBytes(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const chunkSize = 0x2000;
  for (let start = 0; start < bytes.length; start += chunkSize) {
    chunks.push(String.fromCharCode(...bytes.subarray(start, start + chunkSize)));
  }
  return chunks.join('');
}

function bytesFromLatin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
