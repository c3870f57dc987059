// Sources for the compiler fuzz besides stdlib files: small programs dense in what the
// compiler (not the parser) judges — scopes, where return/yield/await/break may stand,
// starred targets, match patterns, __debug__, argument lists, constant folding, nesting
// limits. Some are valid and some are rejected by the compiler; mutating them moves
// these constructs into odd places. Also fragments and statements for mutations to insert.

/** Fragments that mean something to the compiler's checks rather than the parser's. */
export const COMPILER_SNIPPETS: readonly string[] = [
  'return ', 'yield ', 'yield from ', 'await ', 'break', 'continue', 'nonlocal x', 'global x', '__debug__',
  '__class__', 'super()', 'async ', ' async for _ in a', ' for _ in a', '*', '**', '*a, ', ':=', 'lambda: ',
  'del ', 'from __future__ import annotations', 'import *', 'except* E:', 'case _:', 'case x:', '\n    ',
  '\n        ', ' as x', 'x: int', ', x=1', '2 ** 100000', "'a' * 10 ** 9",
];

/** Statements the compiler accepts only in some places, or never; mutations insert them as lines. */
export const COMPILER_STATEMENTS: readonly string[] = [
  'return', 'return 1', 'yield', 'yield from items', 'await thing', 'break', 'continue', 'nonlocal x', 'global x',
  '__debug__ = 1', 'x: int', 'del x', 'from os import *', 'from __future__ import annotations',
  'async for item in items:\n    pass', 'async with manager:\n    pass', 'x = [y async for y in items]',
  'x = [(yield) for _ in items]', 'x = lambda: (yield)', '*a, *b = x', 'a, *b = x', 'x = *a',
  'match x:\n    case y:\n        pass\n    case 1:\n        pass', 'try:\n    pass\nexcept* E:\n    break',
  'def f(a, a):\n    pass', 'f(a=1, a=2)', 'class C:\n    return', 'x = (y := 1)', '[x := 1 for x in items]',
  'print(__class__)', 'super()', 'def g():\n    nonlocal x',
];

export interface StressSource {
  name: string;
  source: string;
}

/** `text` with every line indented by `depth` levels of four spaces. */
const indent = (text: string, depth: number): string =>
  text.split('\n').map((line) => (line === '' ? line : '    '.repeat(depth) + line)).join('\n');

/** `headers` as nested compound statements around `body`, each header one level deeper. */
const nested = (headers: readonly string[], body: string): string =>
  headers.map((header, depth) => indent(header, depth)).join('\n') + '\n' + indent(body, headers.length) + '\n';

const repeated = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));
const names = (count: number, prefix: string): string[] => repeated(count, (index) => `${prefix}${index}`);

/** Statement heads that each take one of CPython's 20 static block slots. */
const BLOCK_HEADERS = ['for item in items:', 'while item:', 'with lock as held:', 'async for item in items:', 'async with lock:'];
const blockHeaders = (count: number): string[] => repeated(count, (index) => BLOCK_HEADERS[index % BLOCK_HEADERS.length]);

/** Where __debug__ may not be bound; each is a separate source, as only the first error shows. */
const DEBUG_BINDINGS = [
  '__debug__ = 1',
  '__debug__ += 1',
  '__debug__: bool = True',
  'for __debug__ in items:\n    pass',
  'with manager as __debug__:\n    pass',
  'import os as __debug__',
  'from os import path as __debug__',
  'def f(__debug__):\n    pass',
  'def f(*, __debug__=1):\n    pass',
  'lambda __debug__: 0',
  'f(__debug__=1)',
  'obj.__debug__ = 1',
  'del __debug__',
  '(__debug__ := 1)',
  'def __debug__():\n    pass',
  'class __debug__:\n    pass',
];

/** Misplaced statements and expressions; each is a separate source. */
const MISPLACED = [
  'x = 1\nreturn x',
  'yield 1',
  'await thing',
  'class C:\n    yield 1',
  'def f():\n    class C:\n        return 1',
  'def f():\n    return [(yield item) for item in items]',
  'def f():\n    await thing',
  'def f():\n    return [x async for x in items]',
  'def f():\n    async for x in items:\n        pass',
  'def f():\n    async with manager:\n        pass',
  'async def f():\n    yield 1\n    return 2',
  'async def f():\n    yield from items',
  'f = lambda: await thing',
  'break',
  'def f():\n    continue',
  'for item in items:\n    class C:\n        continue',
  'for item in items:\n    def f():\n        break',
  'for item in items:\n    try:\n        pass\n    except* ValueError:\n        break',
  'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1',
  'def f():\n    from os import *',
  'class C:\n    from os import *',
  'x = 1\nfrom __future__ import annotations',
  'from __future__ import braces',
  'from __future__ import no_such_feature',
];

/** Misused global and nonlocal declarations; each is a separate source. */
const DECLARATIONS = [
  'nonlocal x',
  'def f():\n    nonlocal y',
  'def f(a):\n    global a',
  'def f(a):\n    def g():\n        nonlocal a\n        global a',
  'def f():\n    x = 1\n    global x',
  'def f():\n    print(x)\n    global x',
  'def f():\n    global x\n    x: int = 1',
  'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int',
  'class C:\n    nonlocal x',
  'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x',
  'def f():\n    global __class__',
  'def f():\n    [x := 1 for x in items]',
  'def f():\n    [i for i in (j := items)]',
  'class C:\n    [y := 1 for z in items]',
  'def f():\n    [[(j := k) for k in items] for j in items]',
];

/** Bad argument lists and starred expressions; each is a separate source. */
const ARGUMENTS_AND_STARS = [
  'def f(a, b, a):\n    pass',
  'def f(a, *, a):\n    pass',
  'def f(a, /, b, **a):\n    pass',
  'def f(*a, a):\n    pass',
  'lambda a, a: 0',
  'async def f(a, *b, b=1):\n    pass',
  'f(a=1, a=2)',
  'class C(Base, metaclass=A, metaclass=B):\n    pass',
  '*a, *b = items',
  '[first, *a, *b] = items',
  'for *a, *b in items:\n    pass',
  '*a = items',
  'x = *a',
  'print(*a for a in items)',
  `${names(256, 'n').join(', ')}, *rest = items`,
];

/** Match statements whose patterns the compiler rejects; each is a separate source. */
const BAD_PATTERNS = [
  'match command:\n    case name:\n        pass\n    case 1:\n        pass',
  'match command:\n    case _:\n        pass\n    case 1:\n        pass',
  'match command:\n    case (name):\n        pass\n    case _:\n        pass',
  'match command:\n    case _ | 1:\n        pass',
  'match command:\n    case [x, x]:\n        pass',
  'match command:\n    case [x] | [y]:\n        pass',
  'match command:\n    case {"a": 1, "a": 2}:\n        pass',
  'match command:\n    case Point(x=1, x=2):\n        pass',
  'match command:\n    case [*a, *b]:\n        pass',
  'match command:\n    case x if x:\n        pass\n    case other as name:\n        pass\n    case 1:\n        pass',
];

const VALID_PROGRAMS: StressSource[] = [
  {
    name: 'scopes and closures',
    source: `counter = 0

def outer(a, /, b=1, *args, c, d=2, **kwargs):
    total = a + b
    def inner(x):
        nonlocal total
        global counter
        counter += 1
        total += x
        return lambda y=x: total + y
    class Inner(Base, metaclass=Meta):
        total = 2
        def method(self):
            return __class__, total, super().method()
        @staticmethod
        def static(*, key):
            del key
    return inner, Inner, [total for _ in args], {k: v for k, v in kwargs.items()}
`,
  },
  {
    name: 'generators and coroutines',
    source: `def gen(items):
    received = yield 1
    yield from items
    return (yield received)

async def coro(session, items):
    async with session as held, other() as second:
        async for item in held:
            await item
    values = [await x async for x in items if await x]
    gathered = {x: await x for x in items}
    return values, gathered

async def agen():
    yield [x async for x in source()]
    await (yield)
`,
  },
  {
    name: 'loops, try and with',
    source: `def run(items):
    for i in items:
        while i:
            try:
                if i > 5:
                    break
                continue
            except (KeyError, IndexError) as error:
                raise ValueError(i) from error
            else:
                i -= 1
            finally:
                pass
        else:
            continue
        with open(i) as a, open(i) as b:
            try:
                pass
            except* OSError as group:
                pass
            finally:
                return a, b
    else:
        assert items, 'empty'
`,
  },
  {
    name: 'starred targets and arguments',
    source: `a, *b, c = items
[first, *rest] = items
*init, = items
(x, (y, *z)) = pairs
for head, *tail in rows:
    print(*head, *tail, sep='', **kw, **more)
combined = [*a, *b], {*a, *b}, {**kw, 'key': 1, **more}, (*a,)
`,
  },
  {
    name: 'match statement',
    source: `match command:
    case [x, *rest] if x:
        pass
    case {"key": value, **others}:
        pass
    case Point(x=0, y=other) | Point(x=other, y=0):
        pass
    case str() | bytes() as text:
        pass
    case 1 | 2.5 | -3 | 1 + 2j | "s" | b"b" | None | True:
        pass
    case Color.RED:
        pass
    case (first, second):
        pass
    case _:
        pass
`,
  },
  {
    name: 'annotations',
    source: `from __future__ import annotations
x: int = 1
def f(a: list[int], *args: str, **kwargs: 'X') -> dict[str, int]:
    y: int
    (z): int = 2
    obj.attr: int
class C:
    field: ClassVar[int] = 0
`,
  },
  {
    name: 'comprehension scopes',
    source: `class C:
    x = 1
    items = [x for _ in range(3)]
    def method(self):
        return [(lambda: y)() for y in range(3)], (z for z in self if (w := z))
def f(data):
    return {key: [value for value in values if value] for key, values in data}, w
`,
  },
  {
    name: 'constants to fold',
    source: `big = 2 ** 100000
shifted = 1 << 100000
text = 'a' * 10 ** 9
blob = b'xy' * 5000
items = (1, 2) * 10 ** 6
nested = ((1, 2), (3, (4, 5))) * 3
infinite = 1e400 * 1e400
negative = -(2 ** 63)
mixed = (1, 1.0, True, 0.0, -0.0, 1j, 'a', b'a', None, ...)
literal = ${'7'.repeat(4300)}
hexadecimal = 0x${'f'.repeat(5000)}
`,
  },
  { name: 'integer literal of 4301 digits', source: `x = ${'7'.repeat(4301)}\n` },
  { name: 'tuple of 3000 constants', source: `values = (${repeated(3000, (index) => String(index)).join(', ')})\n` },
  { name: 'call with 300 positional arguments', source: `f(${names(300, 'a').join(', ')})\n` },
  { name: 'call with 300 keyword arguments', source: `f(${names(300, 'k').map((name) => `${name}=1`).join(', ')}, *rest, **more)\n` },
  { name: 'def with 300 parameters', source: `def f(${names(150, 'p').join(', ')}, *, ${names(150, 'k').map((name) => `${name}=1`).join(', ')}):\n    return p0\n` },
  { name: 'lambda with 300 parameters', source: `f = lambda ${names(300, 'p').join(', ')}: p299\n` },
  { name: '255 targets before a star', source: `${names(255, 'n').join(', ')}, *rest = items\n` },
  { name: '20 nested blocks', source: `async def f():\n${indent(nested(blockHeaders(20), 'pass'), 1)}` },
  { name: '21 nested blocks', source: `async def f():\n${indent(nested(blockHeaders(21), 'pass'), 1)}` },
  { name: '20 nested functions', source: nested(repeated(20, (index) => `def f${index}(x${index}):`), 'return x0') },
  { name: '30 nested functions and classes', source: nested(repeated(30, (index) => (index % 2 ? `class C${index}:` : `def f${index}():`)), 'pass') },
  { name: '40 nested lambdas', source: `f = ${'lambda: '.repeat(40)}0\n` },
  { name: 'sum of 2900 terms', source: `x = 1${' + 1'.repeat(2900)}\n` },
  { name: 'sum of 3100 terms', source: `x = 1${' + 1'.repeat(3100)}\n` },
  { name: 'sum of 50000 terms', source: `x = 1${' + 1'.repeat(50_000)}\n` },
  { name: '1000 nested conditional expressions', source: `x = ${'a if b else '.repeat(1000)}c\n` },
  { name: '199 nested parentheses', source: `x = ${'('.repeat(199)}1${')'.repeat(199)}\n` },
];

/** Sources of one kind, each named by its kind and its first characters. */
const labelled = (kind: string, sources: readonly string[]): StressSource[] =>
  sources.map((source) => ({ name: `${kind}: ${JSON.stringify(source.slice(0, LABEL_SOURCE_CHARS))}`, source: `${source}\n` }));
const LABEL_SOURCE_CHARS = 50;

export const COMPILER_STRESS_SOURCES: readonly StressSource[] = [
  ...VALID_PROGRAMS,
  ...labelled('__debug__ bound', DEBUG_BINDINGS),
  ...labelled('misplaced', MISPLACED),
  ...labelled('declarations', DECLARATIONS),
  ...labelled('arguments and stars', ARGUMENTS_AND_STARS),
  ...labelled('patterns', BAD_PATTERNS),
];
