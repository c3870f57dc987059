import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that take minutes, longest first: the runner starts them first, each on a
 * worker of its own, and the short files follow as workers come free. (A fresh checkout
 * orders files by size, where a long file started last keeps one worker busy for minutes
 * after the others have finished.)
 */
const LONG_FILES = [
  'test/differential/programsCompiled.test.ts',
  'test/differential/programs.test.ts',
  'test/cpython/regressionTests.test.ts',
  'test/fuzz/vmFuzz.test.ts',
];

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification): number => {
      const at = LONG_FILES.findIndex((name) => file.moduleId.endsWith(name));
      return at < 0 ? LONG_FILES.length : at;
    };
    return sorted.map((file, order) => ({ file, order })).sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order).map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Deeply nested source recurses deeply in the parser, as it does in CPython's;
    // give test processes the stack bin/pyvm runs with.
    execArgv: ['--stack-size=3000'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One file a core (vitest's default is one fewer: a single worker on two cores, which
    // ran every file in turn): most files spend their time waiting for the processes they
    // start (pyvm, python3, Jupyter's clients).
    maxWorkers: availableParallelism(),
    sequence: { sequencer: LongFilesFirst },
    globalSetup: ['test/support/globalSetup.ts'],
  },
});
