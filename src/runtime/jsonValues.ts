// Python values and the JSON the Jupyter messaging protocol carries, both ways: what a
// cell displays or sends through a comm goes out as JSON; what a front end sends to a
// comm comes in as dicts, lists, strs, numbers, bools and None.
import type { Py } from '../objects/object';
import { PyTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { PyDict } from '../objects/dict';
import { newDict } from '../objects/dictType';
import { floatValue, newFloat } from '../objects/float';
import { pyStr } from '../objects/protocols';

/** JSON as the messaging protocol carries it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A Python value made of dicts, lists, strs, numbers, bools and None, as json.dumps would write it (anything else as its str()). */
export function toJson(value: Py): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  const float = floatValue(value);
  if (float !== undefined) return float;
  if (value instanceof PyList || value instanceof PyTuple) return value.items.map(toJson);
  if (value instanceof PyDict) {
    const object: { [key: string]: JsonValue } = {};
    for (const [key, item] of value.entries()) object[pyStr(key)] = toJson(item);
    return object;
  }
  return pyStr(value);
}

/** What json.loads makes of the same JSON: integral numbers become ints, others floats. */
export function fromJson(value: unknown): Py {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : newFloat(value);
  if (Array.isArray(value)) return new PyList(value.map(fromJson));
  const dict = newDict();
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) dict.setStr(key, fromJson(item));
  return dict;
}
