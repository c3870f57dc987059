// The numbers of sre's compiled programs, as re/_constants.py of CPython 3.11 numbers
// them (its OPCODES, ATCODES and CHCODES lists, in order), and the module's limits.

/** re/_constants.py's MAGIC for 3.11: re/_compiler.py asserts the engine agrees. */
export const MAGIC = 20220615;
/** Bytes in one code word. */
export const CODESIZE = 4;
/** The "no upper bound" of a repeat: the largest code word. */
export const MAXREPEAT = 0xffffffff;
/** The most groups a pattern may have: half the largest mark a code word can index, as a C int. */
export const MAXGROUPS = 0x3fffffff;

export const enum Op {
  FAILURE = 0,
  SUCCESS = 1,
  ANY = 2,
  ANY_ALL = 3,
  ASSERT = 4,
  ASSERT_NOT = 5,
  AT = 6,
  BRANCH = 7,
  CATEGORY = 8,
  CHARSET = 9,
  BIGCHARSET = 10,
  GROUPREF = 11,
  GROUPREF_EXISTS = 12,
  IN = 13,
  INFO = 14,
  JUMP = 15,
  LITERAL = 16,
  MARK = 17,
  MAX_UNTIL = 18,
  MIN_UNTIL = 19,
  NOT_LITERAL = 20,
  NEGATE = 21,
  RANGE = 22,
  REPEAT = 23,
  REPEAT_ONE = 24,
  SUBPATTERN = 25,
  MIN_REPEAT_ONE = 26,
  ATOMIC_GROUP = 27,
  POSSESSIVE_REPEAT = 28,
  POSSESSIVE_REPEAT_ONE = 29,
  GROUPREF_IGNORE = 30,
  IN_IGNORE = 31,
  LITERAL_IGNORE = 32,
  NOT_LITERAL_IGNORE = 33,
  GROUPREF_LOC_IGNORE = 34,
  IN_LOC_IGNORE = 35,
  LITERAL_LOC_IGNORE = 36,
  NOT_LITERAL_LOC_IGNORE = 37,
  GROUPREF_UNI_IGNORE = 38,
  IN_UNI_IGNORE = 39,
  LITERAL_UNI_IGNORE = 40,
  NOT_LITERAL_UNI_IGNORE = 41,
  RANGE_UNI_IGNORE = 42,
}

/** Positions AT tests. */
export const enum At {
  BEGINNING = 0,
  BEGINNING_LINE = 1,
  BEGINNING_STRING = 2,
  BOUNDARY = 3,
  NON_BOUNDARY = 4,
  END = 5,
  END_LINE = 6,
  END_STRING = 7,
  LOC_BOUNDARY = 8,
  LOC_NON_BOUNDARY = 9,
  UNI_BOUNDARY = 10,
  UNI_NON_BOUNDARY = 11,
}

/** Character categories CATEGORY tests (\d \s \w and their negations, per mode). */
export const enum Category {
  DIGIT = 0,
  NOT_DIGIT = 1,
  SPACE = 2,
  NOT_SPACE = 3,
  WORD = 4,
  NOT_WORD = 5,
  LINEBREAK = 6,
  NOT_LINEBREAK = 7,
  LOC_WORD = 8,
  LOC_NOT_WORD = 9,
  UNI_DIGIT = 10,
  UNI_NOT_DIGIT = 11,
  UNI_SPACE = 12,
  UNI_NOT_SPACE = 13,
  UNI_WORD = 14,
  UNI_NOT_WORD = 15,
  UNI_LINEBREAK = 16,
  UNI_NOT_LINEBREAK = 17,
}

/** Pattern flags (re.I, re.L, ...), as the Pattern's flags attribute holds them. */
export const enum Flag {
  TEMPLATE = 1,
  IGNORECASE = 2,
  LOCALE = 4,
  MULTILINE = 8,
  DOTALL = 16,
  UNICODE = 32,
  VERBOSE = 64,
  DEBUG = 128,
  ASCII = 256,
}

/** What an INFO block says it carries. */
export const enum InfoFlag {
  PREFIX = 1,
  LITERAL = 2,
  CHARSET = 4,
}
