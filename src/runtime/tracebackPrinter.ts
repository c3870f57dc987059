// Printing an uncaught exception as CPython 3.11's built-in printer does (pythonrun.c's
// print_exception_recursive and traceback.c's tb_printinternal; the traceback module's
// formatting differs in details and is not what python3 shows): chained exceptions
// first, then each traceback entry with its source line and the position markers under
// it, runs of the same entry collapsed, the exception line with a "Did you mean" hint,
// the notes, and exception groups drawn as nested boxes.
import type { Py } from '../objects/object';
import { PyBaseException, SyntaxError } from '../objects/exceptions';
import { PyTraceback } from '../objects/traceback';
import { getAttr, getAttrOrUndefined, iterableToArray, pyRepr, pyStr } from '../objects/protocols';
import { intValue } from '../objects/int';
import { PyDict } from '../objects/dict';
import { typeOf } from '../objects/typeOf';
import { groupMembers, isExceptionGroup } from '../objects/exceptionGroup';
import { positionsAt } from '../vm/codeInfo';
import type { Frame } from '../vm/frame';
import { getSysAttribute } from '../modules/sysAccess';
import { PySyntaxError } from '../tokenizer/syntaxError';
import { strSplitlines } from '../objects/strMethods';
import { sourceLine } from './sourceLines';
import { quoteSourceLine } from './syntaxErrorReport';
import { offerSuggestion } from './suggestions';
import { errorLocationAnchors } from './errorLocationAnchors';
import { byteOffsetToCharacterOffset } from './byteOffsets';

const TRACEBACK_HEADER = 'Traceback (most recent call last):\n';
const GROUP_TRACEBACK_HEADER = 'Exception Group Traceback (most recent call last):\n';
const CAUSE_MESSAGE = 'The above exception was the direct cause of the following exception:\n';
const CONTEXT_MESSAGE = 'During handling of the above exception, another exception occurred:\n';
const TRACEBACK_LIMIT = 1000;
const RECURSIVE_CUTOFF = 3;
const SOURCE_LINE_INDENT = 4;
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** The state of one printing: CPython's exception_print_context, and the text so far. */
class ExceptionPrinter {
  text = '';
  /** Exceptions already printed, so that chains with cycles end. */
  readonly seen = new Set<PyBaseException>();
  /** How deep inside exception groups the exception being printed is. */
  groupDepth = 0;
  /** Whether the box of the group being printed still needs its bottom line. */
  needClose = false;

  get indent(): number {
    return 2 * this.groupDepth;
  }

  get margin(): string {
    return this.groupDepth > 0 ? '| ' : '';
  }

  /** Writes the indentation and the margin, then `text`. */
  writeLine(text: string): void {
    this.text += ' '.repeat(this.indent) + this.margin + text;
  }
}

/**
 * What PyErr_Display writes for `value` (sys.excepthook, _thread._excepthook): its
 * traceback (`traceback` put on an exception that has none), or, for a value that is no
 * exception, the TypeError line CPython writes instead.
 */
export function formatDisplayedError(value: Py, traceback: Py): string {
  if (!(value instanceof PyBaseException)) return `TypeError: print_exception(): Exception expected for value, ${typeOf(value).name} found\n`;
  if (traceback instanceof PyTraceback && value.traceback === null) value.traceback = traceback;
  return formatException(value);
}

/** The text CPython writes to stderr for an uncaught exception. */
export function formatException(exc: PyBaseException): string {
  const printer = new ExceptionPrinter();
  printRecursive(printer, exc);
  return printer.text;
}

function printRecursive(printer: ExceptionPrinter, exc: PyBaseException): void {
  printCauseAndContext(printer, exc);
  if (isExceptionGroup(exc)) printGroup(printer, exc);
  else printException(printer, exc);
}

/** The exception an exception was raised from, or else the one being handled when it was raised, unless printed already. */
function printCauseAndContext(printer: ExceptionPrinter, exc: PyBaseException): void {
  printer.seen.add(exc);
  const cause = exc.cause;
  if (cause instanceof PyBaseException) {
    if (!printer.seen.has(cause)) printChained(printer, cause, CAUSE_MESSAGE);
    return;
  }
  if (exc.suppressContext) return;
  const context = exc.context;
  if (context instanceof PyBaseException && !printer.seen.has(context)) printChained(printer, context, CONTEXT_MESSAGE);
}

function printChained(printer: ExceptionPrinter, exc: PyBaseException, message: string): void {
  const needClose = printer.needClose;
  printRecursive(printer, exc);
  printer.needClose = needClose;
  printer.writeLine('\n');
  printer.writeLine(message);
  printer.writeLine('\n');
}

function printGroup(printer: ExceptionPrinter, group: PyBaseException): void {
  if (printer.groupDepth > MAX_GROUP_DEPTH) {
    printer.writeLine(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  const outermost = printer.groupDepth === 0;
  if (outermost) printer.groupDepth++;
  printException(printer, group);
  const members = groupMembers(group);
  const shown = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  printer.needClose = false;
  for (let i = 0; i < shown; i++) {
    const last = i === shown - 1;
    // A nested group may draw the closing line for both.
    if (last) printer.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const label = truncated ? '...' : String(i + 1);
    printer.text += `${' '.repeat(printer.indent)}${i === 0 ? '+-' : '  '}+---------------- ${label} ----------------\n`;
    printer.groupDepth++;
    if (!truncated) {
      printRecursive(printer, members[i]);
    } else {
      const remaining = members.length - MAX_GROUP_WIDTH;
      printer.writeLine(`and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && printer.needClose) {
      printer.text += `${' '.repeat(printer.indent)}+------------------------------------\n`;
      printer.needClose = false;
    }
    printer.groupDepth--;
  }
  if (outermost) printer.groupDepth--;
}

function printException(printer: ExceptionPrinter, exc: PyBaseException): void {
  if (exc.traceback !== null) printTraceback(printer, exc);
  let value: Py = exc;
  if (safely(() => getAttrOrUndefined(exc, 'print_file_and_line'), undefined) !== undefined) {
    const syntaxError = syntaxErrorReport(exc);
    if (syntaxError !== undefined) {
      const { filename, lineno, text } = syntaxError.report.location;
      printer.writeLine(`  File "${filename}", line ${lineno}\n`);
      // CPython writes the quoted line without the group margin.
      if (text !== null) printer.text += quoteSourceLine(syntaxError.report, text).join('');
      value = syntaxError.message;
    }
  }
  printer.writeLine(exceptionLine(exc, value));
  const suggestion = offerSuggestion(exc);
  if (suggestion !== undefined) printer.text += `. Did you mean: '${suggestion}'?`;
  printer.text += '\n';
  printNotes(printer, exc);
}

/** The type, module-qualified outside builtins and __main__, then ": " and str(value) unless that is empty. */
function exceptionLine(exc: PyBaseException, value: Py): string {
  const type = typeOf(exc);
  const line = `${moduleOf(type)}${type.qualname}`;
  if (value === null) return line;
  const message = safely<string | undefined>(() => pyStr(value), undefined);
  if (message === undefined) return `${line}: <exception str() failed>`;
  return message === '' ? line : `${line}: ${message}`;
}

function moduleOf(type: Py): string {
  const module = safely<Py | undefined>(() => getAttr(type, '__module__'), undefined);
  if (typeof module !== 'string') return '<unknown>.';
  return module === 'builtins' || module === '__main__' ? '' : `${module}.`;
}

/** The notes, each str()'d and each of its lines behind the margin; a __notes__ that is no sequence is shown by its repr. */
function printNotes(printer: ExceptionPrinter, exc: PyBaseException): void {
  const notes = safely(() => getAttrOrUndefined(exc, '__notes__'), undefined);
  if (notes === undefined) return;
  if (notes instanceof PyDict || typeOf(notes).lookup('__getitem__') === undefined) {
    printer.writeLine(safely(() => pyRepr(notes), '<__notes__ repr() failed>'));
    return;
  }
  for (const note of iterableToArray(notes)) {
    const text = safely(() => pyStr(note), '<note str() failed>');
    for (const line of strSplitlines(text, true)) printer.writeLine(line);
    printer.text += '\n';
  }
}

/** What `make` gives, or `fallback` when it raises a Python exception (which printing ignores). */
export function safely<T>(make: () => T, fallback: T): T {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    return fallback;
  }
}

// ---------------------------------------------------------------- SyntaxError's location

/**
 * parse_syntax_error: the location a SyntaxError's attributes give (as the compiler's
 * report of a syntax error, which is printed the same way) and its msg, which replaces
 * str(exc) on the exception line; undefined when the attributes do not make a location.
 */
function syntaxErrorReport(exc: PyBaseException): { report: PySyntaxError; message: Py } | undefined {
  try {
    const message = getAttrOrUndefined(exc, 'msg') ?? null;
    const filename = getAttr(exc, 'filename');
    const lineno = sizeAttribute(exc, 'lineno', undefined);
    if (lineno === undefined) return undefined;
    const offset = sizeAttribute(exc, 'offset', -1);
    // Only SyntaxError itself shows the span: its subclasses point at the start.
    const exact = exc.cls === SyntaxError;
    const endLineno = exact ? sizeAttribute(exc, 'end_lineno', lineno) : lineno;
    const endOffset = exact ? sizeAttribute(exc, 'end_offset', -1) : -1;
    if (offset === undefined || endLineno === undefined || endOffset === undefined) return undefined;
    const text = getAttr(exc, 'text');
    const location = {
      filename: filename === null ? '<string>' : pyStr(filename),
      lineno,
      offset,
      end_lineno: endLineno,
      end_offset: endOffset,
      text: text === null ? null : pyStr(text),
    };
    return { report: new PySyntaxError('SyntaxError', '', location), message };
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
    return undefined;
  }
}

/** An int attribute (PyLong_AsSsize_t), `ifNone` for None; undefined when it is neither. */
function sizeAttribute(exc: PyBaseException, name: string, ifNone: number | undefined): number | undefined {
  const value = getAttr(exc, name);
  if (value === null) return ifNone;
  const int = intValue(value);
  return int === undefined ? undefined : Number(int);
}

// ---------------------------------------------------------------- traceback entries

function printTraceback(printer: ExceptionPrinter, exc: PyBaseException): void {
  const group = isExceptionGroup(exc);
  const headerMargin = group && printer.groupDepth === 1 ? '+ ' : printer.margin;
  printEntries(printer, exc.traceback!, headerMargin + (group ? GROUP_TRACEBACK_HEADER : TRACEBACK_HEADER));
}

/** PyTraceBack_Print: a traceback alone, with its header (how sys.unraisablehook shows where an exception came from). */
export function formatTraceback(traceback: PyTraceback): string {
  const printer = new ExceptionPrinter();
  printEntries(printer, traceback, TRACEBACK_HEADER);
  return printer.text;
}

/** tb_printinternal: the header, then the entries from `first` on; nothing when sys.tracebacklimit is not positive. */
function printEntries(printer: ExceptionPrinter, first: PyTraceback, header: string): void {
  const limit = tracebackLimit();
  if (limit <= 0) return;
  printer.text += ' '.repeat(printer.indent) + header;
  const entries: PyTraceback[] = [];
  for (let tb: PyTraceback | null = first; tb !== null; tb = tb.next) entries.push(tb);
  // Only the innermost `limit` entries are shown.
  let lastKey: string | undefined;
  let count = 0;
  for (const tb of entries.slice(Math.max(0, entries.length - limit))) {
    const frame = tb.frame as Frame;
    const lineno = tb.lineno ?? -1;
    const key = lineno === -1 ? undefined : `${frame.code.co_filename}\0${lineno}\0${frame.code.co_name}`;
    if (key === undefined || key !== lastKey) {
      if (count > RECURSIVE_CUTOFF) printRepeated(printer, count);
      lastKey = key;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) printEntry(printer, tb, frame, lineno);
  }
  if (count > RECURSIVE_CUTOFF) printRepeated(printer, count);
}

/** sys.tracebacklimit when it is an int, else 1000. */
function tracebackLimit(): number {
  const limit = intValue(getSysAttribute('tracebacklimit'));
  return limit === undefined ? TRACEBACK_LIMIT : Number(limit);
}

function printRepeated(printer: ExceptionPrinter, count: number): void {
  const more = count - RECURSIVE_CUTOFF;
  printer.writeLine(`  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`);
}

/** tb_displayline: where, the source line, and the markers under the part of it that failed. */
function printEntry(printer: ExceptionPrinter, tb: PyTraceback, frame: Frame, lineno: number): void {
  const code = frame.code;
  printer.writeLine(`  File "${code.co_filename}", line ${lineno}, in ${code.co_name}\n`);
  const line = sourceLineWithoutEnd(code.co_filename, lineno);
  if (line === undefined) return;
  const indentation = leadingWhitespace(line);
  printer.writeLine(`${' '.repeat(SOURCE_LINE_INDENT)}${line.slice(indentation)}\n`);
  const markers = markerLine(line, indentation, frame, tb.lasti);
  if (markers !== undefined) printer.writeLine(markers);
}

/** The line as a text file's readline() gives it, without its line end; undefined when there is none. */
function sourceLineWithoutEnd(filename: string, lineno: number): string | undefined {
  if (lineno < 1) return undefined;
  const line = sourceLine(filename, lineno);
  if (line === '') return undefined;
  return line.replace(/(\r\n|\r|\n)$/, '');
}

/** How many spaces, tabs and form feeds begin the line. */
function leadingWhitespace(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\f')) i++;
  return i;
}

/**
 * The markers under the source line: ^ under the instruction's span, or ~ with ^ under
 * the operator of a binary operation or the brackets of a subscript. None when the span
 * covers the whole line and nothing narrower is marked.
 */
function markerLine(line: string, indentation: number, frame: Frame, lasti: number): string | undefined {
  const span = positionsAt(frame.info, lasti);
  if (span.lineno === null || span.end_lineno === null || span.col_offset === null || span.end_col_offset === null) return undefined;
  if (span.lineno < 0 || span.end_lineno < 0 || span.col_offset < 0 || span.end_col_offset < 0) return undefined;
  const utf8 = Buffer.from(line, 'utf8');
  const chars = Array.from(line);
  const start = byteOffsetToCharacterOffset(utf8, span.col_offset);
  let end = byteOffsetToCharacterOffset(utf8, span.end_col_offset);
  let anchors: { left: number; right: number } | undefined;
  if (span.lineno === span.end_lineno) {
    anchors = errorLocationAnchors(chars.slice(start, end).join(''), frame.code.co_filename);
    if (anchors !== undefined) anchors = { left: anchors.left + start, right: anchors.right + start };
  } else {
    // A span running onto later lines is marked to the end of this one. (CPython looks
    // at the line's UTF-8 bytes with its length in characters: kept as it is.)
    let i = chars.length;
    while (--i >= 0 && isBlankByte(utf8[i])) { /* skip trailing blanks */ }
    end = i + 1;
  }
  if (end - start === chars.length - indentation && anchors === undefined) return undefined;
  let markers = '';
  for (let column = indentation - SOURCE_LINE_INDENT; column < end; column++) {
    if (column < start) markers += ' ';
    else if (anchors !== undefined && anchors.left <= column && column < anchors.right) markers += '^';
    else markers += anchors !== undefined ? '~' : '^';
  }
  return `${markers}\n`;
}

function isBlankByte(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0c;
}
