// Importing a module from the object model (copyreg for pickling, a built-in
// function's module for its __self__). The import system sits above the object model,
// so the runtime registers the importer at start-up.
import type { Py } from './object';

let importer: (name: string) => Py = () => {
  throw new Error('the runtime has not registered its module importer');
};

export function setModuleImporter(importModule: (name: string) => Py): void {
  importer = importModule;
}

/** The module `name`, imported if need be (import name). */
export function importModule(name: string): Py {
  return importer(name);
}
