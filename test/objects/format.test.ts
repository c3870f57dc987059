// format(value, spec) for int, bool, float, complex and str against python3: hand-picked
// edge cases (every error message among them) plus seeded random (value, spec) pairs.
import { describe, expect, it } from 'vitest';
import { formatComplex, formatFloat, formatInt } from '../../src/objects/formatNumber';
import { formatStr } from '../../src/objects/formatStr';
import { PyError } from '../../src/objects/pyError';
import { pythonJson } from '../support/python';
import { floatBits, floatFromBits } from '../support/floatBits';
import { SeededRandom } from '../support/seededRandom';

/**
 * A value as it crosses the process boundary: ints as decimal text, floats as their
 * IEEE bits in hex (so that nothing is rounded on the way), complexes as two of those.
 */
type Value =
  | { kind: 'int'; value: number | bigint }
  | { kind: 'bool'; value: boolean }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; real: number; imag: number }
  | { kind: 'str'; value: string };

interface Case {
  value: Value;
  spec: string;
}

/** What format() gave: its text, or the exception's type and message. */
type Outcome = { text: string } | { error: string; message: string };

const ORACLE = `
import json, struct, sys
def double(bits):
    return struct.unpack('<d', int(bits, 16).to_bytes(8, 'little'))[0]
def decode(value):
    kind, payload = value
    if kind == 'int': return int(payload)
    if kind == 'bool': return payload
    if kind == 'float': return double(payload)
    if kind == 'complex': return complex(double(payload[0]), double(payload[1]))
    return payload
def outcome(value, spec):
    try:
        return {'text': format(decode(value), spec)}
    except Exception as error:
        return {'error': type(error).__name__, 'message': str(error)}
print(json.dumps([outcome(value, spec) for value, spec in json.load(sys.stdin)]))
`;

function encode(value: Value): [string, unknown] {
  switch (value.kind) {
    case 'int':
      return ['int', value.value.toString()];
    case 'float':
      return ['float', floatBits(value.value)];
    case 'complex':
      return ['complex', [floatBits(value.real), floatBits(value.imag)]];
    default:
      return [value.kind, value.value];
  }
}

function formatted(value: Value, spec: string): string {
  switch (value.kind) {
    case 'int':
    case 'bool':
      return formatInt(value.value, spec);
    case 'float':
      return formatFloat(value.value, spec);
    case 'complex':
      return formatComplex(value.real, value.imag, spec);
    case 'str':
      return formatStr(value.value, spec);
  }
}

function outcomeOf({ value, spec }: Case): Outcome {
  try {
    return { text: formatted(value, spec) };
  } catch (error) {
    if (error instanceof PyError) return { error: error.type, message: error.msg };
    throw error;
  }
}

const int = (value: number | bigint): Value => ({
  kind: 'int',
  value: typeof value === 'bigint' && value >= -(2n ** 53n) && value <= 2n ** 53n ? Number(value) : value,
});
const float = (value: number): Value => ({ kind: 'float', value });
const complex = (real: number, imag: number): Value => ({ kind: 'complex', real, imag });
const str = (value: string): Value => ({ kind: 'str', value });
const bool = (value: boolean): Value => ({ kind: 'bool', value });

const EDGE_CASES: Case[] = [
  // Errors, in the order CPython checks them.
  ...['abc', 'xyz', '<<<', '10.2.3', ',,', '__', ',_', '_,', '.', '.x', '9'.repeat(30), '.' + '9'.repeat(30)].map((spec) => ({
    value: int(1),
    spec,
  })),
  ...['d', 'x', 's', 'c', 'é', '\u{1f600}', ' ', '.2d', ',x', '_c', ',n', '_n', ',c', ',é', '.3000000000', '.2147483648f'].map(
    (spec) => ({ value: float(1.5), spec }),
  ),
  ...['.2', 'z', 'zd', '+c', ' c', '#c', 'z.0', '.0', 's', 'f', ',x', '_x', '_b', '_o', '_X', ',b', '_d', ',d', ',c', ',', '_'].map(
    (spec) => ({ value: int(255), spec }),
  ),
  ...['c', '>5c', '05c', '^7c', '=3c'].map((spec) => ({ value: int(0x1f600), spec })),
  { value: int(-1), spec: 'c' },
  { value: int(0x110000), spec: 'c' },
  { value: int(2n ** 63n), spec: 'c' },
  { value: int(2n ** 63n - 1n), spec: 'c' },
  { value: int(-(2n ** 63n)), spec: 'c' },
  { value: int(0xd800), spec: 'c' },
  { value: int(10n ** 400n), spec: 'f' },
  { value: int(10n ** 400n), spec: 'e' },
  { value: int(10n ** 400n), spec: ',' },
  { value: int(2n ** 1024n - 2n ** 970n), spec: 'g' },
  { value: int(2n ** 1024n - 2n ** 970n - 1n), spec: 'g' },
  { value: int(2n ** 70n), spec: 'f' },
  { value: int(12345678901234567890123n), spec: '%' },
  ...[' ', '+', '-', 'z', '#', '=', ',', '_', '=5', '05', '0<5', 'x=5', '.0', '.2', '<8.3', '^9', '>9', '*^9', 'd', 'r', ' ^9'].map(
    (spec) => ({ value: str('héllo'), spec }),
  ),
  ...['', 's', 'd', 'f', '5', '<5', 'x', 'c', '+', ',', '#x', '%'].map((spec) => ({ value: bool(true), spec })),
  ...['', 'd', 'f', '^5'].map((spec) => ({ value: bool(false), spec })),
  ...['%', '05', '0<5', '=5', '0=5', '010.2f', 'c', 'd', '.3000000000', ',', '_', '^20', 'z', '+', ' ', '#', '.0', '.1', 'n'].map(
    (spec) => ({ value: complex(1.5, -2.25), spec }),
  ),
  // Sign, alternate form and z on zeros, infinities and NaNs.
  ...['', 'z', 'z.1f', '+z', 'z.0e', 'z.3g', 'z%', '#', '#.0f', '#.0e', '#g', '#.3', 'z=+08.2f', ' ', '+', '010', '010,'].flatMap((spec) =>
    [0, -0, -1e-10, -0.004, Infinity, -Infinity, NaN, -NaN, 1e20, 1e16, 1e-5].map((x) => ({ value: float(x), spec })),
  ),
  ...['', 'z', 'f', '+', 'g', 'z.2f', '^30', '>30e', '.0'].flatMap((spec) =>
    [
      [0, 0],
      [-0, 0],
      [0, -0],
      [-0, -0],
      [NaN, Infinity],
      [-Infinity, NaN],
      [-1e-10, -1e-10],
      [1e16, 1e-5],
    ].map(([re, im]) => ({ value: complex(re, im), spec })),
  ),
  // Halfway cases, where JS rounds up and Python to even.
  ...['.0f', '.1f', '.2f', '.0e', '.1e', '.2e', '.1g', '.2g', '.3g', '.1', '.2', '.1%', '.0%'].flatMap((spec) =>
    [0.5, 1.5, 2.5, 0.125, 0.375, 1.25, 12.5, 125, 1250, 0.0625, 2.675, 9.5, 99.5, 999.5, 0.95, 0.05, 0.005, 2 ** 53 + 2].map((x) => ({
      value: float(x),
      spec,
    })),
  ),
  // Precisions beyond JS's 100 digits, and very large or small magnitudes.
  ...['.101f', '.150f', '.400f', '.100e', '.101e', '.800e', '.800g', '.17g', '.1074f', '.330', '#.120g', ',.120f', '.16', '.17'].flatMap((spec) =>
    [0.1, 1 / 3, 5e-324, 2.2250738585072014e-308, 1e21, 1e22, 1.7976931348623157e308, 123456789.125, 2 ** -1074 * 3].map((x) => ({
      value: float(x),
      spec,
    })),
  ),
  // Zero padding among separators, fills and alignments.
  ...['08,', '09,', '010,', '011_', '0=12,.2f', '0>12,', '*=12,', '012_x', '013_b', '#012_x', '#012_b', '#015_o', '+012,', ' 012,d', '020,.3e', '09n', '0^9', '00'].map(
    (spec) => ({ value: int(-1234567), spec }),
  ),
  ...['08,', '09,', '010,', '0=12,.2f', '012_.1%', '015,.0f', '+013,g', '014,'].map((spec) => ({ value: float(-1234.5678), spec })),
  // Fill characters beyond the BMP, and Unicode decimal digits in the width.
  { value: int(5), spec: '\u{1f600}>5' },
  { value: int(5), spec: '\u{1f600}=+5' },
  { value: float(5), spec: '\u{1f600}^9' },
  { value: str('a\u{1f600}b'), spec: '\u{1f600}^9' },
  { value: str('a\u{1f600}b'), spec: '.2' },
  { value: str('\u{1f600}\u{1f600}\u{1f600}'), spec: '5.2' },
  { value: int(5), spec: '\u0665' },
  { value: int(5), spec: '1\u0665' },
  { value: float(5), spec: '.\u0663f' },
  { value: int(5), spec: '\u{1d7d8}' },
  { value: str('abc'), spec: '\u{1d7d7}\u{1d7d8}' },
  { value: int(5), spec: '10000000000000' },
  { value: str('abc'), spec: '.10000000000000' },
  // Huge ints in every base.
  ...['', 'd', 'x', '#X', '_o', '#_b', ',', '_', '+', 'n', '0100,'].map((spec) => ({ value: int(-(3n ** 300n)), spec })),
];

/** Doubles of every kind: any bit pattern, short decimals, dyadic rationals (halfway cases), integers. */
function randomDouble(random: SeededRandom): number {
  switch (random.int(0, 5)) {
    case 0:
      return floatFromBits((BigInt(random.int(0, 0xffffffff)) << 32n) | BigInt(random.int(0, 0xffffffff)));
    case 1:
      return Number(`${random.int(1, 99999)}e${random.int(-22, 22)}`) * (random.chance(0.3) ? -1 : 1);
    case 2:
      return random.int(-(2 ** 20), 2 ** 20) / 2 ** random.int(0, 12);
    case 3:
      return random.int(-(2 ** 31), 2 ** 31) * 2 ** random.int(-40, 60);
    case 4:
      return random.pick([0, -0, Infinity, -Infinity, NaN, 0.1, 0.5, 1.5, 2.5, 1e16, 1e-5, 9.999, 0.9999995]);
    default:
      return (random.next() - 0.5) * 10 ** random.int(-30, 30);
  }
}

function randomInt(random: SeededRandom): number | bigint {
  switch (random.int(0, 3)) {
    case 0:
      return random.int(-1000, 1000);
    case 1:
      return random.int(-(2 ** 31), 2 ** 31) * random.int(1, 2 ** 20);
    case 2:
      return random.int(0, 0x10ffff);
    default: {
      let big = 0n;
      for (let i = random.int(1, 12); i > 0; i--) big = (big << 32n) | BigInt(random.int(0, 0xffffffff));
      return random.chance(0.5) ? -big : big;
    }
  }
}

function randomStr(random: SeededRandom): string {
  const alphabet = ['a', 'b', 'Z', ' ', '0', 'é', '\u4e2d', '\u{1f600}', '\u0301', '\t'];
  let text = '';
  for (let i = random.int(0, 12); i > 0; i--) text += random.pick(alphabet);
  return text;
}

const TYPES: Record<Value['kind'], string[]> = {
  int: ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r'],
  bool: ['', 'd', 'x', 'f'],
  float: ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x'],
  complex: ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'],
  str: ['', 's', 'd'],
};

/** A spec whose every field is present at random, each usually valid for `kind`. */
function randomSpec(random: SeededRandom, kind: Value['kind']): string {
  let spec = '';
  if (random.chance(0.4)) {
    if (random.chance(0.6)) spec += random.pick(['*', '0', ' ', '\u{1f600}', 'x', '<', '=']);
    spec += random.pick(['<', '>', '^', '=']);
  }
  const numeric = kind !== 'str' || random.chance(0.05);
  if (numeric && random.chance(0.3)) spec += random.pick(['+', '-', ' ']);
  if (numeric && random.chance(0.1)) spec += 'z';
  if (numeric && random.chance(0.2)) spec += '#';
  if (random.chance(kind === 'complex' || kind === 'str' ? 0.03 : 0.2)) spec += '0';
  if (random.chance(0.5)) spec += String(random.int(0, 30));
  if (numeric && random.chance(0.25)) spec += random.pick([',', '_']);
  if (random.chance(0.5)) spec += `.${random.chance(0.9) ? random.int(0, 25) : random.int(90, 130)}`;
  return spec + random.pick(TYPES[kind]);
}

function randomCases(random: SeededRandom): Case[] {
  const cases: Case[] = [];
  const add = (count: number, kind: Value['kind'], value: () => Value) => {
    for (let i = 0; i < count; i++) cases.push({ value: value(), spec: randomSpec(random, kind) });
  };
  add(2000, 'int', () => int(randomInt(random)));
  add(100, 'bool', () => bool(random.chance(0.5)));
  add(3500, 'float', () => float(randomDouble(random)));
  add(800, 'complex', () => complex(random.chance(0.2) ? 0 : randomDouble(random), randomDouble(random)));
  add(800, 'str', () => str(randomStr(random)));
  return cases;
}

function describeCase({ value, spec }: Case): string {
  const shown = value.kind === 'complex' ? `${value.real}${value.imag}j` : String(value.value);
  return `format(${value.kind} ${shown}, ${JSON.stringify(spec)})`;
}

describe('format mini-language', async () => {
  const random = new SeededRandom(2311);
  const cases = [...EDGE_CASES, ...randomCases(random)];
  const [expected] = (await pythonJson(['-c', ORACLE], cases.map(({ value, spec }) => [encode(value), spec]))) as Outcome[][];

  it('matches python3 on every case', () => {
    expect(expected).toHaveLength(cases.length);
    const mismatches = cases
      .map((testCase, i) => ({ case: describeCase(testCase), expected: expected[i], actual: outcomeOf(testCase) }))
      .filter(({ expected, actual }) => JSON.stringify(expected) !== JSON.stringify(actual));
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('covers every error message CPython gives', () => {
    const messages = new Set(expected.flatMap((outcome) => ('error' in outcome ? [outcome.message] : [])));
    for (const message of [
      "Unknown format code 'd' for object of type 'float'",
      'Sign not allowed in string format specifier',
      'Space not allowed in string format specifier',
      "Cannot specify ',' with 's'.",
      "Invalid format specifier 'abc' for object of type 'int'",
      'Format specifier missing precision',
      'Too many decimal digits in format string',
      "'=' alignment not allowed in string format specifier",
      'Precision not allowed in integer format specifier',
      'Alternate form (#) not allowed in string format specifier',
      'Negative zero coercion (z) not allowed in string format specifier',
      'Negative zero coercion (z) not allowed in integer format specifier',
      "Cannot specify both ',' and '_'.",
      "Cannot specify '_' with 'c'.",
      "Sign not allowed with integer format specifier 'c'",
      "Alternate form (#) not allowed with integer format specifier 'c'",
      '%c arg not in range(0x110000)',
      'Python int too large to convert to C long',
      'int too large to convert to float',
      'precision too big',
      'Zero padding is not allowed in complex format specifier',
      "'=' alignment flag is not allowed in complex format specifier",
      "Unknown format code '\\x1f600' for object of type 'float'",
    ]) {
      expect(messages).toContain(message);
    }
  });
});
