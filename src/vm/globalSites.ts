// Inline caches for LOAD_GLOBAL (CPython's LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN):
// each remembers the dict and the entry position its name was found at, valid while
// neither the globals nor (for a builtin) the builtins have gained or lost a key or moved
// their entries. A dict's `mutations` counter changes exactly then; assigning to a name
// already there replaces the value at its position, which the cache reads, so rebinding a
// global keeps the cache.
//
// Globals or builtins that are not exact dicts (exec's globals may be a dict subclass,
// their __builtins__ anything) are read by subscription, as CPython reads them, and
// nothing is cached.
import { PyDict } from '../objects/dict';
import { dictType } from '../objects/dictType';
import { KeyError, PyBaseException } from '../objects/exceptions';
import type { Py } from '../objects/object';
import { getItem } from '../objects/protocols';

export class GlobalSite {
  globals: PyDict | null = null;
  globalsVersion = 0;
  /** Null when the name was found in the globals. */
  builtins: PyDict | null = null;
  builtinsVersion = 0;
  /** The dict the name was found in, and its entry's position there. */
  holder: PyDict | null = null;
  position = 0;
}

/** The value of global `name`, or undefined when neither dict has it (NameError is the caller's). */
export function loadGlobal(site: GlobalSite, globals: PyDict, builtins: Py, name: string): Py | undefined {
  if (
    site.globals === globals &&
    site.globalsVersion === globals.mutations &&
    (site.builtins === null || (site.builtins === builtins && site.builtinsVersion === site.builtins.mutations))
  ) {
    return site.holder!.entryValue(site.position);
  }
  return learnGlobal(site, globals, builtins, name);
}

function learnGlobal(site: GlobalSite, globals: PyDict, builtins: Py, name: string): Py | undefined {
  if (globals.cls !== dictType || !isExactDict(builtins)) {
    const global = subscriptOrMissing(globals, name);
    return global !== undefined ? global : subscriptOrMissing(builtins, name);
  }
  // The versions are read first: should a str subclass key's __eq__ change a dict during
  // the lookups, the cache is stale from the start and learns again next time.
  const globalsVersion = globals.mutations;
  const builtinsVersion = builtins.mutations;
  let holder = globals;
  let position = globals.positionOf(name);
  if (position < 0) {
    holder = builtins;
    position = builtins.positionOf(name);
    if (position < 0) return undefined;
  }
  site.globals = globals;
  site.globalsVersion = globalsVersion;
  site.builtins = holder === globals ? null : builtins;
  site.builtinsVersion = builtinsVersion;
  site.holder = holder;
  site.position = position;
  return holder.entryValue(position);
}

function isExactDict(namespace: Py): namespace is PyDict {
  return namespace instanceof PyDict && namespace.cls === dictType;
}

/** A builtin's value, or undefined when the builtins have no such name. */
export function readBuiltin(builtins: Py, name: string): Py | undefined {
  return isExactDict(builtins) ? builtins.getStr(name) : subscriptOrMissing(builtins, name);
}

/** `namespace[name]`, or undefined when that raises KeyError. */
export function subscriptOrMissing(namespace: Py, name: string): Py | undefined {
  try {
    return getItem(namespace, name);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(KeyError)) return undefined;
    throw error;
  }
}
