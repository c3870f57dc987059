// re.Match: the result of a successful match (sre's MatchObject) — the spans of the
// match and of each group, and what they cut out of the string.
import { PyObject, type Py } from '../../objects/object';
import { nativeType } from '../../objects/type';
import { PyTuple } from '../../objects/tuple';
import { newDict } from '../../objects/dictType';
import { bufferOf } from '../../objects/bytes';
import { intValue } from '../../objects/int';
import { bindClinicArguments, checkArgCount, checkWrapperArgs, defineGetSets, defineMethods, noKeywords, PyBuiltinFunction } from '../../objects/native';
import { defineReadonlyMembers } from '../../objects/readonlyMembers';
import { defineClassGetItem } from '../../objects/genericAlias';
import { IndexError, newException, SystemError, typeError } from '../../objects/exceptions';
import { call, getAttr } from '../../objects/protocols';
import { importModule } from '../../objects/moduleImporter';
import { checkPositionalArguments, clampedIndex, hasIndex } from '../../objects/bytesArguments';
import { type PyPattern, truncatedRepr } from './pattern';
import { type MatchState, UNSET } from './state';
import { bytesSlice, textSlice } from './subject';

export const matchType = nativeType('Match', undefined, { baseType: false });
matchType.attrs.set('__module__', 're');
matchType.attrs.set('__doc__', 'The result of re.match() and re.search().\nMatch objects always have a boolean value of True.');

export class PyMatch extends PyObject {
  /** The spans as a tuple of pairs, made on first request. */
  regs: PyTuple | null = null;

  constructor(
    readonly pattern: PyPattern,
    /** The string matched (match.string). */
    readonly string: Py,
    /** For a str: its text, and the unit offset of each code point when they differ. */
    readonly text: string | null,
    readonly unitOffsets: Int32Array | null,
    /** Start and end of the match, then of each group (-1 for a group that did not take part). */
    readonly marks: number[],
    readonly pos: number,
    readonly endpos: number,
    /** The number of the last group closed, -1 for none. */
    readonly lastindex: number,
  ) {
    super(matchType);
  }

  /** How many groups, counting the whole match as group 0. */
  get groupCount(): number {
    return this.marks.length >> 1;
  }
}

/** A wrong span means the engine is broken: sre says so rather than slice backwards. */
export function wrongSpan(): never {
  throw newException(SystemError, 'The span of capturing group is wrong, please report a bug for the re module.');
}

/** The match the state's successful search or match found (pattern_new_match). */
export function newMatch(pattern: PyPattern, state: MatchState): PyMatch {
  const groups = pattern.groups;
  const marks = [state.start, state.ptr];
  const stateMarks = state.marks;
  for (let j = 0; j < 2 * groups; j += 2) {
    if (j + 1 <= state.lastmark && stateMarks[j] !== UNSET && stateMarks[j + 1] !== UNSET) {
      if (stateMarks[j] > stateMarks[j + 1]) wrongSpan();
      marks.push(stateMarks[j], stateMarks[j + 1]);
    } else {
      marks.push(-1, -1);
    }
  }
  const subject = state.subject;
  return new PyMatch(pattern, subject.original, subject.text, subject.unitOffsets, marks, state.pos, state.endpos, state.lastindex);
}

/** What group `index` matched, or `fallback` when it did not take part (match_getslice_by_index). */
function groupText(match: PyMatch, index: number, fallback: Py): Py {
  const start = match.marks[2 * index];
  if (start < 0) return fallback;
  const end = match.marks[2 * index + 1];
  if (match.text !== null) return textSlice(match.text, match.unitOffsets, start, end);
  // A bytearray may have shrunk since: sre reads the buffer again and clips.
  const bytes = bufferOf(match.string)!;
  return bytesSlice(match.string, bytes, Math.min(start, bytes.length), Math.min(end, bytes.length));
}

/** The group a number or name designates (match_getindex): an IndexError for none. */
function groupIndexOf(match: PyMatch, group: Py | undefined): number {
  if (group === undefined) return 0;
  let index = -1;
  if (hasIndex(group)) {
    index = clampedIndex(group);
  } else if (match.pattern.groupindex !== null) {
    const number = match.pattern.groupindex.get(group);
    if (number !== undefined && intValue(number) !== undefined) index = Number(intValue(number));
  }
  if (index < 0 || index >= match.groupCount) throw newException(IndexError, 'no such group');
  return index;
}

function groupFor(match: PyMatch, group: Py, fallback: Py): Py {
  return groupText(match, groupIndexOf(match, group), fallback);
}

function span(match: PyMatch, index: number): PyTuple {
  return new PyTuple([match.marks[2 * index], match.marks[2 * index + 1]]);
}

/** The Python-level helpers of the re package (re._subx, re._expand) that sre delegates templates to. */
export function reHelper(name: string): Py {
  return getAttr(importModule('re'), name);
}

matchType.attrs.set('__new__', new PyBuiltinFunction('__new__', () => {
  throw typeError("cannot create 're.Match' instances");
}, undefined, null));

const GROUPS = { name: 'groups', names: ['default'], required: 0, positionalOnly: 0 };
const GROUPDICT = { name: 'groupdict', names: ['default'], required: 0, positionalOnly: 0 };
const EXPAND = { name: 'expand', names: ['template'], required: 1, positionalOnly: 0 };

defineMethods(matchType, {
  group(self: PyMatch, args, kwnames) {
    noKeywords('Match.group', kwnames);
    if (args.length === 0) return groupText(self, 0, null);
    if (args.length === 1) return groupFor(self, args[0], null);
    return new PyTuple(args.map((group) => groupFor(self, group, null)));
  },
  __getitem__(self: PyMatch, args, kwnames) {
    checkWrapperArgs('__getitem__', args, kwnames, 1);
    return groupFor(self, args[0], null);
  },
  groups(self: PyMatch, args, kwnames) {
    const [fallback] = bindClinicArguments(GROUPS, args, kwnames);
    const items: Py[] = [];
    for (let index = 1; index < self.groupCount; index++) items.push(groupText(self, index, fallback ?? null));
    return new PyTuple(items);
  },
  groupdict(self: PyMatch, args, kwnames) {
    const [fallback] = bindClinicArguments(GROUPDICT, args, kwnames);
    const result = newDict();
    const groupindex = self.pattern.groupindex;
    if (groupindex === null) return result;
    for (const name of groupindex.keys()) result.set(name, groupFor(self, name, fallback ?? null));
    return result;
  },
  start(self: PyMatch, args, kwnames) {
    checkPositionalArguments('Match', 'start', args, kwnames, 0, 1);
    return self.marks[2 * groupIndexOf(self, args[0])];
  },
  end(self: PyMatch, args, kwnames) {
    checkPositionalArguments('Match', 'end', args, kwnames, 0, 1);
    return self.marks[2 * groupIndexOf(self, args[0]) + 1];
  },
  span(self: PyMatch, args, kwnames) {
    checkPositionalArguments('Match', 'span', args, kwnames, 0, 1);
    return span(self, groupIndexOf(self, args[0]));
  },
  expand(self: PyMatch, args, kwnames) {
    const [template] = bindClinicArguments(EXPAND, args, kwnames);
    return call(reHelper('_expand'), [self.pattern, self, template!]);
  },
  __copy__(self: PyMatch, args, kwnames) {
    checkArgCount('Match.__copy__', args, kwnames, 0);
    return self;
  },
  __deepcopy__(self: PyMatch, args, kwnames) {
    checkArgCount('Match.__deepcopy__', args, kwnames, 1);
    return self;
  },
  __repr__(self: PyMatch) {
    return `<re.Match object; span=(${self.marks[0]}, ${self.marks[1]}), match=${truncatedRepr(groupText(self, 0, null), 50)}>`;
  },
});
defineClassGetItem(matchType);

defineReadonlyMembers(matchType, {
  string: (self: PyMatch) => self.string,
  re: (self: PyMatch) => self.pattern,
  pos: (self: PyMatch) => self.pos,
  endpos: (self: PyMatch) => self.endpos,
});

defineGetSets(matchType, {
  lastindex: { get: (self: PyMatch) => (self.lastindex >= 0 ? self.lastindex : null) },
  lastgroup: {
    get(self: PyMatch) {
      const indexgroup = self.pattern.indexgroup;
      if (indexgroup === null || self.lastindex < 0 || self.lastindex >= indexgroup.items.length) return null;
      return indexgroup.items[self.lastindex];
    },
  },
  regs: {
    get(self: PyMatch) {
      if (self.regs === null) {
        const spans: Py[] = [];
        for (let index = 0; index < self.groupCount; index++) spans.push(span(self, index));
        self.regs = new PyTuple(spans);
      }
      return self.regs;
    },
  },
});
