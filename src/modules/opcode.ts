// The _opcode module: stack_effect, which dis.stack_effect is, from the compiler's own table.
import { newModule } from '../objects/module';
import { bindClinicArguments, checkArgCount } from '../objects/native';
import { newException, ValueError } from '../objects/exceptions';
import { cIntArgument } from '../objects/bytesArguments';
import { stackEffect } from '../compiler/stackEffect';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

const opcodeModule = newModule('_opcode', 'Opcode support module.');
registerBuiltinModule('_opcode', () => opcodeModule);

/** Opcodes from this number on take an argument (HAVE_ARGUMENT). */
const HAVE_ARGUMENT = 90;

defineFunction(opcodeModule, 'stack_effect', (args, kwnames) => {
  const [opcodeValue, opargValue, jumpValue] = bindClinicArguments(
    { name: 'stack_effect', names: ['opcode', 'oparg', 'jump'], required: 1, positionalOnly: 2, keywordOnlyFrom: 2 },
    args,
    kwnames,
  );
  const opcode = cIntArgument(opcodeValue!);
  const oparg = opargValue ?? null;
  let argument = 0;
  if (opcode >= HAVE_ARGUMENT) {
    if (oparg === null) throw newException(ValueError, 'stack_effect: opcode requires oparg but oparg was not specified');
    argument = cIntArgument(oparg);
  } else if (oparg !== null) {
    throw newException(ValueError, 'stack_effect: opcode does not permit oparg but oparg was specified');
  }
  const jump = jumpValue ?? null;
  if (jump !== null && jump !== true && jump !== false) throw newException(ValueError, 'stack_effect: jump must be False, True or None');
  try {
    return stackEffect(opcode, argument, jump === null ? undefined : jump);
  } catch (error) {
    // The table throws a JS Error for an opcode it does not know.
    if (error instanceof Error) throw newException(ValueError, 'invalid opcode or oparg');
    throw error;
  }
});

defineFunction(opcodeModule, 'get_specialization_stats', (args, kwnames) => {
  checkArgCount('get_specialization_stats', args, kwnames, 0);
  return null;
});
