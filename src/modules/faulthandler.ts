// The faulthandler module: dumping the Python traceback straight to a file descriptor.
// pyvm has no native crashes for enable() to catch (a JS error surfaces as a Python
// SystemError), so enabling only records the file; dump_traceback writes the running
// thread's stack in CPython's format, past any Python-level buffering.
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { bindArguments } from '../objects/native';
import { newException, RuntimeError, typeError, ValueError } from '../objects/exceptions';
import { call, getAttr, getAttrOrUndefined, isTrue } from '../objects/protocols';
import { importModule } from '../objects/moduleImporter';
import { PyBytes } from '../objects/bytes';
import { intValue } from '../objects/int';
import { threadState } from '../vm/threadState';
import type { Frame } from '../vm/frame';
import { getSysAttribute } from './sysAccess';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

const faulthandlerModule = newModule('faulthandler', 'faulthandler module.');
registerBuiltinModule('faulthandler', () => faulthandlerModule);

/** CPython stops a dump after this many frames (MAX_FRAME_DEPTH), with a line "  ...". */
const MAX_FRAME_DEPTH = 100;

/** The file enable() was given, while enabled. */
let enabledFile: Py | null = null;

/**
 * The file descriptor to write to (faulthandler_get_fileno): an int is one; None means
 * sys.stderr; a file object is flushed and gives its fileno().
 */
function fileDescriptorOf(file: Py | undefined): number {
  let target = file ?? null;
  if (target === null) {
    target = getSysAttribute('stderr');
    if (target === null) throw newException(RuntimeError, 'sys.stderr is None');
  }
  const direct = intValue(target);
  if (direct !== undefined) {
    // (Sic: CPython 3.11's message.)
    if (direct < 0) throw newException(ValueError, 'file is not a valid file descripter');
    return Number(direct);
  }
  const descriptor = intValue(call(getAttr(target, 'fileno'), []));
  if (descriptor === undefined || descriptor === -1) throw newException(RuntimeError, 'file.fileno() is not a valid file descriptor');
  const flush = getAttrOrUndefined(target, 'flush');
  if (flush !== undefined) {
    try {
      call(flush, []);
    } catch {
      // (CPython ignores an error of flush() here.)
    }
  }
  return Number(descriptor);
}

/** Text as _Py_DumpASCII writes it: ASCII as is, anything else escaped. */
function dumpAscii(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f) out += char;
    else if (code < 0x100) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code < 0x10000) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return out;
}

/** The stack from `frame` outwards, one "  File ..., line N in name" line each (dump_traceback). */
function stackLines(frame: Frame | null): string {
  let text = '';
  let depth = 0;
  for (let current = frame; current !== null; current = current.back) {
    if (depth === MAX_FRAME_DEPTH) {
      text += '  ...\n';
      break;
    }
    const line = current.lineno;
    text += `  File "${dumpAscii(current.code.co_filename)}", line ${line === null ? '???' : line} in ${dumpAscii(current.code.co_name)}\n`;
    depth++;
  }
  return text;
}

function writeToDescriptor(descriptor: number, text: string): void {
  const bytes = new PyBytes(new TextEncoder().encode(text));
  call(getAttr(importModule('posix'), 'write'), [descriptor, bytes]);
}

const FILE_SIGNATURE = { name: 'enable', names: ['file', 'all_threads'], required: 0, positionalOnly: 0 };

defineFunction(faulthandlerModule, 'enable', (args, kwnames) => {
  const [file, allThreads] = bindArguments(FILE_SIGNATURE, args, kwnames);
  fileDescriptorOf(file);
  if (allThreads !== undefined) isTrue(allThreads);
  enabledFile = file ?? getSysAttribute('stderr');
  return null;
});

defineFunction(faulthandlerModule, 'disable', (args, kwnames) => {
  bindArguments({ name: 'disable', names: [], required: 0 }, args, kwnames);
  const wasEnabled = enabledFile !== null;
  enabledFile = null;
  return wasEnabled;
});

defineFunction(faulthandlerModule, 'is_enabled', (args, kwnames) => {
  bindArguments({ name: 'is_enabled', names: [], required: 0 }, args, kwnames);
  return enabledFile !== null;
});

defineFunction(faulthandlerModule, 'dump_traceback', (args, kwnames) => {
  const [file, allThreads] = bindArguments({ ...FILE_SIGNATURE, name: 'dump_traceback' }, args, kwnames);
  const descriptor = fileDescriptorOf(file);
  const header = allThreads === undefined || isTrue(allThreads)
    ? `Current thread 0x${threadIdent().toString(16).padStart(16, '0')} (most recent call first):\n`
    : 'Stack (most recent call first):\n';
  writeToDescriptor(descriptor, header + stackLines(threadState.frame));
  return null;
});

/** The running thread's identifier, as threading.get_ident() gives it. */
function threadIdent(): bigint {
  const ident = intValue(call(getAttr(importModule('_thread'), 'get_ident'), []));
  if (ident === undefined) throw typeError('thread identifier is not an int');
  return BigInt(ident);
}
