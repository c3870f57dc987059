// Seeded fuzzing of the parser with mutated stdlib files. Whatever the input, parsing
// must end in a tree or a PySyntaxError, promptly: any other exception, a worker crash
// or a parse slower than PARSE_TIME_LIMIT_MS fails, naming the seed and the mutations
// (and saving the input). A sample of the mutants is also compared with python3; exact
// agreement on garbage is the goal, and the figure is asserted not to fall back.
import { build } from 'esbuild';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { assert, beforeAll, describe, expect, it } from 'vitest';
import { describeDifference, pythonParseOutcomes } from '../support/parseOutcome';
import type { ParseOutcome, ParseRequest } from '../support/parseOutcome';
import { stdlibRoot } from '../support/python';
import { SeededRandom } from '../support/seededRandom';
import { stdlibPyFiles } from '../support/stdlibSample';
import type { WorkerReady, WorkerReply, WorkerRequest } from './parseWorker';

const FUZZ_FILE_COUNT = 40;
/** Small-to-medium files: big enough to hold most constructs, small enough to parse thousands of times. */
const MIN_FILE_BYTES = 2_000;
const MAX_FILE_BYTES = 20_000;
const MUTANTS_PER_FILE = 100;
const PARSE_TIME_LIMIT_MS = 2_000;
/** Every DIFFERENTIAL_STRIDE-th seed is also compared with python3 (~1,000 mutants). */
const DIFFERENTIAL_STRIDE = 4;
/**
 * The agreement measured on the differential sample, less a small margin. The mutants
 * are fixed by their seeds, so the figure moves only when pyvm does: keep it at what
 * the parser achieves.
 */
const MIN_AGREEMENT = 0.99;
/** As bin/pyvm, which runs node with --stack-size=3000 (KB). */
const WORKER_STACK_MB = 3;
const FILE_TEST_TIMEOUT_MS = 120_000;
const SETUP_TIMEOUT_MS = 120_000;
/** At most this many failures are spelled out per file. */
const SHOWN_FAILURES = 10;

// ---- Deterministic mutation -------------------------------------------------------

/** Fragments that tend to break tokenizers and parsers in interesting ways. */
const SNIPPETS = [
  '(', ')', '[', ']', '{', '}', '"', "'", '"""', "'''", '\\', '\\\n', '\t', '\n', '\r', '\f', ' ', '    ',
  ':', ',', '=', '*', '**', '@', '.', ';', '#', ':=', '->', '...', 'é', '€', '\u00a0', '\u200b', '😀', '\ufeff',
  '\x00', 'f"{', "f'{x!", 'b"é', '0x', '1_', '0o9', '1e', 'lambda', 'async ', 'await ', 'yield', 'match ',
  'case ', '_', 'if', 'else', 'not', 'def ', 'class ', 'return', 'import ', 'from ', '# type: int',
];

interface MutationStep {
  bytes: Uint8Array;
  description: string;
}

type Mutator = (bytes: Uint8Array, random: SeededRandom) => MutationStep;

/** Words, runs of whitespace and single other characters: the units token mutations move. */
const TOKEN_PATTERN = /\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;

/** A mutation of the text's tokens; invalid UTF-8 left by an earlier byte mutation decodes to U+FFFD. */
const tokenMutator =
  (edit: (tokens: string[], random: SeededRandom) => string): Mutator =>
  (bytes, random) => {
    const tokens = new TextDecoder().decode(bytes).match(TOKEN_PATTERN) ?? [];
    if (tokens.length < 2) return { bytes, description: 'no tokens to mutate' };
    const description = edit(tokens, random);
    return { bytes: new TextEncoder().encode(tokens.join('')), description };
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

const MUTATORS: Mutator[] = [
  tokenMutator((tokens, random) => {
    const at = random.int(0, tokens.length - 1);
    const [deleted] = tokens.splice(at, 1);
    return `delete token #${at} ${show(deleted)}`;
  }),
  tokenMutator((tokens, random) => {
    const at = random.int(0, tokens.length - 1);
    tokens.splice(at, 0, tokens[at]);
    return `duplicate token #${at} ${show(tokens[at])}`;
  }),
  tokenMutator((tokens, random) => {
    const first = random.int(0, tokens.length - 2);
    const second = Math.min(tokens.length - 1, first + random.int(1, 8));
    [tokens[first], tokens[second]] = [tokens[second], tokens[first]];
    return `swap tokens #${first} ${show(tokens[second])} and #${second} ${show(tokens[first])}`;
  }),
  (bytes, random) => {
    const snippet = random.pick(SNIPPETS);
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

interface Mutant {
  seed: number;
  bytes: Uint8Array;
  /** What was done, in order: enough to see what broke the parser. */
  steps: string[];
}

/** One to three mutations of `original`, fully determined by `seed`. */
function mutate(original: Uint8Array, seed: number): Mutant {
  const random = new SeededRandom(seed);
  const stepCount = random.int(1, 3);
  let bytes = original;
  const steps: string[] = [];
  for (let step = 0; step < stepCount; step++) {
    const result = random.pick(MUTATORS)(bytes, random);
    bytes = result.bytes;
    steps.push(result.description);
  }
  return { seed, bytes, steps };
}

// ---- The fuzzed files ------------------------------------------------------------

/** FUZZ_FILE_COUNT files spread evenly over the sorted stdlib files of suitable size. */
function pickFuzzFiles(): string[] {
  const suitable = stdlibPyFiles().filter((path) => {
    const size = statSync(join(stdlibRoot(), path)).size;
    return size >= MIN_FILE_BYTES && size <= MAX_FILE_BYTES;
  });
  const step = suitable.length / FUZZ_FILE_COUNT;
  return Array.from({ length: FUZZ_FILE_COUNT }, (_, index) => suitable[Math.floor(index * step)]);
}

const FUZZ_FILES = pickFuzzFiles();
const ORIGINALS = FUZZ_FILES.map((path) => readFileSync(join(stdlibRoot(), path)));
/** Seeds are numbered across files, so each seed names one mutant of one file. */
const seedsOfFile = (fileIndex: number): number[] =>
  Array.from({ length: MUTANTS_PER_FILE }, (_, index) => fileIndex * MUTANTS_PER_FILE + index + 1);
const fuzzRequest = (bytes: Uint8Array): ParseRequest => ({ bytes, filename: '<fuzz>', mode: 'exec', typeComments: false });

// ---- Parsing in a worker that can be stopped --------------------------------------

/** Runs parseWorker.ts; replaces the worker when it stops answering or dies. */
class ParseWorker {
  private worker!: Worker;
  private ready!: Promise<void>;

  constructor(private readonly bundlePath: string) {
    this.spawn();
  }

  private spawn(): void {
    // The bundle's inline source map makes crash stacks name the TypeScript sources.
    this.worker = new Worker(this.bundlePath, {
      resourceLimits: { stackSizeMb: WORKER_STACK_MB },
      execArgv: ['--enable-source-maps'],
    });
    const worker = this.worker;
    this.ready = new Promise((resolve, reject) => {
      worker.once('message', (message: WorkerReady | WorkerReply) =>
        'ready' in message ? resolve() : reject(new Error(`the worker answered before it was ready`)),
      );
      worker.once('error', reject);
    });
  }

  /** The reply, or null when none came within PARSE_TIME_LIMIT_MS. */
  async run(message: WorkerRequest): Promise<WorkerReply | null> {
    await this.ready;
    const worker = this.worker;
    return new Promise((resolve) => {
      const settle = (reply: WorkerReply | null, replaceWorker: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        if (replaceWorker) {
          void worker.terminate();
          this.spawn();
        }
        resolve(reply);
      };
      const onMessage = (reply: WorkerReply): void => settle(reply, false);
      const onError = (error: Error): void => settle({ ms: Number.NaN, crash: `the worker died: ${error.stack ?? error}` }, true);
      const timer = setTimeout(() => settle(null, true), PARSE_TIME_LIMIT_MS);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(message);
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Bundles parseWorker.ts for the worker thread. The bundle stays where vitest can still
 * read it when it maps crash stacks after the run (a build cache, rewritten each run).
 */
async function bundleParseWorker(): Promise<string> {
  const outfile = fileURLToPath(new URL('../../node_modules/.cache/pyvm/parseWorker.mjs', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('./parseWorker.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

// ---- The tests -------------------------------------------------------------------

describe('parser fuzz', () => {
  let worker: ParseWorker;
  const differential: Mutant[] = [];
  const pythonOutcomes: ParseOutcome[] = [];

  beforeAll(async () => {
    worker = new ParseWorker(await bundleParseWorker());
    FUZZ_FILES.forEach((_, fileIndex) => {
      for (const seed of seedsOfFile(fileIndex)) {
        if (seed % DIFFERENTIAL_STRIDE === 0) differential.push(mutate(ORIGINALS[fileIndex], seed));
      }
    });
    for await (const outcome of pythonParseOutcomes(differential.map((mutant) => fuzzRequest(mutant.bytes)))) {
      pythonOutcomes.push(outcome);
    }
    return async () => {
      await worker.stop();
    };
  }, SETUP_TIMEOUT_MS);

  /** Keeps a failing input where it survives the run, and says how to look at it. */
  const saveFailure = (path: string, mutant: Mutant, problem: string): string => {
    const savedInput = join(tmpdir(), `pyvm-fuzz-seed-${mutant.seed}.py`);
    writeFileSync(savedInput, mutant.bytes);
    return `seed ${mutant.seed} (${path}; ${mutant.steps.join('; ')}): ${problem}\n  input saved as ${savedInput}`;
  };

  FUZZ_FILES.forEach((path, fileIndex) => {
    it(`${path}: ${MUTANTS_PER_FILE} mutants parse or raise PySyntaxError`, async () => {
      const failures: string[] = [];
      for (const seed of seedsOfFile(fileIndex)) {
        const mutant = mutate(ORIGINALS[fileIndex], seed);
        const reply = await worker.run({ request: fuzzRequest(mutant.bytes), wantOutcome: false });
        if (reply === null) failures.push(saveFailure(path, mutant, `no result within ${PARSE_TIME_LIMIT_MS} ms`));
        else if (reply.crash !== undefined) failures.push(saveFailure(path, mutant, reply.crash));
        else if (reply.ms > PARSE_TIME_LIMIT_MS) failures.push(saveFailure(path, mutant, `took ${Math.round(reply.ms)} ms`));
      }
      if (failures.length > 0) {
        const shown = failures.slice(0, SHOWN_FAILURES).join('\n');
        assert.fail(`${failures.length} of ${MUTANTS_PER_FILE} mutants failed:\n${shown}`);
      }
    }, FILE_TEST_TIMEOUT_MS);
  });

  it('agrees with python3 on the differential sample', async () => {
    let agreeing = 0;
    const disagreements: string[] = [];
    for (const [index, mutant] of differential.entries()) {
      const reply = await worker.run({ request: fuzzRequest(mutant.bytes), wantOutcome: true });
      const difference =
        reply?.outcome !== undefined
          ? describeDifference(pythonOutcomes[index], reply.outcome)
          : `pyvm gave no outcome: ${reply?.crash ?? 'timed out'}`;
      if (difference === null) agreeing++;
      else disagreements.push(saveFailure('differential sample', mutant, `\n${difference}`));
    }
    const agreement = agreeing / differential.length;
    console.log(
      `parser fuzz: pyvm agrees with python3 on ${agreeing}/${differential.length} mutants ` +
        `(${(100 * agreement).toFixed(1)}%); first disagreements:\n${disagreements.slice(0, Number(process.env.PYVM_FUZZ_SHOW ?? 3)).join('\n')}`,
    );
    expect(agreement).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  }, FILE_TEST_TIMEOUT_MS);
});
