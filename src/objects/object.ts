// How Python values are held in JavaScript. The common immutable values are JS
// primitives, so the hot paths never allocate for them:
//   int       a JS number while it is a safe integer, a bigint beyond
//   bool      a JS boolean
//   str       a JS string (a Python str indexed by code point)
//   None      null
// Every other value is an object of a class extending PyObject, which points at its
// Python type. `undefined` is never a Python value: it stands for C's NULL (an empty
// stack slot, an unbound local, "not found").
import type { PyDict } from './dict';
import type { PyType } from './type';

export type Py = number | bigint | boolean | string | null | PyObject;

export class PyObject {
  /** The instance __dict__, present on instances of classes that have one. */
  dict?: PyDict;
  /** Values of the slots __slots__ declares, by the member descriptor's index. */
  slots?: (Py | undefined)[];
  /**
   * Which made-up address id() and the identity hash give the object (hash.ts): 0 until
   * first asked. A field, not an entry in a WeakMap: a json.dumps() takes the id of every
   * container it encodes, and a WeakMap entry costs ten times what the rest of id() does.
   */
  identityBlock: number | undefined = 0;

  constructor(public cls: PyType) {}
}
