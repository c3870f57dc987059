// format(value, spec): the __format__ protocol, with the built-in types' mini-languages.
import type { Py } from './object';
import { callUnbound } from './protocols';
import { typeOf } from './typeOf';
import { typeError } from './exceptions';

export function pyFormat(value: Py, spec: string): string {
  const method = typeOf(value).lookup('__format__');
  if (method === undefined) throw typeError(`Type ${typeOf(value).name} doesn't define __format__`);
  const result = callUnbound(method, value, [spec]);
  if (typeof result !== 'string') throw typeError(`__format__ must return a str, not ${typeOf(result).name}`);
  return result;
}
