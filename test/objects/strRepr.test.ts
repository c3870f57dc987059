// repr(str) against python3, on strings built to cover every escaping rule.
import { describe, expect, it } from 'vitest';
import { strRepr } from '../../src/objects/strRepr';
import { pythonJson } from '../support/python';
import { SeededRandom } from '../support/seededRandom';

const ORACLE = `
import json, sys
print(json.dumps([repr(s) for s in json.load(sys.stdin)]))
`;

const HANDPICKED = [
  '', 'x', "'", '"', `'"`, `"'`, "it's", 'say "hi"', 'both \' and "', '\\', '\\n', '\t\n\r', '\x00\x07\x1b\x1f\x7f',
  '\x80\x9f\xa0\xa1\xad\xff', 'café', 'Ελληνικά', 'кириллица', '中文', '日本語', 'e\u0301', '\u200b\u200d\u2028\u2029\u3000',
  '\u00a0', '\u1680', '\ufeff', '\ufffd', '\uffff', '\ue000', '\uf8ff', '\u{f0000}', '\u{10ffff}', '\u0378', '\u{1f600}',
  '👩‍👩‍👧', '🇫🇷', '\ud800', '\udfff', '\udc00\ud800', 'a\ud83d', '\ude00b', '\u{e0001}', '\u{e0100}', '\u{1d400}', '\u{30000}',
  '\u{31350}', '\u{1fae8}', '\u0cf3', '\u{11f00}',
];

// Code points from every region where printability rules differ.
const INTERESTING_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x7f], [0x80, 0xff], [0x100, 0x7ff], [0x800, 0xd7ff], [0xd800, 0xdfff], [0xe000, 0xf8ff], [0xf900, 0xffff],
  [0x10000, 0x1ffff], [0x20000, 0x3ffff], [0xe0000, 0xe01ff], [0xf0000, 0x10ffff],
];

function randomString(random: SeededRandom): string {
  const length = random.int(1, 12);
  const codePoints: number[] = [];
  for (let i = 0; i < length; i++) {
    const [low, high] = random.pick(INTERESTING_RANGES);
    codePoints.push(random.chance(0.2) ? random.pick([0x22, 0x27, 0x5c, 0x20]) : random.int(low, high));
  }
  // String.fromCharCode keeps surrogates as lone code units; fromCodePoint builds pairs for astral ones.
  return codePoints.map((cp) => (cp <= 0xffff ? String.fromCharCode(cp) : String.fromCodePoint(cp))).join('');
}

function everyCodePointInBlocks(): string[] {
  // One string per 64 consecutive code points, over the whole code space, so that
  // every printability boundary of the generated table is crossed.
  const blocks: string[] = [];
  for (let start = 0; start < 0x110000; start += 64) {
    let block = '';
    for (let cp = start; cp < start + 64; cp++) {
      // Surrogates are kept apart (a space between) so that no two of them pair up.
      block += cp >= 0xd800 && cp <= 0xdfff ? `${String.fromCharCode(cp)} ` : String.fromCodePoint(cp);
    }
    blocks.push(block);
  }
  return blocks;
}

describe('strRepr', () => {
  it('matches python3 repr on handpicked, random and exhaustive strings', async () => {
    const random = new SeededRandom(20231125);
    const strings = [...HANDPICKED, ...Array.from({ length: 600 }, () => randomString(random)), ...everyCodePointInBlocks()];
    const [expected] = (await pythonJson(['-c', ORACLE], strings)) as string[][];
    expect(expected).toHaveLength(strings.length);
    const mismatches = strings
      .map((text, i) => ({ text, expected: expected[i], actual: strRepr(text) }))
      .filter(({ expected, actual }) => expected !== actual);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
