// Set iteration order against python3 (PYTHONHASHSEED=0): set(list) and frozenset(tuple)
// of random collections, and the frozenset constants compile() folds set displays into,
// which is the order dis shows.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PyBytes, PyComplex, PyFloat, pyInt } from '../../src/ast/constant';
import { constantRepr } from '../../src/bytecode/constantRepr';
import { type CodeConstant, ConstFrozenSet, ConstTuple } from '../../src/bytecode/constants';
import { hashConstant } from '../../src/objects/hash';
import { setHashSeed } from '../../src/objects/hashSecret';
import { constantsEqual, frozensetConstantOrder, setIterationOrder } from '../../src/objects/setOrder';
import { pythonJson } from '../support/python';
import { SeededRandom } from '../support/seededRandom';

const SEED = 0;

// Orders come back as indices into the collection: a set keeps the first of equal items,
// so its members are named by the first index of an equal item.
//
// Displays go first, before anything else interns strs: compiling one interns its
// name-like str constants, and whether an equal str was interned before decides whether
// CPython rebuilds the frozenset (see frozensetConstantOrder). Each display asks for some
// of its strs to be interned beforehand; literal_eval reads the items without interning.
const ORACLE = `
import ast, json, sys
request = json.load(sys.stdin)
def indices(items, members):
    return [next(i for i, item in enumerate(items) if item == member) for member in members]
folded = []
for display in request['displays']:
    for s in display['internFirst']:
        sys.intern(s)
    code = compile(display['source'], 'module.py', 'exec')
    constant = next(c for c in code.co_consts if type(c) is frozenset)
    folded.append(indices(ast.literal_eval(display['items']), constant))
print(json.dumps(folded))
names = {'__builtins__': {}, 'inf': float('inf'), 'frozenset': frozenset}
orders = []
for source in request['collections']:
    items = eval(source, names)
    orders.append([indices(items, set(list(items))), indices(items, frozenset(items))])
print(json.dumps(orders))
`;

const MODULUS = 2n ** 61n - 1n;

/** Ints that collide: in their low bits, modulo 2**61 - 1, and -1 with -2. */
function randomInt(random: SeededRandom): number | bigint {
  switch (random.int(0, 5)) {
    case 0:
      return random.int(-20, 20);
    case 1:
      return random.pick([-1, -2]);
    case 2:
      return 8 * random.int(0, 300);
    case 3:
      return pyInt(MODULUS * BigInt(random.int(-4, 4)) + BigInt(random.int(-2, 2)));
    case 4:
      return random.int(-(2 ** 31), 2 ** 31) * 2 ** random.int(0, 22);
    default:
      return pyInt((BigInt(random.int(0, 2 ** 30)) << BigInt(random.int(30, 200))) * BigInt(random.pick([1, -1])));
  }
}

// Strs of each storage width. Displays get no short lowercase strs, which CPython may
// have interned at start-up ('os', 'key', ...): ASCII ones there mix cases, digits and
// punctuation, and are at least 3 long.
const STR_RANGES: ReadonlyArray<readonly [number, number]> = [[0x61, 0x7a], [0x20, 0xff], [0x100, 0xffff], [0x10000, 0x10ffff]];
const DISPLAY_STR_RANGES: ReadonlyArray<readonly [number, number]> = [[0x30, 0x7a], [0x30, 0x7a], [0xa0, 0xff], [0x100, 0xffff], [0x10000, 0x10ffff]];

function randomStr(random: SeededRandom, displayable: boolean): string {
  const [low, high] = random.pick(displayable ? DISPLAY_STR_RANGES : STR_RANGES);
  const length = displayable && high < 0x80 ? random.int(3, 8) : random.int(0, 6);
  const codePoints = Array.from({ length }, () => random.int(low, high));
  // fromCharCode keeps surrogates lone; fromCodePoint spells astral code points as pairs.
  return codePoints.map((cp) => (cp <= 0xffff ? String.fromCharCode(cp) : String.fromCodePoint(cp))).join('');
}

function randomTuple(random: SeededRandom, displayable: boolean): ConstTuple {
  const item = (): CodeConstant =>
    random.chance(0.2) ? randomTuple(random, displayable) : random.chance(0.5) ? randomInt(random) : randomStr(random, displayable);
  return new ConstTuple(Array.from({ length: random.int(0, 3) }, item));
}

/**
 * Numbers equal across types (1, 1.0, True, 1+0j), floats, bytes and frozensets among
 * the rest; if `displayable`, only values a set display can spell as a constant: no
 * frozensets, no infinities.
 */
function randomMixed(random: SeededRandom, displayable: boolean): CodeConstant {
  switch (random.int(0, 7)) {
    case 0:
      return randomInt(random);
    case 1:
      return randomStr(random, displayable);
    case 2:
      return randomTuple(random, displayable);
    case 3:
      return random.chance(0.5);
    case 4:
      if (!displayable && random.chance(0.2)) return new PyFloat(random.pick([Infinity, -Infinity]));
      return new PyFloat(random.chance(0.5) ? random.int(-3, 3) : random.pick([0.5, -0, 1e300, 2 ** 61, 0.1]));
    case 5:
      return new PyComplex(random.int(-2, 2), random.chance(0.7) ? 0 : random.int(-2, 2));
    case 6:
      return new PyBytes(Uint8Array.from({ length: random.int(0, 4) }, () => random.int(0, 255)));
    default:
      if (displayable) return randomTuple(random, displayable);
      return new ConstFrozenSet(setIterationOrder(Array.from({ length: random.int(0, 3) }, () => randomInt(random)), hashConstant, constantsEqual));
  }
}

const KINDS: ReadonlyArray<(random: SeededRandom, displayable: boolean) => CodeConstant> = [randomInt, randomStr, randomTuple, randomMixed];

/** A collection of one kind, with duplicates: drawn from a pool smaller than itself. */
function randomCollection(random: SeededRandom, displayable: boolean): CodeConstant[] {
  const size = random.chance(0.5) ? random.int(displayable ? 1 : 0, 12) : random.int(13, 200);
  const chosen = random.pick(KINDS);
  const kind = () => chosen(random, displayable);
  const pool = Array.from({ length: Math.max(1, Math.ceil(size * random.next())) }, kind);
  return Array.from({ length: size }, () => (random.chance(0.6) ? random.pick(pool) : kind()));
}

function tupleSource(items: readonly CodeConstant[]): string {
  return constantRepr(new ConstTuple(items));
}

// Each way CPython 3.11 folds a display of constants into a frozenset constant.
function displaySource(items: readonly CodeConstant[], random: SeededRandom): string {
  const display = `{${items.map(constantRepr).join(', ')}}`;
  switch (random.int(0, 3)) {
    case 0:
      return `x in ${display}`;
    case 1:
      return `x not in ${display}`;
    case 2:
      return `for x in ${display}:\n    pass\n`;
    default:
      // A set display of more than two constants becomes BUILD_SET + a frozenset + SET_UPDATE.
      return items.length > 2 ? `y = ${display}` : `x in ${display}`;
  }
}

/** The strs a code object holding `constants` interns: its name-like ones, in tuples too. */
function strsInternedWith(constants: readonly CodeConstant[]): string[] {
  return constants.flatMap((constant) => {
    if (constant instanceof ConstTuple) return strsInternedWith(constant.items);
    return typeof constant === 'string' && /^[A-Za-z0-9_]*$/.test(constant) ? [constant] : [];
  });
}

interface Display {
  items: readonly CodeConstant[];
  source: string;
  internFirst: string[];
  /** What python3 has interned when it compiles this display. */
  interned: ReadonlySet<string>;
}

function randomDisplays(random: SeededRandom, count: number): Display[] {
  const interned = new Set<string>();
  return Array.from({ length: count }, () => {
    const items = randomCollection(random, true);
    const names = items.filter((item): item is string => typeof item === 'string' && /^[A-Za-z0-9_]{2,}$/.test(item));
    const internFirst = random.chance(0.5) ? names.filter(() => random.chance(0.3)) : [];
    for (const s of internFirst) interned.add(s);
    const display = { items, source: displaySource(items, random), internFirst, interned: new Set(interned) };
    for (const s of strsInternedWith(items)) interned.add(s);
    return display;
  });
}

function indicesIn(items: readonly CodeConstant[], members: readonly CodeConstant[]): number[] {
  return members.map((member) => items.findIndex((item) => constantsEqual(item, member)));
}

function isEqual(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const random = new SeededRandom(2611);
const collections = Array.from({ length: 600 }, () => randomCollection(random, false));
const displays = randomDisplays(random, 300);

describe('set iteration order', async () => {
  vi.stubEnv('PYTHONHASHSEED', String(SEED));
  let answers: unknown[];
  try {
    answers = await pythonJson(['-c', ORACLE], {
      displays: displays.map(({ items, source, internFirst }) => ({ items: tupleSource(items), source, internFirst })),
      collections: collections.map(tupleSource),
    });
  } finally {
    vi.unstubAllEnvs();
  }
  const [folded, orders] = answers as [number[][], Array<[number[], number[]]>];

  beforeAll(() => {
    setHashSeed(SEED);
  });

  it('orders set(list) and frozenset(tuple) as python3 does', () => {
    expect(orders).toHaveLength(collections.length);
    const mismatches = collections
      .map((items, i) => ({ items: tupleSource(items), expected: orders[i], actual: indicesIn(items, setIterationOrder(items, hashConstant, constantsEqual)) }))
      .filter(({ expected: [fromList, fromTuple], actual }) => !isEqual(fromList, actual) || !isEqual(fromTuple, actual));
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('orders folded frozenset constants as compile() does', () => {
    expect(folded).toHaveLength(displays.length);
    const mismatches = displays
      .map(({ items, source, interned }, i) => ({ source, expected: folded[i], actual: indicesIn(items, frozensetConstantOrder(items, (s) => interned.has(s))) }))
      .filter(({ expected, actual }) => !isEqual(expected, actual));
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it("orders {'a', 'b', 'c'} as dis shows it", () => {
    // python3 -c "import dis; dis.dis(\"x in {'a', 'b', 'c'}\")" with PYTHONHASHSEED=0 shows frozenset({'c', 'a', 'b'}).
    expect(frozensetConstantOrder(['a', 'b', 'c'])).toEqual(['c', 'a', 'b']);
  });
});
