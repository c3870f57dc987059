// Printing an uncaught exception as CPython 3.11 prints it (traceback.py's layout):
// chained exceptions first, each section with its "Traceback (most recent call last):"
// entries, the source line, and the exception line.
import type { Py } from '../objects/object';
import { PyBaseException } from '../objects/exceptions';
import { PyTraceback } from '../objects/traceback';
import { pyStr, pyRepr } from '../objects/protocols';
import { typeOf } from '../objects/typeOf';
import { Frame } from '../vm/frame';
import { sourceLine } from './sourceLines';
import { strStrip } from '../objects/strMethods';

const CAUSE_HEADER = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_HEADER = '\nDuring handling of the above exception, another exception occurred:\n\n';

/** The text CPython writes to stderr for an uncaught exception. */
export function formatException(exc: PyBaseException): string {
  const seen = new Set<PyBaseException>();
  return formatChain(exc, seen);
}

function formatChain(exc: PyBaseException, seen: Set<PyBaseException>): string {
  seen.add(exc);
  let text = '';
  const cause = exc.cause;
  const context = exc.context;
  if (cause instanceof PyBaseException && !seen.has(cause)) {
    text += formatChain(cause, seen) + CAUSE_HEADER;
  } else if (!exc.suppressContext && context instanceof PyBaseException && !seen.has(context)) {
    text += formatChain(context, seen) + CONTEXT_HEADER;
  }
  if (exc.traceback !== null) text += 'Traceback (most recent call last):\n' + formatTraceback(exc.traceback);
  return text + formatExceptionOnly(exc);
}

export function formatTraceback(tb: PyTraceback | null): string {
  let text = '';
  for (let entry = tb; entry !== null; entry = entry.next) {
    const frame = entry.frame as Frame;
    const filename = frame.code.co_filename;
    text += `  File "${filename}", line ${entry.lineno ?? '?'}, in ${frame.code.co_name}\n`;
    if (entry.lineno !== null) {
      const line = sourceLine(filename, entry.lineno);
      if (line) text += `    ${strStrip(line)}\n`;
    }
  }
  return text;
}

/** The last line(s): `Type: message`, with the module for classes outside builtins and __main__. */
export function formatExceptionOnly(exc: PyBaseException): string {
  const type = typeOf(exc);
  const module = type.attrs.get('__module__');
  const name = typeof module === 'string' && module !== 'builtins' && module !== '__main__' ? `${module}.${type.qualname}` : type.qualname;
  let message: string;
  try {
    message = pyStr(exc);
  } catch {
    message = '<exception str() failed>';
  }
  let text = message === '' ? `${name}\n` : `${name}: ${message}\n`;
  const notes = exc.dict?.getStr('__notes__');
  if (notes !== undefined) text += formatNotes(notes);
  return text;
}

function formatNotes(notes: Py): string {
  const items = (notes as { items?: Py[] }).items;
  if (items === undefined) return `${safeRepr(notes)}\n`;
  return items.map((note) => `${typeof note === 'string' ? note : safeRepr(note)}\n`).join('');
}

function safeRepr(value: Py): string {
  try {
    return pyRepr(value);
  } catch {
    return '<note repr() failed>';
  }
}
