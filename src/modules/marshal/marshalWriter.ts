// marshal.dumps: Python values and code objects (pyvm's CodeObject, with its constants
// as the compiler holds them) in CPython's marshal format. Strings go into the
// back-reference table (from version 3), so a name repeated across a module's code
// objects is written once, as CPython's interning makes it.
import { CodePointStr, Ellipsis as ConstEllipsis, PyBytes as ConstBytes, PyComplex as ConstComplex, PyFloat as ConstFloat } from '../../ast/constant';
import { CodeObject } from '../../bytecode/code';
import { type CodeConstant, ConstFrozenSet, ConstTuple } from '../../bytecode/constants';
import type { Py } from '../../objects/object';
import { PyFloat } from '../../objects/float';
import { PyComplex, complexType } from '../../objects/complex';
import { PyBuffer } from '../../objects/bytes';
import { PyTuple, tupleType } from '../../objects/tuple';
import { PyList, listType } from '../../objects/list';
import { PyDict } from '../../objects/dict';
import { dictType } from '../../objects/dictType';
import { PySet, frozensetType, setType } from '../../objects/set';
import { PyCode } from '../../objects/code';
import { Ellipsis } from '../../objects/singletons';
import { StopIteration, ValueError, newException } from '../../objects/exceptions';
import { floatType } from '../../objects/typeOf';
import { floatRepr } from '../../objects/floatRepr';
import { FLAG_REF, LONG_DIGIT_BITS, LONG_DIGIT_MASK, MAX_MARSHAL_DEPTH, MarshalType } from './marshalFormat';

/** What marshal can write: a Python value, or a code object's constant as the compiler holds it. */
export type Marshallable = Py | CodeConstant;

export function marshalDumps(value: Marshallable, version: number): Uint8Array {
  const writer = new MarshalWriter(version);
  writer.write(value, 0);
  return writer.result();
}

class MarshalWriter {
  private buffer = new Uint8Array(1024);
  private length = 0;
  private readonly stringRefs = new Map<string, number>();
  private refCount = 0;

  constructor(private readonly version: number) {}

  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  write(value: Marshallable, depth: number): void {
    if (depth > MAX_MARSHAL_DEPTH) throw newException(ValueError, 'object too deeply nested to marshal');
    if (value === null) return this.byte(MarshalType.NONE);
    if (value === true) return this.byte(MarshalType.TRUE);
    if (value === false) return this.byte(MarshalType.FALSE);
    if (value === ConstEllipsis || value === Ellipsis) return this.byte(MarshalType.ELLIPSIS);
    if (value === StopIteration) return this.byte(MarshalType.STOPITER);
    if (typeof value === 'number' || typeof value === 'bigint') return this.int(value);
    if (typeof value === 'string') return this.string(value);
    if (value instanceof CodePointStr) return this.bytesObject(MarshalType.UNICODE, utf8SurrogatePass(value.codePoints));
    if (value instanceof ConstFloat || (value instanceof PyFloat && value.cls === floatType)) return this.float(value.value);
    if (value instanceof ConstComplex || (value instanceof PyComplex && value.cls === complexType)) return this.complex(value.real, value.imag);
    if (value instanceof ConstBytes || value instanceof PyBuffer) return this.bytesObject(MarshalType.STRING, value.bytes);
    if (value instanceof ConstTuple || (value instanceof PyTuple && value.cls === tupleType)) return this.tuple(value.items, depth);
    if (value instanceof PyList && value.cls === listType) return this.sized(MarshalType.LIST, value.items, depth);
    if (value instanceof PyDict && value.cls === dictType) return this.dict(value, depth);
    if (value instanceof ConstFrozenSet) return this.sized(MarshalType.FROZENSET, value.items, depth);
    if (value instanceof PySet && (value.cls === setType || value.cls === frozensetType)) {
      return this.sized(value.cls === setType ? MarshalType.SET : MarshalType.FROZENSET, value.members(), depth);
    }
    if (value instanceof CodeObject) return this.code(value, depth);
    if (value instanceof PyCode) return this.code(value.code, depth);
    throw newException(ValueError, 'unmarshallable object');
  }

  private int(value: number | bigint): void {
    if (typeof value === 'number' && value >= -0x80000000 && value <= 0x7fffffff) {
      this.byte(MarshalType.INT);
      return this.int32(value);
    }
    let magnitude = BigInt(value);
    const negative = magnitude < 0n;
    if (negative) magnitude = -magnitude;
    const digits: number[] = [];
    for (; magnitude > 0n; magnitude >>= LONG_DIGIT_BITS) digits.push(Number(magnitude & LONG_DIGIT_MASK));
    this.byte(MarshalType.LONG);
    this.int32(negative ? -digits.length : digits.length);
    for (const digit of digits) this.uint16(digit);
  }

  private float(value: number): void {
    if (this.version > 1) {
      this.byte(MarshalType.BINARY_FLOAT);
      return this.float64(value);
    }
    this.byte(MarshalType.FLOAT);
    this.floatText(value);
  }

  private complex(real: number, imag: number): void {
    if (this.version > 1) {
      this.byte(MarshalType.BINARY_COMPLEX);
      this.float64(real);
      return this.float64(imag);
    }
    this.byte(MarshalType.COMPLEX);
    this.floatText(real);
    this.floatText(imag);
  }

  private floatText(value: number): void {
    const text = floatRepr(value);
    this.byte(text.length);
    for (let i = 0; i < text.length; i++) this.byte(text.charCodeAt(i));
  }

  /** A str: ASCII ones in the short forms (version 4), others as UTF-8 with lone surrogates passed through. */
  private string(value: string): void {
    const flag = this.version >= 3 ? FLAG_REF : 0;
    if (flag !== 0) {
      const ref = this.stringRefs.get(value);
      if (ref !== undefined) {
        this.byte(MarshalType.REF);
        return this.int32(ref);
      }
      this.stringRefs.set(value, this.refCount++);
    }
    if (this.version >= 4 && isAscii(value)) {
      if (value.length < 256) {
        this.byte(MarshalType.SHORT_ASCII | flag);
        this.byte(value.length);
      } else {
        this.byte(MarshalType.ASCII | flag);
        this.int32(value.length);
      }
      this.reserve(value.length);
      for (let i = 0; i < value.length; i++) this.buffer[this.length++] = value.charCodeAt(i);
      return;
    }
    this.bytesObject(MarshalType.UNICODE | flag, utf8SurrogatePass([...value].map((c) => c.codePointAt(0)!)));
  }

  private tuple(items: readonly Marshallable[], depth: number): void {
    if (this.version >= 4 && items.length < 256) {
      this.byte(MarshalType.SMALL_TUPLE);
      this.byte(items.length);
      for (const item of items) this.write(item, depth + 1);
      return;
    }
    this.sized(MarshalType.TUPLE, items, depth);
  }

  private sized(type: MarshalType, items: readonly Marshallable[], depth: number): void {
    this.byte(type);
    this.int32(items.length);
    for (const item of items) this.write(item, depth + 1);
  }

  private dict(dict: PyDict, depth: number): void {
    this.byte(MarshalType.DICT);
    for (const [key, value] of dict.entries()) {
      this.write(key, depth + 1);
      this.write(value, depth + 1);
    }
    this.byte(MarshalType.NULL);
  }

  private code(code: CodeObject, depth: number): void {
    this.byte(MarshalType.CODE);
    this.int32(code.co_argcount);
    this.int32(code.co_posonlyargcount);
    this.int32(code.co_kwonlyargcount);
    this.int32(code.co_stacksize);
    this.int32(code.co_flags);
    this.bytesObject(MarshalType.STRING, code.co_code);
    this.tuple(code.co_consts, depth);
    this.tuple(code.co_names, depth);
    this.tuple(code.co_localsplusnames, depth);
    this.bytesObject(MarshalType.STRING, code.co_localspluskinds);
    this.write(code.co_filename, depth + 1);
    this.write(code.co_name, depth + 1);
    this.write(code.co_qualname, depth + 1);
    this.int32(code.co_firstlineno);
    this.bytesObject(MarshalType.STRING, code.co_linetable);
    this.bytesObject(MarshalType.STRING, code.co_exceptiontable);
  }

  private bytesObject(type: number, bytes: Uint8Array): void {
    this.byte(type);
    this.int32(bytes.length);
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  private byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  private int32(value: number): void {
    this.reserve(4);
    new DataView(this.buffer.buffer).setInt32(this.length, value, true);
    this.length += 4;
  }

  private uint16(value: number): void {
    this.reserve(2);
    this.buffer[this.length++] = value & 0xff;
    this.buffer[this.length++] = value >> 8;
  }

  private float64(value: number): void {
    this.reserve(8);
    new DataView(this.buffer.buffer).setFloat64(this.length, value, true);
    this.length += 8;
  }

  private reserve(count: number): void {
    if (this.length + count <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + count));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** UTF-8 of the code points, surrogates encoded like any other (CPython's "surrogatepass"). */
function utf8SurrogatePass(codePoints: readonly number[]): Uint8Array {
  const out: number[] = [];
  for (const c of codePoints) {
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}
