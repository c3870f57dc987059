// Whether a cell's text is ready to run, for Jupyter's is_complete_request (a console
// asks it at each Enter): complete, incomplete (with the indentation of the next line),
// or invalid. pyvm's own parser decides; the answers follow IPython's check_complete,
// which consoles were written against: an open bracket, string or block at the end is
// incomplete, and so is a compound statement until a blank line closes it.
import { parse } from '../parser/parser';
import { PySyntaxError } from '../tokenizer/syntaxError';
import type * as ast from '../ast/nodes';
import { isCellMagic, transformCell } from './magicSyntax';

export type Completeness = { status: 'complete' } | { status: 'incomplete'; indent: string } | { status: 'invalid' };

/** Errors that only say the input stopped too early. */
const CUT_SHORT = /was never closed|unterminated triple-quoted|expected an indented block|unexpected EOF|incomplete input/;

/** Statements with a body, which more lines may extend. */
const COMPOUND = new Set(['If', 'For', 'AsyncFor', 'While', 'With', 'AsyncWith', 'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Try', 'TryStar', 'Match']);

const INDENT_STEP = 4;

export function checkCompleteness(cell: string): Completeness {
  const typed = withoutLeadingIndent(cell.replace(/\r\n?/g, '\n'));
  // A blank line after the text is the console's way of saying "run it".
  const endsWithNewline = /\n\s*$/.test(typed);
  if (isCellMagic(typed)) return cellMagicCompleteness(endsWithNewline ? typed : `${typed}\n`);
  const lines = typed.replace(/\n$/, '').split('\n');
  const lastLine = lines[lines.length - 1];
  if (lastLine.endsWith('\\')) return incomplete(indentOf(lastLine));
  // Magics, shell escapes and help requests are complete lines of Python once transformed.
  const transformed = transformCell(typed);
  const text = typed.endsWith('\n') ? transformed : transformed.slice(0, -1);
  const source = text.endsWith('\n') ? text : `${text}\n`;
  let tree: ast.mod;
  try {
    tree = parse(source, { filename: '<input>', mode: 'exec' });
  } catch (error) {
    if (!(error instanceof PySyntaxError)) return { status: 'invalid' };
    if (!CUT_SHORT.test(error.msg) && !failsAtEnd(source, error)) return { status: 'invalid' };
    const opensBlock = lastLine.replace(/#.*$/, '').trimEnd().endsWith(':');
    return incomplete(indentOf(lastLine) + (opensBlock ? INDENT_STEP : 0));
  }
  const body = (tree as ast.Module).body;
  const last = body[body.length - 1];
  if (last !== undefined && COMPOUND.has(last._kind) && !endsWithNewline) return incomplete(indentOf(lastLine));
  return { status: 'complete' };
}

/** IPython's rule for a cell magic: its body goes on until a blank line ends the cell. */
function cellMagicCompleteness(text: string): Completeness {
  const lastLine = text.split(/(?<=\n)/).pop()!;
  return lastLine.trim() === '' ? { status: 'complete' } : incomplete(indentOf(lastLine));
}

/**
 * Whether the parser gave up at the end of the text, as codeop once decided: then one more
 * blank line moves the error (`@dec` wants a definition after it; `x ==` fails where it is).
 */
function failsAtEnd(source: string, error: PySyntaxError): boolean {
  try {
    parse(`${source}\n`, { filename: '<input>', mode: 'exec' });
    return true;
  } catch (longer) {
    if (!(longer instanceof PySyntaxError)) return false;
    return longer.location.lineno !== error.location.lineno || longer.location.offset !== error.location.offset;
  }
}

function incomplete(columns: number): Completeness {
  return { status: 'incomplete', indent: ' '.repeat(columns) };
}

/** The indentation of a line, a tab counting as four columns as IPython counts it. */
function indentOf(line: string): number {
  return (/^[ \t]*/.exec(line)?.[0] ?? '').replace(/\t/g, ' '.repeat(INDENT_STEP)).length;
}

/** Text pasted with the indentation of its first line everywhere, as IPython takes it: without it. */
function withoutLeadingIndent(source: string): string {
  const indent = /^[ \t]+/.exec(source)?.[0];
  if (indent === undefined) return source;
  return source.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n');
}
