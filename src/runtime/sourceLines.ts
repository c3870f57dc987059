// The lines of source files, read once and kept, as Python's linecache keeps them:
// warnings and tracebacks quote them. A name like `<stdin>` has none, unless its text
// was handed over (as the kernel hands over each cell's, so its tracebacks quote them).
import { readFileSync } from 'node:fs';
import { decodeSource } from '../tokenizer/sourceDecoding';

/** linecache.getline: the line with its end, or '' when the file cannot be read and decoded. */
export function sourceLine(filename: string, lineno: number): string {
  const lines = sourceLines(filename);
  return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : '';
}

/** Like linecache, a file is read once for everything that quotes it. */
const linesByFilename = new Map<string, string[]>();

/** Keeps the text of source that has no file (a notebook cell) under its `<...>` name. */
export function rememberSource(filename: string, text: string): void {
  linesByFilename.set(filename, splitLines(text));
}

/** linecache.getlines: every line of the file (or remembered source), each with its end. */
export function sourceLines(filename: string): string[] {
  let lines = linesByFilename.get(filename);
  if (lines === undefined) {
    lines = readLines(filename);
    linesByFilename.set(filename, lines);
  }
  return lines;
}

function readLines(filename: string): string[] {
  if (filename.startsWith('<') && filename.endsWith('>')) return [];
  let text: string;
  try {
    text = decodeSource(readFileSync(filename), filename);
  } catch {
    return [];
  }
  return splitLines(text);
}

function splitLines(text: string): string[] {
  // A text file's lines end at \n, \r or \r\n (universal newlines), and nowhere else.
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}
