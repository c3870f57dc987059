// The arithmetic operators: BINARY_OP's 13 operators and their in-place forms, and the
// unary ones. Numbers (int, bool, float, complex) are computed here directly; other
// operands go through their special methods with CPython's order: the right operand's
// reflected method first when its type is a subclass that overrides it, then the left
// operand's method, then the right's reflected one, NotImplemented meaning "try the next".
import { ConstTuple } from '../bytecode/constants';
import { PyComplex as ConstComplex, PyFloat as ConstFloat } from '../ast/constant';
import { binaryOperation, type BinaryOperator } from '../compiler/constantFolding';
import type { Py } from './object';
import { typeOf } from './typeOf';
import { newException, OverflowError, type PyBaseException, typeError, ZeroDivisionError } from './exceptions';
import { callUnbound } from './protocols';
import { PyMethodDescriptor } from './native';
import { NotImplemented } from './singletons';
import { PyFloat } from './float';
import { PyComplex } from './complex';
import {
  type Int, intAdd, intAnd, intFloorDivide, intLeftShift, intModulo, intMultiply, intOr, intPower, intRightShift,
  intSubtract, intToFloat, intTrueDivide, intValue, intXor, intNegate, intInvert,
} from './int';
import { floatFloorDivide, floatModulo, floatTrueDivide } from './floatMethods';
import { PyError } from './pyError';
import { pyErrorToException } from './pyErrorConversion';

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

/** a <op> b for BINARY_OP's oparg: 0–12 binary, 13–25 the in-place forms. */
export function binaryOp(a: Py, b: Py, oparg: number): Py {
  if (typeof a === 'number' && typeof b === 'number') {
    const op = oparg >= NbOp.INPLACE_ADD ? oparg - NbOp.INPLACE_ADD : oparg;
    return intBinary(op, a, b);
  }
  if (oparg >= NbOp.INPLACE_ADD) return inplaceOp(a, b, oparg - NbOp.INPLACE_ADD);
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
  const numeric = numberBinary(op, a, b);
  if (numeric !== NotImplemented) return numeric;
  const ta = typeOf(a);
  const tb = typeOf(b);
  const method = ta.lookup(BINARY_DUNDERS[op]);
  let reflected = ta === tb ? undefined : tb.lookup(REFLECTED_DUNDERS[op]);
  if (reflected !== undefined && tb.isSubtypeOf(ta) && reflected !== ta.lookup(REFLECTED_DUNDERS[op])) {
    const result = callUnbound(reflected, b, [a]);
    if (result !== NotImplemented) return result;
    reflected = undefined;
  }
  if (method !== undefined) {
    const result = method instanceof PyMethodDescriptor ? method.fn(a, [b], null) : callUnbound(method, a, [b]);
    if (result !== NotImplemented) return result;
  }
  if (reflected !== undefined) return callUnbound(reflected, b, [a]);
  return NotImplemented;
}

/** Registered by the sequence types: the TypeError CPython's sq_concat gives for `seq + other`. */
export const concatErrors = new Map<string, (other: Py) => string>();

function unsupportedOperands(a: Py, b: Py, symbol: string): PyBaseException {
  const ta = typeOf(a).name;
  const tb = typeOf(b).name;
  const concat = symbol.startsWith('+') ? concatErrors.get(ta) : undefined;
  if (concat !== undefined) return typeError(concat(b));
  if (symbol.startsWith('*') && !symbol.startsWith('**')) {
    if (concatErrors.has(ta)) return typeError(`can't multiply sequence by non-int of type '${tb}'`);
    if (concatErrors.has(tb)) return typeError(`can't multiply sequence by non-int of type '${ta}'`);
  }
  if (symbol === '**' ) return typeError(`unsupported operand type(s) for ** or pow(): '${ta}' and '${tb}'`);
  return typeError(`unsupported operand type(s) for ${symbol}: '${ta}' and '${tb}'`);
}

// ---------------------------------------------------------------- numbers

function intBinary(op: number, a: Int, b: Int): Py {
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

// ---------------------------------------------------------------- unary operators

export function unaryNegative(value: Py): Py {
  if (typeof value === 'number') return value === 0 ? 0 : -value;
  const i = intValue(value);
  if (i !== undefined) return intNegate(i);
  if (value instanceof PyFloat) return new PyFloat(-value.value);
  if (value instanceof PyComplex) return new PyComplex(-value.real, -value.imag);
  return unarySpecial(value, '__neg__', '-');
}

export function unaryPositive(value: Py): Py {
  const i = intValue(value);
  if (i !== undefined) return i;
  if (value instanceof PyFloat) return value.cls === PyFloat.prototype.cls ? value : new PyFloat(value.value);
  if (value instanceof PyComplex) return new PyComplex(value.real, value.imag);
  return unarySpecial(value, '__pos__', '+');
}

export function unaryInvert(value: Py): Py {
  const i = intValue(value);
  if (i !== undefined) return intInvert(i);
  return unarySpecial(value, '__invert__', '~');
}

function unarySpecial(value: Py, dunder: string, symbol: string): Py {
  const method = typeOf(value).lookup(dunder);
  if (method === undefined) throw typeError(`bad operand type for unary ${symbol}: '${typeOf(value).name}'`);
  return callUnbound(method, value, []);
}
