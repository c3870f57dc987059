// Built-in functions whose call runs Python code in a frame of its own and returns None
// (exec). Called by the eval loop or compiled code, such a function gives its frame to
// be run as a function's is, inlined: a thread blocking in that code is then still at its
// base and can park (threads.ts), which matters most for runpy, whose exec runs the
// program of `-m`. Called from anywhere else, it runs the frame itself.
import type { Py } from '../objects/object';
import { PyBuiltinFunction } from '../objects/native';
import type { Frame } from './frame';
import { runFrame } from './eval';

export type FrameMaker = (args: Py[], kwnames: readonly string[] | null) => Frame;

export class PyCodeRunningBuiltin extends PyBuiltinFunction {
  constructor(
    name: string,
    /** The frame a call runs, its arguments checked and bound. */
    readonly frameFor: FrameMaker,
    module: string | null,
  ) {
    super(name, (args, kwnames) => {
      runFrame(frameFor(args, kwnames));
      return null;
    }, undefined, module);
  }
}
