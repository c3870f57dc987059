// The codecs of strCodecs.ts against python3: seeded random bytes (mostly near-UTF-8,
// with truncated, overlong and surrogate sequences) decoded, and random strs (with lone
// surrogates and characters beyond Latin-1) encoded, under every error handler: the
// results, and for strict the failing range and reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes, encodeStr } from '../../src/objects/strCodecs';
import { PyBaseException } from '../../src/objects/exceptions';
import { pyStr } from '../../src/objects/protocols';
import { pythonJsonLines } from '../support/python';
import { SeededRandom } from '../support/seededRandom';

const DECODINGS = ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'];
const DECODE_HANDLERS = ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass'];
const ENCODE_HANDLERS = [...DECODE_HANDLERS, 'xmlcharrefreplace'];

// Pieces of near-valid UTF-8 (and of UTF-16/32 units) that random bytes are built from.
const BYTE_PIECES = [
  [0x61], [0x7f], [0x80], [0xbf], [0xc0, 0x80], [0xc2, 0xa9], [0xc3], [0xe2, 0x82, 0xac], [0xe2, 0x82], [0xed, 0xa0, 0x80],
  [0xed, 0x9f, 0xbf], [0xef, 0xbb, 0xbf], [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f], [0xf4, 0x90, 0x80, 0x80], [0xf5], [0xff],
  [0xfe], [0x00], [0x00, 0xd8], [0x00, 0xdc], [0x3d, 0xd8, 0x00, 0xde], [0xff, 0xfe], [0xfe, 0xff], [0x00, 0x00, 0x11, 0x00],
];
const TEXT_PIECES = ['a', 'Z', '\x00', '\u00e9', '\u00ff', '\u0100', '\u20ac', '\ufffd', '\u{1f600}', '\ud800', '\udc80', '\udcff', '\udfff'];

const ORACLE = `
import json, sys
request = json.load(sys.stdin)
def outcome(run):
    try:
        result = run()
        return ['ok', list(result) if isinstance(result, bytes) else result]
    except UnicodeError as e:
        return ['error', type(e).__name__, e.start, e.end, e.reason, str(e)]
    except Exception as e:
        return ['error', type(e).__name__, str(e)]
print(json.dumps([outcome(lambda: bytes(data).decode(encoding, errors)) for data, encoding, errors in request['decode']]))
print(json.dumps([outcome(lambda: text.encode(encoding, errors)) for text, encoding, errors in request['encode']]))
`;

/** The outcome as the oracle reports it, from one of our codec calls. */
function outcome(run: () => string | Uint8Array): unknown[] {
  try {
    const result = run();
    return ['ok', typeof result === 'string' ? result : Array.from(result)];
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    const name = error.cls.name;
    if (name.startsWith('Unicode')) return ['error', name, error.args[2], error.args[3], error.args[4], pyStr(error)];
    return ['error', name, pyStr(error)];
  }
}

const random = new SeededRandom(0xc0dec);
const decodeCases: [number[], string, string][] = [];
const encodeCases: [string, string, string][] = [];
for (let i = 0; i < 3000; i++) {
  const bytes = Array.from({ length: random.int(0, 6) }, () => random.pick(BYTE_PIECES)).flat();
  decodeCases.push([bytes, random.pick(DECODINGS), random.pick(DECODE_HANDLERS)]);
  // A lone high surrogate never precedes a lone low one: JS would read the two as one character.
  const pieces: string[] = [];
  for (let count = random.int(0, 6); pieces.length < count; ) {
    const piece = random.pick(TEXT_PIECES);
    const isLoneLow = piece.length === 1 && piece >= '\udc00' && piece <= '\udfff';
    if (!(isLoneLow && pieces[pieces.length - 1] === '\ud800')) pieces.push(piece);
  }
  encodeCases.push([pieces.join(''), random.pick(DECODINGS), random.pick(ENCODE_HANDLERS)]);
}

let decoded: unknown[][];
let encoded: unknown[][];

beforeAll(async () => {
  const lines = pythonJsonLines(['-c', ORACLE], { decode: decodeCases, encode: encodeCases });
  decoded = (await lines.next()).value as unknown[][];
  encoded = (await lines.next()).value as unknown[][];
}, 60_000);

describe('decodeBytes', () => {
  it('decodes, fails and recovers as python3 does', () => {
    decodeCases.forEach(([bytes, encoding, errors], i) => {
      const ours = outcome(() => decodeBytes(Uint8Array.from(bytes), encoding, errors));
      expect([bytes, encoding, errors, ours]).toEqual([bytes, encoding, errors, decoded[i]]);
    });
  });
});

describe('encodeStr', () => {
  it('encodes, fails and recovers as python3 does', () => {
    encodeCases.forEach(([text, encoding, errors], i) => {
      const ours = outcome(() => encodeStr(text, encoding, errors));
      expect([text, encoding, errors, ours]).toEqual([text, encoding, errors, encoded[i]]);
    });
  });
});
