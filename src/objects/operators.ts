// The arithmetic operators: BINARY_OP's 13 operators and their in-place forms, and the
// unary ones. Numbers (int, bool, float, complex) are computed here directly; other
// operands go through their special methods with CPython's order: the right operand's
// reflected method first when its type is a subclass that overrides it, then the left
// operand's method, then the right's reflected one, NotImplemented meaning "try the next".
import { ConstTuple } from '../bytecode/constants';
import { PyComplex as ConstComplex, PyFloat as ConstFloat } from '../ast/constant';
import { binaryOperation, type BinaryOperator } from '../compiler/constantFolding';
import { PyObject, type Py } from './object';
import { floatType, intType, typeOf } from './typeOf';
import type { PyType } from './type';
import { newException, OverflowError, type PyBaseException, typeError, ValueError, ZeroDivisionError } from './exceptions';
import { callUnbound } from './protocols';
import { PyMethodDescriptor } from './native';
import { NotImplemented } from './singletons';
import { PyFloat } from './float';
import { complexType, PyComplex } from './complex';
import {
  type Int, intAdd, intAnd, intFloorDivide, intLeftShift, intModulo, intMultiply, intOr, intPower, intRightShift,
  intSubtract, intToFloat, intTrueDivide, intValue, intXor, intNegate, intInvert,
  divisionByZero, integerDivisionByZero, integerModuloByZero,
} from './int';
import { floatFloorDivide, floatModulo, floatTrueDivide } from './floatMethods';
import { intPowMod } from './intMethods';
import { PyError } from './pyError';
import { pyErrorToException } from './pyErrorConversion';
import { PyStrSubclassInstance } from './str';
import { formatStrPercent } from './strPercent';
import { RAISED, raised } from './raised';

export const enum NbOp {
  ADD, AND, FLOOR_DIVIDE, LSHIFT, MATRIX_MULTIPLY, MULTIPLY, REMAINDER, OR, POWER, RSHIFT, SUBTRACT, TRUE_DIVIDE, XOR,
  INPLACE_ADD,
}

const NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];
export const BINARY_DUNDERS = NAMES.map((n) => `__${n}__`);
export const REFLECTED_DUNDERS = NAMES.map((n) => `__r${n}__`);
export const INPLACE_DUNDERS = NAMES.map((n) => `__i${n}__`);
const SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];
const FOLDING_NAMES: BinaryOperator[] = ['Add', 'BitAnd', 'FloorDiv', 'LShift', 'MatMult', 'Mult', 'Mod', 'BitOr', 'Pow', 'RShift', 'Sub', 'Div', 'BitXor'];

/** The operation of BINARY_OP's oparg, its in-place forms (13-25) as their plain ones (0-12). */
export function operationOf(oparg: number): NbOp {
  return oparg >= NbOp.INPLACE_ADD ? oparg - NbOp.INPLACE_ADD : oparg;
}

/**
 * BINARY_OP as the eval loop and compiled code run it: binaryOp, but RAISED (raised.ts)
 * for an int divided by int zero, a raise programs catch as control flow
 * (`try: share = total // count except ZeroDivisionError: ...`) that a JS throw made
 * cost a microsecond.
 */
export function binaryOpInstruction(a: Py, b: Py, oparg: number): Py | typeof RAISED {
  if (b === 0 && typeof a === 'number') {
    const op = operationOf(oparg);
    if (op === NbOp.FLOOR_DIVIDE) return raised(integerDivisionByZero());
    if (op === NbOp.REMAINDER) return raised(integerModuloByZero());
    if (op === NbOp.TRUE_DIVIDE) return raised(divisionByZero());
  }
  return binaryOp(a, b, oparg);
}

/** Whether BINARY_OP's oparg is //, % or / (or an in-place form): binaryOpInstruction may then return RAISED. */
export function isDivision(oparg: number): boolean {
  const op = operationOf(oparg);
  return op === NbOp.FLOOR_DIVIDE || op === NbOp.REMAINDER || op === NbOp.TRUE_DIVIDE;
}

/** a <op> b for BINARY_OP's oparg: 0–12 binary, 13–25 the in-place forms. */
export function binaryOp(a: Py, b: Py, oparg: number): Py {
  const op = operationOf(oparg);
  // (Only @ is NotImplemented for ints.)
  if (typeof a === 'number' && typeof b === 'number' && op !== NbOp.MATRIX_MULTIPLY) return intBinary(op, a, b);
  // Float code mixes exact floats with small ints: their doubles are computed here. (One
  // allocation site, kept small, so that V8 inlines the float's constructor into it.)
  const x = smallRealValue(a);
  if (x !== undefined) {
    const y = smallRealValue(b);
    if (y !== undefined) {
      const simple = simpleFloatResult(op, x, y);
      if (simple !== undefined) return new PyFloat(simple);
      const result = floatBinary(op, x, y);
      if (result !== NotImplemented) return result;
    }
  }
  // str's % formats first unless the right operand's type is a subclass of str (whose __rmod__ goes first).
  if (op === NbOp.REMAINDER && typeof a === 'string' && !(b instanceof PyStrSubclassInstance)) return formatStrPercent(a, b);
  // The built-in numbers have no in-place methods, and their subclasses are not exact.
  if (isExactNumber(a) && isExactNumber(b)) {
    const numeric = numberBinary(op, a, b);
    if (numeric !== NotImplemented) return numeric;
  }
  if (oparg >= NbOp.INPLACE_ADD) return inplaceOp(a, b, op);
  const result = binaryOpOrNotImplemented(a, b, oparg);
  if (result === NotImplemented) throw unsupportedOperands(a, b, SYMBOLS[oparg]);
  return result;
}

function inplaceOp(a: Py, b: Py, op: number): Py {
  const inplace = typeof a === 'object' && a !== null ? a.cls.lookup(INPLACE_DUNDERS[op]) : undefined;
  if (inplace !== undefined) {
    const result = callUnbound(inplace, a, [b]);
    if (result !== NotImplemented) return result;
  }
  const result = binaryOpOrNotImplemented(a, b, op);
  if (result === NotImplemented) throw unsupportedOperands(a, b, `${SYMBOLS[op]}=`);
  return result;
}

/** binary_op1: the special-method dance, NotImplemented when no operand can do it. */
export function binaryOpOrNotImplemented(a: Py, b: Py, op: number): Py {
  // Numbers of the exact built-in types skip the dance (subclasses may override the methods).
  if (isExactNumber(a) && isExactNumber(b)) {
    const numeric = numberBinary(op, a, b);
    if (numeric !== NotImplemented) return numeric;
  }
  return binarySpecial(a, b, BINARY_DUNDERS[op], REFLECTED_DUNDERS[op]);
}

/**
 * The double of an exact float, or of an int that is a JS number when the other operand
 * is an exact float (two JS-number ints are intBinary's); undefined for anything else.
 * Every safe integer is exactly a double, so the conversion is CPython's.
 */
function smallRealValue(value: Py): number | undefined {
  if (typeof value === 'number') return value;
  return value instanceof PyFloat && value.cls === floatType ? value.value : undefined;
}

/** x <op> y for + - * and / by a non-zero divisor; undefined for what floatBinary has to do (or raise). */
function simpleFloatResult(op: number, x: number, y: number): number | undefined {
  switch (op) {
    case NbOp.ADD: return x + y;
    case NbOp.SUBTRACT: return x - y;
    case NbOp.MULTIPLY: return x * y;
    case NbOp.TRUE_DIVIDE: return y === 0 ? undefined : x / y;
    default: return undefined;
  }
}

/** An int, bool, float or complex, not of a subclass. */
function isExactNumber(value: Py): boolean {
  switch (typeof value) {
    case 'number':
    case 'bigint':
    case 'boolean':
      return true;
    case 'object':
      return value !== null && (value.cls === floatType || value.cls === complexType);
  }
  return false;
}

/** a.__op__(b), then b.__rop__(a) (first, when b's type is a subclass overriding it); NotImplemented when neither does it. */
export function binarySpecial(a: Py, b: Py, dunder: string, reflectedDunder: string): Py {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const method = ta.lookup(dunder);
  let reflected = ta === tb ? undefined : tb.lookup(reflectedDunder);
  if (reflected !== undefined && tb.isSubtypeOf(ta) && reflected !== ta.lookup(reflectedDunder)) {
    const result = callOperatorMethod(reflected, b, a);
    if (result !== NotImplemented) return result;
    reflected = undefined;
  }
  if (method !== undefined) {
    const result = callOperatorMethod(method, a, b);
    if (result !== NotImplemented) return result;
  }
  if (reflected !== undefined) return callOperatorMethod(reflected, b, a);
  return NotImplemented;
}

/**
 * The repetition of the built-in sequences that opt in (CPython's sq_repeat), by their
 * __mul__ and __rmul__ descriptors: called directly, those insist on an index; as `*`,
 * the operation these give returns NotImplemented for a non-index, so that the other
 * operand is asked and the TypeError is the operator's.
 */
export const sequenceRepeats = new Map<PyMethodDescriptor, (sequence: Py, count: Py) => Py>();

function callOperatorMethod(method: Py, self: Py, other: Py): Py {
  if (!(method instanceof PyMethodDescriptor)) return callUnbound(method, self, [other]);
  const repeat = sequenceRepeats.get(method);
  return repeat !== undefined ? repeat(self, other) : method.callOn(self, [other], null);
}

/** Registered by the sequence types: the TypeError CPython's sq_concat gives for `seq + other`. */
export const concatErrors = new Map<string, (other: Py) => string>();

/** The concatenation error of a value's sequence type: its own, or its nearest built-in base's (a list subclass's is list's). */
function concatErrorOf(value: Py): ((other: Py) => string) | undefined {
  for (const type of typeOf(value).mro) {
    if (!type.isHeapType && concatErrors.has(type.name)) return concatErrors.get(type.name);
  }
  return undefined;
}

function unsupportedOperands(a: Py, b: Py, symbol: string): PyBaseException {
  const ta = typeOf(a).name;
  const tb = typeOf(b).name;
  const concat = symbol.startsWith('+') ? concatErrorOf(a) : undefined;
  if (concat !== undefined) return typeError(concat(b));
  if (symbol.startsWith('*') && !symbol.startsWith('**')) {
    if (concatErrorOf(a) !== undefined) return typeError(`can't multiply sequence by non-int of type '${tb}'`);
    if (concatErrorOf(b) !== undefined) return typeError(`can't multiply sequence by non-int of type '${ta}'`);
  }
  if (symbol === '**' ) return typeError(`unsupported operand type(s) for ** or pow(): '${ta}' and '${tb}'`);
  return typeError(`unsupported operand type(s) for ${symbol}: '${ta}' and '${tb}'`);
}

// ---------------------------------------------------------------- numbers

/** The operation on two ints (bools and int-subclass instances read as their values). */
export function intBinary(op: number, a: Int, b: Int): Py {
  switch (op) {
    case NbOp.ADD: return intAdd(a, b);
    case NbOp.SUBTRACT: return intSubtract(a, b);
    case NbOp.MULTIPLY: return intMultiply(a, b);
    case NbOp.FLOOR_DIVIDE: return intFloorDivide(a, b);
    case NbOp.REMAINDER: return intModulo(a, b);
    case NbOp.TRUE_DIVIDE: return new PyFloat(intTrueDivide(a, b));
    case NbOp.POWER: {
      const result = intPower(a, b);
      return result === 'float' ? floatBinary(op, intToFloat(a), intToFloat(b)) : result;
    }
    case NbOp.LSHIFT: return intLeftShift(a, b);
    case NbOp.RSHIFT: return intRightShift(a, b);
    case NbOp.AND: return intAnd(a, b);
    case NbOp.OR: return intOr(a, b);
    case NbOp.XOR: return intXor(a, b);
    default: return NotImplemented;
  }
}

/** The operation on two numbers of the built-in numeric types; NotImplemented when either is not one. */
export function numberBinary(op: number, a: Py, b: Py): Py {
  const ia = intValue(a);
  const ib = intValue(b);
  if (ia !== undefined && ib !== undefined) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === NbOp.AND || op === NbOp.OR || op === NbOp.XOR)) {
      return op === NbOp.AND ? a && b : op === NbOp.OR ? a || b : a !== b;
    }
    return intBinary(op, ia, ib);
  }
  const isFloatA = a instanceof PyFloat;
  const isFloatB = b instanceof PyFloat;
  if ((isFloatA || ia !== undefined) && (isFloatB || ib !== undefined)) {
    if (op === NbOp.AND || op === NbOp.OR || op === NbOp.XOR || op === NbOp.LSHIFT || op === NbOp.RSHIFT || op === NbOp.MATRIX_MULTIPLY) return NotImplemented;
    const x = isFloatA ? (a as PyFloat).value : intToFloat(ia!);
    const y = isFloatB ? (b as PyFloat).value : intToFloat(ib!);
    return floatBinary(op, x, y);
  }
  if ((a instanceof PyComplex || isFloatA || ia !== undefined) && (b instanceof PyComplex || isFloatB || ib !== undefined)) {
    if (op === NbOp.AND || op === NbOp.OR || op === NbOp.XOR || op === NbOp.LSHIFT || op === NbOp.RSHIFT || op === NbOp.MATRIX_MULTIPLY) return NotImplemented;
    if (op === NbOp.FLOOR_DIVIDE || op === NbOp.REMAINDER) throw typeError(`unsupported operand type(s) for ${SYMBOLS[op]}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
    return complexBinary(op, toComplexConstant(a), toComplexConstant(b));
  }
  return NotImplemented;
}

export function floatBinary(op: number, x: number, y: number): Py {
  try {
    switch (op) {
      case NbOp.ADD: return new PyFloat(x + y);
      case NbOp.SUBTRACT: return new PyFloat(x - y);
      case NbOp.MULTIPLY: return new PyFloat(x * y);
      case NbOp.TRUE_DIVIDE: return new PyFloat(floatTrueDivide(x, y));
      case NbOp.FLOOR_DIVIDE: return new PyFloat(floatFloorDivide(x, y));
      case NbOp.REMAINDER: return new PyFloat(floatModulo(x, y));
      case NbOp.POWER: {
        const exact = exactlyRoundedPower(x, y);
        if (exact !== undefined) return new PyFloat(exact);
        const result = binaryOperation('Pow', new ConstFloat(x), new ConstFloat(y));
        if (result === undefined) {
          if (x === 0 && y < 0) throw newException(ZeroDivisionError, '0.0 cannot be raised to a negative power');
          throw newException(OverflowError, "(34, 'Numerical result out of range')");
        }
        return fromConstant(result);
      }
      default: return NotImplemented;
    }
  } catch (error) {
    if (error instanceof PyError) throw pyErrorToException(error);
    throw error;
  }
}

/**
 * x ** y where one IEEE operation gives the correctly rounded power, as C's pow does:
 * squares, square roots, reciprocals. Undefined otherwise, for the general (slow,
 * correctly rounded) computation.
 */
function exactlyRoundedPower(x: number, y: number): number | undefined {
  if (!Number.isFinite(x) || x === 0) return undefined;
  let result: number;
  if (y === 2) result = x * x;
  else if (y === 1) result = x;
  else if (y === -1) result = 1 / x;
  else if (y === 0.5 && x > 0) result = Math.sqrt(x);
  else return undefined;
  // An overflow is the general path's to report.
  return Number.isFinite(result) ? result : undefined;
}

function toComplexConstant(value: Py): ConstComplex {
  if (value instanceof PyComplex) return new ConstComplex(value.real, value.imag);
  if (value instanceof PyFloat) return new ConstComplex(value.value, 0);
  return new ConstComplex(intToFloat(intValue(value)!), 0);
}

function complexBinary(op: number, a: ConstComplex, b: ConstComplex): Py {
  const result = binaryOperation(FOLDING_NAMES[op], a, b);
  if (result === undefined) {
    if (op === NbOp.TRUE_DIVIDE) throw newException(ZeroDivisionError, 'complex division by zero');
    if (op === NbOp.POWER && b.real === 0 && b.imag === 0) return new PyComplex(1, 0);
    if (op === NbOp.POWER && a.real === 0 && a.imag === 0) throw newException(ZeroDivisionError, '0.0 to a negative or complex power');
    throw newException(OverflowError, 'complex exponentiation');
  }
  return fromConstant(result);
}

function fromConstant(value: ReturnType<typeof binaryOperation>): Py {
  if (value instanceof ConstFloat) return new PyFloat(value.value);
  if (value instanceof ConstComplex) return new PyComplex(value.real, value.imag);
  if (value instanceof ConstTuple) throw new Error('unexpected tuple from numeric folding');
  return value as Py;
}

// ---------------------------------------------------------------- pow() with a modulus

/**
 * A type's power slot (CPython's nb_power): one function for __pow__ and __rpow__, called
 * with the operands in order whichever of them is of the type, and with the modulus,
 * None when there is none. NotImplemented when the operands are not its to handle.
 */
export type PowerSlot = (base: Py, exponent: Py, modulus: Py) => Py;

/** int's: a modulus needs three ints; a negative exponent with one takes an inverse. */
export const intPowerSlot: PowerSlot = (base, exponent, modulus) => {
  const a = intValue(base);
  const b = intValue(exponent);
  if (a === undefined || b === undefined) return NotImplemented;
  if (modulus === null) return intBinary(NbOp.POWER, a, b);
  const m = intValue(modulus);
  if (m === undefined) return NotImplemented;
  try {
    return intPowMod(a, b, m);
  } catch (error) {
    throw error instanceof PyError ? pyErrorToException(error) : error;
  }
};

export const floatPowerSlot: PowerSlot = (base, exponent, modulus) => {
  const x = realAsDouble(base);
  const y = realAsDouble(exponent);
  if (x === undefined || y === undefined) return NotImplemented;
  if (modulus !== null) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  return floatBinary(NbOp.POWER, x, y);
};

export const complexPowerSlot: PowerSlot = (base, exponent, modulus) => {
  if (!isComplexOperand(base) || !isComplexOperand(exponent)) return NotImplemented;
  const a = toComplexConstant(base);
  const b = toComplexConstant(exponent);
  if (modulus !== null) throw newException(ValueError, 'complex modulo');
  return complexBinary(NbOp.POWER, a, b);
};

/** A class statement's: three-argument power calls __pow__ only, and only on the base. */
const classPowerSlot: PowerSlot = (base, exponent, modulus) => {
  const method = typeOf(base).lookup('__pow__');
  if (powerSlotOf(typeOf(base)) !== classPowerSlot || method === undefined) return NotImplemented;
  return callUnbound(method, base, [exponent, modulus]);
};

const BUILTIN_POWER_SLOTS = new Map<PyType, PowerSlot>([[intType, intPowerSlot], [floatType, floatPowerSlot], [complexType, complexPowerSlot]]);

/** The slot a type has: from the nearest class along its MRO that defines __pow__ or __rpow__. */
function powerSlotOf(type: PyType): PowerSlot | undefined {
  for (const cls of type.mro) {
    if (cls.attrs.has('__pow__') || cls.attrs.has('__rpow__')) return cls.isHeapType ? classPowerSlot : BUILTIN_POWER_SLOTS.get(cls);
  }
  return undefined;
}

/** pow(base, exponent, modulus) for a modulus that is not None (ternary_op): the base's, exponent's and modulus's slots in turn. */
export function ternaryPower(base: Py, exponent: Py, modulus: Py): Py {
  const baseType = typeOf(base);
  const exponentType = typeOf(exponent);
  const baseSlot = powerSlotOf(baseType);
  let exponentSlot = exponentType === baseType ? undefined : powerSlotOf(exponentType);
  if (exponentSlot === baseSlot) exponentSlot = undefined;
  if (baseSlot !== undefined) {
    if (exponentSlot !== undefined && exponentType.isSubtypeOf(baseType)) {
      const result = exponentSlot(base, exponent, modulus);
      if (result !== NotImplemented) return result;
      exponentSlot = undefined;
    }
    const result = baseSlot(base, exponent, modulus);
    if (result !== NotImplemented) return result;
  }
  if (exponentSlot !== undefined) {
    const result = exponentSlot(base, exponent, modulus);
    if (result !== NotImplemented) return result;
  }
  const modulusSlot = powerSlotOf(typeOf(modulus));
  if (modulusSlot !== undefined && modulusSlot !== baseSlot && modulusSlot !== exponentSlot) {
    const result = modulusSlot(base, exponent, modulus);
    if (result !== NotImplemented) return result;
  }
  throw typeError(`unsupported operand type(s) for ** or pow(): '${baseType.name}', '${exponentType.name}', '${typeOf(modulus).name}'`);
}

/** A float operand's double: a float's, or an int's converted (OverflowError when too large); undefined for anything else. */
export function realAsDouble(value: Py): number | undefined {
  if (value instanceof PyFloat) return value.value;
  const i = intValue(value);
  return i === undefined ? undefined : intToFloat(i);
}

function isComplexOperand(value: Py): boolean {
  return value instanceof PyComplex || value instanceof PyFloat || intValue(value) !== undefined;
}

// ---------------------------------------------------------------- unary operators

// The exact built-in numbers are negated here; instances of subclasses go through their
// type's special method, which they may override.

export function unaryNegative(value: Py): Py {
  switch (typeof value) {
    case 'number':
      return value === 0 ? 0 : -value;
    case 'bigint':
      return intNegate(value);
    case 'boolean':
      return value ? -1 : 0;
  }
  if (value instanceof PyFloat && value.cls === floatType) return new PyFloat(-value.value);
  if (value instanceof PyComplex && value.cls === complexType) return new PyComplex(-value.real, -value.imag);
  return unarySpecial(value, '__neg__', '-');
}

export function unaryPositive(value: Py): Py {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return value;
    case 'boolean':
      return value ? 1 : 0;
  }
  if (value instanceof PyObject && (value.cls === floatType || value.cls === complexType)) return value;
  return unarySpecial(value, '__pos__', '+');
}

export function unaryInvert(value: Py): Py {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return intInvert(value);
    case 'boolean':
      return value ? -2 : -1;
  }
  return unarySpecial(value, '__invert__', '~');
}

function unarySpecial(value: Py, dunder: string, symbol: string): Py {
  const method = typeOf(value).lookup(dunder);
  if (method === undefined) throw typeError(`bad operand type for unary ${symbol}: '${typeOf(value).name}'`);
  return callUnbound(method, value, []);
}
