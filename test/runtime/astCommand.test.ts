// `pyvm -m ast` against `python3 -m ast`: the command line handling (options,
// abbreviations, usage errors, help at several terminal widths, files and stdin)
// and the plumbing to the parser and the SyntaxError report, on two tiny sources
// (the parser itself is compared with python3 on the whole standard library elsewhere).
// The command runs in this process, with stdin stubbed.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pythonJson } from '../support/python';

const STDIN = 'x\n';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: unknown, ...rest: unknown[]) =>
    path === 0 ? Buffer.from(STDIN) : (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest)) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const { runAstCommand } = await import('../../src/runtime/astCommand');

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

const ORACLE = `
import json, os, subprocess, sys
request = json.load(sys.stdin)
for args, columns in request['cases']:
    done = subprocess.run([sys.executable, '-m', 'ast', *args], input=request['stdin'], capture_output=True,
                          text=True, cwd=request['cwd'], env=dict(os.environ, COLUMNS=str(columns)))
    print(json.dumps({'status': done.returncode, 'stdout': done.stdout, 'stderr': done.stderr}))
`;

const ARGUMENT_VECTORS: string[][] = [
  [], ['-h'], ['--help'], ['--he'], ['-ah'], ['-hx'], ['x.py'], ['-a', 'x.py'], ['x.py', '-a'], ['-m', 'eval'], ['-m=eval'],
  ['-meval'], ['--mod=eval'], ['--mode', 'single', 'x.py'], ['-m', 'foo'], ['-m', ''], ["-mit's"], ['-m'], ['-i'], ['-i', 'x'],
  ['-i', '-1'], ['-i', '0'], ['-i', '1_0'], ['-i', ' 3 '], ['-i', '٣'], ['-i=2'], ['-i2'], ['--indent=5'], ['--indent='],
  ['--in', '2'], ['--i'], ['--no-type-comments'], ['--no'], ['--no-type-comments=1'], ['-a=1'], ['-a='], ['-ax'], ['-ai2'],
  ['-ai', '2'], ['-a b'], ['-i', '1e3'], ['-i', '-x'], ['nosuchfile'], ["it's"], [''], ['d'], ['x.py', 'x.py'], ['--bogus'],
  ['-x'], ['-x', '-h'], ['-h', '-x'], ['--'], ['--', '-a'], ['x.py', '--'], ['--', 'x.py'], ['x.py', '--', '-a'], ['-'],
  ['-', '-a'], ['-m', 'exec', '-m', 'eval'], ['-1'], ['-1', '-a'], ['---'], ['--help=1'], ['a b'], ['xy.py'], ['-a', 'xy.py'],
  ['--mode=--'], ['--indent=--', 'xy.py'], ['--indent=--'],
];

const HELP_WIDTHS = [1, 20, 40, 60, 79, 100, 200];

describe('runAstCommand', () => {
  let directory: string;
  let savedColumns: string | undefined;

  beforeEach(() => {
    savedColumns = process.env.COLUMNS;
  });
  afterEach(() => {
    // Assigning undefined to an environment variable would set it to 'undefined'.
    if (savedColumns === undefined) delete process.env.COLUMNS;
    else process.env.COLUMNS = savedColumns;
  });

  function runPyvm(args: string[], columns: number): Run {
    process.env.COLUMNS = String(columns);
    const stdout: string[] = [];
    const stderr: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((text) => (stdout.push(String(text)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => (stderr.push(String(text)), true));
    const cwd = process.cwd();
    process.chdir(directory);
    try {
      const status = runAstCommand(args);
      return { status, stdout: stdout.join(''), stderr: stderr.join('') };
    } finally {
      process.chdir(cwd);
      vi.restoreAllMocks();
    }
  }

  it('handles its command line as python3 -m ast does', async () => {
    directory = mkdtempSync(join(tmpdir(), 'pyvm-ast-command-'));
    writeFileSync(join(directory, 'x.py'), 'x\n');
    writeFileSync(join(directory, 'xy.py'), 'x y\n');
    mkdirSync(join(directory, 'd'));
    const cases: Array<[string[], number]> = [
      ...ARGUMENT_VECTORS.map((args): [string[], number] => [args, 80]),
      ...HELP_WIDTHS.flatMap((columns): Array<[string[], number]> => [[['-h'], columns], [['-x'], columns]]),
    ];
    const expected = (await pythonJson(['-c', ORACLE], { cases, stdin: STDIN, cwd: directory })) as Run[];
    expect(expected).toHaveLength(cases.length);
    cases.forEach(([args, columns], i) => {
      const actual = runPyvm(args, columns);
      const wanted = expected[i];
      // After an uncaught exception python3 prints a traceback of its own code; only its report part is pyvm's.
      const reportStart = wanted.stderr.lastIndexOf('  File "');
      const lastLine = wanted.stderr.slice(wanted.stderr.lastIndexOf('\n', wanted.stderr.length - 2) + 1);
      const wantedStderr = !wanted.stderr.startsWith('Traceback')
        ? wanted.stderr
        : wanted.stderr.includes('SyntaxError')
          ? wanted.stderr.slice(reportStart)
          : lastLine;
      expect({ args, columns, ...actual }).toEqual({ args, columns, ...wanted, stderr: wantedStderr });
    });
  }, 60_000);
});
