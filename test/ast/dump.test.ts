// ast.dump against python3's, on the same trees built on both sides: random trees
// (any value in any field, since dump does not check types), and real modules that
// python3 parses and pyvm rebuilds node by node.
import { describe, expect, it } from 'vitest';
import { Ellipsis, PyBytes, PyComplex, PyFloat, pyInt } from '../../src/ast/constant';
import { type DumpOptions, dump } from '../../src/ast/dump';
import * as ast from '../../src/ast/nodes';
import { type Node, type NodeClassInfo, nodeClasses } from '../../src/ast/nodes';
import { pythonJson, stdlibRoot } from '../support/python';
import { floatBits, floatFromBits } from '../support/floatBits';
import { SeededRandom } from '../support/seededRandom';

/** A tree as JSON, readable by both sides. Unset fields are absent from `fields`. */
type Encoded =
  | null
  | boolean
  | { node: string; fields: Record<string, Encoded> }
  | { list: Encoded[] }
  | { int: string }
  | { float: string }
  | { complex: [string, string] }
  | { str: string }
  | { bytes: number[] }
  | { ellipsis: true };

const DECODER = `
import ast, json, struct, sys

def double(bits):
    return struct.unpack('<d', int(bits, 16).to_bytes(8, 'little'))[0]

def decode(value):
    if value is None or isinstance(value, bool):
        return value
    if 'node' in value:
        node = getattr(ast, value['node'])()
        for name, field in value['fields'].items():
            setattr(node, name, decode(field))
        return node
    if 'list' in value:
        return [decode(item) for item in value['list']]
    if 'int' in value:
        return int(value['int'])
    if 'float' in value:
        return double(value['float'])
    if 'complex' in value:
        return complex(double(value['complex'][0]), double(value['complex'][1]))
    if 'str' in value:
        return value['str']
    if 'bytes' in value:
        return bytes(value['bytes'])
    return ...

def encode(value):
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, ast.AST):
        fields = {name: encode(getattr(value, name)) for name in value._fields + value._attributes if hasattr(value, name)}
        return {'node': type(value).__name__, 'fields': fields}
    if isinstance(value, list):
        return {'list': [encode(item) for item in value]}
    if isinstance(value, int):
        return {'int': str(value)}
    if isinstance(value, float):
        return {'float': struct.pack('>d', value).hex()}
    if isinstance(value, complex):
        return {'complex': [struct.pack('>d', value.real).hex(), struct.pack('>d', value.imag).hex()]}
    if isinstance(value, str):
        return {'str': value}
    if isinstance(value, bytes):
        return {'bytes': list(value)}
    assert value is ..., value
    return {'ellipsis': True}
`;

/** Dumps each tree with each option set: one JSON line of dumps per tree. */
const DUMP_ORACLE = `${DECODER}
request = json.load(sys.stdin)
for tree in request['trees']:
    node = decode(tree)
    print(json.dumps([ast.dump(node, **options) for options in request['options']]))
`;

/** Parses each file and prints its tree, encoded, then its dump with positions and indent 3. */
const PARSE_ORACLE = `${DECODER}
for path in json.load(sys.stdin):
    with open(path, 'rb') as file:
        tree = ast.parse(file.read(), path, type_comments=True)
    print(json.dumps(encode(tree)))
    print(json.dumps(ast.dump(tree, include_attributes=True, indent=3)))
`;

/** Builds pyvm's tree from the encoding, through the node classes' own constructors. */
function decode(value: Encoded): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if ('node' in value) {
    const nodeClass = nodeClasses[value.node] as NodeClassInfo & (new (...args: unknown[]) => Node);
    const names = [...nodeClass._fields, ...nodeClass._attributes];
    const node = new nodeClass(...names.map((name) => (name in value.fields ? decode(value.fields[name]) : undefined)));
    // A field the encoding leaves out is unset, as in Python: not even present as undefined.
    for (const name of names) if (!(name in value.fields)) delete (node as unknown as Record<string, unknown>)[name];
    return node;
  }
  if ('list' in value) return value.list.map(decode);
  if ('int' in value) return pyInt(BigInt(value.int));
  if ('float' in value) return new PyFloat(floatFromBits(value.float));
  if ('complex' in value) return new PyComplex(floatFromBits(value.complex[0]), floatFromBits(value.complex[1]));
  if ('str' in value) return value.str;
  if ('bytes' in value) return new PyBytes(Uint8Array.from(value.bytes));
  return Ellipsis;
}

const NODE_KINDS = Object.keys(nodeClasses);
const STRINGS = ['x', 'name_1', '', "it's", 'é', '\n', 'u', '# type: int'];

function randomScalar(random: SeededRandom): Encoded {
  switch (random.int(0, 8)) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return { int: String(random.int(-5, 1000)) };
    case 3:
      return { int: (BigInt(random.int(1, 1e9)) ** 3n).toString() };
    case 4:
      return { float: floatBits(random.pick([0, -0, 1.5, 1e16, 1e-7, Infinity, NaN, 0.1])) };
    case 5:
      return { complex: [floatBits(random.pick([0, -0, 1])), floatBits(random.pick([0, 2, -3.5, 1e16]))] };
    case 6:
      return { bytes: [random.int(0, 255), 0x27] };
    case 7:
      return { ellipsis: true };
    default:
      return { str: random.pick(STRINGS) };
  }
}

function randomValue(random: SeededRandom, depth: number): Encoded {
  const roll = random.next();
  if (depth > 0 && roll < 0.35) return randomNode(random, depth - 1);
  if (depth > 0 && roll < 0.55) {
    return { list: Array.from({ length: random.int(0, 4) }, () => randomValue(random, depth - 1)) };
  }
  return randomScalar(random);
}

function randomNode(random: SeededRandom, depth: number): Encoded {
  const kind = random.pick(NODE_KINDS);
  const nodeClass = nodeClasses[kind];
  const fields: Record<string, Encoded> = {};
  for (const name of nodeClass._fields) {
    // Unset and None fields are the interesting ones: they switch on field labels.
    if (random.chance(0.1)) continue;
    fields[name] = random.chance(0.15) ? null : randomValue(random, depth);
  }
  for (const name of nodeClass._attributes) {
    if (random.chance(0.1)) continue;
    fields[name] = random.chance(0.1) ? null : { int: String(random.int(0, 120)) };
  }
  return { node: kind, fields };
}

const OPTION_SETS: Array<{ python: Record<string, unknown>; pyvm: DumpOptions }> = [];
for (const annotateFields of [true, false]) {
  for (const includeAttributes of [false, true]) {
    for (const indent of [null, 0, 3, -2, '\t', '', '-->']) {
      OPTION_SETS.push({
        python: { annotate_fields: annotateFields, include_attributes: includeAttributes, indent },
        pyvm: { annotateFields, includeAttributes, indent },
      });
    }
  }
}

describe('dump', () => {
  it('matches python3 ast.dump on random trees, with every combination of options', async () => {
    const random = new SeededRandom(3);
    const trees = Array.from({ length: 300 }, () => randomNode(random, random.int(0, 4)));
    const expected = (await pythonJson(['-c', DUMP_ORACLE], {
      trees,
      options: OPTION_SETS.map(({ python }) => python),
    })) as string[][];
    expect(expected).toHaveLength(trees.length);
    const mismatches: unknown[] = [];
    trees.forEach((tree, i) => {
      const node = decode(tree) as Node;
      OPTION_SETS.forEach(({ pyvm }, j) => {
        const actual = dump(node, pyvm);
        if (actual !== expected[i][j]) mismatches.push({ tree: i, options: pyvm, expected: expected[i][j], actual });
      });
    });
    expect(mismatches.slice(0, 3)).toEqual([]);
  }, 30_000);

  it('dumps trees built with the node constructors', () => {
    const x = new ast.Name('x', new ast.Load(), 1, 0, 1, 1);
    const call = new ast.Call(x, [new ast.Constant(new PyFloat(1), null, 1, 2, 1, 5)], [], 1, 0, 1, 6);
    const module = new ast.Module([new ast.Expr(call, 1, 0, 1, 6)], []);
    expect(dump(module)).toBe(
      "Module(body=[Expr(value=Call(func=Name(id='x', ctx=Load()), args=[Constant(value=1.0)], keywords=[]))], type_ignores=[])",
    );
    expect(dump(x, { annotateFields: false, includeAttributes: true })).toBe(
      "Name('x', Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)",
    );
    const returnNone = new ast.Return(null, 1, 0, 1, 6);
    expect(dump(returnNone, { annotateFields: false })).toBe('Return()');
    expect(dump(new ast.MatchSingleton(null, 1, 0, 1, 4), { indent: 2 })).toBe('MatchSingleton(value=None)');
  });

  it('matches python3 on real modules, and dumps a large one quickly', async () => {
    const paths = ['ast.py', 'typing.py', '_pydecimal.py', 'test/test_grammar.py'].map((name) => `${stdlibRoot()}/${name}`);
    const lines = (await pythonJson(['-c', PARSE_ORACLE], paths)) as unknown[];
    for (let i = 0; i < lines.length; i += 2) {
      const tree = decode(lines[i] as Encoded) as Node;
      const started = performance.now();
      const text = dump(tree, { includeAttributes: true, indent: 3 });
      const elapsed = performance.now() - started;
      expect(text === lines[i + 1], paths[i / 2]).toBe(true);
      expect(elapsed).toBeLessThan(1000);
    }
  }, 30_000);
});
