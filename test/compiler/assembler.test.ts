// The assembler against python3. Three kinds of evidence:
// - the table writers re-encode what python3's own code objects decode to (every
//   code object of the stdlib sample), byte for byte;
// - stackEffect agrees with dis.stack_effect for every opcode;
// - the whole pipeline, fed the IR that CPython 3.11's code generator emits for small
//   programs (built here by hand, following compile.c), produces the code objects
//   python3 compiles those programs to.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CodeObject } from '../../src/bytecode/code';
import { ConstTuple, type CodeConstant } from '../../src/bytecode/constants';
import { HAVE_ARGUMENT, Op, OPNAME } from '../../src/bytecode/opcodes';
import { assemble, type CompilationUnit } from '../../src/compiler/assembler';
import { ConstantPool } from '../../src/compiler/constantPool';
import { ExceptionTableWriter } from '../../src/compiler/exceptionTableWriter';
import { endsBasicBlock } from '../../src/compiler/flowgraph';
import { BasicBlock, Instr, Pseudo } from '../../src/compiler/instructions';
import { LocationTableWriter } from '../../src/compiler/locationTableWriter';
import { stackEffect } from '../../src/compiler/stackEffect';
import { pythonJson, stdlibRoot } from '../support/python';
import { stdlibSample } from '../support/stdlibSample';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

// ---------------------------------------------------------------------------
// Location and exception tables of python3's own code objects

/** For each file, each code object: per instruction [size, lineno, end_lineno, col, end_col] (-1 for None). */
const EXPORT_TABLES = String.raw`
import dis, json, opcode, sys
EXTENDED_ARG = opcode.opmap['EXTENDED_ARG']
caches = opcode._inline_cache_entries
def code_objects(co):
    yield co
    for const in co.co_consts:
        if isinstance(const, type(co)):
            yield from code_objects(const)
def known(value):
    return -1 if value is None else value
for path in json.load(sys.stdin):
    try:
        module = compile(open(path, 'rb').read(), path, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError):
        print('null')
        continue
    exported = []
    for co in code_objects(module):
        code, positions, instrs, i = co.co_code, list(co.co_positions()), [], 0
        while i < len(code):
            start = i
            while code[i] == EXTENDED_ARG:
                i += 2
            i += 2 + 2 * caches[code[i]]
            instrs.append([(i - start) // 2, *map(known, positions[start // 2])])
        handlers = [[e.start // 2, e.end // 2, e.target // 2, e.depth, int(e.lasti)] for e in dis._parse_exception_table(co)]
        exported.append([co.co_firstlineno, instrs, co.co_linetable.hex(), handlers, co.co_exceptiontable.hex()])
    print(json.dumps(exported))
`;

type ExportedCode = [number, number[][], string, number[][], string];

describe('table writers re-encode python3 code objects of the stdlib sample', () => {
  const files = stdlibSample();
  let exported: (ExportedCode[] | null)[] = [];

  beforeAll(async () => {
    exported = (await pythonJson(['-c', EXPORT_TABLES], files.map((path) => join(stdlibRoot(), path)))) as (ExportedCode[] | null)[];
  }, 300_000);

  it('covers at least 150 compilable files', () => {
    expect(exported.filter((codes) => codes !== null).length).toBeGreaterThanOrEqual(150);
  });

  it('writes every location table and exception table byte-identically', () => {
    const mismatches: string[] = [];
    let codeObjects = 0;
    exported.forEach((codes, fileIndex) => {
      for (const [firstLineno, instrs, linetable, handlers, exceptionTable] of codes ?? []) {
        codeObjects++;
        const locations = new LocationTableWriter(firstLineno);
        for (const [size, lineno, end_lineno, col_offset, end_col_offset] of instrs) {
          locations.add({ lineno, end_lineno, col_offset, end_col_offset }, size);
        }
        const exceptions = new ExceptionTableWriter();
        for (const [start, end, handler, depth, lasti] of handlers) exceptions.add({ start, end, handler, depth, lasti: lasti === 1 });
        if (hex(locations.finish()) !== linetable) mismatches.push(`${files[fileIndex]}: location table of code #${codeObjects}`);
        if (hex(exceptions.finish()) !== exceptionTable) mismatches.push(`${files[fileIndex]}: exception table of code #${codeObjects}`);
      }
    });
    expect(mismatches).toEqual([]);
    expect(codeObjects).toBeGreaterThan(5_000);
  });
});

// ---------------------------------------------------------------------------
// Stack effects

const ARGS = [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 0xff, 0x100, 0x101, 0x104, 0x1ff, 0x305];

const EXPORT_STACK_EFFECTS = String.raw`
import dis, json, sys
ops, args = json.load(sys.stdin)
for op in ops:
    row = []
    for arg in (args if op >= dis.HAVE_ARGUMENT else [None]):
        for jump in (None, True, False):
            try:
                row.append(dis.stack_effect(op, arg, jump=jump))
            except ValueError:
                row.append(None)
    print(json.dumps(row))
`;

describe('stackEffect', () => {
  it('agrees with dis.stack_effect for every opcode, jumping, not jumping and at most', async () => {
    const opcodes = Array.from({ length: 256 }, (_, opcode) => opcode);
    const rows = (await pythonJson(['-c', EXPORT_STACK_EFFECTS], [opcodes, ARGS])) as (number | null)[][];
    const ours = opcodes.map((opcode) => {
      const row: (number | null)[] = [];
      for (const arg of opcode >= HAVE_ARGUMENT ? ARGS : [0]) {
        for (const jump of [undefined, true, false]) {
          try {
            row.push(stackEffect(opcode, arg, jump));
          } catch {
            row.push(null);
          }
        }
      }
      return row;
    });
    expect(ours).toEqual(rows);
    expect(rows.filter((row) => row.some((value) => value !== null)).length).toBeGreaterThan(100);
  });

  it('covers the pseudo-instructions as compile.c does', () => {
    expect([true, false].map((jump) => stackEffect(Pseudo.SETUP_FINALLY, 0, jump))).toEqual([1, 0]);
    expect([true, false].map((jump) => stackEffect(Pseudo.SETUP_CLEANUP, 0, jump))).toEqual([2, 0]);
    expect([true, false].map((jump) => stackEffect(Pseudo.SETUP_WITH, 0, jump))).toEqual([1, 0]);
    expect(stackEffect(Pseudo.POP_BLOCK, 0, false)).toBe(0);
    expect(stackEffect(Pseudo.JUMP, 0, true)).toBe(0);
    expect(stackEffect(Pseudo.JUMP_NO_INTERRUPT, 0, true)).toBe(0);
    for (const jump of [Pseudo.POP_JUMP_IF_FALSE, Pseudo.POP_JUMP_IF_TRUE, Pseudo.POP_JUMP_IF_NONE, Pseudo.POP_JUMP_IF_NOT_NONE]) {
      expect([stackEffect(jump, 0, true), stackEffect(jump, 0, false)]).toEqual([-1, -1]);
    }
  });
});

// ---------------------------------------------------------------------------
// The whole pipeline on IR as CPython 3.11's code generator emits it

type Loc = readonly [lineno: number, end_lineno: number, col_offset: number, end_col_offset: number];
/** compiler_addop_noline's location. */
const NO_LINE: Loc = [-1, 0, 0, 0];
/** UNSET_LOC's location. */
const UNSET: Loc = [-1, -1, -1, -1];

/** Emits instructions into blocks the way compile.c's compiler_addop* and compiler_use_next_block do. */
class IrBuilder {
  readonly blocks: BasicBlock[] = [];
  readonly consts = new ConstantPool();
  readonly names: string[] = [];
  readonly varnames: string[] = [];
  private current: BasicBlock;
  private needsNewBlock = false;
  private loc: Loc;

  constructor(firstLoc: Loc) {
    this.current = this.newBlock();
    this.loc = firstLoc;
  }

  newBlock(): BasicBlock {
    const block = new BasicBlock(this.blocks.length);
    this.blocks.push(block);
    return block;
  }

  use(block: BasicBlock): this {
    this.current.next = block;
    this.current = block;
    this.needsNewBlock = false;
    return this;
  }

  at(...loc: Loc): this {
    this.loc = loc;
    return this;
  }

  unset(): this {
    this.loc = UNSET;
    return this;
  }

  op(opcode: number, oparg = 0, target: BasicBlock | null = null, loc: Loc = this.loc): this {
    if (this.needsNewBlock) this.use(this.newBlock());
    const instr = new Instr(opcode, oparg, target, ...loc);
    this.current.instrs.push(instr);
    if (opcode === Op.RETURN_VALUE) this.current.return = true;
    if (endsBasicBlock(instr)) this.needsNewBlock = true;
    return this;
  }

  noline(opcode: number, oparg = 0, target: BasicBlock | null = null): this {
    return this.op(opcode, oparg, target, NO_LINE);
  }

  jump(opcode: number, target: BasicBlock): this {
    return this.op(opcode, 0, target);
  }

  name(name: string): number {
    return indexOrAdd(this.names, name);
  }

  local(name: string): number {
    return indexOrAdd(this.varnames, name);
  }

  const(value: CodeConstant): number {
    return this.consts.add(value);
  }

  /** assemble(c, addNone=1): the implicit `return None`, then the assembler. */
  finish(fields: Partial<CompilationUnit> & { name: string }): CodeObject {
    if (!this.current.return) this.unset().op(Op.LOAD_CONST, this.const(null)).op(Op.RETURN_VALUE);
    return assemble({
      qualname: fields.name,
      filename: 'x',
      blocks: this.blocks,
      consts: this.consts,
      names: this.names,
      varnames: this.varnames,
      cellvars: [],
      freevars: [],
      argcount: 0,
      posonlyargcount: 0,
      kwonlyargcount: 0,
      firstlineno: 1,
      flags: 0,
      ...fields,
    });
  }
}

function indexOrAdd(list: string[], item: string): number {
  const index = list.indexOf(item);
  return index >= 0 ? index : list.push(item) - 1;
}

/** A module's entry: compiler_enter_scope sets line 0 (end line 1) for RESUME. */
function moduleBuilder(): IrBuilder {
  return new IrBuilder([0, 1, 0, 0]).op(Op.RESUME, 0);
}

/** A function's entry: RESUME at the def line; the first constant is the docstring or None. */
function functionBuilder(firstLineno: number): IrBuilder {
  const builder = new IrBuilder([firstLineno, firstLineno, 0, 0]).op(Op.RESUME, 0);
  builder.const(null);
  return builder;
}

const EXPORT_CODE = String.raw`
import json, sys
def code_objects(co):
    yield co
    for const in co.co_consts:
        if isinstance(const, type(co)):
            yield from code_objects(const)
def const_repr(const):
    return '<code %s>' % const.co_name if hasattr(const, 'co_code') else repr(const)
for source in json.load(sys.stdin):
    print(json.dumps([describe for co in code_objects(compile(source, 'x', 'exec')) for describe in [{
        'name': co.co_name, 'qualname': co.co_qualname, 'code': co.co_code.hex(),
        'linetable': co.co_linetable.hex(), 'exceptiontable': co.co_exceptiontable.hex(),
        'stacksize': co.co_stacksize, 'flags': co.co_flags, 'firstlineno': co.co_firstlineno,
        'consts': [const_repr(c) for c in co.co_consts], 'names': list(co.co_names),
        'localsplusnames': list(co._varname_from_oparg(i) for i in range(len(co.co_varnames) + len(co.co_cellvars) + len(co.co_freevars) - len(set(co.co_varnames) & set(co.co_cellvars)))),
        'localspluskinds': [co.co_varnames, co.co_cellvars, co.co_freevars],
        'argcount': co.co_argcount, 'posonlyargcount': co.co_posonlyargcount, 'kwonlyargcount': co.co_kwonlyargcount,
    }]]))
`;

function constRepr(value: CodeConstant): string {
  if (value === null) return 'None';
  if (value instanceof CodeObject) return `<code ${value.co_name}>`;
  if (value instanceof ConstTuple) {
    const items = value.items.map(constRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value}'`;
  throw new Error('constRepr: not needed by these tests');
}

function codeObjects(code: CodeObject): CodeObject[] {
  return [code, ...code.co_consts.filter((c): c is CodeObject => c instanceof CodeObject).flatMap(codeObjects)];
}

function describeCode(code: CodeObject): Record<string, unknown> {
  return {
    name: code.co_name,
    qualname: code.co_qualname,
    code: hex(code.co_code),
    linetable: hex(code.co_linetable),
    exceptiontable: hex(code.co_exceptiontable),
    stacksize: code.co_stacksize,
    flags: code.co_flags,
    firstlineno: code.co_firstlineno,
    consts: code.co_consts.map(constRepr),
    names: code.co_names,
    localsplusnames: code.co_localsplusnames,
    localspluskinds: [code.co_varnames, code.co_cellvars, code.co_freevars],
    argcount: code.co_argcount,
    posonlyargcount: code.co_posonlyargcount,
    kwonlyargcount: code.co_kwonlyargcount,
  };
}

/** Readable bytecode for failure messages. */
function disassemble(codeHex: string): string {
  const bytes = Buffer.from(codeHex, 'hex');
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += 2) lines.push(`${i} ${OPNAME[bytes[i]]} ${bytes[i + 1]}`);
  return lines.join('\n');
}

interface PipelineCase {
  source: string;
  build: () => CodeObject;
}

const REPEATS = 200;

const CASES: Record<string, PipelineCase> = {
  'if/else: jump over the body, the implicit return copied into both arms': {
    source: 'if a:\n    b\nelse:\n    c\n',
    build() {
      const g = moduleBuilder();
      const end = g.newBlock();
      const orelse = g.newBlock();
      g.at(1, 1, 3, 4).op(Op.LOAD_NAME, g.name('a'));
      g.at(1, 4, 0, 5).jump(Pseudo.POP_JUMP_IF_FALSE, orelse);
      g.at(2, 2, 4, 5).op(Op.LOAD_NAME, g.name('b')).op(Op.POP_TOP);
      g.noline(Pseudo.JUMP, 0, end);
      g.use(orelse);
      g.at(4, 4, 4, 5).op(Op.LOAD_NAME, g.name('c')).op(Op.POP_TOP);
      g.use(end);
      return g.finish({ name: '<module>' });
    },
  },
  'while: backward conditional jump, exit duplicated for its two predecessors': {
    source: 'while a:\n    b\n',
    build: () => whileLoop(1),
  },
  'while with a long body: EXTENDED_ARG on both jumps': {
    source: `while a:\n${'    b\n'.repeat(REPEATS)}`,
    build: () => whileLoop(REPEATS),
  },
  'if with a long body: EXTENDED_ARG on a forward jump': {
    source: `if a:\n${'    b\n'.repeat(REPEATS)}c\n`,
    build() {
      const g = moduleBuilder();
      const end = g.newBlock();
      g.at(1, 1, 3, 4).op(Op.LOAD_NAME, g.name('a'));
      g.at(1, REPEATS + 1, 0, 5).jump(Pseudo.POP_JUMP_IF_FALSE, end);
      for (let line = 2; line < REPEATS + 2; line++) g.at(line, line, 4, 5).op(Op.LOAD_NAME, g.name('b')).op(Op.POP_TOP);
      g.use(end);
      g.at(REPEATS + 2, REPEATS + 2, 0, 1).op(Op.LOAD_NAME, g.name('c')).op(Op.POP_TOP);
      return g.finish({ name: '<module>' });
    },
  },
  'try/except: handlers, exception table, lasti, NOP for the try line': {
    source: 'try:\n    a\nexcept E:\n    b\n',
    build() {
      const g = moduleBuilder();
      const body = g.newBlock();
      let except = g.newBlock();
      const end = g.newBlock();
      const cleanup = g.newBlock();
      g.at(1, 4, 0, 5).jump(Pseudo.SETUP_FINALLY, except);
      g.use(body);
      g.at(2, 2, 4, 5).op(Op.LOAD_NAME, g.name('a')).op(Op.POP_TOP);
      g.noline(Pseudo.POP_BLOCK).noline(Pseudo.JUMP, 0, end);
      g.use(except);
      g.unset().jump(Pseudo.SETUP_CLEANUP, cleanup).op(Op.PUSH_EXC_INFO);
      g.at(3, 4, 0, 5);
      except = g.newBlock();
      g.at(3, 3, 7, 8).op(Op.LOAD_NAME, g.name('E'));
      g.at(3, 4, 0, 5).op(Op.CHECK_EXC_MATCH).jump(Pseudo.POP_JUMP_IF_FALSE, except);
      const cleanupBody = g.newBlock();
      g.op(Op.POP_TOP);
      g.use(cleanupBody);
      g.at(4, 4, 4, 5).op(Op.LOAD_NAME, g.name('b')).op(Op.POP_TOP);
      g.unset().op(Pseudo.POP_BLOCK).op(Op.POP_EXCEPT).jump(Pseudo.JUMP, end);
      g.use(except);
      g.unset().op(Op.RERAISE, 0);
      g.use(cleanup);
      g.op(Op.COPY, 3).op(Op.POP_EXCEPT).op(Op.RERAISE, 1);
      g.use(end);
      return g.finish({ name: '<module>' });
    },
  },
  'closure: MAKE_CELL for an argument cell, COPY_FREE_VARS, localsplus kinds': {
    source: 'def f(x):\n    def g():\n        return x\n    return g\n',
    build() {
      const inner = functionBuilder(2);
      inner.at(3, 3, 15, 16).op(Op.LOAD_DEREF, 0);
      inner.at(3, 3, 8, 16).op(Op.RETURN_VALUE);
      const g = inner.finish({ name: 'g', qualname: 'f.<locals>.g', freevars: ['x'], firstlineno: 2, flags: 0x13 });

      const outer = functionBuilder(1);
      outer.local('x');
      outer.at(2, 3, 4, 16).op(Op.LOAD_CLOSURE, 0).op(Op.BUILD_TUPLE, 1).op(Op.LOAD_CONST, outer.const(g)).op(Op.MAKE_FUNCTION, 8);
      outer.op(Op.STORE_FAST, outer.local('g'));
      outer.at(4, 4, 11, 12).op(Op.LOAD_FAST, outer.local('g'));
      outer.at(4, 4, 4, 12).op(Op.RETURN_VALUE);
      const f = outer.finish({ name: 'f', cellvars: ['x'], argcount: 1, flags: 0x03 });

      const module = moduleBuilder();
      module.at(1, 4, 0, 12).op(Op.LOAD_CONST, module.const(f)).op(Op.MAKE_FUNCTION, 0).op(Op.STORE_NAME, module.name('f'));
      return module.finish({ name: '<module>' });
    },
  },
  'nested closures: a free variable numbered after the cells, an argument cell sharing its slot': {
    source: 'def f(x):\n    def g(y):\n        def h():\n            return x + y\n        return h\n    return g\n',
    build() {
      const innermost = functionBuilder(3);
      innermost.at(4, 4, 19, 20).op(Op.LOAD_DEREF, 0);
      innermost.at(4, 4, 23, 24).op(Op.LOAD_DEREF, 1);
      innermost.at(4, 4, 19, 24).op(Op.BINARY_OP, 0);
      innermost.at(4, 4, 12, 24).op(Op.RETURN_VALUE);
      const h = innermost.finish({ name: 'h', qualname: 'f.<locals>.g.<locals>.h', freevars: ['x', 'y'], firstlineno: 3, flags: 0x13 });

      // In g, cell y is oparg 0 and free x is oparg 1 (after the one cell).
      const middle = functionBuilder(2);
      middle.local('y');
      middle.at(3, 4, 8, 24).op(Op.LOAD_CLOSURE, 1).op(Op.LOAD_CLOSURE, 0).op(Op.BUILD_TUPLE, 2);
      middle.op(Op.LOAD_CONST, middle.const(h)).op(Op.MAKE_FUNCTION, 8).op(Op.STORE_FAST, middle.local('h'));
      middle.at(5, 5, 15, 16).op(Op.LOAD_FAST, middle.local('h'));
      middle.at(5, 5, 8, 16).op(Op.RETURN_VALUE);
      const g = middle.finish({
        name: 'g', qualname: 'f.<locals>.g', cellvars: ['y'], freevars: ['x'], argcount: 1, firstlineno: 2, flags: 0x13,
      });

      const outer = functionBuilder(1);
      outer.local('x');
      outer.at(2, 5, 4, 16).op(Op.LOAD_CLOSURE, 0).op(Op.BUILD_TUPLE, 1).op(Op.LOAD_CONST, outer.const(g)).op(Op.MAKE_FUNCTION, 8);
      outer.op(Op.STORE_FAST, outer.local('g'));
      outer.at(6, 6, 11, 12).op(Op.LOAD_FAST, outer.local('g'));
      outer.at(6, 6, 4, 12).op(Op.RETURN_VALUE);
      const f = outer.finish({ name: 'f', cellvars: ['x'], argcount: 1, flags: 0x03 });

      const module = moduleBuilder();
      module.at(1, 6, 0, 12).op(Op.LOAD_CONST, module.const(f)).op(Op.MAKE_FUNCTION, 0).op(Op.STORE_NAME, module.name('f'));
      return module.finish({ name: '<module>' });
    },
  },
  'for: FOR_ITER, an artificial backward jump taking a line': {
    source: 'for x in a:\n    b\n',
    build() {
      const g = moduleBuilder();
      const start = g.newBlock();
      const body = g.newBlock();
      const cleanup = g.newBlock();
      const end = g.newBlock();
      g.at(1, 1, 9, 10).op(Op.LOAD_NAME, g.name('a'));
      g.at(1, 2, 0, 5).op(Op.GET_ITER);
      g.use(start);
      g.jump(Op.FOR_ITER, cleanup);
      g.use(body);
      g.at(1, 1, 4, 5).op(Op.STORE_NAME, g.name('x'));
      g.at(2, 2, 4, 5).op(Op.LOAD_NAME, g.name('b')).op(Op.POP_TOP);
      g.unset().jump(Pseudo.JUMP, start);
      g.use(cleanup);
      g.use(end);
      return g.finish({ name: '<module>' });
    },
  },
  'generator: RETURN_GENERATOR prologue, entry depth 1': {
    source: 'def g():\n    yield 1\n',
    build() {
      const body = functionBuilder(1);
      body.at(2, 2, 10, 11).op(Op.LOAD_CONST, body.const(1));
      body.at(2, 2, 4, 11).op(Op.YIELD_VALUE).op(Op.RESUME, 1).op(Op.POP_TOP);
      const g = body.finish({ name: 'g', flags: 0x23 });
      const module = moduleBuilder();
      module.at(1, 2, 0, 11).op(Op.LOAD_CONST, module.const(g)).op(Op.MAKE_FUNCTION, 0).op(Op.STORE_NAME, module.name('g'));
      return module.finish({ name: '<module>' });
    },
  },
  'swap: BUILD_TUPLE/UNPACK_SEQUENCE becomes SWAP, then a static swap of the stores': {
    source: 'def f(a, b):\n    a, b = b, a\n',
    build() {
      const body = functionBuilder(1);
      const a = body.local('a');
      const b = body.local('b');
      body.at(2, 2, 11, 12).op(Op.LOAD_FAST, b);
      body.at(2, 2, 14, 15).op(Op.LOAD_FAST, a);
      body.at(2, 2, 11, 15).op(Op.BUILD_TUPLE, 2);
      body.at(2, 2, 4, 8).op(Op.UNPACK_SEQUENCE, 2);
      body.at(2, 2, 4, 5).op(Op.STORE_FAST, a);
      body.at(2, 2, 7, 8).op(Op.STORE_FAST, b);
      const f = body.finish({ name: 'f', argcount: 2, flags: 0x03 });
      const module = moduleBuilder();
      module.at(1, 2, 0, 15).op(Op.LOAD_CONST, module.const(f)).op(Op.MAKE_FUNCTION, 0).op(Op.STORE_NAME, module.name('f'));
      return module.finish({ name: '<module>' });
    },
  },
};

/** compiler_while for `while a:` over `bodyLines` statements `b`. */
function whileLoop(bodyLines: number): CodeObject {
  const g = moduleBuilder();
  const loop = g.newBlock();
  const body = g.newBlock();
  const anchor = g.newBlock();
  const exit = g.newBlock();
  const statement: Loc = [1, bodyLines + 1, 0, 5];
  g.use(loop);
  g.at(1, 1, 6, 7).op(Op.LOAD_NAME, g.name('a'));
  g.at(...statement).jump(Pseudo.POP_JUMP_IF_FALSE, anchor);
  g.use(body);
  for (let line = 2; line < bodyLines + 2; line++) g.at(line, line, 4, 5).op(Op.LOAD_NAME, g.name('b')).op(Op.POP_TOP);
  g.at(1, 1, 6, 7).op(Op.LOAD_NAME, g.name('a'));
  g.at(...statement).jump(Pseudo.POP_JUMP_IF_TRUE, body);
  g.use(anchor);
  g.use(exit);
  return g.finish({ name: '<module>' });
}

describe('assemble() on hand-built 3.11 IR matches python3', () => {
  const names = Object.keys(CASES);
  let expected: Record<string, unknown>[][] = [];

  beforeAll(async () => {
    expected = (await pythonJson(['-c', EXPORT_CODE], names.map((name) => CASES[name].source))) as Record<string, unknown>[][];
  });

  names.forEach((name, index) => {
    it(name, () => {
      const actual = codeObjects(CASES[name].build()).map(describeCode);
      for (let k = 0; k < Math.max(actual.length, expected[index].length); k++) {
        const want = expected[index][k];
        const got = actual[k];
        if (want.code !== got?.code) {
          expect(disassemble(String(got?.code))).toBe(disassemble(String(want.code)));
        }
        expect(got).toEqual(want);
      }
    });
  });
});

// ---------------------------------------------------------------------------
// Passes that python3's own output cannot show in isolation

describe('flow-graph passes', () => {
  it('folds a tuple of constants into one constant, reusing an equal one', () => {
    const g = moduleBuilder();
    const existing = g.const(new ConstTuple([1, 2]));
    g.at(1, 1, 4, 5).op(Op.LOAD_CONST, g.const(1));
    g.at(1, 1, 7, 8).op(Op.LOAD_CONST, g.const(2));
    g.at(1, 1, 4, 8).op(Op.BUILD_TUPLE, 2).op(Op.STORE_NAME, g.name('x'));
    g.at(2, 2, 4, 5).op(Op.BUILD_TUPLE, 0).op(Op.STORE_NAME, g.name('y'));
    const code = g.finish({ name: '<module>' });
    expect(disassemble(hex(code.co_code))).toBe(
      disassemble(hex(Uint8Array.from([Op.RESUME, 0, Op.LOAD_CONST, existing, Op.STORE_NAME, 0, Op.LOAD_CONST, 4, Op.STORE_NAME, 1, Op.LOAD_CONST, 3, Op.RETURN_VALUE, 0]))),
    );
    expect(code.co_consts.map(constRepr)).toEqual(['(1, 2)', '1', '2', 'None', '()']);
  });

  it('resolves a constant condition and drops the unreachable arm', () => {
    const g = moduleBuilder();
    const end = g.newBlock();
    g.at(1, 1, 3, 7).op(Op.LOAD_CONST, g.const(true));
    g.at(1, 2, 0, 5).jump(Pseudo.POP_JUMP_IF_FALSE, end);
    g.at(2, 2, 4, 5).op(Op.LOAD_NAME, g.name('b')).op(Op.POP_TOP);
    g.use(end);
    const code = g.finish({ name: '<module>' });
    expect(opnames(code)).toEqual(['RESUME', 'NOP', 'LOAD_NAME', 'POP_TOP', 'LOAD_CONST', 'RETURN_VALUE']);
  });

  it('threads a conditional jump through an unconditional one on the same line', () => {
    const g = moduleBuilder();
    const far = g.newBlock();
    const hop = g.newBlock();
    g.at(1, 1, 0, 1).op(Op.LOAD_NAME, g.name('a')).jump(Pseudo.POP_JUMP_IF_TRUE, hop);
    g.at(2, 2, 0, 1).op(Op.LOAD_NAME, g.name('b')).op(Op.POP_TOP);
    g.op(Op.LOAD_CONST, g.const(null)).op(Op.RETURN_VALUE);
    g.use(hop);
    g.at(1, 1, 0, 1).jump(Pseudo.JUMP, far);
    g.use(far);
    g.at(3, 3, 0, 1).op(Op.LOAD_NAME, g.name('c')).op(Op.POP_TOP);
    const code = g.finish({ name: '<module>' });
    // The hop is unreachable once the jump skips it, so it disappears.
    expect(opnames(code)).toEqual([
      'RESUME', 'LOAD_NAME', 'POP_JUMP_FORWARD_IF_TRUE', 'LOAD_NAME', 'POP_TOP', 'LOAD_CONST', 'RETURN_VALUE',
      'LOAD_NAME', 'POP_TOP', 'LOAD_CONST', 'RETURN_VALUE',
    ]);
  });
});

function opnames(code: CodeObject): string[] {
  const names: string[] = [];
  for (let i = 0; i < code.co_code.length; i += 2) if (code.co_code[i] !== Op.CACHE) names.push(OPNAME[code.co_code[i]]);
  return names;
}
