// int(str) in base 10 against python3: syntax cases, and every non-ASCII code point
// as a digit and as surrounding space.
import { describe, expect, it } from 'vitest';
import { intFromString } from '../../src/objects/intFromString';
import { pythonJson } from '../support/python';

const ORACLE = `
import json, sys

def python_int(text):
    try:
        return str(int(text))
    except ValueError:
        return None

print(json.dumps([python_int(text) for text in json.load(sys.stdin)]))
characters = [chr(cp) for cp in range(0x80, 0x110000) if not 0xd800 <= cp <= 0xdfff]
print(json.dumps({str(ord(c)): value for c in characters if (value := python_int(c)) is not None}))
print(json.dumps([ord(c) for c in characters if python_int('1' + c) is not None]))
`;

const TEXTS = [
  '0', '7', '-7', '+7', '007', '-0', '1_000', '0_0', ' 42 ', '\t\n\v\f\r42\r\n', '_1', '1_', '1__2', '+_1', '+ 1', '--1',
  '+-1', '', '  ', '1 2', '1.0', '1e3', '0x10', '\x1c1', '1\x1f', '٣', '١٢٣', '１２', ' \u2003 12_3 \u3000', '\x85 5 \xa0',
  '\ufeff1', '9'.repeat(4300), '9'.repeat(4301), `-${'1'.repeat(100)}`, '𝟘𝟙𝟚', '৪২',
];

describe('intFromString', () => {
  it('matches python3 int(text)', async () => {
    const [expected, digits, spaces] = (await pythonJson(['-c', ORACLE], TEXTS)) as [
      Array<string | null>,
      Record<string, string>,
      number[],
    ];
    expect(TEXTS.map((text) => intFromString(text)?.toString() ?? null)).toEqual(expected);

    const actualDigits: Record<string, string> = {};
    const actualSpaces: number[] = [];
    for (let cp = 0x80; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const character = String.fromCodePoint(cp);
      const value = intFromString(character);
      if (value !== null) actualDigits[cp] = value.toString();
      if (intFromString(`1${character}`) !== null) actualSpaces.push(cp);
    }
    expect(actualDigits).toEqual(digits);
    expect(actualSpaces).toEqual(spaces);
  }, 30_000);
});
