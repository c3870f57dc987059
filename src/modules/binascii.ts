// The binascii module: hex, base64 and uuencode conversions and the CRC-32 and
// CRC-CCITT checksums, with binascii.c's rules for malformed input. (a2b_qp and b2a_qp
// are left out: quopri, their user, falls back on its pure Python codec without them.)
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { PyBytes } from '../objects/bytes';
import { strValue } from '../objects/str';
import { intValue } from '../objects/int';
import { bindClinicArguments, checkArgCount } from '../objects/native';
import { Exception, newException, ValueError } from '../objects/exceptions';
import { isTrue, pyIndex } from '../objects/protocols';
import { bytesLikeArgument } from '../objects/bytesArguments';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';
import { newExceptionClass } from './moduleErrors';

const binasciiModule = newModule('binascii', 'Conversion between binary data and ASCII');
registerBuiltinModule('binascii', () => binasciiModule);
const binasciiError = newExceptionClass('binascii.Error', [ValueError]);
binasciiModule.dict.setStr('Error', binasciiError);
binasciiModule.dict.setStr('Incomplete', newExceptionClass('binascii.Incomplete', [Exception]));

const define = (name: string, fn: (args: Py[], kwnames: readonly string[] | null) => Py): void => {
  defineFunction(binasciiModule, name, fn);
};

function failure(message: string): never {
  throw newException(binasciiError, message);
}

/** The input of the a2b functions (ascii_buffer_converter): a bytes-like object, or a str of ASCII characters. */
function asciiArgument(value: Py): Uint8Array {
  const text = strValue(value);
  if (text === undefined) return bytesLikeArgument(value);
  if (!/^[\0-\x7f]*$/.test(text)) throw newException(ValueError, 'string argument should contain only ASCII characters');
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

const ascii = (text: string): PyBytes => new PyBytes(Uint8Array.from(text, (c) => c.charCodeAt(0)));

// ---------------------------------------------------------------- hex

/** The separator of hexlify: one ASCII character, given as str or bytes. */
function separatorArgument(value: Py): string {
  const text = strValue(value) ?? String.fromCharCode(...bytesLikeArgument(value));
  if (text.length !== 1) throw newException(ValueError, 'sep must be length 1.');
  if (text.charCodeAt(0) > 0x7f) throw newException(ValueError, 'sep must be ASCII.');
  return text;
}

/**
 * The hex digits of `data`, with `separator` between groups of `groupSize` bytes:
 * counted from the right when positive, from the left when negative (bytes.hex's rule).
 */
export function hexWithSeparator(data: Uint8Array, separator: string | null, groupSize: number): string {
  const hex = Buffer.from(data).toString('hex');
  if (separator === null || groupSize === 0 || data.length === 0) return hex;
  const size = Math.abs(groupSize);
  const groups: string[] = [];
  if (groupSize > 0) {
    for (let end = data.length; end > 0; end -= size) groups.unshift(hex.slice(Math.max(0, end - size) * 2, end * 2));
  } else {
    for (let start = 0; start < data.length; start += size) groups.push(hex.slice(start * 2, Math.min(data.length, start + size) * 2));
  }
  return groups.join(separator);
}

for (const name of ['hexlify', 'b2a_hex']) {
  define(name, (args, kwnames) => {
    const [data, sep, bytesPerSep] = bindClinicArguments({ name, names: ['data', 'sep', 'bytes_per_sep'], required: 1, positionalOnly: 0 }, args, kwnames);
    const separator = sep === undefined ? null : separatorArgument(sep);
    return ascii(hexWithSeparator(bytesLikeArgument(data!), separator, bytesPerSep === undefined ? 1 : Number(pyIndex(bytesPerSep))));
  });
}

for (const name of ['unhexlify', 'a2b_hex']) {
  define(name, (args, kwnames) => {
    checkArgCount(`binascii.${name}`, args, kwnames, 1);
    const digits = asciiArgument(args[0]);
    if (digits.length % 2 !== 0) failure('Odd-length string');
    const out = new Uint8Array(digits.length / 2);
    for (let i = 0; i < out.length; i++) {
      const high = parseInt(String.fromCharCode(digits[2 * i]), 16);
      const low = parseInt(String.fromCharCode(digits[2 * i + 1]), 16);
      if (Number.isNaN(high) || Number.isNaN(low)) failure('Non-hexadecimal digit found');
      out[i] = high * 16 + low;
    }
    return new PyBytes(out);
  });
}

// ---------------------------------------------------------------- base64

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Map([...BASE64].map((c, index) => [c.charCodeAt(0), index]));
const PAD = 0x3d;

define('b2a_base64', (args, kwnames) => {
  const [data, newline] = bindClinicArguments({ name: 'b2a_base64', names: ['data', 'newline'], required: 1, positionalOnly: 1, keywordOnlyFrom: 1 }, args, kwnames);
  const encoded = Buffer.from(bytesLikeArgument(data!)).toString('base64');
  return ascii(newline === undefined || isTrue(newline) ? `${encoded}\n` : encoded);
});

/** a2b_base64: characters outside the alphabet are skipped (refused in strict mode); a complete pad ends the data. */
function decodeBase64(input: Uint8Array, strict: boolean): Uint8Array {
  if (strict && input.length > 0 && input[0] === PAD) failure('Leading padding not allowed');
  const out: number[] = [];
  let quadPosition = 0;
  let leftover = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === PAD) {
      paddingStarted = true;
      if (quadPosition >= 2 && quadPosition + ++pads >= 4) {
        if (strict && i + 1 < input.length) failure('Excess data after padding');
        return Uint8Array.from(out);
      }
      continue;
    }
    const value = BASE64_VALUES.get(c);
    if (value === undefined) {
      if (strict) failure('Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) failure('Discontinuous padding not allowed');
    pads = 0;
    switch (quadPosition) {
      case 0:
        leftover = value;
        break;
      case 1:
        out.push(((leftover << 2) | (value >> 4)) & 0xff);
        leftover = value & 0x0f;
        break;
      case 2:
        out.push(((leftover << 4) | (value >> 2)) & 0xff);
        leftover = value & 0x03;
        break;
      case 3:
        out.push(((leftover << 6) | value) & 0xff);
        leftover = 0;
        break;
    }
    quadPosition = (quadPosition + 1) % 4;
  }
  if (quadPosition === 1) {
    failure(`Invalid base64-encoded string: number of data characters (${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  }
  if (quadPosition !== 0) failure('Incorrect padding');
  return Uint8Array.from(out);
}

define('a2b_base64', (args, kwnames) => {
  const [data, strictMode] = bindClinicArguments({ name: 'a2b_base64', names: ['data', 'strict_mode'], required: 1, positionalOnly: 1, keywordOnlyFrom: 1 }, args, kwnames);
  return new PyBytes(decodeBase64(asciiArgument(data!), strictMode !== undefined && isTrue(strictMode)));
});

// ---------------------------------------------------------------- uuencode

define('b2a_uu', (args, kwnames) => {
  const [dataValue, backtickValue] = bindClinicArguments({ name: 'b2a_uu', names: ['data', 'backtick'], required: 1, positionalOnly: 1, keywordOnlyFrom: 1 }, args, kwnames);
  const data = bytesLikeArgument(dataValue!);
  const backtick = backtickValue !== undefined && isTrue(backtickValue);
  if (data.length > 45) failure('At most 45 bytes at once');
  const character = (value: number): string => (backtick && value === 0 ? '`' : String.fromCharCode(value + 0x20));
  let out = character(data.length);
  // Groups of 6 bits, the last group of 3 bytes filled with zero bytes.
  for (let i = 0; i < data.length; i += 3) {
    const group = (data[i] << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    for (const shift of [18, 12, 6, 0]) out += character((group >> shift) & 0x3f);
  }
  return ascii(`${out}\n`);
});

define('a2b_uu', (args, kwnames) => {
  checkArgCount('binascii.a2b_uu', args, kwnames, 1);
  const input = asciiArgument(args[0]);
  // The first character is the count of bytes (an empty line reads as a NUL: 32 bytes).
  let remaining = ((input.length > 0 ? input[0] : 0) - 0x20) & 0x3f;
  const out = new Uint8Array(remaining);
  let written = 0;
  let position = 1;
  let bits = 0;
  let bitCount = 0;
  for (; remaining > 0; position++) {
    const c = position < input.length ? input[position] : 0;
    let value = 0;
    // Past the end, or at a line end, the rest is taken as spaces a mailer stripped.
    if (position < input.length && c !== 0x0a && c !== 0x0d) {
      if (c < 0x20 || c > 0x60) failure('Illegal char');
      value = (c - 0x20) & 0x3f;
    }
    bits = (bits << 6) | value;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      out[written++] = (bits >> bitCount) & 0xff;
      bits &= (1 << bitCount) - 1;
      remaining--;
    }
  }
  for (; position < input.length; position++) {
    const c = input[position];
    if (c !== 0x20 && c !== 0x60 && c !== 0x0a && c !== 0x0d) failure('Trailing garbage');
  }
  return new PyBytes(out);
});

// ---------------------------------------------------------------- checksums

const CRC32_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (zlib's), continuing from `crc`. */
export function crc32(data: Uint8Array, crc: number): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC32_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** An `unsigned int` argument taken bitwise: the low 32 bits of any int. */
export function unsignedIntBitwise(value: Py): number {
  const int = intValue(value) ?? pyIndex(value);
  return Number(BigInt.asUintN(32, BigInt(int)));
}

define('crc32', (args, kwnames) => {
  checkArgCount('crc32', args, kwnames, 1, 2);
  return crc32(bytesLikeArgument(args[0]), args.length > 1 ? unsignedIntBitwise(args[1]) : 0);
});

const CRC_HQX_TABLE = new Uint16Array(256).map((_, n) => {
  let c = n << 8;
  for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  return c;
});

define('crc_hqx', (args, kwnames) => {
  checkArgCount('crc_hqx', args, kwnames, 2);
  const data = bytesLikeArgument(args[0]);
  let crc = unsignedIntBitwise(args[1]) & 0xffff;
  for (let i = 0; i < data.length; i++) crc = ((crc << 8) & 0xff00) ^ CRC_HQX_TABLE[(crc >> 8) ^ data[i]];
  return crc;
});
