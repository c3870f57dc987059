// CPython's marshal format (Python/marshal.c, version 4): one type byte, its high bit
// FLAG_REF saying the object goes into the table of objects that later 'r' entries
// point back to, then the payload. pyvm writes and reads it for its code objects too, so
// that importlib's own loaders and pyvm's code cache share the .pyc files.
export const enum MarshalType {
  NULL = 0x30, // '0'
  NONE = 0x4e, // 'N'
  FALSE = 0x46, // 'F'
  TRUE = 0x54, // 'T'
  STOPITER = 0x53, // 'S'
  ELLIPSIS = 0x2e, // '.'
  INT = 0x69, // 'i'
  INT64 = 0x49, // 'I' (read only: no longer written)
  FLOAT = 0x66, // 'f' (text, versions 0 and 1)
  BINARY_FLOAT = 0x67, // 'g'
  COMPLEX = 0x78, // 'x' (text, versions 0 and 1)
  BINARY_COMPLEX = 0x79, // 'y'
  LONG = 0x6c, // 'l'
  STRING = 0x73, // 's' (bytes)
  INTERNED = 0x74, // 't'
  REF = 0x72, // 'r'
  TUPLE = 0x28, // '('
  LIST = 0x5b, // '['
  DICT = 0x7b, // '{'
  CODE = 0x63, // 'c'
  UNICODE = 0x75, // 'u'
  UNKNOWN = 0x3f, // '?'
  SET = 0x3c, // '<'
  FROZENSET = 0x3e, // '>'
  ASCII = 0x61, // 'a'
  ASCII_INTERNED = 0x41, // 'A'
  SMALL_TUPLE = 0x29, // ')'
  SHORT_ASCII = 0x7a, // 'z'
  SHORT_ASCII_INTERNED = 0x5a, // 'Z'
}

export const FLAG_REF = 0x80;

/** marshal.version: the format written by default. */
export const MARSHAL_VERSION = 4;

/** Big ints are written as base-2**15 digits (PyLong_MARSHAL_SHIFT). */
export const LONG_DIGIT_BITS = 15n;
export const LONG_DIGIT_MASK = 0x7fffn;

/** Nesting deeper than this is refused, as CPython's MAX_MARSHAL_STACK_DEPTH. */
export const MAX_MARSHAL_DEPTH = 2000;
