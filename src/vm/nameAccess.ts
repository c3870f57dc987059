// LOAD_NAME and STORE_NAME: names in the namespace of a module or class body (the frame's
// locals), then, for a load, its globals and builtins. (Shared by the eval loop and
// compiled code.)
import type { Py } from '../objects/object';
import { PyDict } from '../objects/dict';
import { dictType } from '../objects/dictType';
import { newException, SystemError } from '../objects/exceptions';
import { setItem } from '../objects/protocols';
import type { Frame } from './frame';
import { type GlobalSite, loadGlobal, readBuiltin, subscriptOrMissing } from './globalSites';
import { nameError } from './nameErrors';

/**
 * LOAD_NAME. In a module's code, whose namespace is its globals, that is LOAD_GLOBAL's
 * look-up, and takes its inline cache (`site`): module-level loops (a notebook cell's)
 * read their names as fast as a function reads its globals.
 */
export function loadName(frame: Frame, name: string, site: GlobalSite): Py {
  const namespace = frame.locals;
  if (namespace instanceof PyDict && namespace.cls === dictType) {
    if (namespace === frame.globals) {
      const value = loadGlobal(site, namespace, frame.builtins, name);
      if (value === undefined) throw nameError(name);
      return value;
    }
    const value = namespace.getStr(name);
    if (value !== undefined) return value;
  } else if (namespace !== null) {
    const value = subscriptOrMissing(namespace, name);
    if (value !== undefined) return value;
  }
  // (None is null: a global bound to None is found, not passed over.)
  const global = frame.globals.getStr(name);
  if (global !== undefined) return global;
  const builtin = readBuiltin(frame.builtins, name);
  if (builtin === undefined) throw nameError(name);
  return builtin;
}

/** STORE_NAME. */
export function storeName(frame: Frame, name: string, value: Py): void {
  const namespace = frame.locals;
  if (namespace instanceof PyDict && namespace.cls === dictType) namespace.setStr(name, value);
  else if (namespace !== null) setItem(namespace, name, value);
  else throw newException(SystemError, `no locals found when storing '${name}'`);
}
