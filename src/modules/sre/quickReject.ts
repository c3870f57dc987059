// Quick rejection: seeing that a program fails at a position from the first character
// it would look at, without starting the matcher. Only failures that leave nothing
// behind are foreseen (a one-character operation failing, a position test failing), so
// skipping the attempt changes nothing but the time taken.
import { Op } from './constants';
import { equalsIgnoringLocaleCase, inCategory, lowerAscii, lowerUnicode } from './characters';
import { atPosition, inSet, type SetTables } from './charset';
import type { Characters } from './subject';

/**
 * Whether the one-character operation at code[pc] fails at ptr; false for any other
 * operation. sre's BRANCH skips an alternative whose first LITERAL or IN rejects the
 * character; the same holds for every one-character operation.
 */
export function firstCharacterFails(sets: SetTables, code: Uint32Array, pc: number, characters: Characters, ptr: number, end: number): boolean {
  const operand = code[pc + 1];
  switch (code[pc]) {
    case Op.LITERAL: return ptr >= end || characters[ptr] !== operand;
    case Op.NOT_LITERAL: return ptr >= end || characters[ptr] === operand;
    case Op.LITERAL_IGNORE: return ptr >= end || lowerAscii(characters[ptr]) !== operand;
    case Op.LITERAL_UNI_IGNORE: return ptr >= end || lowerUnicode(characters[ptr]) !== operand;
    case Op.LITERAL_LOC_IGNORE: return ptr >= end || !equalsIgnoringLocaleCase(operand, characters[ptr]);
    case Op.IN: return ptr >= end || !inSet(sets, code, pc + 2, characters[ptr]);
    case Op.IN_IGNORE: return ptr >= end || !inSet(sets, code, pc + 2, lowerAscii(characters[ptr]));
    case Op.IN_UNI_IGNORE: return ptr >= end || !inSet(sets, code, pc + 2, lowerUnicode(characters[ptr]));
    case Op.CATEGORY: return ptr >= end || !inCategory(operand, characters[ptr]);
    default: return false;
  }
}

/**
 * Whether the program from code[pc] fails at ptr in a search, where the marks were just
 * reset (so marks it would set first are never seen): its first test after any MARKs
 * is a position test that fails, a one-character operation that fails, a repeat of one
 * whose first item must be there and is not, or a BRANCH all of whose alternatives so fail.
 */
export function programFailsAt(sets: SetTables, code: Uint32Array, pc: number, characters: Characters, end: number, ptr: number): boolean {
  while (code[pc] === Op.MARK) pc += 2;
  switch (code[pc]) {
    case Op.AT:
      return !atPosition(characters, end, ptr, code[pc + 1]);
    case Op.REPEAT_ONE:
    case Op.MIN_REPEAT_ONE:
    case Op.POSSESSIVE_REPEAT_ONE:
      // <op> <skip> <min> <max> item: no item here means fewer than a minimum of one or more.
      return code[pc + 2] > 0 && firstCharacterFails(sets, code, pc + 4, characters, ptr, end);
    case Op.BRANCH:
      for (let alternative = pc + 1; code[alternative] !== 0; alternative += code[alternative]) {
        if (!firstCharacterFails(sets, code, alternative + 1, characters, ptr, end)) return false;
      }
      return true;
    default:
      return firstCharacterFails(sets, code, pc, characters, ptr, end);
  }
}
