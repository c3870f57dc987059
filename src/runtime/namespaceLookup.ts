// Finding what a dotted name means in a notebook's namespace, for completion and
// inspection: the first name in __main__ or else in builtins, then attribute after
// attribute. A name that does not resolve, or an attribute whose getter raises, simply
// means "nothing known here": the front end asked a question, not for an error.
import type { Py } from '../objects/object';
import type { PyDict } from '../objects/dict';
import { Exception } from '../objects/exceptions';
import { getAttr } from '../objects/protocols';
import { toPyException } from '../objects/pyErrorConversion';
import { builtinsModule } from '../modules/builtins';

export function lookUpName(namespace: PyDict, name: string): Py | undefined {
  return namespace.getStr(name) ?? builtinsModule.dict.getStr(name);
}

export function resolveDottedName(namespace: PyDict, parts: readonly string[]): Py | undefined {
  let value = lookUpName(namespace, parts[0]);
  for (const part of parts.slice(1)) {
    if (value === undefined) return undefined;
    value = attributeOrUndefined(value, part);
  }
  return value;
}

/** getattr(value, name), or undefined when it raises an ordinary exception (KeyboardInterrupt goes on up). */
export function attributeOrUndefined(value: Py, name: string): Py | undefined {
  try {
    return getAttr(value, name);
  } catch (caught) {
    const exc = toPyException(caught);
    if (!exc.cls.isSubtypeOf(Exception)) throw exc;
    return undefined;
  }
}
