// The _abc module (CPython's Modules/_abc.c), which abc.py's ABCMeta is built on: each
// abstract class's registry of virtual subclasses and its caches of answers, the
// abstract methods a class leaves unimplemented, and the match-statement flags
// (Py_TPFLAGS_SEQUENCE / _MAPPING) that collections.abc hands to registered classes.
import { PyObject, type Py } from '../objects/object';
import { newModule } from '../objects/module';
import { MatchKind, nativeType, PyType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { checkArgCount } from '../objects/native';
import { AssertionError, newException, RuntimeError, typeError } from '../objects/exceptions';
import { call, getAttr, getAttrOrUndefined, getIter, isTrue, iterNext, setAttr } from '../objects/protocols';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { frozensetType, newSet } from '../objects/set';
import { NotImplemented } from '../objects/singletons';
import { referenceType } from './weakref';
import { defineFunction, isSubclassOfAny } from './builtins';
import { registerBuiltinModule } from './registry';

export const abcModule = newModule('_abc', 'Module contains faster C implementation of abc.ABCMeta');
registerBuiltinModule('_abc', () => abcModule);

/** Bumped by every register(): negative caches older than it are stale. */
let invalidationCounter = 0;

/**
 * A set of classes held weakly, as _abc.c holds them (sets of weak references): a class
 * that is collected leaves it. Kept in the order the classes were added.
 */
class WeakClassSet {
  private readonly members = new WeakSet<object>();
  private references: WeakRef<object>[] = [];
  /** The references are swept of collected classes when they grow past this. */
  private sweepAt = 8;

  has(value: Py): boolean {
    return typeof value === 'object' && value !== null && this.members.has(value);
  }

  add(value: PyObject): void {
    if (this.members.has(value)) return;
    this.members.add(value);
    this.references.push(new WeakRef(value));
    if (this.references.length >= this.sweepAt) {
      this.references = this.references.filter((reference) => reference.deref() !== undefined);
      this.sweepAt = 2 * this.references.length + 8;
    }
  }

  clear(): void {
    for (const value of this.live()) this.members.delete(value);
    this.references = [];
  }

  /** The classes still alive, in the order they were added. */
  live(): PyObject[] {
    const values: PyObject[] = [];
    for (const reference of this.references) {
      const value = reference.deref();
      if (value !== undefined) values.push(value as PyObject);
    }
    return values;
  }
}

/** _abc_data: the state of one abstract class, stored as its _abc_impl attribute. */
class AbcData extends PyObject {
  readonly registry = new WeakClassSet();
  readonly cache = new WeakClassSet();
  readonly negativeCache = new WeakClassSet();
  negativeCacheVersion = invalidationCounter;

  constructor() {
    super(abcDataType);
  }
}

const abcDataType = nativeType('_abc_data', undefined, { baseType: false });
abcDataType.attrs.set('__module__', '_abc');
abcDataType.attrs.set('__doc__', 'Internal state held by ABC machinery.');

function implOf(self: Py): AbcData {
  const impl = getAttr(self, '_abc_impl');
  if (!(impl instanceof AbcData)) throw typeError('_abc_impl is set to a wrong type');
  return impl;
}

/** A function of the module taking `count` positional arguments (METH_O when one). */
function define(name: string, count: number, fn: (...args: Py[]) => Py): void {
  defineFunction(abcModule, name, (args, kwnames) => {
    if (count === 1) checkArgCount(`_abc.${name}`, args, kwnames, 1);
    else checkArgCount(name, args, kwnames, count);
    return fn(...args);
  });
}

/** _PyObject_IsAbstract: whether the value says it is abstract (__isabstractmethod__). */
function isAbstract(value: Py): boolean {
  const flag = getAttrOrUndefined(value, '__isabstractmethod__');
  return flag !== undefined && isTrue(flag);
}

/**
 * Sets __abstractmethods__: the class's own attributes that are abstract, and the names
 * abstract in a base that the class still resolves to something abstract.
 */
function computeAbstractMethods(self: Py): void {
  const abstracts: Py[] = [];
  const namespace = getAttr(self, '__dict__');
  const items = call(getAttr(namespace, 'items'), []);
  for (const item of iterate(items)) {
    if (!(item instanceof PyTuple) || item.items.length !== 2) throw typeError('items() returned item which size is not 2');
    const [key, value] = item.items;
    if (isAbstract(value)) abstracts.push(key);
  }
  const bases = getAttr(self, '__bases__');
  if (!(bases instanceof PyTuple)) throw typeError('__bases__ is not tuple');
  for (const base of bases.items) {
    const baseAbstracts = getAttrOrUndefined(base, '__abstractmethods__');
    if (baseAbstracts === undefined) continue;
    for (const name of iterate(baseAbstracts)) {
      const value = getAttrOrUndefined(self, name as string);
      if (value !== undefined && isAbstract(value)) abstracts.push(name);
    }
  }
  setAttr(self, '__abstractmethods__', newSet(abstracts, frozensetType));
}

function iterate(iterable: Py): Py[] {
  const iterator = getIter(iterable);
  const values: Py[] = [];
  for (let value = iterNext(iterator); value !== undefined; value = iterNext(iterator)) values.push(value);
  return values;
}

/** CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, as __abc_tpflags__ gives them. */
const TPFLAGS_SEQUENCE = 1 << 5;
const TPFLAGS_MAPPING = 1 << 6;

/** Takes the class's __abc_tpflags__ (collections.abc's Sequence and Mapping set it) out of its namespace into its match flags. */
function applyAbcTypeFlags(cls: PyType): void {
  const flags = cls.attrs.get('__abc_tpflags__');
  if (flags === undefined) return;
  if (typeof flags === 'number' || typeof flags === 'bigint') {
    const value = Number(BigInt.asIntN(64, BigInt(flags)) & BigInt(TPFLAGS_SEQUENCE | TPFLAGS_MAPPING));
    if (value === (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING)) {
      throw typeError('__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
    }
    if (value === TPFLAGS_SEQUENCE) cls.matchKind = MatchKind.SEQUENCE;
    else if (value === TPFLAGS_MAPPING) cls.matchKind = MatchKind.MAPPING;
  }
  cls.setAttr('__abc_tpflags__', undefined);
}

/** Gives a registered class (and its subclasses) the ABC's match flag; built-in types keep theirs. */
function setMatchKindRecursively(cls: PyType, kind: MatchKind): void {
  if (!cls.isHeapType || cls.matchKind === kind) return;
  cls.matchKind = kind;
  for (const subclass of cls.subclasses) setMatchKindRecursively(subclass, kind);
}

define('get_cache_token', 0, () => invalidationCounter);

define('_abc_init', 1, (self) => {
  computeAbstractMethods(self);
  setAttr(self, '_abc_impl', new AbcData());
  if (self instanceof PyType) applyAbcTypeFlags(self);
  return null;
});

define('_abc_register', 2, (self, subclass) => {
  if (!(subclass instanceof PyType)) throw typeError('Can only register classes');
  if (isSubclassOfAny(subclass, self)) return subclass;
  // Checked after "already a subclass", so that X.register(X) is allowed (and does nothing).
  if (isSubclassOfAny(self, subclass)) throw newException(RuntimeError, 'Refusing to create an inheritance cycle');
  implOf(self).registry.add(subclass);
  invalidationCounter++;
  if (self instanceof PyType && self.matchKind !== MatchKind.NONE) setMatchKindRecursively(subclass, self.matchKind);
  return subclass;
});

define('_abc_instancecheck', 2, (self, instance) => {
  const impl = implOf(self);
  const subclass = getAttr(instance, '__class__');
  if (impl.cache.has(subclass)) return true;
  const subtype = typeOf(instance);
  const subclassCheck = (cls: Py): Py => call(getAttr(self, '__subclasscheck__'), [cls]);
  if (subtype === subclass) {
    if (impl.negativeCacheVersion === invalidationCounter && impl.negativeCache.has(subclass)) return false;
    return subclassCheck(subclass);
  }
  const result = subclassCheck(subclass);
  return isTrue(result) ? result : subclassCheck(subtype);
});

define('_abc_subclasscheck', 2, (self, subclass) => {
  if (!(subclass instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  const impl = implOf(self);
  if (impl.cache.has(subclass)) return true;
  if (impl.negativeCacheVersion < invalidationCounter) {
    impl.negativeCache.clear();
    impl.negativeCacheVersion = invalidationCounter;
  } else if (impl.negativeCache.has(subclass)) {
    return false;
  }
  const hook = call(getAttr(self, '__subclasshook__'), [subclass]);
  if (hook === true) {
    impl.cache.add(subclass);
    return true;
  }
  if (hook === false) {
    impl.negativeCache.add(subclass);
    return false;
  }
  if (hook !== NotImplemented) throw newException(AssertionError, '__subclasshook__ must return either False, True, or NotImplemented');
  const isSubclassOf = (classes: Py[]): boolean => classes.some((cls) => isSubclassOfAny(subclass, cls));
  // A real subclass, a registered class, a subclass of a registered class, or of a subclass.
  if (subclass.mro.includes(self as PyType)) {
    impl.cache.add(subclass);
    return true;
  }
  if (impl.registry.has(subclass)) return true;
  if (isSubclassOf(impl.registry.live())) {
    impl.cache.add(subclass);
    return true;
  }
  const subclasses = call(getAttr(self, '__subclasses__'), []);
  if (!(subclasses instanceof PyList)) throw typeError('__subclasses__() must return a list');
  if (isSubclassOf(subclasses.items)) {
    impl.cache.add(subclass);
    return true;
  }
  impl.negativeCache.add(subclass);
  return false;
});

define('_get_dump', 1, (self) => {
  const impl = implOf(self);
  const references = (set: WeakClassSet): Py => newSet(set.live().map((cls) => call(referenceType, [cls])));
  return newTuple([references(impl.registry), references(impl.cache), references(impl.negativeCache), impl.negativeCacheVersion]);
});

define('_reset_registry', 1, (self) => {
  implOf(self).registry.clear();
  return null;
});

define('_reset_caches', 1, (self) => {
  const impl = implOf(self);
  impl.cache.clear();
  impl.negativeCache.clear();
  return null;
});
