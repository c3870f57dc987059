// complete_request, inspect_request and `obj?`/`obj??` on the real kernel, with the
// replies ipykernel (Debian's, IPython 8.5) gives for the same code as the reference.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KernelClient, ofType } from './kernelClient';

const SETUP = [
  'import os, collections',
  'd = {"alpha": 1, "beta": 2, 3: 4}',
  'def foo(a, b=2, *args, c, **kw):',
  '    """Foo does things.',
  '',
  '    More text."""',
  '    return a',
  'class K:',
  '    """K doc"""',
  '    def __init__(self, x): pass',
  'k = K(1)',
  'é = 1',
].join('\n');

const RED = '\x1b[0;31m';
const NORMAL = '\x1b[0m';
const header = (title: string) => `${RED}${title}:${NORMAL}`;

describe('pyvm kernel introspection', () => {
  let kernel: KernelClient;
  const complete = async (code: string, cursor_pos = [...code].length) => kernel.ask('complete_request', { code, cursor_pos });
  const matches = async (code: string, cursorPos?: number) => (await complete(code, cursorPos)).matches;
  const inspect = (code: string, detail_level = 0, cursor_pos = [...code].length) => kernel.ask('inspect_request', { code, cursor_pos, detail_level });

  beforeAll(async () => {
    kernel = await KernelClient.start();
    expect((await kernel.execute(SETUP)).reply.content.status).toBe('ok');
  });
  afterAll(async () => {
    await kernel.close();
  });

  it('completes names from the namespace, builtins and keywords, with their types', async () => {
    expect(await complete('pri')).toEqual({
      status: 'ok', matches: ['print'], cursor_start: 0, cursor_end: 3,
      metadata: { _jupyter_types_experimental: [{ start: 0, end: 3, text: 'print', type: 'function', signature: '' }] },
    });
    const types = (await complete('fo')).metadata as { _jupyter_types_experimental: { text: string; type: string }[] };
    expect(types._jupyter_types_experimental.map(({ text, type }) => [text, type])).toEqual([['foo', 'function'], ['for', 'keyword'], ['format', 'function']]);
    expect(await matches('wh')).toEqual(['while']);
    expect(await matches('print(pri')).toEqual(['print']);
    // `_` names only once `_` is typed; sorted as IPython sorts, case-insensitively.
    expect(await matches('Ke')).toEqual(['KeyboardInterrupt', 'KeyError']);
    expect(await matches('_')).toContain('__name__');
  });

  it('completes attributes after a dot, from dir(), without running the expression before it', async () => {
    expect(await complete('os.path.jo')).toMatchObject({ matches: ['join'], cursor_start: 8, cursor_end: 10 });
    expect(await matches('k.')).toEqual([]);
    expect(await matches('k._')).toContain('__init__');
    expect(await matches('1 .real')).toEqual(['real']);
    expect(await matches('"abc".upp')).toEqual(['upper']);
    expect(await matches('collections.Ord')).toEqual(['OrderedDict']);
    expect(await matches('foo().')).toEqual([]);
  });

  it('completes module names after import and from, and a module\'s names after from ... import', async () => {
    expect(await complete('import colle')).toMatchObject({ matches: ['collections'], cursor_start: 7, cursor_end: 12 });
    expect(await complete('import os.pa')).toMatchObject({ matches: ['os.path'], cursor_start: 7 });
    expect(await matches('import sys, ma')).toEqual(expect.arrayContaining(['math', 'marshal']));
    expect(await matches('from collections import Ord')).toEqual(['OrderedDict']);
    expect(await matches('from collections import ab')).toEqual(['abc']);
    expect(await matches('from json.dec')).toEqual(['json.decoder']);
    expect(await matches('import')).toEqual(['import']);
  });

  it('completes dict keys, quoted after `d[` and bare inside a string', async () => {
    expect(await complete('d["al')).toMatchObject({ matches: ['alpha'], cursor_start: 3, cursor_end: 5 });
    expect(await matches("d['")).toEqual(['alpha', 'beta']);
    const keys = await matches('d[') as string[];
    expect(keys.slice(0, 3)).toEqual(["'alpha'", "'beta'", '3']);
    expect(keys).toContain('abs');
    expect(keys).not.toContain('and');
  });

  it('completes file paths inside other strings', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'pyvm-paths-'));
    mkdirSync(join(directory, 'data'));
    writeFileSync(join(directory, 'data.csv'), '');
    writeFileSync(join(directory, 'notes.txt'), '');
    const code = `open("${directory}/da`;
    expect(await complete(code)).toMatchObject({ matches: [`${directory}/data.csv`, `${directory}/data/`], cursor_start: 6 });
    expect(await complete(`x = '''${directory}/no`)).toMatchObject({ matches: [`${directory}/notes.txt`], cursor_start: 7 });
  });

  it('counts cursor positions in code points, not UTF-16 units', async () => {
    expect(await complete('"😀" + pri')).toMatchObject({ matches: ['print'], cursor_start: 6, cursor_end: 9 });
    expect(await complete('x = é + fo')).toMatchObject({ cursor_start: 8, cursor_end: 10 });
    expect(await complete('"😀😀"; é', 7)).toMatchObject({ matches: ['é'], cursor_start: 6, cursor_end: 7 });
    // The cursor in the middle: only what is before it counts.
    expect(await complete('pri + 1', 3)).toMatchObject({ matches: ['print'], cursor_start: 0, cursor_end: 3 });
    // On a later line of the cell, positions count from the cell's start.
    expect(await complete('x = "é"\nif x:\n    os.path.jo')).toMatchObject({ matches: ['join'], cursor_start: 26, cursor_end: 28 });
    expect((await inspect('x = 1\ny = len(x', 0, 13)).data).toEqual({ 'text/plain': expect.stringContaining('len(obj, /)') });
  });

  it('inspects a function as IPython does: signature, docstring, file, type', async () => {
    expect(await inspect('foo')).toEqual({
      status: 'ok', found: true, metadata: {},
      data: {
        'text/plain': `${header('Signature')} foo(a, b=2, *args, c, **kw)\n${header('Docstring')}\nFoo does things.\n\nMore text.\n`
          + `${header('File')}      <cell 1>\n${header('Type')}      function\n`,
      },
    });
    // Detail level 1: the source instead of the docstring it holds.
    const detailed = (await inspect('foo', 1)).data as Record<string, string>;
    expect(detailed['text/plain']).toBe(`${header('Signature')} foo(a, b=2, *args, c, **kw)\n${header('Source')}   \n`
      + 'def foo(a, b=2, *args, c, **kw):\n    """Foo does things.\n\n    More text."""\n    return a\n'
      + `${header('File')}      <cell 1>\n${header('Type')}      function\n`);
  });

  it('inspects built-ins, classes, instances, and the callee of a call being typed', async () => {
    expect((await inspect('len')).data).toEqual({
      'text/plain': `${header('Signature')} len(obj, /)\n${header('Docstring')} Return the number of items in a container.\n${header('Type')}      builtin_function_or_method\n`,
    });
    expect((await inspect('K')).data).toEqual({
      'text/plain': `${header('Init signature')} K(x)\n${header('Docstring')}      K doc\n${header('Type')}           type\n${header('Subclasses')}     \n`,
    });
    const instance = ((await inspect('k')).data as Record<string, string>)['text/plain'];
    expect(instance).toMatch(/^\x1b\[0;31mType:\x1b\[0m {8}K\n\x1b\[0;31mString form:\x1b\[0m <__main__\.K object at 0x[0-9a-f]+>\n\x1b\[0;31mDocstring:\x1b\[0m {3}K doc\n$/);
    expect(((await inspect('d')).data as Record<string, string>)['text/plain']).toContain(`${header('Length')}      3\n${header('Docstring')}  \ndict() -> new empty dictionary\n`);
    expect((await inspect('foo(1, ')).found).toBe(true);
    expect((await inspect('x = os.path.join', 0, 13)).data).toEqual({ 'text/plain': expect.stringContaining(`${header('Signature')} os.path.join(a, *p)\n`) });
    expect(await inspect('nothing_here')).toEqual({ status: 'ok', found: false, data: {}, metadata: {} });
    expect(await inspect('1')).toEqual({ status: 'ok', found: false, data: {}, metadata: {} });
  });

  it('answers `obj?` and `obj??` with a page payload, and says when there is no such object', async () => {
    const { reply, iopub } = await kernel.execute('len?');
    expect(reply.content).toMatchObject({
      status: 'ok',
      payload: [{ source: 'page', start: 0, data: { 'text/plain': expect.stringContaining(`${header('Signature')} len(obj, /)\n`) } }],
    });
    expect(ofType(iopub, 'execute_result')).toEqual([]);
    const source = await kernel.execute('foo??');
    expect((source.reply.content.payload as { data: Record<string, string> }[])[0].data['text/plain']).toContain(`${header('Source')}   \ndef foo(`);
    expect((await kernel.execute('?os.path')).reply.content.payload).toHaveLength(1);
    const missing = await kernel.execute('nope?');
    expect(missing.reply.content).toMatchObject({ status: 'ok', payload: [] });
    expect(ofType(missing.iopub, 'stream').map((m) => m.content.text)).toEqual(['Object `nope` not found.\n']);
  });
});
