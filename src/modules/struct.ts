// The _struct module (under struct.py): Struct objects, compiled from a format string
// (structLayout.ts), and the module-level functions that compile one per call.
import { PyObject, type Py } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType, type PyType } from '../objects/type';
import { PyBytes } from '../objects/bytes';
import { writableMemory } from '../objects/memoryview';
import { newTuple, type PyTuple } from '../objects/tuple';
import { strValue } from '../objects/str';
import { typeName } from '../objects/typeOf';
import { bindClinicArguments, checkArgCount, defineGetSets, defineMethods, type NativeFunction, noKeywords } from '../objects/native';
import { typeError } from '../objects/exceptions';
import { bytesLikeArgument, ssizeArgument } from '../objects/bytesArguments';
import { defineNew } from '../objects/builtinNew';
import { newInstance } from '../objects/objectMethods';
import { PyNativeIterator } from '../objects/nativeIterator';
import { defineIteratorMethods } from '../objects/iterators';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';
import { packField, parseFormat, structError, structFailure, type StructLayout, unpackField } from './structLayout';

const structModule = newModule(
  '_struct',
  'Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\n' +
    'and also as format strings (explained below) to describe the layout of data\nin the C struct.\n\n' +
    'The optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n' +
    '  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n' +
    '  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\n' +
    'these can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n' +
    '  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n' +
    '  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n' +
    '  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n' +
    '  n:ssize_t; N:size_t;\n  P:an integer type that is wide enough to hold a pointer.\n' +
    "Special case (not in native mode unless 'long long' in platform C):\n  q:long long; Q:unsigned long long\n" +
    'Whitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n',
);
registerBuiltinModule('_struct', () => structModule);
structModule.dict.setStr('error', structError);

// ---------------------------------------------------------------- Struct

const structType: PyType = nativeType('Struct', undefined, { factory: (cls) => new PyStruct(cls) });
structType.attrs.set('__module__', '_struct');
structType.attrs.set('__doc__', 'Struct(fmt) --> compiled struct object\n\n');
structModule.dict.setStr('Struct', structType);

class PyStruct extends PyObject {
  format = '';
  layout: StructLayout = { order: 'native', fields: [], size: 0 };
}

/** A format argument: a str, or bytes read as ASCII. */
function formatText(value: Py): string {
  const text = strValue(value);
  if (text !== undefined) return text;
  if (value instanceof PyBytes) return String.fromCharCode(...value.bytes);
  throw typeError(`Struct() argument 1 must be a str or bytes object, not ${typeName(value)}`);
}

function compile(format: Py): PyStruct {
  const struct = new PyStruct(structType);
  initialize(struct, format);
  return struct;
}

function initialize(self: PyStruct, format: Py): void {
  const text = formatText(format);
  self.layout = parseFormat(text);
  self.format = text;
}

defineNew(structType, (cls) => newInstance<PyStruct>(cls));

// ---------------------------------------------------------------- packing and unpacking

function pack(self: PyStruct, values: Py[]): PyBytes {
  const { layout } = self;
  if (values.length !== layout.fields.length) throw structFailure(`pack expected ${layout.fields.length} items for packing (got ${values.length})`);
  const target = new Uint8Array(layout.size);
  layout.fields.forEach((field, index) => packField(layout, field, values[index], target, 0));
  return new PyBytes(target);
}

function unpackAt(self: PyStruct, source: Uint8Array, offset: number): PyTuple {
  const { layout } = self;
  return newTuple(layout.fields.map((field) => unpackField(layout, field, source, offset)));
}

function unpack(self: PyStruct, buffer: Py): PyTuple {
  const source = bytesLikeArgument(buffer);
  if (source.length !== self.layout.size) throw structFailure(`unpack requires a buffer of ${self.layout.size} bytes`);
  return unpackAt(self, source, 0);
}

function unpackFrom(self: PyStruct, buffer: Py, offsetValue: Py | undefined): PyTuple {
  const source = bytesLikeArgument(buffer);
  const size = self.layout.size;
  let offset = offsetValue === undefined ? 0 : ssizeArgument(offsetValue);
  if (offset < 0) {
    if (offset + size > 0) throw structFailure(`not enough data to unpack ${size} bytes at offset ${offset}`);
    if (offset + source.length < 0) throw structFailure(`offset ${offset} out of range for ${source.length}-byte buffer`);
    offset += source.length;
  }
  if (source.length - offset < size) {
    throw structFailure(
      `unpack_from requires a buffer of at least ${size + offset} bytes for unpacking ${size} bytes at offset ${offset} (actual buffer size is ${source.length})`,
    );
  }
  return unpackAt(self, source, offset);
}

function packInto(self: PyStruct, args: Py[]): null {
  const { layout } = self;
  if (args.length === 0) throw structFailure('pack_into expected buffer argument');
  if (args.length === 1) throw structFailure('pack_into expected offset argument');
  const values = args.slice(2);
  if (values.length !== layout.fields.length) {
    throw structFailure(`pack_into expected ${layout.fields.length} items for packing (got ${values.length})`);
  }
  const target = writableMemory(args[0]);
  if (target === undefined) throw typeError(`argument must be read-write bytes-like object, not ${typeName(args[0])}`);
  const length = target.length;
  let offset = ssizeArgument(args[1]);
  if (offset < 0) {
    if (offset + layout.size > 0) throw structFailure(`no space to pack ${layout.size} bytes at offset ${offset}`);
    if (offset + length < 0) throw structFailure(`offset ${offset} out of range for ${length}-byte buffer`);
    offset += length;
  }
  if (length - offset < layout.size) {
    throw structFailure(
      `pack_into requires a buffer of at least ${layout.size + offset} bytes for packing ${layout.size} bytes at offset ${offset} (actual buffer size is ${length})`,
    );
  }
  const packed = new Uint8Array(layout.size);
  layout.fields.forEach((field, index) => packField(layout, field, values[index], packed, 0));
  target.set(packed, offset);
  return null;
}

// ---------------------------------------------------------------- iter_unpack

const unpackIteratorType = nativeType('unpack_iterator', undefined, { baseType: false });
unpackIteratorType.attrs.set('__module__', '_struct');

class UnpackIterator extends PyNativeIterator {
  private offset = 0;

  constructor(
    private readonly struct: PyStruct,
    private readonly source: Uint8Array,
  ) {
    super(unpackIteratorType);
  }

  next(): Py | undefined {
    if (this.offset >= this.source.length) return undefined;
    const values = unpackAt(this.struct, this.source, this.offset);
    this.offset += this.struct.layout.size;
    return values;
  }

  remaining(): number {
    return (this.source.length - this.offset) / this.struct.layout.size;
  }
}

defineIteratorMethods(unpackIteratorType, (self: UnpackIterator) => self.remaining());

function iterUnpack(self: PyStruct, buffer: Py): UnpackIterator {
  const size = self.layout.size;
  if (size === 0) throw structFailure('cannot iteratively unpack with a struct of length 0');
  const source = bytesLikeArgument(buffer).slice();
  if (source.length % size !== 0) throw structFailure(`iterative unpacking requires a buffer of a multiple of ${size} bytes`);
  return new UnpackIterator(self, source);
}

// ---------------------------------------------------------------- methods and functions

defineMethods(structType, {
  __init__(self: PyStruct, args, kwnames) {
    const [format] = bindClinicArguments({ name: 'Struct', names: ['format'], positionalOnly: 0 }, args, kwnames);
    initialize(self, format!);
    return null;
  },
  pack: (self: PyStruct, args, kwnames) => {
    noKeywords('Struct.pack', kwnames);
    return pack(self, args);
  },
  pack_into: (self: PyStruct, args, kwnames) => {
    noKeywords('Struct.pack_into', kwnames);
    return packInto(self, args);
  },
  unpack(self: PyStruct, args, kwnames) {
    checkArgCount('unpack', args, kwnames, 1);
    return unpack(self, args[0]);
  },
  unpack_from(self: PyStruct, args, kwnames) {
    const [buffer, offset] = bindClinicArguments({ name: 'unpack_from', names: ['buffer', 'offset'], required: 1, positionalOnly: 0 }, args, kwnames);
    return unpackFrom(self, buffer!, offset);
  },
  iter_unpack(self: PyStruct, args, kwnames) {
    checkArgCount('iter_unpack', args, kwnames, 1);
    return iterUnpack(self, args[0]);
  },
  __sizeof__(self: PyStruct, args, kwnames) {
    checkArgCount('__sizeof__', args, kwnames, 0);
    return 64 + 32 * (self.layout.fields.length + 1);
  },
});

defineGetSets(structType, {
  format: { get: (self: PyStruct) => self.format },
  size: { get: (self: PyStruct) => self.layout.size },
});

const define = (name: string, fn: NativeFunction): void => {
  defineFunction(structModule, name, fn);
};

/** The module functions' leading format argument. */
function formatArgument(args: Py[]): PyStruct {
  if (args.length === 0) throw typeError('missing format argument');
  return compile(args[0]);
}

define('pack', (args, kwnames) => {
  noKeywords('_struct.pack', kwnames);
  return pack(formatArgument(args), args.slice(1));
});

define('pack_into', (args, kwnames) => {
  noKeywords('_struct.pack_into', kwnames);
  return packInto(formatArgument(args), args.slice(1));
});

define('unpack', (args, kwnames) => {
  checkArgCount('unpack', args, kwnames, 2);
  return unpack(compile(args[0]), args[1]);
});

define('unpack_from', (args, kwnames) => {
  const [format, buffer, offset] = bindClinicArguments(
    { name: 'unpack_from', names: ['format', 'buffer', 'offset'], required: 2, positionalOnly: 1 },
    args,
    kwnames,
  );
  return unpackFrom(compile(format!), buffer!, offset);
});

define('iter_unpack', (args, kwnames) => {
  checkArgCount('iter_unpack', args, kwnames, 2);
  return iterUnpack(compile(args[0]), args[1]);
});

define('calcsize', (args, kwnames) => {
  checkArgCount('calcsize', args, kwnames, 1);
  return compile(args[0]).layout.size;
});

define('_clearcache', (args, kwnames) => {
  checkArgCount('_clearcache', args, kwnames, 0);
  return null;
});
