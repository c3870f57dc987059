// Work pyvm does right after one of CPython's library modules has loaded, where the
// module needs something CPython has and pyvm cannot have as such (multiprocessing's
// fork start method, which calls os.fork). The module itself runs unmodified; the hook
// then puts pyvm's way in, in the module's own terms.
import type { Py } from '../objects/object';

const hooks = new Map<string, (module: Py) => void>();

export function whenModuleLoaded(name: string, hook: (module: Py) => void): void {
  hooks.set(name, hook);
}

/** Called by the import system once `name` has run, with what sys.modules then holds. */
export function moduleLoaded(name: string, module: Py): void {
  hooks.get(name)?.(module);
}
