// `_pyvm_kernel`: what the Python side of a notebook session (pylib's IPython.display,
// comm, and pyvm_kernel) reaches the kernel through. `publish` sends a message on iopub
// (display_data, update_display_data, clear_output, comm_open/comm_msg/comm_close);
// `format` builds a value's MIME bundle with the same formatter execute_result uses;
// `source_lines` gives a cell's lines (cells have no file), for inspect.getsource.
import type { Py } from '../objects/object';
import { newModule, type PyModule } from '../objects/module';
import { bindArguments, checkArgCount } from '../objects/native';
import { PyList } from '../objects/list';
import { typeError } from '../objects/exceptions';
import { PyBuffer } from '../objects/bytes';
import { PyDict } from '../objects/dict';
import { PyTuple } from '../objects/tuple';
import { iterableToArray, pyStr } from '../objects/protocols';
import { defineFunction } from '../modules/builtins';
import { registerBuiltinModule } from '../modules/registry';
import { stderr, stdout } from '../modules/consoleStream';
import { fromJson, type JsonValue, toJson } from './jsonValues';
import { mimeBundle } from './mimeBundle';
import { sourceLines } from './sourceLines';

/** A message's content or metadata. */
export type JsonObject = { [key: string]: JsonValue };

/** Sends one iopub message (its content, its metadata, and binary buffers for comms) in the name of the running request. */
export type Publish = (msgType: string, content: JsonObject, metadata: JsonObject, buffers: Uint8Array[]) => void;

export const KERNEL_BRIDGE_MODULE = '_pyvm_kernel';

export function registerKernelBridge(publish: Publish): void {
  registerBuiltinModule(KERNEL_BRIDGE_MODULE, () => createBridge(publish));
}

function createBridge(publish: Publish): PyModule {
  const module = newModule(KERNEL_BRIDGE_MODULE, 'The kernel side of IPython.display and comm in a pyvm notebook.');

  defineFunction(module, 'publish', (args, kwnames) => {
    const [msgType, content, metadata, buffers] = bindArguments({ name: 'publish', names: ['msg_type', 'content', 'metadata', 'buffers'], required: 2 }, args, kwnames);
    const asObject = (value: Py | undefined): JsonObject => {
      if (value === undefined || value === null) return {};
      if (!(value instanceof PyDict)) throw typeError('publish() content and metadata must be dicts');
      return toJson(value) as JsonObject;
    };
    // What the cell printed before comes first.
    stdout.flush();
    stderr.flush();
    publish(pyStr(msgType!), asObject(content), asObject(metadata), buffers === undefined || buffers === null ? [] : bufferList(buffers));
    return null;
  });

  defineFunction(module, 'format', (args, kwnames) => {
    const [value, include, exclude] = bindArguments({ name: 'format', names: ['obj', 'include', 'exclude'], required: 1 }, args, kwnames);
    const asSet = (types: Py | undefined) => (types === undefined || types === null ? null : new Set(iterableToArray(types).map(pyStr)));
    const bundle = mimeBundle(value!, { include: asSet(include), exclude: asSet(exclude) });
    if (bundle === null) return null;
    return new PyTuple([fromJson(bundle.data), fromJson(bundle.metadata)]);
  });

  defineFunction(module, 'source_lines', (args, kwnames) => {
    checkArgCount('source_lines', args, kwnames, 1);
    return new PyList(sourceLines(pyStr(args[0])));
  });

  return module;
}

function bufferList(buffers: Py): Uint8Array[] {
  return iterableToArray(buffers).map((buffer) => {
    if (!(buffer instanceof PyBuffer)) throw typeError('comm buffers must be bytes-like objects');
    return Uint8Array.from(buffer.bytes);
  });
}
