// How a pyvm process ends (src/commandLine.ts, runCommandLine): once the Python program has
// ended, at once, with its status and nothing it wrote lost, even to pipes the reader has
// not emptied yet; after the program's threads and atexit functions, as in CPython.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, PYVM_BIN, requireBundle } from '../support/commandLine';
import { pythonExecutable } from '../support/python';

function run(command: string, code: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, ['-c', code], { encoding: 'utf8', timeout: CLI_TIMEOUT_MS, maxBuffer: 1 << 26 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const PROGRAMS: Record<string, string> = {
  'megabytes to both pipes': `
import sys
for i in range(3000):
    print(str(i) * 200)
for i in range(1000):
    sys.stderr.write(str(i) * 300 + '\\n')
print('end')`,
  'the status sys.exit gives': `
import sys
print('before')
sys.exit(3)`,
  'a SystemExit with a message': `raise SystemExit('bye')`,
  'atexit functions after a thread the program left running': `
import atexit, threading, time
atexit.register(lambda: print('atexit ran'))
def work():
    time.sleep(0.2)
    print('thread done')
threading.Thread(target=work).start()
print('main done')`,
};

describe('a pyvm process ends as python3 ends', () => {
  for (const [name, code] of Object.entries(PROGRAMS)) {
    it(name, () => {
      requireBundle();
      const pyvm = run(PYVM_BIN, code);
      const python = run(pythonExecutable(), code);
      expect(pyvm.stderr).toBe(python.stderr);
      expect(pyvm.stdout).toBe(python.stdout);
      expect(pyvm.status).toBe(python.status);
    });
  }
});
