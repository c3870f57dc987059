// breakpoint() and sys.breakpointhook (PEP 553). breakpoint() calls whatever
// sys.breakpointhook is; the default hook (also sys.__breakpointhook__) calls the
// callable $PYTHONBREAKPOINT names (pdb.set_trace when unset or empty, nothing for "0"),
// read at each call as CPython reads it with getenv.
import type { Py } from '../objects/object';
import { AttributeError, ImportError, isInstanceOfException, newException, RuntimeError, RuntimeWarning } from '../objects/exceptions';
import { call, getAttr } from '../objects/protocols';
import { importModule } from '../objects/moduleImporter';
import { warnFromBuiltin } from '../objects/builtinWarning';
import { builtinsModule, defineFunction } from './builtins';
import { sysModule } from './sys';

/** The callable $PYTHONBREAKPOINT names, or undefined when it names nothing importable (after warning so). */
function hookNamedByEnvironment(name: string): Py | undefined {
  const dot = name.lastIndexOf('.');
  // A name starting with its only dot names no module.
  if (dot !== 0) {
    const [moduleName, attribute] = dot < 0 ? ['builtins', name] : [name.slice(0, dot), name.slice(dot + 1)];
    let module: Py;
    try {
      module = importModule(moduleName);
    } catch (error) {
      if (!isInstanceOfException(error, ImportError)) throw error;
      return ignoreUnimportable(name);
    }
    try {
      return getAttr(module, attribute);
    } catch (error) {
      if (!isInstanceOfException(error, AttributeError)) throw error;
    }
  }
  return ignoreUnimportable(name);
}

function ignoreUnimportable(name: string): undefined {
  warnFromBuiltin(RuntimeWarning, `Ignoring unimportable $PYTHONBREAKPOINT: "${name}"`);
  return undefined;
}

defineFunction(sysModule, 'breakpointhook', (args, kwnames) => {
  const setting = process.env.PYTHONBREAKPOINT;
  if (setting === '0') return null;
  const hook = hookNamedByEnvironment(setting === undefined || setting === '' ? 'pdb.set_trace' : setting);
  return hook === undefined ? null : call(hook, args, kwnames);
});
sysModule.dict.setStr('__breakpointhook__', sysModule.dict.getStr('breakpointhook')!);

defineFunction(builtinsModule, 'breakpoint', (args, kwnames) => {
  const hook = sysModule.dict.getStr('breakpointhook');
  if (hook === undefined) throw newException(RuntimeError, 'lost sys.breakpointhook');
  return call(hook, args, kwnames);
});
