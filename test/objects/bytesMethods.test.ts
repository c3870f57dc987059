// The pure bytes algorithms (bytesMethods.ts) against python3: seeded random calls over
// bytes drawn from an alphabet rich in what the methods treat specially (whitespace,
// line breaks, case, signs, tabs, non-ASCII), with random start/end/width/count arguments.
import { beforeAll, describe, expect, it } from 'vitest';
import * as bm from '../../src/objects/bytesMethods';
import { PyError } from '../../src/objects/pyError';
import { pythonJson } from '../support/python';
import { SeededRandom } from '../support/seededRandom';

// Bytes cross as {"b": [ints]}; tuples as lists; errors as ["error", type, message].
const ORACLE = `
import json, sys

def decode(value):
    if isinstance(value, dict): return bytes(value['b'])
    return value

def encode(value):
    if isinstance(value, (bytes, bytearray)): return {'b': list(value)}
    if isinstance(value, (list, tuple)): return [encode(item) for item in value]
    return value

def call(name, data, args):
    args = [decode(arg) for arg in args]
    if name == 'fromhex': return bytes.fromhex(args[0])
    if name == 'translate': return data.translate(bytes.maketrans(args[0], args[1]), args[2])
    return getattr(data, name)(*args)

for name, data, args in json.load(sys.stdin):
    try:
        print(json.dumps(['ok', encode(call(name, bytes(data), args))]))
    except Exception as error:
        print(json.dumps(['error', type(error).__name__, str(error)]))
`;

type Argument = number | boolean | string | null | { b: number[] };
type Case = [name: string, data: number[], args: Argument[]];
type Outcome = ['ok', unknown] | ['error', string, string];

const ALPHABET = [0x61, 0x62, 0x41, 0x42, 0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x2d, 0x2b, 0x30, 0x39, 0x27, 0xe9, 0xff, 0x00];

function bytesOf(argument: Argument | undefined): Uint8Array {
  return Uint8Array.from((argument as { b: number[] }).b);
}

const optionalIndex = (argument: Argument | undefined): number | undefined => (argument === null || argument === undefined ? undefined : (argument as number));

/** What bytes.<name>(*args) does, through the pure functions the VM's methods call. */
function run(name: string, data: Uint8Array, args: Argument[]): unknown {
  const search = (): [number, number] => bm.searchRange(data.length, optionalIndex(args[1]), optionalIndex(args[2]));
  const limit = (argument: Argument | undefined): number => (argument === undefined || (argument as number) < 0 ? Infinity : (argument as number));
  const separator = (argument: Argument | undefined): Uint8Array | null => (argument === null || argument === undefined ? null : bytesOf(argument));
  switch (name) {
    case 'find': return bm.indexOfBytes(data, bytesOf(args[0]), ...search());
    case 'rfind': return bm.lastIndexOfBytes(data, bytesOf(args[0]), ...search());
    case 'count': return bm.countBytes(data, bytesOf(args[0]), ...search());
    case 'startswith': return bm.tailMatches(data, bytesOf(args[0]), ...search(), false);
    case 'endswith': return bm.tailMatches(data, bytesOf(args[0]), ...search(), true);
    case 'split': return bm.split(data, separator(args[0]), limit(args[1]));
    case 'rsplit': return bm.rsplit(data, separator(args[0]), limit(args[1]));
    case 'splitlines': return bm.splitlines(data, args[0] as boolean);
    case 'partition': return bm.partition(data, bytesOf(args[0]));
    case 'rpartition': return bm.rpartition(data, bytesOf(args[0]));
    case 'strip': return bm.strip(data, separator(args[0]), true, true);
    case 'lstrip': return bm.strip(data, separator(args[0]), true, false);
    case 'rstrip': return bm.strip(data, separator(args[0]), false, true);
    case 'center': return bm.center(data, args[0] as number, bytesOf(args[1])[0]);
    case 'ljust': return bm.ljust(data, args[0] as number, bytesOf(args[1])[0]);
    case 'rjust': return bm.rjust(data, args[0] as number, bytesOf(args[1])[0]);
    case 'zfill': return bm.zfill(data, args[0] as number);
    case 'expandtabs': return bm.expandtabs(data, args[0] as number);
    case 'replace': return bm.replace(data, bytesOf(args[0]), bytesOf(args[1]), args[2] as number);
    case 'translate': return bm.translate(data, bm.maketrans(bytesOf(args[0]), bytesOf(args[1])), bytesOf(args[2]));
    case 'hex': return bm.toHex(data, args[0] as string, args[1] as number);
    case 'fromhex': return bm.fromHex(args[0] as string);
    case 'lower': return bm.lower(data);
    case 'upper': return bm.upper(data);
    case 'swapcase': return bm.swapcase(data);
    case 'capitalize': return bm.capitalize(data);
    case 'title': return bm.title(data);
    case 'isalnum': return bm.isAlnum(data);
    case 'isalpha': return bm.isAlpha(data);
    case 'isdigit': return bm.isDigit(data);
    case 'isspace': return bm.isSpace(data);
    case 'islower': return bm.isLower(data);
    case 'isupper': return bm.isUpper(data);
    case 'istitle': return bm.isTitle(data);
    case 'isascii': return bm.isAscii(data);
  }
  throw new Error(`no such case: ${name}`);
}

function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { b: Array.from(value) };
  if (Array.isArray(value)) return value.map(encode);
  return value;
}

function outcomeOf(name: string, data: Uint8Array, args: Argument[]): Outcome {
  try {
    return ['ok', encode(run(name, data, args))];
  } catch (error) {
    if (error instanceof PyError) return ['error', error.type, error.msg];
    throw error;
  }
}

function generateCases(random: SeededRandom): Case[] {
  const bytes = (maxLength: number): number[] => Array.from({ length: random.int(0, maxLength) }, () => random.pick(ALPHABET));
  const arg = (maxLength: number): Argument => ({ b: bytes(maxLength) });
  const index = (): Argument => (random.chance(0.2) ? null : random.int(-12, 12));
  const hexText = (): string => Array.from({ length: random.int(0, 8) }, () => random.pick([...'0123456789abcdefABCDEF  \t\ng'])).join('');
  const cases: Case[] = [];
  const add = (name: string, args: Argument[]): void => {
    cases.push([name, bytes(10), args]);
  };
  for (let round = 0; round < 400; round++) {
    for (const name of ['find', 'rfind', 'count', 'startswith', 'endswith']) add(name, [arg(3), index(), index()]);
    for (const name of ['split', 'rsplit']) add(name, [random.chance(0.3) ? null : arg(2), random.int(-2, 4)]);
    add('splitlines', [random.chance(0.5)]);
    for (const name of ['partition', 'rpartition']) add(name, [arg(2)]);
    for (const name of ['strip', 'lstrip', 'rstrip']) add(name, [random.chance(0.3) ? null : arg(3)]);
    for (const name of ['center', 'ljust', 'rjust']) add(name, [random.int(-2, 16), { b: [random.pick(ALPHABET)] }]);
    add('zfill', [random.int(-2, 16)]);
    add('expandtabs', [random.int(-1, 9)]);
    add('replace', [arg(2), arg(3), random.int(-2, 4)]);
    add('translate', [...(() => {
      const from = bytes(4);
      return [{ b: from }, { b: from.map(() => random.pick(ALPHABET)) }];
    })(), arg(3)]);
    add('hex', [random.pick([':', '-', ' ']), random.int(-4, 4)]);
    add('fromhex', [hexText()]);
    for (const name of ['lower', 'upper', 'swapcase', 'capitalize', 'title', 'isalnum', 'isalpha', 'isdigit', 'isspace', 'islower', 'isupper', 'istitle', 'isascii']) add(name, []);
  }
  return cases;
}

describe('bytes methods agree with python3', () => {
  const cases = generateCases(new SeededRandom(20231125));
  let expected: Outcome[];

  beforeAll(async () => {
    expected = (await pythonJson(['-c', ORACLE], cases)) as Outcome[];
  }, 60_000);

  it(`on ${cases.length} seeded calls`, () => {
    const mismatches = cases
      .map(([name, data, args], i) => ({ call: `${name}(${JSON.stringify(args)}) of ${JSON.stringify(data)}`, actual: outcomeOf(name, Uint8Array.from(data), args), expected: expected[i] }))
      .filter(({ actual, expected }) => JSON.stringify(actual) !== JSON.stringify(expected));
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
