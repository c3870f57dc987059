// The text built-in functions: chr, ord, ascii, format.
import type { Py } from '../objects/object';
import { checkArgCount, noKeywords } from '../objects/native';
import { newException, OverflowError, typeError, valueError } from '../objects/exceptions';
import { pyIndex, pyRepr, reprObject } from '../objects/protocols';
import { typeOf } from '../objects/typeOf';
import { clinicStrArgument, strValue } from '../objects/str';
import { bufferOf } from '../objects/bytes';
import { asciiFromRepr } from '../objects/printfFormat';
import { formatObject } from '../objects/format';
import { strLength } from '../objects/strIndexing';
import { codePointAt, fromCodePoint, isAsciiText } from '../objects/strCodePoints';
import { runtimeHooks } from '../vm/hooks';
import { builtinsModule, defineFunction, defineUnaryFunction } from './builtins';

const INT_MAX = 2 ** 31 - 1;

defineUnaryFunction(builtinsModule, 'chr', (value) => {
  // CPython takes the code as a C int before checking its range.
  const code = pyIndex(value);
  if (code > INT_MAX || code < -INT_MAX - 1) throw newException(OverflowError, 'Python int too large to convert to C int');
  if (code < 0 || code > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return fromCodePoint(Number(code));
});

defineUnaryFunction(builtinsModule, 'ord', (value) => {
  const text = strValue(value);
  if (text !== undefined) {
    // One UTF-16 unit is one code point (a lone surrogate included).
    if (text.length === 1) return text.charCodeAt(0);
    const length = strLength(text);
    if (length !== 1) throw typeError(`ord() expected a character, but string of length ${length} found`);
    return codePointAt(text, 0);
  }
  const bytes = bufferOf(value);
  if (bytes === undefined) throw typeError(`ord() expected string of length 1, but ${typeOf(value).name} found`);
  if (bytes.length !== 1) throw typeError(`ord() expected a character, but string of length ${bytes.length} found`);
  return bytes[0];
});

/** ascii(value): repr(value) with its non-ASCII characters escaped. */
function asciiOf(value: Py): string {
  return asciiFromRepr(pyRepr(value));
}

runtimeHooks.ascii = asciiOf;

defineFunction(builtinsModule, 'ascii', (args, kwnames) => {
  checkArgCount('ascii', args, kwnames, 1);
  // An ASCII repr is returned as it is, a str subclass's instance included.
  const repr = reprObject(args[0]);
  const text = strValue(repr)!;
  return isAsciiText(text) ? repr : asciiFromRepr(text);
});

const formatBuiltin = defineFunction(builtinsModule, 'format', (args, kwnames) => {
  noKeywords('format', kwnames);
  checkArgCount('format', args, null, 1, 2);
  return args.length === 1 ? formatObject(args[0], '') : formatWithSpec(args[0], args[1]);
});
formatBuiltin.unary = (value) => formatObject(value, '');
formatBuiltin.binary = formatWithSpec;

function formatWithSpec(value: Py, spec: Py): Py {
  return formatObject(value, clinicStrArgument(spec, 'format() argument 2'));
}
