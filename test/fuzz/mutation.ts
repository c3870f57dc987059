// The front-end fuzz tests' inputs: stdlib files (and other sources) mutated one to
// three times, each mutant fully determined by its seed so that a failure reproduces
// from the seed alone.
import { statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stdlibRoot } from '../support/python';
import { SeededRandom } from '../support/seededRandom';
import { stdlibPyFiles } from '../support/stdlibSample';

/** Fragments that tend to break tokenizers and parsers in interesting ways. */
export const SYNTAX_SNIPPETS: readonly string[] = [
  '(', ')', '[', ']', '{', '}', '"', "'", '"""', "'''", '\\', '\\\n', '\t', '\n', '\r', '\f', ' ', '    ',
  ':', ',', '=', '*', '**', '@', '.', ';', '#', ':=', '->', '...', 'é', '€', '\u00a0', '\u200b', '😀', '\ufeff',
  '\x00', 'f"{', "f'{x!", 'b"é', '0x', '1_', '0o9', '1e', 'lambda', 'async ', 'await ', 'yield', 'match ',
  'case ', '_', 'if', 'else', 'not', 'def ', 'class ', 'return', 'import ', 'from ', '# type: int',
];

/** What mutations may insert. */
export interface MutationOptions {
  /** Fragments inserted anywhere. */
  fragments: readonly string[];
  /**
   * Statements inserted as lines of their own, indented as the line they go before;
   * with these, lines are also duplicated, deleted and swapped. Without (the parser
   * fuzz), mutations work on bytes and tokens only.
   */
  statements?: readonly string[];
}

interface MutationStep {
  bytes: Uint8Array;
  description: string;
}

type Mutator = (bytes: Uint8Array, random: SeededRandom) => MutationStep;

/** Words, runs of whitespace and single other characters: the units token mutations move. */
const TOKEN_PATTERN = /\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;
/** Lines with their line ends: the units line mutations move. */
const LINE_PATTERN = /[^\n]*\n|[^\n]+/g;

/**
 * A mutation of the text's units (`pattern` matches them, and they join back into the
 * text); invalid UTF-8 left by an earlier byte mutation decodes to U+FFFD.
 */
const unitMutator =
  (pattern: RegExp, edit: (units: string[], random: SeededRandom) => string): Mutator =>
  (bytes, random) => {
    const units = new TextDecoder().decode(bytes).match(pattern) ?? [];
    if (units.length < 2) return { bytes, description: 'nothing to mutate' };
    const description = edit(units, random);
    return { bytes: new TextEncoder().encode(units.join('')), description };
  };

const show = (text: string): string => JSON.stringify(text);
const hex = (byte: number): string => `0x${byte.toString(16).padStart(2, '0')}`;
const spliceBytes = (bytes: Uint8Array, at: number, deleteCount: number, insert: ArrayLike<number>): Uint8Array => {
  const result = new Uint8Array(bytes.length - deleteCount + insert.length);
  result.set(bytes.subarray(0, at));
  result.set(insert, at);
  result.set(bytes.subarray(at + deleteCount), at + insert.length);
  return result;
};

/** Deletes, duplicates or swaps units (tokens or lines, named `unitName`). */
const unitMutators = (pattern: RegExp, unitName: string): Mutator[] => [
  unitMutator(pattern, (units, random) => {
    const at = random.int(0, units.length - 1);
    const [deleted] = units.splice(at, 1);
    return `delete ${unitName} #${at} ${show(deleted)}`;
  }),
  unitMutator(pattern, (units, random) => {
    const at = random.int(0, units.length - 1);
    units.splice(at, 0, units[at]);
    return `duplicate ${unitName} #${at} ${show(units[at])}`;
  }),
  unitMutator(pattern, (units, random) => {
    const first = random.int(0, units.length - 2);
    const second = Math.min(units.length - 1, first + random.int(1, 8));
    [units[first], units[second]] = [units[second], units[first]];
    return `swap ${unitName}s #${first} ${show(units[second])} and #${second} ${show(units[first])}`;
  }),
];

const byteAndTokenMutators = (fragments: readonly string[]): Mutator[] => [
  ...unitMutators(TOKEN_PATTERN, 'token'),
  (bytes, random) => {
    const snippet = random.pick(fragments);
    const at = random.int(0, bytes.length);
    return { bytes: spliceBytes(bytes, at, 0, new TextEncoder().encode(snippet)), description: `insert ${show(snippet)} at byte ${at}` };
  },
  (bytes, random) => {
    const at = random.int(0, bytes.length - 1);
    return { bytes: spliceBytes(bytes, at, 1, []), description: `delete byte ${hex(bytes[at])} at ${at}` };
  },
  (bytes, random) => {
    const at = random.int(0, bytes.length);
    const byte = random.int(0, 255);
    return { bytes: spliceBytes(bytes, at, 0, [byte]), description: `insert byte ${hex(byte)} at ${at}` };
  },
  (bytes, random) => {
    const at = random.int(0, bytes.length - 1);
    const byte = random.int(0, 255);
    return { bytes: spliceBytes(bytes, at, 1, [byte]), description: `replace byte ${hex(bytes[at])} at ${at} with ${hex(byte)}` };
  },
];

const lineMutators = (statements: readonly string[]): Mutator[] => [
  ...unitMutators(LINE_PATTERN, 'line'),
  unitMutator(LINE_PATTERN, (lines, random) => {
    const statement = random.pick(statements);
    const at = random.int(0, lines.length - 1);
    const indentation = lines[at].slice(0, lines[at].search(/[^ \t]|$/));
    lines.splice(at, 0, ...statement.split('\n').map((line) => `${indentation}${line}\n`));
    return `insert statement ${show(statement)} before line #${at}`;
  }),
];

export interface Mutant {
  seed: number;
  bytes: Uint8Array;
  /** What was done, in order: enough to see what broke the front end (none for an original). */
  steps: string[];
}

/** One to three mutations of `original`, fully determined by `seed` and `options`. */
export function mutate(original: Uint8Array, seed: number, options: MutationOptions = { fragments: SYNTAX_SNIPPETS }): Mutant {
  const mutators = byteAndTokenMutators(options.fragments);
  if (options.statements !== undefined) mutators.push(...lineMutators(options.statements));
  const random = new SeededRandom(seed);
  const stepCount = random.int(1, 3);
  let bytes = original;
  const steps: string[] = [];
  for (let step = 0; step < stepCount; step++) {
    const result = random.pick(mutators)(bytes, random);
    bytes = result.bytes;
    steps.push(result.description);
  }
  return { seed, bytes, steps };
}

/** `count` files spread evenly over the sorted stdlib files of `minBytes` to `maxBytes`. */
export function pickStdlibFiles(count: number, minBytes: number, maxBytes: number): string[] {
  const suitable = stdlibPyFiles().filter((path) => {
    const size = statSync(join(stdlibRoot(), path)).size;
    return size >= minBytes && size <= maxBytes;
  });
  const step = suitable.length / count;
  return Array.from({ length: count }, (_, index) => suitable[Math.floor(index * step)]);
}

/**
 * Keeps a failing mutant where it survives the run and says how to look at it.
 * `fuzzName` keeps apart the inputs of fuzz tests whose seeds overlap.
 */
export function saveFailingMutant(fuzzName: string, source: string, mutant: Mutant, problem: string): string {
  const savedInput = join(tmpdir(), `pyvm-${fuzzName}-seed-${mutant.seed}.py`);
  writeFileSync(savedInput, mutant.bytes);
  const steps = mutant.steps.length > 0 ? mutant.steps.join('; ') : 'unmutated';
  return `seed ${mutant.seed} (${source}; ${steps}): ${problem}\n  input saved as ${savedInput}`;
}
