// A code object's constants as Python values, made once per code object.
import { CodePointStr, Ellipsis as ConstEllipsis, PyBytes as ConstBytes, PyComplex as ConstComplex, PyFloat as ConstFloat } from '../ast/constant';
import { CodeObject } from '../bytecode/code';
import { type CodeConstant, ConstFrozenSet, ConstTuple } from '../bytecode/constants';
import type { Py } from '../objects/object';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { PyBytes } from '../objects/bytes';
import { newTuple } from '../objects/tuple';
import { frozensetType, newSet } from '../objects/set';
import { Ellipsis } from '../objects/singletons';
import { pyCode } from '../objects/code';

export function constantToValue(constant: CodeConstant): Py {
  if (constant === null || typeof constant !== 'object') {
    return constant === ConstEllipsis ? Ellipsis : (constant as Py);
  }
  if (constant instanceof ConstFloat) return new PyFloat(constant.value);
  if (constant instanceof ConstComplex) return new PyComplex(constant.real, constant.imag);
  if (constant instanceof ConstBytes) return new PyBytes(constant.bytes);
  if (constant instanceof ConstTuple) return newTuple(constant.items.map(constantToValue));
  if (constant instanceof ConstFrozenSet) return newSet(constant.buildOrder.map(constantToValue), frozensetType);
  if (constant instanceof CodeObject) return pyCode(constant);
  if (constant instanceof CodePointStr) return String.fromCodePoint(...constant.codePoints);
  throw new Error(`unknown constant ${String(constant)}`);
}
