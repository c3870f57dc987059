// The docstrings and text signatures (__doc__, __text_signature__) of the functions,
// types and methods written in TypeScript. They are CPython's: scripts/gen_builtin_docs.py
// dumps python3's into a table in dist/, read the first time one is asked for, so that
// start-up does not pay for it. A native's key is named as the script names CPython's.
import type { Py } from './object';
import { PyType } from './type';
import { typeOf } from './typeOf';
import { PyBuiltinFunction, PyClassMethodDescriptor, PyGetSetDescriptor, PyMethodDescriptor } from './native';
import { PyMemberDescriptor } from './memberDescriptor';
import { readDistTable } from '../parser/unicodeNames';

const TABLE_FILE = 'builtin-docs.txt';

/** [__doc__, __text_signature__]; the docstring is the part after CPython's "name(...)\n--\n\n" prefix. */
type DocEntry = [string | null, string | null];

/**
 * The table's text ("KEY\t[doc, signature]" lines), read on first use, with a line break
 * put before its first line so that every entry is found as "\nKEY\t". A search of the
 * text costs tens of microseconds; splitting it into a map of its 4,000 lines cost
 * milliseconds (up to 17 ms at a cold start), and a program asks for a few entries (io's
 * classes copy their docstrings from _io's when io is imported).
 */
let table: string | undefined;

/**
 * Reads the table now: the start-up snapshot holds it read (0.6 MB), since most
 * programs ask for an entry as they import the library (`classmethod(GenericAlias)`,
 * in a dozen of its modules, copies GenericAlias's docstring), and reading and
 * searching it cold cost a process ~4-8 ms.
 */
export function readBuiltinDocsAhead(): void {
  // (A search, so that the snapshot holds the table's string flat and the search compiled.)
  entryFor('builtins:object');
}

/**
 * The entries searched for so far, null for a key the table does not have: the library
 * asks for the same few again and again (typing and the abc machinery read the __doc__
 * of built-in types), and a search that misses reads the whole table.
 */
const entriesFound = new Map<string, DocEntry | null>();

function entryFor(key: string): DocEntry | undefined {
  let entry = entriesFound.get(key);
  if (entry === undefined) {
    entry = searchTable(key);
    entriesFound.set(key, entry);
  }
  return entry ?? undefined;
}

function searchTable(key: string): DocEntry | null {
  table ??= `\n${readDistTable(TABLE_FILE)}`;
  const found = table.indexOf(`\n${key}\t`);
  if (found < 0) return null;
  const start = found + key.length + 2;
  return JSON.parse(table.slice(start, table.indexOf('\n', start))) as DocEntry;
}

/** "module:qualname", as the table names a type. */
function typeKey(type: PyType): string {
  const module = type.attrs.get('__module__');
  return `${typeof module === 'string' ? module : 'builtins'}:${type.qualname}`;
}

export type NativeDescriptor = PyMethodDescriptor | PyClassMethodDescriptor | PyGetSetDescriptor | PyMemberDescriptor;

/**
 * The built-in type whose __dict__ holds what a bound method was made from (a method,
 * class method or static method): looked up along the MRO of the class a class method is
 * bound to, then along that of the type of what it is bound to.
 */
function definingType(self: Py, name: string): PyType | undefined {
  const candidates = self instanceof PyType ? [self, typeOf(self)] : [typeOf(self)];
  for (const type of candidates) {
    const owner = type.mro.find((base) => !base.isHeapType && base.attrs.has(name));
    if (owner !== undefined) return owner;
  }
  return undefined;
}

function functionEntry(fn: PyBuiltinFunction): DocEntry | undefined {
  if (fn.self === undefined) return fn.module === null ? undefined : entryFor(`${fn.module}.${fn.name}`);
  const owner = definingType(fn.self, fn.name);
  return owner === undefined ? undefined : entryFor(`${typeKey(owner)}.${fn.name}`);
}

function descriptorEntry(descriptor: NativeDescriptor): DocEntry | undefined {
  return entryFor(`${typeKey(descriptor.owner)}.${descriptor.name}`);
}

/** CPython's docstring of a native, else the one pyvm gave it. */
export function functionDoc(fn: PyBuiltinFunction): string | null {
  return functionEntry(fn)?.[0] ?? fn.doc;
}

export function functionTextSignature(fn: PyBuiltinFunction): string | null {
  return functionEntry(fn)?.[1] ?? null;
}

export function descriptorDoc(descriptor: NativeDescriptor): string | null {
  return descriptorEntry(descriptor)?.[0] ?? ('doc' in descriptor ? descriptor.doc : null);
}

export function descriptorTextSignature(descriptor: NativeDescriptor): string | null {
  return descriptorEntry(descriptor)?.[1] ?? null;
}

/** CPython's docstring of a built-in type (its tp_doc), if it has one. */
export function typeDoc(type: PyType): string | null {
  return entryFor(typeKey(type))?.[0] ?? null;
}

/** A built-in type's signature (object's is "()"); a class statement's types have none. */
export function typeTextSignature(type: PyType): string | null {
  return type.isHeapType ? null : entryFor(typeKey(type))?.[1] ?? null;
}
