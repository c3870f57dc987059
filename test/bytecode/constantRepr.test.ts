// Reprs of the constants python3's compiler never produces, so the differential tests
// cannot reach them (an empty frozenset, a frozenset inside a tuple), and the made-up
// addresses of code objects. Expected texts are python3's reprs of the same values.
import { describe, expect, it } from 'vitest';
import { Ellipsis, PyBytes, PyFloat } from '../../src/ast/constant';
import { CodeObject } from '../../src/bytecode/code';
import { ConstFrozenSet, ConstTuple } from '../../src/bytecode/constants';
import { codeRepr, constantRepr } from '../../src/bytecode/constantRepr';

function codeObject(name: string, filename: string, firstLine: number): CodeObject {
  return new CodeObject({
    co_argcount: 0,
    co_posonlyargcount: 0,
    co_kwonlyargcount: 0,
    co_stacksize: 0,
    co_flags: 0,
    co_code: new Uint8Array(),
    co_consts: [],
    co_names: [],
    co_localsplusnames: [],
    co_localspluskinds: new Uint8Array(),
    co_filename: filename,
    co_name: name,
    co_qualname: name,
    co_firstlineno: firstLine,
    co_linetable: new Uint8Array(),
    co_exceptiontable: new Uint8Array(),
  });
}

describe('constantRepr', () => {
  it('shows tuples as Python does, the one-item tuple with its comma', () => {
    expect(constantRepr(new ConstTuple([]))).toBe('()');
    expect(constantRepr(new ConstTuple([1]))).toBe('(1,)');
    expect(constantRepr(new ConstTuple([new PyFloat(-0), 'a', null, Ellipsis]))).toBe("(-0.0, 'a', None, Ellipsis)");
    expect(constantRepr(new ConstTuple([new ConstTuple([]), new ConstTuple([true])]))).toBe('((), (True,))');
  });

  it('shows frozensets in the order of their items, the empty one as a call', () => {
    expect(constantRepr(new ConstFrozenSet([]))).toBe('frozenset()');
    expect(constantRepr(new ConstFrozenSet([3, 1, 2]))).toBe('frozenset({3, 1, 2})');
    expect(constantRepr(new ConstTuple([new ConstFrozenSet([new PyBytes(Uint8Array.of(0x27))])]))).toBe(
      `(frozenset({b"'"}),)`,
    );
  });

  it('shows code objects with their name and file unquoted and an address of their own', () => {
    const first = codeObject('<lambda>', 'dir/my "file".py', 7);
    const second = codeObject('f', 'x.py', 1);
    expect(codeRepr(first)).toMatch(/^<code object <lambda> at 0x[0-9a-f]+, file "dir\/my "file"\.py", line 7>$/);
    expect(constantRepr(first)).toBe(codeRepr(first));
    const address = (code: CodeObject) => / at (0x[0-9a-f]+),/.exec(codeRepr(code))![1];
    expect(address(second)).not.toBe(address(first));
    expect(address(first)).toBe(address(first));
  });
});
