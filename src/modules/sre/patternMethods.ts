// What a re.Pattern does: match, fullmatch and search at one place; findall, finditer,
// split, sub and subn over the whole string; scanner for stepping through matches.
import type { Py } from '../../objects/object';
import { typeOf } from '../../objects/typeOf';
import { PyList } from '../../objects/list';
import { PyTuple } from '../../objects/tuple';
import { PyBytes, bufferOf } from '../../objects/bytes';
import { strValue } from '../../objects/str';
import { bindClinicArguments, defineMethods } from '../../objects/native';
import { typeError } from '../../objects/exceptions';
import { call, getAttr, isCallable } from '../../objects/protocols';
import { ssizeArgument } from '../../objects/bytesArguments';
import { CallableIterator } from '../../objects/iteratorTypes';
import { matchHere } from './engine';
import { search } from './search';
import { newMatch, reHelper, wrongSpan } from './match';
import { matchStateFor, patternType, type PyPattern } from './pattern';
import { PyScanner } from './scanner';
import { type MatchState, UNSET } from './state';
import { subjectSlice } from './subject';

/** The endpos default: sys.maxsize, clamped to the string anyway. */
const WHOLE_STRING = Number.MAX_SAFE_INTEGER;
const BACKSLASH = 0x5c;

/** The (string, pos=0, endpos=sys.maxsize) arguments most methods take. */
function stringRange(name: string, args: Py[], kwnames: readonly string[] | null): [Py, number, number] {
  const [string, pos, endpos] = bindClinicArguments({ name, names: ['string', 'pos', 'endpos'], required: 1, positionalOnly: 0 }, args, kwnames);
  return [string!, pos === undefined ? 0 : ssizeArgument(pos), endpos === undefined ? WHOLE_STRING : ssizeArgument(endpos)];
}

/** What group `index` matched in the state, or "" / None when it did not take part (state_getslice). */
function stateGroup(state: MatchState, index: number, emptyWhenMissing: boolean): Py {
  const mark = 2 * (index - 1);
  const start = state.marks[mark];
  const end = state.marks[mark + 1];
  if (mark >= state.lastmark || start === UNSET || end === UNSET) {
    return emptyWhenMissing ? subjectSlice(state.subject, 0, 0) : null;
  }
  if (start > end) wrongSpan();
  return subjectSlice(state.subject, start, end);
}

/** The next match of a scan from state.start on, ready for the one after it (the loop of findall, split and sub). */
function nextMatch(pattern: PyPattern, state: MatchState): boolean {
  state.reset();
  state.ptr = state.start;
  return search(state, pattern.code);
}

/** After a match: the next may not be empty where this one ended empty. */
function advancePast(state: MatchState): void {
  state.mustAdvance = state.ptr === state.start;
  state.start = state.ptr;
}

function matchAt(self: PyPattern, args: Py[], kwnames: readonly string[] | null, name: string, matchAll: boolean): Py {
  const [string, pos, endpos] = stringRange(name, args, kwnames);
  const state = matchStateFor(self, string, pos, endpos);
  state.matchAll = matchAll;
  return matchHere(state, self.code, 0, true) ? newMatch(self, state) : null;
}

/** sub and subn's replacement: a callable, a literal string, or a template re._subx compiles. */
interface Replacement {
  readonly literal: Py;
  readonly filter: Py | null;
}

function replacementFor(self: PyPattern, template: Py): Replacement {
  if (isCallable(template)) return { literal: null, filter: template };
  const text = strValue(template);
  const bytes = text === undefined ? bufferOf(template) : undefined;
  const literal = text !== undefined ? !text.includes('\\') : bytes !== undefined && !bytes.includes(BACKSLASH);
  if (literal) return { literal: template, filter: null };
  const compiled = call(reHelper('_subx'), [self, template]);
  return isCallable(compiled) ? { literal: null, filter: compiled } : { literal: compiled, filter: null };
}

/** The pieces of sub's result joined, as str.join or bytes.join joins them (with their complaints). */
function joinPieces(pieces: Py[], isBytes: boolean): Py {
  if (!isBytes) {
    return pieces.map((piece, i) => {
      const text = strValue(piece);
      if (text === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeOf(piece).name} found`);
      return text;
    }).join('');
  }
  const parts = pieces.map((piece, i) => {
    const bytes = bufferOf(piece);
    if (bytes === undefined) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(piece).name} found`);
    return bytes;
  });
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return new PyBytes(joined);
}

/** pattern_subx: the string with up to `count` matches replaced, and how many were. */
function substitute(self: PyPattern, args: Py[], kwnames: readonly string[] | null, name: string): [Py, number] {
  const [repl, string, countArgument] = bindClinicArguments({ name, names: ['repl', 'string', 'count'], required: 2, positionalOnly: 0 }, args, kwnames);
  const count = countArgument === undefined ? 0 : ssizeArgument(countArgument);
  const replacement = replacementFor(self, repl!);
  const state = matchStateFor(self, string!, 0, WHOLE_STRING);
  const subject = state.subject;
  const pieces: Py[] = [];
  let done = 0;
  let copiedTo = 0;
  while (count === 0 || done < count) {
    if (!nextMatch(self, state)) break;
    if (copiedTo < state.start) pieces.push(subjectSlice(subject, copiedTo, state.start));
    const piece = replacement.filter === null ? replacement.literal : call(replacement.filter, [newMatch(self, state)]);
    if (piece !== null) pieces.push(piece);
    copiedTo = state.ptr;
    done++;
    advancePast(state);
  }
  if (copiedTo < state.endpos) pieces.push(subjectSlice(subject, copiedTo, state.endpos));
  const result = pieces.length === 0 ? subjectSlice(subject, 0, 0) : joinPieces(pieces, subject.isBytes);
  return [result, done];
}

defineMethods(patternType, {
  match(self: PyPattern, args, kwnames) {
    return matchAt(self, args, kwnames, 'match', false);
  },
  fullmatch(self: PyPattern, args, kwnames) {
    return matchAt(self, args, kwnames, 'fullmatch', true);
  },
  search(self: PyPattern, args, kwnames) {
    const [string, pos, endpos] = stringRange('search', args, kwnames);
    const state = matchStateFor(self, string, pos, endpos);
    return search(state, self.code) ? newMatch(self, state) : null;
  },
  findall(self: PyPattern, args, kwnames) {
    const [string, pos, endpos] = stringRange('findall', args, kwnames);
    const state = matchStateFor(self, string, pos, endpos);
    const found: Py[] = [];
    while (state.start <= state.end) {
      if (!nextMatch(self, state)) break;
      // One item a match: the match itself, its one group, or a tuple of its groups.
      if (self.groups === 0) {
        found.push(subjectSlice(state.subject, state.start, state.ptr));
      } else if (self.groups === 1) {
        found.push(stateGroup(state, 1, true));
      } else {
        const groups: Py[] = [];
        for (let index = 1; index <= self.groups; index++) groups.push(stateGroup(state, index, true));
        found.push(new PyTuple(groups));
      }
      advancePast(state);
    }
    return new PyList(found);
  },
  finditer(self: PyPattern, args, kwnames) {
    const [string, pos, endpos] = stringRange('finditer', args, kwnames);
    const scanner = new PyScanner(self, matchStateFor(self, string, pos, endpos));
    return new CallableIterator(getAttr(scanner, 'search'), null);
  },
  scanner(self: PyPattern, args, kwnames) {
    const [string, pos, endpos] = stringRange('scanner', args, kwnames);
    return new PyScanner(self, matchStateFor(self, string, pos, endpos));
  },
  split(self: PyPattern, args, kwnames) {
    const [string, maxsplitArgument] = bindClinicArguments({ name: 'split', names: ['string', 'maxsplit'], required: 1, positionalOnly: 0 }, args, kwnames);
    const maxsplit = maxsplitArgument === undefined ? 0 : ssizeArgument(maxsplitArgument);
    const state = matchStateFor(self, string!, 0, WHOLE_STRING);
    const pieces: Py[] = [];
    let splits = 0;
    let last = state.start;
    while (maxsplit === 0 || splits < maxsplit) {
      if (!nextMatch(self, state)) break;
      pieces.push(subjectSlice(state.subject, last, state.start));
      for (let index = 1; index <= self.groups; index++) pieces.push(stateGroup(state, index, false));
      splits++;
      advancePast(state);
      last = state.start;
    }
    pieces.push(subjectSlice(state.subject, last, state.endpos));
    return new PyList(pieces);
  },
  sub(self: PyPattern, args, kwnames) {
    return substitute(self, args, kwnames, 'sub')[0];
  },
  subn(self: PyPattern, args, kwnames) {
    return new PyTuple(substitute(self, args, kwnames, 'subn'));
  },
});
