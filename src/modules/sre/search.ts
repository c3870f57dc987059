// Searching (SRE(search)): trying the matcher at each position from state.start on,
// skipping ahead with what the program's INFO block knows of how a match begins: a
// literal prefix (found with its overlap table, as Knuth-Morris-Pratt does) or a set
// its first character must belong to; and, after an attempt that failed, past the run a
// program that starts with one matched there (programFacts.ts).
import { InfoFlag, MAXREPEAT, Op, At } from './constants';
import { inSet } from './charset';
import { countRepeats, matchHere } from './engine';
import { programFailsAt } from './quickReject';
import type { MatchState } from './state';

/** Whether the program matches somewhere from state.start on: then state.start and state.ptr bound the match. */
export function search(state: MatchState, code: Uint32Array): boolean {
  const characters = state.characters;
  let ptr = state.start;
  let end = state.end;
  if (ptr > end) return false;

  let pc = 0;
  let flags = 0;
  let prefixLength = 0;
  let prefixSkip = 0;
  let prefix = 0;
  let overlap = 0;
  let charset = -1;
  if (code[0] === Op.INFO) {
    // <INFO> <skip> <flags> <min> <max> <prefix info>
    flags = code[2];
    const minimum = code[3];
    if (minimum !== 0 && end - ptr < minimum) return false;
    if (minimum > 1) {
      // No match can start this close to the end (but leave one character for the prefix search).
      end -= minimum - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & InfoFlag.PREFIX) {
      // <length> <skip> <prefix data> <overlap data>
      prefixLength = code[5];
      prefixSkip = code[6];
      prefix = 7;
      overlap = prefix + prefixLength - 1;
    } else if (flags & InfoFlag.CHARSET) {
      charset = 5;
    }
    pc = 1 + code[1];
  }

  if (prefixLength === 1) {
    // The match starts with a known character.
    const c = code[prefix];
    end = state.end;
    state.mustAdvance = false;
    while (ptr < end) {
      while (characters[ptr] !== c) {
        if (++ptr >= end) return false;
      }
      state.start = ptr;
      state.ptr = ptr + prefixSkip;
      if (flags & InfoFlag.LITERAL) return true;
      if (matchHere(state, code, pc + 2 * prefixSkip, false)) return true;
      ++ptr;
      state.lastmark = state.lastindex = -1;
    }
    return false;
  }

  if (prefixLength > 1) {
    // The match starts with a known string: scan for it with its overlap table.
    end = state.end;
    if (prefixLength > end - ptr) return false;
    while (ptr < end) {
      const c = code[prefix];
      while (characters[ptr++] !== c) {
        if (ptr >= end) return false;
      }
      if (ptr >= end) return false;
      let i = 1;
      state.mustAdvance = false;
      do {
        if (characters[ptr] === code[prefix + i]) {
          if (++i !== prefixLength) {
            if (++ptr >= end) return false;
            continue;
          }
          // A potential match.
          state.start = ptr - (prefixLength - 1);
          state.ptr = ptr - (prefixLength - prefixSkip - 1);
          if (flags & InfoFlag.LITERAL) return true;
          if (matchHere(state, code, pc + 2 * prefixSkip, false)) return true;
          // Close, but no match: try again.
          if (++ptr >= end) return false;
          state.lastmark = state.lastindex = -1;
        }
        i = code[overlap + i];
      } while (i !== 0);
    }
    return false;
  }

  if (charset >= 0) {
    // The match starts with a character from a known set.
    end = state.end;
    state.mustAdvance = false;
    for (;;) {
      while (ptr < end && !inSet(state.sets, code, charset, characters[ptr])) ptr++;
      if (ptr >= end) return false;
      state.start = ptr;
      state.ptr = ptr;
      if (matchHere(state, code, pc, false)) return true;
      ptr = pastFailedAttempt(state, code, ptr);
      state.lastmark = state.lastindex = -1;
    }
  }

  // The general case: try every position.
  state.start = state.ptr = ptr;
  let matched = matchHere(state, code, pc, true);
  state.mustAdvance = false;
  if (!matched && code[pc] === Op.AT && (code[pc + 1] === At.BEGINNING || code[pc + 1] === At.BEGINNING_STRING)) {
    // Anchored at the beginning: no later position can match.
    state.start = state.ptr = end;
    return false;
  }
  while (!matched && ptr < end) {
    ptr = Math.min(pastFailedAttempt(state, code, ptr), end);
    state.lastmark = state.lastindex = -1;
    state.start = state.ptr = ptr;
    matched = !programFailsAt(state.sets, code, pc, characters, state.end, ptr) && matchHere(state, code, pc, false);
  }
  return matched;
}

/** Where a search tries next after an attempt at `start` failed: the next position, or past the leading run it matched (programFacts.ts). */
function pastFailedAttempt(state: MatchState, code: Uint32Array, start: number): number {
  const run = state.facts.leadingRun;
  if (run < 0) return start + 1;
  state.ptr = start;
  const length = countRepeats(state, code, run + 4, MAXREPEAT);
  return length < code[run + 2] ? start + 1 : start + length + 1;
}
