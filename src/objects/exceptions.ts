// The built-in exception hierarchy and the exception object itself. A Python exception
// is raised by throwing its PyBaseException object as a JS exception: no JS Error (and
// no JS stack capture) is involved, so raising is cheap.
import { PyObject, type Py } from './object';
import { nativeType, objectType, PyType, typeType } from './type';
import type { PyTraceback } from './traceback';

export class PyBaseException extends PyObject {
  args: Py[];
  traceback: PyTraceback | null = null;
  cause: Py = null;
  context: Py = null;
  suppressContext = false;
  /**
   * The fields particular exception types add (StopIteration.value, OSError.errno,
   * NameError.name, ...) by attribute name; one never set reads as None, as CPython's
   * NULL members do. Absent until an exception has any.
   */
  fields: Map<string, Py> | undefined = undefined;
  /**
   * Raised by TypeScript code and not yet seen by a frame: the frame that first sees it
   * sets __context__ to the exception being handled, as CPython does when it is raised.
   */
  contextPending = true;

  constructor(cls: PyType, args: Py[]) {
    super(cls);
    this.args = args;
  }
}

function exceptionInstance(cls: PyType): PyObject {
  return new PyBaseException(cls, []);
}

function exceptionType(name: string, base: PyType): PyType {
  const type = nativeType(name, base, { instanceDict: true });
  exceptionTypes.set(name, type);
  return type;
}

/** Every built-in exception type by name (aliases excluded). */
export const exceptionTypes = new Map<string, PyType>();

export const BaseException = nativeType('BaseException', objectType, { factory: exceptionInstance, instanceDict: true });
exceptionTypes.set('BaseException', BaseException);
export const BaseExceptionGroup = exceptionType('BaseExceptionGroup', BaseException);
export const GeneratorExit = exceptionType('GeneratorExit', BaseException);
export const KeyboardInterrupt = exceptionType('KeyboardInterrupt', BaseException);
export const SystemExit = exceptionType('SystemExit', BaseException);
export const Exception = exceptionType('Exception', BaseException);
export const ArithmeticError = exceptionType('ArithmeticError', Exception);
export const FloatingPointError = exceptionType('FloatingPointError', ArithmeticError);
export const OverflowError = exceptionType('OverflowError', ArithmeticError);
export const ZeroDivisionError = exceptionType('ZeroDivisionError', ArithmeticError);
export const AssertionError = exceptionType('AssertionError', Exception);
export const AttributeError = exceptionType('AttributeError', Exception);
export const BufferError = exceptionType('BufferError', Exception);
export const EOFError = exceptionType('EOFError', Exception);
export const ImportError = exceptionType('ImportError', Exception);
export const ModuleNotFoundError = exceptionType('ModuleNotFoundError', ImportError);
export const LookupError = exceptionType('LookupError', Exception);
export const IndexError = exceptionType('IndexError', LookupError);
export const KeyError = exceptionType('KeyError', LookupError);
export const MemoryError = exceptionType('MemoryError', Exception);
export const NameError = exceptionType('NameError', Exception);
export const UnboundLocalError = exceptionType('UnboundLocalError', NameError);
export const OSError = exceptionType('OSError', Exception);
export const BlockingIOError = exceptionType('BlockingIOError', OSError);
export const ChildProcessError = exceptionType('ChildProcessError', OSError);
export const ConnectionError = exceptionType('ConnectionError', OSError);
export const BrokenPipeError = exceptionType('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = exceptionType('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = exceptionType('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = exceptionType('ConnectionResetError', ConnectionError);
export const FileExistsError = exceptionType('FileExistsError', OSError);
export const FileNotFoundError = exceptionType('FileNotFoundError', OSError);
export const InterruptedError = exceptionType('InterruptedError', OSError);
export const IsADirectoryError = exceptionType('IsADirectoryError', OSError);
export const NotADirectoryError = exceptionType('NotADirectoryError', OSError);
export const PermissionError = exceptionType('PermissionError', OSError);
export const ProcessLookupError = exceptionType('ProcessLookupError', OSError);
export const TimeoutError = exceptionType('TimeoutError', OSError);
export const ReferenceError = exceptionType('ReferenceError', Exception);
export const RuntimeError = exceptionType('RuntimeError', Exception);
export const NotImplementedError = exceptionType('NotImplementedError', RuntimeError);
export const RecursionError = exceptionType('RecursionError', RuntimeError);
export const StopAsyncIteration = exceptionType('StopAsyncIteration', Exception);
export const StopIteration = exceptionType('StopIteration', Exception);
export const SyntaxError = exceptionType('SyntaxError', Exception);
export const IndentationError = exceptionType('IndentationError', SyntaxError);
export const TabError = exceptionType('TabError', IndentationError);
export const SystemError = exceptionType('SystemError', Exception);
export const TypeError = exceptionType('TypeError', Exception);
export const ValueError = exceptionType('ValueError', Exception);
export const UnicodeError = exceptionType('UnicodeError', ValueError);
export const UnicodeDecodeError = exceptionType('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = exceptionType('UnicodeEncodeError', UnicodeError);
export const UnicodeTranslateError = exceptionType('UnicodeTranslateError', UnicodeError);
export const Warning = exceptionType('Warning', Exception);
export const BytesWarning = exceptionType('BytesWarning', Warning);
export const DeprecationWarning = exceptionType('DeprecationWarning', Warning);
export const EncodingWarning = exceptionType('EncodingWarning', Warning);
export const FutureWarning = exceptionType('FutureWarning', Warning);
export const ImportWarning = exceptionType('ImportWarning', Warning);
export const PendingDeprecationWarning = exceptionType('PendingDeprecationWarning', Warning);
export const ResourceWarning = exceptionType('ResourceWarning', Warning);
export const RuntimeWarning = exceptionType('RuntimeWarning', Warning);
export const SyntaxWarning = exceptionType('SyntaxWarning', Warning);
export const UnicodeWarning = exceptionType('UnicodeWarning', Warning);
export const UserWarning = exceptionType('UserWarning', Warning);
export const ExceptionGroup = new PyType(typeType, 'ExceptionGroup', [BaseExceptionGroup, Exception], { instanceDict: true });
exceptionTypes.set('ExceptionGroup', ExceptionGroup);

/**
 * What the built-in __init__ of a type does besides setting args (StopIteration's value,
 * SystemExit's code, OSError's errno...), for exceptions newException makes without
 * calling the type. Set for each built-in type whose __init__ does more.
 */
export const nativeInitializers = new Map<PyType, (exc: PyBaseException) => void>();

/** A new exception of a built-in type with the given args, ready to throw (as if the type were called with them). */
export function newException(type: PyType, ...args: Py[]): PyBaseException {
  const exc = new PyBaseException(type, args);
  nativeInitializers.get(type)?.(exc);
  return exc;
}

export const typeError = (message: string): PyBaseException => newException(TypeError, message);
export const valueError = (message: string): PyBaseException => newException(ValueError, message);
export const indexError = (message: string): PyBaseException => newException(IndexError, message);
export const overflowError = (message: string): PyBaseException => newException(OverflowError, message);
export const zeroDivisionError = (message: string): PyBaseException => newException(ZeroDivisionError, message);
export const runtimeError = (message: string): PyBaseException => newException(RuntimeError, message);
export const keyError = (key: Py): PyBaseException => newException(KeyError, key);

/** A field of an exception (see PyBaseException.fields); undefined when never set. */
export function exceptionField(exc: PyBaseException, name: string): Py | undefined {
  return exc.fields?.get(name);
}

export function setExceptionField(exc: PyBaseException, name: string, value: Py): void {
  (exc.fields ??= new Map()).set(name, value);
}

/** Whether `value` is an exception whose type is `type` or a subclass of it. */
export function isInstanceOfException(value: unknown, type: PyType): value is PyBaseException {
  return value instanceof PyBaseException && value.cls.isSubtypeOf(type);
}
