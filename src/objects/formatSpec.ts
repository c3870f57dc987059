// The format mini-language shared by format(value, spec) and the built-in types'
// __format__: [[fill]align][sign][z][#][0][width][grouping][.precision][type], parsed
// as CPython 3.11 parses it, with its errors, plus the padding every type applies.
import { PyError } from './pyError';
import { codePointStrings, hasSurrogatePair } from './strCodePoints';

export type Alignment = '<' | '>' | '^' | '=';

export interface FormatSpec {
  /** One code point (a surrogate pair when astral). */
  readonly fill: string;
  readonly align: Alignment;
  /** '' when not given; '-' behaves the same. */
  readonly sign: '' | '+' | '-' | ' ';
  /** 'z': a value that rounds to zero loses its minus sign. */
  readonly coerceNegativeZero: boolean;
  /** '#' */
  readonly alternate: boolean;
  /** -1 when not given. */
  readonly width: number;
  /** The thousands separator ('' for none) and how many digits it separates. */
  readonly separator: '' | ',' | '_';
  readonly groupSize: number;
  /** -1 when not given. */
  readonly precision: number;
  /** The presentation type: one code point, or the type's default when not given. */
  readonly type: string;
}

/** Widths and precisions are Py_ssize_t in CPython; a longer number is refused. */
const MAX_COUNT = 2n ** 63n - 1n;
/** Below this an accumulated count stays exact as a JS number even after one more digit. */
const EXACT_ACCUMULATOR_LIMIT = 1e14;
/** V8's longest string on 64-bit hosts; a longer result is Python's MemoryError. */
const MAX_STRING_LENGTH = 2 ** 29 - 24;

/** Types that take ',' or '_' every three digits (PEP 378), the default types included. */
const DECIMAL_GROUPED_TYPES = new Set(['d', 'e', 'E', 'f', 'F', 'g', 'G', '%', '']);
/** Types that take '_' every four digits (PEP 515), but not ','. */
const POWER_OF_TWO_BASE_TYPES = new Set(['b', 'o', 'x', 'X']);

const DECIMAL_DIGIT = /\p{Nd}/u;

function isAlignment(char: string | undefined): char is Alignment {
  return char === '<' || char === '>' || char === '^' || char === '=';
}

/**
 * Specs parsed before, by default type and alignment ('s<', 'd>', '>': one character or
 * none, then one) and spec: a format in a loop gives the same spec again and again.
 * Each map is emptied when full, so that generated specs cannot grow it without bound.
 */
const parsedSpecs = new Map<string, Map<string, FormatSpec>>();
const MAX_PARSED_SPECS = 512;

/**
 * Parses `spec` for a value of type `typeName` (named in errors), whose type defaults
 * to `defaultType` ('' for float and complex) and alignment to `defaultAlign`.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: '<' | '>'): FormatSpec {
  const defaultsKey = defaultType + defaultAlign;
  let parsed = parsedSpecs.get(defaultsKey);
  if (parsed === undefined) parsedSpecs.set(defaultsKey, (parsed = new Map()));
  let format = parsed.get(spec);
  if (format === undefined) {
    format = parseNewFormatSpec(spec, typeName, defaultType, defaultAlign);
    if (parsed.size >= MAX_PARSED_SPECS) parsed.clear();
    parsed.set(spec, format);
  }
  return format;
}

function parseNewFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: '<' | '>'): FormatSpec {
  // The spec is read by code point; indexing the string itself is the same when it has no surrogate pairs.
  const chars: ArrayLike<string> = hasSurrogatePair(spec) ? codePointStrings(spec) : spec;
  const end = chars.length;
  let pos = 0;

  let fill = ' ';
  let align: Alignment = defaultAlign;
  let fillGiven = false;
  let alignGiven = false;
  if (end >= 2 && isAlignment(chars[1])) {
    fill = chars[0];
    align = chars[1];
    fillGiven = alignGiven = true;
    pos = 2;
  } else if (end >= 1 && isAlignment(chars[0])) {
    align = chars[0];
    alignGiven = true;
    pos = 1;
  }

  let sign: FormatSpec['sign'] = '';
  const signChar = chars[pos];
  if (signChar === '+' || signChar === '-' || signChar === ' ') {
    sign = signChar;
    pos++;
  }
  const coerceNegativeZero = chars[pos] === 'z';
  if (coerceNegativeZero) pos++;
  const alternate = chars[pos] === '#';
  if (alternate) pos++;
  // A leading '0' (kept for backwards compatibility) means '0' fill, and for numbers '=' alignment.
  if (!fillGiven && chars[pos] === '0') {
    fill = '0';
    if (!alignGiven && defaultAlign === '>') align = '=';
    pos++;
  }

  const width = readCount();

  let separator: FormatSpec['separator'] = '';
  if (chars[pos] === ',') {
    separator = ',';
    pos++;
  }
  if (chars[pos] === '_') {
    if (separator !== '') throw new PyError('ValueError', "Cannot specify both ',' and '_'.");
    separator = '_';
    pos++;
  }
  if (chars[pos] === ',' && separator === '_') throw new PyError('ValueError', "Cannot specify both ',' and '_'.");

  let precision = -1;
  if (chars[pos] === '.') {
    pos++;
    precision = readCount();
    if (precision === -1) throw new PyError('ValueError', 'Format specifier missing precision');
  }

  if (end - pos > 1) {
    throw new PyError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  const type = end - pos === 1 ? chars[pos] : defaultType;

  let groupSize = 3;
  if (separator !== '') {
    if (separator === '_' && POWER_OF_TWO_BASE_TYPES.has(type)) {
      groupSize = 4;
    } else if (!DECIMAL_GROUPED_TYPES.has(type)) {
      throw new PyError('ValueError', `Cannot specify '${separator}' with ${quotedCode(type)}.`);
    }
  }

  return { fill, align, sign, coerceNegativeZero, alternate, width, separator, groupSize, precision, type };

  /** The decimal number (any Unicode decimal digits, as CPython reads them) at `pos`, or -1 when there is none. */
  function readCount(): number {
    let value = -1;
    let big: bigint | undefined;
    for (let digit = digitValue(chars[pos]); digit !== -1; digit = digitValue(chars[++pos])) {
      if (value === -1) value = 0;
      if (big === undefined && value < EXACT_ACCUMULATOR_LIMIT) {
        value = value * 10 + digit;
      } else {
        big = (big ?? BigInt(value)) * 10n + BigInt(digit);
        if (big > MAX_COUNT) throw new PyError('ValueError', 'Too many decimal digits in format string');
      }
    }
    return big === undefined ? value : Number(big);
  }
}

/** The value of a Unicode decimal digit, or -1 for anything else. */
function digitValue(char: string | undefined): number {
  if (char === undefined) return -1;
  const code = char.codePointAt(0)!;
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code < 0x80 || !DECIMAL_DIGIT.test(char)) return -1;
  // Unicode encodes every set of decimal digits as ten consecutive code points, zero first,
  // so a digit's value is its distance from the start of its run, modulo ten.
  let zero = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return (code - zero) % 10;
}

/** A presentation type as CPython's messages show it: 'x', or '\x1f600' outside printable ASCII. */
function quotedCode(type: string): string {
  const code = type.codePointAt(0)!;
  return code > 32 && code < 128 ? `'${type}'` : `'\\x${code.toString(16)}'`;
}

export function unknownFormatCode(type: string, typeName: string): PyError {
  return new PyError('ValueError', `Unknown format code ${quotedCode(type)} for object of type '${typeName}'`);
}

/** Raises Python's MemoryError for a result too long to be a JS string, as CPython's allocation would fail. */
export function checkStringLength(length: number): void {
  if (length > MAX_STRING_LENGTH) throw new PyError('MemoryError', '');
}

/** `count` copies of `text`. */
export function repeatText(text: string, count: number): string {
  checkStringLength(count * text.length);
  return text.repeat(count);
}

/** `text` (`length` code points) padded with the fill to the spec's width; '=' pads like '<'. */
export function alignText(text: string, length: number, spec: FormatSpec): string {
  const padding = spec.width - length;
  if (padding <= 0) return text;
  const left = spec.align === '>' ? padding : spec.align === '^' ? Math.floor(padding / 2) : 0;
  return repeatText(spec.fill, left) + text + repeatText(spec.fill, padding - left);
}
