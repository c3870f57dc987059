// The incremental codecs of text streams (src/modules/io/textCodecs.ts) against the
// codecs module's incremental decoders and encoders in python3: seeded random text,
// with some invalid bytes, cut into random chunks; every chunk's output and the state
// after it must agree.
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupTextCodec } from '../../../src/modules/io/textCodecs';
import { PyBaseException } from '../../../src/objects/exceptions';
import { pyStr } from '../../../src/objects/protocols';
import { pythonJson } from '../../support/python';
import { SeededRandom } from '../../support/seededRandom';

const ORACLE = `
import codecs, json, sys

for codec, errors, chunks in json.load(sys.stdin):
    decoder = codecs.getincrementaldecoder(codec)(errors)
    steps = []
    try:
        for index, chunk in enumerate(chunks):
            text = decoder.decode(bytes(chunk), index == len(chunks) - 1)
            buffered, flags = decoder.getstate()
            steps.append([text, list(buffered), flags])
    except UnicodeError as error:
        steps.append(['error', type(error).__name__, str(error)])
    print(json.dumps(steps))
`;

const CODECS = ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'latin-1'];
const CHARACTERS = ['a', 'Z', '\n', '\r', 'é', 'ß', '€', '価', '\u{1f600}', '\u{10ffff}'];

interface Case {
  codec: string;
  errors: string;
  chunks: number[][];
}

function encodeSample(random: SeededRandom, codec: string): number[] {
  let text = '';
  const length = random.int(0, 12);
  for (let i = 0; i < length; i++) text += random.pick(CHARACTERS);
  if (codec === 'latin-1') text = text.replace(/[^\x00-\xff]/gu, '?');
  let bytes: number[];
  if (codec.startsWith('utf-8')) bytes = [...Buffer.from(text, 'utf8')];
  else if (codec.startsWith('utf-16')) bytes = [...Buffer.from(text, 'utf16le')];
  else if (codec.startsWith('utf-32')) bytes = [...text].flatMap((char) => { const c = char.codePointAt(0)!; return [c & 0xff, (c >> 8) & 0xff, (c >> 16) & 0xff, 0]; });
  else bytes = [...Buffer.from(text, 'latin1')];
  if (codec.endsWith('-be')) {
    const width = codec.startsWith('utf-16') ? 2 : 4;
    for (let at = 0; at < bytes.length; at += width) bytes.splice(at, width, ...bytes.slice(at, at + width).reverse());
  }
  // Now and then a stray byte or a cut-off character, in the middle or at the end.
  if (random.chance(0.3)) bytes.splice(random.int(0, bytes.length), 0, random.pick([0xff, 0xc3, 0xe2, 0x82, 0xd8, 0x00]));
  if (codec === 'utf-16') bytes.unshift(0xff, 0xfe);
  if (codec === 'utf-32') bytes.unshift(0xff, 0xfe, 0, 0);
  if (codec === 'utf-8-sig' && random.chance(0.7)) bytes.unshift(0xef, 0xbb, 0xbf);
  return bytes;
}

function makeCases(): Case[] {
  const random = new SeededRandom(20240611);
  const cases: Case[] = [];
  for (let n = 0; n < 2000; n++) {
    const codec = CODECS[n % CODECS.length];
    const bytes = encodeSample(random, codec);
    const chunks: number[][] = [];
    for (let at = 0; at < bytes.length; ) {
      const size = random.int(0, 5);
      chunks.push(bytes.slice(at, at + size));
      at += size;
    }
    chunks.push([]);
    // (surrogateescape is left out for UTF-16 and UTF-32: escaping part of a code unit
    // shifts the decoding by a byte, and a chunk's end is cut before decoding here, where
    // CPython's decoder goes on into the bytes it will hold back.)
    const handlers = codec.startsWith('utf-16') || codec.startsWith('utf-32') ? ['strict', 'replace', 'backslashreplace'] : ['strict', 'replace', 'surrogateescape', 'backslashreplace'];
    cases.push({ codec, errors: random.pick(handlers), chunks });
  }
  return cases;
}

function decodeSteps({ codec, errors, chunks }: Case): unknown[] {
  const decoder = lookupTextCodec(codec).decoder(errors);
  const steps: unknown[] = [];
  try {
    chunks.forEach((chunk, index) => {
      const text = decoder.decode(new Uint8Array(chunk), index === chunks.length - 1);
      const [buffered, flags] = decoder.getstate();
      steps.push([text, [...buffered], flags]);
    });
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    steps.push(['error', error.cls.name, pyStr(error)]);
  }
  return steps;
}

describe('incremental decoding', () => {
  const cases = makeCases();
  let expected: unknown[];

  beforeAll(async () => {
    expected = await pythonJson(['-c', ORACLE], cases.map((c) => [c.codec, c.errors, c.chunks]));
  });

  it('decodes chunk by chunk as the codecs module does', () => {
    const mismatches = cases
      .map((testCase, index) => ({ testCase, got: decodeSteps(testCase), want: expected[index] }))
      .filter(({ got, want }) => JSON.stringify(got) !== JSON.stringify(want));
    expect(mismatches.slice(0, 3)).toEqual([]);
  });
});

describe('incremental encoding', () => {
  it('writes a byte order mark only at the start of a stream', () => {
    const encoder = lookupTextCodec('utf-16').encoder('strict');
    expect([...encoder.encode('a')]).toEqual([0xff, 0xfe, 0x61, 0]);
    expect([...encoder.encode('b')]).toEqual([0x62, 0]);
    encoder.reset();
    expect([...encoder.encode('c')]).toEqual([0xff, 0xfe, 0x63, 0]);
    encoder.setstateNotStart();
    expect([...encoder.encode('d')]).toEqual([0x64, 0]);
    const sig = lookupTextCodec('utf-8-sig').encoder('strict');
    expect([...sig.encode('x'), ...sig.encode('y')]).toEqual([0xef, 0xbb, 0xbf, 0x78, 0x79]);
  });

  it('lets text wait as UTF-8 only where the codec would encode it the same way', () => {
    expect(lookupTextCodec('utf-8').encoder('strict').deferredLength('é€')).toBe(5);
    expect(lookupTextCodec('utf-8').encoder('strict').deferredLength('\ud800')).toBeUndefined();
    expect(lookupTextCodec('latin-1').encoder('strict').deferredLength('abc')).toBe(3);
    expect(lookupTextCodec('latin-1').encoder('strict').deferredLength('é')).toBeUndefined();
    expect(lookupTextCodec('utf-16').encoder('strict').deferredLength('abc')).toBeUndefined();
  });

  it('names codecs as CPython does', () => {
    expect(['UTF8', 'latin_1', 'utf-16be', 'U32', 'utf_8_sig'].map((name) => lookupTextCodec(name).name)).toEqual([
      'utf-8', 'iso8859-1', 'utf-16-be', 'utf-32', 'utf-8-sig',
    ]);
  });
});
