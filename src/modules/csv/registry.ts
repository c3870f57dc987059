// The dialects registered by name (csv.register_dialect), and the limit on the size of
// a parsed field (csv.field_size_limit): the state of the _csv module.
import type { Py } from '../../objects/object';
import { newDict } from '../../objects/dictType';
import { csvFailure } from './error';

/** Exposed as _csv._dialects. */
export const dialects = newDict();

export function dialectFromRegistry(name: Py): Py {
  const dialect = dialects.get(name);
  if (dialect === undefined) throw csvFailure('unknown dialect');
  return dialect;
}

/** A C long in CPython: an int of up to 64 bits, so possibly a bigint. */
export const fieldLimit: { value: number | bigint } = { value: 128 * 1024 };
