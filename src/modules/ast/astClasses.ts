// The node classes of the _ast module (what `ast` re-exports): ordinary Python classes
// of module 'ast', made from the ASDL table in src/ast/schema.ts the way CPython's
// Python-ast.c makes them — AST at the root, a class per sum type with its position
// attributes, a class per constructor below it, and a class per product type. Fields
// that are optional ('?') default to None on the class that declares them.
import type { Py } from '../../objects/object';
import { type PyType, typeType } from '../../objects/type';
import { newDict } from '../../objects/dictType';
import { newTuple } from '../../objects/tuple';
import { call, getAttrOrUndefined, setAttr } from '../../objects/protocols';
import { checkArgCount, defineMethods, type NativeMethod } from '../../objects/native';
import { typeError } from '../../objects/exceptions';
import { typeOf } from '../../objects/typeOf';
import { newInstance } from '../../objects/objectMethods';
import { PyTuple } from '../../objects/tuple';
import { astClassSpecs, type AstClassSpec } from '../../ast/schema';

/** The class `name` deriving from `base`, with `namespace`'s entries, in module 'ast'. */
function astClass(name: string, base: PyType | null, entries: Record<string, Py>): PyType {
  const namespace = newDict();
  namespace.setStr('__module__', 'ast');
  for (const [key, value] of Object.entries(entries)) namespace.setStr(key, value);
  return call(typeType, [name, newTuple(base === null ? [] : [base]), namespace]) as PyType;
}

/** The classes, made the first time they are needed (they cost start-up time otherwise). */
export interface AstClasses {
  readonly root: PyType;
  /** Every node class by name, in the order CPython creates them. */
  readonly byName: ReadonlyMap<string, PyType>;
  /** The constructors of each sum type, in the order isinstance checks try them. */
  readonly constructors: ReadonlyMap<string, readonly PyType[]>;
}

let classes: AstClasses | undefined;

/** Whether the classes exist yet: before, no object can be a node. */
export const astClassesMade = (): boolean => classes !== undefined;

export function astClasses(): AstClasses {
  return (classes ??= makeClasses());
}

/** The spec of each class by name. */
export const astSpecs = new Map(astClassSpecs.map((spec) => [spec.name, spec]));

function makeClasses(): AstClasses {
  const root = astClass('AST', null, { _fields: newTuple([]), _attributes: newTuple([]), __match_args__: newTuple([]) });
  defineMethods(root, { __init__: initNode, __reduce__: reduceNode });
  const byName = new Map<string, PyType>();
  const constructors = new Map<string, PyType[]>();
  for (const spec of astClassSpecs) {
    const cls = astClass(spec.name, spec.base === 'AST' ? root : byName.get(spec.base)!, classEntries(spec));
    byName.set(spec.name, cls);
    if (spec.base !== 'AST') constructors.set(spec.base, [...(constructors.get(spec.base) ?? []), cls]);
  }
  return { root, byName, constructors };
}

/** The names in a class's _fields (looked up, so a subclass may redefine them). */
function fieldNames(cls: PyType): Py[] {
  const fields = getAttrOrUndefined(cls, '_fields');
  return fields instanceof PyTuple ? fields.items : [];
}

/** AST(*args, **kwargs): positional arguments fill _fields in order, keywords set any attribute. */
const initNode: NativeMethod = (self, args, kwnames) => {
  const cls = typeOf(self);
  const fields = fieldNames(cls);
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional > fields.length) {
    throw typeError(`${cls.name} constructor takes at most ${fields.length} positional argument${fields.length === 1 ? '' : 's'}`);
  }
  for (let i = 0; i < positional; i++) setAttr(self, fields[i] as string, args[i]);
  kwnames?.forEach((name, i) => {
    if (fields.slice(0, positional).includes(name)) throw typeError(`${cls.name} got multiple values for argument '${name}'`);
    setAttr(self, name, args[positional + i]);
  });
  return null;
};

/** Pickling: the class called with no arguments, then the instance dict restored. */
const reduceNode: NativeMethod = (self, args, kwnames) => {
  checkArgCount('__reduce__', args, kwnames, 0);
  const dict = (self as { dict?: Py }).dict;
  return newTuple(dict === undefined ? [typeOf(self), newTuple([])] : [typeOf(self), newTuple([]), dict]);
};

function classEntries(spec: AstClassSpec): Record<string, Py> {
  const names = spec.fields.map((field) => field.name);
  const entries: Record<string, Py> = { _fields: newTuple(names), __match_args__: newTuple(names), __doc__: spec.doc };
  if (spec.base === 'AST') entries._attributes = newTuple(spec.attributes.map((attribute) => attribute.name));
  for (const field of [...spec.fields, ...spec.attributes]) if (field.qualifier === '?') entries[field.name] = null;
  return entries;
}

/** The sum types whose constructors carry nothing (Load, Add, Eq...): their nodes are shared singletons. */
export const isSimpleSum = (name: string): boolean =>
  astSpecs.get(name)!.attributes.length === 0 &&
  astClassSpecs.every((spec) => spec.base !== name || spec.fields.length === 0);

const singletons = new Map<string, Py>();

/**
 * The shared instance of a constructor of a simple sum type (Load, Add, Eq...): CPython
 * hands out one object per class, so `a.ctx is b.ctx` for two loads.
 */
export function singletonOf(name: string): Py {
  let instance = singletons.get(name);
  if (instance === undefined) {
    instance = newInstance(astClasses().byName.get(name)!);
    singletons.set(name, instance);
  }
  return instance;
}
