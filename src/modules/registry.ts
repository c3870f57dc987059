// The modules written in TypeScript (CPython's C modules), by name: each is made the
// first time it is imported.
import type { PyModule } from '../objects/module';

const builtinModules = new Map<string, () => PyModule>();

export function registerBuiltinModule(name: string, create: () => PyModule): void {
  builtinModules.set(name, create);
}

export function builtinModuleFactory(name: string): (() => PyModule) | undefined {
  return builtinModules.get(name);
}

export function builtinModuleNames(): string[] {
  return [...builtinModules.keys()].sort();
}
