// The methods of property, classmethod and staticmethod (descriptors.ts holds their
// state and the binding the attribute protocol uses), as CPython 3.11 defines them.
import type { Py } from './object';
import { typeOf } from './typeOf';
import { bindArguments, checkArgCount, defineGetSets, defineMethods, noKeywords } from './native';
import { call, getAttrOrUndefined, isTrue, pyRepr, setAttr } from './protocols';
import { classMethodType, PyClassMethod, PyProperty, PyStaticMethod, propertyType, staticMethodType } from './descriptors';
import { descriptorGetArguments, readonlyMember } from './nativeDescriptorMethods';
import { newDict } from './dictType';
import { PyDict } from './dict';
import { typeError } from './exceptions';
import { setBuiltinTypeDoc } from './typeMethods';
import { CLASSMETHOD_DOC, PROPERTY_DOC, STATICMETHOD_DOC } from './descriptorDocs';

/** Whether any of the wrapped callables is abstract (has a true __isabstractmethod__). */
function anyAbstract(callables: Py[]): boolean {
  return callables.some((c) => c !== null && isTrue(getAttrOrUndefined(c, '__isabstractmethod__') ?? false));
}

// ---------------------------------------------------------------- property

setBuiltinTypeDoc(propertyType, PROPERTY_DOC);
classMethodType.attrs.set('__doc__', CLASSMETHOD_DOC);
staticMethodType.attrs.set('__doc__', STATICMETHOD_DOC);

const PROPERTY_SIGNATURE = { name: 'property', names: ['fget', 'fset', 'fdel', 'doc'], required: 0, positionalOnly: 0 };

defineMethods(propertyType, {
  __init__(self: PyProperty, args, kwnames) {
    const positionalCount = args.length - (kwnames?.length ?? 0);
    if (positionalCount > 4) throw typeError(`property() takes at most 4 arguments (${positionalCount} given)`);
    for (const keyword of kwnames ?? []) {
      if (!PROPERTY_SIGNATURE.names.includes(keyword)) throw typeError(`'${keyword}' is an invalid keyword argument for property()`);
    }
    const [fget, fset, fdel, doc] = bindArguments(PROPERTY_SIGNATURE, args, kwnames);
    self.fget = fget ?? null;
    self.fset = fset ?? null;
    self.fdel = fdel ?? null;
    self.doc = doc ?? null;
    self.getterDoc = false;
    if (self.doc === null && self.fget !== null) {
      const getterDoc = getAttrOrUndefined(self.fget, '__doc__') ?? null;
      // A subclass's own __doc__ would shadow the doc kept here: the doc goes in the instance's __dict__.
      if (self.cls === propertyType) self.doc = getterDoc;
      else setAttr(self, '__doc__', getterDoc);
      self.getterDoc = true;
    }
    return null;
  },
  __get__(self: PyProperty, args, kwnames) {
    const { instance } = descriptorGetArguments(args, kwnames);
    return instance === undefined ? self : self.getFrom(instance);
  },
  __set__(self: PyProperty, args, kwnames) {
    checkArgCount('', args, kwnames, 2);
    self.setOn(args[0], args[1]);
    return null;
  },
  __delete__(self: PyProperty, args, kwnames) {
    checkArgCount('', args, kwnames, 1);
    self.setOn(args[0], undefined);
    return null;
  },
  __set_name__(self: PyProperty, args, kwnames) {
    // property_set_name counts its arguments itself, with its own wording.
    noKeywords('property.__set_name__', kwnames);
    if (args.length !== 2) throw typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
    self.name = args[1];
    return null;
  },
  getter: (self: PyProperty, args, kwnames) => copyProperty(self, 'getter', args, kwnames),
  setter: (self: PyProperty, args, kwnames) => copyProperty(self, 'setter', args, kwnames),
  deleter: (self: PyProperty, args, kwnames) => copyProperty(self, 'deleter', args, kwnames),
});

/** getter(), setter() and deleter(): a new property of the same type with one accessor replaced (property_copy). */
function copyProperty(old: PyProperty, which: 'getter' | 'setter' | 'deleter', args: Py[], kwnames: readonly string[] | null): Py {
  checkArgCount(which, args, kwnames, 1);
  const given = args[0];
  const fget = which === 'getter' && given !== null ? given : old.fget;
  const fset = which === 'setter' && given !== null ? given : old.fset;
  const fdel = which === 'deleter' && given !== null ? given : old.fdel;
  const doc = old.getterDoc && fget !== null ? null : old.doc;
  const copy = call(typeOf(old), [fget, fset, fdel, doc]);
  if (copy instanceof PyProperty) copy.name = old.name;
  return copy;
}

defineGetSets(propertyType, {
  fget: { get: (self: PyProperty) => self.fget, set: readonlyMember },
  fset: { get: (self: PyProperty) => self.fset, set: readonlyMember },
  fdel: { get: (self: PyProperty) => self.fdel, set: readonlyMember },
  __doc__: {
    get: (self: PyProperty) => self.doc,
    set(self: PyProperty, value) {
      self.doc = value ?? null;
    },
  },
  __isabstractmethod__: { get: (self: PyProperty) => anyAbstract([self.fget, self.fset, self.fdel]) },
});

// ---------------------------------------------------------------- classmethod and staticmethod

type FunctionWrapper = PyClassMethod | PyStaticMethod;

/** The attributes classmethod() and staticmethod() copy from the callable they wrap, as functools.wraps would. */
const WRAPPED_ATTRIBUTES = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

for (const [type, name] of [[classMethodType, 'classmethod'], [staticMethodType, 'staticmethod']] as const) {
  defineMethods(type, {
    __init__(self: FunctionWrapper, args, kwnames) {
      noKeywords(name, kwnames);
      if (args.length !== 1) throw typeError(`${name} expected 1 argument, got ${args.length}`);
      self.func = args[0];
      self.dict ??= newDict();
      for (const attribute of WRAPPED_ATTRIBUTES) {
        const value = getAttrOrUndefined(self.func, attribute);
        if (value !== undefined) setAttr(self, attribute, value);
      }
      return null;
    },
    __repr__: (self: FunctionWrapper) => `<${name}(${pyRepr(self.func)})>`,
  });
  defineGetSets(type, {
    __func__: { get: (self: FunctionWrapper) => self.func, set: readonlyMember },
    __wrapped__: { get: (self: FunctionWrapper) => self.func, set: readonlyMember },
    __isabstractmethod__: { get: (self: FunctionWrapper) => anyAbstract([self.func]) },
    __dict__: {
      get: (self: FunctionWrapper) => (self.dict ??= newDict()),
      set(self: FunctionWrapper, value) {
        if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value ?? null).name}'`);
        self.dict = value;
      },
    },
  });
}

defineMethods(classMethodType, {
  __get__(self: PyClassMethod, args, kwnames) {
    const { instance, owner } = descriptorGetArguments(args, kwnames);
    return self.bindTo(owner ?? typeOf(instance!));
  },
});

defineMethods(staticMethodType, {
  __get__(self: PyStaticMethod, args, kwnames) {
    descriptorGetArguments(args, kwnames);
    return self.func;
  },
  __call__: (self: PyStaticMethod, args, kwnames) => call(self.func, args, kwnames),
});
