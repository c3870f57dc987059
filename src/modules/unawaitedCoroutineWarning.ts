// The RuntimeWarning for a coroutine never awaited, shown by the warnings module as
// CPython's _PyErr_WarnUnawaitedCoroutine has it shown: the message of
// warnings._warn_unawaited_coroutine, located at the line that made the coroutine (see
// ../vm/unawaitedCoroutines for why that line). CPython also gives the coroutine as the
// warning's source, which adds "Enable tracemalloc to get the object allocation
// traceback"; warnings.py's own warn_explicit (which pyvm runs, having no C _warnings
// filters) passes a source to WarningMessage as its `file` and fails, so none is given.
import type { Py } from '../objects/object';
import { newDict } from '../objects/dictType';
import { newTuple, PyTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { RuntimeWarning } from '../objects/exceptions';
import { call, getAttr, pyStr } from '../objects/protocols';
import { importModule } from '../objects/moduleImporter';
import { addressToLine } from '../vm/codeInfo';
import { setUnawaitedCoroutineReporter } from '../vm/unawaitedCoroutines';

setUnawaitedCoroutineReporter((coroutine, site) => {
  const warnings = importModule('warnings');
  const message = unawaitedMessage(coroutine);
  if (site === null) {
    // Made by no Python frame: located as a warning raised where none runs ("sys:1").
    call(getAttr(warnings, 'warn'), [message, RuntimeWarning]);
    return;
  }
  const { frame, lasti } = site;
  const globals = frame.globals;
  let registry = globals.getStr('__warningregistry__');
  if (registry === undefined) globals.setStr('__warningregistry__', (registry = newDict()));
  const lineno: Py = addressToLine(frame.info, lasti < 0 ? 0 : lasti);
  call(getAttr(warnings, 'warn_explicit'), [
    message, RuntimeWarning, frame.code.co_filename, lineno, globals.getStr('__name__') ?? '<string>', registry,
  ], ['module', 'registry']);
});

/** warnings._warn_unawaited_coroutine's message: with where the coroutine was made, when origins are tracked. */
function unawaitedMessage(coroutine: Py): string {
  let message = `coroutine '${pyStr(getAttr(coroutine, '__qualname__'))}' was never awaited\n`;
  const origin = getAttr(coroutine, 'cr_origin');
  if (origin instanceof PyTuple) {
    const getline = getAttr(importModule('linecache'), 'getline');
    const frames = origin.items.slice().reverse().map((entry) => {
      const [filename, lineno, name] = (entry as PyTuple).items;
      return newTuple([filename, lineno, name, call(getline, [filename, lineno])]);
    });
    const lines = call(getAttr(importModule('traceback'), 'format_list'), [new PyList(frames)]) as PyList;
    message += `Coroutine created at (most recent call last)\n${lines.items.map((line) => pyStr(line)).join('')}`;
  }
  return message.replace(/\n+$/, '');
}
