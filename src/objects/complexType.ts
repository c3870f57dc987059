// The methods of complex.
//
// A method's self is a PyComplex (of complex or a subclass); the other operand may be a
// complex, a float or any int, converted to complex (OverflowError for too large an
// int). Complex numbers are equal or not, and have no order.
import type { Py } from './object';
import { typeOf } from './typeOf';
import {
  bindClinicArguments, checkArgCount, checkWrapperArgs, defineMethods, newTargetOf, type NativeMethod,
  PyBuiltinFunction,
} from './native';
import { defineReadonlyMembers } from './readonlyMembers';
import { complexType, PyComplex } from './complex';
import { PyFloat } from './float';
import { intValue } from './int';
import { BINARY_DUNDERS, complexPowerSlot, NbOp, numberBinary, REFLECTED_DUNDERS } from './operators';
import { callUnbound, COMPARE_DUNDERS, CompareOp, pyStr } from './protocols';
import { compareFloatToInt } from './numberCompare';
import { NotImplemented } from './singletons';
import { DeprecationWarning, newException, OverflowError, typeError } from './exceptions';
import { warnFromBuiltin } from './builtinWarning';
import { newTuple } from './tuple';
import { hashComplex } from './hash';
import { complexRepr } from './complexRepr';
import { formatComplex } from './formatNumber';
import { complexFromText } from './numberParsing';
import { hypot } from '../compiler/constantFolding';
import { strValue } from './str';
import { floatFromObject } from './floatType';
import { newInstance } from './objectMethods';

// ---------------------------------------------------------------- complex(real, imag)

interface Parts {
  real: number;
  imag: number;
}

/** x's __complex__ result, which must be a complex; undefined when x's type has none. */
function complexFromSpecial(x: Py): PyComplex | undefined {
  const method = typeOf(x).lookup('__complex__');
  if (method === undefined) return undefined;
  const result = callUnbound(method, x, []);
  if (!(result instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeOf(result).name})`);
  if (result.cls !== complexType) {
    warnFromBuiltin(
      DeprecationWarning,
      `__complex__ returned non-complex (type ${result.cls.name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`,
    );
  }
  return result;
}

/** Whether complex() takes x as a number: a complex, or anything with __float__ or __index__. */
function isNumber(x: Py): boolean {
  const type = typeOf(x);
  return x instanceof PyComplex || type.lookup('__float__') !== undefined || type.lookup('__index__') !== undefined;
}

/**
 * complex(real, imag): real + imag*1j, where either may itself be complex (so that
 * complex(1j, 1j) is -1+1j); a str alone is parsed.
 */
function complexFromArguments(real: Py, imag: Py | undefined): Parts {
  const text = strValue(real);
  if (text !== undefined) {
    if (imag !== undefined) throw typeError("complex() can't take second arg if first is a string");
    return complexFromText(text);
  }
  if (imag !== undefined && strValue(imag) !== undefined) throw typeError("complex() second arg can't be a string");
  const realValue = complexFromSpecial(real) ?? real;
  if (!isNumber(realValue)) throw typeError(`complex() first argument must be a string or a number, not '${typeOf(realValue).name}'`);
  if (imag !== undefined && !isNumber(imag)) throw typeError(`complex() second argument must be a number, not '${typeOf(imag).name}'`);
  // As CPython computes it, so that the signs of zeros come out the same.
  const realIsComplex = realValue instanceof PyComplex;
  const r = realIsComplex ? { real: realValue.real, imag: realValue.imag } : { real: floatFromObject(realValue), imag: 0 };
  if (imag === undefined) return r;
  let realPart = r.real;
  let imagPart: number;
  if (imag instanceof PyComplex) {
    realPart -= imag.imag;
    imagPart = imag.real;
  } else {
    imagPart = floatFromObject(imag);
  }
  if (realIsComplex) imagPart += r.imag;
  return { real: realPart, imag: imagPart };
}

const COMPLEX_SIGNATURE = { name: 'complex', names: ['real', 'imag'], required: 0, positionalOnly: 0 };

complexType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  const cls = newTargetOf(complexType, args);
  const [real, imag] = bindClinicArguments(COMPLEX_SIGNATURE, args.slice(1), kwnames);
  if (real instanceof PyComplex && real.cls === complexType && imag === undefined && cls === complexType) return real;
  const parts = complexFromArguments(real === undefined ? 0 : real, imag);
  return cls === complexType ? new PyComplex(parts.real, parts.imag) : newInstance(cls, new PyComplex(parts.real, parts.imag, cls));
}, undefined, null));

// ---------------------------------------------------------------- arithmetic

/** complex(self): self itself when it is an exact complex (complex numbers are immutable). */
function exactComplex(self: PyComplex): PyComplex {
  return self.cls === complexType ? self : new PyComplex(self.real, self.imag);
}

function isOperand(value: Py): boolean {
  return value instanceof PyComplex || value instanceof PyFloat || intValue(value) !== undefined;
}

const COMPLEX_OPERATORS = [NbOp.ADD, NbOp.SUBTRACT, NbOp.MULTIPLY, NbOp.TRUE_DIVIDE];

const arithmetic: Record<string, NativeMethod> = {};
for (const op of COMPLEX_OPERATORS) {
  const name = BINARY_DUNDERS[op];
  const reflectedName = REFLECTED_DUNDERS[op];
  arithmetic[name] = (self, args, kwnames) => {
    checkWrapperArgs(name, args, kwnames, 1);
    return isOperand(args[0]) ? numberBinary(op, self, args[0]) : NotImplemented;
  };
  arithmetic[reflectedName] = (self, args, kwnames) => {
    checkWrapperArgs(reflectedName, args, kwnames, 1);
    return isOperand(args[0]) ? numberBinary(op, args[0], self) : NotImplemented;
  };
}
defineMethods(complexType, arithmetic);

/** abs(z): its modulus; OverflowError when that is too large for a float though the parts are not. */
function modulus(z: PyComplex): number {
  const result = hypot(z.real, z.imag);
  if (result === Infinity && Number.isFinite(z.real) && Number.isFinite(z.imag)) throw newException(OverflowError, 'absolute value too large');
  return result;
}

defineMethods(complexType, {
  __pow__(self, args, kwnames) {
    checkWrapperArgs('__pow__', args, kwnames, 'ternary');
    return complexPowerSlot(self, args[0], args[1] ?? null);
  },
  __rpow__(self, args, kwnames) {
    checkWrapperArgs('__rpow__', args, kwnames, 'ternary');
    return complexPowerSlot(args[0], self, args[1] ?? null);
  },
  __neg__(self: PyComplex, args, kwnames) {
    checkWrapperArgs('__neg__', args, kwnames, 0);
    return new PyComplex(-self.real, -self.imag);
  },
  __pos__(self: PyComplex, args, kwnames) {
    checkWrapperArgs('__pos__', args, kwnames, 0);
    return exactComplex(self);
  },
  __abs__(self: PyComplex, args, kwnames) {
    checkWrapperArgs('__abs__', args, kwnames, 0);
    return new PyFloat(modulus(self));
  },
  __bool__(self: PyComplex, args, kwnames) {
    checkWrapperArgs('__bool__', args, kwnames, 0);
    return self.real !== 0 || self.imag !== 0;
  },
});

// ---------------------------------------------------------------- comparisons

/** self == other; undefined when other is not a number. A complex equals a real when its imaginary part is 0. */
function complexEquals(self: PyComplex, other: Py): boolean | undefined {
  if (other instanceof PyComplex) return self.real === other.real && self.imag === other.imag;
  if (other instanceof PyFloat) return self.imag === 0 && self.real === other.value;
  const i = intValue(other);
  if (i === undefined) return undefined;
  return self.imag === 0 && compareFloatToInt(self.real, i) === 0;
}

const comparisons: Record<string, NativeMethod> = {};
COMPARE_DUNDERS.forEach((name, op: CompareOp) => {
  comparisons[name] = (self, args, kwnames) => {
    checkWrapperArgs(name, args, kwnames, 1);
    if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
    const equal = complexEquals(self, args[0]);
    return equal === undefined ? NotImplemented : equal === (op === CompareOp.EQ);
  };
});
defineMethods(complexType, comparisons);

// ---------------------------------------------------------------- the rest

defineMethods(complexType, {
  __complex__(self: PyComplex, args, kwnames) {
    checkArgCount('complex.__complex__', args, kwnames, 0);
    return exactComplex(self);
  },
  __hash__(self: PyComplex, args, kwnames) {
    checkWrapperArgs('__hash__', args, kwnames, 0);
    return hashComplex(self.real, self.imag, self);
  },
  __repr__(self: PyComplex, args, kwnames) {
    checkWrapperArgs('__repr__', args, kwnames, 0);
    return complexRepr(self.real, self.imag);
  },
  __format__(self: PyComplex, args, kwnames) {
    checkArgCount('complex.__format__', args, kwnames, 1);
    const spec = strValue(args[0]);
    if (spec === undefined) throw typeError(`__format__() argument must be str, not ${typeOf(args[0]).name}`);
    // An empty spec means str(self), which a subclass may have overridden.
    if (spec === '' && self.cls !== complexType) return pyStr(self);
    return formatComplex(self.real, self.imag, spec, self.cls.name);
  },
  __getnewargs__(self: PyComplex, args, kwnames) {
    checkArgCount('complex.__getnewargs__', args, kwnames, 0);
    return newTuple([new PyFloat(self.real), new PyFloat(self.imag)]);
  },
  conjugate(self: PyComplex, args, kwnames) {
    checkArgCount('complex.conjugate', args, kwnames, 0);
    return new PyComplex(self.real, -self.imag);
  },
});

defineReadonlyMembers(complexType, {
  real: (self: PyComplex) => new PyFloat(self.real),
  imag: (self: PyComplex) => new PyFloat(self.imag),
});

complexType.attrs.set('__doc__', 'Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.');

