// The path a file is opened by (PyUnicode_FSConverter): a str, bytes, or an object with
// __fspath__ giving one of those, as the string or bytes node:fs takes.
import type { Py } from '../../objects/object';
import { typeName, typeOf } from '../../objects/typeOf';
import { newException, typeError, ValueError } from '../../objects/exceptions';
import { callUnbound } from '../../objects/protocols';
import { PyBytes } from '../../objects/bytes';
import { strValue } from '../../objects/str';
import { encodeStr } from '../../objects/strCodecs';

/** os.fspath(value): a str or bytes, from the value or its __fspath__. */
export function fspathValue(value: Py): string | PyBytes {
  const text = strValue(value);
  if (text !== undefined) return text;
  if (value instanceof PyBytes) return value;
  const method = typeOf(value).lookup('__fspath__');
  if (method === undefined) throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(value)}`);
  const result = callUnbound(method, value, []);
  const resultText = strValue(result);
  if (resultText !== undefined) return resultText;
  if (result instanceof PyBytes) return result;
  throw typeError(`expected ${typeName(value)}.__fspath__() to return str or bytes, not ${typeName(result)}`);
}

/** The path to give node:fs: a string, or the bytes of a bytes path (or of a str holding escaped undecodable bytes). */
export function fsPath(value: Py): string | Buffer {
  const path = fspathValue(value);
  if (typeof path === 'string') {
    if (path.includes('\0')) throw newException(ValueError, 'embedded null byte');
    return /[\ud800-\udfff]/.test(path) ? Buffer.from(encodeStr(path, 'utf-8', 'surrogateescape')) : path;
  }
  if (path.bytes.includes(0)) throw newException(ValueError, 'embedded null byte');
  return Buffer.from(path.bytes);
}
