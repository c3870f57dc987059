// Unicode character names as CPython 3.11 resolves them for `\N{...}` (Unicode 14.0).
// Node has no name table, so the build dumps python3's into dist/ (scripts/gen_unicode_names.py,
// which also documents the format); it is read the first time a name is looked up.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const TABLE_FILE = 'unicode-names.txt.gz';

/**
 * The code point called `name`, or undefined. Like CPython, names and aliases match
 * case-insensitively, while the computed names of Hangul syllables and CJK unified
 * ideographs must be written in capitals; named sequences are not characters.
 */
export function lookupCharacterName(name: string): number | undefined {
  if (name.startsWith(HANGUL_SYLLABLE_PREFIX)) return hangulSyllable(name.slice(HANGUL_SYLLABLE_PREFIX.length));
  if (name.startsWith(UNIFIED_IDEOGRAPH_PREFIX)) return unifiedIdeograph(name.slice(UNIFIED_IDEOGRAPH_PREFIX.length));
  // Only ASCII may fold: String.prototype.toUpperCase would turn 'ı' into 'I'.
  if (!/^[\x20-\x7e]*$/.test(name)) return undefined;
  return table().codesByName.get(name.toUpperCase());
}

// Hangul syllables are named after their leading consonant, vowel and optional trailing consonant.

const HANGUL_SYLLABLE_PREFIX = 'HANGUL SYLLABLE ';
const FIRST_HANGUL_SYLLABLE = 0xac00;
const LEADING_JAMO = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const VOWEL_JAMO = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const TRAILING_JAMO = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/** CPython takes the longest matching jamo of each kind in turn, never backtracking. */
function hangulSyllable(jamo: string): number | undefined {
  let rest = jamo;
  const indexes: number[] = [];
  for (const names of [LEADING_JAMO, VOWEL_JAMO, TRAILING_JAMO]) {
    let best = -1;
    names.forEach((candidate, index) => {
      if (rest.startsWith(candidate) && (best < 0 || candidate.length > names[best].length)) best = index;
    });
    if (best < 0) return undefined;
    indexes.push(best);
    rest = rest.slice(names[best].length);
  }
  if (rest !== '') return undefined;
  const [leading, vowel, trailing] = indexes;
  return FIRST_HANGUL_SYLLABLE + (leading * VOWEL_JAMO.length + vowel) * TRAILING_JAMO.length + trailing;
}

const UNIFIED_IDEOGRAPH_PREFIX = 'CJK UNIFIED IDEOGRAPH-';

function unifiedIdeograph(hex: string): number | undefined {
  if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
  const code = parseInt(hex, 16);
  return table().unifiedIdeographs.some(([first, last]) => first <= code && code <= last) ? code : undefined;
}

interface NameTable {
  /** Upper-case names and aliases. */
  codesByName: Map<string, number>;
  /** Inclusive ranges of the CJK unified ideographs. */
  unifiedIdeographs: [number, number][];
  /** The name of each code point (not the aliases), but for those of `derivedNames`. */
  namesByCode: Map<number, string>;
  /** Inclusive ranges of code points named PREFIX + their hex value. */
  derivedNames: [number, number, string][];
}

/** unicodedata.name: the name of a code point, or undefined when it has none. */
export function characterName(code: number): string | undefined {
  const hangul = code - FIRST_HANGUL_SYLLABLE;
  if (hangul >= 0 && hangul < LEADING_JAMO.length * VOWEL_JAMO.length * TRAILING_JAMO.length) {
    const trailing = hangul % TRAILING_JAMO.length;
    const vowel = Math.floor(hangul / TRAILING_JAMO.length) % VOWEL_JAMO.length;
    const leading = Math.floor(hangul / (TRAILING_JAMO.length * VOWEL_JAMO.length));
    return HANGUL_SYLLABLE_PREFIX + LEADING_JAMO[leading] + VOWEL_JAMO[vowel] + TRAILING_JAMO[trailing];
  }
  const { namesByCode, derivedNames } = table();
  const name = namesByCode.get(code);
  if (name !== undefined) return name;
  const range = derivedNames.find(([first, last]) => first <= code && code <= last);
  return range === undefined ? undefined : range[2] + hex4(code);
}

let loaded: NameTable | undefined;

function table(): NameTable {
  loaded ??= parseTable(readDistTable(TABLE_FILE));
  return loaded;
}

/**
 * The text of a table the build wrote into the package's dist/ (this one, unicodedata's,
 * the builtin docs), gunzipped if its name ends in .gz: above this module, which is in
 * dist/ once bundled and in src/ when run from source, or, for a bundle that a dev
 * script built in a temporary folder, above the working directory.
 */
export function readDistTable(fileName: string): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'dist', fileName);
      if (existsSync(candidate)) {
        const data = readFileSync(candidate);
        return (fileName.endsWith('.gz') ? gunzipSync(data) : data).toString('latin1');
      }
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`pyvm: dist/${fileName} is missing; run 'npm run build'`);
}

function parseTable(text: string): NameTable {
  const codesByName = new Map<string, number>();
  const unifiedIdeographs: [number, number][] = [];
  const namesByCode = new Map<number, string>();
  const derivedNames: [number, number, string][] = [];
  const lines = text.split('\n');
  let code = 0;
  // Line 0 is a header; the last line is empty.
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i];
    const space = line.indexOf(' ');
    switch (line[0]) {
      case '=':
        code = parseInt(line.slice(1), 16);
        break;
      case '!':
        codesByName.set(line.slice(space + 1), parseInt(line.slice(1, space), 16));
        break;
      case '*': {
        const last = parseInt(line.slice(1, space), 16);
        const prefix = line.slice(space + 1);
        // CPython computes the unified ideographs' names, so they only match as written; the
        // other ideograph families are ordinary names in its table.
        if (prefix === UNIFIED_IDEOGRAPH_PREFIX) unifiedIdeographs.push([code, last]);
        else for (let member = code; member <= last; member++) codesByName.set(prefix + hex4(member), member);
        derivedNames.push([code, last, prefix]);
        code = last + 1;
        break;
      }
      default:
        namesByCode.set(code, line);
        codesByName.set(line, code++);
    }
  }
  return { codesByName, unifiedIdeographs, namesByCode, derivedNames };
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
