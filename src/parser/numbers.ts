// NUMBER tokens to constants, as CPython's parsenumber does: underscores are
// dropped, a trailing j makes an imaginary number, a point or an exponent (outside
// hex) makes a float, and anything else is an int in the base its prefix names.
import { PyComplex, PyFloat, pyInt, type ConstantValue } from '../ast/constant';

export function parseNumber(text: string): ConstantValue {
  const digits = text.includes('_') ? text.replaceAll('_', '') : text;
  const last = digits.charCodeAt(digits.length - 1);
  if (last === 0x6a /* j */ || last === 0x4a /* J */) {
    return new PyComplex(0, Number(digits.slice(0, -1)));
  }
  if (isFloatLiteral(digits)) return new PyFloat(Number(digits));
  // Fifteen decimal digits always fit a double exactly; BigInt reads the rest, prefixes included.
  if (digits.length < 16 && !isPrefixed(digits)) return Number(digits);
  return pyInt(BigInt(digits));
}

function isPrefixed(digits: string): boolean {
  return digits.length > 1 && digits[0] === '0' && /[xXoObB]/.test(digits[1]);
}

function isFloatLiteral(digits: string): boolean {
  if (isPrefixed(digits) && (digits[1] === 'x' || digits[1] === 'X')) return false;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c === 0x2e /* . */ || c === 0x65 /* e */ || c === 0x45 /* E */) return true;
  }
  return false;
}
