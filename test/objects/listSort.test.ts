// timsort (listSort.ts) against python3's list.sort: the same pairs compared, in the
// same order, and the same resulting order, on random inputs of the shapes timsort
// adapts to (random, few distinct keys, presorted runs, descending runs, long inputs
// that merge and gallop).
import { describe, expect, it } from 'vitest';
import { timsort } from '../../src/objects/listSort';
import { pythonJson } from '../support/python';
import { SeededRandom } from '../support/seededRandom';

const ORACLE = `
import json, sys
log = []
class Item:
    __slots__ = ('key', 'index')
    def __init__(self, key, index):
        self.key = key
        self.index = index
    def __lt__(self, other):
        log.append([self.index, other.index])
        return self.key < other.key
for keys in json.load(sys.stdin):
    log = []
    items = [Item(key, i) for i, key in enumerate(keys)]
    items.sort()
    print(json.dumps({'order': [item.index for item in items], 'comparisons': log}))
`;

interface Outcome {
  order: number[];
  comparisons: number[][];
}

function sortedByTimsort(keys: readonly number[]): Outcome {
  const comparisons: number[][] = [];
  const order = keys.map((_, i) => i);
  timsort(order, (i, j) => {
    comparisons.push([i, j]);
    return keys[i] < keys[j];
  });
  return { order, comparisons };
}

function sampleInputs(random: SeededRandom): number[][] {
  const inputs: number[][] = [[], [1], [2, 1], [1, 1], [3, 2, 1], [1, 2, 3]];
  for (let i = 0; i < 60; i++) {
    const length = random.pick([5, 31, 32, 63, 64, 65, 100, 127, 128, 129, 257, 700, 2000]);
    const shape = i % 5;
    const keys = Array.from({ length }, (_, k) => {
      switch (shape) {
        case 0: return random.int(0, 1000);
        case 1: return random.int(0, 4);
        case 2: return k + (random.chance(0.05) ? random.int(-50, 50) : 0);
        case 3: return length - k + (random.chance(0.02) ? random.int(-20, 20) : 0);
        default: return Math.floor(k / 37) % 2 === 0 ? k : length - k;
      }
    });
    inputs.push(keys);
  }
  return inputs;
}

describe('timsort', () => {
  it('compares the same pairs in the same order as python3 list.sort', async () => {
    const inputs = sampleInputs(new SeededRandom(2024));
    const expected = (await pythonJson(['-c', ORACLE], inputs)) as Outcome[];
    expect(expected).toHaveLength(inputs.length);
    const mismatches = inputs
      .map((keys, i) => ({ keys: keys.length, expected: expected[i], actual: sortedByTimsort(keys) }))
      .filter(({ expected, actual }) => JSON.stringify(expected) !== JSON.stringify(actual))
      .map(({ keys, expected, actual }) => ({ keys, expectedComparisons: expected.comparisons.length, actualComparisons: actual.comparisons.length }));
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('leaves a permutation of the input when a comparison throws', () => {
    const keys = Array.from({ length: 500 }, (_, i) => (i * 7919) % 503);
    let calls = 0;
    const order = keys.map((_, i) => i);
    expect(() => timsort(order, (i, j) => {
      if (++calls === 1500) throw new Error('stop');
      return keys[i] < keys[j];
    })).toThrow('stop');
    expect([...order].sort((a, b) => a - b)).toEqual(keys.map((_, i) => i));
  });
});
