// The _ctypes module: what CPython's ctypes/__init__.py imports from it — the base types
// of ./simpleCData, ./arrayCData, ./pointerCData, ./structCData and ./functionPointers,
// sizeof, alignment, addressof, byref, resize, errno, POINTER and pointer, and dlopen,
// whose handles are made up (./functionPointers explains what calling into a library does).
import { existsSync } from 'node:fs';
import type { Py } from '../../objects/object';
import { newModule } from '../../objects/module';
import { PyType } from '../../objects/type';
import { newException, OSError, typeError, ValueError } from '../../objects/exceptions';
import { checkArgCount } from '../../objects/native';
import { indexSized } from '../../objects/bytesArguments';
import { strValue } from '../../objects/str';
import { typeName } from '../../objects/typeOf';
import { defineFunction } from '../builtins';
import { registerBuiltinModule } from '../registry';
import { newExceptionClass } from '../moduleErrors';
import { addressOfMemory } from './addresses';
import { PyCData, typeInfoOf, unpickleFunction } from './cdata';
import { simpleCDataType } from './simpleCData';
import { arrayType } from './arrayCData';
import { pointerType, pointerTypeCache, pointerTo, pointerTypeOf } from './pointerCData';
import { structureType, unionType } from './structCData';
import { CAST_ADDRESS, functionPointerType, MEMMOVE_ADDRESS, MEMSET_ADDRESS, STRING_AT_ADDRESS, WSTRING_AT_ADDRESS } from './functionPointers';
import { byReference } from './byref';

const ctypesModule = newModule('_ctypes', 'Create and manipulate C compatible data types in Python.');
registerBuiltinModule('_ctypes', () => ctypesModule);

const values: Record<string, Py> = {
  __version__: '1.1.0',
  _SimpleCData: simpleCDataType, Array: arrayType, _Pointer: pointerType, Structure: structureType, Union: unionType, CFuncPtr: functionPointerType,
  ArgumentError: newExceptionClass('ctypes.ArgumentError'),
  RTLD_LOCAL: 0, RTLD_GLOBAL: 256,
  FUNCFLAG_CDECL: 1, FUNCFLAG_PYTHONAPI: 4, FUNCFLAG_USE_ERRNO: 8, FUNCFLAG_USE_LASTERROR: 16,
  CTYPES_MAX_ARGCOUNT: 1024,
  _pointer_type_cache: pointerTypeCache,
  _memmove_addr: MEMMOVE_ADDRESS, _memset_addr: MEMSET_ADDRESS, _string_at_addr: STRING_AT_ADDRESS, _wstring_at_addr: WSTRING_AT_ADDRESS, _cast_addr: CAST_ADDRESS,
  _unpickle: unpickleFunction,
};
for (const [name, value] of Object.entries(values)) ctypesModule.dict.setStr(name, value);

/** The CTypeInfo of a ctypes type or of an instance's type. */
function infoOfTypeOrInstance(value: Py) {
  return value instanceof PyType ? typeInfoOf(value) : value instanceof PyCData ? typeInfoOf(value.cls) : undefined;
}

function defineCtypesFunction(name: string, min: number, max: number, fn: (args: Py[]) => Py): void {
  defineFunction(ctypesModule, name, (args, kwnames) => {
    checkArgCount(name, args, kwnames, min, max);
    return fn(args);
  });
}

defineCtypesFunction('sizeof', 1, 1, ([value]) => {
  if (value instanceof PyCData) return value.memory.length;
  const info = infoOfTypeOrInstance(value);
  if (info === undefined) throw typeError('this type has no size');
  return info.size;
});

defineCtypesFunction('alignment', 1, 1, ([value]) => {
  const info = infoOfTypeOrInstance(value);
  if (info === undefined) throw typeError('no alignment info');
  return info.align;
});

defineCtypesFunction('addressof', 1, 1, ([value]) => {
  if (!(value instanceof PyCData)) throw typeError('invalid type');
  return addressOfMemory(value.memory);
});

defineCtypesFunction('byref', 1, 2, ([value, offset]) => {
  if (!(value instanceof PyCData)) throw typeError(`byref() argument must be a ctypes instance, not '${typeName(value)}'`);
  return byReference(value, offset === undefined ? 0 : indexSized(offset));
});

defineCtypesFunction('resize', 2, 2, ([value, size]) => {
  if (!(value instanceof PyCData)) throw typeError('excepted ctypes instance');
  const length = indexSized(size);
  const minimum = typeInfoOf(value.cls)?.size ?? 0;
  if (length < minimum) throw newException(ValueError, `minimum size is ${minimum}`);
  if (!value.ownsMemory) throw newException(ValueError, "Memory cannot be resized because this object doesn't own it");
  if (length > value.memory.length) {
    const resized = new Uint8Array(length);
    resized.set(value.memory);
    value.memory = resized;
  }
  return null;
});

/** ctypes' private copy of errno, which get_errno and set_errno swap. */
let ctypesErrno = 0;

defineCtypesFunction('get_errno', 0, 0, () => ctypesErrno);
defineCtypesFunction('set_errno', 1, 1, ([value]) => {
  const previous = ctypesErrno;
  ctypesErrno = Number(indexSized(value));
  return previous;
});

defineCtypesFunction('POINTER', 1, 1, ([target]) => pointerTypeOf(target));
defineCtypesFunction('pointer', 1, 1, ([value]) => pointerTo(value));

/** Where dlopen looks for a library named without a directory. */
const LIBRARY_DIRECTORIES = ['/lib', '/usr/lib', '/lib64', '/usr/lib64', '/lib/x86_64-linux-gnu', '/usr/lib/x86_64-linux-gnu', '/usr/local/lib'];
const handles = new Map<string | null, number>();
/** Made-up handles, as addresses of the loaded libraries would be. */
let nextHandle = 0x7d0000001000;

defineCtypesFunction('dlopen', 0, 2, ([name]) => {
  const library = name === undefined || name === null ? null : strValue(name);
  if (library === undefined) throw typeError(`dlopen() argument 1 must be str or None, not ${typeName(name)}`);
  if (library !== null && !libraryExists(library)) throw newException(OSError, `${library}: cannot open shared object file: No such file or directory`);
  let handle = handles.get(library);
  if (handle === undefined) {
    handle = nextHandle;
    nextHandle += 0x1000;
    handles.set(library, handle);
  }
  return handle;
});

function libraryExists(library: string): boolean {
  if (library.includes('/')) return existsSync(library);
  const directories = [...(process.env.LD_LIBRARY_PATH?.split(':') ?? []), ...LIBRARY_DIRECTORIES];
  return directories.some((directory) => directory !== '' && existsSync(`${directory}/${library}`));
}

defineCtypesFunction('dlclose', 1, 1, () => null);
