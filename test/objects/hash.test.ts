// hash() against python3 under two PYTHONHASHSEEDs: 0 (randomization off, a zero key)
// and 12345 (a key from CPython's seeded generator), on strs of every storage width,
// bytes, ints, floats and complexes across their special cases, nested tuples and
// frozensets, and code objects.
import { describe, expect, it, vi } from 'vitest';
import { Ellipsis, PyBytes, PyComplex, PyFloat, pyInt } from '../../src/ast/constant';
import { CodeObject } from '../../src/bytecode/code';
import { constantRepr } from '../../src/bytecode/constantRepr';
import { type CodeConstant, ConstFrozenSet, ConstTuple } from '../../src/bytecode/constants';
import { hashBytes, hashComplex, hashConstant, hashFloat, hashInt, hashStr, type PyHash } from '../../src/objects/hash';
import { seedFromEnvironment, setHashSeed } from '../../src/objects/hashSecret';
import { pythonJson } from '../support/python';
import { floatBits, floatFromBits } from '../support/floatBits';
import { SeededRandom } from '../support/seededRandom';

// Doubles cross as their IEEE bits, nested constants as their repr (evaluated with
// inf and nan defined), and code objects come back as their fields. The consts of
// those code objects are cut down to ints and strs: their None (and anything holding
// it) hashes by address, which differs from run to run.
const ORACLE = `
import json, struct, sys
def double(bits):
    return struct.unpack('<d', int(bits, 16).to_bytes(8, 'little'))[0]
def hashes(values):
    print(json.dumps([str(hash(value)) for value in values]))
request = json.load(sys.stdin)
hashes(request['strs'])
hashes(bytes.fromhex(b) for b in request['bytes'])
hashes(int(i) for i in request['ints'])
hashes(double(bits) for bits in request['floats'])
hashes(complex(double(re), double(im)) for re, im in request['complexes'])
names = {'__builtins__': {}, 'inf': float('inf'), 'nan': float('nan'), 'frozenset': frozenset}
hashes(eval(source, names) for source in request['nested'])
# The low 8 bits of the statically allocated singletons' hashes are fixed for a build.
print(json.dumps({'none': hash(None) & 0xff, 'ellipsis': hash(...) & 0xff}))
def code_objects(code):
    yield code
    for const in code.co_consts:
        if hasattr(const, 'co_code'):
            yield from code_objects(const)
codes = []
for source in request['codeSources']:
    for code in code_objects(compile(source, 'module.py', 'exec')):
        code = code.replace(co_consts=tuple(c for c in code.co_consts if type(c) in (int, str)))
        cells = [name for name in code.co_cellvars if name not in code.co_varnames]
        codes.append({
            'hash': str(hash(code)), 'name': code.co_name,
            'consts': [[type(c).__name__, str(c)] for c in code.co_consts], 'names': code.co_names,
            'localsplusnames': code.co_varnames + tuple(cells) + code.co_freevars,
            'linetable': code.co_linetable.hex(), 'exceptiontable': code.co_exceptiontable.hex(),
            'argcount': code.co_argcount, 'posonlyargcount': code.co_posonlyargcount,
            'kwonlyargcount': code.co_kwonlyargcount, 'flags': code.co_flags,
        })
print(json.dumps(codes))
`;

interface OracleCode {
  hash: string;
  name: string;
  consts: Array<['int' | 'str', string]>;
  names: string[];
  localsplusnames: string[];
  linetable: string;
  exceptiontable: string;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
}

const SEEDS = [0, 12345];
const MODULUS = 2n ** 61n - 1n;

function hexOf(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

function fromHex(hex: string): Uint8Array {
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

// Code point ranges of each str storage width, surrogates apart.
const LATIN_1: readonly [number, number] = [0x80, 0xff];
const BMP: readonly [number, number] = [0x100, 0xd7ff];
const SURROGATES: readonly [number, number] = [0xd800, 0xdfff];
const ASTRAL: readonly [number, number] = [0x10000, 0x10ffff];
const ASCII: readonly [number, number] = [0x00, 0x7f];

const HANDPICKED_STRS = [
  '', 'a', 'ab', 'abcdefg', 'abcdefgh', 'abcdefghi', 'hello world!!', '\x00', '\x00\x00\x00\x00\x00\x00\x00\x00', 'é', 'ÿ',
  'café', '\u0100', '€', '\uffff', '中文', '\u{10000}', '😀', '\u{10ffff}', 'a😀b', '\ud800', '\udfff', '\udc00\ud800',
  'a\ud83d', '\ude00b', '😀\ud800', 'x'.repeat(255), 'x'.repeat(256), 'é'.repeat(300), '€'.repeat(129), '😀'.repeat(70),
];

function randomStr(random: SeededRandom): string {
  // The widest range picked decides the storage width; the others fill in narrower code points.
  const widest = random.pick([ASCII, LATIN_1, BMP, SURROGATES, ASTRAL]);
  const length = random.chance(0.1) ? random.int(40, 400) : random.int(1, 20);
  const codePoints: number[] = [];
  for (let i = 0; i < length; i++) codePoints.push(random.chance(0.5) ? random.int(...widest) : random.int(...random.pick([ASCII, LATIN_1, widest])));
  // fromCharCode keeps surrogates lone; fromCodePoint spells astral code points as pairs.
  return codePoints.map((cp) => (cp <= 0xffff ? String.fromCharCode(cp) : String.fromCodePoint(cp))).join('');
}

function randomBytes(random: SeededRandom): Uint8Array {
  const length = random.chance(0.1) ? random.int(100, 600) : random.int(0, 24);
  return Uint8Array.from({ length }, () => random.int(0, 255));
}

const HANDPICKED_INTS: Array<number | bigint> = [
  0, 1, -1, -2, 2, 7, -7, 255, 2 ** 31 - 1, -(2 ** 31), 2 ** 32, 2 ** 53 - 1, -(2 ** 53 - 1), 2n ** 53n, -(2n ** 53n),
  MODULUS - 1n, MODULUS, MODULUS + 1n, -MODULUS, -MODULUS + 1n, -MODULUS - 1n, 2n ** 61n, -(2n ** 61n), 2n ** 62n, 2n ** 63n - 1n,
  -(2n ** 63n), 2n ** 64n, -(2n ** 64n), 2n ** 64n - 1n, MODULUS * 5n, MODULUS * 5n - 1n, -(MODULUS * 3n) - 1n, 10n ** 100n, -(10n ** 100n),
];

function randomBigInt(random: SeededRandom, bits: number): bigint {
  let value = 0n;
  for (let i = 0; i < bits; i += 16) value = (value << 16n) | BigInt(random.int(0, 0xffff));
  return random.chance(0.5) ? -value : value;
}

function randomInt(random: SeededRandom): number | bigint {
  switch (random.int(0, 4)) {
    case 0:
      return random.int(-1000, 1000);
    case 1:
      return random.int(-(2 ** 31), 2 ** 31) * 2 ** random.int(0, 22);
    case 2:
      return pyInt(MODULUS * BigInt(random.int(-9, 9)) + BigInt(random.int(-3, 3)));
    default:
      return pyInt(randomBigInt(random, random.int(1, 40) * 16));
  }
}

const HANDPICKED_FLOATS = [
  0, -0, 1, -1, 1.5, -1.5, 0.1, -0.1, 0.5, 2 ** 52 + 0.5, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 2 ** 61, 2 ** 63, 2 ** 64, 1e16, 1e22, 1e300,
  -1e300, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 2.2250738585072014e-308, 1e-310, Infinity, -Infinity,
  Number.EPSILON, 1 / 3, 123.456, 3.14159,
];

function randomFloat(random: SeededRandom): number {
  for (;;) {
    let x: number;
    switch (random.int(0, 3)) {
      case 0:
        // Any bit pattern: every binade and subnormals.
        x = floatFromBits((BigInt(random.int(0, 0xffffffff)) << 32n) | BigInt(random.int(0, 0xffffffff)));
        break;
      case 1:
        x = random.int(-(2 ** 31), 2 ** 31) * 2 ** random.int(-40, 80);
        break;
      case 2:
        x = Number(`${random.int(1, 99999)}e${random.int(-30, 30)}`);
        break;
      default:
        x = (random.next() - 0.5) * 10 ** random.int(-320, 308);
    }
    if (!Number.isNaN(x)) return x;
  }
}

/** Constants whose repr evaluates back to an equal value: no None, Ellipsis, NaN or infinite imaginary part. */
function randomNested(random: SeededRandom, depth: number): CodeConstant {
  if (depth > 0 && random.chance(0.4)) {
    const items = Array.from({ length: random.int(0, 5) }, () => randomNested(random, depth - 1));
    if (random.chance(0.75)) return new ConstTuple(items);
    // A frozenset's members are distinct: pairing each with its index keeps them apart.
    return new ConstFrozenSet(items.map((item, i) => new ConstTuple([i, item])));
  }
  switch (random.int(0, 6)) {
    case 0:
      return randomInt(random);
    case 1:
      return randomStr(random);
    case 2:
      return new PyBytes(randomBytes(random));
    case 3:
      return new PyFloat(random.chance(0.3) ? random.pick(HANDPICKED_FLOATS) : randomFloat(random));
    case 4:
      return new PyComplex(random.chance(0.3) ? 0 : randomFloat(random), random.chance(0.2) ? 0 : randomFloat(random));
    case 5:
      return random.chance(0.5);
    default:
      return random.pick([-1, -2, 0, 1]);
  }
}

// Code objects of every shape: arguments of each kind, cells, free variables, try blocks.
const CODE_SOURCES = [
  'x = 1',
  'def f(a, b=2, /, c=3, *args, d, e=5, **kw):\n    return a + b + c + d + e\n',
  'def outer(a):\n    x = a\n    def inner(b):\n        nonlocal x\n        x += b\n        return x\n    return inner\n',
  'class C:\n    "doc"\n    def m(self):\n        try:\n            return self.x\n        except AttributeError:\n            return "none"\n',
  'lambda q, *, r: q * r + 10 ** 20\n',
  'async def g(s):\n    async for t in s:\n        yield t, "é", 1.5\n',
  'def h():\n    return [i * i for i in range(10) if i % 3]\n',
];

function codeObjectFrom(fields: OracleCode): CodeObject {
  return new CodeObject({
    co_argcount: fields.argcount,
    co_posonlyargcount: fields.posonlyargcount,
    co_kwonlyargcount: fields.kwonlyargcount,
    co_stacksize: 0,
    co_flags: fields.flags,
    co_code: new Uint8Array(0),
    co_consts: fields.consts.map(([type, text]) => (type === 'int' ? pyInt(BigInt(text)) : text)),
    co_names: fields.names,
    co_localsplusnames: fields.localsplusnames,
    co_localspluskinds: new Uint8Array(fields.localsplusnames.length),
    co_filename: 'module.py',
    co_name: fields.name,
    co_qualname: fields.name,
    co_firstlineno: 1,
    co_linetable: fromHex(fields.linetable),
    co_exceptiontable: fromHex(fields.exceptiontable),
  });
}

function mismatches<T>(values: readonly T[], expected: readonly string[], hash: (value: T) => PyHash, show: (value: T) => unknown) {
  expect(expected).toHaveLength(values.length);
  return values
    .map((value, i) => ({ value: show(value), expected: expected[i], actual: String(hash(value)) }))
    .filter(({ expected, actual }) => expected !== actual)
    .slice(0, 10);
}

const random = new SeededRandom(61);
const strs = [...HANDPICKED_STRS, ...Array.from({ length: 800 }, () => randomStr(random))];
const bytes = [new Uint8Array(0), ...Array.from({ length: 250 }, () => randomBytes(random))];
const ints = [...HANDPICKED_INTS, ...Array.from({ length: 400 }, () => randomInt(random))];
const floats = [...HANDPICKED_FLOATS, ...Array.from({ length: 400 }, () => randomFloat(random))];
const complexParts = [0, -0, 1, -1, 2.5, Infinity, -Infinity, 1e300, 5e-324];
const complexes: Array<[number, number]> = [
  ...complexParts.flatMap((re) => complexParts.map((im): [number, number] => [re, im])),
  ...Array.from({ length: 200 }, (): [number, number] => [randomFloat(random), randomFloat(random)]),
];
const nested = Array.from({ length: 300 }, () => randomNested(random, 3));

const request = {
  strs,
  bytes: bytes.map(hexOf),
  ints: ints.map(String),
  floats: floats.map(floatBits),
  complexes: complexes.map(([re, im]) => [floatBits(re), floatBits(im)]),
  nested: nested.map(constantRepr),
  codeSources: CODE_SOURCES,
};

type OracleAnswer = [string[], string[], string[], string[], string[], string[], { none: number; ellipsis: number }, OracleCode[]];

/** python3's answers, from a process started with PYTHONHASHSEED=seed. */
async function askPython(seed: number): Promise<OracleAnswer> {
  vi.stubEnv('PYTHONHASHSEED', String(seed));
  try {
    return (await pythonJson(['-c', ORACLE], request)) as OracleAnswer;
  } finally {
    vi.unstubAllEnvs();
  }
}

for (const seed of SEEDS) {
  describe(`hash() with PYTHONHASHSEED=${seed}`, async () => {
    const [strHashes, bytesHashes, intHashes, floatHashes, complexHashes, nestedHashes, singletons, codes] = await askPython(seed);

    it('hashes strs of every width', () => {
      setHashSeed(seed);
      expect(mismatches(strs, strHashes, hashStr, (s) => JSON.stringify(s))).toEqual([]);
    });

    it('hashes bytes', () => {
      setHashSeed(seed);
      expect(mismatches(bytes, bytesHashes, hashBytes, hexOf)).toEqual([]);
    });

    it('hashes ints', () => {
      setHashSeed(seed);
      expect(mismatches(ints, intHashes, hashInt, String)).toEqual([]);
    });

    it('hashes floats', () => {
      setHashSeed(seed);
      expect(mismatches(floats, floatHashes, (x) => hashFloat(x), floatBits)).toEqual([]);
    });

    it('hashes complexes', () => {
      setHashSeed(seed);
      expect(mismatches(complexes, complexHashes, ([re, im]) => hashComplex(re, im), String)).toEqual([]);
    });

    it('hashes nested tuples and frozensets', () => {
      setHashSeed(seed);
      expect(mismatches(nested, nestedHashes, hashConstant, constantRepr)).toEqual([]);
    });

    it('hashes code objects', () => {
      setHashSeed(seed);
      expect(codes.length).toBeGreaterThan(CODE_SOURCES.length);
      expect(mismatches(codes, codes.map((code) => code.hash), (code) => hashConstant(codeObjectFrom(code)), (code) => code.name)).toEqual([]);
    });

    it('places None and Ellipsis in small sets as CPython does', () => {
      expect(Number(hashConstant(null)) & 0xff).toBe(singletons.none);
      expect(Number(hashConstant(Ellipsis)) & 0xff).toBe(singletons.ellipsis);
    });
  });
}

describe('identity hashes', () => {
  it('hashes a NaN by its float object', () => {
    const nan = new PyFloat(NaN);
    expect(hashConstant(nan)).toBe(hashConstant(nan));
    expect(hashConstant(nan)).not.toBe(hashConstant(new PyFloat(NaN)));
    expect(hashFloat(NaN)).not.toBe(hashFloat(NaN));
    const complex = new PyComplex(NaN, 1);
    expect(hashConstant(complex)).toBe(hashConstant(complex));
  });
});

describe('PYTHONHASHSEED', () => {
  // What python3 does with each text, measured: strtoul's syntax, then the range check.
  it.each([
    [undefined, 'random'],
    ['', 'random'],
    ['random', 'random'],
    ['0', 0],
    ['-0', 0],
    [' +0', 0],
    ['007', 7],
    [' 5', 5],
    ['+5', 5],
    ['4294967295', 4294967295],
  ])('reads %j as %j', (text, seed) => {
    expect(seedFromEnvironment(text)).toBe(seed);
  });

  it.each(['5 ', '0x10', '4294967296', '-1', '-', ' ', 'Random'])('rejects %j', (text) => {
    expect(() => seedFromEnvironment(text)).toThrow('PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]');
  });
});
