// The _sre engine (src/modules/sre) against CPython's: random patterns, compiled by
// python3's own re/_compiler.py, run on random strings by both engines, must give the
// same match spans, group spans and lastindex. Also: the engine's backtracking stack is
// its own (long subjects do not exhaust the JS stack), and a runaway match can be
// interrupted through the eval breaker.
import { describe, expect, it } from 'vitest';
import { MatchState } from '../../src/modules/sre/state';
import { ProgramFacts } from '../../src/modules/sre/programFacts';
import { matchHere } from '../../src/modules/sre/engine';
import { search } from '../../src/modules/sre/search';
import { subjectOf } from '../../src/modules/sre/subject';
import { checkEvalBreaker, evalBreaker, requestInterrupt } from '../../src/vm/evalBreaker';
import { isInstanceOfException, KeyboardInterrupt } from '../../src/objects/exceptions';
import { pythonJson } from '../support/python';

/** Spans of the match and each group, and lastindex; null for no match. */
type Outcome = [number[][], number | null] | null;

interface Case {
  pattern: string;
  code: number[];
  groups: number;
  subject: string;
  pos: number;
  endpos: number;
  search: Outcome;
  match: Outcome;
  fullmatch: Outcome;
}

const ORACLE = `
import json, random, re, sys
from re import _compiler, _parser

rng = random.Random(int(sys.argv[1]))
LEAVES = ['a', 'b', '.', '[ab]', '[^a]', r'\\d', r'\\w', r'\\s', r'\\W', 'x', r'\\b', r'\\B', '^', '$', r'\\A', r'\\Z', '[a-c]', 'A']

def atom(depth, groups):
    r = rng.random()
    if depth > 3 or r < 0.35:
        return rng.choice(LEAVES)
    r = rng.random()
    if r < 0.3:
        groups[0] += 1
        return '(' + seq(depth + 1, groups) + ')'
    if r < 0.4:
        return '(?:' + seq(depth + 1, groups) + '|' + seq(depth + 1, groups) + ')'
    if r < 0.48 and groups[0]:
        return '\\\\%d' % rng.randint(1, groups[0])
    if r < 0.55:
        return '(?=' + seq(depth + 1, groups) + ')'
    if r < 0.6:
        return '(?!' + seq(depth + 1, groups) + ')'
    if r < 0.65:
        return '(?<=' + rng.choice(['a', 'ab', r'\\d']) + ')'
    if r < 0.7:
        return '(?<!' + rng.choice(['b', r'\\w']) + ')'
    if r < 0.78:
        return '(?>' + seq(depth + 1, groups) + ')'
    if r < 0.85 and groups[0]:
        return '(?(%d)%s|%s)' % (rng.randint(1, groups[0]), seq(depth + 1, groups), seq(depth + 1, groups))
    return seq(depth + 1, groups) + '|' + seq(depth + 1, groups)

def quantified(text):
    if rng.random() < 0.5:
        return text
    return text + rng.choice(['*', '+', '?', '{2}', '{1,3}', '{0,2}']) + rng.choice(['', '', '?', '+'])

def seq(depth, groups):
    return ''.join(quantified(atom(depth, groups)) for _ in range(rng.randint(1, 3)))

def outcome(m):
    if m is None:
        return None
    return [[list(m.span(i)) for i in range(m.re.groups + 1)], m.lastindex]

# With a third argument, every pattern starts with a run (a greedy unbounded repeat of one
# character, maybe in a group), which a search skips past after a failed attempt.
RUNS = ['a+', r'\\w+', '[ab]+', '.+', '(a+)', r'(\\w+)', '[^b]+', 'a{1,}', r'\\s+']
leading_runs = len(sys.argv) > 3
cases = []
while len(cases) < int(sys.argv[2]):
    pattern = (rng.choice(RUNS) if leading_runs else '') + seq(0, [0])
    flags = rng.choice([0, 0, re.I, re.M, re.S, re.A])
    try:
        compiled = re.compile(pattern, flags)
    except re.error:
        continue
    parsed = _parser.parse(pattern, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]
    subject = ''.join(rng.choice('abAB1 \\n\\u00e9\\U0001d400') for _ in range(rng.randint(0, 30 if leading_runs else 10)))
    pos, endpos = rng.choice([(0, len(subject)), (1, len(subject)), (0, max(0, len(subject) - 1))])
    cases.append(dict(pattern=pattern, code=code, groups=compiled.groups, subject=subject, pos=pos, endpos=endpos,
                      search=outcome(compiled.search(subject, pos, endpos)),
                      match=outcome(compiled.match(subject, pos, endpos)),
                      fullmatch=outcome(compiled.fullmatch(subject, pos, endpos))))
print(json.dumps(cases))
`;

/** The compiled program of a pattern, from python3. */
const CODE_OF = `
import json, sys
from re import _compiler, _parser
for pattern in json.load(sys.stdin):
    print(json.dumps([int(word) for word in _compiler._code(_parser.parse(pattern, 0), 0)]))
`;

function outcomeOf(state: MatchState, found: boolean, groups: number): Outcome {
  if (!found) return null;
  const spans = [[state.start, state.ptr]];
  for (let g = 0; g < groups; g++) {
    const [start, end] = [state.marks[2 * g], state.marks[2 * g + 1]];
    spans.push(2 * g + 1 <= state.lastmark && start >= 0 && end >= 0 ? [start, end] : [-1, -1]);
  }
  return [spans, state.lastindex >= 0 ? state.lastindex : null];
}

function run(testCase: Case, mode: 'search' | 'match' | 'fullmatch'): Outcome {
  const code = Uint32Array.from(testCase.code);
  const state = new MatchState(subjectOf(testCase.subject), testCase.groups, testCase.pos, testCase.endpos, new ProgramFacts(code));
  state.matchAll = mode === 'fullmatch';
  const found = mode === 'search' ? search(state, code) : matchHere(state, code, 0, true);
  return outcomeOf(state, found, testCase.groups);
}

describe('sre engine against python3', () => {
  it('matches random patterns as sre does', async () => {
    const [cases] = (await pythonJson(['-c', ORACLE, '20240611', '1500'], null)) as Case[][];
    for (const testCase of cases) {
      for (const mode of ['search', 'match', 'fullmatch'] as const) {
        expect({ ...testCase, mode, got: run(testCase, mode) }).toEqual({ ...testCase, mode, got: testCase[mode] });
      }
    }
  });

  it('skips past the run a failed attempt matched as if it had tried every start in it', async () => {
    const [cases] = (await pythonJson(['-c', ORACLE, '20261128', '1500', 'runs'], null)) as Case[][];
    for (const testCase of cases) {
      expect({ ...testCase, got: run(testCase, 'search') }).toEqual({ ...testCase, got: testCase.search });
    }
  });

  it('backtracks over long subjects without JS recursion', async () => {
    const [code] = (await pythonJson(['-c', CODE_OF], ['(a|b)*c'])) as number[][];
    const subject = 'ab'.repeat(100_000) + 'c';
    const program = Uint32Array.from(code);
    const state = new MatchState(subjectOf(subject), 1, 0, subject.length, new ProgramFacts(program));
    expect(matchHere(state, program, 0, true)).toBe(true);
    expect([state.ptr, state.marks[0], state.marks[1]]).toEqual([subject.length, subject.length - 2, subject.length - 1]);
  });

  it('stops a runaway match when the eval breaker asks', async () => {
    const [code] = (await pythonJson(['-c', CODE_OF], ['(a*)*b'])) as number[][];
    const program = Uint32Array.from(code);
    const state = new MatchState(subjectOf('a'.repeat(40)), 1, 0, 40, new ProgramFacts(program));
    requestInterrupt();
    let caught: unknown;
    try {
      matchHere(state, program, 0, true);
    } catch (error) {
      caught = error;
    }
    expect(isInstanceOfException(caught, KeyboardInterrupt)).toBe(true);
    expect(evalBreaker.interruptRequested).toBe(false);
    checkEvalBreaker();
  });
});
