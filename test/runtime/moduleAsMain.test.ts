// `pyvm -m NAME` runs the module as python3 does, through runpy, and with the main thread
// at its base, as a program file's is: the module's code (runpy execs it) may wait for a
// thread that is itself blocked inside native code (`python -m unittest` of
// test_itertools' test_tee_concurrent waited for ever).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, PYVM_BIN, requireBundle } from '../support/commandLine';
import { pythonExecutable } from '../support/python';

const WAITING_MODULE = `
import sys
import threading
from itertools import tee

start = threading.Event()
finish = threading.Event()


class Source:
    def __iter__(self):
        return self

    def __next__(self):
        start.set()
        finish.wait()
        return 'item'


a, b = tee(Source())
thread = threading.Thread(target=next, args=[a])
thread.start()
start.wait()
try:
    next(b)
except RuntimeError as exc:
    print('RuntimeError', exc)
finish.set()
thread.join()
print('joined', __name__, sys.argv[1:])
sys.exit(3)
`;

function run(command: string, cwd: string) {
  // (A run that waits for ever is stopped well before the test's own time runs out.)
  const result = spawnSync(command, ['-m', 'waiting', 'an', 'argument'], { cwd, encoding: 'utf8', timeout: CLI_TIMEOUT_MS / 3 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('-m NAME', () => {
  it('runs a module that waits for a thread blocked in native code, as python3 does', () => {
    requireBundle();
    const directory = mkdtempSync(join(tmpdir(), 'pyvm-module-as-main-'));
    writeFileSync(join(directory, 'waiting.py'), WAITING_MODULE);
    expect(run(PYVM_BIN, directory)).toEqual(run(pythonExecutable(), directory));
  }, CLI_TIMEOUT_MS);
});
