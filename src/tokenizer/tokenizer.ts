// Source text → tokens, as CPython 3.11's C tokenizer hands them to its parser.
//
// CPython defines more than the token stream: the positions and texts of its syntax errors come from
// the tokenizer's reading state (the current line, the read position, the start of the line buffer).
// So this reader keeps the same state, reads the source one line at a time, lazily, and produces each
// error at the moment and place CPython produces it. Columns of tokens are UTF-8 byte offsets, as in
// CPython's AST; error offsets are code points, as in CPython's SyntaxError.

import {
  PyFrontEndError, PySyntaxError, type CompileWarning, type CompileWarningSink, type PyFrontEndFailure, type SyntaxErrorKind, type SyntaxErrorLocation,
} from './syntaxError';
import { TokenType, type Token } from './token';
import { encodeKeepingEscapes, hasEscapedBytes, undecodableBytesError } from './sourceDecoding';

export interface TokenizerOptions {
  filename: string;
  /** Emit TYPE_COMMENT / TYPE_IGNORE tokens for `# type:` comments (ast.parse(type_comments=True)). */
  typeComments: boolean;
  /**
   * The compile() mode; 'exec' when absent. Only 'exec' input gets a newline appended when it lacks
   * one, and 'single' input has its end turned into NEWLINE plus the DEDENTs still open, as CPython's
   * parser does for interactive statements.
   */
  mode?: 'exec' | 'eval' | 'single' | 'func_type';
  /**
   * The source came as bytes with neither a BOM nor a coding cookie (see hasEncodingDeclaration):
   * compile() then reports the offsets of the errors its parser places in UTF-8 bytes, not in
   * characters. The errors the tokenizer raises itself count characters either way.
   */
  undeclaredEncoding?: boolean;
  /** Where the SyntaxWarnings for a number running into a keyword (`1if x else y`) go; none without it. */
  warn?: CompileWarningSink;
}

const EOF = -1;
const TAB = 0x09;
const LF = 0x0a;
const FORMFEED = 0x0c;
const SPACE = 0x20;
const HASH = 0x23;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const DOT = 0x2e;
const ZERO = 0x30;
const BACKSLASH = 0x5c;
const UNDERSCORE = 0x5f;

const TAB_SIZE = 8;
/** CPython refuses the 100th nested indentation level. */
const MAX_INDENT = 100;
const MAX_BRACKET_DEPTH = 200;

// ASCII character classes; every non-ASCII character may belong to an identifier until it is checked.
const IDENTIFIER_START = 1;
const IDENTIFIER_PART = 2;
const DIGIT = 4;
const HEX_DIGIT = 8;
const ALPHANUMERIC = 16;
const asciiClass = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const letter = /[A-Za-z]/.test(ch);
  const digit = /[0-9]/.test(ch);
  asciiClass[c] =
    (letter || ch === '_' ? IDENTIFIER_START | IDENTIFIER_PART : 0) |
    (digit ? DIGIT | IDENTIFIER_PART : 0) |
    (/[0-9A-Fa-f]/.test(ch) ? HEX_DIGIT : 0) |
    (letter || digit ? ALPHANUMERIC : 0);
}

const hasClass = (c: number, cls: number): boolean => c >= 0 && c < 128 && (asciiClass[c] & cls) !== 0;
const isDigit = (c: number): boolean => hasClass(c, DIGIT);
const isHexDigit = (c: number): boolean => hasClass(c, HEX_DIGIT);
const isPotentialIdentifierStart = (c: number): boolean => c >= 128 || hasClass(c, IDENTIFIER_START);
const isPotentialIdentifierChar = (c: number): boolean => c >= 128 || hasClass(c, IDENTIFIER_PART);
const isOneOf = (c: number, chars: string): boolean => c >= 0 && chars.includes(String.fromCharCode(c));

/** The longest prefix of an identifier that PEP 3131 accepts, in UTF-16 units. */
const VALID_IDENTIFIER_PREFIX = /(?:[\p{XID_Start}_]\p{XID_Continue}*)?/uy;
/** Characters Python's str.isprintable() rejects (it accepts the ASCII space). */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const NON_ASCII = /[^\x00-\x7f]/g;

/** Operators of two characters ('<>' is NOTEQUAL, which the parser refuses outside barry_as_FLUFL). */
const TWO_CHAR_OPERATORS = ['!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=', '>>', '@=', '^=', '|='];
const twoCharOperatorTable = new Uint8Array(128 * 128);
for (const op of TWO_CHAR_OPERATORS) twoCharOperatorTable[op.charCodeAt(0) * 128 + op.charCodeAt(1)] = 1;
const isTwoCharOperator = (c1: number, c2: number): boolean => c2 >= 0 && c2 < 128 && twoCharOperatorTable[c1 * 128 + c2] === 1;

/** The three-character operators are two-character ones followed by '=' ('...' is read with numbers). */
const THREE_CHAR_OPERATORS = ['**=', '//=', '<<=', '>>='];
const isThreeCharOperator = (c1: number, c2: number, c3: number): boolean =>
  c3 === 0x3d && THREE_CHAR_OPERATORS.some((op) => op.charCodeAt(0) === c1 && op.charCodeAt(1) === c2);

const CLOSING_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit < 0xdc00;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit < 0xe000;

/**
 * How many UTF-8 bytes the UTF-16 unit s[i] stands for. A surrogate pair counts 4 on its first half
 * and 0 on its second; a lone surrogate is a byte decodeSource could not decode, and stands for itself.
 */
function utf8Width(s: string, i: number): number {
  const unit = s.charCodeAt(i);
  if (unit < 0x80) return 1;
  if (unit < 0x800) return 2;
  if (isHighSurrogate(unit)) return isLowSurrogate(s.charCodeAt(i + 1)) ? 4 : 1;
  if (isLowSurrogate(unit)) return isHighSurrogate(s.charCodeAt(i - 1)) ? 0 : 1;
  return 3;
}

/** Error texts show undecodable bytes as U+FFFD, as CPython's lenient decoding of its buffer does. */
/** Text as CPython shows it in errors: bytes that were not UTF-8 decode with replacement, as its "replace" handler does. */
const readable = (text: string): string => (hasEscapedBytes(text) ? replacingDecoder.decode(encodeKeepingEscapes(text)) : text);
const replacingDecoder = new TextDecoder('utf-8');

/**
 * How many code points the first `byteOffset` UTF-8 bytes of `text` decode to, the way CPython turns a
 * byte offset into an error offset: a character cut in the middle still counts, and an offset past the
 * end counts one more (CPython reads the string's terminating NUL).
 */
function codePointsInUtf8Prefix(text: string, byteOffset: number): number {
  let bytes = 0;
  let count = 0;
  for (let i = 0; i < text.length && bytes < byteOffset; i++) {
    const width = utf8Width(text, i);
    bytes += width;
    if (width > 0) count++;
  }
  return bytes < byteOffset ? count + 1 : count;
}

/** Where a token lies (a Token, or the position CPython gives the error token it hands its parser). */
interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** What stopped the tokenizer. `reported` errors are CPython's raised exceptions; the others are
 * error states that CPython's parser turns into an exception only when it is the one asking. */
interface Failure {
  error: PySyntaxError;
  reported: boolean;
  /** What CPython's tokenizer raises itself, when the parser raises something else in its place. */
  raw?: PyFrontEndError;
}

export class Tokenizer {
  private readonly src: string;
  private readonly filename: string;
  private readonly typeComments: boolean;
  private readonly interactive: boolean;
  private readonly errorOffsetsInBytes: boolean;
  /** Unset once an error was found: reading on to report a better error warns no more (tok->report_warnings). */
  private warn: CompileWarningSink | undefined;

  // The reading state, as CPython's tok_state: `cur` is the read position, `inp` the end of what has
  // been read (the end of the current line), `bufStart` the start of the first line of the token in
  // progress (error texts show the whole buffer), `lineStart` the start of the current line.
  private cur = 0;
  private inp = 0;
  private bufStart = 0;
  private lineStart = 0;
  private lineno = 0;
  private reachedEnd = false;
  /** Where the token being read starts, or -1 between tokens (CPython's tok->start == NULL). */
  private tokenStart = -1;
  private atLineStart = true;

  private readonly indents = [0];
  /** Indentation measured with tabs as one column, to detect ambiguous mixes of tabs and spaces. */
  private readonly altIndents = [0];
  /** INDENTs (> 0) or DEDENTs (< 0) owed to the parser. */
  private pendingIndents = 0;

  private readonly brackets: number[] = [];
  private readonly bracketLines: number[] = [];
  private readonly bracketColumns: number[] = [];

  private failure: Failure | null = null;
  /** No NAME read so far has a non-ASCII character (so none needs NFKC normalization). */
  namesAreAscii = true;
  /** 'single' mode: whether a token has been handed out since the end was last turned into NEWLINE. */
  private statementStarted = false;

  // Caches that keep column arithmetic linear: the next non-ASCII character at or after
  // `nonAsciiSearchedFrom`, and the last UTF-8 length measured from `measuredFrom`.
  private nextNonAscii = -1;
  private nonAsciiSearchedFrom = Infinity;
  private measuredFrom = -1;
  private measuredTo = -1;
  private measuredBytes = 0;
  private nextNul = -1;
  private lineStarts: number[] | null = null;

  constructor(source: string, options: TokenizerOptions) {
    // CPython reads '\r\n' and '\r' as '\n', and ends 'exec' input with a newline when it lacks one.
    let text = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
    const mode = options.mode ?? 'exec';
    if (mode === 'exec' && !text.endsWith('\n')) text += '\n';
    this.src = text;
    this.filename = options.filename;
    this.typeComments = options.typeComments;
    this.interactive = mode === 'single';
    this.errorOffsetsInBytes = options.undeclaredEncoding ?? false;
    this.warn = options.warn;
  }

  /** The next token; throws PySyntaxError for errors found by the tokenizer. */
  next(): Token {
    if (this.failure) throw this.failure.error;
    const token = this.readToken();
    if (!this.interactive || token.type === TokenType.TYPE_IGNORE) return token;
    if (token.type !== TokenType.ENDMARKER || !this.statementStarted) {
      this.statementStarted = true;
      return token;
    }
    // An interactive statement ends at the end of input even without a newline or dedents.
    this.statementStarted = false;
    this.pendingIndents = -(this.indents.length - 1);
    this.indents.length = this.altIndents.length = 1;
    return { ...token, type: TokenType.NEWLINE };
  }

  /** Line `lineno` (1-based) of the source, with its newline, for error reports. */
  lineText(lineno: number): string {
    const starts = this.lineTable();
    if (lineno < 1 || lineno > starts.length) return '';
    return this.src.slice(starts[lineno - 1], lineno < starts.length ? starts[lineno] : this.src.length);
  }

  /** Converts a 0-based UTF-8 byte column on line `lineno` to a 0-based code-point column. */
  charColumn(lineno: number, byteColumn: number): number {
    const line = this.lineText(lineno);
    let bytes = 0;
    let column = 0;
    for (let i = 0; i < line.length && bytes < byteColumn; i++) {
      const width = utf8Width(line, i);
      bytes += width;
      if (width > 0) column++;
    }
    return column + Math.max(0, byteColumn - bytes);
  }

  /**
   * A SyntaxError placed as CPython's parser places errors: `offset` and `endOffset` are 1-based byte
   * columns (an `endOffset` below 1 is kept as is); they become code points counted in the error's
   * text (unless the encoding was undeclared), which is the tokenizer's current buffer when the error
   * is on the line being read, else the source line without its newline.
   */
  errorAt(kind: SyntaxErrorKind, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number): PySyntaxError {
    const text = readable(
      this.lineno <= lineno && this.inp > this.bufStart
        ? this.src.slice(this.bufStart, this.inp)
        : this.lineText(lineno).replace(/\n$/, ''),
    );
    const inText = (column: number): number => (this.errorOffsetsInBytes ? column : codePointsInUtf8Prefix(text, column));
    return new PySyntaxError(kind, msg, {
      filename: this.filename,
      lineno,
      offset: inText(offset),
      end_lineno: endLineno,
      end_offset: endOffset > 0 ? inText(endOffset) : endOffset,
      text,
    });
  }

  /** The source not read yet. */
  unreadText(): string {
    return this.src.slice(this.cur);
  }

  /** Where reading has got to: the line being read and the byte column after the last character read. */
  readPosition(): [lineno: number, column: number] {
    return [this.lineno, this.utf8Span(this.lineStart, this.cur)];
  }

  /**
   * A SyntaxError at `token`, as CPython's parser reports one at a token. Tokens without a column
   * (INDENT, DEDENT, ENDMARKER: col_offset -1) are placed at the tokenizer's current read position.
   */
  errorAtToken(kind: SyntaxErrorKind, msg: string, token: Span): PySyntaxError {
    const offset =
      token.col_offset !== -1
        ? token.col_offset + 1
        : this.cur === this.bufStart
          ? 0
          : this.utf8Span(this.lineStart, this.cur);
    const endOffset = token.end_col_offset !== -1 ? token.end_col_offset + 1 : -1;
    return this.errorAt(kind, msg, token.lineno, offset, token.end_lineno, endOffset);
  }

  /**
   * After its parser fails with an error of its own, CPython tokenizes the rest of the source: an
   * error the tokenizer raises there replaces the parser's, and so does a bracket left open on a line
   * before `lastTokenLineno` (the line of the parser's error token if it named one, else of the last
   * token it read). Returns that error, or null when the parser's error stands.
   */
  errorInRestOfSource(lastTokenLineno: number): PyFrontEndFailure | null {
    if (this.failure) return null;
    this.warn = undefined;
    try {
      while (this.readToken().type !== TokenType.ENDMARKER);
      return null;
    } catch (error) {
      const failure = this.failure as Failure | null;
      if (!failure) throw error;
      if (failure.reported) return failure.raw ?? failure.error;
      const depth = this.brackets.length;
      return depth > 0 && lastTokenLineno > this.bracketLines[depth - 1] ? this.unclosedBracketError() : null;
    }
  }

  // ---- Reading characters ----

  private nextc(): number {
    return this.cur < this.inp ? this.src.charCodeAt(this.cur++) : this.readLine();
  }

  private backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  /** Makes the next line current and returns its first character, or EOF at the end of the source. */
  private readLine(): number {
    if (this.reachedEnd || this.inp >= this.src.length) {
      this.reachedEnd = true;
      this.cur = this.inp;
      return EOF;
    }
    const newline = this.src.indexOf('\n', this.inp);
    const end = newline < 0 ? this.src.length : newline + 1;
    this.lineno++;
    if (this.tokenStart < 0) this.bufStart = this.cur;
    this.lineStart = this.cur;
    this.inp = end;
    if (this.nextNul < this.lineStart) {
      this.nextNul = this.src.indexOf('\0', this.lineStart);
      if (this.nextNul < 0) this.nextNul = Infinity;
    }
    if (this.nextNul < end) {
      const text = this.src.slice(this.lineStart, this.nextNul);
      const location = { filename: this.filename, lineno: this.lineno, offset: 0, end_lineno: this.lineno, end_offset: 0, text };
      throw this.fail(new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', location), true);
    }
    return this.src.charCodeAt(this.cur++);
  }

  // ---- Reading tokens ----

  private readToken(): Token {
    for (;;) {
      this.tokenStart = -1;
      let blankLine = false;
      if (this.atLineStart) {
        this.atLineStart = false;
        blankLine = this.readIndentation();
      }
      if (this.pendingIndents !== 0) {
        const type = this.pendingIndents < 0 ? TokenType.DEDENT : TokenType.INDENT;
        this.pendingIndents += this.pendingIndents < 0 ? 1 : -1;
        return this.columnlessToken(type);
      }

      let c: number;
      for (;;) {
        this.tokenStart = -1;
        do c = this.nextc();
        while (c === SPACE || c === TAB || c === FORMFEED);
        this.tokenStart = this.cur - 1;
        if (c === BACKSLASH) {
          this.continueLine();
          continue;
        }
        break;
      }

      if (c === HASH) {
        // A comment runs to the end of the line, which ends at `inp`.
        this.cur = this.src.charCodeAt(this.inp - 1) === LF ? this.inp - 1 : this.inp;
        c = this.nextc();
        const typeComment = this.typeComments ? this.readTypeComment(c, blankLine) : null;
        if (typeComment) return typeComment;
      }
      if (c === EOF) {
        if (this.brackets.length > 0) throw this.fail(this.unclosedBracketError(), false);
        return this.columnlessToken(TokenType.ENDMARKER);
      }
      if (isPotentialIdentifierStart(c)) return this.readNameOrPrefixedString(c);
      if (c === LF) {
        this.atLineStart = true;
        if (blankLine || this.brackets.length > 0) continue;
        // The newline token covers a trailing comment, and ends where the '\n' starts.
        return this.token(TokenType.NEWLINE, '', this.cur - 1);
      }
      if (c === DOT) return this.readDot();
      if (isDigit(c)) return this.readNumber(c);
      if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) return this.readString(c);
      return this.readOperator(c);
    }
  }

  /** Measures the indentation of a new line and queues INDENT/DEDENT tokens; returns whether the
   * line is blank or holds only a comment (such lines leave indentation alone). */
  private readIndentation(): boolean {
    let column = 0;
    let altColumn = 0;
    // An indentation split by backslashes counts up to the first backslash.
    let continuationColumn = 0;
    let c: number;
    for (;;) {
      c = this.nextc();
      if (c === SPACE) {
        column++;
        altColumn++;
      } else if (c === TAB) {
        column = (Math.floor(column / TAB_SIZE) + 1) * TAB_SIZE;
        altColumn++;
      } else if (c === FORMFEED) {
        column = altColumn = 0;
      } else if (c === BACKSLASH) {
        continuationColumn ||= column;
        this.continueLine();
      } else {
        break;
      }
    }
    this.backup(c);
    const blankLine = c === HASH || c === LF;
    if (!blankLine && this.brackets.length === 0) {
      if (continuationColumn) column = altColumn = continuationColumn;
      this.changeIndentation(column, altColumn);
    }
    return blankLine;
  }

  private changeIndentation(column: number, altColumn: number): void {
    const { indents, altIndents } = this;
    let depth = indents.length - 1;
    if (column === indents[depth]) {
      if (altColumn !== altIndents[depth]) throw this.failAtLine('TabError', 'inconsistent use of tabs and spaces in indentation');
    } else if (column > indents[depth]) {
      if (depth + 1 >= MAX_INDENT) throw this.failAtLine('IndentationError', 'too many levels of indentation');
      if (altColumn <= altIndents[depth]) throw this.failAtLine('TabError', 'inconsistent use of tabs and spaces in indentation');
      this.pendingIndents++;
      indents.push(column);
      altIndents.push(altColumn);
    } else {
      while (depth > 0 && column < indents[depth]) {
        this.pendingIndents--;
        indents.pop();
        altIndents.pop();
        depth--;
      }
      if (column !== indents[depth]) {
        this.cur = this.inp;
        const error = this.errorAtToken('IndentationError', 'unindent does not match any outer indentation level', this.errorToken());
        throw this.fail(error, false);
      }
      if (altColumn !== altIndents[depth]) throw this.failAtLine('TabError', 'inconsistent use of tabs and spaces in indentation');
    }
  }

  /** After a backslash outside strings: the line must end there, and the statement goes on. */
  private continueLine(): void {
    let c = this.nextc();
    if (c !== LF) {
      // CPython measures this column from the start of its buffer, not of the line.
      const offset = this.utf8Span(this.bufStart, this.cur);
      const error = this.errorAt('SyntaxError', 'unexpected character after line continuation character', this.lineno, offset, this.lineno, 0);
      throw this.fail(error, false);
    }
    c = this.nextc();
    if (c === EOF) {
      this.cur = this.inp;
      throw this.fail(this.unexpectedEndError(), false);
    }
    this.backup(c);
  }

  /** A comment just read (up to `c`, its newline or EOF): a type comment when it reads `# type: ...`. */
  private readTypeComment(c: number, blankLine: boolean): Token | null {
    const { src } = this;
    const prefix = '# type: ';
    let p = this.tokenStart;
    let matched = 0;
    for (; matched < prefix.length && p < this.cur; matched++) {
      if (prefix[matched] === ' ') {
        while (src.charCodeAt(p) === SPACE || src.charCodeAt(p) === TAB) p++;
      } else if (src[p] === prefix[matched]) {
        p++;
      } else {
        break;
      }
    }
    if (matched < prefix.length) return null;
    this.backup(c);

    // `ignore` must end the comment or be followed by an ASCII character that is not alphanumeric.
    const ignoreEnd = p + 'ignore'.length;
    const isIgnore =
      this.cur >= ignoreEnd &&
      src.startsWith('ignore', p) &&
      !(this.cur > ignoreEnd && (src.charCodeAt(ignoreEnd) >= 128 || hasClass(src.charCodeAt(ignoreEnd), ALPHANUMERIC)));
    if (!isIgnore) return this.tokenFrom(TokenType.TYPE_COMMENT, p);
    const token = this.tokenFrom(TokenType.TYPE_IGNORE, ignoreEnd);
    if (blankLine) {
      this.nextc();
      this.atLineStart = true;
    }
    return token;
  }

  private readNameOrPrefixedString(first: number): Token {
    let c = first;
    let sawB = false, sawR = false, sawU = false, sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 0x62 || c === 0x42)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 0x75 || c === 0x55)) sawU = true;
      else if (!(sawR || sawU) && (c === 0x72 || c === 0x52)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 0x66 || c === 0x46)) sawF = true;
      else break;
      c = this.nextc();
      if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) return this.readString(c);
    }
    // The whole name is on this line: scan it in place, from its start.
    const { src, inp } = this;
    let end = this.tokenStart;
    let nonAscii = false;
    for (; end < inp; end++) {
      const unit = src.charCodeAt(end);
      if (unit >= 128) nonAscii = true;
      else if ((asciiClass[unit] & IDENTIFIER_PART) === 0) break;
    }
    this.cur = end;
    if (nonAscii) {
      this.verifyIdentifier();
      this.namesAreAscii = false;
    }
    return this.tokenFrom(TokenType.NAME, this.tokenStart);
  }

  /** Rejects a non-ASCII name that is not a PEP 3131 identifier, pointing at its first bad character. */
  private verifyIdentifier(): void {
    const undecodable = undecodableBytesError(this.src.slice(this.tokenStart, this.cur));
    if (undecodable !== null) {
      // The parser turns the decoder's exception into a SyntaxError; a scan of the rest of the source lets it through.
      const error = this.errorAtToken('SyntaxError', `(unicode error) ${undecodable}`, this.errorToken());
      throw this.fail(error, true, new PyFrontEndError('UnicodeDecodeError', undecodable));
    }
    VALID_IDENTIFIER_PREFIX.lastIndex = this.tokenStart;
    VALID_IDENTIFIER_PREFIX.test(this.src);
    const invalid = VALID_IDENTIFIER_PREFIX.lastIndex;
    if (invalid >= this.cur) return;
    const codePoint = this.src.codePointAt(invalid)!;
    this.cur = invalid + (codePoint > 0xffff ? 2 : 1);
    const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
    const character = String.fromCodePoint(codePoint);
    throw this.failAtCursor(
      NON_PRINTABLE.test(character) ? `invalid non-printable character U+${hex}` : `invalid character '${character}' (U+${hex})`,
    );
  }

  private readDot(): Token {
    const c = this.nextc();
    if (isDigit(c)) return this.readFraction(c);
    if (c === DOT) {
      const c2 = this.nextc();
      if (c2 === DOT) return this.tokenFrom(TokenType.OP, this.tokenStart);
      this.backup(c2);
    }
    this.backup(c);
    return this.tokenFrom(TokenType.OP, this.tokenStart);
  }

  // ---- Numbers ----
  // Each reader is handed the character after what it has consumed; a literal must not run into an
  // identifier, except into the keywords that may follow a number in valid code (`1if x else 2`).

  private readNumber(first: number): Token {
    if (first !== ZERO) {
      const c = this.readDecimalTail();
      return c === DOT ? this.readFraction(this.nextc()) : this.readExponentOrEnd(c);
    }
    let c = this.nextc();
    if (c === 0x78 || c === 0x58) return this.readRadixDigits('hexadecimal', isHexDigit, null);
    if (c === 0x6f || c === 0x4f) return this.readRadixDigits('octal', (d) => d >= ZERO && d < 0x38, isDigit);
    if (c === 0x62 || c === 0x42) return this.readRadixDigits('binary', (d) => d === ZERO || d === 0x31, isDigit);

    // Zeros: the start of a float or imaginary literal, or the integer zero.
    for (;;) {
      if (c === UNDERSCORE) {
        c = this.nextc();
        if (!isDigit(c)) {
          this.backup(c);
          throw this.failAtCursor('invalid decimal literal');
        }
      }
      if (c !== ZERO) break;
      c = this.nextc();
    }
    const zerosEnd = this.cur;
    const nonZero = isDigit(c);
    if (nonZero) c = this.readDecimalTail();
    if (c === DOT) return this.readFraction(this.nextc());
    if (c === 0x65 || c === 0x45) return this.readExponent(c);
    if (c === 0x6a || c === 0x4a) return this.readImaginary();
    if (nonZero) {
      this.backup(c);
      // CPython reports this range in bytes, without converting to characters.
      const start = this.utf8Span(this.lineStart, this.tokenStart) + 1;
      const end = this.utf8Span(this.lineStart, zerosEnd);
      throw this.failAtCursor(
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        start,
        end,
      );
    }
    return this.endNumber(c, 'decimal');
  }

  /** Digits after `0x`, `0o` or `0b`, single underscores allowed between them. */
  private readRadixDigits(kind: string, isRadixDigit: (c: number) => boolean, isOtherDigit: ((c: number) => boolean) | null): Token {
    let c = this.nextc();
    do {
      if (c === UNDERSCORE) c = this.nextc();
      if (!isRadixDigit(c)) {
        if (isOtherDigit?.(c)) throw this.failAtCursor(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        this.backup(c);
        throw this.failAtCursor(`invalid ${kind} literal`);
      }
      do c = this.nextc();
      while (isRadixDigit(c));
    } while (c === UNDERSCORE);
    if (isOtherDigit?.(c)) throw this.failAtCursor(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
    return this.endNumber(c, kind);
  }

  /** Reads on through digits and single underscores; returns the first character after them. */
  private readDecimalTail(): number {
    for (;;) {
      let c: number;
      do c = this.nextc();
      while (isDigit(c));
      if (c !== UNDERSCORE) return c;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        throw this.failAtCursor('invalid decimal literal');
      }
    }
  }

  /** After the decimal point; `c` is the character that follows it. */
  private readFraction(c: number): Token {
    return this.readExponentOrEnd(isDigit(c) ? this.readDecimalTail() : c);
  }

  private readExponentOrEnd(c: number): Token {
    return c === 0x65 || c === 0x45 ? this.readExponent(c) : this.readImaginaryOrEnd(c);
  }

  /** `e` is the exponent letter just read. */
  private readExponent(e: number): Token {
    let c = this.nextc();
    if (c === 0x2b || c === 0x2d) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        throw this.failAtCursor('invalid decimal literal');
      }
    } else if (!isDigit(c)) {
      // Not an exponent after all: the number ends before the letter (`1else`), if that is allowed.
      this.backup(c);
      this.verifyEndOfNumber(e, 'decimal');
      this.backup(e);
      return this.tokenFrom(TokenType.NUMBER, this.tokenStart);
    }
    return this.readImaginaryOrEnd(this.readDecimalTail());
  }

  private readImaginaryOrEnd(c: number): Token {
    return c === 0x6a || c === 0x4a ? this.readImaginary() : this.endNumber(c, 'decimal');
  }

  private readImaginary(): Token {
    return this.endNumber(this.nextc(), 'imaginary');
  }

  private endNumber(c: number, kind: string): Token {
    this.verifyEndOfNumber(c, kind);
    this.backup(c);
    return this.tokenFrom(TokenType.NUMBER, this.tokenStart);
  }

  /** `c`, just read, follows a number: it may start `and else for if in is not or` (with a
   * SyntaxWarning), and no other ASCII name (non-ASCII ones are left to the parser). */
  private verifyEndOfNumber(c: number, kind: string): void {
    const nextIsKeyword =
      c === 0x61 ? this.lookingAt('nd')
      : c === 0x65 ? this.lookingAt('lse')
      : c === 0x66 ? this.lookingAt('or')
      : c === 0x69 ? isOneOf(this.peek(), 'fns')
      : c === 0x6f ? this.lookingAt('r')
      : c === 0x6e ? this.lookingAt('ot')
      : false;
    if (nextIsKeyword) {
      this.backup(c);
      this.warnAtCursor(`invalid ${kind} literal`);
      this.nextc();
      return;
    }
    if (!hasClass(c, IDENTIFIER_PART)) return;
    this.backup(c);
    throw this.failAtCursor(`invalid ${kind} literal`);
  }

  /**
   * A warning of the parser's about a token on line `lineno` (an invalid escape in a
   * literal): true when the warning filters made it an error, which the parser raises.
   */
  warnForParser(category: CompileWarning['category'], message: string, lineno: number): boolean {
    return this.warn?.({ category, message, filename: this.filename, lineno }) ?? false;
  }

  /** parser_warn: a SyntaxWarning on the current line; a SyntaxError here if the warning filters make it an error. */
  private warnAtCursor(message: string): void {
    if (this.warn?.({ category: 'SyntaxWarning', message, filename: this.filename, lineno: this.lineno })) throw this.failAtCursor(message);
  }

  private peek(): number {
    return this.cur < this.inp ? this.src.charCodeAt(this.cur) : EOF;
  }

  /** Whether `rest` follows the read position as a whole word. */
  private lookingAt(rest: string): boolean {
    const end = this.cur + rest.length;
    return end <= this.inp && this.src.startsWith(rest, this.cur) && !isPotentialIdentifierChar(end < this.inp ? this.src.charCodeAt(end) : EOF);
  }

  // ---- Strings and operators ----

  /** `quote` opens the literal; its prefix, if any, has been read from `tokenStart`. */
  private readString(quote: number): Token {
    const firstLineno = this.lineno;
    const firstLineStart = this.lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // the empty string
    }
    if (c !== quote) this.backup(c);

    while (endQuoteSize !== quoteSize) {
      c = this.nextc();
      if (c === EOF || (c === LF && quoteSize === 1)) {
        const what = quoteSize === 3 ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
        const error = this.syntaxError(`${what} (detected at line ${this.lineno})`, firstLineno, firstLineStart, this.tokenStart + 1);
        throw this.fail(error, true);
      }
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === BACKSLASH) this.nextc();
        else this.skipPlainStringCharacters(quote);
      }
    }
    const start = this.utf8Span(firstLineStart, this.tokenStart);
    return this.token(TokenType.STRING, this.src.slice(this.tokenStart, this.cur), this.cur, firstLineno, start);
  }

  /** Moves past characters that cannot end the string or the line, as reading them one by one would. */
  private skipPlainStringCharacters(quote: number): void {
    const { src, inp } = this;
    let i = this.cur;
    for (; i < inp; i++) {
      const unit = src.charCodeAt(i);
      if (unit === quote || unit === BACKSLASH || unit === LF) break;
    }
    this.cur = i;
  }

  private readOperator(c: number): Token {
    const c2 = this.nextc();
    if (isTwoCharOperator(c, c2)) {
      const c3 = this.nextc();
      if (!isThreeCharOperator(c, c2, c3)) this.backup(c3);
      return this.tokenFrom(TokenType.OP, this.tokenStart);
    }
    this.backup(c2);

    const ch = String.fromCharCode(c);
    if (ch === '(' || ch === '[' || ch === '{') {
      if (this.brackets.length >= MAX_BRACKET_DEPTH) throw this.failAtCursor('too many nested parentheses');
      this.brackets.push(c);
      this.bracketLines.push(this.lineno);
      this.bracketColumns.push(this.utf8Span(this.lineStart, this.tokenStart));
    } else if (ch === ')' || ch === ']' || ch === '}') {
      if (this.brackets.length === 0) throw this.failAtCursor(`unmatched '${ch}'`);
      const opening = String.fromCharCode(this.brackets.pop()!);
      this.bracketColumns.pop();
      const openingLine = this.bracketLines.pop()!;
      if (CLOSING_OF[opening] !== ch) {
        const where = openingLine !== this.lineno ? ` on line ${openingLine}` : '';
        throw this.failAtCursor(`closing parenthesis '${ch}' does not match opening parenthesis '${opening}'${where}`);
      }
    }
    if (c < SPACE || c === 0x7f) {
      throw this.failAtCursor(`invalid non-printable character U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    // Characters that are no operator ('$', '?', '!') are OP tokens too; the parser rejects them.
    return this.tokenFrom(TokenType.OP, this.tokenStart);
  }

  // ---- Tokens and their columns ----

  /** A token ending at the read position, starting at `start` on the current line. */
  private tokenFrom(type: TokenType, start: number): Token {
    return this.token(type, this.src.slice(start, this.cur), this.cur, this.lineno, this.utf8Span(this.lineStart, start));
  }

  private token(type: TokenType, string: string, end: number, lineno = this.lineno, col_offset = this.utf8Span(this.lineStart, this.tokenStart)): Token {
    return { type, string, lineno, col_offset, end_lineno: this.lineno, end_col_offset: this.utf8Span(this.lineStart, end) };
  }

  /** INDENT, DEDENT and ENDMARKER have a line but no columns in CPython (-1). */
  private columnlessToken(type: TokenType): Token {
    return { type, string: '', lineno: this.lineno, col_offset: -1, end_lineno: this.lineno, end_col_offset: -1 };
  }

  /** The UTF-8 length of src[from, to). */
  private utf8Span(from: number, to: number): number {
    if (from < this.nonAsciiSearchedFrom || this.nextNonAscii < from) {
      NON_ASCII.lastIndex = from;
      this.nextNonAscii = NON_ASCII.exec(this.src)?.index ?? Infinity;
      this.nonAsciiSearchedFrom = from;
    }
    if (this.nextNonAscii >= to) return to - from;
    let i = from;
    let bytes = 0;
    if (this.measuredFrom === from && this.measuredTo <= to) {
      i = this.measuredTo;
      bytes = this.measuredBytes;
    }
    for (; i < to; i++) bytes += utf8Width(this.src, i);
    this.measuredFrom = from;
    this.measuredTo = to;
    this.measuredBytes = bytes;
    return bytes;
  }

  private codePointSpan(from: number, to: number): number {
    let count = to - from;
    if (this.utf8Span(from, to) === count) return count;
    for (let i = from; i < to; i++) if (utf8Width(this.src, i) === 0) count--;
    return count;
  }

  private lineTable(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.src.indexOf('\n'); i >= 0 && i + 1 < this.src.length; i = this.src.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  // ---- Errors ----

  private fail(error: PySyntaxError, reported: boolean, raw?: PyFrontEndError): PySyntaxError {
    this.failure = { error, reported, raw };
    return error;
  }

  /**
   * An error the tokenizer raises itself: on line `lineno`, at the code-point column of `cursor`, or
   * at the given (byte) offsets; its text is the line, without its newline.
   */
  private syntaxError(msg: string, lineno: number, lineStart: number, cursor: number, offset?: number, endOffset?: number): PySyntaxError {
    const newline = this.src.indexOf('\n', lineStart);
    const text = readable(this.src.slice(lineStart, newline < 0 ? this.src.length : newline));
    const column = offset ?? this.codePointSpan(lineStart, cursor);
    const location: SyntaxErrorLocation = { filename: this.filename, lineno, offset: column, end_lineno: lineno, end_offset: endOffset ?? column, text };
    return new PySyntaxError('SyntaxError', msg, location);
  }

  /** A raised error at the read position (or at the given byte offsets) of the current line. */
  private failAtCursor(msg: string, offset?: number, endOffset?: number): PySyntaxError {
    return this.fail(this.syntaxError(msg, this.lineno, this.lineStart, this.cur, offset, endOffset), true);
  }

  /** Indentation errors CPython places at the start of the line being read. */
  private failAtLine(kind: SyntaxErrorKind, msg: string): PySyntaxError {
    this.cur = this.inp;
    return this.fail(this.errorAt(kind, msg, this.lineno, 1, this.lineno, 0), false);
  }

  /** The position CPython gives the error token it hands its parser: a line, no columns. */
  private errorToken(): Span {
    return { lineno: this.lineno, col_offset: -1, end_lineno: this.lineno, end_col_offset: -1 };
  }

  private unexpectedEndError(): PySyntaxError {
    if (this.brackets.length > 0) return this.unclosedBracketError();
    return this.errorAtToken('SyntaxError', 'unexpected EOF while parsing', this.errorToken());
  }

  private unclosedBracketError(): PySyntaxError {
    const depth = this.brackets.length;
    const lineno = this.bracketLines[depth - 1];
    const bracket = String.fromCharCode(this.brackets[depth - 1]);
    return this.errorAt('SyntaxError', `'${bracket}' was never closed`, lineno, this.bracketColumns[depth - 1] + 1, lineno, 0);
  }
}
