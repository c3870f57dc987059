// Writes the JavaScript of a compiled code object: one function that runs the code's
// instructions as the eval loop would, from a given instruction, until it reaches one
// it leaves to the loop.
//
// The compiled function keeps every bit of state where the loop keeps it: the fast
// locals and the value stack in the frame's slots array, so that the loop can take over
// at any instruction boundary. What it saves is the loop's work per instruction: no
// fetch, no decoding, no dispatch, and stack positions that are constants (the depth
// at each instruction is known, instructionFlow.ts). Jumps go through a switch over the
// places control can arrive at.
//
// It is entered with the instruction index and stack pointer the loop has, and returns
// the index of the instruction the loop must run next (having stored the stack pointer
// in frame.sp), ~index when a native call parked the thread, or a code of compiledExits.ts.
// A call of a Python function (or of a class with a Python __init__) whose code is
// compiled runs that code nested, one JS call deeper (compiledCalls.ts); the callee's
// return then hands its value straight back (RETURNED). Any other call of a Python
// function enters the callee's frame and stops the caller, for the loop to run the
// callee as its own CALL would (SWITCH_FRAME). It hands back:
//   - the instructions that leave the frame (a return or yield not run nested, raise), and
//     those it does not compile (with, ...); the seldom-run ones it runs as
//     the loop does, with executeRareInstruction;
//   - a RESUME or backward jump when the eval breaker is due (the loop handles it);
//   - a FOR_ITER over iter(callable, sentinel), whose call may park the thread;
//   - an entry at an index it has no entry for, or with another stack depth than its
//     own analysis says (then the loop just goes on).
// After the loop has run such an instruction, it enters the compiled function again
// at the next one: every place after an instruction that may be handed back is an entry.
// Exceptions propagate to the loop with frame.lasti set to the raising instruction,
// thrown or, for the raises helpers return (RAISED, objects/raised.ts), returned (RAISING);
// the loop's handler search and unwinding are the same as for its own.
import { Op } from '../../bytecode/opcodes';
import { NbOp } from '../../objects/operators';
import type { CodeInfo } from '../codeInfo';
import type { Instruction, InstructionFlow } from './instructionFlow';

/**
 * The instructions the loop runs in its own switch but the compiled function hands back.
 * (The loop runs all others with executeRareInstruction, which the compiled function calls too.)
 */
const HANDED_BACK = new Set<number>([
  Op.BEFORE_WITH, Op.RAISE_VARARGS, Op.RERAISE,
  Op.RETURN_GENERATOR, Op.END_ASYNC_FOR, Op.EXTENDED_ARG,
]);

/** Compiled instructions that may still hand themselves back (see the header). */
const MAY_HAND_BACK = new Set<number>([
  Op.RESUME, Op.CALL, Op.CALL_FUNCTION_EX, Op.FOR_ITER, Op.YIELD_VALUE, Op.JUMP_BACKWARD, Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_TRUE,
]);

const COMPARISONS = ['<', '<=', '===', '!==', '>', '>='];

/**
 * The compiled code of a code object: the JavaScript body of the factory that makes its
 * function (the factory's parameters: compiledTier's runtime names, then `info`,
 * `consts`, `names`, `entryBlocks`, `entrySlots`), and the two tables it enters by.
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

export function emitCompiledCode(info: CodeInfo, flow: InstructionFlow): EmittedCode {
  const { instructions, depths } = flow;
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
  const sites: string[] = [];
  out.push('const S = frame.localsplus;');
  out.push('let block = entryBlocks[ip], a, b, r;');
  out.push('if (block < 0 || sp !== entrySlots[block]) { frame.sp = sp; return ip; }');
  out.push('run: for (;;) switch (block) {');
  let kwnames: Instruction | null = null;
  for (const instruction of instructions) {
    const depth = depths[instruction.start];
    if (depth < 0) continue;
    const block = blocks.get(instruction.start);
    if (block !== undefined) out.push(`case ${block}:`);
    out.push(new InstructionEmitter(instruction, base + depth, kwnames, blocks, sites).emit());
    // (KW_NAMES comes before the PRECALL of its CALL.)
    if (instruction.op !== Op.PRECALL) kwnames = instruction.op === Op.KW_NAMES ? instruction : null;
  }
  // (Code objects end with a return or a raise: the switch is never left.)
  out.push("default: throw new Error('compiled code left its instructions');");
  out.push('}');
  const source = `${sites.join('\n')}\nreturn function compiled(frame, ip, sp, nested) {\n${out.join('\n')}\n};`;
  return { source, entryBlocks, entrySlots };
}

/** The JavaScript of one instruction, its stack depth known (`top`: the slot index of the stack's next free slot). */
class InstructionEmitter {
  private readonly start: number;

  constructor(
    private readonly instruction: Instruction,
    private readonly top: number,
    /** The KW_NAMES right before a CALL, if any: the constant it names is the tuple of the call's keywords. */
    private readonly kwnames: Instruction | null,
    /** The block numbers of the places control arrives at, by instruction index. */
    private readonly blocks: ReadonlyMap<number, number>,
    /** Declarations of the inline-cache objects the code shares with the loop (sites by instruction). */
    private readonly sites: string[],
  ) {
    this.start = instruction.start;
  }

  /** The stack slot `offset` places below the top (1: the top item). */
  private slot(offset: number): string {
    return `S[${this.top - offset}]`;
  }

  private handBack(): string {
    return `{ frame.sp = ${this.top}; return ${this.start}; }`;
  }

  private jumpTo(target: number): string {
    return `{ block = ${this.blocks.get(target)!}; continue run; }`;
  }

  /** Polls the eval breaker, handing the instruction back when it is due (as a backward jump or RESUME would). */
  private breakerCheck(): string {
    return `if (evalBreaker.pending && --evalBreaker.countdown < 0) ${this.handBack()}`;
  }

  /** Records the instruction as the frame's last started one: before anything that may raise or run Python code. */
  private get lasti(): string {
    return `frame.lasti = ${this.start};`;
  }

  emit(): string {
    const { op, oparg, target } = this.instruction;
    const s = (offset: number): string => this.slot(offset);
    switch (op) {
      case Op.NOP:
      case Op.POP_TOP:
      case Op.PRECALL:
      case Op.KW_NAMES:
        return '';
      case Op.RESUME:
        return this.breakerCheck();
      case Op.LOAD_FAST:
        return `a = S[${oparg}]; if (a === undefined) { ${this.lasti} throw unboundLocal(info, ${oparg}); } ${s(0)} = a;`;
      case Op.LOAD_CONST:
        return `${s(0)} = consts[${oparg}];`;
      case Op.STORE_FAST:
        return `S[${oparg}] = ${s(1)};`;
      case Op.PUSH_NULL:
        return `${s(0)} = undefined;`;
      case Op.COPY:
        return `${s(0)} = ${s(oparg)};`;
      case Op.SWAP:
        return `a = ${s(1)}; ${s(1)} = ${s(oparg)}; ${s(oparg)} = a;`;
      case Op.UNARY_NOT:
        return `${this.lasti} ${s(1)} = !isTrue(${s(1)});`;
      case Op.UNARY_NEGATIVE:
        return `${this.lasti} ${s(1)} = unaryNegative(${s(1)});`;
      case Op.BINARY_OP:
        return this.binaryOp(oparg);
      case Op.COMPARE_OP: {
        // Ints compare as JS numbers; strs are equal exactly when they are the same JS string.
        const sameKind = oparg === 2 || oparg === 3
          ? `(typeof a === 'number' || typeof a === 'string') && typeof b === typeof a`
          : `typeof a === 'number' && typeof b === 'number'`;
        return `${this.lasti} a = ${s(2)}; b = ${s(1)}; ${s(2)} = ${sameKind} ? a ${COMPARISONS[oparg]} b : richCompare(a, b, ${oparg});`;
      }
      case Op.IS_OP:
        return `${s(2)} = ${s(2)} ${oparg === 1 ? '!==' : '==='} ${s(1)};`;
      case Op.CONTAINS_OP:
        return `${this.lasti} a = ${s(1)}; b = ${s(2)}; ${s(2)} = (a instanceof PyDict && a.cls === dictType ? a.has(b) : contains(a, b)) ${oparg === 1 ? '!==' : '==='} true;`;
      case Op.BINARY_SUBSCR:
        return `${this.lasti} a = subscript(${s(2)}, ${s(1)}); if (a === RAISED) return RAISING; ${s(2)} = a;`;
      case Op.STORE_SUBSCR:
        return `${this.lasti} storeSubscript(${s(2)}, ${s(1)}, ${s(3)});`;
      case Op.BUILD_SLICE:
        return oparg === 3
          ? `${s(3)} = new PySlice(${s(3)}, ${s(2)}, ${s(1)});`
          : `${s(2)} = new PySlice(${s(2)}, ${s(1)}, null);`;
      case Op.LOAD_GLOBAL: {
        const site = this.site('globalSite', 'globalSites', 'GlobalSite');
        const push = oparg & 1 ? `${s(0)} = undefined; ` : '';
        const slot = this.slot(oparg & 1 ? -1 : 0);
        return `${push}a = loadGlobal(${site}, frame.globals, frame.builtins, names[${oparg >> 1}]); if (a === undefined) { ${this.lasti} throw nameError(names[${oparg >> 1}]); } ${slot} = a;`;
      }
      case Op.LOAD_NAME:
        return `${this.lasti} ${s(0)} = loadName(frame, names[${oparg}], ${this.site('globalSite', 'globalSites', 'GlobalSite')});`;
      case Op.STORE_NAME:
        return `${this.lasti} storeName(frame, names[${oparg}], ${s(1)});`;
      case Op.LOAD_CLOSURE:
        return `${s(0)} = S[${oparg}];`;
      case Op.LOAD_DEREF:
        return `a = S[${oparg}].contents; if (a === undefined) { ${this.lasti} throw unboundFree(info, ${oparg}); } ${s(0)} = a;`;
      case Op.STORE_DEREF:
        return `S[${oparg}].contents = ${s(1)};`;
      case Op.LOAD_ATTR:
        return `${this.lasti} ${s(1)} = loadAttribute(${s(1)}, names[${oparg}], ${this.site('attributeSite', 'attributeSites', 'AttributeSite')});`;
      case Op.STORE_ATTR:
        return `${this.lasti} storeAttribute(${s(1)}, names[${oparg}], ${s(2)}, ${this.site('attributeSite', 'attributeSites', 'AttributeSite')});`;
      case Op.LOAD_METHOD:
        return `${this.lasti} a = ${s(1)}; r = loadMethod(a, names[${oparg}], ${this.site('attributeSite', 'attributeSites', 'AttributeSite')});
if (r !== undefined) { ${s(1)} = r; ${s(0)} = a; } else { ${s(1)} = undefined; ${s(0)} = getAttr(a, names[${oparg}]); }`;
      case Op.CALL:
        return this.call(oparg);
      case Op.CALL_FUNCTION_EX:
        return `${this.lasti} b = callSpreadFromCompiledCode(frame, S, ${this.top}, ${oparg}, ${this.instruction.next});
if (b === CALLER_STOPS) return compiledCall.exit;
${this.slot(oparg & 1 ? 4 : 3)} = b;`;
      case Op.RETURN_VALUE:
        // (Run nested, the compiled caller takes the value; else the loop returns it.)
        return `if (nested) { frame.state = COMPLETED; frame.sp = ${this.top - 1}; returned.value = ${s(1)}; return RETURNED; } ${this.handBack()}`;
      case Op.SEND:
        // (`yield from` and `await`: the value sent on to the delegate, or the delegate's return value taken.)
        return `${this.lasti} if (generatorDelegateSend(${s(2)}, ${s(1)}) === SEND_RETURNED) { ${s(2)} = sentOutcome(); ${this.jumpTo(target)} }
${s(1)} = sentOutcome();`;
      case Op.YIELD_VALUE:
        // (Run nested, the generator's frame is suspended here, as the loop suspends it.)
        // (Its lasti is where an exception thrown in, gen.throw()'s or close()'s, is raised.)
        return `if (nested) { ${this.lasti} frame.state = SUSPENDED; frame.sp = ${this.top - 1}; frame.ip = ${this.instruction.next}; returned.value = ${s(1)}; return RETURNED; } ${this.handBack()}`;
      case Op.BUILD_TUPLE:
        return `${s(oparg)} = newTuple([${this.items(oparg)}]);`;
      case Op.BUILD_LIST:
        return `${s(oparg)} = new PyList([${this.items(oparg)}]);`;
      case Op.BUILD_STRING:
        return `${this.lasti} ${s(oparg)} = ${oparg === 0 ? "''" : Array.from({ length: oparg }, (_, i) => s(oparg - i)).join(' + ')};`;
      case Op.LIST_APPEND:
        return `${s(oparg + 1)}.items.push(${s(1)});`;
      case Op.SET_ADD:
        return `${this.lasti} ${s(oparg + 1)}.add(${s(1)});`;
      case Op.MAP_ADD:
        return `${this.lasti} ${s(oparg + 2)}.set(${s(2)}, ${s(1)});`;
      case Op.FORMAT_VALUE:
        return this.formatValue(oparg);
      case Op.UNPACK_SEQUENCE: {
        const stores = Array.from({ length: oparg }, (_, i) => `S[${this.top - 1 + i}] = r[${oparg - 1 - i}];`).join(' ');
        return `${this.lasti} r = unpackItems(${s(1)}, ${oparg}, -1); ${stores}`;
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
        return `if (${s(1)} === null) ${this.jumpTo(target)}`;
      case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
      case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
        return `if (${s(1)} !== null) ${this.jumpTo(target)}`;
      case Op.JUMP_IF_FALSE_OR_POP:
        return `${this.lasti} if (!isTrue(${s(1)})) ${this.jumpTo(target)}`;
      case Op.JUMP_IF_TRUE_OR_POP:
        return `${this.lasti} if (isTrue(${s(1)})) ${this.jumpTo(target)}`;
      case Op.GET_ITER:
        return `${this.lasti} ${s(1)} = getIter(${s(1)});`;
      case Op.FOR_ITER:
        return `${this.lasti} r = nextForCompiledCode(${s(1)});
if (r === undefined) ${this.jumpTo(target)}
if (r === CALL_HANDED_BACK) ${this.handBack()}
${s(0)} = r;`;
      default:
        return HANDED_BACK.has(op) ? this.handBack() : `${this.lasti} executeRareInstruction(frame, ${op}, ${oparg}, ${this.top});`;
    }
  }

  /** An inline cache the loop keeps for this instruction, made now if it has none yet, as a constant of the compiled code. */
  private site(prefix: string, table: string, type: string): string {
    const name = `${prefix}${this.start}`;
    this.sites.push(`const ${name} = info.${table}[${this.start}] ??= new ${type}();`);
    return name;
  }

  /** The top `count` stack items, bottom first. */
  private items(count: number): string {
    return Array.from({ length: count }, (_, i) => this.slot(count - i)).join(', ');
  }

  private binaryOp(oparg: number): string {
    const left = this.slot(2);
    const right = this.slot(1);
    const operation = oparg >= NbOp.INPLACE_ADD ? oparg - NbOp.INPLACE_ADD : oparg;
    let fast = '';
    if (operation === NbOp.ADD || operation === NbOp.SUBTRACT) {
      const sign = operation === NbOp.ADD ? '+' : '-';
      fast = `if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(r = a ${sign} b)) ${left} = r;\nelse `;
      if (operation === NbOp.ADD) fast += `if (typeof a === 'string' && typeof b === 'string') ${left} = a + b;\nelse `;
    }
    if (operation === NbOp.ADD || operation === NbOp.SUBTRACT || operation === NbOp.MULTIPLY) {
      const sign = operation === NbOp.ADD ? '+' : operation === NbOp.SUBTRACT ? '-' : '*';
      fast += `if (a instanceof PyFloat && b instanceof PyFloat && a.cls === floatType && b.cls === floatType) ${left} = new PyFloat(a.value ${sign} b.value);\nelse `;
    }
    return `${this.lasti} a = ${left}; b = ${right};\n${fast}${left} = binaryOp(a, b, ${oparg});`;
  }

  private truthJump(jumpIf: boolean, backward: boolean): string {
    const value = this.slot(1);
    const truth = `(frame.lasti = ${this.start}, isTrue(${value}))`;
    const test = jumpIf
      ? `(${value} === true || (${value} !== false && ${truth}))`
      : `(${value} === false || (${value} !== true && !${truth}))`;
    const breaker = backward ? this.breakerCheck() : '';
    return `if ${test} { ${breaker} ${this.jumpTo(this.instruction.target)} }`;
  }

  private formatValue(oparg: number): string {
    const hasSpec = (oparg & 0x04) === 0x04;
    const valueSlot = this.slot(hasSpec ? 2 : 1);
    const convert = ['', `a = pyStr(a);`, `a = pyRepr(a);`, `a = asciiOf(a);`][oparg & 0x03];
    const spec = hasSpec ? this.slot(1) : "''";
    return `${this.lasti} a = ${valueSlot}; ${convert} ${valueSlot} = typeof a === 'string' && ${spec} === '' ? a : pyFormat(a, ${spec});`;
  }

  /** CALL (callFromCompiledCode): its value, or a hand-back, or a stop (a callee for the loop to run, a parked thread, ...). */
  private call(argc: number): string {
    const base = this.top - argc - 2;
    const names = this.kwnames === null ? 'null' : `consts[${this.kwnames.oparg}].items`;
    return `${this.lasti} b = callFromCompiledCode(frame, S, ${base}, ${this.top}, ${names}, ${this.instruction.next});
if (b === CALLER_STOPS) return compiledCall.exit;
S[${base}] = b;`;
  }
}
