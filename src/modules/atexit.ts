// The atexit module: functions to call when the interpreter exits normally (the
// runtime calls runExitFunctions after the main module ends, even by an exception,
// and before the streams are flushed; os._exit skips them).
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { checkArgCount } from '../objects/native';
import { typeError, type PyBaseException } from '../objects/exceptions';
import { call, isCallable, pyEquals } from '../objects/protocols';
import { toPyException } from '../objects/pyErrorConversion';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

const atexitModule = newModule(
  'atexit',
  'allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n',
);
registerBuiltinModule('atexit', () => atexitModule);

interface ExitFunction {
  readonly func: Py;
  readonly args: Py[];
  readonly kwnames: readonly string[] | null;
}

/** The registered calls in registration order; unregistering leaves a hole (which _ncallbacks still counts, as CPython's does). */
let exitFunctions: (ExitFunction | null)[] = [];

/** The registered calls, which keep what they will be called with alive (a gc.collect() root). */
export function registeredExitFunctions(): readonly (ExitFunction | null)[] {
  return exitFunctions;
}

defineFunction(atexitModule, 'register', (args, kwnames) => {
  const positionalCount = args.length - (kwnames?.length ?? 0);
  if (positionalCount === 0) throw typeError('register() takes at least 1 argument (0 given)');
  const func = args[0];
  if (!isCallable(func)) throw typeError('the first argument must be callable');
  exitFunctions.push({ func, args: args.slice(1), kwnames });
  return func;
});

defineFunction(atexitModule, 'unregister', (args, kwnames) => {
  checkArgCount('unregister', args, kwnames, 1);
  exitFunctions = exitFunctions.map((entry) => (entry !== null && pyEquals(entry.func, args[0]) ? null : entry));
  return null;
});

defineFunction(atexitModule, '_clear', (args, kwnames) => {
  checkArgCount('_clear', args, kwnames, 0);
  exitFunctions = [];
  return null;
});

defineFunction(atexitModule, '_ncallbacks', (args, kwnames) => {
  checkArgCount('_ncallbacks', args, kwnames, 0);
  return exitFunctions.length;
});

/** How a failing exit function is reported ("Exception ignored in atexit callback: ..."): the runtime says. */
export type ExitFunctionFailure = (func: Py, exc: PyBaseException) => void;

let reportFailure: ExitFunctionFailure = () => {};

export function setExitFunctionFailureReporter(report: ExitFunctionFailure): void {
  reportFailure = report;
}

/** Calls the registered functions, last registered first, and forgets them; a failure is reported, not raised. */
export function runExitFunctions(): void {
  const pending = exitFunctions;
  exitFunctions = [];
  for (let i = pending.length - 1; i >= 0; i--) {
    const entry = pending[i];
    if (entry === null) continue;
    try {
      call(entry.func, entry.args, entry.kwnames);
    } catch (error) {
      reportFailure(entry.func, toPyException(error));
    }
  }
}

defineFunction(atexitModule, '_run_exitfuncs', (args, kwnames) => {
  checkArgCount('_run_exitfuncs', args, kwnames, 0);
  runExitFunctions();
  return null;
});
