// IPython's magics and shell escapes on the real kernel: each one's output against
// the format IPython 8 prints (times as patterns), the transform leaving strings alone
// and line numbers in place, UsageError as ipykernel reports it, %load's payload,
// %%writefile then %run, shell commands with $var expansion, their output captured
// (x = !cmd) and an interrupted `!sleep`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Execution, KernelClient, ofType } from './kernelClient';

/** What a cell printed on one stream. */
function stream(execution: Execution, name = 'stdout'): string {
  return ofType(execution.iopub, 'stream').filter((m) => m.content.name === name).map((m) => m.content.text).join('');
}

/** The text/plain of a cell's execute_result, or null. */
function result(execution: Execution): string | null {
  const [message] = ofType(execution.iopub, 'execute_result');
  return message === undefined ? null : (message.content.data as Record<string, string>)['text/plain'];
}

/** IPython's _format_time: 3 significant digits and a unit. */
const TIME = String.raw`\d+(?:\.\d+)? (?:s|ms|µs|ns)`;
const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

describe('pyvm kernel magics', () => {
  let kernel: KernelClient;
  const directory = mkdtempSync(join(tmpdir(), 'pyvm-magics-'));
  const run = async (code: string) => {
    const execution = await kernel.execute(code);
    return execution;
  };
  const ok = async (code: string) => {
    const execution = await run(code);
    expect(execution.reply.content.status, `${code}: ${JSON.stringify(execution.reply.content)}`).toBe('ok');
    return execution;
  };

  beforeAll(async () => {
    kernel = await KernelClient.start();
    await ok(`import os\nos.chdir(${JSON.stringify(directory)})`);
  });
  afterAll(async () => {
    await kernel.close();
  });

  it('%time and %%time print CPU and wall times and give the value', async () => {
    const line = await ok('%time sum(range(1000))');
    expect(stream(line)).toMatch(new RegExp(`^CPU times: user ${TIME}, sys: ${TIME}, total: ${TIME}\nWall time: ${TIME}\n$`));
    expect(result(line)).toBe('499500');
    const cell = await ok('%%time\ny = 6\ny * 7\n');
    expect(stream(cell)).toMatch(new RegExp(`^CPU times: user ${TIME}, sys: ${TIME}, total: ${TIME}\nWall time: ${TIME}\n$`));
    expect(result(cell)).toBe('42');
    expect(result(await ok('y'))).toBe('6');
  });

  it('%timeit and %%timeit print IPython\'s summary line, and -o gives the TimeitResult', async () => {
    const line = await ok('%timeit -n 10 -r 3 x = 1');
    // IPython's warning about a run much slower than the others may come first.
    expect(stream(line)).toMatch(new RegExp(`^(?:The slowest run took .*\n)?${TIME} ± ${TIME} per loop \\(mean ± std\\. dev\\. of 3 runs, 10 loops each\\)\n$`));
    const cell = await ok('%%timeit -n 1 -r 1 data = list(range(50))\nsorted(data)\n');
    expect(stream(cell)).toMatch(new RegExp(`^(?:The slowest run took .*\n)?${TIME} ± ${TIME} per loop \\(mean ± std\\. dev\\. of 1 run, 1 loop each\\)\n$`));
    const quiet = await ok('t = %timeit -q -o -n 2000 -r 2 pass\n(t.loops, t.repeat, len(t.all_runs), t.best <= t.average, type(t).__name__)');
    expect(stream(quiet)).toBe('');
    expect(result(quiet)).toBe("(2000, 2, 2, True, 'TimeitResult')");
    expect(result(await ok('t'))).toMatch(new RegExp(`^<TimeitResult : ${TIME} ± ${TIME} per loop \\(mean ± std\\. dev\\. of 2 runs, 2,000 loops each\\)>$`));
  });

  it('%timeit ranges the loop count as IPython does: powers of 10 until a run takes 0.2 s', async () => {
    const ranged = await ok('import time\nr = %timeit -o -r 1 time.sleep(0.05)\nr.loops');
    expect(result(ranged)).toBe('10');
  });

  it('%who, %whos and %reset -f', async () => {
    await ok('%reset -f');
    expect(stream(await ok('%who'))).toBe('Interactive namespace is empty.\n');
    await ok('alpha = 123\nbeta = "test"\ngamma = [1, 2]\ndef fn(): pass');
    expect(stream(await ok('%who'))).toBe('alpha\t beta\t fn\t gamma\t \n');
    expect(stream(await ok('%who str'))).toBe('beta\t \n');
    expect(stream(await ok('%who dict'))).toBe('No variables match your requested type.\n');
    expect(stream(await ok('%whos'))).toMatch(new RegExp([
      'Variable   Type        Data/Info',
      '--------------------------------',
      'alpha      int         123',
      'beta       str         test',
      'fn         function    <function fn at 0x[0-9a-f]+>',
      'gamma      list        n=2',
      '',
    ].join('\n').replace(/[()]/g, '\\$&')));
    expect(result(await ok('%who_ls'))).toBe("['alpha', 'beta', 'fn', 'gamma']");
    await ok('%reset -f');
    expect(stream(await ok('%who'))).toBe('Interactive namespace is empty.\n');
    expect(result(await ok('type(In).__name__, len(Out)'))).toBe("('list', 0)");
  });

  it('%%writefile writes, overwrites and appends; %run runs the file as __main__ into the namespace', async () => {
    expect(stream(await ok('%%writefile script.py\nimport sys\nvalue = 6 * 7\nprint(__name__, sys.argv[1:])\n'))).toBe('Writing script.py\n');
    expect(stream(await ok('%%writefile script.py\nimport sys\nvalue = 6 * 7\nprint(__name__, sys.argv[1:])\n'))).toBe('Overwriting script.py\n');
    expect(stream(await ok('%%writefile -a script.py\nextra = value + 1\n'))).toBe('Appending to script.py\n');
    expect(readFileSync(join(directory, 'script.py'), 'utf8')).toBe('import sys\nvalue = 6 * 7\nprint(__name__, sys.argv[1:])\nextra = value + 1\n');
    expect(stream(await ok('%run script.py a b'))).toBe("__main__ ['a', 'b']\n");
    expect(result(await ok('value, extra, __name__'))).toBe("(42, 43, '__main__')");
    const missing = await run('%run nowhere.py');
    expect(missing.reply.content).toMatchObject({ status: 'error', ename: 'Exception', evalue: "File `'nowhere.py'` not found." });
  });

  it('%load replaces the cell with the file, as ipykernel\'s set_next_input payload', async () => {
    writeFileSync(join(directory, 'loaded.py'), 'print("loaded")\n');
    const load = await ok('%load loaded.py');
    expect(load.reply.content.payload).toEqual([{ source: 'set_next_input', text: '# %load loaded.py\nprint("loaded")\n', replace: true }]);
  });

  it('%pwd, %cd (with -) and %env', async () => {
    expect(result(await ok('%pwd'))).toBe(`'${directory}'`);
    expect(stream(await ok(`%cd ${directory}/nowhere`))).toBe(`[Errno 2] No such file or directory: '${directory}/nowhere'\n${process.cwd()}\n`);
    // `%cd -` goes back to the directory before, in %cd's history (_dh).
    expect(stream(await ok('%cd /'))).toBe('/\n');
    expect(stream(await ok(`%cd ${directory}`))).toBe(`${directory}\n`);
    expect(stream(await ok('%cd -'))).toBe('/\n');
    expect(stream(await ok('%cd -'))).toBe(`${directory}\n`);
    expect(result(await ok('import os; os.getcwd()'))).toBe(`'${directory}'`);
    expect(stream(await ok('%env PYVM_MAGIC=1'))).toBe('env: PYVM_MAGIC=1\n');
    expect(stream(await ok('%env PYVM_OTHER two words'))).toBe('env: PYVM_OTHER=two words\n');
    expect(result(await ok('%env PYVM_MAGIC'))).toBe("'1'");
    expect(result(await ok('e = %env\ntype(e).__name__, e["PYVM_OTHER"]'))).toBe("('dict', 'two words')");
    const missing = await run('%env PYVM_NOT_SET');
    expect(stream(missing, 'stderr')).toBe('UsageError: Environment does not have key: PYVM_NOT_SET\n');
  });

  it('reports an unknown magic as IPython does: UsageError on stderr, no traceback', async () => {
    const unknown = await run('%nosuchmagic 1');
    expect(unknown.reply.content).toMatchObject({ status: 'error', ename: 'UsageError', evalue: 'Line magic function `%nosuchmagic` not found.', traceback: [] });
    expect(stream(unknown, 'stderr')).toBe('UsageError: Line magic function `%nosuchmagic` not found.\n');
    expect(ofType(unknown.iopub, 'error')).toEqual([]);
    expect(stream(await run('%writefile x'), 'stderr')).toBe('UsageError: Line magic function `%writefile` not found (But cell magic `%%writefile` exists, did you mean that instead?).\n');
    expect(stream(await run('%%nosuch\nx'), 'stderr')).toBe('UsageError: Cell magic `%%nosuch` not found.\n');
    expect(stream(await run('%%writefile\nx\n'), 'stderr')).toBe('UsageError: the following arguments are required: filename\n');
    expect(stream(await run('%%writefile a b\nx\n'), 'stderr')).toBe('UsageError: unrecognized arguments: b\n');
    expect(stream(await run('%%time\n'), 'stderr')).toBe('UsageError: %%time is a cell magic, but the cell body is empty. Did you mean the line magic %time (single %)?\n');
  });

  it('%lsmagic lists the magics; %magic and %time? page their documentation', async () => {
    const listing = result(await ok('%lsmagic'))!;
    expect(listing).toMatch(/^Available line magics:\n%cd {2}%conda {2}.*%time {2}%timeit.*\n\nAvailable cell magics:\n%%bash {2}.*%%writefile\n\nAutomagic is OFF, % prefix IS needed for line magics\.$/s);
    const magic = await ok('%magic');
    expect((magic.reply.content.payload as { data: Record<string, string> }[])[0].data['text/plain']).toContain("IPython's 'magic' functions");
    const help = await ok('%time?');
    expect(stripAnsi((help.reply.content.payload as { data: Record<string, string> }[])[0].data['text/plain'])).toMatch(/^Docstring:\nTime execution of a Python statement or expression\./);
  });

  it('%history lists the session\'s cells as typed, with -n and ranges', async () => {
    const fresh = await KernelClient.start();
    try {
      for (const code of ['a = 1', '%time a', 'for i in range(2):\n    pass']) await fresh.execute(code);
      expect(stream(await fresh.execute('%history'))).toBe('a = 1\n%time a\nfor i in range(2):\n    pass\n%history\n');
      expect(stream(await fresh.execute('%history -n 1-2'))).toBe('   1: a = 1\n   2: %time a\n');
      expect(stream(await fresh.execute('%history -n 3'))).toBe('   3:\nfor i in range(2):\n    pass\n');
      expect(stream(await fresh.execute('%history -t 2'))).toBe("get_ipython().run_line_magic('time', 'a')\n");
      expect(stream(await fresh.execute('%history -l 2'))).toBe('%history -n 3\n%history -t 2\n');
      expect(result(await fresh.execute('In[2]'))).toBe('"get_ipython().run_line_magic(\'time\', \'a\')"');
    } finally {
      await fresh.close();
    }
  });

  it('never touches strings, comments or lines that are not escapes', async () => {
    const code = 's = "%time x"\nt = \'\'\'\n!ls\n%%time\n\'\'\'\nu = 10 % 3  # %who\n[s, t, u]';
    expect(result(await ok(code))).toBe("['%time x', '\\n!ls\\n%%time\\n', 1]");
  });

  it('keeps the user\'s line numbers in tracebacks after a transform', async () => {
    const failing = await run('x = 1\n%cd .\nif x:\n    !true\n    y = !echo\n1/0\n');
    expect(failing.reply.content.ename).toBe('ZeroDivisionError');
    const traceback = stripAnsi((failing.reply.content.traceback as string[]).join('\n'));
    expect(traceback).toMatch(/Cell In \[\d+\], line 6/);
    expect(traceback).toContain('----> 6 1/0');
    const cellMagic = await run('%%time\na = 1\n\nb = 1/0\n');
    const cellTraceback = stripAnsi((cellMagic.reply.content.traceback as string[]).join('\n'));
    expect(cellTraceback).toMatch(/Cell In \[\d+\], line 4/);
    expect(cellTraceback).toContain('----> 4 b = 1/0');
    const timed = await run('%time 1/0');
    expect(stripAnsi((timed.reply.content.traceback as string[]).join('\n'))).toContain('File <timed eval>:1');
  });

  it('runs shell commands: output streamed, $var and {expr} expanded, _exit_code set', async () => {
    await ok('name = "world"\nn = 3');
    const echo = await ok('!echo hello $name {n * 2}');
    expect(stream(echo)).toBe('hello world 6\n');
    expect(stream(await ok('!echo oops >&2'), 'stderr')).toBe('oops\n');
    expect(result(await ok('!exit 3\n_exit_code'))).toBe('3');
    expect(result(await ok("!echo '$name'\n_exit_code"))).toBe('0');
    expect(result(await ok('!printf "a b\\nc d\\n"\n_exit_code'))).toBe('0');
    const captured = await ok('files = !printf "one 1\\ntwo 2\\n"\nfiles, files.s, files.n, files.fields(1), type(files).__name__');
    expect(result(captured)).toBe("(['one 1', 'two 2'], 'one 1 two 2', 'one 1\\ntwo 2', ['1', '2'], 'SList')");
    expect(result(await ok('!!echo twice'))).toBe("['twice']");
    expect(result(await ok('for k in range(2):\n    out = !echo $k\nout'))).toBe("['1']");
  });

  it('streams a command\'s output while it runs; %%bash runs the cell with bash', async () => {
    const id = await kernel.request('shell', 'execute_request', { code: '!echo first; sleep 1; echo second', silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
    await kernel.iopubMessage((m) => m.parent_header.msg_id === id && m.header.msg_type === 'stream' && String(m.content.text).includes('first'));
    const firstSeen = Date.now();
    await kernel.reply('shell', id);
    expect(Date.now() - firstSeen).toBeGreaterThan(600);
    await kernel.iopubUntilIdle(id);
    expect(stream(await ok('%%bash\nfor i in 1 2; do echo "line $i"; done\n'))).toBe('line 1\nline 2\n');
  });

  it('an interrupt kills a running shell command and ends the cell with KeyboardInterrupt', async () => {
    const started = Date.now();
    const id = await kernel.request('shell', 'execute_request', { code: '!sleep 10', silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await kernel.request('control', 'interrupt_request', {});
    const reply = await kernel.reply('shell', id, 10_000);
    expect(reply.content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(stream(await ok('!echo after'))).toBe('after\n');
  });

  it('%pip and %conda say clearly that they are not supported; %matplotlib is accepted', async () => {
    const pip = await run('%pip install requests');
    expect(stream(pip, 'stderr')).toMatch(/^UsageError: %pip is not supported in pyvm/);
    expect(stream(await run('%conda install x'), 'stderr')).toMatch(/^UsageError: %conda is not supported in pyvm/);
    const matplotlib = await ok('%matplotlib inline');
    expect(stream(matplotlib, 'stderr')).toMatch(/^%matplotlib: matplotlib does not run on pyvm/);
  });

  it('registers magic functions of the user\'s, and answers `obj?` inside a cell', async () => {
    await ok('def shout(line):\n    return line.upper()\nget_ipython().register_magic_function(shout)');
    expect(result(await ok('%shout hi there'))).toBe("'HI THERE'");
    await ok('def twice(line, cell):\n    return cell * 2\nget_ipython().register_magic_function(twice, "cell")');
    expect(result(await ok('%%twice\nab'))).toBe("'ab\\nab\\n'");
    const help = await ok('x = 1\nlen?');
    expect((help.reply.content.payload as unknown[]).length).toBe(1);
  });

  it('%dis and %%dis display pyvm_kernel.dis_view\'s listing', async () => {
    await ok('def disassembled(x):\n    return x + 1');
    const line = await ok('%dis disassembled');
    const [bundle] = ofType(line.iopub, 'display_data').map((m) => (m.content as { data: Record<string, string> }).data);
    expect(bundle['text/plain']).toContain('RETURN_VALUE');
    expect(Object.keys(bundle).sort()).toEqual(['text/html', 'text/plain']);
    const cell = await ok('%%dis\nnot_run = 1\n');
    expect(ofType(cell.iopub, 'display_data')).toHaveLength(1);
    expect(result(await ok("'not_run' in globals()"))).toBe('False');
  });

  it('%dis and %%dis hand pyvm_kernel.dis_view their line as typed and their cell', async () => {
    const stub = 'def dis_line_magic(line):\n    print("line", repr(line))\n\ndef dis_cell_magic(line, cell):\n    print("cell", repr(line), repr(cell))\n';
    await ok(`import sys, types\nstub = types.ModuleType("pyvm_kernel.dis_view")\nexec(${JSON.stringify(stub)}, stub.__dict__)\nsys.modules["pyvm_kernel.dis_view"] = stub`);
    expect(stream(await ok('%dis f {x}'))).toBe("line 'f {x}'\n");
    expect(stream(await ok('%%dis --depth 1\nx = 1\n'))).toBe("cell '--depth 1' 'x = 1\\n'\n");
  });
});
