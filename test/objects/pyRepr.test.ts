// repr() of every kind of Constant value, against python3's repr of the same values.
import { describe, expect, it } from 'vitest';
import { type ConstantValue, Ellipsis, PyBytes, PyComplex, PyFloat, pyInt } from '../../src/ast/constant';
import { pyRepr } from '../../src/objects/pyRepr';
import { pythonJson } from '../support/python';
import { SeededRandom } from '../support/seededRandom';

// Python source text for each value, evaluated by python3; pyvm gets the values themselves.
const ORACLE = `
import json, sys
print(json.dumps([repr(eval(source)) for source in json.load(sys.stdin)]))
`;

function randomInt(random: SeededRandom): bigint {
  const digits = random.int(1, 80);
  let text = String(random.int(1, 9));
  for (let i = 1; i < digits; i++) text += String(random.int(0, 9));
  return random.chance(0.5) ? -BigInt(text) : BigInt(text);
}

describe('pyRepr', () => {
  it('matches python3 repr for None, bools, Ellipsis, ints, floats, complexes, strs and bytes', async () => {
    const cases: Array<[string, ConstantValue]> = [
      ['None', null],
      ['True', true],
      ['False', false],
      ['...', Ellipsis],
      ['0', 0],
      ['-7', -7],
      ['2**53 - 1', Number.MAX_SAFE_INTEGER],
      ['2**53', 2n ** 53n],
      ['-(2**64)', -(2n ** 64n)],
      ['1.0', new PyFloat(1)],
      ['1e16', new PyFloat(1e16)],
      ['float("-inf")', new PyFloat(-Infinity)],
      ['2j', new PyComplex(0, 2)],
      ['complex(1.5, -2)', new PyComplex(1.5, -2)],
      ['"it\'s"', "it's"],
      ['"\\x00é😀"', '\x00é😀'],
      ['b""', new PyBytes(new Uint8Array())],
      ['b"\\x00\'A\\xff"', new PyBytes(Uint8Array.from([0, 0x27, 0x41, 0xff]))],
    ];
    const random = new SeededRandom(42);
    for (let i = 0; i < 200; i++) {
      const int = randomInt(random);
      cases.push([int.toString(), pyInt(int)]);
    }
    const [expected] = (await pythonJson(['-c', ORACLE], cases.map(([source]) => source))) as string[][];
    expect(cases.map(([, value]) => pyRepr(value))).toEqual(expected);
  });
});
