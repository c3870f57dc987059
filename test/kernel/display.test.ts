// IPython.display on the real kernel: display(), display handles and update_display,
// clear_output, the rich display objects, raw bundles and metadata, and
// `_repr_mimebundle_` for display() and execute_result — messages shaped as ipykernel
// (Debian's, IPython 8.5) shapes them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KernelClient, ofType } from './kernelClient';

/** A 1×1 PNG. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a10000000049454e44ae426082', 'hex');

describe('pyvm kernel display', () => {
  let kernel: KernelClient;
  /** The cell's iopub messages between execute_input and idle, as [type, content]. */
  const outputs = async (code: string) => {
    const { reply, iopub } = await kernel.execute(code);
    expect(reply.content).toMatchObject({ status: 'ok' });
    return iopub.filter((m) => !['status', 'execute_input'].includes(m.header.msg_type)).map((m) => [m.header.msg_type, m.content]);
  };

  beforeAll(async () => {
    kernel = await KernelClient.start();
  });
  afterAll(async () => {
    await kernel.close();
  });

  it('publishes display_data, updates through a handle, clears, in order with the prints', async () => {
    const messages = await outputs([
      'from IPython.display import display, HTML, clear_output',
      'print("before")',
      'h = display(HTML("<b>x</b>"), display_id=True)',
      'h.update("y")',
      'display(1, 2)',
      'clear_output(wait=True)',
      'print(h)',
    ].join('\n'));
    const id = (messages[1][1] as { transient: { display_id: string } }).transient.display_id;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(messages).toEqual([
      ['stream', { name: 'stdout', text: 'before\n' }],
      ['display_data', { data: { 'text/plain': '<IPython.core.display.HTML object>', 'text/html': '<b>x</b>' }, metadata: {}, transient: { display_id: id } }],
      ['update_display_data', { data: { 'text/plain': "'y'" }, metadata: {}, transient: { display_id: id } }],
      ['display_data', { data: { 'text/plain': '1' }, metadata: {}, transient: {} }],
      ['display_data', { data: { 'text/plain': '2' }, metadata: {}, transient: {} }],
      ['clear_output', { wait: true }],
      ['stream', { name: 'stdout', text: `<DisplayHandle display_id=${id}>\n` }],
    ]);
  });

  it('updates a display by its id', async () => {
    expect(await outputs('from IPython.display import display, update_display\ndisplay("a", display_id="q")\nupdate_display("b", display_id="q")')).toEqual([
      ['display_data', { data: { 'text/plain': "'a'" }, metadata: {}, transient: { display_id: 'q' } }],
      ['update_display_data', { data: { 'text/plain': "'b'" }, metadata: {}, transient: { display_id: 'q' } }],
    ]);
  });

  it('shows the rich display objects with their MIME types and metadata', async () => {
    const messages = await outputs([
      'from IPython.display import Markdown, JSON, SVG, Latex, Math, Javascript, Pretty, Code',
      'display(Markdown("*a*"), JSON({"a": [1]}), SVG("<?xml version=\'1.0\'?><svg></svg>"), Latex("$x$"), Math("x^2"), Javascript("1"), Pretty("p"), Code("x = 1"))',
    ].join('\n'));
    expect(messages.map(([, content]) => content)).toEqual([
      { data: { 'text/plain': '<IPython.core.display.Markdown object>', 'text/markdown': '*a*' }, metadata: {}, transient: {} },
      { data: { 'text/plain': '<IPython.core.display.JSON object>', 'application/json': { a: [1] } }, metadata: { 'application/json': { expanded: false, root: 'root' } }, transient: {} },
      { data: { 'text/plain': '<IPython.core.display.SVG object>', 'image/svg+xml': '<svg></svg>' }, metadata: {}, transient: {} },
      { data: { 'text/plain': '<IPython.core.display.Latex object>', 'text/latex': '$x$' }, metadata: {}, transient: {} },
      { data: { 'text/plain': '<IPython.core.display.Math object>', 'text/latex': '$\\displaystyle x^2$' }, metadata: {}, transient: {} },
      { data: { 'text/plain': '<IPython.core.display.Javascript object>', 'application/javascript': '1' }, metadata: {}, transient: {} },
      { data: { 'text/plain': 'p' }, metadata: {}, transient: {} },
      { data: { 'text/plain': 'x = 1', 'text/html': '<pre>x = 1</pre>' }, metadata: {}, transient: {} },
    ]);
  });

  it('embeds images in base64, from bytes or a file, with their size', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pyvm-image-')), 'dot.png');
    writeFileSync(file, PNG);
    const messages = await outputs(`from IPython.display import Image\ndisplay(Image(filename=${JSON.stringify(file)}, width=10))\nImage(open(${JSON.stringify(file)}, "rb").read())`);
    expect(messages).toEqual([
      ['display_data', { data: { 'text/plain': '<IPython.core.display.Image object>', 'image/png': PNG.toString('base64') }, metadata: { 'image/png': { width: 10 } }, transient: {} }],
      ['execute_result', { execution_count: expect.any(Number), data: { 'text/plain': '<IPython.core.display.Image object>', 'image/png': PNG.toString('base64') }, metadata: {} }],
    ]);
    expect((await outputs('Image(url="https://example.org/a.png")'))[0][1]).toMatchObject({ data: { 'text/html': '<img src="https://example.org/a.png"/>' } });
  });

  it('honours _repr_mimebundle_, include/exclude, raw bundles and metadata', async () => {
    await outputs('class R:\n    def _repr_mimebundle_(self, include=None, exclude=None):\n        return {"text/html": "<i>r</i>", "text/plain": "R!"}, {"text/html": {"m": 1}}\n    def _repr_markdown_(self):\n        return "**r**"');
    expect(await outputs('R()')).toEqual([
      ['execute_result', { execution_count: expect.any(Number), data: { 'text/html': '<i>r</i>', 'text/plain': 'R!', 'text/markdown': '**r**' }, metadata: { 'text/html': { m: 1 } } }],
    ]);
    expect(await outputs('display(R(), metadata={"x": 1}, exclude=["text/markdown"])')).toEqual([
      ['display_data', { data: { 'text/html': '<i>r</i>', 'text/plain': 'R!' }, metadata: { 'text/html': { m: 1 }, x: 1 }, transient: {} }],
    ]);
    expect(await outputs('display({"text/plain": "raw"}, raw=True)')).toEqual([['display_data', { data: { 'text/plain': 'raw' }, metadata: {}, transient: {} }]]);
    expect(await outputs('class Quiet:\n    def _ipython_display_(self):\n        print("shown by itself")\nQuiet()')).toEqual([['stream', { name: 'stdout', text: 'shown by itself\n' }]]);
  });

  it('has display() as a built-in, as ipykernel does', async () => {
    expect(await outputs('import builtins\nbuiltins.display(3, metadata={"a": 1})')).toEqual([['display_data', { data: { 'text/plain': '3' }, metadata: { a: 1 }, transient: {} }]]);
  });

  it('gives get_ipython() as ipykernel names its shell', async () => {
    const { iopub } = await kernel.execute('type(get_ipython()).__name__, get_ipython().user_ns is globals()');
    expect(ofType(iopub, 'execute_result')[0].content.data).toEqual({ 'text/plain': "('ZMQInteractiveShell', True)" });
  });
});
