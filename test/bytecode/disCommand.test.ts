// `bin/pyvm -m dis` against `python3 -m dis`: the same disassembly of the same file (code
// object addresses masked), the same usage errors, and the same SyntaxError reports,
// whether the parser or the compiler raises them. Needs the bundle (`npm run build`).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, type CommandResult, PYVM_BIN, requireBundle, runInStdlib } from '../support/commandLine';
import { pythonExecutable } from '../support/python';
import { firstDifference, maskAddresses } from './pythonCode';

/** `-m dis ARGS` with hash randomization off, so that frozensets list in one order. */
function runDis(command: string, args: string[], input = ''): CommandResult {
  return runInStdlib(command, ['-m', 'dis', ...args], input, { PYTHONHASHSEED: '0' });
}

/**
 * The SyntaxError report at the end of stderr, without python3's traceback before it:
 * from the error's `  File "NAME", line N` line, or only the exception line when the
 * error has no location (the last `  File` line is then a traceback frame's, `..., in main`).
 */
function syntaxErrorReport(stderr: string): string {
  const lines = stderr.split(/(?<=\n)/);
  const location = lines.findLastIndex((line) => line.startsWith('  File "'));
  const isTracebackFrame = location !== -1 && /, in \S+\n$/.test(lines[location]);
  if (location === -1 || isTracebackFrame) return lines.at(-1)!;
  return lines.slice(location).join('');
}

/** Every kind of SyntaxWarning CPython 3.11's compiler gives, in statements and nested scopes. */
const WARNED_SOURCE = `x = 1
if x is 1 or x is not 'a': pass
while x is "a" is x: pass
if 1 < x is (1, 2): pass
print((1)(2), [1](3), {1}[0], "abc"["x"], (1, 2)["a"], None(), True[0], f"x"(), ...[1])
print((lambda: 0)[1], (x for x in y)[0], [x for x in y]["a"], b"x"[ "a" ], 1.5j(), {1: 2}())
print({x for x in y}(), [x][1:2], "abc"[x], [1][True], frozenset()[0], 2.5[0], {1: 2}[3])
assert (1,)
assert ()
assert ((1, 2) if x else 3, 4)
def f():
    class C:
        def g(self):
            return [1]["x"] if self is 5 else 0
    assert (x, "never fails")
`;

function writeTemporarySource(source: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pyvm-dis-')), 'warned.py');
  writeFileSync(path, source);
  return path;
}

describe('bin/pyvm -m dis prints what python3 -m dis prints', () => {
  beforeAll(requireBundle);

  /** A test running both with `args` and `input`, expecting success and the same disassembly. */
  const sameDisassembly = (args: string[], input?: string) => () => {
    const python = runDis(pythonExecutable(), args, input);
    const pyvm = runDis(PYVM_BIN, args, input);
    expect(python.status, python.stderr).toBe(0);
    expect(pyvm.status, pyvm.stderr).toBe(0);
    const difference = firstDifference(maskAddresses(python.stdout), maskAddresses(pyvm.stdout));
    if (difference !== null) assert.fail(difference);
  };

  /** A test running both with `args` and `input`, expecting the same usage error or SyntaxError report. */
  const sameError = (args: string[], input?: string) => () => {
    const python = runDis(pythonExecutable(), args, input);
    const pyvm = runDis(PYVM_BIN, args, input);
    expect(python.status).not.toBe(0);
    expect(pyvm.status).toBe(python.status);
    expect(pyvm.stdout).toBe('');
    expect(syntaxErrorReport(pyvm.stderr)).toBe(syntaxErrorReport(python.stderr));
  };

  /** A test running both with `args` and `input`, expecting success and the same warnings on stderr. */
  const sameWarnings = (args: string[], input?: string) => () => {
    const python = runDis(pythonExecutable(), args, input);
    const pyvm = runDis(PYVM_BIN, args, input);
    expect(python.status, python.stderr).toBe(0);
    expect(python.stderr).toContain('SyntaxWarning');
    expect(pyvm.status, pyvm.stderr).toBe(0);
    expect(pyvm.stderr).toBe(python.stderr);
  };

  it('a module file', sameDisassembly(['colorsys.py']), CLI_TIMEOUT_MS);
  it('a module with frozenset constants', sameDisassembly(['_pyio.py']), CLI_TIMEOUT_MS);
  it('a frozenset constant of names interned at start-up', sameDisassembly(['_markupbase.py']), CLI_TIMEOUT_MS);
  it('a module on stdin', sameDisassembly([], 'def f(a, *, b=2):\n    return [x + a for x in b]\n'), CLI_TIMEOUT_MS);
  it('-- before the file', sameDisassembly(['--', 'colorsys.py']), CLI_TIMEOUT_MS);
  it('an unknown option', sameError(['--depth', '1']), CLI_TIMEOUT_MS);
  it('a file that cannot be opened', sameError(['no/such/file.py']), CLI_TIMEOUT_MS);
  it('a SyntaxError from the parser', sameError(['test/tokenizedata/badsyntax_3131.py']), CLI_TIMEOUT_MS);
  it('a SyntaxError from the compiler, quoting the file', sameError(['test/test_future_stmt/badsyntax_future3.py']), CLI_TIMEOUT_MS);
  it('a SyntaxError from the compiler, on stdin', sameError([], 'x = 1\nreturn x\n'), CLI_TIMEOUT_MS);
  it('null bytes in the source', sameError([], 'x = 1\0\n'), CLI_TIMEOUT_MS);

  it('SyntaxWarnings, quoting the file', sameWarnings([writeTemporarySource(WARNED_SOURCE)]), CLI_TIMEOUT_MS);
  it('SyntaxWarnings, on stdin', sameWarnings([], WARNED_SOURCE), CLI_TIMEOUT_MS);

  // argparse leaves an argument without help text unpadded.
  it('-h', () => {
    const python = runDis(pythonExecutable(), ['-h']);
    const pyvm = runDis(PYVM_BIN, ['-h']);
    expect(pyvm.status).toBe(python.status);
    expect(pyvm.stdout).toBe(python.stdout);
  }, CLI_TIMEOUT_MS);
});
