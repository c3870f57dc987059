// The methods of float: constructor, arithmetic special methods, comparisons, repr, format, hex.
//
// A method's self is a PyFloat (of float or a subclass). The other operand may be a
// float or any int (bool and int-subclass instances included), converted to float for
// arithmetic (OverflowError when too large) but compared exactly.
import type { Py } from './object';
import { floatType, typeOf } from './typeOf';
import type { PyType } from './type';
import {
  checkArgCount, checkWrapperArgs, defineClassMethods, defineGetSets, defineMethods, newTargetOf, type NativeMethod,
  noKeywords, PyBuiltinFunction,
} from './native';
import { PyFloat } from './float';
import { intToFloat, intValue } from './int';
import { BINARY_DUNDERS, floatBinary, floatPowerSlot, NbOp, realAsDouble, REFLECTED_DUNDERS } from './operators';
import { call, callUnbound, COMPARE_DUNDERS, type CompareOp, pyIndex, pyStr } from './protocols';
import { compareDoubles, compareFloatToInt, signSatisfies } from './numberCompare';
import { NotImplemented } from './singletons';
import { DeprecationWarning, newException, typeError, ValueError } from './exceptions';
import { warnFromBuiltin } from './builtinWarning';
import { newTuple } from './tuple';
import { bufferOf } from './bytes';
import { bytesRepr } from './bytesRepr';
import { hashFloat } from './hash';
import { floatRepr } from './floatRepr';
import { formatFloat } from './formatNumber';
import {
  floatAsIntegerRatio, floatDivmod, floatHex, floatIsInteger, floatRound, floatRoundToInt, floatToInt,
} from './floatMethods';
import { bytesAsNumberText, floatFromHex, floatFromText, invalidFloatLiteral, readFloatText } from './numberParsing';
import { raised } from './raised';
import { strRepr } from './strRepr';
import { strValue } from './str';
import { newInstance, objectInit } from './objectMethods';

// ---------------------------------------------------------------- float(x)

/** float(x) (PyNumber_Float): x's __float__, else its __index__; a str or bytes is read as a number. */
export function floatFromObject(x: Py): number {
  switch (typeof x) {
    case 'number':
      return x;
    case 'bigint':
      return intToFloat(x);
    case 'boolean':
      return x ? 1 : 0;
    case 'string':
      return floatFromText(x);
  }
  const type = typeOf(x);
  if (type === floatType) return (x as PyFloat).value;
  const floatMethod = type.lookup('__float__');
  if (floatMethod !== undefined) {
    const result = callUnbound(floatMethod, x, []);
    if (!(result instanceof PyFloat)) throw typeError(`${type.name}.__float__ returned non-float (type ${typeOf(result).name})`);
    if (result.cls !== floatType) {
      warnFromBuiltin(
        DeprecationWarning,
        `${type.name}.__float__ returned non-float (type ${result.cls.name}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`,
      );
    }
    return result.value;
  }
  if (type.lookup('__index__') !== undefined) return intToFloat(pyIndex(x));
  const text = strValue(x);
  if (text !== undefined) return floatFromText(text);
  const bytes = bufferOf(x);
  if (bytes !== undefined) return floatFromText(bytesAsNumberText(bytes), bytesRepr(bytes));
  throw typeError(`float() argument must be a string or a real number, not '${type.name}'`);
}

// float(x) from CALL without an arguments array; a text that is no float raised without
// a JS throw (raised.ts), as int(text) is: `try: float(field) except ValueError:`.
floatType.callWithOne = (x) => {
  if (typeof x !== 'string') return typeOf(x) === floatType ? x : newFloatOf(floatType, floatFromObject(x));
  const value = readFloatText(x);
  return value !== undefined ? newFloatOf(floatType, value) : raised(newException(ValueError, invalidFloatLiteral(strRepr(x))));
};

floatType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  const cls = newTargetOf(floatType, args);
  // A subclass with its own __init__ may take keyword arguments: __new__ ignores them.
  if (cls === floatType || cls.lookup('__init__') === objectInit) noKeywords('float', kwnames);
  const values = args.slice(1, args.length - (kwnames?.length ?? 0));
  checkArgCount('float', values, null, 0, 1);
  if (values.length === 1 && typeOf(values[0]) === floatType && cls === floatType) return values[0];
  const value = values.length === 0 ? 0 : floatFromObject(values[0]);
  return newFloatOf(cls, value);
}, undefined, null));

/** A float of class `cls` (float itself or a subclass). */
function newFloatOf(cls: PyType, value: number): PyFloat {
  return cls === floatType ? new PyFloat(value) : newInstance(cls, new PyFloat(value, cls));
}

// ---------------------------------------------------------------- arithmetic

/** The double a float method's self holds. */
function valueOf(self: Py): number {
  return (self as PyFloat).value;
}

/** float(self): self itself when it is an exact float (floats are immutable). */
function exactFloat(self: PyFloat): PyFloat {
  return self.cls === floatType ? self : new PyFloat(self.value);
}

const FLOAT_OPERATORS = [NbOp.ADD, NbOp.SUBTRACT, NbOp.MULTIPLY, NbOp.TRUE_DIVIDE, NbOp.FLOOR_DIVIDE, NbOp.REMAINDER];

const arithmetic: Record<string, NativeMethod> = {};
for (const op of FLOAT_OPERATORS) {
  const name = BINARY_DUNDERS[op];
  const reflectedName = REFLECTED_DUNDERS[op];
  arithmetic[name] = (self, args, kwnames) => {
    checkWrapperArgs(name, args, kwnames, 1);
    const other = realAsDouble(args[0]);
    return other === undefined ? NotImplemented : floatBinary(op, valueOf(self), other);
  };
  arithmetic[reflectedName] = (self, args, kwnames) => {
    checkWrapperArgs(reflectedName, args, kwnames, 1);
    const other = realAsDouble(args[0]);
    return other === undefined ? NotImplemented : floatBinary(op, other, valueOf(self));
  };
}
defineMethods(floatType, arithmetic);

function divmodOf(x: number, y: number): Py {
  const [quotient, remainder] = floatDivmod(x, y);
  return newTuple([new PyFloat(quotient), new PyFloat(remainder)]);
}

defineMethods(floatType, {
  __divmod__(self, args, kwnames) {
    checkWrapperArgs('__divmod__', args, kwnames, 1);
    const other = realAsDouble(args[0]);
    return other === undefined ? NotImplemented : divmodOf(valueOf(self), other);
  },
  __rdivmod__(self, args, kwnames) {
    checkWrapperArgs('__rdivmod__', args, kwnames, 1);
    const other = realAsDouble(args[0]);
    return other === undefined ? NotImplemented : divmodOf(other, valueOf(self));
  },
  __pow__(self, args, kwnames) {
    checkWrapperArgs('__pow__', args, kwnames, 'ternary');
    return floatPowerSlot(self, args[0], args[1] ?? null);
  },
  __rpow__(self, args, kwnames) {
    checkWrapperArgs('__rpow__', args, kwnames, 'ternary');
    return floatPowerSlot(args[0], self, args[1] ?? null);
  },
  __neg__(self, args, kwnames) {
    checkWrapperArgs('__neg__', args, kwnames, 0);
    return new PyFloat(-valueOf(self));
  },
  __pos__(self, args, kwnames) {
    checkWrapperArgs('__pos__', args, kwnames, 0);
    return exactFloat(self);
  },
  __abs__(self, args, kwnames) {
    checkWrapperArgs('__abs__', args, kwnames, 0);
    return new PyFloat(Math.abs(valueOf(self)));
  },
  __bool__(self, args, kwnames) {
    checkWrapperArgs('__bool__', args, kwnames, 0);
    return valueOf(self) !== 0;
  },
});

// ---------------------------------------------------------------- comparisons

const comparisons: Record<string, NativeMethod> = {};
COMPARE_DUNDERS.forEach((name, op: CompareOp) => {
  comparisons[name] = (self, args, kwnames) => {
    checkWrapperArgs(name, args, kwnames, 1);
    const other = args[0];
    if (other instanceof PyFloat) return signSatisfies(compareDoubles(valueOf(self), other.value), op);
    const i = intValue(other);
    return i === undefined ? NotImplemented : signSatisfies(compareFloatToInt(valueOf(self), i), op);
  };
});
defineMethods(floatType, comparisons);

// ---------------------------------------------------------------- conversions and the rest

/** A method of no arguments on the double. */
function method(name: string, fn: (x: number, self: PyFloat) => Py): NativeMethod {
  return (self, args, kwnames) => {
    checkArgCount(`float.${name}`, args, kwnames, 0);
    return fn(valueOf(self), self);
  };
}

/** CPython's float object: a 16-byte header and the double. */
const FLOAT_SIZE = 24;

defineMethods(floatType, {
  __float__(self, args, kwnames) {
    checkWrapperArgs('__float__', args, kwnames, 0);
    return exactFloat(self);
  },
  __int__(self, args, kwnames) {
    checkWrapperArgs('__int__', args, kwnames, 0);
    return floatToInt(valueOf(self));
  },
  __trunc__: method('__trunc__', floatToInt),
  __floor__: method('__floor__', (x) => floatToInt(Math.floor(x))),
  __ceil__: method('__ceil__', (x) => floatToInt(Math.ceil(x))),
  __round__(self, args, kwnames) {
    checkArgCount('__round__', args, kwnames, 0, 1);
    const ndigits = args.length === 0 ? null : args[0];
    const x = valueOf(self);
    return ndigits === null ? floatRoundToInt(x) : new PyFloat(floatRound(x, pyIndex(ndigits)));
  },
  __hash__(self, args, kwnames) {
    checkWrapperArgs('__hash__', args, kwnames, 0);
    return hashFloat(valueOf(self), self);
  },
  __repr__(self, args, kwnames) {
    checkWrapperArgs('__repr__', args, kwnames, 0);
    return floatRepr(valueOf(self));
  },
  __format__(self: PyFloat, args, kwnames) {
    checkArgCount('float.__format__', args, kwnames, 1);
    const spec = strValue(args[0]);
    if (spec === undefined) throw typeError(`__format__() argument must be str, not ${typeOf(args[0]).name}`);
    // An empty spec means str(self), which a subclass may have overridden.
    if (spec === '' && self.cls !== floatType) return pyStr(self);
    return formatFloat(self.value, spec, self.cls.name);
  },
  __getnewargs__: method('__getnewargs__', (x) => newTuple([new PyFloat(x)])),
  __sizeof__: method('__sizeof__', () => FLOAT_SIZE),
  conjugate: method('conjugate', (_x, self) => exactFloat(self)),
  is_integer: method('is_integer', floatIsInteger),
  as_integer_ratio: method('as_integer_ratio', (x) => newTuple(floatAsIntegerRatio(x))),
  hex: method('hex', floatHex),
});

defineClassMethods(floatType, {
  fromhex(cls: PyType, args, kwnames) {
    checkArgCount('float.fromhex', args, kwnames, 1);
    const text = strValue(args[0]);
    if (text === undefined) throw typeError('bad argument type for built-in operation');
    const value = new PyFloat(floatFromHex(text));
    return cls === floatType ? value : call(cls, [value]);
  },
  __getformat__(_cls: PyType, args, kwnames) {
    checkArgCount('float.__getformat__', args, kwnames, 1);
    const kind = strValue(args[0]);
    if (kind === undefined) throw typeError(`__getformat__() argument must be str, not ${typeOf(args[0]).name}`);
    if (kind !== 'double' && kind !== 'float') throw newException(ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return 'IEEE, little-endian';
  },
});

defineGetSets(floatType, {
  real: { get: exactFloat },
  imag: { get: () => new PyFloat(0) },
});

floatType.attrs.set('__doc__', 'Convert a string or number to a floating point number, if possible.');
