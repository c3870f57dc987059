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
import { findFrozen } from './frozenModules';
import { frozenCode } from './frozenCode';
import { findStdlib } from './stdlibLocation';
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

export function installImportMachinery(): void {
  const stdlib = findStdlib();
  if (machinery !== null || stdlib === null) return;
  sysModule.dict.setStr('_stdlib_dir', stdlib);
  const bootstrap = runFrozenForStartUp('_frozen_importlib');
  const bootstrapAttr = (name: string): Py => getAttr(bootstrap, name);
  call(bootstrapAttr('_install'), [sysModule, impModule]);
  const current: ImportMachinery = {
    findAndLoad: bootstrapAttr('_find_and_load'),
    importFunction: builtinsModule.dict.getStr('__import__')!,
    moduleSpec: bootstrapAttr('ModuleSpec'),
    initModuleAttrs: bootstrapAttr('_init_module_attrs'),
    builtinImporter: bootstrapAttr('BuiltinImporter'),
    frozenImporter: bootstrapAttr('FrozenImporter'),
    external: null,
  };
  machinery = current;
  // Loaded here as FrozenImporter would, so that _install_external_importers finds it in sys.modules.
  const external = loadFrozen(current, '_frozen_importlib_external', null);
  call(bootstrapAttr('_install_external_importers'), []);
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
