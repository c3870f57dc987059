// super(): a proxy that looks attributes up along the MRO of an object's type, starting
// after a given class. The zero-argument form takes the class from the calling method's
// __class__ cell and the object from its first argument; the running frame is the VM's,
// which modules/objectModelHooks.ts hands in through setMethodContextReader.
import type { CodeObject } from '../bytecode/code';
import { LocalKind } from '../bytecode/code';
import { PyObject, type Py } from './object';
import { nativeType, PyType } from './type';
import { typeOf } from './typeOf';
import { attributeName } from './str';
import { defineGetSets, defineMethods } from './native';
import { newException, RuntimeError, typeError } from './exceptions';
import { attributeError, bindDescriptor, genericGetAttr, getAttrOrUndefined } from './protocols';
import { PyCell } from './function';
import { newInstance } from './objectMethods';
import { SUPER_DOC } from './descriptorDocs';

export const superType = nativeType('super', undefined, { factory: (cls) => new PySuper(cls) });

superType.attrs.set('__doc__', SUPER_DOC);

export class PySuper extends PyObject {
  /** The class whose successors along the MRO are searched (__thisclass__); undefined until __init__. */
  thisClass: PyType | undefined = undefined;
  /** The object the found attributes are bound to (__self__); undefined for an unbound super. */
  obj: Py | undefined = undefined;
  /** The type whose MRO is searched: obj's type, or obj itself when it is a class (__self_class__). */
  objType: PyType | undefined = undefined;
}

/** What the zero-argument form needs from the calling frame. */
export interface MethodContext {
  code: CodeObject;
  localsplus: readonly (Py | undefined)[];
}

let readMethodContext: () => MethodContext | null = () => null;

export function setMethodContextReader(reader: () => MethodContext | null): void {
  readMethodContext = reader;
}

defineMethods(superType, {
  __init__(self: PySuper, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) throw typeError('super() takes no keyword arguments');
    if (args.length > 2) throw typeError(`super() expected at most 2 arguments, got ${args.length}`);
    let [type, obj] = args as (Py | undefined)[];
    if (type === undefined) [type, obj] = zeroArgumentForm();
    if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(type).name}`);
    self.thisClass = type;
    self.obj = obj === null ? undefined : obj;
    self.objType = self.obj === undefined ? undefined : superCheck(type, self.obj);
    return null;
  },
  __repr__(self: PySuper) {
    const thisName = self.thisClass?.name ?? 'NULL';
    if (self.objType === undefined) return `<super: <class '${thisName}'>, NULL>`;
    return `<super: <class '${thisName}'>, <${self.objType.name} object>>`;
  },
  __getattribute__(self: PySuper, args) {
    const name = attributeName(args[0]);
    const found = superGetAttr(self, name);
    if (found === undefined) throw attributeError(self, name);
    return found;
  },
  __get__(self: PySuper, args) {
    const obj = args[0];
    if (obj === null || obj === undefined || self.obj !== undefined) return self;
    const bound = newInstance(typeOf(self)) as PySuper;
    bound.thisClass = self.thisClass;
    bound.obj = obj;
    bound.objType = superCheck(self.thisClass!, obj);
    return bound;
  },
});

defineGetSets(superType, {
  __thisclass__: { get: (self: PySuper) => self.thisClass ?? null },
  __self__: { get: (self: PySuper) => self.obj ?? null },
  __self_class__: { get: (self: PySuper) => self.objType ?? null },
});

/** The attribute `name` of a super object: from the classes after thisClass in objType's MRO, else its own. */
function superGetAttr(self: PySuper, name: string): Py | undefined {
  const start = self.objType;
  if (start !== undefined && name !== '__class__') {
    const mro = start.mro;
    let i = mro.indexOf(self.thisClass!) + 1;
    if (i === 0) i = mro.length;
    for (; i < mro.length; i++) {
      const found = mro[i].attrs.get(name);
      if (found === undefined) continue;
      // A class found as obj itself (super in a classmethod) binds as on the class: no instance.
      return bindDescriptor(found, self.obj === start ? undefined : self.obj, start);
    }
  }
  return genericGetAttr(self, name);
}

/** The type whose MRO super(type, obj) searches, or the TypeError for an obj that is neither instance nor subclass of type (supercheck). */
function superCheck(type: PyType, obj: Py): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(type)) return obj;
  const objType = typeOf(obj);
  if (objType.isSubtypeOf(type)) return objType;
  const claimed = getAttrOrUndefined(obj, '__class__');
  if (claimed instanceof PyType && claimed !== objType && claimed.isSubtypeOf(type)) return claimed;
  throw typeError('super(type, obj): obj must be an instance or subtype of type');
}

/** super() in a method: the __class__ cell's class and the method's first argument. */
function zeroArgumentForm(): [Py, Py] {
  const context = readMethodContext();
  if (context === null) throw newException(RuntimeError, 'super(): no current frame');
  const { code, localsplus } = context;
  if (code.co_argcount === 0) throw newException(RuntimeError, 'super(): no arguments');
  let first = localsplus[0];
  if (first instanceof PyCell && code.co_localspluskinds[0] & LocalKind.CELL) first = first.contents;
  if (first === undefined) throw newException(RuntimeError, 'super(): arg[0] deleted');
  const names = code.co_localsplusnames;
  for (let i = 0; i < names.length; i++) {
    if (names[i] !== '__class__' || !(code.co_localspluskinds[i] & LocalKind.FREE)) continue;
    const cell = localsplus[i];
    if (!(cell instanceof PyCell)) throw newException(RuntimeError, 'super(): bad __class__ cell');
    const cls = cell.contents;
    if (cls === undefined) throw newException(RuntimeError, 'super(): empty __class__ cell');
    if (!(cls instanceof PyType)) throw newException(RuntimeError, `super(): __class__ is not a type (${typeOf(cls).name})`);
    return [cls, first];
  }
  throw newException(RuntimeError, 'super(): __class__ cell not found');
}
