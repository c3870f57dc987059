// What parsing one source gives — a tree (as its ast.dump text) or an error (as the
// exception's attributes) — computed by python3's ast.parse and by pyvm, and compared.
// The dump shows positions too (include_attributes), so equal dumps mean equal trees.
import type * as ast from '../../src/ast/nodes';
import type { ParseMode } from '../../src/parser/parser';
import { checkAstDepth } from '../../src/ast/depthLimit';
import { parse } from '../../src/parser/parser';
import { dump } from '../../src/ast/dump';
import { PyFrontEndError, PySyntaxError } from '../../src/tokenizer/syntaxError';
import { pythonJsonLines } from './python';

export interface ParseRequest {
  /** The source file's bytes, undecoded: the coding cookie or BOM decides the encoding. */
  bytes: Uint8Array;
  filename: string;
  mode: ParseMode;
  typeComments: boolean;
}

/** A raised exception's attributes, as Python's SyntaxError has them (null for None). */
export interface ErrorFacts {
  /** The exception class: SyntaxError, IndentationError, TabError — or, from python3 only, e.g. RecursionError or UnicodeDecodeError. */
  kind: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

export type ParseOutcome = { dump: string } | { error: ErrorFacts };

/** How both sides render a tree: ast.dump(tree, include_attributes=True, indent=3). */
const DUMP_INDENT = 3;

const ORACLE_SCRIPT = `
import ast, base64, json, sys, warnings

warnings.simplefilter('ignore')  # SyntaxWarnings are not errors; pyvm's parser issues none

def error_facts(error):
    if isinstance(error, SyntaxError):
        return {'kind': type(error).__name__, 'msg': error.msg, 'lineno': error.lineno, 'offset': error.offset,
                'end_lineno': error.end_lineno, 'end_offset': error.end_offset, 'text': error.text}
    return {'kind': type(error).__name__, 'msg': str(error), 'lineno': None, 'offset': None,
            'end_lineno': None, 'end_offset': None, 'text': None}

for request in json.load(sys.stdin):
    source = base64.b64decode(request['base64'])
    try:
        tree = ast.parse(source, request['filename'], request['mode'], type_comments=request['typeComments'])
        outcome = {'dump': ast.dump(tree, include_attributes=True, indent=${DUMP_INDENT})}
    except Exception as error:  # besides SyntaxError: RecursionError, MemoryError, even UnicodeDecodeError
        outcome = {'error': error_facts(error)}
    sys.stdout.write(json.dumps(outcome) + '\\n')
`;

/** python3's outcome for each request, in order, from one python3 process; streams. */
export async function* pythonParseOutcomes(requests: readonly ParseRequest[]): AsyncGenerator<ParseOutcome> {
  for await (const outcome of pythonJsonLines(['-c', ORACLE_SCRIPT], requestsAsJson(requests))) yield outcome as ParseOutcome;
}

/** Requests as the oracle scripts read them: the source bytes in base64. */
export function requestsAsJson(requests: readonly ParseRequest[]): unknown[] {
  return requests.map(({ bytes, filename, mode, typeComments }) => ({
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    filename,
    mode,
    typeComments,
  }));
}

/** pyvm's decoding and parsing: the tree or the PySyntaxError's facts; other exceptions propagate (they are bugs). */
export function pyvmParse({ bytes, filename, mode, typeComments }: ParseRequest): { tree: ast.mod } | { error: ErrorFacts } {
  try {
    // As ast.parse: the parse, then the depth limit of building Python's AST objects.
    const tree = parse(bytes, { filename, mode, typeComments });
    checkAstDepth(tree);
    return { tree };
  } catch (error) {
    return { error: errorFacts(error) };
  }
}

/** The facts of an error the front end raised, as python3's side reports them; other errors propagate (they are bugs). */
export function errorFacts(error: unknown): ErrorFacts {
  if (error instanceof PyFrontEndError) {
    return { kind: error.kind, msg: error.msg, lineno: null, offset: null, end_lineno: null, end_offset: null, text: null };
  }
  if (!(error instanceof PySyntaxError)) throw error;
  const { lineno, offset, end_lineno, end_offset, text } = error.location;
  return { kind: error.kind, msg: error.msg, lineno, offset, end_lineno, end_offset, text };
}

/** pyvm's outcome, comparable with python3's. */
export function pyvmParseOutcome(request: ParseRequest): ParseOutcome {
  const parsed = pyvmParse(request);
  return 'tree' in parsed ? { dump: dump(parsed.tree, { includeAttributes: true, indent: DUMP_INDENT }) } : parsed;
}

/** null when the outcomes are identical; otherwise a short human account of the first difference. */
export function describeDifference(python: ParseOutcome, pyvm: ParseOutcome): string | null {
  if ('dump' in python && 'dump' in pyvm) {
    return python.dump === pyvm.dump ? null : describeDumpDifference(python.dump, pyvm.dump);
  }
  if ('error' in python && 'error' in pyvm) {
    const differing = (Object.keys(python.error) as (keyof ErrorFacts)[]).filter(
      (field) => python.error[field] !== pyvm.error[field],
    );
    if (differing.length === 0) return null;
    const fields = differing.map(
      (field) => `  ${field}: python3 ${JSON.stringify(python.error[field])}, pyvm ${JSON.stringify(pyvm.error[field])}`,
    );
    return `both raise, but differ in:\n${fields.join('\n')}`;
  }
  if ('error' in python) return `python3 raises ${describeError(python.error)}\nbut pyvm parses it`;
  if ('error' in pyvm) return `python3 parses it\nbut pyvm raises ${describeError(pyvm.error)}`;
  throw new Error('unreachable: every outcome is a dump or an error');
}

export function describeError(error: ErrorFacts): string {
  const where = `line ${error.lineno}, offset ${error.offset} to line ${error.end_lineno}, offset ${error.end_offset}`;
  return `${error.kind}: ${error.msg} (${where}; text ${JSON.stringify(error.text)})`;
}

/** Lines of agreeing dump shown before the first differing one. */
const CONTEXT_LINES = 3;
/** Lines of each side shown from the first differing one on. */
const DIVERGING_LINES = 3;
/** Long lines (big string constants) are cut to this many characters around the difference. */
const SHOWN_LINE_WIDTH = 160;

function describeDumpDifference(python: string, pyvm: string): string {
  let at = 0;
  while (at < python.length && python[at] === pyvm[at]) at++;
  // Both dumps agree up to `at`, so the lines before it, and where its line starts, are shared.
  const lineStart = python.lastIndexOf('\n', at - 1) + 1;
  const shared = python.slice(0, lineStart).split('\n');
  shared.pop();
  const lineNumber = shared.length + 1;
  const column = at - lineStart;
  const clip = (line: string): string => {
    if (line.length <= SHOWN_LINE_WIDTH) return line;
    const from = Math.max(0, Math.min(column - SHOWN_LINE_WIDTH / 2, line.length - SHOWN_LINE_WIDTH));
    return `${from > 0 ? '…' : ''}${line.slice(from, from + SHOWN_LINE_WIDTH)}${from + SHOWN_LINE_WIDTH < line.length ? '…' : ''}`;
  };
  const diverging = (dump: string): string[] => dump.slice(lineStart).split('\n', DIVERGING_LINES).map(clip);
  return [
    `AST dumps differ at line ${lineNumber}, column ${column + 1} ` +
      `(python3 dump: ${countLines(python)} lines, pyvm dump: ${countLines(pyvm)} lines):`,
    ...shared.slice(-CONTEXT_LINES).map((line) => `          | ${clip(line)}`),
    ...diverging(python).map((line) => `- python3 | ${line}`),
    ...diverging(pyvm).map((line) => `+ pyvm    | ${line}`),
  ].join('\n');
}

function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
