// Case mapping of Python strs: lower, upper, casefold, title, capitalize, swapcase.
// The mappings are Unicode's full ones (a character may become several: 'ß'.upper()
// is 'SS'), taken from CPython 3.11 via the generated tables; only the capital sigma
// depends on its neighbours, becoming 'ς' at the end of a word.
import { codePointAt, codePoints, fromCodePoint, isAsciiText, unitWidth } from './strCodePoints';
import { CASE_IGNORABLE, CASED, codePointFlags, LOWER, UPPER } from './unicodeCtype';
import { type CaseMappingTable, casefoldTable, lowerTable, titleTable, upperTable } from './unicodeCaseTable';

const CAPITAL_SIGMA = 0x3a3;
const SMALL_SIGMA = 0x3c3;
const FINAL_SIGMA = 0x3c2;

/** A case mapping: the code points it changes, each with the string it becomes. */
type CaseMapping = ReadonlyMap<number, string>;

/** Unpacks a generated table into a map, which looks a code point up faster than searching the runs. */
function unpack(table: CaseMappingTable): CaseMapping {
  const mapping = new Map<number, string>();
  const runs = table.runs;
  for (let run = 0; run < runs.length; run += 4) {
    const [start, count, step, delta] = runs.slice(run, run + 4);
    for (let k = 0; k < count; k++) mapping.set(start + k * step, fromCodePoint(start + k * step + delta));
  }
  for (const [codePoint, expansion] of Object.entries(table.expansions)) mapping.set(Number(codePoint), expansion);
  return mapping;
}

const lowerMapping = unpack(lowerTable);
const upperMapping = unpack(upperTable);
const titleMapping = unpack(titleTable);
const casefoldMapping = unpack(casefoldTable);

/** The mapping of one code point, as a string. */
function mapCodePoint(mapping: CaseMapping, codePoint: number): string {
  return mapping.get(codePoint) ?? fromCodePoint(codePoint);
}

function isCased(codePoint: number): boolean {
  return (codePointFlags(codePoint) & CASED) !== 0;
}

function isCaseIgnorable(codePoint: number): boolean {
  return (codePointFlags(codePoint) & CASE_IGNORABLE) !== 0;
}

/**
 * How the capital sigma at `index` lowercases: final when a cased letter comes
 * before it and none after, looking past case-ignorable characters both ways.
 */
function lowerSigma(points: readonly number[], index: number): number {
  let before = index - 1;
  while (before >= 0 && isCaseIgnorable(points[before])) before--;
  if (before < 0 || !isCased(points[before])) return SMALL_SIGMA;
  let after = index + 1;
  while (after < points.length && isCaseIgnorable(points[after])) after++;
  return after === points.length || !isCased(points[after]) ? FINAL_SIGMA : SMALL_SIGMA;
}

/** The lowercase of the code point at `index` in its context. */
function lowerInContext(points: readonly number[], index: number): string {
  const codePoint = points[index];
  return codePoint === CAPITAL_SIGMA ? fromCodePoint(lowerSigma(points, index)) : mapCodePoint(lowerMapping, codePoint);
}

/** Maps each code point through `mapAt`, which sees the whole string for context. */
function mapEach(text: string, mapAt: (points: readonly number[], index: number) => string): string {
  const points = codePoints(text);
  const pieces = new Array<string>(points.length);
  for (let index = 0; index < points.length; index++) pieces[index] = mapAt(points, index);
  return pieces.join('');
}

/** Maps each code point on its own through `mapping`. */
function mapIndependently(text: string, mapping: CaseMapping): string {
  let mapped = '';
  for (let at = 0; at < text.length; ) {
    const codePoint = codePointAt(text, at);
    const width = unitWidth(codePoint);
    mapped += mapping.get(codePoint) ?? text.slice(at, at + width);
    at += width;
  }
  return mapped;
}

/**
 * The first code point of a code point's lowercase, standing alone: CPython's
 * _PyUnicode_ToLowercase, the one-to-one mapping re's case-insensitive matching uses.
 */
export function lowerCodePoint(codePoint: number): number {
  const mapped = lowerMapping.get(codePoint);
  return mapped === undefined ? codePoint : mapped.codePointAt(0)!;
}

/** The first code point of a code point's uppercase: CPython's _PyUnicode_ToUppercase. */
export function upperCodePoint(codePoint: number): number {
  const mapped = upperMapping.get(codePoint);
  return mapped === undefined ? codePoint : mapped.codePointAt(0)!;
}

export function strLower(text: string): string {
  if (isAsciiText(text)) return text.toLowerCase();
  // Only the capital sigma looks at its neighbours.
  if (!text.includes('\u03a3')) return mapIndependently(text, lowerMapping);
  return mapEach(text, lowerInContext);
}

export function strUpper(text: string): string {
  if (isAsciiText(text)) return text.toUpperCase();
  return mapIndependently(text, upperMapping);
}

export function strCasefold(text: string): string {
  if (isAsciiText(text)) return text.toLowerCase();
  return mapIndependently(text, casefoldMapping);
}

export function strSwapcase(text: string): string {
  return mapEach(text, (points, index) => {
    const flags = codePointFlags(points[index]);
    if (flags & UPPER) return lowerInContext(points, index);
    if (flags & LOWER) return mapCodePoint(upperMapping, points[index]);
    return fromCodePoint(points[index]);
  });
}

/** Titlecases each word's first cased character and lowercases the rest; a word is a run of cased characters. */
export function strTitle(text: string): string {
  return mapEach(text, (points, index) =>
    index > 0 && isCased(points[index - 1]) ? lowerInContext(points, index) : mapCodePoint(titleMapping, points[index]),
  );
}

export function strCapitalize(text: string): string {
  return mapEach(text, (points, index) => (index === 0 ? mapCodePoint(titleMapping, points[0]) : lowerInContext(points, index)));
}
