// The arguments of reader(), writer() and register_dialect(): one or two positional
// arguments (unpacked as PyArg_UnpackTuple with no function name words its errors),
// then keyword settings that override the dialect's.
import type { Py } from '../../objects/object';
import { typeError } from '../../objects/exceptions';

export interface FileAndDialect {
  target: Py;
  dialect: Py | undefined;
  /** The values of the keyword arguments, named by kwnames. */
  settings: Py[];
}

export function unpackFileAndDialect(args: Py[], kwnames: readonly string[] | null): FileAndDialect {
  const positionalCount = args.length - (kwnames?.length ?? 0);
  if (positionalCount < 1) throw typeError(` expected at least 1 argument, got ${positionalCount}`);
  if (positionalCount > 2) throw typeError(` expected at most 2 arguments, got ${positionalCount}`);
  return { target: args[0], dialect: positionalCount === 2 ? args[1] : undefined, settings: args.slice(positionalCount) };
}
