// Finding and loading modules natively where importlib's own finders would: for each of
// sys.meta_path's BuiltinImporter, FrozenImporter and PathFinder (the latter with the
// FileFinders of sys.path_importer_cache) pyvm does what that finder and its loader
// would, making the spec and loader objects through importlib's own classes, so the
// modules come out as importlib would make them — only faster, with compiled code
// from pyvm's cache (codeCache.ts). Anything else on the way (a finder or path entry
// finder of another kind, a namespace package) makes it hand the import to importlib.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Py } from '../objects/object';
import type { CodeObject } from '../bytecode/code';
import { PyModule, newModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import { PyBytes } from '../objects/bytes';
import { call, getAttr, getAttrOrUndefined, iterableToArray, setAttr } from '../objects/protocols';
import { typeOf } from '../objects/typeOf';
import { builtinModuleFactory } from '../modules/registry';
import { builtinsModule } from '../modules/builtins';
import { sysModule, sysModules } from '../modules/sys';
import { cachePathFor, moduleCode } from './codeCache';
import type { ImportMachinery } from './importMachinery';
import { findFrozen } from './frozenModules';
import { frozenCode } from './frozenCode';
import { runModuleCode } from './interpreter';
import { moduleNotFound } from './importSystem';
import { moduleLoaded } from './moduleLoadHooks';

/**
 * Finds and loads `fullname` through sys.meta_path's finders, in order; undefined when a
 * finder there is not one pyvm stands in for (importlib must then do the import).
 */
export function findAndLoad(current: ImportMachinery, fullname: string, searchPath: Py | null, parent: Py | null): Py | undefined {
  const metaPath = sysModule.dict.getStr('meta_path');
  if (!(metaPath instanceof PyList) || metaPath.items.length === 0) return undefined;
  for (const finder of [...metaPath.items]) {
    if (finder === current.builtinImporter) {
      const factory = builtinModuleFactory(fullname);
      if (factory === undefined) continue;
      const spec = call(current.moduleSpec, [fullname, current.builtinImporter, 'built-in'], ['origin']);
      return loadNatively(current, spec, parent, factory(), () => {});
    }
    if (finder === current.frozenImporter) {
      if (findFrozen(fullname) === undefined) continue;
      return loadFrozen(current, fullname, parent);
    }
    if (current.external !== null && finder === current.external.pathFinder) {
      const path = searchPath ?? sysModule.dict.getStr('path') ?? null;
      const found = findOnPath(current, fullname, path);
      if (found === 'importlib') return undefined;
      if (found === null) continue;
      return loadSource(current, fullname, found, parent);
    }
    return undefined;
  }
  throw moduleNotFound(fullname, `No module named '${fullname}'`);
}

/** FrozenImporter's find_spec, create_module (which gives __file__) and exec_module. */
export function loadFrozen(current: ImportMachinery, fullname: string, parent: Py | null): Py {
  const spec = call(getAttr(current.frozenImporter, 'find_spec'), [fullname]);
  const module = newModule(fullname);
  const filename = getAttrOrUndefined(getAttr(spec, 'loader_state'), 'filename');
  if (typeof filename === 'string') module.dict.setStr('__file__', filename);
  return loadNatively(current, spec, parent, module, () => runCode(module, frozenCode(fullname)!));
}

/** FileFinder's spec for a source file (SourceFileLoader, spec_from_file_location), then SourceFileLoader.exec_module. */
function loadSource(current: ImportMachinery, fullname: string, found: SourceLocation, parent: Py | null): Py {
  const external = current.external!;
  const loader = call(external.sourceFileLoader, [fullname, found.file]);
  const locations = found.packageDir === null ? null : new PyList([found.packageDir]);
  const spec = call(external.specFromFileLocation, [fullname, found.file, loader, locations], ['loader', 'submodule_search_locations']);
  // Where pyvm's cache of the module is, which may not be where importlib's cache_from_source would say (codeCache.ts).
  const cached = cachePathFor(found.file);
  if (cached !== null) setAttr(spec, 'cached', cached);
  const module = newModule(fullname);
  return loadNatively(current, spec, parent, module, () => runCode(module, moduleCode(found.file)));
}

export function runCode(module: PyModule, code: CodeObject): void {
  module.dict.setStr('__builtins__', builtinsModule.dict);
  runModuleCode(code, module);
}

/**
 * _bootstrap._load_unlocked: the module's import attributes set from the spec, the
 * module run with the spec marked initializing (and the child noted on its parent's
 * spec, for circular-import messages), then moved to the end of sys.modules.
 */
function loadNatively(current: ImportMachinery, spec: Py, parent: Py | null, module: PyModule, execute: () => void): Py {
  const name = getAttr(spec, 'name') as string;
  call(current.initModuleAttrs, [spec, module]);
  const parentSpec = parent === null ? undefined : getAttrOrUndefined(parent, '__spec__');
  const uninitialized = parentSpec === undefined || parentSpec === null ? undefined : getAttrOrUndefined(parentSpec, '_uninitialized_submodules');
  if (uninitialized instanceof PyList) uninitialized.items.push(name.slice(name.lastIndexOf('.') + 1));
  setAttr(spec, '_initializing', true);
  try {
    const loaded = executeInSysModules(name, module, execute);
    sysModules.delete(name);
    sysModules.setStr(name, loaded);
    moduleLoaded(name, loaded);
    return loaded;
  } finally {
    setAttr(spec, '_initializing', false);
    if (uninitialized instanceof PyList) uninitialized.items.pop();
  }
}

/** Runs the module with it in sys.modules (taken out again if it fails); returns what sys.modules then holds, since a module may replace itself. */
export function executeInSysModules(name: string, module: PyModule, execute: () => void): Py {
  sysModules.setStr(name, module);
  try {
    execute();
  } catch (error) {
    sysModules.delete(name);
    throw error;
  }
  return sysModules.getStr(name) ?? module;
}

/** Where a module's source is: a file, or a package's __init__.py and directory. */
export interface ModuleLocation {
  file: string | null;
  packageDir: string | null;
}

interface SourceLocation {
  file: string;
  packageDir: string | null;
}

/**
 * PathFinder.find_spec over `path` for a source module or package, through the finders
 * of sys.path_importer_cache (made by importlib's own hooks for entries not seen
 * before). 'importlib' when only importlib can answer: an entry whose finder is not a
 * FileFinder, or a namespace package (whose portions may span entries).
 */
function findOnPath(current: ImportMachinery, fullname: string, path: Py | null): SourceLocation | 'importlib' | null {
  if (path === null) return null;
  const external = current.external!;
  const cache = sysModule.dict.getStr('path_importer_cache');
  const tail = fullname.slice(fullname.lastIndexOf('.') + 1);
  let namespacePortion = false;
  for (const entry of iterableToArray(path)) {
    if (typeof entry !== 'string') {
      if (entry instanceof PyBytes) return 'importlib';
      continue;
    }
    let finder = cache instanceof PyDict ? cache.getStr(entry === '' ? process.cwd() : entry) : undefined;
    if (finder === undefined) finder = call(external.pathImporterCache, [entry]);
    if (finder === null) continue;
    if (typeOf(finder) !== external.fileFinder) return 'importlib';
    const location = findInDirectory(getAttr(finder, 'path') as string, tail);
    if (location !== null && location.file !== null) return { file: location.file, packageDir: location.packageDir };
    if (location !== null) namespacePortion = true;
  }
  return namespacePortion ? 'importlib' : null;
}

/** FileFinder.find_spec in one directory: a package, a module, or (file null) a namespace portion. */
function findInDirectory(directory: string, shortName: string): ModuleLocation | null {
  const packageDir = join(directory, shortName);
  const isPackageDirectory = isDirectory(packageDir);
  if (isPackageDirectory) {
    const init = join(packageDir, '__init__.py');
    if (isFile(init)) return { file: init, packageDir };
  }
  const file = join(directory, `${shortName}.py`);
  if (isFile(file)) return { file, packageDir: null };
  return isPackageDirectory ? { file: null, packageDir } : null;
}

/** The str entries of sys.path. */
export function sysPath(): string[] {
  const path = sysModule.dict.getStr('path');
  return path instanceof PyList ? path.items.filter((p): p is string => typeof p === 'string') : [];
}

/** Finds `fullname`'s source on `searchPath` as importlib's path finder does: packages, then modules, then namespace packages. */
export function findModule(fullname: string, searchPath: string[]): ModuleLocation | null {
  const shortName = fullname.slice(fullname.lastIndexOf('.') + 1);
  let namespace: ModuleLocation | null = null;
  for (const entry of searchPath) {
    const location = findInDirectory(entry === '' ? process.cwd() : entry, shortName);
    if (location !== null && location.file !== null) return location;
    namespace ??= location;
  }
  return namespace;
}

/** Without a standard library (so without importlib): built-in modules and source files only, with the attributes CPython's import gave before importlib. */
export function importWithoutImportlib(fullname: string, parent: Py | null, searchPath: string[]): Py {
  const factory = builtinModuleFactory(fullname);
  if (parent === null && factory !== undefined) {
    const module = factory();
    sysModules.setStr(fullname, module);
    return module;
  }
  const location = findModule(fullname, searchPath);
  if (location === null || location.file === null) throw moduleNotFound(fullname, `No module named '${fullname}'`);
  const file = location.file;
  const module = newModule(fullname);
  module.dict.setStr('__file__', file);
  if (location.packageDir !== null) module.dict.setStr('__path__', new PyList([location.packageDir]));
  module.dict.setStr('__package__', location.packageDir !== null ? fullname : fullname.slice(0, Math.max(0, fullname.lastIndexOf('.'))));
  return executeInSysModules(fullname, module, () => runCode(module, moduleCode(file)));
}

// A missing path is the common answer: asked without an exception, which costs Node
// far more than the stat itself (other failures, ENOTDIR, still throw).
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}
