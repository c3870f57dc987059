// The import system: IMPORT_NAME, IMPORT_FROM, IMPORT_STAR and __import__. A module is
// found in sys.modules, else imported as CPython's importlib would: natively where
// importlib's own finders would find it (nativeImport.ts), else by importlib itself.
import type { Py } from '../objects/object';
import { PyModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import {
  AttributeError, DeprecationWarning, exceptionField, ImportError, ImportWarning, KeyError, ModuleNotFoundError, newException, PyBaseException,
  setExceptionField, typeError, ValueError,
} from '../objects/exceptions';
import { warnFromBuiltin } from '../objects/builtinWarning';
import { call, getAttr, getAttrOrUndefined, indexAsNumber, iterableToArray, pyRepr, setAttr, isTrue } from '../objects/protocols';
import { importMachinery } from './importMachinery';
import { removeImportlibFrames } from './importlibFrames';
import { findAndLoad, importWithoutImportlib, sysPath } from './nativeImport';
import { timedImport } from './importTime';
import { builtinsModule, defineFunction } from '../modules/builtins';
import { bindArguments } from '../objects/native';
import { sysModules } from '../modules/sys';
import { runtimeHooks } from '../vm/hooks';
import type { Frame } from '../vm/frame';

runtimeHooks.importName = importName;
runtimeHooks.importFrom = importFrom;
runtimeHooks.importStar = importStar;

/** __import__(name, globals, locals, fromlist, level); what it raises has importlib's frames taken out of its traceback. */
export function importName(name: string, globals: Py, _locals: Py, fromlist: Py, level: number): Py {
  try {
    return importWithFromlist(name, globals, fromlist, level);
  } catch (error) {
    if (error instanceof PyBaseException) removeImportlibFrames(error);
    throw error;
  }
}

function importWithFromlist(name: string, globals: Py, fromlist: Py, level: number): Py {
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
  let packageName = dict?.getStr('__package__') ?? null;
  const spec = dict?.getStr('__spec__') ?? null;
  // resolve_name: __package__, checked against __spec__.parent; else __spec__.parent; else __name__ (warning so).
  if (packageName !== null) {
    if (typeof packageName !== 'string') throw typeError('package must be a string');
    if (spec !== null && packageName !== getAttr(spec, 'parent')) warnFromBuiltin(DeprecationWarning, '__package__ != __spec__.parent');
  } else if (spec !== null) {
    packageName = getAttr(spec, 'parent');
    if (typeof packageName !== 'string') throw typeError('__spec__.parent must be a string');
  } else {
    warnFromBuiltin(ImportWarning, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__");
    const moduleName = dict?.getStr('__name__');
    if (moduleName === undefined) throw newException(KeyError, "'__name__' not in globals");
    if (typeof moduleName !== 'string') throw typeError('__name__ must be a string');
    packageName = dict?.getStr('__path__') !== undefined ? moduleName : moduleName.split('.').slice(0, -1).join('.');
  }
  if (packageName === '') throw newException(ImportError, 'attempted relative import with no known parent package');
  const parts = packageName.split('.');
  if (level - 1 >= parts.length) throw newException(ImportError, 'attempted relative import beyond top-level package');
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

/**
 * Imports `fullname` (and its parents first); returns the module itself. Natively while
 * the finders on the way are importlib's own, else by importlib's _find_and_load (as
 * CPython's import always does); before start-up has installed importlib, or without
 * a standard library, built-in and source modules only.
 */
export function importModule(fullname: string): Py {
  const cached = sysModules.getStr(fullname);
  if (cached !== undefined) {
    if (cached === null) throw moduleNotFound(fullname, `import of ${fullname} halted; None in sys.modules`);
    return cached;
  }
  return timedImport(fullname, () => findAndLoadModule(fullname));
}

/** importModule's work for a module not in sys.modules. */
function findAndLoadModule(fullname: string): Py {
  const current = importMachinery();
  const dot = fullname.lastIndexOf('.');
  let searchPath: Py | null = null;
  let parent: Py | null = null;
  if (dot >= 0) {
    const parentName = fullname.slice(0, dot);
    parent = importModule(parentName);
    const cachedAfterParent = sysModules.getStr(fullname);
    if (cachedAfterParent !== undefined) return cachedAfterParent;
    searchPath = getAttrOrUndefined(parent, '__path__') ?? null;
    if (searchPath === null) throw moduleNotFound(fullname, `No module named '${fullname}'; '${parentName}' is not a package`);
  }
  if (current === null) {
    const searchEntries = searchPath === null ? sysPath() : iterableToArray(searchPath).filter((p): p is string => typeof p === 'string');
    return attachToParent(parent, fullname, importWithoutImportlib(fullname, parent, searchEntries));
  }
  const module = findAndLoad(current, fullname, searchPath, parent);
  if (module === undefined) return call(current.findAndLoad, [fullname, current.importFunction]);
  return attachToParent(parent, fullname, module);
}

/** A submodule becomes an attribute of its package. */
function attachToParent(parent: Py | null, fullname: string, module: Py): Py {
  if (parent !== null) setAttr(parent, fullname.slice(fullname.lastIndexOf('.') + 1), module);
  return module;
}

export function moduleNotFound(name: string, message: string): PyBaseException {
  const error = newException(ModuleNotFoundError, message);
  setExceptionField(error, 'name', name);
  return error;
}

/** IMPORT_FROM: an attribute of the module, or a submodule already imported. */
export function importFrom(module: Py, name: string): Py {
  const found = getAttrOrUndefined(module, name);
  if (found !== undefined) return found;
  const packageName = getAttrOrUndefined(module, '__name__');
  if (typeof packageName === 'string') {
    const submodule = sysModules.getStr(`${packageName}.${name}`);
    if (submodule !== undefined) return submodule;
  }
  const shownName = packageName === undefined ? "'<unknown module name>'" : pyRepr(packageName);
  const file = module instanceof PyModule ? module.dict.getStr('__file__') : undefined;
  const error = typeof file === 'string'
    ? newException(ImportError, isSpecInitializing(module)
      ? `cannot import name ${pyRepr(name)} from partially initialized module ${shownName} (most likely due to a circular import) (${file})`
      : `cannot import name ${pyRepr(name)} from ${shownName} (${file})`)
    : newException(ImportError, `cannot import name ${pyRepr(name)} from ${shownName} (unknown location)`);
  setExceptionField(error, 'name', packageName ?? null);
  setExceptionField(error, 'path', typeof file === 'string' ? file : null);
  throw error;
}

/** Whether the module's code is still running: its __spec__._initializing, which importlib sets while it does. */
function isSpecInitializing(module: Py): boolean {
  const spec = getAttrOrUndefined(module, '__spec__');
  const initializing = spec === undefined || spec === null ? undefined : getAttrOrUndefined(spec, '_initializing');
  return initializing !== undefined && isTrue(initializing);
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

const IMPORT_SIGNATURE = { name: '__import__', names: ['name', 'globals', 'locals', 'fromlist', 'level'], required: 1, positionalOnly: 0 };

defineFunction(builtinsModule, '__import__', (args, kwnames) => {
  const [name, globals, locals, fromlist, level] = bindArguments(IMPORT_SIGNATURE, args, kwnames);
  if (typeof name !== 'string') throw typeError('module name must be a string');
  const depth = level === undefined ? 0 : indexAsNumber(level);
  if (depth < 0) throw newException(ValueError, 'level must be >= 0');
  if (depth > 0 && globals !== undefined && !(globals instanceof PyDict)) throw typeError('globals must be a dict');
  return importName(name, globals ?? null, locals ?? null, fromlist ?? null, depth);
});
