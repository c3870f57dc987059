// How each instruction changes the depth of the value stack, as CPython 3.11's
// compiler counts it when it sizes a frame (co_stacksize). Pseudo-instructions are
// included: the depth is computed before they are replaced.
import { Op } from '../bytecode/opcodes';
import { Pseudo } from './instructions';

/** FORMAT_VALUE's oparg bit saying a format spec is on the stack under the value. */
const FORMAT_VALUE_HAS_SPEC = 0x04;

/**
 * The stack effect of `opcode` with `oparg`. Instructions that may branch differ
 * between the two ways out: `jump` true asks for the effect on the branch, false for
 * falling through, and leaving it out asks for the larger of the two (as
 * `dis.stack_effect` does with jump=None). Throws for opcodes the compiler never
 * emits (specialized instructions, unassigned numbers).
 */
export function stackEffect(opcode: number, oparg: number, jump?: boolean): number {
  if (jump === undefined) return Math.max(effect(opcode, oparg, true), effect(opcode, oparg, false));
  return effect(opcode, oparg, jump);
}

function effect(opcode: number, oparg: number, jump: boolean): number {
  switch (opcode) {
    case Op.NOP:
    case Op.EXTENDED_ARG:
    case Op.RESUME:
    case Op.CACHE:
    case Op.SWAP:
    case Op.UNARY_POSITIVE:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_NOT:
    case Op.UNARY_INVERT:
    case Op.GET_ITER:
    case Op.SETUP_ANNOTATIONS:
    case Op.ASYNC_GEN_WRAP:
    case Op.YIELD_VALUE:
    case Pseudo.POP_BLOCK:
    case Op.DELETE_NAME:
    case Op.DELETE_GLOBAL:
    case Op.LOAD_ATTR:
    case Op.CHECK_EXC_MATCH:
    case Op.CHECK_EG_MATCH:
    case Op.DELETE_FAST:
    case Op.RETURN_GENERATOR:
    case Op.KW_NAMES:
    case Op.MAKE_CELL:
    case Op.COPY_FREE_VARS:
    case Op.DELETE_DEREF:
    case Op.GET_AWAITABLE:
    case Op.GET_AITER:
    case Op.GET_YIELD_FROM_ITER:
    case Op.LIST_TO_TUPLE:
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Pseudo.JUMP:
    case Pseudo.JUMP_NO_INTERRUPT:
      return 0;

    case Op.LOAD_BUILD_CLASS:
    case Op.LOAD_CONST:
    case Op.LOAD_NAME:
    case Op.IMPORT_FROM:
    case Op.PUSH_EXC_INFO:
    case Op.WITH_EXCEPT_START:
    case Op.LOAD_FAST:
    case Op.LOAD_CLOSURE:
    case Op.LOAD_DEREF:
    case Op.LOAD_CLASSDEREF:
    case Op.BEFORE_ASYNC_WITH:
    case Op.BEFORE_WITH:
    case Op.GET_ANEXT:
    case Op.LOAD_METHOD:
    case Op.LOAD_ASSERTION_ERROR:
    case Op.GET_LEN:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS:
    case Op.COPY:
    case Op.PUSH_NULL:
      return 1;

    case Op.POP_TOP:
    case Op.SET_ADD:
    case Op.LIST_APPEND:
    case Op.BINARY_SUBSCR:
    case Op.PRINT_EXPR:
    case Op.RETURN_VALUE:
    case Op.IMPORT_STAR:
    case Op.POP_EXCEPT:
    case Op.STORE_NAME:
    case Op.DELETE_ATTR:
    case Op.STORE_GLOBAL:
    case Op.COMPARE_OP:
    case Op.IS_OP:
    case Op.CONTAINS_OP:
    case Op.IMPORT_NAME:
    case Op.PREP_RERAISE_STAR:
    case Op.RERAISE:
    case Op.STORE_FAST:
    case Op.CALL:
    case Op.STORE_DEREF:
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE:
    case Op.DICT_MERGE:
    case Op.DICT_UPDATE:
    case Op.BINARY_OP:
    case Op.POP_JUMP_FORWARD_IF_FALSE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_TRUE:
    case Op.POP_JUMP_FORWARD_IF_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NONE:
    case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
    case Pseudo.POP_JUMP_IF_FALSE:
    case Pseudo.POP_JUMP_IF_TRUE:
    case Pseudo.POP_JUMP_IF_NONE:
    case Pseudo.POP_JUMP_IF_NOT_NONE:
      return -1;

    case Op.MAP_ADD:
    case Op.DELETE_SUBSCR:
    case Op.STORE_ATTR:
    case Op.END_ASYNC_FOR:
    case Op.MATCH_CLASS:
      return -2;
    case Op.STORE_SUBSCR:
      return -3;

    case Op.UNPACK_SEQUENCE:
      return oparg - 1;
    case Op.UNPACK_EX:
      return (oparg & 0xff) + (oparg >> 8);
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_STRING:
      return 1 - oparg;
    case Op.BUILD_MAP:
      return 1 - 2 * oparg;
    case Op.BUILD_CONST_KEY_MAP:
    case Op.RAISE_VARARGS:
    case Op.PRECALL:
      return 0 - oparg;
    case Op.LOAD_GLOBAL:
      // The low bit asks for a NULL pushed under the global.
      return (oparg & 1) + 1;
    case Op.CALL_FUNCTION_EX:
      return -2 - (oparg & 0x01 ? 1 : 0);
    case Op.MAKE_FUNCTION:
      // One value popped per bit: defaults, kw-defaults, annotations, closure.
      return 0 - countBits(oparg & 0x0f);
    case Op.BUILD_SLICE:
      return oparg === 3 ? -2 : -1;
    case Op.FORMAT_VALUE:
      return (oparg & FORMAT_VALUE_HAS_SPEC) === FORMAT_VALUE_HAS_SPEC ? -1 : 0;

    // The iterator is popped when exhausted, and the next item pushed otherwise.
    case Op.FOR_ITER:
      return jump ? -1 : 1;
    case Op.SEND:
      return jump ? -1 : 0;
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.JUMP_IF_FALSE_OR_POP:
      return jump ? 0 : -1;

    // Handler setup is free on the normal path; on the way to the handler the
    // stack is cut back and the exception (and, for cleanups, f_lasti) pushed.
    case Pseudo.SETUP_FINALLY:
    case Pseudo.SETUP_WITH:
      return jump ? 1 : 0;
    case Pseudo.SETUP_CLEANUP:
      return jump ? 2 : 0;
  }
  throw new Error(`no stack effect for opcode ${opcode} (arg ${oparg})`);
}

function countBits(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}
