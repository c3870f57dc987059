// _sre.SRE_Scanner: successive matches of one pattern over one string, each starting
// where the last ended (what finditer and re.Scanner step through).
import { PyObject, type Py } from '../../objects/object';
import { PyByteArray } from '../../objects/bytes';
import { deferFinalizer } from '../../vm/deferredFinalization';
import { nativeType } from '../../objects/type';
import { defineMethods, PyBuiltinFunction } from '../../objects/native';
import { defineReadonlyMembers } from '../../objects/readonlyMembers';
import { newException, typeError, ValueError } from '../../objects/exceptions';
import { matchHere } from './engine';
import { search } from './search';
import { newMatch } from './match';
import type { PyPattern } from './pattern';
import type { MatchState } from './state';

export const scannerType = nativeType('SRE_Scanner', undefined, { baseType: false });
scannerType.attrs.set('__module__', '_sre');

export class PyScanner extends PyObject {
  /** Set once a step finds nothing: every later step finds nothing too. */
  exhausted = false;
  /** A step is running (a callback inside it may not step the same scanner). */
  executing = false;

  constructor(readonly pattern: PyPattern, readonly state: MatchState) {
    super(scannerType);
    // CPython's scanner holds its string's buffer until the scanner dies: a bytearray
    // scanned may not be resized before then (test_re's test_keep_buffer).
    const scanned = state.subject.original;
    if (scanned instanceof PyByteArray) {
      scanned.exports++;
      deferFinalizer(this, () => scanned.exports--);
    }
  }
}

/** One step: the next match found by `find` from where the last ended, or None. */
function step(scanner: PyScanner, find: (state: MatchState, code: Uint32Array) => boolean): Py {
  if (scanner.executing) throw newException(ValueError, 'regular expression scanner already executing');
  if (scanner.exhausted) return null;
  const state = scanner.state;
  scanner.executing = true;
  try {
    state.reset();
    state.ptr = state.start;
    if (!find(state, scanner.pattern.code)) {
      scanner.exhausted = true;
      return null;
    }
    const match = newMatch(scanner.pattern, state);
    state.mustAdvance = state.ptr === state.start;
    state.start = state.ptr;
    return match;
  } finally {
    scanner.executing = false;
  }
}

const matchAtStart = (state: MatchState, code: Uint32Array): boolean => matchHere(state, code, 0, true);

scannerType.attrs.set('__new__', new PyBuiltinFunction('__new__', () => {
  throw typeError("cannot create '_sre.SRE_Scanner' instances");
}, undefined, null));

/** The steps take no arguments; keywords pass unnoticed, as through their argument clinic code. */
function noPositionalArguments(name: string, args: Py[], kwnames: readonly string[] | null): void {
  if (args.length > (kwnames?.length ?? 0)) throw typeError(`${name}() takes no arguments`);
}

defineMethods(scannerType, {
  match(self: PyScanner, args, kwnames) {
    noPositionalArguments('match', args, kwnames);
    return step(self, matchAtStart);
  },
  search(self: PyScanner, args, kwnames) {
    noPositionalArguments('search', args, kwnames);
    return step(self, search);
  },
});

defineReadonlyMembers(scannerType, {
  pattern: (self: PyScanner) => self.pattern,
});
