// What the eval loop derives once per code object: the instructions as 16-bit code
// units, the constants as Python values, the exception table and line table decoded.
import type { CodeObject } from '../bytecode/code';
import { CodeFlag } from '../bytecode/code';
import { parseExceptionTable, type ExceptionTableEntry } from '../bytecode/exceptionTable';
import type { Positions } from '../bytecode/locationTable';
import type { Py } from '../objects/object';
import { constantToValue } from './constants';
import type { AttributeSite } from './attributeSites';
import type { GlobalSite } from './globalSites';
import type { CompiledCode } from './jit/compiledExits';
import type { Frame } from './frame';
import { initialWarmth } from './jit/tierSettings';

export interface CodeInfo {
  readonly code: CodeObject;
  /** Code units: opcode in the low byte, oparg in the high byte. */
  readonly units: Uint16Array;
  readonly consts: Py[];
  readonly names: string[];
  readonly localsplusCount: number;
  readonly exceptionTable: ExceptionTableEntry[];
  readonly isGenerator: boolean;
  positions: Positions[] | null;
  /** What attribute instructions learned, by instruction index (attributeSites.ts). */
  readonly attributeSites: (AttributeSite | undefined)[];
  /** What LOAD_GLOBAL instructions learned, by instruction index (globalSites.ts). */
  readonly globalSites: (GlobalSite | undefined)[];
  /** The kinds of native callee each CALL called while interpreted, by the index after its caches (nativeCallSites.ts); null until one did. */
  nativeCalls: Uint8Array | null;
  /** Counts entries and backward jumps down to the code's compilation (jit/tierSettings.ts); negative: never. */
  warmth: number;
  /** The compiled function the loop runs the code with, once compiled (jit/compiledTier.ts). */
  compiled: CompiledCode | undefined;
  /** Returned frames of the code, kept for its next calls (frame.ts). */
  readonly spareFrames: Frame[];
}

export function codeInfo(code: CodeObject): CodeInfo {
  let info = code.runtimeInfo as CodeInfo | undefined;
  if (info === undefined) {
    info = {
      code,
      units: codeUnits(code.co_code),
      consts: code.co_consts.map(constantToValue),
      names: code.co_names,
      localsplusCount: code.co_localsplusnames.length,
      exceptionTable: parseExceptionTable(code.co_exceptiontable),
      isGenerator: (code.co_flags & (CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR | CodeFlag.ITERABLE_COROUTINE)) !== 0,
      positions: null,
      attributeSites: [],
      globalSites: [],
      nativeCalls: null,
      warmth: initialWarmth(),
      compiled: undefined,
      spareFrames: [],
    };
    code.runtimeInfo = info;
  }
  return info;
}

/** Whether a Uint16Array keeps its units low byte first, as co_code lays out each instruction's opcode and oparg. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * co_code's bytes as code units: on a little-endian machine, the bytes themselves read as
 * 16-bit units (co_code never changes), or a copy of them where they do not start on an
 * even byte; with no loop in JavaScript. Every code object of every module imported goes
 * through this, while that loop still ran in V8's interpreter, and it was what made V8
 * optimise codeInfo (twice: 70 ms of compiling) during `import typing`.
 */
function codeUnits(bytes: Uint8Array): Uint16Array {
  const count = bytes.length >> 1;
  if (LITTLE_ENDIAN) {
    const aligned = bytes.byteOffset % 2 === 0 ? bytes : bytes.slice();
    return new Uint16Array(aligned.buffer, aligned.byteOffset, count);
  }
  const units = new Uint16Array(count);
  for (let i = 0; i < count; i++) units[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
  return units;
}

/** Runs the code interpreted from now on, its compiled function dropped and never made again. */
export function forgoCompiledCode(info: CodeInfo): void {
  info.compiled = undefined;
  info.warmth = -1;
}

/** The source span of the instruction at code unit `index`. */
export function positionsAt(info: CodeInfo, index: number): Positions {
  info.positions ??= info.code.co_positions();
  return info.positions[index] ?? { lineno: null, end_lineno: null, col_offset: null, end_col_offset: null };
}

export function addressToLine(info: CodeInfo, index: number): number | null {
  return positionsAt(info, index).lineno;
}

/** The handler for an exception raised by the instruction at code unit `index`. */
export function findHandler(info: CodeInfo, index: number): ExceptionTableEntry | undefined {
  const offset = index * 2;
  for (const entry of info.exceptionTable) if (entry.start <= offset && offset < entry.end) return entry;
  return undefined;
}
