// Writes the JavaScript of a compiled code object: one function that runs the code's
// instructions as the eval loop would, from a given instruction, until it reaches one
// it leaves to the loop.
//
// The compiled function keeps every bit of state where the loop keeps it: the fast
// locals and the value stack in the frame's slots array, so that the loop can take over
// at any instruction boundary. What it saves is the loop's work per instruction: no
// fetch, no decoding, no dispatch, and stack positions that are constants (the depth
// at each instruction is known, instructionFlow.ts).
//
// The code comes in two forms. The structured one, entered at the first instruction or
// at an outermost loop's header (a call, or code that warmed up in a loop), has the
// code's control flow as JavaScript's own: loops as loops, forward jumps as breaks
// (structuredFlow.ts). The resumable one, entered anywhere else (after an instruction
// the loop ran, a generator's resumption, an exception handler), goes through a switch
// over the places control can arrive at; its backward jumps to an outermost loop go
// back to the structured form. (Generators have only the resumable form.)
//
// It is entered with the instruction index and stack pointer the loop has, and returns
// the index of the instruction the loop must run next (having stored the stack pointer
// in frame.sp), ~index when a native call parked the thread, or a code of compiledExits.ts.
// A call of a Python function (or of a class with a Python __init__) whose code is
// compiled runs that code nested, one JS call deeper (compiledCalls.ts); the callee's
// return, handed back (RETURNS), is then finished by the caller (compiledExits.ts leave),
// not the loop. Any other call of a Python function enters the callee's frame and stops the
// caller, for the loop to run the callee as its own CALL would (SWITCH_FRAME). It hands back:
//   - the instructions it does not compile (with, a generator's start, ...); the
//     seldom-run ones it runs as the loop does, with executeRareInstruction;
//   - a RESUME or backward jump when the eval breaker wants a thread switch (the loop
//     makes it; an interrupt is raised where the compiled code runs);
//   - a FOR_ITER over iter(callable, sentinel), whose call may park the thread;
//   - an entry at an index it has no entry for, or with another stack depth than its
//     own analysis says (then the loop just goes on).
// After the loop has run such an instruction, it enters the compiled function again
// at the next one: in the resumable form, every place after an instruction that may be
// handed back is an entry.
// Exceptions propagate to the loop with frame.lasti set to the raising instruction,
// thrown or, for `raise` itself and the raises helpers return (RAISED, objects/raised.ts),
// returned (RAISING); the loop's handler search and unwinding are the same as for its own.
import { Op } from '../../bytecode/opcodes';
import { isDivision, NbOp, operationOf } from '../../objects/operators';
import { type CodeInfo, findHandler } from '../codeInfo';
import type { Instruction, InstructionFlow } from './instructionFlow';
import { type AttributeSite, SiteKind } from '../attributeSites';
import { strType } from '../../objects/typeOf';
import { NativeCallKind } from '../nativeCallSites';
import { tierSettings } from './tierSettings';
import { type Region, type StructuredFlow, structureFlow } from './structuredFlow';

/**
 * The instructions the loop runs in its own switch but the compiled function hands back.
 * (The loop runs all others with executeRareInstruction, which the compiled function calls too.)
 */
const HANDED_BACK = new Set<number>([
  Op.BEFORE_WITH, Op.RETURN_GENERATOR, Op.END_ASYNC_FOR, Op.EXTENDED_ARG,
]);

/** Compiled instructions that may still hand themselves back (see the header). */
const MAY_HAND_BACK = new Set<number>([
  Op.RESUME, Op.CALL, Op.CALL_FUNCTION_EX, Op.FOR_ITER, Op.YIELD_VALUE, Op.JUMP_BACKWARD, Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_TRUE,
]);

const COMPARISONS = ['<', '<=', '===', '!==', '>', '>='];

/** The test that `a` and `b` are floats of the exact type (a subclass may override its operators). */
const EXACT_FLOATS = 'a instanceof PyFloat && b instanceof PyFloat && a.cls === floatType && b.cls === floatType';

/**
 * The cases of a binary operation on two ints held as JS numbers that JS computes as
 * Python does, as [test, value] pairs: a result that stays a safe integer (and not -0,
 * which no int is); % and // of non-negative operands; bitwise operations on 32-bit values.
 */
function intFastPaths(operation: number): [string, string][] {
  switch (operation) {
    case NbOp.ADD: return [['Number.isSafeInteger(r = a + b)', 'r']];
    case NbOp.SUBTRACT: return [['Number.isSafeInteger(r = a - b)', 'r']];
    case NbOp.MULTIPLY: return [['Number.isSafeInteger(r = a * b) && r !== 0', 'r']];
    case NbOp.REMAINDER: return [['a >= 0 && b > 0', 'a % b']];
    case NbOp.FLOOR_DIVIDE: return [['a >= 0 && b > 0', 'Math.floor(a / b)']];
    case NbOp.TRUE_DIVIDE: return [['b !== 0', 'new PyFloat(a / b)']];
    case NbOp.AND: return [['(a | 0) === a && (b | 0) === b', 'a & b']];
    case NbOp.OR: return [['(a | 0) === a && (b | 0) === b', 'a | b']];
    case NbOp.XOR: return [['(a | 0) === a && (b | 0) === b', 'a ^ b']];
    case NbOp.RSHIFT: return [['(a | 0) === a && b >= 0 && b < 32', 'a >> b']];
    default: return [];
  }
}

/** The cases of a binary operation on two exact floats that need no more than JS's arithmetic, as [test, value] pairs. */
function floatFastPaths(operation: number): [string, string][] {
  switch (operation) {
    case NbOp.ADD: return [['true', 'a.value + b.value']];
    case NbOp.SUBTRACT: return [['true', 'a.value - b.value']];
    case NbOp.MULTIPLY: return [['true', 'a.value * b.value']];
    case NbOp.TRUE_DIVIDE: return [['b.value !== 0', 'a.value / b.value']];
    default: return [];
  }
}

/**
 * The resumable form of a code object's compiled code: the JavaScript body of the
 * factory that makes its function (the factory's parameters: compiledTier's runtime
 * names, then `info`, `consts`, `names`, `entryBlocks`, `entrySlots`, `structured`, the
 * structured form if there is one), and the two tables it enters by.
 *
 * The places control arrives at are numbered densely, as blocks, so that the function's
 * switch over them is a jump table: `entryBlocks` maps an instruction index to its block
 * (-1 where none starts), `entrySlots` a block to the stack pointer it expects.
 */
export interface EmittedCode {
  readonly source: string;
  readonly entryBlocks: Int32Array;
  readonly entrySlots: Int32Array;
}

/** The code's structured layout, undefined when it has only the resumable form. */
export function structureOf(flow: InstructionFlow): StructuredFlow | undefined {
  // (A generator's code is entered after its first instruction: only the resumable form serves it.)
  if (flow.instructions.some((instruction) => instruction.op === Op.RETURN_GENERATOR)) return undefined;
  return structureFlow(flow, HANDED_BACK);
}

/** The form entered anywhere: a switch over the places control arrives at, in a loop. */
export function emitResumableCode(info: CodeInfo, flow: InstructionFlow, structure: StructuredFlow | undefined): EmittedCode {
  const { instructions, depths } = flow;
  const sites = new Set<string>();
  const base = info.localsplusCount;
  const entries = new Set<number>([0]);
  for (const instruction of instructions) {
    if (depths[instruction.start] < 0) continue;
    if (instruction.target >= 0) entries.add(instruction.target);
    if (HANDED_BACK.has(instruction.op) || MAY_HAND_BACK.has(instruction.op)) entries.add(instruction.next);
  }
  for (const handler of info.exceptionTable) entries.add(handler.target >> 1);
  const starts = [...entries].filter((start) => depths[start] >= 0).sort((a, b) => a - b);
  const blocks = new Map(starts.map((start, block) => [start, block]));
  const entryBlocks = new Int32Array(info.units.length + 1).fill(-1);
  const entrySlots = new Int32Array(starts.length);
  starts.forEach((start, block) => {
    entryBlocks[start] = block;
    entrySlots[block] = base + depths[start];
  });

  const out: string[] = [];
  const registers = new StackRegisters();
  // (A backward jump to a loop the structured form may be entered at goes on there.)
  const loopEntries = new Set(structure?.entries);
  const jumps: Jumps = {
    statement: (source, target) => target < source.start && loopEntries.has(target)
      ? `return structured(frame, ${target}, ${base + depths[target]});`
      : `block = ${blocks.get(target)!}; continue run;`,
    topAt: (target) => base + depths[target],
  };
  let kwnames: Instruction | null = null;
  for (const instruction of instructions) {
    const depth = depths[instruction.start];
    if (depth < 0) continue;
    const block = blocks.get(instruction.start);
    if (block !== undefined) {
      // (Control arrives here from elsewhere too: the stack is in the frame's slots.)
      out.push(registers.flush());
      out.push(`case ${block}:`);
    }
    out.push(emitInstruction(info, instruction, base + depth, kwnames, jumps, sites, registers, flow.boundParameters));
    // (KW_NAMES comes before the PRECALL of its CALL.)
    if (instruction.op !== Op.PRECALL) kwnames = instruction.op === Op.KW_NAMES ? instruction : null;
  }
  const head = [
    'const S = frame.localsplus;',
    `let block = entryBlocks[ip], a, b, r${registers.declarations()};`,
    'if (block < 0 || sp !== entrySlots[block]) { frame.sp = sp; return ip; }',
    'run: for (;;) switch (block) {',
  ];
  // (Code objects end with a return or a raise: the switch is never left.)
  out.push("default: throw new Error('compiled code left its instructions');");
  out.push('}');
  const source = `${[...sites].join('\n')}\nreturn function resume(frame, ip, sp) {\n${[...head, ...out].join('\n')}\n};`;
  return { source, entryBlocks, entrySlots };
}

/**
 * The form entered at the first instruction or at an outermost loop's header, control
 * flow as JavaScript's own (structuredFlow.ts): the body of the factory that makes it
 * (parameters as the resumable form's, then `makeResume`). An entry anywhere else goes
 * to the resumable form, which `makeResume(structured)` makes when first needed (most
 * code never needs it: V8 would parse it for nothing).
 */
export function emitStructuredCode(info: CodeInfo, flow: InstructionFlow, structure: StructuredFlow): string {
  const { instructions, depths } = flow;
  const sites = new Set<string>();
  const { reached, regions, entries } = structure;
  const base = info.localsplusCount;
  const jumps: Jumps = {
    statement: (source, target) => target <= source.start ? `continue L${target};` : `break B${target};`,
    topAt: (target) => base + depths[target],
  };
  const out: string[] = [];
  const registers = new StackRegisters();
  const open: Region[] = [];
  let nextRegion = 0;
  let kwnames: Instruction | null = null;
  const closeRegionsEndingAt = (position: number): void => {
    while (open.length > 0 && open[open.length - 1].end === position) {
      const region = open.pop()!;
      // (A loop's last backward jump may not be taken: control then leaves the loop. After a
      // block, control arrives from its breaks too: the stack is in the frame's slots.)
      out.push(region.kind === 'loop' ? `break L${region.target}; }` : `${registers.flush()} }`);
    }
  };
  for (let position = 0; position < instructions.length; position++) {
    const depth = depths[instructions[position].start];
    if (depth >= 0) registers.forgetAbove(base + depth);
    closeRegionsEndingAt(position);
    for (; nextRegion < regions.length && regions[nextRegion].start === position; nextRegion++) {
      const region = regions[nextRegion];
      // (A loop's header is reached from its backward jumps too; a block is entered only here.)
      if (region.kind === 'loop') out.push(`${registers.flush()} L${region.target}: for (;;) {`);
      else out.push(`${region.kind === 'block' ? 'B' : 'E'}${region.target}: {`);
      open.push(region);
    }
    if (position === 0) out.push(...entries.map((target) => `if (ip === ${target}) break E${target};`));
    const instruction = instructions[position];
    if (!reached[position]) continue;
    out.push(emitInstruction(info, instruction, base + depth, kwnames, jumps, sites, registers, flow.boundParameters));
    if (instruction.op !== Op.PRECALL) kwnames = instruction.op === Op.KW_NAMES ? instruction : null;
  }
  closeRegionsEndingAt(instructions.length);
  const entryTests = [`ip === 0 && sp === ${base}`, ...entries.map((target) => `ip === ${target} && sp === ${base + depths[target]}`)];
  const head = [
    `if (!(${entryTests.join(' || ')})) return resume(frame, ip, sp);`,
    'const S = frame.localsplus;',
    `let a, b, r${registers.declarations()};`,
  ];
  out.push("throw new Error('compiled code left its instructions');");
  return [
    ...sites,
    'let resume = (frame, ip, sp) => (resume = makeResume(compiled))(frame, ip, sp);',
    `const compiled = function compiled(frame, ip, sp) {\n${[...head, ...out].join('\n')}\n};`,
    'return compiled;',
  ].join('\n');
}

/**
 * The test, inlined, that the attribute site `site` (attributeSites.ts) has seen the type
 * and __dict__ shape of the object in `a` and that its name is in the dict (CPython's
 * LOAD_ATTR_INSTANCE_VALUE): then the value is the dict's, left in `b`, at the site's
 * position; else loadAttribute() or storeAttribute() takes the access.
 */
function inInstanceValues(site: string): string {
  return `(${knowsObject(site, SiteKind.INSTANCE_DICT)} && (b = a.dict) !== undefined && b.shape === ${site}.shape && ${site}.position >= 0)`;
}

/** The test that the object in `a` is of the type (at the version) the site has learnt, as a site of `kind`. */
function knowsObject(site: string, kind: SiteKind): string {
  return `typeof a === 'object' && a !== null && a.cls === ${site}.type && ${site}.version === a.cls.versionTag && ${site}.kind === ${kind}`;
}

/**
 * The test, inlined, that the attribute site `site` has seen the type and __dict__ shape
 * of the object in `a` (an instance of a class written in Python or not, or a str) and
 * that its name is a method the dict does not shadow (CPython's LOAD_METHOD_WITH_VALUES):
 * then the method is the site's; else loadMethod() looks. Only the kinds of receiver
 * `seen` by the site while interpreted are tested for (the others take loadMethod()).
 */
function methodUnshadowed(site: string, seen: ReceiversSeen): string {
  const ofObject = `${knowsObject(site, SiteKind.METHOD)} && ((b = a.dict) === undefined || (b.shape === ${site}.shape && ${site}.shape !== null && ${site}.position < 0))`;
  const ofStr = `typeof a === 'string' && ${site}.type === strType && ${site}.version === strType.versionTag && ${site}.kind === ${SiteKind.METHOD}`;
  if (!seen.str) return `(${ofObject})`;
  if (!seen.object) return `(${ofStr})`;
  return `(${ofObject} || ${ofStr})`;
}

interface ReceiversSeen {
  readonly str: boolean;
  readonly object: boolean;
}

/** One instruction's JavaScript, the stack's values that an exception raised there leaves to its handler in the frame's slots. */
function emitInstruction(
  info: CodeInfo, instruction: Instruction, top: number, kwnames: Instruction | null,
  jumps: Jumps, sites: Set<string>, registers: StackRegisters, bound: ReadonlySet<number>,
): string {
  registers.forgetAbove(top);
  const spills = registers.raiseFloor(info.localsplusCount + (findHandler(info, instruction.start)?.depth ?? 0));
  return spills + new InstructionEmitter(info, instruction, top, kwnames, jumps, sites, registers, bound).emit();
}

/** How control goes from one instruction to another in one form of the compiled code. */
interface Jumps {
  /** The statement that moves control from `source` to the instruction at `target` (the stack already in the frame's slots). */
  statement(source: Instruction, target: number): string;
  /** The slot above the stack's top at `target`. */
  topAt(target: number): number;
}

/**
 * Where the compiled code keeps the value stack. A value pushed and popped within a run
 * of straight-line code lives in a JS local (`t<slot>`), which V8 keeps in a register,
 * not in the frame's slots array; it goes to its slot (is spilled) where anything may
 * read the slots: where control arrives from elsewhere or leaves (a jump, a hand-back,
 * a yield), before a call or a rare instruction (which read their operands there), and,
 * for the slots an exception handler keeps, before anything that may raise.
 */
class StackRegisters {
  /** The slots whose values are in their locals only. */
  private readonly held = new Set<number>();
  /** Slots below this stay in the slots array (an active handler keeps them). */
  private floor = 0;
  private readonly used = new Set<number>();

  /** A read of slot `index`. */
  get(index: number): string {
    return this.held.has(index) ? `t${index}` : `S[${index}]`;
  }

  /** A write of slot `index` (get every operand before the writes). */
  put(index: number): string {
    if (index < this.floor) {
      this.held.delete(index);
      return `S[${index}]`;
    }
    this.held.add(index);
    this.used.add(index);
    return `t${index}`;
  }

  /** Drops the values of the slots from `top` up: no longer on the stack, never read again. */
  forgetAbove(top: number): void {
    for (const index of this.held) if (index >= top) this.held.delete(index);
  }

  /** Code storing the held values (of the slots below `top`) in their slots, for a path that leaves (they stay held on the others). */
  spill(top = Infinity): string {
    return [...this.held].filter((index) => index < top).map((index) => `S[${index}] = t${index};`).join(' ');
  }

  /** Code storing the held values in their slots, from here on read there. */
  flush(): string {
    const code = this.spill();
    this.held.clear();
    return code;
  }

  /** Sets the floor for the next instruction, spilling the held values below it. */
  raiseFloor(floor: number): string {
    this.floor = floor;
    const below = [...this.held].filter((index) => index < floor);
    for (const index of below) this.held.delete(index);
    return below.map((index) => `S[${index}] = t${index};`).join(' ');
  }

  /** The declarations of the locals used, after the function's other `let`s. */
  declarations(): string {
    return [...this.used].map((index) => `, t${index}`).join('');
  }
}

/** The JavaScript of one instruction, its stack depth known (`top`: the slot index of the stack's next free slot). */
class InstructionEmitter {
  private readonly start: number;

  constructor(
    private readonly info: CodeInfo,
    private readonly instruction: Instruction,
    private readonly top: number,
    /** The KW_NAMES right before a CALL, if any: the constant it names is the tuple of the call's keywords. */
    private readonly kwnames: Instruction | null,
    private readonly jumps: Jumps,
    /** Declarations of the inline-cache objects the code shares with the loop (sites by instruction). */
    private readonly sites: Set<string>,
    private readonly registers: StackRegisters,
    /** The parameters that always have a value (InstructionFlow.boundParameters). */
    private readonly boundParameters: ReadonlySet<number>,
  ) {
    this.start = instruction.start;
  }

  /** A read of the stack slot `offset` places below the top (1: the top item). */
  private get(offset: number): string {
    return this.registers.get(this.top - offset);
  }

  /** A write of the stack slot `offset` places below the top (after the instruction's reads). */
  private put(offset: number): string {
    return this.registers.put(this.top - offset);
  }

  /** Leaves for the loop at this instruction (the stack in the frame's slots). */
  private handBack(): string {
    return `{ ${this.registers.spill()} frame.sp = ${this.top}; return ${this.start}; }`;
  }

  /** Jumps to `target`, after `write` (code storing into the frame's slots) if given. */
  private jumpTo(target: number, write = ''): string {
    return `{ ${this.registers.spill(this.jumps.topAt(target))} ${write} ${this.jumps.statement(this.instruction, target)} }`;
  }

  /** Polls the eval breaker as a backward jump or RESUME does, handing the instruction back for a thread switch. */
  private breakerCheck(): string {
    return `if (evalBreaker.pending && --evalBreaker.countdown < 0) { ${this.lasti} if (evalBreakerNeedsLoop()) ${this.handBack()} }`;
  }

  /** Records the instruction as the frame's last started one: before anything that may raise or run Python code. */
  private get lasti(): string {
    return `frame.lasti = ${this.start};`;
  }

  emit(): string {
    const { op, oparg, target } = this.instruction;
    switch (op) {
      case Op.NOP:
      case Op.POP_TOP:
      case Op.PRECALL:
      case Op.KW_NAMES:
        return '';
      case Op.RESUME:
        return this.breakerCheck();
      case Op.LOAD_FAST:
        if (this.boundParameters.has(oparg)) return `${this.put(0)} = S[${oparg}];`;
        return `a = S[${oparg}]; if (a === undefined) { ${this.lasti} throw unboundLocal(info, ${oparg}); } ${this.put(0)} = a;`;
      case Op.LOAD_CONST:
        return `${this.put(0)} = consts[${oparg}];`;
      case Op.STORE_FAST:
        return `S[${oparg}] = ${this.get(1)};`;
      case Op.PUSH_NULL:
        return `${this.put(0)} = undefined;`;
      case Op.COPY: {
        const value = this.get(oparg);
        return `${this.put(0)} = ${value};`;
      }
      case Op.SWAP: {
        const top = this.get(1);
        const other = this.get(oparg);
        return `a = ${top}; b = ${other}; ${this.put(1)} = b; ${this.put(oparg)} = a;`;
      }
      case Op.UNARY_NOT: {
        const value = this.get(1);
        return `${this.lasti} ${this.put(1)} = !isTrue(${value});`;
      }
      case Op.UNARY_NEGATIVE: {
        const value = this.get(1);
        return `${this.lasti} ${this.put(1)} = unaryNegative(${value});`;
      }
      case Op.BINARY_OP:
        return this.binaryOp(oparg);
      case Op.COMPARE_OP: {
        // Ints compare as JS numbers, exact floats as their doubles; strs are equal exactly when they are the same JS string.
        const sameKind = oparg === 2 || oparg === 3
          ? `(typeof a === 'number' || typeof a === 'string') && typeof b === typeof a`
          : `typeof a === 'number' && typeof b === 'number'`;
        const left = this.get(2);
        const right = this.get(1);
        const compare = COMPARISONS[oparg];
        return `${this.lasti} a = ${left}; b = ${right}; ${this.put(2)} = ${sameKind} ? a ${compare} b : ${EXACT_FLOATS} ? a.value ${compare} b.value : richCompare(a, b, ${oparg});`;
      }
      case Op.IS_OP: {
        const left = this.get(2);
        const right = this.get(1);
        return `${this.put(2)} = ${left} ${oparg === 1 ? '!==' : '==='} ${right};`;
      }
      case Op.CONTAINS_OP: {
        const container = this.get(1);
        const item = this.get(2);
        return `${this.lasti} a = ${container}; b = ${item}; ${this.put(2)} = (a instanceof PyDict && a.cls === dictType ? a.has(b) : contains(a, b)) ${oparg === 1 ? '!==' : '==='} true;`;
      }
      case Op.BINARY_SUBSCR: {
        // (An exact list or tuple by an int in range is read here; anything else by subscript().)
        const [container, key] = [this.get(2), this.get(1)];
        const result = this.put(2);
        return `${this.lasti} a = ${container}; b = ${key};
if (typeof b === 'number' && (a instanceof PyList ? a.cls === listType : a instanceof PyTuple && a.cls === tupleType) && (r = b < 0 ? b + a.items.length : b) >= 0 && r < a.items.length) ${result} = a.items[r];
else { a = subscript(a, b); if (a === RAISED) return RAISING; ${result} = a; }`;
      }
      case Op.STORE_SUBSCR:
        return `${this.lasti} a = ${this.get(2)}; b = ${this.get(1)};
if (typeof b === 'number' && a instanceof PyList && a.cls === listType && b >= 0 && b < a.items.length) a.items[b] = ${this.get(3)};
else storeSubscript(a, b, ${this.get(3)});`;
      case Op.BUILD_SLICE: {
        if (oparg === 3) {
          const [start, stop, step] = [this.get(3), this.get(2), this.get(1)];
          return `${this.put(3)} = new PySlice(${start}, ${stop}, ${step});`;
        }
        const [start, stop] = [this.get(2), this.get(1)];
        return `${this.put(2)} = new PySlice(${start}, ${stop}, null);`;
      }
      case Op.LOAD_GLOBAL: {
        const site = this.site('globalSite', 'globalSites', 'GlobalSite');
        const push = oparg & 1 ? `${this.put(0)} = undefined; ` : '';
        const value = this.put(oparg & 1 ? -1 : 0);
        return `${push}a = loadGlobal(${site}, frame.globals, frame.builtins, names[${oparg >> 1}]); if (a === undefined) { ${this.lasti} throw nameError(names[${oparg >> 1}]); } ${value} = a;`;
      }
      case Op.LOAD_NAME:
        return `${this.lasti} ${this.put(0)} = loadName(frame, names[${oparg}], ${this.site('globalSite', 'globalSites', 'GlobalSite')});`;
      case Op.STORE_NAME:
        return `${this.lasti} storeName(frame, names[${oparg}], ${this.get(1)});`;
      case Op.MAKE_CELL:
        return `S[${oparg}] = new PyCell(S[${oparg}]);`;
      case Op.COPY_FREE_VARS: {
        // (In the prologue, the stack empty: its first slot is the one past the free variables.)
        const copies = Array.from({ length: oparg }, (_, i) => `S[${this.top - oparg + i}] = a[${i}];`);
        return `a = frame.func.closure; ${copies.join(' ')}`;
      }
      case Op.LOAD_CLOSURE:
        return `${this.put(0)} = S[${oparg}];`;
      case Op.LOAD_DEREF:
        return `a = S[${oparg}].contents; if (a === undefined) { ${this.lasti} throw unboundFree(info, ${oparg}); } ${this.put(0)} = a;`;
      case Op.STORE_DEREF:
        return `S[${oparg}].contents = ${this.get(1)};`;
      case Op.LOAD_ATTR: {
        const site = this.site('attributeSite', 'attributeSites', 'AttributeSite');
        const load = `loadAttribute(a, names[${oparg}], ${site})`;
        const value = this.instanceDictSeen() ? `${inInstanceValues(site)} ? b.valueAt(${site}.position) : ${load}` : load;
        // (A missing attribute's AttributeError comes back as RAISED.)
        return `${this.lasti} a = ${this.get(1)}; r = ${value}; if (r === RAISED) return RAISING; ${this.put(1)} = r;`;
      }
      case Op.STORE_ATTR: {
        const site = this.site('attributeSite', 'attributeSites', 'AttributeSite');
        const store = `storeAttribute(a, names[${oparg}], r, ${site});`;
        const stored = this.instanceDictSeen() ? `if (${inInstanceValues(site)}) b.setValueAt(${site}.position, r); else ${store}` : store;
        return `${this.lasti} a = ${this.get(1)}; r = ${this.get(2)}; ${stored}`;
      }
      case Op.LOAD_METHOD: {
        const owner = this.get(1);
        const [method, self] = [this.put(1), this.put(0)];
        const site = this.site('attributeSite', 'attributeSites', 'AttributeSite');
        return `${this.lasti} a = ${owner}; r = ${methodUnshadowed(site, this.receiversSeen())} ? ${site}.found : loadMethod(a, names[${oparg}], ${site});
if (r !== undefined) { ${method} = r; ${self} = a; } else { r = getAttrOrRaised(a, names[${oparg}]); if (r === RAISED) return RAISING; ${method} = undefined; ${self} = r; }`;
      }
      case Op.CALL:
        return this.call(oparg);
      case Op.CALL_FUNCTION_EX: {
        // (The call reads its operands in the frame's slots.)
        const flush = this.registers.flush();
        return `${flush} ${this.lasti} b = callSpreadFromCompiledCode(frame, S, ${this.top}, ${oparg}, ${this.instruction.next});
if (b === CALLER_STOPS) return compiledCall.exit;
${this.put(oparg & 1 ? 4 : 3)} = b;`;
      }
      // A return or a yield leaves its value on the stack and says so, whoever runs the
      // code: the loop then runs the instruction, a compiled caller or runFrame finishes
      // it (compiledExits.ts). (One path for both: a function compiled while the loop
      // called it, then called from compiled code, would otherwise first take a branch of
      // its own for nested runs in code V8 optimized without it, and V8 may repeat that
      // deoptimization at every return.)
      case Op.RETURN_VALUE:
        return `{ ${this.registers.spill()} frame.sp = ${this.top}; ${this.lasti} return RETURNS; }`;
      case Op.YIELD_VALUE:
        return `{ ${this.registers.spill()} frame.sp = ${this.top}; ${this.lasti} frame.ip = ${this.instruction.next}; return YIELDS; }`;
      case Op.SEND: {
        // (`yield from` and `await`: the value sent on to the delegate, or the delegate's return value taken.)
        const [receiver, value] = [this.get(2), this.get(1)];
        const returnedTo = `S[${this.top - 2}] = sentOutcome();`;
        return `${this.lasti} if (generatorDelegateSend(${receiver}, ${value}) === SEND_RETURNED) ${this.jumpTo(target, returnedTo)}
${this.put(1)} = sentOutcome();`;
      }
      case Op.BUILD_TUPLE: {
        const items = this.items(oparg);
        return `${this.put(oparg)} = newTuple([${items}]);`;
      }
      case Op.MAKE_FUNCTION: {
        // (Below the code object: the closure, annotations, keyword defaults and defaults its flags name.)
        let below = 2;
        const [closure, annotations, kwdefaults, defaults] = [0x08, 0x04, 0x02, 0x01].map((flag) => (oparg & flag ? this.get(below++) : 'undefined'));
        return `${this.lasti} ${this.put(below - 1)} = makeFunction(frame, ${this.get(1)}, ${closure}, ${annotations}, ${kwdefaults}, ${defaults});`;
      }
      case Op.BUILD_MAP:
        if (oparg > 0) return this.rareInstruction(op, oparg);
        return `${this.put(0)} = newDict();`;
      case Op.BUILD_LIST: {
        const items = this.items(oparg);
        return `${this.put(oparg)} = new PyList([${items}]);`;
      }
      case Op.BUILD_STRING: {
        const parts = oparg === 0 ? "''" : Array.from({ length: oparg }, (_, i) => this.get(oparg - i)).join(' + ');
        return `${this.lasti} ${this.put(oparg)} = flat(${parts});`;
      }
      case Op.LIST_APPEND:
        return `${this.get(oparg + 1)}.items.push(${this.get(1)});`;
      case Op.LIST_EXTEND:
        return `${this.lasti} listExtend(${this.get(oparg + 1)}, ${this.get(1)});`;
      case Op.LIST_TO_TUPLE:
        return `${this.put(1)} = newTuple(${this.get(1)}.items);`;
      case Op.DICT_MERGE:
        // (The function called is below the positional arguments, under the dict.)
        return `${this.lasti} dictMergeInto(${this.get(oparg + 1)}, ${this.get(1)}, ${this.get(oparg + 3)});`;
      case Op.PUSH_EXC_INFO: {
        const exception = this.get(1);
        return `a = ${exception}; ${this.put(1)} = threadState.handled; ${this.put(0)} = a; threadState.handled = a;`;
      }
      case Op.POP_EXCEPT:
        return `threadState.handled = ${this.get(1)};`;
      case Op.CHECK_EXC_MATCH: {
        const [exception, type] = [this.get(2), this.get(1)];
        return `${this.lasti} ${this.put(1)} = exceptClauseMatches(${exception}, ${type});`;
      }
      case Op.SET_ADD:
        return `${this.lasti} ${this.get(oparg + 1)}.add(${this.get(1)});`;
      case Op.MAP_ADD:
        return `${this.lasti} ${this.get(oparg + 2)}.set(${this.get(2)}, ${this.get(1)});`;
      case Op.FORMAT_VALUE:
        return this.formatValue(oparg);
      case Op.UNPACK_SEQUENCE: {
        const sequence = this.get(1);
        const stores = Array.from({ length: oparg }, (_, i) => `${this.put(1 - i)} = r[${oparg - 1 - i}];`).join(' ');
        return `${this.lasti} r = unpackItems(${sequence}, ${oparg}, -1); ${stores}`;
      }
      case Op.JUMP_FORWARD:
      case Op.JUMP_BACKWARD_NO_INTERRUPT:
        return this.jumpTo(target);
      case Op.JUMP_BACKWARD:
        return `${this.breakerCheck()} ${this.jumpTo(target)}`;
      case Op.POP_JUMP_FORWARD_IF_FALSE:
      case Op.POP_JUMP_BACKWARD_IF_FALSE:
        return this.truthJump(false, op === Op.POP_JUMP_BACKWARD_IF_FALSE);
      case Op.POP_JUMP_FORWARD_IF_TRUE:
      case Op.POP_JUMP_BACKWARD_IF_TRUE:
        return this.truthJump(true, op === Op.POP_JUMP_BACKWARD_IF_TRUE);
      case Op.POP_JUMP_FORWARD_IF_NONE:
      case Op.POP_JUMP_BACKWARD_IF_NONE:
        return `if (${this.get(1)} === null) ${this.jumpTo(target)}`;
      case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
      case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
        return `if (${this.get(1)} !== null) ${this.jumpTo(target)}`;
      case Op.JUMP_IF_FALSE_OR_POP:
        return `${this.lasti} if (!isTrue(${this.get(1)})) ${this.jumpTo(target)}`;
      case Op.JUMP_IF_TRUE_OR_POP:
        return `${this.lasti} if (isTrue(${this.get(1)})) ${this.jumpTo(target)}`;
      case Op.GET_ITER: {
        const iterable = this.get(1);
        return `${this.lasti} ${this.put(1)} = getIter(${iterable});`;
      }
      case Op.FOR_ITER: {
        // (A range's, a list's or a str's iterator, the commonest, is stepped here, where V8 can inline its step.)
        const iterator = this.get(1);
        return `${this.lasti} a = ${iterator}; r = a instanceof RangeIterator ? a.next() : a instanceof ArrayIterator ? a.next() : a instanceof StrIterator ? a.next() : nextForCompiledCode(a);
if (r === undefined) ${this.jumpTo(target)}
if (r === CALL_HANDED_BACK) ${this.handBack()}
${this.put(0)} = r;`;
      }
      // (The exception comes back as RAISED, for the loop's execute() to unwind to its handler.)
      case Op.RAISE_VARARGS: {
        const [value, cause] = oparg === 2 ? [this.get(2), this.get(1)] : [oparg === 1 ? this.get(1) : 'undefined', 'undefined'];
        return `{ ${this.lasti} raiseVarargs(${oparg}, ${value}, ${cause}); return RAISING; }`;
      }
      case Op.RERAISE:
        return `{ ${this.lasti} reraise(frame, ${this.get(1)}, ${oparg ? this.get(1 + oparg) : -1}); return RAISING; }`;
      default:
        return HANDED_BACK.has(op) ? this.handBack() : this.rareInstruction(op, oparg);
    }
  }

  /** An inline cache the loop keeps for this instruction, made now if it has none yet, as a constant of the compiled code. */
  private site(prefix: string, table: string, type: string): string {
    const name = `${prefix}${this.start}`;
    this.sites.add(`const ${name} = info.${table}[${this.start}] ??= new ${type}();`);
    return name;
  }

  /** An instruction run as the loop runs it (executeRareInstruction), which reads and writes the stack in the frame's slots. */
  private rareInstruction(op: number, oparg: number): string {
    return `${this.registers.flush()} ${this.lasti} executeRareInstruction(frame, ${op}, ${oparg}, ${this.top});`;
  }

  /** The top `count` stack items, bottom first. */
  private items(count: number): string {
    return Array.from({ length: count }, (_, i) => this.get(count - i)).join(', ');
  }

  private binaryOp(oparg: number): string {
    const left = this.get(2);
    const right = this.get(1);
    const result = this.put(2);
    const operation = operationOf(oparg);
    const fast = [
      ...intFastPaths(operation).map(([test, value]) => `if (typeof a === 'number' && typeof b === 'number' && ${test}) ${result} = ${value};`),
      ...(operation === NbOp.ADD ? [`if (typeof a === 'string' && typeof b === 'string') ${result} = a + b;`] : []),
      ...floatFastPaths(operation).map(([test, value]) => `if (${EXACT_FLOATS} && ${test}) ${result} = new PyFloat(${value});`),
    ];
    // (A division may raise without a throw: binaryOpInstruction returns RAISED for an int divided by zero.)
    const general = isDivision(oparg)
      ? `{ a = binaryOpInstruction(a, b, ${oparg}); if (a === RAISED) return RAISING; ${result} = a; }`
      : `${result} = binaryOp(a, b, ${oparg});`;
    return `${this.lasti} a = ${left}; b = ${right};\n${[...fast, general].join('\nelse ')}`;
  }

  private truthJump(jumpIf: boolean, backward: boolean): string {
    const value = this.get(1);
    const truth = `(frame.lasti = ${this.start}, isTrue(${value}))`;
    const test = jumpIf
      ? `(${value} === true || (${value} !== false && ${truth}))`
      : `(${value} === false || (${value} !== true && !${truth}))`;
    const breaker = backward ? this.breakerCheck() : '';
    return `if ${test} { ${breaker} ${this.jumpTo(this.instruction.target)} }`;
  }

  private formatValue(oparg: number): string {
    const hasSpec = (oparg & 0x04) === 0x04;
    const value = this.get(hasSpec ? 2 : 1);
    const convert = ['', `a = pyStr(a);`, `a = pyRepr(a);`, `a = asciiOf(a);`][oparg & 0x03];
    const spec = hasSpec ? this.get(1) : "''";
    return `${this.lasti} a = ${value}; ${convert} b = ${spec}; ${this.put(hasSpec ? 2 : 1)} = typeof a === 'string' && b === '' ? a : pyFormat(a, b);`;
  }

  /**
   * CALL (callFromCompiledCode): its value, or a stop (a callee for the loop to run, a
   * parked thread, ...). A built-in function of one or two arguments (len, isinstance)
   * or a built-in type's method (list.append, str.split, dict.get) on an instance of that
   * very type is called here directly, as CPython specializes those calls.
   */
  private call(argc: number): string {
    // (The call reads its operands in the frame's slots.)
    const flush = this.registers.flush();
    const base = this.top - argc - 2;
    const names = this.kwnames === null ? 'null' : `consts[${this.kwnames.oparg}].items`;
    const general = `b = callFromCompiledCode(frame, S, ${base}, ${this.top}, ${names}, ${this.instruction.next});
if (b === CALLER_STOPS) return compiledCall.exit;`;
    const direct = this.kwnames === null ? directNativeCall(base, argc, this.instruction.next, this.nativeCallKinds()) : undefined;
    const call = direct === undefined ? general : `${direct} else { ${general} }`;
    return `${flush} ${this.lasti} ${call}\n${this.put(argc + 2)} = b;`;
  }

  /**
   * Whether the code is compiled before it runs (the test mode of a zero warm-up), where
   * what the loop learnt at an instruction is not asked: every fast path is emitted.
   */
  private siteKnowledgeIgnored(): boolean {
    return tierSettings.warmUp === 0;
  }

  /** The kinds of native callee the CALL called while interpreted. */
  private nativeCallKinds(): number {
    if (this.siteKnowledgeIgnored()) return NativeCallKind.ALL;
    return this.info.nativeCalls?.[this.instruction.next] ?? 0;
  }

  /** What the loop's attribute site at this instruction learnt (itself and the other types it chains); none when there is nothing to ask. */
  private learntSites(): AttributeSite[] {
    const learnt: AttributeSite[] = [];
    if (this.siteKnowledgeIgnored()) return learnt;
    for (let s = this.info.attributeSites[this.start] ?? null; s !== null && s.type !== null; s = s.next) learnt.push(s);
    return learnt;
  }

  /**
   * Whether the attribute site has found the name in instances' __dict__ (or learnt
   * nothing yet): else the inlined test for that case is left out, and the access is
   * loadAttribute()'s or storeAttribute()'s, which serve a slot, a property or a module.
   */
  private instanceDictSeen(): boolean {
    const learnt = this.learntSites();
    return learnt.length === 0 || learnt.some((s) => s.kind === SiteKind.INSTANCE_DICT);
  }

  /** Whether the method site has seen strs and other objects; both when it learnt nothing. */
  private receiversSeen(): ReceiversSeen {
    const learnt = this.learntSites();
    if (learnt.length === 0) return { str: true, object: true };
    return { str: learnt.some((s) => s.type === strType), object: learnt.some((s) => s.type !== strType) };
  }
}

/**
 * The tests and calls of a CALL of `argc` arguments whose native callee is called here as
 * callOnStack would call it (the callee's slots are then emptied, as the call's are): a
 * built-in function of one or two arguments taking them without an arguments array, or
 * a built-in type called with one (str(x), list(x)), after the NULL of LOAD_GLOBAL; or a
 * method descriptor LOAD_METHOD found, with self of the very type it belongs to. Only
 * the `kinds` the site called (NativeCallKind bits) are tested for; undefined for none.
 */
function directNativeCall(base: number, argc: number, next: number, kinds: number): string | undefined {
  if (argc > MAX_DIRECT_ARGUMENTS || kinds === 0) return undefined;
  const [callable, self] = [`S[${base}]`, `S[${base + 1}]`];
  const args = Array.from({ length: argc }, (_, i) => `S[${base + 2 + i}]`);
  const isObject = (value: string) => `typeof ${value} === 'object' && ${value} !== null`;
  const emptied = (from: number) => Array.from({ length: base + argc + 2 - from }, (_, i) => `S[${from + i}] = `).join('') + 'undefined;';
  // (A blocking call parks the thread as callFromCompiledCode's does: the loop goes on after the CALL when it wakes.)
  const called = (callee: string, value: string, from: number) => `{ threadState.directCall = ${callee}; b = ${value}; ${emptied(from)} if (b === RAISED) return RAISING; if (b === THREAD_PARKED) { frame.sp = ${base}; return ${~next}; } }`;
  const tests: string[] = [];
  const saw = (kind: NativeCallKind) => (kinds & kind) !== 0;
  const afterNull = `${callable} === undefined && ${isObject('a')}`;
  if (argc === 1 && saw(NativeCallKind.BUILTIN_UNARY)) tests.push(`if (${afterNull} && a.cls === builtinFunctionType && a.unary !== undefined) ${called('a', `a.unary(${args[0]})`, base + 1)}`);
  if (argc === 1 && saw(NativeCallKind.TYPE_WITH_ONE)) tests.push(`if (${afterNull} && a.cls === typeType && a.callWithOne !== undefined) ${called('a', `a.callWithOne(${args[0]})`, base + 1)}`);
  if (argc === 2 && saw(NativeCallKind.TYPE_WITH_TWO)) tests.push(`if (${afterNull} && a.cls === typeType && a.callWithTwo !== undefined) ${called('a', `a.callWithTwo(${args[0]}, ${args[1]})`, base + 1)}`);
  if (argc === 2 && saw(NativeCallKind.BUILTIN_BINARY)) tests.push(`if (${afterNull} && a.cls === builtinFunctionType && a.binary !== undefined) ${called('a', `a.binary(${args[0]}, ${args[1]})`, base + 1)}`);
  // (The tests above read the callee, after the NULL, in `a`.)
  const readCallee = tests.length > 0 ? `a = ${self}; ` : '';
  if (saw(NativeCallKind.METHOD_DESCRIPTOR)) {
    const ofOwner = `(typeof ${self} === 'string' ? ${callable}.owner === strType : ${isObject(self)} && ${self}.cls === ${callable}.owner)`;
    const method = `${isObject(callable)} && ${callable}.cls === methodDescriptorType && ${ofOwner}`;
    const withArray = `${callable}.fn(${self}, [${args.join(', ')}], null)`;
    const methodCall = argc === 1 ? `(${callable}.unary !== undefined ? ${callable}.unary(${self}, ${args[0]}) : ${withArray})` : withArray;
    tests.push(`if (${method}) ${called(callable, methodCall, base)}`);
  }
  return tests.length === 0 ? undefined : readCallee + tests.join('\nelse ');
}

/** Past this many arguments a method descriptor's call is left to callFromCompiledCode (whose code is not repeated at each call). */
const MAX_DIRECT_ARGUMENTS = 3;
