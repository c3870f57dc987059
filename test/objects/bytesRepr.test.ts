// repr(bytes) against python3: every byte value alone and in random company.
import { describe, expect, it } from 'vitest';
import { bytesRepr } from '../../src/objects/bytesRepr';
import { pythonJson } from '../support/python';
import { SeededRandom } from '../support/seededRandom';

const ORACLE = `
import json, sys
print(json.dumps([repr(bytes(b)) for b in json.load(sys.stdin)]))
`;

describe('bytesRepr', () => {
  it('matches python3 repr(bytes)', async () => {
    const random = new SeededRandom(256);
    const samples: number[][] = [[], [0x27], [0x22], [0x27, 0x22], [0x22, 0x27, 0x5c]];
    for (let byte = 0; byte < 256; byte++) samples.push([byte], [0x27, byte], [byte, 0x22, 0x27]);
    for (let i = 0; i < 300; i++) {
      samples.push(Array.from({ length: random.int(1, 16) }, () => (random.chance(0.2) ? random.pick([0x22, 0x27, 0x5c]) : random.int(0, 255))));
    }
    const [expected] = (await pythonJson(['-c', ORACLE], samples)) as string[][];
    expect(expected).toHaveLength(samples.length);
    const mismatches = samples
      .map((bytes, i) => ({ bytes, expected: expected[i], actual: bytesRepr(Uint8Array.from(bytes)) }))
      .filter(({ expected, actual }) => expected !== actual);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
