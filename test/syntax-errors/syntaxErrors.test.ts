// Hand-written bad sources (cases.txt): pyvm must reject each exactly as python3's
// ast.parse(source_bytes, '<case>') does — same exception class, message, position
// and text — and accept those ast.parse accepts (errors that only the compiler raises).
import { readFileSync } from 'node:fs';
import { assert, beforeAll, describe, expect, it } from 'vitest';
import { describeDifference, describeError, pythonParseOutcomes, pyvmParseOutcome } from '../support/parseOutcome';
import type { ParseOutcome, ParseRequest } from '../support/parseOutcome';

interface Case {
  name: string;
  /** ast.parse accepts the source (the `valid` flag). */
  valid: boolean;
  bytes: Uint8Array;
}

const MARKER = /^# ---- (.+?)(?: \[([a-z, -]+)\])?$/;
const KNOWN_FLAGS = new Set(['valid', 'escapes', 'no-newline']);

/** Reads the case file; its first comment block says how cases are written. */
function loadCases(fileText: string): Case[] {
  const cases: Case[] = [];
  let current: { name: string; flags: string[]; lines: string[] } | undefined;
  const finish = (): void => {
    if (current === undefined) return;
    const { name, flags, lines } = current;
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    const source = lines.join('\n') + (flags.includes('no-newline') ? '' : '\n');
    const bytes = flags.includes('escapes') ? withByteEscapes(source) : new TextEncoder().encode(source);
    cases.push({ name, valid: flags.includes('valid'), bytes });
  };
  for (const line of fileText.split('\n')) {
    const marker = MARKER.exec(line);
    if (marker === null) {
      current?.lines.push(line);
      continue;
    }
    finish();
    const flags = marker[2]?.split(', ') ?? [];
    const unknown = flags.filter((flag) => !KNOWN_FLAGS.has(flag));
    if (unknown.length > 0) throw new Error(`case '${marker[1]}': unknown flags ${unknown.join(', ')}`);
    if (cases.some((known) => known.name === marker[1])) throw new Error(`case '${marker[1]}' appears twice`);
    current = { name: marker[1], flags, lines: [] };
  }
  finish();
  return cases;
}

/** UTF-8 bytes of `source`, except that each `\xNN` stands for the byte NN. */
function withByteEscapes(source: string): Uint8Array {
  const bytes: number[] = [];
  source.split(/\\x([0-9a-fA-F]{2})/).forEach((part, index) => {
    // split() with a capture group alternates text, byte, text, byte, ...
    if (index % 2 === 1) bytes.push(parseInt(part, 16));
    else bytes.push(...new TextEncoder().encode(part));
  });
  return Uint8Array.from(bytes);
}

const CASES = loadCases(readFileSync(new URL('./cases.txt', import.meta.url), 'utf8'));
const PYTHON_RUN_TIMEOUT_MS = 60_000;

describe('syntax errors are those of python3', () => {
  const requests: ParseRequest[] = CASES.map(({ bytes }) => ({ bytes, filename: '<case>', mode: 'exec', typeComments: false }));
  const pythonOutcomes: ParseOutcome[] = [];

  beforeAll(async () => {
    for await (const outcome of pythonParseOutcomes(requests)) pythonOutcomes.push(outcome);
  }, PYTHON_RUN_TIMEOUT_MS);

  it('has at least 170 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(170);
  });

  CASES.forEach(({ name, valid }, index) => {
    it(name, () => {
      const python = pythonOutcomes[index];
      // The case file itself must still say what python3 does.
      if (valid && 'error' in python) assert.fail(`cases.txt says python3 accepts this, but it raises ${describeError(python.error)}`);
      if (!valid && 'dump' in python) assert.fail('cases.txt says python3 rejects this, but it parses: mark it [valid] or fix it');
      const difference = describeDifference(python, pyvmParseOutcome(requests[index]));
      if (difference !== null) assert.fail(difference);
    });
  });
});
