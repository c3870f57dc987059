// Which strs CPython has already interned when it makes a module's code objects. It
// matters for one visible thing: a frozenset constant holding such a str is rebuilt
// when the str is interned, which can reorder the set (see frozensetConstantOrder).
// The parser interns every identifier of the module; the interpreter interned the
// builtins' names at start-up. What other modules loaded before interned cannot be
// known from here, so those are not counted.
import type * as ast from '../ast/nodes';

/** dir(builtins) in CPython 3.11. */
const BUILTIN_NAMES = `
ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError BrokenPipeError
BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError
ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup
False FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError
ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError
MemoryError ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError
OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError ReferenceError
ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError
SystemExit TabError TimeoutError True TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError
UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError __build_class__ __debug__
__doc__ __import__ __loader__ __name__ __package__ __spec__ abs aiter all anext any ascii bin bool breakpoint
bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir divmod enumerate eval
exec exit filter float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass
iter len license list locals map max memoryview min next object oct open ord pow print property quit range repr
reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip`.split(/\s+/).filter(Boolean);

/** Fields of AST nodes that hold identifiers (dotted module names count part by part). */
const IDENTIFIER_FIELDS = new Set(['id', 'attr', 'name', 'arg', 'asname', 'module', 'names', 'kwd_attrs', 'rest']);

/**
 * A predicate telling whether a str was interned before the module's code objects were
 * made. The module's identifiers are gathered on the first question, which few modules
 * ever ask (only frozenset constants of name-like strs do).
 */
export function internedBeforeCompiling(mod: ast.mod): (s: string) => boolean {
  let interned: Set<string> | null = null;
  return (s) => (interned ??= identifiersOf(mod)).has(s);
}

/** The builtins' names and every identifier in the tree (walked with a stack: trees can be deep). */
function identifiersOf(mod: ast.mod): Set<string> {
  const interned = new Set(BUILTIN_NAMES);
  const pending: unknown[] = [mod];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      for (const item of node) pending.push(item);
      continue;
    }
    if (typeof node !== 'object' || node === null || !('_kind' in node)) continue;
    const fields = (node.constructor as unknown as ast.NodeClassInfo)._fields;
    for (const field of fields) {
      const value = (node as unknown as Record<string, unknown>)[field];
      if (IDENTIFIER_FIELDS.has(field)) addIdentifiers(interned, value);
      else pending.push(value);
    }
  }
  return interned;
}

function addIdentifiers(interned: Set<string>, value: unknown): void {
  if (typeof value === 'string') {
    for (const part of value.split('.')) interned.add(part);
  } else if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'string') addIdentifiers(interned, item);
      else if (typeof item === 'object' && item !== null && 'name' in item) addIdentifiers(interned, (item as ast.alias).name);
    }
  }
}
