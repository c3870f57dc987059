// The numeric built-in functions: abs, divmod, pow, round, bin, oct, hex.
import { floatType, typeOf } from '../objects/typeOf';
import { bindClinicArguments, checkArgCount } from '../objects/native';
import type { Py } from '../objects/object';
import { callSpecial, pyIndex } from '../objects/protocols';
import { binaryOp, binarySpecial, NbOp, ternaryPower } from '../objects/operators';
import { intFloorDivide, intModulo } from '../objects/int';
import { PyFloat } from '../objects/float';
import { floatRoundToInt } from '../objects/floatMethods';
import { newTuple } from '../objects/tuple';
import { NotImplemented } from '../objects/singletons';
import { typeError } from '../objects/exceptions';
import { builtinsModule, defineBinaryFunction, defineFunction, defineUnaryFunction } from './builtins';

defineUnaryFunction(builtinsModule, 'abs', (x) => {
  if (typeof x === 'number') return Math.abs(x);
  if (x instanceof PyFloat && x.cls === floatType) return new PyFloat(Math.abs(x.value));
  const result = callSpecial(x, '__abs__', []);
  if (result === undefined) throw typeError(`bad operand type for abs(): '${typeOf(x).name}'`);
  return result;
});

defineBinaryFunction(builtinsModule, 'divmod', (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') return newTuple([intFloorDivide(a, b), intModulo(a, b)]);
  const result = binarySpecial(a, b, '__divmod__', '__rdivmod__');
  if (result === NotImplemented) throw typeError(`unsupported operand type(s) for divmod(): '${typeOf(a).name}' and '${typeOf(b).name}'`);
  return result;
});

const POW_SIGNATURE = { name: 'pow', names: ['base', 'exp', 'mod'], required: 2, positionalOnly: 0 };

const powBuiltin = defineFunction(builtinsModule, 'pow', (args, kwnames) => {
  const [base, exponent, modulus] = bindClinicArguments(POW_SIGNATURE, args, kwnames);
  if (modulus === undefined || modulus === null) return binaryOp(base!, exponent!, NbOp.POWER);
  return ternaryPower(base!, exponent!, modulus);
});
powBuiltin.binary = (base, exponent) => binaryOp(base, exponent, NbOp.POWER);

const ROUND_SIGNATURE = { name: 'round', names: ['number', 'ndigits'], required: 1, positionalOnly: 0 };

const roundBuiltin = defineFunction(builtinsModule, 'round', (args, kwnames) => {
  const [number, ndigits] = bindClinicArguments(ROUND_SIGNATURE, args, kwnames);
  return rounded(number!, ndigits);
});
roundBuiltin.unary = (number) => rounded(number, undefined);
roundBuiltin.binary = rounded;

function rounded(number: Py, ndigits: Py | undefined): Py {
  const withoutDigits = ndigits === undefined || ndigits === null;
  if (withoutDigits && typeof number === 'number') return number;
  if (withoutDigits && number instanceof PyFloat && number.cls === floatType) return floatRoundToInt(number.value);
  const result = callSpecial(number, '__round__', withoutDigits ? [] : [ndigits]);
  if (result === undefined) throw typeError(`type ${typeOf(number).name} doesn't define __round__ method`);
  return result;
}

/** bin(), oct() and hex(): an integer (anything with __index__) in base 2, 8 or 16, with its prefix. */
function defineBaseFunction(name: string, radix: number, prefix: string): void {
  defineFunction(builtinsModule, name, (args, kwnames) => {
    checkArgCount(name, args, kwnames, 1);
    const value = pyIndex(args[0]);
    return value < 0 ? `-${prefix}${(-value).toString(radix)}` : `${prefix}${value.toString(radix)}`;
  });
}

defineBaseFunction('bin', 2, '0b');
defineBaseFunction('oct', 8, '0o');
defineBaseFunction('hex', 16, '0x');
