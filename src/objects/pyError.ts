// An exception a built-in operation raises, before the VM has exception objects to
// raise: the name of the Python exception class it becomes and its message. Library
// code written in TypeScript throws it; the VM turns it into the Python exception.

export type PyErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'IndexError'
  | 'KeyError'
  | 'MemoryError';

export class PyError extends Error {
  readonly type: PyErrorType;
  readonly msg: string;

  constructor(type: PyErrorType, msg: string) {
    // Without a stack trace: capturing one made an Error ten times dearer than the throw,
    // and these are ordinary Python exceptions (int('x'), a bad index), not bugs.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`${type}: ${msg}`);
    Error.stackTraceLimit = stackTraceLimit;
    this.type = type;
    this.msg = msg;
  }
}
