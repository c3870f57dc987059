// The line a front end's cursor is on, tokenized with pyvm's own tokenizer, for
// completion and inspection. Jupyter counts cursor positions in Unicode code points;
// the tokenizer counts columns in UTF-8 bytes; JavaScript indexes strings in UTF-16
// units: positions here are UTF-16 indices into the line, converted at the edges.
// Code being typed is rarely valid: tokens are read until the tokenizer gives up, and
// a string literal left open at the end (where a path or a dict key is being typed) is
// reported as such rather than as an error.
import { Tokenizer } from '../tokenizer/tokenizer';
import { TokenType } from '../tokenizer/token';
import { PySyntaxError } from '../tokenizer/syntaxError';

export interface PlacedToken {
  type: TokenType;
  text: string;
  /** UTF-16 indices into the line. */
  start: number;
  end: number;
}

export interface CursorLine {
  /** The line's text (only what lies before the cursor, when tokenized for completion). */
  text: string;
  /** Where the line starts in the cell, as a UTF-16 index. */
  offset: number;
  /** The tokens that carry text: names, numbers, strings, operators. */
  tokens: PlacedToken[];
  /** Where a string literal left unterminated at the end of the line starts (its prefix letters included), or null. */
  openString: number | null;
}

/** The UTF-16 index of code point `position` in `text` (clamped to its end). */
export function codePointToIndex(text: string, position: number): number {
  let index = 0;
  for (let count = 0; count < position && index < text.length; count++) index += (text.codePointAt(index)! > 0xffff ? 2 : 1);
  return index;
}

/** How many code points the first `index` UTF-16 units of `text` hold. */
export function indexToCodePoint(text: string, index: number): number {
  return [...text.slice(0, index)].length;
}

/** The line holding UTF-16 index `cursor` of `code`: up to the cursor (`wholeLine` false) or to the line's end. */
export function cursorLine(code: string, cursor: number, wholeLine: boolean): CursorLine {
  const offset = code.lastIndexOf('\n', cursor - 1) + 1;
  const lineEnd = code.indexOf('\n', cursor);
  const text = code.slice(offset, wholeLine && lineEnd >= 0 ? lineEnd : wholeLine ? code.length : cursor);
  return { text, offset, ...tokenize(text) };
}

const TEXT_TOKENS = new Set([TokenType.NAME, TokenType.NUMBER, TokenType.STRING, TokenType.OP]);

function tokenize(text: string): { tokens: PlacedToken[]; openString: number | null } {
  const toIndex = byteColumnToIndex(text);
  const tokens: PlacedToken[] = [];
  const tokenizer = new Tokenizer(text, { filename: '<completion>', typeComments: false });
  try {
    for (let token = tokenizer.next(); token.type !== TokenType.ENDMARKER; token = tokenizer.next()) {
      if (!TEXT_TOKENS.has(token.type) || token.lineno !== 1) continue;
      tokens.push({ type: token.type, text: token.string, start: toIndex(token.col_offset), end: toIndex(token.end_col_offset) });
    }
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    if (/^unterminated (triple-quoted )?string literal/.test(error.msg) && error.location.offset !== null) {
      return { tokens, openString: codePointToIndex(text, error.location.offset - 1) };
    }
  }
  return { tokens, openString: null };
}

/** Maps a UTF-8 byte column of `text` to its UTF-16 index. */
function byteColumnToIndex(text: string): (column: number) => number {
  if (/^[\x00-\x7f]*$/.test(text)) return (column) => column;
  const indexOfByte: number[] = [];
  let index = 0;
  for (const char of text) {
    const bytes = Buffer.byteLength(char);
    for (let i = 0; i < bytes; i++) indexOfByte.push(index);
    index += char.length;
  }
  indexOfByte.push(index);
  return (column) => indexOfByte[Math.min(column, indexOfByte.length - 1)];
}
