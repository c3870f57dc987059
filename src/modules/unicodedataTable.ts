// The character properties unicodedata gives, for Unicode 14.0.0 and for the 3.2.0 data
// of ucd_3_2_0: read on first use from the table the build dumps from python3's own
// unicodedata into dist/ (scripts/gen_unicode_data.py, which documents the format).
import { readDistTable } from '../parser/unicodeNames';

const TABLE_FILE = 'unicode-data.txt.gz';

export interface CharacterRecord {
  readonly category: string;
  readonly bidirectional: string;
  readonly combining: number;
  readonly mirrored: number;
  readonly eastAsianWidth: string;
}

export interface NumericValues {
  readonly decimal: number | undefined;
  readonly digit: number | undefined;
  readonly numeric: number;
}

export class UnicodeDatabase {
  constructor(
    readonly version: string,
    private readonly records: CharacterRecord[],
    /** Code points where a run of one record begins, ascending, and each run's record. */
    private readonly runStarts: Int32Array,
    private readonly runRecords: Uint16Array,
    private readonly decompositions: Map<number, string>,
    private readonly numerics: Map<number, NumericValues>,
  ) {}

  record(code: number): CharacterRecord {
    const starts = this.runStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= code) low = middle;
      else high = middle - 1;
    }
    return this.records[this.runRecords[low]];
  }

  /** Whether the code point is unassigned in this version (category Cn). */
  isUnassigned(code: number): boolean {
    return this.record(code).category === 'Cn';
  }

  decomposition(code: number): string {
    return this.decompositions.get(code) ?? '';
  }

  numericValues(code: number): NumericValues | undefined {
    return this.numerics.get(code);
  }
}

let loaded: Map<string, UnicodeDatabase> | undefined;

/** The database of a version: '14.0.0' or '3.2.0'. */
export function unicodeDatabase(version: string): UnicodeDatabase {
  loaded ??= parseTable(readDistTable(TABLE_FILE));
  return loaded.get(version)!;
}

const SECTION_TITLES = new Set(['RECORDS', 'RUNS', 'DECOMPOSITIONS', 'NUMERICS']);

function parseTable(text: string): Map<string, UnicodeDatabase> {
  const databases = new Map<string, UnicodeDatabase>();
  const lines = text.split('\n');
  // Line 0 is a header; each section starts with @VERSION.
  let i = 1;
  while (i < lines.length && lines[i].startsWith('@')) {
    const version = lines[i++].slice(1);
    const takeSection = (title: string): string[] => {
      if (lines[i] !== title) throw new Error(`pyvm: ${TABLE_FILE}: expected ${title} at line ${i + 1}`);
      const start = ++i;
      while (i < lines.length && !SECTION_TITLES.has(lines[i]) && !lines[i].startsWith('@') && lines[i] !== '') i++;
      return lines.slice(start, i);
    };
    const records = takeSection('RECORDS').map((line) => {
      const [category, bidirectional, combining, mirrored, eastAsianWidth] = line.split(' ');
      return { category, bidirectional: bidirectional === '-' ? '' : bidirectional, combining: Number(combining), mirrored: Number(mirrored), eastAsianWidth };
    });
    const runs = takeSection('RUNS');
    const runStarts = new Int32Array(runs.length);
    const runRecords = new Uint16Array(runs.length);
    runs.forEach((line, r) => {
      const space = line.indexOf(' ');
      runStarts[r] = parseInt(line.slice(0, space), 16);
      runRecords[r] = Number(line.slice(space + 1));
    });
    const decompositions = new Map<number, string>();
    for (const line of takeSection('DECOMPOSITIONS')) {
      const space = line.indexOf(' ');
      decompositions.set(parseInt(line.slice(0, space), 16), line.slice(space + 1));
    }
    const numerics = new Map<number, NumericValues>();
    for (const line of takeSection('NUMERICS')) {
      const [code, decimal, digit, numeric] = line.split(' ');
      const optional = (value: string): number | undefined => (value === '-' ? undefined : Number(value));
      numerics.set(parseInt(code, 16), { decimal: optional(decimal), digit: optional(digit), numeric: Number(numeric) });
    }
    databases.set(version, new UnicodeDatabase(version, records, runStarts, runRecords, decompositions, numerics));
  }
  return databases;
}
