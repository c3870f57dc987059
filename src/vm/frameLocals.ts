// A frame's local variables as a mapping: what locals(), vars() and dir() without
// arguments see. A module or class body has its namespace; a function's fast locals
// and cells are copied into one dict per frame, refreshed at each call, as CPython 3.11's
// PyFrame_FastToLocals does (so names exec() adds to it stay there).
import { CodeFlag, LocalKind } from '../bytecode/code';
import type { Py } from '../objects/object';
import type { PyDict } from '../objects/dict';
import { newDict } from '../objects/dictType';
import { PyCell } from '../objects/function';
import { type Frame, markEscaped } from './frame';
import { forgoCompiledCode } from './codeInfo';

const snapshots = new WeakMap<Frame, PyDict>();
/** The function frames whose snapshot was taken since it was last copied back (CPython's f_fast_as_locals). */
const taken = new WeakSet<Frame>();

/** The locals mapping of `frame`: its namespace, or the refreshed snapshot of its fast locals. */
export function frameLocals(frame: Frame): Py {
  if (frame.locals !== null) return frame.locals;
  markEscaped(frame);
  let dict = snapshots.get(frame);
  if (dict === undefined) snapshots.set(frame, (dict = newDict()));
  taken.add(frame);
  const code = frame.code;
  const names = code.co_localsplusnames;
  const kinds = code.co_localspluskinds;
  const optimized = (code.co_flags & CodeFlag.OPTIMIZED) !== 0;
  for (let i = 0; i < names.length; i++) {
    const kind = kinds[i];
    if (kind & LocalKind.FREE && !optimized) continue;
    let value = frame.localsplus[i];
    // A cell variable holds its cell once MAKE_CELL has run (an argument before that holds its value).
    if (value instanceof PyCell && kind & (LocalKind.CELL | LocalKind.FREE)) value = value.contents;
    if (value === undefined) dict.delete(names[i]);
    else dict.setStr(names[i], value);
  }
  return dict;
}

/** Whether a function frame's locals mapping was taken (and may have been changed) since it was last copied back. */
export function localsTaken(frame: Frame): boolean {
  return taken.has(frame);
}

/**
 * Copies a function frame's locals mapping, if it was taken, back into its fast locals
 * and cells (PyFrame_LocalsToFast): a trace function may have changed it. A name
 * missing from it unbinds the variable.
 */
export function writeLocalsBack(frame: Frame): void {
  if (!taken.delete(frame)) return;
  const mapping = snapshots.get(frame)!;
  const code = frame.code;
  const names = code.co_localsplusnames;
  const kinds = code.co_localspluskinds;
  for (let i = 0; i < names.length; i++) {
    const value = mapping.getStr(names[i]);
    const slot = frame.localsplus[i];
    if (slot instanceof PyCell && kinds[i] & (LocalKind.CELL | LocalKind.FREE)) {
      slot.contents = value;
    } else {
      // (The compiled code reads a parameter without looking for a value: the code is interpreted from now on.)
      if (value === undefined && slot !== undefined) forgoCompiledCode(frame.info);
      frame.localsplus[i] = value;
    }
  }
}
