// The error every front-end stage raises for bad source. It carries the Python
// exception it becomes: SyntaxError or one of its subclasses, with CPython's
// attributes (offsets are 1-based and count code points, as CPython reports them).

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface SyntaxErrorLocation {
  filename: string;
  lineno: number;
  /** 1-based column in code points; 0 when unknown. */
  offset: number;
  end_lineno: number;
  end_offset: number;
  /** The offending source line including its newline, or null. */
  text: string | null;
}

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly location: SyntaxErrorLocation,
  ) {
    super(`${kind}: ${msg} (${location.filename}, line ${location.lineno})`);
  }
}
