// IPython's autocall of IPyAutocall objects, the one transform of a cell that depends on
// what the namespace holds (IPython's prefilter, which it runs on cells of one line
// only). When the cell's first name is such an object, the rest of the line becomes its
// arguments: `exit` -> `exit()`, `quit True` -> `quit(True)`, `exit;` -> `exit();`. As
// IPython, nothing looks at what the rest is: `exit = 5` becomes `exit(= 5)`, a
// SyntaxError. A rest that starts with '(' is a call already and stays as it is.
import type { Py } from '../objects/object';
import type { PyDict } from '../objects/dict';
import { typeOf } from '../objects/typeOf';
import { call, getAttr, isTrue } from '../objects/protocols';
import { builtinsModule } from '../modules/builtins';
import { sysModule } from '../modules/sys';
import { derivesFromLibraryClass } from './pyvmLibrary';

/** IPython's line_split: leading space, an escape, the name called (dots, `*` and up to two `%` allowed), the rest. */
const LINE_SPLIT = /^(\s*)([,;/%]|!!?|\?\??)?\s*(%{0,2}[\p{L}\p{N}_.*]*)(.*?$|$)/u;

/** The cell (already turned into Python by magicSyntax) with an IPyAutocall object's line made a call to it. */
export function autocalled(python: string, namespace: PyDict): string {
  const lines = python.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length !== 1) return python;
  const [, , escape, name, rest] = LINE_SPLIT.exec(lines[0])!;
  const callable = escape === undefined && name !== '' ? namespace.getStr(name) : undefined;
  if (callable === undefined || !isAutocall(callable)) return python;
  call(getAttr(callable, 'set_ip'), [call(builtinsModule.dict.getStr('get_ipython')!, [])]);
  const args = rest.trimStart();
  if (args.startsWith('(')) return python;
  const command = args.endsWith(';') ? `${name}(${args.slice(0, -1)});` : `${name}(${args})`;
  // (IPython's auto_rewrite_input: the call shown as it is made, unless the object says not to, as exit does.)
  if (isTrue(getAttr(callable, 'rewrite'))) call(getAttr(sysModule.dict.getStr('stdout')!, 'write'), [`------> ${command}\n`]);
  return `${command}\n`;
}

function isAutocall(value: Py): boolean {
  return derivesFromLibraryClass(typeOf(value), 'IPython.core.autocall', 'IPyAutocall');
}
