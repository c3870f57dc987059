// The TypeScript side of export_code.py: asks python3 to compile sources and rebuilds
// the code objects it sends back as pyvm CodeObjects, so that the disassembler is
// checked on CPython's own compiler output, whatever state pyvm's compiler is in.
import { fileURLToPath } from 'node:url';
import { Ellipsis, PyBytes, PyComplex, PyFloat, pyInt, CodePointStr } from '../../src/ast/constant';
import { CodeObject, type CodeObjectFields } from '../../src/bytecode/code';
import { type CodeConstant, ConstFrozenSet, ConstTuple } from '../../src/bytecode/constants';
import { parseExceptionTable } from '../../src/bytecode/exceptionTable';
import type { ErrorFacts } from '../support/parseOutcome';
import { pythonJsonLines } from '../support/python';

/** Where export_code.py is, for code run from its place in the repository (a bundle elsewhere must say). */
export const EXPORT_SCRIPT = fileURLToPath(new URL('./export_code.py', import.meta.url));

export interface CompileRequest {
  source: string | Uint8Array;
  filename: string;
  /** Send the code object itself, not only its disassembly. */
  export?: boolean;
  /** Send the other views of the code dis offers (see export_code.py's `extras`). */
  extras?: boolean;
}

type Triple<T> = [T, T, T];
type Quadruple<T> = [T, T, T, T];

/** What python3 computes from a code object through its own members, to check pyvm's against. */
export interface CodeFacts {
  co_varnames: string[];
  co_cellvars: string[];
  co_freevars: string[];
  co_nlocals: number;
  co_positions: Quadruple<number | null>[];
  co_lines: Triple<number | null>[];
  /** dis._parse_exception_table's entries: start, end, target, depth, lasti. */
  exception_table: [number, number, number, number, boolean][];
}

export type ExportedConstant =
  | ['None' | 'True' | 'False' | 'Ellipsis']
  | ['int' | 'float' | 'str' | 'bytes', string]
  | ['str_code_points', number[]]
  | ['complex', string, string]
  | ['tuple' | 'frozenset', ExportedConstant[]]
  | ['code', ExportedCode];

type PlainFields = Omit<CodeObjectFields, 'co_code' | 'co_consts' | 'co_localspluskinds' | 'co_linetable' | 'co_exceptiontable'>;

export interface ExportedCode extends PlainFields {
  co_code: string;
  co_consts: ExportedConstant[];
  co_localspluskinds: number[];
  co_linetable: string;
  co_exceptiontable: string;
  oracle: CodeFacts;
}

export interface Extras {
  show_caches: string;
  adaptive: string;
  depth0: string;
  depth1: string;
  /** dis.Bytecode(code, first_line=co_firstlineno + 997, current_offset=4).dis() */
  bytecode_dis: string;
  /** dis.Bytecode(code, show_caches=True), field by field. */
  instructions: [string, number, number | null, string, number, number | null, boolean, Quadruple<number | null>][];
}

export type CompileAnswer = { error: ErrorFacts } | { dis: string; code?: ExportedCode; extras?: Extras };

/** The first line number dis.Bytecode is given in `Extras.bytecode_dis`, relative to co_firstlineno. */
export const FIRST_LINE_SHIFT = 997;
export const CURRENT_OFFSET = 4;

/** python3's answer for each request, in order, from one python3 process; streams. */
export async function* pythonCompile(requests: readonly CompileRequest[], exportScript = EXPORT_SCRIPT): AsyncGenerator<CompileAnswer> {
  const input = requests.map(({ source, ...rest }) => ({
    base64: Buffer.from(typeof source === 'string' ? Buffer.from(source, 'utf8') : source).toString('base64'),
    ...rest,
  }));
  for await (const answer of pythonJsonLines([exportScript], input)) yield answer as CompileAnswer;
}

/** Code object addresses differ between runs (and pyvm's are made up): hide them. */
export function maskAddresses(text: string): string {
  return text.replace(/ at 0x[0-9a-f]+/g, ' at 0x?');
}

/** The code object python3 exported, rebuilt; each one keeps python3's facts about it beside it. */
export function codeFromExport(exported: ExportedCode, facts = new Map<CodeObject, CodeFacts>()): CodeObject {
  const { oracle, co_code, co_consts, co_localspluskinds, co_linetable, co_exceptiontable, ...plain } = exported;
  const code = new CodeObject({
    ...plain,
    co_code: fromBase64(co_code),
    co_consts: co_consts.map((constant) => constantFromExport(constant, facts)),
    co_localspluskinds: Uint8Array.from(co_localspluskinds),
    co_linetable: fromBase64(co_linetable),
    co_exceptiontable: fromBase64(co_exceptiontable),
  });
  facts.set(code, oracle);
  return code;
}

function constantFromExport(exported: ExportedConstant, facts: Map<CodeObject, CodeFacts>): CodeConstant {
  switch (exported[0]) {
    case 'None':
      return null;
    case 'True':
      return true;
    case 'False':
      return false;
    case 'Ellipsis':
      return Ellipsis;
    case 'int':
      return pyInt(BigInt(exported[1]));
    case 'float':
      return new PyFloat(floatFromRepr(exported[1]));
    case 'complex':
      return new PyComplex(floatFromRepr(exported[1]), floatFromRepr(exported[2]));
    case 'str':
      return exported[1];
    case 'str_code_points':
      return new CodePointStr(exported[1]);
    case 'bytes':
      return new PyBytes(fromBase64(exported[1]));
    case 'tuple':
      return new ConstTuple(exported[1].map((item) => constantFromExport(item, facts)));
    case 'frozenset':
      return new ConstFrozenSet(exported[1].map((item) => constantFromExport(item, facts)));
    case 'code':
      return codeFromExport(exported[1], facts);
  }
}

/** The float a Python float repr spells; Python spells the non-finite ones its own way. */
function floatFromRepr(repr: string): number {
  const special: Record<string, number> = { inf: Infinity, '-inf': -Infinity, nan: NaN };
  return special[repr] ?? Number(repr);
}

function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/** `code` and every code object nested in its constants, depth first. */
export function* codeTree(code: CodeObject): Generator<CodeObject> {
  yield code;
  for (const constant of code.co_consts) {
    if (constant instanceof CodeObject) yield* codeTree(constant);
  }
}

/**
 * Where two texts first differ, line by line, with the line before for context; null
 * when they are the same.
 */
export function firstDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  let line = 0;
  while (line < expectedLines.length && expectedLines[line] === actualLines[line]) line++;
  const context = line > 0 ? `  ${expectedLines[line - 1]}\n` : '';
  return `first difference at line ${line + 1}:\n${context}- ${expectedLines[line] ?? '<end>'}\n+ ${actualLines[line] ?? '<end>'}`;
}

/** Where pyvm's view of `code` (derived members, exception table) differs from python3's; null if nowhere. */
export function describeFactDifference(code: CodeObject, facts: CodeFacts): string | null {
  const ours: CodeFacts = {
    co_varnames: code.co_varnames,
    co_cellvars: code.co_cellvars,
    co_freevars: code.co_freevars,
    co_nlocals: code.co_nlocals,
    co_positions: code.co_positions().map((p) => [p.lineno, p.end_lineno, p.col_offset, p.end_col_offset]),
    co_lines: code.co_lines().map(({ start, end, line }) => [start, end, line]),
    exception_table: parseExceptionTable(code.co_exceptiontable).map((e) => [e.start, e.end, e.target, e.depth, e.lasti]),
  };
  for (const key of Object.keys(facts) as (keyof CodeFacts)[]) {
    const expected = JSON.stringify(facts[key]);
    const actual = JSON.stringify(ours[key]);
    if (expected !== actual) return `${code.co_qualname}: ${key} differs:\n- ${expected.slice(0, 2000)}\n+ ${actual.slice(0, 2000)}`;
  }
  return null;
}
