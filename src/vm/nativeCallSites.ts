// Which kinds of native callee each CALL site called while the eval loop ran it, for the
// compiled tier: a site's JavaScript tests for, and calls directly, only the kinds it saw
// (javascriptEmitter.ts, directNativeCall); every other call goes through
// callFromCompiledCode. Each test is code at every call site, which V8 first runs
// unoptimized and TurboFan then compiles: with every test at each of its 16 calls, the
// compiled form of a json checksum function took TurboFan 331 ms, with none 93 ms.
import type { Py } from '../objects/object';
import { PyBuiltinFunction, PyMethodDescriptor, builtinFunctionType, methodDescriptorType } from '../objects/native';
import { PyType, typeType } from '../objects/type';
import type { CodeInfo } from './codeInfo';

export const enum NativeCallKind {
  /** A built-in function of one argument, after LOAD_GLOBAL's NULL (len, abs). */
  BUILTIN_UNARY = 1,
  /** A built-in type called with one argument (str(x), list(x)). */
  TYPE_WITH_ONE = 2,
  /** A built-in function of two arguments (isinstance, getattr). */
  BUILTIN_BINARY = 4,
  /** A method descriptor LOAD_METHOD found on an instance (list.append, str.split). */
  METHOD_DESCRIPTOR = 8,
  /** A built-in type called with two arguments (zip(a, b), map(f, x)). */
  TYPE_WITH_TWO = 16,
  ALL = 31,
}

/**
 * Notes the kind of the native `callable` a CALL calls, its operands from `base` (the
 * NULL or the method) to `top`, its arguments from `first` (self included). `next` is
 * the instruction after the CALL's caches, by which the emitter finds the site.
 */
export function noteNativeCall(info: CodeInfo, next: number, stack: readonly (Py | undefined)[], base: number, first: number, top: number, callable: Py): void {
  const argc = top - first;
  let kind = 0;
  if (first === base + 2 && callable instanceof PyBuiltinFunction && callable.cls === builtinFunctionType) {
    kind = argc === 1 && callable.unary !== undefined ? NativeCallKind.BUILTIN_UNARY : argc === 2 && callable.binary !== undefined ? NativeCallKind.BUILTIN_BINARY : 0;
  } else if (first === base + 2 && argc === 1 && callable instanceof PyType && callable.cls === typeType && callable.callWithOne !== undefined) {
    kind = NativeCallKind.TYPE_WITH_ONE;
  } else if (first === base + 2 && argc === 2 && callable instanceof PyType && callable.cls === typeType && callable.callWithTwo !== undefined) {
    kind = NativeCallKind.TYPE_WITH_TWO;
  } else if (first === base + 1 && stack[base] === callable && callable instanceof PyMethodDescriptor && callable.cls === methodDescriptorType) {
    kind = NativeCallKind.METHOD_DESCRIPTOR;
  }
  if (kind !== 0) (info.nativeCalls ??= new Uint8Array(info.units.length + 1))[next] |= kind;
}
