// sys.get_asyncgen_hooks and sys.set_asyncgen_hooks: how an event loop (asyncio's
// run_forever) learns of the async generators its tasks start, to close them at the end.
// The hooks themselves are kept, and called, by the VM (../vm/awaitables).
import type { Py } from '../objects/object';
import { typeError } from '../objects/exceptions';
import { isCallable } from '../objects/protocols';
import { newStructSeq, structSeqType } from '../objects/structSeq';
import { typeName } from '../objects/typeOf';
import { asyncGenHooks } from '../vm/awaitables';
import { defineFunction } from './builtins';
import { defineSysFunction, sysModule } from './sys';

const hooksType = structSeqType('builtins', 'asyncgen_hooks', ['firstiter', 'finalizer']);

defineSysFunction('get_asyncgen_hooks', 0, 0, () => newStructSeq(hooksType, [asyncGenHooks.firstiter, asyncGenHooks.finalizer]));

const HOOK_NAMES = ['firstiter', 'finalizer'];

/** The arguments bound as PyArg_ParseTupleAndKeywords binds "|OO" for a function it is not told the name of. */
function bindHookArguments(args: Py[], kwnames: readonly string[] | null): (Py | undefined)[] {
  const positionalCount = args.length - (kwnames?.length ?? 0);
  if (args.length > HOOK_NAMES.length) {
    throw typeError(`function takes at most ${HOOK_NAMES.length} ${positionalCount === 0 ? 'keyword ' : ''}arguments (${args.length} given)`);
  }
  const bound: (Py | undefined)[] = HOOK_NAMES.map((_, index) => (index < positionalCount ? args[index] : undefined));
  HOOK_NAMES.forEach((name, index) => {
    const k = kwnames?.indexOf(name) ?? -1;
    if (k < 0) return;
    if (index < positionalCount) throw typeError(`argument for function given by name ('${name}') and position (${index + 1})`);
    bound[index] = args[positionalCount + k];
  });
  const invalid = kwnames?.find((keyword) => !HOOK_NAMES.includes(keyword));
  if (invalid !== undefined) throw typeError(`'${invalid}' is an invalid keyword argument for this function`);
  return bound;
}

/** A hook argument: undefined when not given (the hook stays), else None or a callable. */
function hookArgument(value: Py | undefined, name: string): Py | undefined {
  if (value === undefined || value === null || isCallable(value)) return value;
  throw typeError(`callable ${name} expected, got ${typeName(value)}`);
}

defineFunction(sysModule, 'set_asyncgen_hooks', (args, kwnames) => {
  const [firstiterArgument, finalizerArgument] = bindHookArguments(args, kwnames);
  // Both are checked before either is set, as CPython does.
  const firstiter = hookArgument(firstiterArgument, 'firstiter');
  const finalizer = hookArgument(finalizerArgument, 'finalizer');
  if (finalizer !== undefined) asyncGenHooks.finalizer = finalizer;
  if (firstiter !== undefined) asyncGenHooks.firstiter = firstiter;
  return null;
});
