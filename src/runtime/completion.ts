// Jupyter's complete_request, answered as IPython's completer answers it for ipykernel:
// names from __main__, builtins and keywords; attributes (dir()) after a dot; module
// names after `import` and `from`, and a module's names after `from m import`; dict keys
// in `d["...`; file paths inside other strings. The context comes from the tokens of the
// line before the cursor (cursorLine.ts). Matches are sorted as IPython sorts them
// (case-insensitively, `_` names after the others) and named with the kind of object
// they are (`_jupyter_types_experimental`, which JupyterLab shows beside each match).
import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Py } from '../objects/object';
import type { PyDict } from '../objects/dict';
import { PyModule } from '../objects/module';
import { PyType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { PyList } from '../objects/list';
import { Exception } from '../objects/exceptions';
import { call, getAttrOrUndefined, isCallable, iterableToArray, pyRepr } from '../objects/protocols';
import { toPyException } from '../objects/pyErrorConversion';
import { builtinsModule } from '../modules/builtins';
import { sysModule } from '../modules/sys';
import { builtinModuleNames } from '../modules/registry';
import { TokenType } from '../tokenizer/token';
import { RESERVED_KEYWORDS } from '../parser/keywords';
import { compile } from '../compiler/compile';
import { importModule } from './importSystem';
import { runModuleCode } from './interpreter';
import { codePointToIndex, cursorLine, indexToCodePoint, type PlacedToken } from './cursorLine';
import { attributeOrUndefined, lookUpName, resolveDottedName } from './namespaceLookup';

export type CompletionType = {
  start: number;
  end: number;
  text: string;
  type: string;
  signature: string;
};

export type CompletionReply = {
  status: 'ok';
  matches: string[];
  cursor_start: number;
  cursor_end: number;
  metadata: { _jupyter_types_experimental: CompletionType[] };
};

/** A match and what kind of thing it names (IPython's completion types: function, class, module, keyword, ...). */
interface Candidate {
  text: string;
  type: string;
}

/** What is being typed at the cursor: the text the matches replace (from `start`, a UTF-16 index) and its candidates. */
interface Completion {
  start: number;
  candidates: Candidate[];
}

/** IPython's type for matches it cannot classify (paths, dict keys). */
const UNKNOWN = '<unknown>';

export function complete(code: string, cursorPos: number, main: PyModule): CompletionReply {
  const cursor = codePointToIndex(code, cursorPos);
  const completion = findCompletion(code, cursor, main);
  const start = indexToCodePoint(code, completion.start);
  const end = indexToCodePoint(code, cursor);
  const candidates = sortedUnique(completion.candidates);
  return {
    status: 'ok',
    matches: candidates.map((candidate) => candidate.text),
    cursor_start: start,
    cursor_end: end,
    metadata: { _jupyter_types_experimental: candidates.map(({ text, type }) => ({ start, end, text, type, signature: '' })) },
  };
}

function findCompletion(code: string, cursor: number, main: PyModule): Completion {
  const line = cursorLine(code, cursor, false);
  const at = (index: number) => line.offset + index;
  if (line.openString !== null) return stringCompletion(line.text, line.openString, line.tokens, main.dict, at);
  const tokens = line.tokens;
  const last = tokens[tokens.length - 1] as PlacedToken | undefined;
  const typing = last !== undefined && last.type === TokenType.NAME && last.end === line.text.length ? last : null;
  const prefix = typing?.text ?? '';
  const start = at(typing?.start ?? line.text.length);
  const before = typing === null ? tokens : tokens.slice(0, -1);

  const importCompletion = completeImport(tokens, line.text.length, at);
  if (importCompletion !== null) return importCompletion;
  const previous = before[before.length - 1];
  if (previous?.type === TokenType.OP && previous.text === '.') {
    const owner = evaluate(before.slice(0, -1), main);
    return { start, candidates: owner === undefined ? [] : attributeCandidates(owner, prefix) };
  }
  const names = nameCandidates(main.dict, prefix);
  if (previous?.type === TokenType.OP && previous.text === '[') {
    const container = evaluate(before.slice(0, -1), main);
    const keys = container === undefined ? [] : dictKeys(container).map(pyRepr).filter((key) => key.startsWith(prefix));
    // As IPython, no keywords inside brackets.
    const values = names.filter((candidate) => candidate.type !== 'keyword');
    return { start, candidates: [...keys.map((text) => ({ text, type: UNKNOWN })), ...values] };
  }
  return { start, candidates: names };
}

/** Inside an unterminated string: a dict's keys after `d[`, otherwise file paths. */
function stringCompletion(text: string, stringStart: number, before: PlacedToken[], namespace: PyDict, at: (index: number) => number): Completion {
  const literal = text.slice(stringStart);
  const prefixLength = literal.search(/['"]/);
  const quote = literal[prefixLength];
  const quoteLength = literal.startsWith(quote.repeat(3), prefixLength) ? 3 : 1;
  const contentStart = stringStart + prefixLength + quoteLength;
  const content = text.slice(contentStart);
  const previous = before[before.length - 1];
  if (previous?.type === TokenType.OP && previous.text === '[') {
    const container = evaluateDottedName(before.slice(0, -1), namespace);
    const keys = container === undefined ? [] : dictKeys(container).filter((key): key is string => typeof key === 'string');
    return { start: at(contentStart), candidates: keys.filter((key) => key.startsWith(content) && !key.includes(quote)).map((key) => ({ text: key, type: UNKNOWN })) };
  }
  return { start: at(contentStart), candidates: pathCandidates(content) };
}

/** `import a.b`, `from a.b import c`: module names, or a module's names after `import`. */
function completeImport(tokens: PlacedToken[], lineEnd: number, at: (index: number) => number): Completion | null {
  const first = tokens[0];
  if (first === undefined || first.type !== TokenType.NAME || (first.text !== 'import' && first.text !== 'from')) return null;
  // The keyword itself, still being typed.
  if (tokens.length === 1 && first.end === lineEnd) return null;
  const importAt = tokens.findIndex((token, index) => index > 0 && token.text === 'import');
  if (first.text === 'from' && importAt > 0) {
    const typing = tokens[tokens.length - 1];
    const prefix = typing.type === TokenType.NAME && typing.end === lineEnd && tokens.length - 1 > importAt ? typing.text : '';
    const moduleName = tokens.slice(1, importAt).map((token) => token.text).join('');
    return { start: at(lineEnd - prefix.length), candidates: moduleNamesOf(moduleName, prefix) };
  }
  // The dotted name that ends at the cursor (`os.pa`, or nothing after `import `).
  let index = tokens.length;
  while (index > 1 && tokens[index - 1].end === (index === tokens.length ? lineEnd : tokens[index].start)
    && (tokens[index - 1].type === TokenType.NAME || tokens[index - 1].text === '.')) index--;
  const dotted = tokens.slice(index).map((token) => token.text).join('');
  if (dotted.startsWith('.')) return { start: at(lineEnd), candidates: [] };
  return { start: at(lineEnd - dotted.length), candidates: moduleCandidates(dotted) };
}

/** Modules whose dotted names start with `dotted` (`os.pa` → os.path). */
function moduleCandidates(dotted: string): Candidate[] {
  const dot = dotted.lastIndexOf('.');
  if (dot < 0) {
    const names = [...builtinModuleNames(), ...searchPath().flatMap(modulesIn)];
    return names.filter((name) => name.startsWith(dotted)).map((text) => ({ text, type: 'module' }));
  }
  const packageName = dotted.slice(0, dot);
  const module = importOrUndefined(packageName);
  if (module === undefined) return [];
  const partial = dotted.slice(dot + 1);
  const submodules = [...packageSubmodules(module), ...namesOf(module).filter((name) => attributeOrUndefined(module, name) instanceof PyModule)];
  return submodules.filter((name) => name.startsWith(partial)).map((name) => ({ text: `${packageName}.${name}`, type: 'module' }));
}

/** What `from moduleName import ...` can import: its submodules and its names. */
function moduleNamesOf(moduleName: string, prefix: string): Candidate[] {
  if (moduleName === '' || moduleName.startsWith('.')) return [];
  const module = importOrUndefined(moduleName);
  if (module === undefined) return [];
  const submodules = packageSubmodules(module).map((text) => ({ text, type: 'module' }));
  return [...submodules, ...attributeCandidates(module, prefix)].filter((candidate) => candidate.text.startsWith(prefix));
}

function importOrUndefined(name: string): Py | undefined {
  return guarded(() => importModule(name));
}

function searchPath(): string[] {
  const path = sysModule.dict.getStr('path');
  return path instanceof PyList ? path.items.filter((item): item is string => typeof item === 'string').map((entry) => entry || '.') : [];
}

function packageSubmodules(module: Py): string[] {
  const path = getAttrOrUndefined(module, '__path__');
  if (path === undefined) return [];
  return (guarded(() => iterableToArray(path)) ?? []).filter((entry): entry is string => typeof entry === 'string').flatMap(modulesIn);
}

/** The modules a directory holds: `name.py` files and packages (directories with an `__init__.py`). */
function modulesIn(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  const names: string[] = [];
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.py')) names.push(entry.name.slice(0, -3));
    else if (entry.isDirectory() && isFile(join(directory, entry.name, '__init__.py'))) names.push(entry.name);
  }
  return names.filter((name) => /^[A-Za-z_]\w*$/.test(name));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Names in __main__ and builtins, and keywords; `_` names only when the prefix asks for them. */
function nameCandidates(namespace: PyDict, prefix: string): Candidate[] {
  const names = new Set([...namespace.keys(), ...builtinsModule.dict.keys()].filter((name): name is string => typeof name === 'string'));
  const candidates = [...names].filter((name) => matches(name, prefix)).map((text) => ({ text, type: typeName(lookUpName(namespace, text)) }));
  const keywords = [...RESERVED_KEYWORDS].filter((word) => word.startsWith(prefix) && !names.has(word));
  return [...candidates, ...keywords.map((text) => ({ text, type: 'keyword' }))];
}

function attributeCandidates(owner: Py, prefix: string): Candidate[] {
  return namesOf(owner).filter((name) => matches(name, prefix)).map((text) => ({ text, type: attributeType(owner, text) }));
}

/** IPython's omit__names: names starting with `_` are offered only once `_` is typed. */
function matches(name: string, prefix: string): boolean {
  return name.startsWith(prefix) && (prefix.startsWith('_') || !name.startsWith('_'));
}

/** dir(value), as strings. */
function namesOf(value: Py): string[] {
  const names = guarded(() => iterableToArray(call(builtinsModule.dict.getStr('dir')!, [value])));
  return (names ?? []).filter((name): name is string => typeof name === 'string');
}

/** The kind of an attribute, found without running a property's getter. */
function attributeType(owner: Py, name: string): string {
  if (!(owner instanceof PyType) && !(owner instanceof PyModule)) {
    const descriptor = typeOf(owner).lookup(name);
    if (descriptor !== undefined && typeOf(descriptor).lookup('__set__') !== undefined) return 'property';
  }
  return typeName(attributeOrUndefined(owner, name));
}

function typeName(value: Py | undefined): string {
  if (value === undefined) return UNKNOWN;
  if (value instanceof PyModule) return 'module';
  if (value instanceof PyType) return 'class';
  return isCallable(value) ? 'function' : 'instance';
}

/** The keys of a dict (or anything with a keys() method), or none. */
function dictKeys(container: Py): Py[] {
  const keys = getAttrOrUndefined(container, 'keys');
  if (keys === undefined || !isCallable(keys)) return [];
  return guarded(() => iterableToArray(call(keys, []))) ?? [];
}

/** Entries of the directory a partly typed path names; directories end with `/`. */
function pathCandidates(typed: string): Candidate[] {
  const slash = typed.lastIndexOf('/');
  const directory = slash < 0 ? '.' : typed.slice(0, slash + 1);
  const expanded = directory.startsWith('~') ? homedir() + directory.slice(1) : directory;
  let entries;
  try {
    entries = readdirSync(expanded, { withFileTypes: true });
  } catch {
    return [];
  }
  const partial = typed.slice(slash + 1);
  const base = slash < 0 ? '' : directory;
  return entries
    .filter((entry) => entry.name.startsWith(partial) && (partial.startsWith('.') || !entry.name.startsWith('.')))
    .map((entry) => ({ text: base + entry.name + (entry.isDirectory() || isDirectory(join(expanded, entry.name)) ? '/' : ''), type: UNKNOWN }));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The value of the tokens before a `.` or `[`: a dotted name (looked up, never called),
 * or a single literal (`1 .`, `"abc".`; not an f-string, which may call anything).
 * Anything else (a call, a subscript) is not run.
 */
function evaluate(tokens: PlacedToken[], main: PyModule): Py | undefined {
  const last = tokens[tokens.length - 1];
  if (last !== undefined && (last.type === TokenType.NUMBER || (last.type === TokenType.STRING && !/^[a-eg-z]*f/i.test(last.text)))) {
    const preceding = tokens[tokens.length - 2];
    if (preceding !== undefined && preceding.type !== TokenType.OP) return undefined;
    return guarded(() => runModuleCode(compile(last.text, '<completion>', 'eval'), main));
  }
  return evaluateDottedName(tokens, main.dict);
}

function evaluateDottedName(tokens: PlacedToken[], namespace: PyDict): Py | undefined {
  const parts: string[] = [];
  let index = tokens.length - 1;
  for (; index >= 0; index -= 2) {
    if (tokens[index].type !== TokenType.NAME || RESERVED_KEYWORDS.has(tokens[index].text)) return undefined;
    parts.unshift(tokens[index].text);
    const separator = tokens[index - 1];
    if (separator === undefined || separator.text !== '.') break;
  }
  if (parts.length === 0) return undefined;
  return resolveDottedName(namespace, parts);
}

/** What `compute` gives, or undefined when it raises an ordinary Python exception. */
function guarded<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch (caught) {
    const exc = toPyException(caught);
    if (!exc.cls.isSubtypeOf(Exception)) throw exc;
    return undefined;
  }
}

/** IPython's completions_sorting_key: `_` names after the others, `__` names last, then case-insensitively. */
function sortedUnique(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  const unique = candidates.filter((candidate) => !seen.has(candidate.text) && seen.add(candidate.text));
  const rank = (text: string) => (text.startsWith('__') ? 2 : text.startsWith('_') ? 1 : 0);
  const key = (text: string) => text.toLowerCase();
  return unique.sort((a, b) => rank(a.text) - rank(b.text) || (key(a.text) < key(b.text) ? -1 : key(a.text) > key(b.text) ? 1 : 0));
}

