// is_complete's answers against IPython's check_complete (Debian's IPython 8, which
// ipykernel asks): the expected values below were printed by it.
import { describe, expect, it } from 'vitest';
import { checkCompleteness } from '../../src/runtime/inputCompleteness';

const IPYTHON_ANSWERS: [source: string, status: string, indent?: number][] = [
  ['1+1', 'complete'],
  ['1+1\n', 'complete'],
  ['for i in range(3):', 'incomplete', 4],
  ['for i in range(3):\n', 'incomplete', 4],
  ['for i in range(3):\n    print(i)', 'incomplete', 4],
  ['for i in range(3):\n    print(i)\n', 'complete'],
  ['for i in range(3):\n    print(i)\n\n', 'complete'],
  ['x = (1,', 'incomplete', 0],
  ['x = """', 'incomplete', 0],
  ['1+1)', 'invalid'],
  ['raise = 2', 'invalid'],
  ['def f():\n  pass\n  ', 'complete'],
  ['a = \\', 'incomplete', 0],
  ['  x=1', 'complete'],
  ['if x:\n\tpass', 'incomplete', 4],
  ['print(1', 'incomplete', 0],
  ['x=1;', 'complete'],
  ['if 1:\n    if 2:\n        pass', 'incomplete', 8],
  ['if 1:\n    x\nelse:', 'incomplete', 4],
  ['', 'complete'],
  ['# c', 'complete'],
  ['@dec', 'incomplete', 0],
  ['class A:\n    def f(self):', 'incomplete', 8],
  ['x = [\n  1,\n', 'incomplete', 2],
  ['x ==', 'invalid'],
  ['x = 1\ny =', 'invalid'],
  ['"abc', 'invalid'],
  ['f(**)', 'invalid'],
  ['if True:\n    x = (1,\n', 'incomplete', 4],
  ['def f(\n', 'incomplete', 0],
  // IPython's syntax: a cell magic ends with a blank line; other escapes are lines of Python once transformed.
  ['%%time\nx', 'incomplete', 0],
  ['%%time\nx\n', 'incomplete', 0],
  ['%%time\nx\n\n', 'complete'],
  ['%%time', 'incomplete', 0],
  ['%%time\n  x', 'incomplete', 2],
  ['%%writefile a.py\nimport os\n   ', 'complete'],
  ['%time x', 'complete'],
  ['!ls', 'complete'],
  ['x = !ls', 'complete'],
  ['foo?', 'complete'],
  ['for i in x:\n    %time i', 'incomplete', 4],
  ['for i in x:\n    !ls\n\n', 'complete'],
  ["%cd 'a b", 'complete'],
  ['x = %time (', 'complete'],
];

describe('checkCompleteness', () => {
  it.each(IPYTHON_ANSWERS)('%j is %s', (source, status, indent) => {
    const expected = status === 'incomplete' ? { status, indent: ' '.repeat(indent!) } : { status };
    expect(checkCompleteness(source)).toEqual(expected);
  });
});
