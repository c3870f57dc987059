// The state of one search over a subject (sre's SRE_STATE): the bounds, where the
// current attempt started and stands, the group marks it has set, and the stack that
// saves marks for backtracking.
//
// Marks and the saved stack are plain arrays: a small typed array costs more to make
// than a short match costs to run, and a state is made for every match() call.
import type { SetTables } from './charset';
import type { ProgramFacts } from './programFacts';
import type { Characters, Subject } from './subject';

/** A repeat being matched (SRE_REPEAT): the REPEAT/MAX_UNTIL/MIN_UNTIL bookkeeping. */
export interface Repeat {
  /** Items matched so far, -1 before the first. */
  count: number;
  /** Where the REPEAT's operands (<skip> <min> <max> item) start in the code. */
  readonly pc: number;
  readonly prev: Repeat | null;
  /** Where the last item attempt started, to stop empty items repeating forever (-1: none yet). */
  lastPtr: number;
}

/**
 * One activation of the matcher (SRE(match_context)): where it stands in the code and
 * the string, and what it keeps across the sub-matches it starts. `jump` says where
 * its parent resumes when it finishes.
 */
export class Context {
  pc = 0;
  ptr = 0;
  toplevel = false;
  jump = 0;
  count = 0;
  /** The literal a REPEAT_ONE's tail starts with. */
  chr = 0;
  rep: Repeat | null = null;
  lastmark = -1;
  lastindex = -1;
}

/** A mark that was never set (C's NULL pointer). */
export const UNSET = -1;

export class MatchState {
  readonly characters: Characters;
  /** The pattern's set tables (facts.sets). */
  readonly sets: SetTables;
  /** Where the string ends for this search: endpos, clamped. */
  readonly end: number;
  /** The pos and endpos a match reports. */
  readonly pos: number;
  readonly endpos: number;
  /** Where the current attempt started, and where it ended when it succeeded. */
  start: number;
  ptr: number;
  /** Group marks: mark 2g and 2g+1 hold group g+1's start and end; valid up to lastmark. */
  readonly marks: number[] = [];
  lastmark = -1;
  lastindex = -1;
  repeat: Repeat | null = null;
  /** fullmatch: only a match ending at `end` succeeds. */
  matchAll = false;
  /** After an empty match, the next may not be empty at the same place. */
  mustAdvance = false;
  /** The matcher's activations, reused from one match to the next: those below `depth` are live. */
  readonly contexts: Context[] = [];
  depth = 0;
  /** Saved marks and repeat positions, pushed and popped in nested order. */
  private readonly saved: number[] = [];
  private savedTop = 0;

  constructor(
    readonly subject: Subject,
    groups: number,
    pos: number,
    endpos: number,
    readonly facts: ProgramFacts,
  ) {
    this.sets = facts.sets;
    this.characters = subject.characters;
    const length = subject.characters.length;
    const start = Math.min(Math.max(pos, 0), length);
    const end = Math.min(Math.max(endpos, 0), length);
    this.start = this.ptr = start;
    this.end = end;
    this.pos = start;
    this.endpos = end;
    // MARK may name the two marks past the last group (sre's validator allows it).
    for (let i = 0; i < 2 * groups + 2; i++) this.marks.push(UNSET);
  }

  /** Forgets the marks of a failed or finished attempt (state_reset). */
  reset(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = null;
    this.savedTop = 0;
    this.depth = 0;
  }

  push(value: number): void {
    this.saved[this.savedTop++] = value;
  }

  pop(): number {
    return this.saved[--this.savedTop];
  }

  /** MARK_PUSH: saves marks 0..lastmark. */
  pushMarks(lastmark: number): void {
    const marks = this.marks;
    const saved = this.saved;
    let top = this.savedTop;
    for (let i = 0; i <= lastmark; i++) saved[top++] = marks[i];
    this.savedTop = top;
  }

  /** MARK_POP / MARK_POP_KEEP: restores marks 0..lastmark, dropping the saved copy unless `keep`. */
  popMarks(lastmark: number, keep: boolean): void {
    if (lastmark < 0) return;
    const marks = this.marks;
    const saved = this.saved;
    const from = this.savedTop - (lastmark + 1);
    for (let i = 0; i <= lastmark; i++) marks[i] = saved[from + i];
    if (!keep) this.savedTop = from;
  }

  /** MARK_POP_DISCARD: drops saved marks 0..lastmark. */
  discardMarks(lastmark: number): void {
    if (lastmark >= 0) this.savedTop -= lastmark + 1;
  }
}
