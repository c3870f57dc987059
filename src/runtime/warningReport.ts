// How a warning reaches stderr when nothing else handles it: warnings.formatwarning's
// two lines, `FILE:LINE: Category: message` and the source line quoted from the file,
// read as linecache reads it (sourceLines.ts).
import type { CompileWarning } from '../compiler/syntaxWarnings';
import { strStrip } from '../objects/strMethods';
import { sourceLine } from './sourceLines';

export function formatWarning(warning: CompileWarning): string {
  const heading = `${warning.filename}:${warning.lineno}: ${warning.category}: ${warning.message}\n`;
  const line = sourceLine(warning.filename, warning.lineno);
  return line ? `${heading}  ${strStrip(line)}\n` : heading;
}
