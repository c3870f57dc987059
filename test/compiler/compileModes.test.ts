// compile()'s modes and flags against python3's: 'eval', 'single' (interactive, with
// PRINT_EXPR), and PyCF_ALLOW_TOP_LEVEL_AWAIT (a module with top-level await becomes
// a coroutine), compared through dis, or through the SyntaxError when compiling fails.
import { assert, beforeAll, describe, it } from 'vitest';
import { dis } from '../../src/bytecode/disassembler';
import { compile, CompileFlag, type CompileMode } from '../../src/compiler/compile';
import { setHashSeed } from '../../src/objects/hashSecret';
import { firstDifference, maskAddresses } from '../bytecode/pythonCode';
import { errorFacts } from '../support/parseOutcome';
import { pythonJson } from '../support/python';

interface Case {
  source: string;
  mode: CompileMode;
  flags: number;
}

const AWAIT = CompileFlag.ALLOW_TOP_LEVEL_AWAIT;

const CASES: Case[] = [
  { source: 'x + 1', mode: 'eval', flags: 0 },
  { source: '[y for y in range(x) if y % 2]', mode: 'eval', flags: 0 },
  { source: 'lambda: (yield)', mode: 'eval', flags: 0 },
  { source: 'x = 1', mode: 'eval', flags: 0 },
  { source: 'x', mode: 'single', flags: 0 },
  { source: 'x = 1', mode: 'single', flags: 0 },
  { source: 'if x:\n    print(x)\n', mode: 'single', flags: 0 },
  { source: 'def f():\n    x\n', mode: 'single', flags: 0 },
  { source: 'x: int = 1', mode: 'single', flags: 0 },
  { source: 'x = 1  # note\n\n# more\n', mode: 'single', flags: 0 },
  { source: 'x = 1\ny = 2\n', mode: 'single', flags: 0 },
  { source: 'x = 1; y = 2\n', mode: 'single', flags: 0 },
  { source: 'await f()', mode: 'exec', flags: AWAIT },
  { source: 'await f()', mode: 'exec', flags: 0 },
  { source: 'await f()', mode: 'eval', flags: AWAIT },
  { source: 'async with a as b:\n    pass\n', mode: 'exec', flags: AWAIT },
  { source: 'async for i in a:\n    print(i)\n', mode: 'exec', flags: AWAIT },
  { source: 'x = [y async for y in a]', mode: 'exec', flags: AWAIT },
  { source: 'x = [y async for y in a]', mode: 'exec', flags: 0 },
  { source: 'def f():\n    await g()\n', mode: 'exec', flags: AWAIT },
  { source: 'x = await f()\nprint(x)\n', mode: 'single', flags: AWAIT },
  { source: 'from __future__ import annotations\ndef f(x: int) -> list[str]: pass\n', mode: 'exec', flags: 0 },
  { source: 'from __future__ import barry_as_FLUFL\nx = 1 <> 2\n', mode: 'exec', flags: 0 },
];

const ORACLE = `
import dis, io, json, sys
for case in json.load(sys.stdin):
    try:
        code = compile(case['source'], '<case>', case['mode'], case['flags'])
    except SyntaxError as error:
        out = {'error': {'kind': type(error).__name__, 'msg': error.msg, 'lineno': error.lineno, 'offset': error.offset,
                         'end_lineno': error.end_lineno, 'end_offset': error.end_offset, 'text': error.text}}
    else:
        text = io.StringIO()
        dis.dis(code, file=text)
        out = {'dis': text.getvalue()}
    sys.stdout.write(json.dumps(out) + '\\n')
`;

type Outcome = { dis: string } | { error: ReturnType<typeof errorFacts> };

function pyvmOutcome({ source, mode, flags }: Case): Outcome {
  try {
    return { dis: dis(compile(source, '<case>', mode, { flags })) };
  } catch (error) {
    return { error: errorFacts(error) };
  }
}

describe('compile() modes and flags as python3', () => {
  let expected: Outcome[] = [];

  beforeAll(async () => {
    setHashSeed(0);
    expected = (await pythonJson(['-c', ORACLE], CASES, { ...process.env, PYTHONHASHSEED: '0' })) as Outcome[];
  });

  CASES.forEach((c, index) => {
    it(`${c.mode} flags=${c.flags}: ${JSON.stringify(c.source)}`, () => {
      const python = expected[index];
      const pyvm = pyvmOutcome(c);
      if ('error' in python || 'error' in pyvm) {
        assert.deepEqual(pyvm, python);
        return;
      }
      const difference = firstDifference(maskAddresses(python.dis), maskAddresses(pyvm.dis));
      if (difference !== null) assert.fail(difference);
    });
  });
});
