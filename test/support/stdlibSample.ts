// Which standard-library files the parser is measured on. Paths are relative to
// stdlibRoot(), with '/' separators, sorted by code unit so every run picks the same files.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stdlibRoot } from './python';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every .py file of the standard library (tests included; site-packages is not stdlib). */
export function stdlibPyFiles(): string[] {
  const root = stdlibRoot();
  const found: string[] = [];
  const visit = (relativeDir: string): void => {
    for (const entry of readdirSync(join(root, relativeDir), { withFileTypes: true })) {
      const relativePath = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (relativePath !== 'site-packages') visit(relativePath);
      } else if (entry.isFile() && entry.name.endsWith('.py')) {
        found.push(relativePath);
      }
    }
  };
  visit('');
  return found.sort(byCodeUnit);
}

/** Every SAMPLE_STRIDE-th file of the sorted list goes in the sample (~300 of ~1,800). */
const SAMPLE_STRIDE = 6;

/**
 * Files every run must include whatever the stride picks: grammar-heavy tests, the
 * biggest sources, declared encodings (cookies, BOMs, CRLF line ends), Python 2
 * sources and deliberately broken ones (for those the errors must match instead).
 */
const NAMED_FILES = [
  'test/test_grammar.py',
  'test/test_fstring.py',
  'test/test_patma.py',
  'test/test_syntax.py',
  'test/test_string_literals.py',
  'test/test_unicode_identifiers.py',
  'test/test_pep646_syntax.py',
  'test/test_type_comments.py',
  'test/test_descr.py',
  'test/test_typing.py',
  'pydoc_data/topics.py',
  'typing.py',
  'test/encoded_modules/module_iso_8859_1.py',
  'test/encoded_modules/module_koi8_r.py',
  'test/test_source_encoding.py',
  'test/test_utf8source.py',
  'test/tokenizedata/coding20731.py',
  'test/tokenizedata/bad_coding.py',
  'test/tokenizedata/bad_coding2.py',
  'test/tokenizedata/badsyntax_3131.py',
  'test/tokenizedata/badsyntax_pep3120.py',
  // Python sources with a .txt name: BOM and coding-cookie combinations.
  'test/tokenizedata/tokenize_tests.txt',
  'test/tokenizedata/tokenize_tests-latin1-coding-cookie-and-utf8-bom-sig.txt',
  'test/tokenizedata/tokenize_tests-no-coding-cookie-and-utf8-bom-sig-only.txt',
  'test/tokenizedata/tokenize_tests-utf8-coding-cookie-and-no-utf8-bom-sig.txt',
  'test/tokenizedata/tokenize_tests-utf8-coding-cookie-and-utf8-bom-sig.txt',
  'lib2to3/tests/data/bom.py',
  'lib2to3/tests/data/crlf.py',
  'lib2to3/tests/data/different_encoding.py',
  'lib2to3/tests/data/false_encoding.py',
  'lib2to3/tests/data/py2_test_grammar.py',
  'lib2to3/tests/data/py3_test_grammar.py',
];

/** The fixed sample: the strided files plus NAMED_FILES, sorted, without repeats. */
export function stdlibSample(): string[] {
  const strided = stdlibPyFiles().filter((_, index) => index % SAMPLE_STRIDE === 0);
  return [...new Set([...strided, ...NAMED_FILES])].sort(byCodeUnit);
}
