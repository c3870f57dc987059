// Reading sys attributes from TypeScript (print reads sys.stdout each call, as CPython does).
import type { Py } from '../objects/object';
import type { PyModule } from '../objects/module';

let sysModule: PyModule | null = null;

export function registerSysModule(module: PyModule): void {
  sysModule = module;
}

/** sys.<name>, or null when sys or the attribute is missing. */
export function getSysAttribute(name: string): Py {
  return sysModule?.dict.getStr(name) ?? null;
}
