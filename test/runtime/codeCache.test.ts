// The cache of compiled modules (src/runtime/codeCache.ts), through bin/pyvm: a module's
// code is written to __pycache__/NAME.pyvm-311.pyc (the library's to the user's cache
// directory), read back instead of compiling while the source's mtime and size match,
// compiled again when they do not, and, for a user's modules, never written under -B or
// PYTHONDONTWRITEBYTECODE; importlib.import_module goes through the same cache.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, PYVM_BIN, requireBundle } from '../support/commandLine';
import { stdlibRoot } from '../support/python';

let directory: string;
let cacheHome: string;

beforeEach(() => {
  requireBundle();
  directory = mkdtempSync(join(tmpdir(), 'pyvm-code-cache-'));
  cacheHome = mkdtempSync(join(tmpdir(), 'pyvm-cache-home-'));
  writeFileSync(join(directory, 'main.py'), 'import helper\nprint(helper.VALUE, helper.__cached__ == helper.__spec__.cached)\n');
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
  rmSync(cacheHome, { recursive: true, force: true });
});

function runMain(args: string[] = [], env: NodeJS.ProcessEnv = {}, mainSource?: string): string {
  if (mainSource !== undefined) writeFileSync(join(directory, 'main.py'), mainSource);
  const environment: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cacheHome, ...env };
  if (!('PYTHONDONTWRITEBYTECODE' in env)) delete environment.PYTHONDONTWRITEBYTECODE;
  const result = spawnSync(PYVM_BIN, [...args, 'main.py'], { cwd: directory, env: environment, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

const helperSource = (value: string): string => `VALUE = ${value}\n`;
const cacheFile = (): string => join(directory, '__pycache__', 'helper.pyvm-311.pyc');

describe('the code cache', () => {
  it('is written on the first run and read on the next while the source is unchanged', () => {
    const helper = join(directory, 'helper.py');
    writeFileSync(helper, helperSource("'first'"));
    expect(runMain()).toBe('first True\n');
    expect(existsSync(cacheFile())).toBe(true);
    const written = statSync(cacheFile()).mtimeMs;

    // Same size, same mtime, other contents: only a run that reads the cache still prints 'first'.
    const { atime, mtime } = statSync(helper);
    writeFileSync(helper, helperSource("'other'"));
    utimesSync(helper, atime, mtime);
    expect(runMain()).toBe('first True\n');
    expect(statSync(cacheFile()).mtimeMs).toBe(written);
  }, CLI_TIMEOUT_MS);

  it("serves importlib.import_module too, with the library's modules under the user's cache directory", () => {
    // importlib's own SourceLoader.get_code looks where CPython's cache would be, and compiles there every time.
    const cached = join(cacheHome, 'pyvm', stdlibRoot(), 'colorsys.pyvm-311.pyc');
    const main = "import importlib\nprint(importlib.import_module('colorsys').__name__)\n";
    expect(runMain([], { PYTHONDONTWRITEBYTECODE: '1' }, main)).toBe('colorsys\n');
    expect(existsSync(cached)).toBe(true);
  }, CLI_TIMEOUT_MS);

  it('is compiled again when the source changes', () => {
    const helper = join(directory, 'helper.py');
    writeFileSync(helper, helperSource('1'));
    expect(runMain()).toBe('1 True\n');
    const before = readFileSync(cacheFile());
    writeFileSync(helper, helperSource('12345'));
    expect(runMain()).toBe('12345 True\n');
    expect(readFileSync(cacheFile()).equals(before)).toBe(false);
  }, CLI_TIMEOUT_MS);

  it('is not written under -B or PYTHONDONTWRITEBYTECODE', () => {
    writeFileSync(join(directory, 'helper.py'), helperSource('2'));
    expect(runMain(['-B'])).toBe('2 True\n');
    expect(runMain([], { PYTHONDONTWRITEBYTECODE: '1' })).toBe('2 True\n');
    expect(existsSync(cacheFile())).toBe(false);
  }, CLI_TIMEOUT_MS);

  it("keeps the library's modules under the user's cache directory, even under PYTHONDONTWRITEBYTECODE", () => {
    // As CPython's library comes with its .pyc files: a kernel started with that variable set must not compile it at every start.
    writeFileSync(join(directory, 'helper.py'), 'import colorsys\nVALUE = colorsys.__cached__\n');
    const cached = join(cacheHome, 'pyvm', stdlibRoot(), 'colorsys.pyvm-311.pyc');
    expect(runMain([], { PYTHONDONTWRITEBYTECODE: '1' })).toBe(`${cached} True\n`);
    expect(existsSync(cached)).toBe(true);
    expect(existsSync(join(stdlibRoot(), '__pycache__', 'colorsys.pyvm-311.pyc'))).toBe(false);
  }, CLI_TIMEOUT_MS);
});
