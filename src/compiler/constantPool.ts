// A compilation unit's constants (co_consts) in first-use order. Two constants
// share a slot when CPython's _PyCode_ConstantKey would call them the same: equal
// values of the same type, with 0.0 and -0.0 (and NaNs of different bits) apart,
// 1, 1.0 and True apart, tuples and frozensets compared item by item, and code
// objects by content.
import { CodePointStr, Ellipsis, PyBytes, PyComplex, PyFloat } from '../ast/constant';
import { CodeObject } from '../bytecode/code';
import { ConstFrozenSet, ConstTuple, type CodeConstant } from '../bytecode/constants';

export class ConstantPool {
  readonly values: CodeConstant[] = [];
  // strs and ints, most constants, are looked up as themselves; the rest by key. (The
  // tables are made on first use: a pool is made for every code object.)
  private indexByStr: Map<string, number> | null = null;
  private indexByInt: Map<number | bigint, number> | null = null;
  private indexByKey: Map<string, number> | null = null;
  private codeSlotsByOutline: Map<string, number[]> | null = null;

  /** The slot of `value`, added at the end if no equal constant is there yet. */
  add(value: CodeConstant): number {
    switch (typeof value) {
      case 'string': return this.slot((this.indexByStr ??= new Map()), value, value);
      case 'number': case 'bigint': return this.slot((this.indexByInt ??= new Map()), value, value);
    }
    return value instanceof CodeObject ? this.codeSlot(value) : this.slot((this.indexByKey ??= new Map()), constantKey(value), value);
  }

  /**
   * Code objects compare by content, which is costly to key: they are told apart by name,
   * line and sizes first, and by their full content key only when those match.
   */
  private codeSlot(code: CodeObject): number {
    const outline = `${code.co_name}\0${code.co_firstlineno}\0${code.co_code.length}\0${code.co_linetable.length}`;
    const slotsByOutline = (this.codeSlotsByOutline ??= new Map());
    const candidates = slotsByOutline.get(outline);
    if (candidates === undefined) {
      this.values.push(code);
      slotsByOutline.set(outline, [this.values.length - 1]);
      return this.values.length - 1;
    }
    const key = constantKey(code);
    for (const slot of candidates) if (constantKey(this.values[slot]) === key) return slot;
    this.values.push(code);
    candidates.push(this.values.length - 1);
    return this.values.length - 1;
  }

  private slot<K>(index: Map<K, number>, key: K, value: CodeConstant): number {
    const known = index.get(key);
    if (known !== undefined) return known;
    this.values.push(value);
    index.set(key, this.values.length - 1);
    return this.values.length - 1;
  }
}

const codeKeys = new WeakMap<CodeObject, string>();

/**
 * Code objects are constants that compare by content in 3.11 (code_richcompare): two
 * identical comprehensions, as `while` compiles its test twice, share one slot. The key
 * is a digest of that content, so nesting does not make keys grow.
 */
function codeKey(code: CodeObject): string {
  let key = codeKeys.get(code);
  if (key === undefined) {
    const digest = process.getBuiltinModule('node:crypto').createHash('sha1');
    const text = JSON.stringify([
      code.co_name, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_flags,
      code.co_firstlineno, code.co_consts.map(constantKey), code.co_names, code.co_localsplusnames,
      code.co_code.length, code.co_linetable.length, code.co_exceptiontable.length,
    ]);
    digest.update(text).update(code.co_code).update(code.co_linetable).update(code.co_exceptiontable);
    key = `@${digest.digest('base64')}`;
    codeKeys.set(code, key);
  }
  return key;
}

const identities = new WeakMap<object, number>();
let nextIdentity = 0;

/** NaN is not equal to itself: CPython's key tuples then match only the very same object. */
function identityKey(value: object): string {
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = nextIdentity++));
  return `@${id}`;
}

const floatBits = new Float64Array(1);
const floatWords = new Uint32Array(floatBits.buffer);

function floatKey(x: number): string {
  floatBits[0] = x;
  return `${floatWords[1].toString(16)}:${floatWords[0].toString(16)}`;
}

/**
 * A key that is the same for constants Python finds equal (0, False, 0.0, 0j; 1 and True),
 * as the set CPython's compiler finds duplicate mapping-pattern keys with; otherwise
 * constantKey's. (NaNs stay distinct: a NaN equals nothing.)
 */
export function equalityKey(value: CodeConstant): string {
  if (typeof value === 'boolean') return value ? 'n1' : 'n0';
  if (typeof value === 'number' || typeof value === 'bigint') return `n${value}`;
  const real = value instanceof PyFloat ? value.value : value instanceof PyComplex && value.imag === 0 ? value.real : undefined;
  if (real === undefined || Number.isNaN(real)) return constantKey(value);
  return Number.isInteger(real) ? `n${BigInt(real)}` : `n${real}`;
}

export function constantKey(value: CodeConstant): string {
  if (value === null) return 'N';
  if (value === Ellipsis) return 'E';
  switch (typeof value) {
    case 'boolean': return value ? 'T' : 'F';
    case 'number': case 'bigint': return `i${value}`;
    case 'string': return `s${JSON.stringify(value)}`;
  }
  if (value instanceof PyFloat) return Number.isNaN(value.value) ? `f${identityKey(value)}` : `f${floatKey(value.value)}`;
  if (value instanceof PyComplex) {
    if (Number.isNaN(value.real) || Number.isNaN(value.imag)) return `c${identityKey(value)}`;
    return `c${floatKey(value.real)}/${floatKey(value.imag)}`;
  }
  if (value instanceof CodePointStr) return `S${value.codePoints.join(',')}`;
  if (value instanceof PyBytes) return `b${JSON.stringify(Buffer.from(value.bytes).toString('latin1'))}`;
  if (value instanceof ConstTuple) return `(${value.items.map(constantKey).join(',')})`;
  if (value instanceof ConstFrozenSet) return `{${value.items.map(constantKey).sort().join(',')}}`;
  if (value instanceof CodeObject) return codeKey(value);
  throw new Error('unreachable: unknown constant kind');
}
