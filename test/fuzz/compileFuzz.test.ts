// Seeded fuzzing of the compiler: stdlib files and the compiler-stress sources of
// compilerStress.ts, each as it is and mutated, go through pyvm's compile(source_bytes,
// '<fuzz>', 'exec'). Whatever the input, compiling must end in a code object, a
// PySyntaxError or a PyFrontEndError, promptly: any other exception, a worker crash or
// a compile slower than COMPILE_TIME_LIMIT_MS fails, naming the seed and the mutations
// (and saving the input). A sample is also compared with python3's compile(): the
// outcome (compiled, or the error's class, message, line and offset) must be the same,
// and the share that agrees is asserted not to fall back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, beforeAll, describe, expect, it } from 'vitest';
import { stdlibRoot } from '../support/python';
import { describeCompileDifference, pythonCompileOutcomes } from './compileOutcome';
import type { CompileOutcome, CompileRequest } from './compileOutcome';
import { COMPILER_SNIPPETS, COMPILER_STATEMENTS, COMPILER_STRESS_SOURCES } from './compilerStress';
import { SYNTAX_SNIPPETS, mutate, pickStdlibFiles, saveFailingMutant } from './mutation';
import type { Mutant, MutationOptions } from './mutation';
import { ParseWorker } from './parseWorkerHost';

/** Other files than the parser fuzz picks (it takes 40 of 2,000 to 20,000 bytes), for variety. */
const STDLIB_FILE_COUNT = 30;
const MIN_FILE_BYTES = 1_000;
const MAX_FILE_BYTES = 30_000;
const MUTANTS_PER_STDLIB_FILE = 100;
/** The stress sources are small and many (over 100): fewer mutants each keep the run short. */
const MUTANTS_PER_STRESS_SOURCE = 60;
const COMPILE_TIME_LIMIT_MS = 2_000;
/** Besides every unmutated source (135), every DIFFERENTIAL_STRIDE-th seed is compared with python3 (~550 mutants). */
const DIFFERENTIAL_STRIDE = 17;
/**
 * The agreement measured on the differential sample, less a small margin. The mutants
 * are fixed by their seeds, so the figure moves only when pyvm does: raise it as the
 * compiler's disagreements get fixed.
 */
const MIN_AGREEMENT = 0.99;
/**
 * A source stops being fuzzed after this many failures: when one construct hangs the
 * compiler, each of its mutants would cost the time limit, and a few show the problem.
 */
const MAX_FAILURES_PER_SOURCE = 3;
const SOURCE_TEST_TIMEOUT_MS = 60_000;
const SETUP_TIMEOUT_MS = 60_000;
/** Disagreements spelled out unless PYVM_FUZZ_SHOW says how many. */
const SHOWN_DISAGREEMENTS = 5;

const MUTATIONS: MutationOptions = { fragments: [...SYNTAX_SNIPPETS, ...COMPILER_SNIPPETS], statements: COMPILER_STATEMENTS };

// ---- The fuzzed sources -----------------------------------------------------------

interface FuzzSource {
  label: string;
  original: Uint8Array;
  /** The source's own seed (it stands for the unmutated source); its mutants take the ones after it. */
  firstSeed: number;
  mutantCount: number;
}

function fuzzSources(): FuzzSource[] {
  const stdlibFiles = pickStdlibFiles(STDLIB_FILE_COUNT, MIN_FILE_BYTES, MAX_FILE_BYTES).map((path) => ({
    label: path,
    original: readFileSync(join(stdlibRoot(), path)),
    mutantCount: MUTANTS_PER_STDLIB_FILE,
  }));
  const stressSources = COMPILER_STRESS_SOURCES.map(({ name, source }) => ({
    label: name,
    original: new TextEncoder().encode(source),
    mutantCount: MUTANTS_PER_STRESS_SOURCE,
  }));
  // Seeds are numbered across sources, so each seed names one input.
  let nextSeed = 1;
  return [...stdlibFiles, ...stressSources].map((source) => {
    const firstSeed = nextSeed;
    nextSeed += source.mutantCount + 1;
    return { ...source, firstSeed };
  });
}

/** The unmutated source first, then its mutants. */
function* inputsOf(source: FuzzSource): Generator<Mutant> {
  yield { seed: source.firstSeed, bytes: source.original, steps: [] };
  for (let seed = source.firstSeed + 1; seed <= source.firstSeed + source.mutantCount; seed++) {
    yield mutate(source.original, seed, MUTATIONS);
  }
}

const SOURCES = fuzzSources();
const fuzzRequest = (bytes: Uint8Array): CompileRequest => ({ bytes, filename: '<fuzz>', mode: 'exec', typeComments: false });
const saveFailure = (label: string, mutant: Mutant, problem: string): string => saveFailingMutant('compile-fuzz', label, mutant, problem);

// ---- The tests -------------------------------------------------------------------

describe('compiler fuzz', () => {
  let worker: ParseWorker;
  const differential: { label: string; mutant: Mutant }[] = [];
  const pythonOutcomes: CompileOutcome[] = [];

  beforeAll(async () => {
    worker = await ParseWorker.start('compile-fuzz', COMPILE_TIME_LIMIT_MS);
    for (const source of SOURCES) {
      for (const mutant of inputsOf(source)) {
        if (mutant.steps.length === 0 || mutant.seed % DIFFERENTIAL_STRIDE === 0) differential.push({ label: source.label, mutant });
      }
    }
    for await (const outcome of pythonCompileOutcomes(differential.map(({ mutant }) => fuzzRequest(mutant.bytes)))) {
      pythonOutcomes.push(outcome);
    }
    return async () => {
      await worker.stop();
    };
  }, SETUP_TIMEOUT_MS);

  SOURCES.forEach((source) => {
    it(`${source.label}: it and ${source.mutantCount} mutants compile or raise a Python exception`, async () => {
      const failures: string[] = [];
      for (const mutant of inputsOf(source)) {
        const reply = await worker.run({ request: fuzzRequest(mutant.bytes), task: 'compile' });
        if (reply === null) failures.push(saveFailure(source.label, mutant, `no result within ${COMPILE_TIME_LIMIT_MS} ms`));
        else if (reply.crash !== undefined) failures.push(saveFailure(source.label, mutant, reply.crash));
        else if (reply.ms > COMPILE_TIME_LIMIT_MS) failures.push(saveFailure(source.label, mutant, `took ${Math.round(reply.ms)} ms`));
        if (failures.length === MAX_FAILURES_PER_SOURCE) break;
      }
      if (failures.length > 0) {
        assert.fail(`${failures.length} inputs failed (the fuzzing of this source stops at ${MAX_FAILURES_PER_SOURCE}):\n${failures.join('\n')}`);
      }
    }, SOURCE_TEST_TIMEOUT_MS);
  });

  it('agrees with python3 on the differential sample', async () => {
    let agreeing = 0;
    const disagreements: string[] = [];
    for (const [index, { label, mutant }] of differential.entries()) {
      const reply = await worker.run({ request: fuzzRequest(mutant.bytes), task: 'compile' });
      const difference =
        reply?.compileOutcome !== undefined
          ? describeCompileDifference(pythonOutcomes[index], reply.compileOutcome)
          : `pyvm gave no outcome: ${reply?.crash ?? 'timed out'}`;
      if (difference === null) agreeing++;
      else disagreements.push(saveFailure(label, mutant, `\n${difference}`));
    }
    const agreement = agreeing / differential.length;
    const compiledByPython = pythonOutcomes.filter((outcome) => 'compiled' in outcome).length;
    const shown = Number(process.env.PYVM_FUZZ_SHOW ?? SHOWN_DISAGREEMENTS);
    console.log(
      `compiler fuzz: pyvm agrees with python3 on ${agreeing}/${differential.length} inputs ` +
        `(${(100 * agreement).toFixed(1)}%; python3 compiles ${compiledByPython} of them); ` +
        `first disagreements:\n${disagreements.slice(0, shown).join('\n')}`,
    );
    expect(agreement).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  }, SOURCE_TEST_TIMEOUT_MS);
});
