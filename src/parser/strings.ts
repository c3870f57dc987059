// The `strings` atom (grammar rule `strings: STRING+`): a run of adjacent STRING tokens
// becomes one expression, as CPython 3.11 builds it. Plain literals decode and concatenate
// into a Constant; once an f-string takes part, the result is a JoinedStr whose values are
// literal text and FormattedValue fields. F-strings are scanned here, as 3.11 does (3.12
// moved them into the tokenizer): only the text of a field's expression goes back to the
// parser.
import { undecodableBytesError } from '../tokenizer/sourceDecoding';
import * as ast from '../ast/nodes';
import { CodePointStr, hasSurrogatePair, PyBytes } from '../ast/constant';
import { codePoints } from '../objects/strCodePoints';
import type { Token } from '../tokenizer/token';
import { decodeBytesEscapes, decodeStrEscapes, decodeStrEscapesToCodePoints } from './stringEscapes';

export interface StringContext {
  filename: string;
  /**
   * Parses the expression text of an f-string field as CPython 3.11's fstring_compile_expr
   * and sub-parser do: the text is wrapped as '(' + text + ')', tokenized and parsed with
   * the fstring start rule (star_expressions); each token's position is mapped as
   *   lineno = startLineno + tokLineno - 1;  col = (tok.end_lineno === 1 ? startColOffset + col : col)
   * for both col and end_col: CPython shifts the columns of the sub-tokenizer's first line
   * only. Errors raised inside get the "f-string: " prefix.
   */
  parseFStringExpression(text: string, startLineno: number, startColOffset: number): ast.expr;
  /**
   * Raises a SyntaxError located at the given token range. Only one error goes there: a
   * bytes literal with a non-ASCII character points at its own token.
   */
  raiseAt(msg: string, start: Token, end: Token): never;
  /**
   * Raises a SyntaxError located at the last token the parser has fetched, as CPython's
   * RAISE_SYNTAX_ERROR does: once STRING+ has matched, that is the token after the strings.
   * Every other error of string literals, f-strings included, is reported there.
   */
  raiseAtLastToken(msg: string): never;
  /**
   * Warns of an invalid escape in the literal of `token` (a DeprecationWarning on its
   * line); raises a SyntaxError located at the token when the warning filters make the
   * warning an error.
   */
  warnInvalidEscape(msg: string, token: Token): void;
}

export function concatenateStrings(tokens: Token[], ctx: StringContext): ast.expr {
  if (tokens.length === 1) {
    const plain = plainLiteralText(tokens[0]);
    if (plain !== null) return new ast.Constant(plain, null, ...spanPositions({ first: tokens[0], last: tokens[0] }));
  }
  const whole: Span = { first: tokens[0], last: tokens[tokens.length - 1] };
  const literals = tokens.map(splitLiteral);
  const pieces = new PieceCollector(whole);
  const bytesParts: Uint8Array[] = [];
  literals.forEach((literal, index) => {
    // CPython decodes a plain literal before checking the mix, and scans an f-string after.
    const decoded = literal.isFString ? undefined : decodeLiteral(literal, ctx);
    if (index > 0 && literal.isBytes !== literals[index - 1].isBytes) {
      ctx.raiseAtLastToken('cannot mix bytes and nonbytes literals');
    }
    if (decoded === undefined) new FStringScanner(literal, whole, ctx).scanInto(pieces, 0);
    else if (typeof decoded === 'string') pieces.addText(decoded);
    else bytesParts.push(decoded);
  });
  if (literals[0].isBytes) return new ast.Constant(new PyBytes(joinBytes(bytesParts)), null, ...spanPositions(whole));
  if (literals.some((literal) => literal.isFString)) return pieces.finish(whole);
  const text = pieces.finishAsConstant(whole);
  if (literals.some(mayEscapeSurrogates)) {
    const points = literals.flatMap((literal) => literalCodePoints(literal, ctx));
    if (hasSurrogatePair(points)) text.value = new CodePointStr(points);
  }
  return text;
}

/**
 * The text of a literal with no prefix, escape or non-ASCII character, which is its body
 * as written (most literals are; they need none of the steps below); else null.
 */
function plainLiteralText(token: Token): string | null {
  const text = token.string;
  const quote = text.charCodeAt(0);
  if (quote !== SINGLE_QUOTE && quote !== DOUBLE_QUOTE) return null;
  const quoteLength = text.length >= 6 && text.charCodeAt(1) === quote && text.charCodeAt(2) === quote ? 3 : 1;
  const end = text.length - quoteLength;
  for (let i = quoteLength; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit === BACKSLASH || unit >= 0x80) return null;
  }
  return text.slice(quoteLength, end);
}

const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** A str literal with an escape that may stand for a surrogate (\ud800-\udfff, or its \U form). */
function mayEscapeSurrogates(literal: Literal): boolean {
  return !literal.isRaw && /\\(?:u[dD][89a-fA-F]|U0000[dD][89a-fA-F])/.test(literal.token.string.slice(literal.bodyStart, literal.bodyEnd));
}

function literalCodePoints(literal: Literal, ctx: StringContext): number[] {
  const body = literal.token.string.slice(literal.bodyStart, literal.bodyEnd);
  return literal.isRaw ? codePoints(body) : decodeStrEscapesToCodePoints(body, (msg) => ctx.raiseAtLastToken(msg));
}

/** The tokens whose extent a node takes. */
interface Span {
  first: Token;
  last: Token;
}

function spanPositions(span: Span): [number, number, number, number] {
  return [span.first.lineno, span.first.col_offset, span.last.end_lineno, span.last.end_col_offset];
}

/** A STRING token taken apart: its prefix letters and where the text between its quotes lies. */
interface Literal {
  token: Token;
  isBytes: boolean;
  isRaw: boolean;
  isFString: boolean;
  /** The body is token.string.slice(bodyStart, bodyEnd). */
  bodyStart: number;
  bodyEnd: number;
}

function splitLiteral(token: Token): Literal {
  const text = token.string;
  const quoteAt = text.search(/['"]/);
  const prefix = text.slice(0, quoteAt).toLowerCase();
  const quoteLength = text.startsWith(text[quoteAt].repeat(3), quoteAt) ? 3 : 1;
  return {
    token,
    isBytes: prefix.includes('b'),
    isRaw: prefix.includes('r'),
    isFString: prefix.includes('f'),
    bodyStart: quoteAt + quoteLength,
    bodyEnd: text.length - quoteLength,
  };
}

/**
 * The decoder's complaint about a literal's bytes, if any. Decoding with escapes goes
 * one run of non-ASCII characters at a time, so positions count from the run.
 */
function undecodableTextIn(body: string, hasEscapes: boolean): string | null {
  if (!hasEscapes) return undecodableBytesError(body);
  for (const run of body.match(/[^\x00-\x7f]+/g) ?? []) {
    const undecodable = undecodableBytesError(run);
    if (undecodable !== null) return undecodable;
  }
  return null;
}

function decodeLiteral(literal: Literal, ctx: StringContext): string | Uint8Array {
  const body = literal.token.string.slice(literal.bodyStart, literal.bodyEnd);
  const fail = (msg: string) => ctx.raiseAtLastToken(msg);
  if (!literal.isBytes) {
    // Bytes that were not UTF-8 reach here escaped (see decodeSource); CPython fails when it decodes the literal.
    const undecodable = undecodableTextIn(body, !literal.isRaw && body.includes('\\'));
    if (undecodable !== null) fail(`(unicode error) ${undecodable}`);
    return literal.isRaw ? body : decodeStrEscapes(body, fail, (msg) => ctx.warnInvalidEscape(msg, literal.token));
  }
  if (/[^\x00-\x7f]/.test(body)) {
    ctx.raiseAt('bytes can only contain ASCII literal characters', literal.token, literal.token);
  }
  return literal.isRaw
    ? Uint8Array.from(body, (char) => char.charCodeAt(0))
    : decodeBytesEscapes(body, fail, (msg) => ctx.warnInvalidEscape(msg, literal.token));
}

function joinBytes(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * The values of a JoinedStr as CPython's FstringParser gathers them: adjacent literal text
 * merges into one Constant, and empty text makes none.
 */
class PieceCollector {
  private readonly values: ast.expr[] = [];
  private pendingText = '';

  /** The fields, and the text before each of them, take their location from `fieldSpan`. */
  constructor(private readonly fieldSpan: Span) {}

  addText(text: string): void {
    this.pendingText += text;
  }

  addField(field: ast.FormattedValue): void {
    this.flushText(this.fieldSpan);
    this.values.push(field);
  }

  /**
   * The text after the last field takes `closingSpan`, which CPython passes separately: for
   * a format spec it is the spec's own token while everything else in the spec spans the
   * whole concatenation.
   */
  finish(closingSpan: Span): ast.JoinedStr {
    this.flushText(closingSpan);
    return new ast.JoinedStr(this.values, ...spanPositions(closingSpan));
  }

  /** The result when no f-string took part: the text alone, even if empty. */
  finishAsConstant(span: Span): ast.Constant {
    return stringConstant(this.pendingText, span);
  }

  private flushText(span: Span): void {
    if (this.pendingText === '') return;
    this.values.push(stringConstant(this.pendingText, span));
    this.pendingText = '';
  }
}

/** CPython marks a str Constant with kind 'u' when its span starts with a lower-case u prefix. */
function stringConstant(text: string, span: Span): ast.Constant {
  return new ast.Constant(text, span.first.string.startsWith('u') ? 'u' : null, ...spanPositions(span));
}

const MAX_BRACKET_DEPTH = 200;
const CLOSING_BRACKETS: ReadonlyMap<string, string> = new Map([
  [')', '('],
  [']', '['],
  ['}', '{'],
]);

/** Conversion characters as FormattedValue.conversion holds them: their code, or -1 for none. */
const NO_CONVERSION = -1;
const REPR_CONVERSION = 'r'.charCodeAt(0);

/**
 * Walks the body of one f-string token, feeding its literal text and fields to a
 * PieceCollector. `depth` is 0 for the f-string itself and 1 inside a field's format spec,
 * whose own fields may not have specs with fields again.
 */
class FStringScanner {
  private readonly text: string;
  private readonly end: number;
  private pos: number;

  constructor(private readonly literal: Literal, private readonly whole: Span, private readonly ctx: StringContext) {
    this.text = literal.token.string;
    this.pos = literal.bodyStart;
    this.end = literal.bodyEnd;
  }

  /** Reads literal text and fields up to the end of the body, or at depth > 0 up to the '}' closing the spec. */
  scanInto(pieces: PieceCollector, depth: number): void {
    for (;;) {
      const literal = this.scanLiteralText(depth);
      pieces.addText(literal.text);
      if (literal.endsWithDoubledBrace) continue;
      if (this.pos >= this.end || this.text[this.pos] === '}') break;
      const field = this.scanField(depth);
      pieces.addText(field.debugText);
      pieces.addField(field.node);
    }
    if (depth > 0 && this.text[this.pos] !== '}') this.fail("f-string: expecting '}'");
  }

  /**
   * Literal text runs up to a '{' that opens a field, or at depth > 0 to the '}' ending
   * the spec. At depth 0 a doubled brace ends the run after its first brace (the caller
   * comes back for more) and a single '}' is an error.
   */
  private scanLiteralText(depth: number): { text: string; endsWithDoubledBrace: boolean } {
    const { text, end } = this;
    const start = this.pos;
    let i = start;
    while (i < end) {
      let char = text[i++];
      if (!this.literal.isRaw && char === '\\' && i < end) {
        char = text[i++];
        if (char === 'N') {
          // The braces of \N{...} are no fields. A malformed \N stops the run here, so
          // that decoding it reports the error.
          if (i < end && text[i++] === '{') {
            while (i < end && text[i++] !== '}');
            continue;
          }
          break;
        }
        // Otherwise the escaped character is read on as if unescaped: '\{' opens a field
        // (and is warned of: the backslash stays in the text before the field).
        if (char === '{') this.ctx.warnInvalidEscape("invalid escape sequence '\\{'", this.literal.token);
      }
      if (char === '{' || char === '}') {
        if (depth === 0) {
          if (i < end && text[i] === char) {
            this.pos = i + 1;
            return { text: this.decodeText(start, i), endsWithDoubledBrace: true };
          }
          if (char === '}') this.fail("f-string: single '}' is not allowed");
        }
        i--;
        break;
      }
    }
    this.pos = i;
    return { text: this.decodeText(start, i), endsWithDoubledBrace: false };
  }

  private decodeText(start: number, stop: number): string {
    const body = this.text.slice(start, stop);
    // Each piece of literal text is decoded on its own, with escapes run by run unless raw.
    const undecodable = undecodableTextIn(body, !this.literal.isRaw);
    if (undecodable !== null) this.fail(`(unicode error) ${undecodable}`);
    return this.literal.isRaw ? body : decodeStrEscapes(body, (msg) => this.fail(msg), (msg) => this.ctx.warnInvalidEscape(msg, this.literal.token));
  }

  /** A field from its '{' to its '}': expression, optional '=', conversion and format spec. */
  private scanField(depth: number): { node: ast.FormattedValue; debugText: string } {
    if (depth >= 2) this.fail('f-string: expressions nested too deeply');
    const expressionStart = ++this.pos;
    this.skipExpression();
    const expression = this.compileExpression(expressionStart, this.pos);

    let debugText = '';
    if (this.text[this.pos] === '=') {
      this.pos++;
      while (isAsciiSpace(this.text[this.pos])) this.pos++;
      debugText = this.text.slice(expressionStart, this.pos);
    }

    let conversion = NO_CONVERSION;
    if (this.text[this.pos] === '!') {
      if (++this.pos >= this.end) this.fail("f-string: expecting '}'");
      const char = this.text[this.pos++];
      if (char !== 's' && char !== 'r' && char !== 'a') {
        this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = char.charCodeAt(0);
    }

    if (this.pos >= this.end) this.fail("f-string: expecting '}'");
    let formatSpec: ast.JoinedStr | null = null;
    if (this.text[this.pos] === ':') {
      if (++this.pos >= this.end) this.fail("f-string: expecting '}'");
      formatSpec = this.scanFormatSpec(depth + 1);
    }
    if (this.pos >= this.end || this.text[this.pos] !== '}') this.fail("f-string: expecting '}'");
    this.pos++;

    // `{x=}` shows the repr unless a conversion or a format spec says otherwise.
    if (debugText !== '' && formatSpec === null && conversion === NO_CONVERSION) conversion = REPR_CONVERSION;
    const node = new ast.FormattedValue(expression, conversion, formatSpec, ...spanPositions(this.whole));
    return { node, debugText };
  }

  /** A format spec is an f-string of its own, up to the field's closing '}'. */
  private scanFormatSpec(depth: number): ast.JoinedStr {
    const spec = new PieceCollector(this.whole);
    this.scanInto(spec, depth);
    const { token } = this.literal;
    return spec.finish({ first: token, last: token });
  }

  /**
   * Moves to the character that ends the expression: a '!', ':', '=' or '}' outside brackets
   * and strings, where '!=', '==', '<=' and '>=' do not count. Only a few errors are caught
   * here; parsing the expression finds the rest.
   */
  private skipExpression(): void {
    const { text, end } = this;
    const openBrackets: string[] = [];
    let quote = '';
    let quoteLength = 0;
    for (; this.pos < end; this.pos++) {
      const char = text[this.pos];
      if (char === '\\') this.fail('f-string expression part cannot include a backslash');
      if (quote !== '') {
        if (char === quote && (quoteLength === 1 || this.isTripleQuote(char))) {
          this.pos += quoteLength - 1;
          quote = '';
        }
      } else if (char === "'" || char === '"') {
        quote = char;
        quoteLength = this.isTripleQuote(char) ? 3 : 1;
        this.pos += quoteLength - 1;
      } else if (char === '(' || char === '[' || char === '{') {
        if (openBrackets.length >= MAX_BRACKET_DEPTH) this.fail('f-string: too many nested parenthesis');
        openBrackets.push(char);
      } else if (char === '#') {
        this.fail("f-string expression part cannot include '#'");
      } else if (openBrackets.length === 0 && '!:}=<>'.includes(char)) {
        if (this.pos + 1 < end && text[this.pos + 1] === '=' && '!=<>'.includes(char)) {
          this.pos++;
          continue;
        }
        // A lone '<' or '>' (x<y) never ends the expression, even last in the string.
        if (char === '<' || char === '>') continue;
        break;
      } else if (CLOSING_BRACKETS.has(char)) {
        const opening = openBrackets.pop();
        if (opening === undefined) this.fail(`f-string: unmatched '${char}'`);
        if (opening !== CLOSING_BRACKETS.get(char)) {
          this.fail(`f-string: closing parenthesis '${char}' does not match opening parenthesis '${opening}'`);
        }
      }
    }
    if (quote !== '') this.fail('f-string: unterminated string');
    if (openBrackets.length > 0) this.fail(`f-string: unmatched '${openBrackets[openBrackets.length - 1]}'`);
    if (this.pos >= end) this.fail("f-string: expecting '}'");
  }

  private isTripleQuote(quote: string): boolean {
    return this.pos + 2 < this.end && this.text[this.pos + 1] === quote && this.text[this.pos + 2] === quote;
  }

  private compileExpression(start: number, stop: number): ast.expr {
    const source = this.text.slice(start, stop);
    if (/^[ \t\n\f]*$/.test(source)) {
      const terminator = this.text[stop];
      this.fail(
        '!:='.includes(terminator)
          ? `f-string: expression required before '${terminator}'`
          : 'f-string: empty expression not allowed',
      );
    }
    const { lineno, colOffset } = this.expressionOrigin(start - 1);
    return this.ctx.parseFStringExpression(source, lineno, colOffset);
  }

  /**
   * Where CPython places the '(' it wraps the expression in, which stands on the field's
   * '{': the line of the brace, and its column in UTF-8 bytes. Two quirks are kept: the
   * column is 0 when only whitespace separates the brace from a newline, and the token's
   * own column is added only while the brace is on the token's first line.
   */
  private expressionOrigin(brace: number): { lineno: number; colOffset: number } {
    const { token } = this.literal;
    const lineStart = this.text.lastIndexOf('\n', brace) + 1;
    let linesBefore = 0;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < lineStart; i = this.text.indexOf('\n', i + 1)) linesBefore++;
    BLANKS_TO_NEWLINE.lastIndex = brace + 1;
    const newlineAfterBrace = BLANKS_TO_NEWLINE.test(this.text);
    const column = newlineAfterBrace ? 0 : Buffer.byteLength(this.text.slice(lineStart, brace), 'utf8');
    return {
      lineno: token.lineno + linesBefore,
      colOffset: linesBefore === 0 ? token.col_offset + column : column,
    };
  }

  private fail(msg: string): never {
    return this.ctx.raiseAtLastToken(msg);
  }
}

const BLANKS_TO_NEWLINE = /[ \t\f]*\n/y;

function isAsciiSpace(char: string | undefined): boolean {
  return char !== undefined && ' \t\n\r\v\f'.includes(char);
}
