// The methods of module objects: construction (types.ModuleType(name, doc)), the repr
// importlib gives them, __dict__ and __dir__.
import type { Py } from './object';
import { typeOf } from './typeOf';
import { bindArguments, defineGetSets, defineMethods } from './native';
import { AttributeError, newException, typeError } from './exceptions';
import { newDict } from './dictType';
import { call, getAttr, getAttrOrUndefined, pyRepr } from './protocols';
import { PyDict } from './dict';
import { moduleType, PyModule } from './module';
import { PyList } from './list';
import { strRepr } from './strRepr';
import { readonlyMember } from './nativeDescriptorMethods';

/** Modules Python code made (types.ModuleType): the others without a __file__ are the built-in ones. */
const madeByPython = new WeakSet<PyModule>();

const MODULE_SIGNATURE = { name: 'module', names: ['name', 'doc'], required: 1, positionalOnly: 0 };

defineMethods(moduleType, {
  __init__(self: PyModule, args, kwnames) {
    const [name, doc] = bindArguments(MODULE_SIGNATURE, args, kwnames);
    if (typeof name !== 'string') throw typeError(`module() argument 'name' must be str, not ${typeOf(name!).name}`);
    madeByPython.add(self);
    const dict = self.dict;
    dict.setStr('__name__', name);
    dict.setStr('__doc__', doc ?? null);
    dict.setStr('__package__', null);
    dict.setStr('__loader__', null);
    dict.setStr('__spec__', null);
    return null;
  },
  // importlib._bootstrap._module_repr: the spec says where it came from, else __file__, else nothing.
  __repr__(self: PyModule) {
    const spec = self.dict.getStr('__spec__');
    if (spec !== undefined && spec !== null) return reprFromSpec(spec, self);
    const name = getAttrOrUndefined(self, '__name__');
    const quotedName = typeof name === 'string' ? strRepr(name) : pyRepr(name ?? '?');
    const file = getAttrOrUndefined(self, '__file__');
    if (file !== undefined) return `<module ${quotedName} from ${pyRepr(file)}>`;
    const loader = getAttrOrUndefined(self, '__loader__') ?? null;
    if (loader !== null) return `<module ${quotedName} (${pyRepr(loader)})>`;
    return madeByPython.has(self) ? `<module ${quotedName}>` : `<module ${quotedName} (built-in)>`;
  },
  __dir__(self: PyModule) {
    // Through the __dict__ attribute, which a subclass may override.
    const dict = getAttr(self, '__dict__');
    if (!(dict instanceof PyDict)) throw typeError('<module>.__dict__ is not a dictionary');
    const custom = dict.getStr('__dir__');
    if (custom !== undefined) return call(custom, []);
    return new PyList(dict.keys());
  },
});

function reprFromSpec(spec: Py, module: PyModule): string {
  const name = pyRepr(getAttrOrUndefined(spec, 'name') ?? '?');
  const origin = getAttrOrUndefined(spec, 'origin') ?? null;
  if (origin === null) {
    const loader = getAttrOrUndefined(spec, 'loader') ?? getAttrOrUndefined(module, '__loader__') ?? null;
    return loader === null ? `<module ${name}>` : `<module ${name} (${pyRepr(loader)})>`;
  }
  const hasLocation = getAttrOrUndefined(spec, 'has_location') ?? false;
  return hasLocation === true ? `<module ${name} from ${pyRepr(origin)}>` : `<module ${name} (${typeof origin === 'string' ? origin : pyRepr(origin)})>`;
}

defineGetSets(moduleType, {
  __dict__: { get: (self: PyModule) => self.dict, set: readonlyMember },
  // Kept in the module's __dict__, made empty on first read (a module without annotations has none there).
  __annotations__: {
    get(self: PyModule) {
      let annotations = self.dict.getStr('__annotations__');
      if (annotations === undefined) self.dict.setStr('__annotations__', (annotations = newDict()));
      return annotations;
    },
    set(self: PyModule, value: Py | undefined) {
      if (value !== undefined) self.dict.setStr('__annotations__', value);
      else if (self.dict.delete('__annotations__') === undefined) throw newException(AttributeError, '__annotations__');
    },
  },
});
