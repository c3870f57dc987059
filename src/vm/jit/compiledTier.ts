// The compiled tier: a code object that has run enough (tierSettings.ts) is compiled to a
// JavaScript function (javascriptEmitter.ts) that the eval loop enters in its place.
// The loop stays the definition of what the bytecode does; the compiled function runs
// the same instructions the same way, faster, and hands back to the loop whatever it
// does not compile.
import { appendFileSync } from 'node:fs';
import type { CodeInfo } from '../codeInfo';
import { PyDict } from '../../objects/dict';
import { dictType } from '../../objects/dictType';
import { PyList, listType } from '../../objects/list';
import { PyCell } from '../../objects/function';
import { newTuple, PyTuple, tupleType } from '../../objects/tuple';
import { PySlice } from '../../objects/slice';
import { RangeIterator } from '../../objects/range';
import { ArrayIterator, StrIterator } from '../../objects/iterators';
import { PyFloat } from '../../objects/float';
import { floatType, strType } from '../../objects/typeOf';
import { binaryOp, binaryOpInstruction, unaryNegative } from '../../objects/operators';
import { contains, getAttrOrRaised, getIter, isTrue, pyRepr, pyStr, richCompare } from '../../objects/protocols';
import { pyFormat } from '../../objects/format';
import { flat } from '../../objects/str';
import { AttributeSite, loadAttribute, loadMethod, storeAttribute } from '../attributeSites';
import { GlobalSite, loadGlobal } from '../globalSites';
import { loadName, storeName } from '../nameAccess';
import { nameError, unboundFree, unboundLocal } from '../nameErrors';
import { unpackItems } from '../unpacking';
import { storeSubscript, subscript } from '../subscripts';
import { dictMergeInto, exceptClauseMatches, executeRareInstruction, listExtend, makeFunction } from '../rareInstructions';
import { newDict } from '../../objects/dictType';
import { evalBreaker, evalBreakerNeedsLoop } from '../evalBreaker';
import { runtimeHooks } from '../hooks';
import { CALL_HANDED_BACK, CALLER_STOPS, calleeTier, callFromCompiledCode, callSpreadFromCompiledCode, compiledCall, nextForCompiledCode } from './compiledCalls';
import { type CompiledCode, RAISING, RETURNS, YIELDS } from './compiledExits';
import { RAISED } from '../../objects/raised';
import { generatorDelegateSend, SendResult, sendOutcome } from '../generator';
import { analyseFlow, type InstructionFlow } from './instructionFlow';
import { emitResumableCode, emitStructuredCode, structureOf } from './javascriptEmitter';
import type { StructuredFlow } from './structuredFlow';
import { tierSettings } from './tierSettings';
import { THREAD_PARKED, threadState } from '../threadState';
import { builtinFunctionType, methodDescriptorType } from '../../objects/native';
import { typeType } from '../../objects/type';
import { raiseVarargs, reraise } from '../raiseInstructions';

/** What the compiled code refers to, by the names it uses. */
const RUNTIME: Record<string, unknown> = {
  PyDict, dictType, PyCell, PyList, strType, listType, newTuple, PyTuple, tupleType, RangeIterator, ArrayIterator, StrIterator, PySlice, PyFloat, floatType, binaryOp, binaryOpInstruction, unaryNegative, contains, getAttrOrRaised, getIter,
  isTrue, pyRepr, pyStr, richCompare, pyFormat, flat, subscript, storeSubscript, AttributeSite, loadAttribute, loadMethod,
  storeAttribute, GlobalSite, loadGlobal, loadName, storeName, nameError, unboundFree, unboundLocal, unpackItems, executeRareInstruction,
  newDict, listExtend, dictMergeInto, exceptClauseMatches, makeFunction,
  evalBreaker, evalBreakerNeedsLoop, callFromCompiledCode, callSpreadFromCompiledCode, nextForCompiledCode, CALL_HANDED_BACK, CALLER_STOPS, compiledCall,
  // (Read when called: generator.ts, which imports the loop, may not be loaded yet when this is.)
  RETURNS, YIELDS, generatorDelegateSend, sentOutcome: () => sendOutcome.value, SEND_RETURNED: SendResult.RETURNED, RAISED, RAISING,
  asciiOf: (value: never) => runtimeHooks.ascii(value), threadState, THREAD_PARKED, builtinFunctionType, methodDescriptorType, typeType, raiseVarargs, reraise,
};
const RUNTIME_NAMES = Object.keys(RUNTIME);
const RUNTIME_VALUES = RUNTIME_NAMES.map((name) => RUNTIME[name]);

/** Code longer than this (in code units) stays interpreted: V8 would take long to optimize its function. */
const MAX_COMPILED_UNITS = 4000;

/**
 * Called by the loop when `info`'s warm-up count runs out: its compiled function, or
 * undefined when it stays interpreted (the count is then never run out again).
 */
export function tierUp(info: CodeInfo): CompiledCode | undefined {
  info.warmth = -1;
  if (!tierSettings.enabled || info.units.length > MAX_COMPILED_UNITS) return undefined;
  const flow = analyseFlow(info);
  const structure = structureOf(flow);
  info.compiled = structure === undefined
    ? makeResumable(info, flow, undefined, undefined)
    : instantiate(info, emitStructuredCode(info, flow, structure), {
      makeResume: (structured: CompiledCode) => makeResumable(info, flow, structure, structured),
    });
  if (tierSettings.log !== null) {
    const code = info.code;
    appendFileSync(tierSettings.log, `${code.co_qualname} ${code.co_filename}:${code.co_firstlineno}\n`);
  }
  return info.compiled;
}

calleeTier.up = tierUp;

function makeResumable(info: CodeInfo, flow: InstructionFlow, structure: StructuredFlow | undefined, structured: CompiledCode | undefined): CompiledCode {
  const emitted = emitResumableCode(info, flow, structure);
  return instantiate(info, emitted.source, { entryBlocks: emitted.entryBlocks, entrySlots: emitted.entrySlots, structured });
}

const FACTORY_PARAMETERS = [...RUNTIME_NAMES, 'info', 'consts', 'names', 'entryBlocks', 'entrySlots', 'structured', 'makeResume'];

/** Runs the factory whose body is `source` (javascriptEmitter.ts says what it is given). */
function instantiate(info: CodeInfo, source: string, given: {
  entryBlocks?: Int32Array; entrySlots?: Int32Array; structured?: CompiledCode; makeResume?: (structured: CompiledCode) => CompiledCode;
}): CompiledCode {
  // (Named after the code object, so that profiles and stack traces tell compiled functions apart.)
  const sourceName = `pyvm-compiled/${info.code.co_qualname}:${info.code.co_firstlineno}`.replace(/\s/g, '_');
  const factory = new Function(...FACTORY_PARAMETERS, `${source}\n//# sourceURL=${sourceName}`) as (...values: unknown[]) => CompiledCode;
  return factory(...RUNTIME_VALUES, info, info.consts, info.names, given.entryBlocks, given.entrySlots, given.structured, given.makeResume);
}
