// The frame type: how a VM Frame appears to Python (sys._getframe(), tb_frame, gi_frame).
import { PyObject, type Py } from '../objects/object';
import { nativeType } from '../objects/type';
import { bindClinicArguments, checkArgCount, defineGetSets, defineMethods, PyBuiltinFunction } from '../objects/native';
import { call, getAttr, indexAsNumber, pyRepr } from '../objects/protocols';
import { addressOf } from '../objects/identity';
import { pyCode } from '../objects/code';
import { AttributeError, newException, RuntimeError, typeError, ValueError } from '../objects/exceptions';
import { typeOf } from '../objects/typeOf';
import { type Frame, FrameState, markEscaped } from './frame';
import { frameLocals } from './frameLocals';
import { finalizeCoroutineNow } from './unawaitedCoroutines';
import { PyGenerator } from './generator';
import { PyTraceback, tracebackType } from '../objects/traceback';
import { PyList } from '../objects/list';
import { jumpToLine } from './lineJump';
import { threadState } from './threadState';

export const frameType = nativeType('frame', undefined, { baseType: false });

export class PyFrameObject extends PyObject {
  /** The frame's local trace function (tracing.ts): what the trace function returned for it, or what was assigned. */
  trace: Py = null;
  /** Whether the frame's trace function gets 'line' events, and 'opcode' events. */
  traceLines = true;
  traceOpcodes = false;

  constructor(readonly frame: Frame) {
    super(frameType);
  }
}

const wrappers = new WeakMap<Frame, PyFrameObject>();

/** The one Python frame object of a VM frame. */
export function frameObject(frame: Frame): PyFrameObject {
  let wrapper = wrappers.get(frame);
  if (wrapper === undefined) {
    markEscaped(frame);
    wrappers.set(frame, (wrapper = new PyFrameObject(frame)));
  }
  return wrapper;
}

defineGetSets(frameType, {
  f_code: { get: (self: PyFrameObject): Py => pyCode(self.frame.code) },
  f_globals: { get: (self: PyFrameObject): Py => self.frame.globals },
  f_builtins: { get: (self: PyFrameObject): Py => self.frame.builtins },
  f_back: {
    // A generator's frame is linked to its caller only while it runs (or passes a throw() down).
    get(self: PyFrameObject): Py {
      const frame = self.frame;
      if (frame.back === null || (frame.owner instanceof PyGenerator && !frame.owner.running)) return null;
      return frameObject(frame.back);
    },
  },
  f_lineno: {
    get: (self: PyFrameObject): Py => self.frame.lineno,
    // A debugger's jump, from a trace function.
    set(self: PyFrameObject, value: Py | undefined): void {
      if (value === undefined) throw newException(AttributeError, 'cannot delete attribute');
      jumpToLine(self.frame, threadState.tracing?.event ?? null, self.trace, value);
    },
  },
  f_lasti: { get: (self: PyFrameObject): Py => self.frame.lasti * 2 },
  f_locals: { get: (self: PyFrameObject): Py => frameLocals(self.frame) },
  f_trace: {
    get: (self: PyFrameObject): Py => self.trace,
    set(self: PyFrameObject, value: Py | undefined): void {
      self.trace = value ?? null;
    },
  },
  f_trace_lines: {
    get: (self: PyFrameObject): Py => self.traceLines,
    set(self: PyFrameObject, value: Py | undefined): void {
      self.traceLines = boolMember(value);
    },
  },
  f_trace_opcodes: {
    get: (self: PyFrameObject): Py => self.traceOpcodes,
    set(self: PyFrameObject, value: Py | undefined): void {
      self.traceOpcodes = boolMember(value);
    },
  },
});

/** The value of a bool attribute (CPython's T_BOOL members): a bool, neither deleted nor anything else. */
function boolMember(value: Py | undefined): boolean {
  if (value === undefined) throw typeError("can't delete numeric/char attribute");
  if (typeof value !== 'boolean') throw typeError('attribute value type must be bool');
  return value;
}

defineMethods(frameType, {
  __repr__(self: PyFrameObject): Py {
    const frame = self.frame;
    return `<frame at ${addressOf(self)}, file ${pyRepr(frame.code.co_filename)}, line ${frame.lineno ?? 0}, code ${frame.code.co_name}>`;
  },
  // traceback.clear_frames (used by unittest's assertRaises) drops the locals of finished frames.
  clear(self: PyFrameObject, args: Py[], kwnames: readonly string[] | null): Py {
    checkArgCount('clear', args, kwnames, 0, 0);
    const frame = self.frame;
    if (frame.state === FrameState.RUNNING) throw newException(RuntimeError, 'cannot clear an executing frame');
    // A generator's frame finalizes its generator (_PyGen_Finalize): a coroutine that never
    // started warns that it was never awaited, a suspended generator is closed.
    if (frame.owner !== null) finalizeCoroutineNow(frame.owner as Py & object);
    if (frame.state === FrameState.SUSPENDED && frame.owner !== null) call(getAttr(frame.owner as Py, 'close'), [], null);
    frame.localsplus.fill(undefined, 0, frame.info.localsplusCount);
    return null;
  },
});

/** A traceback entry made by calling types.TracebackType, which gives its instruction as a byte offset (possibly odd). */
class PyMadeTraceback extends PyTraceback {
  constructor(next: PyTraceback | null, frame: Frame, readonly byteOffset: number, lineno: number) {
    super(next, frame, byteOffset >> 1, lineno);
  }
}

const TRACEBACK_SIGNATURE = { name: 'TracebackType', names: ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'], required: 4, positionalOnly: 0 };

tracebackType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  const [next, frame, lasti, lineno] = bindClinicArguments(TRACEBACK_SIGNATURE, args.slice(1), kwnames);
  if (next !== null && !(next instanceof PyTraceback)) throw typeError(`expected traceback object or None, got '${typeOf(next!).name}'`);
  if (!(frame instanceof PyFrameObject)) throw typeError(`TracebackType() argument 'tb_frame' must be frame, not ${typeOf(frame!).name}`);
  return new PyMadeTraceback(next, frame.frame, indexAsNumber(lasti!), indexAsNumber(lineno!));
}, undefined, null));

// dir() of a traceback entry lists only its four attributes, as CPython's tb_dir does.
defineMethods(tracebackType, {
  __dir__(self: PyTraceback, args: Py[], kwnames: readonly string[] | null): Py {
    checkArgCount('traceback.__dir__', args, kwnames, 0, 0);
    return new PyList(['tb_frame', 'tb_next', 'tb_lasti', 'tb_lineno']);
  },
});

// A traceback entry's attributes; its frame is a VM Frame, which only this layer knows.
defineGetSets(tracebackType, {
  tb_frame: { get: (self: PyTraceback): Py => frameObject(self.frame as Frame) },
  tb_lineno: { get: (self: PyTraceback): Py => self.lineno },
  tb_lasti: { get: (self: PyTraceback): Py => (self instanceof PyMadeTraceback ? self.byteOffset : self.lasti * 2) },
  tb_next: {
    get: (self: PyTraceback): Py => self.next,
    // unittest and traceback trimmers cut the chain; CPython refuses deletion and loops.
    set: (self: PyTraceback, value: Py | undefined): void => {
      if (value === undefined) throw typeError("can't delete tb_next attribute");
      if (value !== null && !(value instanceof PyTraceback)) throw typeError(`expected traceback object, got '${typeOf(value).name}'`);
      for (let entry: PyTraceback | null = value; entry !== null; entry = entry.next) {
        if (entry === self) throw newException(ValueError, 'traceback loop detected');
      }
      self.next = value;
    },
  },
});
