// The disassembler on code written to reach every part of it: the sources under
// sources/ (one per family of instructions) and generated ones too big to write by
// hand (EXTENDED_ARG prefixes, wide line and offset columns, long location entries).
// python3 compiles each; pyvm rebuilds the code objects and must print exactly what
// dis prints, through each of dis's entry points and options.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, beforeAll, describe, it } from 'vitest';
import type { CodeObject } from '../../src/bytecode/code';
import { dis, disassemble, getInstructions } from '../../src/bytecode/disassembler';
import {
  type CodeFacts,
  type CompileRequest,
  type Extras,
  CURRENT_OFFSET,
  codeFromExport,
  codeTree,
  describeFactDifference,
  FIRST_LINE_SHIFT,
  firstDifference,
  maskAddresses,
  pythonCompile,
} from './pythonCode';

const SOURCES_DIR = fileURLToPath(new URL('./sources/', import.meta.url));

/**
 * A function whose long jumps and many constants, names and locals need EXTENDED_ARG
 * prefixes; two prefixes once `statements` runs to thousands.
 */
function hugeFunction(statements: number): string {
  const body = Array.from({ length: statements }, (_, i) => `                v = g${i % 300}(v, ${i}.5, x${i % 280})\n`);
  return [
    'def huge(n):\n',
    '    v = 0\n',
    ...Array.from({ length: 280 }, (_, i) => `    x${i} = ${i}\n`),
    '    for i in range(n):\n',
    '        if i:\n',
    '            try:\n',
    ...body,
    '            except ValueError:\n',
    '                continue\n',
    '    return v\n',
  ].join('');
}

/** Spans the location table can only hold in its long form: wide columns, multi-line spans, far line jumps. */
function longLocations(): string {
  const wide = Array.from({ length: 120 }, (_, i) => `name${i}`).join(' + ');
  const tall = Array.from({ length: 150 }, (_, i) => `    item${i},\n`).join('');
  const gap = '#\n'.repeat(300);
  return `result = ${wide}\n${gap}call(\n${tall})\n${gap}def f():\n    return (${wide})\n${gap}for _ in f():\n${gap}    pass\n`;
}

const CASES: { name: string; source: string }[] = [
  ...readdirSync(SOURCES_DIR)
    .filter((name) => name.endsWith('.py'))
    .sort()
    .map((name) => ({ name, source: readFileSync(`${SOURCES_DIR}${name}`, 'utf8') })),
  { name: 'huge function', source: hugeFunction(1_200) },
  { name: 'huge function, two EXTENDED_ARG prefixes', source: hugeFunction(5_000) },
  { name: 'long location entries', source: longLocations() },
  { name: 'module beyond line 1000', source: `${'\n'.repeat(1_200)}x = 1\nif x:\n    y = x\n` },
];

/** A case as python3 compiled it, with its code object rebuilt for pyvm. */
interface CompiledCase {
  python: { dis: string; extras: Extras };
  code: CodeObject;
  facts: Map<CodeObject, CodeFacts>;
}

describe('dis of handwritten and generated code is identical to python3', () => {
  const compiled: CompiledCase[] = [];

  beforeAll(async () => {
    const requests: CompileRequest[] = CASES.map(({ name, source }) => ({ source, filename: name, export: true, extras: true }));
    for await (const answer of pythonCompile(requests)) {
      const { name } = CASES[compiled.length];
      if ('error' in answer) throw new Error(`python3 cannot compile ${name}: ${answer.error.kind}: ${answer.error.msg}`);
      const facts = new Map<CodeObject, CodeFacts>();
      compiled.push({ python: { dis: answer.dis, extras: answer.extras! }, code: codeFromExport(answer.code!, facts), facts });
    }
  }, 120_000);

  const same = (expected: string, actual: string) => {
    const difference = firstDifference(maskAddresses(expected), maskAddresses(actual));
    if (difference !== null) assert.fail(difference);
  };

  for (const [index, { name }] of CASES.entries()) {
    describe(name, () => {
      it('dis.dis', () => {
        const { python, code } = compiled[index];
        same(python.dis, dis(code));
      });
      it('dis.dis(show_caches=True)', () => {
        const { python, code } = compiled[index];
        same(python.extras.show_caches, dis(code, { showCaches: true }));
      });
      it('dis.dis(adaptive=True)', () => {
        const { python, code } = compiled[index];
        same(python.extras.adaptive, dis(code, { adaptive: true }));
      });
      it('dis.dis(depth=0) and depth=1', () => {
        const { python, code } = compiled[index];
        same(python.extras.depth0, dis(code, { depth: 0 }));
        same(python.extras.depth1, dis(code, { depth: 1 }));
      });
      it('dis.Bytecode(first_line=..., current_offset=...).dis()', () => {
        const { python, code } = compiled[index];
        const firstLine = code.co_firstlineno + FIRST_LINE_SHIFT;
        same(python.extras.bytecode_dis, disassemble(code, { firstLine, currentOffset: CURRENT_OFFSET }));
      });
      it('dis.Bytecode(show_caches=True) instructions', () => {
        const { python, code } = compiled[index];
        const actual = getInstructions(code, { showCaches: true }).map((i) => [
          i.opname,
          i.opcode,
          i.arg,
          i.argrepr,
          i.offset,
          i.starts_line,
          i.is_jump_target,
          [i.positions.lineno, i.positions.end_lineno, i.positions.col_offset, i.positions.end_col_offset],
        ]);
        const asLines = (instructions: unknown[]) => instructions.map((i) => JSON.stringify(i)).join('\n');
        same(asLines(python.extras.instructions), asLines(actual));
      });
      it('co_positions, co_lines, names and exception tables of every code object', () => {
        const { code, facts } = compiled[index];
        for (const nested of codeTree(code)) {
          const difference = describeFactDifference(nested, facts.get(nested)!);
          if (difference !== null) assert.fail(difference);
        }
      });
    });
  }
});
