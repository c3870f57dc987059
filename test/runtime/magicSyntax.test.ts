// The transform of IPython's syntax against IPython's own (inputtransformer2's
// TransformerManager.transform_cell, IPython 8.12 under python3): the expected values
// below were printed by it. pyvm keeps the blank lines IPython drops (leading blank lines
// before a cell magic, the lines a backslash continuation joins), so that line numbers
// stay those of the cell as typed; the comparison leaves blank lines out.
import { describe, expect, it } from 'vitest';
import { isCellMagic, quotedSource, transformCell } from '../../src/runtime/magicSyntax';

const IPYTHON_TRANSFORMS: [cell: string, python: string][] = [
  ["%time x\n", "get_ipython().run_line_magic('time', 'x')\n"],
  ["if 1:\n    %time x\n    y\n", "if 1:\n    get_ipython().run_line_magic('time', 'x')\n    y\n"],
  ["x = %who_ls\n", "x = get_ipython().run_line_magic('who_ls', '')\n"],
  ["!ls $x\n", "get_ipython().system('ls $x')\n"],
  ["x = !ls\n", "x = get_ipython().getoutput('ls')\n"],
  ["x = ! ls -l\n", "x = get_ipython().getoutput(' ls -l')\n"],
  ["!!ls\n", "get_ipython().getoutput('ls')\n"],
  ["foo?\n", "get_ipython().run_line_magic('pinfo', 'foo')\n"],
  ["foo.bar??\n", "get_ipython().run_line_magic('pinfo2', 'foo.bar')\n"],
  ["x = foo?\n", "get_ipython().run_line_magic('pinfo', 'foo')\n"],
  ["?foo\n", "get_ipython().run_line_magic('pinfo', 'foo')\n"],
  ["??foo\n", "get_ipython().run_line_magic('pinfo2', 'foo')\n"],
  ["%time?\n", "get_ipython().run_line_magic('pinfo', '%time')\n"],
  ["%%time x\nabc\n", "get_ipython().run_cell_magic('time', 'x', 'abc\\n')\n"],
  ["\n%%time\nabc", "get_ipython().run_cell_magic('time', '', 'abc\\n')\n"],
  ["s = '%time x'\n", "s = '%time x'\n"],
  ["a = '''\n%time\n!ls\n'''\n", "a = '''\n%time\n!ls\n'''\n"],
  ["%cd 'foo\n", "get_ipython().run_line_magic('cd', \"'foo\")\n"],
  ["!echo it's\n", "get_ipython().system(\"echo it's\")\n"],
  ["x = !echo \"it's\"\n", "x = get_ipython().getoutput('echo \"it\\'s\"')\n"],
  [",f a b\n", "f(\"a\", \"b\")\n"],
  ["/f a b\n", "f(a, b)\n"],
  [";f a b\n", "f(\"a b\")\n"],
  ["print(1); %time x\n", "print(1); %time x\n"],
  ["f(1,\n!x)\n", "f(1,\n!x)\n"],
  ["%%time?\n", "get_ipython().run_line_magic('pinfo', '%%time')\n"],
  ["x == %foo\n", "x == %foo\n"],
  ["%time  x  \n", "get_ipython().run_line_magic('time', ' x')\n"],
  ["%\n", "get_ipython().run_line_magic('', '')\n"],
  ["!\n", "get_ipython().system('')\n"],
  ["?\n", "get_ipython().show_usage()\n"],
  ["x = 1 # ?\n", "x = 1 # ?\n"],
  ["print('?')?\n", "print('?')?\n"],
  ["d[%x] = 1\n", "d[%x] = 1\n"],
  ["(a, b) = %foo\n", "(a, b) = get_ipython().run_line_magic('foo', '')\n"],
  ["for i in range(3):\n    !echo {i}\n    x = !echo $i\n", "for i in range(3):\n    get_ipython().system('echo {i}')\n    x = get_ipython().getoutput('echo $i')\n"],
  ["x = 1\n%cd 'a b\n%pwd\nprint('%pwd')\n", "x = 1\nget_ipython().run_line_magic('cd', \"'a b\")\nget_ipython().run_line_magic('pwd', '')\nprint('%pwd')\n"],
  ["é = 'é'; %time é\n", "é = 'é'; %time é\n"],
  ["é = 1\n%time é\n", "é = 1\nget_ipython().run_line_magic('time', 'é')\n"],
  ["%%writefile f.py\nprint('%s' % 1)\n!ls\n", "get_ipython().run_cell_magic('writefile', 'f.py', \"print('%s' % 1)\\n!ls\\n\")\n"],
  ["x = [1,\n     2]\n!ls\n", "x = [1,\n     2]\nget_ipython().system('ls')\n"],
  ["%env A=1\n", "get_ipython().run_line_magic('env', 'A=1')\n"],
  ["def f():\n    %time 1\n", "def f():\n    get_ipython().run_line_magic('time', '1')\n"],
  ["%time print(\"\"\"a\nb\"\"\")\n", "get_ipython().run_line_magic('time', 'print(\"\"\"a')\nb\"\"\")\n"],
  ["%%dis\ndef f(): pass\n", "get_ipython().run_cell_magic('dis', '', 'def f(): pass\\n')\n"],
  ["%%time\n", "get_ipython().run_cell_magic('time', '', '')\n"],
  ["\n\n%%time\nx\n", "get_ipython().run_cell_magic('time', '', 'x\\n')\n"],
];

const withoutBlankLines = (text: string) => text.split('\n').filter((line) => line !== '').join('\n');

describe('IPython syntax in a cell', () => {
  it('becomes the calls IPython generates', () => {
    for (const [cell, python] of IPYTHON_TRANSFORMS) expect(withoutBlankLines(transformCell(cell)), JSON.stringify(cell)).toBe(withoutBlankLines(python));
  });

  it('keeps the number of every line', () => {
    expect(transformCell('%%time\nx')).toBe("get_ipython().run_cell_magic('time', '', 'x\\n')\n");
    expect(transformCell('\n%%time\nx\n')).toBe("\nget_ipython().run_cell_magic('time', '', 'x\\n')\n");
    expect(transformCell('%time \\\n  x\ny\n')).toBe("get_ipython().run_line_magic('time', '   x')\n\ny\n");
    const cell = 'a = 1\nif a:\n    %cd /\n    b = !ls\nc = 1/0\n';
    expect(transformCell(cell).split('\n')).toHaveLength(cell.split('\n').length);
  });

  it('leaves code without IPython syntax as it is', () => {
    for (const code of ['x = 1 % 2\n', 's = "!ls"\n', 'a = """\n%time\n"""\n', 'print(x)  # %time?\n', 'x != y\n']) expect(transformCell(code)).toBe(code);
  });

  it('tells cell magics', () => {
    expect(isCellMagic('%%time\nx')).toBe(true);
    expect(isCellMagic('\n  \n%%writefile a\n')).toBe(true);
    expect(isCellMagic('%%time?')).toBe(false);
    expect(isCellMagic('x = 1\n%%time\n')).toBe(false);
  });
});

describe('the source tracebacks quote', () => {
  it('is the cell as run, but a cell magic\'s body as typed', () => {
    expect(quotedSource('%time 1\nx = 1\n', transformCell('%time 1\nx = 1\n'))).toBe("get_ipython().run_line_magic('time', '1')\nx = 1\n");
    const cell = '\n%%time\na = 1\nb = 1/0\n';
    expect(quotedSource(cell, transformCell(cell))).toBe("\nget_ipython().run_cell_magic('time', '', 'a = 1\\nb = 1/0\\n')\na = 1\nb = 1/0\n");
  });
});
