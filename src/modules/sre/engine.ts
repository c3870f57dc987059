// The matcher: runs a compiled program (the code re/_compiler.py produces) at one
// position of the subject, backtracking exactly as CPython's sre_lib.h SRE(match) does.
//
// SRE(match) is written as a loop over an explicit stack of contexts rather than as
// recursion, so that a pattern repeating a group over a long string does not exhaust
// the C stack; this is the same loop. Where sre_lib.h starts a sub-match (DO_JUMP),
// the current context records where it stands and a child context is pushed; when the
// child finishes, its parent resumes at the point its `jump` names, with the child's
// result in `ret`. Loops that start sub-matches (BRANCH trying alternatives, REPEAT_ONE
// giving back characters) are resumed the same way, at their own resumption points.
import { evalBreaker, checkEvalBreaker } from '../../vm/evalBreaker';
import { newException, RuntimeError } from '../../objects/exceptions';
import { MAXREPEAT, Op } from './constants';
import { equalsIgnoringLocaleCase, inCategory, lowerAscii, lowerUnicode } from './characters';
import { atPosition, inCharsetIgnoringLocaleCase, inSet } from './charset';
import { firstCharacterFails } from './quickReject';
import { Context, type MatchState, UNSET } from './state';

/** Where a context resumes: after a child finished (sre's JUMP_* codes), or inside one of its own loops. */
const enum Resume {
  // A new context starts at its pc.
  ENTER,
  // After a child (sre_lib.h's JUMP_* codes).
  MAX_UNTIL_1,
  MAX_UNTIL_2,
  MAX_UNTIL_3,
  MIN_UNTIL_1,
  MIN_UNTIL_2,
  MIN_UNTIL_3,
  REPEAT,
  REPEAT_ONE_1,
  REPEAT_ONE_2,
  MIN_REPEAT_ONE,
  BRANCH,
  ASSERT,
  ASSERT_NOT,
  POSS_REPEAT_1,
  POSS_REPEAT_2,
  ATOMIC_GROUP,
  // Loop heads that start children.
  BRANCH_NEXT,
  REPEAT_ONE_LITERAL_TAIL,
  REPEAT_ONE_ANY_TAIL,
  MIN_REPEAT_ONE_NEXT,
  MAX_UNTIL_TAIL,
  POSS_REPEAT_MINIMUM,
  POSS_REPEAT_MORE,
}

const NEWLINE = 0x0a;
/** How many dispatches pass between looks at the eval breaker (sre checks signals as often). */
const BREAKER_INTERVAL_MASK = 0xfff;

/** An engine failure sre reports as an internal error (a corrupt program). */
function internalError(): never {
  throw newException(RuntimeError, 'internal error in regular expression engine');
}

function pushContext(state: MatchState, pc: number, toplevel: boolean, jump: Resume): Context {
  const contexts = state.contexts;
  const ctx = state.depth < contexts.length ? contexts[state.depth] : (contexts[state.depth] = new Context());
  state.depth++;
  ctx.pc = pc;
  ctx.toplevel = toplevel;
  ctx.jump = jump;
  return ctx;
}

/** DO_JUMP: the parent records where it stands; the child starts at childPc, at state.ptr. */
function startChild(state: MatchState, parent: Context, pc: number, ptr: number, childPc: number, toplevel: boolean, jump: Resume): Context {
  parent.pc = pc;
  parent.ptr = ptr;
  return pushContext(state, childPc, toplevel, jump);
}

function saveLastmark(state: MatchState, ctx: Context): void {
  ctx.lastmark = state.lastmark;
  ctx.lastindex = state.lastindex;
}

function restoreLastmark(state: MatchState, ctx: Context): void {
  state.lastmark = ctx.lastmark;
  state.lastindex = ctx.lastindex;
}

/**
 * SRE(match): whether the program from code[startPc] matches at state.ptr. On success
 * state.ptr is where the match ends and the marks hold the groups. `toplevel` says the
 * program's final SUCCESS must honour fullmatch and the no-empty-match-here rule.
 */
export function matchHere(state: MatchState, code: Uint32Array, startPc: number, toplevel: boolean): boolean {
  const characters = state.characters;
  const end = state.end;
  const base = state.depth;
  let ctx = pushContext(state, startPc, toplevel, Resume.ENTER);
  let pc = startPc;
  let ptr = 0;
  let ret = false;
  let resume = Resume.ENTER;
  let ticks = 0;

  outer: for (;;) {
    exit: {
      // ------------------------------------------------ resumption: a context starts, or resumes after a child
      switch (resume) {
        case Resume.ENTER:
          ptr = state.ptr;
          if (code[pc] === Op.INFO) {
            // <INFO> <skip> <flags> <min> ...: too little string left cannot match.
            if (code[pc + 3] !== 0 && end - ptr < code[pc + 3]) {
              ret = false;
              break exit;
            }
            pc += code[pc + 1] + 1;
          }
          break;

        case Resume.BRANCH:
          if (ret) {
            if (state.repeat !== null) state.discardMarks(ctx.lastmark);
            break exit;
          }
          if (state.repeat !== null) state.popMarks(ctx.lastmark, true);
          restoreLastmark(state, ctx);
          pc += code[pc];
          resume = Resume.BRANCH_NEXT;
          continue outer;

        case Resume.BRANCH_NEXT:
          // pc is at an alternative's <skip>; a zero skip ends the list.
          for (; code[pc] !== 0; pc += code[pc]) {
            if (firstCharacterFails(state.sets, code, pc + 1, characters, ptr, end)) continue;
            state.ptr = ptr;
            ctx = startChild(state, ctx, pc, ptr, pc + 1, ctx.toplevel, Resume.BRANCH);
            pc = ctx.pc;
            resume = Resume.ENTER;
            continue outer;
          }
          if (state.repeat !== null) state.discardMarks(ctx.lastmark);
          ret = false;
          break exit;

        case Resume.REPEAT_ONE_1:
          if (ret) {
            if (state.repeat !== null) state.discardMarks(ctx.lastmark);
            break exit;
          }
          if (state.repeat !== null) state.popMarks(ctx.lastmark, true);
          restoreLastmark(state, ctx);
          ptr--;
          ctx.count--;
          resume = Resume.REPEAT_ONE_LITERAL_TAIL;
          continue outer;

        case Resume.REPEAT_ONE_LITERAL_TAIL: {
          // The tail starts with a literal: give back characters until one is followed by it.
          const minimum = code[pc + 1];
          while (ctx.count >= minimum && (ptr >= end || characters[ptr] !== ctx.chr)) {
            ptr--;
            ctx.count--;
          }
          if (ctx.count >= minimum) {
            state.ptr = ptr;
            ctx = startChild(state, ctx, pc, ptr, pc + code[pc], ctx.toplevel, Resume.REPEAT_ONE_1);
            pc = ctx.pc;
            resume = Resume.ENTER;
            continue outer;
          }
          if (state.repeat !== null) state.discardMarks(ctx.lastmark);
          ret = false;
          break exit;
        }

        case Resume.REPEAT_ONE_2:
          if (ret) {
            if (state.repeat !== null) state.discardMarks(ctx.lastmark);
            break exit;
          }
          if (state.repeat !== null) state.popMarks(ctx.lastmark, true);
          restoreLastmark(state, ctx);
          ptr--;
          ctx.count--;
          resume = Resume.REPEAT_ONE_ANY_TAIL;
          continue outer;

        case Resume.REPEAT_ONE_ANY_TAIL:
          if (ctx.count >= code[pc + 1]) {
            state.ptr = ptr;
            ctx = startChild(state, ctx, pc, ptr, pc + code[pc], ctx.toplevel, Resume.REPEAT_ONE_2);
            pc = ctx.pc;
            resume = Resume.ENTER;
            continue outer;
          }
          if (state.repeat !== null) state.discardMarks(ctx.lastmark);
          ret = false;
          break exit;

        case Resume.MIN_REPEAT_ONE:
          if (ret) {
            if (state.repeat !== null) state.discardMarks(ctx.lastmark);
            break exit;
          }
          if (state.repeat !== null) state.popMarks(ctx.lastmark, true);
          restoreLastmark(state, ctx);
          // The tail failed: take one more item, if there is one.
          state.ptr = ptr;
          if (countRepeats(state, code, pc + 3, 1) === 0) {
            if (state.repeat !== null) state.discardMarks(ctx.lastmark);
            ret = false;
            break exit;
          }
          ptr++;
          ctx.count++;
          resume = Resume.MIN_REPEAT_ONE_NEXT;
          continue outer;

        case Resume.MIN_REPEAT_ONE_NEXT:
          if (code[pc + 2] === MAXREPEAT || ctx.count <= code[pc + 2]) {
            state.ptr = ptr;
            ctx = startChild(state, ctx, pc, ptr, pc + code[pc], ctx.toplevel, Resume.MIN_REPEAT_ONE);
            pc = ctx.pc;
            resume = Resume.ENTER;
            continue outer;
          }
          if (state.repeat !== null) state.discardMarks(ctx.lastmark);
          ret = false;
          break exit;

        case Resume.REPEAT:
          state.repeat = ctx.rep!.prev;
          break exit;

        case Resume.MAX_UNTIL_1:
        case Resume.MIN_UNTIL_1:
          if (ret) break exit;
          ctx.rep!.count = ctx.count - 1;
          state.ptr = ptr;
          break exit;

        case Resume.MAX_UNTIL_2: {
          const rep = ctx.rep!;
          rep.lastPtr = state.pop();
          if (ret) {
            state.discardMarks(ctx.lastmark);
            break exit;
          }
          state.popMarks(ctx.lastmark, false);
          restoreLastmark(state, ctx);
          rep.count = ctx.count - 1;
          state.ptr = ptr;
        }
          resume = Resume.MAX_UNTIL_TAIL;
          continue outer;

        case Resume.MAX_UNTIL_TAIL:
          state.repeat = ctx.rep!.prev;
          ctx = startChild(state, ctx, pc, ptr, pc, ctx.toplevel, Resume.MAX_UNTIL_3);
          resume = Resume.ENTER;
          continue outer;

        case Resume.MAX_UNTIL_3:
          state.repeat = ctx.rep;
          if (ret) break exit;
          state.ptr = ptr;
          break exit;

        case Resume.MIN_UNTIL_2: {
          const rep = ctx.rep!;
          const repeatOfTail = state.repeat;
          state.repeat = rep;
          if (ret) {
            if (repeatOfTail !== null) state.discardMarks(ctx.lastmark);
            break exit;
          }
          if (repeatOfTail !== null) state.popMarks(ctx.lastmark, false);
          restoreLastmark(state, ctx);
          state.ptr = ptr;
          const maximum = code[rep.pc + 2];
          if ((ctx.count >= maximum && maximum !== MAXREPEAT) || state.ptr === rep.lastPtr) break exit;
          // The tail failed: match one more item.
          rep.count = ctx.count;
          state.push(rep.lastPtr);
          rep.lastPtr = state.ptr;
          ctx = startChild(state, ctx, pc, ptr, rep.pc + 3, ctx.toplevel, Resume.MIN_UNTIL_3);
          pc = ctx.pc;
          resume = Resume.ENTER;
          continue outer;
        }

        case Resume.MIN_UNTIL_3: {
          const rep = ctx.rep!;
          rep.lastPtr = state.pop();
          if (ret) break exit;
          rep.count = ctx.count - 1;
          state.ptr = ptr;
          break exit;
        }

        case Resume.POSS_REPEAT_1:
          if (!ret) {
            state.ptr = ptr;
            break exit;
          }
          ctx.count++;
          resume = Resume.POSS_REPEAT_MINIMUM;
          continue outer;

        case Resume.POSS_REPEAT_MINIMUM:
          // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
          if (ctx.count < code[pc + 1]) {
            ctx = startChild(state, ctx, pc, ptr, pc + 3, false, Resume.POSS_REPEAT_1);
            pc = ctx.pc;
            resume = Resume.ENTER;
            continue outer;
          }
          // No last position yet, so the loop below tries at least once more.
          ptr = UNSET;
          resume = Resume.POSS_REPEAT_MORE;
          continue outer;

        case Resume.POSS_REPEAT_2:
          if (ret) {
            state.discardMarks(ctx.lastmark);
            ctx.count++;
            resume = Resume.POSS_REPEAT_MORE;
            continue outer;
          }
          state.popMarks(ctx.lastmark, false);
          restoreLastmark(state, ctx);
          state.ptr = ptr;
          pc += code[pc] + 1;
          ptr = state.ptr;
          break;

        case Resume.POSS_REPEAT_MORE: {
          const maximum = code[pc + 2];
          if ((ctx.count < maximum || maximum === MAXREPEAT) && state.ptr !== ptr) {
            saveLastmark(state, ctx);
            state.pushMarks(ctx.lastmark);
            // Where this attempt starts: an item matching empty ends the loop.
            ptr = state.ptr;
            ctx = startChild(state, ctx, pc, ptr, pc + 3, false, Resume.POSS_REPEAT_2);
            pc = ctx.pc;
            resume = Resume.ENTER;
            continue outer;
          }
          pc += code[pc] + 1;
          ptr = state.ptr;
          break;
        }

        case Resume.ATOMIC_GROUP:
          if (!ret) {
            state.ptr = ptr;
            break exit;
          }
          // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
          pc += code[pc];
          ptr = state.ptr;
          break;

        case Resume.ASSERT:
          if (!ret) break exit;
          pc += code[pc];
          break;

        case Resume.ASSERT_NOT:
          if (ret) {
            if (state.repeat !== null) state.discardMarks(ctx.lastmark);
            ret = false;
            break exit;
          }
          if (state.repeat !== null) state.popMarks(ctx.lastmark, false);
          restoreLastmark(state, ctx);
          pc += code[pc];
          break;

        default:
          internalError();
      }

      // ------------------------------------------------ dispatch: run the context's code from pc
      ret = false;
      for (;;) {
        if ((++ticks & BREAKER_INTERVAL_MASK) === 0 && evalBreaker.pending) checkEvalBreaker();
        switch (code[pc++]) {
          case Op.MARK: {
            // <MARK> <gid>
            const i = code[pc];
            if (i & 1) state.lastindex = (i >> 1) + 1;
            if (i > state.lastmark) {
              // Marks skipped over were never set.
              const marks = state.marks;
              for (let j = state.lastmark + 1; j < i; j++) marks[j] = UNSET;
              state.lastmark = i;
            }
            state.marks[i] = ptr;
            pc++;
            continue;
          }

          case Op.LITERAL:
            if (ptr >= end || characters[ptr] !== code[pc]) break exit;
            pc++;
            ptr++;
            continue;

          case Op.NOT_LITERAL:
            if (ptr >= end || characters[ptr] === code[pc]) break exit;
            pc++;
            ptr++;
            continue;

          case Op.SUCCESS:
            if (ctx.toplevel && ((state.matchAll && ptr !== state.end) || (state.mustAdvance && ptr === state.start))) break exit;
            state.ptr = ptr;
            ret = true;
            break exit;

          case Op.AT:
            if (!atPosition(characters, end, ptr, code[pc])) break exit;
            pc++;
            continue;

          case Op.CATEGORY:
            if (ptr >= end || !inCategory(code[pc], characters[ptr])) break exit;
            pc++;
            ptr++;
            continue;

          case Op.ANY:
            if (ptr >= end || characters[ptr] === NEWLINE) break exit;
            ptr++;
            continue;

          case Op.ANY_ALL:
            if (ptr >= end) break exit;
            ptr++;
            continue;

          case Op.IN:
            // <IN> <skip> set
            if (ptr >= end || !inSet(state.sets, code, pc + 1, characters[ptr])) break exit;
            pc += code[pc];
            ptr++;
            continue;

          case Op.LITERAL_IGNORE:
            if (ptr >= end || lowerAscii(characters[ptr]) !== code[pc]) break exit;
            pc++;
            ptr++;
            continue;

          case Op.LITERAL_UNI_IGNORE:
            if (ptr >= end || lowerUnicode(characters[ptr]) !== code[pc]) break exit;
            pc++;
            ptr++;
            continue;

          case Op.LITERAL_LOC_IGNORE:
            if (ptr >= end || !equalsIgnoringLocaleCase(code[pc], characters[ptr])) break exit;
            pc++;
            ptr++;
            continue;

          case Op.NOT_LITERAL_IGNORE:
            if (ptr >= end || lowerAscii(characters[ptr]) === code[pc]) break exit;
            pc++;
            ptr++;
            continue;

          case Op.NOT_LITERAL_UNI_IGNORE:
            if (ptr >= end || lowerUnicode(characters[ptr]) === code[pc]) break exit;
            pc++;
            ptr++;
            continue;

          case Op.NOT_LITERAL_LOC_IGNORE:
            if (ptr >= end || equalsIgnoringLocaleCase(code[pc], characters[ptr])) break exit;
            pc++;
            ptr++;
            continue;

          case Op.IN_IGNORE:
            if (ptr >= end || !inSet(state.sets, code, pc + 1, lowerAscii(characters[ptr]))) break exit;
            pc += code[pc];
            ptr++;
            continue;

          case Op.IN_UNI_IGNORE:
            if (ptr >= end || !inSet(state.sets, code, pc + 1, lowerUnicode(characters[ptr]))) break exit;
            pc += code[pc];
            ptr++;
            continue;

          case Op.IN_LOC_IGNORE:
            if (ptr >= end || !inCharsetIgnoringLocaleCase(code, pc + 1, characters[ptr])) break exit;
            pc += code[pc];
            ptr++;
            continue;

          case Op.JUMP:
          case Op.INFO:
            // <JUMP> <offset>
            pc += code[pc];
            continue;

          case Op.BRANCH:
            // <BRANCH> <skip> code <JUMP> ... <0>
            saveLastmark(state, ctx);
            if (state.repeat !== null) state.pushMarks(ctx.lastmark);
            resume = Resume.BRANCH_NEXT;
            continue outer;

          case Op.REPEAT_ONE: {
            // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: a one-character item, taken
            // greedily, then given back one at a time until the tail matches.
            const minimum = code[pc + 1];
            if (minimum > end - ptr) break exit;
            state.ptr = ptr;
            ctx.count = countRepeats(state, code, pc + 3, code[pc + 2]);
            ptr += ctx.count;
            if (ctx.count < minimum) break exit;
            const tail = pc + code[pc];
            if (code[tail] === Op.SUCCESS && ptr === state.end && !(ctx.toplevel && state.mustAdvance && ptr === state.start)) {
              // Nothing follows and the string is used up: done.
              state.ptr = ptr;
              ret = true;
              break exit;
            }
            saveLastmark(state, ctx);
            if (state.repeat !== null) state.pushMarks(ctx.lastmark);
            if (code[tail] === Op.LITERAL) {
              ctx.chr = code[tail + 1];
              resume = Resume.REPEAT_ONE_LITERAL_TAIL;
            } else {
              resume = Resume.REPEAT_ONE_ANY_TAIL;
            }
            continue outer;
          }

          case Op.MIN_REPEAT_ONE: {
            // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: the minimum, then one
            // more item each time the tail fails.
            const minimum = code[pc + 1];
            if (minimum > end - ptr) break exit;
            state.ptr = ptr;
            if (minimum === 0) {
              ctx.count = 0;
            } else {
              const count = countRepeats(state, code, pc + 3, minimum);
              if (count < minimum) break exit;
              ctx.count = count;
              ptr += count;
            }
            if (code[pc + code[pc]] === Op.SUCCESS && !(ctx.toplevel && ((state.matchAll && ptr !== state.end) || (state.mustAdvance && ptr === state.start)))) {
              state.ptr = ptr;
              ret = true;
              break exit;
            }
            saveLastmark(state, ctx);
            if (state.repeat !== null) state.pushMarks(ctx.lastmark);
            resume = Resume.MIN_REPEAT_ONE_NEXT;
            continue outer;
          }

          case Op.POSSESSIVE_REPEAT_ONE: {
            // <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: taken greedily, never given back.
            if (ptr + code[pc + 1] > end) break exit;
            state.ptr = ptr;
            ctx.count = countRepeats(state, code, pc + 3, code[pc + 2]);
            ptr += ctx.count;
            if (ctx.count < code[pc + 1]) break exit;
            pc += code[pc];
            if (code[pc] === Op.SUCCESS && ptr === state.end && !(ctx.toplevel && state.mustAdvance && ptr === state.start)) {
              state.ptr = ptr;
              ret = true;
              break exit;
            }
            continue;
          }

          case Op.REPEAT:
            // <REPEAT> <skip> <min> <max> item <MAX_UNTIL|MIN_UNTIL> tail: the UNTIL does the work.
            ctx.rep = { count: -1, pc, prev: state.repeat, lastPtr: UNSET };
            state.repeat = ctx.rep;
            state.ptr = ptr;
            ctx = startChild(state, ctx, pc, ptr, pc + code[pc], ctx.toplevel, Resume.REPEAT);
            pc = ctx.pc;
            resume = Resume.ENTER;
            continue outer;

          case Op.MAX_UNTIL: {
            // The end of a greedy repeat's item: match another item if allowed, else the tail.
            const rep = state.repeat;
            if (rep === null) internalError();
            ctx.rep = rep;
            state.ptr = ptr;
            ctx.count = rep.count + 1;
            if (ctx.count < code[rep.pc + 1]) {
              // Not enough items yet.
              rep.count = ctx.count;
              ctx = startChild(state, ctx, pc, ptr, rep.pc + 3, ctx.toplevel, Resume.MAX_UNTIL_1);
              pc = ctx.pc;
              resume = Resume.ENTER;
              continue outer;
            }
            const maximum = code[rep.pc + 2];
            if ((ctx.count < maximum || maximum === MAXREPEAT) && state.ptr !== rep.lastPtr) {
              rep.count = ctx.count;
              saveLastmark(state, ctx);
              state.pushMarks(ctx.lastmark);
              // An item matching empty here would repeat forever: remember where this one starts.
              state.push(rep.lastPtr);
              rep.lastPtr = state.ptr;
              ctx = startChild(state, ctx, pc, ptr, rep.pc + 3, ctx.toplevel, Resume.MAX_UNTIL_2);
              pc = ctx.pc;
              resume = Resume.ENTER;
              continue outer;
            }
            resume = Resume.MAX_UNTIL_TAIL;
            continue outer;
          }

          case Op.MIN_UNTIL: {
            // The end of a lazy repeat's item: try the tail first, another item if it fails.
            const rep = state.repeat;
            if (rep === null) internalError();
            ctx.rep = rep;
            state.ptr = ptr;
            ctx.count = rep.count + 1;
            if (ctx.count < code[rep.pc + 1]) {
              rep.count = ctx.count;
              ctx = startChild(state, ctx, pc, ptr, rep.pc + 3, ctx.toplevel, Resume.MIN_UNTIL_1);
              pc = ctx.pc;
              resume = Resume.ENTER;
              continue outer;
            }
            state.repeat = rep.prev;
            saveLastmark(state, ctx);
            if (state.repeat !== null) state.pushMarks(ctx.lastmark);
            ctx = startChild(state, ctx, pc, ptr, pc, ctx.toplevel, Resume.MIN_UNTIL_2);
            resume = Resume.ENTER;
            continue outer;
          }

          case Op.POSSESSIVE_REPEAT:
            // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
            state.ptr = ptr;
            ctx.count = 0;
            resume = Resume.POSS_REPEAT_MINIMUM;
            continue outer;

          case Op.ATOMIC_GROUP:
            // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail: matched on its own, never backtracked into.
            state.ptr = ptr;
            ctx = startChild(state, ctx, pc, ptr, pc + 1, false, Resume.ATOMIC_GROUP);
            pc = ctx.pc;
            resume = Resume.ENTER;
            continue outer;

          case Op.GROUPREF:
          case Op.GROUPREF_IGNORE:
          case Op.GROUPREF_UNI_IGNORE:
          case Op.GROUPREF_LOC_IGNORE: {
            // <GROUPREF> <group>: what the group matched, again.
            const groupref = code[pc] * 2;
            if (groupref >= state.lastmark) break exit;
            let p = state.marks[groupref];
            const e = state.marks[groupref + 1];
            if (p === UNSET || e === UNSET || e < p) break exit;
            const fold = code[pc - 1];
            while (p < e) {
              if (ptr >= end || !sameCharacter(fold, characters[ptr], characters[p])) break exit;
              p++;
              ptr++;
            }
            pc++;
            continue;
          }

          case Op.GROUPREF_EXISTS: {
            // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno: skip counts from <group>.
            const groupref = code[pc] * 2;
            const p = state.marks[groupref];
            const e = state.marks[groupref + 1];
            if (groupref >= state.lastmark || p === UNSET || e === UNSET || e < p) pc += code[pc + 1];
            else pc += 2;
            continue;
          }

          case Op.ASSERT:
            // <ASSERT> <skip> <back> pattern: a lookahead (back 0) or a fixed-width lookbehind.
            if (ptr < code[pc + 1]) break exit;
            state.ptr = ptr - code[pc + 1];
            ctx = startChild(state, ctx, pc, ptr, pc + 2, false, Resume.ASSERT);
            pc = ctx.pc;
            resume = Resume.ENTER;
            continue outer;

          case Op.ASSERT_NOT:
            if (ptr >= code[pc + 1]) {
              state.ptr = ptr - code[pc + 1];
              saveLastmark(state, ctx);
              if (state.repeat !== null) state.pushMarks(ctx.lastmark);
              ctx = startChild(state, ctx, pc, ptr, pc + 2, false, Resume.ASSERT_NOT);
              pc = ctx.pc;
              resume = Resume.ENTER;
              continue outer;
            }
            pc += code[pc];
            continue;

          case Op.FAILURE:
            break exit;

          default:
            internalError();
        }
      }
    }

    // ------------------------------------------------ exit: the context returns ret to its parent
    const jump = ctx.jump;
    state.depth--;
    if (state.depth === base) return ret;
    ctx = state.contexts[state.depth - 1];
    pc = ctx.pc;
    ptr = ctx.ptr;
    resume = jump;
  }
}

/** Whether two characters are equal, as the GROUPREF variant `op` compares them. */
function sameCharacter(op: number, a: number, b: number): boolean {
  switch (op) {
    case Op.GROUPREF: return a === b;
    case Op.GROUPREF_IGNORE: return lowerAscii(a) === lowerAscii(b);
    case Op.GROUPREF_UNI_IGNORE: return lowerUnicode(a) === lowerUnicode(b);
    default: return lowerAscii(a) === lowerAscii(b);
  }
}

/**
 * SRE(count): how many times (up to maxCount) the one-character item at code[pc]
 * matches from state.ptr on.
 */
export function countRepeats(state: MatchState, code: Uint32Array, pc: number, maxCount: number): number {
  const characters = state.characters;
  const sets = state.sets;
  const start = state.ptr;
  let end = state.end;
  if (maxCount < end - start && maxCount !== MAXREPEAT) end = start + maxCount;
  let ptr = start;
  const chr = code[pc + 1];
  switch (code[pc]) {
    case Op.IN:
      while (ptr < end && inSet(sets, code, pc + 2, characters[ptr])) ptr++;
      break;
    case Op.IN_IGNORE:
      while (ptr < end && inSet(sets, code, pc + 2, lowerAscii(characters[ptr]))) ptr++;
      break;
    case Op.IN_UNI_IGNORE:
      while (ptr < end && inSet(sets, code, pc + 2, lowerUnicode(characters[ptr]))) ptr++;
      break;
    case Op.IN_LOC_IGNORE:
      while (ptr < end && inCharsetIgnoringLocaleCase(code, pc + 2, characters[ptr])) ptr++;
      break;
    case Op.ANY:
      while (ptr < end && characters[ptr] !== NEWLINE) ptr++;
      break;
    case Op.ANY_ALL:
      ptr = end;
      break;
    case Op.LITERAL:
      while (ptr < end && characters[ptr] === chr) ptr++;
      break;
    case Op.LITERAL_IGNORE:
      while (ptr < end && lowerAscii(characters[ptr]) === chr) ptr++;
      break;
    case Op.LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(characters[ptr]) === chr) ptr++;
      break;
    case Op.LITERAL_LOC_IGNORE:
      while (ptr < end && equalsIgnoringLocaleCase(chr, characters[ptr])) ptr++;
      break;
    case Op.NOT_LITERAL:
      while (ptr < end && characters[ptr] !== chr) ptr++;
      break;
    case Op.NOT_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(characters[ptr]) !== chr) ptr++;
      break;
    case Op.NOT_LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(characters[ptr]) !== chr) ptr++;
      break;
    case Op.NOT_LITERAL_LOC_IGNORE:
      while (ptr < end && !equalsIgnoringLocaleCase(chr, characters[ptr])) ptr++;
      break;
    default:
      // Any other item: run it as a program of its own, one character at a time.
      while (state.ptr < end) {
        const before = state.ptr;
        if (!matchHere(state, code, pc, false) || state.ptr === before) break;
      }
      return state.ptr - start;
  }
  return ptr - start;
}
