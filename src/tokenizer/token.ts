// Tokens as CPython's tokenizer hands them to the parser.

export const enum TokenType {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  /** Every operator and delimiter; the parser tells them apart by `string`. */
  OP,
  /** A `# type: ...` comment (only when type comments are requested); `string` is the text after `type:`, stripped. */
  TYPE_COMMENT,
  /** A `# type: ignore...` comment; `string` is the tag after `ignore`. */
  TYPE_IGNORE,
}

export interface Token {
  readonly type: TokenType;
  /** The token's source text (for INDENT/DEDENT/ENDMARKER: ''). */
  readonly string: string;
  readonly lineno: number;
  /** 0-based column in UTF-8 bytes of the line, as CPython's col_offset. */
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}
