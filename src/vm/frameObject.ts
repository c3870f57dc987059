// The frame type: how a VM Frame appears to Python (sys._getframe(), tb_frame, gi_frame).
import { PyObject, type Py } from '../objects/object';
import { nativeType } from '../objects/type';
import { defineGetSets } from '../objects/native';
import { pyCode } from '../objects/code';
import type { Frame } from './frame';
import { PyTraceback, tracebackType } from '../objects/traceback';

export const frameType = nativeType('frame', undefined, { baseType: false });

export class PyFrameObject extends PyObject {
  constructor(readonly frame: Frame) {
    super(frameType);
  }
}

const wrappers = new WeakMap<Frame, PyFrameObject>();

/** The one Python frame object of a VM frame. */
export function frameObject(frame: Frame): PyFrameObject {
  let wrapper = wrappers.get(frame);
  if (wrapper === undefined) wrappers.set(frame, (wrapper = new PyFrameObject(frame)));
  return wrapper;
}

defineGetSets(frameType, {
  f_code: { get: (self: PyFrameObject): Py => pyCode(self.frame.code) },
  f_globals: { get: (self: PyFrameObject): Py => self.frame.globals },
  f_builtins: { get: (self: PyFrameObject): Py => self.frame.builtins },
  f_back: { get: (self: PyFrameObject): Py => (self.frame.back === null ? null : frameObject(self.frame.back)) },
  f_lineno: { get: (self: PyFrameObject): Py => self.frame.lineno },
  f_lasti: { get: (self: PyFrameObject): Py => self.frame.lasti * 2 },
});

// A traceback entry's attributes; its frame is a VM Frame, which only this layer knows.
defineGetSets(tracebackType, {
  tb_frame: { get: (self: PyTraceback): Py => frameObject(self.frame as Frame) },
  tb_lineno: { get: (self: PyTraceback): Py => self.lineno },
  tb_lasti: { get: (self: PyTraceback): Py => self.lasti * 2 },
  tb_next: { get: (self: PyTraceback): Py => self.next },
});
