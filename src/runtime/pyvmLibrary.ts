// pyvm's own Python modules (pylib/, beside dist/): what notebooks import (IPython.display,
// comm, pyvm_kernel), and the Python side of what pyvm adds to CPython's library
// (_pyvm_fork). The latter are loaded by path, so that sys.path stays as CPython's.
import { join } from 'node:path';
import type { Py } from '../objects/object';
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
