// `str % args` and `bytes % args` against python3: seeded generated templates and
// operands (ints huge and negative, floats of every binade, non-ASCII and astral strs,
// bytes, tuples, dicts, objects with only __index__/__int__/__float__/__bytes__), plus
// hand-picked error cases. Each case expects python3's result or exception, at test time.
import { describe, expect, it } from 'vitest';
import { PyBytes, PyFloat, pyInt } from '../../src/ast/constant';
import { formatBytesPercent } from '../../src/objects/bytesPrintfFormat';
import { formatPercent, type PercentArgs, type PercentValue } from '../../src/objects/printfFormat';
import { PyError } from '../../src/objects/pyError';
import { pyRepr } from '../../src/objects/pyRepr';
import { complexRepr } from '../../src/objects/complexRepr';
import { pythonJson } from '../support/python';
import { floatBits, floatFromBits } from '../support/floatBits';
import { SeededRandom } from '../support/seededRandom';

/** An operand as both sides can build it: a tag and its contents. Floats travel as IEEE bits in hex. */
type Operand =
  | ['int', string]
  | ['bool', boolean]
  | ['float', string]
  | ['complex', string, string]
  | ['str', string]
  | ['bytes', number[]]
  | ['bytearray', number[]]
  | ['none']
  | ['tuple', Operand[]]
  | ['list', Operand[]]
  | ['dict', Array<[Operand, Operand]>]
  | ['Index', string]
  | ['IntOnly', string]
  | ['FloatOnly', string]
  | ['BytesOnly', number[]];

/** A bytes template travels as a string of char codes 0-255. */
interface Case {
  bytes: boolean;
  template: string;
  args: Operand;
}

type Outcome = ['ok', string] | ['error', string, string];

const ORACLE = `
import json, struct, sys

def double(bits):
    return struct.unpack('<d', int(bits, 16).to_bytes(8, 'little'))[0]

class Index:
    def __init__(self, value): self.value = value
    def __index__(self): return self.value
    def __repr__(self): return f'Index({self.value})'

class IntOnly:
    def __init__(self, value): self.value = value
    def __int__(self): return self.value
    def __repr__(self): return f'IntOnly({self.value})'

class FloatOnly:
    def __init__(self, value): self.value = value
    def __float__(self): return self.value
    def __repr__(self): return f'FloatOnly({self.value!r})'

class BytesOnly:
    def __init__(self, value): self.value = value
    def __bytes__(self): return self.value
    def __repr__(self): return f'BytesOnly({self.value!r})'

DEFAULT_INT_MAX_STR_DIGITS = sys.get_int_max_str_digits()

BUILDERS = {
    'int': int, 'bool': bool, 'float': double, 'str': str, 'bytes': bytes, 'bytearray': bytearray,
    'Index': lambda text: Index(int(text)), 'IntOnly': lambda text: IntOnly(int(text)),
    'FloatOnly': lambda bits: FloatOnly(double(bits)), 'BytesOnly': lambda data: BytesOnly(bytes(data)),
}

def build(operand):
    tag, *contents = operand
    if tag == 'none': return None
    if tag == 'complex': return complex(double(contents[0]), double(contents[1]))
    if tag == 'tuple': return tuple(build(item) for item in contents[0])
    if tag == 'list': return [build(item) for item in contents[0]]
    if tag == 'dict': return {build(key): build(value) for key, value in contents[0]}
    return BUILDERS[tag](contents[0])

def run(case):
    template = case['template'].encode('latin-1') if case['bytes'] else case['template']
    # Operands past the int digit limit are built without it; formatting runs with the default.
    sys.set_int_max_str_digits(0)
    args = build(case['args'])
    sys.set_int_max_str_digits(DEFAULT_INT_MAX_STR_DIGITS)
    try:
        result = template % args
    except Exception as error:
        return ['error', type(error).__name__, str(error)]
    return ['ok', result.decode('latin-1') if case['bytes'] else result]

for cases in json.load(sys.stdin):
    print(json.dumps([run(case) for case in cases]))
`;

// ---- The operands as a VM would describe them to the formatter.

const INT_MAX_STR_DIGITS = 4300;

function intText(value: number | bigint): string {
  const text = value.toString();
  if (text.replace('-', '').length > INT_MAX_STR_DIGITS) {
    throw new PyError(
      'ValueError',
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return text;
}

function keyRepr(key: string | Uint8Array): string {
  return typeof key === 'string' ? pyRepr(key) : pyRepr(new PyBytes(key));
}

function noStringKeys(typeName: string, allowsSlices = true): (key: string | Uint8Array) => never {
  return (key) => {
    const keyType = typeof key === 'string' ? 'str' : 'bytes';
    const what = allowsSlices ? 'integers or slices' : 'integers';
    throw new PyError('TypeError', `${typeName} indices must be ${what}, not ${keyType}`);
  };
}

function sameKey(operand: Operand, key: string | Uint8Array): boolean {
  if (typeof key === 'string') return operand[0] === 'str' && operand[1] === key;
  return operand[0] === 'bytes' && operand[1].length === key.length && operand[1].every((byte, i) => byte === key[i]);
}

function plain(typeName: string, repr: () => string): Pick<PercentValue, 'typeName' | 'str' | 'repr'> {
  return { typeName, str: repr, repr };
}

function toValue(operand: Operand): PercentValue {
  switch (operand[0]) {
    case 'int': {
      const value = pyInt(BigInt(operand[1]));
      return { kind: 'int', value, ...plain('int', () => intText(value)) };
    }
    case 'bool':
      return { kind: 'int', value: operand[1] ? 1 : 0, ...plain('bool', () => (operand[1] ? 'True' : 'False')) };
    case 'float': {
      const value = floatFromBits(operand[1]);
      return { kind: 'float', value, ...plain('float', () => pyRepr(new PyFloat(value))) };
    }
    case 'complex': {
      const [re, im] = [floatFromBits(operand[1]), floatFromBits(operand[2])];
      return { kind: 'other', ...plain('complex', () => complexRepr(re, im)) };
    }
    case 'str': {
      const value = operand[1];
      return { kind: 'str', value, typeName: 'str', str: () => value, repr: () => pyRepr(value), getItem: noStringKeys('string', false) };
    }
    case 'bytes': {
      const value = Uint8Array.from(operand[1]);
      return { kind: 'bytes', value, ...plain('bytes', () => pyRepr(new PyBytes(value))), getItem: noStringKeys('byte') };
    }
    case 'bytearray': {
      const value = Uint8Array.from(operand[1]);
      // Unlike bytes, bytearray's repr escapes a single quote even inside double quotes.
      const repr = (): string => {
        const bytesText = pyRepr(new PyBytes(value));
        return `bytearray(${bytesText.startsWith('b"') ? bytesText.replaceAll("'", "\\'") : bytesText})`;
      };
      return { kind: 'bytes', value, ...plain('bytearray', repr), getItem: noStringKeys('bytearray') };
    }
    case 'none':
      return { kind: 'other', ...plain('NoneType', () => 'None') };
    case 'tuple': {
      const items = operand[1].map(toValue);
      const repr = (): string => `(${items.map((item) => item.repr()).join(', ')}${items.length === 1 ? ',' : ''})`;
      return { kind: 'other', ...plain('tuple', repr), getItem: noStringKeys('tuple') };
    }
    case 'list': {
      const items = operand[1].map(toValue);
      return { kind: 'other', ...plain('list', () => `[${items.map((item) => item.repr()).join(', ')}]`), getItem: noStringKeys('list') };
    }
    case 'dict': {
      const entries = operand[1];
      const repr = (): string => `{${entries.map(([key, value]) => `${toValue(key).repr()}: ${toValue(value).repr()}`).join(', ')}}`;
      const getItem = (key: string | Uint8Array): PercentValue => {
        // As in a dict display, a repeated key keeps its last value.
        const entry = entries.findLast(([candidate]) => sameKey(candidate, key));
        if (entry === undefined) throw new PyError('KeyError', keyRepr(key));
        return toValue(entry[1]);
      };
      return { kind: 'other', ...plain('dict', repr), getItem };
    }
    case 'Index': {
      const value = pyInt(BigInt(operand[1]));
      return { kind: 'other', ...plain('Index', () => `Index(${intText(value)})`), index: () => value };
    }
    case 'IntOnly': {
      const value = pyInt(BigInt(operand[1]));
      return { kind: 'other', ...plain('IntOnly', () => `IntOnly(${intText(value)})`), int: () => value };
    }
    case 'FloatOnly': {
      const value = floatFromBits(operand[1]);
      return { kind: 'other', ...plain('FloatOnly', () => `FloatOnly(${pyRepr(new PyFloat(value))})`), float: () => value };
    }
    case 'BytesOnly': {
      const value = Uint8Array.from(operand[1]);
      return { kind: 'other', ...plain('BytesOnly', () => `BytesOnly(${pyRepr(new PyBytes(value))})`), bytes: () => value };
    }
  }
}

function toArgs(operand: Operand): PercentArgs {
  return operand[0] === 'tuple' ? operand[1].map(toValue) : toValue(operand);
}

function latin1(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
}

function actualOutcome({ bytes, template, args }: Case): Outcome {
  try {
    if (!bytes) return ['ok', formatPercent(template, toArgs(args))];
    return ['ok', latin1(formatBytesPercent(Uint8Array.from(template, (char) => char.charCodeAt(0)), toArgs(args)))];
  } catch (error) {
    if (error instanceof PyError) return ['error', error.type, error.msg];
    throw error;
  }
}

// ---- Generated cases.

const SPECIAL_FLOATS = [
  0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.1, 1 / 3, 2 / 3, 9.5, 99.5, 0.05, 0.15, 0.25, 0.35,
  1e-5, 1e-4, 9.9999e-5, 0.0001, 123456, 999999.5, 1e15, 1e16, 1e17, 1e21, 1e22, 1e100, 1.5e300, Number.MAX_VALUE,
  Number.MIN_VALUE, 2.2250738585072014e-308, 2 ** 53, 2 ** 63, 123.456, 9.995, 4.35, 0.000123456, 1e-300,
];

const STR_CHARS = ['a', 'b', 'Z', '0', ' ', 'é', 'ñ', '中', '😀', '𝔘', '\n', "'", '"', '\\', '\x00', '\u200b', '\x7f', '%'];

class CaseGenerator {
  constructor(private readonly random: SeededRandom) {}

  int(): Operand {
    const { random } = this;
    switch (random.int(0, 5)) {
      case 0:
        return ['int', String(random.int(-20, 20))];
      case 1:
        return ['int', String(random.int(-100000, 100000))];
      case 2: {
        const digits = Array.from({ length: random.int(15, 80) }, () => random.int(0, 9)).join('');
        return ['int', `${random.chance(0.4) ? '-' : ''}${BigInt(digits)}`];
      }
      case 3:
        return ['int', String((random.chance(0.5) ? -1n : 1n) * 2n ** BigInt(random.int(50, 130)) + BigInt(random.int(-2, 2)))];
      case 4:
        return ['bool', random.chance(0.5)];
      default:
        return ['int', String(random.int(-(2 ** 31), 2 ** 31))];
    }
  }

  double(): number {
    const { random } = this;
    switch (random.int(0, 4)) {
      case 0:
        return random.pick(SPECIAL_FLOATS) * (random.chance(0.3) ? -1 : 1);
      case 1:
        return floatFromBits(`${random.int(0, 0xffffffff).toString(16).padStart(8, '0')}${random.int(0, 0xffffffff).toString(16).padStart(8, '0')}`);
      case 2:
        return Number(`${random.chance(0.3) ? '-' : ''}${random.int(1, 99999)}e${random.int(-25, 25)}`);
      case 3:
        // Exact ties at some decimal position: round-half-even territory.
        return (random.int(-2000, 2000) + 0.5) / 10 ** random.int(0, 3);
      default:
        return (random.next() - 0.5) * 10 ** random.int(-30, 30);
    }
  }

  float(): Operand {
    return ['float', floatBits(this.double())];
  }

  text(maxLength = 6): string {
    return Array.from({ length: this.random.int(0, maxLength) }, () => this.random.pick(STR_CHARS)).join('');
  }

  byteList(maxLength = 6): number[] {
    return Array.from({ length: this.random.int(0, maxLength) }, () =>
      this.random.chance(0.7) ? this.random.int(0x20, 0x7e) : this.random.int(0, 255),
    );
  }

  scalar(): Operand {
    const { random } = this;
    switch (random.int(0, 12)) {
      case 0:
      case 1:
        return this.int();
      case 2:
      case 3:
        return this.float();
      case 4:
      case 5:
        return ['str', this.text()];
      case 6:
        return ['bytes', this.byteList()];
      case 7:
        return ['bytearray', this.byteList()];
      case 8:
        return ['none'];
      case 9:
        return ['complex', floatBits(this.double()), floatBits(this.double())];
      case 10:
        return random.pick<Operand>([
          ['Index', String(random.int(-300, 300))],
          ['IntOnly', String(random.int(-300, 300))],
          ['FloatOnly', floatBits(this.double())],
          ['BytesOnly', this.byteList()],
        ]);
      default:
        return this.container(2);
    }
  }

  container(depth: number): Operand {
    const items = (): Operand[] => Array.from({ length: this.random.int(0, 3) }, () => (depth > 0 && this.random.chance(0.2) ? this.container(depth - 1) : this.int()));
    switch (this.random.int(0, 2)) {
      case 0:
        return ['tuple', items()];
      case 1:
        return ['list', items()];
      default:
        return ['dict', items().map((value, i): [Operand, Operand] => [['str', `k${i}`], value])];
    }
  }

  /** An operand a conversion is meant for, or (sometimes) anything. */
  operandFor(conversion: string, bytes: boolean): Operand {
    const { random } = this;
    if (random.chance(0.12)) return this.scalar();
    if ('diuoxX'.includes(conversion)) {
      if (random.chance(0.1)) return random.pick<Operand>([['Index', String(random.int(-999, 999))], this.float()]);
      return this.int();
    }
    if ('eEfFgG'.includes(conversion)) return random.chance(0.8) ? this.float() : this.int();
    if (conversion === 'c') {
      if (bytes) return random.chance(0.5) ? ['int', String(random.int(0, 255))] : ['bytes', [random.int(0, 255)]];
      return random.chance(0.5) ? ['int', String(random.pick([random.int(0, 0x7f), random.int(0, 0x10ffff)]))] : ['str', random.pick(STR_CHARS)];
    }
    if (bytes && 'bs'.includes(conversion)) return random.chance(0.7) ? ['bytes', this.byteList()] : ['bytearray', this.byteList()];
    return this.scalar();
  }

  /** A specifier without its `%(key)`, and the operands its `*`s and conversion take. */
  spec(conversions: string, bytes: boolean): { text: string; operands: Operand[] } {
    const { random } = this;
    const operands: Operand[] = [];
    let text = '%';
    for (let count = random.pick([0, 0, 1, 1, 2, 3]); count > 0; count--) text += random.pick(['-', '+', ' ', '#', '0']);
    const star = (): string => {
      operands.push(random.chance(0.95) ? ['int', String(random.int(-25, 25))] : this.scalar());
      return '*';
    };
    const width = random.next();
    if (width < 0.3) text += String(random.int(0, 25));
    else if (width < 0.38) text += star();
    const precision = random.next();
    if (precision < 0.25) text += `.${random.int(0, 25)}`;
    else if (precision < 0.3) text += `.${random.int(90, 130)}`;
    else if (precision < 0.36) text += `.${star()}`;
    else if (precision < 0.4) text += '.';
    if (random.chance(0.03)) text += random.pick(['h', 'l', 'L']);
    const unknown = bytes ? ['y', 'k', '%', '\xe9', ' ', '\x00'] : ['y', 'k', '%', 'é', ' ', '😀'];
    const conversion = random.chance(0.03) ? random.pick(unknown) : random.pick([...conversions]);
    text += conversion;
    operands.push(this.operandFor(conversion, bytes));
    return { text, operands };
  }

  literal(bytes: boolean): string {
    if (this.random.chance(0.4)) return '';
    if (bytes) return latin1(Uint8Array.from(this.byteList(4).filter((byte) => byte !== 0x25)));
    return this.text(4).replaceAll('%', '%%');
  }

  positional(bytes: boolean): Case {
    const { random } = this;
    const conversions = bytes ? 'diuoxXeEfFgGcrsab' : 'diuoxXeEfFgGcrsa';
    let template = this.literal(bytes);
    const operands: Operand[] = [];
    for (let count = random.int(0, 3); count > 0; count--) {
      const spec = this.spec(conversions, bytes);
      template += spec.text + this.literal(bytes);
      operands.push(...spec.operands);
    }
    if (random.chance(0.04)) operands.push(this.scalar());
    if (random.chance(0.04)) operands.pop();
    if (random.chance(0.02)) template += random.pick(['%', '%-', '%(', '%5.']);
    const alone = operands.length === 1 && operands[0][0] !== 'tuple' && random.chance(0.4);
    return { bytes, template, args: alone ? operands[0] : ['tuple', operands] };
  }

  keyed(bytes: boolean): Case {
    const { random } = this;
    const keys = ['a', 'name', 'x(y)z', '', ' ', 'é', '(p)', 'k0'];
    const conversions = bytes ? 'dxfgsbrac' : 'dxfgsrac';
    const entries: Array<[Operand, Operand]> = [];
    let template = this.literal(bytes);
    for (let count = random.int(1, 3); count > 0; count--) {
      const key = random.pick(keys);
      const spec = this.spec(conversions, bytes);
      template += `%(${key})${spec.text.slice(1)}${this.literal(bytes)}`;
      if (random.chance(0.95)) {
        const keyBytes = Array.from(key, (char) => char.charCodeAt(0)).filter((code) => code < 256);
        entries.push([bytes ? ['bytes', keyBytes] : ['str', key], spec.operands[spec.operands.length - 1]]);
      }
    }
    if (bytes) template = latin1(Uint8Array.from(template, (char) => char.charCodeAt(0) & 0xff));
    const args: Operand = random.chance(0.9) ? ['dict', entries] : random.pick<Operand>([['list', []], ['bytes', [1]], ['tuple', []], ['str', 'x'], this.int()]);
    return { bytes, template, args };
  }

  floatFocused(): Case {
    const { random } = this;
    const flags = Array.from({ length: random.int(0, 2) }, () => random.pick(['-', '+', ' ', '#', '0'])).join('');
    const width = random.chance(0.3) ? String(random.int(1, 30)) : '';
    const precision = random.chance(0.15) ? '' : `.${random.chance(0.9) ? random.int(0, 20) : random.int(21, 130)}`;
    const template = `%${flags}${width}${precision}${random.pick([...'eEfFgG'])}`;
    return { bytes: random.chance(0.1), template, args: this.float() };
  }

  intFocused(): Case {
    const { random } = this;
    const flags = Array.from({ length: random.int(0, 3) }, () => random.pick(['-', '+', ' ', '#', '0'])).join('');
    const width = random.chance(0.4) ? String(random.int(1, 40)) : '';
    const precision = random.chance(0.3) ? `.${random.int(0, 40)}` : '';
    const template = `%${flags}${width}${precision}${random.pick([...'diuoxX'])}`;
    return { bytes: random.chance(0.1), template, args: this.int() };
  }
}

function generatedCases(): Case[] {
  const generator = new CaseGenerator(new SeededRandom(461));
  const cases: Case[] = [];
  for (let i = 0; i < 4000; i++) cases.push(generator.positional(false));
  for (let i = 0; i < 1500; i++) cases.push(generator.positional(true));
  for (let i = 0; i < 800; i++) cases.push(generator.keyed(false));
  for (let i = 0; i < 400; i++) cases.push(generator.keyed(true));
  for (let i = 0; i < 3000; i++) cases.push(generator.floatFocused());
  for (let i = 0; i < 1500; i++) cases.push(generator.intFocused());
  return cases;
}

// ---- Hand-picked cases: every error message and the corners of the parser.

const int = (value: number | bigint): Operand => ['int', String(value)];
const float = (x: number): Operand => ['float', floatBits(x)];
const str = (text: string): Operand => ['str', text];
const bytesOf = (text: string): Operand => ['bytes', Array.from(text, (char) => char.charCodeAt(0))];
const tuple = (...items: Operand[]): Operand => ['tuple', items];
const dict = (entries: Record<string, Operand>): Operand => ['dict', Object.entries(entries).map(([key, value]) => [str(key), value])];

const HAND_PICKED: Case[] = [
  ...(
    [
      ['%s %s', tuple(int(1))],
      ['%s', tuple(int(1), int(2))],
      ['abc', int(5)],
      ['abc', tuple()],
      ['abc', ['list', []]],
      ['abc', bytesOf('x')],
      ['abc', dict({})],
      ['%s', dict({ a: int(1) })],
      ['%s', tuple()],
      ['%s', tuple(tuple())],
      ['%s %s', ['list', [int(1), int(2)]]],
      ['%(a)s', tuple(int(1))],
      ['%(a)s', int(1)],
      ['%(a)s', str('a')],
      ['%(a)s', ['list', [int(1)]]],
      ['%(a)s', bytesOf('a')],
      ['%(a)s', dict({ b: int(1) })],
      ['%(a)s%s', dict({ a: int(1) })],
      ['%s%(a)s', dict({ a: int(1) })],
      ['%(a)*d', dict({ a: int(5) })],
      ['%(a', dict({ a: int(1) })],
      ['%(a(b)', dict({ a: int(1) })],
      ['%(a(b))s', dict({ 'a(b)': int(7) })],
      ['%(a)', dict({ a: int(1) })],
      ['%', tuple()],
      ['abc%', tuple()],
      ['%-', tuple()],
      ['%5', tuple(int(1))],
      ['%.', tuple(int(1))],
      ['%*', tuple(int(5))],
      ['%*', tuple()],
      ['%.*', tuple(int(5))],
      ['%l', tuple(int(1))],
      ['%ld %hd %Ld', tuple(int(1), int(2), int(3))],
      ['%y', int(3)],
      ['%y', tuple()],
      ['abc %y', int(3)],
      ['%5%', tuple()],
      ['%5%', tuple(int(1))],
      ['%%%s%%', int(1)],
      ['%\x00', int(1)],
      ['%é', int(1)],
      ['ab😀%😀', int(1)],
      ['😀😀%-5😀', int(1)],
      ['%*d', tuple(str('5'), int(1))],
      ['%*d', tuple(float(5), int(1))],
      ['%*d', tuple(['bool', true], int(1))],
      ['%*d', tuple(int(-5), int(1))],
      ['%.*f', tuple(int(-5), float(1.5))],
      ['%*d', tuple(int(2n ** 63n), int(1))],
      ['%*d', tuple(int(2n ** 62n), int(1))],
      ['%*d', tuple(int(-(2n ** 63n) - 1n), int(1))],
      ['%.*d', tuple(int(2n ** 31n), int(1))],
      ['%.*d', tuple(int(-(2n ** 31n) - 1n), int(1))],
      ['%99999999999999999999d', int(1)],
      ['%.99999999999d', int(1)],
      ['%d', str('5')],
      ['%i', str('5')],
      ['%u', ['none']],
      ['%x', float(1.5)],
      ['%o', str('5')],
      ['%X', ['complex', floatBits(1), floatBits(2)]],
      ['%d', ['complex', floatBits(1), floatBits(2)]],
      ['%f', ['complex', floatBits(1), floatBits(2)]],
      ['%d', float(Infinity)],
      ['%d', float(-Infinity)],
      ['%d', float(NaN)],
      ['%d', float(1e300)],
      ['%d', float(-2.9)],
      ['%x', ['Index', '255']],
      ['%d', ['IntOnly', '-7']],
      ['%x', ['IntOnly', '7']],
      ['%f', ['IntOnly', '7']],
      ['%c', ['Index', '65']],
      ['%f', ['Index', '3']],
      ['%f', ['FloatOnly', floatBits(2.5)]],
      ['%d', ['FloatOnly', floatBits(2.5)]],
      ['%f', str('x')],
      ['%f', int(10n ** 400n)],
      ['%d', int(10n ** 4300n - 1n)],
      ['%d', int(10n ** 4300n)],
      ['%x', int(10n ** 5000n)],
      ['%s', int(10n ** 5000n)],
      ['%c', int(0x110000)],
      ['%c', int(-1)],
      ['%c', int(2n ** 70n)],
      ['%c', float(65)],
      ['%c', str('ab')],
      ['%c', str('')],
      ['%c', str('😀')],
      ['%5c|%-5c', tuple(str('😀'), int(0x1f600))],
      ['%c', int(0xd800)],
      ['%.1s|%5s|%-5.1s', tuple(str('😀x'), str('😀'), str('😀😀'))],
      ['%a %r %s', tuple(str('é😀\ud800'), str('é😀'), str('é😀'))],
      ['%010s|%+s|% r', tuple(str('x'), str('y'), str('z'))],
      ['%010f|%-010f|%+f|% f', tuple(float(Infinity), float(-Infinity), float(NaN), float(-NaN))],
      ['%#x %#X %#o %#5x %#05x %#-8o %+#x', tuple(int(255), int(255), int(8), int(-1), int(-1), int(8), int(0))],
      ['%#010.5x|%-+08.3d|% 05d|%05.3d', tuple(int(255), int(7), int(42), int(1))],
      ['%.0f %.0f %.0f %.0f %.0e %#.0e %#.0f %#g %g', tuple(float(0.5), float(1.5), float(2.5), float(-0.5), float(2.5), float(3), float(3), float(0), float(-0))],
      ['%.100f|%.110e|%.120g', tuple(float(0.1), float(1 / 3), float(Number.MIN_VALUE))],
      ['%f %e %g', tuple(float(1e300), float(1e300), float(1e300))],
      ['%.1000f|%.500e|%.400g|%#.400g', tuple(float(1e-300), float(Number.MIN_VALUE), float(0.1), float(2 ** -1074))],
      ['%#.3g %#.0g %.0g %g %G %.3g %#g %.17g %.16g', tuple(float(100), float(5), float(95), float(1e-5), float(1e-10), float(9.9996), float(1e16), float(0.1), float(0.1))],
      ['%.0e %.1e %.2e %e', tuple(float(9.5), float(9.95), float(9.995), float(5e-324))],
      ['%s %r %a', tuple(['bool', true], ['none'], ['bytes', [0, 255, 39]])],
      ['%d %i %u %x', tuple(['bool', true], ['bool', false], ['bool', true], ['bool', true])],
    ] as Array<[string, Operand]>
  ).map(([template, args]): Case => ({ bytes: false, template, args })),
  ...(
    [
      ['abc', bytesOf('x')],
      ['abc', ['bytearray', [1]]],
      ['abc', str('x')],
      ['abc', ['list', []]],
      ['abc', int(5)],
      ['%s %s', tuple(int(1))],
      ['%s', tuple(bytesOf('a'), bytesOf('b'))],
      ['%(a)s', ['list', [int(1)]]],
      ['%(a)s', bytesOf('a')],
      ['%(a)s', int(1)],
      ['%(a', ['dict', [[bytesOf('a'), bytesOf('x')]]]],
      ['%(a)s', ['dict', [[bytesOf('a'), bytesOf('x')]]]],
      ['%(b)s', ['dict', [[bytesOf('a'), bytesOf('x')]]]],
      ['%(a)s', ['dict', [[str('a'), bytesOf('x')]]]],
      ['%s', str('x')],
      ['%b', int(1)],
      ['%s|%b|%s', tuple(bytesOf('ab'), ['bytearray', [0xff]], ['BytesOnly', [1, 2]])],
      ['%.1b|%5s|%-5b', tuple(bytesOf('ab'), bytesOf('ab'), bytesOf('\xff'))],
      ['%r|%a|%.3a', tuple(str('é😀'), bytesOf('x'), str('abcdef'))],
      ['%c|%c|%c', tuple(int(0), int(255), bytesOf('\xe9'))],
      ['%c', int(256)],
      ['%c', int(-1)],
      ['%c', bytesOf('ab')],
      ['%c', ['bytearray', [7]]],
      ['%c', str('a')],
      ['%c', float(65)],
      ['%5c|%-5c', tuple(int(65), int(66))],
      ['%d', str('1')],
      ['%i', str('1')],
      ['%u', str('1')],
      ['%x', float(1.5)],
      ['%f', str('x')],
      ['%f', int(10n ** 400n)],
      ['%f', ['complex', floatBits(1), floatBits(0)]],
      ['%d', float(NaN)],
      ['%y', int(1)],
      ['%\x00', int(1)],
      ['%\xff', int(1)],
      ['%\x80', int(1)],
      ['%', tuple()],
      ['%5%', tuple(int(1))],
      ['%%', tuple()],
      ['%*d', tuple(str('x'), int(1))],
      ['\xff%s\x00', bytesOf('\x80')],
    ] as Array<[string, Operand]>
  ).map(([template, args]): Case => ({ bytes: true, template, args })),
];

describe('printf-style formatting', async () => {
  const generated = generatedCases();
  const [expectedGenerated, expectedHandPicked] = (await pythonJson(['-c', ORACLE], [generated, HAND_PICKED])) as Outcome[][];

  function mismatches(cases: Case[], expected: Outcome[]) {
    expect(expected).toHaveLength(cases.length);
    return cases
      .map((testCase, i) => ({ ...testCase, expected: expected[i], actual: actualOutcome(testCase) }))
      .filter(({ expected, actual }) => JSON.stringify(expected) !== JSON.stringify(actual));
  }

  it(`matches python3 on ${generated.length} generated cases`, () => {
    const failures = mismatches(generated, expectedGenerated);
    expect(failures.slice(0, 8)).toEqual([]);
  });

  it(`matches python3 on ${HAND_PICKED.length} hand-picked cases`, () => {
    expect(mismatches(HAND_PICKED, expectedHandPicked)).toEqual([]);
  });

  it('covers successes and errors of both kinds of template', () => {
    const outcomes = [...expectedGenerated, ...expectedHandPicked];
    const kinds = new Set(outcomes.map((outcome) => (outcome[0] === 'ok' ? 'ok' : outcome[1])));
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining(['KeyError', 'MemoryError', 'OverflowError', 'TypeError', 'ValueError', 'ok']),
    );
    const successes = expectedGenerated.filter((outcome) => outcome[0] === 'ok').length;
    expect(successes).toBeGreaterThan(generated.length / 2);
  });
});
