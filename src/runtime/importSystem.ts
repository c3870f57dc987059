// The import system: IMPORT_NAME, IMPORT_FROM and IMPORT_STAR. A module is found in
// sys.modules, among the modules written in TypeScript, or as a source file on
// sys.path (a package's __path__ for submodules); source modules are compiled and run
// in a fresh module namespace, as importlib does for CPython's own library.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Py } from '../objects/object';
import { PyModule, newModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import {
  AttributeError, exceptionField, ImportError, KeyError, ModuleNotFoundError, newException, PyBaseException, setExceptionField,
  typeError, ValueError,
} from '../objects/exceptions';
import { getAttr, getAttrOrUndefined, indexAsNumber, iterableToArray, setAttr, isTrue } from '../objects/protocols';
import { compile } from '../compiler/compile';
import { builtinModuleFactory } from '../modules/registry';
import { builtinsModule, defineFunction } from '../modules/builtins';
import { bindArguments } from '../objects/native';
import { typeOf } from '../objects/typeOf';
import { sysModule, sysModules } from '../modules/sys';
import { runtimeHooks } from '../vm/hooks';
import type { Frame } from '../vm/frame';
import { runModuleCode } from './interpreter';

runtimeHooks.importName = importName;
runtimeHooks.importFrom = importFrom;
runtimeHooks.importStar = importStar;

/** __import__(name, globals, locals, fromlist, level). */
export function importName(name: string, globals: Py, _locals: Py, fromlist: Py, level: number): Py {
  const absolute = level > 0 ? resolveRelative(name, globals, level) : name;
  if (absolute === '') throw newException(ValueError, 'Empty module name');
  const module = importModule(absolute);
  const wantsFrom = fromlist !== null && isTrue(fromlist);
  if (!wantsFrom) {
    if (level === 0 || name !== '') {
      const top = level === 0 ? absolute.split('.')[0] : absolute.slice(0, absolute.length - name.length) + name.split('.')[0];
      return sysModules.getStr(top) ?? module;
    }
    return module;
  }
  if (module instanceof PyModule && module.dict.getStr('__path__') !== undefined) {
    for (const item of iterableToArray(fromlist)) {
      if (typeof item !== 'string' || item === '*') continue;
      if (getAttrOrUndefined(module, item) === undefined) {
        const submodule = `${absolute}.${item}`;
        try {
          importModule(submodule);
        } catch (error) {
          // A missing submodule leaves the name to IMPORT_FROM's error; anything else (even
          // a module the submodule itself fails to import) propagates, as in importlib.
          const missingName = error instanceof PyBaseException && error.cls.isSubtypeOf(ModuleNotFoundError) ? exceptionField(error, 'name') : undefined;
          if (missingName !== submodule) throw error;
        }
      }
    }
  }
  return module;
}

function resolveRelative(name: string, globals: Py, level: number): string {
  const dict = globals instanceof PyDict ? globals : null;
  let packageName = dict?.getStr('__package__');
  if (packageName === undefined || packageName === null) {
    const moduleName = dict?.getStr('__name__');
    if (typeof moduleName !== 'string') throw newException(KeyError, "'__name__' not in globals");
    packageName = dict?.getStr('__path__') !== undefined ? moduleName : moduleName.split('.').slice(0, -1).join('.');
  }
  if (typeof packageName !== 'string') throw typeError('package must be a string');
  if (packageName === '') throw newException(ImportError, 'attempted relative import with no known parent package');
  const parts = packageName.split('.');
  if (level - 1 >= parts.length) throw newException(ImportError, 'attempted relative import beyond top-level package');
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

/** Imports `fullname` (and its parents first); returns the module itself. */
export function importModule(fullname: string): Py {
  const cached = sysModules.getStr(fullname);
  if (cached !== undefined) {
    if (cached === null) throw moduleNotFound(fullname, `import of ${fullname} halted; None in sys.modules`);
    return cached;
  }
  const dot = fullname.lastIndexOf('.');
  let searchPath: string[];
  if (dot >= 0) {
    const parentName = fullname.slice(0, dot);
    const parent = importModule(parentName);
    const cachedAfterParent = sysModules.getStr(fullname);
    if (cachedAfterParent !== undefined) return cachedAfterParent;
    const parentPath = parent instanceof PyModule ? parent.dict.getStr('__path__') : undefined;
    if (parentPath === undefined) {
      throw moduleNotFound(fullname, `No module named '${fullname}'; '${parentName}' is not a package`);
    }
    searchPath = iterableToArray(parentPath).filter((p): p is string => typeof p === 'string');
    const module = loadModule(fullname, searchPath);
    setAttr(parent, fullname.slice(dot + 1), module);
    return module;
  }
  const factory = builtinModuleFactory(fullname);
  if (factory !== undefined) {
    const module = factory();
    sysModules.setStr(fullname, module);
    return module;
  }
  return loadModule(fullname, sysPath());
}

export function sysPath(): string[] {
  const path = sysModule.dict.getStr('path');
  const entries = path instanceof PyList ? path.items.filter((p): p is string => typeof p === 'string') : [];
  return entries;
}

/** Where a module's source is: a file, or a package's __init__.py and directory. */
interface ModuleLocation {
  file: string | null;
  packageDir: string | null;
}

/** Finds `fullname`'s source on `searchPath` as importlib's path finder does: packages, then modules, then namespace packages. */
export function findModule(fullname: string, searchPath: string[]): ModuleLocation | null {
  const shortName = fullname.slice(fullname.lastIndexOf('.') + 1);
  for (const entry of searchPath) {
    const directory = entry === '' ? process.cwd() : entry;
    const packageDir = join(directory, shortName);
    const init = join(packageDir, '__init__.py');
    if (isFile(init)) return { file: init, packageDir };
    const file = join(directory, `${shortName}.py`);
    if (isFile(file)) return { file, packageDir: null };
  }
  for (const entry of searchPath) {
    const packageDir = join(entry === '' ? process.cwd() : entry, shortName);
    if (isDirectory(packageDir)) return { file: null, packageDir };
  }
  return null;
}

function loadModule(fullname: string, searchPath: string[]): Py {
  const location = findModule(fullname, searchPath);
  if (location === null) throw moduleNotFound(fullname, `No module named '${fullname}'`);
  if (location.file === null) return namespacePackage(fullname, location.packageDir!);
  return executeSource(fullname, location.file, location.packageDir);
}

/** The modules whose code is running now, for the "partially initialized module" message. */
const initializing = new Set<string>();

function executeSource(fullname: string, filename: string, packageDir: string | null): Py {
  const module = newModule(fullname);
  const dict = module.dict;
  dict.setStr('__file__', filename);
  dict.setStr('__builtins__', builtinsModule);
  dict.setStr('__package__', packageDir !== null ? fullname : fullname.slice(0, Math.max(0, fullname.lastIndexOf('.'))));
  if (packageDir !== null) dict.setStr('__path__', new PyList([packageDir]));
  dict.setStr('__cached__', null);
  sysModules.setStr(fullname, module);
  initializing.add(fullname);
  try {
    const code = compile(readFileSync(filename), filename, 'exec');
    runModuleCode(code, module);
  } catch (error) {
    sysModules.delete(fullname);
    throw error;
  } finally {
    initializing.delete(fullname);
  }
  // A module may replace itself in sys.modules while it runs.
  return sysModules.getStr(fullname) ?? module;
}

function namespacePackage(fullname: string, directory: string): PyModule {
  const module = newModule(fullname);
  module.dict.setStr('__path__', new PyList([directory]));
  module.dict.setStr('__file__', null);
  sysModules.setStr(fullname, module);
  return module;
}

function moduleNotFound(name: string, message: string): PyBaseException {
  const error = newException(ModuleNotFoundError, message);
  setExceptionField(error, 'name', name);
  return error;
}

/** IMPORT_FROM: an attribute of the module, or a submodule already imported. */
export function importFrom(module: Py, name: string): Py {
  const found = getAttrOrUndefined(module, name);
  if (found !== undefined) return found;
  const moduleName = module instanceof PyModule ? module.name : undefined;
  if (moduleName !== undefined) {
    const submodule = sysModules.getStr(`${moduleName}.${name}`);
    if (submodule !== undefined) return submodule;
  }
  const file = module instanceof PyModule ? module.dict.getStr('__file__') : undefined;
  const where = typeof file === 'string' ? ` (${file})` : ' (unknown location)';
  const partially = moduleName !== undefined && initializing.has(moduleName);
  const message = partially
    ? `cannot import name '${name}' from partially initialized module '${moduleName}' (most likely due to a circular import)${where}`
    : `cannot import name '${name}' from '${moduleName ?? '<unknown module name>'}'${where}`;
  throw newException(ImportError, message);
}

/** `from module import *`: the names in __all__, or every public name. */
export function importStar(module: Py, frame: Frame): void {
  const namespace = frame.locals;
  if (!(namespace instanceof PyDict)) throw newException(AttributeError, 'import * only allowed at module level');
  const all = getAttrOrUndefined(module, '__all__');
  if (all !== undefined) {
    for (const name of iterableToArray(all)) {
      if (typeof name !== 'string') throw typeError(`Item in ${module instanceof PyModule ? module.name : '?'}.__all__ must be str, not ${name === null ? 'NoneType' : typeof name}`);
      namespace.setStr(name, getAttr(module, name));
    }
    return;
  }
  const dict = module instanceof PyModule ? module.dict : null;
  if (dict === null) return;
  for (const [key, value] of dict.entries()) {
    if (typeof key === 'string' && !key.startsWith('_')) namespace.setStr(key, value);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}


const IMPORT_SIGNATURE = { name: '__import__', names: ['name', 'globals', 'locals', 'fromlist', 'level'], required: 1, positionalOnly: 0 };

defineFunction(builtinsModule, '__import__', (args, kwnames) => {
  const [name, globals, locals, fromlist, level] = bindArguments(IMPORT_SIGNATURE, args, kwnames);
  if (typeof name !== 'string') throw typeError(`__import__() argument 1 must be str, not ${typeOf(name ?? null).name}`);
  const depth = level === undefined ? 0 : indexAsNumber(level);
  if (depth < 0) throw newException(ValueError, 'level must be >= 0');
  return importName(name, globals ?? null, locals ?? null, fromlist ?? null, depth);
});
