// _ctypes.CFuncPtr: function pointers. pyvm has no FFI, so the only C functions one can
// call are ctypes' own helpers, which here are TypeScript, at made-up addresses
// (_memmove_addr, _memset_addr, _string_at_addr, _wstring_at_addr, _cast_addr: the
// functions ctypes/__init__.py wraps as memmove, memset, string_at, wstring_at, cast).
// A function pointer made from a Python callable calls it. One looked up in a library
// (CDLL(...).name) is made, but calling it raises NotImplementedError.
import type { Py } from '../../objects/object';
import { PyType } from '../../objects/type';
import { PyBytes } from '../../objects/bytes';
import { PyTuple } from '../../objects/tuple';
import { newException, NotImplementedError, typeError } from '../../objects/exceptions';
import { cIntArgument, indexSized } from '../../objects/bytesArguments';
import { intValue } from '../../objects/int';
import { defineMethods, PyBuiltinFunction } from '../../objects/native';
import { call, isCallable, pyRepr } from '../../objects/protocols';
import { typeName } from '../../objects/typeOf';
import { addressOf } from '../../objects/identity';
import { addressOfMemory, memoryAt, terminatedMemoryAt } from './addresses';
import { cdataType, CKind, newCData, PyCData, requireTypeInfo } from './cdata';
import { defineMetatypeNew, functionMetatype } from './metatypes';
import { fromUtf32, readAddress, storeAddress, utf32 } from './simpleTypes';
import { byrefTarget } from './byref';

const POINTER_SIZE = 8;

export const functionPointerType = new PyType(functionMetatype, 'CFuncPtr', [cdataType]);
functionPointerType.attrs.set('__module__', '_ctypes');

defineMetatypeNew(functionMetatype, () => ({ kind: CKind.FUNCTION, size: POINTER_SIZE, align: POINTER_SIZE, format: 'X{}', itemsize: POINTER_SIZE, holdsPointer: true }));

type NativeCFunction = (args: Py[]) => Py;

/** What a function pointer calls. */
type Callee = { kind: 'native'; fn: NativeCFunction } | { kind: 'python'; callable: Py } | { kind: 'foreign'; name: string } | { kind: 'null' };

const callees = new WeakMap<PyCData, Callee>();
const nativeFunctions = new Map<number, NativeCFunction>();
/** Where the native helpers' made-up addresses start: below the memory ranges of ./addresses. */
let nextNativeAddress = 0x7e0000001000;

/** Registers a native helper: its address. */
export function nativeFunctionAddress(fn: NativeCFunction): number {
  const address = nextNativeAddress;
  nextNativeAddress += 16;
  nativeFunctions.set(address, fn);
  return address;
}

/** The address a C argument passes: of None, an int, a ctypes object (a pointer's value, an array's memory), byref(), bytes or str. */
export function addressArgument(value: Py): number {
  if (value === null) return 0;
  const integer = intValue(value);
  if (integer !== undefined) return Number(BigInt.asUintN(64, BigInt(integer)));
  if (value instanceof PyCData) {
    const info = requireTypeInfo(value.cls);
    const storesAddress = info.kind === CKind.POINTER || info.kind === CKind.FUNCTION || (info.simple !== undefined && 'zZP'.includes(info.simple.code));
    return storesAddress ? readAddress(value.memory) : addressOfMemory(value.memory);
  }
  const target = byrefTarget(value);
  if (target !== undefined) return addressOfMemory(target.object.memory) + target.offset;
  if (value instanceof PyBytes) return addressOfMemory(terminated(value.bytes, 1));
  if (typeof value === 'string') return addressOfMemory(terminated(utf32(value), 4));
  throw typeError(`Don't know how to convert parameter ${typeName(value)}`);
}

function terminated(bytes: Uint8Array, width: number): Uint8Array {
  const copy = new Uint8Array(bytes.length + width);
  copy.set(bytes);
  return copy;
}

const pointerResult = (address: number): Py => (address === 0 ? null : address);

export const MEMMOVE_ADDRESS = nativeFunctionAddress(([destination, source, count]) => {
  const length = indexSized(count);
  const to = addressArgument(destination);
  memoryAt(to, length).set(memoryAt(addressArgument(source), length).slice());
  return pointerResult(to);
});

export const MEMSET_ADDRESS = nativeFunctionAddress(([destination, byte, count]) => {
  const to = addressArgument(destination);
  memoryAt(to, indexSized(count)).fill(cIntArgument(byte) & 0xff);
  return pointerResult(to);
});

export const STRING_AT_ADDRESS = nativeFunctionAddress(([pointer, size]) => {
  const address = addressArgument(pointer);
  const length = cIntArgument(size);
  return new PyBytes((length < 0 ? terminatedMemoryAt(address, 1) : memoryAt(address, length)).slice());
});

export const WSTRING_AT_ADDRESS = nativeFunctionAddress(([pointer, size]) => {
  const address = addressArgument(pointer);
  const length = cIntArgument(size);
  return fromUtf32(length < 0 ? terminatedMemoryAt(address, 4) : memoryAt(address, length * 4));
});

/** cast(obj, obj, typ): an instance of pointer type `typ` holding obj's address, keeping obj alive. */
export const CAST_ADDRESS = nativeFunctionAddress(([pointer, source, type]) => {
  if (!(type instanceof PyType) || !castable(type)) throw typeError('cast() argument 2 must be a pointer type, not ' + typeName(type));
  const result = newCData(type);
  storeAddress(result.memory, addressArgument(pointer));
  result.keep(source);
  return result;
});

function castable(type: PyType): boolean {
  const info = requireTypeInfo(type);
  return info.kind === CKind.POINTER || info.kind === CKind.FUNCTION || (info.simple !== undefined && 'zZP'.includes(info.simple.code));
}

functionPointerType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args) => newFunctionPointer(args[0] as PyType, args.slice(1)), undefined, null));

function newFunctionPointer(cls: PyType, args: Py[]): PyCData {
  const instance = newCData(cls);
  callees.set(instance, calleeOf(args[0]));
  if (typeof args[0] === 'number') storeAddress(instance.memory, args[0]);
  return instance;
}

function calleeOf(target: Py | undefined): Callee {
  if (target === undefined) return { kind: 'null' };
  if (typeof target === 'number') {
    const fn = nativeFunctions.get(target);
    return fn === undefined ? { kind: 'foreign', name: `at 0x${target.toString(16)}` } : { kind: 'native', fn };
  }
  if (target instanceof PyTuple && typeof target.items[0] === 'string') return { kind: 'foreign', name: target.items[0] };
  if (isCallable(target)) return { kind: 'python', callable: target };
  throw typeError('argument must be callable or integer function address');
}

defineMethods(functionPointerType, {
  __call__(self, args, kwnames) {
    const callee = callees.get(self as PyCData) ?? { kind: 'null' };
    const positional = args.slice(0, args.length - (kwnames?.length ?? 0));
    switch (callee.kind) {
      case 'native':
        return callee.fn(positional);
      case 'python':
        return call(callee.callable, positional);
      case 'foreign':
        throw newException(NotImplementedError, `cannot call foreign function ${pyRepr(callee.name)}: pyvm's ctypes has no foreign function interface`);
      default:
        throw newException(NotImplementedError, 'NULL function pointer');
    }
  },
  __repr__: (self) => `<${(self as PyCData).cls.name} object at ${addressOf(self)}>`,
  __bool__: (self) => (callees.get(self as PyCData)?.kind ?? 'null') !== 'null',
});
