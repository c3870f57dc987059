// -X importtime and PYTHONPROFILEIMPORTTIME (src/runtime/importTime.ts): the lines CPython
// writes to stderr for each import that loads a module, nested as the imports were.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, PYVM_BIN, requireBundle } from '../support/commandLine';
import { pythonExecutable } from '../support/python';

const HEADER = 'import time: self [us] | cumulative | imported package';
const LINE = /^import time: +(\d+) \| +(\d+) \| ( *)(\S+)$/;

interface ImportLine {
  self: number;
  cumulative: number;
  depth: number;
  name: string;
}

function importLines(command: string, args: string[], env: NodeJS.ProcessEnv = {}): { header: string; lines: ImportLine[]; stdout: string } {
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
  expect(result.status).toBe(0);
  const [header, ...rest] = result.stderr.trimEnd().split('\n');
  const lines = rest.map((line) => {
    const match = LINE.exec(line);
    expect(match, line).not.toBeNull();
    const [, self, cumulative, indent, name] = match!;
    return { self: Number(self), cumulative: Number(cumulative), depth: indent.length / 2, name };
  });
  return { header, lines, stdout: result.stdout };
}

/** The modules imported under `name`'s (last) line, by the lines before it one level deeper. */
function importedBy(lines: ImportLine[], name: string): string[] {
  const at = lines.findLastIndex((line) => line.name === name);
  const children: string[] = [];
  for (let i = at - 1; i >= 0 && lines[i].depth > lines[at].depth; i--) {
    if (lines[i].depth === lines[at].depth + 1) children.unshift(lines[i].name);
  }
  return children;
}

describe('-X importtime', () => {
  const program = 'import json.decoder; print("ran")';

  it('writes a line per module loaded, nested, with self time within cumulative', () => {
    requireBundle();
    const { header, lines, stdout } = importLines(PYVM_BIN, ['-X', 'importtime', '-c', program]);
    expect(stdout).toBe('ran\n');
    expect(header).toBe(HEADER);
    const json = lines.find((line) => line.name === 'json')!;
    const decoder = lines.findLast((line) => line.name === 'json.decoder')!;
    // json.decoder's import imports its package first, within its own time (and the
    // package imports json.decoder, the line nested in it).
    expect(decoder.depth).toBe(0);
    expect(json.depth).toBe(1);
    expect(lines.at(-1)!.name).toBe('json.decoder');
    for (const line of lines) expect(line.self).toBeLessThanOrEqual(line.cumulative);
    // A line's cumulative time is its self time and its children's cumulative times (each rounded up).
    const children = importedBy(lines, 'json.decoder').map((name) => lines.findLast((line) => line.name === name)!);
    const childrenTime = children.reduce((sum, child) => sum + child.cumulative, 0);
    expect(Math.abs(decoder.cumulative - decoder.self - childrenTime)).toBeLessThanOrEqual(children.length + 1);
  }, CLI_TIMEOUT_MS);

  it('nests the modules as python3 does', () => {
    // (-S: python3's site, and the .pth hooks of its site-packages, import re and more first.)
    const pyvm = importLines(PYVM_BIN, ['-S', '-X', 'importtime', '-c', program]);
    const python = importLines(pythonExecutable(), ['-S', '-X', 'importtime', '-c', program]);
    // (What python3's start-up imports, codecs among them, pyvm may import here.)
    const atStartUp = new Set(spawnSync(pythonExecutable(), ['-S', '-c', 'import sys; print(*sys.modules)'], { encoding: 'utf8' }).stdout.split(/\s+/));
    expect(atStartUp).toContain('codecs');
    for (const name of ['json.decoder', 'json', 'json.scanner', 're']) {
      expect(importedBy(pyvm.lines, name).filter((child) => !atStartUp.has(child)), name).toEqual(importedBy(python.lines, name));
    }
  }, CLI_TIMEOUT_MS);

  it('is what PYTHONPROFILEIMPORTTIME asks too, unless -E', () => {
    const asked = importLines(PYVM_BIN, ['-c', 'import textwrap'], { PYTHONPROFILEIMPORTTIME: '1' });
    expect(asked.header).toBe(HEADER);
    expect(asked.lines.map((line) => line.name)).toContain('textwrap');
    const ignored = spawnSync(PYVM_BIN, ['-E', '-c', 'import textwrap'], { env: { ...process.env, PYTHONPROFILEIMPORTTIME: '1' }, encoding: 'utf8' });
    expect(ignored.stderr).toBe('');
  }, CLI_TIMEOUT_MS);
});
