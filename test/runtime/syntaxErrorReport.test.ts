// SyntaxError reports against python3's: first on exceptions with made-up
// attributes, printed by python3's own sys.excepthook; then on real files, where
// the report must equal the tail of what `python3 -m ast FILE` prints.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSyntaxErrorReport } from '../../src/runtime/syntaxErrorReport';
import { PySyntaxError, type SyntaxErrorKind, type SyntaxErrorLocation } from '../../src/tokenizer/syntaxError';
import { pythonJson } from '../support/python';
import { SeededRandom } from '../support/seededRandom';

interface ReportCase {
  kind: SyntaxErrorKind;
  msg: string;
  location: SyntaxErrorLocation;
}

const EXCEPTHOOK_ORACLE = `
import io, json, sys
reports = []
for case in json.load(sys.stdin):
    where = case['location']
    error = getattr(__builtins__, case['kind'])(case['msg'], (
        where['filename'], where['lineno'], where['offset'], where['text'], where['end_lineno'], where['end_offset']))
    sys.stderr = io.StringIO()
    sys.__excepthook__(type(error), error, None)
    reports.append(sys.stderr.getvalue())
    sys.stderr = sys.__stderr__
print(json.dumps(reports))
`;

/** For each file: the SyntaxError's attributes, and the report tail of \`python3 -m ast FILE\`. */
const FILE_ORACLE = `
import json, subprocess, sys
for path in json.load(sys.stdin):
    try:
        compile(open(path, 'rb').read(), path, 'exec')
        raise AssertionError(path + ' compiles')
    except SyntaxError as error:
        location = {'filename': error.filename, 'lineno': error.lineno, 'offset': error.offset,
                    'end_lineno': error.end_lineno, 'end_offset': error.end_offset, 'text': error.text}
        case = {'kind': type(error).__name__, 'msg': error.msg, 'location': location}
    stderr = subprocess.run([sys.executable, '-m', 'ast', path], capture_output=True, text=True).stderr
    print(json.dumps({'case': case, 'report': stderr[stderr.rindex('  File "'):]}))
`;

function report({ kind, msg, location }: ReportCase): string {
  return formatSyntaxErrorReport(new PySyntaxError(kind, msg, location));
}

const LEADS = ['', ' ', '    ', '\t', ' \t\f ', '\f', '\t  '];
const BODIES = [
  'x = (1 +', 'é = "éé" éé', "print 'x'", 'a\nb', 'foo(\n  bar', 'if x:\n    y = 日本 + 1', '', 'x', 'f(**a, *b)',
  'λ = lambda: ñ', 'a\n\nb\nc', '😀 = 1', 'x\x00y', 'def f(:',
];

function randomCase(random: SeededRandom): ReportCase {
  const text = random.chance(0.05) ? null : `${random.pick(LEADS)}${random.pick(BODIES)}${random.chance(0.7) ? '\n' : ''}`;
  const size = text === null ? 5 : Buffer.byteLength(text);
  const lineno = random.int(0, 3);
  const offset = random.chance(0.1) ? 0 : random.int(-2, size + 3);
  return {
    kind: random.pick<SyntaxErrorKind>(['SyntaxError', 'SyntaxError', 'SyntaxError', 'IndentationError', 'TabError']),
    msg: random.pick(['invalid syntax', '', "'(' was never closed", 'unexpected indent']),
    location: {
      filename: random.pick(['<stdin>', 'a.py', 'dir/ü.py', '']),
      lineno,
      offset,
      end_lineno: lineno + random.pick([0, 0, 0, 1, 2, -1]),
      end_offset: random.chance(0.2) ? random.pick([0, -1]) : offset + random.int(-2, size + 3),
      text,
    },
  };
}

describe('formatSyntaxErrorReport', () => {
  it("matches python3's sys.excepthook on made-up SyntaxError attributes", async () => {
    const random = new SeededRandom(11);
    const cases = Array.from({ length: 1500 }, () => randomCase(random));
    const [expected] = (await pythonJson(['-c', EXCEPTHOOK_ORACLE], cases)) as string[][];
    expect(expected).toHaveLength(cases.length);
    const mismatches = cases
      .map((errorCase, i) => ({ errorCase, expected: expected[i], actual: report(errorCase) }))
      .filter(({ expected, actual }) => expected !== actual);
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it('matches the report `python3 -m ast` prints for files with syntax errors', async () => {
    const sources = [
      'x = (1 +\n', '  \tfoo bar\n', 'if x:\n  pass\n    y\n', 'é = "éé" éé\n', 'x = f(a for a in b, c)\n',
      'a = 1 +\\\n  2 3\n', "s = '''abc\ndef\n", "print 'x'\n", 'def f(:\n   pass\n', '\x0c  x y\n', 'x = (1,\n 2 3)\n',
      'f(**a, *b)\n', 'x = [1,\n  2 for y in z]\n', 'if x:\n\tif y:\n        pass\n\t  z\n', 'x = "\\N{nope}"\n',
      'class C:\npass\n', 'def f():\n    return\n  x\n', 'x = $\n', "f'{a b}'\n", 'x = 1 if y\n', '日本 = 語 語\n',
      '(a, b) += 1\n', 'del f()\n', 'x = 0777\n', 'x = (\n', 'x = )\n', 'for x in range(10)\n    pass\n',
    ];
    const directory = mkdtempSync(join(tmpdir(), 'pyvm-syntax-'));
    const paths = sources.map((source, i) => {
      const path = join(directory, `case${i}.py`);
      writeFileSync(path, source);
      return path;
    });
    const results = (await pythonJson(['-c', FILE_ORACLE], paths)) as Array<{ case: ReportCase; report: string }>;
    expect(results).toHaveLength(sources.length);
    for (const { case: errorCase, report: expected } of results) expect(report(errorCase)).toBe(expected);
  }, 30_000);
});
