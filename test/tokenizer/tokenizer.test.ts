// The tokenizer against python3, which answers in one process (oracle.py): the token streams of a
// fixed sample of standard-library files, as its tokenize module reads them (with the differences
// oracle.py documents), and the errors of snippets that fail in the tokenizer, as compile() raises
// them. Then what no oracle shows directly: type comments, modes, the helpers the parser uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { pythonJson, stdlibRoot } from '../support/python';
import { stdlibPyFiles } from '../support/stdlibSample';
import { Tokenizer, type TokenizerOptions } from '../../src/tokenizer/tokenizer';
import { decodeSource, hasEncodingDeclaration } from '../../src/tokenizer/sourceDecoding';
import { PySyntaxError } from '../../src/tokenizer/syntaxError';
import { TokenType, type Token } from '../../src/tokenizer/token';

const ORACLE = join(fileURLToPath(new URL('.', import.meta.url)), 'oracle.py');

/** About a hundred files, every SAMPLE_STRIDE-th of the sorted list, plus files with unusual lexing. */
const SAMPLE_STRIDE = 18;
const NAMED_FILES = [
  'test/test_grammar.py',
  'test/test_tokenize.py',
  'test/test_unicode_identifiers.py',
  'test/test_string_literals.py',
  'test/test_fstring.py',
  'test/encoded_modules/module_iso_8859_1.py',
  'test/encoded_modules/module_koi8_r.py',
  'lib2to3/tests/data/bom.py',
  'lib2to3/tests/data/crlf.py',
  'lib2to3/tests/data/false_encoding.py',
  'test/tokenizedata/coding20731.py',
];
/**
 * Sources with what the standard library lacks (tabs, form feeds, CRLF, a BOM...). The tokenize
 * module cannot judge lone CR line ends or indentation continued by a backslash (it reads both
 * differently from the C tokenizer): the error snippets and unit tests below cover those.
 */
const TOKEN_SOURCES = [
  'if x:\n\tif y:\n\t\tz = 1\n\telse:\n\t\tpass\n',
  'if x:\n\f    y = 1\n\f\nz = 2 \f+ 3\n',
  'x = 1\r\nif x:\r\n    y = (1,\r\n  2)\r\n',
  '\ufeffx = 1\n',
  'x = (1 +\\\n  2)\nif x:\\\n  pass\n',
  'def f():\n    return 1\n\n\n# trailing\n   \n',
  'if x:\n    y = 1',
  'x = 1  # comment \\\ny = 2\n',
  `x = """a\nb\n""" + 'c' '''''' '\\'' "" + '''a'b''c\\''''\n`,
  `x = 'a\\\nb' + rb'\\'' + f"{x!r:>{w}}" + Rb'' + bR"" + U'' + Fr'{1}'\n`,
  'x = 0xFF + 0o17 + 0b1 + 1_000 + 1.5e-3 + .5j + 1J + 1e5 + 0. + 00 + 0_0 + 0e0 + 1_0.0_1e+1_0j + 1if 1else 2\n',
  'ñ = "ü"; π = 3.14; x\u{E0100} = 1; ℌ = "😀"; 𝔘 = 2\n',
  'class A:\n  def f(self):\n    pass\n\n  # c\n  x = 1\n',
  'x = [\n  1,\n\n  # c\n  2,\n]\nif a:\n    pass\n  # comment at odd indent\nb = 1\n',
  'f(a, *b, **c)\nx @= y; x **= 2; x //= 2; x >>= 1; x <<= 1; x != y; (x := 1); x[...]\ndef g() -> int: pass\n',
  '',
  '# only a comment',
  '\n\n',
];

/** Sources the tokenizer rejects (before any parser error could be found). */
const ERROR_SNIPPETS = [
  // strings
  'x = "abc\n',
  'x = "abc',
  "x = 'abc\\\ndef\n",
  '"""abc\ndef\n',
  'x = (\n"""abc\n',
  "x = rb'abc\n",
  "x = Rb'''abc\n\n",
  '"abc\\',
  'x = 1\n"abc\nx = )',
  'x y\n"abc\n',
  // continuation lines and the end of input
  'x = 1 + \\\n',
  'x = 1 + \\',
  '\\',
  'x = 1 \\ 2\n',
  'x = 1 + \\\n  2 + \\ 3\n',
  'x = [\n  1 \\ \n]\n',
  '  \\\n\\\n',
  // brackets
  '(x\n',
  'x = (1,\n',
  'x = (1,\n  2',
  '(\n\n\n',
  '(\\',
  'ñ = (\n\nx y\n',
  'x = 1)\n',
  'def f():\n  x\ny)\n',
  'x = (1]\n',
  'x = (1,\n2]\n',
  '('.repeat(201),
  // indentation
  'if x:\n    a\n  b\n',
  'if x:\n    a\n  b = (\n',
  'if x:\n        a\n\tb\n',
  'if x:\n\ta\n        b\n',
  'if x:\n    a\n\tb\n',
  'if x:\n\f\ta\n        b\n',
  'def f():\n    if x:\n        pass\n  y\n',
  'if x:\n    \\\n  y = 1\n  z\n',
  Array.from({ length: 100 }, (_, depth) => `${' '.repeat(depth)}if x:\n`).join('') + `${' '.repeat(100)}pass\n`,
  // numbers
  'a = 0x\n',
  'a = 0x_\n',
  'a = 0x1_g\n',
  'a = 0o\n',
  'a = 0o7_\n',
  'a = 0o8\n',
  'a = 0o19\n',
  'a = 0b\n',
  'a = 0b12\n',
  'a = 0b102\n',
  'a = 1__0\n',
  'a = 1_\n',
  'a = 0__0\n',
  'a = 1ab\n',
  'a = 1e\n',
  'a = 1e+\n',
  'a = 1e+x\n',
  'a = 1e5e\n',
  'a = 1._5\n',
  'a = 1.5e1_0_\n',
  'a = 1jx\n',
  'a = 1j_\n',
  'a = 012\n',
  'a = 0_7\n',
  'a = 09\n',
  // characters
  'ñ = 1\n€ = 2\n',
  'a€ = 1\n',
  'x = 1€\n',
  'x = a\u00a0b\n',
  'a\u200b = 1\n',
  '\ufeffx = 1\n',
  '\u000b\n',
  'x = a\u007f\n',
];

/**
 * Sources given to compile() as bytes, lone surrogates standing for bytes that are not UTF-8. Without
 * a BOM or a coding cookie, CPython reports the offsets of some errors in bytes.
 */
const BYTE_SNIPPETS = [
  'x = a\udcff\n',
  '\udcff',
  'x = ñ\udcc3\n',
  'ñ = (\n\nx y\n',
  'ñ = 1 \\ 2\n',
  'if x:\n    ñ\n  b = (ñ\n',
  'ñ = "abc\n',
  '# coding: latin-1\nx = (\udcf1,\n',
  '\ufeffñ = (\n',
];

interface OracleAnswer {
  tokens?: unknown[][];
  skip?: string;
  error?: unknown[] | null;
}

let sample: string[];
let fileAnswers: OracleAnswer[];
let sourceAnswers: OracleAnswer[];
let snippetAnswers: OracleAnswer[];
let byteSnippetAnswers: OracleAnswer[];

beforeAll(async () => {
  const all = stdlibPyFiles();
  sample = [...new Set([...all.filter((_, i) => i % SAMPLE_STRIDE === 0), ...NAMED_FILES])].sort();
  const files = sample.map((path) => join(stdlibRoot(), path));
  const request = { files, sources: TOKEN_SOURCES, snippets: ERROR_SNIPPETS, byteSnippets: BYTE_SNIPPETS };
  const answers = (await pythonJson([ORACLE], request)) as OracleAnswer[];
  const next = (count: number) => answers.splice(0, count);
  fileAnswers = next(files.length);
  sourceAnswers = next(TOKEN_SOURCES.length);
  snippetAnswers = next(ERROR_SNIPPETS.length);
  byteSnippetAnswers = next(BYTE_SNIPPETS.length);
}, 60_000);

const options: TokenizerOptions = { filename: '<test>', typeComments: false };

function tokensOf(source: string, opts: Partial<TokenizerOptions> = {}): Token[] {
  const tokenizer = new Tokenizer(source, { ...options, ...opts });
  const tokens: Token[] = [];
  for (let t = tokenizer.next(); ; t = tokenizer.next()) {
    tokens.push(t);
    if (t.type === TokenType.ENDMARKER) return tokens;
  }
}

function errorOf(source: string, opts: Partial<TokenizerOptions> = {}): PySyntaxError {
  try {
    tokensOf(source, opts);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(source)}`);
}

const TYPE_NAMES: Record<number, string> = {
  [TokenType.NAME]: 'NAME', [TokenType.NUMBER]: 'NUMBER', [TokenType.STRING]: 'STRING', [TokenType.OP]: 'OP',
  [TokenType.NEWLINE]: 'NEWLINE', [TokenType.INDENT]: 'INDENT', [TokenType.DEDENT]: 'DEDENT', [TokenType.ENDMARKER]: 'ENDMARKER',
};

/** Our tokens in oracle.py's form, columns turned into code points. */
function comparable(tokenizer: Tokenizer): unknown[][] {
  const rows: unknown[][] = [];
  for (;;) {
    const t = tokenizer.next();
    const name = TYPE_NAMES[t.type];
    if (t.type === TokenType.NEWLINE) {
      rows.push([name, t.lineno, tokenizer.charColumn(t.lineno, t.end_col_offset)]);
    } else if (t.type === TokenType.INDENT || t.type === TokenType.DEDENT || t.type === TokenType.ENDMARKER) {
      rows.push([name, t.lineno]);
    } else {
      const start = tokenizer.charColumn(t.lineno, t.col_offset);
      rows.push([name, t.string, t.lineno, start, t.end_lineno, tokenizer.charColumn(t.end_lineno, t.end_col_offset)]);
    }
    if (t.type === TokenType.ENDMARKER) return rows;
  }
}

describe('token streams of standard-library files, against python3 tokenize', () => {
  it('covers about a hundred files python3 compiles', () => {
    expect(fileAnswers.filter((a) => a.tokens).length).toBeGreaterThanOrEqual(95);
  });

  it('matches on every sampled file', () => {
    const mismatches: string[] = [];
    sample.forEach((path, i) => {
      const expected = fileAnswers[i].tokens;
      if (!expected) return;
      const source = decodeSource(readFileSync(join(stdlibRoot(), path)), path);
      const actual = comparable(new Tokenizer(source, { ...options, filename: path }));
      const at = actual.findIndex((row, k) => JSON.stringify(row) !== JSON.stringify(expected[k]));
      if (at >= 0 || actual.length !== expected.length) {
        const k = at >= 0 ? at : Math.min(actual.length, expected.length);
        mismatches.push(`${path} token ${k}: ours ${JSON.stringify(actual[k])}, python3 ${JSON.stringify(expected[k])}`);
      }
    });
    expect(mismatches).toEqual([]);
  });
});

describe('token streams of other sources, against python3 tokenize', () => {
  it.each(TOKEN_SOURCES.map((source, i) => [JSON.stringify(source).slice(0, 60), i] as const))('%s', (_, i) => {
    const expected = sourceAnswers[i].tokens;
    expect(expected, sourceAnswers[i].skip).toBeDefined();
    const source = decodeSource(new TextEncoder().encode(TOKEN_SOURCES[i]), '<source>');
    expect(comparable(new Tokenizer(source, options))).toEqual(expected);
  });
});

describe('tokenizer errors, against python3 compile()', () => {
  it.each(ERROR_SNIPPETS.map((source, i) => [JSON.stringify(source).slice(0, 60), i] as const))('%s', (_, i) => {
    const expected = snippetAnswers[i].error;
    expect(expected, 'python3 must reject the snippet').not.toBeNull();
    const e = errorOf(ERROR_SNIPPETS[i]);
    const { lineno, offset, end_lineno, end_offset, text } = e.location;
    expect([e.kind, e.msg, lineno, offset, end_lineno, end_offset, text]).toEqual(expected);
  });
});

describe('tokenizer errors in sources given as bytes, against python3 compile()', () => {
  /** UTF-8, with each lone surrogate U+DCxx turned back into the byte xx. */
  const bytesOf = (source: string): Uint8Array =>
    Buffer.concat([...source].map((ch) => (/[\udc80-\udcff]/u.test(ch) ? Uint8Array.of(ch.charCodeAt(0) - 0xdc00) : Buffer.from(ch, 'utf8'))));

  it.each(BYTE_SNIPPETS.map((source, i) => [JSON.stringify(source).slice(0, 60), i] as const))('%s', (_, i) => {
    const expected = byteSnippetAnswers[i].error;
    expect(expected, 'python3 must reject the snippet').not.toBeNull();
    const bytes = bytesOf(BYTE_SNIPPETS[i]);
    const e = errorOf(decodeSource(bytes, '<snippet>'), { undeclaredEncoding: !hasEncodingDeclaration(bytes) });
    const { lineno, offset, end_lineno, end_offset, text } = e.location;
    expect([e.kind, e.msg, lineno, offset, end_lineno, end_offset, text]).toEqual(expected);
  });
});

describe('tokens', () => {
  const brief = (source: string, opts: Partial<TokenizerOptions> = {}) =>
    tokensOf(source, opts).map((t) => [TYPE_NAMES[t.type] ?? t.type, t.string, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset]);

  it('gives UTF-8 byte columns; INDENT, DEDENT and ENDMARKER have none', () => {
    expect(brief('if ñ:\n  é = "ü"\n')).toEqual([
      ['NAME', 'if', 1, 0, 1, 2], ['NAME', 'ñ', 1, 3, 1, 5], ['OP', ':', 1, 5, 1, 6], ['NEWLINE', '', 1, 6, 1, 6],
      ['INDENT', '', 2, -1, 2, -1], ['NAME', 'é', 2, 2, 2, 4], ['OP', '=', 2, 5, 2, 6], ['STRING', '"ü"', 2, 7, 2, 11],
      ['NEWLINE', '', 2, 11, 2, 11], ['DEDENT', '', 2, -1, 2, -1], ['ENDMARKER', '', 2, -1, 2, -1],
    ]);
  });

  it('starts a NEWLINE at the comment before it, and adds one at the end of exec input', () => {
    expect(brief('x  # c')).toEqual([
      ['NAME', 'x', 1, 0, 1, 1], ['NEWLINE', '', 1, 3, 1, 6], ['ENDMARKER', '', 1, -1, 1, -1],
    ]);
  });

  it('reads "<>" as one operator, which only the parser refuses', () => {
    expect(brief('1 <> 2').map((t) => t[1])).toEqual(['1', '<>', '2', '', '']);
  });

  it('lets a number run into the keywords that may follow it', () => {
    expect(brief('1if 0x1for 1else').map((t) => t[1]).slice(0, 6)).toEqual(['1', 'if', '0x1f', 'or', '1', 'else']);
  });

  it('reads CRLF and CR line ends as LF', () => {
    expect(brief('x = (1,\r\n2)\ry\r\n').map((t) => t.slice(0, 3))).toEqual(
      brief('x = (1,\n2)\ny\n').map((t) => t.slice(0, 3)),
    );
  });

  it('reads type comments only when asked, before the NEWLINE of their line', () => {
    const source = 'x = 1  # type: List[int]  \ny = 2 # type: ignore[misc]\n# type: ignore\nz = 3 #type:ignored\n';
    expect(brief(source).filter((t) => t[0] === TokenType.TYPE_COMMENT || t[0] === TokenType.TYPE_IGNORE)).toEqual([]);
    expect(brief(source, { typeComments: true }).filter((t) => typeof t[0] === 'number' || t[0] === 'NEWLINE')).toEqual([
      [TokenType.TYPE_COMMENT, 'List[int]  ', 1, 15, 1, 26], ['NEWLINE', '', 1, 26, 1, 26],
      [TokenType.TYPE_IGNORE, '[misc]', 2, 20, 2, 26], ['NEWLINE', '', 2, 26, 2, 26],
      [TokenType.TYPE_IGNORE, '', 3, 14, 3, 14],
      [TokenType.TYPE_COMMENT, 'ignored', 4, 12, 4, 19], ['NEWLINE', '', 4, 19, 4, 19],
    ]);
  });

  it("ends 'single' input with NEWLINE and the open DEDENTs, and adds no newline to 'eval' input", () => {
    // CPython's parser turns every ENDMARKER that follows another token into NEWLINE.
    expect(brief('if x:\n  y', { mode: 'single' }).map((t) => t[0]).slice(-5)).toEqual(['NAME', 'NEWLINE', 'DEDENT', 'NEWLINE', 'ENDMARKER']);
    expect(brief('x', { mode: 'eval' }).map((t) => t[0])).toEqual(['NAME', 'ENDMARKER']);
  });

  it('raises "source code cannot contain null bytes" when it reaches the line', () => {
    const tokenizer = new Tokenizer('x = 1\ny = 2\0 + 3\n', options);
    expect([0, 1, 2, 3].map(() => tokenizer.next().string)).toEqual(['x', '=', '1', '']);
    expect(() => tokenizer.next()).toThrowError(/null bytes/);
    const { lineno, offset, end_offset, text } = errorOf('x = 1\ny = 2\0 + 3\n').location;
    expect([lineno, offset, end_offset, text]).toEqual([2, 0, 0, 'y = 2']);
  });
});

describe('helpers for the parser', () => {
  it('converts byte columns to code points and gives lines with their newline', () => {
    const tokenizer = new Tokenizer('a = "ñ😀" + b\n', options);
    expect(tokenizer.lineText(1)).toBe('a = "ñ😀" + b\n');
    expect([0, 4, 5, 7, 11, 12].map((byte) => tokenizer.charColumn(1, byte))).toEqual([0, 4, 5, 6, 7, 8]);
  });

  it("places errors at tokens without columns at the tokenizer's position, as CPython's parser does", () => {
    const tokenizer = new Tokenizer('if x:\n', options);
    let t: Token;
    do t = tokenizer.next();
    while (t.type !== TokenType.ENDMARKER);
    const e = tokenizer.errorAtToken('IndentationError', "expected an indented block after 'if' statement on line 1", t);
    expect([e.location.lineno, e.location.offset, e.location.end_lineno, e.location.end_offset, e.location.text]).toEqual([1, 6, 1, -1, 'if x:\n']);
  });

  it('finds the errors that replace a parser error further on', () => {
    const errorAfter = (source: string, tokensRead: number, parserErrorLine: number) => {
      const tokenizer = new Tokenizer(source, options);
      for (let i = 0; i < tokensRead; i++) tokenizer.next();
      return tokenizer.errorInRestOfSource(parserErrorLine)?.msg ?? null;
    };
    expect(errorAfter('x y\n"abc\n', 2, 1)).toBe('unterminated string literal (detected at line 2)');
    expect(errorAfter('(\n\nx y\n', 3, 3)).toBe("'(' was never closed");
    expect(errorAfter('(x y\n', 3, 1)).toBeNull();
    expect(errorAfter('x y\n', 2, 1)).toBeNull();
  });
});

describe('decodeSource', () => {
  const decode = (bytes: number[] | string) => decodeSource(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Uint8Array.from(bytes), 'f.py');
  const failure = (bytes: string) => {
    try {
      decode(bytes);
    } catch (e) {
      if (e instanceof PySyntaxError) return [e.msg, e.location.lineno, e.location.offset];
      throw e;
    }
    return null;
  };

  it('honours a UTF-8 BOM and coding cookies on line 1 or 2', () => {
    expect(decode('\xef\xbb\xbfx = "\xc3\xa9"\n')).toBe('x = "é"\n');
    expect(decode('# -*- coding: latin-1 -*-\nx = "\xe9"\n')).toBe('# -*- coding: latin-1 -*-\nx = "é"\n');
    expect(decode('#!/usr/bin/env python\n# vim: set fileencoding=koi8-r :\nx = "\xc1"\n')).toContain('x = "а"');
    expect(decode('x = 1  # coding: latin-1\ny = "\xc3\xa9"\n')).toContain('y = "é"');
    expect(decode('\\\n# coding: latin-1\ny = "\xc3\xa9"\n')).toContain('y = "é"');
  });

  it('rejects unknown and contradictory encodings as compile() does', () => {
    expect(failure('# coding: uft-8\n')).toEqual(['unknown encoding: uft-8', 0, -1]);
    expect(failure('\xef\xbb\xbf# coding: latin-1\n')).toEqual(['encoding problem: iso-8859-1 with BOM', 0, -1]);
    expect(failure('\xef\xbb\xbf#coding: utf8\n')).toEqual(['encoding problem: utf8 with BOM', 0, -1]);
    expect(failure('# coding: ascii\nx = "\xc3\xa9"\n')?.[0]).toBe("'ascii' codec can't decode byte 0xc3 in position 21: ordinal not in range(128)");
  });

  it('keeps bytes that are not UTF-8 for whoever decodes them, as lone surrogates', () => {
    expect(decode('x = 1  # \xff\n')).toBe('x = 1  # \udcff\n');
    expect(decode('x = "\xe2\x82"\n')).toBe('x = "\udce2\udc82"\n');
  });
});
