// The modules CPython 3.11 freezes into its executable (Python/frozen.c): the import
// machinery itself, the modules start-up imports, and a few more. pyvm compiles them
// from the library's sources, but treats them as CPython does: found by FrozenImporter
// (so __spec__.origin is 'frozen'), and their code named "<frozen os>" — which is what
// tracebacks through them show. (This file stays below sys: _imp, which uses it, must be
// registered before sys lists the built-in modules.)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findStdlib } from './stdlibLocation';
import { atProcessStart } from '../objects/processStart';

interface FrozenModule {
  /** The module whose source this is (CPython's "origname"); "<pkg" means the package pkg's __init__. */
  readonly origname: string | null;
  readonly isPackage: boolean;
}

/** In CPython's order (_imp._frozen_module_names()). */
const FROZEN = new Map<string, FrozenModule>([
  ['_frozen_importlib', { origname: 'importlib._bootstrap', isPackage: false }],
  ['_frozen_importlib_external', { origname: 'importlib._bootstrap_external', isPackage: false }],
  ['zipimport', { origname: 'zipimport', isPackage: false }],
  ['abc', { origname: 'abc', isPackage: false }],
  ['codecs', { origname: 'codecs', isPackage: false }],
  ['io', { origname: 'io', isPackage: false }],
  ['_collections_abc', { origname: '_collections_abc', isPackage: false }],
  ['_sitebuiltins', { origname: '_sitebuiltins', isPackage: false }],
  ['genericpath', { origname: 'genericpath', isPackage: false }],
  ['ntpath', { origname: 'ntpath', isPackage: false }],
  ['posixpath', { origname: 'posixpath', isPackage: false }],
  ['os.path', { origname: 'posixpath', isPackage: false }],
  ['os', { origname: 'os', isPackage: false }],
  ['site', { origname: 'site', isPackage: false }],
  ['stat', { origname: 'stat', isPackage: false }],
  ['importlib.util', { origname: 'importlib.util', isPackage: false }],
  ['importlib.machinery', { origname: 'importlib.machinery', isPackage: false }],
  ['runpy', { origname: 'runpy', isPackage: false }],
  ['__hello__', { origname: '__hello__', isPackage: false }],
  ['__hello_alias__', { origname: '__hello__', isPackage: false }],
  ['__phello_alias__', { origname: '__hello__', isPackage: true }],
  ['__phello_alias__.spam', { origname: '__hello__', isPackage: false }],
  ['__phello__', { origname: '__phello__', isPackage: true }],
  ['__phello__.__init__', { origname: '<__phello__', isPackage: false }],
  ['__phello__.ham', { origname: '__phello__.ham', isPackage: true }],
  ['__phello__.ham.__init__', { origname: '<__phello__.ham', isPackage: false }],
  ['__phello__.ham.eggs', { origname: '__phello__.ham.eggs', isPackage: false }],
  ['__phello__.spam', { origname: '__phello__.spam', isPackage: false }],
  ['__hello_only__', { origname: null, isPackage: false }],
]);

/** The modules found frozen even when tests turn frozen modules off: the import machinery's own. */
const BOOTSTRAP = new Set(['_frozen_importlib', '_frozen_importlib_external', 'zipimport']);

/** _imp._override_frozen_modules_for_tests: > 0 frozen modules used, < 0 not (bootstrap aside), 0 the default (used). */
let frozenModulesOverride = 0;

export function overrideFrozenModules(override: number): void {
  frozenModulesOverride = override;
}

export function frozenModuleNames(): string[] {
  return [...FROZEN.keys()];
}

const sourceFiles = new Map<FrozenModule, string | null>();
// Where the library is, the process's environment says (PYVM_STDLIB).
atProcessStart(() => sourceFiles.clear());

/** The source file a frozen module's code comes from; null when the library lacks it (then the module is not frozen here). */
function sourceFile(module: FrozenModule): string | null {
  let file = sourceFiles.get(module);
  if (file === undefined) sourceFiles.set(module, (file = locateSource(module)));
  return file;
}

function locateSource(module: FrozenModule): string | null {
  const stdlib = findStdlib();
  if (stdlib === null || module.origname === null) return null;
  const asInit = module.origname.startsWith('<');
  const path = join(stdlib, ...module.origname.replace(/^</, '').split('.'));
  const candidates = asInit ? [join(path, '__init__.py')] : [join(path, '__init__.py'), `${path}.py`];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/** What _imp.find_frozen says of `name`: undefined when it is not a frozen module. */
export function findFrozen(name: string): FrozenModule | undefined {
  if (frozenModulesOverride < 0 && !BOOTSTRAP.has(name)) return undefined;
  const module = FROZEN.get(name);
  return module !== undefined && sourceFile(module) !== null ? module : undefined;
}

/** The source file of the frozen module `name`, and the filename its code carries: "<frozen ORIGNAME>", as in CPython. */
export function frozenSource(name: string): { file: string; codeFilename: string } | undefined {
  const module = findFrozen(name);
  const file = module === undefined ? null : sourceFile(module);
  if (module === undefined || file === null) return undefined;
  return { file, codeFilename: `<frozen ${module.origname!.replace(/^</, '')}>` };
}
