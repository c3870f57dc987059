// `_pyvm_kernel`: what the Python side of a notebook session (pylib's IPython.display,
// comm, and pyvm_kernel) reaches the kernel through. `publish` sends a message on iopub
// (display_data, update_display_data, clear_output, comm_open/comm_msg/comm_close);
// `format` builds a value's MIME bundle with the same formatter execute_result uses;
// `source_lines` gives a cell's lines (cells have no file), for inspect.getsource.
// For the shell (pyvm_kernel.shell and its magics): `write_payload` adds to the running
// cell's execute_reply payload (a page, set_next_input), `describe` is the inspector's
// text for a name (`obj?`), `input_history` the cells run so far (as typed, or as run),
// `transform_cell` turns IPython's syntax into Python, `run_shell` runs a shell command
// with its output handed on as it comes, `cpu_times` the process's user and system time.
import type { Py } from '../objects/object';
import { newModule, type PyModule } from '../objects/module';
import { bindArguments, checkArgCount } from '../objects/native';
import { PyList } from '../objects/list';
import { typeError } from '../objects/exceptions';
import { PyBuffer } from '../objects/bytes';
import { PyDict } from '../objects/dict';
import { PyTuple } from '../objects/tuple';
import { call, iterableToArray, pyStr } from '../objects/protocols';
import { defineFunction } from '../modules/builtins';
import { registerBuiltinModule } from '../modules/registry';
import { stderr, stdout } from '../modules/consoleStream';
import { fromJson, type JsonValue, toJson } from './jsonValues';
import { mimeBundle } from './mimeBundle';
import { sourceLines } from './sourceLines';
import { transformCell } from './magicSyntax';
import { runShellCommand } from './shellCommand';
import { PyFloat } from '../objects/float';

/** A message's content or metadata. */
export type JsonObject = { [key: string]: JsonValue };

/** Sends one iopub message (its content, its metadata, and binary buffers for comms) in the name of the running request. */
export type Publish = (msgType: string, content: JsonObject, metadata: JsonObject, buffers: Uint8Array[]) => void;

/** What the bridge asks of the session running the cells. */
export interface SessionHooks {
  publish: Publish;
  /** Adds to the running cell's payload (IPython's payload_manager.write_payload, single: one of each source). */
  writePayload(payload: JsonObject): void;
  /** The inspector's text for the object `name` stands for, or null when it stands for nothing. */
  describe(name: string, detailLevel: number): string | null;
  /** The cells counted so far (In[1:]), as typed (`raw`) or as run. */
  inputHistory(raw: boolean): string[];
}

export const KERNEL_BRIDGE_MODULE = '_pyvm_kernel';

export function registerKernelBridge(hooks: SessionHooks): void {
  registerBuiltinModule(KERNEL_BRIDGE_MODULE, () => createBridge(hooks));
}

function createBridge({ publish, writePayload, describe, inputHistory }: SessionHooks): PyModule {
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

  defineFunction(module, 'write_payload', (args, kwnames) => {
    checkArgCount('write_payload', args, kwnames, 1);
    if (!(args[0] instanceof PyDict)) throw typeError('write_payload() takes a dict');
    writePayload(toJson(args[0]) as JsonObject);
    return null;
  });

  defineFunction(module, 'describe', (args, kwnames) => {
    checkArgCount('describe', args, kwnames, 2);
    return describe(pyStr(args[0]), Number(args[1]));
  });

  defineFunction(module, 'input_history', (args, kwnames) => {
    checkArgCount('input_history', args, kwnames, 1);
    return new PyList(inputHistory(args[0] === true));
  });

  defineFunction(module, 'transform_cell', (args, kwnames) => {
    checkArgCount('transform_cell', args, kwnames, 1);
    return transformCell(pyStr(args[0]));
  });

  defineFunction(module, 'run_shell', (args, kwnames) => {
    const [command, stdoutWrite, stderrWrite] = bindArguments({ name: 'run_shell', names: ['command', 'stdout', 'stderr'], required: 3 }, args, kwnames);
    const sink = (write: Py) => (text: string) => {
      call(write, [text]);
    };
    return runShellCommand(pyStr(command!), { stdout: sink(stdoutWrite!), stderr: stderrWrite === null ? null : sink(stderrWrite!) });
  });

  defineFunction(module, 'cpu_times', (args, kwnames) => {
    checkArgCount('cpu_times', args, kwnames, 0);
    const { user, system } = process.cpuUsage();
    return new PyTuple([new PyFloat(user / 1e6), new PyFloat(system / 1e6)]);
  });

  return module;
}

function bufferList(buffers: Py): Uint8Array[] {
  return iterableToArray(buffers).map((buffer) => {
    if (!(buffer instanceof PyBuffer)) throw typeError('comm buffers must be bytes-like objects');
    return Uint8Array.from(buffer.bytes);
  });
}
