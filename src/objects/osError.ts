// OSError (CPython's OSError_new/OSError_init): the (errno, strerror[, filename[,
// winerror[, filename2]]]) arguments, the subclass an errno selects when OSError itself
// is called (OSError(2, 'x') is a FileNotFoundError), "[Errno 2] msg: 'file'" as its
// str, and BlockingIOError's characters_written.
import type { Py } from './object';
import {
  AttributeError, BlockingIOError, BrokenPipeError, ChildProcessError, ConnectionAbortedError, ConnectionRefusedError,
  ConnectionResetError, exceptionField, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError,
  newException, NotADirectoryError, OSError, PermissionError, ProcessLookupError, PyBaseException, setExceptionField,
  TimeoutError,
} from './exceptions';
import { defineGetSets, defineMethods, noKeywords } from './native';
import { indexAsNumber, pyRepr, pyStr } from './protocols';
import { newTuple } from './tuple';
import type { PyType } from './type';
import { typeOf } from './typeOf';
import { intValue } from './int';
import { PyFloat } from './float';
import { PyComplex } from './complex';
import { newInstance } from './objectMethods';
import {
  argsStr, defineExceptionFields, defineExceptionNew, defineNativeInitializer, dictState, exceptionNewImplementation, reduceValue,
  type ExceptionNew,
} from './exceptionMethods';

/** The subclass OSError(errno, ...) makes for each errno (Linux's numbers). */
const ERRNO_SUBCLASSES = new Map<number, PyType>([
  [11, BlockingIOError], // EAGAIN, EWOULDBLOCK
  [114, BlockingIOError], // EALREADY
  [115, BlockingIOError], // EINPROGRESS
  [10, ChildProcessError], // ECHILD
  [32, BrokenPipeError], // EPIPE
  [108, BrokenPipeError], // ESHUTDOWN
  [103, ConnectionAbortedError], // ECONNABORTED
  [111, ConnectionRefusedError], // ECONNREFUSED
  [104, ConnectionResetError], // ECONNRESET
  [17, FileExistsError], // EEXIST
  [2, FileNotFoundError], // ENOENT
  [21, IsADirectoryError], // EISDIR
  [20, NotADirectoryError], // ENOTDIR
  [4, InterruptedError], // EINTR
  [13, PermissionError], // EACCES
  [1, PermissionError], // EPERM
  [3, ProcessLookupError], // ESRCH
  [110, TimeoutError], // ETIMEDOUT
]);

/** The constructor arguments CPython's oserror_parse_args picks out (only from 2 to 5 arguments). */
interface OSErrorArguments {
  errno?: Py;
  strerror?: Py;
  filename?: Py;
  filename2?: Py;
}

function parseArguments(args: Py[]): OSErrorArguments {
  if (args.length < 2 || args.length > 5) return {};
  // The fourth argument is Windows' winerror, ignored elsewhere.
  return { errno: args[0], strerror: args[1], filename: args[2], filename2: args[4] };
}

/**
 * oserror_use_init: a subclass that defines __init__ (and not __new__) gets its arguments
 * parsed by OSError.__init__ when it calls it, not by __new__.
 */
function usesInit(type: PyType): boolean {
  return type.lookup('__init__') !== osErrorInit && exceptionNewImplementation(type) === osErrorNew;
}

const osErrorNew: ExceptionNew = (cls, args, kwnames) => {
  let type = cls;
  let parsed: OSErrorArguments = {};
  if (!usesInit(cls)) {
    noKeywords(cls.name, kwnames);
    parsed = parseArguments(args);
    const errno = parsed.errno === undefined ? undefined : intValue(parsed.errno);
    if (errno !== undefined && cls === OSError) type = ERRNO_SUBCLASSES.get(Number(errno)) ?? cls;
  }
  const self = newInstance(type) as PyBaseException;
  if (!usesInit(type)) initialize(self, args, parsed);
  return self;
};

/** oserror_init: the fields from the parsed arguments; with a filename, args keeps only errno and strerror. */
function initialize(self: PyBaseException, args: Py[], parsed: OSErrorArguments): void {
  let kept = args;
  const { filename, filename2 } = parsed;
  if (filename !== undefined && filename !== null) {
    if (typeOf(self) === BlockingIOError && isNumber(filename)) {
      setExceptionField(self, 'characters_written', indexAsNumber(filename));
    } else {
      setExceptionField(self, 'filename', filename);
      if (filename2 !== undefined && filename2 !== null) setExceptionField(self, 'filename2', filename2);
      kept = args.slice(0, 2);
    }
  }
  if (parsed.errno !== undefined) setExceptionField(self, 'errno', parsed.errno);
  if (parsed.strerror !== undefined) setExceptionField(self, 'strerror', parsed.strerror);
  self.args = kept.slice();
}

/** PyNumber_Check: ints, floats, complexes and whatever converts to one. */
function isNumber(value: Py): boolean {
  if (intValue(value) !== undefined || value instanceof PyFloat || value instanceof PyComplex) return true;
  const type = typeOf(value);
  return type.lookup('__index__') !== undefined || type.lookup('__int__') !== undefined || type.lookup('__float__') !== undefined;
}

defineExceptionNew(OSError, osErrorNew);

defineMethods(OSError, {
  __init__(self: PyBaseException, args, kwnames) {
    if (!usesInit(typeOf(self))) return null;
    noKeywords(typeOf(self).name, kwnames);
    initialize(self, args, parseArguments(args));
    return null;
  },
  __str__(self: PyBaseException) {
    const errno = pyStr(exceptionField(self, 'errno') ?? null);
    const strerror = pyStr(exceptionField(self, 'strerror') ?? null);
    const filename = exceptionField(self, 'filename');
    if (filename !== undefined) {
      const filename2 = exceptionField(self, 'filename2');
      const files = filename2 === undefined ? pyRepr(filename) : `${pyRepr(filename)} -> ${pyRepr(filename2)}`;
      return `[Errno ${errno}] ${strerror}: ${files}`;
    }
    if (exceptionField(self, 'errno') !== undefined && exceptionField(self, 'strerror') !== undefined) return `[Errno ${errno}] ${strerror}`;
    return argsStr(self);
  },
  // With a filename, args holds only errno and strerror: the pickled arguments put the file names back.
  __reduce__(self: PyBaseException) {
    let args = self.args;
    const filename = exceptionField(self, 'filename');
    if (args.length === 2 && filename !== undefined) {
      const filename2 = exceptionField(self, 'filename2');
      args = filename2 === undefined ? [...args, filename] : [...args, filename, null, filename2];
    }
    return reduceValue(self, newTuple(args), dictState(self));
  },
});

const osErrorInit = OSError.attrs.get('__init__')!;
defineNativeInitializer(OSError, (self) => initialize(self, self.args, parseArguments(self.args)));

/**
 * The OSError a failed system call raises (PyErr_SetFromErrnoWithFilenameObjects): of the
 * subclass for `errno`, with the error's text and the file name(s) involved.
 */
export function osError(errno: number, strerror: string, filename?: Py, filename2?: Py): PyBaseException {
  const type = ERRNO_SUBCLASSES.get(errno) ?? OSError;
  if (filename === undefined) return newException(type, errno, strerror);
  if (filename2 === undefined) return newException(type, errno, strerror, filename);
  return newException(type, errno, strerror, filename, null, filename2);
}

defineExceptionFields(OSError, ['errno', 'strerror', 'filename', 'filename2']);

defineGetSets(OSError, {
  characters_written: {
    get(self: PyBaseException): Py {
      const written = exceptionField(self, 'characters_written');
      if (written === undefined) throw newException(AttributeError, 'characters_written');
      return written;
    },
    set(self: PyBaseException, value: Py | undefined) {
      if (value === undefined) {
        if (exceptionField(self, 'characters_written') === undefined) throw newException(AttributeError, 'characters_written');
        self.fields!.delete('characters_written');
        return;
      }
      setExceptionField(self, 'characters_written', indexAsNumber(value));
    },
  },
});
