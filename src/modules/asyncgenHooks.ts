// sys.get_asyncgen_hooks and sys.set_asyncgen_hooks: how an event loop (asyncio's
// run_forever) learns of the async generators its tasks start, to close them at the end.
// The hooks themselves are kept, and called, by the VM (../vm/awaitables).
import type { Py } from '../objects/object';
import { bindArguments, checkArgCount } from '../objects/native';
import { typeError } from '../objects/exceptions';
import { isCallable } from '../objects/protocols';
import { newStructSeq, structSeqType } from '../objects/structSeq';
import { typeName } from '../objects/typeOf';
import { asyncGenHooks } from '../vm/awaitables';
import { defineFunction } from './builtins';
import { sysModule } from './sys';

const hooksType = structSeqType('builtins', 'asyncgen_hooks', ['firstiter', 'finalizer']);

defineFunction(sysModule, 'get_asyncgen_hooks', (args, kwnames) => {
  checkArgCount('sys.get_asyncgen_hooks', args, kwnames, 0);
  return newStructSeq(hooksType, [asyncGenHooks.firstiter, asyncGenHooks.finalizer]);
});

const SET = { name: 'set_asyncgen_hooks', names: ['firstiter', 'finalizer'], required: 0, positionalOnly: 0 };

/** A hook argument: undefined when not given (the hook stays), else None or a callable. */
function hookArgument(value: Py | undefined, name: string): Py | undefined {
  if (value === undefined || value === null || isCallable(value)) return value;
  throw typeError(`callable ${name} expected, got ${typeName(value)}`);
}

defineFunction(sysModule, 'set_asyncgen_hooks', (args, kwnames) => {
  if (args.length - (kwnames?.length ?? 0) > 2) throw typeError(`function takes at most 2 arguments (${args.length} given)`);
  const [firstiterArgument, finalizerArgument] = bindArguments(SET, args, kwnames);
  // Both are checked before either is set, as CPython does.
  const firstiter = hookArgument(firstiterArgument, 'firstiter');
  const finalizer = hookArgument(finalizerArgument, 'finalizer');
  if (finalizer !== undefined) asyncGenHooks.finalizer = finalizer;
  if (firstiter !== undefined) asyncGenHooks.firstiter = firstiter;
  return null;
});
