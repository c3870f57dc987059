// The str methods against python3: thousands of seeded random calls over text from
// every script the methods treat differently (ASCII, Latin-1, Greek with its final
// sigma, Cyrillic, CJK, combining marks, astral letters and emoji, special-casing
// letters, every kind of whitespace and line break, lone surrogates), and every code
// point's case mappings and character properties.
import { beforeAll, describe, expect, it } from 'vitest';
import { PyError } from '../../src/objects/pyError';
import { strCapitalize, strCasefold, strLower, strSwapcase, strTitle, strUpper } from '../../src/objects/strCase';
import { fromCodePoint } from '../../src/objects/strCodePoints';
import * as methods from '../../src/objects/strMethods';
import * as predicates from '../../src/objects/strPredicates';
import { pythonJsonLines } from '../support/python';
import { SeededRandom } from '../support/seededRandom';

// One request, answered by one python3: first a line with the outcome of every call,
// then the per-code-point facts in chunks. Results with a lone high surrogate right
// before a lone low one are skipped: a JS string cannot keep those two code points apart.
const ORACLE = `
import json, re, sys
request = json.load(sys.stdin)
JOINED_PAIR = re.compile('[\\ud800-\\udbff][\\udc00-\\udfff]')

# Ints beyond a double's safe range cross as {"int": digits}; pyvm gets them as bigints.
def decode(value):
    return int(value['int']) if isinstance(value, dict) and 'int' in value else value

def call(name, text, args):
    args = [decode(arg) for arg in args]
    if name == 'len': return len(text)
    if name == 'getitem': return text[args[0]]
    if name == 'slice': return text[slice(*args)]
    if name == 'translate': return text.translate({int(k): v for k, v in args[0].items()})
    if name in ('startswith', 'endswith') and isinstance(args[0], list): args = [tuple(args[0]), *args[1:]]
    return getattr(text, name)(*args)

def representable(result):
    if isinstance(result, str): return not JOINED_PAIR.search(result)
    if isinstance(result, (list, tuple)): return all(map(representable, result))
    return True

outcomes = []
for name, text, args in request['cases']:
    try:
        result = call(name, text, args)
        outcomes.append(['ok', list(result) if isinstance(result, tuple) else result] if representable(result) else ['skip'])
    except Exception as error:
        outcomes.append(['error', type(error).__name__, str(error)])
print(json.dumps(outcomes))

PREDICATES = [
    str.isalpha, str.isdecimal, str.isdigit, str.isnumeric, str.isalnum, str.isspace, str.isupper,
    str.islower, str.istitle, str.isidentifier, str.isprintable, str.isascii,
    lambda c: ('a' + c).isidentifier(),
    lambda c: (c + 'a').title()[-1] == 'a',
    lambda c: ('A' + c + '\\u03a3').lower()[-1] == '\\u03c2',
    lambda c: ('A\\u03a3' + c).lower()[1] == '\\u03c2',
    lambda c: len(('a' + c + 'b').splitlines()) == 2,
    lambda c: len(('a' + c + 'b').split()) == 2,
]
CHUNK = 0x10000
for start in range(0, sys.maxunicode + 1, CHUNK):
    flags, mapped = [], []
    for code_point in range(start, start + CHUNK):
        c = chr(code_point)
        flags.append(sum(1 << bit for bit, holds in enumerate(PREDICATES) if holds(c)))
        mappings = [c.lower(), c.upper(), c.title(), c.casefold(), c.swapcase(), c.capitalize()]
        if any(m != c for m in mappings):
            mapped.append([code_point, *mappings])
    print(json.dumps({'start': start, 'flags': flags, 'mapped': mapped}))
`;

const CHUNK = 0x10000;

/** The same facts as the oracle's PREDICATES, from pyvm. */
function predicateFlags(c: string): number {
  const holds = [
    predicates.strIsAlpha(c), predicates.strIsDecimal(c), predicates.strIsDigit(c), predicates.strIsNumeric(c),
    predicates.strIsAlnum(c), predicates.strIsSpace(c), predicates.strIsUpper(c), predicates.strIsLower(c),
    predicates.strIsTitle(c), predicates.strIsIdentifier(c), predicates.strIsPrintable(c), predicates.strIsAscii(c),
    predicates.strIsIdentifier('a' + c),
    strTitle(c + 'a').endsWith('a'),
    strLower('A' + c + '\u03a3').endsWith('\u03c2'),
    // 'a' and the sigma take one unit each.
    strLower('A\u03a3' + c)[1] === '\u03c2',
    methods.strSplitlines('a' + c + 'b').length === 2,
    methods.strSplit('a' + c + 'b').length === 2,
  ];
  return holds.reduce((flags, holdsHere, bit) => flags | (holdsHere ? 1 << bit : 0), 0);
}

type Call = (text: string, args: unknown[]) => unknown;
// Arguments come untyped from the generated case list.
const CALLS: Record<string, Call> = {
  len: (text) => methods.strLength(text),
  getitem: (text, [index]: any[]) => methods.strGetItem(text, index),
  slice: (text, [start, stop, step]: any[]) => methods.strSlice(text, start, stop, step),
  find: (text, args: any[]) => methods.strFind(text, args[0], args[1], args[2]),
  rfind: (text, args: any[]) => methods.strRfind(text, args[0], args[1], args[2]),
  index: (text, args: any[]) => methods.strIndex(text, args[0], args[1], args[2]),
  rindex: (text, args: any[]) => methods.strRindex(text, args[0], args[1], args[2]),
  count: (text, args: any[]) => methods.strCount(text, args[0], args[1], args[2]),
  startswith: (text, args: any[]) => methods.strStartswith(text, args[0], args[1], args[2]),
  endswith: (text, args: any[]) => methods.strEndswith(text, args[0], args[1], args[2]),
  split: (text, args: any[]) => methods.strSplit(text, args[0], args[1]),
  rsplit: (text, args: any[]) => methods.strRsplit(text, args[0], args[1]),
  splitlines: (text, args: any[]) => methods.strSplitlines(text, args[0]),
  partition: (text, [separator]: any[]) => methods.strPartition(text, separator),
  rpartition: (text, [separator]: any[]) => methods.strRpartition(text, separator),
  strip: (text, args: any[]) => methods.strStrip(text, args[0]),
  lstrip: (text, args: any[]) => methods.strLstrip(text, args[0]),
  rstrip: (text, args: any[]) => methods.strRstrip(text, args[0]),
  join: (text, [items]: any[]) => methods.strJoin(text, items),
  replace: (text, args: any[]) => methods.strReplace(text, args[0], args[1], args[2]),
  center: (text, args: any[]) => methods.strCenter(text, args[0], args[1]),
  ljust: (text, args: any[]) => methods.strLjust(text, args[0], args[1]),
  rjust: (text, args: any[]) => methods.strRjust(text, args[0], args[1]),
  zfill: (text, [width]: any[]) => methods.strZfill(text, width),
  expandtabs: (text, args: any[]) => methods.strExpandtabs(text, args[0]),
  removeprefix: (text, [prefix]: any[]) => methods.strRemoveprefix(text, prefix),
  removesuffix: (text, [suffix]: any[]) => methods.strRemovesuffix(text, suffix),
  translate: (text, [table]: any[]) => methods.strTranslate(text, (codePoint) => table[codePoint]),
  lower: strLower,
  upper: strUpper,
  casefold: strCasefold,
  title: strTitle,
  capitalize: strCapitalize,
  swapcase: strSwapcase,
  isalpha: predicates.strIsAlpha,
  isdecimal: predicates.strIsDecimal,
  isdigit: predicates.strIsDigit,
  isnumeric: predicates.strIsNumeric,
  isalnum: predicates.strIsAlnum,
  isspace: predicates.strIsSpace,
  isupper: predicates.strIsUpper,
  islower: predicates.strIsLower,
  istitle: predicates.strIsTitle,
  isidentifier: predicates.strIsIdentifier,
  isascii: predicates.strIsAscii,
  isprintable: predicates.strIsPrintable,
};

const decodeInt = (arg: unknown) =>
  arg !== null && typeof arg === 'object' && 'int' in arg ? BigInt((arg as { int: string }).int) : arg;

function outcomeOf(name: string, text: string, args: unknown[]): unknown[] {
  try {
    return ['ok', CALLS[name](text, args.map(decodeInt))];
  } catch (error) {
    if (error instanceof PyError) return ['error', error.type, error.msg];
    throw error;
  }
}

// Code points grouped by what they exercise; texts draw from a few groups at a time.
const range = (low: number, high: number) => Array.from({ length: high - low + 1 }, (_, i) => low + i);
const codePointsOf = (text: string) => Array.from(text, (c) => c.codePointAt(0)!);
const POOLS: readonly (readonly number[])[] = [
  codePointsOf('abcxyzABCXYZ019_ +-.,;:!?'),
  codePointsOf('aaab ab ba'),
  range(0x20, 0x7e),
  range(0x80, 0xff),
  codePointsOf('ΣσςΑαΒβΓγΔδΐΰάέήίόύώϐϑϕϖϰϱϵΆΈ'),
  codePointsOf('ΣΣΣ Σ.Σ\'Σ'),
  range(0x400, 0x45f),
  codePointsOf('中文日本語한국어ー〇'),
  range(0x300, 0x36f),
  codePointsOf('ßİıŉǰﬀﬁﬂﬃﬄﬅﬆǅǄǆǈǋǲᾳᾼῳῼẞſKÅΩﬓ\u0345\u1e9e\u0130\u1f80\u1f88\u1fb3'),
  codePointsOf('\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\u200b\ufeff'),
  codePointsOf('\r\n\r\n\n\r'),
  codePointsOf('٠١٢³²¹½¼⅓ⅧⅫ①⑴𝟘𝟙𝟚\u0f33\u{1d7ce}'),
  codePointsOf('😀🎉👍🏽𐐀𐐨𐑏\u{10400}\u{10428}\u{1e900}\u{1e922}\u{16e40}\u{16e60}𝐀𝔸'),
  [0xdc00, 0xdc01, 0xdfff, 0xd800, 0xdbff, 0xde00, 0xd83d],
  codePointsOf('\t\tx\t'),
  codePointsOf('+-0'),
];

/** Random text from a few pools; a lone high surrogate never precedes a lone low one, which JS would read as a pair. */
function randomText(random: SeededRandom, maxLength: number): string {
  const pools = [random.pick(POOLS), random.pick(POOLS), random.pick(POOLS)];
  let text = '';
  const length = random.int(0, maxLength);
  for (let i = 0; i < length; i++) {
    const codePoint = random.pick(random.pick(pools));
    const previous = text.charCodeAt(text.length - 1);
    if (codePoint >= 0xdc00 && codePoint <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff) continue;
    text += fromCodePoint(codePoint);
  }
  return text;
}

/** A needle: usually a piece of the text, sometimes unrelated, empty, or a lone surrogate. */
function randomNeedle(random: SeededRandom, text: string): string {
  const characters = Array.from(text);
  const roll = random.next();
  if (roll < 0.55 && characters.length > 0) {
    const start = random.int(0, characters.length - 1);
    return characters.slice(start, start + random.int(1, 3)).join('');
  }
  if (roll < 0.8) return randomText(random, 2) || 'a';
  if (roll < 0.9) return '';
  return random.pick(['\ud83d', '\ude00', '\udc00', 'a\ud83d', '\ude00b']);
}

function randomIndex(random: SeededRandom, text: string): number | null {
  if (random.chance(0.15)) return null;
  const length = Array.from(text).length;
  return random.int(-length - 3, length + 3);
}

/** Optional trailing start/end arguments, as Python callers pass them. */
function withWindow(random: SeededRandom, text: string, first: unknown): unknown[] {
  const arity = random.int(0, 2);
  if (arity === 0) return [first];
  if (arity === 1) return [first, randomIndex(random, text)];
  return [first, randomIndex(random, text), randomIndex(random, text)];
}

const ARGUMENTS: Record<string, (random: SeededRandom, text: string) => unknown[]> = {
  len: () => [],
  getitem: (random, text) => [randomIndex(random, text) ?? 0],
  slice: (random, text) => [randomIndex(random, text), randomIndex(random, text), random.pick([null, 1, 2, 3, -1, -2, -3, 0, 1, -1])],
  find: (random, text) => withWindow(random, text, randomNeedle(random, text)),
  rfind: (random, text) => withWindow(random, text, randomNeedle(random, text)),
  index: (random, text) => withWindow(random, text, randomNeedle(random, text)),
  rindex: (random, text) => withWindow(random, text, randomNeedle(random, text)),
  count: (random, text) => withWindow(random, text, randomNeedle(random, text)),
  startswith: (random, text) =>
    withWindow(random, text, random.chance(0.3) ? [randomNeedle(random, text), randomNeedle(random, text)] : randomNeedle(random, text)),
  endswith: (random, text) =>
    withWindow(random, text, random.chance(0.3) ? [randomNeedle(random, text), randomNeedle(random, text)] : randomNeedle(random, text)),
  split: (random, text) => splitArguments(random, text),
  rsplit: (random, text) => splitArguments(random, text),
  splitlines: (random) => (random.chance(0.5) ? [] : [random.chance(0.5)]),
  partition: (random, text) => [randomNeedle(random, text)],
  rpartition: (random, text) => [randomNeedle(random, text)],
  strip: (random, text) => stripArguments(random, text),
  lstrip: (random, text) => stripArguments(random, text),
  rstrip: (random, text) => stripArguments(random, text),
  join: (random) => [Array.from({ length: random.int(0, 4) }, () => randomText(random, 4))],
  replace: (random, text) => {
    const args = [randomNeedle(random, text), randomText(random, 3)];
    return random.chance(0.5) ? args : [...args, random.int(-2, 4)];
  },
  center: (random, text) => padArguments(random, text),
  ljust: (random, text) => padArguments(random, text),
  rjust: (random, text) => padArguments(random, text),
  zfill: (random, text) => [random.int(-1, Array.from(text).length + 5)],
  expandtabs: (random) => (random.chance(0.3) ? [] : [random.int(-2, 9)]),
  removeprefix: (random, text) => [random.chance(0.6) ? Array.from(text).slice(0, random.int(0, 3)).join('') : randomNeedle(random, text)],
  removesuffix: (random, text) => [random.chance(0.6) ? Array.from(text).slice(-random.int(1, 3)).join('') : randomNeedle(random, text)],
  translate: (random, text) => {
    const table: Record<number, string | number | null> = {};
    for (const c of Array.from(text)) {
      if (random.chance(0.5)) table[c.codePointAt(0)!] = random.pick([null, 'xy', '', 0x41, 0x1f600, 0x3a3, randomText(random, 2)]);
    }
    if (random.chance(0.05) && text.length > 0) table[text.codePointAt(0)!] = random.pick([0x110000, -1]);
    return [table];
  },
};

function splitArguments(random: SeededRandom, text: string): unknown[] {
  const separator = random.chance(0.4) ? null : randomNeedle(random, text);
  const arity = random.int(0, 2);
  if (arity === 0) return [];
  if (arity === 1) return [separator];
  return [separator, random.int(-2, 3)];
}

function stripArguments(random: SeededRandom, text: string): unknown[] {
  if (random.chance(0.4)) return random.chance(0.5) ? [] : [null];
  return [Array.from(text).filter(() => random.chance(0.3)).join('') + randomText(random, 2)];
}

function padArguments(random: SeededRandom, text: string): unknown[] {
  const width = random.int(-1, Array.from(text).length + 6);
  return random.chance(0.3) ? [width] : [width, random.pick(['*', ' ', '\u00e9', '😀', '', 'ab', '\udc00'])];
}

type Case = [string, string, unknown[]];

function generateCases(): Case[] {
  const random = new SeededRandom(0x5749);
  const cases: Case[] = [];
  const names = [...Object.keys(ARGUMENTS), 'lower', 'upper', 'casefold', 'title', 'capitalize', 'swapcase'];
  const predicateNames = Object.keys(CALLS).filter((name) => name.startsWith('is'));
  for (let round = 0; round < 400; round++) {
    for (const name of names) {
      const text = randomText(random, random.chance(0.1) ? 40 : 10);
      cases.push([name, text, ARGUMENTS[name]?.(random, text) ?? []]);
    }
    for (const name of predicateNames) cases.push([name, randomText(random, 4), []]);
  }
  // Huge ints clamp as positions but make a subscript fail.
  const huge = (digits: string) => ({ int: digits });
  for (const text of ['', 'abc', 'h😀llo']) {
    for (const big of [huge('1' + '0'.repeat(30)), huge('-' + '1' + '0'.repeat(30)), huge('9223372036854775807'), huge('-9223372036854775809')]) {
      cases.push(['getitem', text, [big]], ['slice', text, [big, null, -1]], ['slice', text, [null, big, null]], ['find', text, ['l', big]]);
      cases.push(['count', text, ['', null, big]], ['startswith', text, ['', big]], ['center', text, [1, '*']], ['split', text, ['l', big]]);
      cases.push(['replace', text, ['', '-', big]], ['expandtabs', text + '\t', [huge('-' + '1'.repeat(25))]]);
    }
  }
  return cases;
}

describe('str methods', () => {
  const cases = generateCases();
  let outcomes: unknown[][] = [];
  const chunks: { start: number; flags: number[]; mapped: [number, ...string[]][] }[] = [];

  beforeAll(async () => {
    const lines = pythonJsonLines(['-c', ORACLE], { cases });
    outcomes = (await lines.next()).value as unknown[][];
    for await (const chunk of lines) chunks.push(chunk as (typeof chunks)[number]);
  });

  it('match python3 on seeded random calls', () => {
    expect(outcomes).toHaveLength(cases.length);
    const checked = cases.filter((_, i) => outcomes[i][0] !== 'skip');
    expect(checked.length).toBeGreaterThan(cases.length * 0.99);
    const mismatches = cases
      .map(([name, text, args], i) => ({ name, text, args, expected: outcomes[i], actual: outcomeOf(name, text, args) }))
      .filter(({ expected, actual }) => expected[0] !== 'skip' && JSON.stringify(expected) !== JSON.stringify(actual));
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('match python3 on every code point: case mappings and character properties', () => {
    expect(chunks).toHaveLength(0x110000 / CHUNK);
    const mismatches: unknown[] = [];
    for (const { start, flags, mapped } of chunks) {
      const expectedMappings = new Map(mapped.map(([codePoint, ...mappings]) => [codePoint, mappings]));
      for (let codePoint = start; codePoint < start + CHUNK; codePoint++) {
        const c = fromCodePoint(codePoint);
        const actualMappings = [strLower(c), strUpper(c), strTitle(c), strCasefold(c), strSwapcase(c), strCapitalize(c)];
        const expected = expectedMappings.get(codePoint) ?? actualMappings.map(() => c);
        const actualFlags = predicateFlags(c);
        if (actualFlags !== flags[codePoint - start] || actualMappings.join('\0') !== expected.join('\0')) {
          mismatches.push({ codePoint: codePoint.toString(16), actualFlags, expectedFlags: flags[codePoint - start], actualMappings, expected });
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
