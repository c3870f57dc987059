// repr() of a Python float: the shortest digit string that reads back as the same
// double (JS finds the same digits), laid out as CPython lays them out.

/** repr(x) for a float: '1.0', '1e+16', '1e-05', 'inf', 'nan', '-0.0'. */
export function floatRepr(x: number): string {
  return shortestFloatText(x, true);
}

/**
 * The shortest round-trip text of `x` in CPython's 'r' format. Exponent notation is
 * used when the decimal exponent is below -4 or at least 16; otherwise the number is
 * written positionally, and an integral value gets a '.0' only when `markIntegral`
 * (float repr does, the parts of a complex repr do not).
 */
export function shortestFloatText(x: number, markIntegral: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) {
    const zero = Object.is(x, -0) ? '-0' : '0';
    return markIntegral ? `${zero}.0` : zero;
  }
  // Where both write a number positionally, JS's own shortest text is Python's (less the '.0').
  const magnitude = Math.abs(x);
  if (magnitude >= 1e-4 && magnitude < 1e16) {
    const text = String(x);
    return markIntegral && Number.isInteger(x) ? `${text}.0` : text;
  }
  // toExponential() without an argument gives the shortest round-trip digits as d.ddde±n.
  const [mantissa, exponentText] = magnitude.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  const sign = x < 0 ? '-' : '';
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const exponentSign = exponent < 0 ? '-' : '+';
    return `${sign}${digits[0]}${fraction}e${exponentSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const integerDigits = exponent + 1;
  if (integerDigits <= 0) return `${sign}0.${'0'.repeat(-integerDigits)}${digits}`;
  if (integerDigits >= digits.length) {
    return `${sign}${digits}${'0'.repeat(integerDigits - digits.length)}${markIntegral ? '.0' : ''}`;
  }
  return `${sign}${digits.slice(0, integerDigits)}.${digits.slice(integerDigits)}`;
}
