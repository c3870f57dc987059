// The symbol table against the oracle. One python3 run (symtable_oracle.py) answers
// everything: the symtable module's view of a stdlib sample and of hand-written snippets
// (every block: type, name, line, nesting, parameters, each symbol's flags and the
// boolean properties symtable.Symbol derives from them, and the Function queries), the
// SyntaxErrors compile() raises for sources the symbol table rejects (under a '<case>'
// name and under the name of a real file holding the source, where CPython reads the
// error's text back from disk), and how the compiler mangles private names.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as ast from '../../src/ast/nodes';
import { futureFeatures, isLateFutureImport, LATE_FUTURE_IMPORT_MESSAGE } from '../../src/compiler/future';
import { mangle } from '../../src/compiler/mangle';
import {
  BlockType, buildSymbolTable, ComprehensionKind, DEF_ANNOT, DEF_FREE_CLASS, DEF_BOUND, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, Scope,
  SCOPE_OFFSET, syntaxErrorAt, USE, type SymbolTableEntry,
} from '../../src/compiler/symtable';
import { parse, type ParseMode } from '../../src/parser/parser';
import { PySyntaxError } from '../../src/tokenizer/syntaxError';
import { pythonJson, stdlibRoot } from '../support/python';
import { stdlibSample } from '../support/stdlibSample';

const ORACLE = new URL('./symtable_oracle.py', import.meta.url).pathname;

// ---------------------------------------------------------------------------------------
// The questions

/** Sources whose symbol tables are compared; each is one scoping rule or a mix of them. */
const SNIPPETS: { source: string; mode?: ParseMode; codeless?: true }[] = [
  // Module level.
  { source: 'x = 1\nprint(x, y)\n' },
  { source: 'del x\nx += 1\na, *b = c\n[d, e] = f\ng.h = i\nj[k] = l\n' },
  { source: 'import os\nimport os.path\nimport a.b.c as d\nfrom m import n, o as p\nfrom . import q\nfrom m import *\n' },
  { source: 'for i in range(3):\n  pass\nelse:\n  j = i\nwhile k:\n  break\n' },
  { source: 'try:\n  a\nexcept E as e:\n  b\nelse:\n  h = 1\nfinally:\n  i()\ntry:\n  c\nexcept* F as f:\n  g\nelse:\n  j\n' },
  { source: 'with a as b, c as (d, e):\n  pass\n' },
  { source: 'x: int\ny: int = 1\n(z): int = 2\n(w): int\na.b: int = 3\nc[0]: str\n' },
  { source: 'global g\ng = 1\nh = 2\n' },
  { source: 'f"{a!r:{b}} {c}"\nd = {**e, f: g}\nh[i:j:k]\n' },
  { source: 'if (n := 10) > 5:\n  print(n)\n' },
  { source: 'assert a, b\nraise c from d\n' },
  // Functions and parameters.
  { source: 'def f(a, b=1, /, c=2, *args, d, e=3, **kwargs):\n  return a + g\n' },
  { source: 'def f(*, a=x, b):\n  pass\n' },
  { source: 'def f(a=b, *c, d=e, **f):\n  g = a\n  return\n' },
  { source: '@dec1\n@dec2(arg)\ndef f(x: ann=dflt, *, k: kann=kdflt) -> ret:\n  pass\n' },
  { source: 'def f(*args: A, **kw: K) -> R:\n  pass\n' },
  { source: 'def outer():\n  x = 1\n  def inner():\n    return x\n  return inner\n' },
  { source: 'def a():\n  x = 1\n  def b():\n    def c():\n      return x + y\n    return c\n  return b\n' },
  { source: 'def a():\n  x = 1\n  y = 2\n  z = 3\n  def b():\n    def c():\n      return x + y + z\n' },
  { source: 'def f():\n  global g\n  g = 1\n  def h():\n    return g\n' },
  { source: 'def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2\n  return g\n' },
  { source: 'def f():\n  x = 1\n  def g():\n    def h():\n      nonlocal x\n      x += 1\n' },
  { source: 'def f(x):\n  def g():\n    return x\n  x = 2\n' },
  { source: 'def f():\n  return len(x)\n' },
  { source: 'def f():\n  def g():\n    return len\n' },
  { source: 'def f():\n  x = 1\n  del x\n  def g(): x\n' },
  { source: 'def f():\n  import os.path as p, sys\n  from m import a as b\n  return p, b\n' },
  { source: 'def f():\n  yield 1\ndef g():\n  x = yield from h()\n  return x\n' },
  { source: 'async def f():\n  await g()\n  async for a in b:\n    pass\n  async with c as d:\n    pass\n' },
  { source: 'async def f():\n  return [x async for x in y]\nasync def g():\n  yield 1\n' },
  { source: 'def f():\n  match p:\n    case [a, *b, _]: pass\n    case {"k": c, **d}: pass\n    case C(e, f=g) | h: pass\n    case 1 | None | (i as j): pass\n    case x if x > 0: pass\n' },
  { source: 'def f():\n  try:\n    pass\n  except Exception as e:\n    def g():\n      return e\n' },
  { source: 'def f():\n  with open(x) as fh:\n    def g(): return fh\n' },
  { source: 'def f():\n  x: int\n  y: int = 1\n  def g(): return x\n' },
  { source: 'def f():\n  global a, b\n  c = a\n  def g():\n    global c\n    return b\n' },
  { source: 'def f():\n  super = 1\n  return super\n' },
  // Lambdas.
  { source: 'f = lambda x, y=z, *a, k=w, **kw: x + y + q\n' },
  { source: 'def f(x):\n  return lambda y: lambda: x + y\n' },
  { source: 'g = lambda: (yield)\n' },
  // Classes.
  { source: 'class C(Base, metaclass=M):\n  x = 1\n  def m(self):\n    return x\n' },
  { source: '@deco\nclass C:\n  pass\n' },
  { source: 'class C:\n  def m(self):\n    return super().m()\n' },
  { source: 'class C:\n  def m(self):\n    return __class__\n' },
  { source: 'class C:\n  def m(self):\n    def inner():\n      return super()\n    return inner\n' },
  { source: 'class C:\n  f = lambda self: super()\n' },
  { source: 'class C:\n  super()\n  __class__\n' },
  { source: 'class C:\n  def m(self):\n    return [__class__ for _ in ()]\n' },
  { source: 'def f():\n  x = 1\n  class C:\n    x = 2\n    def m(self):\n      return x\n' },
  { source: 'def f():\n  x = 1\n  class C:\n    y = x\n    def m(self):\n      return y\n' },
  { source: 'def f():\n  x = 1\n  class C:\n    global x\n    def m(self):\n      return x\n' },
  { source: 'def f():\n  x = 1\n  class C:\n    nonlocal x\n    x = 2\n' },
  { source: 'class C:\n  global g\n  g = 1\n  def m(self): return g\n' },
  { source: 'class Outer:\n  class Inner:\n    def m(self):\n      return Outer, Inner\n' },
  { source: 'def f():\n  class C:\n    def __init__(self):\n      self.x = C\n  return C\n' },
  // Comprehensions.
  { source: '[x for x in y]\n{x for x in y if x}\n{k: v for k, v in items}\n(x for x in y)\n' },
  { source: 'def f(y):\n  return [x * z for x in y for z in x if z]\n' },
  { source: '[[a for a in b] for b in c]\n' },
  { source: 'def f():\n  n = 1\n  return [x for x in range(n) if x > n]\n' },
  { source: 'class C:\n  y = [1]\n  z = [x for x in y]\n  w = [y for _ in range(3)]\n' },
  { source: 'class C:\n  y = 1\n  g = (y for _ in range(y))\n' },
  { source: 'def f():\n  return {k: v for k in a for v in k}\n' },
  { source: 'def f():\n  return [lambda: x for x in y]\n' },
  { source: 'async def f():\n  return [await x for x in y]\n' },
  { source: 'def f():\n  return (x async for x in y)\n' },
  { source: 'def f():\n  return ([await z for z in x] for x in y)\n' },
  { source: 'async def f():\n  return [[await z for z in x] for x in y]\n' },
  // Assignment expressions.
  { source: '[y := x for x in z]\nprint(y)\n' },
  { source: 'def f():\n  if any((w := x) for x in z):\n    return w\n' },
  { source: 'def f():\n  [[(w := a) for a in b] for b in c]\n  return w\n' },
  { source: 'def f():\n  global w\n  [w := x for x in y]\n' },
  { source: 'def f():\n  w = 0\n  def g():\n    [w := x for x in y]\n  return g\n' },
  { source: 'lambda: [(w := x) for x in y]\n' },
  { source: 'def f():\n  return [(x, w := x) for x in y if (v := x)]\n' },
  // Annotations, with and without postponed evaluation.
  { source: 'from __future__ import annotations\ndef f(a: A, *b: B, c: C, **d: D) -> R:\n  x: X = 1\nv: V\n' },
  { source: 'from __future__ import annotations\nx: [(y := 1) for a in b]\nz: (lambda: q)\n' },
  // A local variable's annotation is never compiled: its lambda has an entry but no code object.
  { source: 'def f():\n  x: (lambda: q) = 1\n', codeless: true },
  // Private names.
  { source: 'class C:\n  __x = 1\n  __y__ = 2\n  def __m(self, __p, *__a, **__k):\n    __q = __p\n    return self.__x, __other\n' },
  { source: 'class _C:\n  __x = 1\nclass __:\n  __x = 1\nclass ___D:\n  __x = 1\n' },
  { source: 'class C:\n  import __mod\n  import __pkg.sub\n  from m import __n\n  class __Inner:\n    __z = 1\n' },
  { source: 'class C:\n  def m(self):\n    global __g\n    __g = 1\n  def n(self):\n    __h = 1\n    def inner():\n      nonlocal __h\n      return __h\n' },
  { source: '__x = 1\ndef f(__a):\n  return __x\n' },
  { source: 'class C:\n  def m(self):\n    return [__v for __v in __w]\n' },
  { source: 'class C(__Base):\n  @__deco\n  def f(self, x=__default): pass\n' },
  // Other compile modes.
  { source: 'x = 1\n', mode: 'single' },
  { source: 'global y; z = [y for y in q]\n', mode: 'single' },
  { source: '[x for x in y] + (lambda a: a)(z)', mode: 'eval' },
];

/** Sources every symbol-table SyntaxError rule rejects, in its variants. */
const ERROR_SOURCES: string[] = [
  // global and nonlocal declarations.
  'def f():\n  x = 1\n  global x\n',
  'def f():\n  print(x)\n  global x\n',
  'def f(x):\n  global x\n',
  'def f():\n  x: int\n  global x\n',
  'x = 1\nglobal x\n',
  'print(x)\nglobal x\n',
  'class C:\n  x = 1\n  global x\n',
  'def f():\n  global a, b, \\\n    c\n  c = 1\n  def g():\n    b = 1\n    global b\n',
  'def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x\n',
  'def f():\n  x = 1\n  def g():\n    print(x)\n    nonlocal x\n',
  'def f():\n  x = 1\n  def g(x):\n    nonlocal x\n',
  'def f():\n  x = 1\n  def g():\n    x: int\n    nonlocal x\n',
  'nonlocal x\n',
  'x = 1\nnonlocal x\n',
  'def f():\n  nonlocal x\n',
  'x = 1\ndef f():\n  nonlocal x\n',
  'class C:\n  nonlocal x\n',
  'def f():\n  x = 1\n  class C:\n    def m(self):\n      nonlocal x\n      global x\n',
  'def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x\n',
  'def f():\n  global x\n  x: int = 1\n',
  'def f():\n  x = 1\n  def g():\n    nonlocal x\n    x: int\n',
  'class C:\n  global x\n  x: int\n',
  'def f():\n  class C:\n    y = 1\n    def m(self):\n      nonlocal y\n',
  // Parameters.
  'def f(a, a): pass\n',
  'def f(a, /, a): pass\n',
  'def f(a, *, a): pass\n',
  'def f(a, *a): pass\n',
  'def f(a, **a): pass\n',
  'def f(*, a, **a): pass\n',
  'lambda a, a: 0\n',
  'def f(\n    a,\n    b,\n    a,\n): pass\n',
  'def f(é, é): pass\n',
  'class C:\n  def m(self, __a, __a): pass\n',
  'def f():\n  def g(x, y, x): pass\n',
  // Assignment expressions in comprehensions.
  'class C:\n  [(y := x) for x in z]\n',
  'class C:\n  def m(self):\n    class D:\n      [[(y := x) for x in z] for w in v]\n',
  '[(x := 1) for x in y]\n',
  '[(i := 1) for x[i] in y]\n',
  '[[(b := 1) for a in c] for b in d]\n',
  '[i for i in (j := y)]\n',
  '[i for i in y for j in (k := z)]\n',
  '[i for i in [(lambda: (j := 1)) for k in y]]\n',
  'def f():\n  [x for x in [(y := 2) for z in w]]\n',
  '[(j := 0) for i in range(5) for j in range(5)]\n',
  'def f():\n  [(x := 0) for x, y in z]\n',
  // yield inside comprehensions.
  'def f():\n  [(yield x) for x in y]\n',
  'def f():\n  {(yield x) for x in y}\n',
  'def f():\n  {x: (yield) for x in y}\n',
  'def f():\n  {(yield): x for x in y}\n',
  'def f():\n  ((yield x) for x in y)\n',
  'def f():\n  [(yield from x) for x in y]\n',
  'def f():\n  [x for x in y if (yield)]\n',
  'def f():\n  [[(yield) for a in b] for c in d]\n',
  // Postponed annotations.
  'from __future__ import annotations\nx: (y := 1)\n',
  'from __future__ import annotations\ndef f(a: (yield)): pass\n',
  'from __future__ import annotations\ndef f() -> (yield from x): pass\n',
  'from __future__ import annotations\nasync def f(a: await x): pass\n',
  'from __future__ import annotations\ndef f(*, k: (b := 2)): pass\n',
  // import *.
  'def f():\n  from m import *\n',
  'class C:\n  from m import (a,\n    *)\n',
  'class C:\n  from m import *\n',
  // Future statements.
  'from __future__ import braces\n',
  'from __future__ import nope\n',
  '"doc"\nfrom __future__ import annotations, braces\n',
  'from __future__ import (annotations,\n  braces)\n',
  'from .__future__ import braces\n',
  'import os; from __future__ import annotations\n',
  'from __future__ import division; x = 1; from __future__ import nope\n',
  // Errors reported on a statement spanning lines.
  'def f():\n  x = 1\n  global y, \\\n    x\n',
  // The error's text read back from the file: CRLF line ends, and a line longer than CPython's 1000-byte buffer.
  'def f(x):\r\n  pass\r\n  global x\r\n',
  `def f(x):\n  ${'y = "é"; '.repeat(150)}global x\n`,
];

/** Sources where the code generator must reject a future statement after others. */
const LATE_FUTURE_IMPORTS: string[] = [
  'import os\nfrom __future__ import annotations\n',
  '"doc"\n"more"\nfrom __future__ import annotations\n',
  'x = 1\nfrom __future__ import braces\n',
  'def f():\n  from __future__ import annotations\n',
  'from __future__ import annotations\nif x:\n  from __future__ import division\n',
];

/** [className, name] pairs for mangle: names as attributes, dotted ones as imports. */
const MANGLE_CASES: [string, string][] = [
  ['C', '__x'], ['C', '_x'], ['C', 'x'], ['C', '__x__'], ['C', '__x_'], ['C', '__'], ['C', '___'],
  ['C', '___x'], ['C', '__x__y'], ['_C', '__x'], ['__C', '__x'], ['__C__', '__x'], ['C_', '__x'],
  ['_', '__x'], ['__', '__x'], ['___', '___'], ['Été', '__é'], ['C', '__é__'], ['_Ç_', '__x'],
  ['C', '__a.b'], ['C', '__a.__b'], ['C', 'a.__b'], ['C', '__a'],
];

// ---------------------------------------------------------------------------------------
// What both sides produce

interface TableDescription {
  type: string;
  name: string;
  lineno: number;
  nested: boolean;
  varnames: string[];
  /** [name, flags, the symtable.Symbol is_* answers in SYMBOL_PROPERTIES order] */
  symbols: [string, number, boolean[]][];
  function: Record<'parameters' | 'locals' | 'globals' | 'nonlocals' | 'frees', string[]> | null;
  children: TableDescription[];
}

interface ErrorDescription {
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

type SymbolTableAnswer = { table: TableDescription } | { error: ErrorDescription };

const TYPE_NAMES: Record<number, string> = {
  [BlockType.FunctionBlock]: 'function',
  [BlockType.ClassBlock]: 'class',
  [BlockType.ModuleBlock]: 'module',
};

function scopeIn(flags: number, ...scopes: Scope[]): boolean {
  return (scopes as number[]).includes((flags >> SCOPE_OFFSET) & 15);
}

/** symtable.Symbol's is_* methods, from our flags (module-level bindings count as global and local). */
function symbolProperties(entry: SymbolTableEntry, name: string, flags: number): boolean[] {
  const boundInModule = entry.type === BlockType.ModuleBlock && (flags & DEF_BOUND) !== 0;
  return [
    (flags & USE) !== 0,
    (flags & DEF_IMPORT) !== 0,
    (flags & DEF_PARAM) !== 0,
    scopeIn(flags, Scope.GLOBAL_IMPLICIT, Scope.GLOBAL_EXPLICIT) || boundInModule,
    scopeIn(flags, Scope.GLOBAL_EXPLICIT),
    scopeIn(flags, Scope.LOCAL, Scope.CELL) || boundInModule,
    (flags & DEF_ANNOT) !== 0,
    scopeIn(flags, Scope.FREE),
    (flags & DEF_LOCAL) !== 0,
    entry.children.some((child) => child.name === name),
    (flags & DEF_NONLOCAL) !== 0,
  ];
}

function describeEntry(entry: SymbolTableEntry): TableDescription {
  const symbols = [...entry.symbols];
  const namesWhere = (test: (flags: number) => boolean): string[] => symbols.filter(([, flags]) => test(flags)).map(([name]) => name);
  return {
    type: TYPE_NAMES[entry.type],
    name: entry.name,
    lineno: entry.lineno,
    nested: entry.nested,
    varnames: entry.varnames,
    symbols: symbols.map(([name, flags]) => [name, flags, symbolProperties(entry, name, flags)]),
    function: entry.type !== BlockType.FunctionBlock ? null : {
      parameters: namesWhere((flags) => (flags & DEF_PARAM) !== 0),
      locals: namesWhere((flags) => scopeIn(flags, Scope.LOCAL, Scope.CELL)),
      globals: namesWhere((flags) => scopeIn(flags, Scope.GLOBAL_IMPLICIT, Scope.GLOBAL_EXPLICIT)),
      nonlocals: namesWhere((flags) => (flags & DEF_NONLOCAL) !== 0),
      frees: namesWhere((flags) => scopeIn(flags, Scope.FREE)),
    },
    children: entry.children.map(describeEntry),
  };
}

/**
 * CPython appends the free variables a block only passes through to its children in the
 * iteration order of a Python set, which string hashing randomises per process; those
 * trailing symbols (flags holding nothing but the FREE scope) are compared by name.
 */
function withPassThroughFreesSorted(table: TableDescription): TableDescription {
  const isPassThrough = ([, flags]: [string, number, boolean[]]): boolean => flags === Scope.FREE << SCOPE_OFFSET;
  const byName = (a: [string, ...unknown[]], b: [string, ...unknown[]]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return {
    ...table,
    symbols: [...table.symbols.filter((s) => !isPassThrough(s)), ...table.symbols.filter(isPassThrough).sort(byName)],
    function: table.function && { ...table.function, frees: [...table.function.frees].sort() },
    children: table.children.map(withPassThroughFreesSorted),
  };
}

/** What a code object takes from its symbol table entry. */
interface CodeLayout {
  name: string;
  flags: number;
  cellvars: string[];
  freevars: string[];
}

const CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10;
const CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ASYNC_GENERATOR = 0x200;

/** The layouts compile.c derives from the entries below `top` (compute_code_flags, dictbytype). */
function codeLayouts(top: SymbolTableEntry): CodeLayout[] {
  const layouts: CodeLayout[] = [];
  const visit = (entry: SymbolTableEntry): void => {
    let flags = 0;
    if (entry.type === BlockType.FunctionBlock) {
      flags |= CO_OPTIMIZED | CO_NEWLOCALS;
      if (entry.nested) flags |= CO_NESTED;
      if (entry.generator) flags |= entry.coroutine ? CO_ASYNC_GENERATOR : CO_GENERATOR;
      else if (entry.coroutine) flags |= CO_COROUTINE;
      if (entry.varargs) flags |= CO_VARARGS;
      if (entry.varkeywords) flags |= CO_VARKEYWORDS;
    }
    const symbols = [...entry.symbols];
    const cellvars = symbols.filter(([, f]) => scopeIn(f, Scope.CELL)).map(([name]) => name).sort();
    if (entry.needsClassClosure) cellvars.push('__class__');
    const freevars = symbols.filter(([, f]) => scopeIn(f, Scope.FREE) || (f & DEF_FREE_CLASS) !== 0).map(([name]) => name).sort();
    const isNamedByKeyword = entry.type === BlockType.FunctionBlock && (entry.name === 'lambda' || entry.comprehension !== ComprehensionKind.None);
    layouts.push({ name: isNamedByKeyword ? `<${entry.name}>` : entry.name, flags, cellvars, freevars });
    entry.children.forEach(visit);
  };
  top.children.forEach(visit);
  return layouts;
}

function describeSyntaxError(error: unknown): ErrorDescription {
  if (!(error instanceof PySyntaxError)) throw error;
  const { lineno, offset, end_lineno, end_offset, text } = error.location;
  return { msg: error.msg, lineno, offset, end_lineno, end_offset, text };
}

/** Our answer: the analysed table, or the SyntaxError on the way (parser, future statements or symtable). */
function ourSymbolTable(source: string | Uint8Array, filename: string, mode: ParseMode): SymbolTableAnswer {
  try {
    const mod = parse(source, { filename, mode });
    const table = buildSymbolTable(mod, filename, futureFeatures(mod, filename));
    return { table: describeEntry(table.top) };
  } catch (error) {
    return { error: describeSyntaxError(error) };
  }
}

// ---------------------------------------------------------------------------------------
// Asking

interface Answers {
  files: { path: string; answer: SymbolTableAnswer }[];
  snippets: SymbolTableAnswer[];
  /** The code objects compile() makes of each snippet, null where it rejects the snippet. */
  layouts: (CodeLayout[] | null)[];
  /** For each ERROR_SOURCES entry: under '<case>', then under a real file name. */
  errors: { source: string; file: string; underCase: ErrorDescription | null; underFile: ErrorDescription | null }[];
  lateFutures: { source: string; file: string; underCase: ErrorDescription | null; underFile: ErrorDescription | null }[];
  mangled: string[];
}

let answers: Answers;

beforeAll(async () => {
  const root = stdlibRoot();
  const paths = stdlibSample().map((relative) => join(root, relative));
  const caseDir = mkdtempSync(join(tmpdir(), 'pyvm-symtable-'));
  const withFiles = (sources: string[], prefix: string): { source: string; file: string }[] =>
    sources.map((source, index) => {
      const file = join(caseDir, `${prefix}${index}.py`);
      writeFileSync(file, source);
      return { source, file };
    });
  const errorCases = withFiles(ERROR_SOURCES, 'error');
  const lateCases = withFiles(LATE_FUTURE_IMPORTS, 'late');
  const compileQuestions = [...errorCases, ...lateCases].flatMap(({ source, file }) => [
    { source, filename: '<case>' },
    { source, filename: file },
  ]);
  const output = await pythonJson([ORACLE], {
    sources: [
      ...paths.map((path) => ({ path, filename: path, mode: 'exec' })),
      ...SNIPPETS.map(({ source, mode }) => ({ source, filename: '<snippet>', mode: mode ?? 'exec' })),
    ],
    layouts: SNIPPETS.map(({ source, mode }) => ({ source, mode: mode ?? 'exec' })),
    errors: compileQuestions,
    mangle: MANGLE_CASES,
  });
  const take = <T>(count: number): T[] => output.splice(0, count) as T[];
  const files = take<SymbolTableAnswer>(paths.length).map((answer, index) => ({ path: paths[index], answer }));
  const snippets = take<SymbolTableAnswer>(SNIPPETS.length);
  const layouts = take<CodeLayout[] | null>(SNIPPETS.length);
  const pairUp = (cases: { source: string; file: string }[]) => {
    const compiled = take<ErrorDescription | null>(cases.length * 2);
    return cases.map((c, index) => ({ ...c, underCase: compiled[2 * index], underFile: compiled[2 * index + 1] }));
  };
  const errors = pairUp(errorCases);
  const lateFutures = pairUp(lateCases);
  answers = { files, snippets, layouts, errors, lateFutures, mangled: take<string>(MANGLE_CASES.length) };
});

// ---------------------------------------------------------------------------------------
// Comparing

function normalized(answer: SymbolTableAnswer): SymbolTableAnswer {
  return 'table' in answer ? { table: withPassThroughFreesSorted(answer.table) } : answer;
}

/** Where two JSON values first differ (a readable report for tables of whole modules), or null. */
function firstDifference(ours: unknown, theirs: unknown, path = '$'): string | null {
  if (typeof ours === 'object' && ours !== null && typeof theirs === 'object' && theirs !== null) {
    const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
    for (const key of keys) {
      const at = Array.isArray(ours) ? `${path}[${key}]` : `${path}.${key}`;
      const difference = firstDifference((ours as Record<string, unknown>)[key], (theirs as Record<string, unknown>)[key], at);
      if (difference !== null) return difference;
    }
    return null;
  }
  return ours === theirs ? null : `${path}: ours ${JSON.stringify(ours)}, python3 ${JSON.stringify(theirs)}`;
}

describe('symbol tables match python3 symtable', () => {
  it('over the stdlib sample', () => {
    expect(answers.files.length).toBeGreaterThanOrEqual(150);
    let analysed = 0;
    for (const { path, answer } of answers.files) {
      const ours = ourSymbolTable(readFileSync(path), path, 'exec');
      if ('error' in answer && 'error' in ours && !answer.error.msg.includes('symtable')) {
        // Rejected by the parser on both sides: the parser's own tests compare those errors.
        continue;
      }
      expect(firstDifference(normalized(ours), normalized(answer)), path).toBeNull();
      analysed++;
    }
    expect(analysed).toBeGreaterThanOrEqual(150);
  });

  it.each(SNIPPETS.map((snippet, index) => [index, snippet.source, snippet.mode ?? 'exec'] as const))(
    'snippet %i: %j (%s)',
    (index, source, mode) => {
      const theirs = answers.snippets[index];
      expect('table' in theirs, JSON.stringify(theirs)).toBe(true);
      expect(normalized(ourSymbolTable(source, '<snippet>', mode))).toEqual(normalized(theirs));
    },
  );
});

describe("the code objects' flags and closures follow from the table as python3's do", () => {
  it.each(SNIPPETS.map((snippet, index) => [index, snippet.source, snippet.mode ?? 'exec'] as const))(
    'snippet %i: %j (%s)',
    (index, source, mode) => {
      const theirs = answers.layouts[index];
      if (theirs === null || SNIPPETS[index].codeless) return; // the code generator rejects it, or skips a block
      const mod = parse(source, { mode });
      const ours = codeLayouts(buildSymbolTable(mod, '<layout>', futureFeatures(mod, '<layout>')).top);
      const bySignature = (layouts: CodeLayout[]): string[] => layouts.map((layout) => JSON.stringify(layout)).sort();
      expect(bySignature(ours)).toEqual(bySignature(theirs));
    },
  );
});

describe('SyntaxErrors match python3 compile()', () => {
  it.each(ERROR_SOURCES.map((source, index) => [index, source] as const))('error %i: %j', (index) => {
    const { source, file, underCase, underFile } = answers.errors[index];
    expect(underCase).not.toBeNull();
    const ours = (filename: string): SymbolTableAnswer => ourSymbolTable(source, filename, 'exec');
    expect(ours('<case>')).toEqual({ error: underCase });
    expect(ours(file)).toEqual({ error: underFile });
  });

  it.each(LATE_FUTURE_IMPORTS.map((source, index) => [index, source] as const))('late future import %i: %j', (index) => {
    const { source, file, underCase, underFile } = answers.lateFutures[index];
    const ours = (filename: string): ErrorDescription => {
      const mod = parse(source, { filename }) as ast.Module;
      const features = futureFeatures(mod, filename);
      const late = findImportFroms(mod.body).find((statement) => isLateFutureImport(statement, features));
      expect(late).toBeDefined();
      return describeSyntaxError(syntaxErrorAt(LATE_FUTURE_IMPORT_MESSAGE, filename, late!));
    };
    expect(ours('<case>')).toEqual(underCase);
    expect(ours(file)).toEqual(underFile);
  });
});

function findImportFroms(statements: ast.stmt[]): ast.ImportFrom[] {
  return statements.flatMap((s): ast.ImportFrom[] => {
    if (s._kind === 'ImportFrom') return [s];
    if (s._kind === 'FunctionDef' || s._kind === 'If') return findImportFroms(s.body);
    return [];
  });
}

describe('future features', () => {
  it('sets the flags of the features that change compilation, and the last line', () => {
    const features = (source: string) => futureFeatures(parse(source), '<case>');
    expect(features('x = 1\n')).toEqual({ flags: 0, lineno: -1 });
    expect(features('"""doc"""\nfrom __future__ import annotations, division\nfrom __future__ import barry_as_FLUFL\n'))
      .toEqual({ flags: 0x1000000 | 0x400000, lineno: 3 });
    expect(features('from __future__ import generator_stop, nested_scopes\n')).toEqual({ flags: 0, lineno: 1 });
    expect(futureFeatures(parse('x', { mode: 'eval' }), '<case>')).toEqual({ flags: 0, lineno: -1 });
  });
});

describe('mangle matches the names python3 compiles', () => {
  it.each(MANGLE_CASES.map(([className, name], index) => [className, name, index] as const))(
    'in class %s, %s',
    (className, name, index) => {
      expect(mangle(className, name)).toBe(answers.mangled[index]);
    },
  );

  it('leaves names alone outside classes', () => {
    expect(mangle(null, '__x')).toBe('__x');
  });
});

describe('lookup', () => {
  it('finds each block by the node that opened it', () => {
    const mod = parse('def f():\n  return [lambda: x for x in y]\nclass C: pass\n') as ast.Module;
    const table = buildSymbolTable(mod, '<case>', futureFeatures(mod, '<case>'));
    const f = mod.body[0] as ast.FunctionDef;
    const listComp = (f.body[0] as ast.Return).value as ast.ListComp;
    expect(table.lookup(mod)).toBe(table.top);
    expect(table.lookup(f).name).toBe('f');
    expect(table.lookup(listComp).name).toBe('listcomp');
    expect(table.lookup(listComp.elt).name).toBe('lambda');
    expect(table.lookup(mod.body[1]).type).toBe(BlockType.ClassBlock);
  });

  it('exposes the scopes and the flags the code generator reads', () => {
    const source = 'class C:\n  def m(self, *a, **k):\n    x = 1\n    def g(): return x\n    yield super()\n';
    const mod = parse(source) as ast.Module;
    const table = buildSymbolTable(mod, '<case>', futureFeatures(mod, '<case>'));
    const [c] = table.top.children;
    const [m] = c.children;
    expect(c.needsClassClosure).toBe(true);
    expect([m.scopeOf('x'), m.scopeOf('__class__'), m.scopeOf('super'), m.scopeOf('absent')])
      .toEqual([Scope.CELL, Scope.FREE, Scope.GLOBAL_IMPLICIT, 0]);
    expect([m.generator, m.varargs, m.varkeywords, m.nested, m.childFree, m.free]).toEqual([true, true, true, false, true, true]);
    expect(m.flagsOf('x') & DEF_LOCAL).toBe(DEF_LOCAL);
    expect(m.varnames).toEqual(['self', 'a', 'k']);
  });
});
