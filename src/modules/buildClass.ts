// builtins.__build_class__: what a class statement calls. Resolves __mro_entries__,
// picks the metaclass, prepares the namespace, runs the class body in it, and calls
// the metaclass.
import type { Py } from '../objects/object';
import { PyType, typeType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { PyFunction, PyCell } from '../objects/function';
import { newDict } from '../objects/dictType';
import { PyDict } from '../objects/dict';
import { newTuple, PyTuple } from '../objects/tuple';
import { call, getAttrOrUndefined, setItem, pyRepr, typeGetAttr } from '../objects/protocols';
import { newException, RuntimeError, typeError } from '../objects/exceptions';
import { calculateMetaclass } from '../objects/typeMethods';
import { PyBuiltinFunction } from '../objects/native';
import { Frame } from '../vm/frame';
import { runFrame } from '../vm/eval';

export const buildClass = new PyBuiltinFunction('__build_class__', (args, kwnames) => {
  const positionalCount = args.length - (kwnames?.length ?? 0);
  if (positionalCount < 2) throw typeError('__build_class__: not enough arguments');
  const body = args[0];
  const name = args[1];
  if (!(body instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
  if (typeof name !== 'string') throw typeError('__build_class__: name is not a string');
  const originalBases = args.slice(2, positionalCount);
  const bases = resolveMroEntries(originalBases);
  let metaclass: Py | undefined;
  const keywordNames: string[] = [];
  const keywordValues: Py[] = [];
  kwnames?.forEach((keyword, i) => {
    if (keyword === 'metaclass') metaclass = args[positionalCount + i];
    else {
      keywordNames.push(keyword);
      keywordValues.push(args[positionalCount + i]);
    }
  });
  const isClassMetaclass = metaclass === undefined || metaclass instanceof PyType;
  if (metaclass === undefined) metaclass = bases.length === 0 ? typeType : typeOf(bases[0]);
  if (isClassMetaclass) metaclass = calculateMetaclass(metaclass as PyType, bases);
  const kw = keywordNames.length > 0 ? keywordNames : null;
  const prepare = metaclass instanceof PyType ? typeGetAttr(metaclass, '__prepare__') : getAttrOrUndefined(metaclass, '__prepare__');
  const namespace = prepare === undefined ? newDict() : call(prepare, [name, newTuple(bases), ...keywordValues], kw);
  if (!(namespace instanceof PyDict) && typeOf(namespace).lookup('__getitem__') === undefined) {
    const owner = metaclass instanceof PyType ? metaclass.name : '<metaclass>';
    throw typeError(`${owner}.__prepare__() must return a mapping, not ${typeOf(namespace).name}`);
  }
  const frame = new Frame(body.code, body.globals, body.builtins, namespace, body);
  const cell = runFrame(frame);
  if (bases !== originalBases) {
    setItem(namespace, '__orig_bases__', newTuple(originalBases));
  }
  const cls = call(metaclass, [name, newTuple(bases), namespace, ...keywordValues], kw);
  if (cell instanceof PyCell && cls instanceof PyType && cell.contents !== cls) {
    if (cell.contents === undefined) {
      throw newException(RuntimeError, `__class__ not set defining '${name}' as ${pyRepr(cls)}. Was __classcell__ propagated to type.__new__?`);
    }
    throw typeError(`__class__ set to ${pyRepr(cell.contents)} defining '${name}' as ${pyRepr(cls)}`);
  }
  return cls;
}, undefined, 'builtins');

/** PEP 560: a base that is not a class may stand for others through __mro_entries__. */
function resolveMroEntries(bases: Py[]): Py[] {
  if (bases.every((b) => b instanceof PyType)) return bases;
  const resolved: Py[] = [];
  for (const base of bases) {
    if (base instanceof PyType) {
      resolved.push(base);
      continue;
    }
    // An ordinary attribute lookup, not a special method's: typing.NamedTuple is a function with __mro_entries__ set on it.
    const mroEntries = getAttrOrUndefined(base, '__mro_entries__');
    if (mroEntries === undefined) {
      resolved.push(base);
      continue;
    }
    const entries = call(mroEntries, [newTuple(bases)]);
    if (!(entries instanceof PyTuple)) throw typeError('__mro_entries__ must return a tuple');
    resolved.push(...entries.items);
  }
  return resolved;
}
