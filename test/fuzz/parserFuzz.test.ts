// Seeded fuzzing of the parser with mutated stdlib files. Whatever the input, parsing
// must end in a tree or a PySyntaxError, promptly: any other exception, a worker crash
// or a parse slower than PARSE_TIME_LIMIT_MS fails, naming the seed and the mutations
// (and saving the input). A sample of the mutants is also compared with python3; exact
// agreement on garbage is the goal, and the figure is asserted not to fall back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, beforeAll, describe, expect, it } from 'vitest';
import { describeDifference, pythonParseOutcomes } from '../support/parseOutcome';
import type { ParseOutcome, ParseRequest } from '../support/parseOutcome';
import { stdlibRoot } from '../support/python';
import { mutate, pickStdlibFiles, saveFailingMutant } from './mutation';
import type { Mutant } from './mutation';
import { ParseWorker } from './parseWorkerHost';

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
const FILE_TEST_TIMEOUT_MS = 120_000;
const SETUP_TIMEOUT_MS = 120_000;
/** At most this many failures are spelled out per file. */
const SHOWN_FAILURES = 10;

// ---- The fuzzed files ------------------------------------------------------------

const FUZZ_FILES = pickStdlibFiles(FUZZ_FILE_COUNT, MIN_FILE_BYTES, MAX_FILE_BYTES);
const ORIGINALS = FUZZ_FILES.map((path) => readFileSync(join(stdlibRoot(), path)));
/** Seeds are numbered across files, so each seed names one mutant of one file. */
const seedsOfFile = (fileIndex: number): number[] =>
  Array.from({ length: MUTANTS_PER_FILE }, (_, index) => fileIndex * MUTANTS_PER_FILE + index + 1);
const fuzzRequest = (bytes: Uint8Array): ParseRequest => ({ bytes, filename: '<fuzz>', mode: 'exec', typeComments: false });

// ---- The tests -------------------------------------------------------------------

describe('parser fuzz', () => {
  let worker: ParseWorker;
  const differential: Mutant[] = [];
  const pythonOutcomes: ParseOutcome[] = [];

  beforeAll(async () => {
    worker = await ParseWorker.start('parse-fuzz', PARSE_TIME_LIMIT_MS);
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

  const saveFailure = (path: string, mutant: Mutant, problem: string): string =>
    saveFailingMutant('parse-fuzz', path, mutant, problem);

  FUZZ_FILES.forEach((path, fileIndex) => {
    it(`${path}: ${MUTANTS_PER_FILE} mutants parse or raise PySyntaxError`, async () => {
      const failures: string[] = [];
      for (const seed of seedsOfFile(fileIndex)) {
        const mutant = mutate(ORIGINALS[fileIndex], seed);
        const reply = await worker.run({ request: fuzzRequest(mutant.bytes), task: 'parse' });
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
      const reply = await worker.run({ request: fuzzRequest(mutant.bytes), task: 'dump' });
      const difference =
        reply?.parseOutcome !== undefined
          ? describeDifference(pythonOutcomes[index], reply.parseOutcome)
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
