// Reading sys attributes from TypeScript (print reads sys.stdout each call, as CPython does).
import type { Py } from '../objects/object';
import type { PyModule } from '../objects/module';
import type { PyDict } from '../objects/dict';

let sysModule: PyModule | null = null;

export function registerSysModule(module: PyModule): void {
  sysModule = module;
}

/** sys.<name>, or null when sys or the attribute is missing. */
export function getSysAttribute(name: string): Py {
  return sysModule?.dict.getStr(name) ?? null;
}

/** sys.__dict__ (the interpreter's sysdict: where a warning with no frame to go by is noted). */
export function sysNamespace(): PyDict {
  if (sysModule === null) throw new Error('the sys module is not registered yet');
  return sysModule.dict;
}
