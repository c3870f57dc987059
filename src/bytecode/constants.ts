// The constants a code object can hold (co_consts): the AST's constants, plus the
// tuples and frozensets the compiler folds, plus nested code objects.
import type { ConstantValue } from '../ast/constant';
import type { CodeObject } from './code';

export class ConstTuple {
  constructor(readonly items: readonly CodeConstant[]) {}
}

/**
 * A frozenset constant; `items` are in CPython's iteration order for the same insertions.
 * `buildOrder` is the order of insertions that makes CPython's table of it (the runtime
 * builds the set so, to place the members in the same slots): the iteration order alone
 * cannot say where colliding members sit.
 */
export class ConstFrozenSet {
  constructor(
    readonly items: readonly CodeConstant[],
    readonly buildOrder: readonly CodeConstant[] = items,
  ) {}
}

export type CodeConstant = ConstantValue | ConstTuple | ConstFrozenSet | CodeObject;
