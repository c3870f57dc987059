// A value's MIME bundle, as IPython's display formatters build it for Jupyter: text/plain
// is its repr, and an object with `_repr_html_`, `_repr_markdown_`, ... adds those
// representations (a method that returns None offers nothing; one that returns a
// (data, metadata) pair adds metadata too). `_repr_mimebundle_(include, exclude)` comes
// first and wins over the single-format methods; `_ipython_display_` displays the object
// itself, so it has no bundle. A failing method is reported on stderr and its format
// left out, so that one broken formatter never hides the value.
import type { Py } from '../objects/object';
import { PyType } from '../objects/type';
import { Exception } from '../objects/exceptions';
import { PyTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { PyDict } from '../objects/dict';
import { PyBuffer } from '../objects/bytes';
import { call, getAttrOrUndefined, isCallable, pyRepr, pyStr } from '../objects/protocols';
import { toPyException } from '../objects/pyErrorConversion';
import { stderr } from '../modules/consoleStream';
import { formatException } from './tracebackPrinter';
import { type JsonValue, toJson } from './jsonValues';

export type { JsonValue } from './jsonValues';

export interface MimeBundle {
  data: Record<string, JsonValue>;
  metadata: Record<string, JsonValue>;
}

/** Which MIME types a display asks for (IPython's `include` and `exclude`); null means no restriction. */
export interface FormatFilter {
  include: ReadonlySet<string> | null;
  exclude: ReadonlySet<string> | null;
}

const ALL_FORMATS: FormatFilter = { include: null, exclude: null };

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

/** The bundle of `value`, or null when it displayed itself through `_ipython_display_`. */
export function mimeBundle(value: Py, filter: FormatFilter = ALL_FORMATS): MimeBundle | null {
  const wanted = (mimeType: string) => (filter.include === null || filter.include.has(mimeType)) && !filter.exclude?.has(mimeType);
  const bundle: MimeBundle = { data: {}, metadata: {} };
  // IPython asks instances only: a class's `_repr_html_` is an unbound function.
  if (!(value instanceof PyType)) {
    const displaysItself = getAttrOrUndefined(value, '_ipython_display_');
    if (displaysItself !== undefined && isCallable(displaysItself)) {
      call(displaysItself, []);
      return null;
    }
    addMimeBundleMethod(bundle, value, filter, wanted);
  }
  if (!('text/plain' in bundle.data) && wanted('text/plain')) bundle.data['text/plain'] = pyRepr(value);
  if (value instanceof PyType) return bundle;
  for (const [method, mimeType, encoding] of FORMATS) {
    if (mimeType in bundle.data || !wanted(mimeType)) continue;
    const representation = representationOf(value, method, []);
    if (representation === null) continue;
    const [data, metadata] = splitMetadata(representation);
    if (data === null) continue;
    bundle.data[mimeType] = encode(data, encoding);
    if (metadata !== null) bundle.metadata[mimeType] = toJson(metadata);
  }
  return bundle;
}

/** `_repr_mimebundle_(include=..., exclude=...)`: a dict of formats, or a (formats, metadata) pair. */
function addMimeBundleMethod(bundle: MimeBundle, value: Py, filter: FormatFilter, wanted: (mimeType: string) => boolean): void {
  const asList = (types: ReadonlySet<string> | null) => (types === null ? null : new PyList([...types]));
  const representation = representationOf(value, '_repr_mimebundle_', [asList(filter.include), asList(filter.exclude)], ['include', 'exclude']);
  if (representation === null) return;
  const [data, metadata] = splitMetadata(representation);
  if (data instanceof PyDict) {
    for (const [mimeType, item] of data.entries()) {
      const name = pyStr(mimeType);
      if (wanted(name)) bundle.data[name] = item instanceof PyBuffer ? Buffer.from(item.bytes).toString('base64') : toJson(item);
    }
  }
  if (metadata instanceof PyDict) {
    for (const [key, item] of metadata.entries()) bundle.metadata[pyStr(key)] = toJson(item);
  }
}

function splitMetadata(representation: Py): [data: Py, metadata: Py] {
  return representation instanceof PyTuple && representation.items.length === 2
    ? [representation.items[0], representation.items[1]]
    : [representation, null];
}

/** What `value.method(*args)` returns; None when there is no such method or it failed with an error. */
function representationOf(value: Py, method: string, args: Py[], kwnames: string[] | null = null): Py {
  const bound = getAttrOrUndefined(value, method);
  if (bound === undefined || !isCallable(bound)) return null;
  try {
    return call(bound, args, kwnames);
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
