// The methods of int and bool: constructors, arithmetic special methods, comparisons, repr and format.
//
// A method's self is whatever holds an int: a JS number or bigint, a JS boolean (bool is
// an int), or a PyIntSubclassInstance; intValue() reads them all. Results are exact ints
// (an int subclass's arithmetic gives plain ints), except bool's &, | and ^ of two bools.
import type { Py } from './object';
import { boolType, floatType, intType, typeOf } from './typeOf';
import type { PyType } from './type';
import {
  bindClinicArguments, checkArgCount, checkWrapperArgs, defineClassMethods, defineGetSets, defineMethods, newTargetOf,
  type NativeMethod, PyBuiltinFunction,
} from './native';
import { type Int, intCompare, intFloorDivide, intModulo, intNegate, intInvert, intToFloat, intValue, PyIntSubclassInstance } from './int';
import { BINARY_DUNDERS, intBinary, intPowerSlot, NbOp, REFLECTED_DUNDERS } from './operators';
import { call, callUnbound, COMPARE_DUNDERS, type CompareOp, intReturnedBy, isTrue, iterableToArray, pyIndex, pyStr } from './protocols';
import { warnFromBuiltin } from './builtinWarning';
import { signSatisfies } from './numberCompare';
import { NotImplemented } from './singletons';
import { DeprecationWarning, typeError, newException, ValueError } from './exceptions';
import { PyFloat } from './float';
import { floatToInt } from './floatMethods';
import { newTuple } from './tuple';
import { bufferOf, PyByteArray, PyBytes } from './bytes';
import { bytesRepr } from './bytesRepr';
import { hashInt } from './hash';
import { intRepr } from './intRepr';
import { formatInt } from './formatNumber';
import { intBitCount, intFromBytes, intRound, intToBytes } from './intMethods';
import { intBitLength } from '../compiler/constantFolding';
import { bytesAsNumberText, intFromText, invalidIntLiteral, quotedRepr, readIntText } from './numberParsing';
import { raised } from './raised';
import { strValue } from './str';
import { newInstance } from './objectMethods';

// ---------------------------------------------------------------- int(x), int(text, base)

/** int(x) (PyNumber_Long): x's __int__, else its __index__, else its __trunc__; a str or bytes is read in base 10. */
export function intFromObject(x: Py): Int {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return x;
    case 'boolean':
      return x ? 1 : 0;
    case 'string':
      return intFromText(x);
  }
  if (x instanceof PyFloat && x.cls === floatType) return floatToInt(x.value);
  const type = typeOf(x);
  const intMethod = type.lookup('__int__');
  if (intMethod !== undefined) return intReturnedBy(callUnbound(intMethod, x, []), '__int__');
  if (type.lookup('__index__') !== undefined) return pyIndex(x);
  const truncMethod = type.lookup('__trunc__');
  if (truncMethod !== undefined) {
    warnFromBuiltin(DeprecationWarning, 'The delegation of int() to __trunc__ is deprecated.');
    const result = callUnbound(truncMethod, x, []);
    const value = intValue(result);
    if (value !== undefined) return value;
    if (typeOf(result).lookup('__index__') === undefined) throw typeError(`__trunc__ returned non-Integral (type ${typeOf(result).name})`);
    return pyIndex(result);
  }
  const text = strValue(x);
  if (text !== undefined) return intFromText(text);
  const bytes = bufferOf(x);
  if (bytes !== undefined) return intFromBytesText(bytes, 10);
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${type.name}'`);
}

/** CPython's error message quotes the repr of the first 200 bytes, cut to 200 characters. */
const QUOTED_LENGTH = 200;

/** int(bytes, base): read as text, quoted as bytes in the error message. */
function intFromBytesText(bytes: Uint8Array, base: number): Int {
  return intFromText(bytesAsNumberText(bytes), base, () => bytesRepr(bytes.subarray(0, QUOTED_LENGTH)).slice(0, QUOTED_LENGTH));
}

/** int(x, base): x must be a str, bytes or bytearray. */
function intFromTextInBase(x: Py | undefined, base: Py): Int {
  if (x === undefined) throw typeError('int() missing string argument');
  const index = pyIndex(base);
  // CPython clips the base to a C ssize_t: out of range either way.
  const radix = typeof index === 'bigint' ? -1 : index;
  if ((radix !== 0 && radix < 2) || radix > 36) throw newException(ValueError, 'int() base must be >= 2 and <= 36, or 0');
  const text = strValue(x);
  if (text !== undefined) return intFromText(text, radix);
  // Of the bytes-like objects, only bytes and bytearray: not a memoryview or an array.
  if (x instanceof PyBytes || x instanceof PyByteArray) return intFromBytesText(x.bytes, radix);
  throw typeError("int() can't convert non-string with explicit base");
}

// int(x), the commonest call, made without an arguments array, and a text that is no
// int raised without a JS throw (raised.ts): programs that try int() on their input pay
// for that raise, as often as not.
intType.callWithOne = (x) => {
  if (typeof x !== 'string') return intFromObject(x);
  const value = readIntText(x, 10);
  return value !== undefined ? value : raised(newException(ValueError, invalidIntLiteral(10, quotedRepr(x))));
};

const INT_SIGNATURE = { name: 'int', names: ['x', 'base'], required: 0, positionalOnly: 1 };

intType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  const cls = newTargetOf(intType, args);
  const [x, base] = bindClinicArguments(INT_SIGNATURE, args.slice(1), kwnames);
  const value = base !== undefined ? intFromTextInBase(x, base) : x === undefined ? 0 : intFromObject(x);
  return cls === intType ? value : newIntSubclassInstance(cls, value);
}, undefined, null));

function newIntSubclassInstance(cls: PyType, value: Int): PyIntSubclassInstance {
  return newInstance(cls, new PyIntSubclassInstance(cls, value));
}

// ---------------------------------------------------------------- arithmetic

/** The int an int method's self holds. */
function valueOf(self: Py): Int {
  return intValue(self)!;
}

const INT_OPERATORS = [
  NbOp.ADD, NbOp.SUBTRACT, NbOp.MULTIPLY, NbOp.TRUE_DIVIDE, NbOp.FLOOR_DIVIDE, NbOp.REMAINDER,
  NbOp.LSHIFT, NbOp.RSHIFT, NbOp.AND, NbOp.OR, NbOp.XOR,
];

const arithmetic: Record<string, NativeMethod> = {};
for (const op of INT_OPERATORS) {
  const name = BINARY_DUNDERS[op];
  const reflectedName = REFLECTED_DUNDERS[op];
  arithmetic[name] = (self, args, kwnames) => {
    checkWrapperArgs(name, args, kwnames, 1);
    const other = intValue(args[0]);
    return other === undefined ? NotImplemented : intBinary(op, valueOf(self), other);
  };
  arithmetic[reflectedName] = (self, args, kwnames) => {
    checkWrapperArgs(reflectedName, args, kwnames, 1);
    const other = intValue(args[0]);
    return other === undefined ? NotImplemented : intBinary(op, other, valueOf(self));
  };
}
defineMethods(intType, arithmetic);

function intDivmod(a: Int, b: Int): Py {
  return newTuple([intFloorDivide(a, b), intModulo(a, b)]);
}

defineMethods(intType, {
  __divmod__(self, args, kwnames) {
    checkWrapperArgs('__divmod__', args, kwnames, 1);
    const other = intValue(args[0]);
    return other === undefined ? NotImplemented : intDivmod(valueOf(self), other);
  },
  __rdivmod__(self, args, kwnames) {
    checkWrapperArgs('__rdivmod__', args, kwnames, 1);
    const other = intValue(args[0]);
    return other === undefined ? NotImplemented : intDivmod(other, valueOf(self));
  },
  __pow__(self, args, kwnames) {
    checkWrapperArgs('__pow__', args, kwnames, 'ternary');
    return intPowerSlot(self, args[0], args[1] ?? null);
  },
  __rpow__(self, args, kwnames) {
    checkWrapperArgs('__rpow__', args, kwnames, 'ternary');
    return intPowerSlot(args[0], self, args[1] ?? null);
  },
  __neg__(self, args, kwnames) {
    checkWrapperArgs('__neg__', args, kwnames, 0);
    return intNegate(valueOf(self));
  },
  __pos__(self, args, kwnames) {
    checkWrapperArgs('__pos__', args, kwnames, 0);
    return valueOf(self);
  },
  __abs__(self, args, kwnames) {
    checkWrapperArgs('__abs__', args, kwnames, 0);
    const value = valueOf(self);
    return value < 0 ? intNegate(value) : value;
  },
  __invert__(self, args, kwnames) {
    checkWrapperArgs('__invert__', args, kwnames, 0);
    return intInvert(valueOf(self));
  },
  __bool__(self, args, kwnames) {
    checkWrapperArgs('__bool__', args, kwnames, 0);
    const value = valueOf(self);
    return typeof value === 'number' ? value !== 0 : value !== 0n;
  },
});

// ---------------------------------------------------------------- comparisons

const comparisons: Record<string, NativeMethod> = {};
COMPARE_DUNDERS.forEach((name, op: CompareOp) => {
  comparisons[name] = (self, args, kwnames) => {
    checkWrapperArgs(name, args, kwnames, 1);
    const other = intValue(args[0]);
    return other === undefined ? NotImplemented : signSatisfies(intCompare(valueOf(self), other), op);
  };
});
defineMethods(intType, comparisons);

// ---------------------------------------------------------------- conversions and the rest

/** A method that takes no arguments and gives the exact int: __trunc__, __floor__, conjugate, ... */
function exactIntMethod(name: string): NativeMethod {
  return (self, args, kwnames) => {
    checkArgCount(`int.${name}`, args, kwnames, 0);
    return valueOf(self);
  };
}

/** A slot wrapper that takes no arguments and gives the exact int: __int__, __index__. */
function exactIntSlot(name: string): NativeMethod {
  return (self, args, kwnames) => {
    checkWrapperArgs(name, args, kwnames, 0);
    return valueOf(self);
  };
}

/** CPython stores an int in 30-bit digits after a 24-byte header, at least one digit. */
const INT_HEADER_BYTES = 24;
const DIGIT_BITS = 30;
const DIGIT_BYTES = 4;

defineMethods(intType, {
  __int__: exactIntSlot('__int__'),
  __index__: exactIntSlot('__index__'),
  __trunc__: exactIntMethod('__trunc__'),
  __floor__: exactIntMethod('__floor__'),
  __ceil__: exactIntMethod('__ceil__'),
  conjugate: exactIntMethod('conjugate'),
  __float__(self, args, kwnames) {
    checkWrapperArgs('__float__', args, kwnames, 0);
    return new PyFloat(intToFloat(valueOf(self)));
  },
  __round__(self, args, kwnames) {
    checkArgCount('__round__', args, kwnames, 0, 1);
    const value = valueOf(self);
    return args.length === 0 ? value : intRound(value, pyIndex(args[0]));
  },
  __hash__(self, args, kwnames) {
    checkWrapperArgs('__hash__', args, kwnames, 0);
    return hashInt(valueOf(self));
  },
  __repr__(self, args, kwnames) {
    checkWrapperArgs('__repr__', args, kwnames, 0);
    return intRepr(valueOf(self));
  },
  __format__(self, args, kwnames) {
    checkArgCount('int.__format__', args, kwnames, 1);
    const spec = strValue(args[0]);
    if (spec === undefined) throw typeError(`__format__() argument must be str, not ${typeOf(args[0]).name}`);
    // An empty spec means str(self), which a subclass may have overridden.
    if (spec === '' && typeof self === 'object') return pyStr(self);
    return formatInt(typeof self === 'boolean' ? self : valueOf(self), spec, typeOf(self).name);
  },
  __getnewargs__(self, args, kwnames) {
    checkArgCount('int.__getnewargs__', args, kwnames, 0);
    return newTuple([valueOf(self)]);
  },
  __sizeof__(self, args, kwnames) {
    checkArgCount('int.__sizeof__', args, kwnames, 0);
    const digits = Math.max(1, Math.ceil(intBitLength(valueOf(self)) / DIGIT_BITS));
    return INT_HEADER_BYTES + DIGIT_BYTES * digits;
  },
  bit_length(self, args, kwnames) {
    checkArgCount('int.bit_length', args, kwnames, 0);
    return intBitLength(valueOf(self));
  },
  bit_count(self, args, kwnames) {
    checkArgCount('int.bit_count', args, kwnames, 0);
    return intBitCount(valueOf(self));
  },
  as_integer_ratio(self, args, kwnames) {
    checkArgCount('int.as_integer_ratio', args, kwnames, 0);
    return newTuple([valueOf(self), 1]);
  },
  to_bytes(self, args, kwnames) {
    const [length, byteorder, signed] = bindClinicArguments(TO_BYTES_SIGNATURE, args, kwnames);
    const size = length === undefined ? 1 : pyIndex(length);
    return new PyBytes(intToBytes(valueOf(self), size, byteOrderOf(byteorder, 'to_bytes'), signed !== undefined && isTrue(signed)));
  },
});

const TO_BYTES_SIGNATURE = { name: 'to_bytes', names: ['length', 'byteorder', 'signed'], required: 0, positionalOnly: 0, keywordOnlyFrom: 2 };
const FROM_BYTES_SIGNATURE = { name: 'from_bytes', names: ['bytes', 'byteorder', 'signed'], required: 1, positionalOnly: 0, keywordOnlyFrom: 2 };

function byteOrderOf(byteorder: Py | undefined, method: string): string {
  if (byteorder === undefined) return 'big';
  const text = strValue(byteorder);
  if (text === undefined) throw typeError(`${method}() argument 'byteorder' must be str, not ${typeOf(byteorder).name}`);
  return text;
}

/** bytes(value) as int.from_bytes takes it (PyObject_Bytes): its __bytes__, its buffer, or an iterable of ints in range(256). */
function bytesFromObject(value: Py): Uint8Array {
  const bytesMethod = typeOf(value).lookup('__bytes__');
  if (bytesMethod !== undefined) {
    const result = callUnbound(bytesMethod, value, []);
    if (!(result instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(result).name})`);
    return result.bytes;
  }
  const bytes = bufferOf(value);
  if (bytes !== undefined) return bytes;
  if (strValue(value) !== undefined || typeOf(value).lookup('__iter__') === undefined) {
    throw typeError(`cannot convert '${typeOf(value).name}' object to bytes`);
  }
  return Uint8Array.from(iterableToArray(value), (item) => {
    const byte = pyIndex(item);
    if (byte < 0 || byte > 255) throw newException(ValueError, 'bytes must be in range(0, 256)');
    return Number(byte);
  });
}

defineClassMethods(intType, {
  from_bytes(cls: PyType, args, kwnames) {
    const [bytes, byteorder, signed] = bindClinicArguments(FROM_BYTES_SIGNATURE, args, kwnames);
    const value = intFromBytes(bytesFromObject(bytes!), byteOrderOf(byteorder, 'from_bytes'), signed !== undefined && isTrue(signed));
    return cls === intType ? value : call(cls, [value]);
  },
});

defineGetSets(intType, {
  real: { get: valueOf },
  imag: { get: () => 0 },
  numerator: { get: valueOf },
  denominator: { get: () => 1 },
});

intType.attrs.set('__doc__', "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4");

// ---------------------------------------------------------------- bool

boolType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  newTargetOf(boolType, args);
  const values = args.slice(1);
  checkArgCount('bool', values, kwnames, 0, 1);
  return values.length === 1 && isTrue(values[0]);
}, undefined, null));

/** &, | and ^ of two bools give a bool; with any other int, an int. */
const logic: Record<string, NativeMethod> = {};
for (const op of [NbOp.AND, NbOp.OR, NbOp.XOR]) {
  for (const name of [BINARY_DUNDERS[op], REFLECTED_DUNDERS[op]]) {
    logic[name] = (self: boolean, args, kwnames) => {
      checkWrapperArgs(name, args, kwnames, 1);
      const other = args[0];
      if (typeof other === 'boolean') return op === NbOp.AND ? self && other : op === NbOp.OR ? self || other : self !== other;
      const value = intValue(other);
      return value === undefined ? NotImplemented : intBinary(op, self ? 1 : 0, value);
    };
  }
}
defineMethods(boolType, {
  ...logic,
  __repr__(self: boolean, args, kwnames) {
    checkWrapperArgs('__repr__', args, kwnames, 0);
    return self ? 'True' : 'False';
  },
});

boolType.attrs.set('__doc__', 'bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.');

