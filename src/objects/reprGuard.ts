// The repr of containers that may hold themselves (CPython's Py_ReprEnter/Py_ReprLeave):
// a list inside itself shows as [...], a tuple as (...), a dict as {...}. (A deeply
// nested one raises RecursionError: pyRepr counts each nested repr as a level.)
import type { PyObject } from './object';

/** The containers whose repr is being built (CPython keeps this list per thread). */
const reprsInProgress = new Set<PyObject>();

/** The repr `build` makes of `container`; `placeholder` when asked again for it from inside that build. */
export function guardedRepr(container: PyObject, placeholder: string, build: () => string): string {
  if (reprsInProgress.has(container)) return placeholder;
  reprsInProgress.add(container);
  try {
    return build();
  } finally {
    reprsInProgress.delete(container);
  }
}
