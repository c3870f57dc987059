// The _functools module (CPython's Modules/_functoolsmodule.c), which functools.py takes
// over: reduce, cmp_to_key's key objects, partial, and the cache behind lru_cache.
import { PyObject, type Py } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType, objectType, type PyType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { bindArguments, bindClinicArguments, checkArgCount, defineGetSets, defineMethods, newTargetOf, PyBuiltinFunction } from '../objects/native';
import { isInstanceOfException, OverflowError, type PyBaseException, typeError, TypeError } from '../objects/exceptions';
import {
  call, CompareOp, COMPARE_DUNDERS, getAttr, getIter, isCallable, isTrue, iterNext, pyEquals, pyHash, pyRepr, pyStr, richCompare,
} from '../objects/protocols';
import { PyDict } from '../objects/dict';
import { dictType, newDict } from '../objects/dictType';
import { copyDict } from '../objects/dictUpdate';
import { newTuple, PyTuple, tupleType } from '../objects/tuple';
import { PyMethod } from '../objects/function';
import { newInstance } from '../objects/objectMethods';
import { defineNew } from '../objects/builtinNew';
import { guardedRepr } from '../objects/reprGuard';
import { defineClassGetItem } from '../objects/genericAlias';
import { readonlyMember } from '../objects/nativeDescriptorMethods';
import { indexSized } from '../objects/bytesArguments';
import type { PyHash } from '../objects/hash';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

export const functoolsModule = newModule('_functools', 'Tools that operate on functions.');
registerBuiltinModule('_functools', () => functoolsModule);

/** A built-in type of this module, shown as functools.<name>. */
function functoolsType(name: string, options: { baseType?: boolean; instanceDict?: boolean } = {}): PyType {
  const type = nativeType(name, undefined, options);
  type.attrs.set('__module__', 'functools');
  functoolsModule.dict.setStr(name, type);
  return type;
}

/** The __dict__ of instances of a built-in type that has one (made on first use). */
function defineInstanceDict(type: PyType): void {
  defineGetSets(type, {
    __dict__: {
      get: (self: PyObject) => (self.dict ??= newDict()),
      set(self: PyObject, value) {
        if (value === undefined) throw typeError('cannot delete __dict__');
        if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
        self.dict = value;
      },
    },
  });
}

/** Splits a call's arguments into the positional ones and the keyword names with their values. */
function splitArguments(args: Py[], kwnames: readonly string[] | null): { positional: Py[]; keywords: [string, Py][] } {
  const positionalCount = args.length - (kwnames?.length ?? 0);
  return {
    positional: args.slice(0, positionalCount),
    keywords: (kwnames ?? []).map((name, k) => [name, args[positionalCount + k]]),
  };
}

// ---------------------------------------------------------------- reduce

defineFunction(functoolsModule, 'reduce', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('reduce() takes no keyword arguments');
  checkArgCount('reduce', args, null, 2, 3);
  const [fn, iterable] = args;
  let iterator: Py;
  try {
    iterator = getIter(iterable);
  } catch (error) {
    if (isInstanceOfException(error, TypeError)) throw typeError('reduce() arg 2 must support iteration');
    throw error;
  }
  let accumulated: Py | undefined = args[2];
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
    accumulated = accumulated === undefined ? item : call(fn, [accumulated, item]);
  }
  if (accumulated === undefined) throw typeError('reduce() of empty iterable with no initial value');
  return accumulated;
});

// ---------------------------------------------------------------- cmp_to_key

/**
 * What cmp_to_key returns, and what calling that returns: a key wrapping `object`
 * (undefined in the first), ordered by what `compare` says of two objects.
 */
class KeyWrapper extends PyObject {
  constructor(readonly compare: Py, public object: Py | undefined) {
    super(keyWrapperType);
  }
}

const keyWrapperType = nativeType('KeyWrapper', undefined, { baseType: false });
keyWrapperType.attrs.set('__module__', 'functools');
keyWrapperType.attrs.set('__hash__', null);
defineNew(keyWrapperType, () => {
  throw typeError("cannot create 'functools.KeyWrapper' instances");
});

const K_SIGNATURE = { name: 'K', names: ['obj'], positionalOnly: 0 };
const compareMethods = Object.fromEntries(COMPARE_DUNDERS.map((dunder, op: CompareOp) => [dunder, (self: KeyWrapper, args: Py[]) => {
  const other = args[0];
  if (!(other instanceof KeyWrapper)) throw typeError('other argument must be K instance');
  const order = call(self.compare, [self.object ?? null, other.object ?? null]);
  return richCompare(order, 0, op);
}]));
defineMethods(keyWrapperType, {
  __call__(self: KeyWrapper, args, kwnames) {
    const [object] = bindClinicArguments(K_SIGNATURE, args, kwnames);
    return new KeyWrapper(self.compare, object!);
  },
  ...compareMethods,
});
defineGetSets(keyWrapperType, {
  obj: {
    get: (self: KeyWrapper) => self.object ?? null,
    set(self: KeyWrapper, value) {
      self.object = value;
    },
  },
});

const CMP_TO_KEY = { name: 'cmp_to_key', names: ['mycmp'], positionalOnly: 0 };
defineFunction(functoolsModule, 'cmp_to_key', (args, kwnames) => {
  const [compare] = bindClinicArguments(CMP_TO_KEY, args, kwnames);
  return new KeyWrapper(compare!, undefined);
});

// ---------------------------------------------------------------- partial

export class PyPartial extends PyObject {
  constructor(
    cls: PyType,
    public func: Py,
    public args: PyTuple,
    public keywords: PyDict,
  ) {
    super(cls);
  }
}

export const partialType = functoolsType('partial', { instanceDict: true });
partialType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  const cls = newTargetOf(partialType, args);
  const { positional, keywords } = splitArguments(args.slice(1), kwnames);
  if (positional.length < 1) throw typeError("type 'partial' takes at least one argument");
  let func = positional[0];
  let boundArgs: Py[] = [];
  const boundKeywords = newDict();
  // A partial of a partial (whose attributes were never set) is flattened into one.
  if (func instanceof PyPartial && typeOf(func).lookup('__call__') === partialCall && (func.dict === undefined || func.dict.size === 0)) {
    boundArgs = func.args.items;
    func.keywords.copyInto(boundKeywords);
    func = func.func;
  }
  if (!isCallable(func)) throw typeError('the first argument must be callable');
  for (const [name, value] of keywords) boundKeywords.setStr(name, value);
  return newInstance(cls, new PyPartial(cls, func, newTuple([...boundArgs, ...positional.slice(1)]), boundKeywords));
}, undefined, null));

defineMethods(partialType, {
  __call__(self: PyPartial, args, kwnames) {
    if (self.keywords.size === 0) return call(self.func, [...self.args.items, ...args], kwnames);
    const { positional, keywords } = splitArguments(args, kwnames);
    const merged = newDict();
    self.keywords.copyInto(merged);
    for (const [name, value] of keywords) merged.setStr(name, value);
    const names = merged.keys();
    // .keywords can be given other keys by hand; the call refuses them as a ** mapping's.
    if (!names.every((name) => typeof name === 'string')) throw typeError('keywords must be strings');
    return call(self.func, [...self.args.items, ...positional, ...merged.values()], names as string[]);
  },
  __repr__(self: PyPartial) {
    const name = self.cls.isHeapType ? self.cls.name : 'functools.partial';
    return guardedRepr(self, '...', () => {
      const parts = [pyRepr(self.func), ...self.args.items.map(pyRepr)];
      // str() of a key: a non-str one (put in .keywords by hand) shows too.
      for (const [key, value] of self.keywords.entries()) parts.push(`${pyStr(key)}=${pyRepr(value)}`);
      return `${name}(${parts.join(', ')})`;
    });
  },
  __reduce__(self: PyPartial) {
    const state = [self.func, self.args, self.keywords, self.dict !== undefined && self.dict.size > 0 ? self.dict : null];
    return newTuple([self.cls, newTuple([self.func]), newTuple(state)]);
  },
  __setstate__(self: PyPartial, args, kwnames) {
    checkArgCount('__setstate__', args, kwnames, 1);
    const state = args[0];
    if (!(state instanceof PyTuple) || state.items.length !== 4) throw invalidState();
    const [func, boundArgs, keywords, dict] = state.items;
    if (!isCallable(func) || !(boundArgs instanceof PyTuple) || (keywords !== null && !(keywords instanceof PyDict))) throw invalidState();
    self.func = func;
    self.args = boundArgs.cls === tupleType ? boundArgs : newTuple([...boundArgs.items]);
    // An exact dict is kept (a copy of the partial shares it); a subclass's items are copied.
    self.keywords = keywords instanceof PyDict ? (keywords.cls === dictType ? keywords : copyDict(keywords)) : newDict();
    if (dict === null) self.dict = undefined;
    else if (dict instanceof PyDict) self.dict = dict;
    else throw typeError('setting partial object\'s dictionary to a non-dict');
    return null;
  },
});
const partialCall = partialType.attrs.get('__call__');
defineGetSets(partialType, {
  func: { get: (self: PyPartial) => self.func, set: readonlyMember },
  args: { get: (self: PyPartial) => self.args, set: readonlyMember },
  keywords: { get: (self: PyPartial) => self.keywords, set: readonlyMember },
});
defineInstanceDict(partialType);
defineClassGetItem(partialType);

function invalidState(): PyBaseException {
  return typeError('invalid partial state');
}

// ---------------------------------------------------------------- _lru_cache_wrapper

/** A cached call: its key (with the key's hash), its result, and its place in recency order. */
interface CacheLink {
  key: Py;
  hash: PyHash;
  result: Py;
  older: CacheLink;
  newer: CacheLink;
}

/**
 * The cache: keys found by hash then equality, as a dict finds them, and kept in order of
 * use, least recent first, for the bounded cache to evict.
 */
class CallCache {
  private readonly buckets = new Map<PyHash, CacheLink[]>();
  /** The sentinel of the circular recency list: root.newer is the least recently used. */
  private readonly root = { } as CacheLink;
  size = 0;

  constructor() {
    this.root.older = this.root;
    this.root.newer = this.root;
  }

  find(key: Py, hash: PyHash): CacheLink | undefined {
    const bucket = this.buckets.get(hash);
    if (bucket === undefined) return undefined;
    // A comparison runs Python code, which may change the cache: compare against a snapshot.
    for (const link of bucket.slice()) if (link.key === key || pyEquals(link.key, key)) return link;
    return undefined;
  }

  add(key: Py, hash: PyHash, result: Py): void {
    const link = { key, hash, result } as CacheLink;
    const bucket = this.buckets.get(hash);
    if (bucket === undefined) this.buckets.set(hash, [link]);
    else bucket.push(link);
    this.append(link);
    this.size++;
  }

  /** Makes `link` the most recently used. */
  touch(link: CacheLink): void {
    link.older.newer = link.newer;
    link.newer.older = link.older;
    this.append(link);
  }

  removeLeastRecent(): void {
    const link = this.root.newer;
    link.older.newer = link.newer;
    link.newer.older = link.older;
    const bucket = this.buckets.get(link.hash)!;
    bucket.splice(bucket.indexOf(link), 1);
    if (bucket.length === 0) this.buckets.delete(link.hash);
    this.size--;
  }

  clear(): void {
    this.buckets.clear();
    this.root.older = this.root;
    this.root.newer = this.root;
    this.size = 0;
  }

  private append(link: CacheLink): void {
    const newest = this.root.older;
    link.older = newest;
    link.newer = this.root;
    newest.newer = link;
    this.root.older = link;
  }
}

class LruCacheWrapper extends PyObject {
  hits = 0;
  misses = 0;
  readonly cache = new CallCache();
  constructor(
    cls: PyType,
    readonly func: Py,
    /** null: unbounded. */
    readonly maxsize: number | null,
    readonly typed: boolean,
    readonly cacheInfoType: Py,
  ) {
    super(cls);
  }
}

/** Separates the positional arguments from the keyword ones in a key (the C module's kwd_mark). */
const KEYWORD_MARK = new PyObject(objectType);

/**
 * lru_cache_make_key: a str or int alone stands for itself, other positional arguments
 * for their tuple; keywords add the mark and their names and values, `typed` the types.
 */
function makeKey(args: Py[], kwnames: readonly string[] | null, typed: boolean): Py {
  const { positional, keywords } = splitArguments(args, kwnames);
  if (!typed && keywords.length === 0) {
    if (positional.length === 1) {
      const only = positional[0];
      if (typeof only === 'string' || typeof only === 'number' || typeof only === 'bigint') return only;
    }
    return newTuple(positional);
  }
  const items = [...positional];
  if (keywords.length > 0) {
    items.push(KEYWORD_MARK);
    for (const [name, value] of keywords) items.push(name, value);
  }
  if (typed) {
    for (const value of positional) items.push(typeOf(value));
    for (const [, value] of keywords) items.push(typeOf(value));
  }
  return newTuple(items);
}

function cachedCall(self: LruCacheWrapper, args: Py[], kwnames: readonly string[] | null): Py {
  if (self.maxsize === 0) {
    self.misses++;
    return call(self.func, args, kwnames);
  }
  const key = makeKey(args, kwnames, self.typed);
  const hash = pyHash(key);
  const cache = self.cache;
  const cached = cache.find(key, hash);
  if (cached !== undefined) {
    if (self.maxsize !== null) cache.touch(cached);
    self.hits++;
    return cached.result;
  }
  self.misses++;
  const result = call(self.func, args, kwnames);
  // The call itself may have cached this key: the unbounded cache takes the newer result, the bounded one keeps its own.
  const added = cache.find(key, hash);
  if (added !== undefined) {
    if (self.maxsize === null) added.result = result;
    return result;
  }
  if (self.maxsize !== null && cache.size >= self.maxsize && cache.size > 0) cache.removeLeastRecent();
  cache.add(key, hash, result);
  return result;
}

const lruCacheWrapperType = functoolsType('_lru_cache_wrapper', { baseType: false, instanceDict: true });
const LRU_SIGNATURE = { name: 'lru_cache', names: ['user_function', 'maxsize', 'typed', 'cache_info_type'], positionalOnly: 0 };
lruCacheWrapperType.attrs.set('__new__', new PyBuiltinFunction('__new__', (args, kwnames) => {
  const cls = newTargetOf(lruCacheWrapperType, args);
  const [func, maxsizeArgument, typed, cacheInfoType] = bindArguments(LRU_SIGNATURE, args.slice(1), kwnames);
  if (!isCallable(func!)) throw typeError('the first argument must be callable');
  let maxsize: number | null = null;
  if (maxsizeArgument !== null) {
    if (typeOf(maxsizeArgument!).lookup('__index__') === undefined) throw typeError('maxsize should be integer or None');
    maxsize = Math.max(0, indexSized(maxsizeArgument!, OverflowError));
  }
  return newInstance(cls, new LruCacheWrapper(cls, func!, maxsize, isTrue(typed!), cacheInfoType!));
}, undefined, null));

defineMethods(lruCacheWrapperType, {
  __call__: (self: LruCacheWrapper, args, kwnames) => cachedCall(self, args, kwnames),
  __get__(self: LruCacheWrapper, args) {
    const instance = args[0];
    return instance === null || instance === undefined ? self : new PyMethod(self, instance);
  },
  cache_info(self: LruCacheWrapper, args, kwnames) {
    checkArgCount('cache_info', args, kwnames, 0);
    return call(self.cacheInfoType, [self.hits, self.misses, self.maxsize, self.cache.size]);
  },
  cache_clear(self: LruCacheWrapper, args, kwnames) {
    checkArgCount('cache_clear', args, kwnames, 0);
    self.hits = 0;
    self.misses = 0;
    self.cache.clear();
    return null;
  },
  // Pickled by reference, as a function is.
  __reduce__: (self: LruCacheWrapper) => getAttr(self, '__qualname__'),
  __copy__: (self: LruCacheWrapper) => self,
  __deepcopy__: (self: LruCacheWrapper) => self,
});
defineInstanceDict(lruCacheWrapperType);
