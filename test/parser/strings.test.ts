// String literals against the oracle: python3 tokenizes and compiles a table of snippets
// and thousands of random f-strings, and concatenateStrings must build the same tree
// (positions included) or raise the same SyntaxError. Field expressions go to a stand-in
// for the parser that keeps the parseFStringExpression contract but sees each expression
// as one opaque Name, so the oracle's expression nodes are compared as Name(id=<their
// source text>).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as ast from '../../src/ast/nodes';
import { PyBytes } from '../../src/ast/constant';
import { TokenType, type Token } from '../../src/tokenizer/token';
import { concatenateStrings, type StringContext } from '../../src/parser/strings';
import { lookupCharacterName } from '../../src/parser/unicodeNames';

const ROOT = new URL('../../', import.meta.url).pathname;
const NAME_TABLE = `${ROOT}dist/unicode-names.txt.gz`;

/** In each snippet the longest run of STRING tokens is tested; errors are reported at the token after it. */
const SNIPPETS: string[] = [
  // Plain literals, prefixes and concatenation.
  `x = 'abc'`,
  `x = "a" 'b' """c""" '''d'''`,
  `x = u"a" "b"`,
  `x = U"a" "b"`,
  `x = "a" u"b"`,
  `x = r"\\n\\t" R'\\x' r''`,
  `x = b"ab" B"c" rb"\\x00" Br'\\q' bR"\\\\"`,
  `x = ""`,
  `x = "" '' """"""`,
  `x = b""`,
  `x = ("a"\n  "b"\n    'c')`,
  `x = ("é", "a€" "😀b")`,
  `x = """a\nb\n"""`,
  `x = '''\n'''  "é"`,
  // Escapes.
  `x = "\\\\ \\' \\" \\a \\b \\f \\n \\r \\t \\v"`,
  `x = "\\0 \\12 \\123 \\1234 \\777 \\400 \\8 \\9"`,
  `x = b"\\0 \\12 \\123 \\1234 \\777 \\400 \\8"`,
  `x = "\\x41\\xfF \\u00e9\\u20AC \\U0001F600 \\U00000041"`,
  `x = b"\\x41\\xfF\\x00"`,
  `x = "a\\\nb"`,
  `x = b"a\\\nb"`,
  `x = "\\q\\é\\8\\ x\\("`,
  `x = b"\\q\\N{x}\\u1234\\U00000041\\("`,
  `x = "\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{latin small letter a}\\N{NULL}\\N{BYTE ORDER MARK}"`,
  `x = "\\N{HANGUL SYLLABLE GAG}\\N{HANGUL SYLLABLE A}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{CJK UNIFIED IDEOGRAPH-04E00}"`,
  `x = "\\N{CJK COMPATIBILITY IDEOGRAPH-F900}\\N{cjk compatibility ideograph-f900}\\N{NUSHU CHARACTER-1B170}"`,
  `x = "\\N{LINE FEED}\\N{lf}\\N{KHMER VOWEL SIGN OM}"`,
  `x = "é\\n€\\t😀\\x41"`,
  // F-strings: fields, conversions, format specs.
  `x = f""`,
  `x = f"" ""`,
  `x = "" f""`,
  `x = f"abc"`,
  `x = f"a{b}c"`,
  `x = f"{a}{b}"`,
  `x = f"{{}}{a}{{b}}"`,
  `x = f"{{{a}}}"`,
  `x = f"{a!r}{b!s}{c!a}"`,
  `x = f"{a:>10}"`,
  `x = f"{a:{b}.{c}}"`,
  `x = f"{a:{b}d}"`,
  `x = f"{a:}"`,
  `x = f"{a!r:{b}}"`,
  `x = f"{a:{b:>3}}"`,
  `x = f"{a:{b}{c}}"`,
  `x = f"{a:=3}"`,
  `x = f"{a:{{}}}"`,
  `x = f"{a=}"`,
  `x = f"{a = }"`,
  `x = f"{ a = }"`,
  `x = f"{a=!s}"`,
  `x = f"{a=:>4}"`,
  `x = f"{a=!r:^3}"`,
  `x = f"{a=:}"`,
  `x = f"{a!=b}"`,
  `x = f"{a<b}{a>b}{a<=b}{a>=b}{a==b}"`,
  `x = f"{ a }"`,
  `x = f"{'a'}"`,
  `x = f'{"}"}'`,
  `x = f"{'''a'''}"`,
  `x = f'''{"""}"""}'''`,
  `x = f'''{"'"}'''`,
  `x = f"{d['k']}"`,
  `x = f"{a}\\n{b}\\t"`,
  `x = "a" f"{b}" "c" f"d" f"{e}"`,
  `x = f"{a}" "" f""`,
  `x = u"a" f"{b}" "c"`,
  `x = f"{b}" u"a"`,
  `x = u"" f"{b:x}" "c"`,
  `x = rf"\\n{a}\\{b}"`,
  `x = fr"{a}\\N{DASH}" Rf'{b}'`,
  `x = f"\\N{DIGIT ONE}{a}\\N{DIGIT TWO}"`,
  `x = f"\\{a}"`,
  `x = f"\\{{a}}"`,
  `x = f"\\}}"`,
  `x = f"é{a}"`,
  `x = ("é€", f"€{a}" f"😀{b}")`,
  `x = f"{'é'}é{a}"`,
  `x = (1,\n   f"""ab\ncd{xx}\n  {yy +\n zz} {\n ww}""")`,
  `x = f"""{\nx}"""`,
  `x = f"""{ \n x} {y\n}"""`,
  `x = ("a"\n     f"{b}" f"""\n{c}""")`,
  `x = f"{a!r}" 'b' rf'{c}' """"""`,
  // Errors.
  `x = "\\x1" + 1`,
  `x = "\\xg" + 1`,
  `x = b"\\x1" + 1`,
  `x = b"ab\\x" + 1`,
  `x = "\\N{foo}" + 1`,
  `x = "\\N{}" + 1`,
  `x = "\\N" + 1`,
  `x = "\\Nx" + 1`,
  `x = "\\N{abc" + 1`,
  `x = "\\N{é}" + 1`,
  `x = "\\N{hangul syllable ga}" + 1`,
  `x = "\\N{CJK UNIFIED IDEOGRAPH-4e00}" + 1`,
  `x = "\\N{KATAKANA LETTER AINU P}" + 1`,
  `x = "é\\x1" + 1`,
  `x = "a\\é\\x" + 1`,
  `x = "\\ué" + 1`,
  `x = "\\U00110000" + 1`,
  `x = "\\U0011000" + 1`,
  `x = "\\u12" + 1`,
  `x = b"é" + 1`,
  `x = "a" b"é" + 1`,
  `x = rb"a€" + 1`,
  `x = "a" b"b" + 1`,
  `x = b"a" "b" "c"+ 1`,
  `x = f"{a}" b"x" + 1`,
  `x = b"x" f"{a}" + 1`,
  `x = f"{}" + 1`,
  `x = f"{ }" + 1`,
  `x = f"{!r}" + 1`,
  `x = f"{ :x}" + 1`,
  `x = f"{=}" + 1`,
  `x = f"}" + 1`,
  `x = f"a}b" + 1`,
  `x = f"{" + 1`,
  `x = f"{a" + 1`,
  `x = f"{a!}" + 1`,
  `x = f"{a!x}" + 1`,
  `x = f"{a! r}" + 1`,
  `x = f"{a!r" + 1`,
  `x = f"{a!r=}" + 1`,
  `x = f"{a=b}" + 1`,
  `x = f"{a:" + 1`,
  `x = f"{a:{b}" + 1`,
  `x = f"{a:{b}}}" + 1`,
  `x = f"{a}}" + 1`,
  `x = f"{a#}" + 1`,
  `x = f"{a\\n}" + 1`,
  `x = f"{)}" + 1`,
  `x = f"{(]}" + 1`,
  `x = f"{a(}" + 1`,
  `x = f"{a[" + 1`,
  `x = f"{'a}" + 1`,
  `x = f"{a:{b:{c}}}" + 1`,
  `x = f"{${'('.repeat(201)}" + 1`,
  `x = f"\\N{foo}{a}" + 1`,
  `x = f"\\x1{a}" + 1`,
  `x = f"{a:\\x1}" + 1`,
  `x = "a" f"{}" + 1`,
  `x = (f"{}"\n)`,
  `x = ("\\x1"\n  "b"\n  , 2)`,
];

interface OracleToken {
  string: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

interface ExpectedError {
  msg: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
}

type OracleCase =
  | { tokens: OracleToken[]; next: OracleToken; tree: unknown }
  | { tokens: OracleToken[]; next: OracleToken; error: ExpectedError }
  | { unjudgeable: string };

const ORACLE = String.raw`
import ast, io, json, re, sys, tokenize, warnings
warnings.simplefilter('ignore')

# The errors that concatenateStrings raises itself.
OWN_ERRORS = re.compile(r"\((unicode|value) error\)|cannot mix|bytes can only|f-string expression part|"
                        r"f-string: (expecting|single|empty|expression required|unmatched|closing|too many|"
                        r"invalid conversion|unterminated string$|expressions nested)")

def byte_position(lines, row, col):
    return row, len(lines[row - 1][:col].encode())

def token_json(lines, tok):
    lineno, col = byte_position(lines, *tok.start)
    end_lineno, end_col = byte_position(lines, *tok.end)
    return dict(string=tok.string, lineno=lineno, col_offset=col, end_lineno=end_lineno, end_col_offset=end_col)

def string_run(source):
    lines = source.splitlines(keepends=True)
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
              if t.type not in (tokenize.NL, tokenize.COMMENT)]
    runs = []  # (start, stop) of each run of STRING tokens; the test takes the longest
    for i, t in enumerate(tokens):
        if t.type == tokenize.STRING:
            if runs and runs[-1][1] == i:
                runs[-1][1] = i + 1
            else:
                runs.append([i, i + 1])
    if not runs:
        raise SyntaxError('no STRING token')
    first, stop = max(runs, key=lambda run: run[1] - run[0])
    last = stop - 1
    return [token_json(lines, t) for t in tokens[first:last + 1]], token_json(lines, tokens[last + 1])

def node_json(source, node):
    if isinstance(node, list):
        return [node_json(source, item) for item in node]
    if isinstance(node, bytes):
        return {'bytes': list(node)}
    if not isinstance(node, ast.AST):
        return node
    if isinstance(node, ast.FormattedValue):
        value = node.value
        node.value = ast.Name(ast.get_source_segment(source, value), ast.Load(), lineno=value.lineno,
                              col_offset=value.col_offset, end_lineno=value.end_lineno,
                              end_col_offset=value.end_col_offset)
    result = {'_type': type(node).__name__}
    for name in node._fields + node._attributes:
        result[name] = node_json(source, getattr(node, name, None))
    return result

def case(source):
    try:
        tokens, following = string_run(source)
    except (tokenize.TokenError, SyntaxError):
        return {'unjudgeable': 'tokenize fails'}
    result = {'tokens': tokens, 'next': following}
    try:
        tree = compile(source, '<test>', 'exec', ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        if not OWN_ERRORS.match(e.msg) or e.text.rstrip('\n') != source.splitlines()[e.lineno - 1]:
            # The parser of a field's expression raised it, quoting the expression alone.
            return {'unjudgeable': 'the expression does not parse'}
        result['error'] = dict(msg=e.msg, lineno=e.lineno, offset=e.offset, end_lineno=e.end_lineno,
                               end_offset=e.end_offset)
        return result
    span = (tokens[0]['lineno'], tokens[0]['col_offset'], tokens[-1]['end_lineno'], tokens[-1]['end_col_offset'])
    node = next(n for n in ast.walk(tree) if isinstance(n, (ast.Constant, ast.JoinedStr))
                and (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset) == span)
    result['tree'] = node_json(source, node)
    return result

json.dump([case(source) for source in json.load(sys.stdin)], sys.stdout)
`;

class OracleSyntaxError extends Error {
  constructor(readonly details: ExpectedError) {
    super(details.msg);
  }
}

/** The parser's side of the contract, for one snippet. */
function standInContext(source: string, following: Token): StringContext {
  const lines = source.split('\n');
  const charColumn = (lineno: number, byteColumn: number) =>
    [...Buffer.from(lines[lineno - 1], 'utf8').subarray(0, byteColumn).toString('utf8')].length;
  const raiseAt = (msg: string, start: Token, end: Token): never => {
    throw new OracleSyntaxError({
      msg,
      lineno: start.lineno,
      offset: charColumn(start.lineno, start.col_offset) + 1,
      end_lineno: end.end_lineno,
      end_offset: charColumn(end.end_lineno, end.end_col_offset) + 1,
    });
  };
  return {
    filename: '<test>',
    parseFStringExpression: standInExpression,
    raiseAt,
    raiseAtLastToken: (msg) => raiseAt(msg, following, following),
    // The snippets compare values and errors: warnings are the parser's and the warnings module's to test.
    warnInvalidEscape: () => {},
  };
}

/**
 * The expression as one Name spanning its text without the surrounding whitespace, placed
 * as the contract says the parser places tokens of '(' + text + ')'.
 */
function standInExpression(text: string, startLineno: number, startColOffset: number): ast.expr {
  const start = text.search(/[^ \t\n\f]/);
  const stop = text.trimEnd().length;
  const place = (index: number): [number, number] => {
    const lineIndex = text.slice(0, index).split('\n').length - 1;
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    const column = Buffer.byteLength(text.slice(lineStart, index), 'utf8');
    return lineIndex === 0 ? [startLineno, startColOffset + 1 + column] : [startLineno + lineIndex, column];
  };
  const [lineno, colOffset] = place(start);
  const [endLineno, endColOffset] = place(stop);
  return new ast.Name(text.slice(start, stop), new ast.Load(), lineno, colOffset, endLineno, endColOffset);
}

interface NodeClass {
  _fields: readonly string[];
  _attributes: readonly string[];
}

/** A node in the oracle's JSON shape. */
function nodeJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nodeJson);
  if (value instanceof PyBytes) return { bytes: [...value.bytes] };
  if (value === null || typeof value !== 'object') return value;
  const node = value as Record<string, unknown> & { _kind: string; constructor: NodeClass };
  const result: Record<string, unknown> = { _type: node._kind };
  for (const name of [...node.constructor._fields, ...node.constructor._attributes]) result[name] = nodeJson(node[name]);
  return result;
}

function askOracle(sources: string[]): OracleCase[] {
  const output = execFileSync('python3', ['-c', ORACLE], { input: JSON.stringify(sources), maxBuffer: 1 << 28 });
  return JSON.parse(output.toString()) as OracleCase[];
}

/** Where concatenateStrings and the oracle disagree on a snippet, or null. */
function disagreement(source: string, expected: Exclude<OracleCase, { unjudgeable: string }>): unknown {
  const tokens = expected.tokens.map((token): Token => ({ type: TokenType.STRING, ...token }));
  const context = standInContext(source, { type: TokenType.OP, ...expected.next });
  let actual: unknown;
  try {
    actual = { tree: nodeJson(concatenateStrings(tokens, context)) };
  } catch (error) {
    if (!(error instanceof OracleSyntaxError)) throw error;
    actual = { error: error.details };
  }
  const wanted = 'tree' in expected ? { tree: expected.tree } : { error: expected.error };
  return JSON.stringify(actual) === JSON.stringify(wanted) ? null : { source, actual, wanted };
}

let oracle: OracleCase[];

beforeAll(() => {
  // The name table is a build product: a checkout that was never built has none.
  if (!existsSync(NAME_TABLE)) execFileSync('python3', [`${ROOT}scripts/gen_unicode_names.py`, NAME_TABLE]);
  oracle = askOracle(SNIPPETS);
});

describe('concatenateStrings matches CPython 3.11', () => {
  it.each(SNIPPETS.map((source, index) => [index, source] as const))('#%i %j', (index, source) => {
    const expected = oracle[index];
    if ('unjudgeable' in expected) throw new Error(`the oracle cannot judge this snippet: ${expected.unjudgeable}`);
    expect(disagreement(source, expected)).toBeNull();
  });

  it('on random f-strings', () => {
    const random = seededRandom(311);
    const snippets = Array.from({ length: 3000 }, () => randomSnippet(random));
    const judged = askOracle(snippets.map((snippet) => snippet.source)).flatMap((expected, index) => {
      const { source, literals } = snippets[index];
      if ('unjudgeable' in expected) return [];
      // A quote or backslash in a body may end a token early; then the tokens are not those generated.
      if (expected.tokens.map((token) => token.string).join(' ') !== literals) return [];
      return [disagreement(source, expected)];
    });
    expect(judged.length).toBeGreaterThan(snippets.length / 2);
    expect(judged.filter((outcome) => outcome !== null).slice(0, 5)).toEqual([]);
  });
});

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `x = <literals> + 1`, where the literals are an f-string, maybe with a plain one around it. */
function randomSnippet(random: () => number): { source: string; literals: string } {
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)];
  const maybe = (probability: number, text: () => string) => (random() < probability ? text() : '');
  const quote = pick(['"', "'", '"""', "'''"]);
  const innerQuote = quote[0] === '"' ? "'" : '"';
  const multiline = quote.length === 3;
  const blank = () => pick(['', '', ' ', multiline ? '\n' : ' ']);
  const expression = () =>
    pick([
      'a', 'bc', 'é', 'a!=b', 'a==b', 'a<b', 'a >= b', 'f(a, b)', 'x[1:2]', '{a}', `${innerQuote}}${innerQuote}`,
      `${innerQuote}a{${innerQuote}`, `${innerQuote}${innerQuote}`, 'a#', '[a', 'a)', '(a]', '', ' ', 'lambda: 1',
      'a\\b', multiline ? 'a +\n b' : 'a + b',
    ]);
  const specPart = () => pick(['>10', '{w}', '{w:>{q}}', '', '{', '}', 'd', '!r', '=', ':', '\\x41']);
  const field = (): string =>
    '{' + blank() + expression() + blank() +
    maybe(0.3, () => '=' + blank()) +
    maybe(0.3, () => '!' + pick(['r', 's', 'a', 'x', ' ', ''])) +
    maybe(0.3, () => ':' + specPart() + maybe(0.5, specPart)) +
    maybe(0.9, () => '}');
  const literalText = () =>
    pick(['a', 'é', ' ', '{{', '}}', '\\n', '\\N{DASH}', '\\x41', '\\', '{', '}', '\\{', '😀', multiline ? '\n' : 'b']);
  const body = Array.from({ length: 1 + Math.floor(random() * 4) }, () => (random() < 0.5 ? field() : literalText()));
  const fString = pick(['f', 'f', 'rf', 'F', 'fR']) + quote + body.join('') + quote;
  const literals = [maybe(0.2, () => pick(['"s"', "u'u'", 'b"b"', 'f"{z}"'])), fString, maybe(0.2, () => pick(['"t"', 'rb""']))]
    .filter((literal) => literal !== '')
    .join(' ');
  return { source: `x = ${literals} + 1\n`, literals };
}

describe('lookupCharacterName', () => {
  it('knows every character name python3 knows, in any case, and nothing else', () => {
    const script = String.raw`
import json, sys, unicodedata
names = [[unicodedata.name(chr(c)), c] for c in range(0x110000) if unicodedata.name(chr(c), None)]
print(json.dumps(names))`;
    const names = JSON.parse(execFileSync('python3', ['-c', script], { maxBuffer: 1 << 26 }).toString()) as [string, number][];
    expect(names.filter(([name, code]) => lookupCharacterName(name) !== code)).toEqual([]);
    const folded = names.filter(([name]) => !/^(HANGUL SYLLABLE|CJK UNIFIED IDEOGRAPH)/.test(name));
    expect(folded.filter(([name, code]) => lookupCharacterName(name.toLowerCase()) !== code)).toEqual([]);
    expect(lookupCharacterName('latin capital letter a ')).toBeUndefined();
    expect(lookupCharacterName('LATİN CAPITAL LETTER A')).toBeUndefined();
    expect(lookupCharacterName('HANGUL SYLLABLE GAGG')).toBe(0xac02);
    expect(lookupCharacterName('HANGUL SYLLABLE Q')).toBeUndefined();
    expect(lookupCharacterName('CJK UNIFIED IDEOGRAPH-9FFF')).toBe(0x9fff);
    expect(lookupCharacterName('CJK UNIFIED IDEOGRAPH-A000')).toBeUndefined();
  });

  it('knows the aliases python3 knows, and no named sequence', () => {
    const aliases = ['BOM', 'nbsp', 'LINE FEED', 'lf', 'ZWNJ', 'LATIN CAPITAL LETTER GHA', 'VS256', 'NULL', 'EOT',
      'BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS', 'KATAKANA LETTER AINU P', 'LATIN SMALL LETTER R WITH TILDE'];
    const script = String.raw`
import json, sys, unicodedata
print(json.dumps([ord(c) if len(c := unicodedata.lookup(name)) == 1 else None for name in json.load(sys.stdin)]))`;
    const expected = JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(aliases) }).toString());
    expect(aliases.map((name) => lookupCharacterName(name) ?? null)).toEqual(expected);
  });
});
