// The _io module (CPython's Modules/_io/_iomodule.c), on which the io module and much of
// the standard library stand: its types, open() (also the builtin open: `io.open is
// open`), open_code(), text_encoding() and DEFAULT_BUFFER_SIZE.
import type { Py } from '../../objects/object';
import { newModule } from '../../objects/module';
import { typeName, typeOf } from '../../objects/typeOf';
import { PyFloat } from '../../objects/float';
import { PyComplex } from '../../objects/complex';
import { bindClinicArguments } from '../../objects/native';
import { BlockingIOError, newException, RuntimeWarning, typeError, ValueError } from '../../objects/exceptions';
import { call, getAttr, indexAsNumber, isTrue, setAttr } from '../../objects/protocols';
import { strValue } from '../../objects/str';
import { intValue } from '../../objects/int';
import { builtinsModule, defineFunction } from '../builtins';
import { registerBuiltinModule } from '../registry';
import { runtimeHooks } from '../../vm/hooks';
import {
  bufferedIOBaseType, callMethod, chainContext, ioBaseType, rawIOBaseType, textIOBaseType, UnsupportedOperation,
} from './ioBase';
import { DEFAULT_BUFFER_SIZE, fileIOType } from './fileIO';
import { bufferedRandomType, bufferedReaderType, bufferedRWPairType, bufferedWriterType } from './buffered';
import { textIOWrapperType } from './textIO';
import { bytesIOType } from './bytesIO';
import { stringIOType } from './stringIO';
import { incrementalNewlineDecoderType } from './newlineDecoder';
import { fspathValue } from './paths';

// CPython's module definition calls it io (so its functions say __module__ 'io'); it is imported as _io.
export const ioModule = newModule(
  'io',
  'The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.\n',
);
registerBuiltinModule('_io', () => ioModule);

for (const [name, value] of [
  ['DEFAULT_BUFFER_SIZE', DEFAULT_BUFFER_SIZE],
  ['UnsupportedOperation', UnsupportedOperation],
  ['BlockingIOError', BlockingIOError],
  ['_IOBase', ioBaseType],
  ['_RawIOBase', rawIOBaseType],
  ['_BufferedIOBase', bufferedIOBaseType],
  ['_TextIOBase', textIOBaseType],
  ['FileIO', fileIOType],
  ['BytesIO', bytesIOType],
  ['StringIO', stringIOType],
  ['BufferedReader', bufferedReaderType],
  ['BufferedWriter', bufferedWriterType],
  ['BufferedRWPair', bufferedRWPairType],
  ['BufferedRandom', bufferedRandomType],
  ['TextIOWrapper', textIOWrapperType],
  ['IncrementalNewlineDecoder', incrementalNewlineDecoderType],
] as [string, Py][]) {
  ioModule.dict.setStr(name, value);
}

// ---------------------------------------------------------------- open()

const OPEN_SIGNATURE = {
  name: 'open',
  names: ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'],
  required: 1,
  positionalOnly: 0,
};

/** A str-or-None argument of open(), with clinic's message. */
function optionalStrArgument(value: Py | undefined, name: string): string | null {
  if (value === undefined || value === null) return null;
  const text = strValue(value);
  if (text === undefined) throw typeError(`open() argument '${name}' must be str or None, not ${typeName(value)}`);
  return text;
}

interface OpenMode {
  creating: boolean;
  reading: boolean;
  writing: boolean;
  appending: boolean;
  updating: boolean;
  text: boolean;
  binary: boolean;
  rawMode: string;
}

function parseOpenMode(mode: string): OpenMode {
  const seen = new Set<string>();
  for (const char of mode) {
    if (!'xrwa+tb'.includes(char) || seen.has(char)) throw newException(ValueError, `invalid mode: '${mode}'`);
    seen.add(char);
  }
  const has = (char: string): boolean => seen.has(char);
  const parsed: OpenMode = {
    creating: has('x'),
    reading: has('r'),
    writing: has('w'),
    appending: has('a'),
    updating: has('+'),
    text: has('t'),
    binary: has('b'),
    rawMode: ['x', 'r', 'w', 'a', '+'].filter(has).join(''),
  };
  if (parsed.text && parsed.binary) throw newException(ValueError, "can't have text and binary mode at once");
  if ([parsed.creating, parsed.reading, parsed.writing, parsed.appending].filter(Boolean).length > 1) {
    throw newException(ValueError, 'must have exactly one of create/read/write/append mode');
  }
  return parsed;
}

/** PyErr_WarnEx(category, message, 1): the warning is put on the Python code that called open(). */
function warn(category: Py, message: string): void {
  const warnings = runtimeHooks.importName('warnings', null, null, null, 0);
  call(getAttr(warnings, 'warn'), [message, category, 1]);
}

function open(args: Py[], kwnames: readonly string[] | null): Py {
  const [file, modeArgument, bufferingArgument, encodingArgument, errorsArgument, newlineArgument, closefdArgument, opener] =
    bindClinicArguments(OPEN_SIGNATURE, args, kwnames);
  let modeText = 'r';
  if (modeArgument !== undefined) {
    const text = strValue(modeArgument);
    if (text === undefined) throw typeError(`open() argument 'mode' must be str, not ${typeName(modeArgument)}`);
    modeText = text;
  }
  let buffering = bufferingArgument === undefined ? -1 : indexAsNumber(bufferingArgument);
  const encoding = optionalStrArgument(encodingArgument, 'encoding');
  const errors = optionalStrArgument(errorsArgument, 'errors');
  const newline = optionalStrArgument(newlineArgument, 'newline');
  const closefd = closefdArgument === undefined ? true : indexAsNumber(closefdArgument) !== 0;
  const target = isNumber(file!) ? file! : pathValue(file!);
  const mode = parseOpenMode(modeText);
  if (mode.binary && encoding !== null) throw newException(ValueError, "binary mode doesn't take an encoding argument");
  if (mode.binary && errors !== null) throw newException(ValueError, "binary mode doesn't take an errors argument");
  if (mode.binary && newline !== null) throw newException(ValueError, "binary mode doesn't take a newline argument");
  if (mode.binary && buffering === 1) {
    warn(RuntimeWarning, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used");
  }
  const raw = call(fileIOType, [target, mode.rawMode, closefd, opener ?? null]);
  let result = raw;
  try {
    let lineBuffering = false;
    const interactive = buffering < 0 && isTrue(callMethod(raw, 'isatty'));
    if (buffering === 1 || interactive) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) buffering = indexAsNumber(getAttr(raw, '_blksize'));
    if (buffering < 0) throw newException(ValueError, 'invalid buffering size');
    if (buffering === 0) {
      if (!mode.binary) throw newException(ValueError, "can't have unbuffered text I/O");
      return result;
    }
    const bufferedType = mode.updating
      ? bufferedRandomType
      : mode.creating || mode.writing || mode.appending
        ? bufferedWriterType
        : mode.reading
          ? bufferedReaderType
          : undefined;
    if (bufferedType === undefined) throw newException(ValueError, `unknown mode: '${modeText}'`);
    result = call(bufferedType, [raw, buffering]);
    if (mode.binary) return result;
    result = call(textIOWrapperType, [result, encoding, errors, newline, lineBuffering]);
    setAttr(result, 'mode', modeText);
    return result;
  } catch (error) {
    try {
      callMethod(result, 'close');
    } catch (closeError) {
      chainContext(closeError, error);
    }
    throw error;
  }
}

/** PyNumber_Check: a file descriptor (or what FileIO will refuse as one). */
function isNumber(value: Py): boolean {
  if (intValue(value) !== undefined || value instanceof PyFloat || value instanceof PyComplex) return true;
  const type = typeOf(value);
  return type.lookup('__index__') !== undefined || type.lookup('__int__') !== undefined || type.lookup('__float__') !== undefined;
}

/** os.fspath(file): FileIO is given the str or bytes, so that is the file's name. */
function pathValue(file: Py): Py {
  return fspathValue(file);
}

const openFunction = defineFunction(ioModule, 'open', open);
builtinsModule.dict.setStr('open', openFunction);

defineFunction(ioModule, 'open_code', (args, kwnames) => {
  const [path] = bindClinicArguments({ name: 'open_code', names: ['path'], required: 1, positionalOnly: 0 }, args, kwnames);
  if (strValue(path!) === undefined) throw typeError(`open_code() argument 'path' must be str, not ${typeName(path!)}`);
  return open([path!, 'rb'], null);
});

defineFunction(ioModule, 'text_encoding', (args, kwnames) => {
  const [encoding] = bindClinicArguments({ name: 'text_encoding', names: ['encoding', 'stacklevel'], required: 1, positionalOnly: 2 }, args, kwnames);
  return encoding === null ? 'locale' : encoding!;
});
