// A program file (or stdin) as python3 reads it before tokenizing: source with no
// coding declaration must be UTF-8 on every line, comments included (compile() and
// import check less), and an unknown declared encoding is an "encoding problem".
// pyvm and python3 run the same files; stderr and the exit status must agree.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, PYVM_BIN, requireBundle } from '../support/commandLine';
import { pythonExecutable } from '../support/python';

const PROGRAMS: Record<string, Buffer> = {
  'bad_comment.py': Buffer.from('# caf\xe9 in latin-1\nprint(1)\n', 'latin1'),
  'bad_third_line.py': Buffer.concat([Buffer.from('print(1)\n# fine\nx = "'), Buffer.from([0xff]), Buffer.from('"\n')]),
  'truncated_sequence.py': Buffer.concat([Buffer.from('print(2)\n'), Buffer.from([0xe2, 0x82]), Buffer.from('\n')]),
  'unknown_encoding.py': Buffer.from('# coding: no-such-codec\nprint(1)\n'),
  'declared_latin1.py': Buffer.from('# coding: latin-1\nprint("caf\xe9")\n', 'latin1'),
  'good_utf8.py': Buffer.from('# café\nprint("ok")\n'),
};

function run(command: string, args: string[], cwd: string, input?: Buffer) {
  const result = spawnSync(command, args, { cwd, input, encoding: 'utf8', env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('program files as python3 reads them', () => {
  const directory = mkdtempSync(join(tmpdir(), 'pyvm-program-files-'));
  for (const [name, bytes] of Object.entries(PROGRAMS)) writeFileSync(join(directory, name), bytes);

  for (const name of Object.keys(PROGRAMS)) {
    it(`runs ${name} as python3 does`, () => {
      requireBundle();
      // Named relatively, as a user types it: python3 reports the absolute path.
      expect(run(PYVM_BIN, [name], directory)).toEqual(run(pythonExecutable(), [name], directory));
    }, CLI_TIMEOUT_MS);
  }

  it('reads stdin the same way', () => {
    requireBundle();
    const input = PROGRAMS['bad_comment.py'];
    expect(run(PYVM_BIN, ['-'], directory, input)).toEqual(run(pythonExecutable(), ['-'], directory, input));
  }, CLI_TIMEOUT_MS);
});
