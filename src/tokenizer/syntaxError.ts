// The error every front-end stage raises for bad source. It carries the Python
// exception it becomes: SyntaxError or one of its subclasses, with CPython's
// attributes (offsets are 1-based and count code points, as CPython reports them).

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface SyntaxErrorLocation {
  filename: string;
  /** 1-based line; null when CPython gives none (e.g. a NUL byte in source given as a string). */
  lineno: number | null;
  /** 1-based column in code points (in bytes for undeclared-encoding bytes source); 0 or -1 when unknown. */
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
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

/**
 * Source the front end rejects with an exception other than SyntaxError, as CPython
 * does: MemoryError when its parser's stack overflows, RecursionError when a tree is
 * too deep to convert, UnicodeDecodeError for an identifier whose bytes are not UTF-8.
 * These carry no location.
 */
export class PyFrontEndError extends Error {
  constructor(
    readonly kind: 'MemoryError' | 'RecursionError' | 'UnicodeDecodeError' | 'SyntaxError',
    readonly msg: string,
  ) {
    super(msg ? `${kind}: ${msg}` : kind);
  }
}

/** Any error the front end raises for bad source. */
export type PyFrontEndFailure = PySyntaxError | PyFrontEndError;

/** A warning as the front end (tokenizer, compiler) hands it to whoever shows it (warnings.warn_explicit's arguments). */
export interface CompileWarning {
  category: 'SyntaxWarning' | 'DeprecationWarning';
  message: string;
  filename: string;
  lineno: number;
}

/**
 * Shows or records a warning, as PyErr_WarnExplicitObject; returns true when the warning
 * filters turned it into an error of its category: the caller then raises a SyntaxError
 * with the same message at its own location instead (a more accurate report). Other
 * exceptions the filters raise propagate.
 */
export type CompileWarningSink = (warning: CompileWarning) => boolean;
