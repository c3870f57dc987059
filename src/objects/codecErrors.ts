// UnicodeEncodeError and UnicodeDecodeError as codecs raise them: the five arguments a
// codec failure carries (encoding, object, start, end, reason), kept as attributes
// beside args, and the messages their __str__ builds from them ("'utf-8' codec can't
// decode byte 0xff in position 0: invalid start byte"); UnicodeTranslateError likewise,
// without an encoding.
import type { Py } from './object';
import {
  exceptionField, newException, type PyBaseException, setExceptionField, typeError, UnicodeDecodeError, UnicodeEncodeError,
  UnicodeTranslateError,
} from './exceptions';
import { defineGetSets, defineMethods } from './native';
import { pyIndex, pyStr } from './protocols';
import { typeName } from './typeOf';
import { strValue } from './str';
import { PyBytes, bufferOf } from './bytes';
import { codePointAt, codePointLength, unitOffsetOf } from './strCodePoints';
import type { PyType } from './type';

// The attributes CPython's PyUnicodeErrorObject holds, kept as exception fields
// (PyBaseException.fields): writable, and None until set, as there.
const FIELD_NAMES = ['encoding', 'object', 'start', 'end', 'reason'] as const;

type UnicodeErrorFields = Record<(typeof FIELD_NAMES)[number], Py>;

/** The UnicodeDecodeError a codec raises: `start` and `end` are byte offsets into `object`. */
export function unicodeDecodeError(encoding: string, object: Uint8Array, start: number, end: number, reason: string): PyBaseException {
  return unicodeError(UnicodeDecodeError, { encoding, object: new PyBytes(object.slice()), start, end, reason });
}

/** The UnicodeEncodeError a codec raises: `start` and `end` are code point indices into `object`. */
export function unicodeEncodeError(encoding: string, object: string, start: number, end: number, reason: string): PyBaseException {
  return unicodeError(UnicodeEncodeError, { encoding, object, start, end, reason });
}

function unicodeError(type: PyType, fields: UnicodeErrorFields): PyBaseException {
  const error = newException(type, ...FIELD_NAMES.map((name) => fields[name]));
  setFields(error, fields);
  return error;
}

function setFields(error: PyBaseException, fields: UnicodeErrorFields): void {
  for (const name of FIELD_NAMES) setExceptionField(error, name, fields[name]);
}

function fieldsOf(error: PyBaseException): UnicodeErrorFields {
  const field = (name: string): Py => exceptionField(error, name) ?? null;
  return { encoding: field('encoding'), object: field('object'), start: field('start'), end: field('end'), reason: field('reason') };
}

/**
 * __init__ parses its five arguments as PyArg_ParseTuple's "UOnnU" (decode: the object
 * any bytes-like, kept as bytes) or "UUnnU" (encode) would, with its messages.
 */
function initializer(objectFromArgument: (value: Py) => Py) {
  return (self: PyBaseException, args: Py[], kwnames: readonly string[] | null): Py => {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`${self.cls.name}() takes no keyword arguments`);
    self.args = args.slice();
    if (args.length !== 5) throw typeError(`function takes exactly 5 arguments (${args.length} given)`);
    const [encoding, object, start, end, reason] = args;
    setFields(self, {
      encoding: strArgument(encoding, 1),
      object: objectFromArgument(object),
      start: pyIndex(start),
      end: pyIndex(end),
      reason: strArgument(reason, 5),
    });
    return null;
  };
}

function strArgument(value: Py, position: number): Py {
  if (strValue(value) === undefined) throw typeError(`argument ${position} must be str, not ${typeName(value)}`);
  return value;
}

defineMethods(UnicodeDecodeError, {
  __init__: initializer((object) => {
    if (object instanceof PyBytes) return object;
    const bytes = bufferOf(object);
    if (bytes === undefined) throw typeError(`a bytes-like object is required, not '${typeName(object)}'`);
    return new PyBytes(bytes.slice());
  }),
  __str__(self: PyBaseException) {
    const fields = fieldsOf(self);
    if (!(fields.object instanceof PyBytes)) return '';
    const { start, end } = positions(fields);
    const bytes = fields.object.bytes;
    const head = `'${pyStr(fields.encoding)}' codec can't decode`;
    const reason = pyStr(fields.reason);
    if (start >= 0 && start < bytes.length && end === start + 1) {
      return `${head} byte 0x${bytes[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
    }
    return `${head} bytes in position ${start}-${end - 1}: ${reason}`;
  },
});

defineMethods(UnicodeEncodeError, {
  __init__: initializer((object) => strArgument(object, 2)),
  __str__(self: PyBaseException) {
    const fields = fieldsOf(self);
    const text = strValue(fields.object);
    if (text === undefined) return '';
    const { start, end } = positions(fields);
    const head = `'${pyStr(fields.encoding)}' codec can't encode`;
    const reason = pyStr(fields.reason);
    if (start >= 0 && start < codePointLength(text) && end === start + 1) {
      const codePoint = codePointAt(text, unitOffsetOf(text, start));
      return `${head} character '${escapedCodePoint(codePoint)}' in position ${start}: ${reason}`;
    }
    return `${head} characters in position ${start}-${end - 1}: ${reason}`;
  },
});

defineMethods(UnicodeTranslateError, {
  // PyArg_ParseTuple's "UnnU": (object, start, end, reason); the encoding stays None.
  __init__(self: PyBaseException, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`${self.cls.name}() takes no keyword arguments`);
    self.args = args.slice();
    if (args.length !== 4) throw typeError(`function takes exactly 4 arguments (${args.length} given)`);
    const [object, start, end, reason] = args;
    setFields(self, { encoding: null, object: strArgument(object, 1), start: pyIndex(start), end: pyIndex(end), reason: strArgument(reason, 4) });
    return null;
  },
  __str__(self: PyBaseException) {
    const fields = fieldsOf(self);
    const text = strValue(fields.object);
    if (text === undefined) return '';
    const { start, end } = positions(fields);
    const reason = pyStr(fields.reason);
    if (start >= 0 && start < codePointLength(text) && end === start + 1) {
      const codePoint = codePointAt(text, unitOffsetOf(text, start));
      return `can't translate character '${escapedCodePoint(codePoint)}' in position ${start}: ${reason}`;
    }
    return `can't translate characters in position ${start}-${end - 1}: ${reason}`;
  },
});

function positions(fields: UnicodeErrorFields): { start: number; end: number } {
  return { start: Number(fields.start ?? 0), end: Number(fields.end ?? 0) };
}

/** A code point as the message shows it: \xNN, \uNNNN or \UNNNNNNNN. */
function escapedCodePoint(codePoint: number): string {
  const hex = codePoint.toString(16);
  if (codePoint <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (codePoint <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

for (const type of [UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError]) {
  defineGetSets(
    type,
    Object.fromEntries(
      FIELD_NAMES.map((name) => [
        name,
        {
          get: (self: PyBaseException): Py => exceptionField(self, name) ?? null,
          set(self: PyBaseException, value: Py | undefined) {
            if (value === undefined) throw typeError(`can't delete ${name} attribute`);
            setExceptionField(self, name, name === 'start' || name === 'end' ? pyIndex(value) : value);
          },
        },
      ]),
    ),
  );
}
