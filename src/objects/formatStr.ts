// format(s, spec) for a Python str: alignment and precision count code points, as
// Python's len() does; the numeric parts of the mini-language are errors.
import { alignText, parseFormatSpec, unknownFormatCode } from './formatSpec';
import { PyError } from './pyError';
import { codePointLength, unitOffsetOf } from './strCodePoints';

export function formatStr(text: string, spec: string): string {
  if (spec === '') return text;
  const format = parseFormatSpec(spec, 'str', 's', '<');
  if (format.type !== 's') throw unknownFormatCode(format.type, 'str');
  if (format.sign === ' ') throw new PyError('ValueError', 'Space not allowed in string format specifier');
  if (format.sign !== '') throw new PyError('ValueError', 'Sign not allowed in string format specifier');
  if (format.coerceNegativeZero) {
    throw new PyError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (format.alternate) throw new PyError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (format.align === '=') throw new PyError('ValueError', "'=' alignment not allowed in string format specifier");

  const length = codePointLength(text);
  if (format.precision >= 0 && format.precision < length) {
    const truncated = text.slice(0, unitOffsetOf(text, format.precision));
    return alignText(truncated, format.precision, format);
  }
  return alignText(text, length, format);
}
