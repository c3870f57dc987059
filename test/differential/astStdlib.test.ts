// pyvm's parser against python3's on real code: for each file of the stdlib sample,
// the ast.dump text (with positions) must be byte-identical, and where python3 rejects
// a file, pyvm must raise the same error at the same place. Then a few runs of the
// real `bin/pyvm -m ast` against `python3 -m ast`, to cover the command line too.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, PYVM_BIN, requireBundle, runInStdlib } from '../support/commandLine';
import { describeDifference, pythonParseOutcomes, pyvmParseOutcome } from '../support/parseOutcome';
import type { ParseOutcome, ParseRequest } from '../support/parseOutcome';
import { pythonExecutable, stdlibRoot } from '../support/python';
import { stdlibSample } from '../support/stdlibSample';

const SAMPLE = stdlibSample();

/** Generous: the biggest sample files dump to 12 MB of text on each side. */
const PER_FILE_TIMEOUT_MS = 30_000;
const PYTHON_RUN_TIMEOUT_MS = 120_000;

describe('ast of the stdlib sample is identical to python3', () => {
  const requests: ParseRequest[] = [];
  const pythonOutcomes: ParseOutcome[] = [];

  beforeAll(async () => {
    for (const path of SAMPLE) {
      // As ast.parse(source_bytes, filename, type_comments=True) with the path as filename.
      requests.push({ bytes: readFileSync(join(stdlibRoot(), path)), filename: path, mode: 'exec', typeComments: true });
    }
    for await (const outcome of pythonParseOutcomes(requests)) pythonOutcomes.push(outcome);
  }, PYTHON_RUN_TIMEOUT_MS);

  it('covers at least 300 files', () => {
    expect(SAMPLE.length).toBeGreaterThanOrEqual(300);
  });

  SAMPLE.forEach((path, index) => {
    it(path, () => {
      const difference = describeDifference(pythonOutcomes[index], pyvmParseOutcome(requests[index]));
      if (difference !== null) assert.fail(`${path}: ${difference}`);
    }, PER_FILE_TIMEOUT_MS);
  });
});

/** The SyntaxError report: python3's stderr from the last `  File "` line (before it is its traceback). */
function syntaxErrorReport(stderr: string): string {
  return stderr.slice(stderr.lastIndexOf('\n  File "') + 1);
}

describe('bin/pyvm -m ast prints what python3 -m ast prints', () => {
  let scratchDir = '';
  beforeAll(() => {
    requireBundle();
    scratchDir = mkdtempSync(join(tmpdir(), 'pyvm-ast-cli-'));
    return () => rmSync(scratchDir, { recursive: true, force: true });
  });

  /** A test running both with the arguments `astArgs()` gives (at test time, once scratchDir exists). */
  const sameOutput = (astArgs: () => string[]) => () => {
    const args = ['-m', 'ast', ...astArgs()];
    const python = runInStdlib(pythonExecutable(), args);
    const pyvm = runInStdlib(PYVM_BIN, args);
    expect(python.status, python.stderr).toBe(0);
    expect(pyvm.status, pyvm.stderr).toBe(python.status);
    const difference = describeDifference({ dump: python.stdout }, { dump: pyvm.stdout });
    if (difference !== null) assert.fail(`stdout differs: ${difference}`);
  };

  it('-a on a module with type comments', sameOutput(() => ['-a', 'tomllib/_parser.py']), CLI_TIMEOUT_MS);
  it('-a on a KOI8-R encoded module', sameOutput(() => ['-a', 'test/encoded_modules/module_koi8_r.py']), CLI_TIMEOUT_MS);
  it('--no-type-comments', sameOutput(() => ['--no-type-comments', '-a', '_aix_support.py']), CLI_TIMEOUT_MS);
  it('-i 0', sameOutput(() => ['-i', '0', 'colorsys.py']), CLI_TIMEOUT_MS);
  it('-m eval on an expression file', sameOutput(() => {
    const expressionFile = join(scratchDir, 'expression.py');
    writeFileSync(expressionFile, '[f(x) ** 2 for x in range(10) if x % 3] or {**base, "key": lambda *a: a}\n');
    return ['-m', 'eval', '-a', expressionFile];
  }), CLI_TIMEOUT_MS);

  it('reports a syntax error as python3 does', () => {
    const args = ['-m', 'ast', '-a', 'test/tokenizedata/badsyntax_3131.py'];
    const python = runInStdlib(pythonExecutable(), args);
    const pyvm = runInStdlib(PYVM_BIN, args);
    expect(python.status).toBe(1);
    expect(pyvm.status).toBe(python.status);
    expect(pyvm.stdout).toBe('');
    expect(syntaxErrorReport(pyvm.stderr)).toBe(syntaxErrorReport(python.stderr));
  }, CLI_TIMEOUT_MS);
});
