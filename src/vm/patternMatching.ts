// The pattern-matching instructions: MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and MATCH_CLASS.
import type { Py } from '../objects/object';
import { MatchKind, objectType, PyType } from '../objects/type';
import { typeOf } from '../objects/typeOf';
import { newException, typeError, ValueError } from '../objects/exceptions';
import { callUnbound, getAttrOrUndefined, isInstance, pyEquals, pyRepr } from '../objects/protocols';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyObject } from '../objects/object';

export function isMapping(subject: Py): boolean {
  return typeOf(subject).matchKind === MatchKind.MAPPING;
}

export function isSequenceForMatch(subject: Py): boolean {
  return typeOf(subject).matchKind === MatchKind.SEQUENCE;
}

/** The values of `keys` in the mapping subject, or None if one is missing. */
export function matchKeys(subject: Py, keys: PyTuple): Py {
  if (keys.items.length === 0) return newTuple([]);
  const get = typeOf(subject).lookup('get');
  const missing = new PyObject(objectType);
  const values: Py[] = [];
  const seen: Py[] = [];
  for (const key of keys.items) {
    if (seen.some((k) => pyEquals(k, key))) throw newException(ValueError, `mapping pattern checks duplicate key (${pyRepr(key)})`);
    seen.push(key);
    const value = callUnbound(get!, subject, [key, missing]);
    if (value === missing) return null;
    values.push(value);
  }
  return newTuple(values);
}

/** The attributes a class pattern extracts from the subject, or None when it does not match. */
export function matchClass(subject: Py, cls: Py, positionalCount: number, keywords: PyTuple): Py {
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a class');
  if (!isInstance(subject, cls)) return null;
  const attributes: Py[] = [];
  const seen: string[] = [];
  if (positionalCount > 0) {
    const matchArgs = getAttrOrUndefined(cls, '__match_args__');
    let names: Py[];
    if (matchArgs === undefined) {
      if (matchesSelf(cls)) {
        if (positionalCount > 1) throw typeError(`${cls.name}() accepts 1 positional sub-pattern (${positionalCount} given)`);
        attributes.push(subject);
        names = [];
      } else {
        throw typeError(`${cls.name}() accepts 0 positional sub-patterns (${positionalCount} given)`);
      }
    } else {
      if (!(matchArgs instanceof PyTuple)) throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`);
      names = matchArgs.items;
      if (positionalCount > names.length) {
        throw typeError(`${cls.name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${positionalCount} given)`);
      }
    }
    for (let i = 0; i < names.length && i < positionalCount; i++) {
      const name = names[i];
      if (typeof name !== 'string') throw typeError(`__match_args__ elements must be strings (got ${typeOf(name).name})`);
      const value = attributeFor(subject, name, seen, cls);
      if (value === undefined) return null;
      attributes.push(value);
    }
  }
  for (const name of keywords.items as string[]) {
    const value = attributeFor(subject, name, seen, cls);
    if (value === undefined) return null;
    attributes.push(value);
  }
  return newTuple(attributes);
}

function attributeFor(subject: Py, name: string, seen: string[], cls: PyType): Py | undefined {
  if (seen.includes(name)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
  seen.push(name);
  return getAttrOrUndefined(subject, name);
}

const SELF_MATCHING = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

function matchesSelf(cls: PyType): boolean {
  return cls.mro.some((t) => !t.isHeapType && SELF_MATCHING.has(t.name));
}

