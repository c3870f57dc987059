// pyvm's compiler against python3's on real code: for each file of the stdlib sample
// and each hand-written case under test/compiler/cases, what `dis.dis(compile(source,
// path, 'exec'))` prints must be byte-identical (code-object addresses aside), with
// PYTHONHASHSEED=0 on both sides so frozenset constants list in the same order.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, beforeAll, describe, it } from 'vitest';
import { dis } from '../../src/bytecode/disassembler';
import { compile } from '../../src/compiler/compile';
import { setHashSeed } from '../../src/objects/hashSecret';
import { PyFrontEndError, PySyntaxError } from '../../src/tokenizer/syntaxError';
import { firstDifference, maskAddresses } from '../bytecode/pythonCode';
import { pythonJsonLines, stdlibRoot } from '../support/python';
import { stdlibSample } from '../support/stdlibSample';

const CASES_DIR = fileURLToPath(new URL('../compiler/cases', import.meta.url));
const PYTHON_RUN_TIMEOUT_MS = 180_000;
const PER_FILE_TIMEOUT_MS = 30_000;

// As `python3 -m dis` has it: runpy, argparse and locale loaded, which interned names that
// decide the order of some frozenset constants (src/compiler/internedNames.ts).
const ORACLE = `
import argparse, dis, io, json, locale, runpy, sys
for path in json.load(sys.stdin):
    try:
        code = compile(open(path, 'rb').read(), path, 'exec')
    except SyntaxError as error:
        out = {'error': f'{type(error).__name__}: {error.msg}'}
    except (ValueError, RecursionError, MemoryError) as error:
        out = {'error': f'{type(error).__name__}: {error}'}
    else:
        text = io.StringIO()
        dis.dis(code, file=text)
        out = {'dis': text.getvalue()}
    sys.stdout.write(json.dumps(out) + '\\n')
`;

function pyvmDis(path: string): { dis: string } | { error: string } {
  try {
    return { dis: dis(compile(readFileSync(path), path, 'exec')) };
  } catch (error) {
    if (error instanceof PySyntaxError) return { error: `${error.kind}: ${error.msg}` };
    if (error instanceof PyFrontEndError) return { error: error.message };
    throw error;
  }
}

const files = [
  ...stdlibSample().map((path) => join(stdlibRoot(), path)),
  ...readdirSync(CASES_DIR).filter((name) => name.endsWith('.py')).sort().map((name) => join(CASES_DIR, name)),
];

describe('dis of compiled code is identical to python3', () => {
  const expected: ({ dis: string } | { error: string })[] = [];

  beforeAll(async () => {
    setHashSeed(0);
    for await (const outcome of pythonJsonLines(['-c', ORACLE], files, { ...process.env, PYTHONHASHSEED: '0' })) {
      expected.push(outcome as { dis: string } | { error: string });
    }
  }, PYTHON_RUN_TIMEOUT_MS);

  files.forEach((path, index) => {
    it(path, () => {
      const python = expected[index];
      const pyvm = pyvmDis(path);
      if ('error' in python || 'error' in pyvm) {
        assert.deepEqual(pyvm, python);
        return;
      }
      const difference = firstDifference(maskAddresses(python.dis), maskAddresses(pyvm.dis));
      if (difference !== null) assert.fail(difference);
    }, PER_FILE_TIMEOUT_MS);
  });
});
