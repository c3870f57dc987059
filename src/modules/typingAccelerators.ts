// The _typing module: the one accelerator typing.py of 3.11 takes from C, the identity
// function that NewType instances call.
import { newModule } from '../objects/module';
import { checkArgCount } from '../objects/native';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

const typingModule = newModule('_typing', 'Accelerators for the typing module.\n');
registerBuiltinModule('_typing', () => typingModule);

defineFunction(typingModule, '_idfunc', (args, kwnames) => {
  checkArgCount('_typing._idfunc', args, kwnames, 1);
  return args[0];
});
