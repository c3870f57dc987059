// The control flow of a code object as JavaScript's own statements, for a compiled
// function entered at its first instruction: each Python loop becomes a labelled
// `for (;;)` (a backward jump: `continue` it) and each forward jump a `break` out of a
// labelled block that ends where the jump goes. V8 then sees the loops as loops: it can
// keep values in registers across an iteration and optimise the loop on its own, which
// a switch over the places control arrives at (the compiled code's other form) hides.
//
// Regions are laid out over the instructions in their order ("stackifying"): a loop
// spans from its header (the target of its backward jumps) to its last backward jump;
// a forward jump's block ends right before the target and starts early enough to hold
// every jump to it, hoisted out of the loops the target is not in. Regions must nest;
// code whose regions cannot (a jump into the middle of a loop) has no structured form.
//
// A run may also start at the header of an outermost loop, where code that warms up in
// a loop (a module's, a function called once) is entered, and after the RESUME that
// opens the code, where a function whose calls warmed it up is: it skips, out of a
// block around the code before that place, to it. Only what runs from the first
// instruction on is laid out: exception handlers and the code after an instruction
// handed back to the loop are entered by the loop, which enters the code's other form
// there.
import type { Instruction, InstructionFlow } from './instructionFlow';
import { endsFlow } from './instructionFlow';
import { Op } from '../../bytecode/opcodes';

export interface Region {
  /**
   * A loop; a block, left by a forward jump to the instruction after it; or the span a
   * run entered at a loop's header skips (from the first instruction to the header).
   */
  readonly kind: 'loop' | 'block' | 'entry';
  /** The first instruction in it and the one after it (positions in the flow's instruction list). */
  readonly start: number;
  readonly end: number;
  /** The code unit of the instruction a jump to it goes to: a loop's header, or the one after a block or entry span. */
  readonly target: number;
}

export interface StructuredFlow {
  /** By position: whether the instruction runs from the first instruction on. */
  readonly reached: Uint8Array;
  /** The regions, in the order they open (outer before inner where two open at one place). */
  readonly regions: Region[];
  /**
   * The code units, beside the first instruction's, where a run may start: the headers
   * of the loops in no other loop (where the loop enters code that warms up in a loop),
   * and the instruction after the opening RESUME (code warmed up by its calls).
   */
  readonly entries: number[];
}

/**
 * The structured layout of the code from its first instruction, or undefined if its
 * regions do not nest. `handedBack`: instructions the compiled code always hands back
 * (what follows them is entered by the loop).
 */
export function structureFlow(flow: InstructionFlow, handedBack: ReadonlySet<number>): StructuredFlow | undefined {
  const { instructions } = flow;
  const positionOf = new Map<number, number>();
  instructions.forEach((instruction, position) => positionOf.set(instruction.start, position));
  const reached = reachFromStart(instructions, positionOf, handedBack);

  const loopEnds = new Map<number, number>();
  for (let position = 0; position < instructions.length; position++) {
    const { start, target } = instructions[position];
    if (reached[position] && target >= 0 && target <= start) {
      const header = positionOf.get(target)!;
      loopEnds.set(header, Math.max(loopEnds.get(header) ?? 0, position + 1));
    }
  }
  const loops = [...loopEnds].map(([start, end]): Region => ({ kind: 'loop', start, end, target: instructions[start].start }));
  if (!nests(loops)) return undefined;
  const nesting = new LoopNesting(loops, instructions.length);

  const blockStarts = new Map<number, number>();
  for (let position = 0; position < instructions.length; position++) {
    const { start, target } = instructions[position];
    if (!reached[position] || target <= start) continue;
    const destination = positionOf.get(target)!;
    const opening = nesting.blockStartFor(position, destination);
    if (opening === undefined) return undefined;
    blockStarts.set(destination, Math.min(blockStarts.get(destination) ?? opening, opening));
  }
  const blocks = [...blockStarts].map(([end, start]) => ({ start, end }));
  const outermost = loops.filter((loop) => loop.start > 0 && nesting.isOutermost(loop));
  const resumed = afterOpeningResume(instructions);
  const regions = layOutBlocks(blocks, loops, outermost, resumed, instructions) ?? layOutBlocks(blocks, loops, [], resumed, instructions);
  if (regions === undefined) return undefined;
  // Outer first: earlier start, then later end, then a block around a loop of the same span.
  const order = { entry: 0, block: 1, loop: 2 };
  regions.sort((a, b) => a.start - b.start || b.end - a.end || order[a.kind] - order[b.kind]);
  const entries = regions.filter((region) => region.kind === 'entry').map((region) => region.target);
  return { reached, regions, entries };
}

/**
 * The position after the RESUME that opens the code (after the cells' prologue, if
 * any): where the loop goes on with a frame whose warm-up ran out at that RESUME, so
 * where most compiled functions are first entered.
 */
function afterOpeningResume(instructions: Instruction[]): number | undefined {
  const at = instructions.findIndex((instruction) => instruction.op === Op.RESUME);
  return at >= 0 && at + 1 < instructions.length ? at + 1 : undefined;
}

/**
 * The regions with the blocks placed so that all nest, and a run may start at the
 * headers of `entryLoops`, and after the opening RESUME at `resumed`: before each such
 * place, a span from the first instruction that the run skips (a block holding a
 * header starts at the first instruction too, around the span). Undefined when they
 * cannot nest.
 */
function layOutBlocks(
  blocks: readonly { start: number; end: number }[], loops: Region[], entryLoops: Region[], resumed: number | undefined, instructions: Instruction[],
): Region[] | undefined {
  const placed = blocks.map(({ start, end }) => ({
    start: entryLoops.some((loop) => start < loop.start && loop.start < end) ? 0 : start,
    end,
  }));
  widenCrossingBlocks(placed);
  const entryEnds = new Set(entryLoops.map((loop) => loop.start));
  if (resumed !== undefined) entryEnds.add(resumed);
  const regions = [
    ...placed.map(({ start, end }): Region => ({ kind: 'block', start, end, target: instructions[end].start })),
    ...[...entryEnds].map((end): Region => ({ kind: 'entry', start: 0, end, target: instructions[end].start })),
    ...loops,
  ];
  return nests(regions) ? regions : undefined;
}

/** The instructions control reaches from the first without an exception or a hand-back. */
function reachFromStart(instructions: Instruction[], positionOf: ReadonlyMap<number, number>, handedBack: ReadonlySet<number>): Uint8Array {
  const reached = new Uint8Array(instructions.length);
  const work = [0];
  while (work.length > 0) {
    const position = work.pop()!;
    if (position >= instructions.length || reached[position]) continue;
    reached[position] = 1;
    const { op, target } = instructions[position];
    if (target >= 0) work.push(positionOf.get(target)!);
    if (!endsFlow(op) && !handedBack.has(op)) work.push(position + 1);
  }
  return reached;
}

/** The loops around each instruction, to place the block of a forward jump. */
class LoopNesting {
  /** By position: the innermost loop around it, or -1. */
  private readonly innermost: Int32Array;
  /** By loop: the loop around it, or -1. */
  private readonly parents: Int32Array;

  constructor(private readonly loops: Region[], length: number) {
    this.innermost = new Int32Array(length).fill(-1);
    this.parents = new Int32Array(loops.length).fill(-1);
    const order = loops.map((_, index) => index).sort((a, b) => loops[a].start - loops[b].start || loops[b].end - loops[a].end);
    for (const index of order) {
      const { start, end } = loops[index];
      this.parents[index] = this.innermost[start];
      this.innermost.fill(index, start, end);
    }
  }

  /**
   * Where the block for a jump from `source` forward to `destination` must start at the
   * latest: at the source, or before the outermost loop the jump leaves; undefined when
   * the jump enters a loop other than at its header.
   */
  blockStartFor(source: number, destination: number): number | undefined {
    let start = source;
    let loop = this.innermost[source];
    while (loop !== -1 && !this.holds(loop, destination)) {
      start = this.loops[loop].start;
      loop = this.parents[loop];
    }
    // (`loop` now holds both; any loop inside it holding the destination must start there.)
    for (let inner = this.innermost[destination]; inner !== loop; inner = this.parents[inner]) {
      if (inner === -1 || this.loops[inner].start !== destination) return undefined;
    }
    return start;
  }

  isOutermost(loop: Region): boolean {
    return this.parents[this.loops.indexOf(loop)] === -1;
  }

  private holds(loop: number, position: number): boolean {
    return this.loops[loop].start <= position && position < this.loops[loop].end;
  }
}

/** Starts blocks that cross (one starts inside another and ends after it) at the outer one's start. */
function widenCrossingBlocks(blocks: { start: number; end: number }[]): void {
  blocks.sort((a, b) => a.end - b.end);
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < blocks.length; i++) {
      for (let j = i + 1; j < blocks.length; j++) {
        const [inner, outer] = [blocks[i], blocks[j]];
        if (outer.start > inner.start && outer.start < inner.end && inner.end < outer.end) {
          outer.start = inner.start;
          changed = true;
        }
      }
    }
  }
}

/** Whether every two regions are disjoint or one holds the other. */
function nests(regions: readonly { start: number; end: number }[]): boolean {
  for (let i = 0; i < regions.length; i++) {
    for (let j = i + 1; j < regions.length; j++) {
      const [a, b] = [regions[i], regions[j]];
      const crosses = (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);
      if (crosses) return false;
    }
  }
  return true;
}
