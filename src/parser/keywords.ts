// Python 3.11's reserved words, which the tokenizer hands over as NAME tokens but
// which never match the grammar's NAME, and its soft keywords, which do.

export const RESERVED_KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
  'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
  'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
]);

export const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['_', 'case', 'match']);
