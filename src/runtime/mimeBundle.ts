// A value's MIME bundle, as IPython's display formatters build it for Jupyter: text/plain
// is its repr, and an object with `_repr_html_`, `_repr_markdown_`, ... adds those
// representations (a method that returns None offers nothing; one that returns a
// (data, metadata) pair adds metadata too). A failing `_repr_*_` method is reported on
// stderr and its format left out, so that one broken formatter never hides the value.
import type { Py } from '../objects/object';
import { PyType } from '../objects/type';
import { Exception } from '../objects/exceptions';
import { PyTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { PyDict } from '../objects/dict';
import { PyBuffer } from '../objects/bytes';
import { floatValue } from '../objects/float';
import { call, getAttrOrUndefined, isCallable, pyRepr, pyStr } from '../objects/protocols';
import { toPyException } from '../objects/pyErrorConversion';
import { stderr } from '../modules/consoleStream';
import { formatException } from './tracebackPrinter';

/** JSON as the messaging protocol carries it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface MimeBundle {
  data: Record<string, JsonValue>;
  metadata: Record<string, JsonValue>;
}

/** How each format's data becomes JSON: text as it is, binary images in base64, JSON as JSON. */
type Encoding = 'text' | 'base64' | 'json';

/** IPython's formatters, in its order. */
const FORMATS: [method: string, mimeType: string, encoding: Encoding][] = [
  ['_repr_html_', 'text/html', 'text'],
  ['_repr_markdown_', 'text/markdown', 'text'],
  ['_repr_svg_', 'image/svg+xml', 'text'],
  ['_repr_png_', 'image/png', 'base64'],
  ['_repr_pdf_', 'application/pdf', 'base64'],
  ['_repr_jpeg_', 'image/jpeg', 'base64'],
  ['_repr_latex_', 'text/latex', 'text'],
  ['_repr_json_', 'application/json', 'json'],
  ['_repr_javascript_', 'application/javascript', 'text'],
];

export function mimeBundle(value: Py): MimeBundle {
  const bundle: MimeBundle = { data: { 'text/plain': pyRepr(value) }, metadata: {} };
  // IPython asks instances only: a class's `_repr_html_` is an unbound function.
  if (value instanceof PyType) return bundle;
  for (const [method, mimeType, encoding] of FORMATS) {
    const representation = representationOf(value, method);
    if (representation === null) continue;
    const [data, metadata] = representation instanceof PyTuple && representation.items.length === 2
      ? representation.items
      : [representation, null];
    if (data === null) continue;
    bundle.data[mimeType] = encode(data, encoding);
    if (metadata !== null) bundle.metadata[mimeType] = toJson(metadata);
  }
  return bundle;
}

/** What `value.method()` returns; None when there is no such method or it failed with an error. */
function representationOf(value: Py, method: string): Py {
  const bound = getAttrOrUndefined(value, method);
  if (bound === undefined || !isCallable(bound)) return null;
  try {
    return call(bound, []);
  } catch (caught) {
    const exc = toPyException(caught);
    // As IPython, only errors are caught: KeyboardInterrupt and SystemExit go on up.
    if (!exc.cls.isSubtypeOf(Exception)) throw exc;
    stderr.write(formatException(exc));
    return null;
  }
}

function encode(data: Py, encoding: Encoding): JsonValue {
  if (encoding === 'json') return toJson(data);
  if (encoding === 'base64' && data instanceof PyBuffer) return Buffer.from(data.bytes).toString('base64');
  return pyStr(data);
}

/** A Python value made of dicts, lists, strs, numbers, bools and None, as json.dumps would write it. */
function toJson(value: Py): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  const float = floatValue(value);
  if (float !== undefined) return float;
  if (value instanceof PyList || value instanceof PyTuple) return value.items.map(toJson);
  if (value instanceof PyDict) {
    const object: { [key: string]: JsonValue } = {};
    for (const [key, item] of value.entries()) object[pyStr(key)] = toJson(item);
    return object;
  }
  return pyStr(value);
}
