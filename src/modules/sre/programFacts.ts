// What searches learn of a pattern's program once, and share: its sets' tables, and
// whether it starts with a run a failed attempt lets a search skip.
import { MAXREPEAT, Op } from './constants';
import type { SetTables } from './charset';

export class ProgramFacts {
  /** Its sets' tables (charset.ts). */
  readonly sets: SetTables;
  /** Where its leading run's REPEAT_ONE is (see leadingRunOf); -1 when it has none. */
  readonly leadingRun: number;

  constructor(code: Uint32Array) {
    this.sets = new Array(code.length);
    this.leadingRun = leadingRunOf(code);
  }
}

/** The one-character items countRepeats runs itself. */
const RUN_ITEMS = new Set<number>([
  Op.IN, Op.IN_IGNORE, Op.IN_UNI_IGNORE, Op.IN_LOC_IGNORE, Op.ANY, Op.ANY_ALL,
  Op.LITERAL, Op.LITERAL_IGNORE, Op.LITERAL_UNI_IGNORE, Op.LITERAL_LOC_IGNORE,
  Op.NOT_LITERAL, Op.NOT_LITERAL_IGNORE, Op.NOT_LITERAL_UNI_IGNORE, Op.NOT_LITERAL_LOC_IGNORE,
]);

const BACKREFERENCES = new Set<number>([Op.GROUPREF, Op.GROUPREF_EXISTS, Op.GROUPREF_IGNORE, Op.GROUPREF_LOC_IGNORE, Op.GROUPREF_UNI_IGNORE]);

/**
 * Where the program's leading greedy repeat is, when (after its group marks) it starts
 * with one of a one-character item, at least once and without an upper bound (`\w+`,
 * `[a-z]+`): else -1. An attempt of such a program at `start` that fails has tried the
 * rest of the program after every end of the run the item matches from `start`; an
 * attempt from inside the run would try a subset of those ends, and fail too, so a
 * search goes on after the run (search.ts). That holds while nothing in the rest depends
 * on where the attempt began, which only a backreference could: a program with any word
 * that could be one (an operand may equal one by chance) is left out.
 */
function leadingRunOf(code: Uint32Array): number {
  let pc = code[0] === Op.INFO ? 1 + code[1] : 0;
  while (code[pc] === Op.MARK) pc += 2;
  // <REPEAT_ONE> <skip> <min> <max> item
  if (code[pc] !== Op.REPEAT_ONE || code[pc + 2] < 1 || code[pc + 3] !== MAXREPEAT || !RUN_ITEMS.has(code[pc + 4])) return -1;
  for (const word of code) if (BACKREFERENCES.has(word)) return -1;
  return pc;
}
