// The _warnings module: warn() and warn_explicit() with the warning filters, as
// Python/_warnings.c has them. warnings.py takes its filters list, default action, once
// registry and these two functions from here, so a warning is filtered without running
// Python code (and importing warnings does not import re). Showing one is the warnings
// module's _showwarnmsg when that module is loaded (so warnings.showwarning can be
// replaced), else this module writes the two lines itself.
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { newDict } from '../objects/dictType';
import { PyList } from '../objects/list';
import { newTuple, PyTuple } from '../objects/tuple';
import {
  DeprecationWarning, ImportWarning, newException, PendingDeprecationWarning, PyBaseException, ResourceWarning, RuntimeError,
  SyntaxWarning, typeError, UserWarning, ValueError, Warning,
} from '../objects/exceptions';
import type { CompileWarningSink } from '../tokenizer/syntaxError';
import { bindArguments, checkArgCount } from '../objects/native';
import { call, getAttrOrUndefined, indexAsNumber, isCallable, isInstance, isTrue, pyRepr, pyStr } from '../objects/protocols';
import { importModule } from '../objects/moduleImporter';
import { typeOf } from '../objects/typeOf';
import { intValue } from '../objects/int';
import type { Frame } from '../vm/frame';
import { threadState } from '../vm/threadState';
import { defineFunction, isSubclassOfAny } from './builtins';
import { callMethod } from './io/ioBase';
import { registerBuiltinModule } from './registry';
import { getSysAttribute } from './sysAccess';

const warningsModule = newModule('_warnings', '_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.');
registerBuiltinModule('_warnings', () => warningsModule);

/** The filters of a release build: DeprecationWarning shown in __main__ only; pending deprecations, imports and resources ignored. */
const filters = new PyList([
  newTuple(['default', null, DeprecationWarning, '__main__', 0]),
  newTuple(['ignore', null, DeprecationWarning, null, 0]),
  newTuple(['ignore', null, PendingDeprecationWarning, null, 0]),
  newTuple(['ignore', null, ImportWarning, null, 0]),
  newTuple(['ignore', null, ResourceWarning, null, 0]),
]);
const onceRegistry = newDict();
/** Bumped when the filters change (_filters_mutated), which empties every registry at its next use. */
let filtersVersion = 0;
warningsModule.dict.setStr('filters', filters);
warningsModule.dict.setStr('_defaultaction', 'default');
warningsModule.dict.setStr('_onceregistry', onceRegistry);

/** How the source line of a warning is read when this module shows it (linecache's way; the runtime knows it). */
let readSourceLine: (filename: string, lineno: number) => string = () => '';

export function setWarningSourceLineReader(reader: (filename: string, lineno: number) => string): void {
  readSourceLine = reader;
}

// ---- the warnings module's settings, when it is loaded

/** An attribute of the warnings module: from sys.modules, or (`tryImport`) imported. */
function warningsAttribute(name: string, tryImport: boolean): Py | undefined {
  const modules = getSysAttribute('modules');
  let module = modules instanceof PyDict ? modules.getStr('warnings') : undefined;
  if ((module === undefined || module === null) && tryImport) {
    try {
      module = importModule('warnings');
    } catch (error) {
      if (!(error instanceof PyBaseException)) throw error;
      return undefined;
    }
  }
  return module === undefined || module === null ? undefined : getAttrOrUndefined(module, name);
}

function currentFilters(): PyList {
  const current = warningsAttribute('filters', false) ?? filters;
  if (!(current instanceof PyList)) throw newException(ValueError, 'warnings.filters must be a list');
  return current;
}

function onceRegistryNow(): Py {
  const registry = warningsAttribute('onceregistry', false) ?? onceRegistry;
  if (!(registry instanceof PyDict)) throw typeError(`warnings.onceregistry must be a dict, not '${typeOf(registry).name}'`);
  return registry;
}

function defaultAction(): Py {
  const action = warningsAttribute('defaultaction', false) ?? 'default';
  if (typeof action !== 'string') throw typeError(`warnings.defaultaction must be a string, not '${typeOf(action).name}'`);
  return action;
}

// ---- filtering

/** A filter's message or module pattern against the text: None matches all, a str exactly, anything else by its match(). */
function matches(pattern: Py, text: Py): boolean {
  if (pattern === null) return true;
  if (typeof pattern === 'string') return typeof text === 'string' && pattern === text;
  return isTrue(callMethod(pattern, 'match', [text]));
}

/** The action of the first filter that applies, and that filter (None for the default action). */
function filterFor(category: Py, text: Py, lineno: number, module: Py): { action: string; item: Py } {
  const list = currentFilters();
  for (let i = 0; i < list.items.length; i++) {
    const item = list.items[i];
    if (!(item instanceof PyTuple) || item.items.length !== 5) throw newException(ValueError, `_warnings.filters item ${i} isn't a 5-tuple`);
    const [action, message, filterCategory, filterModule, filterLine] = item.items;
    if (typeof action !== 'string') throw typeError(`action must be a string, not '${typeOf(action).name}'`);
    const line = indexAsNumber(filterLine);
    if (matches(message, text) && isSubclassOfAny(category, filterCategory) && matches(filterModule, module) && (line === 0 || line === lineno)) {
      return { action, item };
    }
  }
  return { action: defaultAction() as string, item: null };
}

/** Whether the registry has the key (set it if `set`); a registry from before the filters last changed is emptied first. */
function alreadyWarned(registry: PyDict, key: Py, set: boolean): boolean {
  const version = registry.getStr('version');
  if (version === undefined || typeof version !== 'number' || version !== filtersVersion) {
    registry.clear();
    registry.setStr('version', filtersVersion);
  } else {
    const warned = registry.get(key);
    if (warned !== undefined && isTrue(warned)) return true;
  }
  if (set) registry.set(key, true);
  return false;
}

/** warn_explicit's work: the warning filtered, noted in the registries, and shown. */
function warnExplicit(category: Py, message: Py, filename: string, lineno: number, module: Py | undefined, registry: Py, sourceLine: string | null, source: Py): void {
  if (registry !== null && !(registry instanceof PyDict)) throw typeError("'registry' must be a dict or None");
  const moduleName = module ?? normalizedModule(filename);
  let text: Py;
  let warning: Py;
  if (isInstance(message, Warning)) {
    text = pyStr(message);
    category = typeOf(message);
    warning = message;
  } else {
    text = message;
    warning = call(category, [message]);
  }
  const key = newTuple([text, category, lineno]);
  if (registry instanceof PyDict && alreadyWarned(registry, key, false)) return;
  const { action, item } = filterFor(category, text, lineno, moduleName);
  if (action === 'error') throw warning;
  if (action === 'ignore') return;
  if (action !== 'always') {
    if (registry instanceof PyDict) registry.set(key, true);
    let warnedBefore = false;
    if (action === 'once') {
      warnedBefore = alreadyWarned((registry instanceof PyDict ? registry : onceRegistryNow()) as PyDict, newTuple([text, category]), true);
    } else if (action === 'module') {
      if (registry instanceof PyDict) warnedBefore = alreadyWarned(registry, newTuple([text, category]), true);
    } else if (action !== 'default') {
      throw newException(RuntimeError, `Unrecognized action (${pyRepr(action)}) in warnings.filters:\n ${pyRepr(item)}`);
    }
    if (warnedBefore) return;
  }
  show(category, text, warning, filename, lineno, sourceLine, source);
}

/** The module name a file gives: its name without ".py" ("<unknown>" for none). */
function normalizedModule(filename: string): string {
  if (filename === '') return '<unknown>';
  return filename.endsWith('.py') ? filename.slice(0, -3) : filename;
}

function show(category: Py, text: Py, warning: Py, filename: string, lineno: number, sourceLine: string | null, source: Py): void {
  // With a source object, the warnings module is imported: it can show where the source was allocated.
  const showFunction = warningsAttribute('_showwarnmsg', source !== null);
  if (showFunction === undefined) {
    writeWarning(category, text, filename, lineno, sourceLine);
    return;
  }
  if (!isCallable(showFunction)) throw typeError('warnings._showwarnmsg() must be set to a callable');
  const messageClass = warningsAttribute('WarningMessage', false);
  if (messageClass === undefined) throw newException(RuntimeError, 'unable to get warnings.WarningMessage');
  call(showFunction, [call(messageClass, [warning, category, filename, lineno, null, null, source])]);
}

/** "FILE:LINE: Category: text" and the source line, on sys.stderr. */
function writeWarning(category: Py, text: Py, filename: string, lineno: number, sourceLine: string | null): void {
  const stderr = getSysAttribute('stderr');
  if (stderr === null) {
    process.stderr.write('lost sys.stderr\n');
    return;
  }
  const name = pyStr(getAttrOrUndefined(category, '__name__') ?? '');
  callMethod(stderr, 'write', [`${filename}:${lineno}: ${name}: ${pyStr(text)}\n`]);
  const line = (sourceLine ?? readSourceLine(filename, lineno)).replace(/^[ \t\f]+/, '').replace(/[\r\n]+$/, '');
  if (line !== '') callMethod(stderr, 'write', [`  ${line}\n`]);
}

// ---- where a warning comes from

/** importlib's own frames are skipped when counting stack levels, as CPython skips them. */
function isInternalFrame(frame: Frame | null): boolean {
  if (frame === null) return false;
  const filename = frame.code.co_filename;
  return filename.includes('importlib') && filename.includes('_bootstrap');
}

function nextExternalFrame(frame: Frame): Frame | null {
  let back = frame.back;
  while (back !== null && isInternalFrame(back)) back = back.back;
  return back;
}

interface WarningContext {
  filename: string;
  lineno: number;
  module: Py;
  registry: Py;
}

/** The file, line, module and registry of the frame `stackLevel` levels up (sys's when the stack is not that deep). */
function warningContext(stackLevel: number): WarningContext {
  let frame = threadState.frame;
  if (stackLevel <= 0 || isInternalFrame(frame)) {
    while (--stackLevel > 0 && frame !== null) frame = frame.back;
  } else {
    while (--stackLevel > 0 && frame !== null) frame = nextExternalFrame(frame);
  }
  const globals = frame === null ? (importModule('sys') as { dict: PyDict }).dict : frame.globals;
  const registry = globals.getStr('__warningregistry__') ?? newDict();
  globals.setStr('__warningregistry__', registry);
  const name = globals.getStr('__name__');
  return {
    filename: frame === null ? 'sys' : frame.code.co_filename,
    lineno: frame === null ? 1 : frame.lineno ?? 0,
    module: name === null || typeof name === 'string' ? name : '<string>',
    registry,
  };
}

/** The category of a warning: the message's class if it is a Warning, else the argument (UserWarning by default). */
function warningCategory(message: Py, category: Py | undefined): Py {
  const chosen = isInstance(message, Warning) ? typeOf(message) : category === undefined || category === null ? UserWarning : category;
  let isWarningClass = false;
  try {
    isWarningClass = isSubclassOfAny(chosen, Warning);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
  }
  if (!isWarningClass) throw typeError(`category must be a Warning subclass, not '${typeOf(chosen).name}'`);
  return chosen;
}

/** The line `lineno` of the module's source, as its loader's get_source gives it (warn_explicit's module_globals). */
function loaderSourceLine(moduleGlobals: PyDict, lineno: number): string | null {
  const loader = moduleGlobals.getStr('__loader__');
  const name = moduleGlobals.getStr('__name__');
  if (loader === undefined || name === undefined) return null;
  const getSource = getAttrOrUndefined(loader, 'get_source');
  if (getSource === undefined) return null;
  const source = call(getSource, [name]);
  if (source === null) return null;
  const lines = pyStr(source).split(/\r\n|\r|\n/);
  return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
}

/**
 * The front end's SyntaxWarnings and DeprecationWarnings, filtered as PyErr_WarnExplicitObject
 * filters them (no module, no registry). Returns true when the filters turned the warning
 * into an error: the front end raises a SyntaxError in its place.
 */
export const warnAtCompileTime: CompileWarningSink = (warning) => {
  const category = warning.category === 'SyntaxWarning' ? SyntaxWarning : DeprecationWarning;
  try {
    warnExplicit(category, warning.message, warning.filename, warning.lineno, undefined, null, null, null);
    return false;
  } catch (error) {
    if (error instanceof PyBaseException && isInstance(error, category)) return true;
    throw error;
  }
};

// ---- the functions

const WARN = { name: 'warn', names: ['message', 'category', 'stacklevel', 'source'], required: 1, positionalOnly: 0 };

defineFunction(warningsModule, 'warn', (args, kwnames) => {
  const [message, category, stacklevel, source] = bindArguments(WARN, args, kwnames);
  const chosen = warningCategory(message!, category);
  const context = warningContext(stacklevel === undefined ? 1 : indexAsNumber(stacklevel));
  warnExplicit(chosen, message!, context.filename, context.lineno, context.module, context.registry, null, source ?? null);
  return null;
}, 'Issue a warning, or maybe ignore it or raise an exception.');

const WARN_EXPLICIT = {
  name: 'warn_explicit',
  names: ['message', 'category', 'filename', 'lineno', 'module', 'registry', 'module_globals', 'source'],
  required: 4,
  positionalOnly: 0,
};

defineFunction(warningsModule, 'warn_explicit', (args, kwnames) => {
  const [message, category, filename, lineno, module, registry, moduleGlobals, source] = bindArguments(WARN_EXPLICIT, args, kwnames);
  if (typeof filename !== 'string') throw typeError(`warn_explicit() argument 3 must be str, not ${typeOf(filename!).name}`);
  const line = intValue(lineno!);
  if (line === undefined) throw typeError(`'${typeOf(lineno!).name}' object cannot be interpreted as an integer`);
  let sourceLine: string | null = null;
  if (moduleGlobals !== undefined && moduleGlobals !== null) {
    if (!(moduleGlobals instanceof PyDict)) throw typeError(`module_globals must be a dict, not '${typeOf(moduleGlobals).name}'`);
    sourceLine = loaderSourceLine(moduleGlobals, Number(line));
  }
  warnExplicit(category!, message!, filename, Number(line), module, registry ?? null, sourceLine, source ?? null);
  return null;
}, 'Low-level interface to warnings functionality.');

defineFunction(warningsModule, '_filters_mutated', (args, kwnames) => {
  checkArgCount('_filters_mutated', args, kwnames, 0);
  filtersVersion++;
  return null;
});
