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
  constructor(
    readonly type: PyErrorType,
    readonly msg: string,
  ) {
    super(`${type}: ${msg}`);
  }
}
