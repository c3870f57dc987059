// How a warning reaches stderr when nothing else handles it: warnings.formatwarning's
// two lines, `FILE:LINE: Category: message` and the source line quoted from the file,
// which is read again from disk as linecache reads it (a name like `<stdin>` has none).
import { readFileSync } from 'node:fs';
import type { CompileWarning } from '../compiler/syntaxWarnings';
import { strStrip } from '../objects/strMethods';
import { decodeSource } from '../tokenizer/sourceDecoding';

export function formatWarning(warning: CompileWarning): string {
  const heading = `${warning.filename}:${warning.lineno}: ${warning.category}: ${warning.message}\n`;
  const line = sourceLine(warning.filename, warning.lineno);
  return line ? `${heading}  ${strStrip(line)}\n` : heading;
}

/** linecache.getline: the line with its end, or '' when the file cannot be read and decoded. */
function sourceLine(filename: string, lineno: number): string {
  const lines = sourceLines(filename);
  return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : '';
}

/** Like linecache, a file is read once for all the warnings that quote it. */
const linesByFilename = new Map<string, string[]>();

function sourceLines(filename: string): string[] {
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
  // A text file's lines end at \n, \r or \r\n (universal newlines), and nowhere else.
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}
