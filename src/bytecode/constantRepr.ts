// repr() of anything co_consts can hold, as dis shows LOAD_CONST's argument: the AST's
// constants, tuples, frozensets and code objects.
import { pyRepr } from '../objects/pyRepr';
import { CodeObject } from './code';
import { type CodeConstant, ConstFrozenSet, ConstTuple } from './constants';

export function constantRepr(value: CodeConstant): string {
  if (value instanceof ConstTuple) {
    const items = value.items.map(constantRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (value instanceof ConstFrozenSet) {
    return value.items.length === 0 ? 'frozenset()' : `frozenset({${value.items.map(constantRepr).join(', ')}})`;
  }
  if (value instanceof CodeObject) return codeRepr(value);
  return pyRepr(value);
}

/** `<code object NAME at 0x..., file "FILE", line N>`; name and file are shown as they are, unquoted. */
export function codeRepr(code: CodeObject): string {
  return `<code object ${code.co_name} at ${fakeAddress(code)}, file "${code.co_filename}", line ${code.co_firstlineno}>`;
}

// CPython shows the object's memory address. pyvm has none to show, so each code object
// gets a made-up one, stable for its lifetime and distinct from every other's; it looks
// like a 64-bit heap address, spaced as far apart as real code objects are.
const FAKE_HEAP_BASE = 0x7f0000000000;
const FAKE_OBJECT_SPACING = 0x100;
const fakeAddresses = new WeakMap<CodeObject, string>();
let codeObjectsShown = 0;

function fakeAddress(code: CodeObject): string {
  let address = fakeAddresses.get(code);
  if (address === undefined) {
    address = `0x${(FAKE_HEAP_BASE + codeObjectsShown++ * FAKE_OBJECT_SPACING).toString(16)}`;
    fakeAddresses.set(code, address);
  }
  return address;
}
