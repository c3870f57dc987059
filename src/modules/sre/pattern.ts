// re.Pattern: a compiled regular expression (sre's PatternObject) — the program
// re/_compiler.py produced, with the pattern it came from, its flags and its groups.
// This file holds the type and what a pattern is as a value (attributes, repr,
// equality, hash); patternMethods.ts holds what it does.
import { PyObject, type Py } from '../../objects/object';
import { nativeType } from '../../objects/type';
import type { PyDict } from '../../objects/dict';
import { newDict } from '../../objects/dictType';
import { PyTuple } from '../../objects/tuple';
import { newMappingProxy } from '../../objects/mappingProxy';
import { checkArgCount, checkWrapperArgs, defineGetSets, defineMethods, PyBuiltinFunction } from '../../objects/native';
import { defineReadonlyMembers } from '../../objects/readonlyMembers';
import { defineClassGetItem } from '../../objects/genericAlias';
import { typeError } from '../../objects/exceptions';
import { NotImplemented } from '../../objects/singletons';
import { pyEquals, pyHash, pyRepr } from '../../objects/protocols';
import { hashBytes } from '../../objects/hash';
import { intXor } from '../../objects/int';
import { codePointLength, unitOffsetOf } from '../../objects/strCodePoints';
import { Flag } from './constants';
import { ProgramFacts } from './programFacts';
import { MatchState } from './state';
import { subjectOf } from './subject';

export const patternType = nativeType('Pattern', undefined, { baseType: false });
patternType.attrs.set('__module__', 're');
patternType.attrs.set('__doc__', 'Compiled regular expression object.');

export class PyPattern extends PyObject {
  constructor(
    /** The pattern string (str or bytes), or None for a pattern compiled from a parsed tree. */
    readonly pattern: Py,
    readonly flags: number,
    readonly code: Uint32Array,
    /** How many capturing groups. */
    readonly groups: number,
    /** Group name -> number, and number -> name (None for unnamed); null when no group is named. */
    readonly groupindex: PyDict | null,
    readonly indexgroup: PyTuple | null,
    /** What the pattern matches: 0 str, 1 bytes, -1 either (no pattern string). */
    readonly isBytes: number,
  ) {
    super(patternType);
    this.facts = new ProgramFacts(code);
  }

  /** What its searches learn of its program once. */
  readonly facts: ProgramFacts;
}

/**
 * The state for matching `pattern` over `string` from pos to endpos (sre's state_init):
 * a TypeError when the string is not a str or bytes-like object, or not of the
 * pattern's kind.
 */
export function matchStateFor(pattern: PyPattern, string: Py, pos: number, endpos: number): MatchState {
  const subject = subjectOf(string);
  if (subject.isBytes && pattern.isBytes === 0) throw typeError('cannot use a string pattern on a bytes-like object');
  if (!subject.isBytes && pattern.isBytes > 0) throw typeError('cannot use a bytes pattern on a string-like object');
  return new MatchState(subject, pattern.groups, pos, endpos, pattern.facts);
}

/** repr(value) cut to `limit` code points, as C's %.<limit>R formats it. */
export function truncatedRepr(value: Py, limit: number): string {
  const text = pyRepr(value);
  return codePointLength(text) <= limit ? text : text.slice(0, unitOffsetOf(text, limit));
}

/** The flags a pattern's repr names, in sre's order; re.UNICODE is implied for a str pattern. */
const FLAG_NAMES: readonly [string, number][] = [
  ['re.IGNORECASE', Flag.IGNORECASE],
  ['re.LOCALE', Flag.LOCALE],
  ['re.MULTILINE', Flag.MULTILINE],
  ['re.DOTALL', Flag.DOTALL],
  ['re.UNICODE', Flag.UNICODE],
  ['re.VERBOSE', Flag.VERBOSE],
  ['re.DEBUG', Flag.DEBUG],
  ['re.ASCII', Flag.ASCII],
];

function patternRepr(self: PyPattern): string {
  let flags = self.flags;
  if (self.isBytes === 0 && (flags & (Flag.LOCALE | Flag.UNICODE | Flag.ASCII)) === Flag.UNICODE) flags &= ~Flag.UNICODE;
  const names: string[] = [];
  for (const [name, value] of FLAG_NAMES) {
    if (flags & value) {
      names.push(name);
      flags &= ~value;
    }
  }
  if (flags) names.push(`0x${(flags >>> 0).toString(16)}`);
  const source = truncatedRepr(self.pattern, 200);
  return names.length > 0 ? `re.compile(${source}, ${names.join('|')})` : `re.compile(${source})`;
}

/** Patterns are equal when compiled alike from equal pattern strings (the code differs with the locale, so it is compared too). */
function patternsEqual(a: PyPattern, b: PyPattern): boolean {
  if (a === b) return true;
  if (a.flags !== b.flags || a.isBytes !== b.isBytes || a.code.length !== b.code.length) return false;
  for (let i = 0; i < a.code.length; i++) if (a.code[i] !== b.code[i]) return false;
  return pyEquals(a.pattern, b.pattern);
}

function comparePatterns(self: PyPattern, other: Py, equal: boolean): Py {
  if (!(other instanceof PyPattern) || other.cls !== patternType) return NotImplemented;
  return patternsEqual(self, other) === equal;
}

patternType.attrs.set('__new__', new PyBuiltinFunction('__new__', () => {
  throw typeError("cannot create 're.Pattern' instances");
}, undefined, null));

defineMethods(patternType, {
  __repr__: (self: PyPattern) => patternRepr(self),
  __eq__(self: PyPattern, args, kwnames) {
    checkWrapperArgs('__eq__', args, kwnames, 1);
    return comparePatterns(self, args[0], true);
  },
  __ne__(self: PyPattern, args, kwnames) {
    checkWrapperArgs('__ne__', args, kwnames, 1);
    return comparePatterns(self, args[0], false);
  },
  __hash__(self: PyPattern) {
    const codeBytes = new Uint8Array(self.code.buffer, self.code.byteOffset, self.code.byteLength);
    let hash = intXor(pyHash(self.pattern), hashBytes(codeBytes));
    hash = intXor(intXor(intXor(hash, self.flags), self.isBytes), self.code.length);
    return hash === -1 ? -2 : hash;
  },
  __copy__(self: PyPattern, args, kwnames) {
    checkArgCount('Pattern.__copy__', args, kwnames, 0);
    return self;
  },
  __deepcopy__(self: PyPattern, args, kwnames) {
    checkArgCount('Pattern.__deepcopy__', args, kwnames, 1);
    return self;
  },
});
defineClassGetItem(patternType);

defineReadonlyMembers(patternType, {
  pattern: (self: PyPattern) => self.pattern,
  flags: (self: PyPattern) => self.flags,
  groups: (self: PyPattern) => self.groups,
});

defineGetSets(patternType, {
  groupindex: {
    get: (self: PyPattern) => (self.groupindex === null ? newDict() : newMappingProxy(self.groupindex)),
  },
});
