// %dis and %%dis on the real kernel, their functions called from cells as the magic
// framework calls them: each displays one display_data with text/html and text/plain,
// the text being python3's dis.dis output for the same code (the cell's code compiled
// under the cell's name, `<cell N>`), the HTML quoting the cell's source; %%dis does not
// run the cell; bad options are IPython's UsageError; no expression lists the last
// traceback with its instruction marked.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KernelClient } from './kernelClient';
import { pythonJson } from '../support/python';

const PYLIB = fileURLToPath(new URL('../../pylib', import.meta.url));
const DEFINITION = 'def f(x):\n    if x:\n        return x + 1\n    return None\n';
const CELL_BODY = 'z = [n for n in range(3)]\nz';

/** python3's dis.dis text for f (defined in cell 1) and for the %%dis cell run third. */
const PYTHON_TEXTS = `
import dis, io, json
from pyvm_kernel.dis_view import _compile_cell
def text(*objects, **options):
    out = io.StringIO()
    for i, obj in enumerate(objects):
        if i:
            out.write("\\n")
        dis.dis(obj, file=out, **options)
    return out.getvalue()
namespace = {}
exec(compile(${JSON.stringify(DEFINITION)}, "<cell 1>", "exec"), namespace)
print(json.dumps(text(namespace["f"])))
print(json.dumps(text(*_compile_cell("\\n" + ${JSON.stringify(CELL_BODY)}, "<cell 3>"), depth=0)))
`;

const withoutAddresses = (text: string) => text.replace(/ at 0x[0-9a-f]+/g, ' at 0x');

describe('%dis in the kernel', () => {
  let kernel: KernelClient;
  let expected: string[];

  /** The display_data bundles a cell published. */
  const displays = async (code: string) => {
    const { reply, iopub } = await kernel.execute(code);
    expect(reply.content, `${reply.content.ename}: ${reply.content.evalue}`).toMatchObject({ status: 'ok' });
    return iopub.filter((m) => m.header.msg_type === 'display_data').map((m) => (m.content as { data: Record<string, string> }).data);
  };

  beforeAll(async () => {
    [kernel, expected] = await Promise.all([
      KernelClient.start(),
      pythonJson(['-c', PYTHON_TEXTS], null, { ...process.env, PYTHONHASHSEED: '0', PYTHONPATH: PYLIB }) as Promise<string[]>,
    ]);
    await kernel.execute(DEFINITION);
  });
  afterAll(async () => {
    await kernel.close();
  });

  it('%dis f displays text/html and text/plain, the text as dis.dis prints it, the source beside it', async () => {
    const [bundle, ...more] = await displays('from pyvm_kernel.dis_view import dis_line_magic, dis_cell_magic\ndis_line_magic("f")');
    expect(more).toEqual([]);
    expect(Object.keys(bundle).sort()).toEqual(['text/html', 'text/plain']);
    expect(bundle['text/plain']).toBe(expected[0]);
    expect(bundle['text/html']).toMatch(/^<div class="pyvm-dis-[0-9a-f]{8}"><style>/);
    expect(bundle['text/html']).toMatch(/<td class="src"( rowspan="\d+")?>        return x \+ 1<\/td>/);
    expect(bundle['text/html']).toContain('data-code="f:1"');
  });

  it('%%dis lists the cell as the kernel compiles it, under its name, and does not run it', async () => {
    const [bundle] = await displays(`dis_cell_magic("--depth 0", ${JSON.stringify(CELL_BODY)})`);
    expect(withoutAddresses(bundle['text/plain'])).toBe(withoutAddresses(expected[1]));
    expect(bundle['text/plain']).toContain('file "<cell 3>", line 2>');
    expect(bundle['text/plain']).toContain('PRINT_EXPR');
    expect(bundle['text/html']).toContain('z = [n for n in range(3)]</td>');
    expect(bundle['text/html']).not.toContain('<details>');
    const { iopub } = await kernel.execute("'z' in globals()");
    expect(iopub.find((m) => m.header.msg_type === 'execute_result')?.content).toMatchObject({ data: { 'text/plain': 'False' } });
  });

  it('reports bad options as IPython does', async () => {
    const { reply } = await kernel.execute('dis_line_magic("--bogus f")');
    expect(reply.content).toMatchObject({
      status: 'error',
      ename: 'UsageError',
      evalue: 'option --bogus not recognized ( allowed: "" adaptive show-caches depth=)',
    });
    const depth = await kernel.execute('dis_line_magic("--depth two f")');
    expect(depth.reply.content).toMatchObject({ status: 'error', ename: 'UsageError', evalue: "option --depth takes an integer, not 'two'" });
  });

  it('lists where the last exception was raised when given no expression', async () => {
    await kernel.execute("f('a')");
    const [bundle] = await displays('dis_line_magic("")');
    expect(bundle['text/plain']).toMatch(/-->\s+\d+ BINARY_OP\s+0 \(\+\)/);
    expect(bundle['text/html']).toMatch(/<tr data-offset="\d+" class="cur">.*?<td class="m">--&gt;<\/td><td class="o">\d+<\/td><td class="op">BINARY_OP</);
  });
});
