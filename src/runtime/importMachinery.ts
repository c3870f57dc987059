// Start-up of the import machinery, as CPython's pylifecycle does it: the frozen
// importlib._bootstrap runs as _frozen_importlib, _install(sys, _imp) puts
// BuiltinImporter and FrozenImporter on sys.meta_path, _install_external_importers()
// adds PathFinder and the FileFinder path hook, and zipimport's zipimporter goes first
// among sys.path_hooks. From then on modules get the __spec__ and __loader__ CPython
// gives them, and importlib.import_module, reload, find_spec and user finders run on
// CPython's own importlib.
//
// The import statement still finds and loads natively where importlib's own finders
// would (nativeImport.ts); these are the importlib objects it needs for that.
import type { Py } from '../objects/object';
import { newModule, PyModule } from '../objects/module';
import { PyList } from '../objects/list';
import { call, getAttr } from '../objects/protocols';
import { importModule } from '../objects/moduleImporter';
import { builtinsModule } from '../modules/builtins';
import { sysModule, sysModules } from '../modules/sys';
import { impModule } from './impModule';
import { statSync } from 'node:fs';
import { findFrozen, frozenSource } from './frozenModules';
import { frozenCode } from './frozenCode';
import { findStdlib, locateStdlib } from './stdlibLocation';
import { runModuleCode } from './interpreter';
import { loadFrozen } from './nativeImport';

export interface ImportMachinery {
  readonly findAndLoad: Py;
  /** What _find_and_load imports a parent with: builtins.__import__ as start-up found it (CPython's interp->import_func). */
  readonly importFunction: Py;
  readonly moduleSpec: Py;
  readonly initModuleAttrs: Py;
  readonly builtinImporter: Py;
  readonly frozenImporter: Py;
  /** From _frozen_importlib_external, once start-up has installed it. */
  external: ExternalMachinery | null;
}

export interface ExternalMachinery {
  readonly pathFinder: Py;
  /** PathFinder._path_importer_cache: the finder for a path entry, made by sys.path_hooks and kept in sys.path_importer_cache. */
  readonly pathImporterCache: Py;
  readonly fileFinder: Py;
  readonly sourceFileLoader: Py;
  readonly specFromFileLocation: Py;
}

let machinery: ImportMachinery | null = null;

/** null before start-up installed importlib, or when there is no standard library to take it from. */
export function importMachinery(): ImportMachinery | null {
  return machinery;
}

/**
 * Installs importlib in two steps, as CPython's pylifecycle does: _install(sys, _imp)
 * (the bootstrap), then _install_external_importers() and zipimport. A process resumed
 * from the start-up snapshot finds the first step done (installBootstrapAhead).
 */
export function installImportMachinery(): void {
  const stdlib = findStdlib();
  if (stdlib === null) return;
  const current = machinery ?? installBootstrap(stdlib);
  if (current.external === null) installExternalImporters(current);
}

/** The frozen importlib._bootstrap run as _frozen_importlib, and _install(sys, _imp): BuiltinImporter and FrozenImporter on sys.meta_path. */
function installBootstrap(stdlib: string): ImportMachinery {
  sysModule.dict.setStr('_stdlib_dir', stdlib);
  const bootstrap = runFrozenForStartUp('_frozen_importlib');
  const bootstrapAttr = (name: string): Py => getAttr(bootstrap, name);
  call(bootstrapAttr('_install'), [sysModule, impModule]);
  machinery = {
    findAndLoad: bootstrapAttr('_find_and_load'),
    importFunction: builtinsModule.dict.getStr('__import__')!,
    moduleSpec: bootstrapAttr('ModuleSpec'),
    initModuleAttrs: bootstrapAttr('_init_module_attrs'),
    builtinImporter: bootstrapAttr('BuiltinImporter'),
    frozenImporter: bootstrapAttr('FrozenImporter'),
    external: null,
  };
  return machinery;
}

/** _frozen_importlib_external with PathFinder and the FileFinder path hook, then zipimport's path hook first among sys.path_hooks. */
function installExternalImporters(current: ImportMachinery): void {
  // Loaded here as FrozenImporter would, so that _install_external_importers finds it in sys.modules.
  const external = loadFrozen(current, '_frozen_importlib_external', null);
  call(getAttr(sysModules.getStr('_frozen_importlib')!, '_install_external_importers'), []);
  const pathFinder = getAttr(external, 'PathFinder');
  current.external = {
    pathFinder,
    pathImporterCache: getAttr(pathFinder, '_path_importer_cache'),
    fileFinder: getAttr(external, 'FileFinder'),
    sourceFileLoader: getAttr(external, 'SourceFileLoader'),
    specFromFileLocation: getAttr(external, 'spec_from_file_location'),
  };
  const zipimporter = getAttr(importModule('zipimport'), 'zipimporter');
  (sysModule.dict.getStr('path_hooks') as PyList).items.unshift(zipimporter);
}

/** The library, and the stat of the bootstrap's source, that the start-up snapshot's build installed the bootstrap from. */
let bootstrapAhead: { stdlib: string; file: string; mtimeMs: number; size: number } | null = null;

/**
 * Installs the bootstrap while the start-up snapshot is built: it reads nothing of the
 * process (no environment, no hashing: the build fails if it chose the hash key) and is
 * the same in every start, as CPython's frozen copy is; it was about a quarter of an
 * empty program's start. False when there is no library (nothing is installed then).
 */
export function installBootstrapAhead(): boolean {
  const stdlib = findStdlib();
  const source = frozenSource('_frozen_importlib');
  if (stdlib === null || source === undefined) return false;
  const { mtimeMs, size } = statSync(source.file);
  installBootstrap(stdlib);
  bootstrapAhead = { stdlib, file: source.file, mtimeMs, size };
  return true;
}

/**
 * Whether a process resuming from the snapshot may keep the bootstrap it holds: its
 * library is the one the build ran it from (PYVM_STDLIB may name another) and the
 * bootstrap's source is unchanged (its __file__ and code came from there). Asked before
 * the process takes its own state (processStart.ts), so that one that may not can run
 * pyvm without the snapshot with its environment untouched.
 */
export function bootstrapAheadFits(): boolean {
  if (bootstrapAhead === null) return true;
  const { stdlib, file, mtimeMs, size } = bootstrapAhead;
  if (locateStdlib() !== stdlib) return false;
  try {
    const now = statSync(file);
    return now.mtimeMs === mtimeMs && now.size === size;
  } catch {
    return false;
  }
}

/**
 * Runs a frozen module before importlib can import it, as PyImport_ImportFrozenModule
 * does: a fresh module in sys.modules with its builtins and __origname__ (which
 * _bootstrap._setup turns into __spec__.loader_state and __file__).
 */
function runFrozenForStartUp(name: string): PyModule {
  const module = newModule(name);
  module.dict.setStr('__builtins__', builtinsModule.dict);
  module.dict.setStr('__origname__', findFrozen(name)!.origname);
  sysModules.setStr(name, module);
  runModuleCode(frozenCode(name)!, module);
  return module;
}
