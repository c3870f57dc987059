// Inline caches for LOAD_GLOBAL (CPython's LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN):
// each remembers the dict entry its name was found in, valid while neither the globals
// nor (for a builtin) the builtins have gained or lost a key. A dict's `mutations`
// counter changes exactly then; assigning to a name already there replaces the value in
// its entry, which the cache reads, so rebinding a global keeps the cache.
import type { DictEntry, PyDict } from '../objects/dict';
import type { Py } from '../objects/object';

export class GlobalSite {
  globals: PyDict | null = null;
  globalsVersion = 0;
  /** Null when the name was found in the globals. */
  builtins: PyDict | null = null;
  builtinsVersion = 0;
  entry: DictEntry | null = null;
}

/** The value of global `name`, or undefined when neither dict has it (NameError is the caller's). */
export function loadGlobal(site: GlobalSite, globals: PyDict, builtins: PyDict, name: string): Py | undefined {
  if (
    site.globals === globals &&
    site.globalsVersion === globals.mutations &&
    (site.builtins === null || (site.builtins === builtins && site.builtinsVersion === builtins.mutations))
  ) {
    return site.entry!.value;
  }
  return learnGlobal(site, globals, builtins, name);
}

function learnGlobal(site: GlobalSite, globals: PyDict, builtins: PyDict, name: string): Py | undefined {
  // The versions are read first: should a str subclass key's __eq__ change a dict during
  // the lookups, the cache is stale from the start and learns again next time.
  const globalsVersion = globals.mutations;
  const builtinsVersion = builtins.mutations;
  let entry = globals.lookup(name);
  let foundIn: PyDict | null = null;
  if (entry === undefined) {
    entry = builtins.lookup(name);
    if (entry === undefined) return undefined;
    foundIn = builtins;
  }
  site.globals = globals;
  site.globalsVersion = globalsVersion;
  site.builtins = foundIn;
  site.builtinsVersion = builtinsVersion;
  site.entry = entry;
  return entry.value;
}
