// Instances of str subclasses, and reading the str value of either form. An exact
// str is a JS string; an instance of `class S(str)` is boxed, holding its JS string
// beside its class and __dict__, as int-subclass instances are (int.ts). Wherever
// CPython accepts "a str" (PyUnicode_Check) it accepts both: read them with strValue.
import { PyObject, type Py } from './object';
import type { PyType } from './type';
import { typeError } from './exceptions';
import { typeOf } from './typeOf';

export class PyStrSubclassInstance extends PyObject {
  constructor(
    cls: PyType,
    /** Set once, by str.__new__. */
    public value: string,
  ) {
    super(cls);
  }
}

/** The JS string of a str or str-subclass instance; undefined for anything else. */
export function strValue(value: Py): string | undefined {
  if (typeof value === 'string') return value;
  return value instanceof PyStrSubclassInstance ? value.value : undefined;
}

/** Where flat() keeps the character it reads, so that V8 cannot drop the read as unused. */
const flattening = { firstUnit: 0 };

/**
 * `text` laid out as one run of characters. V8 concatenates strings of 13 characters or
 * more lazily, as a tree of the parts; CPython's str is always one block. A text built
 * from many parts and kept (f-strings appended to a list by the hundred thousand) would
 * keep a node per part alive for the collector to copy, and flatten on its first read:
 * reading a character flattens it now, once, while the parts are still young.
 */
export function flat(text: string): string {
  flattening.firstUnit = text.charCodeAt(0);
  return text;
}

/** An attribute name given as an object (getattr, __setattr__, ...): any str, as the JS string. */
export function attributeName(name: Py): string {
  const text = strValue(name);
  if (text === undefined) throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  return text;
}

/** A str argument the argument clinic converts: its complaint names the argument, and None as "None". */
export function clinicStrArgument(value: Py, argument: string): string {
  const text = strValue(value);
  if (text === undefined) throw typeError(`${argument} must be str, not ${value === null ? 'None' : typeOf(value).name}`);
  return text;
}
