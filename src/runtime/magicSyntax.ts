// IPython's syntax in a cell, turned into Python before compilation as IPython's
// inputtransformer2 turns it: `%%name args` on the cell's first line (a cell magic),
// `%name args` (a line magic, also indented in a block or after `x =`), `!cmd`,
// `x = !cmd` and `!!cmd` (shell commands), `obj?`/`?obj`/`obj??` (help), and the
// autocall escapes `,f a b`, `;f a b`, `/f a b`. Each becomes the call IPython generates
// (`get_ipython().run_line_magic('name', 'args')`, ...). Lines are found with pyvm's own
// tokenizer, so text in strings and lines that are not escapes are never touched.
//
// One difference, on purpose: IPython joins a backslash-continued escape line into one
// line, moving the lines below it up; here blank lines take the place of the joined ones,
// so that a traceback's line numbers are those of the cell as typed.
import { Tokenizer } from '../tokenizer/tokenizer';
import { type Token, TokenType } from '../tokenizer/token';
import { PySyntaxError } from '../tokenizer/syntaxError';
import { strRepr } from '../objects/strRepr';

/** The characters that make a logical line an escape when they start it (IPython's ESCAPE_SINGLES). */
const ESCAPES = new Set(['!', '?', '%', ',', ';', '/']);

/** How many transformations one cell may need at most (IPython's TRANSFORM_LOOP_LIMIT). */
const TRANSFORM_LOOP_LIMIT = 500;

/** IPython's _help_end_re: a (magic or dotted) name followed by `?` or `??` at the end. */
const HELP_END = /(%{0,2}(?!\d)[\p{L}\p{N}_*]+(?:\.[\p{L}\p{N}_*]+)*)(\?\??)$/u;

/** A logical line's tokens (INDENT and DEDENT left out), as IPython's make_tokens_by_line groups them. */
interface LogicalLine {
  tokens: PlacedToken[];
  /** Whether the tokenizer gave up inside this line: its end is not known. */
  broken: boolean;
}

interface PlacedToken {
  type: TokenType;
  text: string;
  /** 0-based line index, and UTF-16 index into that line. */
  line: number;
  column: number;
}

/** A place to rewrite, and how: the candidates of one pass are tried by priority, then position. */
interface Rewrite {
  priority: number;
  line: number;
  column: number;
  /** The cell's lines with this rewrite done, or null when it does not apply after all (IPython's SyntaxError). */
  apply(lines: string[]): string[] | null;
}

/** The cell as Python: its IPython syntax turned into calls, its lines (and their numbers) otherwise unchanged. */
export function transformCell(cell: string): string {
  const text = cell.endsWith('\n') ? cell : `${cell}\n`;
  let lines = text.split(/(?<=\n)/);
  const cellMagic = cellMagicCall(lines);
  if (cellMagic !== null) return cellMagic;
  for (let pass = 0; pass < TRANSFORM_LOOP_LIMIT; pass++) {
    const rewritten = rewriteOnce(lines);
    if (rewritten === null) break;
    lines = rewritten;
  }
  return lines.join('');
}

/** Whether the cell is a cell magic (`%%name` on its first non-blank line), as IPython decides before anything else. */
export function isCellMagic(cell: string): boolean {
  return cellMagicCall(cell.split(/(?<=\n)/)) !== null;
}

/**
 * The text tracebacks quote for a cell run as `python` (its transform): that text, as
 * IPython quotes it, but for a cell magic, whose body (run by the magic as lines of the
 * cell) follows as typed.
 */
export function quotedSource(cell: string, python: string): string {
  if (!isCellMagic(cell)) return python;
  const callLines = python.split('\n').length - 1;
  return python + cell.split(/(?<=\n)/).slice(callLines).join('');
}

/** IPython's cell_magic transform, after its removal of leading blank lines (kept here, as blank lines). */
function cellMagicCall(lines: string[]): string | null {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || !lines[first].startsWith('%%') || /^%%\w+\?/u.test(lines[first])) return null;
  const [name, args] = partition(lines[first].slice(2).trimEnd(), ' ');
  const body = lines.slice(first + 1).join('');
  return `${'\n'.repeat(first)}get_ipython().run_cell_magic(${strRepr(name)}, ${strRepr(args)}, ${strRepr(body)})\n`;
}

/** One of IPython's token transforms: the first candidate (by priority, then place) that applies, or null when none does. */
function rewriteOnce(lines: string[]): string[] | null {
  const logical = logicalLines(lines);
  const candidates = [magicAssign(logical), systemAssign(logical, lines), escapedCommand(logical), helpEnd(logical)]
    .filter((rewrite): rewrite is Rewrite => rewrite !== null)
    .sort((a, b) => a.priority - b.priority || a.line - b.line || a.column - b.column);
  for (const candidate of candidates) {
    const result = candidate.apply(lines);
    if (result !== null) return result;
  }
  return null;
}

/**
 * The cell's logical lines, read by pyvm's tokenizer. Escape lines often do not tokenize
 * (`%cd 'my dir`, `!echo it's`): the line the tokenizer gives up in is kept, marked
 * broken, and the lines after it are not read; rewriting it lets the next pass go further.
 */
function logicalLines(lines: string[]): LogicalLine[] {
  const tokenizer = new Tokenizer(lines.join(''), { filename: '<cell>', typeComments: false });
  const result: LogicalLine[] = [];
  let current: PlacedToken[] = [];
  try {
    for (let token = tokenizer.next(); token.type !== TokenType.ENDMARKER; token = tokenizer.next()) {
      if (token.type === TokenType.INDENT || token.type === TokenType.DEDENT) continue;
      if (token.type === TokenType.NEWLINE) {
        result.push({ tokens: current, broken: false });
        current = [];
      } else {
        current.push(place(token, lines));
      }
    }
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    if (current.length > 0) result.push({ tokens: current, broken: true });
  }
  return result;
}

function place(token: Token, lines: string[]): PlacedToken {
  const line = token.lineno - 1;
  return { type: token.type, text: token.string, line, column: utf16Column(lines[line] ?? '', token.col_offset) };
}

/** The UTF-16 index in `line` of the character `bytes` UTF-8 bytes into it. */
function utf16Column(line: string, bytes: number): number {
  let index = 0;
  for (let counted = 0; counted < bytes && index < line.length;) {
    const codePoint = line.codePointAt(index)!;
    counted += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return index;
}

/** `x = %magic args` (IPython's MagicAssign). */
function magicAssign(logical: LogicalLine[]): Rewrite | null {
  for (const { tokens } of logical) {
    const assign = assignmentIndex(tokens);
    if (assign === null) continue;
    const percent = tokens[assign + 1];
    if (percent?.text === '%' && tokens[assign + 2]?.type === TokenType.NAME) {
      return escapeRewrite(10, percent, (rhs) => {
        const [name, args] = partition(rhs.slice(1), ' ');
        return `get_ipython().run_line_magic(${strRepr(name)}, ${strRepr(args)})`;
      });
    }
  }
  return null;
}

/** `x = !cmd` (IPython's SystemAssign). */
function systemAssign(logical: LogicalLine[], lines: string[]): Rewrite | null {
  for (const { tokens } of logical) {
    const assign = assignmentIndex(tokens);
    if (assign === null || lines[tokens[assign].line].trim().startsWith('=')) continue;
    const bang = tokens[assign + 1];
    if (bang?.text === '!') return escapeRewrite(10, bang, (rhs) => `get_ipython().getoutput(${strRepr(rhs.slice(1))})`);
  }
  return null;
}

/** A logical line that starts with an escape: `%magic`, `!cmd`, `!!cmd`, `?name`, `??name`, `,f`, `;f`, `/f` (IPython's EscapedCommand). */
function escapedCommand(logical: LogicalLine[]): Rewrite | null {
  for (const { tokens } of logical) {
    const first = tokens[0];
    if (first !== undefined && ESCAPES.has(first.text)) return escapeRewrite(10, first, escapeCall);
  }
  return null;
}

/** What an escaped line becomes (IPython's `tr` table). */
function escapeCall(line: string): string {
  const escape = line.startsWith('!!') || line.startsWith('??') ? line.slice(0, 2) : line.slice(0, 1);
  const content = line.slice(escape.length);
  const [name, args] = partition(content, ' ');
  switch (escape) {
    case '!':
      return `get_ipython().system(${strRepr(content)})`;
    case '!!':
      return `get_ipython().getoutput(${strRepr(content)})`;
    case '?':
    case '??':
      return content === '' ? 'get_ipython().show_usage()' : helpCall(content, escape);
    case '%':
      return `get_ipython().run_line_magic(${strRepr(name)}, ${strRepr(args)})`;
    case ',':
      return `${name}("${args.split(/\s+/u).filter((word) => word !== '').join('", "')}")`;
    case ';':
      return `${name}("${args}")`;
    default:
      return `${name}(${args.split(/\s+/u).filter((word) => word !== '').join(', ')})`;
  }
}

/** `name?` / `name??` at the end of a logical line: help on the last name before it (IPython's HelpEnd, tried first). */
function helpEnd(logical: LogicalLine[]): Rewrite | null {
  for (const { tokens, broken } of logical) {
    const last = tokens[tokens.length - 1];
    if (broken || tokens.length < 2 || last.text !== '?') continue;
    const [start] = tokens;
    return {
      priority: 5,
      line: start.line,
      column: start.column,
      apply(lines) {
        const piece = lines.slice(start.line, last.line + 1).join('');
        const match = HELP_END.exec(piece.slice(start.column).replace(/\n$/u, ''));
        if (match === null) return null;
        const call = helpCall(match[1], match[2]);
        return replaceLines(lines, start.line, last.line, piece.slice(0, start.column) + call);
      },
    };
  }
  return null;
}

/** IPython's _make_help_call: `pinfo`, `pinfo2` (`??`) or `psearch` (a `*` pattern), as a line magic. */
function helpCall(target: string, escape: string): string {
  const magic = escape === '??' ? 'pinfo2' : target.includes('*') ? 'psearch' : 'pinfo';
  return `get_ipython().run_line_magic(${strRepr(magic)}, ${strRepr(target)})`;
}

/**
 * A rewrite of the escape at `token` to the end of its line (with its backslash
 * continuations): what is left of the escape stays, the escape text becomes `call(text)`.
 */
function escapeRewrite(priority: number, token: PlacedToken, call: (text: string) => string): Rewrite {
  return {
    priority,
    line: token.line,
    column: token.column,
    apply(lines) {
      const end = endOfContinuedLine(lines, token.line);
      const parts = [lines[token.line].slice(token.column), ...lines.slice(token.line + 1, end + 1)];
      // IPython's assemble_continued_line: the backslash-newlines become spaces.
      const text = [...parts.slice(0, -1).map((part) => part.trimEnd().slice(0, -1)), parts[parts.length - 1].trimEnd()].join(' ');
      return replaceLines(lines, token.line, end, lines[token.line].slice(0, token.column) + call(text));
    },
  };
}

/** Lines `first` to `last` replaced by `line`, and blank lines for the rest, so that the lines after keep their numbers. */
function replaceLines(lines: string[], first: number, last: number, line: string): string[] {
  return [...lines.slice(0, first), `${line}\n`, ...Array<string>(last - first).fill('\n'), ...lines.slice(last + 1)];
}

function endOfContinuedLine(lines: string[], start: number): number {
  let end = start;
  while (end < lines.length - 1 && lines[end].endsWith('\\\n')) end++;
  return end;
}

/** The index of the first `=` outside brackets (IPython's _find_assign_op). */
function assignmentIndex(tokens: PlacedToken[]): number | null {
  let depth = 0;
  for (let index = 0; index < tokens.length; index++) {
    const text = tokens[index].text;
    if (text === '=' && depth === 0) return index;
    if (text === '(' || text === '[' || text === '{') depth++;
    else if ((text === ')' || text === ']' || text === '}') && depth > 0) depth--;
  }
  return null;
}

/** Python's str.partition. */
function partition(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}
