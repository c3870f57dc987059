// Where pyvm takes CPython's library from: PYVM_STDLIB wins when it names one; one that
// does not (a typo, a removed install) counts as none, and a start then says what to
// install while built-in modules still import, rather than crashing at start-up.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, PYVM_BIN, requireBundle } from '../support/commandLine';

function runWithLibrary(library: string, code: string) {
  const result = spawnSync(PYVM_BIN, ['-c', code], { encoding: 'utf8', env: { ...process.env, PYVM_STDLIB: library } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the standard library location', () => {
  it('says what to install when PYVM_STDLIB is no library, and runs with the built-in modules', () => {
    requireBundle();
    const run = runWithLibrary('/nonexistent/lib/python3.11', 'import sys, math\nprint(math.factorial(5), sys.path)');
    expect(run.stdout).toBe("120 ['']\n");
    expect(run.stderr).toMatch(/^pyvm: CPython 3\.11's standard library was not found: install python3\.11/);
    expect(run.status).toBe(0);
  }, CLI_TIMEOUT_MS);

  it('fails a library import with ModuleNotFoundError then', () => {
    requireBundle();
    const run = runWithLibrary('/nonexistent', 'import json');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe("ModuleNotFoundError: No module named 'json'");
    expect(run.status).toBe(1);
  }, CLI_TIMEOUT_MS);
});
