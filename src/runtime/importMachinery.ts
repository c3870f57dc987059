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
import { PySet, setType } from '../objects/set';
import { keyedHashesComputed } from '../objects/hash';
import { forgetHashKey } from '../objects/hashSecret';
import { atProcessStart } from '../objects/processStart';
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
import { moduleCode } from './codeCache';
import type { PyType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { bindArguments, type NativeSignature, PyMethodDescriptor } from '../objects/native';
import { pyCode } from '../objects/code';

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
 * from the start-up snapshot finds both done (installImportMachineryAhead).
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
  loadSourceCodeFromPyvmCache(current.external.sourceFileLoader);
  const zipimporter = getAttr(importModule('zipimport'), 'zipimporter');
  (sysModule.dict.getStr('path_hooks') as PyList).items.unshift(zipimporter);
}

/**
 * SourceFileLoader.get_code as pyvm's own imports get a module's code: from pyvm's cache
 * (codeCache.ts), compiling and caching where it is stale. importlib's SourceLoader.get_code
 * looks where CPython's cache_from_source says, where pyvm keeps no cache of the library,
 * so each importlib.import_module of a library module (a multiprocessing child's first
 * imports) compiled it again. Subclasses of SourceFileLoader, which may read their sources
 * otherwise, keep SourceLoader's.
 */
function loadSourceCodeFromPyvmCache(sourceFileLoader: Py): void {
  const loaderType = sourceFileLoader as PyType;
  const sourceLoaderGetCode = getAttr(sourceFileLoader, 'get_code');
  loaderType.setAttr('get_code', new PyMethodDescriptor(loaderType, 'get_code', (self, args, kwnames) => {
    if (typeOf(self) !== loaderType) return call(sourceLoaderGetCode, [self, ...args], kwnames);
    const [fullname] = bindArguments(GET_CODE_SIGNATURE, args, kwnames);
    const path = call(getAttr(self, 'get_filename'), [fullname!]);
    if (typeof path !== 'string' || !path.endsWith('.py')) return call(sourceLoaderGetCode, [self, ...args], kwnames);
    return pyCode(moduleCode(path));
  }));
}

const GET_CODE_SIGNATURE: NativeSignature = { name: 'get_code', names: ['fullname'] };

/** A source the machinery's modules were run from, as the start-up snapshot's build found it. */
interface SourceStamp {
  readonly file: string;
  readonly mtimeMs: number;
  readonly size: number;
}

/** The modules the machinery runs at start-up, all frozen: what installImportMachineryAhead runs. */
const MACHINERY_MODULES = ['_frozen_importlib', '_frozen_importlib_external', 'zipimport'];

/** The library, and the machinery's sources, that the start-up snapshot's build installed it from. */
let installedAhead: { readonly stdlib: string; readonly sources: readonly SourceStamp[] } | null = null;

/**
 * The sets the machinery made while the snapshot was built, so hashed with the build's
 * key: each process fills them again with its own, as V8 rehashes its own tables in a
 * snapshot. (_bootstrap_external has one: _pathseps_with_colon, of one member on POSIX.)
 */
const setsMadeAhead: PySet[] = [];

atProcessStart(() => {
  for (const set of setsMadeAhead) {
    const members = set.members();
    set.table.clear();
    for (const member of members) set.add(member);
  }
});

/**
 * Installs the machinery while the start-up snapshot is built, as every start would: it
 * reads nothing of the process, and CPython's frozen copy of it is the same in every
 * start too. It was about half of an empty program's start. What it hashes must be the
 * members of sets it leaves in its modules (filled again by each process); the build
 * fails if it hashed anything else, or made a set whose order a refill could change.
 */
export function installImportMachineryAhead(): void {
  const stdlib = findStdlib();
  const sources = MACHINERY_MODULES.map((name) => frozenSource(name)?.file);
  if (stdlib === null || sources.includes(undefined)) return;
  const hashesBefore = keyedHashesComputed();
  installImportMachinery();
  let hashesToMakeAgain = 0;
  for (const name of MACHINERY_MODULES) {
    for (const value of (sysModules.getStr(name) as PyModule).dict.values()) {
      if (!(value instanceof PySet)) continue;
      if (value.cls !== setType || value.size > 1) throw new Error(`pyvm start-up snapshot: ${name} made a set that each process cannot fill again alike`);
      setsMadeAhead.push(value);
      hashesToMakeAgain += value.size;
    }
  }
  if (keyedHashesComputed() - hashesBefore !== hashesToMakeAgain) {
    throw new Error('pyvm start-up snapshot: importlib hashed what no process would hash again with its own key');
  }
  forgetHashKey();
  installedAhead = { stdlib, sources: (sources as string[]).map((file) => ({ file, ...statOf(file) })) };
}

function statOf(file: string): { mtimeMs: number; size: number } {
  const { mtimeMs, size } = statSync(file);
  return { mtimeMs, size };
}

/**
 * Whether a process resuming from the snapshot may keep the machinery it holds: its
 * library is the one the build installed it from (PYVM_STDLIB may name another) and the
 * machinery's sources are unchanged (its modules' __file__ and code came from there).
 * Asked before the process takes its own state (processStart.ts), so that one that may
 * not can run pyvm without the snapshot with its environment untouched.
 */
export function importMachineryAheadFits(): boolean {
  if (installedAhead === null) return true;
  if (locateStdlib() !== installedAhead.stdlib) return false;
  return installedAhead.sources.every(({ file, mtimeMs, size }) => {
    try {
      const now = statOf(file);
      return now.mtimeMs === mtimeMs && now.size === size;
    } catch {
      return false;
    }
  });
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
