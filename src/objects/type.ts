// Python types: the class PyType, the two roots `object` and `type`, the MRO (C3
// linearization) and attribute lookup along it.
//
// A type keeps its attributes in a JS Map keyed by name. Lookups along the MRO are
// cached per type; assigning to a type's attribute clears the caches of the type and
// of every subclass, and bumps their version tags, which inline caches will key on.
import type { PyDict } from './dict';
import { PyObject, type Py } from './object';
import type { RAISED } from './raised';
import type { DictShape } from './dictShape';
import type { PyHash } from './hash';

/** How instances of a type are laid out: builds the bare instance object.__new__ returns. */
export type InstanceFactory = (cls: PyType) => PyObject;

let nextVersionTag = 1;

export const enum MatchKind {
  NONE,
  SEQUENCE,
  MAPPING,
}

export class PyType extends PyObject {
  name: string;
  qualname: string;
  /** Attributes defined on the type itself (its __dict__). */
  readonly attrs = new Map<string, Py>();
  /**
   * The entries of its __dict__ whose keys are not str (`type('X', (), {5: 6})`), which
   * no attribute name reaches save through a key whose __eq__ says it equals the name.
   */
  otherKeys: PyDict | null = null;
  bases: PyType[];
  mro: PyType[] = [];
  readonly subclasses: PyType[] = [];
  /** Changes whenever an attribute of this type or of a base changes. */
  versionTag = nextVersionTag++;
  /** The versionTag at which isinstance() found that instances report this type as their __class__ without looking (protocols.ts), or -1. */
  claimsOwnTypeAt = -1;
  private readonly lookupCache = new Map<string, Py | undefined>();
  /** Builds instances; inherited from the nearest base that defines one. */
  factory: InstanceFactory;
  /** The base that determines the instance layout (CPython's "solid base"). */
  solidBase: PyType;
  /** A class statement made it (CPython's Py_TPFLAGS_HEAPTYPE): its attributes can be set. */
  isHeapType: boolean;
  /** Instances have a __dict__. */
  hasInstanceDict: boolean;
  /** Can be subclassed (Py_TPFLAGS_BASETYPE). */
  isBaseType = true;
  /** Calling it makes instances; false for built-in types only the interpreter makes (a NULL tp_new: generator, coroutine). */
  isInstantiable = true;
  /** What a `match` statement's sequence and mapping patterns take instances for (Py_TPFLAGS_SEQUENCE / _MAPPING). */
  matchKind: MatchKind;
  /** The abstract methods still unimplemented (__abstractmethods__, which abc sets); instantiation is refused while any remain. */
  abstractMethods: string[] | null = null;
  /**
   * A built-in type's own __new__ as the function behind it (builtinNew.ts): calling the
   * type itself (range(n), enumerate(xs)) runs it directly, not through the __new__ in
   * its __dict__ (a lookup, and two copies of the arguments).
   */
  ownNativeNew: ((cls: PyType, args: Py[], kwnames: readonly string[] | null) => Py) | undefined = undefined;
  /** The root shape of its instances' __dict__s (dictShape.ts), made with the first instance. */
  instanceShapes: DictShape | null = null;
  /** Names of the member slots instances carry (from __slots__), in index order, this type's and its bases'. */
  slotNames: string[] = [];
  /**
   * For a built-in type called with one positional argument: what its __new__ and
   * __init__ make of it (int(x), str(x), list(x)), without an arguments array; it may
   * return RAISED (raised.ts).
   */
  callWithOne: ((arg: Py) => Py | typeof RAISED) | undefined = undefined;
  /** The same for a built-in type called with two positional arguments (zip(a, b), map(f, x)). */
  callWithTwo: ((first: Py, second: Py) => Py | typeof RAISED) | undefined = undefined;
  /**
   * For a built-in type whose __eq__ and __ne__ are native (dict, list, tuple): whether
   * two of its exact instances are equal, as those methods decide it. Rich comparison
   * calls it without looking the methods up or making an arguments array.
   */
  exactEquality: ((a: Py, b: Py) => boolean) | undefined = undefined;
  /**
   * For a built-in type whose __hash__ is native (frozenset): the hash of one of its exact
   * instances, as that method gives it. hash() and dict and set keys call it without
   * looking the method up (like exactEquality, not inherited).
   */
  exactHash: ((value: Py) => PyHash) | undefined = undefined;
  /**
   * A built-in iterator type whose __iter__ returns the iterator itself (iterators.ts
   * defineIteratorMethods, and generators): iter() of its exact instances is the
   * instance, with no lookup and no call. Not inherited: a subclass may override __iter__.
   */
  iteratesItself = false;

  constructor(metatype: PyType | null, name: string, bases: PyType[], options: { factory?: InstanceFactory; heap?: boolean; instanceDict?: boolean } = {}) {
    // `type` is its own type: it is created with a null metatype and patched below.
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.isHeapType = options.heap ?? false;
    const base = bases[0] as PyType | undefined;
    this.factory = options.factory ?? base?.factory ?? plainInstance;
    this.solidBase = options.factory || !base ? this : base.solidBase;
    this.hasInstanceDict = options.instanceDict ?? bases.some((b) => b.hasInstanceDict);
    if (bases.length > 0) this.slotNames = [...base!.slotNames];
    this.mro = bases.length === 0 ? [this] : c3Linearization(this, bases);
    // The match flags come from the first class along the MRO that has one (inherit_patma_flags).
    this.matchKind = this.mro.slice(1).find((type) => type.matchKind !== MatchKind.NONE)?.matchKind ?? MatchKind.NONE;
    for (const b of bases) b.subclasses.push(this);
  }

  /** The attribute `name` found along the MRO, or undefined (_PyType_Lookup). */
  lookup(name: string): Py | undefined {
    const cache = this.lookupCache;
    let found = cache.get(name);
    if (found === undefined && !cache.has(name)) {
      found = this.lookupUncached(name);
      cache.set(name, found);
    }
    return found;
  }

  lookupUncached(name: string): Py | undefined {
    // The MRO as it is now: a key's __eq__ may assign __bases__ during the walk.
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const type = mro[i];
      const value = type.attrs.get(name);
      if (value !== undefined) return value;
      if (type.otherKeys !== null) {
        const found = lookupOtherKeys(type.otherKeys, name);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  /** Sets (or, with undefined, deletes) an attribute of the type itself. */
  setAttr(name: string, value: Py | undefined): void {
    const previous = this.attrs.get(name);
    if (value === undefined) this.attrs.delete(name);
    else this.attrs.set(name, value);
    // A class counter (`Item.count += 1`) swaps one plain value for another: nothing an
    // inline cache learnt from the type changes (neither is a descriptor or a special
    // method), so the version tags stay, and only the lookups of that name change: here
    // to the new value (unless a custom MRO does not start with the class), in the
    // subclasses to what they find again.
    if (isPlainValue(previous) && isPlainValue(value) && !(name.startsWith('__') && name.endsWith('__'))) {
      this.forgetLookup(name);
      if (this.mro[0] === this) this.lookupCache.set(name, value);
    } else {
      this.attributesChanged();
    }
  }

  private forgetLookup(name: string): void {
    this.lookupCache.delete(name);
    for (const sub of this.subclasses) sub.forgetLookup(name);
  }

  attributesChanged(): void {
    this.lookupCache.clear();
    this.versionTag = nextVersionTag++;
    for (const sub of this.subclasses) sub.attributesChanged();
  }

  /** Whether this type is `other` or a subclass of it. */
  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Replaces the MRO, as assigning __bases__ or a metaclass's mro() does. */
  setMro(mro: PyType[]): void {
    this.mro = mro;
    this.attributesChanged();
  }
}

/**
 * A name looked up among keys that are not str: a key hashing alike is asked whether it
 * equals the name. Like _PyType_Lookup, a lookup whose comparison raises finds nothing.
 */
function lookupOtherKeys(otherKeys: PyDict, name: string): Py | undefined {
  try {
    return otherKeys.getStr(name);
  } catch (error) {
    // Python's exceptions are objects; anything else is the VM's own failure.
    if (!(error instanceof PyObject)) throw error;
    return undefined;
  }
}

/** An int, bool, str or None (a JS primitive): their types define no __get__, __set__ or __delete__. */
function isPlainValue(value: Py | undefined): boolean {
  return value !== undefined && (typeof value !== 'object' || value === null);
}

/** Thrown by c3Linearization; the caller words the TypeError. `duplicate` is a class listed twice among the bases. */
export class MroConflict extends Error {
  constructor(
    readonly candidates: PyType[],
    readonly duplicate?: PyType,
  ) {
    super('MRO conflict');
  }
}

/** The C3 linearization of a class with the given bases: the class, then its bases' MROs merged. */
export function c3Linearization(cls: PyType, bases: PyType[]): PyType[] {
  const duplicate = bases.find((base, index) => bases.indexOf(base) !== index);
  if (duplicate !== undefined) throw new MroConflict([], duplicate);
  const sequences = [...bases.map((b) => [...b.mro]), [...bases]];
  const result = [cls];
  for (;;) {
    const remaining = sequences.filter((s) => s.length > 0);
    if (remaining.length === 0) return result;
    const head = remaining.map((s) => s[0]).find((candidate) => remaining.every((s) => s.indexOf(candidate) <= 0));
    if (head === undefined) throw new MroConflict(remaining.map((s) => s[0]));
    result.push(head);
    for (const s of remaining) if (s[0] === head) s.shift();
  }
}

/** An instance of a class deriving from object alone: just its type and (usually) a __dict__. */
export class PyInstance extends PyObject {}

function plainInstance(cls: PyType): PyObject {
  return new PyInstance(cls);
}

export const typeType = new PyType(null, 'type', []);
export const objectType = new PyType(typeType, 'object', []);
typeType.cls = typeType;
typeType.bases = [objectType];
typeType.mro = [typeType, objectType];
typeType.solidBase = typeType;
typeType.hasInstanceDict = true;
objectType.subclasses.push(typeType);

/** A built-in type: written in TypeScript, its attributes fixed (not a heap type). */
export function nativeType(
  name: string,
  base: PyType = objectType,
  options: { factory?: InstanceFactory; instanceDict?: boolean; baseType?: boolean; instantiable?: boolean; matchKind?: MatchKind } = {},
): PyType {
  const type = new PyType(typeType, name, [base], { factory: options.factory, instanceDict: options.instanceDict ?? false });
  if (options.baseType === false) type.isBaseType = false;
  if (options.instantiable === false) type.isInstantiable = false;
  if (options.matchKind !== undefined) type.matchKind = options.matchKind;
  return type;
}
