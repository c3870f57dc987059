// float values: a boxed IEEE double. (Ints are JS numbers, so a float cannot be one.)
//
// Float arithmetic allocates one of these per result, so their construction must stay
// cheap wherever V8 inlines it. A class extending PyObject calls PyObject's constructor
// through super(), and in a function as large as the eval loop V8 leaves that call out
// of line: a generic construct and a megamorphic store of `cls` (PyObject's constructor
// serves every kind of object), which cost nbody a quarter of its time. So PyFloat is a
// base class of its own that sets `cls` itself, and is made a PyObject by linking its
// prototype: `instanceof PyObject` holds, and the type system sees the same shape.
import { PyObject, type Py } from './object';
import { floatType } from './typeOf';
import type { PyType } from './type';
import type { PyDict } from './dict';

export class PyFloat implements PyObject {
  cls: PyType;
  declare dict?: PyDict;
  declare slots?: (Py | undefined)[];
  /** None: a float's made-up address is kept aside (hash.ts), as few floats are asked for one. */
  declare identityBlock: number | undefined;

  constructor(readonly value: number, cls: PyType = floatType) {
    this.cls = cls;
  }
}
Object.setPrototypeOf(PyFloat.prototype, PyObject.prototype);

export function newFloat(value: number): PyFloat {
  return new PyFloat(value);
}

/** The double of a float or float-subclass instance; undefined for anything else. */
export function floatValue(value: Py): number | undefined {
  return value instanceof PyFloat ? value.value : undefined;
}

const signProbe = new Float64Array(1);
const signProbeBytes = new Uint8Array(signProbe.buffer);
/** The byte of a little- or big-endian double that holds its sign bit. */
const SIGN_BYTE = new Uint8Array(new Float64Array([-0]).buffer).indexOf(0x80);

/** C's signbit(): whether the double's sign bit is set (-0.0 and a negative NaN included). */
export function signBit(value: number): boolean {
  if (value === value && value !== 0) return value < 0;
  signProbe[0] = value;
  return (signProbeBytes[SIGN_BYTE] & 0x80) !== 0;
}
