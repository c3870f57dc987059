// The disassembly CPython 3.11's dis module prints for a code object, character for
// character: one line per instruction, in columns (line number, current-instruction
// arrow, `>>` on jump targets, offset, name, argument and what the argument means),
// then the exception table, then the code objects among the constants, depth first.
import { CodeObject } from './code';
import { codeRepr, constantRepr } from './constantRepr';
import { type ExceptionTableEntry, parseExceptionTable } from './exceptionTable';
import { NO_POSITIONS, type Positions } from './locationTable';
import {
  ALL_OPNAMES,
  CACHE_ENTRIES,
  CMP_OP,
  DEOPT,
  HASCOMPARE,
  HASCONST,
  HASFREE,
  HASJREL,
  HASLOCAL,
  HASNAME,
  HAVE_ARGUMENT,
  NB_OPS,
  OPNAME,
  Op,
} from './opcodes';

/** One instruction as dis describes it (dis.Instruction, without `argval`). */
export interface Instruction {
  opname: string;
  opcode: number;
  /** The argument, EXTENDED_ARG prefixes folded in; null for instructions that take none. */
  arg: number | null;
  /** What the argument means, as the listing shows it in parentheses: a name, a constant's repr, `to 42`... */
  argrepr: string;
  offset: number;
  /** The source line, on the first instruction of each run of instructions from one line. */
  starts_line: number | null;
  /** Whether a jump or an exception handler entry leads here. */
  is_jump_target: boolean;
  positions: Positions;
}

export interface InstructionOptions {
  /** The number to show for the code's first line (co_firstlineno), shifting every line number by the difference. */
  firstLine?: number;
  /** List the CACHE entries that follow instructions, which are hidden otherwise. */
  showCaches?: boolean;
  /** Show the instructions as specialized at run time; pyvm does not specialize, so this shows co_code too. */
  adaptive?: boolean;
}

export interface DisassembleOptions extends InstructionOptions {
  /** The offset of the instruction to mark with `-->`, as a traceback's last instruction. */
  currentOffset?: number;
}

export interface DisOptions {
  /** How many levels of nested code objects to disassemble too; all of them when left out. */
  depth?: number;
  showCaches?: boolean;
  adaptive?: boolean;
}

/** What `dis.dis(code)` prints: the code's disassembly, then each nested code object's, depth first. */
export function dis(code: CodeObject, options: DisOptions = {}): string {
  const { depth, ...shown } = options;
  const pieces = [disassemble(code, shown)];
  if (depth === undefined || depth > 0) {
    const nestedDepth = depth === undefined ? undefined : depth - 1;
    for (const constant of code.co_consts) {
      if (!(constant instanceof CodeObject)) continue;
      pieces.push(`\nDisassembly of ${codeRepr(constant)}:\n`, dis(constant, { ...shown, depth: nestedDepth }));
    }
  }
  return pieces.join('');
}

/** The listing of one code object and its exception table, as dis.disassemble and dis.Bytecode.dis() print it. */
export function disassemble(code: CodeObject, options: DisassembleOptions = {}): string {
  const bytes = codeArray(code, options);
  const lineOffset = lineNumberShift(code, options);
  const lineStarts = findLineStarts(code);
  const columns = {
    // Without line information the line-number column is left out altogether.
    lineno: lineStarts.size === 0 ? 0 : numberWidth(largest(lineStarts.values()) + lineOffset, 1000, 3),
    offset: numberWidth(bytes.length - 2, 10000, 4),
  };
  const lines: string[] = [];
  for (const instruction of getInstructions(code, options)) {
    // A blank line before each new source line but the first.
    if (columns.lineno > 0 && instruction.starts_line !== null && instruction.offset > 0) lines.push('');
    lines.push(formatInstruction(instruction, columns, instruction.offset === options.currentOffset));
  }
  const exceptionTable = parseExceptionTable(code.co_exceptiontable);
  if (exceptionTable.length > 0) {
    lines.push('ExceptionTable:');
    for (const { start, end, target, depth, lasti } of exceptionTable) {
      lines.push(`  ${start} to ${end - 2} -> ${target} [${depth}]${lasti ? ' lasti' : ''}`);
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** The instructions of `code`, as iterating over dis.Bytecode(code) gives them (jump targets include exception handlers). */
export function getInstructions(code: CodeObject, options: InstructionOptions = {}): Instruction[] {
  const bytes = codeArray(code, options);
  const lineOffset = lineNumberShift(code, options);
  const lineStarts = findLineStarts(code);
  const labels = findLabels(bytes, parseExceptionTable(code.co_exceptiontable));
  const positions = code.co_positions();
  const positionsAt = (offset: number): Positions => positions[offset / 2] ?? NO_POSITIONS;
  const instructions: Instruction[] = [];
  for (const { offset, opcode, arg } of unpackInstructions(bytes)) {
    const startsLine = lineStarts.get(offset);
    instructions.push({
      opname: ALL_OPNAMES[opcode],
      opcode,
      arg,
      argrepr: arg === null ? '' : describeArgument(deoptimized(opcode), arg, offset, code),
      offset,
      starts_line: startsLine === undefined ? null : startsLine + lineOffset,
      is_jump_target: labels.has(offset),
      positions: positionsAt(offset),
    });
    if (!options.showCaches) continue;
    // Only a specialized instruction's caches would have contents worth naming, and
    // pyvm's code never holds specialized instructions.
    for (let entry = 1; entry <= CACHE_ENTRIES[deoptimized(opcode)]; entry++) {
      const cacheOffset = offset + entry * 2;
      instructions.push({
        opname: 'CACHE',
        opcode: Op.CACHE,
        arg: 0,
        argrepr: '',
        offset: cacheOffset,
        starts_line: null,
        is_jump_target: false,
        positions: positionsAt(cacheOffset),
      });
    }
  }
  return instructions;
}

function codeArray(code: CodeObject, { adaptive }: InstructionOptions): Uint8Array {
  return adaptive ? code._co_code_adaptive : code.co_code;
}

function lineNumberShift(code: CodeObject, { firstLine }: InstructionOptions): number {
  return firstLine === undefined ? 0 : firstLine - code.co_firstlineno;
}

function largest(numbers: Iterable<number>): number {
  let found = -Infinity;
  for (const number of numbers) found = Math.max(found, number);
  return found;
}

/** The width of a column of numbers up to `widest`: `minimum`, or the digit count once `widest` reaches `wideFrom`. */
function numberWidth(widest: number, wideFrom: number, minimum: number): number {
  return widest >= wideFrom ? String(widest).length : minimum;
}

interface RawInstruction {
  offset: number;
  opcode: number;
  arg: number | null;
}

/** The instructions of `bytes` with their arguments, skipping the CACHE entries after each. */
function* unpackInstructions(bytes: Uint8Array): Generator<RawInstruction> {
  let extendedArg = 0;
  let cachesLeft = 0;
  for (let offset = 0; offset < bytes.length; offset += 2) {
    if (cachesLeft > 0) {
      cachesLeft--;
      continue;
    }
    const opcode = bytes[offset];
    const base = deoptimized(opcode);
    cachesLeft = CACHE_ENTRIES[base];
    if (base < HAVE_ARGUMENT) {
      extendedArg = 0;
      yield { offset, opcode, arg: null };
      continue;
    }
    // The low byte of a multiple of 256 is free, so adding is or-ing, negative prefixes included.
    const arg = bytes[offset + 1] + extendedArg;
    extendedArg = base === Op.EXTENDED_ARG ? arg * 256 : 0;
    // The argument is a C int: a prefix reaching its sign bit wraps around to a negative value.
    if (extendedArg >= 2 ** 31) extendedArg -= 2 ** 32;
    yield { offset, opcode, arg };
  }
}

/**
 * The base instruction a specialized one stands for. Numbers that name no instruction
 * stand for themselves, as in dis (the generated table has 0 there).
 */
function deoptimized(opcode: number): number {
  return DEOPT[opcode] || opcode;
}

/** Jump instructions count their argument in code units from the next instruction, backwards for JUMP_BACKWARD*. */
function isBackwardJump(opcode: number): boolean {
  return OPNAME[opcode].includes('JUMP_BACKWARD');
}

function jumpTarget(opcode: number, arg: number, offset: number): number {
  return offset + 2 + (isBackwardJump(opcode) ? -arg : arg) * 2;
}

/**
 * The offsets jumps and exception handlers lead to. As in dis, jumps are recognized by
 * their opcode as written, so a specialized jump would not count.
 */
function findLabels(bytes: Uint8Array, exceptionTable: readonly ExceptionTableEntry[]): Set<number> {
  const labels = new Set<number>();
  for (const { offset, opcode, arg } of unpackInstructions(bytes)) {
    if (arg !== null && HASJREL.has(opcode)) labels.add(jumpTarget(opcode, arg, offset));
  }
  for (const { start, end, target } of exceptionTable) {
    if (start < end) labels.add(target);
  }
  return labels;
}

/** Where each source line starts: the first offset of every run of bytecode from a new line (dis.findlinestarts). */
function findLineStarts(code: CodeObject): Map<number, number> {
  const starts = new Map<number, number>();
  let lastLine: number | null = null;
  for (const { start, line } of code.co_lines()) {
    if (line === null || line === lastLine) continue;
    lastLine = line;
    starts.set(start, line);
  }
  return starts;
}

/** FORMAT_VALUE's conversion, by the argument's low two bits. */
const CONVERSIONS = ['', 'str', 'repr', 'ascii'];
const FORMAT_SPEC_GIVEN = 0x4;
/** What MAKE_FUNCTION pops besides the code, by argument bit. */
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];

/** The argument's meaning, looked up by the base instruction; '' where dis shows none. */
function describeArgument(base: number, arg: number, offset: number, code: CodeObject): string {
  if (HASCONST.has(base)) {
    // KW_NAMES takes a constant too, but dis does not show it.
    return base === Op.LOAD_CONST ? constantRepr(code.co_consts[arg]) : '';
  }
  if (HASNAME.has(base)) {
    if (base !== Op.LOAD_GLOBAL) return code.co_names[arg];
    // LOAD_GLOBAL's low bit asks for a NULL pushed before the global.
    const name = code.co_names[Math.floor(arg / 2)];
    return arg & 1 ? `NULL + ${name}` : name;
  }
  if (HASJREL.has(base)) return `to ${jumpTarget(base, arg, offset)}`;
  if (HASLOCAL.has(base) || HASFREE.has(base)) return code.co_localsplusnames[arg];
  if (HASCOMPARE.has(base)) return CMP_OP[arg];
  switch (base) {
    case Op.FORMAT_VALUE: {
      const conversion = CONVERSIONS[arg & 3];
      if (!(arg & FORMAT_SPEC_GIVEN)) return conversion;
      return conversion === '' ? 'with format' : `${conversion}, with format`;
    }
    case Op.MAKE_FUNCTION:
      return MAKE_FUNCTION_FLAGS.filter((_, bit) => arg & (1 << bit)).join(', ');
    case Op.BINARY_OP:
      return NB_OPS[arg][1];
  }
  return '';
}

interface ColumnWidths {
  /** 0 when the listing has no line numbers. */
  lineno: number;
  offset: number;
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

function formatInstruction(instruction: Instruction, widths: ColumnWidths, isCurrent: boolean): string {
  const { starts_line: line, is_jump_target: isJumpTarget, offset, opname, arg, argrepr } = instruction;
  const fields: string[] = [];
  if (widths.lineno > 0) fields.push(line === null ? ' '.repeat(widths.lineno) : String(line).padStart(widths.lineno));
  fields.push(isCurrent ? '-->' : '   ', isJumpTarget ? '>>' : '  ', String(offset).padStart(widths.offset), opname.padEnd(OPNAME_WIDTH));
  if (arg !== null) {
    fields.push(String(arg).padStart(OPARG_WIDTH));
    if (argrepr !== '') fields.push(`(${argrepr})`);
  }
  return fields.join(' ').trimEnd();
}
