// _thread._local (threading.local): an object whose attributes are per thread. Each
// thread that touches it gets its own __dict__; a subclass's __init__ runs again, with
// the arguments the object was made with, the first time another thread touches it, as
// in CPython. Class attributes, properties and methods stay shared: only the instance
// __dict__ differs. The object's `dict` is the running thread's, so the generic
// attribute machinery (and the __dict__ a subclass inherits) sees the right one.
import { PyObject, type Py } from '../objects/object';
import { nativeType, type PyType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { typeSlotName } from '../objects/typeLayout';
import { checkWrapperArgs, defineMethods, newTargetOf, PyBuiltinFunction } from '../objects/native';
import { newInstance, objectInit } from '../objects/objectMethods';
import { keepsOwnWeakrefs } from '../objects/typeMethods';
import { AttributeError, newException, typeError } from '../objects/exceptions';
import { callUnbound, genericGetAttr, genericSetAttr, isDataDescriptor } from '../objects/protocols';
import { attributeName } from '../objects/str';
import type { PyDict } from '../objects/dict';
import { newDict } from '../objects/dictType';
import { currentThread, type PythonThread } from '../vm/threads';
import { threadModule } from './thread';

class PyThreadLocal extends PyObject {
  /** Each thread's __dict__, until the thread ends. */
  private readonly dicts = new Map<PythonThread, PyDict>();

  constructor(
    cls: PyType,
    /** What the object was made with, for __init__ in the other threads. */
    readonly initArgs: Py[],
    readonly initKwnames: readonly string[] | null,
  ) {
    super(cls);
  }

  dictOf(thread: PythonThread): PyDict | undefined {
    return this.dicts.get(thread);
  }

  setDictOf(thread: PythonThread, dict: PyDict | undefined): void {
    if (dict === undefined) {
      this.dicts.delete(thread);
      return;
    }
    if (!this.dicts.has(thread)) thread.atExit.push(() => this.dicts.delete(thread));
    this.dicts.set(thread, dict);
  }
}

// The instance __dict__ the attribute machinery reads and writes is the running thread's,
// if it has one yet (see threadDict). (An accessor on the prototype: TypeScript will not
// let a class override the `dict` field of PyObject with one.)
Object.defineProperty(PyThreadLocal.prototype, 'dict', {
  get(this: PyThreadLocal): PyDict | undefined {
    return this.dictOf(currentThread());
  },
  set(this: PyThreadLocal, dict: PyDict | undefined) {
    this.setDictOf(currentThread(), dict);
  },
});

const localType = nativeType('_local', undefined, { factory: (cls) => new PyThreadLocal(cls, [], null) });
threadModule.dict.setStr('_local', localType);
// (As CPython's localobject, which has a weak reference list: a subclass adds no __weakref__.)
keepsOwnWeakrefs(localType);

localType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  const cls = newTargetOf(localType, args);
  const initArgs = args.slice(1);
  if (initArgs.length > 0 && cls.lookup('__init__') === objectInit) throw typeError('Initialization arguments are not supported');
  const local = newInstance(cls, new PyThreadLocal(cls, initArgs, kwnames));
  // The creating thread's __dict__ is there from the start: type() runs __init__ on it as usual.
  local.dict ??= newDict();
  return local;
}, undefined, null));

/** _ldict: the running thread's __dict__, made on its first use, when a subclass's __init__ runs on it. */
function threadDict(self: PyThreadLocal): PyDict {
  const thread = currentThread();
  const existing = self.dictOf(thread);
  if (existing !== undefined) return existing;
  const dict = newDict();
  self.setDictOf(thread, dict);
  const init = typeOf(self).lookup('__init__');
  if (init !== undefined && init !== objectInit) {
    try {
      callUnbound(init, self, self.initArgs, self.initKwnames);
    } catch (error) {
      self.setDictOf(thread, undefined);
      throw error;
    }
  }
  return dict;
}

/** Assigning or deleting __dict__ itself is refused. */
function refuseDictAssignment(self: PyThreadLocal, name: string): void {
  if (name === '__dict__') throw newException(AttributeError, `'${typeSlotName(typeOf(self))}' object attribute '__dict__' is read-only`);
}

function noAttribute(self: PyThreadLocal, name: string): never {
  throw newException(AttributeError, `'${typeSlotName(typeOf(self))}' object has no attribute '${name}'`);
}

defineMethods(localType, {
  __getattribute__(self: PyThreadLocal, args, kwnames) {
    checkWrapperArgs('__getattribute__', args, kwnames, 1);
    const dict = threadDict(self);
    const name = attributeName(args[0]);
    if (name === '__dict__') return dict;
    // _local itself looks in the __dict__ first; subclasses take the generic order.
    const own = typeOf(self) === localType ? dict.getStr(name) : undefined;
    const found = own !== undefined ? own : genericGetAttr(self, name);
    return found === undefined ? noAttribute(self, name) : found;
  },
  __setattr__(self: PyThreadLocal, args, kwnames) {
    checkWrapperArgs('__setattr__', args, kwnames, 2);
    threadDict(self);
    const name = attributeName(args[0]);
    refuseDictAssignment(self, name);
    genericSetAttr(self, name, args[1]);
    return null;
  },
  __delattr__(self: PyThreadLocal, args, kwnames) {
    checkWrapperArgs('__delattr__', args, kwnames, 1);
    const dict = threadDict(self);
    const name = attributeName(args[0]);
    refuseDictAssignment(self, name);
    const descriptor = typeOf(self).lookup(name);
    if (!dict.has(name) && (descriptor === undefined || !isDataDescriptor(descriptor))) noAttribute(self, name);
    genericSetAttr(self, name, undefined);
    return null;
  },
});
localType.attrs.set('__doc__', 'Thread-local data');
localType.attrs.set('__module__', '_thread');
