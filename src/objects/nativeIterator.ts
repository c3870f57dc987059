// The base of iterators written in TypeScript. A leaf module (it imports only the value
// model) so that every iterator type can extend it whatever order modules load in.
import { PyObject, type Py } from './object';

/** Iterators written in TypeScript: next() gives undefined when exhausted, with no StopIteration made. */
export abstract class PyNativeIterator extends PyObject {
  abstract next(): Py | undefined;
}
