// unparseAnnotation against python3: under `from __future__ import annotations` CPython
// stores each annotation as the text its ast_unparse.c makes of it, which __annotations__
// shows. Each annotation below (hand-written ones for every kind of expression and the
// precedence corners, and the annotations written in the stdlib sample) is compiled by
// python3 in `x: (<annotation>)` (or as the annotation of *args) and read back; pyvm
// parses the same source and unparses the annotation's tree.
import { beforeAll, describe, expect, it } from 'vitest';
import type * as ast from '../../src/ast/nodes';
import { unparseAnnotation } from '../../src/compiler/unparse';
import { parse } from '../../src/parser/parser';
import { pythonJson, stdlibRoot } from '../support/python';
import { stdlibPyFiles } from '../support/stdlibSample';

const HANDWRITTEN = [
  // Names, attributes, subscripts.
  'int', 'typing.List', 'a.b.c', 'List[int]', 'Dict[str, int]', 'Tuple[int, ...]', 'Tuple[()]', 'x[()]', 'x[(1,)]', 'x[1,]',
  'x[1:2]', 'x[1:2, ::3]', 'x[::]', 'x[:]', 'x[a:b:c]', 'x[:b]', 'x[a:]', 'x[::c]', 'x[*a]', 'x[*a, b]', 'x[a, *b]', 'x[a][b]',
  'x[a, b]', 'x[(a, b)]', 'x[lambda: 1]', 'x[a if b else c]', 'x[-1]', 'x[not a]', 'x[a or b]', 'a.b(c)[d]', 'f(a)(b)',
  '1 .real', '1.5.real', '1j.imag', 'True.real', 'None.x', '"s".upper', '(1).real', '(-1).real', '(1 + 2).real', '10 ** 20 .x',
  '(a + b)[c]', '(a + b).c', '(-a).b', '(not a).b', '(a if b else c).d', '(lambda: 1).x', 'a().b', '[1][0]', '{1: 2}[1]',
  'f"{a}".upper', '"".join', '(1, 2)[0]', '()[0]', '(a, b).c', '[x for x in y][0]', '(x for x in y).send',
  // Operators and their precedence.
  'a | b', 'a | None', 'a | b | c', 'a | (b | c)', 'a ^ b', 'a & b', 'a & b ^ c | d', '(a | b) & c', 'a << b >> c',
  'a << (b >> c)', 'a + b', 'a - b - c', 'a - (b - c)', '(a - b) - c', 'a * (b + c)', 'a * b + c', 'a @ b', 'a // b % c',
  'a / (b * c)', 'a % (b % c)', '-a', '+a', '~a', '-(-a)', '- -a', '-(+a)', '~-a', '-1', '-1 ** 2', '(-1) ** 2', '2 ** -1',
  '2 ** 3 ** 4', '(2 ** 3) ** 4', '-a ** b', '(-a) ** b', 'a ** -b', 'a ** (b + c)', '(a + b) ** c', '-(a + b)', '-(a * b)',
  'a or b', 'a or b or c', 'a and b or c', 'a and (b or c)', '(a or b) and c', 'a or (b and c)', 'not a', 'not not a',
  '(not a) == b', 'not a == b', 'not (a and b)', 'not a and b', '(a and b) + c', 'a + (b or c)', '(a, b) + c', 'a + (b, c)',
  'a < b', 'a < b < c', 'a is not b', 'a not in b', 'a is b', 'a in b', 'a == b != c', 'a <= b >= c', '(a < b) < c',
  'a < (b < c)', 'a == (b is c)', '(a == b) + 1', 'a + b == c', 'a | b < c & d', '(a < b) | c', 'not a < b', 'a < (not b)',
  // Conditional expressions and lambdas.
  'a if b else c', '(a if b else c) if d else e', 'a if (b if c else d) else e', 'a if b else (c if d else e)',
  'a if b else c if d else e', '(lambda: 1) if a else b', 'a if b else lambda: c', '(a if b else c) + d', 'lambda: 1',
  'lambda x: x', 'lambda x, y=1, *args, z, w=2, **kw: 0', 'lambda *args: 0', 'lambda *, a: 0', 'lambda a, /, b: 0',
  'lambda a=1, /, b=2: 0', 'lambda a, b=2, /: 0', 'lambda **kw: 0', 'lambda *a, **k: 0', '(lambda: 1)()', 'f(lambda: 1)',
  'lambda: lambda: 1', 'lambda: (a, b)', 'lambda: a if b else c', '(lambda: a) if b else c', 'lambda x=(1, 2): x',
  'lambda x=lambda: 1: x', 'lambda: [x for x in y]',
  // Displays and comprehensions.
  '[1, 2]', '[]', '{}', '{1: 2, **d}', '{**a, **b}', '{**(a or b)}', '{1, 2}', '{*a}', '{*a, *b}', '(1, 2)', '()', '(1,)',
  '((1, 2), 3)', '(*a, b)', '[*a, *b]', '[*(a or b)]', '[a, (b, c)]', '{a: (b, c)}', '{(a, b): c}', '[x for x in y]',
  '[x for x in y if x if z]', '{x for x in y}', '{k: v for k, v in y}', '(x for x in y)', '[x async for x in y]',
  '[x for x in y for z in w]', '[x for x in (a if b else c)]', '[x for x in (lambda: y)]', '[(a, b) for a, b in c]',
  '[x for (a, b) in c]', '[x for x in a or b]', '[x for x in y if (a if b else c)]',
  '[a if b else c for x in y]', '[lambda: x for x in y]', '{a: b if c else d for e in f}', '[x for x, in y]',
  // Calls.
  'f()', 'f(a, *b, c=1, **d)', 'f(*a, **b)', 'f(a=(1, 2))', 'f(*(a, b))', 'f(**(a or b))', 'f(*a or b)', 'f(a, b=c)',
  'f(x for x in y)', 'f((x for x in y), 1)', 'f(a)(x for x in y)', 'f(**{"a": 1})', 'f(a if b else c)', 'f(not a)',
  // Constants.
  '"str"', "'str'", '"it\'s"', "'a\"b'", '\'it\\\'s "q"\'', '"\\n\\t\\r\\x00\\x7f"', 'b"bytes"', "b'\\x00\\xff'", "b'it\\'s'",
  "u'u prefix'", 'u"\\u00e9"', 'r"raw\\d"', '"\\u00e9t\\u00e9"', '"\\U0001f600"', '"\\u200b"', '"a" "b"', 'b"a" b"b"',
  '1', '1.5', '1e100', '1e999', '-1e999', '1e999j', '-1e999j', '1j', '1+2j', '1e999 + 1e999j', '0.1', '10**20',
  '123456789012345678901234567890', '0x10', '0o17', '0b101', '1_000', '1.0', '1e16', '1e-5', '0.0', '-0.0', '5e-324', 'None',
  'True', 'False', '...', 'Ellipsis', '(...)', '[..., ...]', 'x[...]', 'x[..., 1]',
  // f-strings.
  'f"{a}"', 'f"{a!r}"', 'f"{a!s}"', 'f"{a!a}"', 'f"{a:>10}"', 'f"{a:{b}}"', 'f"{a!r:^{w}.{p}}"', 'f"{{literal}}"',
  'f"{ {1: 2} }"', 'f"{ {a} }"', 'f"{a}{b}"', "f'{a=}'", "f'{a = !s:>4}'", "f'{(lambda: 1)()}'", 'f"{(lambda: 1)}"',
  'f"{x if y else z}"', 'f"{(a, b)}"', 'f"{a:%Y-%m-%d}"', "f\"{a['k']}\"", "f'{a[\"k\"]}'", "f'it\\'s {a}'", 'f"q\\"{a}"',
  "f'{a}' 'b'", "'a' f'{b}'", "f'{a}' f'{b}'", 'f""', "f'{a:{b}{c}}'", "f'{a:{b!r}}'", "f'{a:x{b}y}'", "f'\\n{a}\\t'",
  "f'{a:\\x7b}'", "f'{3.14:.2f}'", "f'{-a}'", "f'{not a}'", "f'{a or b}'", "f'{a:{{}}}'", "f'{\"{\"}'", "f'{a}}}'",
  // Typing-style annotations.
  'Callable[[int, str], bool]', 'Callable[..., Any]', 'Literal["a", "b"]', 'Optional["Foo"]', 'Union[int, str]',
  'dict[str, list[tuple[int, ...]]]', 'Annotated[int, "meta", 1 + 2]', 'type[Self] | None', 'Callable[[], None]',
  'ñame', 'Ünïcode.attr', 'x[a.b:c.d]',
];

/** Annotations allowed only on *args: a starred expression. */
const VARARG_ANNOTATIONS = ['*Ts', '*tuple[int, ...]', '*a.b'];

interface AnnotationCase {
  text: string;
  vararg: boolean;
}

function sourceOf({ text, vararg }: AnnotationCase): string {
  return vararg
    ? `from __future__ import annotations\ndef f(*args: ${text}): pass\n`
    : `from __future__ import annotations\nx: (${text}\n)\n`;
}

const PYTHON_ORACLE = String.raw`
import json, sys
for case in json.load(sys.stdin):
    namespace = {}
    try:
        exec(compile(case['source'], '<annotation>', 'exec', dont_inherit=True), namespace)
    except SyntaxError as e:
        print(json.dumps({'error': e.msg}))
        continue
    annotations = namespace['f'].__annotations__ if case['vararg'] else namespace['__annotations__']
    print(json.dumps({'text': annotations['args' if case['vararg'] else 'x']}))
`;

/** The source text of every annotation in the standard library, first occurrences in file order. */
const STDLIB_ANNOTATIONS = String.raw`
import ast, json, sys
def segment(lines, node):
    # ast.get_source_segment, without splitting the whole source again for each node.
    first, last = node.lineno - 1, node.end_lineno - 1
    if first == last:
        return lines[first][node.col_offset:node.end_col_offset].decode()
    middle = b''.join(lines[first + 1:last])
    return (lines[first][node.col_offset:] + middle + lines[last][:node.end_col_offset]).decode()
root = sys.argv[1]
found = {}
for path in json.load(sys.stdin):
    try:
        source = open(root + '/' + path, encoding='utf-8').read()
        # Parsing every file takes long: skip those without a return annotation.
        if '->' not in source:
            continue
        tree = ast.parse(source)
        lines = [line.encode() + b'\n' for line in source.split('\n')]
    except (SyntaxError, UnicodeDecodeError, ValueError):
        continue
    for node in ast.walk(tree):
        annotations = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = node.args
            annotations = [node.returns] + [p.annotation for p in a.posonlyargs + a.args + a.kwonlyargs]
            annotations += [p.annotation for p in (a.vararg, a.kwarg) if p]
        elif isinstance(node, ast.AnnAssign):
            annotations = [node.annotation]
        for annotation in annotations:
            if annotation is not None:
                found.setdefault(segment(lines, annotation), isinstance(annotation, ast.Starred))
print(json.dumps([[text, starred] for text, starred in found.items()]))
`;

function pyvmText(annotationCase: AnnotationCase): string {
  const mod = parse(sourceOf(annotationCase)) as ast.Module;
  const statement = mod.body[1];
  const annotation = statement._kind === 'FunctionDef' ? statement.args.vararg!.annotation! : (statement as ast.AnnAssign).annotation;
  return unparseAnnotation(annotation);
}

describe('annotation text agrees with python3', () => {
  const handwritten: AnnotationCase[] = [
    ...HANDWRITTEN.map((text) => ({ text, vararg: false })),
    ...VARARG_ANNOTATIONS.map((text) => ({ text, vararg: true })),
  ];
  let stdlib: AnnotationCase[] = [];
  const python = new Map<AnnotationCase, { text?: string; error?: string }>();

  beforeAll(async () => {
    const [found] = (await pythonJson(['-c', STDLIB_ANNOTATIONS, stdlibRoot()], stdlibPyFiles())) as [string, boolean][][];
    stdlib = found.map(([text, vararg]) => ({ text, vararg }));
    const all = [...handwritten, ...stdlib];
    const outcomes = (await pythonJson(['-c', PYTHON_ORACLE], all.map((c) => ({ source: sourceOf(c), vararg: c.vararg })))) as { text?: string; error?: string }[];
    all.forEach((c, i) => python.set(c, outcomes[i]));
  }, 120_000);

  function differences(cases: readonly AnnotationCase[]): string[] {
    const found: string[] = [];
    for (const c of cases) {
      const expected = python.get(c)!;
      if (expected.error !== undefined) {
        found.push(`${JSON.stringify(c.text)}: python3 rejects it (${expected.error})`);
        continue;
      }
      const actual = pyvmText(c);
      if (actual !== expected.text) found.push(`${JSON.stringify(c.text)}:\n  python3 ${JSON.stringify(expected.text)}\n  pyvm    ${JSON.stringify(actual)}`);
    }
    return found;
  }

  it(`${HANDWRITTEN.length + VARARG_ANNOTATIONS.length} hand-written annotations`, () => {
    expect(differences(handwritten)).toEqual([]);
  });

  it('the annotations written in the standard library', () => {
    expect(stdlib.length).toBeGreaterThan(300);
    expect(differences(stdlib)).toEqual([]);
  });
});

describe('expressions an annotation cannot hold', () => {
  // python3 rejects these in annotations (the symbol table does, before any unparsing),
  // so the expected texts follow ast_unparse.c's rules: yields always in parentheses,
  // await above the power operator, := parenthesized anywhere but at the top of a tuple.
  const text = (source: string): string => unparseAnnotation((parse(source, { mode: 'eval' }) as ast.Expression).body);

  it('writes yield, await and := as CPython would', () => {
    expect(text('(yield)')).toBe('(yield)');
    expect(text('(yield a, b)')).toBe('(yield (a, b))');
    expect(text('(yield from a)')).toBe('(yield from a)');
    expect(text('-(await a) ** 2')).toBe('-await a ** 2');
    expect(text('await a.b')).toBe('await a.b');
    expect(text('(a := 1)')).toBe('(a := 1)');
    expect(text('f(a := b + 1)')).toBe('f((a := (b + 1)))');
  });
});
