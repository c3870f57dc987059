// The "Did you mean: 'x'?" of an uncaught NameError or AttributeError (CPython 3.11's
// Python/suggestions.c): the closest name by a Levenshtein distance on UTF-8 bytes in
// which a case change costs less than another substitution, among the object's dir()
// for an AttributeError, or the frame's locals, then globals, then builtins for a
// NameError. Only exact NameError and AttributeError instances get one.
import type { Py } from '../objects/object';
import { PyDict } from '../objects/dict';
import { AttributeError, exceptionField, NameError, PyBaseException } from '../objects/exceptions';
import { callUnbound, iterableToArray } from '../objects/protocols';
import { typeOf } from '../objects/typeOf';
import { compareStrs } from '../objects/strOrder';
import type { Frame } from '../vm/frame';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** The name to suggest for `exc`, or undefined when there is none (errors while looking are ignored). */
export function offerSuggestion(exc: PyBaseException): string | undefined {
  try {
    if (exc.cls === AttributeError) return suggestionForAttributeError(exc);
    if (exc.cls === NameError) return suggestionForNameError(exc);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
  }
  return undefined;
}

function suggestionForAttributeError(exc: PyBaseException): string | undefined {
  const name = exceptionField(exc, 'name');
  const obj = exceptionField(exc, 'obj');
  if (typeof name !== 'string' || obj === undefined) return undefined;
  const candidates = dirOf(obj);
  return candidates === undefined ? undefined : closestName(candidates, name);
}

/** PyObject_Dir: the object's __dir__(), sorted; undefined when a name is not a str. */
function dirOf(obj: Py): string[] | undefined {
  const dirMethod = typeOf(obj).lookup('__dir__');
  if (dirMethod === undefined) return undefined;
  const names = iterableToArray(callUnbound(dirMethod, obj, []));
  if (!names.every((name): name is string => typeof name === 'string')) return undefined;
  return names.sort(compareStrs);
}

function suggestionForNameError(exc: PyBaseException): string | undefined {
  const name = exceptionField(exc, 'name');
  let tb = exc.traceback;
  if (typeof name !== 'string' || tb === null) return undefined;
  // The frame the name was looked up in is the innermost one.
  while (tb.next !== null) tb = tb.next;
  const frame = tb.frame as Frame;
  const builtins = frame.builtins instanceof PyDict ? frame.builtins.keys() : [];
  for (const candidates of [frame.code.co_varnames, frame.globals.keys(), builtins]) {
    if (!candidates.every((candidate): candidate is string => typeof candidate === 'string')) return undefined;
    const suggestion = closestName(candidates, name);
    if (suggestion !== undefined) return suggestion;
  }
  return undefined;
}

/** calculate_suggestions: the first candidate at the smallest distance, if close enough. */
function closestName(candidates: readonly string[], name: string): string | undefined {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return undefined;
  const nameBytes = Buffer.from(name, 'utf8');
  let suggestion: string | undefined;
  let suggestionDistance = Number.MAX_SAFE_INTEGER;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const candidateBytes = Buffer.from(candidate, 'utf8');
    // No more than a third of the characters involved should need changing,
    // and a match already beaten is not worth finishing.
    const maxDistance = Math.min(Math.trunc(((nameBytes.length + candidateBytes.length + 3) * MOVE_COST) / 6), suggestionDistance - 1);
    const distance = levenshteinDistance(nameBytes, candidateBytes, maxDistance);
    if (distance > maxDistance) continue;
    if (suggestion === undefined || distance < suggestionDistance) {
      suggestion = candidate;
      suggestionDistance = distance;
    }
  }
  return suggestion;
}

/** The cost of turning byte a into byte b: free, a case change, or a full substitution. */
function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const lowerA = a >= 0x41 && a <= 0x5a ? a + 32 : a;
  const lowerB = b >= 0x41 && b <= 0x5a ? b + 32 : b;
  return lowerA === lowerB ? CASE_COST : MOVE_COST;
}

/** The edit distance between a and b, or some value above maxCost once it is sure to exceed it. */
function levenshteinDistance(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  // Common prefixes and suffixes cost nothing.
  let aStart = 0;
  let bStart = 0;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aStart < aEnd && bStart < bEnd && a[aStart] === b[bStart]) {
    aStart++;
    bStart++;
  }
  while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  let aSize = aEnd - aStart;
  let bSize = bEnd - bStart;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  let shorter = a.subarray(aStart, aEnd);
  let longer = b.subarray(bStart, bEnd);
  if (bSize < aSize) {
    [shorter, longer] = [longer, shorter];
    [aSize, bSize] = [bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;

  // One row of the matrix, updated in place: row[i] is the cost of shorter[:i+1] against longer[:j].
  const row = new Array<number>(aSize);
  for (let i = 0; i < aSize; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let j = 0; j < bSize; j++) {
    const code = longer[j];
    let distance = (result = j * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < aSize; i++) {
      const substitute = distance + substitutionCost(code, shorter[i]);
      distance = row[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}
