// The report CPython 3.11 prints for an uncaught SyntaxError, after the traceback
// frames: where the error is, the offending line, carets under the culprit, then
// the exception line. This is the interpreter's built-in printer (sys.excepthook),
// not the traceback module's, and the two differ: the built-in one works on the
// line's UTF-8 bytes, so columns and lengths are byte counts there, and it shows
// only one caret for IndentationError and TabError.
import { PyFrontEndError, PySyntaxError } from '../tokenizer/syntaxError';

const MARGIN = '    ';

/** The report's lines, each ending in a newline, as one string. */
export function formatSyntaxErrorReport(error: PySyntaxError): string {
  const { filename, lineno, text } = error.location;
  // Without a line number CPython prints no location at all.
  const report = lineno === null ? [] : [`  File "${filename}", line ${lineno}\n`];
  if (text !== null && lineno !== null) report.push(...quoteSourceLine(error, text));
  report.push(error.msg === '' ? `${error.kind}\n` : `${error.kind}: ${error.msg}\n`);
  return report.join('');
}

/** The source line and, when the offset falls inside it, the caret line below it. */
export function quoteSourceLine(error: PySyntaxError, text: string): string[] {
  const lineno = error.location.lineno ?? 0;
  const offset = error.location.offset ?? 0;
  const bytes = Buffer.from(text, 'utf8');
  // Only a plain SyntaxError's span is shown; its subclasses get a single caret.
  let endOffset = error.kind === 'SyntaxError' ? error.location.end_offset ?? -1 : -1;
  const endLineno = error.kind === 'SyntaxError' ? error.location.end_lineno ?? lineno : lineno;
  // A span running past this line is underlined to the line's end.
  if (endLineno > lineno) endOffset = bytes.length;
  endOffset = Math.min(endOffset, bytes.length + 1);
  const caretCount = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;

  // The line is handled as a C string: anything after a NUL is never seen.
  const nul = bytes.indexOf(0);
  const visible = nul === -1 ? bytes : bytes.subarray(0, nul);
  // Leading blanks are dropped, moving the 0-based column left with them.
  let start = 0;
  let column = offset - 1;
  while (start < visible.length && isLeadingBlank(visible[start])) {
    start++;
    column--;
  }
  let length = visible.length - start;
  if (length > 0 && visible[visible.length - 1] === 0x0a) length--;
  column = Math.min(column, length);
  // When the text holds several lines, show the one the column falls in.
  for (let newline = visible.indexOf(0x0a, start); newline !== -1; newline = visible.indexOf(0x0a, start)) {
    const lineLength = newline - start;
    if (lineLength >= column) break;
    start += lineLength + 1;
    length -= lineLength + 1;
    column -= lineLength + 1;
  }

  const shown = visible.subarray(start).toString('utf8');
  const lines = [MARGIN, shown];
  if (visible[start + length] !== 0x0a) lines.push('\n');
  if (column >= 0) lines.push(MARGIN, ' '.repeat(column), '^'.repeat(caretCount), '\n');
  return lines;
}

function isLeadingBlank(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0c;
}

/**
 * Prints what CPython prints for an uncaught error of the front end (the report for a
 * SyntaxError, the exception line for the others) and returns the exit status, 1.
 * Anything else is a bug in pyvm and propagates.
 */
export function reportFrontEndFailure(error: unknown): number {
  if (error instanceof PyFrontEndError) process.stderr.write(`${error.message}\n`);
  else if (error instanceof PySyntaxError) process.stderr.write(formatSyntaxErrorReport(error));
  else throw error;
  return 1;
}
