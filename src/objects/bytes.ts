// bytes and bytearray: sequences of bytes over a Uint8Array.
import { PyObject } from './object';
import { nativeType, type PyType } from './type';

export const bytesType = nativeType('bytes', undefined, { factory: (cls) => new PyBytes(new Uint8Array(0), cls) });
export const bytearrayType = nativeType('bytearray', undefined, { factory: (cls) => new PyByteArray(new Uint8Array(0), cls) });

export class PyBytes extends PyObject {
  constructor(
    readonly bytes: Uint8Array,
    cls: PyType = bytesType,
  ) {
    super(cls);
  }
}

/** A bytearray: `bytes` holds the contents, `length` how many of its bytes are used. */
export class PyByteArray extends PyObject {
  constructor(
    public bytes: Uint8Array,
    cls: PyType = bytearrayType,
  ) {
    super(cls);
  }
}
