// Future statements (Python/future.c): which `from __future__ import ...` features a
// module turns on. Only the imports at the very top of a module (after its docstring)
// count; later ones are errors, found partly here and partly by the code generator
// (see isLateFutureImport).
import type * as ast from '../ast/nodes';
import { PySyntaxError } from '../tokenizer/syntaxError';
import { sourceLineFromFile } from './symtable';

/** The CO_FUTURE_* code flags, as CPython numbers them (also __future__.X.compiler_flag). */
export const enum FutureFlag {
  division = 0x20000,
  absolute_import = 0x40000,
  with_statement = 0x80000,
  print_function = 0x100000,
  unicode_literals = 0x200000,
  barry_as_FLUFL = 0x400000,
  generator_stop = 0x800000,
  annotations = 0x1000000,
}

export interface FutureFeatures {
  /** FutureFlag bits the module's future statements set. */
  flags: number;
  /** Line of the last future statement, -1 if none. */
  lineno: number;
}

/** Features that are mandatory in Python 3: importing them is allowed and changes nothing. */
const ALWAYS_ON_FEATURES: ReadonlySet<string> = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'generator_stop',
]);

/** Features whose import changes how the module compiles. */
const OPTIONAL_FEATURES: ReadonlyMap<string, FutureFlag> = new Map([
  ['barry_as_FLUFL', FutureFlag.barry_as_FLUFL],
  ['annotations', FutureFlag.annotations],
]);

export const LATE_FUTURE_IMPORT_MESSAGE = 'from __future__ imports must occur at the beginning of the file';

/**
 * Scans the future statements at the top of `mod` (a Module or Interactive body; other
 * modes have none). Throws PySyntaxError for an unknown feature, for `braces`, and for
 * a future statement that shares a line with an earlier non-future statement.
 */
export function futureFeatures(mod: ast.mod, filename: string): FutureFeatures {
  const features: FutureFeatures = { flags: 0, lineno: -1 };
  if (mod._kind !== 'Module' && mod._kind !== 'Interactive') return features;
  const body = mod.body;
  const first = hasDocstring(body) ? 1 : 0;
  // Once a statement other than a future import has been seen, scanning continues only
  // to the end of its line: `import os; from __future__ import x` is reported here
  // (at the import's col_offset, unlike every other front-end error, which adds one).
  let pastFutureImports = false;
  let previousLine = 0;
  for (const statement of body.slice(first)) {
    if (pastFutureImports && statement.lineno > previousLine) break;
    previousLine = statement.lineno;
    if (!isFutureImport(statement)) {
      pastFutureImports = true;
    } else if (pastFutureImports) {
      throw futureError(LATE_FUTURE_IMPORT_MESSAGE, filename, statement.lineno, statement.col_offset);
    } else {
      for (const alias of statement.names) features.flags |= featureFlag(alias.name, statement, filename);
      features.lineno = statement.lineno;
    }
  }
  return features;
}

/**
 * Whether the code generator must reject this ImportFrom with LATE_FUTURE_IMPORT_MESSAGE
 * (reported like its other errors, at the statement's range): a `__future__` import
 * below the last one futureFeatures accepted, at any depth.
 */
export function isLateFutureImport(statement: ast.ImportFrom, features: FutureFeatures): boolean {
  return statement.module === '__future__' && statement.lineno > features.lineno;
}

function isFutureImport(statement: ast.stmt): statement is ast.ImportFrom {
  // The level is not checked: CPython treats `from .__future__ import x` the same way.
  return statement._kind === 'ImportFrom' && statement.module === '__future__';
}

function hasDocstring(body: ast.stmt[]): boolean {
  const first = body[0];
  return first?._kind === 'Expr' && first.value._kind === 'Constant' && typeof first.value.value === 'string';
}

function featureFlag(feature: string, statement: ast.ImportFrom, filename: string): number {
  if (ALWAYS_ON_FEATURES.has(feature)) return 0;
  const flag = OPTIONAL_FEATURES.get(feature);
  if (flag !== undefined) return flag;
  const message = feature === 'braces' ? 'not a chance' : `future feature ${feature} is not defined`;
  throw futureError(message, filename, statement.lineno, statement.col_offset + 1);
}

/** Future errors carry a start but no end column (PyErr_SyntaxLocationObject). */
function futureError(message: string, filename: string, lineno: number, offset: number): PySyntaxError {
  return new PySyntaxError('SyntaxError', message, {
    filename, lineno, offset, end_lineno: lineno, end_offset: null, text: sourceLineFromFile(filename, lineno),
  });
}
