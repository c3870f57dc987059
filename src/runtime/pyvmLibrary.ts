// pyvm's own Python modules (pylib/, beside dist/): what notebooks import (IPython.display,
// comm, pyvm_kernel), and the Python side of what pyvm adds to CPython's library
// (_pyvm_fork). The latter are loaded by path, so that sys.path stays as CPython's.
import { join } from 'node:path';
import type { Py } from '../objects/object';
import type { PyType } from '../objects/type';
import { newModule } from '../objects/module';
import { sysModules } from '../modules/sys';
import { moduleCode } from './codeCache';
import { executeInSysModules, runCode } from './nativeImport';
import { pyvmLibraryDirectory } from './stdlibLocation';

/** The module pylib/NAME.py, run once and kept in sys.modules as NAME. */
export function importPyvmModule(name: string): Py {
  const loaded = sysModules.getStr(name);
  if (loaded !== undefined) return loaded;
  const file = join(pyvmLibraryDirectory(), `${name}.py`);
  const module = newModule(name);
  module.dict.setStr('__file__', file);
  return executeInSysModules(name, module, () => runCode(module, moduleCode(file)));
}

/**
 * Whether `type` is, or derives from, the class `name` of pylib's module `module` (found
 * by name: the module may not be imported, and a test of a value against it must not
 * import it).
 */
export function derivesFromLibraryClass(type: PyType, module: string, name: string): boolean {
  return type.mro.some((base) => base.name === name && base.attrs.get('__module__') === module);
}
