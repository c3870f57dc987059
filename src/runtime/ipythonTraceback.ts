// An exception as ipykernel shows it in a notebook (IPython's verbose traceback in its
// default "Context" mode): a red rule, a header with the exception's name and "Traceback
// (most recent call last)", then one entry a frame — `Cell In [N], line L` for a cell,
// `File path:L` otherwise, `, in name(args)` for a function — with the lines around the
// failing one numbered, an arrow at it and the failing part on a yellow background, and
// the exception's name in red with its message. Chained exceptions come first, each
// followed by Python's sentence linking it to the next. A syntax error in the cell itself
// is shown as IPython's SyntaxTB shows it: where, the line, a caret, the message.
//
// What differs from IPython: no syntax highlighting of the quoted code (IPython uses
// pygments), and the context is the 2 non-blank lines before and after the failing one
// within the function (IPython's stack_data counts whole statements).
import type { Py } from '../objects/object';
import { PyBaseException, SyntaxError } from '../objects/exceptions';
import type { PyTraceback } from '../objects/traceback';
import { getAttrOrUndefined, pyStr } from '../objects/protocols';
import { intValue } from '../objects/int';
import { positionsAt } from '../vm/codeInfo';
import type { Frame } from '../vm/frame';
import { CodeFlag, type CodeObject } from '../bytecode/code';
import { sourceLines } from './sourceLines';
import { byteOffsetToCharacterOffset } from './byteOffsets';

const RED = '\x1b[0;31m';
const GREEN = '\x1b[0;32m';
const BRIGHT_GREEN = '\x1b[1;32m';
const CYAN = '\x1b[0;36m';
const BLUE = '\x1b[0;34m';
const NORMAL = '\x1b[0m';
const HIGHLIGHT = '\x1b[43m';
const END_HIGHLIGHT = '\x1b[49m';

const WIDTH = 75;
const TRACEBACK_TITLE = 'Traceback (most recent call last)';
const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n';
/** The width of the line-number column (IPython's INDENT_SIZE - 1). */
const NUMBER_WIDTH = 7;
const CONTEXT_LINES = 2;
/** Runs of the same frame longer than this (deep recursion) are shown by their ends. */
const REPEAT_CUTOFF = 3;

/** How a source file is named in the traceback: `In [N]` for a cell, or null for a file shown by its path. */
export type CellLabel = (filename: string) => string | null;

/** The traceback lines of an `error` message, as ipykernel's are. */
export function ipythonTraceback(exc: PyBaseException, cellLabel: CellLabel): string[] {
  if (exc.cls.isSubtypeOf(SyntaxError) && exc.traceback === null) {
    const report = syntaxErrorReport(exc, cellLabel);
    if (report !== null) return [report];
  }
  const chain = exceptionChain(exc);
  const lines = [`${RED}${'-'.repeat(WIDTH)}${NORMAL}`];
  chain.forEach(({ exception, link }) => {
    lines.push(...verboseTraceback(exception, cellLabel));
    if (link !== null) lines.push(link);
  });
  return lines;
}

/** The exceptions to show, oldest first, each with the sentence leading to the next. */
function exceptionChain(exc: PyBaseException): { exception: PyBaseException; link: string | null }[] {
  const chain = [{ exception: exc, link: null as string | null }];
  const seen = new Set([exc]);
  for (let current = exc; ;) {
    const cause = current.cause instanceof PyBaseException ? current.cause : null;
    const context = !current.suppressContext && current.context instanceof PyBaseException ? current.context : null;
    const previous = cause ?? context;
    if (previous === null || seen.has(previous)) return chain;
    seen.add(previous);
    chain.unshift({ exception: previous, link: cause !== null ? CAUSE_MESSAGE : CONTEXT_MESSAGE });
    current = previous;
  }
}

function verboseTraceback(exc: PyBaseException, cellLabel: CellLabel): string[] {
  const name = exc.cls.name;
  const header = `${RED}${name}${NORMAL}${TRACEBACK_TITLE.padStart(WIDTH - name.length)}`;
  const entries: PyTraceback[] = [];
  for (let tb: PyTraceback | null = exc.traceback; tb !== null; tb = tb.next) entries.push(tb);
  return [header, ...collapseRepeats(entries).map((entry) => (typeof entry === 'string' ? entry : frameEntry(entry, cellLabel))), exceptionLine(exc)];
}

/** Deep recursion: a run of the same frame keeps its first and last entries, with a note of how many are skipped. */
function collapseRepeats(entries: PyTraceback[]): (PyTraceback | string)[] {
  const shown: (PyTraceback | string)[] = [];
  const key = (tb: PyTraceback) => `${(tb.frame as Frame).code.co_filename}\0${(tb.frame as Frame).code.co_qualname}\0${tb.lineno}`;
  for (let start = 0; start < entries.length;) {
    let end = start + 1;
    while (end < entries.length && key(entries[end]) === key(entries[start])) end++;
    const run = end - start;
    if (run > REPEAT_CUTOFF) {
      const code = (entries[start].frame as Frame).code;
      shown.push(entries[start], `    ${RED}[... skipping similar frames: ${code.co_qualname} at line ${entries[start].lineno} (${run - 2} times)]${NORMAL}\n`, entries[end - 1]);
    } else {
      shown.push(...entries.slice(start, end));
    }
    start = end;
  }
  return shown;
}

function frameEntry(tb: PyTraceback, cellLabel: CellLabel): string {
  const frame = tb.frame as Frame;
  const code = frame.code;
  const lineno = tb.lineno ?? -1;
  const call = code.co_name === '<module>' ? '' : `, in ${CYAN}${code.co_qualname}${BLUE}(${argumentNames(code).join(', ')})${NORMAL}`;
  return `${location(code.co_filename, lineno, cellLabel, NORMAL)}${call}\n${contextLines(frame, tb, lineno)}`;
}

/** `Cell In [N], line L` or `File path:L`, the part after the word in green. */
function location(filename: string, lineno: number, cellLabel: CellLabel, after: string): string {
  const label = cellLabel(filename);
  return label !== null ? `Cell ${GREEN}${label}, line ${lineno}${after}` : `File ${GREEN}${filename}:${lineno}${after}`;
}

/** inspect.formatargvalues without the values: the parameters' names, `*args` and `**kwargs` included. */
function argumentNames(code: CodeObject): string[] {
  const names = code.co_localsplusnames;
  let count = code.co_argcount + code.co_kwonlyargcount;
  const shown = names.slice(0, count);
  if (code.co_flags & CodeFlag.VARARGS) shown.push(`*${names[count++]}`);
  if (code.co_flags & CodeFlag.VARKEYWORDS) shown.push(`**${names[count]}`);
  return shown;
}

/** The numbered lines around the failing one, within the frame's function (or the whole cell or module). */
function contextLines(frame: Frame, tb: PyTraceback, lineno: number): string {
  const lines = sourceLines(frame.code.co_filename).map((line) => line.replace(/\r?\n$/, ''));
  if (lineno < 1 || lineno > lines.length) return '';
  const [first, last] = scope(frame.code, lines.length);
  const nonBlank = (number: number) => lines[number - 1].trim() !== '';
  const before: number[] = [];
  for (let number = lineno - 1; number >= first && before.length < CONTEXT_LINES; number--) if (nonBlank(number)) before.unshift(number);
  const after: number[] = [];
  for (let number = lineno + 1; number <= last && after.length < CONTEXT_LINES; number++) if (nonBlank(number)) after.push(number);
  const numbered = (number: number) => `${BRIGHT_GREEN}${String(number).padStart(NUMBER_WIDTH)}${NORMAL} ${lines[number - 1]}\n`;
  const arrow = `${'-'.repeat(NUMBER_WIDTH - String(lineno).length - 2)}> `;
  const current = `${GREEN}${arrow}${lineno}${NORMAL} ${highlighted(lines[lineno - 1], frame, tb.lasti)}\n`;
  return [...before.map(numbered), current, ...after.map(numbered)].join('');
}

/** The lines a code object spans: a function's own, or the whole file for a module. */
function scope(code: CodeObject, lineCount: number): [first: number, last: number] {
  if (code.co_name === '<module>') return [1, lineCount];
  const numbers = code.co_lines().map((range) => range.line).filter((line): line is number => line !== null);
  return [code.co_firstlineno, Math.max(code.co_firstlineno, ...numbers)];
}

/** The line with the failing instruction's span on a yellow background (to the line's end when it runs onto the next). */
function highlighted(line: string, frame: Frame, lasti: number): string {
  const span = positionsAt(frame.info, lasti);
  if (span.lineno === null || span.col_offset === null || span.col_offset < 0) return line;
  const utf8 = Buffer.from(line, 'utf8');
  const chars = Array.from(line);
  const start = byteOffsetToCharacterOffset(utf8, span.col_offset);
  const end = span.end_lineno === span.lineno && span.end_col_offset !== null && span.end_col_offset >= 0
    ? byteOffsetToCharacterOffset(utf8, span.end_col_offset)
    : chars.length;
  if (start >= end || start > chars.length) return line;
  return `${chars.slice(0, start).join('')}${HIGHLIGHT}${chars.slice(start, end).join('')}${END_HIGHLIGHT}${chars.slice(end).join('')}`;
}

/** IPython's: the type's name in red, a colon, and str(exc) (the colon even when that is empty). */
function exceptionLine(exc: PyBaseException): string {
  return `${RED}${exc.cls.name}${NORMAL}: ${safeStr(exc)}`;
}

/** IPython's SyntaxTB: where, the line (stripped), a caret under the offset, then the message. */
function syntaxErrorReport(exc: PyBaseException, cellLabel: CellLabel): string | null {
  const filename = getAttrOrUndefined(exc, 'filename');
  const lineno = intValue(getAttrOrUndefined(exc, 'lineno') ?? null);
  if (typeof filename !== 'string' || lineno === undefined) return null;
  const text = getAttrOrUndefined(exc, 'text');
  const offset = intValue(getAttrOrUndefined(exc, 'offset') ?? null);
  let report = `${CYAN}  ${location(filename, Number(lineno), cellLabel, CYAN)}${NORMAL}\n`;
  if (typeof text === 'string') {
    const line = text.replace(/\n$/, '');
    report += `${RED}    ${line.trim()}${NORMAL}\n`;
    if (offset !== undefined) {
      const indentation = line.length - line.trimStart().length;
      const before = Array.from(line).slice(indentation, Math.max(indentation, Number(offset) - 1));
      report += `${NORMAL}    ${before.map((char) => (/\s/.test(char) ? char : ' ')).join('')}^${NORMAL}\n`;
    }
  }
  const message = getAttrOrUndefined(exc, 'msg');
  return `${report}${RED}${exc.cls.name}${NORMAL}${RED}:${NORMAL} ${message === undefined ? safeStr(exc) : safeStr(message)}\n`;
}

function safeStr(value: Py): string {
  try {
    return pyStr(value);
  } catch {
    return '<exception str() failed>';
  }
}
