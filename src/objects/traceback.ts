// Traceback entries: one per frame an exception passed through, innermost last.
import { PyObject } from './object';
import { nativeType } from './type';

export const tracebackType = nativeType('traceback', undefined, { baseType: false });

export class PyTraceback extends PyObject {
  constructor(
    /** The next entry, towards where the exception was raised; Python may rewrite it. */
    public next: PyTraceback | null,
    /** The VM's Frame (typed loosely: the object model sits below the VM). */
    readonly frame: unknown,
    /** The instruction that raised, in code units. */
    readonly lasti: number,
    readonly lineno: number | null,
  ) {
    super(tracebackType);
  }
}
