// PLACEHOLDER interface — being written (see the tokenizer task).
import type { Token } from './token';

export interface TokenizerOptions {
  filename: string;
  /** Emit TYPE_COMMENT / TYPE_IGNORE tokens for `# type:` comments (ast.parse(type_comments=True)). */
  typeComments: boolean;
}

export declare class Tokenizer {
  constructor(source: string, options: TokenizerOptions);
  /** The next token; throws PySyntaxError for errors found by the tokenizer. */
  next(): Token;
  /** Line `lineno` (1-based) of the source, with its newline, for error reports. */
  lineText(lineno: number): string;
  /** Converts a 0-based UTF-8 byte column on line `lineno` to a 0-based code-point column. */
  charColumn(lineno: number, byteColumn: number): number;
}
