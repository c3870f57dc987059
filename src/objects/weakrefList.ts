// An object's __weakref__ attribute: the first of its weak references, which the
// _weakref module keeps (it registers how to find them); None when it has none.
import type { Py } from './object';

let firstWeakReference: (referent: Py) => Py = () => null;

export function weakrefListHead(referent: Py): Py {
  return firstWeakReference(referent);
}

/** Called by the _weakref module. */
export function setWeakrefListHead(provider: (referent: Py) => Py): void {
  firstWeakReference = provider;
}
