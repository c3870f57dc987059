// repr(float) and repr(complex) against python3, on doubles from every binade.
import { describe, expect, it } from 'vitest';
import { complexRepr } from '../../src/objects/complexRepr';
import { floatRepr } from '../../src/objects/floatRepr';
import { pythonJson } from '../support/python';
import { floatBits, floatFromBits } from '../support/floatBits';
import { SeededRandom } from '../support/seededRandom';

// Doubles cross the process boundary as their IEEE bits, so that nothing is rounded on the way.
const ORACLE = `
import json, struct, sys
def double(bits):
    return struct.unpack('<d', int(bits, 16).to_bytes(8, 'little'))[0]
request = json.load(sys.stdin)
print(json.dumps([repr(double(bits)) for bits in request['floats']]))
print(json.dumps([repr(complex(double(re), double(im))) for re, im in request['complexes']]))
`;

const SPECIAL = [
  0, -0, Infinity, -Infinity, NaN, -NaN, 1, -1, 0.1, 0.5, 1.5, 2, 10, 100, 1e15, 1e16, 1e17, 9999999999999998,
  1e16 - 2, 12345678901234567, 1e-4, 1e-5, 0.00012345, 0.000012345, 1.5e300, -1.5e-300, Number.MAX_VALUE, Number.MIN_VALUE,
  2.2250738585072014e-308, 2.225073858507201e-308, Number.EPSILON, 2 ** 53, 2 ** 53 + 2, 2 ** 63, 123.456, 1 / 3, 2 / 3,
  5e-324, 1e22, 1e21, 1e23, 0.3, 0.30000000000000004, 3.14159, 100.5, 1234567.0, 4.35, 9.995, 1e100, 5e-5, 0.0001,
];

function randomDoubles(random: SeededRandom, count: number): number[] {
  const doubles: number[] = [];
  for (let i = 0; i < count; i++) {
    switch (random.int(0, 3)) {
      case 0: {
        // Any bit pattern: every binade, subnormals, NaNs with payloads.
        const high = BigInt(random.int(0, 0xffffffff));
        const low = BigInt(random.int(0, 0xffffffff));
        doubles.push(floatFromBits((high << 32n) | low));
        break;
      }
      case 1:
        // Short decimals near the boundaries of positional notation.
        doubles.push(Number(`${random.int(1, 99999)}e${random.int(-22, 22)}`));
        break;
      case 2:
        doubles.push(random.int(-(2 ** 31), 2 ** 31) * 2 ** random.int(-30, 40));
        break;
      default:
        doubles.push((random.next() - 0.5) * 10 ** random.int(-320, 308));
    }
  }
  return doubles;
}

describe('floatRepr and complexRepr', async () => {
  const random = new SeededRandom(7);
  const floats = [...SPECIAL, ...randomDoubles(random, 1500)];
  const parts = [...SPECIAL, ...randomDoubles(random, 200)];
  const complexes: Array<[number, number]> = [];
  for (const re of [0, -0, 1, -2.5, NaN, Infinity, -Infinity, 1e16, 1e-5]) {
    for (const im of [0, -0, 1, -1, 2.5, NaN, Infinity, -Infinity, 1e16, 1e-5, 123.0]) complexes.push([re, im]);
  }
  for (let i = 0; i < 300; i++) complexes.push([random.chance(0.3) ? 0 : random.pick(parts), random.pick(parts)]);
  const [expectedFloats, expectedComplexes] = (await pythonJson(['-c', ORACLE], {
    floats: floats.map(floatBits),
    complexes: complexes.map(([re, im]) => [floatBits(re), floatBits(im)]),
  })) as string[][];

  it('matches python3 repr(float)', () => {
    expect(expectedFloats).toHaveLength(floats.length);
    const mismatches = floats
      .map((x, i) => ({ bits: floatBits(x), expected: expectedFloats[i], actual: floatRepr(x) }))
      .filter(({ expected, actual }) => expected !== actual);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('matches python3 repr(complex)', () => {
    expect(expectedComplexes).toHaveLength(complexes.length);
    const mismatches = complexes
      .map(([re, im], i) => ({ re, im, expected: expectedComplexes[i], actual: complexRepr(re, im) }))
      .filter(({ expected, actual }) => expected !== actual);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
