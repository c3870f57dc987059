// marshal.loads: CPython's marshal format read back into Python values, or — inside a
// code object — into constants as pyvm's compiler holds them, so that a code object
// read from a .pyc is the same kind of CodeObject the compiler makes.
import { CodePointStr, Ellipsis as ConstEllipsis, PyBytes as ConstBytes, PyComplex as ConstComplex, PyFloat as ConstFloat, hasSurrogatePair, pyInt } from '../../ast/constant';
import { CodeObject } from '../../bytecode/code';
import { newBytes } from '../../compiler/byteBuffer';
import { type CodeConstant, ConstFrozenSet, ConstTuple } from '../../bytecode/constants';
import type { Py } from '../../objects/object';
import { PyFloat } from '../../objects/float';
import { PyComplex } from '../../objects/complex';
import { PyBytes } from '../../objects/bytes';
import { newTuple } from '../../objects/tuple';
import { PyList } from '../../objects/list';
import { newDict } from '../../objects/dictType';
import { frozensetType, newSet } from '../../objects/set';
import { Ellipsis } from '../../objects/singletons';
import { EOFError, StopIteration, TypeError, ValueError, newException } from '../../objects/exceptions';
import { toCodeConstant } from '../../objects/codeMethods';
import { hashConstant } from '../../objects/hash';
import { constantsEqual, setIterationOrder } from '../../objects/setOrder';
import { setItem } from '../../objects/protocols';
import { constantToValue } from '../../vm/constants';
import { FLAG_REF, MAX_MARSHAL_DEPTH, MarshalType } from './marshalFormat';

/** What the reader read, and how many bytes that took (marshal.load reads a file from where the object ends). */
export interface MarshalRead {
  value: Py;
  end: number;
}

export function marshalLoads(data: Uint8Array): MarshalRead {
  // A copy: the values read share its bytes, and the caller's buffer may be a bytearray that changes.
  const reader = new MarshalReader(data.slice());
  const value = reader.read(false, 0);
  return { value: value as Py, end: reader.position };
}

/**
 * Reads a code object written by marshalDumps (a cached module): null if the data holds
 * anything else. The data is the reader's to keep (a cache file as read): the code
 * objects' byte fields other than co_code are views of it, not copies, as a module's
 * thousands of small copies each cost an ArrayBuffer of its own and more GC. (co_code
 * is copied: codeInfo reads it as 16-bit units, which a copy aligns.)
 */
export function marshalLoadsCode(data: Uint8Array): CodeObject | null {
  const value = new MarshalReader(data, true).read(true, 0);
  return value instanceof CodeObject ? value : null;
}

const BAD = 'bad marshal data';

class MarshalReader {
  position = 0;
  /** The objects written with FLAG_REF, in order; 'r' entries index it. */
  private readonly refs: (Py | CodeConstant | undefined)[] = [];
  private readonly view: DataView;
  /** The same bytes as a Buffer, whose latin1 slices make strs fastest. */
  private readonly buffer: Buffer;

  /** The data as a plain Uint8Array: a Buffer's (a cache file's) slice() would be a view, not a copy. */
  private readonly data: Uint8Array;

  /** Whether the data is the reader's to keep, so that a code object's fields may be views of it. */
  private readonly ownsData: boolean;

  constructor(data: Uint8Array, ownsData = false) {
    this.ownsData = ownsData;
    this.data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }

  /** One object: as a code object's constant when `asConstant`, else as a Python value. */
  read(asConstant: boolean, depth: number): Py | CodeConstant {
    if (depth > MAX_MARSHAL_DEPTH) throw newException(ValueError, 'recursion limit exceeded');
    if (this.position >= this.data.length) throw newException(EOFError, 'EOF read where object expected');
    const code = this.data[this.position++];
    const type = code & ~FLAG_REF;
    const refIndex = (code & FLAG_REF) !== 0 ? this.refs.push(undefined) - 1 : -1;
    const value = this.readPayload(type, asConstant, depth, refIndex);
    if (refIndex >= 0) this.refs[refIndex] = value;
    return value;
  }

  private readPayload(type: number, asConstant: boolean, depth: number, refIndex: number): Py | CodeConstant {
    switch (type) {
      case MarshalType.NONE:
        return null;
      case MarshalType.TRUE:
        return true;
      case MarshalType.FALSE:
        return false;
      case MarshalType.ELLIPSIS:
        return asConstant ? ConstEllipsis : Ellipsis;
      case MarshalType.STOPITER:
        return StopIteration;
      case MarshalType.INT:
        return this.int32();
      case MarshalType.INT64:
        return pyInt(this.view.getBigInt64(this.advance(8), true));
      case MarshalType.LONG:
        return this.long();
      case MarshalType.BINARY_FLOAT:
        return makeFloat(this.float64(), asConstant);
      case MarshalType.FLOAT:
        return makeFloat(this.floatText(), asConstant);
      case MarshalType.BINARY_COMPLEX: {
        const real = this.float64();
        return makeComplex(real, this.float64(), asConstant);
      }
      case MarshalType.COMPLEX: {
        const real = this.floatText();
        return makeComplex(real, this.floatText(), asConstant);
      }
      case MarshalType.STRING: {
        const bytes = this.bytes(this.size());
        return asConstant ? new ConstBytes(bytes) : new PyBytes(bytes);
      }
      case MarshalType.ASCII:
      case MarshalType.ASCII_INTERNED:
        return this.ascii(this.size());
      case MarshalType.SHORT_ASCII:
      case MarshalType.SHORT_ASCII_INTERNED:
        return this.ascii(this.byte());
      case MarshalType.UNICODE:
      case MarshalType.INTERNED:
        return decodeSurrogatePass(this.bytes(this.size()), asConstant);
      case MarshalType.SMALL_TUPLE:
        return this.tuple(this.byte(), asConstant, depth);
      case MarshalType.TUPLE:
        return this.tuple(this.size(), asConstant, depth);
      case MarshalType.LIST:
        return this.list(this.size(), depth);
      case MarshalType.DICT:
        return this.dict(depth);
      case MarshalType.SET:
      case MarshalType.FROZENSET:
        return this.set(type === MarshalType.FROZENSET, this.size(), asConstant, depth, refIndex);
      case MarshalType.CODE:
        return this.code(depth, asConstant);
      case MarshalType.REF:
        return this.ref(asConstant);
      case MarshalType.NULL:
        throw newException(TypeError, 'NULL object in marshal data for object');
      default:
        throw newException(ValueError, `${BAD} (unknown type code)`);
    }
  }

  private tuple(size: number, asConstant: boolean, depth: number): Py | CodeConstant {
    const items: (Py | CodeConstant)[] = new Array(size);
    for (let i = 0; i < size; i++) items[i] = this.read(asConstant, depth + 1);
    return asConstant ? new ConstTuple(items as CodeConstant[]) : newTuple(items as Py[]);
  }

  private list(size: number, depth: number): Py {
    const items: Py[] = new Array(size);
    for (let i = 0; i < size; i++) items[i] = this.read(false, depth + 1) as Py;
    return new PyList(items);
  }

  private dict(depth: number): Py {
    const dict = newDict();
    while (this.position < this.data.length && this.data[this.position] !== MarshalType.NULL) {
      const key = this.read(false, depth + 1) as Py;
      setItem(dict, key, this.read(false, depth + 1) as Py);
    }
    this.byte();
    return dict;
  }

  private set(frozen: boolean, size: number, asConstant: boolean, depth: number, refIndex: number): Py | CodeConstant {
    if (asConstant && frozen) {
      const items: CodeConstant[] = [];
      for (let i = 0; i < size; i++) items.push(this.read(true, depth + 1) as CodeConstant);
      // Rebuilt by inserting the members in the order written, as CPython's reader does.
      return new ConstFrozenSet(setIterationOrder(items, hashConstant, constantsEqual), items);
    }
    const set = newSet([], frozen ? frozensetType : undefined);
    // A set may contain a reference to itself only through a mutable member, which marshal cannot write.
    if (refIndex >= 0) this.refs[refIndex] = set;
    for (let i = 0; i < size; i++) set.add(this.read(false, depth + 1) as Py);
    return set;
  }

  private code(depth: number, asConstant: boolean): Py | CodeConstant {
    const co_argcount = this.int32();
    const co_posonlyargcount = this.int32();
    const co_kwonlyargcount = this.int32();
    const co_stacksize = this.int32();
    const co_flags = this.int32();
    const co_code = this.bytesField(depth, false);
    const co_consts = this.tupleField(depth);
    const co_names = this.tupleField(depth) as string[];
    const co_localsplusnames = this.tupleField(depth) as string[];
    const co_localspluskinds = this.bytesField(depth, this.ownsData);
    const co_filename = this.stringField(depth);
    const co_name = this.stringField(depth);
    const co_qualname = this.stringField(depth);
    const co_firstlineno = this.int32();
    const co_linetable = this.bytesField(depth, this.ownsData);
    const co_exceptiontable = this.bytesField(depth, this.ownsData);
    const code = new CodeObject({
      co_argcount, co_posonlyargcount, co_kwonlyargcount, co_stacksize, co_flags, co_code, co_consts, co_names,
      co_localsplusnames, co_localspluskinds, co_filename, co_name, co_qualname, co_firstlineno, co_linetable, co_exceptiontable,
    });
    return asConstant ? code : constantToValue(code);
  }

  /**
   * A byte field of a code object. Written in place (not as a reference to an object read
   * before), it is a view of the data when `shared`, else a copy cut from the compiler's
   * slabs (newBytes), as a compiled code object's are.
   */
  private bytesField(depth: number, shared: boolean): Uint8Array {
    const code = this.data[this.position];
    if (code === MarshalType.STRING) {
      this.position++;
      const size = this.size();
      const at = this.advance(size);
      if (shared) return this.data.subarray(at, at + size);
      const copy = newBytes(size);
      copy.set(this.data.subarray(at, at + size));
      return copy;
    }
    const value = this.read(true, depth + 1);
    if (!(value instanceof ConstBytes)) throw newException(ValueError, BAD);
    return value.bytes;
  }

  private tupleField(depth: number): CodeConstant[] {
    const value = this.read(true, depth + 1);
    if (!(value instanceof ConstTuple)) throw newException(ValueError, BAD);
    return value.items as CodeConstant[];
  }

  private stringField(depth: number): string {
    const value = this.read(true, depth + 1);
    if (typeof value !== 'string') throw newException(ValueError, BAD);
    return value;
  }

  /** A back-reference; the object was read in one role and may be wanted in the other. */
  private ref(asConstant: boolean): Py | CodeConstant {
    const index = this.int32();
    const value = index >= 0 && index < this.refs.length ? this.refs[index] : undefined;
    if (value === undefined) throw newException(ValueError, `${BAD} (invalid reference)`);
    if (typeof value !== 'object' || value === null) return value;
    const isConstant = value instanceof ConstTuple || value instanceof ConstFrozenSet || value instanceof CodeObject
      || value instanceof ConstFloat || value instanceof ConstComplex || value instanceof ConstBytes || value instanceof CodePointStr;
    if (asConstant === isConstant) return value;
    return asConstant ? toCodeConstant(value as Py) : constantToValue(value as CodeConstant);
  }

  private long(): number | bigint {
    const count = this.int32();
    const digits: number[] = [];
    for (let i = 0; i < Math.abs(count); i++) {
      const digit = this.uint16();
      if (digit > 0x7fff) throw newException(ValueError, `${BAD} (digit out of range in long)`);
      digits.push(digit);
    }
    let value = 0n;
    for (let i = digits.length - 1; i >= 0; i--) value = (value << 15n) | BigInt(digits[i]);
    return pyInt(count < 0 ? -value : value);
  }

  private floatText(): number {
    const text = this.ascii(this.byte());
    return Number(text.replace(/^(-?)inf$/, '$1Infinity').replace(/^-?nan$/, 'NaN'));
  }

  private ascii(length: number): string {
    const start = this.position;
    if (start + length > this.data.length) throw newException(EOFError, 'marshal data too short');
    this.position += length;
    return this.buffer.toString('latin1', start, start + length);
  }

  private size(): number {
    const size = this.int32();
    if (size < 0) throw newException(ValueError, `${BAD} (size out of range)`);
    return size;
  }

  private byte(): number {
    if (this.position >= this.data.length) throw newException(EOFError, 'marshal data too short');
    return this.data[this.position++];
  }

  private int32(): number {
    const at = this.advance(4);
    return this.view.getInt32(at, true);
  }

  private uint16(): number {
    const at = this.advance(2);
    return this.view.getUint16(at, true);
  }

  private float64(): number {
    const at = this.advance(8);
    return this.view.getFloat64(at, true);
  }

  /** A copy of the next `count` bytes: the objects made of them must not share the caller's data (a bytearray it may change). */
  private bytes(count: number): Uint8Array {
    const at = this.advance(count);
    return this.data.slice(at, at + count);
  }

  /** Moves past `size` bytes; returns where they start. */
  private advance(size: number): number {
    const at = this.position;
    if (at + size > this.data.length) throw newException(EOFError, 'marshal data too short');
    this.position = at + size;
    return at;
  }
}

function makeFloat(value: number, asConstant: boolean): Py | CodeConstant {
  return asConstant ? new ConstFloat(value) : new PyFloat(value);
}

function makeComplex(real: number, imag: number, asConstant: boolean): Py | CodeConstant {
  return asConstant ? new ConstComplex(real, imag) : new PyComplex(real, imag);
}

/** A str from UTF-8 that may encode surrogates; a surrogate pair stays two code points (CodePointStr) in a constant. */
function decodeSurrogatePass(bytes: Uint8Array, asConstant: boolean): string | CodePointStr {
  const codePoints: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    const width = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (i + width > bytes.length) throw newException(ValueError, BAD);
    let c = width === 1 ? lead : lead & (0xff >> (width + 1));
    for (let k = 1; k < width; k++) c = (c << 6) | (bytes[i + k] & 0x3f);
    codePoints.push(c);
    i += width;
  }
  if (asConstant && hasSurrogatePair(codePoints)) return new CodePointStr(codePoints);
  let text = '';
  for (let i = 0; i < codePoints.length; i += 4096) text += String.fromCodePoint(...codePoints.slice(i, i + 4096));
  return text;
}
