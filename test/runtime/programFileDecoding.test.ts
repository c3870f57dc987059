// A program file (or stdin) as python3 reads it before tokenizing: source with no
// coding declaration must be UTF-8 on every line, comments included (compile() and
// import check less), and an unknown declared encoding is an "encoding problem". The
// reader goes line by line, so of a null byte and a byte that is not UTF-8 the earlier
// is reported (test_compile's test_particularly_evil_undecodable), a null byte at its
// line and not as compile() refuses a whole source.
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
  'null_byte.py': Buffer.from('x = 1\n\0\n'),
  'null_before_bad_byte.py': Buffer.from('0000\0\n00000000000\n\0\n\x9e\n', 'latin1'),
  'null_before_bad_byte_in_a_line.py': Buffer.from('#\0\xfd\n', 'latin1'),
  'bad_byte_before_null.py': Buffer.from('#\xfd\0\n', 'latin1'),
  'null_in_declared_latin1.py': Buffer.from('# coding: latin-1\nx = "\xe9"\n\0\n', 'latin1'),
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

  for (const name of ['bad_comment.py', 'null_before_bad_byte.py']) {
    it(`reads stdin the same way (${name})`, () => {
      requireBundle();
      const input = PROGRAMS[name];
      expect(run(PYVM_BIN, ['-'], directory, input)).toEqual(run(pythonExecutable(), ['-'], directory, input));
    }, CLI_TIMEOUT_MS);
  }
});
