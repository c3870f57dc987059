// The numeric built-ins (int()/float() parsing, float.fromhex/hex, the int and float
// methods, divmod, pow with a modulus, round) against python3, on seeded random
// ints, doubles and strings: every case's result or exception type and message.
import { describe, expect, it } from 'vitest';
import { pyInt } from '../../src/ast/constant';
import {
  floatAsIntegerRatio, floatDivmod, floatFloorDivide, floatFromInt, floatHex, floatIsInteger, floatModulo, floatRound,
  floatRoundToInt, floatToInt, floatTrueDivide,
} from '../../src/objects/floatMethods';
import {
  intAsIntegerRatio, intBitCount, intBitLength, intDivmod, intFloorDivide, intFromBytes, intModulo, intPowMod, intRound,
  intToBytes, intTrueDivide,
} from '../../src/objects/intMethods';
import { complexFromText, floatFromHex, floatFromText, intFromText } from '../../src/objects/numberParsing';
import { compareFloatToInt } from '../../src/objects/numberCompare';
import { PyError } from '../../src/objects/pyError';
import { pythonJson } from '../support/python';
import { SeededRandom } from '../support/seededRandom';

// Values cross the process boundary tagged, exactly: ints in hex (no digit limit),
// doubles as their IEEE bits, bytes in hex. Strings and bools are plain JSON.
type Wire = string | boolean | null | { i: string } | { f: string } | { b: string } | Wire[];

const ORACLE = `
import json, struct, sys
def decode(v):
    if isinstance(v, dict):
        if 'i' in v: return int(v['i'], 16)
        if 'f' in v: return float('nan') if v['f'] == 'nan' else struct.unpack('>d', bytes.fromhex(v['f']))[0]
        return bytes.fromhex(v['b'])
    return v
def encode(v):
    if isinstance(v, bool) or v is None or isinstance(v, str): return v
    if isinstance(v, int): return {'i': format(v, 'x')}
    if isinstance(v, float): return {'f': 'nan' if v != v else struct.pack('>d', v).hex()}
    if isinstance(v, bytes): return {'b': v.hex()}
    return [encode(x) for x in v]
FUNCTIONS = {name: eval(source) for name, source in json.loads(sys.argv[1]).items()}
def outcome(name, args):
    try:
        return {'ok': encode(FUNCTIONS[name](*map(decode, args)))}
    except Exception as e:
        return {'error': f'{type(e).__name__}: {e}'}
print(json.dumps([outcome(name, args) for name, args in json.load(sys.stdin)]))
`;

const bitsOf = (x: number): string => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
};

const fromBits = (bits: bigint): number => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
};

const hexOfBytes = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

const wireInt = (value: number | bigint | boolean): Wire => (typeof value === 'boolean' ? value : { i: BigInt(value).toString(16) });
const wireFloat = (x: number): Wire => ({ f: Number.isNaN(x) ? 'nan' : bitsOf(x) });

function decode(value: Wire): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  if ('i' in value) return pyInt(value.i.startsWith('-') ? -BigInt(`0x${value.i.slice(1)}`) : BigInt(`0x${value.i}`));
  if ('f' in value) return value.f === 'nan' ? NaN : fromBits(BigInt(`0x${value.f}`));
  return Uint8Array.from(value.b.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

// Each function once in both languages: the TypeScript call (its result tagged by
// Python type) and the Python expression it must match.
// Arguments come decoded off the wire; python3, not the type checker, vouches for them.
type Args = any[];
const FUNCTIONS: Record<string, { ts: (...args: Args) => Wire; py: string }> = {
  int_from_text: { ts: (s, base) => wireInt(intFromText(s, base)), py: 'lambda s, base: int(s, base)' },
  float_from_text: { ts: (s) => wireFloat(floatFromText(s)), py: 'float' },
  fromhex: { ts: (s) => wireFloat(floatFromHex(s)), py: 'float.fromhex' },
  hex: { ts: (x) => floatHex(x), py: 'float.hex' },
  float_ratio: { ts: (x) => floatAsIntegerRatio(x).map(wireInt), py: 'float.as_integer_ratio' },
  is_integer: { ts: (x) => floatIsInteger(x), py: 'float.is_integer' },
  float_to_int: { ts: (x) => wireInt(floatToInt(x)), py: 'int' },
  float_from_int: { ts: (i) => wireFloat(floatFromInt(i)), py: 'float' },
  int_ratio: { ts: (i) => intAsIntegerRatio(i).map(wireInt), py: 'int.as_integer_ratio' },
  bit_length: { ts: (i) => wireInt(intBitLength(i)), py: 'int.bit_length' },
  bit_count: { ts: (i) => wireInt(intBitCount(i)), py: 'int.bit_count' },
  to_bytes: {
    ts: (i, length, order, signed) => ({ b: hexOfBytes(intToBytes(i, length, order, signed)) }),
    py: 'lambda i, length, order, signed: i.to_bytes(length, order, signed=signed)',
  },
  to_bytes_defaults: { ts: (i) => ({ b: hexOfBytes(intToBytes(i)) }), py: 'int.to_bytes' },
  from_bytes: {
    ts: (b, order, signed) => wireInt(intFromBytes(b, order, signed)),
    py: 'lambda b, order, signed: int.from_bytes(b, order, signed=signed)',
  },
  int_divmod: { ts: (a, b) => intDivmod(a, b).map(wireInt), py: 'divmod' },
  int_floordiv: { ts: (a, b) => wireInt(intFloorDivide(a, b)), py: 'lambda a, b: a // b' },
  int_mod: { ts: (a, b) => wireInt(intModulo(a, b)), py: 'lambda a, b: a % b' },
  int_truediv: { ts: (a, b) => wireFloat(intTrueDivide(a, b)), py: 'lambda a, b: a / b' },
  float_divmod: { ts: (a, b) => floatDivmod(a, b).map(wireFloat), py: 'divmod' },
  float_floordiv: { ts: (a, b) => wireFloat(floatFloorDivide(a, b)), py: 'lambda a, b: a // b' },
  float_mod: { ts: (a, b) => wireFloat(floatModulo(a, b)), py: 'lambda a, b: a % b' },
  float_truediv: { ts: (a, b) => wireFloat(floatTrueDivide(a, b)), py: 'lambda a, b: a / b' },
  pow_mod: { ts: (a, b, m) => wireInt(intPowMod(a, b, m)), py: 'pow' },
  int_round: { ts: (i) => wireInt(intRound(i)), py: 'round' },
  int_round_digits: { ts: (i, n) => wireInt(intRound(i, n)), py: 'round' },
  float_round: { ts: (x) => wireInt(floatRoundToInt(x)), py: 'round' },
  float_round_digits: { ts: (x, n) => wireFloat(floatRound(x, n)), py: 'round' },
  complex_from_text: {
    ts: (s) => {
      const { real, imag } = complexFromText(s);
      return [wireFloat(real), wireFloat(imag)];
    },
    py: 'lambda s: (lambda z: (z.real, z.imag))(complex(s))',
  },
  compare_float_int: {
    ts: (x, i) => {
      const sign = compareFloatToInt(x, i);
      return [sign < 0, sign === 0, sign > 0];
    },
    py: 'lambda x, i: [x < i, x == i, x > i]',
  },
};

type Outcome = { ok: Wire } | { error: string };

function outcomeOf(name: string, args: Wire[]): Outcome {
  try {
    return { ok: FUNCTIONS[name].ts(...args.map(decode)) };
  } catch (error) {
    if (error instanceof PyError) return { error: `${error.type}: ${error.msg}` };
    throw error;
  }
}

// ---------------------------------------------------------------------------------
// Generated inputs.

const random = new SeededRandom(311);

function randomBigInt(bits: number): bigint {
  let value = 0n;
  for (let i = 0; i < bits; i += 30) value = (value << 30n) | BigInt(random.int(0, 2 ** 30 - 1));
  return value >> BigInt(Math.max(0, Math.ceil(bits / 30) * 30 - bits));
}

function randomInt(): bigint {
  const sign = random.chance(0.5) ? -1n : 1n;
  switch (random.int(0, 5)) {
    case 0: return BigInt(random.int(-20, 20));
    case 1: return sign * BigInt(random.int(0, 2 ** 31));
    case 2: return sign * (2n ** BigInt(random.int(0, 130)) + BigInt(random.int(-2, 2)));
    case 3: return sign * 10n ** BigInt(random.int(0, 60)) * BigInt(random.int(1, 99));
    case 4: return sign * randomBigInt(random.int(1, 70));
    default: return sign * randomBigInt(random.int(1, 3000));
  }
}

const SPECIAL_DOUBLES = [
  0, -0, Infinity, -Infinity, NaN, 0.5, -0.5, 1.5, 2.5, -2.5, 3.5, 0.125, 0.375, 5e-324, -5e-324, Number.MAX_VALUE,
  -Number.MAX_VALUE, 2.2250738585072014e-308, 2.225073858507201e-308, 2 ** 52 + 0.5, 2 ** 53, 2 ** 63, 1e308, 1 / 3,
  0.1, 2.675, 1.005, 1e22, 123.456, 4.35, 9.995, 0.045, 5e-5, 1e-320, 4503599627370495.5,
];

function randomDouble(): number {
  switch (random.int(0, 5)) {
    case 0: return random.pick(SPECIAL_DOUBLES);
    case 1: return fromBits(randomBigInt(64));
    // Short decimals, many of them ties or near-ties for round().
    case 2: return Number(`${random.chance(0.5) ? '-' : ''}${random.int(1, 99999)}e${random.int(-12, 12)}`);
    case 3: return random.int(-(2 ** 31), 2 ** 31) * 2 ** random.int(-1100, 1000);
    case 4: return (random.int(-20000, 20000) + random.pick([0, 0.5, 0.25])) / random.pick([1, 2, 10, 100, 1000]);
    default: return (random.next() - 0.5) * 10 ** random.int(-320, 308);
  }
}

/** The decimal digits of every script JS knows (Unicode 17), most of which Python 3.11 (Unicode 14) reads. */
const UNICODE_DIGITS: string[] = [];
/** What each parser may or may not take for whitespace. */
const SPACES = [' ', '\t', '\n', '\v', '\f', '\r', '\x1c', '\x1f', '\x85', '\xa0', '\u1680', '\u2000', '\u200b', '\u2028', '\u3000', '\ufeff'];
for (let cp = 0x80; cp < 0x110000; cp++) {
  if (/\p{Nd}/u.test(String.fromCodePoint(cp))) UNICODE_DIGITS.push(String.fromCodePoint(cp));
}

/** A string built from pieces the grammars care about, valid more often than not. */
function randomNumberText(alphabet: readonly string[], pieces: number): string {
  let text = '';
  if (random.chance(0.2)) text += random.pick(SPACES);
  if (random.chance(0.3)) text += random.pick(['+', '-']);
  for (let i = 0; i < pieces; i++) text += random.pick(alphabet);
  if (random.chance(0.2)) text += random.pick(SPACES);
  return text;
}

const INT_ALPHABET = [
  ...'0123456789', ...'0123456789', ...'abcdefxyzABCDEFXYZ', '0x', '0o', '0b', '0X', '0O', '0B', '_', '_', '__', ' ', '.', '\0', 'é',
  '+', '-', '١', '٣', '１', '𝟘', '\u3000', '\ud800',
];
const FLOAT_ALPHABET = [
  ...'0123456789', ...'0123456789', '.', '.', 'e', 'E', 'e-', 'e+', '_', '_', '__', 'inf', 'INF', 'Infinity', 'iNfInItY', 'nan',
  'NaN', '0x', 'p', ' ', '\0', '١', '٣', '１', '\u2003', '+', '-', 'd',
];
const COMPLEX_ALPHABET = [
  ...'0123456789', ...'0123456789', '.', 'e', 'E', 'e-', '+', '-', '+', '-', 'j', 'J', 'j', '_', '__', '(', ')', ' ', 'inf', 'nan',
  'infinity', '\u3000', '٣', '1j', '+1j', '-2.5j', 'x',
];
const HEX_ALPHABET = [...'0123456789abcdefABCDEF', '0x', '0X', '.', 'p', 'P', 'p-', 'p+', 'inf', 'nan', 'infinity', ' ', '_', '-', '1', '١'];

const SUSPICIOUS_BASES = [0, 0, 0, 10, 10, 2, 8, 16, 36, 1, 37, -1, 3, 4, 5, 7, 32];

function intParsingCases(): Array<[string, Wire[]]> {
  const cases: Array<[string, Wire[]]> = [];
  for (let i = 0; i < 4000; i++) {
    const base = random.chance(0.5) ? random.pick(SUSPICIOUS_BASES) : random.int(2, 36);
    cases.push(['int_from_text', [randomNumberText(INT_ALPHABET, random.int(0, 8)), wireInt(base)]]);
  }
  for (const base of [0, 2, 10, 16, 36, 7]) {
    cases.push(['int_from_text', [randomInt().toString(base === 0 ? 10 : base), wireInt(base)]]);
  }
  // The 4300-digit limit, and what it takes precedence over.
  for (const text of ['9'.repeat(4300), '9'.repeat(4301), `-${'1_0'.repeat(2200)}`, '0'.repeat(5000), `${'9'.repeat(5000)}x`,
    `${'9'.repeat(5000)}_`, `${'9'.repeat(5000)}__1`, `  ${'7'.repeat(4400)}  `, `0x${'f'.repeat(6000)}`, '١'.repeat(4301), 'x'.repeat(300),
    `${'é'.repeat(250)}`]) {
    for (const base of [0, 10, 16, 3]) cases.push(['int_from_text', [text, wireInt(base)]]);
  }
  // Every script's digits and every space, alone and around digits.
  for (const digit of UNICODE_DIGITS) cases.push(['int_from_text', [`${digit}${digit}`, wireInt(10)]]);
  for (const space of SPACES) cases.push(['int_from_text', [`${space}-1${space}`, wireInt(0)]]);
  return cases;
}

function floatParsingCases(): Array<[string, Wire[]]> {
  const cases: Array<[string, Wire[]]> = [];
  for (let i = 0; i < 4000; i++) cases.push(['float_from_text', [randomNumberText(FLOAT_ALPHABET, random.int(0, 8))]]);
  for (let i = 0; i < 1500; i++) {
    // Long and boundary decimals, which must round correctly.
    const x = randomDouble();
    const digits = random.int(1, 40);
    cases.push(['float_from_text', [random.chance(0.5) ? x.toPrecision(Math.min(digits, 100)) : x.toExponential(Math.min(digits, 100))]]);
  }
  for (const text of ['2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623158e308', '1.7976931348623159e308',
    '9007199254740993', `0.${'0'.repeat(400)}1e400`, `${'1'.repeat(1000)}e-1000`, '1e99999999999999999999', '1e-99999999999999999999', '-0',
    '-0.0e5', '.5', '5.', '.', 'e5', '1e', '1e+', '1_e5', '1e_5', '1.5_', '_1.5', '0x1p3', '١٢٣.٥', '\u20001.5\u3000']) {
    cases.push(['float_from_text', [text]]);
  }
  for (const digit of UNICODE_DIGITS) cases.push(['float_from_text', [`${digit}.${digit}`]]);
  for (const space of SPACES) cases.push(['float_from_text', [`${space}-1.5${space}`]]);

  for (let i = 0; i < 3000; i++) cases.push(['complex_from_text', [randomNumberText(COMPLEX_ALPHABET, random.int(0, 9))]]);
  for (let i = 0; i < 500; i++) {
    // The repr of a random complex, and it with its parentheses and spaces moved about.
    const text = `${randomDouble()}${random.pick(['+', '-'])}${Math.abs(randomDouble())}j`;
    cases.push(['complex_from_text', [random.chance(0.5) ? text : ` (${text} ) `]]);
  }

  for (let i = 0; i < 2500; i++) cases.push(['fromhex', [randomNumberText(HEX_ALPHABET, random.int(0, 8))]]);
  for (let i = 0; i < 2500; i++) {
    // A double's own hex, with its digits and exponent moved so that rounding and overflow happen.
    const text = floatHex(randomDouble());
    const [mantissa, exponent] = text.split('p');
    const extra = random.chance(0.5) ? Array.from({ length: random.int(1, 20) }, () => random.pick([...'0123456789abcdef'])).join('') : '';
    const shifted = Number(exponent) + random.pick([0, 0, -30, -60, 1, -1, 52, -1000, 2000]);
    cases.push(['fromhex', [`${mantissa}${mantissa.includes('.') ? '' : '.'}${extra}p${shifted}`]]);
  }
  for (const text of ['0x1p1024', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023', '0x1p-1075', '0x1.0000000000001p-1075',
    '0x0p99999999999999999999999', '0x1p-99999999999999999999999', '-0x0p0', '0x.8', '0x8.', '0x.', '0x', ' inf ', '-Infinity', 'nan ',
    '1p', '0x1p1_0', '0x1p+', '0x1pp1', '\u20000x1']) {
    cases.push(['fromhex', [text]]);
  }
  return cases;
}

function numberCases(): Array<[string, Wire[]]> {
  const cases: Array<[string, Wire[]]> = [];
  const push = (name: string, count: number, args: () => Wire[]): void => {
    for (let i = 0; i < count; i++) cases.push([name, args()]);
  };
  const anyInt = (): Wire => (random.chance(0.05) ? random.chance(0.5) : wireInt(randomInt()));
  const double = (): Wire => wireFloat(randomDouble());
  const smallDivisor = (): Wire => (random.chance(0.1) ? wireInt(0) : anyInt());
  const divisor = (): Wire => wireFloat(random.chance(0.1) ? random.pick([0, -0]) : randomDouble());
  for (const name of ['hex', 'float_ratio', 'is_integer', 'float_to_int', 'float_round']) push(name, 1500, () => [double()]);
  for (const name of ['float_from_int', 'int_ratio', 'bit_length', 'bit_count', 'int_round', 'to_bytes_defaults']) push(name, 800, () => [anyInt()]);
  push('float_from_int', 200, () => [wireInt(randomBigInt(random.int(1000, 1030)))]);
  push('to_bytes', 2000, () => {
    const value = random.chance(0.5) ? BigInt(random.int(-70000, 70000)) : randomInt();
    const length = random.chance(0.05) ? random.pick([-1, 2 ** 63, -(2 ** 64)]) : random.int(0, 6) + (random.chance(0.2) ? random.int(0, 400) : 0);
    return [wireInt(value), wireInt(BigInt(length)), random.pick(['big', 'little', 'big', 'little', 'middle']), random.chance(0.5)];
  });
  push('from_bytes', 1500, () => {
    const bytes = Uint8Array.from({ length: random.int(0, random.chance(0.1) ? 300 : 9) }, () => random.int(0, 255));
    return [{ b: hexOfBytes(bytes) }, random.pick(['big', 'little', 'big', 'little', 'Big']), random.chance(0.5)];
  });
  for (const name of ['int_divmod', 'int_floordiv', 'int_mod', 'int_truediv']) push(name, 1500, () => [anyInt(), smallDivisor()]);
  push('compare_float_int', 3000, () => {
    // Mostly an int next to the double: the comparisons a conversion to float would get wrong.
    const x = randomDouble();
    if (!Number.isFinite(x) || random.chance(0.2)) return [wireFloat(x), anyInt()];
    const near = BigInt(Math.trunc(x)) + BigInt(random.int(-2, 2));
    return [wireFloat(x), wireInt(near)];
  });
  for (const name of ['float_divmod', 'float_floordiv', 'float_mod', 'float_truediv']) push(name, 1500, () => [double(), divisor()]);
  push('pow_mod', 2000, () => {
    const small = (): Wire => wireInt(BigInt(random.int(-50, 50)));
    return [random.chance(0.5) ? small() : anyInt(), random.chance(0.5) ? small() : wireInt(randomBigInt(random.int(1, 200))),
      random.chance(0.5) ? small() : anyInt()];
  });
  push('int_round_digits', 2000, () => {
    const places = random.chance(0.05) ? random.pick([-10000n, 10n ** 30n, -400n]) : BigInt(random.int(-70, 5));
    return [anyInt(), wireInt(places)];
  });
  push('float_round_digits', 3000, () => {
    const places = random.chance(0.05) ? random.pick([-(10n ** 30n), 10n ** 30n, 323n, 324n, -308n, -309n]) : BigInt(random.int(-20, 20));
    return [double(), wireInt(places)];
  });
  push('float_round_digits', 500, () => [wireFloat(random.int(-99999, 99999) / 10 ** random.int(1, 6) + 5e-7 * random.int(-1, 1)), wireInt(BigInt(random.int(0, 5)))]);
  return cases;
}

describe('numeric built-ins against python3', async () => {
  const cases = [...intParsingCases(), ...floatParsingCases(), ...numberCases()];
  const oracleFunctions = Object.fromEntries(Object.entries(FUNCTIONS).map(([name, { py }]) => [name, py]));
  const [expected] = (await pythonJson(['-c', ORACLE, JSON.stringify(oracleFunctions)], cases)) as [Outcome[]];

  for (const name of Object.keys(FUNCTIONS)) {
    it(`${name} matches python3`, () => {
      const mismatches = [];
      let count = 0;
      for (const [index, [caseName, args]] of cases.entries()) {
        if (caseName !== name) continue;
        count++;
        const actual = outcomeOf(name, args);
        if (JSON.stringify(actual) !== JSON.stringify(expected[index])) mismatches.push({ args, expected: expected[index], actual });
      }
      expect(count).toBeGreaterThan(0);
      expect(mismatches.slice(0, 5)).toEqual([]);
    });
  }
});
