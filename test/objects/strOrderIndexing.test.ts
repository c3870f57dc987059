// Code point order (strOrder.ts) and code point indexing (strIndexing.ts) against
// python3, over seeded random strs mixing ASCII, BMP characters on both sides of the
// surrogate range, astral characters and lone surrogates: the cases where UTF-16 unit
// order and unit offsets part from Python's code points.
import { beforeAll, describe, expect, it } from 'vitest';
import { compareStrs } from '../../src/objects/strOrder';
import { codePointOffsets, strItem, strLength, strSliceResolved } from '../../src/objects/strIndexing';
import { PySlice } from '../../src/objects/slice';
import { pythonJsonLines } from '../support/python';
import { SeededRandom } from '../support/seededRandom';

// A lone high surrogate never directly precedes a lone low one: JS would read the two as one character.
const ATOMS = ['a', 'b', 'z', '\u00e9', '\u0100', '\ud7ff', '\ue000', '\uffff', '\u{1f600}', '\u{10000}', '\u{10ffff}', '\ud800', '\udbff', '\udc00'];
const isLoneHigh = (atom: string): boolean => atom.length === 1 && atom >= '\ud800' && atom <= '\udbff';
const isLoneLow = (atom: string): boolean => atom.length === 1 && atom >= '\udc00' && atom <= '\udfff';

function randomText(random: SeededRandom, maxAtoms: number): string {
  const atoms: string[] = [];
  const count = random.int(0, maxAtoms);
  while (atoms.length < count) {
    const atom = random.pick(ATOMS);
    if (atoms.length > 0 && isLoneHigh(atoms[atoms.length - 1]) && isLoneLow(atom)) continue;
    atoms.push(atom);
  }
  return atoms.join('');
}

const ORACLE = `
import json, sys
request = json.load(sys.stdin)
print(json.dumps([(a > b) - (a < b) for a, b in request['pairs']]))
out = []
for text, index, start, stop, step in request['indexing']:
    try:
        item = text[index]
    except IndexError:
        item = None
    out.append([len(text), item, text[start:stop:step]])
print(json.dumps(out))
`;

interface Request {
  pairs: [string, string][];
  indexing: [string, number, number | null, number | null, number | null][];
}

const random = new SeededRandom(0x5eed57);
const request: Request = { pairs: [], indexing: [] };
for (let i = 0; i < 3000; i++) {
  const shared = randomText(random, 3);
  request.pairs.push([shared + randomText(random, 4), shared + randomText(random, 4)]);
}
for (let i = 0; i < 3000; i++) {
  const text = i % 10 === 0 ? randomText(random, 40).repeat(3) : randomText(random, 12);
  const bound = (): number | null => (random.chance(0.2) ? null : random.int(-20, 20));
  const step = random.chance(0.5) ? null : random.pick([1, 2, 3, -1, -2, -3]);
  request.indexing.push([text, random.int(-15, 15), bound(), bound(), step]);
}

let orders: number[];
let indexing: [number, string | null, string][];

beforeAll(async () => {
  const lines = pythonJsonLines(['-c', ORACLE], request);
  orders = (await lines.next()).value as number[];
  indexing = (await lines.next()).value as [number, string | null, string][];
}, 60_000);

describe('compareStrs', () => {
  it('orders by code point as python3 does', () => {
    request.pairs.forEach(([a, b], i) => {
      expect([a, b, Math.sign(compareStrs(a, b))]).toEqual([a, b, orders[i]]);
    });
  });
});

describe('strIndexing', () => {
  it('indexes, measures and slices by code point as python3 does', () => {
    request.indexing.forEach(([text, index, start, stop, step], i) => {
      const [length, item, sliced] = indexing[i];
      expect(strLength(text)).toBe(length);
      let ours: string | null;
      try {
        ours = strItem(text, index);
      } catch {
        ours = null;
      }
      expect([text, index, ours]).toEqual([text, index, item]);
      const [first, , stride, count] = new PySlice(start, stop, step).indices(length);
      expect([text, start, stop, step, strSliceResolved(text, first, stride, count)]).toEqual([text, start, stop, step, sliced]);
    });
  });

  it('remembers long strs without mixing them up', () => {
    const texts = Array.from({ length: 20 }, (_, i) => `${'x'.repeat(100)}${i % 2 === 0 ? '\u{1f600}' : 'y'}${i}`);
    for (let round = 0; round < 3; round++) {
      for (const text of texts) {
        expect(codePointOffsets(text) === null).toBe(!text.includes('\u{1f600}'));
        expect(strLength(text)).toBe(Array.from(text).length);
      }
    }
  });
});
