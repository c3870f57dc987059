// printf-style formatting, `str % args`, as CPython 3.11 does it. The VM describes
// each operand through a small adapter (PercentValue), so that this module needs no
// object model: it parses the template, fetches arguments in CPython's order, asks the
// adapters for conversions and lays out the results with CPython's exact errors.
// bytesPrintfFormat.ts runs the same engine on `bytes % args`.
import { PyError } from './pyError';
import { flat } from './str';
import { digitLimitMessage, exceedsDigitLimit } from './numberParsing';

export type PyInt = number | bigint;

interface PercentValueProtocols {
  /** The type's name as error messages quote it: 'int', 'str', 'list', 'Point'. */
  readonly typeName: string;
  /** str(value). */
  str(): string;
  /** repr(value); %a derives ascii() from it. */
  repr(): string;
  // The optional hooks exist when the type defines the special method. A Python
  // exception they raise is thrown as a PyError; a TypeError among those is
  // replaced by the format's own message, as CPython does.
  /** operator.index(value), through __index__. */
  index?(): PyInt;
  /** int(value) through __int__ (or the fallbacks int() tries, except __index__). */
  int?(): PyInt;
  /** float(value) through __float__. */
  float?(): number;
  /** bytes(value) through __bytes__ or the buffer protocol (bytes formatting's %b and %s). */
  bytes?(): Uint8Array;
  /** value[key], for objects with __getitem__: these serve `%(key)s`. */
  getItem?(key: string | Uint8Array): PercentValue;
}

/**
 * One operand of %. `kind` is what CPython checks the type for (subclasses included:
 * True is an 'int' of value 1), with the built-in value; 'bytes' covers bytearray.
 */
export type PercentValue = PercentValueProtocols &
  (
    | { readonly kind: 'int'; readonly value: PyInt }
    | { readonly kind: 'float'; readonly value: number }
    | { readonly kind: 'str'; readonly value: string }
    | { readonly kind: 'bytes'; readonly value: Uint8Array }
    | { readonly kind: 'other' }
  );

/** The right operand of %: a tuple's items, or the single other object (a mapping when it has getItem). */
export type PercentArgs = PercentValue | readonly PercentValue[];

/** An operand that serves `%(key)` lookups. */
export type PercentMapping = PercentValue & Required<Pick<PercentValueProtocols, 'getItem'>>;

/** `template % args` for a str template. */
export function formatPercent(template: string, args: PercentArgs): string {
  return new PercentFormatter(template, args, strDialect).format();
}

/** One parsed conversion specifier: %[(key)][flags][width][.precision][hlL]conversion. */
export interface ConversionSpec {
  leftAlign: boolean;
  forceSign: boolean;
  spaceSign: boolean;
  alternate: boolean;
  zeroPad: boolean;
  /** -1 when absent. */
  width: number;
  /** -1 when absent. */
  precision: number;
  conversion: string;
}

/** A conversion's text, and whether it is a number (which signs, flags and zero-padding apply to). */
export interface Converted {
  readonly text: string;
  readonly numeric: boolean;
}

/**
 * What differs between `str % args` and `bytes % args`. The engine works on JS
 * strings in both cases: a bytes template and its result travel as strings of
 * char codes 0-255, so lengths count code points in both.
 */
export interface PercentDialect {
  /** The word ending 'not all arguments converted during … formatting'. */
  readonly subject: string;
  /** Whether the single operand serves `%(key)` lookups. */
  isMapping(args: PercentValue): args is PercentMapping;
  /** The key object for a `%(key)`, from its text in the template. */
  mappingKey(text: string): string | Uint8Array;
  /** The conversion's text, or undefined for an unknown conversion character. */
  convert(spec: ConversionSpec, value: PercentValue): Converted | undefined;
  /**
   * The error for an unknown conversion character at `index` (a UTF-16 index of
   * `template`); `endedDigits` tells whether it ended a width's or precision's digits.
   */
  unsupported(template: string, index: number, endedDigits: boolean): PyError;
}

// The most UTF-16 units V8 puts in a string: a wider field cannot be allocated.
const MAX_STRING_LENGTH = 2 ** 29 - 24;
const SSIZE_MAX = 2n ** 63n - 1n;
const INT_MAX = 2n ** 31n - 1n;

export class PercentFormatter {
  /** The result so far (flattened at the end: V8's join of a few pieces costs more than concatenating them). */
  private text = '';
  /** The next template index to read. */
  private position = 0;
  /** The last character read by the specifier parser (CPython reads on past the end as NUL). */
  private current = '';
  /** Whether the parser has tried to read past the end of the template. */
  private exhausted = false;
  /** Whether `current` is the character that ended a run of digits. */
  private currentEndedDigits = false;
  private readonly tuple: readonly PercentValue[] | null;
  private readonly mapping: PercentMapping | null;
  /** The operand non-tuple arguments come from: the single operand or the last `%(key)` lookup. */
  private single: PercentValue | null;
  // CPython's argument cursor: a tuple counts up from 0 to its length; a single
  // operand is "-1 long" and starts at -2, so that it is taken exactly once.
  private argumentCount: number;
  private argumentIndex: number;

  constructor(
    private readonly template: string,
    args: PercentArgs,
    private readonly dialect: PercentDialect,
  ) {
    if (isTuple(args)) {
      this.tuple = args;
      this.single = null;
      this.mapping = null;
      this.argumentCount = args.length;
      this.argumentIndex = 0;
    } else {
      this.tuple = null;
      this.single = args;
      this.mapping = dialect.isMapping(args) ? args : null;
      this.argumentCount = -1;
      this.argumentIndex = -2;
    }
  }

  format(): string {
    const { template } = this;
    while (this.position < template.length) {
      const percent = template.indexOf('%', this.position);
      if (percent === -1) {
        this.text += template.slice(this.position);
        break;
      }
      this.text += template.slice(this.position, percent);
      this.position = percent + 1;
      if (template[this.position] === '%') {
        this.text += '%';
        this.position++;
      } else {
        this.formatOne();
      }
    }
    if (this.argumentIndex < this.argumentCount && this.mapping === null) {
      throw new PyError('TypeError', `not all arguments converted during ${this.dialect.subject} formatting`);
    }
    return flat(this.text);
  }

  private formatOne(): void {
    const spec = this.parseSpec();
    const value = this.nextArgument();
    const converted = this.dialect.convert(spec, value);
    if (converted === undefined) throw this.dialect.unsupported(this.template, this.position - 1, this.currentEndedDigits);
    this.text += layOut(converted, spec);
  }

  /** Reads the next template character into `current`; false (and nothing read) at the end. */
  private advance(): boolean {
    if (this.position >= this.template.length) {
      this.exhausted = true;
      return false;
    }
    this.current = this.template[this.position++];
    this.currentEndedDigits = false;
    return true;
  }

  private parseSpec(): ConversionSpec {
    this.current = this.template[this.position] ?? '\0';
    this.exhausted = false;
    if (this.current === '(') this.selectByKey();
    const spec: ConversionSpec = {
      leftAlign: false,
      forceSign: false,
      spaceSign: false,
      alternate: false,
      zeroPad: false,
      width: -1,
      precision: -1,
      conversion: '',
    };
    while (this.advance() && this.takeFlag(spec));
    const width = this.readField(SSIZE_MAX, 'ssize_t', 'width too big');
    if (width !== undefined) {
      // A negative width from `*` left-aligns.
      spec.leftAlign ||= width < 0;
      spec.width = Math.abs(width);
    }
    if (this.current === '.') {
      this.advance();
      spec.precision = Math.max(0, this.readField(INT_MAX, 'int', 'precision too big') ?? 0);
    }
    // C's length modifiers are accepted and mean nothing.
    if (!this.exhausted && 'hlL'.includes(this.current)) this.advance();
    if (this.exhausted) throw new PyError('ValueError', 'incomplete format');
    spec.conversion = this.current;
    return spec;
  }

  /** Handles `%(key)`: the key's value becomes the operand of the rest of the specifier. */
  private selectByKey(): void {
    if (this.mapping === null) throw new PyError('TypeError', 'format requires a mapping');
    const keyStart = ++this.position;
    let depth = 1;
    while (depth > 0 && this.position < this.template.length) {
      const char = this.template[this.position++];
      if (char === ')') depth--;
      else if (char === '(') depth++;
    }
    if (depth > 0) throw new PyError('ValueError', 'incomplete format key');
    this.single = this.mapping.getItem(this.dialect.mappingKey(this.template.slice(keyStart, this.position - 1)));
    this.argumentCount = -1;
    this.argumentIndex = -2;
  }

  private takeFlag(spec: ConversionSpec): boolean {
    switch (this.current) {
      case '-':
        spec.leftAlign = true;
        return true;
      case '+':
        spec.forceSign = true;
        return true;
      case ' ':
        spec.spaceSign = true;
        return true;
      case '#':
        spec.alternate = true;
        return true;
      case '0':
        spec.zeroPad = true;
        return true;
    }
    return false;
  }

  /** A width or precision starting at `current`: `*` or digits, leaving the character after it in `current`. */
  private readField(limit: bigint, cType: string, tooBig: string): number | undefined {
    if (this.current === '*') {
      const value = this.starArgument(limit, cType);
      this.advance();
      return value;
    }
    return isDigit(this.current) ? this.readNumber(limit, tooBig) : undefined;
  }

  /** A run of digits starting at `current`, leaving the character after it in `current`. */
  private readNumber(limit: bigint, tooBig: string): number {
    let digits = this.current;
    while (this.advance() && isDigit(this.current)) digits += this.current;
    this.currentEndedDigits = !this.exhausted;
    // (Nine digits or fewer fit every limit: a BigInt is made only for a longer number.)
    if (digits.length > 9 && BigInt(digits) > limit) throw new PyError('ValueError', tooBig);
    return Number(digits);
  }

  /** A width or precision given as `*`: the next argument, an int within the C type's range. */
  private starArgument(limit: bigint, cType: string): number {
    const value = this.nextArgument();
    if (value.kind !== 'int') throw new PyError('TypeError', '* wants int');
    const big = BigInt(value.value);
    if (big > limit || big < -limit - 1n) {
      throw new PyError('OverflowError', `Python int too large to convert to C ${cType}`);
    }
    return Number(big);
  }

  private nextArgument(): PercentValue {
    if (this.argumentIndex >= this.argumentCount) {
      throw new PyError('TypeError', 'not enough arguments for format string');
    }
    const index = this.argumentIndex++;
    return this.argumentCount < 0 ? (this.single as PercentValue) : (this.tuple as readonly PercentValue[])[index];
  }
}

function isTuple(args: PercentArgs): args is readonly PercentValue[] {
  return Array.isArray(args);
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

/** Pads a conversion to its width, placing the sign and the 0x/0o prefix around zero padding. */
function layOut({ text, numeric }: Converted, spec: ConversionSpec): string {
  let sign = '';
  let body = text;
  let prefix = '';
  if (numeric) {
    if (body[0] === '-' || body[0] === '+') {
      sign = body[0];
      body = body.slice(1);
    } else if (spec.forceSign) {
      sign = '+';
    } else if (spec.spaceSign) {
      sign = ' ';
    }
    if (spec.alternate && 'oxX'.includes(spec.conversion)) {
      prefix = body.slice(0, 2);
      body = body.slice(2);
    }
  }
  const padding = spec.width - (sign.length + prefix.length + codePointCount(body));
  if (padding <= 0) return sign + prefix + body;
  ensureAllocatable(spec.width);
  if (spec.leftAlign) return sign + prefix + body + ' '.repeat(padding);
  if (numeric && spec.zeroPad) return sign + prefix + '0'.repeat(padding) + body;
  return ' '.repeat(padding) + sign + prefix + body;
}

/** CPython fails to allocate what V8 cannot hold either: a MemoryError, which has no message. */
function ensureAllocatable(length: number): void {
  if (length > MAX_STRING_LENGTH) throw new PyError('MemoryError', '');
}

const SURROGATE = /[\ud800-\udfff]/;

/** The length of a str in code points: a surrogate pair counts once. */
export function codePointCount(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** The first `count` code points of `text`. */
export function truncateCodePoints(text: string, count: number): string {
  if (count < 0 || text.length <= count) return text;
  if (!SURROGATE.test(text)) return text.slice(0, count);
  let end = 0;
  for (const char of text) {
    if (count-- === 0) break;
    end += char.length;
  }
  return text.slice(0, end);
}

/** ascii(value) from repr(value): non-ASCII code points become \x, \u or \U escapes. */
export function asciiFromRepr(repr: string): string {
  if (/^[\x00-\x7f]*$/.test(repr)) return repr;
  let result = '';
  for (const char of repr) {
    const codePoint = char.codePointAt(0) as number;
    if (codePoint < 0x80) result += char;
    else if (codePoint <= 0xff) result += `\\x${codePoint.toString(16).padStart(2, '0')}`;
    else if (codePoint <= 0xffff) result += `\\u${codePoint.toString(16).padStart(4, '0')}`;
    else result += `\\U${codePoint.toString(16).padStart(8, '0')}`;
  }
  return result;
}

const strDialect: PercentDialect = {
  subject: 'string',
  isMapping: (args): args is PercentMapping => args.getItem !== undefined && args.kind !== 'str',
  mappingKey: (text) => text,
  convert(spec, value) {
    switch (spec.conversion) {
      case 's':
        return textual(truncateCodePoints(value.str(), spec.precision));
      case 'r':
        return textual(truncateCodePoints(value.repr(), spec.precision));
      case 'a':
        return textual(truncateCodePoints(asciiFromRepr(value.repr()), spec.precision));
      case 'c':
        return textual(characterOf(value));
    }
    if (INTEGER_CONVERSIONS.includes(spec.conversion)) return convertInteger(spec, value, spec.conversion);
    if (FLOAT_CONVERSIONS.includes(spec.conversion)) return convertFloat(spec, floatOf(value));
    return undefined;
  },
  unsupported(template, index) {
    const codePoint = template.codePointAt(index) as number;
    const shown = codePoint >= 0x20 && codePoint <= 0x7e ? String.fromCharCode(codePoint) : '?';
    return unsupportedCharacter(shown, codePoint, codePointCount(template.slice(0, index)));
  },
};

export function textual(text: string): Converted {
  return { text, numeric: false };
}

function numeric(text: string): Converted {
  return { text, numeric: true };
}

export function unsupportedCharacter(shown: string, code: number, index: number): PyError {
  return new PyError('ValueError', `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${index}`);
}

/** %c of a str template: a one-character str, or an int code point. */
function characterOf(value: PercentValue): string {
  if (value.kind === 'str') {
    if (codePointCount(value.value) !== 1) throw new PyError('TypeError', '%c requires int or char');
    return value.value;
  }
  const code = indexOf(value);
  if (code === undefined) throw new PyError('TypeError', '%c requires int or char');
  if (code < 0 || code > 0x10ffff) throw new PyError('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(code));
}

export const INTEGER_CONVERSIONS = 'diuoxX';
export const FLOAT_CONVERSIONS = 'eEfFgG';

/** One of INTEGER_CONVERSIONS; `shownConversion` is the letter its error messages name. */
export function convertInteger(spec: ConversionSpec, value: PercentValue, shownConversion: string): Converted {
  switch (spec.conversion) {
    case 'o':
      return numeric(integerText(indexForRadix(value, shownConversion), 8, spec));
    case 'x':
      return numeric(integerText(indexForRadix(value, shownConversion), 16, spec));
    case 'X':
      return numeric(integerText(indexForRadix(value, shownConversion), 16, spec).toUpperCase());
  }
  return numeric(integerText(integerOf(value, shownConversion), 10, spec));
}

/** One of FLOAT_CONVERSIONS, of the double the operand stands for. */
export function convertFloat(spec: ConversionSpec, x: number): Converted {
  return numeric(floatText(x, spec));
}

/** Runs a conversion hook, with undefined for a TypeError (the caller reports its own). */
function unlessTypeError<T>(hook: () => T): T | undefined {
  try {
    return hook();
  } catch (error) {
    if (error instanceof PyError && error.type === 'TypeError') return undefined;
    throw error;
  }
}

/** The int an object stands for through __index__ (PyLong_Check, then nb_index), or undefined. */
export function indexOf(value: PercentValue): PyInt | undefined {
  if (value.kind === 'int') return value.value;
  const { index } = value;
  return index === undefined ? undefined : unlessTypeError(() => index.call(value));
}

function wrongType(value: PercentValue, conversion: string, required: string): PyError {
  return new PyError('TypeError', `%${conversion} format: ${required} is required, not ${typeNameShown(value, 200)}`);
}

/** What %d, %i and %u format: the int, or int(value) for other numbers (floats truncate). */
function integerOf(value: PercentValue, conversion: string): PyInt {
  if (value.kind === 'int') return value.value;
  const { int, index } = value;
  let result: PyInt | undefined;
  if (int !== undefined) result = unlessTypeError(() => int.call(value));
  else if (value.kind === 'float') result = truncateFloat(value.value);
  else if (index !== undefined) result = unlessTypeError(() => index.call(value));
  if (result === undefined) throw wrongType(value, conversion, 'a real number');
  return result;
}

/** What %o, %x and %X format: only ints and objects with __index__. */
function indexForRadix(value: PercentValue, conversion: string): PyInt {
  const result = indexOf(value);
  if (result === undefined) throw wrongType(value, conversion, 'an integer');
  return result;
}

/** int(x) for a float. */
function truncateFloat(x: number): bigint {
  if (Number.isNaN(x)) throw new PyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** float(value) as the float conversions take it (PyFloat_AsDouble), with its errors. */
export function floatOf(value: PercentValue): number {
  if (value.kind === 'float') return value.value;
  if (value.float !== undefined) return value.float();
  const integer = value.kind === 'int' ? value.value : value.index?.();
  if (integer === undefined) throw new PyError('TypeError', `must be real number, not ${typeNameShown(value, 50)}`);
  const x = Number(integer);
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'int too large to convert to float');
  return x;
}

/**
 * The type name as C's "%.Ns" prints it into a message: cut to N bytes of UTF-8,
 * dropping a character the cut splits.
 */
export function typeNameShown(value: PercentValue, maxBytes: number): string {
  const name = value.typeName;
  if (name.length <= maxBytes && /^[\x00-\x7f]*$/.test(name)) return name;
  let shown = '';
  let bytes = 0;
  for (const char of name) {
    const codePoint = char.codePointAt(0) as number;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    if (bytes > maxBytes) break;
    shown += char;
  }
  return shown;
}

/** An int in base 8, 10 or 16 with %'s precision (minimum digits) and alternate form (0o/0x). */
function integerText(value: PyInt, radix: 8 | 10 | 16, spec: ConversionSpec): string {
  const negative = value < 0;
  let digits = (negative ? -value : value).toString(radix);
  if (radix === 10) {
    if (exceedsDigitLimit(digits.length)) throw new PyError('ValueError', digitLimitMessage());
  }
  if (spec.precision > digits.length) {
    ensureAllocatable(spec.precision);
    digits = digits.padStart(spec.precision, '0');
  }
  const prefix = spec.alternate ? (radix === 8 ? '0o' : radix === 16 ? '0x' : '') : '';
  return (negative ? '-' : '') + prefix + digits;
}

// ---- Floats: correctly rounded (round-half-even) decimal digits of the exact binary value.

/**
 * %e, %f, %g (and their capitals) of a double, CPython's way: exact digits at any
 * precision, 'inf'/'nan' without a sign for NaN, at least two exponent digits, and
 * with '#' the decimal point always and %g's trailing zeros kept.
 */
function floatText(x: number, spec: ConversionSpec): string {
  ensureAllocatable(spec.precision);
  const upper = spec.conversion === 'E' || spec.conversion === 'F' || spec.conversion === 'G';
  const text = unsignedFloatText(Math.abs(x), spec.conversion.toLowerCase(), spec.precision < 0 ? 6 : spec.precision, spec.alternate);
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  return sign + (upper ? text.toUpperCase() : text);
}

function unsignedFloatText(x: number, conversion: string, precision: number, alternate: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (conversion === 'f') {
    const digits = roundedScaled(x, precision).toString().padStart(precision + 1, '0');
    const point = digits.length - precision;
    return withPoint(digits.slice(0, point), digits.slice(point), alternate);
  }
  if (conversion === 'e') {
    const { digits, exponent } = significantDigits(x, precision + 1);
    return withExponent(digits, exponent, alternate);
  }
  const significant = Math.max(precision, 1);
  let { digits, exponent } = significantDigits(x, significant);
  if (!alternate) digits = digits.replace(/(?<=.)0+$/, '');
  if (exponent < -4 || exponent >= significant) return withExponent(digits, exponent, alternate);
  if (exponent < 0) return withPoint('0', '0'.repeat(-exponent - 1) + digits, alternate);
  return withPoint(digits.slice(0, exponent + 1).padEnd(exponent + 1, '0'), digits.slice(exponent + 1), alternate);
}

function withPoint(integerPart: string, fraction: string, alternate: boolean): string {
  return fraction.length > 0 || alternate ? `${integerPart}.${fraction}` : integerPart;
}

function withExponent(digits: string, exponent: number, alternate: boolean): string {
  const exponentText = `${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  return `${withPoint(digits[0], digits.slice(1), alternate)}e${exponentText}`;
}

const doubleView = new DataView(new ArrayBuffer(8));

/** A finite non-negative double as the exact fraction numerator / 2**shift. */
function exactBinary(x: number): { numerator: bigint; shift: bigint } {
  doubleView.setFloat64(0, x);
  const bits = doubleView.getBigUint64(0);
  const biasedExponent = Number(bits >> 52n);
  const fraction = bits & ((1n << 52n) - 1n);
  // Subnormals have no implicit leading bit and the exponent of the smallest normal.
  const mantissa = biasedExponent === 0 ? fraction : fraction | (1n << 52n);
  const exponent = Math.max(biasedExponent, 1) - 1075;
  return exponent >= 0 ? { numerator: mantissa << BigInt(exponent), shift: 0n } : { numerator: mantissa, shift: BigInt(-exponent) };
}

/** round(x * 10**scale) to the nearest integer, ties to even; scale may be negative. */
function roundedScaled(x: number, scale: number): bigint {
  const { numerator, shift } = exactBinary(x);
  let top = numerator;
  let bottom = 1n << shift;
  if (scale >= 0) top *= powerOfTen(scale);
  else bottom *= powerOfTen(-scale);
  const quotient = top / bottom;
  const twiceRemainder = 2n * (top - quotient * bottom);
  const roundUp = twiceRemainder > bottom || (twiceRemainder === bottom && (quotient & 1n) === 1n);
  return roundUp ? quotient + 1n : quotient;
}

// The scales of everyday precisions are kept; the rare huge ones (%.700f) are computed each time.
const cachedPowersOfTen: bigint[] = [];

function powerOfTen(exponent: number): bigint {
  if (exponent >= 800) return 10n ** BigInt(exponent);
  return (cachedPowersOfTen[exponent] ??= 10n ** BigInt(exponent));
}

/** x rounded to `count` significant digits: the digit string and the decimal exponent of its first digit. */
function significantDigits(x: number, count: number): { digits: string; exponent: number } {
  if (x === 0) return { digits: '0'.repeat(count), exponent: 0 };
  // log10 can be off by one near powers of ten; the digit count of the rounded value corrects it.
  let exponent = Math.floor(Math.log10(x));
  for (;;) {
    const digits = roundedScaled(x, count - 1 - exponent).toString();
    if (digits.length > count) exponent++;
    else if (digits.length < count) exponent--;
    else return { digits, exponent };
  }
}
