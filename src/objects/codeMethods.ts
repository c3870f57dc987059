// The attributes of code objects: the co_* fields of a compiled CodeObject as Python
// values, co_lines(), co_positions(), replace(), equality and the repr. The constants
// as Python values are made by the VM (vm/constants.ts); it hands them in through
// setCodeConstantsReader, since the object model sits below the VM.
import { PyFloat as ConstFloat, PyComplex as ConstComplex, PyBytes as ConstBytes, Ellipsis as ConstEllipsis } from '../ast/constant';
import { CodeObject, type CodeObjectFields, LocalKind } from '../bytecode/code';
import { type CodeConstant, ConstFrozenSet, ConstTuple } from '../bytecode/constants';
import type { Py } from './object';
import { typeOf } from './typeOf';
import { bindArguments, checkArgCount, defineGetSets, defineMethods } from './native';
import { IndexError, typeError, ValueError, newException } from './exceptions';
import { indexAsNumber, iterableToArray, pyEquals, pyHash } from './protocols';
import { codeType, PyCode, pyCode } from './code';
import { newTuple, PyTuple } from './tuple';
import { PyBytes } from './bytes';
import { PyFloat } from './float';
import { PyComplex } from './complex';
import { frozensetType, PySet } from './set';
import { Ellipsis, NotImplemented } from './singletons';
import { ArrayIterator, tupleIteratorType } from './iterators';
import { addressOf } from './identity';
import { readonlyMember } from './nativeDescriptorMethods';
import { hashTuple } from './hash';

let readConstants: (code: CodeObject) => Py[] = () => {
  throw new Error('the VM has not registered its code constants reader');
};

export function setCodeConstantsReader(reader: (code: CodeObject) => Py[]): void {
  readConstants = reader;
}

/** A code object's constants as Python values (co_consts). */
export function readCodeConstants(code: CodeObject): Py[] {
  return readConstants(code);
}

const strings = (names: readonly string[]): PyTuple => newTuple([...names]);
/** Code objects' attributes are read-only members. */
const member = (get: (self: PyCode) => Py) => ({ get, set: readonlyMember });
const bytes = (data: Uint8Array): PyBytes => new PyBytes(data);

defineGetSets(codeType, {
  co_argcount: member((self) => self.code.co_argcount),
  co_posonlyargcount: member((self) => self.code.co_posonlyargcount),
  co_kwonlyargcount: member((self) => self.code.co_kwonlyargcount),
  co_nlocals: member((self) => self.code.co_nlocals),
  co_stacksize: member((self) => self.code.co_stacksize),
  co_flags: member((self) => self.code.co_flags),
  co_firstlineno: member((self) => self.code.co_firstlineno),
  co_code: member((self) => bytes(self.code.co_code)),
  _co_code_adaptive: member((self) => bytes(self.code._co_code_adaptive)),
  co_consts: member((self) => newTuple(readConstants(self.code).slice())),
  co_names: member((self) => strings(self.code.co_names)),
  co_varnames: member((self) => strings(self.code.co_varnames)),
  co_cellvars: member((self) => strings(self.code.co_cellvars)),
  co_freevars: member((self) => strings(self.code.co_freevars)),
  co_filename: member((self) => self.code.co_filename),
  co_name: member((self) => self.code.co_name),
  co_qualname: member((self) => self.code.co_qualname),
  co_linetable: member((self) => bytes(self.code.co_linetable)),
  co_exceptiontable: member((self) => bytes(self.code.co_exceptiontable)),
  co_lnotab: member((self) => bytes(lineNumberTable(self.code))),
});

defineMethods(codeType, {
  /** dis reads local, cell and free names by their index in the fast locals. */
  _varname_from_oparg(self: PyCode, args) {
    checkArgCount('_varname_from_oparg', args, null, 1);
    const name = self.code.co_localsplusnames[indexAsNumber(args[0])];
    if (name === undefined) throw newException(IndexError, 'tuple index out of range');
    return name;
  },
  __repr__(self: PyCode) {
    const code = self.code;
    return `<code object ${code.co_name} at ${addressOf(self)}, file "${code.co_filename}", line ${code.co_firstlineno}>`;
  },
  co_lines(self: PyCode) {
    const ranges = self.code.co_lines().map(({ start, end, line }) => newTuple([start, end, line]));
    return new ArrayIterator({ items: ranges }, tupleIteratorType);
  },
  co_positions(self: PyCode) {
    const spans = self.code.co_positions().map((p) => newTuple([p.lineno, p.end_lineno, p.col_offset, p.end_col_offset]));
    return new ArrayIterator({ items: spans }, tupleIteratorType);
  },
  replace(self: PyCode, args, kwnames) {
    return pyCode(replaced(self.code, args, kwnames));
  },
  __eq__(self: PyCode, args) {
    const other = args[0];
    if (!(other instanceof PyCode)) return NotImplemented;
    return other.code === self.code || sameCode(self.code, other.code);
  },
  __hash__(self: PyCode) {
    const code = self.code;
    return hashTuple([pyHash(code.co_name), pyHash(bytes(code.co_code)), code.co_argcount, code.co_flags, code.co_firstlineno]);
  },
});

// ---------------------------------------------------------------- equality

/** CPython's code equality: same name, signature, flags, first line, bytecode, constants, names and tables. */
function sameCode(a: CodeObject, b: CodeObject): boolean {
  return a.co_name === b.co_name && a.co_argcount === b.co_argcount && a.co_posonlyargcount === b.co_posonlyargcount
    && a.co_kwonlyargcount === b.co_kwonlyargcount && a.co_flags === b.co_flags && a.co_firstlineno === b.co_firstlineno
    && sameBytes(a.co_code, b.co_code) && sameStrings(a.co_names, b.co_names) && sameStrings(a.co_localsplusnames, b.co_localsplusnames)
    && sameBytes(a.co_linetable, b.co_linetable) && sameBytes(a.co_exceptiontable, b.co_exceptiontable)
    && sameConstants(readConstants(a), readConstants(b));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** Constants are the same when of the same type and equal (so 1, 1.0 and True differ, as _PyCode_ConstantKey makes them). */
function sameConstants(a: Py[], b: Py[]): boolean {
  return a.length === b.length && a.every((value, i) => typeOf(value) === typeOf(b[i]) && pyEquals(value, b[i]));
}

// ---------------------------------------------------------------- co_lnotab

/** The pre-3.10 line number table, derived from co_lines() as CPython 3.11 derives it (decode_linetable). */
function lineNumberTable(code: CodeObject): Uint8Array {
  const out: number[] = [];
  let line = code.co_firstlineno;
  let codeOffset = 0;
  for (const range of code.co_lines()) {
    const computed = range.line ?? line;
    if (computed === line) continue;
    let byteDelta = range.start - codeOffset;
    let lineDelta = computed - line;
    for (; byteDelta > 255; byteDelta -= 255) out.push(255, 0);
    for (; lineDelta > 127; lineDelta -= 127, byteDelta = 0) out.push(byteDelta, 127);
    for (; lineDelta < -128; lineDelta += 128, byteDelta = 0) out.push(byteDelta, -128 & 0xff);
    out.push(byteDelta, lineDelta & 0xff);
    codeOffset = range.start;
    line = computed;
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- replace()

const INT_FIELDS = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno'] as const;
const BYTES_FIELDS = ['co_code', 'co_linetable', 'co_exceptiontable'] as const;
const STR_FIELDS = ['co_filename', 'co_name', 'co_qualname'] as const;
const NAME_TUPLE_FIELDS = ['co_varnames', 'co_freevars', 'co_cellvars', 'co_names'] as const;
const REPLACE_FIELDS = [
  'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno', 'co_code',
  'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars', 'co_filename', 'co_name', 'co_qualname', 'co_linetable',
  'co_exceptiontable',
];

/** code.replace(**changes): a copy with the given fields changed, checked as code_replace_impl checks them. */
function replaced(code: CodeObject, args: Py[], kwnames: readonly string[] | null): CodeObject {
  const positionalCount = args.length - (kwnames?.length ?? 0);
  if (positionalCount > 0) throw typeError('replace() takes no positional arguments');
  for (const keyword of kwnames ?? []) {
    if (!REPLACE_FIELDS.includes(keyword)) throw typeError(`'${keyword}' is an invalid keyword argument for replace()`);
  }
  const given = bindArguments({ name: 'replace', names: REPLACE_FIELDS, required: 0, positionalOnly: 0, keywordOnlyFrom: 0 }, args, kwnames);
  const changes = new Map<string, Py>();
  REPLACE_FIELDS.forEach((field, i) => {
    if (given[i] !== undefined) changes.set(field, given[i]!);
  });
  const fields: CodeObjectFields = { ...code };
  for (const field of INT_FIELDS) {
    const value = changes.get(field);
    if (value === undefined) continue;
    if (typeof value !== 'number') throw typeError(`'${typeOf(value).name}' object cannot be interpreted as an integer`);
    if (field !== 'co_nlocals') fields[field] = value;
  }
  for (const field of BYTES_FIELDS) {
    const value = changes.get(field);
    if (value === undefined) continue;
    if (!(value instanceof PyBytes)) throw typeError(`replace() argument '${field}' must be bytes, not ${typeOf(value).name}`);
    fields[field] = value.bytes;
  }
  for (const field of STR_FIELDS) {
    const value = changes.get(field);
    if (value === undefined) continue;
    if (typeof value !== 'string') throw typeError(`replace() argument '${field}' must be str, not ${typeOf(value).name}`);
    fields[field] = value;
  }
  const names: Record<string, string[]> = {
    co_varnames: code.co_varnames, co_freevars: code.co_freevars, co_cellvars: code.co_cellvars, co_names: code.co_names,
  };
  for (const field of NAME_TUPLE_FIELDS) {
    const value = changes.get(field);
    if (value === undefined) continue;
    if (!(value instanceof PyTuple)) throw typeError(`replace() argument '${field}' must be tuple, not ${typeOf(value).name}`);
    if (!value.items.every((item) => typeof item === 'string')) throw typeError('name tuples must contain only strings, not \'' + typeOf(value.items.find((item) => typeof item !== 'string')!).name + '\'');
    names[field] = value.items as string[];
  }
  fields.co_names = names.co_names;
  Object.assign(fields, localsPlus(names.co_varnames, names.co_cellvars, names.co_freevars));
  const consts = changes.get('co_consts');
  if (consts !== undefined) {
    if (!(consts instanceof PyTuple)) throw typeError(`replace() argument 'co_consts' must be tuple, not ${typeOf(consts).name}`);
    fields.co_consts = consts.items.map(toCodeConstant);
  }
  const nlocals = changes.get('co_nlocals');
  if (nlocals !== undefined && nlocals !== names.co_varnames.length) throw newException(ValueError, 'code: co_nlocals != len(co_varnames)');
  return new CodeObject(fields);
}

/** The localsplus names and kinds for the given variable, cell and free names (an argument that is a cell is both). */
function localsPlus(varnames: string[], cellvars: string[], freevars: string[]): Pick<CodeObjectFields, 'co_localsplusnames' | 'co_localspluskinds'> {
  const namesList = [...varnames];
  const kinds = varnames.map(() => LocalKind.LOCAL as number);
  for (const cell of cellvars) {
    const at = namesList.indexOf(cell);
    if (at >= 0) kinds[at] |= LocalKind.CELL;
    else {
      namesList.push(cell);
      kinds.push(LocalKind.CELL);
    }
  }
  for (const free of freevars) {
    namesList.push(free);
    kinds.push(LocalKind.FREE);
  }
  return { co_localsplusnames: namesList, co_localspluskinds: Uint8Array.from(kinds) };
}

/** A Python value put back into co_consts, as the compiler holds constants. */
export function toCodeConstant(value: Py): CodeConstant {
  if (value === null || typeof value !== 'object') return value;
  if (value === Ellipsis) return ConstEllipsis;
  if (value instanceof PyFloat) return new ConstFloat(value.value);
  if (value instanceof PyComplex) return new ConstComplex(value.real, value.imag);
  if (value instanceof PyBytes) return new ConstBytes(value.bytes);
  if (value instanceof PyTuple) return new ConstTuple(value.items.map(toCodeConstant));
  if (value instanceof PySet && value.cls === frozensetType) return new ConstFrozenSet(iterableToArray(value).map(toCodeConstant));
  if (value instanceof PyCode) return value.code;
  throw typeError(`cannot put a '${typeOf(value).name}' object in co_consts`);
}
