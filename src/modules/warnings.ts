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
  DeprecationWarning, ImportError, ImportWarning, IndexError, newException, OverflowError, PendingDeprecationWarning, PyBaseException,
  ResourceWarning, RuntimeError, SyntaxWarning, typeError, UserWarning, ValueError, Warning,
} from '../objects/exceptions';
import type { PyType } from '../objects/type';
import type { CompileWarningSink } from '../tokenizer/syntaxError';
import { bindArguments, bindClinicArguments, checkArgCount } from '../objects/native';
import { call, getAttrOrUndefined, isCallable, isInstance, isTrue, pyIndex, pyRepr, pyStr } from '../objects/protocols';
import { importModule } from '../objects/moduleImporter';
import { typeOf } from '../objects/typeOf';
import { intValue } from '../objects/int';
import { strValue } from '../objects/str';
import { ssizeArgument } from '../objects/bytesArguments';
import { strSplitlines } from '../objects/strMethods';
import { setBuiltinWarner } from '../objects/builtinWarning';
import type { Frame } from '../vm/frame';
import { threadState } from '../vm/threadState';
import { defineFunction, isSubclassOfAny } from './builtins';
import { callMethod } from './io/ioBase';
import { registerBuiltinModule } from './registry';
import { getSysAttribute, sysNamespace } from './sysAccess';

const warningsModule = newModule('_warnings', '_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.');
registerBuiltinModule('_warnings', () => warningsModule);

/**
 * What the filtering works with (CPython's WarningsState): the filters of a release build
 * (DeprecationWarning shown in __main__ only; pending deprecations, imports and resources
 * ignored), the once registry and the default action. Each is replaced by the warnings
 * module's attribute of that name whenever it is read there, and kept when that module
 * or the attribute is gone. The module attributes stay the first objects.
 */
const state = {
  filters: new PyList([
    newTuple(['default', null, DeprecationWarning, '__main__', 0]),
    newTuple(['ignore', null, DeprecationWarning, null, 0]),
    newTuple(['ignore', null, PendingDeprecationWarning, null, 0]),
    newTuple(['ignore', null, ImportWarning, null, 0]),
    newTuple(['ignore', null, ResourceWarning, null, 0]),
  ]) as Py,
  onceRegistry: newDict() as Py,
  defaultAction: 'default' as Py,
  /** Bumped when the filters change (_filters_mutated), which empties every registry at its next use. */
  filtersVersion: 0,
};
warningsModule.dict.setStr('filters', state.filters);
warningsModule.dict.setStr('_onceregistry', state.onceRegistry);
warningsModule.dict.setStr('_defaultaction', state.defaultAction);

/** How a source line is read when this module shows a warning itself (the runtime's file reader; '' for none). */
let readSourceLine: (filename: string, lineno: number) => string = () => '';

export function setWarningSourceLineReader(reader: (filename: string, lineno: number) => string): void {
  readSourceLine = reader;
}

// ---- the warnings module's settings, when it is loaded

/** An attribute of the warnings module: from sys.modules, or (`tryImport`) imported; undefined when there is none. */
export function warningsAttribute(name: string, tryImport: boolean): Py | undefined {
  let module: Py | undefined;
  if (tryImport) {
    try {
      module = importModule('warnings');
    } catch (error) {
      if (error instanceof PyBaseException && isInstance(error, ImportError)) return undefined;
      throw error;
    }
  } else {
    const modules = getSysAttribute('modules');
    module = modules instanceof PyDict ? modules.getStr('warnings') : undefined;
    if (module === undefined) return undefined;
  }
  return getAttrOrUndefined(module, name);
}

function currentFilters(): PyList {
  const filters = warningsAttribute('filters', false);
  if (filters !== undefined) state.filters = filters;
  if (!(state.filters instanceof PyList)) throw newException(ValueError, '_warnings.filters must be a list');
  return state.filters;
}

function currentOnceRegistry(): PyDict {
  const registry = warningsAttribute('onceregistry', false);
  if (registry === undefined) return state.onceRegistry as PyDict;
  if (!(registry instanceof PyDict)) throw typeError(`_warnings.onceregistry must be a dict, not '${typeOf(registry).name}'`);
  state.onceRegistry = registry;
  return registry;
}

function currentDefaultAction(): string {
  const action = warningsAttribute('defaultaction', false);
  if (action === undefined) return strValue(state.defaultAction)!;
  const text = strValue(action);
  if (text === undefined) throw typeError(`_warnings.defaultaction must be a string, not '${typeOf(action).name}'`);
  state.defaultAction = action;
  return text;
}

// ---- filtering

/** A filter's message or module pattern against the text: None matches all, an exact str equal text, anything else by its match(). */
function matches(pattern: Py, text: Py): boolean {
  if (pattern === null) return true;
  if (typeof pattern === 'string') {
    const value = strValue(text);
    if (value === undefined) throw typeError(`Can't compare str and ${typeOf(text).name}`);
    return pattern === value;
  }
  return isTrue(callMethod(pattern, 'match', [text]));
}

/** A filter's line number, read as PyLong_AsSsize_t reads it (no __index__). */
function filterLine(value: Py): number {
  const line = intValue(value);
  if (line === undefined) throw typeError('an integer is required');
  return typeof line === 'number' ? line : ssizeArgument(line);
}

/** The action of the first filter that applies, and that filter (None for the default action). */
function filterFor(category: Py, text: Py, lineno: number, module: Py): { action: string; item: Py } {
  const filters = currentFilters();
  // (The filters may change while their patterns' match() runs: each step reads the list again.)
  for (let i = 0; i < filters.items.length; i++) {
    const item = filters.items[i];
    if (!(item instanceof PyTuple) || item.items.length !== 5) throw newException(ValueError, `_warnings.filters item ${i} isn't a 5-tuple`);
    const [action, message, filterCategory, filterModule, line] = item.items;
    const actionText = strValue(action);
    if (actionText === undefined) throw typeError(`action must be a string, not '${typeOf(action).name}'`);
    // Every test runs (and can raise), in CPython's order, before any decides.
    const messageMatches = matches(message, text);
    const moduleMatches = matches(filterModule, module);
    const categoryMatches = isSubclassOfAny(category, filterCategory);
    const lineMatches = filterLine(line);
    if (messageMatches && categoryMatches && moduleMatches && (lineMatches === 0 || lineMatches === lineno)) return { action: actionText, item };
  }
  return { action: currentDefaultAction(), item: null };
}

/** Whether the registry has the key (set it if `set`); a registry from before the filters last changed is emptied first. */
function alreadyWarned(registry: PyDict, key: Py, set: boolean): boolean {
  const version = registry.getStr('version');
  if (typeof version !== 'number' || version !== state.filtersVersion) {
    registry.clear();
    registry.setStr('version', state.filtersVersion);
  } else {
    const warned = registry.get(key);
    if (warned !== undefined && isTrue(warned)) return true;
  }
  if (set) registry.set(key, true);
  return false;
}

/**
 * warn_explicit's work: the warning filtered, noted in the registries, and shown. `module`
 * undefined is the file's name without ".py"; None ignores the warning (a warning late in
 * shutdown, when there are no filters to go by).
 */
function warnExplicit(
  category: Py, message: Py, filename: string, lineno: number, module: Py | undefined, registry: Py, sourceLine: string | null, source: Py,
): void {
  if (module === null) return;
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
      warnedBefore = alreadyWarned(registry instanceof PyDict ? registry : currentOnceRegistry(), newTuple([text, category]), true);
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

// ---- showing

function show(category: Py, text: Py, warning: Py, filename: string, lineno: number, sourceLine: string | null, source: Py): void {
  // With a source object (not None), the warnings module is imported: it can show where the source was allocated.
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

/**
 * "FILE:LINE: Category: text" and the line of the file, on sys.stderr, piece by piece as
 * CPython's show_warning writes them; an error writing ends it quietly. A line given by
 * warn_explicit's module_globals is never written: CPython's show_warning gives up on it
 * (its check that the string is ready fails), so only lines read from the file appear.
 */
function writeWarning(category: Py, text: Py, filename: string, lineno: number, sourceLine: string | null): void {
  const stderr = sysNamespace().getStr('stderr');
  if (stderr === undefined) {
    process.stderr.write('lost sys.stderr\n');
    return;
  }
  try {
    const name = pyStr(getAttrOrUndefined(category, '__name__', true)!);
    for (const piece of [filename, `:${lineno}: `, name, ': ', pyStr(text), '\n']) callMethod(stderr, 'write', [piece]);
    if (sourceLine !== null) return;
    const line = readSourceLine(filename, lineno);
    if (line === '') return;
    for (const piece of ['  ', line.replace(/^[ \t\f]+/, '').replace(/(\r\n|\r|\n)$/, ''), '\n']) callMethod(stderr, 'write', [piece]);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
  }
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
  const globals = frame === null ? sysNamespace() : frame.globals;
  let registry = globals.getStr('__warningregistry__');
  if (registry === undefined) globals.setStr('__warningregistry__', (registry = newDict()));
  const name = globals.getStr('__name__');
  return {
    filename: frame === null ? 'sys' : frame.code.co_filename,
    lineno: frame === null ? 1 : frame.lineno ?? 0,
    module: name === null || (name !== undefined && strValue(name) !== undefined) ? name : '<string>',
    registry,
  };
}

/** The category of a warning: the message's class if it is a Warning, else the argument (UserWarning by default). */
function warningCategory(message: Py, category: Py): Py {
  const chosen = isInstance(message, Warning) ? typeOf(message) : category === null ? UserWarning : category;
  let isWarningClass = false;
  try {
    isWarningClass = isSubclassOfAny(chosen, Warning);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
  }
  if (!isWarningClass) throw typeError(`category must be a Warning subclass, not '${typeOf(chosen).name}'`);
  return chosen;
}

/** warn()'s work (do_warn): the warning put on the frame `stackLevel` levels up. */
function warnAtStackLevel(message: Py, category: Py, stackLevel: number, source: Py): void {
  const context = warningContext(stackLevel);
  warnExplicit(category, message, context.filename, context.lineno, context.module, context.registry, null, source);
}

/**
 * The line `lineno` of the module's source, as its loader's get_source gives it
 * (warn_explicit's module_globals): null without a loader, a name or a source; a line
 * number out of range is an IndexError, as CPython's list lookup has it.
 */
function loaderSourceLine(moduleGlobals: PyDict, lineno: number): string | null {
  const loader = moduleGlobals.getStr('__loader__');
  if (loader === undefined) return null;
  const name = moduleGlobals.getStr('__name__');
  if (name === undefined) return null;
  const getSource = getAttrOrUndefined(loader, 'get_source');
  if (getSource === undefined) return null;
  const source = call(getSource, [name]);
  if (source === null) return null;
  const text = strValue(source);
  if (text === undefined) throw typeError(`must be str, not ${typeOf(source).name}`);
  const lines = strSplitlines(text);
  if (lineno < 1 || lineno > lines.length) throw newException(IndexError, 'list index out of range');
  return lines[lineno - 1];
}

// ---- the interpreter's own warnings

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

// PyErr_WarnEx: a built-in's warning, with no source (so showing it imports nothing).
setBuiltinWarner((category: PyType, message: string, stackLevel: number) => warnAtStackLevel(message, category, stackLevel, null));

/** _PyErr_WarnFormat with a source object: `message` of `category` about `source`, put on the frame `stackLevel` levels up. */
export function warnAboutObject(source: Py, category: PyType, message: string, stackLevel: number): void {
  warnAtStackLevel(message, category, stackLevel, source);
}

// ---- the functions

const WARN = { name: 'warn', names: ['message', 'category', 'stacklevel', 'source'], required: 1, positionalOnly: 0 };

defineFunction(warningsModule, 'warn', (args, kwnames) => {
  const [message, category, stacklevel, source] = bindClinicArguments(WARN, args, kwnames);
  const stackLevel = stacklevel === undefined ? 1 : ssizeArgument(stacklevel);
  warnAtStackLevel(message!, warningCategory(message!, category ?? null), stackLevel, source ?? null);
  return null;
}, 'Issue a warning, or maybe ignore it or raise an exception.');

const WARN_EXPLICIT_NAMES = ['message', 'category', 'filename', 'lineno', 'module', 'registry', 'module_globals', 'source'];
const WARN_EXPLICIT = { name: 'warn_explicit', names: WARN_EXPLICIT_NAMES, required: 0, positionalOnly: 0 };

/**
 * warn_explicit's arguments as PyArg_ParseTupleAndKeywords("OOUi|OOOO") takes them: each
 * in turn checked (missing, then converted), and only then a keyword naming no parameter.
 */
function bindWarnExplicitArguments(args: Py[], kwnames: readonly string[] | null): { bound: (Py | undefined)[]; filename: string; lineno: number } {
  if (args.length > WARN_EXPLICIT_NAMES.length) throw typeError(`warn_explicit() takes at most 8 arguments (${args.length} given)`);
  const positionalCount = args.length - (kwnames?.length ?? 0);
  const validArgs = args.slice(0, positionalCount);
  const validNames: string[] = [];
  let invalid: string | undefined;
  kwnames?.forEach((keyword, k) => {
    if (!WARN_EXPLICIT_NAMES.includes(keyword)) {
      invalid ??= keyword;
      return;
    }
    validNames.push(keyword);
    validArgs.push(args[positionalCount + k]);
  });
  const bound = bindArguments(WARN_EXPLICIT, validArgs, validNames.length > 0 ? validNames : null);
  let filename = '';
  let lineno = 0;
  for (let i = 0; i < 4; i++) {
    const value = bound[i];
    if (value === undefined) throw typeError(`warn_explicit() missing required argument '${WARN_EXPLICIT_NAMES[i]}' (pos ${i + 1})`);
    if (i === 2) {
      const text = strValue(value);
      if (text === undefined) throw typeError(`warn_explicit() argument 3 must be str, not ${typeOf(value).name}`);
      filename = text;
    } else if (i === 3) {
      lineno = cIntFromIndex(value);
    }
  }
  if (invalid !== undefined) throw typeError(`'${invalid}' is an invalid keyword argument for warn_explicit()`);
  return { bound, filename, lineno };
}

/** A C int as the "i" format converts it. */
function cIntFromIndex(value: Py): number {
  const index = pyIndex(value);
  if (index > 2 ** 31 - 1) throw newException(OverflowError, 'signed integer is greater than maximum');
  if (index < -(2 ** 31)) throw newException(OverflowError, 'signed integer is less than minimum');
  return Number(index);
}

defineFunction(warningsModule, 'warn_explicit', (args, kwnames) => {
  const { bound, filename, lineno } = bindWarnExplicitArguments(args, kwnames);
  const [message, category, , , module, registry, moduleGlobals, source] = bound;
  let sourceLine: string | null = null;
  if (moduleGlobals !== undefined && moduleGlobals !== null) {
    if (!(moduleGlobals instanceof PyDict)) throw typeError(`module_globals must be a dict, not '${typeOf(moduleGlobals).name}'`);
    sourceLine = loaderSourceLine(moduleGlobals, lineno);
  }
  warnExplicit(category!, message!, filename, lineno, module, registry ?? null, sourceLine, source ?? null);
  return null;
}, 'Low-level interface to warnings functionality.');

defineFunction(warningsModule, '_filters_mutated', (args, kwnames) => {
  checkArgCount('_warnings._filters_mutated', args, kwnames, 0);
  state.filtersVersion++;
  return null;
});
